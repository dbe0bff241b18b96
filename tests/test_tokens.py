"""graphbuilder.tokens: the trigger-token scan answers what a loop over the whole Doc would."""

from hypothesis import given
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
