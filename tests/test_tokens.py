"""graphbuilder.tokens: the trigger-token scan answers what a loop over the whole Doc would."""

from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuilder.tokens import CACHE, columns, select
from tests.conftest import make_doc

SPEC = ("Turkish/ADJ/amod/1 troops/NOUN/nsubj/2/troop/NNS met/VERB/ROOT/2/meet/VBD the/DET/det/4 Troops/PROPN/dobj/2 "
        "if/SCONJ/mark/7 he/PRON/nsubj/7 left/VERB/advcl/2 ./PUNCT/punct/2")


def _loop(doc, pos, dep, lower, tag, extra):
    return [t for t in doc if t.pos_ in pos or t.dep_ in dep or t.lower_ in lower or t.tag_ in tag or t.i in extra]


@given(pos=st.sets(st.sampled_from(["ADJ", "NOUN", "VERB", "PROPN", "PRON", "AUX"])),
       dep=st.sets(st.sampled_from(["advcl", "nsubj", "ROOT", "conj"])),
       lower=st.sets(st.sampled_from(["troops", "he", "met", "base", "Troops"])),
       tag=st.sets(st.sampled_from(["VBD", "NNS", "PRP", "XX"])),
       extra=st.sets(st.integers(0, 8)))
@settings(deadline=None)  # a shared machine's load, not the scan, decides how long one example takes
def test_select_is_the_filtered_loop(pos, dep, lower, tag, extra):
    doc = make_doc(SPEC)
    assert select(doc, pos=pos, dep=dep, lower=lower, tag=tag, extra=extra) == _loop(doc, pos, dep, lower, tag, extra)


def test_lowercase_forms_match_whatever_the_case_of_the_text():
    doc = make_doc(SPEC)
    assert [t.i for t in select(doc, lower=("troops",))] == [1, 4]


def test_cached_columns_are_used_while_present():
    doc = make_doc(SPEC)
    pos, dep, lower, tag = columns(doc)
    # Pretend token 0 is a verb: the scan must read the cache, not the Doc, while it is there.
    doc.user_data[CACHE] = ([pos[2]] + pos[1:], dep, lower, tag)
    assert [t.i for t in select(doc, pos=("VERB",))] == [0, 2, 7]
    del doc.user_data[CACHE]
    assert [t.i for t in select(doc, pos=("VERB",))] == [2, 7]


def test_empty_doc():
    doc = make_doc("x/X/ROOT/0")[0:0].as_doc()
    assert select(doc, pos=("VERB",), extra=()) == []


# -- cached Doc: the index, the kept answers and the lemma scan answer what the loop does --------------

from graphbuilder.tokens import doc_text, select_lemmas, texts  # noqa: E402

_WORDS = ("troops", "he", "met", "base", "Troops")


@given(pos=st.sets(st.sampled_from(["ADJ", "NOUN", "VERB", "PROPN", "PRON", "AUX"])),
       dep=st.sets(st.sampled_from(["advcl", "nsubj", "ROOT", "conj"])),
       lower=st.sets(st.sampled_from(_WORDS)),
       tag=st.sets(st.sampled_from(["VBD", "NNS", "PRP", "XX"])),
       extra=st.sets(st.integers(0, 8)))
@settings(deadline=None)
def test_select_on_a_cached_doc_is_the_filtered_loop_twice(pos, dep, lower, tag, extra):
    doc = make_doc(SPEC)
    doc.user_data[CACHE] = columns(doc)
    args = dict(pos=tuple(sorted(pos)), dep=frozenset(dep), lower=tuple(sorted(lower)), tag=frozenset(tag))
    want = _loop(doc, pos, dep, lower, tag, extra)
    # The second answer comes from what the first one kept: it must be the same, and a new list.
    first = select(doc, **args, extra=extra)
    first.append(None)
    assert select(doc, **args, extra=extra) == want
    assert select(doc, **args) == _loop(doc, pos, dep, lower, tag, ())


@given(lemmas=st.sets(st.sampled_from(["troop", "meet", "leave", "he", "Troops", "the", "x"])),
       pos=st.sets(st.sampled_from(["NOUN", "VERB", "PROPN", "PRON", "DET"])))
@settings(deadline=None)
def test_select_lemmas_is_the_lemma_filtered_loop(lemmas, pos):
    doc = make_doc(SPEC)
    want = [t for t in doc if t.pos_ in pos and t.lemma_.lower() in lemmas]
    assert select_lemmas(doc, lemmas, pos=tuple(pos)) == want
    doc.user_data[CACHE] = columns(doc)
    assert select_lemmas(doc, frozenset(lemmas), pos=tuple(pos)) == want
    assert select_lemmas(doc, {w: None for w in lemmas}, pos=tuple(pos)) == want


def test_select_lemmas_lowercases_the_lemma():
    doc = make_doc("Troops/PROPN/nsubj/1/Troops met/VERB/ROOT/1/Meet troops/NOUN/dobj/1/troop")
    doc.user_data[CACHE] = columns(doc)
    assert [t.i for t in select_lemmas(doc, {"troops", "meet"}, pos=("PROPN", "VERB"))] == [0, 1]
    assert select_lemmas(doc, {"troop"}, pos=("PROPN",)) == []


def test_texts_and_doc_text_are_the_docs_own():
    import spacy

    nlp = spacy.blank("en")
    for text in ("Hello  world ,\n\nUSS Vinson \u2013 x ", " a", "x\t y  ", "Sen. Kerry met\nthem."):
        doc = nlp(text)
        assert texts(doc) == [t.text for t in doc]
        assert doc_text(doc) == doc.text
        doc.user_data[CACHE] = columns(doc)
        assert texts(doc) is texts(doc)
    empty = nlp("")
    assert texts(empty) == [] and doc_text(empty) == ""
