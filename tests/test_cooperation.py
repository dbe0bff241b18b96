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


# ----------------------------------------------------------------------------- lexicon: negotiate with, meet obligations,
# enact, embolden

def test_negotiating_with_someone_is_negotiation_not_support():
    doc = make_doc("Iran/PROPN/nsubj/1 negotiated/VERB/ROOT/1/negotiate/VBD with/ADP/prep/1 America/PROPN/pobj/2")
    ms = [mention(doc, 0, 1, "IRN", "Country", "IRN"), mention(doc, 3, 4, "USA", "Country", "USA")]
    got = triples(doc, ms)
    assert ("IRN", "meets", "USA", "asserted") in got or ("USA", "meets", "IRN", "asserted") in got
    assert not any(rel == "supports" for _, rel, _, _ in got)


@pytest.mark.parametrize("thing", ["obligations/NOUN/dobj/1/obligation", "commitments/NOUN/dobj/1/commitment",
                                   "targets/NOUN/dobj/1/target", "deadline/NOUN/dobj/1"])
def test_meeting_obligations_to_someone_is_no_meeting_with_him(thing):
    doc = make_doc(f"Poland/PROPN/nsubj/1 met/VERB/ROOT/1/meet/VBD {thing} to/ADP/prep/1 America/PROPN/pobj/3")
    ms = [mention(doc, 0, 1, "POL", "Country", "POL"), mention(doc, 4, 5, "USA", "Country", "USA")]
    assert pairs(doc, ms, "meets") == set()


def test_meeting_someone_is_still_a_meeting():
    doc = make_doc("Poland/PROPN/nsubj/1 met/VERB/ROOT/1/meet/VBD America/PROPN/dobj/1")
    ms = [mention(doc, 0, 1, "POL", "Country", "POL"), mention(doc, 2, 3, "USA", "Country", "USA")]
    assert {frozenset(p) for p in pairs(doc, ms, "meets")} == {frozenset({"POL", "USA"})}


def test_a_law_enacted_by_a_state_is_no_cooperation_with_whom_it_names():
    # "The South African sanctions law, enacted by the United States, ..."
    doc = make_doc("South_African/ADJ/amod/2 sanctions/NOUN/compound/2/sanction law/NOUN/nsubjpass/4 "
                   "was/AUX/auxpass/4/be enacted/VERB/ROOT/4/enact/VBN by/ADP/agent/4 America/PROPN/pobj/5")
    ms = [mention(doc, 0, 1, "ZAF", "Country", "ZAF"), mention(doc, 6, 7, "USA", "Country", "USA")]
    assert pairs(doc, ms, "cooperates") == set()


def test_emboldening_an_adversary_is_no_praise_of_him():
    doc = make_doc("Bush/PROPN/poss/2 's/PART/case/0 plan/NOUN/nsubj/4 would/AUX/aux/4 embolden/VERB/ROOT/4/embolden/VB "
                   "Korea/PROPN/dobj/4")
    ms = [mention(doc, 0, 1, "person:bush", "Person", "USA"), mention(doc, 5, 6, "PRK", "Country", "PRK")]
    assert pairs(doc, ms, "supports") == set()


# ----------------------------------------------------------------------------- a reciprocal verb with a third party

def test_two_parties_negotiating_with_a_third_are_not_negotiating_with_each_other():
    # "Arabian Bulk Trade and the Shobokshi Group are negotiating with creditor banks"
    doc = make_doc("Iran/PROPN/nsubj/4 and/CCONJ/cc/0 Iraq/PROPN/conj/0 are/AUX/aux/4/be "
                   "negotiating/VERB/ROOT/4/negotiate/VBG with/ADP/prep/4 creditor/NOUN/compound/7 "
                   "banks/NOUN/pobj/5/bank")
    ms = [mention(doc, 0, 1, "IRN", "Country", "IRN"), mention(doc, 2, 3, "IRQ", "Country", "IRQ")]
    assert pairs(doc, ms, "meets") == set() and pairs(doc, ms, "supports") == set()


def test_two_parties_negotiating_are_negotiating_with_each_other():
    doc = make_doc("Iran/PROPN/nsubj/4 and/CCONJ/cc/0 Iraq/PROPN/conj/0 are/AUX/aux/4/be "
                   "negotiating/VERB/ROOT/4/negotiate/VBG")
    ms = [mention(doc, 0, 1, "IRN", "Country", "IRN"), mention(doc, 2, 3, "IRQ", "Country", "IRQ")]
    assert {frozenset(p) for p in pairs(doc, ms, "meets")} == {frozenset({"IRN", "IRQ"})}


# ----------------------------------------------------------------------------- strikes in support of someone

STRIKES_DELIVERING = ("coalition/NOUN/nsubj/1 conducted/VERB/ROOT/1/conduct/VBD strikes/NOUN/dobj/1/strike "
                      "delivering/VERB/acl/2/deliver/VBG munitions/NOUN/dobj/3/munition in/ADP/prep/4 "
                      "support/NOUN/pobj/5 of/ADP/prep/6 partners/NOUN/pobj/7/partner")


@pytest.mark.parametrize("partner_type, allied", [("Organisation", True), ("ArmedGroup", True), ("Place", False)])
def test_who_conducts_strikes_delivering_munitions_in_support_of_someone_is_his_ally(partner_type, allied):
    doc = make_doc(STRIKES_DELIVERING)
    ms = [mention(doc, 0, 1, "org:coalition", "Organisation"), mention(doc, 8, 9, "generic:partners", partner_type)]
    got = {frozenset((a, b)) for a, rel, b, m in triples(doc, ms) if rel == "cooperates" and m == "asserted"}
    assert (frozenset({"org:coalition", "generic:partners"}) in got) is allied


def test_munitions_delivered_in_a_passive_clause_name_no_ally():
    # "strikes were conducted delivering munitions in support of its partners": who conducted them is unsaid
    doc = make_doc("strikes/NOUN/nsubjpass/2/strike were/AUX/auxpass/2/be conducted/VERB/ROOT/2/conduct/VBN "
                   "delivering/VERB/advcl/2/deliver/VBG munitions/NOUN/dobj/3/munition in/ADP/prep/4 "
                   "support/NOUN/pobj/5 of/ADP/prep/6 partners/NOUN/pobj/7/partner")
    ms = [mention(doc, 8, 9, "generic:partners", "Organisation")]
    assert pairs(doc, ms, "cooperates") == set()


# ----------------------------------------------------------------------------- grateful for someone's support

@pytest.mark.parametrize("spec, supported", [
    # "we are grateful for the support provided by Turkey": Turkey supports us
    ("Germany/PROPN/nsubj/1 is/AUX/ROOT/1/be grateful/ADJ/acomp/1 for/ADP/prep/2 the/DET/det/5 support/NOUN/pobj/3 "
     "provided/VERB/acl/5/provide/VBN by/ADP/agent/6 Japan/PROPN/pobj/7", True),
    ("Germany/PROPN/nsubj/1 is/AUX/ROOT/1/be grateful/ADJ/acomp/1 for/ADP/prep/2 Japan/PROPN/poss/6 "
     "'s/PART/case/4 support/NOUN/pobj/3", True),
    # "... for Japan's support for the refugees": the support went to the refugees
    ("Germany/PROPN/nsubj/1 is/AUX/ROOT/1/be grateful/ADJ/acomp/1 for/ADP/prep/2 Japan/PROPN/poss/6 "
     "'s/PART/case/4 support/NOUN/pobj/3 for/ADP/prep/6 refugees/NOUN/pobj/7/refugee", False),
    # "pleased with Japan's offer": no support said to be given
    ("Germany/PROPN/nsubj/1 is/AUX/ROOT/1/be pleased/ADJ/acomp/1 with/ADP/prep/2 Japan/PROPN/poss/6 "
     "'s/PART/case/4 offer/NOUN/pobj/3", False),
])
def test_whose_support_one_is_grateful_for_supports_one(spec, supported):
    doc = make_doc(spec)
    at = {t.text: t.i for t in doc}
    ms = [mention(doc, 0, 1, "DEU", "Country", "DEU"), mention(doc, at["Japan"], at["Japan"] + 1, "JPN", "Country", "JPN")]
    got = triples(doc, ms)
    assert (("JPN", "supports", "DEU", "asserted") in got) is supported
    assert ("DEU", "supports", "JPN", "asserted") in got  # the gladness is praise of Japan


# ----------------------------------------------------------------------------- backing an attack on a place

@pytest.mark.parametrize("noun", ["invasion", "bombing", "occupation"])
def test_backing_an_attack_of_a_place_is_no_support_of_the_place(noun):
    # "MPs backed the invasion of Iraq"
    doc = make_doc(f"Britain/PROPN/nsubj/1 backed/VERB/ROOT/1/back/VBD the/DET/det/3 {noun}/NOUN/dobj/1 "
                   "of/ADP/prep/3 Iraq/PROPN/pobj/4")
    ms = [mention(doc, 0, 1, "GBR", "Country", "GBR"), mention(doc, 5, 6, "IRQ", "Country", "IRQ")]
    assert pairs(doc, ms, "supports") == set()


def test_backing_the_attacker_named_by_a_modifier_supports_him():
    # "Turkey supported the US-led invasion of Iraq": the attacker is backed, not Iraq
    doc = make_doc("Turkey/PROPN/nsubj/1 supported/VERB/ROOT/1/support/VBD the/DET/det/4 American/ADJ/amod/4 "
                   "invasion/NOUN/dobj/1 of/ADP/prep/4 Iraq/PROPN/pobj/5")
    ms = [mention(doc, 0, 1, "TUR", "Country", "TUR"), mention(doc, 3, 4, "USA", "Country", "USA"),
          mention(doc, 6, 7, "IRQ", "Country", "IRQ")]
    assert pairs(doc, ms, "supports") == {("TUR", "USA")}


def test_backing_a_state_itself_supports_it():
    doc = make_doc("Britain/PROPN/nsubj/1 backed/VERB/ROOT/1/back/VBD Iraq/PROPN/dobj/1")
    ms = [mention(doc, 0, 1, "GBR", "Country", "GBR"), mention(doc, 2, 3, "IRQ", "Country", "IRQ")]
    assert pairs(doc, ms, "supports") == {("GBR", "IRQ")}
