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
from spacy.tokens._retokenize import set_token_attrs

#: Token attributes the index reads, in the column order of ``Doc.to_array``.
COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY = [TAG, LOWER, DEP, IS_SPACE]
#: Token attributes the rules write that :meth:`IndexedAttributeRuler.__call__` writes as columns; a token
#: given any other (the model's rules for whitespace set its tag and dependency) is written as spaCy does.
_WRITTEN = [POS, MORPH, LEMMA]
_WRITTEN_INDEX = {attr: column for column, attr in enumerate(_WRITTEN)}


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
        self._compile_effects(patterns)

    def _compile_effects(self, patterns: list) -> None:
        """The tables of :meth:`__call__`: the patterns by what their first token's value depends on.

        A pattern whose first token tests the form against exact words is looked up by the form; one
        whose first token tests no form depends only on the tag, dependency and space flag, of which a
        document has few combinations; the rest (a regular expression on the form) are tested everywhere.
        """
        by_lower: dict[int, list] = {}
        by_shape: list = []
        anywhere: list = []
        lower = COLUMNS["LOWER"]
        self._fast = True
        for p in patterns:
            width = len(p.tokens)
            index = self.indices[p.attr_id]
            if not -width <= index < width:
                self._fast = False  # spaCy's own path raises its error for such a pattern
            first = p.tokens[0]
            words = _keys(first, lower)
            if words is not None:
                for w in words:
                    by_lower.setdefault(w, []).append(p)
            elif any(t.column == lower for t in first):
                anywhere.append(p)
            else:
                by_shape.append(p)
        self._effects = (by_lower, by_shape, anywhere)
        self._shape_memo: dict = {}
        self._lower_memo: dict = {}
        self._merged_memo: dict = {}

    def _first(self, patterns, row, strings) -> tuple:
        """Of ``patterns``, (the attribute ids of the one-token ones whose token ``row`` passes, the longer
        ones whose first token it passes)."""
        ones, longer = [], []
        for p in patterns:
            if self._passes(p.tokens[0], row, strings):
                if len(p.tokens) == 1:
                    ones.append(p.attr_id)
                else:
                    longer.append(p)
        return tuple(ones), tuple(longer)

    def _merged(self, ids: tuple) -> tuple:
        """The attributes the rules ``ids`` (sorted) leave on one token, later rules over earlier ones,
        and whether they are all columns :meth:`__call__` writes as arrays."""
        found = self._merged_memo.get(ids)
        if found is None:
            merged: dict = {}
            for attr_id in ids:
                merged.update(self.attrs[attr_id])
            found = self._merged_memo[ids] = (merged, all(k in _WRITTEN_INDEX for k in merged))
        return found

    def __call__(self, doc):
        """What ``AttributeRuler.__call__`` writes, without a ``Span`` and a ``Token`` per match.

        Every match writes one token, and the matches are applied in the order of their rules, so a
        token ends with the union of its rules' attributes, later rules over earlier ones: that union
        is computed once per combination of rules and written with ``Doc.from_array``.
        """
        error_handler = self.get_error_handler()
        try:
            if getattr(self, "_index", None) is None:
                self.compile()
            if not self._fast:
                self.set_annotations(doc, self.match(doc))
            elif len(doc):
                self._annotate(doc)
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)

    def _annotate(self, doc) -> None:
        by_lower, by_shape, anywhere = self._effects
        shape_memo, lower_memo = self._shape_memo, self._lower_memo
        strings = doc.vocab.strings
        rows = doc.to_array(_ARRAY).tolist()
        n = len(rows)
        ids: list = [None] * n  # per token, the rules that write it, when any do
        for i, row in enumerate(rows):
            tag, form, dep, space = row
            shape = shape_memo.get((tag, dep, space))
            if shape is None:
                shape = shape_memo[(tag, dep, space)] = self._first(by_shape, row, strings)
            ones, longer = shape
            if form in by_lower:
                key = (form, tag, dep, space)
                words = lower_memo.get(key)
                if words is None:
                    words = lower_memo[key] = self._first(by_lower[form], row, strings)
                ones, longer = ones + words[0], longer + words[1]
            if anywhere:
                more = self._first(anywhere, row, strings)
                ones, longer = ones + more[0], longer + more[1]
            if ones:
                if ids[i] is None:  # (a longer rule matched before may write this token)
                    ids[i] = list(ones)
                else:
                    ids[i].extend(ones)
            for p in longer:
                width = len(p.tokens)
                if i + width <= n and all(self._passes(tests, rows[i + k], strings)
                                          for k, tests in enumerate(p.tokens) if k):
                    index = self.indices[p.attr_id]
                    target = i + (index if index >= 0 else width + index)
                    if ids[target] is None:
                        ids[target] = [p.attr_id]
                    else:
                        ids[target].append(p.attr_id)
        out = None
        odd = []
        for i, found in enumerate(ids):
            if found is None:
                continue
            merged, plain = self._merged(tuple(sorted(set(found))))
            if not plain:
                odd.append((i, merged))
                continue
            if out is None:
                out = doc.to_array(_WRITTEN)
            for attr, value in merged.items():
                out[i, _WRITTEN_INDEX[attr]] = value
        if out is not None:
            doc.from_array(_WRITTEN, out)
        for i, merged in odd:
            set_token_attrs(doc[i], merged)

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
        self._index_sets: dict[int, frozenset] = {}  # id of a word list -> its words

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
                    found = known[key] = strings.add(self._lemmatize(doc[i])[0])
                out[i] = found
        doc.from_array([LEMMA], out.reshape(-1, 1))
        return doc


    def _lemmatize(self, token) -> list:
        """``lemmatizer.lemmatize(token)``; spaCy's ``rule_lemmatize`` with the model's word lists as sets.

        ``rule_lemmatize`` tests each candidate form against the list of known words of the part of
        speech (57,528 nouns) one by one: most of the cost of a word not seen before. The same steps
        with a set give the same lemmas.
        """
        lemmatizer = self.lemmatizer
        if type(lemmatizer).rule_lemmatize is not Lemmatizer.rule_lemmatize \
                or getattr(lemmatizer.lemmatize, "__func__", None) is not Lemmatizer.rule_lemmatize:
            return lemmatizer.lemmatize(token)
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space") or lemmatizer.is_base_form(token):
            return lemmatizer.lemmatize(token)
        lookups = lemmatizer.lookups
        index_table = lookups.get_table("lemma_index", {})
        exc_table = lookups.get_table("lemma_exc", {})
        rules_table = lookups.get_table("lemma_rules", {})
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            return lemmatizer.lemmatize(token)
        words = index_table.get(univ_pos, {})
        index = self._index_sets.get(id(words))
        if index is None:
            index = self._index_sets[id(words)] = frozenset(words)
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, {})
        # From here on, Lemmatizer.rule_lemmatize (spaCy 3.8) step by step.
        orig = token.text
        string = orig.lower()
        forms: list = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    if form in index:
                        forms.insert(0, form)
                    else:
                        forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        return forms


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
