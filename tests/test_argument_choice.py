"""Which argument of a sentence a rule takes for a party: not the scene of an act, a reference point, a
topic, an addressee, a possessor or a member of the same side (precision audit H, causes 3, 6, 8-11)."""

from conftest import make_doc, mention

from graphbuilder.actors import ActorIndex
from graphbuilder.relations import extract_relations


def triples(doc, mentions):
    return {(r.source.actor_id, r.relation, r.target.actor_id) for r in extract_relations(doc, ActorIndex(mentions))}


def relations_of(doc, mentions, relation):
    return {(s, t) for s, r, t in triples(doc, mentions) if r == relation}


# --- the scene of an act is no target when an armed group raids a site or people there ---------------------

RAID = ("Gunmen/NOUN/nsubj/1/gunman attacked/VERB/ROOT/1/attack a/DET/det/3 {obj}/NOUN/dobj/1/{obj} "
        "in/ADP/prep/3 {place}/PROPN/pobj/4")


def test_an_armed_groups_raid_on_a_mosque_is_no_attack_on_the_state_it_is_in():
    doc = make_doc(RAID.format(obj="mosque", place="Egypt"))
    ms = [mention(doc, 0, 1, "generic:gunmen", "ArmedGroup"), mention(doc, 5, 6, "EGY", "Country", "EGY")]
    assert not relations_of(doc, ms, "attacks")


def test_a_raid_in_a_state_named_by_its_possessive_region_leaves_the_state_out():
    # "Militants attacked a checkpoint in Somalia's Puntland region"
    doc = make_doc("Militants/NOUN/nsubj/1/militant attacked/VERB/ROOT/1/attack a/DET/det/3 "
                   "checkpoint/NOUN/dobj/1/checkpoint in/ADP/prep/3 Somalia/PROPN/poss/8 's/PART/case/5 "
                   "Puntland/PROPN/compound/8 region/NOUN/pobj/4/region")
    ms = [mention(doc, 0, 1, "generic:militants", "ArmedGroup"), mention(doc, 5, 6, "SOM", "Country", "SOM")]
    assert not relations_of(doc, ms, "attacks")


def test_a_foreign_states_strike_on_a_site_still_stands_for_the_state_it_is_in():
    doc = make_doc("Jets/NOUN/nsubj/1/jet bombed/VERB/ROOT/1/bomb a/DET/det/3 mosque/NOUN/dobj/1/mosque "
                   "in/ADP/prep/3 Syria/PROPN/pobj/4")
    ms = [mention(doc, 0, 1, "TURMIL", "Military", "TUR"), mention(doc, 5, 6, "SYR", "Country", "SYR")]
    assert ("TURMIL", "SYR") in relations_of(doc, ms, "attacks")


def test_a_raid_in_a_town_keeps_the_town():
    # A town is where it happened, no state accused: "Gunmen attacked a mosque in Arish".
    doc = make_doc(RAID.format(obj="mosque", place="Arish"))
    ms = [mention(doc, 0, 1, "generic:gunmen", "ArmedGroup"), mention(doc, 5, 6, "place:arish", "Place", "EGY")]
    assert ("generic:gunmen", "place:arish") in relations_of(doc, ms, "attacks")


def test_a_pronoun_patient_is_no_stand_in_for_the_place():
    # "Syrian forces besieged them in Syria": whoever "they" are, not Syria.
    doc = make_doc("forces/NOUN/nsubj/1/force besieged/VERB/ROOT/1/besiege them/PRON/dobj/1/they "
                   "in/ADP/prep/1 Syria/PROPN/pobj/3")
    ms = [mention(doc, 0, 1, "SYRMIL", "Military", "SYR"), mention(doc, 4, 5, "SYR", "Country", "SYR")]
    assert not relations_of(doc, ms, "attacks")


def test_halting_an_event_is_no_measure_against_the_town_it_is_held_in():
    # "Police halted a May Day event in Istanbul"
    doc = make_doc("Police/NOUN/nsubj/1/police halted/VERB/ROOT/1/halt the/DET/det/3 event/NOUN/dobj/1/event "
                   "in/ADP/prep/3 Istanbul/PROPN/pobj/4")
    ms = [mention(doc, 0, 1, "TURCOP", "Government", "TUR"),
          mention(doc, 5, 6, "place:istanbul", "Place", "TUR")]
    assert not {t for t in triples(doc, ms) if t[2] == "place:istanbul"}


def test_a_raid_site_is_no_station():
    # "Al-Shabab gunmen attacked a campus in Garissa": where they struck, not where they are stationed.
    doc = make_doc("Al-Shabab/PROPN/compound/1 gunmen/NOUN/nsubj/2/gunman attacked/VERB/ROOT/2/attack "
                   "a/DET/det/4 campus/NOUN/dobj/2/campus in/ADP/prep/2 Garissa/PROPN/pobj/5")
    ms = [mention(doc, 0, 1, "group:al-shabaab", "ArmedGroup"),
          mention(doc, 6, 7, "place:garissa", "Place", "KEN")]
    assert not relations_of(doc, ms, "stationed-at")
    # where a force gathers is its place
    doc = make_doc("Al-Shabab/PROPN/compound/1 fighters/NOUN/nsubj/2/fighter gathered/VERB/ROOT/2/gather "
                   "in/ADP/prep/2 Garissa/PROPN/pobj/3")
    ms = [mention(doc, 0, 1, "group:al-shabaab", "ArmedGroup"),
          mention(doc, 4, 5, "place:garissa", "Place", "KEN")]
    assert ("group:al-shabaab", "place:garissa") in relations_of(doc, ms, "stationed-at")


# --- a reference point is no party --------------------------------------------------------------------------

def test_a_capital_a_distance_is_measured_from_is_no_party():
    # "Police seized rifles in Debre town, 100 km north of the capital, Addis Ababa": the parser hangs the
    # capital's name on the rifles.
    doc = make_doc("Police/NOUN/nsubj/1/police seized/VERB/ROOT/1/seize rifles/NOUN/dobj/1/rifle in/ADP/prep/2 "
                   "Debre/PROPN/compound/5 town/NOUN/pobj/3/town ,/PUNCT/punct/2 100/NUM/nummod/8 "
                   "km/NOUN/npadvmod/9/km north/ADV/advmod/2 of/ADP/prep/9 the/DET/det/12 capital/NOUN/pobj/10 "
                   ",/PUNCT/punct/2 Addis_Ababa/PROPN/appos/2")
    ms = [mention(doc, 0, 1, "ETHCOP", "Government", "ETH"),
          mention(doc, 14, 15, "place:addis-ababa", "Place", "ETH")]
    assert not {t for t in triples(doc, ms) if t[2] == "place:addis-ababa"}


def test_an_appositive_name_of_the_object_itself_is_still_the_target():
    # "Police arrested the opposition leader, Kizza Besigye"
    doc = make_doc("Police/NOUN/nsubj/1/police arrested/VERB/ROOT/1/arrest the/DET/det/4 opposition/NOUN/compound/4 "
                   "leader/NOUN/dobj/1/leader ,/PUNCT/punct/4 Besigye/PROPN/appos/4")
    ms = [mention(doc, 0, 1, "UGACOP", "Government", "UGA"),
          mention(doc, 6, 7, "person:kizza-besigye", "Person", "UGA")]
    assert ("UGACOP", "person:kizza-besigye") in relations_of(doc, ms, "coerces")


def test_a_town_in_the_name_of_an_unknown_brigade_is_no_party():
    # "fighters clashed with the Raqqa Thowar Brigade": a brigade named after the town.
    doc = make_doc("fighters/NOUN/nsubj/1/fighter clashed/VERB/ROOT/1/clash with/ADP/prep/1 the/DET/det/6 "
                   "Raqqa/PROPN/compound/6 Thowar/PROPN/compound/6 Brigade/PROPN/pobj/2")
    ms = [mention(doc, 0, 1, "generic:fighters", "ArmedGroup"), mention(doc, 4, 5, "place:raqqa", "Place", "SYR")]
    assert not {t for t in triples(doc, ms) if t[2] == "place:raqqa"}
    # A state's adjective before a common noun is still the state's: "clashed with Syrian troops".
    doc = make_doc("fighters/NOUN/nsubj/1/fighter clashed/VERB/ROOT/1/clash with/ADP/prep/1 Syrian/ADJ/amod/4 "
                   "troops/NOUN/pobj/2/troop")
    ms = [mention(doc, 0, 1, "generic:fighters", "ArmedGroup"), mention(doc, 3, 4, "SYR", "Country", "SYR")]
    assert {t for t in triples(doc, ms) if t[1] == "attacks"}


def test_a_place_an_object_is_kept_from_is_no_target():
    # "Thatcher threatened to block Japanese firms from London"
    doc = make_doc("Thatcher/PROPN/nsubj/1 threatened/VERB/ROOT/1/threaten to/PART/aux/3 block/VERB/xcomp/1/block "
                   "Japanese/ADJ/amod/5 firms/NOUN/dobj/3/firm from/ADP/prep/3 London/PROPN/pobj/6")
    ms = [mention(doc, 0, 1, "person:thatcher", "Person", "GBR"), mention(doc, 4, 5, "JPN", "Country", "JPN"),
          mention(doc, 7, 8, "place:london", "Place", "GBR")]
    got = triples(doc, ms)
    assert not {t for t in got if t[2] == "place:london"}
    assert {t for t in got if t[2].startswith("JPN")}


# --- a protest's named aim is not the venue's government ---------------------------------------------------

def test_anger_at_others_summit_is_no_protest_against_the_venues_government():
    # "Protesters marched through Santiago, expressing anger at a summit"
    doc = make_doc("Protesters/NOUN/nsubj/1/protester marched/VERB/ROOT/1/march through/ADP/prep/1 "
                   "Santiago/PROPN/pobj/2 ,/PUNCT/punct/1 expressing/VERB/advcl/1/express anger/NOUN/dobj/5/anger "
                   "at/ADP/prep/5 a/DET/det/9 summit/NOUN/pobj/7/summit")
    ms = [mention(doc, 3, 4, "place:santiago", "Place", "CHL")]
    assert not relations_of(doc, ms, "protests")


def test_anger_at_a_named_leader_is_a_protest_against_him():
    doc = make_doc("Protesters/NOUN/nsubj/1/protester marched/VERB/ROOT/1/march through/ADP/prep/1 "
                   "Santiago/PROPN/pobj/2 ,/PUNCT/punct/1 expressing/VERB/advcl/1/express anger/NOUN/dobj/5/anger "
                   "at/ADP/prep/5 Bush/PROPN/pobj/7")
    ms = [mention(doc, 3, 4, "place:santiago", "Place", "CHL"), mention(doc, 8, 9, "person:bush", "Person", "USA")]
    got = relations_of(doc, ms, "protests")
    assert {t for _, t in got} == {"person:bush"}


def test_a_protest_against_a_statue_is_not_against_the_state_of_whom_it_shows():
    # "Protesters rallied against a statue of a Spanish conquistador"
    doc = make_doc("Protesters/NOUN/nsubj/1/protester rallied/VERB/ROOT/1/rally against/ADP/prep/1 a/DET/det/4 "
                   "statue/NOUN/pobj/2/statue of/ADP/prep/4 a/DET/det/8 Spanish/ADJ/amod/8 "
                   "conquistador/NOUN/pobj/5/conquistador")
    ms = [mention(doc, 7, 8, "ESP", "Country", "ESP")]
    assert not {t for t in triples(doc, ms) if t[2].startswith("ESP")}


def test_a_protest_with_no_aim_named_is_still_against_the_venues_government():
    doc = make_doc("Students/NOUN/nsubj/1/student marched/VERB/ROOT/1/march in/ADP/prep/1 Nairobi/PROPN/pobj/2")
    ms = [mention(doc, 3, 4, "place:nairobi", "Place", "KEN")]
    assert {t for _, t in relations_of(doc, ms, "protests")} == {"KENGOV"}


# --- "between": two sides, never one side with itself ------------------------------------------------------

BATTLES = ("battles/NOUN/nsubj/8/battle between/ADP/prep/0 insurgents/NOUN/pobj/1/insurgent and/CCONJ/cc/2 "
           "US/PROPN/nmod/7 and/CCONJ/cc/4 Iraqi/ADJ/conj/4 forces/NOUN/conj/2/force killed/VERB/ROOT/8/kill "
           "civilians/NOUN/dobj/8/civilian")


def _battles():
    doc = make_doc(BATTLES)
    return doc, [mention(doc, 2, 3, "generic:insurgents", "ArmedGroup"),
                 mention(doc, 4, 8, "USAMIL", "Military", "USA", head=7),
                 mention(doc, 6, 8, "IRQMIL", "Military", "IRQ")]


def test_coordinated_members_of_one_side_of_a_battle_are_allies():
    doc, ms = _battles()
    got = relations_of(doc, ms, "attacks")
    assert ("USAMIL", "IRQMIL") not in got and ("IRQMIL", "USAMIL") not in got


def test_each_member_of_a_side_fights_the_other_side():
    doc, ms = _battles()
    got = relations_of(doc, ms, "attacks")
    assert {("generic:insurgents", "USAMIL"), ("generic:insurgents", "IRQMIL")} <= got


def test_coordinated_modifiers_of_one_noun_are_the_two_sides():
    # "Clashes between Indian and Pakistani troops"
    doc = make_doc("Clashes/NOUN/nsubj/6/clash between/ADP/prep/0 Indian/ADJ/amod/5 and/CCONJ/cc/2 "
                   "Pakistani/ADJ/conj/2 troops/NOUN/pobj/1/troop erupted/VERB/ROOT/6/erupt")
    ms = [mention(doc, 2, 6, "INDMIL", "Military", "IND", head=5), mention(doc, 4, 6, "PAKMIL", "Military", "PAK")]
    assert ("INDMIL", "PAKMIL") in relations_of(doc, ms, "attacks")


def test_a_party_and_its_own_inner_name_are_no_pair():
    # "talks between Israel's opposition Labour party and Sharon": the party's inner "Labour party" is itself.
    doc = make_doc("talks/NOUN/nsubj/10/talk between/ADP/prep/0 Israel/PROPN/poss/6 's/PART/case/2 "
                   "opposition/NOUN/compound/6 Labour/PROPN/compound/6 party/NOUN/pobj/1/party and/CCONJ/cc/6 "
                   "Sharon/PROPN/conj/6 have/AUX/aux/10/have begun/VERB/ROOT/10/begin")
    ms = [mention(doc, 2, 7, "ISROPP", "Government", "ISR", head=6), mention(doc, 5, 7, "org:labour-party",
                                                                           "Organisation")]
    ms.append(mention(doc, 8, 9, "person:ariel-sharon", "Person", "ISR"))
    got = triples(doc, ms)
    assert not {t for t in got if {t[0], t[2]} == {"ISROPP", "org:labour-party"}}
    assert {t for t in got if {t[0], t[2]} == {"ISROPP", "person:ariel-sharon"} and t[1] == "meets"}


def test_one_name_read_as_two_actors_is_no_pair():
    # "CoFACE suspended its cover for contracts, CoFACE sources said": a person and an org, one name.
    doc = make_doc("CoFACE/PROPN/nsubj/1 suspended/VERB/ROOT/1/suspend its/PRON/poss/3 cover/NOUN/dobj/1/cover "
                   ",/PUNCT/punct/1 CoFACE/PROPN/compound/6 sources/NOUN/nsubj/7/source said/VERB/ccomp/1/say")
    ms = [mention(doc, 0, 1, "person:coface", "Person"), mention(doc, 5, 6, "org:coface", "Organisation")]
    assert not {t for t in triples(doc, ms) if {t[0], t[2]} == {"person:coface", "org:coface"}}


# --- a possessor or a modifier is not the party ------------------------------------------------------------

def test_who_gave_the_orders_is_not_attacked():
    # "At Trump's orders, US warships launched missiles at a Syrian airfield"
    doc = make_doc("At/ADP/prep/7 Trump/PROPN/poss/3 's/PART/case/1 orders/NOUN/pobj/0/order ,/PUNCT/punct/7 "
                   "US/PROPN/compound/6 warships/NOUN/nsubj/7/warship launched/VERB/ROOT/7/launch "
                   "missiles/NOUN/dobj/7/missile at/ADP/prep/7 a/DET/det/12 Syrian/ADJ/amod/12 "
                   "airfield/NOUN/pobj/9/airfield")
    ms = [mention(doc, 1, 2, "person:donald-trump", "Person", "USA"),
          mention(doc, 5, 7, "USAMIL", "Military", "USA"), mention(doc, 11, 12, "SYR", "Country", "SYR")]
    got = triples(doc, ms)
    assert not {t for t in got if t[2] == "person:donald-trump"}


def test_a_persons_party_is_not_the_person():
    # "Labour began talks with Sharon's Likud party"
    doc = make_doc("Labour/PROPN/nsubj/1 began/VERB/ROOT/1/begin talks/NOUN/dobj/1/talk with/ADP/prep/2 "
                   "Sharon/PROPN/poss/7 's/PART/case/4 Likud/PROPN/compound/7 party/NOUN/pobj/3/party")
    ms = [mention(doc, 0, 1, "org:labour", "Organisation", "ISR"), mention(doc, 4, 5, "person:sharon", "Person")]
    assert not {t for t in triples(doc, ms) if "person:sharon" in (t[0], t[2])}


def test_a_persons_government_named_by_him_is_still_his():
    # A possessor of an event noun still is its doer: "talks with Sharon" are with him.
    doc = make_doc("Labour/PROPN/nsubj/1 began/VERB/ROOT/1/begin talks/NOUN/dobj/1/talk with/ADP/prep/2 "
                   "Sharon/PROPN/pobj/3")
    ms = [mention(doc, 0, 1, "org:labour", "Organisation", "ISR"), mention(doc, 4, 5, "person:sharon", "Person")]
    assert {t for t in triples(doc, ms) if t[1] == "meets" and "person:sharon" in (t[0], t[2])}


# --- rallying: someone other than the requester must be asked ---------------------------------------------

def test_insisting_one_will_attack_is_no_rallying_of_others():
    # "Rwanda insisted that it would attack rebels"
    doc = make_doc("Rwanda/PROPN/nsubj/1 insisted/VERB/ROOT/1/insist that/SCONJ/mark/5 it/PRON/nsubj/5 "
                   "would/AUX/aux/5 attack/VERB/ccomp/1/attack rebels/NOUN/dobj/5/rebel")
    ms = [mention(doc, 0, 1, "RWA", "Country", "RWA"), mention(doc, 6, 7, "generic:rebels", "ArmedGroup")]
    assert not {t for t in triples(doc, ms) if t[1] == "opposes"}


def test_pushing_on_to_drive_out_the_enemy_is_no_rallying():
    # "Forces are pushing deeper into Fallujah on the fifth day to drive out insurgents"
    doc = make_doc("Forces/NOUN/nsubj/2/force are/AUX/aux/2/be pushing/VERB/ROOT/2/push into/ADP/prep/2 "
                   "Fallujah/PROPN/pobj/3 on/ADP/prep/2 the/DET/det/8 fifth/ADJ/amod/8 day/NOUN/pobj/5/day "
                   "to/PART/aux/10 drive/VERB/advcl/2/drive out/ADP/prt/10 insurgents/NOUN/dobj/10/insurgent")
    ms = [mention(doc, 0, 1, "USAMIL", "Military", "USA"), mention(doc, 12, 13, "generic:insurgents", "ArmedGroup")]
    assert not {t for t in triples(doc, ms) if t[1] == "opposes"}


def test_urging_others_to_boycott_rallies_opposition():
    doc = make_doc("Iran/PROPN/nsubj/1 urged/VERB/ROOT/1/urge Muslims/PROPN/dobj/1 to/PART/aux/4 "
                   "boycott/VERB/xcomp/1/boycott Israel/PROPN/dobj/4")
    ms = [mention(doc, 0, 1, "IRN", "Country", "IRN"), mention(doc, 5, 6, "ISR", "Country", "ISR")]
    assert ("IRN", "ISR") in relations_of(doc, ms, "opposes")


def test_calling_on_others_to_act_rallies_opposition():
    # "Arafat called on Arabs to mobilize against Israel"
    doc = make_doc("Arafat/PROPN/nsubj/1 called/VERB/ROOT/1/call on/ADP/prt/1 Arabs/PROPN/pobj/2 to/PART/aux/5 "
                   "mobilize/VERB/xcomp/1/mobilize against/ADP/prep/5 Israel/PROPN/pobj/6")
    ms = [mention(doc, 0, 1, "person:arafat", "Person"), mention(doc, 7, 8, "ISR", "Country", "ISR")]
    assert ("person:arafat", "ISR") in relations_of(doc, ms, "opposes")


def test_who_imposes_an_embargo_others_are_urged_to_enforce_is_not_opposed():
    # "Mbeki urged countries to enforce a United Nations arms embargo"
    doc = make_doc("Mbeki/PROPN/nsubj/1 urged/VERB/ROOT/1/urge countries/NOUN/dobj/1/country to/PART/aux/4 "
                   "enforce/VERB/xcomp/1/enforce a/DET/det/8 United_Nations/PROPN/compound/8 arms/NOUN/compound/8 "
                   "embargo/NOUN/dobj/4/embargo")
    ms = [mention(doc, 0, 1, "person:thabo-mbeki", "Person", "ZAF"),
          mention(doc, 6, 7, "org:un", "InternationalOrganisation")]
    assert not relations_of(doc, ms, "opposes")


def test_a_clause_asking_another_party_rallies_opposition():
    # "The PLO demanded that the EC impose sanctions on Israel"
    doc = make_doc("PLO/PROPN/nsubj/1 demanded/VERB/ROOT/1/demand that/SCONJ/mark/5 the/DET/det/4 EC/PROPN/nsubj/5 "
                   "impose/VERB/ccomp/1/impose sanctions/NOUN/dobj/5/sanction on/ADP/prep/5 Israel/PROPN/pobj/7")
    ms = [mention(doc, 0, 1, "group:plo", "ArmedGroup"), mention(doc, 4, 5, "org:ec", "InternationalOrganisation"),
          mention(doc, 8, 9, "ISR", "Country", "ISR")]
    assert ("group:plo", "ISR") in relations_of(doc, ms, "opposes")


# --- a topic or an addressee takes no part -----------------------------------------------------------------

def test_states_a_meeting_discusses_do_not_meet():
    # "NATO ambassadors met to discuss tensions between Greece and Turkey"
    doc = make_doc("NATO/PROPN/compound/1 ambassadors/NOUN/nsubj/2/ambassador met/VERB/ROOT/2/meet to/PART/aux/4 "
                   "discuss/VERB/advcl/2/discuss tensions/NOUN/dobj/4/tension between/ADP/prep/5 "
                   "Greece/PROPN/pobj/6 and/CCONJ/cc/7 Turkey/PROPN/conj/7")
    ms = [mention(doc, 0, 1, "org:nato", "InternationalOrganisation"), mention(doc, 7, 8, "GRC", "Country", "GRC"),
          mention(doc, 9, 10, "TUR", "Country", "TUR")]
    assert not {t for t in relations_of(doc, ms, "meets") if "org:nato" in t}


def test_discussing_with_someone_is_meeting_him():
    doc = make_doc("NATO/PROPN/nsubj/1 discussed/VERB/ROOT/1/discuss security/NOUN/dobj/1/security "
                   "with/ADP/prep/1 Turkey/PROPN/pobj/3")
    ms = [mention(doc, 0, 1, "org:nato", "InternationalOrganisation"), mention(doc, 4, 5, "TUR", "Country", "TUR")]
    assert {t for t in relations_of(doc, ms, "meets") if "TUR" in t}


def test_a_protest_lodged_with_the_un_is_aimed_at_who_the_matter_names():
    # "Cyprus protested to the United Nations over violations by the Turkish air force"
    doc = make_doc("Cyprus/PROPN/nsubj/1 protested/VERB/ROOT/1/protest to/ADP/prep/1 the/DET/det/4 "
                   "UN/PROPN/pobj/2 over/ADP/prep/1 violations/NOUN/pobj/5/violation by/ADP/prep/6 "
                   "the/DET/det/11 Turkish/ADJ/amod/11 air/NOUN/compound/11 force/NOUN/pobj/7/force")
    ms = [mention(doc, 0, 1, "CYP", "Country", "CYP"), mention(doc, 4, 5, "org:un", "InternationalOrganisation"),
          mention(doc, 9, 12, "TURMIL", "Military", "TUR")]
    got = relations_of(doc, ms, "protests")
    assert ("CYP", "org:un") not in got and ("CYP", "TURMIL") in got


def test_a_protest_to_a_state_is_aimed_at_it():
    doc = make_doc("Japan/PROPN/nsubj/1 protested/VERB/ROOT/1/protest to/ADP/prep/1 China/PROPN/pobj/2")
    ms = [mention(doc, 0, 1, "JPN", "Country", "JPN"), mention(doc, 3, 4, "CHN", "Country", "CHN")]
    assert ("JPN", "CHN") in relations_of(doc, ms, "protests")


def test_who_a_dismissed_theory_names_is_not_opposed():
    # "Analysts dismissed a theory, that Lawson had attempted to put pressure on Thatcher"
    doc = make_doc("Marshall/PROPN/nsubj/1 dismissed/VERB/ROOT/1/dismiss a/DET/det/3 theory/NOUN/dobj/1/theory "
                   ",/PUNCT/punct/1 that/SCONJ/mark/8 Lawson/PROPN/nsubj/8 had/AUX/aux/8/have "
                   "attempted/VERB/ccomp/1/attempt")
    ms = [mention(doc, 0, 1, "person:marshall", "Person"), mention(doc, 6, 7, "person:lawson", "Person")]
    assert not {t for t in triples(doc, ms) if t[2] == "person:lawson"}


def test_a_border_neighbour_is_no_partner():
    # "US forces established a base near the border with Syria" (the parser hangs "with" on the verb)
    doc = make_doc("forces/NOUN/nsubj/1/force established/VERB/ROOT/1/establish a/DET/det/3 base/NOUN/dobj/1/base "
                   "near/ADP/prep/3 the/DET/det/6 border/NOUN/pobj/4/border with/ADP/prep/1 Syria/PROPN/pobj/7")
    ms = [mention(doc, 0, 1, "USAMIL", "Military", "USA"), mention(doc, 8, 9, "SYR", "Country", "SYR")]
    assert not relations_of(doc, ms, "cooperates")


# --- commerce and deportation are no cooperation -----------------------------------------------------------

def test_agreeing_to_buy_a_firm_is_no_cooperation_with_it():
    doc = make_doc("Dow_Jones/PROPN/nsubj/2 has/AUX/aux/2/have agreed/VERB/ROOT/2/agree to/PART/aux/4 "
                   "buy/VERB/xcomp/2/buy MarketWatch/PROPN/dobj/4")
    ms = [mention(doc, 0, 1, "org:dow-jones", "Organisation"), mention(doc, 5, 6, "org:marketwatch", "Organisation")]
    assert not {t for t in triples(doc, ms) if t[1] == "cooperates"}


def test_agreeing_to_cooperate_with_a_state_is_still_cooperation():
    doc = make_doc("Iran/PROPN/nsubj/1 agreed/VERB/ROOT/1/agree to/PART/aux/3 cooperate/VERB/xcomp/1/cooperate "
                   "with/ADP/prep/3 Russia/PROPN/pobj/4")
    ms = [mention(doc, 0, 1, "IRN", "Country", "IRN"), mention(doc, 5, 6, "RUS", "Country", "RUS")]
    assert {t for t in triples(doc, ms) if t[1] == "cooperates" and {t[0], t[2]} == {"IRN", "RUS"}}


def test_the_state_someone_is_deported_to_is_no_partner():
    doc = make_doc("the/DET/det/1 U.S./PROPN/nsubj/2 deported/VERB/ROOT/2/deport the/DET/det/4 "
                   "citizen/NOUN/dobj/2/citizen to/ADP/prep/2 Syria/PROPN/pobj/5")
    ms = [mention(doc, 1, 2, "USA", "Country", "USA"), mention(doc, 6, 7, "SYR", "Country", "SYR")]
    assert not {t for t in triples(doc, ms) if t[1] == "cooperates"}


def test_anger_at_the_impeachment_of_a_leader_is_not_against_him():
    # "Protesters marched in Lima, venting anger at the impeachment of Vizcarra": for him, not against him.
    doc = make_doc("Protesters/NOUN/nsubj/1/protester marched/VERB/ROOT/1/march in/ADP/prep/1 Lima/PROPN/pobj/2 "
                   ",/PUNCT/punct/1 venting/VERB/advcl/1/vent anger/NOUN/dobj/5/anger at/ADP/prep/5 the/DET/det/9 "
                   "impeachment/NOUN/pobj/7/impeachment of/ADP/prep/9 Vizcarra/PROPN/pobj/10")
    ms = [mention(doc, 3, 4, "place:lima", "Place", "PER"), mention(doc, 11, 12, "person:vizcarra", "Person", "PER")]
    assert not {t for t in relations_of(doc, ms, "protests") if t[1] == "person:vizcarra"}


def test_who_requested_an_act_is_not_its_target():
    # "Troops attacked the rebels at the request of the government"
    doc = make_doc("Troops/NOUN/nsubj/1/troop attacked/VERB/ROOT/1/attack the/DET/det/3 rebels/NOUN/dobj/1/rebel "
                   "at/ADP/prep/1 the/DET/det/6 request/NOUN/pobj/4/request of/ADP/prep/6 Kabul/PROPN/pobj/7")
    ms = [mention(doc, 0, 1, "USAMIL", "Military", "USA"), mention(doc, 3, 4, "generic:rebels", "ArmedGroup"),
          mention(doc, 8, 9, "AFGGOV", "Government", "AFG")]
    got = relations_of(doc, ms, "attacks")
    assert ("USAMIL", "generic:rebels") in got and ("USAMIL", "AFGGOV") not in got


def test_a_persons_thing_hit_still_stands_for_the_person():
    # The body rule is for parties and groups, not for what someone owns: "attacked Sharon's convoy".
    doc = make_doc("Rebels/NOUN/nsubj/1/rebel attacked/VERB/ROOT/1/attack Sharon/PROPN/poss/4 's/PART/case/2 "
                   "convoy/NOUN/dobj/1/convoy")
    ms = [mention(doc, 0, 1, "generic:rebels", "ArmedGroup"), mention(doc, 2, 3, "person:sharon", "Person")]
    assert ("generic:rebels", "person:sharon") in relations_of(doc, ms, "attacks")


def test_a_capital_named_in_apposition_to_the_object_is_the_target():
    # "Rebels shelled the capital, Kabul": the appositive names the object itself.
    doc = make_doc("Rebels/NOUN/nsubj/1/rebel shelled/VERB/ROOT/1/shell the/DET/det/3 capital/NOUN/dobj/1/capital "
                   ",/PUNCT/punct/3 Kabul/PROPN/appos/3")
    ms = [mention(doc, 0, 1, "generic:rebels", "ArmedGroup"), mention(doc, 5, 6, "place:kabul", "Place", "AFG")]
    assert ("generic:rebels", "place:kabul") in relations_of(doc, ms, "attacks")


def test_agreeing_to_sell_arms_to_a_state_keeps_the_buyer():
    doc = make_doc("Russia/PROPN/nsubj/1 agreed/VERB/ROOT/1/agree to/PART/aux/3 sell/VERB/xcomp/1/sell "
                   "arms/NOUN/dobj/3/arm to/ADP/prep/3 Iraq/PROPN/pobj/5")
    ms = [mention(doc, 0, 1, "RUS", "Country", "RUS"), mention(doc, 6, 7, "IRQ", "Country", "IRQ")]
    assert {t for t in triples(doc, ms) if {t[0], t[2]} == {"RUS", "IRQ"}}


def test_extraditing_a_suspect_to_a_state_is_judicial_cooperation_with_it():
    doc = make_doc("France/PROPN/nsubj/1 extradited/VERB/ROOT/1/extradite the/DET/det/3 suspect/NOUN/dobj/1/suspect "
                   "to/ADP/prep/1 Spain/PROPN/pobj/4")
    ms = [mention(doc, 0, 1, "FRA", "Country", "FRA"), mention(doc, 5, 6, "ESP", "Country", "ESP")]
    assert {t for t in triples(doc, ms) if t[1] == "cooperates" and {t[0], t[2]} == {"FRA", "ESP"}}


def test_a_town_people_are_barred_from_is_no_target():
    # "Police barred activists from Jerusalem": the activists are barred, not the town.
    doc = make_doc("Police/NOUN/nsubj/1/police barred/VERB/ROOT/1/bar activists/NOUN/dobj/1/activist "
                   "from/ADP/prep/1 Jerusalem/PROPN/pobj/3")
    ms = [mention(doc, 0, 1, "ISRCOP", "Government", "ISR"), mention(doc, 4, 5, "place:jerusalem", "Place", "ISR")]
    assert not {t for t in triples(doc, ms) if t[2] == "place:jerusalem"}


def test_a_persons_campaign_stands_for_the_person():
    # "Khan donated a million dollars to Trump's campaign": aid to Trump.
    doc = make_doc("Khan/PROPN/nsubj/1 donated/VERB/ROOT/1/donate dollars/NOUN/dobj/1/dollar to/ADP/prep/1 "
                   "Trump/PROPN/poss/6 's/PART/case/4 campaign/NOUN/pobj/3/campaign")
    ms = [mention(doc, 0, 1, "person:khan", "Person"), mention(doc, 4, 5, "person:trump", "Person", "USA")]
    assert {t for t in triples(doc, ms) if t[2] == "person:trump"}
