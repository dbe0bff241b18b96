"""The fast paths of the build write what the plain paths write (no model).

The indexed attribute ruler's one write per token, the cached lemmatizer's set-based rule
lemmatisation and the graph builder's direct store adds are speed-ups only: each test here
compares a fast path with the path it replaces.
"""

from __future__ import annotations

import datetime as dt
import functools

import pytest
import spacy
from rdflib import Graph, Literal
from spacy.lookups import Lookups
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from graphbuilder.attributes import CachedLemmatizer, IndexedAttributeRuler
from graphbuilder.graph import GraphBuilder, _decimal, _int, decimal_literal
from graphbuilder.ingest import Document
from graphbuilder.model import ActorMention, RelationMention

# --------------------------------------------------------------------------- attribute ruler


def _attrs(doc):
    return [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


def _both(patterns):
    vocab = spacy.blank("en").vocab
    plain, fast = AttributeRuler(vocab), IndexedAttributeRuler(vocab)
    plain.add_patterns(patterns)
    fast.add_patterns(patterns)
    return vocab, plain, fast


def test_a_token_two_rules_write_keeps_the_later_rules_values_and_the_earlier_rules_others():
    vocab, plain, fast = _both([
        {"patterns": [[{"TAG": "VBD"}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Past"}},
        {"patterns": [[{"LOWER": "had", "TAG": "VBD"}]], "attrs": {"POS": "AUX"}},
    ])

    def doc():
        return Doc(vocab, words=["They", "had", "left"], tags=["PRP", "VBD", "VBD"])

    assert _attrs(fast(doc())) == _attrs(plain(doc()))
    assert [(t.pos_, str(t.morph)) for t in fast(doc())][1:] == [("AUX", "Tense=Past"), ("VERB", "Tense=Past")]


def test_a_two_token_rule_writes_the_token_its_index_names_over_a_one_token_rule_before_it():
    vocab, plain, fast = _both([
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
        {"patterns": [[{"DEP": "expl"}, {"LOWER": "is"}]], "attrs": {"POS": "VERB"}, "index": -1},
    ])

    def doc():
        return Doc(vocab, words=["there", "is", "war"], tags=["EX", "NN", "NN"], deps=["expl", "ROOT", "attr"],
                   heads=[1, 1, 1])

    assert _attrs(fast(doc())) == _attrs(plain(doc()))
    assert [t.pos_ for t in fast(doc())] == ["", "VERB", "NOUN"]


def test_a_whitespace_rule_that_sets_the_tag_is_written_as_spacy_writes_it():
    vocab, plain, fast = _both([{"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}}])

    def doc():
        return Doc(vocab, words=["Troops", "\n", "left"], tags=["NNS", "NN", "VBD"])

    assert _attrs(fast(doc())) == _attrs(plain(doc()))
    assert fast(doc())[1].tag_ == "_SP"


def test_a_rule_whose_index_is_outside_its_pattern_fails_as_spacys_does():
    vocab, plain, fast = _both([{"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}, "index": 2}])
    for ruler in (plain, fast):
        with pytest.raises(ValueError):
            ruler(Doc(vocab, words=["war"], tags=["NN"]))


def test_a_token_no_rule_matches_keeps_its_attributes_and_an_empty_doc_passes():
    vocab, plain, fast = _both([{"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "LEMMA": "x"}}])
    doc = fast(Doc(vocab, words=["went"], tags=["VBD"], pos=["VERB"], lemmas=["go"]))
    assert (doc[0].pos_, doc[0].lemma_) == ("VERB", "go")
    assert len(fast(Doc(vocab, words=[]))) == 0


# --------------------------------------------------------------------------- lemmatizer


def _lemmatizer():
    nlp = spacy.blank("en")
    lookups = Lookups()
    lookups.add_table("lemma_rules", {"noun": [["s", ""], ["ses", "s"]], "verb": [["ed", "e"], ["ed", ""]]})
    lookups.add_table("lemma_index", {"noun": ["gas", "bus", "troop"], "verb": ["stage", "visit"]})
    lookups.add_table("lemma_exc", {"noun": {"mice": ["mouse"]}, "verb": {"went": ["go"]}})
    model = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    model.initialize(lookups=lookups)
    return nlp.vocab, model


@pytest.mark.parametrize("word,pos", [("gases", "NOUN"), ("troops", "NOUN"), ("mice", "NOUN"), ("staged", "VERB"),
                                      ("visited", "VERB"), ("went", "VERB"), ("zorbed", "VERB"), ("Ankara", "PROPN"),
                                      ("fast", "ADV")])
def test_the_cached_lemmatizer_gives_rule_lemmatize_s_lemmas(word, pos):
    vocab, model = _lemmatizer()
    token = Doc(vocab, words=[word], pos=[pos])[0]
    expected = model.rule_lemmatize(token)
    model.cache.clear()
    assert CachedLemmatizer(model)._lemmatize(token) == expected


def test_the_cached_lemmatizer_writes_the_lemmas_of_the_models_component():
    vocab, model = _lemmatizer()
    words, pos = ["troops", "staged", "gases", "troops"], ["NOUN", "VERB", "NOUN", "NOUN"]
    fast = CachedLemmatizer(model)(Doc(vocab, words=words, pos=pos))
    plain = model(Doc(vocab, words=words, pos=pos))
    assert [t.lemma_ for t in fast] == [t.lemma_ for t in plain] == ["troop", "stage", "gas", "troop"]


# --------------------------------------------------------------------------- graph builder

TEXT = "Turkey met Iraq in Ankara."


def _mention(actor_id, surface, start):
    return ActorMention(actor_id=actor_id, label=surface, type="Country", country=actor_id, code=actor_id,
                        surface=surface, start=start, end=start + len(surface), token_start=0, token_end=1, head=0)


def _triples(graph=None):
    builder = GraphBuilder(graph)
    tur, irq = _mention("TUR", "Turkey", 0), _mention("IRQ", "Iraq", 11)
    met = RelationMention("meets", tur, irq, 0, len(TEXT), "met", confidence=0.85, date="2016-10-21")
    builder.add(Document(id="d", text=TEXT, date=dt.date(2016, 10, 21)), [tur, irq], [met], TEXT,
                extracted_at="2016-10-21T00:00:00Z")
    return builder, set(builder.finish())


def test_the_builder_adds_to_simple_memory_directly_and_to_other_graphs_through_graph_add():
    builder, _ = _triples()
    assert isinstance(builder._adder(), functools.partial)
    other = GraphBuilder(Graph())  # rdflib's default store: Graph.add
    assert not isinstance(other._adder(), functools.partial)


def test_the_builder_writes_the_same_triples_into_any_store():
    _, fast = _triples()
    _, plain = _triples(Graph())
    assert fast == plain and len(fast) > 40


def test_cached_literals_are_the_literals_they_stand_for():
    assert _int(7) == Literal(7) and _int(7).datatype == Literal(7).datatype
    assert _int(1) is not _int(True) and _int(True) == Literal(True)
    assert _decimal(0.85) == decimal_literal(0.85) and str(_decimal(1e-07)) == "0.0000001"
