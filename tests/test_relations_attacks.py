"""Attacks carried by nouns: fire one receives, armed tasks flown, campaigns whose aim names the enemy."""

import pytest

from conftest import make_doc, mention

from graphbuilder.actors import ActorIndex
from graphbuilder.relations import extract_relations


def triples(doc, mentions):
    return {(r.source.actor_id, r.relation, r.target.actor_id, r.modality)
            for r in extract_relations(doc, ActorIndex(mentions))}


def attacks(doc, mentions):
    return {t for t in triples(doc, mentions) if t[1] == "attacks"}


# --- fire received ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("verb, lemma", [("received", "receive"), ("took", "take")])
def test_who_receives_or_takes_fire_from_an_armed_force_is_attacked_by_it(verb, lemma):
    # "Kurdish fighters received heavy fire from Turkish troops"
    doc = make_doc(f"Kurdish/ADJ/amod/1/kurdish fighters/NOUN/nsubj/2/fighter {verb}/VERB/ROOT/2/{lemma} "
                   "heavy/ADJ/amod/4 fire/NOUN/dobj/2/fire from/ADP/prep/2 Turkish/ADJ/amod/7/turkish "
                   "troops/NOUN/pobj/5/troop")
    ms = [mention(doc, 0, 2, "generic:0:fighters", "ArmedGroup", head=1),
          mention(doc, 6, 8, "TURMIL", "Military", "TUR", head=7)]
    assert ("TURMIL", "attacks", "generic:0:fighters", "asserted") in triples(doc, ms)


def test_fire_from_a_modifier_state_is_its_forces_fire():
    # "Lebanese soldiers received Israeli fire"
    doc = make_doc("Lebanese/ADJ/amod/1/lebanese soldiers/NOUN/nsubj/2/soldier received/VERB/ROOT/2/receive "
                   "Israeli/ADJ/amod/4/israeli fire/NOUN/dobj/2/fire")
    ms = [mention(doc, 0, 2, "LBNMIL", "Military", "LBN", head=1), mention(doc, 3, 4, "ISR", "Country", "ISR")]
    assert ("ISR", "attacks", "LBNMIL", "asserted") in triples(doc, ms)


@pytest.mark.parametrize("source_id, type_", [("org:labour-party", "Organisation"), ("GBR", "Country")])
def test_fire_taken_from_critics_is_criticism_not_an_attack(source_id, type_):
    # "The minister took fire from the Labour Party (from Britain) over the budget"
    doc = make_doc("Rudd/PROPN/nsubj/1 took/VERB/ROOT/1/take fire/NOUN/dobj/1/fire from/ADP/prep/1 "
                   "Labour/PROPN/pobj/3")
    ms = [mention(doc, 0, 1, "person:rudd", "Person"), mention(doc, 4, 5, source_id, type_)]
    assert not attacks(doc, ms)


def test_taking_anything_but_fire_is_the_subjects_own_act():
    # "The army took measures from Monday against ISIS": no one fires on the army
    doc = make_doc("army/NOUN/nsubj/1 took/VERB/ROOT/1/take measures/NOUN/dobj/1/measure from/ADP/prep/1 "
                   "ISIS/PROPN/pobj/3")
    ms = [mention(doc, 0, 1, "IRQMIL", "Military", "IRQ"), mention(doc, 4, 5, "group:islamic-state", "ArmedGroup")]
    assert ("group:islamic-state", "attacks", "IRQMIL", "asserted") not in triples(doc, ms)


def test_fire_one_could_face_is_not_asserted():
    # "Ukraine could face fire from Russian troops"
    doc = make_doc("Ukraine/PROPN/nsubj/2 could/AUX/aux/2/could/MD face/VERB/ROOT/2/face/VB fire/NOUN/dobj/2/fire "
                   "from/ADP/prep/2 Russian/ADJ/amod/6/russian troops/NOUN/pobj/4/troop")
    ms = [mention(doc, 0, 1, "UKR", "Country", "UKR"), mention(doc, 5, 7, "RUSMIL", "Military", "RUS", head=6)]
    found = {t for t in attacks(doc, ms) if t[0] == "RUSMIL"}
    assert found and all(t[3] != "asserted" for t in found)


# --- armed tasks -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("word, code", [("strike", "195"), ("combat", "190")])
def test_strike_or_combat_missions_flown_against_a_force_attack_it(word, code):
    # "Australian jets flew strike (combat) missions against ISIS"
    doc = make_doc(f"RAAF/PROPN/nsubj/1 flew/VERB/ROOT/1/fly {word}/NOUN/compound/3 missions/NOUN/dobj/1/mission "
                   "against/ADP/prep/3 ISIS/PROPN/pobj/4")
    ms = [mention(doc, 0, 1, "AUSMIL", "Military", "AUS"), mention(doc, 5, 6, "group:islamic-state", "ArmedGroup")]
    found = [r for r in extract_relations(doc, ActorIndex(ms)) if r.relation == "attacks"]
    assert [(r.source.actor_id, r.target.actor_id, r.cameo, r.modality) for r in found] == [
        ("AUSMIL", "group:islamic-state", code, "asserted")]


def test_missions_a_relative_clause_says_will_be_flown_are_planned():
    # "The RAF, which will fly strike missions against ISIS, arrived"
    doc = make_doc("RAF/PROPN/nsubj/9 ,/PUNCT/punct/0 which/PRON/nsubj/4 will/AUX/aux/4/will/MD "
                   "fly/VERB/relcl/0/fly/VB strike/NOUN/compound/6 missions/NOUN/dobj/4/mission "
                   "against/ADP/prep/6 ISIS/PROPN/pobj/7 arrived/VERB/ROOT/9/arrive")
    ms = [mention(doc, 0, 1, "GBRMIL", "Military", "GBR"), mention(doc, 8, 9, "group:islamic-state", "ArmedGroup")]
    found = attacks(doc, ms)
    assert ("GBRMIL", "attacks", "group:islamic-state", "planned") in found
    assert ("GBRMIL", "attacks", "group:islamic-state", "asserted") not in found


@pytest.mark.parametrize("modifier", ["peacekeeping", "naval", "diplomatic"])
def test_a_mission_not_said_to_be_armed_attacks_no_one(modifier):
    # "The EU launched a diplomatic mission against the cartel"
    doc = make_doc(f"EU/PROPN/nsubj/1 launched/VERB/ROOT/1/launch a/DET/det/4 {modifier}/ADJ/amod/4 "
                   "mission/NOUN/dobj/1/mission against/ADP/prep/4 cartel/NOUN/pobj/5")
    ms = [mention(doc, 0, 1, "org:eu", "InternationalOrganisation"), mention(doc, 6, 7, "org:cartel", "Organisation")]
    assert not attacks(doc, ms)


def test_a_strike_mission_against_a_place_attacks_no_place():
    # "Jets flew strike missions against Raqqa": a place is never the target
    doc = make_doc("RAAF/PROPN/nsubj/1 flew/VERB/ROOT/1/fly strike/NOUN/compound/3 missions/NOUN/dobj/1/mission "
                   "against/ADP/prep/3 Raqqa/PROPN/pobj/4")
    ms = [mention(doc, 0, 1, "AUSMIL", "Military", "AUS"), mention(doc, 5, 6, "place:raqqa", "Place")]
    assert not attacks(doc, ms)


# --- campaigns whose aim is political ----------------------------------------------------------------------

@pytest.mark.parametrize("noun", ["campaign", "push", "struggle"])
def test_a_campaign_to_weaken_an_alliance_is_no_armed_attack(noun):
    # "Russia's campaign to weaken NATO failed": a political campaign, not a fought one
    doc = make_doc(f"Russia/PROPN/poss/2 's/PART/case/0 {noun}/NOUN/nsubj/6 to/PART/aux/4 "
                   "weaken/VERB/acl/2/weaken/VB NATO/PROPN/dobj/4 failed/VERB/ROOT/6/fail")
    ms = [mention(doc, 0, 1, "RUS", "Country", "RUS"), mention(doc, 5, 6, "org:nato", "InternationalOrganisation")]
    assert not attacks(doc, ms)


@pytest.mark.parametrize("noun", ["campaign", "offensive"])
def test_a_campaign_to_defeat_an_armed_group_attacks_it(noun):
    # "Kenya's campaign (offensive) to defeat al-Shabaab continued"
    doc = make_doc(f"Kenya/PROPN/poss/2 's/PART/case/0 {noun}/NOUN/nsubj/6 to/PART/aux/4 "
                   "defeat/VERB/acl/2/defeat/VB Shabaab/PROPN/dobj/4 continued/VERB/ROOT/6/continue")
    ms = [mention(doc, 0, 1, "KEN", "Country", "KEN"), mention(doc, 5, 6, "group:al-shabaab", "ArmedGroup")]
    assert ("KEN", "attacks", "group:al-shabaab", "asserted") in triples(doc, ms)


def test_an_offensive_to_destroy_a_state_is_still_fought():
    # "Russia's offensive to destroy Ukraine continued": an offensive is never a political one
    doc = make_doc("Russia/PROPN/poss/2 's/PART/case/0 offensive/NOUN/nsubj/6 to/PART/aux/4 "
                   "destroy/VERB/acl/2/destroy/VB Ukraine/PROPN/dobj/4 continued/VERB/ROOT/6/continue")
    ms = [mention(doc, 0, 1, "RUS", "Country", "RUS"), mention(doc, 5, 6, "UKR", "Country", "UKR")]
    assert ("RUS", "attacks", "UKR", "asserted") in triples(doc, ms)


def test_a_town_that_received_fire_is_no_target():
    # "Aleppo received heavy fire from government forces"
    doc = make_doc("Aleppo/PROPN/nsubj/1 received/VERB/ROOT/1/receive heavy/ADJ/amod/3 fire/NOUN/dobj/1/fire "
                   "from/ADP/prep/1 government/NOUN/compound/6 forces/NOUN/pobj/4/force")
    ms = [mention(doc, 0, 1, "place:aleppo", "Place"), mention(doc, 5, 7, "SYRMIL", "Military", "SYR", head=6)]
    assert not attacks(doc, ms)


# --- a purpose clause whose object the parser made a subject ---------------------------------------------

def test_the_enemy_the_parser_made_a_second_subject_is_the_campaigns_object():
    # "Nigeria's campaign to defeat Boko Haram has made progress" (Boko Haram parsed as a subject of "made")
    doc = make_doc("Nigeria/PROPN/poss/2 's/PART/case/0 campaign/NOUN/nsubj/7 to/PART/aux/4 "
                   "defeat/VERB/acl/2/defeat/VB Boko/PROPN/compound/6 Haram/PROPN/nsubj/7 made/VERB/ROOT/7/make "
                   "progress/NOUN/dobj/7")
    ms = [mention(doc, 0, 1, "NGA", "Country", "NGA"), mention(doc, 5, 7, "group:boko-haram", "ArmedGroup", head=6)]
    assert ("NGA", "attacks", "group:boko-haram", "asserted") in triples(doc, ms)


def test_a_subject_before_the_purpose_verb_is_no_stranded_object():
    # "Nigeria, Chad's campaign to defeat ... said": only a subject after the purpose verb can be its object
    doc = make_doc("Chad/PROPN/nsubj/6 Nigeria/PROPN/poss/3 's/PART/case/1 campaign/NOUN/nsubj/6 to/PART/aux/5 "
                   "defeat/VERB/acl/3/defeat/VB stalled/VERB/ROOT/6/stall")
    ms = [mention(doc, 0, 1, "TCD", "Country", "TCD"), mention(doc, 1, 2, "NGA", "Country", "NGA")]
    assert not attacks(doc, ms)


def test_a_purpose_clause_with_its_own_object_keeps_it():
    # "Nigeria's campaign to defeat Boko Haram, Chad said, ...": the object parsed right, the other subject no enemy
    doc = make_doc("Nigeria/PROPN/poss/2 's/PART/case/0 campaign/NOUN/nsubj/8 to/PART/aux/4 "
                   "defeat/VERB/acl/2/defeat/VB Boko/PROPN/compound/6 Haram/PROPN/dobj/4 Chad/PROPN/nsubj/8 "
                   "stalled/VERB/ROOT/8/stall")
    ms = [mention(doc, 0, 1, "NGA", "Country", "NGA"), mention(doc, 5, 7, "group:boko-haram", "ArmedGroup", head=6),
          mention(doc, 7, 8, "TCD", "Country", "TCD")]
    found = attacks(doc, ms)
    assert ("NGA", "attacks", "group:boko-haram", "asserted") in found
    assert not {t for t in found if t[2] == "TCD"}


# --- an attack's own clause names its target ------------------------------------------------------------

def _raids(verb: str, lemma: str, obj: str, obj_pos: str = "PROPN"):
    # "Israel carried out raids targeting Hamas"
    return make_doc(f"Israel/PROPN/nsubj/1 carried/VERB/ROOT/1/carry out/ADP/prt/1 raids/NOUN/dobj/1/raid "
                    f"{verb}/VERB/acl/3/{lemma} {obj}/{obj_pos}/dobj/4")


@pytest.mark.parametrize("verb, lemma", [("targeting", "target"), ("hitting", "hit")])
def test_raids_targeting_a_party_attack_it(verb, lemma):
    doc = _raids(verb, lemma, "Hamas")
    ms = [mention(doc, 0, 1, "ISR", "Country", "ISR"), mention(doc, 5, 6, "group:hamas", "ArmedGroup")]
    assert ("ISR", "attacks", "group:hamas", "asserted") in triples(doc, ms)


def test_raids_targeting_a_town_make_no_new_target():
    doc = _raids("targeting", "target", "Rafah")
    ms = [mention(doc, 0, 1, "ISR", "Country", "ISR"), mention(doc, 5, 6, "place:rafah", "Place")]
    assert ("ISR", "attacks", "place:rafah", "asserted") not in triples(doc, ms)


def test_raids_reported_by_someone_else_are_not_the_reporters():
    # "Israel carried out raids reporting Hamas": a clause that aims at nothing names no target
    doc = _raids("reporting", "report", "Hamas")
    ms = [mention(doc, 0, 1, "ISR", "Country", "ISR"), mention(doc, 5, 6, "group:hamas", "ArmedGroup")]
    assert not attacks(doc, ms)


def test_strikes_that_hit_a_groups_positions_attack_the_group():
    # "Turkey conducted strikes that hit PKK positions"
    doc = make_doc("Turkey/PROPN/nsubj/1 conducted/VERB/ROOT/1/conduct strikes/NOUN/dobj/1/strike "
                   "that/PRON/nsubj/4 hit/VERB/relcl/2/hit PKK/PROPN/compound/6 positions/NOUN/dobj/4/position")
    ms = [mention(doc, 0, 1, "TUR", "Country", "TUR"), mention(doc, 5, 6, "group:pkk", "ArmedGroup")]
    assert ("TUR", "attacks", "group:pkk", "asserted") in triples(doc, ms)


def test_strikes_aimed_at_a_group_attack_it():
    # "Russia launched strikes aimed at ISIS"
    doc = make_doc("Russia/PROPN/nsubj/1 launched/VERB/ROOT/1/launch strikes/NOUN/dobj/1/strike "
                   "aimed/VERB/acl/2/aim/VBN at/ADP/prep/3 ISIS/PROPN/pobj/4")
    ms = [mention(doc, 0, 1, "RUS", "Country", "RUS"), mention(doc, 5, 6, "group:islamic-state", "ArmedGroup")]
    assert ("RUS", "attacks", "group:islamic-state", "asserted") in triples(doc, ms)


def test_a_relative_clause_with_its_own_subject_names_no_target():
    # "Turkey conducted the strikes Syria hit back after": the clause's subject is another party
    doc = make_doc("Turkey/PROPN/nsubj/1 conducted/VERB/ROOT/1/conduct strikes/NOUN/dobj/1/strike "
                   "Syria/PROPN/nsubj/4 hit/VERB/relcl/2/hit Kurds/PROPN/dobj/4")
    ms = [mention(doc, 0, 1, "TUR", "Country", "TUR"), mention(doc, 3, 4, "SYR", "Country", "SYR"),
          mention(doc, 5, 6, "people:kurds", "Organisation")]
    assert ("TUR", "attacks", "people:kurds", "asserted") not in triples(doc, ms)


# --- taking part in a fight, keeping up attacks ---------------------------------------------------------

@pytest.mark.parametrize("det", ["the", "an"])
def test_who_participates_in_an_operation_against_a_force_attacks_it(det):
    # "Egypt participated in the (an) operation against the Houthis"
    doc = make_doc(f"Egypt/PROPN/nsubj/1 participated/VERB/ROOT/1/participate in/ADP/prep/1 {det}/DET/det/4 "
                   "operation/NOUN/pobj/2 against/ADP/prep/4 Houthis/PROPN/pobj/5")
    ms = [mention(doc, 0, 1, "EGY", "Country", "EGY"), mention(doc, 6, 7, "group:houthis", "ArmedGroup")]
    assert ("EGY", "attacks", "group:houthis", "asserted") in triples(doc, ms)


def test_who_was_killed_while_taking_part_in_an_operation_took_part_in_it():
    # "Bahraini soldiers were killed while taking part in an operation against the Houthis"
    doc = make_doc("Bahraini/ADJ/amod/1/bahraini soldiers/NOUN/nsubjpass/3/soldier were/AUX/auxpass/3/be "
                   "killed/VERB/ROOT/3/kill/VBN while/SCONJ/mark/5 taking/VERB/advcl/3/take/VBG part/NOUN/dobj/5 "
                   "in/ADP/prep/5 an/DET/det/9 operation/NOUN/pobj/7 against/ADP/prep/9 Houthis/PROPN/pobj/10")
    ms = [mention(doc, 0, 2, "BHRMIL", "Military", "BHR", head=1), mention(doc, 11, 12, "group:houthis", "ArmedGroup")]
    assert ("BHRMIL", "attacks", "group:houthis", "asserted") in triples(doc, ms)


def test_a_campaign_against_a_politician_one_takes_part_in_is_no_attack():
    # "Germany participated in a campaign against the president"
    doc = make_doc("Germany/PROPN/nsubj/1 participated/VERB/ROOT/1/participate in/ADP/prep/1 a/DET/det/4 "
                   "campaign/NOUN/pobj/2 against/ADP/prep/4 Putin/PROPN/pobj/5")
    ms = [mention(doc, 0, 1, "DEU", "Country", "DEU"), mention(doc, 6, 7, "person:putin", "Person")]
    assert not attacks(doc, ms)


def test_no_participation_in_talks_is_a_fight():
    # "Germany participated in the talks against the wishes of Russia"
    doc = make_doc("Germany/PROPN/nsubj/1 participated/VERB/ROOT/1/participate in/ADP/prep/1 the/DET/det/4 "
                   "talks/NOUN/pobj/2/talk against/ADP/prep/4 Russia/PROPN/pobj/5")
    ms = [mention(doc, 0, 1, "DEU", "Country", "DEU"), mention(doc, 6, 7, "RUS", "Country", "RUS")]
    assert not attacks(doc, ms)


def test_not_participating_in_a_war_is_negated():
    # "Britain did not participate in the war against Iraq"
    doc = make_doc("Britain/PROPN/nsubj/3 did/AUX/aux/3/do not/PART/neg/3 participate/VERB/ROOT/3/participate "
                   "in/ADP/prep/3 the/DET/det/6 war/NOUN/pobj/4 against/ADP/prep/6 Iraq/PROPN/pobj/7")
    ms = [mention(doc, 0, 1, "GBR", "Country", "GBR"), mention(doc, 8, 9, "IRQ", "Country", "IRQ")]
    assert ("GBR", "attacks", "IRQ", "asserted") not in triples(doc, ms)


def test_who_maintains_attacks_against_a_state_attacks_it():
    # "Hamas maintained its rocket attacks against Israel"
    doc = make_doc("Hamas/PROPN/nsubj/1 maintained/VERB/ROOT/1/maintain its/PRON/poss/4 rocket/NOUN/compound/4 "
                   "attacks/NOUN/dobj/1/attack against/ADP/prep/4 Israel/PROPN/pobj/5")
    ms = [mention(doc, 0, 1, "group:hamas", "ArmedGroup"), mention(doc, 6, 7, "ISR", "Country", "ISR")]
    assert ("group:hamas", "attacks", "ISR", "asserted") in triples(doc, ms)


def test_sustaining_attacks_is_suffering_them():
    # "Israel sustained rocket attacks on Hamas" (a misparse of "from"): no attack by Israel
    doc = make_doc("Israel/PROPN/nsubj/1 sustained/VERB/ROOT/1/sustain rocket/NOUN/compound/3 "
                   "attacks/NOUN/dobj/1/attack on/ADP/prep/3 Hamas/PROPN/pobj/4")
    ms = [mention(doc, 0, 1, "ISR", "Country", "ISR"), mention(doc, 5, 6, "group:hamas", "ArmedGroup")]
    assert ("ISR", "attacks", "group:hamas", "asserted") not in triples(doc, ms)
