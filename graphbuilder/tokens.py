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

from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS, SPACY, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import StringStore

_KEYS = StringStore()
#: ``doc.user_data`` key of the integer attributes while a caller scans one ``Doc`` many times.
CACHE = "gb_token_columns"


class Columns(tuple):
    """The four columns of :func:`columns`, with, once a scan asks, an index of each: value ->
    the positions that hold it (a cached ``Doc`` is scanned by a hundred rules; each then
    reads only its candidates), and the ``Doc``'s tokens, made once rather than once per scan
    that returns them (making a ``Token`` was most of what a scan cost)."""

    index: Optional[list] = None
    tokens: Optional[list] = None
    texts: Optional[list] = None
    selected: Optional[dict] = None
    lemmas: Optional[dict] = None

    def positions(self, column: int) -> dict[int, list[int]]:
        """Value -> positions of one column (0 POS, 1 dependency, 2 lowercase form, 3 tag), built on first use."""
        if self.index is None:
            self.index = [None] * len(self)
        where = self.index[column]
        if where is None:
            where = {}
            for i, v in enumerate(self[column]):
                found = where.get(v)
                if found is None:
                    where[v] = [i]
                else:
                    found.append(i)
            self.index[column] = where
        return where

    def lemma_positions(self, doc) -> dict[str, list[int]]:
        """Lower-case lemma -> the positions that hold it, built on first use."""
        if self.lemmas is None:
            strings = doc.vocab.strings
            where: dict[str, list[int]] = {}
            for i, h in enumerate(doc.to_array(LEMMA).tolist() if len(doc) else ()):
                lemma = strings[h].lower()
                found = where.get(lemma)
                if found is None:
                    where[lemma] = [i]
                else:
                    found.append(i)
            self.lemmas = where
        return self.lemmas


def columns(doc) -> Columns:
    """POS ids, dependency-label, lowercase-form and fine-grained tag hashes of every token."""
    cached = doc.user_data.get(CACHE)
    if cached is not None:
        return cached
    if not len(doc):
        return Columns(([], [], [], []))
    pos, dep, lower, tag = doc.to_array([POS, DEP, LOWER, TAG]).T.tolist()
    return Columns((pos, dep, lower, tag))


def texts(doc) -> list[str]:
    """Every token's text, as a list (kept with a cached ``Doc``'s columns): a scan that tests the
    words of every token reads strings, without making a ``Token`` per position."""
    cols = doc.user_data.get(CACHE)
    if cols is not None and cols.texts is not None:
        return cols.texts
    strings = doc.vocab.strings
    words = [strings[h] for h in doc.to_array(ORTH).tolist()] if len(doc) else []
    if cols is not None:
        cols.texts = words
    return words


def doc_text(doc) -> str:
    """``doc.text``, joined from the string store (``Doc.text`` makes a ``Token`` per position)."""
    if not len(doc):
        return ""
    strings = doc.vocab.strings
    orth, space = doc.to_array([ORTH, SPACY]).T.tolist()
    return "".join([strings[o] + " " if s else strings[o] for o, s in zip(orth, space)])


@functools.lru_cache(maxsize=64)
def _ids(names: frozenset) -> frozenset:
    return frozenset(POS_IDS[n] for n in names)


@functools.lru_cache(maxsize=64)
def _hashes(words: frozenset) -> frozenset:
    # A string's key is the same in every StringStore: its symbol id for spaCy's own symbols
    # (dependency labels such as "advcl" are symbols), else the hash of its text.
    return frozenset(_KEYS[w] for w in words)


#: The hashes :func:`select` looks for, by its arguments when they are tuples or frozensets (most are a
#: module's constants: a hundred rules each ask for their own words, once per ``Doc``).
_WANTED: dict[tuple, tuple] = {}
_CONSTANT = (tuple, frozenset)


def _wanted(pos, dep, lower, tag) -> tuple[tuple, Optional[tuple]]:
    key = (pos, dep, lower, tag)
    if type(pos) in _CONSTANT and type(dep) in _CONSTANT and type(lower) in _CONSTANT and type(tag) in _CONSTANT:
        found = _WANTED.get(key)
        if found is None:
            if len(_WANTED) > 4096:
                _WANTED.clear()
            found = _WANTED[key] = (_ids(frozenset(pos)), _hashes(frozenset(dep)), _hashes(frozenset(lower)),
                                    _hashes(frozenset(tag)))
        return found, key
    return (_ids(frozenset(pos)), _hashes(frozenset(dep)), _hashes(frozenset(lower)), _hashes(frozenset(tag))), None


def select(doc, *, pos: Iterable[str] = (), dep: Iterable[str] = (), lower: Iterable[str] = (),
           tag: Iterable[str] = (), extra: Iterable[int] = ()) -> list:
    """The tokens whose coarse POS is in ``pos``, or dependency label in ``dep``, or lowercase
    form in ``lower``, or fine-grained tag in ``tag``, or index in ``extra``; in document order.

    Strings are compared by their hash, as spaCy stores them: the answer is the tokens a
    ``for tok in doc`` loop testing ``tok.pos_``/``tok.dep_``/``tok.lower_`` would keep.
    """
    wanted, key = _wanted(pos, dep, lower, tag)
    cols = columns(doc)
    keep = set(extra)
    if isinstance(cols, Columns) and doc.user_data.get(CACHE) is cols:
        tokens = cols.tokens
        if tokens is None:
            tokens = cols.tokens = list(doc)
        # The same question from another rule of this Doc (most ask for its verbs or nouns).
        if key is not None and not keep:
            if cols.selected is None:
                cols.selected = {}
            found = cols.selected.get(key)
            if found is not None:
                return [tokens[i] for i in found]
        for column, want in enumerate(wanted):
            if want:
                where = cols.positions(column)
                # (the document's distinct values when they are fewer than the words asked for)
                for v in want if len(want) <= len(where) else where.keys() & want:
                    found = where.get(v)
                    if found is not None:
                        keep.update(found)
        order = sorted(keep)
        if key is not None and not extra:
            cols.selected[key] = order
        return [tokens[i] for i in order]
    else:
        for want, col in zip(wanted, cols):
            if want:
                keep.update(i for i, v in enumerate(col) if v in want)
    return [doc[i] for i in sorted(keep)]


def select_lemmas(doc, lemmas, *, pos: Iterable[str] = ()) -> list:
    """The tokens whose coarse POS is in ``pos`` and whose lower-case lemma is in ``lemmas``; in
    document order: what ``select(doc, pos=pos)`` keeps of a loop testing ``tok.lemma_.lower()``.

    Most rules look for a few verbs or nouns: with a cached ``Doc`` they read only those.
    """
    cols = columns(doc)
    if not (isinstance(cols, Columns) and doc.user_data.get(CACHE) is cols):
        return [t for t in select(doc, pos=pos) if t.lemma_.lower() in lemmas]
    where = cols.lemma_positions(doc)
    want_pos = _ids(frozenset(pos))
    coarse = cols[0]
    keep = []
    for lemma in lemmas if len(lemmas) <= len(where) else where.keys() & lemmas:
        found = where.get(lemma)
        if found is not None:
            keep.extend(i for i in found if coarse[i] in want_pos)
    if not keep:
        return []
    keep.sort()
    tokens = cols.tokens
    if tokens is None:
        tokens = cols.tokens = list(doc)
    return [tokens[i] for i in keep]
