"""The model's attribute rules, matched by table lookup instead of spaCy's ``Matcher``.

``en_core_web_sm`` derives the coarse part of speech, morphology and some lemmas from the
tagger's fine-grained tags with an ``AttributeRuler`` of ~180 token patterns.  Its
``Matcher`` tests every pattern against every token: about a tenth of the model's time on
news text, more than all of graphbuilder's own components.  Nearly all the patterns are
one token with exact values, so :class:`IndexedAttributeRuler` indexes them by tag and by
lowercase form and tests only the patterns a token's tag or form can satisfy; what it
writes is what the ``AttributeRuler`` writes (its own ``set_annotations``, the same
matches in the same order).

Pattern features it does not know (operators, other attributes) leave the model's
component in place: :func:`index_attribute_ruler` says whether it swapped.

Examples
--------
>>> import spacy
>>> nlp = spacy.blank("en")
>>> ruler = nlp.add_pipe("attribute_ruler")
>>> ruler.add([[{"TAG": "NNP"}]], {"POS": "PROPN"})
>>> index_attribute_ruler(nlp)
True
>>> from spacy.tokens import Doc
>>> doc = nlp.get_pipe("attribute_ruler")(Doc(nlp.vocab, words=["Ankara"], tags=["NNP"]))
>>> doc[0].pos_
'PROPN'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer

#: Token attributes the index reads, in the column order of ``Doc.to_array``.
COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY = [TAG, LOWER, DEP, IS_SPACE]


@dataclass(frozen=True)
class _Test:
    column: int
    op: str  # "==", "in", "not in", "regex"
    value: object


@dataclass(frozen=True)
class _Pattern:
    attr_id: int
    match_id: int
    tokens: tuple  # one tuple of _Test per token


class UnsupportedPattern(ValueError):
    """A pattern feature the index does not replicate."""


def _compile_token(spec: dict, strings) -> tuple:
    tests = []
    for name, value in spec.items():
        column = COLUMNS.get(name.upper() if isinstance(name, str) else name)
        if column is None:
            raise UnsupportedPattern(name)
        if name == "IS_SPACE":
            if not isinstance(value, bool):
                raise UnsupportedPattern(f"{name}: {value!r}")
            tests.append(_Test(column, "==", int(value)))
        elif isinstance(value, str):
            tests.append(_Test(column, "==", strings.add(value)))
        elif isinstance(value, dict) and len(value) == 1:
            (op, arg), = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
                tests.append(_Test(column, "in" if op == "IN" else "not in", frozenset(strings.add(a) for a in arg)))
            elif op == "REGEX" and isinstance(arg, str):
                tests.append(_Test(column, "regex", re.compile(arg)))
            else:
                raise UnsupportedPattern(f"{name}: {value!r}")
        else:
            raise UnsupportedPattern(f"{name}: {value!r}")
    return tuple(tests)


def _keys(tests: tuple, column: int) -> Optional[frozenset]:
    """The values of ``column`` a token needs to pass ``tests``; ``None``: any value may."""
    for t in tests:
        if t.column == column and t.op == "==":
            return frozenset({t.value})
        if t.column == column and t.op == "in":
            return t.value
    return None


class IndexedAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` whose ``match`` looks patterns up by tag and form.

    Build it with the model's patterns (``add_patterns``); :meth:`compile` raises
    :class:`UnsupportedPattern` for a pattern it would not match exactly as the ``Matcher``.
    """

    def add(self, patterns, attrs, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._index = None  # compiled again on the next match

    def compile(self) -> None:
        strings = self.vocab.strings
        patterns = []
        for attr_id in range(len(self.attrs)):
            match_id = strings[str(attr_id)]
            for alternative in self.matcher.get(match_id)[1]:
                if not alternative or any(not isinstance(spec, dict) or "OP" in spec for spec in alternative):
                    raise UnsupportedPattern(repr(alternative))
                patterns.append(_Pattern(attr_id, match_id, tuple(_compile_token(s, strings) for s in alternative)))
        # Per tag and per lowercase form: the patterns that value alone satisfies (most of them:
        # one token, one exact value), and those with more to test; then the rest.
        by_tag: dict[int, tuple[list, list]] = {}
        by_lower: dict[int, tuple[list, list]] = {}
        others: list = []
        for p in patterns:
            first = p.tokens[0]
            for column, table in ((COLUMNS["TAG"], by_tag), (COLUMNS["LOWER"], by_lower)):
                values = _keys(first, column)
                if values is not None:
                    settled = len(p.tokens) == 1 and len(first) == 1
                    for v in values:
                        sure, check = table.setdefault(v, ([], []))
                        (sure if settled else check).append((p.attr_id, p.match_id) if settled else p)
                    break
            else:
                others.append(p)
        self._index = (by_tag, by_lower, others)
        self._regex_memo: dict = {}

    def _passes(self, tests: tuple, row, strings) -> bool:
        for t in tests:
            value = row[t.column]
            if t.op == "==":
                if value != t.value:
                    return False
            elif t.op == "in":
                if value not in t.value:
                    return False
            elif t.op == "not in":
                if value in t.value:
                    return False
            else:
                key = (t.value.pattern, value)
                hit = self._regex_memo.get(key)
                if hit is None:
                    hit = self._regex_memo[key] = bool(t.value.search(strings[value]))
                if not hit:
                    return False
        return True

    def match(self, doc):
        """The ``AttributeRuler``'s matches, ``(attr_id, match_id, start, end)`` sorted."""
        if getattr(self, "_index", None) is None:
            self.compile()
        by_tag, by_lower, others = self._index
        rows = doc.to_array(_ARRAY).tolist() if len(doc) else []
        strings = doc.vocab.strings
        n = len(rows)
        matches = []
        nothing = ((), ())
        for i, row in enumerate(rows):
            tag_sure, tag_check = by_tag.get(row[0], nothing)
            lower_sure, lower_check = by_lower.get(row[1], nothing)
            for attr_id, match_id in (*tag_sure, *lower_sure):
                matches.append((attr_id, match_id, i, i + 1))
            for p in (*tag_check, *lower_check, *others):
                width = len(p.tokens)
                if i + width <= n and all(self._passes(tests, rows[i + k], strings)
                                          for k, tests in enumerate(p.tokens)):
                    matches.append((p.attr_id, p.match_id, i, i + width))
        matches.sort()
        return matches


@Language.factory("gb_indexed_attribute_ruler")
def make_indexed_attribute_ruler(nlp, name: str) -> IndexedAttributeRuler:
    """An empty :class:`IndexedAttributeRuler` (:func:`index_attribute_ruler` fills it)."""
    return IndexedAttributeRuler(nlp.vocab, name)


def index_attribute_ruler(nlp, name: str = "attribute_ruler") -> bool:
    """Swap the pipeline's ``AttributeRuler`` for an :class:`IndexedAttributeRuler` with its patterns.

    Returns whether it did: ``False`` when there is none, or when a pattern uses a feature
    the index does not replicate (the model's component then stays).
    """
    if name not in nlp.pipe_names or type(nlp.get_pipe(name)) is not AttributeRuler:
        return False
    patterns = nlp.get_pipe(name).patterns
    trial = IndexedAttributeRuler(nlp.vocab, name)
    trial.add_patterns(patterns)
    try:
        trial.compile()
    except UnsupportedPattern:
        return False
    new = nlp.replace_pipe(name, "gb_indexed_attribute_ruler")
    new.add_patterns(patterns)
    new.compile()
    return True


class CachedLemmatizer:
    """The model's rule lemmatizer, with its answers kept by form, part of speech and morphology.

    spaCy's ``Lemmatizer`` makes a ``Token`` per position and asks ``rule_lemmatize``, whose own
    cache still reads three attributes of the token first: a tenth of the model's time on news,
    most of it for words it has seen before.  A rule lemma depends on nothing else (the form's
    text, its coarse tag, its morphology and the model's tables), so this component reads those
    three columns with ``Doc.to_array``, asks the model's lemmatizer only for a combination it
    has not seen, and writes the lemmas back in one ``Doc.from_array``: the lemmas the model's
    component writes, and like it only where no lemma is set (unless it overwrites).
    """

    def __init__(self, lemmatizer, name: str = "lemmatizer"):
        self.lemmatizer = lemmatizer
        self.name = name
        self.lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc):
        if not len(doc):
            return self.lemmatizer(doc)
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)
        strings = doc.vocab.strings
        known = self.lemmas
        overwrite = lemmatizer.overwrite
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        out = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                found = known.get(key)
                if found is None:
                    found = known[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
                out[i] = found
        doc.from_array([LEMMA], out.reshape(-1, 1))
        return doc


@Language.factory("gb_cached_lemmatizer")
def make_cached_lemmatizer(nlp, name: str) -> CachedLemmatizer:
    """A :class:`CachedLemmatizer` of nothing yet (:func:`cache_lemmatizer` gives it the model's)."""
    return CachedLemmatizer(None, name)


def cache_lemmatizer(nlp, name: str = "lemmatizer") -> bool:
    """Wrap the pipeline's rule ``Lemmatizer`` in a :class:`CachedLemmatizer`.

    Returns whether it did: ``False`` when there is none, or when it is not spaCy's rule-based one
    (a lookup or custom lemmatizer stays as it is).
    """
    if name not in nlp.pipe_names:
        return False
    model = nlp.get_pipe(name)
    if not isinstance(model, Lemmatizer) or model.mode != "rule" \
            or getattr(model.lemmatize, "__func__", None) is not type(model).rule_lemmatize:
        return False
    new = nlp.replace_pipe(name, "gb_cached_lemmatizer")
    new.lemmatizer = model
    new.name = name
    return True
