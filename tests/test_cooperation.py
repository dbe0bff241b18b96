"""Cooperation, support and meetings on hand-built parses: hosts greeting guests, things received,
people handed over, promises about one's own state, purchases at a shop, "has yet to", "has to"."""

import pytest

from conftest import make_doc, mention

from graphbuilder.actors import ActorIndex
from graphbuilder.relations import extract_relations


def triples(doc, mentions):
    return {(r.source.actor_id, r.relation, r.target.actor_id, r.modality)
            for r in extract_relations(doc, ActorIndex(mentions))}


def pairs(doc, mentions, relation):
    return {(a, b) for a, rel, b, _ in triples(doc, mentions) if rel == relation}


# ----------------------------------------------------------------------------- a host greeting guests

@pytest.mark.parametrize("spec", [
    # "to" on the verb
    "Zapatero/PROPN/nsubj/1 welcomed/VERB/ROOT/1/welcome Chirac/PROPN/dobj/1 to/ADP/prep/1 Madrid/PROPN/pobj/3",
    # "to" hung on the guest
    "Zapatero/PROPN/nsubj/1 welcomed/VERB/ROOT/1/welcome Chirac/PROPN/dobj/1 to/ADP/prep/2 Madrid/PROPN/pobj/3",
    # "at" the airport
    "Zapatero/PROPN/nsubj/1 greeted/VERB/ROOT/1/greet Chirac/PROPN/dobj/1 at/ADP/prep/1 Madrid/PROPN/pobj/3",
])
def test_a_host_welcoming_a_guest_somewhere_does_not_praise_him(spec):
    doc = make_doc(spec)
    ms = [mention(doc, 0, 1, "person:zapatero", "Person", "ESP"), mention(doc, 2, 3, "person:chirac", "Person", "FRA"),
          mention(doc, 4, 5, "place:madrid", "Place", "ESP")]
    assert pairs(doc, ms, "supports") == set()


def test_a_guest_welcomed_in_the_passive_is_not_praised_either():
    doc = make_doc("Chirac/PROPN/nsubjpass/2 was/AUX/auxpass/2/be welcomed/VERB/ROOT/2/welcome/VBN "
                   "to/ADP/prep/2 Madrid/PROPN/pobj/3 by/ADP/agent/2 Zapatero/PROPN/pobj/5")
    ms = [mention(doc, 0, 1, "person:chirac", "Person", "FRA"), mention(doc, 4, 5, "place:madrid", "Place", "ESP"),
          mention(doc, 6, 7, "person:zapatero", "Person", "ESP")]
    assert pairs(doc, ms, "supports") == set()


def test_welcoming_a_decision_is_still_praise_of_whose_it_is():
    # "Germany welcomed Greece's return to talks": the "to" is the return's, no guest is greeted
    doc = make_doc("Germany/PROPN/nsubj/1 welcomed/VERB/ROOT/1/welcome Greece/PROPN/poss/4 's/PART/case/2 "
                   "return/NOUN/dobj/1 to/ADP/prep/4 talks/NOUN/pobj/5/talk")
    ms = [mention(doc, 0, 1, "DEU", "Country", "DEU"), mention(doc, 2, 3, "GRC", "Country", "GRC")]
    assert ("DEU", "GRC") in pairs(doc, ms, "supports")


def test_welcoming_a_person_with_no_place_stays_praise():
    doc = make_doc("Merkel/PROPN/nsubj/1 welcomed/VERB/ROOT/1/welcome Tsipras/PROPN/dobj/1")
    ms = [mention(doc, 0, 1, "person:merkel", "Person", "DEU"), mention(doc, 2, 3, "person:tsipras", "Person", "GRC")]
    assert ("person:merkel", "person:tsipras") in pairs(doc, ms, "supports")


# ----------------------------------------------------------------------------- receiving a thing

def test_receiving_support_from_someone_hosts_no_one():
    doc = make_doc("Mohamed/PROPN/nsubj/1 received/VERB/ROOT/1/receive support/NOUN/dobj/1 from/ADP/prep/1 "
                   "Obama/PROPN/pobj/3 to/ADP/prep/1 Zuckerberg/PROPN/pobj/5")
    ms = [mention(doc, 0, 1, "person:mohamed", "Person"), mention(doc, 4, 5, "person:obama", "Person", "USA"),
          mention(doc, 6, 7, "person:zuckerberg", "Person", "USA")]
    assert pairs(doc, ms, "meets") == set()


@pytest.mark.parametrize("spec, guest", [
    ("Putin/PROPN/nsubj/1 received/VERB/ROOT/1/receive Erdogan/PROPN/dobj/1", (2, 3)),
    ("Putin/PROPN/nsubj/1 received/VERB/ROOT/1/receive the/DET/det/4 Turkish/ADJ/amod/4/turkish "
     "minister/NOUN/dobj/1", (3, 5)),
])
def test_receiving_people_is_hosting_them(spec, guest):
    doc = make_doc(spec)
    ms = [mention(doc, 0, 1, "person:putin", "Person", "RUS"),
          mention(doc, *guest, "TURGOV", "Government", "TUR")]
    got = pairs(doc, ms, "meets")
    assert ("person:putin", "TURGOV") in got or ("TURGOV", "person:putin") in got


# ----------------------------------------------------------------------------- handing people over

def test_who_is_handed_over_is_no_partner_of_the_agreement():
    doc = make_doc("Pakistan/PROPN/nsubj/1 agreed/VERB/ROOT/1/agree to/PART/aux/3 hand/VERB/xcomp/1 "
                   "over/ADP/prt/3 Taliban/PROPN/compound/6 leaders/NOUN/dobj/3/leader to/ADP/prep/3 "
                   "Afghanistan/PROPN/pobj/7")
    ms = [mention(doc, 0, 1, "PAK", "Country", "PAK"), mention(doc, 5, 6, "group:taliban", "ArmedGroup"),
          mention(doc, 8, 9, "AFG", "Country", "AFG")]
    got = {frozenset(p) for p in pairs(doc, ms, "cooperates")}
    assert frozenset({"PAK", "AFG"}) in got
    assert frozenset({"PAK", "group:taliban"}) not in got


def test_agreeing_to_help_someone_still_cooperates_with_him():
    doc = make_doc("Pakistan/PROPN/nsubj/1 agreed/VERB/ROOT/1/agree to/PART/aux/3 help/VERB/xcomp/1 "
                   "the/DET/det/5 Taliban/PROPN/dobj/3")
    ms = [mention(doc, 0, 1, "PAK", "Country", "PAK"), mention(doc, 5, 6, "group:taliban", "ArmedGroup")]
    assert {frozenset(p) for p in pairs(doc, ms, "cooperates")} == {frozenset({"PAK", "group:taliban"})}


# ----------------------------------------------------------------------------- a promise about one's own state

def test_a_promise_about_ones_own_state_is_no_cooperation_with_it():
    doc = make_doc("Kostunica/PROPN/nsubj/1 promised/VERB/ROOT/1/promise to/PART/aux/3 democratize/VERB/xcomp/1 "
                   "Serbia/PROPN/dobj/3")
    ms = [mention(doc, 0, 1, "person:kostunica", "Person", "SRB"), mention(doc, 4, 5, "SRB", "Country", "SRB")]
    assert pairs(doc, ms, "cooperates") == set()


def test_a_promise_to_help_another_state_is_intent_to_cooperate():
    doc = make_doc("Putin/PROPN/nsubj/1 promised/VERB/ROOT/1/promise to/PART/aux/3 help/VERB/xcomp/1 "
                   "Serbia/PROPN/dobj/3")
    ms = [mention(doc, 0, 1, "person:putin", "Person", "RUS"), mention(doc, 4, 5, "SRB", "Country", "SRB")]
    assert {frozenset(p) for p in pairs(doc, ms, "cooperates")} == {frozenset({"person:putin", "SRB"})}


# ----------------------------------------------------------------------------- where a purchase is made

def test_the_shop_something_is_bought_at_is_no_trading_partner():
    doc = make_doc("Tsarnaev/PROPN/nsubj/1 buys/VERB/ROOT/1/buy backpacks/NOUN/dobj/1/backpack at/ADP/prep/1 "
                   "a/DET/det/5 Target/PROPN/pobj/3")
    ms = [mention(doc, 0, 1, "person:tsarnaev", "Person"), mention(doc, 5, 6, "org:target", "Organisation")]
    assert pairs(doc, ms, "cooperates") == set()


def test_whom_something_is_sold_to_is_a_trading_partner():
    doc = make_doc("India/PROPN/nsubj/1 sold/VERB/ROOT/1/sell jets/NOUN/dobj/1/jet to/ADP/prep/1 "
                   "Vietnam/PROPN/pobj/3 at/ADP/prep/1 discount/NOUN/pobj/5")
    ms = [mention(doc, 0, 1, "IND", "Country", "IND"), mention(doc, 4, 5, "VNM", "Country", "VNM")]
    assert {frozenset(p) for p in pairs(doc, ms, "cooperates")} == {frozenset({"IND", "VNM"})}


# ----------------------------------------------------------------------------- "has yet to", "has to"

@pytest.mark.parametrize("spec, expected", [
    # "The administration has yet to name an ambassador to Cuba": not done
    ("Washington/PROPN/nsubj/1 has/VERB/ROOT/1/have/VBZ yet/ADV/advmod/1 to/PART/aux/4 recognize/VERB/xcomp/1 "
     "Cuba/PROPN/dobj/4", "negated"),
    ("Washington/PROPN/nsubj/1 is/AUX/ROOT/1/be/VBZ yet/ADV/advmod/1 to/PART/aux/4 recognize/VERB/xcomp/1 "
     "Cuba/PROPN/dobj/4", "negated"),
    # "Karzai has to sign an agreement with the US": an obligation
    ("Washington/PROPN/nsubj/1 has/VERB/ROOT/1/have/VBZ to/PART/aux/3 recognize/VERB/xcomp/1/recognize/VB "
     "Cuba/PROPN/dobj/3", "hypothetical"),
    # what one had to do mostly was done
    ("Washington/PROPN/nsubj/1 had/VERB/ROOT/1/have/VBD to/PART/aux/3 recognize/VERB/xcomp/1/recognize/VB "
     "Cuba/PROPN/dobj/3", "asserted"),
    ("Washington/PROPN/nsubj/1 recognized/VERB/ROOT/1/recognize/VBD Cuba/PROPN/dobj/1", "asserted"),
])
def test_yet_to_is_not_done_and_has_to_is_an_obligation(spec, expected):
    doc = make_doc(spec)
    at = {t.text: t.i for t in doc}
    ms = [mention(doc, 0, 1, "USA", "Country", "USA"), mention(doc, at["Cuba"], at["Cuba"] + 1, "CUB", "Country", "CUB")]
    got = {m for a, rel, b, m in triples(doc, ms) if (a, b) == ("USA", "CUB") and rel == "supports"}
    assert got == {expected}
