"""graphbuilder.attributes: the indexed attribute ruler writes what spaCy's AttributeRuler writes."""

import json
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from graphbuilder.attributes import IndexedAttributeRuler, UnsupportedPattern, index_attribute_ruler

# Every pattern feature the model's rules use: exact values, IN/NOT_IN, REGEX, IS_SPACE, DEP,
# two-token patterns with the index on either token, alternatives, and later rules overriding
# earlier ones on the same token.
PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "NNP"}]], "attrs": {"POS": "PROPN"}},
    {"patterns": [[{"TAG": "VBD"}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Past|VerbForm=Fin"}},
    {"patterns": [[{"TAG": {"IN": ["VBP", "VBZ"]}}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"LOWER": "met", "TAG": "VBD"}]], "attrs": {"LEMMA": "meet"}},
    {"patterns": [[{"TAG": "VBZ", "LOWER": "gets"}], [{"TAG": "VBD", "LOWER": "got"}]], "attrs": {"LEMMA": "get"}},
    {"patterns": [[{"LOWER": {"IN": ["troops", "forces"]}}]], "attrs": {"LEMMA": "troop"}},
    {"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], "attrs": {"LEMMA": "you"}, "index": 0},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
    {"patterns": [[{"TAG": {"NOT_IN": ["NN", "NNP"]}, "DEP": {"IN": ["nsubj", "dobj"]}}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE", "TAG": "_SP"}},
    {"patterns": [[{"DEP": "ROOT", "LOWER": "met"}]], "attrs": {"POS": "AUX"}},  # overrides VERB from above
]
WORDS = ["met", "got", "gets", "troops", "forces", "y'", "y", "all", "gon", "na", "there", "is", "was",
         "Ankara", "it", "\n", "Troops", "MET"]
TAGS = ["NN", "NNP", "VBD", "VBP", "VBZ", "PRP", "EX", "_SP"]
DEPS = ["ROOT", "nsubj", "dobj", "expl", "prep", "dep"]


def _rulers():
    vocab = spacy.blank("en").vocab
    plain, indexed = AttributeRuler(vocab), IndexedAttributeRuler(vocab)
    plain.add_patterns(PATTERNS)
    indexed.add_patterns(PATTERNS)
    return vocab, plain, indexed


def _attrs(doc):
    return [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


@settings(max_examples=200, deadline=None)  # a property, not a timing: loaded machines are slow
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(TAGS), st.sampled_from(DEPS)),
                min_size=1, max_size=8))
def test_the_indexed_ruler_writes_what_the_matcher_ruler_writes(tokens):
    vocab, plain, indexed = _rulers()
    words, tags, deps = zip(*tokens)

    def doc():
        # Heads are all the first token: the attributes under test do not depend on the tree.
        return Doc(vocab, words=list(words), tags=list(tags), deps=list(deps), heads=[0] * len(words))

    assert indexed.match(doc()) == plain.match(doc())
    assert _attrs(indexed(doc())) == _attrs(plain(doc()))


def test_later_rules_override_earlier_ones_on_the_same_token():
    vocab, _plain, indexed = _rulers()
    doc = indexed(Doc(vocab, words=["Carter", "met", "Erdogan"], tags=["NNP", "VBD", "NNP"],
                      deps=["nsubj", "ROOT", "dobj"], heads=[1, 1, 1]))
    assert [(t.pos_, t.lemma_) for t in doc] == [("PROPN", ""), ("AUX", "meet"), ("PROPN", "")]


def test_patterns_added_after_a_match_are_used():
    vocab, _plain, indexed = _rulers()
    doc = Doc(vocab, words=["Ankara"], tags=["NNP"])
    assert indexed(doc)[0].pos_ == "PROPN"
    indexed.add([[{"LOWER": "ankara"}]], {"POS": "X"})
    assert indexed(Doc(vocab, words=["Ankara"], tags=["NNP"]))[0].pos_ == "X"


def test_an_operator_keeps_the_models_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NNP", "OP": "+"}]], {"POS": "PROPN"})
    with pytest.raises(UnsupportedPattern):
        _compile(nlp)
    assert index_attribute_ruler(nlp) is False
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler
    assert index_attribute_ruler(spacy.blank("en")) is False  # no ruler at all


def _compile(nlp):
    r = IndexedAttributeRuler(nlp.vocab)
    r.add_patterns(nlp.get_pipe("attribute_ruler").patterns)
    r.compile()


@pytest.mark.model
def test_the_model_pipeline_gives_the_same_tokens_with_either_ruler():
    from graphbuilder.nlp import _load_model

    sample = Path(__file__).resolve().parents[1] / "data" / "sample"
    texts = [(sample / "voa-us-turkey-2016-10-21.txt").read_text("utf-8")]
    with open(sample / "wikitimes_cep.jsonl", encoding="utf-8") as fh:
        texts += [json.loads(line)["text"] for line, _ in zip(fh, range(150))]
    plain, indexed = _load_model(None), _load_model(None)
    assert index_attribute_ruler(indexed)
    for a, b in zip(plain.pipe(texts), indexed.pipe(texts)):
        assert [(*x, t.ent_type_) for x, t in zip(_attrs(a), a)] == [(*x, t.ent_type_) for x, t in zip(_attrs(b), b)]
