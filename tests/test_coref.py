"""Pronouns of bodies (graphbuilder.coref) on hand-built parses: no model involved."""

import pytest

from conftest import make_doc, mention

from graphbuilder.actors import ActorIndex, Role
from graphbuilder.coref import corefer_bodies, quotations
from graphbuilder.relations import extract_relations

QUOTED = ('"/PUNCT/punct/7//`` We/PRON/nsubj/3//PRP will/AUX/aux/3 strike/VERB/ccomp/7 ISIL/PROPN/dobj/3 '
          ",/PUNCT/punct/7 \"/PUNCT/punct/7//'' said/VERB/ROOT/7/say Cook/PROPN/nsubj/7 ./PUNCT/punct/7")


def _resolved(doc, mentions, roles=()):
    return {(m.surface, m.token_start): m.actor_id for m in corefer_bodies(doc, mentions, roles)}


def _cook_roles(doc, cook):
    # The title's organ: "British Foreign Secretary Robin Cook" is a member of the UK government.
    return [Role(cook, "Foreign Secretary", mention(doc, 8, 9, "GBRGOV", "Government", "GBR"), False)]


def test_we_in_a_quotation_is_the_organ_of_its_speakers_title():
    doc = make_doc(QUOTED)
    cook = mention(doc, 8, 9, "person:robin-cook", "Person", "GBR")
    ms = [mention(doc, 4, 5, "group:isil", "ArmedGroup"), cook]
    assert _resolved(doc, ms, _cook_roles(doc, cook)) == {("We", 1): "GBRGOV"}


def test_we_of_a_speaker_whose_body_the_text_does_not_give_stays_unresolved():
    doc = make_doc(QUOTED)
    ms = [mention(doc, 4, 5, "group:isil", "ArmedGroup"), mention(doc, 8, 9, "person:robin-cook", "Person")]
    assert _resolved(doc, ms) == {}


def test_a_former_title_speaks_for_no_body():
    doc = make_doc(QUOTED)
    cook = mention(doc, 8, 9, "person:robin-cook", "Person", "GBR")
    roles = [Role(cook, "former Foreign Secretary", mention(doc, 8, 9, "GBRGOV", "Government", "GBR"), False,
                  former=True)]
    assert _resolved(doc, [cook], roles) == {}


def test_i_in_a_quotation_is_its_speaker():
    doc = make_doc(QUOTED.replace("We/PRON", "I/PRON"))
    cook = mention(doc, 8, 9, "person:robin-cook", "Person", "GBR")
    assert _resolved(doc, [cook]) == {("I", 1): "person:robin-cook"}


def test_we_in_a_reported_clause_is_the_speakers_body():
    doc = make_doc("Cook/PROPN/nsubj/1 said/VERB/ROOT/1/say we/PRON/nsubj/4//PRP would/AUX/aux/4 "
                   "strike/VERB/ccomp/1 ISIL/PROPN/dobj/4 ./PUNCT/punct/1")
    cook = mention(doc, 0, 1, "person:robin-cook", "Person", "GBR")
    roles = [Role(cook, "Foreign Secretary", mention(doc, 0, 1, "GBRGOV", "Government", "GBR"), False)]
    assert _resolved(doc, [cook, mention(doc, 5, 6, "group:isil", "ArmedGroup")], roles) == {("we", 2): "GBRGOV"}


def test_we_of_a_spokesman_is_the_body_that_qualifies_the_title():
    doc = make_doc('"/PUNCT/punct/9//`` We/PRON/nsubj/3//PRP will/AUX/aux/3 strike/VERB/ccomp/9 ,/PUNCT/punct/9 '
                   "\"/PUNCT/punct/9//'' the/DET/det/8 Taliban/PROPN/compound/8 spokesman/NOUN/nsubj/9 "
                   "said/VERB/ROOT/9/say ./PUNCT/punct/9")
    assert _resolved(doc, [mention(doc, 7, 8, "group:taliban", "ArmedGroup")]) == {("We", 1): "group:taliban"}


def test_unattributed_we_is_the_body_the_previous_sentence_is_about():
    doc = make_doc("The/DET/det/1 Coalition/PROPN/nsubj/2 complies/VERB/ROOT/2/comply ./PUNCT/punct/2 "
                   "We/PRON/nsubj/6//PRP will/AUX/aux/6 strike/VERB/ROOT/6 ISIL/PROPN/dobj/6 ./PUNCT/punct/6")
    ms = [mention(doc, 0, 2, "generic:coalition", "Organisation", head=1), mention(doc, 7, 8, "group:isil", "ArmedGroup")]
    assert _resolved(doc, ms) == {("We", 4): "generic:coalition"}


@pytest.mark.parametrize("spec, actors", [
    # "France is one of our partners": who is named a partner is not who speaks.
    ("France/PROPN/nsubj/1 is/AUX/ROOT/1/be one/NUM/attr/1 of/ADP/prep/2 our/PRON/poss/5//PRP$ "
     "partners/NOUN/pobj/3/partner/NNS ./PUNCT/punct/1", [(0, 1, "FRA", "Country")]),
    # "sanctions on Russia over its annexation": the subject binds, Russia is closer; no clear antecedent.
    ("The/DET/det/1 EU/PROPN/nsubj/2//NNP imposed/VERB/ROOT/2/impose sanctions/NOUN/dobj/2/sanction/NNS "
     "on/ADP/prep/3 Russia/PROPN/pobj/4//NNP over/ADP/prep/2 its/PRON/poss/8//PRP$ "
     "annexation/NOUN/pobj/6//NN of/ADP/prep/8 Crimea/PROPN/pobj/9//NNP ./PUNCT/punct/2",
     [(1, 2, "org:european-union", "InternationalOrganisation"), (5, 6, "RUS", "Country"),
      (10, 11, "place:crimea", "Place")]),
    # "the strike violated its sovereignty": a thing binds "its", no body.
    ("Pakistan/PROPN/nsubj/1 said/VERB/ROOT/1/say the/DET/det/3 strike/NOUN/nsubj/4//NN "
     "violated/VERB/ccomp/1/violate its/PRON/poss/6//PRP$ sovereignty/NOUN/dobj/4//NN ./PUNCT/punct/1",
     [(0, 1, "PAK", "Country")]),
    # "its European Community partners": the name on the noun says whose they are.
    ("Greece/PROPN/nsubj/1 demanded/VERB/ROOT/1/demand that/SCONJ/mark/7 its/PRON/poss/6//PRP$ "
     "European/PROPN/compound/5 Community/PROPN/compound/6 partners/NOUN/nsubj/7/partner/NNS "
     "refuse/VERB/ccomp/1 ./PUNCT/punct/1", [(0, 1, "GRC", "Country"), (4, 6, "org:ec", "InternationalOrganisation")]),
    # An object is not its own clause's subject, and which other noun it is the parse does not say.
    ("Russia/PROPN/nsubj/1 said/VERB/ROOT/1/say NATO/PROPN/nsubj/3 threatened/VERB/ccomp/1/threaten "
     "it/PRON/dobj/3//PRP ./PUNCT/punct/1", [(0, 1, "RUS", "Country"), (2, 3, "org:nato", "InternationalOrganisation")]),
    # "asked the UN to help it investigate": the subject of a bare infinitive is the helper's object.
    ("Iraq/PROPN/nsubj/1 asked/VERB/ROOT/1/ask the/DET/det/3 UN/PROPN/dobj/1 to/PART/aux/5 help/VERB/xcomp/1 "
     "it/PRON/nsubj/7//PRP investigate/VERB/ccomp/5//VB ./PUNCT/punct/1",
     [(0, 1, "IRQ", "Country"), (3, 4, "org:un", "InternationalOrganisation")]),
    # "... sheltering militants who attacked its base": a relative clause about others leaves the owner open.
    ("India/PROPN/nsubj/1 accused/VERB/ROOT/1/accuse Pakistan/PROPN/dobj/1 of/ADP/prep/1 "
     "sheltering/VERB/pcomp/3/shelter militants/NOUN/dobj/4/militant/NNS who/PRON/nsubj/7 "
     "attacked/VERB/relcl/5/attack its/PRON/poss/9//PRP$ base/NOUN/dobj/7//NN ./PUNCT/punct/1",
     [(0, 1, "IND", "Country"), (2, 3, "PAK", "Country"), (5, 6, "generic:militants", "ArmedGroup")]),
    # "militants" are no "it": the state it hides is still not clearly the owner
    ("Israel/PROPN/nsubj/1 struck/VERB/ROOT/1/strike Gaza/PROPN/dobj/1 after/ADP/mark/5 "
     "militants/NOUN/nsubj/5/militant/NNS fired/VERB/advcl/1/fire at/ADP/prep/5 its/PRON/poss/8//PRP$ "
     "towns/NOUN/pobj/6/town/NNS ./PUNCT/punct/1",
     [(0, 1, "ISR", "Country"), (2, 3, "place:gaza", "Place"), (4, 5, "generic:militants", "ArmedGroup")]),
    # "accused Eritrea of invading its territory": no one invades their own.
    ("Ethiopia/PROPN/nsubj/1 accused/VERB/ROOT/1/accuse Eritrea/PROPN/dobj/1 of/ADP/prep/1 "
     "invading/VERB/pcomp/3/invade its/PRON/poss/6//PRP$ territory/NOUN/dobj/4//NN ./PUNCT/punct/1",
     [(0, 1, "ETH", "Country"), (2, 3, "ERI", "Country")]),
    # "... liberated Dabiq, aided by our ally": "our" is the author's, not the subject a participle borrows.
    ("Opposition/PROPN/compound/1 forces/NOUN/nsubj/2/force/NNS liberated/VERB/ROOT/2/liberate "
     "Dabiq/PROPN/dobj/2 ,/PUNCT/punct/2 aided/VERB/advcl/2/aid/VBN by/ADP/agent/5 our/PRON/poss/8//PRP$ "
     "ally/NOUN/pobj/6 Turkey/PROPN/appos/8 ./PUNCT/punct/2",
     [(0, 2, "SYROPP", "Organisation"), (3, 4, "place:dabiq", "Place"), (9, 10, "TUR", "Country")]),
])
def test_a_pronoun_without_a_clear_antecedent_stays_unresolved(spec, actors):
    doc = make_doc(spec)
    assert _resolved(doc, [mention(doc, s, e, actor, type_) for s, e, actor, type_ in actors]) == {}


def test_its_is_the_body_that_binds_it_and_comes_closest():
    doc = make_doc("Hamas/PROPN/nsubj/1 said/VERB/ROOT/1/say its/PRON/poss/3//PRP$ fighters/NOUN/nsubj/4/fighter/NNS "
                   "fired/VERB/ccomp/1/fire rockets/NOUN/dobj/4/rocket/NNS ./PUNCT/punct/1")
    assert _resolved(doc, [mention(doc, 0, 1, "group:hamas", "ArmedGroup")]) == {("its", 2): "group:hamas"}


def test_it_is_a_body_only_as_the_subject_of_what_the_body_says():
    doc = make_doc("Russia/PROPN/nsubj/1 said/VERB/ROOT/1/say it/PRON/nsubj/4//PRP would/AUX/aux/4 "
                   "send/VERB/ccomp/1 warships/NOUN/dobj/4/warship/NNS ./PUNCT/punct/1")
    assert _resolved(doc, [mention(doc, 0, 1, "RUS", "Country", "RUS")]) == {("it", 2): "RUS"}
    doc = make_doc("It/PRON/nsubj/1//PRP is/AUX/ROOT/1/be unclear/ADJ/acomp/1 whether/SCONJ/mark/5 "
                   "Russia/PROPN/nsubj/5 attends/VERB/ccomp/1/attend ./PUNCT/punct/1")
    assert _resolved(doc, [mention(doc, 4, 5, "RUS", "Country", "RUS")]) == {}


def test_they_opening_a_sentence_is_the_plural_subject_before():
    doc = make_doc("Iraqi/ADJ/amod/1 forces/NOUN/nsubj/2/force/NNS pushed/VERB/ROOT/2/push into/ADP/prep/2 "
                   "Mosul/PROPN/pobj/3 ./PUNCT/punct/2 They/PRON/nsubj/7//PRP met/VERB/ROOT/7/meet "
                   "resistance/NOUN/dobj/7 ./PUNCT/punct/7")
    ms = [mention(doc, 0, 2, "IRQMIL", "Military", "IRQ", head=1), mention(doc, 4, 5, "place:mosul", "Place")]
    assert _resolved(doc, ms) == {("They", 6): "IRQMIL"}
    # a body named in the singular is no "they"
    doc = make_doc("The/DET/det/1 army/NOUN/nsubj/2//NN pushed/VERB/ROOT/2/push into/ADP/prep/2 "
                   "Mosul/PROPN/pobj/3 ./PUNCT/punct/2 They/PRON/nsubj/7//PRP met/VERB/ROOT/7/meet "
                   "resistance/NOUN/dobj/7 ./PUNCT/punct/7")
    ms = [mention(doc, 0, 2, "IRQMIL", "Military", "IRQ", head=1), mention(doc, 4, 5, "place:mosul", "Place")]
    assert _resolved(doc, ms) == {}


def test_possessive_of_a_second_conjunct_is_the_first():
    doc = make_doc("Saudi/PROPN/compound/1 Arabia/PROPN/nsubj/5 and/CCONJ/cc/1 its/PRON/poss/4//PRP$ "
                   "allies/NOUN/conj/1/ally/NNS attacked/VERB/ROOT/5/attack Yemen/PROPN/dobj/5 ./PUNCT/punct/5")
    ms = [mention(doc, 0, 2, "SAU", "Country", "SAU", head=1), mention(doc, 6, 7, "YEM", "Country", "YEM")]
    assert _resolved(doc, ms) == {("its", 3): "SAU"}


def test_how_and_to_whom_a_body_speaks_names_no_owner():
    # "said in a statement that its jets ...": the statement is not whose the jets are.
    doc = make_doc("Russia/PROPN/nsubj/1 said/VERB/ROOT/1/say in/ADP/prep/1 a/DET/det/4 statement/NOUN/pobj/2//NN "
                   "that/SCONJ/mark/8 its/PRON/poss/7//PRP$ jets/NOUN/nsubj/8/jet/NNS struck/VERB/ccomp/1/strike "
                   "ISIL/PROPN/dobj/8 ./PUNCT/punct/1")
    ms = [mention(doc, 0, 1, "RUS", "Country", "RUS"), mention(doc, 9, 10, "group:isil", "ArmedGroup")]
    assert _resolved(doc, ms) == {("its", 6): "RUS"}


def test_we_of_an_unnamed_spokesman_is_the_body_the_previous_sentence_is_about():
    doc = make_doc("The/DET/det/1 Pentagon/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
                   '"/PUNCT/punct/11//`` We/PRON/nsubj/6//PRP stay/VERB/ccomp/11 ,/PUNCT/punct/11 '
                   "\"/PUNCT/punct/11//'' a/DET/det/10 spokesman/NOUN/nsubj/11 said/VERB/ROOT/11/say ./PUNCT/punct/11")
    assert _resolved(doc, [mention(doc, 0, 2, "USAMIL", "Military", "USA", head=1)]) == {("We", 5): "USAMIL"}


@pytest.mark.parametrize("spec, expected", [
    # '"We will strike," said Cook': the verb after the closing mark
    (QUOTED, [(1, 6, 7)]),
    # 'Cook said, "We will strike."': the verb before the opening mark
    ("Cook/PROPN/nsubj/1 said/VERB/ROOT/1/say ,/PUNCT/punct/1 \"/PUNCT/punct/1//`` We/PRON/nsubj/5//PRP "
     "strike/VERB/ccomp/1 ./PUNCT/punct/1 \"/PUNCT/punct/1//''", [(4, 7, 1)]),
    # a straight mark the tagger took for an opening one still closes the quotation it follows
    ('"/PUNCT/punct/2//`` Yes/INTJ/intj/2 "/PUNCT/punct/2//`` said/VERB/ROOT/2/say', [(1, 2, 3)]),
    # '"Yes," Kerry said. "We are ready."': a quotation right after its attribution is the same speaker's
    ('"/PUNCT/punct/4//`` Yes/INTJ/intj/4 "/PUNCT/punct/4//\'\' Kerry/PROPN/nsubj/4 said/VERB/ROOT/4/say '
     "./PUNCT/punct/4 \"/PUNCT/punct/8//`` We/PRON/nsubj/8//PRP are/AUX/ROOT/8/be ./PUNCT/punct/8 "
     "\"/PUNCT/punct/8//''", [(1, 2, 4), (7, 10, 4)]),
])
def test_quotations_and_their_verbs(spec, expected):
    assert quotations(make_doc(spec)) == expected


def _relations(doc, ms):
    index = ActorIndex(list(ms) + corefer_bodies(doc, ms))
    return {(r.source.actor_id, r.source.surface, r.relation, r.target.actor_id) for r in extract_relations(doc, index)}


def test_a_pronouns_relation_is_the_named_antecedents_in_its_sentence_and_the_pronouns_beyond():
    doc = make_doc("Russia/PROPN/nsubj/1 said/VERB/ROOT/1/say it/PRON/nsubj/4//PRP would/AUX/aux/4 "
                   "attack/VERB/ccomp/1 Ukraine/PROPN/dobj/4 ./PUNCT/punct/1")
    got = _relations(doc, [mention(doc, 0, 1, "RUS", "Country", "RUS"), mention(doc, 5, 6, "UKR", "Country", "UKR")])
    assert ("RUS", "Russia", "attacks", "UKR") in got and not any(s == "it" for _, s, _, _ in got)
    doc = make_doc("The/DET/det/1 Coalition/PROPN/nsubj/2 complies/VERB/ROOT/2/comply ./PUNCT/punct/2 "
                   "We/PRON/nsubj/5//PRP attacked/VERB/ROOT/5/attack ISIL/PROPN/dobj/5 ./PUNCT/punct/5")
    got = _relations(doc, [mention(doc, 0, 2, "generic:coalition", "Organisation", head=1),
                           mention(doc, 6, 7, "group:isil", "ArmedGroup")])
    assert ("generic:coalition", "We", "attacks", "group:isil") in got


@pytest.mark.model
def test_we_of_a_quoted_minister_is_his_government(nlp):
    doc = nlp("\"We will not allow al-Qaida to rebuild its networks,\" said British Foreign Secretary Robin Cook.")
    from graphbuilder.components import actors_of_doc

    pronouns = {m.surface: m.actor_id for m in actors_of_doc(doc) if m.pronoun}
    assert pronouns == {"We": "GBRGOV", "its": "group:al-qaeda"}


def test_a_quoted_we_stays_the_pronoun_in_relations_though_its_speaker_is_named_before():
    # 'The Taliban spokesman said: "We attacked ISIL."': what the quotation says is said of "we".
    doc = make_doc("The/DET/det/2 Taliban/PROPN/compound/2 spokesman/NOUN/nsubj/3 said/VERB/ROOT/3/say "
                   ':/PUNCT/punct/3 "/PUNCT/punct/3//`` We/PRON/nsubj/7//PRP attacked/VERB/ccomp/3/attack '
                   "ISIL/PROPN/dobj/7 ./PUNCT/punct/3 \"/PUNCT/punct/3//''")
    got = _relations(doc, [mention(doc, 1, 2, "group:taliban", "ArmedGroup"),
                           mention(doc, 8, 9, "group:isil", "ArmedGroup")])
    assert ("group:taliban", "We", "attacks", "group:isil") in got


@pytest.mark.parametrize("clause, resolved", [
    # "The United States stands with the Iraqi people as they confront ISIL"
    ("as/SCONJ/mark/10 they/PRON/nsubj/10//PRP confront/VERB/advcl/3/confront/VBP", True),
    # "... the Iraqi people and they confront ISIL": a clause of its own, whose "they" may be anyone named
    ("and/CCONJ/cc/3 they/PRON/nsubj/10//PRP confront/VERB/conj/3/confront/VBP", False),
])
def test_they_opening_an_adverbial_clause_is_the_people_its_main_clause_names(clause, resolved):
    doc = make_doc("The/DET/det/2 United/PROPN/compound/2 States/PROPN/nsubj/3//NNPS stands/VERB/ROOT/3/stand/VBZ "
                   "with/ADP/prep/3 the/DET/det/7 Iraqi/ADJ/amod/7 people/NOUN/pobj/4/people/NNS " + clause
                   + " ISIL/PROPN/dobj/10")
    ms = [mention(doc, 1, 3, "USA", "Country", "USA", head=2), mention(doc, 6, 7, "IRQ", "Country", "IRQ"),
          mention(doc, 11, 12, "group:isil", "ArmedGroup")]
    # (a state named "the United States" is one body, never "they")
    assert _resolved(doc, ms) == ({("they", 9): "IRQ"} if resolved else {})


# ----------------------------------------------------------------------------- definite descriptions

from graphbuilder.coref import corefer_descriptions  # noqa: E402

#: "Boko Haram attacked Borno . The {noun} {verb} Nigeria ." (two sentences)
TWO_SENTENCES = ("Boko_Haram/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack Borno/PROPN/dobj/1 ./PUNCT/punct/1 "
                 "The/DET/det/{n} {mods}{noun}/NOUN/nsubj/{v} {verb}/VERB/ROOT/{v}/{lemma} Nigeria/PROPN/dobj/{v} "
                 "./PUNCT/punct/{v}")


def _two(noun, mods="", verb="killed", first=("group:boko-haram", "ArmedGroup"), lemma="kill"):
    k = len(mods.split())
    spec = TWO_SENTENCES.format(n=5 + k, v=6 + k, noun=noun, verb=verb, lemma=lemma,
                                mods="".join(f"{m}/ADJ/amod/{5 + k} " for m in mods.split()))
    doc = make_doc(spec)
    ms = [mention(doc, 0, 1, *first), mention(doc, 2, 3, "place:borno", "Place", "NGA"),
          mention(doc, 7 + k, 8 + k, "NGA", "Country", "NGA")]
    return doc, ms


def _described(doc, ms):
    return {(m.surface, m.actor_id) for m in corefer_descriptions(doc, ms) if m.pronoun}


@pytest.mark.parametrize("noun, mods, first, expected", [
    # the news refers back to the group it has named
    ("group", "", ("group:boko-haram", "ArmedGroup"), "group:boko-haram"),
    ("militants", "", ("group:boko-haram", "ArmedGroup"), "group:boko-haram"),
    ("group", "militant", ("group:boko-haram", "ArmedGroup"), "group:boko-haram"),
    ("organisation", "", ("org:amnesty-international", "Organisation"), "org:amnesty-international"),
    ("group", "", ("org:amnesty-international", "Organisation"), "org:amnesty-international"),
    # an armed word names no organisation; a state is no group
    ("militants", "", ("org:amnesty-international", "Organisation"), None),
    ("group", "", ("SYR", "Country"), None),
    # a sector of a state ("Syrian rebels") is a description itself, no named antecedent
    ("militants", "", ("SYRREB", "ArmedGroup"), None),
    # "the other militants", "the same group": not the one named
    ("militants", "other", ("group:boko-haram", "ArmedGroup"), None),
])
def test_a_definite_description_stands_for_the_one_named_body_before_it(noun, mods, first, expected):
    doc, ms = _two(noun, mods, verb="said", lemma="say", first=first)
    found = _described(doc, ms)
    assert found == ({(" ".join(["The", *mods.split(), noun]), expected)} if expected else set())


def test_a_description_after_two_named_groups_stays_unresolved():
    doc = make_doc("Hamas/PROPN/nsubj/3 and/CCONJ/cc/0 Fatah/PROPN/conj/0 clashed/VERB/ROOT/3/clash ./PUNCT/punct/3 "
                   "The/DET/det/6 group/NOUN/nsubj/7 said/VERB/ROOT/7/say ./PUNCT/punct/7")
    ms = [mention(doc, 0, 1, "group:hamas", "ArmedGroup"), mention(doc, 2, 3, "group:fatah", "ArmedGroup")]
    assert _described(doc, ms) == set()


def test_a_description_that_says_which_group_it_is_is_no_reference_back():
    # "The group of states", "the group's leader", "the militants in Syria"
    for tail, dep in (("of/ADP/prep/5 states/NOUN/pobj/6", "nsubj"), ("'s/PART/case/5 leader/NOUN/nsubj/8", "poss"),
                      ("in/ADP/prep/5 Syria/PROPN/pobj/6", "nsubj")):
        head = 8 if dep == "nsubj" else 9
        doc = make_doc("Hamas/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack Israel/PROPN/dobj/1 ./PUNCT/punct/1 "
                       f"The/DET/det/5 group/NOUN/{dep}/{head} {tail} spoke/VERB/ROOT/{head} ./PUNCT/punct/{head}"
                       .replace("leader/NOUN/nsubj/8", "leader/NOUN/nsubj/9"))
        ms = [mention(doc, 0, 1, "group:hamas", "ArmedGroup"), mention(doc, 2, 3, "ISR", "Country", "ISR")]
        assert _described(doc, ms) == set(), tail


def test_a_description_in_its_antecedents_sentence_is_another_clauses_subject_only():
    # "Hezbollah fought the militants": the other party of the antecedent's own verb
    doc = make_doc("Hezbollah/PROPN/nsubj/1 fought/VERB/ROOT/1/fight the/DET/det/3 militants/NOUN/dobj/1")
    assert _described(doc, [mention(doc, 0, 1, "group:hezbollah", "ArmedGroup")]) == set()
    # "Hamas said the group would fight": the subject of the reported clause
    doc = make_doc("Hamas/PROPN/nsubj/1 said/VERB/ROOT/1/say the/DET/det/3 group/NOUN/nsubj/5 would/AUX/aux/5 "
                   "fight/VERB/ccomp/1")
    assert _described(doc, [mention(doc, 0, 1, "group:hamas", "ArmedGroup")]) == {("the group", "group:hamas")}


def test_the_generic_body_a_description_was_gives_way_to_the_named_one():
    doc, ms = _two("militants")
    ms.append(mention(doc, 4, 6, "generic:militants", "ArmedGroup"))
    out = corefer_descriptions(doc, ms)
    assert not [m for m in out if m.actor_id == "generic:militants"]
    assert [(m.surface, m.actor_id) for m in out if m.pronoun] == [("The militants", "group:boko-haram")]


def test_a_described_group_is_a_party_of_relations():
    doc, ms = _two("group", verb="attacked", lemma="attack")
    out = corefer_descriptions(doc, ms)
    assert ("group:boko-haram", "attacks", "NGA") in {(r.source.actor_id, r.relation, r.target.actor_id)
                                                      for r in extract_relations(doc, ActorIndex(out))}


def _described_in(spec, named):
    doc = make_doc(spec)
    return _described(doc, [mention(doc, s, e, actor, type_) for s, e, actor, type_ in named])


AMNESTY = (0, 1, "org:amnesty-international", "Organisation")
#: "Amnesty criticised Israel . The group {...}" (the description at 4-5)
AMNESTY_SAID = ("Amnesty/PROPN/nsubj/1 criticised/VERB/ROOT/1/criticise Israel/PROPN/dobj/1 ./PUNCT/punct/1 "
                "The/DET/det/5 group/NOUN/nsubj/6 ")


@pytest.mark.parametrize("clause, named, expected", [
    # an organisation speaks; a group that opens fire or kills is an armed one
    ("said/VERB/ROOT/6/say ./PUNCT/punct/6", AMNESTY, "org:amnesty-international"),
    ("opened/VERB/ROOT/6/open fire/NOUN/dobj/6/fire on/ADP/prep/6 soldiers/NOUN/pobj/8 ./PUNCT/punct/6",
     AMNESTY, None),
    ("killed/VERB/ROOT/6/kill soldiers/NOUN/dobj/6 ./PUNCT/punct/6", AMNESTY, None),
    ("crossed/VERB/ROOT/6/cross the/DET/det/9 border/NOUN/dobj/6 and/CCONJ/cc/6 attacked/VERB/conj/6/attack "
     "soldiers/NOUN/dobj/11 ./PUNCT/punct/6", AMNESTY, None),
    # an armed group may do both
    ("opened/VERB/ROOT/6/open fire/NOUN/dobj/6/fire on/ADP/prep/6 soldiers/NOUN/pobj/8 ./PUNCT/punct/6",
     (0, 1, "group:hamas", "ArmedGroup"), "group:hamas"),
    ("said/VERB/ROOT/6/say ./PUNCT/punct/6", (0, 1, "group:hamas", "ArmedGroup"), "group:hamas"),
])
def test_a_description_doing_an_armed_act_is_no_organisations(clause, named, expected):
    found = _described_in(AMNESTY_SAID + clause, [named])
    assert found == ({("The group", expected)} if expected else set())


@pytest.mark.parametrize("spec, named, expected", [
    # "A group of gunmen" comes between Amnesty and "the group"
    ("Amnesty/PROPN/nsubj/1 criticised/VERB/ROOT/1/criticise Israel/PROPN/dobj/1 ./PUNCT/punct/1 "
     "A/DET/det/5 group/NOUN/nsubj/8 of/ADP/prep/5 gunmen/NOUN/pobj/6 attacked/VERB/ROOT/8/attack "
     "a/DET/det/10 checkpoint/NOUN/dobj/8 ./PUNCT/punct/8 The/DET/det/13 group/NOUN/nsubj/14 said/VERB/ROOT/14/say "
     "./PUNCT/punct/14", [AMNESTY], None),
    # "Gunmen" between Hamas and "the militants"
    ("Hamas/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak ./PUNCT/punct/1 Gunmen/NOUN/nsubj/4/gunman "
     "attacked/VERB/ROOT/4/attack Gaza/PROPN/dobj/4 ./PUNCT/punct/4 The/DET/det/8 militants/NOUN/nsubj/9 "
     "fled/VERB/ROOT/9/flee ./PUNCT/punct/9", [(0, 1, "group:hamas", "ArmedGroup")], None),
    # "attacked rebels ... The rebels": those rebels, the other side
    ("Hezbollah/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack rebels/NOUN/dobj/1/rebel ./PUNCT/punct/1 "
     "The/DET/det/5 rebels/NOUN/nsubj/6/rebel shelled/VERB/ROOT/6/shell Syria/PROPN/dobj/6 ./PUNCT/punct/6",
     [(0, 1, "group:hezbollah", "ArmedGroup")], None),
    # its own noun before the antecedent, whom it does not fight
    ("Rebels/NOUN/nsubj/1/rebel attacked/VERB/ROOT/1/attack Qusair/PROPN/dobj/1 ./PUNCT/punct/1 "
     "Hezbollah/PROPN/nsubj/5 arrived/VERB/ROOT/5/arrive ./PUNCT/punct/5 The/DET/det/8 rebels/NOUN/nsubj/9/rebel "
     "fled/VERB/ROOT/9/flee ./PUNCT/punct/9", [(4, 5, "group:hezbollah", "ArmedGroup")], None),
    # rebels are no group; what the name is and the name's own men are no other body
    ("Hezbollah/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack rebels/NOUN/dobj/1/rebel ./PUNCT/punct/1 "
     "The/DET/det/5 group/NOUN/nsubj/6 said/VERB/ROOT/6/say ./PUNCT/punct/6",
     [(0, 1, "group:hezbollah", "ArmedGroup")], "group:hezbollah"),
    ("Hamas/PROPN/nsubj/6 ,/PUNCT/punct/0 a/DET/det/4 militant/ADJ/amod/4 group/NOUN/appos/0 ,/PUNCT/punct/0 "
     "attacked/VERB/ROOT/6/attack Israel/PROPN/dobj/6 ./PUNCT/punct/6 The/DET/det/10 group/NOUN/nsubj/11 "
     "said/VERB/ROOT/11/say ./PUNCT/punct/11", [(0, 1, "group:hamas", "ArmedGroup")], "group:hamas"),
    ("Boko_Haram/PROPN/compound/1 militants/NOUN/nsubj/2/militant attacked/VERB/ROOT/2/attack Borno/PROPN/dobj/2 "
     "./PUNCT/punct/2 The/DET/det/6 militants/NOUN/nsubj/7/militant killed/VERB/ROOT/7/kill "
     "villagers/NOUN/dobj/7 ./PUNCT/punct/7", [(0, 1, "group:boko-haram", "ArmedGroup")], "group:boko-haram"),
    # "contacted the organization Umwelthilfe . The organization hoped": the noun is the name's
    ("Albrecht/PROPN/nsubj/1 contacted/VERB/ROOT/1/contact the/DET/det/3 organization/NOUN/dobj/1 "
     "Umwelthilfe/PROPN/appos/3 ./PUNCT/punct/1 The/DET/det/7 organization/NOUN/nsubj/8 hoped/VERB/ROOT/8/hope "
     "./PUNCT/punct/8", [(4, 5, "org:umwelthilfe", "Organisation")], "org:umwelthilfe"),
    # "Black Watch soldiers": a name that qualifies soldiers is no group the description stands for
    ("Black_Watch/PROPN/compound/1 soldiers/NOUN/nsubj/2/soldier fought/VERB/ROOT/2/fight ./PUNCT/punct/2 "
     "The/DET/det/5 group/NOUN/nsubj/6 said/VERB/ROOT/6/say ./PUNCT/punct/6",
     [(0, 1, "org:black-watch", "Organisation")], None),
])
def test_a_description_with_another_unnamed_body_it_may_be_stays_unresolved(spec, named, expected):
    found = {actor for _, actor in _described_in(spec, named)}
    assert found == ({expected} if expected else set())


@pytest.mark.parametrize("first, noun, expected", [
    # "The YPG attacked the town. The jihadists fled": the YPG's enemy
    ("YPG/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack Manbij/PROPN/dobj/1", "jihadists", None),
    ("YPG/PROPN/nsubj/1 crossed/VERB/ROOT/1/cross Euphrates/PROPN/dobj/1 and/CCONJ/cc/1 "
     "attacked/VERB/conj/1/attack", "rebels", None),
    ("YPG/PROPN/nsubj/1 fought/VERB/ROOT/1/fight for/ADP/prep/1 Manbij/PROPN/pobj/2", "extremists", None),
    ("YPG/PROPN/compound/1 fighters/NOUN/nsubj/2 attacked/VERB/ROOT/2/attack Manbij/PROPN/dobj/2", "rebels", None),
    # taking a place makes no enemy; "the militants" are the group's own word
    ("YPG/PROPN/nsubj/1 seized/VERB/ROOT/1/seize Manbij/PROPN/dobj/1", "insurgents", "group:ypg"),
    ("YPG/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack Manbij/PROPN/dobj/1", "militants", "group:ypg"),
])
def test_a_partisan_description_after_a_group_that_fights_is_its_enemy(first, noun, expected):
    n = len(first.split())
    spec = f"{first} ./PUNCT/punct/1 The/DET/det/{n + 2} {noun}/NOUN/nsubj/{n + 3} fled/VERB/ROOT/{n + 3}/flee " \
           f"./PUNCT/punct/{n + 3}"
    found = _described_in(spec, [(0, 1, "group:ypg", "ArmedGroup")])
    assert found == ({(f"The {noun}", expected)} if expected else set())


def test_a_name_no_actor_took_between_antecedent_and_description_may_be_the_body_meant():
    # "... press the Commission. A spokesman for the European Anti-Fraud Office said the organisation agreed"
    doc = make_doc("They/PRON/nsubj/1 pressed/VERB/ROOT/1/press the/DET/det/3 Commission/PROPN/dobj/1 ./PUNCT/punct/1 "
                   "A/DET/det/6 spokesman/NOUN/nsubj/10 for/ADP/prep/6 the/DET/det/9 Office/PROPN/pobj/7 "
                   "said/VERB/ROOT/10/say the/DET/det/12 organisation/NOUN/nsubj/13 agreed/VERB/ccomp/10/agree",
                   ents=[(9, 10, "ORG", "")])
    ms = [mention(doc, 3, 4, "org:commission", "Organisation")]
    assert _described(doc, ms) == set()
    # without that name, the one body named before is the organisation
    doc = make_doc("They/PRON/nsubj/1 pressed/VERB/ROOT/1/press the/DET/det/3 Commission/PROPN/dobj/1 ./PUNCT/punct/1 "
                   "A/DET/det/6 spokesman/NOUN/nsubj/7 said/VERB/ROOT/7/say the/DET/det/9 "
                   "organisation/NOUN/nsubj/10 agreed/VERB/ccomp/7/agree")
    assert _described(doc, [mention(doc, 3, 4, "org:commission", "Organisation")]) == {
        ("the organisation", "org:commission")}
