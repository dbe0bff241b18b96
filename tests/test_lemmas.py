"""Participle lemma repair (``gb_lemmas``): no model involved."""

from conftest import make_doc

from graphbuilder.components import lemmas, verb_lemma


def test_a_short_stem_without_a_doubled_consonant_ends_in_e():
    assert verb_lemma("staged", "stag", "VBD") == "stage"
    assert verb_lemma("waged", "wag", "VBN") == "wage"
    assert verb_lemma("waging", "wag", "VBG") == "wage"


def test_other_lemmas_are_kept():
    # Two syllables ("visit", "order"), a doubled consonant ("planned"), a vowel pair ("aimed"), a noun.
    assert verb_lemma("visited", "visit", "VBD") == "visit"
    assert verb_lemma("ordered", "order", "VBD") == "order"
    assert verb_lemma("planned", "plan", "VBD") == "plan"
    assert verb_lemma("aimed", "aim", "VBD") == "aim"
    assert verb_lemma("staged", "stag", "JJ") == "stag"


def test_the_component_rewrites_the_doc():
    doc = make_doc("Students/NOUN/nsubj/1/student staged/VERB/ROOT/1/stag/VBD protests/NOUN/dobj/1/protest/NNS")
    assert [t.lemma_ for t in lemmas(doc)] == ["student", "stage", "protest"]
