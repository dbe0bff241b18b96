"""Find the few tokens of a ``Doc`` a rule looks at, without visiting all of them.

Every relation rule and several actor steps scan the whole document for their trigger
tokens.  Walking a ``Doc`` makes a ``Token`` object per token and a Python string per
attribute read; over ten scans that was most of what the extraction cost beyond the
model.  :func:`select` reads the attributes once as integers (``Doc.to_array``) and
returns only the tokens that can match, in document order.

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Troops", "met", "rebels"], pos=["NOUN", "VERB", "NOUN"])
>>> [t.text for t in select(doc, pos=("VERB",))]
['met']
>>> [t.text for t in select(doc, lower=("troops",), extra=(2,))]
['Troops', 'rebels']
"""

from __future__ import annotations

import functools
from typing import Iterable, Optional

from spacy.attrs import DEP, LOWER, POS, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import StringStore

_KEYS = StringStore()
#: ``doc.user_data`` key of the integer attributes while a caller scans one ``Doc`` many times.
CACHE = "gb_token_columns"


class Columns(tuple):
    """The four columns of :func:`columns`, with, once a scan asks, an index of each: value ->
    the positions that hold it (a cached ``Doc`` is scanned by a hundred rules; each then
    reads only its candidates)."""

    index: Optional[list[dict[int, list[int]]]] = None

    def positions(self) -> list[dict[int, list[int]]]:
        if self.index is None:
            index = []
            for col in self:
                where: dict[int, list[int]] = {}
                for i, v in enumerate(col):
                    where.setdefault(v, []).append(i)
                index.append(where)
            self.index = index
        return self.index


def columns(doc) -> Columns:
    """POS ids, dependency-label, lowercase-form and fine-grained tag hashes of every token."""
    cached = doc.user_data.get(CACHE)
    if cached is not None:
        return cached
    if not len(doc):
        return Columns(([], [], [], []))
    pos, dep, lower, tag = doc.to_array([POS, DEP, LOWER, TAG]).T.tolist()
    return Columns((pos, dep, lower, tag))


@functools.lru_cache(maxsize=64)
def _ids(names: frozenset) -> frozenset:
    return frozenset(POS_IDS[n] for n in names)


@functools.lru_cache(maxsize=64)
def _hashes(words: frozenset) -> frozenset:
    # A string's key is the same in every StringStore: its symbol id for spaCy's own symbols
    # (dependency labels such as "advcl" are symbols), else the hash of its text.
    return frozenset(_KEYS[w] for w in words)


def select(doc, *, pos: Iterable[str] = (), dep: Iterable[str] = (), lower: Iterable[str] = (),
           tag: Iterable[str] = (), extra: Iterable[int] = ()) -> list:
    """The tokens whose coarse POS is in ``pos``, or dependency label in ``dep``, or lowercase
    form in ``lower``, or fine-grained tag in ``tag``, or index in ``extra``; in document order.

    Strings are compared by their hash, as spaCy stores them: the answer is the tokens a
    ``for tok in doc`` loop testing ``tok.pos_``/``tok.dep_``/``tok.lower_`` would keep.
    """
    want_pos = _ids(frozenset(pos))
    want_dep = _hashes(frozenset(dep))
    want_lower = _hashes(frozenset(lower))
    want_tag = _hashes(frozenset(tag))
    cols = columns(doc)
    keep = set(extra)
    wanted = (want_pos, want_dep, want_lower, want_tag)
    if isinstance(cols, Columns) and doc.user_data.get(CACHE) is cols:
        for want, where in zip(wanted, cols.positions()):
            for v in want:
                keep.update(where.get(v, ()))
    else:
        for want, col in zip(wanted, cols):
            if want:
                keep.update(i for i, v in enumerate(col) if v in want)
    return [doc[i] for i in sorted(keep)]
