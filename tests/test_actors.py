"""Actor rules on hand-built parses and a hand-made gazetteer: no model involved."""

from datetime import date

import pytest

from conftest import make_doc

from graphbuilder.actors import find_actors
from graphbuilder.gazetteer import Actor, Gazetteer, Role

GAZ = Gazetteer([
    Actor("ITA", "Italy", "Country", "ITA", "ITA", demonyms=("Italian",)),
    Actor("USA", "United States", "Country", "USA", "USA", aliases=("US",), demonyms=("American",)),
    Actor("DEU", "Germany", "Country", "DEU", "DEU", demonyms=("German",)),
    Actor("ZWE", "Zimbabwe", "Country", "ZWE", "ZWE", demonyms=("Zimbabwean",)),
    Actor("person:robert-mugabe", "Robert Mugabe", "Person", "ZWE", "ZWEGOV",
          roles=(Role("ZWEGOV"),)),
    Actor("person:kofi-annan", "Kofi Annan", "Person", None, "IGOUNO", roles=(Role("IGOUNO"),)),
    Actor("person:john-smith", "John Smith", "Person", "GBR", "GBRGOV"),
    Actor("person:anne-smith", "Anne Smith", "Person", "AUS", "AUSGOV"),
    Actor("person:angela-merkel", "Angela Merkel", "Person", "DEU", "DEUGOV",
          aliases=("German Chancellor Angela Merkel",)),
    Actor("org:president-of-the-united-states", "President of the United States", "Organisation", "USA",
          "USAGOV", aliases=("US President",)),
])


def _by_surface(index):
    return {m.surface: m for m in index.mentions}


def test_lone_surname_gets_the_gazetteer_person_with_an_agreeing_title():
    doc = make_doc("President/PROPN/compound/1 Mugabe/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak",
                   ents=[(1, 2, "PERSON", "")])
    index = find_actors(doc, GAZ)
    m = _by_surface(index)["Mugabe"]
    assert (m.actor_id, m.country, m.code) == ("person:robert-mugabe", "ZWE", "ZWEGOV")
    assert [(r.organ.actor_id, r.leader) for r in index.roles] == [("ZWE", True)]


def test_lone_surname_without_title_gets_only_the_country():
    doc = make_doc("Annan/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak", ents=[(0, 1, "PERSON", "")])
    m = _by_surface(find_actors(doc, GAZ))["Annan"]
    # One Annan is known, but without a title agreeing with his role he is not merged.
    assert (m.actor_id, m.country, m.code) == ("person:annan", None, "IGOUNO")


def test_surname_of_namesakes_in_different_states_stays_unattributed():
    doc = make_doc("Smith/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak", ents=[(0, 1, "PERSON", "")])
    m = _by_surface(find_actors(doc, GAZ))["Smith"]
    assert (m.country, m.code) == (None, None)


def test_title_phrase_before_a_name_and_comma_is_a_role_not_an_organ():
    doc = make_doc("Italy/PROPN/poss/3 's/PART/case/0 prime/ADJ/amod/3 minister/NOUN/nsubj/11 at/ADP/prep/3 "
                   "the/DET/det/6 time/NOUN/pobj/4 ,/PUNCT/punct/11 Silvio/PROPN/compound/9 "
                   "Berlusconi/PROPN/nsubj/11 ,/PUNCT/punct/9 rejected/VERB/ROOT/11/reject",
                   ents=[(0, 1, "Country", "ITA"), (8, 10, "PERSON", "")])
    index = find_actors(doc, GAZ)
    assert not any(m.type == "Government" for m in index.mentions)
    assert [(r.person.label, r.organ.actor_id, r.leader) for r in index.roles] == [("Silvio Berlusconi", "ITA", True)]


def test_gazetteer_title_entity_before_a_name_is_a_role():
    doc = make_doc("US/PROPN/compound/1 President/PROPN/compound/3 Barack/PROPN/compound/3 "
                   "Obama/PROPN/nsubj/4 visited/VERB/ROOT/4/visit",
                   ents=[(0, 2, "Organisation", "org:president-of-the-united-states"), (2, 4, "PERSON", "")])
    index = find_actors(doc, GAZ)
    assert [m.surface for m in index.mentions] == ["Barack Obama"]
    assert [(r.title, r.organ.actor_id, r.leader) for r in index.roles] == [("President", "USA", True)]


def test_alias_with_title_and_demonym_keeps_the_name_and_gives_the_role():
    doc = make_doc("German/ADJ/amod/1 Chancellor/PROPN/compound/3 Angela/PROPN/compound/3 "
                   "Merkel/PROPN/nsubj/4 spoke/VERB/ROOT/4/speak",
                   ents=[(0, 4, "Person", "person:angela-merkel")])
    index = find_actors(doc, GAZ)
    assert [m.surface for m in index.mentions] == ["Angela Merkel"]
    assert [(r.title, r.organ.actor_id, r.leader) for r in index.roles] == [("Chancellor", "DEU", True)]


def test_organisation_mention_leaves_out_the_article():
    doc = make_doc("He/PRON/nsubj/1 left/VERB/ROOT/1/leave the/DET/det/5 European/PROPN/compound/5 "
                   "Investment/PROPN/compound/5 Bank/PROPN/dobj/1",
                   ents=[(2, 6, "ORG", "")])
    (m,) = [m for m in find_actors(doc, GAZ).mentions if m.type == "Organisation"]
    assert (m.surface, m.label, m.actor_id) == ("European Investment Bank", "European Investment Bank",
                                                "org:european-investment-bank")


def test_agent_noun_followed_by_its_state_is_an_organ():
    doc = make_doc("security/NOUN/compound/1 forces/NOUN/nsubj/4/force in/ADP/prep/1 Guinea/PROPN/pobj/2 "
                   "tortured/VERB/ROOT/4/torture",
                   ents=[(3, 4, "Country", "GIN")])
    gaz = Gazetteer([*GAZ, Actor("GIN", "Guinea", "Country", "GIN", "GIN")])
    (m,) = find_actors(doc, gaz).mentions
    assert (m.actor_id, m.type, m.surface) == ("GINMIL", "Military", "security forces in Guinea")


@pytest.mark.parametrize("spec, ents, ids", [
    # "Turkish troops in Iraq": Turkey's troops where the "in" says, not Iraq's military.
    ("Turkish/ADJ/amod/1 troops/NOUN/nsubj/4/troop in/ADP/prep/1 Iraq/PROPN/pobj/2 shelled/VERB/ROOT/4/shell",
     [(0, 1, "Demonym", "TUR"), (3, 4, "Country", "IRQ")], {"TURMIL", "IRQ"}),
    # "foreign fighters in Syria" are no militia of Syria.
    ("foreign/ADJ/amod/1 fighters/NOUN/nsubj/4/fighter in/ADP/prep/1 Syria/PROPN/pobj/2 joined/VERB/ROOT/4/join",
     [(3, 4, "Country", "SYR")], {"generic:fighters", "SYR"}),
    # A state's own forces, named by no other state's word, still are its organ.
    ("security/NOUN/compound/1 forces/NOUN/nsubj/4/force in/ADP/prep/1 Iraq/PROPN/pobj/2 fought/VERB/ROOT/4/fight",
     [(3, 4, "Country", "IRQ")], {"IRQMIL"}),
])
def test_forces_a_state_or_foreignness_names_are_no_organ_of_the_state_they_are_in(spec, ents, ids):
    doc = make_doc(spec, ents=ents)
    gaz = Gazetteer([*GAZ, Actor("IRQ", "Iraq", "Country", "IRQ", "IRQ"), Actor("SYR", "Syria", "Country", "SYR", "SYR"),
                     Actor("TUR", "Turkey", "Country", "TUR", "TUR", demonyms=("Turkish",))])
    assert {m.actor_id for m in find_actors(doc, gaz).mentions} == ids


@pytest.mark.parametrize("verb, subject, ids", [
    # "Turkey has troops in Iraq": Turkey's troops, stationed where the "in" says, not Iraq's military
    ("has/VERB/ROOT/1/have", ("Turkey", "Country", "TUR"), {"TUR", "IRQ"}),
    # "Turkey praises troops in Iraq": no verb of having forces; the troops stay Iraq's
    ("praises/VERB/ROOT/1/praise", ("Turkey", "Country", "TUR"), {"TUR", "IRQMIL"}),
    # "it has troops in Iraq": no state named as the subject, the troops stay Iraq's
    ("has/VERB/ROOT/1/have", ("it", None, None), {"IRQMIL"}),
])
def test_forces_a_state_has_in_another_are_no_organ_of_that_other(verb, subject, ids):
    word, label, iso = subject
    doc = make_doc(f"{word}/PROPN/nsubj/1 {verb} troops/NOUN/dobj/1/troop in/ADP/prep/2 Iraq/PROPN/pobj/3",
                   ents=[(4, 5, "Country", "IRQ")] + ([(0, 1, label, iso)] if label else []))
    gaz = Gazetteer([*GAZ, Actor("IRQ", "Iraq", "Country", "IRQ", "IRQ"), Actor("TUR", "Turkey", "Country", "TUR", "TUR")])
    assert {m.actor_id for m in find_actors(doc, gaz).mentions} == ids

def test_possessed_agent_noun_is_not_an_organ_of_the_state_after_it():
    doc = make_doc("its/PRON/poss/1 ambassador/NOUN/dobj/1 from/ADP/prep/1 Chad/PROPN/pobj/2",
                   ents=[(3, 4, "Country", "TCD")])
    gaz = Gazetteer([*GAZ, Actor("TCD", "Chad", "Country", "TCD", "TCD")])
    assert [m.actor_id for m in find_actors(doc, gaz).mentions] == ["TCD"]


def test_demonym_that_opens_a_proper_name_is_an_organisation_of_that_state():
    doc = make_doc("the/DET/det/3 Australian/ADJ/compound/3 Securities/PROPN/compound/3 Exchange/PROPN/pobj/3",
                   ents=[(1, 2, "Demonym", "AUS")])
    gaz = Gazetteer([*GAZ, Actor("AUS", "Australia", "Country", "AUS", "AUS", demonyms=("Australian",))])
    (m,) = find_actors(doc, gaz).mentions
    assert (m.actor_id, m.type, m.country) == ("org:australian-securities-exchange", "Organisation", "AUS")


def test_demonym_before_an_organ_or_a_title_is_not_a_name():
    doc = make_doc("Iraqi/ADJ/compound/2 Security/PROPN/compound/2 Forces/PROPN/nsubj/3 attacked/VERB/ROOT/3/attack",
                   ents=[(0, 1, "Demonym", "IRQ")])
    gaz = Gazetteer([*GAZ, Actor("IRQ", "Iraq", "Country", "IRQ", "IRQ", demonyms=("Iraqi",))])
    assert [m.actor_id for m in find_actors(doc, gaz).mentions] == ["IRQMIL"]


@pytest.mark.parametrize("spec, ents, role", [
    # A copular title gives a role in the organisation.
    ("Janes/PROPN/nsubj/1 is/AUX/ROOT/1/be director/NOUN/attr/1 of/ADP/prep/2 the/DET/det/5 Institute/PROPN/pobj/3",
     [(0, 1, "PERSON", ""), (5, 6, "ORG", "")], ("Janes", "Institute", True)),
    # A rank with "chief" in it is no leadership.
    ("Navy/PROPN/compound/4 Chief/PROPN/compound/4 Petty/PROPN/compound/4 Officer/PROPN/compound/4 "
     "Dayton/PROPN/nsubj/5 died/VERB/ROOT/5/die", [(0, 1, "ORG", ""), (4, 5, "PERSON", "")], ("Dayton", "Navy", False)),
])
def test_title_gives_a_role_in_the_organisation(spec, ents, role):
    roles = find_actors(make_doc(spec, ents=ents), GAZ).roles
    assert [(r.person.label, r.organ.label, r.leader) for r in roles] == [role]


def test_title_with_the_name_in_apposition_is_a_role_not_an_organ():
    doc = make_doc("Carter/PROPN/nsubj/1 met/VERB/ROOT/1/meet Italy/PROPN/poss/4 's/PART/case/2 "
                   "President/PROPN/dobj/1 Sergio/PROPN/compound/6 Mattarella/PROPN/appos/4",
                   ents=[(2, 3, "Country", "ITA"), (5, 7, "PERSON", "")])
    index = find_actors(doc, GAZ)
    assert not any(m.type == "Government" for m in index.mentions)
    assert [(r.organ.actor_id, r.leader) for r in index.roles] == [("ITA", True)]


def test_regional_head_of_government_leads_the_region():
    doc = make_doc("Saxony/PROPN/poss/3 's/PART/case/0 state/NOUN/compound/3 premier/NOUN/compound/5 "
                   "Stanislaw/PROPN/compound/5 Tillich/PROPN/nsubj/6 spoke/VERB/ROOT/6/speak",
                   ents=[(0, 1, "GPE", ""), (4, 6, "PERSON", "")])
    roles = find_actors(doc, GAZ).roles
    assert [(r.organ.actor_id, r.leader) for r in roles] == [("place:saxony", True)]


@pytest.mark.parametrize("place, word, pos, organs", [
    ("Kashmir", "separatist", "ADJ", []),          # leads separatists, not Kashmir
    ("Darfur", "rebel", "NOUN", [("generic:rebels", True)]),  # leads the rebels the text names
    ("Kashmir", "opposition", "NOUN", []),         # leads an opposition
    ("Chechnya", "militant", "ADJ", []),
    ("Helmand", "provincial", "ADJ", [("place:helmand", True)]),  # a region's own leader
    ("Helmand", "", "", [("place:helmand", True)]),
])
def test_a_leader_of_a_regions_opponents_does_not_lead_the_region(place, word, pos, organs):
    # "Kashmir separatist leader Syed Geelani spoke"
    words = f"{word}/{pos}/amod/2 " if word else "the/DET/det/2 "
    doc = make_doc(f"{place}/PROPN/compound/2 {words}leader/NOUN/compound/4 Syed/PROPN/compound/4 "
                   "Geelani/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak", ents=[(0, 1, "GPE", ""), (3, 5, "PERSON", "")])
    assert [(r.organ.actor_id, r.leader) for r in find_actors(doc, GAZ).roles] == organs


def test_a_states_opposition_leader_leads_its_opposition():
    doc = make_doc("Zimbabwean/ADJ/amod/2/zimbabwean opposition/NOUN/compound/2 leader/NOUN/compound/4 "
                   "Morgan/PROPN/compound/4 Tsvangirai/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak",
                   ents=[(0, 1, "Demonym", "ZWE"), (3, 5, "PERSON", "")])
    assert [(r.organ.actor_id, r.leader) for r in find_actors(doc, GAZ).roles] == [("ZWEOPP", True)]


def test_a_preposition_the_ner_took_into_a_name_makes_it_a_place():
    doc = make_doc("Near/PROPN/compound/2 Ar/PROPN/compound/2 Raqqah/PROPN/npadvmod/6 ,/PUNCT/punct/6 "
                   "15/NUM/nummod/5 strikes/NOUN/nsubj/6/strike engaged/VERB/ROOT/6/engage",
                   ents=[(0, 3, "PERSON", "")])
    (m,) = find_actors(doc, GAZ).mentions
    assert (m.actor_id, m.type, m.surface) == ("place:ar-raqqah", "Place", "Ar Raqqah")


@pytest.mark.parametrize("spec, ents, found", [
    ("Boats/NOUN/nsubj/1 patrolled/VERB/ROOT/1/patrol the/DET/det/4 Red/PROPN/compound/4 Sea/PROPN/dobj/1",
     [(2, 5, "LOC", "")], [("place:red-sea", "Red Sea")]),
    ("Attacks/NOUN/nsubj/5 in/ADP/prep/0 the/DET/det/4 Middle/PROPN/compound/4 East/PROPN/pobj/1 "
     "rose/VERB/ROOT/5/rise", [(2, 5, "LOC", "")], [("place:middle-east", "Middle East")]),
    # A common noun the NER typed a place is no name, article or not.
    ("Troops/NOUN/nsubj/1 left/VERB/ROOT/1/leave the/DET/det/3 west/NOUN/dobj/1",
     [(2, 4, "LOC", "")], []),
])
def test_a_region_name_the_ner_took_with_its_article_is_a_place(spec, ents, found):
    doc = make_doc(spec, ents=ents)
    assert [(m.actor_id, m.surface) for m in find_actors(doc, GAZ).mentions if m.type == "Place"] == found


def test_a_bare_title_is_the_one_person_of_the_document_who_carries_it():
    doc = make_doc("Pope/PROPN/compound/1 Francis/PROPN/nsubj/2 visited/VERB/ROOT/2/visit ./PUNCT/punct/2 "
                   "The/DET/det/5 Pope/PROPN/nsubj/6 prayed/VERB/ROOT/6/pray",
                   ents=[(0, 2, "PERSON", ""), (5, 6, "PERSON", "")])
    ids = [(m.surface, m.actor_id) for m in find_actors(doc, GAZ).mentions]
    assert ids == [("Francis", "person:francis"), ("Pope", "person:francis")]
    # Without a holder in the document the title names no known person: only the document's own
    # unnamed office holder, without a state.
    doc = make_doc("The/DET/det/1 President/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak", ents=[(1, 2, "PERSON", "")])
    assert [(m.actor_id, m.country, m.code) for m in find_actors(doc, GAZ).mentions] == [
        ("generic:president", None, None)]


def test_a_given_name_the_ruler_took_for_a_place_opens_a_person_name():
    gaz = Gazetteer([*GAZ, Actor("place:vladimir", "Vladimir", "Place", "RUS"),
                     Actor("person:vladimir-putin", "Vladimir Putin", "Person", "RUS", "RUSGOV")])
    doc = make_doc("Vladimir/PROPN/compound/1 Simonko/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak",
                   ents=[(0, 1, "Place", "place:vladimir")])
    assert [(m.actor_id, m.type) for m in find_actors(doc, gaz).mentions] == [("person:vladimir-simonko", "Person")]
    doc = make_doc("Troops/NOUN/nsubj/1 entered/VERB/ROOT/1/enter Vladimir/PROPN/dobj/1",
                   ents=[(2, 3, "Place", "place:vladimir")])
    assert [m.actor_id for m in find_actors(doc, gaz).mentions] == ["place:vladimir"]


def test_a_person_of_an_organisation_is_a_member_and_a_person_of_a_state_is_not():
    doc = make_doc("Haniya/PROPN/nsubj/3 of/ADP/prep/0 Hamas/PROPN/pobj/1 met/VERB/ROOT/3/meet",
                   ents=[(0, 1, "PERSON", ""), (2, 3, "ArmedGroup", "group:hamas")])
    gaz = Gazetteer([*GAZ, Actor("group:hamas", "Hamas", "ArmedGroup", "PSE", "PSEREBHMS")])
    roles = find_actors(doc, gaz).roles
    assert [(r.organ.actor_id, r.leader, r.title) for r in roles] == [("group:hamas", False, "of")]
    doc = make_doc("Smith/PROPN/nsubj/3 from/ADP/prep/0 Italy/PROPN/pobj/1 arrived/VERB/ROOT/3/arrive",
                   ents=[(0, 1, "PERSON", ""), (2, 3, "Country", "ITA")])
    assert find_actors(doc, GAZ).roles == []


def test_a_state_title_alone_is_the_one_person_of_the_document_who_carries_it():
    doc = make_doc("German/ADJ/amod/1 Chancellor/PROPN/compound/3 Angela/PROPN/compound/3 Merkel/PROPN/nsubj/4 "
                   "spoke/VERB/ROOT/4/speak ./PUNCT/punct/4 "
                   "Germany/PROPN/poss/8 's/PART/case/6 Chancellor/PROPN/nsubj/9 criticised/VERB/ROOT/9/criticise "
                   "Italy/PROPN/dobj/9 ./PUNCT/punct/9 "
                   "The/DET/det/14 German/ADJ/amod/14 chancellors/NOUN/nsubj/15 met/VERB/ROOT/15/meet ./PUNCT/punct/15 "
                   "The/DET/det/19 Italian/ADJ/amod/19 chancellor/NOUN/nsubj/20 left/VERB/ROOT/20/leave",
                   ents=[(0, 1, "Demonym", "DEU"), (2, 4, "PERSON", ""), (6, 7, "Country", "DEU"),
                         (10, 11, "Country", "ITA"), (13, 14, "Demonym", "DEU"), (18, 19, "Demonym", "ITA")])
    found = {m.surface: (m.actor_id, m.type, m.country) for m in find_actors(doc, GAZ).mentions}
    # "Germany's Chancellor" is the German chancellor the document names ...
    assert found["Germany 's Chancellor"] == ("person:angela-merkel", "Person", "DEU")
    # ... but not several chancellors, nor another state's chancellor: those stay the state's organ.
    assert found["German chancellors"] == ("DEUGOV", "Government", "DEU")
    assert found["Italian chancellor"] == ("ITAGOV", "Government", "ITA")


def test_a_state_title_with_two_holders_in_the_document_names_neither():
    doc = make_doc("American/ADJ/amod/1 President/PROPN/compound/3 Barack/PROPN/compound/3 Obama/PROPN/nsubj/4 "
                   "spoke/VERB/ROOT/4/speak ./PUNCT/punct/4 American/ADJ/amod/7 President/PROPN/compound/9 "
                   "George/PROPN/compound/9 Bush/PROPN/nsubj/10 spoke/VERB/ROOT/10/speak ./PUNCT/punct/10 "
                   "America/PROPN/poss/14 's/PART/case/12 president/NOUN/nsubj/15 left/VERB/ROOT/15/leave",
                   ents=[(0, 1, "Demonym", "USA"), (2, 4, "PERSON", ""), (6, 7, "Demonym", "USA"), (8, 10, "PERSON", ""),
                         (12, 13, "Country", "USA")])
    found = {m.surface: m.actor_id for m in find_actors(doc, GAZ).mentions}
    assert found["America 's president"] == "USAGOV"
    assert {found["Barack Obama"], found["George Bush"]} == {"person:barack-obama", "person:george-bush"}


def _mentions(spec: str, ents, gaz=GAZ, fields=("surface", "actor_id", "type")) -> list[tuple]:
    return [tuple(getattr(m, f) for f in fields) for m in find_actors(make_doc(spec, ents=ents), gaz).mentions]


def _roles(spec: str, ents, gaz=GAZ, fields=("person.surface", "organ.actor_id", "leader")) -> list[tuple]:
    from operator import attrgetter

    return [tuple(attrgetter(f)(r) for f in fields) for r in find_actors(make_doc(spec, ents=ents), gaz).roles]


def test_a_facility_is_one_node_however_its_kind_is_spelled():
    gaz = Gazetteer([*GAZ, Actor("place:incirlik", "Incirlik", "Place", "TUR")])
    found = _mentions("Jets/NOUN/nsubj/1 left/VERB/ROOT/1/leave Incirlik/PROPN/compound/4 Air/PROPN/compound/4 "
                      "Base/PROPN/dobj/1 and/CCONJ/cc/1 reached/VERB/conj/1/reach Incirlik/PROPN/compound/8 "
                      "airbase/NOUN/dobj/6",
                      [(2, 3, "Place", "place:incirlik"), (7, 8, "Place", "place:incirlik")], gaz)
    assert found == [("Incirlik Air Base", "fac:incirlik-base", "Facility"),
                     ("Incirlik airbase", "fac:incirlik-base", "Facility")]


def test_a_ministry_is_a_government_body_whatever_its_field():
    gaz = Gazetteer([*GAZ, Actor("org:us-military", "United States Military", "Organisation", "USA", "USAMIL")])
    found = _mentions("The/DET/det/2 Defense/PROPN/compound/2 Department/PROPN/nsubj/3 said/VERB/ROOT/3/say "
                      "the/DET/det/5 Pentagon/PROPN/nsubj/6 agreed/VERB/ccomp/3/agree",
                      [(1, 3, "Organisation", "org:us-military"), (5, 6, "Organisation", "org:us-military")], gaz,
                      ("surface", "actor_id", "type", "label"))
    assert found == [("Defense Department", "USAGOV", "Government", "Government of United States"),
                     ("Pentagon", "USAMIL", "Military", "Military of United States")]


def test_a_name_where_troops_are_is_a_place_whatever_the_ner_made_of_it():
    gaz = Gazetteer([*GAZ, Actor("TUR", "Turkey", "Country", "TUR", "TUR", demonyms=("Turkish",))])
    found = _mentions("Iraq/PROPN/nsubj/1 condemned/VERB/ROOT/1/condemn the/DET/det/3 presence/NOUN/dobj/1/presence "
                      "of/ADP/prep/3 Turkish/ADJ/amod/6 troops/NOUN/pobj/4/troop at/ADP/prep/3 Bashiqa/PROPN/pobj/7 "
                      "./PUNCT/punct/1 Bashiqa/PROPN/nsubj/11 is/AUX/ROOT/11/be near/ADP/prep/11 Apple/PROPN/pobj/12 "
                      "./PUNCT/punct/11 Staff/NOUN/nsubj/16 met/VERB/ROOT/16/meet at/ADP/prep/16 Apple/PROPN/pobj/17",
                      [(5, 6, "Demonym", "TUR"), (8, 9, "ORG", ""), (10, 11, "PERSON", ""), (13, 14, "ORG", ""),
                       (18, 19, "ORG", "")], gaz)
    assert ("Bashiqa", "place:bashiqa", "Place") in found  # where the Turkish troops are
    assert found.count(("Bashiqa", "place:bashiqa", "Place")) == 2  # and elsewhere in the document
    # a name after "at" with no troops about it stays what the NER said
    assert found.count(("Apple", "org:apple", "Organisation")) == 2


def test_title_written_right_before_a_name_is_a_role_whatever_the_parse():
    # The parser hung "Prime Minister" on the other name: the words before the name decide.
    doc = make_doc("rivalry/NOUN/ROOT/0 between/ADP/prep/0 Mugabe/PROPN/nmod/7 and/CCONJ/cc/2 "
                   "Prime/PROPN/compound/5 Minister/PROPN/conj/2 Angela/PROPN/compound/7 Merkel/PROPN/pobj/1",
                   ents=[(2, 3, "PERSON", ""), (6, 8, "Person", "person:angela-merkel")])
    index = find_actors(doc, GAZ)
    assert [(r.person.label, r.title, r.organ.actor_id, r.leader) for r in index.roles] == \
        [("Angela Merkel", "Prime Minister", "DEU", True)]
    # A gazetteer title right before the name, attached by the parser to the next noun.
    doc = make_doc("US/PROPN/nmod/1 President/PROPN/nmod/5 Barack/PROPN/compound/3 Obama/PROPN/poss/5 "
                   "'s/PART/case/3 tour/NOUN/ROOT/5",
                   ents=[(0, 2, "Organisation", "org:president-of-the-united-states"), (2, 4, "PERSON", "")])
    index = find_actors(doc, GAZ)
    got = [(m.surface, r.title, r.organ.actor_id) for m in index.mentions for r in index.roles]
    assert got == [("Barack Obama", "President", "USA")]


def test_a_title_a_people_or_party_qualifies_is_not_in_the_gazetteer_state_of_the_person():
    # "Bavarian premier Merkel": a region's (or a party's) head, not Germany's, though the
    # gazetteer knows her as German; "Premier Merkel" alone is Germany's.
    for spec, ents, want in (
            (("Bavarian/ADJ/amod/1 premier/NOUN/compound/3 Angela/PROPN/compound/3 Merkel/PROPN/nsubj/4 "
              "spoke/VERB/ROOT/4/speak"), [(0, 1, "NORP", "")], []),
            (("the/DET/det/1 premier/NOUN/compound/3 Angela/PROPN/compound/3 Merkel/PROPN/nsubj/4 "
              "spoke/VERB/ROOT/4/speak"), [], [("DEU", True)])):
        doc = make_doc(spec, ents=ents + [(2, 4, "Person", "person:angela-merkel")])
        assert [(r.organ.actor_id, r.leader) for r in find_actors(doc, GAZ).roles] == want


def test_a_title_set_off_by_commas_after_a_name_is_a_role_whatever_the_parse():
    # "Stoltenberg, the NATO secretary general, condemned it": the parser made the title a second subject.
    spec = ("Jens/PROPN/compound/1 Stoltenberg/PROPN/nsubj/8 ,/PUNCT/punct/8 the/DET/det/6 NATO/PROPN/compound/6 "
            "secretary/NOUN/compound/6 {}/NOUN/nsubj/8 ,/PUNCT/punct/6 condemned/VERB/ROOT/8/condemn it/PRON/dobj/8")
    ents = [(0, 2, "PERSON", ""), (4, 5, "ORG", "")]
    roles = find_actors(make_doc(spec.format("general"), ents=ents), GAZ).roles
    assert [(r.organ.actor_id, r.title, r.leader) for r in roles] == [("org:nato", "NATO secretary general", True)]
    # words that are no title after the comma make none
    assert not find_actors(make_doc(spec.format("tourist"), ents=ents), GAZ).roles


def test_a_name_the_ner_took_for_a_place_after_a_word_for_a_business_is_an_organisation():
    # "Italian airline Alitalia said": the NER's GPE; "in the city Bonn" stays a place
    doc = make_doc("Italian/ADJ/amod/1 airline/NOUN/compound/2 Alitalia/PROPN/nsubj/3 said/VERB/ROOT/3/say",
                   ents=[(0, 1, "Demonym", "ITA"), (2, 3, "GPE", "")])
    assert [(m.actor_id, m.type) for m in find_actors(doc, GAZ).mentions if m.surface == "Alitalia"] == \
        [("org:alitalia", "Organisation")]
    doc = make_doc("in/ADP/ROOT/0 the/DET/det/2 city/NOUN/compound/3 Bonn/PROPN/pobj/0", ents=[(3, 4, "GPE", "")])
    assert [m.type for m in find_actors(doc, GAZ).mentions] == ["Place"]


def test_a_title_the_predicate_names_is_a_role_though_it_is_also_a_mention_of_the_person():
    # "Angela Merkel is Germany's chancellor": the title is hers as a mention and as a role.
    doc = make_doc("Angela/PROPN/compound/1 Merkel/PROPN/nsubj/2 is/AUX/ROOT/2/be Germany/PROPN/poss/5 's/PART/case/3 "
                   "chancellor/NOUN/attr/2 ./PUNCT/punct/2",
                   ents=[(0, 2, "Person", "person:angela-merkel"), (3, 4, "Country", "DEU")])
    index = find_actors(doc, GAZ)
    assert [(m.surface, m.actor_id) for m in index.mentions] == [
        ("Angela Merkel", "person:angela-merkel"), ("Germany 's chancellor", "person:angela-merkel")]
    assert [(r.organ.actor_id, r.title, r.leader) for r in index.roles] == [("DEU", "chancellor", True)]


def test_an_office_one_is_elected_or_appointed_to_is_a_role():
    # "Anna Roth was elected leader of the Left Party" / "... was appointed chief executive of ..."
    spec = ("Anna/PROPN/compound/1 Roth/PROPN/nsubjpass/3 was/AUX/auxpass/3/be {}/VERB/ROOT/3/{} "
            "{}/ADJ/amod/5 {}/NOUN/oprd/3 of/ADP/prep/5 Greenpeace/PROPN/pobj/6")
    ents = [(0, 2, "PERSON", ""), (7, 8, "ORG", "")]
    for words, want in ((("elected", "elect", "new", "leader"), [("org:greenpeace", True)]),
                        (("appointed", "appoint", "chief", "executive"), [("org:greenpeace", True)]),
                        (("praised", "praise", "new", "leader"), [])):
        index = find_actors(make_doc(spec.format(*words), ents=ents), GAZ)
        assert [(r.organ.actor_id, r.leader) for r in index.roles] == want


def test_a_ruler_or_strongman_leads_the_state():
    # "Robert Mugabe, Zimbabwe's longtime ruler, resigned"
    doc = make_doc("Robert/PROPN/compound/1 Mugabe/PROPN/nsubj/8 ,/PUNCT/punct/1 Zimbabwe/PROPN/poss/6 's/PART/case/3 "
                   "longtime/ADJ/amod/6 ruler/NOUN/appos/1 ,/PUNCT/punct/1 resigned/VERB/ROOT/8/resign",
                   ents=[(0, 2, "Person", "person:robert-mugabe"), (3, 4, "Country", "ZWE")])
    assert [(r.organ.actor_id, r.leader) for r in find_actors(doc, GAZ).roles] == [("ZWE", True)]


def test_a_team_captain_in_a_sentence_on_sport_is_no_officer_of_the_state():
    # "Germany captain Anna Roth retired from football" / "Germany captain Anna Roth retired from the navy"
    spec = "Germany/PROPN/compound/1 captain/NOUN/compound/3 Anna/PROPN/compound/3 Roth/PROPN/nsubj/4 " \
           "retired/VERB/ROOT/4/retire from/ADP/prep/4 {}/NOUN/pobj/5"
    ents = [(0, 1, "Country", "DEU"), (2, 4, "PERSON", "")]
    assert not find_actors(make_doc(spec.format("football"), ents=ents), GAZ).roles
    assert [r.organ.actor_id for r in find_actors(make_doc(spec.format("service"), ents=ents), GAZ).roles] == \
        ["DEUMIL"]


def test_a_town_before_a_player_or_coach_is_his_club():
    # "Bayern Munich striker Anna Roth scored": the club, an organisation named as the town is;
    # "Munich lawyer Anna Roth" works in a town, for no club.
    spec = "Bayern/PROPN/compound/1 Munich/PROPN/compound/2 {}/NOUN/compound/4 Anna/PROPN/compound/4 " \
           "Roth/PROPN/nsubj/5 scored/VERB/ROOT/5/score"
    ents = [(1, 2, "GPE", ""), (3, 5, "PERSON", "")]
    roles = find_actors(make_doc(spec.format("striker"), ents=ents), GAZ).roles
    assert [(r.organ.actor_id, r.organ.type, r.organ.surface, r.leader) for r in roles] == \
        [("org:bayern-munich", "Organisation", "Bayern Munich", False)]
    assert not find_actors(make_doc(spec.format("lawyer"), ents=ents), GAZ).roles
    # "Real Madrid forward Anna Roth scored": the parser took "forward" for an adverb of the verb
    doc = make_doc("Real/PROPN/compound/1 Madrid/PROPN/npadvmod/5 forward/ADV/advmod/5 Anna/PROPN/compound/4 "
                   "Roth/PROPN/nsubj/5 scored/VERB/ROOT/5/score", ents=[(1, 2, "GPE", ""), (3, 5, "PERSON", "")])
    assert [(r.organ.actor_id, r.title) for r in find_actors(doc, GAZ).roles] == [("org:real-madrid", "forward")]


def test_an_organisation_before_what_a_person_does_for_it_makes_him_a_member():
    # "Greenpeace activist Anna Roth spoke": a member; "German economist Anna Roth": no organisation.
    doc = make_doc("Greenpeace/PROPN/compound/1 activist/NOUN/compound/3 Anna/PROPN/compound/3 Roth/PROPN/nsubj/4 "
                   "spoke/VERB/ROOT/4/speak", ents=[(0, 1, "ORG", ""), (2, 4, "PERSON", "")])
    assert [(r.organ.actor_id, r.title, r.leader) for r in find_actors(doc, GAZ).roles] == \
        [("org:greenpeace", "activist", False)]
    doc = make_doc("Greenpeace/PROPN/compound/1 fan/NOUN/compound/3 Anna/PROPN/compound/3 Roth/PROPN/nsubj/4 "
                   "spoke/VERB/ROOT/4/speak", ents=[(0, 1, "ORG", ""), (2, 4, "PERSON", "")])
    assert not find_actors(doc, GAZ).roles


def test_a_name_the_ner_took_for_an_organisation_is_a_person_when_it_carries_a_title():
    doc = make_doc("Henricus/PROPN/compound/1 Mickevicius/PROPN/nsubj/8 ,/PUNCT/punct/1 director/NOUN/appos/1 "
                   "of/ADP/prep/3 the/DET/det/6 Institute/PROPN/pobj/4 ,/PUNCT/punct/1 said/VERB/ROOT/8/say",
                   ents=[(0, 2, "ORG", ""), (6, 7, "ORG", "")])
    index = find_actors(doc, GAZ)
    assert [(m.actor_id, m.type) for m in index.mentions] == [
        ("person:henricus-mickevicius", "Person"), ("org:institute", "Organisation")]
    assert [(r.title, r.organ.actor_id, r.leader) for r in index.roles] == [("director of Institute", "org:institute", True)]
    # An organisation's name, or one without a person's title, stays an organisation.
    doc = make_doc("Rights/PROPN/compound/1 Institute/PROPN/nsubj/6 ,/PUNCT/punct/1 director/NOUN/appos/1 "
                   "of/ADP/prep/3 campaigns/NOUN/pobj/4 said/VERB/ROOT/6/say "
                   "Clemens/PROPN/compound/8 Fuest/PROPN/dobj/6",
                   ents=[(0, 2, "ORG", ""), (7, 9, "ORG", "")])
    assert [m.type for m in find_actors(doc, GAZ).mentions] == ["Organisation", "Organisation"]


def test_a_long_title_phrase_before_a_name_and_comma_is_found():
    # "the head of the Ifo think tank in Munich, Clemens Fuest, criticized": five steps up to "head".
    doc = make_doc("the/DET/det/1 head/NOUN/nsubj/13 of/ADP/prep/1 the/DET/det/6 Ifo/PROPN/nmod/6 "
                   "think/NOUN/compound/6 tank/NOUN/pobj/2 in/ADP/prep/6 Munich/PROPN/pobj/7 ,/PUNCT/punct/8 "
                   "Clemens/PROPN/compound/11 Fuest/PROPN/appos/8 ,/PUNCT/punct/8 criticized/VERB/ROOT/13/criticize",
                   ents=[(4, 5, "ORG", ""), (8, 9, "GPE", ""), (10, 12, "PERSON", "")])
    index = find_actors(doc, GAZ)
    assert [(r.person.label, r.organ.actor_id, r.leader) for r in index.roles] == \
        [("Clemens Fuest", "org:ifo", True)]


def test_a_person_name_the_ruler_missed_is_looked_up_in_the_gazetteer():
    gaz = Gazetteer([Actor("person:jan-peter-balkenende", "Jan Peter Balkenende", "Person", "NLD", "NLDGOV")])
    doc = make_doc("Jan/PROPN/compound/3 -/PUNCT/punct/3 Peter/PROPN/compound/3 Balkenende/PROPN/poss/5 "
                   "'s/PART/case/3 coalition/NOUN/nsubj/6 resigned/VERB/ROOT/6/resign",
                   ents=[(0, 5, "PERSON", "")])
    m = find_actors(doc, gaz).mentions[0]
    assert (m.actor_id, m.country, m.code) == ("person:jan-peter-balkenende", "NLD", "NLDGOV")


def test_a_head_of_government_title_without_a_state_is_of_the_state_the_document_is_about():
    spec = ("Prime/PROPN/compound/1 Minister/PROPN/compound/2 Letta/PROPN/nsubj/3 told/VERB/ROOT/3/tell "
            "Italy/PROPN/dobj/3 that/SCONJ/mark/7 {}/PROPN/nsubj/7 voted/VERB/ccomp/3/vote")
    doc = make_doc(spec.format("Italy"), ents=[(2, 3, "PERSON", ""), (4, 5, "Country", "ITA"),
                                               (6, 7, "Country", "ITA")])
    assert [(r.person.label, r.organ.actor_id, r.leader) for r in find_actors(doc, GAZ).roles] == \
        [("Letta", "ITA", True)]
    # Two states as often: the document is about neither.
    doc = make_doc(spec.format("Germany"), ents=[(2, 3, "PERSON", ""), (4, 5, "Country", "ITA"),
                                                 (6, 7, "Country", "DEU")])
    assert find_actors(doc, GAZ).roles == []


def test_a_person_with_words_that_are_no_title_and_an_organisation_is_its_member():
    doc = make_doc("Syria/PROPN/compound/1 expert/NOUN/compound/3 Petra/PROPN/compound/3 Becker/PROPN/nsubj/7 "
                   "of/ADP/prep/3 the/DET/det/6 Institute/PROPN/pobj/4 said/VERB/ROOT/7/say",
                   ents=[(2, 4, "PERSON", ""), (6, 7, "ORG", "")])
    assert [(r.person.label, r.organ.actor_id, r.leader) for r in find_actors(doc, GAZ).roles] == \
        [("Petra Becker", "org:institute", False)]


def test_a_preposition_the_ner_took_into_a_person_name_is_left_out():
    doc = make_doc("Chidi/PROPN/compound/1 Odinkalu/PROPN/nsubj/5 of/ADP/prep/1 the/DET/det/4 "
                   "Commission/PROPN/pobj/2 said/VERB/ROOT/5/say",
                   ents=[(0, 3, "PERSON", ""), (4, 5, "ORG", "")])
    index = find_actors(doc, GAZ)
    assert [m.surface for m in index.mentions] == ["Chidi Odinkalu", "Commission"]
    assert [(r.organ.actor_id, r.leader) for r in index.roles] == [("org:commission", False)]


def test_a_name_with_an_apostrophe_is_also_matched_with_the_typographic_one():
    from graphbuilder.components import actor_patterns

    gaz = Gazetteer([Actor("group:islamic-state", "Islamic State", "ArmedGroup", None, "IMGMUSISI",
                           aliases=("Da'esh",))])
    patterns = {p["pattern"]: p["id"] for p in actor_patterns(gaz)}
    assert patterns["Da\u2019esh"] == patterns["Da'esh"] == "group:islamic-state"


def test_an_armed_group_named_of_a_place_is_also_matched_in_it():
    from graphbuilder.components import actor_patterns

    # "the Islamic State in Iraq and the Levant" is the group's name, not the group in Iraq.
    gaz = Gazetteer([Actor("group:islamic-state", "Islamic State", "ArmedGroup", None, "IMGMUSISI",
                           aliases=("Islamic State of Iraq and the Levant",)),
                     Actor("org:bank-of-england", "Bank of England", "Organisation", "GBR", "GBRBUS")])
    patterns = {p["pattern"]: p["id"] for p in actor_patterns(gaz)}
    assert patterns["Islamic State in Iraq and the Levant"] == "group:islamic-state"
    assert "Bank in England" not in patterns


def test_a_state_title_goes_to_the_state_of_the_story_unless_its_sentence_names_another():
    gaz = Gazetteer([*GAZ, Actor("IRQ", "Iraq", "Country", "IRQ", "IRQ")])
    story = ("Iraq/PROPN/nsubj/1 borrowed/VERB/ROOT/1/borrow ./PUNCT/punct/1 "
             "Iraq/PROPN/nsubj/4 paid/VERB/ROOT/4/pay ./PUNCT/punct/4 "
             "Iraq/PROPN/nsubj/7 grew/VERB/ROOT/7/grow ./PUNCT/punct/7 "
             "President/PROPN/compound/10 Smith/PROPN/nsubj/11 thanked/VERB/ROOT/11/thank ")
    ents = [(0, 1, "Country", "IRQ"), (3, 4, "Country", "IRQ"), (6, 7, "Country", "IRQ"), (9, 11, "PERSON", "")]
    # "President Smith" in a story about Iraq: Iraq's president.
    doc = make_doc(story + "Iraq/PROPN/dobj/11", ents=ents + [(12, 13, "Country", "IRQ")])
    assert [(r.organ.actor_id, r.leader) for r in find_actors(doc, gaz).roles] == [("IRQ", True)]
    # "President Smith thanked the United States": perhaps the US president; no guess.
    doc = make_doc(story + "US/PROPN/dobj/11", ents=ents + [(12, 13, "Country", "USA")])
    assert find_actors(doc, gaz).roles == []


def test_an_organisation_name_the_ner_ran_on_into_its_verb_stops_before_it():
    doc = make_doc("Popular/PROPN/compound/2 Mobilization/PROPN/compound/2 Forces/PROPN/nsubj/3 "
                   "attacked/VERB/ROOT/3/attack/VBD Mosul/PROPN/dobj/3", ents=[(0, 4, "ORG", "")])
    assert [(m.surface, m.actor_id) for m in find_actors(doc, GAZ).mentions] == [
        ("Popular Mobilization Forces", "org:popular-mobilization-forces")]


def test_what_a_place_noun_names_with_of_is_a_place_whatever_the_ner_said():
    doc = make_doc("the/DET/det/2 ancient/ADJ/amod/2 site/NOUN/ROOT/2 of/ADP/prep/2 Palmyra/PROPN/pobj/3",
                   ents=[(4, 5, "PERSON", "")])
    assert [(m.surface, m.type) for m in find_actors(doc, GAZ).mentions] == [("Palmyra", "Place")]


def test_a_stateless_officer_of_an_international_body_acts_for_it():
    doc = make_doc("NATO/PROPN/compound/2 Secretary/PROPN/compound/2 General/PROPN/compound/4 "
                   "Jaap/PROPN/compound/4 Scheffer/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak ./PUNCT/punct/5 "
                   "He/PRON/nsubj/8/he left/VERB/ROOT/8/leave",
                   ents=[(0, 1, "InternationalOrganisation", "org:nato"), (3, 5, "PERSON", "")])
    gaz = Gazetteer([*GAZ, Actor("org:nato", "NATO", "InternationalOrganisation", None, "IGOWSTNAT")])
    index = find_actors(doc, gaz)
    person = _by_surface(index)["Jaap Scheffer"]
    # The CAMEO dictionaries code such officials with their body's code (Kofi Annan: IGOUNO).
    assert (person.country, person.code) == (None, "IGOWSTNAT")
    assert [(r.person.code, r.organ.actor_id) for r in index.roles][0] == ("IGOWSTNAT", "org:nato")
    # A national official keeps his state.
    doc = make_doc("Italian/ADJ/amod/2 Prime/PROPN/compound/2 Minister/PROPN/compound/4 Mario/PROPN/compound/4 "
                   "Rossi/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak",
                   ents=[(0, 1, "Demonym", "ITA"), (3, 5, "PERSON", "")])
    person = _by_surface(find_actors(doc, GAZ))["Mario Rossi"]
    assert person.country == "ITA" and person.code is None


def test_an_ethnic_group_is_no_state():
    doc = make_doc("ethnic/ADJ/amod/1 Italians/PROPN/nsubj/2 demonstrated/VERB/ROOT/2/demonstrate in/ADP/prep/2 "
                   "Germany/PROPN/pobj/3", ents=[(1, 2, "Demonym", "ITA"), (4, 5, "Country", "DEU")])
    assert [m.actor_id for m in find_actors(doc, GAZ).mentions] == ["DEU"]
    doc = make_doc("Italians/PROPN/nsubj/1 demonstrated/VERB/ROOT/1/demonstrate",
                   ents=[(0, 1, "Demonym", "ITA")])
    assert [m.actor_id for m in find_actors(doc, GAZ).mentions] == ["ITA"]


def test_a_past_title_is_a_former_role():
    fields = ("organ.actor_id", "leader", "former", "title")
    assert _roles("former/ADJ/amod/2 US/PROPN/compound/2 president/NOUN/compound/4 Jimmy/PROPN/compound/4 "
                  "Carter/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak",
                  [(1, 2, "Country", "USA"), (3, 5, "PERSON", "")], fields=fields) == \
        [("USA", True, True, "former president")]
    assert _roles("US/PROPN/compound/1 President/PROPN/compound/3 Jimmy/PROPN/compound/3 Carter/PROPN/nsubj/4 "
                  "spoke/VERB/ROOT/4/speak", [(0, 1, "Country", "USA"), (2, 4, "PERSON", "")], fields=fields) == \
        [("USA", True, False, "President")]


def test_a_former_holder_is_not_who_a_state_title_alone_names():
    doc = make_doc("Former/ADJ/amod/2 German/ADJ/amod/2 Chancellor/PROPN/compound/4 Helmut/PROPN/compound/4 "
                   "Kohl/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak ./PUNCT/punct/5 "
                   "Germany/PROPN/poss/9 's/PART/case/7 Chancellor/PROPN/nsubj/10 left/VERB/ROOT/10/leave",
                   ents=[(1, 2, "Demonym", "DEU"), (3, 5, "PERSON", ""), (7, 8, "Country", "DEU")])
    found = {m.surface: m.actor_id for m in find_actors(doc, GAZ).mentions}
    assert found["Germany 's Chancellor"] == "DEUGOV"


def test_an_apposition_naming_someone_else_is_no_title():
    # "MEP Lunacek, the head of the Green group, Daniel Cohn-Bendit, called": the parser hangs
    # both the title and the other name on Lunacek; the title is Cohn-Bendit's.
    roles = _roles("Lunacek/PROPN/nsubj/11 ,/PUNCT/punct/0 the/DET/det/3 head/NOUN/appos/0 of/ADP/prep/3 "
                   "the/DET/det/6 Greens/PROPN/pobj/4 ,/PUNCT/punct/0 Daniel/PROPN/compound/9 Bendit/PROPN/appos/0 "
                   ",/PUNCT/punct/0 called/VERB/ROOT/11/call",
                   [(0, 1, "PERSON", ""), (6, 7, "ORG", ""), (8, 10, "PERSON", "")])
    assert ("Lunacek", "org:greens", True) not in roles
    assert _roles("Lunacek/PROPN/nsubj/8 ,/PUNCT/punct/0 the/DET/det/3 head/NOUN/appos/0 of/ADP/prep/3 "
                  "the/DET/det/6 Greens/PROPN/pobj/4 ,/PUNCT/punct/0 called/VERB/ROOT/8/call",
                  [(0, 1, "PERSON", ""), (6, 7, "ORG", "")]) == [("Lunacek", "org:greens", True)]


def test_the_head_of_a_body_of_an_organisation_does_not_lead_the_organisation():
    gaz = Gazetteer([*GAZ, Actor("org:eu", "European Union", "InternationalOrganisation", None, "IGOEUREEC",
                                 aliases=("EU",))])
    assert _roles("EU/PROPN/compound/1 parliament/NOUN/compound/2 president/NOUN/compound/4 "
                  "Martin/PROPN/compound/4 Schulz/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak",
                  [(0, 1, "InternationalOrganisation", "org:eu"), (3, 5, "PERSON", "")], gaz) == []
    assert _roles("EU/PROPN/compound/1 president/NOUN/compound/3 Martin/PROPN/compound/3 "
                  "Schulz/PROPN/nsubj/4 spoke/VERB/ROOT/4/speak",
                  [(0, 1, "InternationalOrganisation", "org:eu"), (2, 4, "PERSON", "")], gaz) == \
        [("Martin Schulz", "org:eu", True)]


def test_a_people_before_a_region_noun_is_a_place_and_its_governor_leads_it():
    spec = ("Taseer/PROPN/nsubj/9 ,/PUNCT/punct/0 governor/NOUN/appos/0 of/ADP/prep/2 Pakistan/PROPN/poss/7 "
            "'s/PART/case/4 Punjab/PROPN/compound/7 province/NOUN/pobj/3 ,/PUNCT/punct/0 died/VERB/ROOT/9/die")
    ents = [(0, 1, "PERSON", ""), (4, 5, "Country", "PAK"), (6, 7, "NORP", "")]
    gaz = Gazetteer([*GAZ, Actor("PAK", "Pakistan", "Country", "PAK", "PAK")])
    assert ("Punjab", "place:punjab", "Place") in _mentions(spec, ents, gaz)
    assert _roles(spec, ents, gaz) == [("Taseer", "place:punjab", True)]
    # a deputy governor is no head of the province
    assert _roles(spec.replace("governor/NOUN/appos/0", "deputy_governor/NOUN/appos/0"), ents, gaz) == []


def test_a_given_name_the_ner_left_out_does_not_hide_the_predicate_title():
    # "Elmer Funke Kupper had been CEO of the Exchange", the NER's name being "Funke Kupper"
    assert _roles("Elmer/PROPN/compound/1 Kupper/PROPN/nsubj/3 had/AUX/aux/3 been/AUX/ROOT/3/be "
                  "CEO/NOUN/attr/3 of/ADP/prep/4 the/DET/det/7 Exchange/PROPN/pobj/5",
                  [(1, 2, "PERSON", ""), (7, 8, "ORG", "")]) == [("Kupper", "org:exchange", True)]


def test_a_person_described_as_working_at_an_organisation_is_its_member():
    spec = ("Beer/PROPN/nsubj/9 ,/PUNCT/punct/0 an/DET/det/4 economics/NOUN/compound/4 professor/NOUN/appos/0 "
            "at/ADP/prep/4 the/DET/det/7 University/PROPN/pobj/5 ,/PUNCT/punct/0 agreed/VERB/ROOT/9/agree")
    fields = ("person.surface", "organ.actor_id", "leader", "title")
    assert _roles(spec, [(0, 1, "PERSON", ""), (7, 8, "ORG", "")], fields=fields) == \
        [("Beer", "org:university", False, "economics professor at")]


def test_an_organisation_named_once_by_the_ner_is_that_organisation_where_it_is_written_again():
    spec = ("Spicejet/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 Spicejet/PROPN/compound/4 "
            "Chairman/PROPN/compound/6 Ajay/PROPN/compound/6 Singh/PROPN/nsubj/7 said/VERB/ROOT/7/say ./PUNCT/punct/7 "
            "Spicejet/PROPN/compound/10 Airways/PROPN/nsubj/11 left/VERB/ROOT/11/leave")
    ents = [(0, 1, "ORG", ""), (5, 7, "PERSON", "")]
    assert [m for m in _mentions(spec, ents) if m[1] == "org:spicejet"] == \
        [("Spicejet", "org:spicejet", "Organisation")] * 2  # not the "Spicejet" of "Spicejet Airways"
    assert _roles(spec, ents) == [("Ajay Singh", "org:spicejet", True)]


def test_the_party_of_a_title_is_the_one_party_the_document_names():
    spec = ("the/DET/det/3 National/PROPN/compound/2 Front/PROPN/compound/3 party/NOUN/nsubj/4 "
            "won/VERB/ROOT/4/win ./PUNCT/punct/4 The/DET/det/7 party/NOUN/poss/9 's/PART/case/7 "
            "leader/NOUN/nsubj/15 ,/PUNCT/punct/9 Marine/PROPN/compound/13 Le/PROPN/compound/13 Pen/PROPN/appos/9 "
            ",/PUNCT/punct/9 spoke/VERB/ROOT/15/speak")
    ents = [(1, 3, "ORG", ""), (11, 14, "PERSON", "")]
    assert _roles(spec, ents) == [("Marine Le Pen", "org:national-front", True)]
    # two parties: which one is not said
    two = ("the/DET/det/3 National/PROPN/compound/2 Front/PROPN/compound/3 party/NOUN/nsubj/4 "
           "beat/VERB/ROOT/4/beat Socialist/PROPN/compound/6 Party/PROPN/dobj/4 ./PUNCT/punct/4 The/DET/det/9 "
           "party/NOUN/poss/11 's/PART/case/9 leader/NOUN/nsubj/17 ,/PUNCT/punct/11 Marine/PROPN/compound/15 "
           "Le/PROPN/compound/15 Pen/PROPN/appos/11 ,/PUNCT/punct/11 spoke/VERB/ROOT/17/speak")
    assert _roles(two, [(1, 3, "ORG", ""), (5, 7, "ORG", ""), (13, 16, "PERSON", "")]) == []


def test_a_regional_title_without_its_region_is_of_the_one_region_of_that_kind_in_the_document():
    spec = ("in/ADP/prep/9 the/DET/det/2 state/NOUN/pobj/0 of/ADP/prep/2 Saxony/PROPN/pobj/3 ,/PUNCT/punct/9 "
            "State/PROPN/compound/7 Premier/PROPN/compound/8 Tillich/PROPN/nsubj/9 spoke/VERB/ROOT/9/speak")
    ents = [(4, 5, "GPE", ""), (8, 9, "PERSON", "")]
    assert _roles(spec, ents) == [("Tillich", "place:saxony", True)]
    # a premier alone names no region
    assert _roles(spec.replace("State/PROPN/compound/7", "The/DET/det/7"), ents) == []


def test_a_party_in_brackets_or_of_phrase_after_a_titled_name_is_a_membership_too():
    fields = ("person.surface", "organ.actor_id", "leader", "title")
    # "the mayor of Berlin, Michael Müller (SPD)"
    roles = _roles("the/DET/det/1 mayor/NOUN/nsubj/10 of/ADP/prep/1 Berlin/PROPN/pobj/2 ,/PUNCT/punct/1 "
                   "Michael/PROPN/compound/6 Müller/PROPN/appos/1 (/PUNCT/punct/6 SPD/PROPN/appos/6 )/PUNCT/punct/6 "
                   "spoke/VERB/ROOT/10/speak",
                   [(3, 4, "GPE", ""), (5, 7, "PERSON", ""), (8, 9, "ORG", "")], fields=fields)
    assert ("Michael Müller", "org:spd", False, "()") in roles
    assert ("Michael Müller", "place:berlin", True, "mayor of") in roles
    # the name's own abbreviation is no party
    assert _roles("Frankfurter/PROPN/compound/2 Allgemeine/PROPN/compound/2 Zeitung/PROPN/nsubj/6 (/PUNCT/punct/2 "
                  "FAZ/PROPN/appos/2 )/PUNCT/punct/2 wrote/VERB/ROOT/6/write",
                  [(0, 3, "PERSON", ""), (4, 5, "ORG", "")]) == []


def test_an_apposition_about_something_else_makes_no_membership():
    # "Merkel, deaths incompatible with EU values": "with" the EU, but no person's job
    assert _roles("Merkel/PROPN/ROOT/0 :/PUNCT/punct/0 deaths/NOUN/appos/0 incompatible/ADJ/amod/2 "
                  "with/ADP/prep/3 EU/PROPN/pobj/4 values/NOUN/pobj/4",
                  [(0, 1, "PERSON", ""), (5, 6, "ORG", "")]) == []


def test_a_commissioner_of_an_organisation_is_its_member():
    assert _roles("EU/PROPN/compound/2 Energy/PROPN/compound/2 Commissioner/PROPN/compound/4 Andris/PROPN/compound/4 "
                  "Piebalgs/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak", [(0, 1, "ORG", ""), (3, 5, "PERSON", "")]) == \
        [("Andris Piebalgs", "org:eu", False)]


def test_a_pope_heads_the_one_church_the_document_names():
    spec = ("the/DET/det/3 Roman/PROPN/compound/2 Catholic/PROPN/compound/3 Church/PROPN/nsubj/4 "
            "voted/VERB/ROOT/4/vote ./PUNCT/punct/4 Pope/PROPN/compound/7 Benedict/PROPN/nsubj/8 "
            "spoke/VERB/ROOT/8/speak")
    ents = [(1, 4, "ORG", ""), (7, 8, "PERSON", "")]
    assert _roles(spec, ents) == [("Benedict", "org:roman-catholic-church", True)]
    assert _roles(spec.replace("Church/PROPN", "Party/PROPN"), ents) == []


def test_a_surname_the_dictionary_gives_one_person_is_that_persons():
    # Phoenix lists PRESIDENT_OBAMA and MR_OBAMA under Barack Obama; others carry "Obama" only in full names.
    gaz = Gazetteer([
        Actor("person:barack-obama", "Barack Obama", "Person", "USA", "USAGOV", roles=(Role("USAGOV"),),
              ambiguous_aliases=("Obama",)),
        Actor("person:alphonse-obama", "Alphonse Obama", "Person", "COG", "COGGOVBUS"),
        Actor("person:carlos-eyi-obama", "Carlos Eyi Obama", "Person", "GNQ", "GNQGOVAGR"),
    ])
    doc = make_doc("President/PROPN/compound/1 Obama/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak",
                   ents=[(1, 2, "PERSON", "")])
    m = _by_surface(find_actors(doc, gaz))["Obama"]
    assert (m.actor_id, m.country, m.code) == ("person:barack-obama", "USA", "USAGOV")


def test_a_regional_title_prefers_the_region_of_that_kind_named_in_its_sentence():
    spec = ("the/DET/det/1 state/NOUN/nsubj/4 of/ADP/prep/1 Bavaria/PROPN/pobj/2 voted/VERB/ROOT/4/vote "
            "./PUNCT/punct/4 in/ADP/prep/15 the/DET/det/8 state/NOUN/pobj/6 of/ADP/prep/8 Saxony/PROPN/pobj/9 "
            ",/PUNCT/punct/15 State/PROPN/compound/13 Premier/PROPN/compound/14 Tillich/PROPN/nsubj/15 "
            "spoke/VERB/ROOT/15/speak")
    ents = [(3, 4, "GPE", ""), (10, 11, "GPE", ""), (14, 15, "PERSON", "")]
    assert _roles(spec, ents) == [("Tillich", "place:saxony", True)]


def test_a_place_s_prime_minister_leads_the_place():
    # "Gaza's prime minister, Ismail Haniya": a two-word regional title
    spec = ("Gaza/PROPN/poss/3 's/PART/case/0 prime/ADJ/amod/3 minister/NOUN/nsubj/7 ,/PUNCT/punct/3 "
            "Ismail/PROPN/compound/6 Haniya/PROPN/appos/3 spoke/VERB/ROOT/7/speak")
    assert _roles(spec, [(0, 1, "GPE", ""), (5, 7, "PERSON", "")]) == [("Ismail Haniya", "place:gaza", True)]


def test_a_name_opening_a_sentence_takes_the_title_the_sentence_before_had_for_subject():
    # "The premier of Saarland welcomed it. Peter Mueller said ..."
    spec = ("The/DET/det/1 premier/NOUN/nsubj/4 of/ADP/prep/1 Saarland/PROPN/pobj/2 welcomed/VERB/ROOT/4/welcome "
            "it/PRON/dobj/4 ./PUNCT/punct/4 Peter/PROPN/compound/8 Mueller/PROPN/nsubj/9 said/VERB/ROOT/9/say")
    ents = [(3, 4, "GPE", ""), (7, 9, "PERSON", "")]
    assert _roles(spec, ents) == [("Peter Mueller", "place:saarland", True)]
    # not when the sentence before names a person, who may be the premier
    named = spec.replace("welcomed/VERB/ROOT/4/welcome it/PRON/dobj/4", "welcomed/VERB/ROOT/4/welcome Bush/PROPN/dobj/4")
    assert _roles(named, ents + [(5, 6, "PERSON", "")]) == []
    # nor when the name is not the subject opening its sentence
    later = spec.replace("Peter/PROPN/compound/8 Mueller/PROPN/nsubj/9 said/VERB/ROOT/9/say",
                         "Peter/PROPN/compound/8 Mueller/PROPN/dobj/9 met/VERB/ROOT/9/meet")
    assert _roles(later, ents) == []


def test_a_former_officer_of_an_international_body_stays_former():
    doc = make_doc("former/ADJ/amod/3 NATO/PROPN/compound/3 Secretary/PROPN/compound/3 General/PROPN/compound/5 "
                   "Jaap/PROPN/compound/5 Scheffer/PROPN/nsubj/6 spoke/VERB/ROOT/6/speak",
                   ents=[(1, 2, "InternationalOrganisation", "org:nato"), (4, 6, "PERSON", "")])
    gaz = Gazetteer([*GAZ, Actor("org:nato", "NATO", "InternationalOrganisation", None, "IGOWSTNAT")])
    roles = find_actors(doc, gaz).roles
    assert [(r.person.code, r.organ.actor_id, r.former) for r in roles] == [("IGOWSTNAT", "org:nato", True)]


def test_a_body_named_by_a_common_noun_is_a_generic_actor_without_a_state():
    doc = make_doc("The/DET/det/1 coalition/NOUN/nsubj/2 struck/VERB/ROOT/2/strike "
                   "militants/NOUN/dobj/2 near/ADP/prep/2 Mosul/PROPN/pobj/4",
                   ents=[(5, 6, "Place", "place:mosul")])
    by = _by_surface(find_actors(doc, GAZ))
    assert (by["The coalition"].actor_id, by["The coalition"].type, by["The coalition"].country) == (
        "generic:coalition", "Organisation", None)
    assert (by["militants"].actor_id, by["militants"].type) == ("generic:militants", "ArmedGroup")


def test_a_named_actor_s_men_and_a_fighter_jet_are_no_generic_body():
    # "Italy's fighters" are Italy's (found with it), "fighter jets" no body at all, "Italian troops" Italy's.
    doc = make_doc("Italy/PROPN/poss/1 fighters/NOUN/nsubj/2 shot/VERB/ROOT/2/shoot "
                   "fighter/NOUN/compound/4 jets/NOUN/dobj/2 of/ADP/prep/4 Italian/ADJ/amod/7 troops/NOUN/pobj/5",
                   ents=[(0, 1, "Country", "ITA"), (6, 7, "Demonym", "ITA")])
    ids = {m.actor_id for m in find_actors(doc, GAZ).mentions}
    assert not any(i.startswith("generic:") for i in ids)


def test_an_armed_group_and_coalition_forces_are_generic_bodies():
    doc = make_doc("coalition/NOUN/compound/1 forces/NOUN/nsubj/2 hit/VERB/ROOT/2 the/DET/det/5 "
                   "terrorist/ADJ/amod/5 group/NOUN/dobj/2")
    by = _by_surface(find_actors(doc, GAZ))
    assert by["coalition forces"].actor_id == "generic:coalition"
    assert by["the terrorist group"].actor_id == "generic:terrorists"
    doc = make_doc("armed/ADJ/amod/1 groups/NOUN/nsubj/2 fled/VERB/ROOT/2/flee")
    assert _by_surface(find_actors(doc, GAZ))["armed groups"].actor_id == "generic:armed-group"


def test_generic_ids_are_scoped_to_their_document_and_names_are_not():
    from graphbuilder.actors import scope_generic

    doc = make_doc("The/DET/det/1 rebels/NOUN/nsubj/2 attacked/VERB/ROOT/2/attack Italy/PROPN/dobj/2",
                   ents=[(3, 4, "Country", "ITA")])
    by = _by_surface(find_actors(doc, GAZ))
    a, b = scope_generic(by["The rebels"], "doc-1"), scope_generic(by["The rebels"], "doc-2")
    assert a.actor_id == "generic:doc-1:rebels" != b.actor_id
    assert scope_generic(a, "doc-2") == a
    assert scope_generic(by["Italy"], "doc-1") == by["Italy"]


def test_the_pipeline_scopes_a_relation_s_generic_ends_to_its_document():
    from graphbuilder.model import RelationMention
    from graphbuilder.pipeline import _scoped

    doc = make_doc("The/DET/det/1 rebels/NOUN/nsubj/2 attacked/VERB/ROOT/2/attack Italy/PROPN/dobj/2",
                   ents=[(3, 4, "Country", "ITA")])
    by = _by_surface(find_actors(doc, GAZ))
    r = RelationMention("attacks", by["The rebels"], by["Italy"], 0, 29, "attacked")
    actors, relations = _scoped("d7", [by["The rebels"], by["Italy"]], [r])
    assert [m.actor_id for m in actors] == ["generic:d7:rebels", "ITA"]
    assert (relations[0].source.actor_id, relations[0].target.actor_id) == ("generic:d7:rebels", "ITA")
    # Unrelated to anyone, the rebels make no node.
    assert [m.actor_id for m in _scoped("d7", [by["The rebels"], by["Italy"]], [])[0]] == ["ITA"]


def test_an_unknown_proper_name_something_is_near_is_a_place():
    doc = make_doc("Near/ADP/prep/5 Ayn/PROPN/compound/2 Isa/PROPN/pobj/0 ,/PUNCT/punct/5 "
                   "strikes/NOUN/nsubj/5/strike engaged/VERB/ROOT/5/engage Smith/PROPN/dobj/5 near/ADP/prep/6 "
                   "the/DET/det/9 camp/NOUN/pobj/7")
    by = _by_surface(find_actors(doc, GAZ))
    assert (by["Ayn Isa"].actor_id, by["Ayn Isa"].type, by["Ayn Isa"].country) == ("place:ayn-isa", "Place", None)
    # A common noun is no name, and a name the NER typed keeps its type.
    assert "the camp" not in by and "camp" not in by
    doc = make_doc("fled/VERB/ROOT/0/flee near/ADP/prep/0 John/PROPN/compound/3 Smith/PROPN/pobj/1",
                   ents=[(2, 4, "PERSON", "")])
    assert _by_surface(find_actors(doc, GAZ))["John Smith"].type == "Person"


def test_a_capitalised_office_without_a_name_is_its_holder_or_a_generic_person():
    doc = make_doc("The/DET/det/2 Foreign/PROPN/compound/2 Secretary/PROPN/nsubj/3 met/VERB/ROOT/3/meet "
                   "John/PROPN/compound/5 Smith/PROPN/dobj/3", ents=[(4, 6, "PERSON", "")])
    m = _by_surface(find_actors(doc, GAZ))["Foreign Secretary"]
    assert (m.actor_id, m.type, m.country) == ("generic:foreign-secretary", "Person", None)
    # The document names the Foreign Secretary: the office is that person.
    doc = make_doc("Foreign/PROPN/compound/1 Secretary/PROPN/compound/3 John/PROPN/compound/3 Smith/PROPN/nsubj/4 "
                   "spoke/VERB/ROOT/4/speak and/CCONJ/cc/4 the/DET/det/8 Foreign/PROPN/compound/8 "
                   "Secretary/PROPN/nsubj/9 left/VERB/conj/4/leave", ents=[(2, 4, "PERSON", "")])
    by = _by_surface(find_actors(doc, GAZ))
    assert by["Foreign Secretary"].actor_id == by["John Smith"].actor_id
    # An office "of" something, a lower-case title and a title before a name make no person here.
    doc = make_doc("the/DET/det/1 Minister/PROPN/nsubj/5 of/ADP/prep/1 Defence/PROPN/pobj/2 and/CCONJ/cc/1 "
                   "spoke/VERB/ROOT/5/speak to/ADP/prep/5 the/DET/det/8 minister/NOUN/pobj/6")
    assert not any(m.type == "Person" for m in find_actors(doc, GAZ).mentions)


def test_a_plural_apposition_after_a_name_is_the_next_item_of_a_list_not_a_title():
    # "Prime Minister Renzi, the security forces, and ...": the forces are no part of his title.
    spec = ("Italian/ADJ/amod/3 Prime/PROPN/compound/2 Minister/PROPN/compound/3 Renzi/PROPN/nsubj/9 ,/PUNCT/punct/3 "
            "the/DET/det/7 security/NOUN/compound/7 forces/NOUN/appos/3/force/NNS ,/PUNCT/punct/3 spoke/VERB/ROOT/9/speak")
    ents = [(0, 1, "Demonym", "ITA"), (3, 4, "PERSON", "")]
    assert [r.title for r in find_actors(make_doc(spec, ents=ents), GAZ).roles] == ["Prime Minister"]


def test_a_group_the_dictionary_files_under_a_region_is_of_the_state_it_is_named_after():
    gaz = Gazetteer([*GAZ, Actor("PSE", "Palestine", "Country", "PSE", "PSE", demonyms=("Palestinian",)),
                     Actor("group:palestinian-islamic-jihad", "Palestinian Islamic Jihad", "ArmedGroup", None,
                           "MEAREB"),
                     Actor("org:american-red-cross", "American Red Cross", "Organisation", None, "NGOHLH"),
                     Actor("group:islamic-jihad", "Islamic Jihad", "ArmedGroup", None, "MEAREB")])
    spec = "{}/PROPN/compound/2 Islamic/PROPN/compound/2 Jihad/PROPN/nsubj/3 rejected/VERB/ROOT/3/reject"
    doc = make_doc(spec.format("Palestinian"), ents=[(0, 3, "ORG", "group:palestinian-islamic-jihad")])
    (m,) = find_actors(doc, gaz).mentions
    assert (m.actor_id, m.country, m.code) == ("group:palestinian-islamic-jihad", "PSE", "MEAREB")
    # a group named after no state keeps none; a non-governmental organisation keeps its code's sector
    doc = make_doc(spec.format("The"), ents=[(1, 3, "ORG", "group:islamic-jihad")])
    assert [m.country for m in find_actors(doc, gaz).mentions] == [None]
    doc = make_doc("American/PROPN/compound/2 Red/PROPN/compound/2 Cross/PROPN/nsubj/3 said/VERB/ROOT/3/say",
                   ents=[(0, 3, "ORG", "org:american-red-cross")])
    assert [m.country for m in find_actors(doc, gaz).mentions] == [None]


HEZBOLLAH = Gazetteer([
    Actor("LBN", "Lebanon", "Country", "LBN", "LBN", demonyms=("Lebanese",)),
    Actor("group:hezbollah", "Hezbollah", "ArmedGroup", "LBN", "LBNREB", aliases=("Islamic Jihad",)),
    Actor("org:european-union", "European Union", "InternationalOrganisation", None, "IGOEUREEC", aliases=("EU",)),
])


def _longer(spec: str, match: tuple, gaz=HEZBOLLAH):
    from graphbuilder.actors import longer_name

    doc = make_doc(spec, ents=[match])
    span = doc.ents[0]
    found = longer_name(span, set(range(span.start, span.end)), gaz)
    return None if found is None else found.text


@pytest.mark.parametrize("spec, match, whole", [
    # "the offices of Kata'ib Hezbollah": an Iraqi militia whose name ends in "Hezbollah".
    ("offices/NOUN/ROOT/0 of/ADP/prep/0 Kata'ib/PROPN/compound/3 Hezbollah/PROPN/pobj/1",
     (3, 4, "ArmedGroup", "group:hezbollah"), "Kata'ib Hezbollah"),
    # "Hezbollah al-Nujaba fighters": the parser hangs "Hezbollah" on "fighters", the "al-" name goes on.
    ("Hezbollah/PROPN/compound/4 al/PROPN/compound/3 -/PUNCT/punct/3 Nujaba/PROPN/compound/4 "
     "fighters/NOUN/ROOT/4", (0, 1, "ArmedGroup", "group:hezbollah"), "Hezbollah al - Nujaba"),
    # "the International Organization for Migration": the name keeps its "for" words.
    ("the/DET/det/2 International/PROPN/compound/2 Organization/PROPN/ROOT/2 for/ADP/prep/2 "
     "Migration/PROPN/pobj/3", (2, 3, "ArmedGroup", "group:hezbollah"), "International Organization for Migration"),
    # A demonym, a possessive state, a title or a former-word before the name leave it the body.
    ("Lebanese/ADJ/amod/1 Hezbollah/PROPN/ROOT/1", (1, 2, "ArmedGroup", "group:hezbollah"), None),
    ("Lebanon/PROPN/poss/2 's/PART/case/0 Hezbollah/PROPN/ROOT/2", (2, 3, "ArmedGroup", "group:hezbollah"), None),
    ("Ex/PROPN/compound/2 -/PUNCT/punct/2 Hezbollah/PROPN/compound/3 fighter/NOUN/ROOT/3",
     (2, 3, "ArmedGroup", "group:hezbollah"), None),
    # "EU Commission": a body's organ or the body itself, not another body.
    ("EU/PROPN/compound/1 Commission/PROPN/ROOT/1", (0, 1, "InternationalOrganisation", "org:european-union"), None),
    # States and places qualified by a word stay what they are.
    ("Northern/PROPN/compound/1 Lebanon/PROPN/ROOT/1", (1, 2, "Country", "LBN"), None),
])
def test_a_dictionary_name_inside_a_longer_name_is_not_that_body(spec, match, whole):
    assert _longer(spec, match) == whole


def test_the_ruler_writes_the_longer_name_as_an_organisation_without_an_id():
    import spacy

    from graphbuilder.components import GazetteerRuler, actor_patterns

    doc = make_doc("offices/NOUN/ROOT/0 of/ADP/prep/0 Kata'ib/PROPN/compound/3 Hezbollah/PROPN/pobj/1 "
                   "and/CCONJ/cc/3 Hezbollah/PROPN/conj/3")
    ruler = GazetteerRuler(spacy.blank("en"), "gb_gazetteer", spans_key=None, annotate_ents=True,
                           phrase_matcher_attr="ORTH", overwrite=False, validate=False)
    ruler.add_patterns(actor_patterns(HEZBOLLAH))
    ruler.gazetteer = HEZBOLLAH
    ruler.set_annotations(doc, ruler.match(doc))
    assert [(e.text, e.label_, e.id_) for e in doc.ents] == [
        ("Kata'ib Hezbollah", "ORG", ""), ("Hezbollah", "ArmedGroup", "group:hezbollah")]
    assert [(m.surface, m.actor_id) for m in find_actors(doc, HEZBOLLAH).mentions] == [
        ("Kata'ib Hezbollah", "org:kata-ib-hezbollah"), ("Hezbollah", "group:hezbollah")]


def test_the_last_words_of_a_body_named_in_full_are_that_body():
    gaz = Gazetteer([*HEZBOLLAH, Actor("group:palestinian-islamic-jihad", "Palestinian Islamic Jihad", "ArmedGroup",
                                       "PSE", "PSEREB")])
    spec = ("Palestinian/PROPN/compound/2 Islamic/PROPN/compound/2 Jihad/PROPN/nsubj/3 fired/VERB/ROOT/3/fire "
            "and/CCONJ/cc/3 Islamic/PROPN/compound/6 Jihad/PROPN/nsubj/7 said/VERB/conj/3/say")
    ents = [(0, 3, "ArmedGroup", "group:palestinian-islamic-jihad"), (5, 7, "ArmedGroup", "group:hezbollah")]
    assert [m.actor_id for m in find_actors(make_doc(spec, ents), gaz).mentions] == [
        "group:palestinian-islamic-jihad", "group:palestinian-islamic-jihad"]
    # Two bodies end so: neither.  A name the dictionary knows is no short form of a name it does not.
    spec2 = ("Kata'ib/PROPN/compound/1 Hezbollah/PROPN/nsubj/2 fired/VERB/ROOT/2/fire and/CCONJ/cc/2 "
             "Hezbollah/PROPN/nsubj/5 said/VERB/conj/2/say")
    ents2 = [(0, 2, "ORG", ""), (4, 5, "ArmedGroup", "group:hezbollah")]
    assert [m.actor_id for m in find_actors(make_doc(spec2, ents2), gaz).mentions] == [
        "org:kata-ib-hezbollah", "group:hezbollah"]
    # "the Commission" after "the European Commission": a name the NER found alone.
    spec3 = ("the/DET/det/2 European/PROPN/compound/2 Commission/PROPN/nsubj/3 met/VERB/ROOT/3/meet ./PUNCT/punct/3 "
             "The/DET/det/6 Commission/PROPN/nsubj/7 said/VERB/ROOT/7/say")
    ents3 = [(1, 3, "ORG", ""), (6, 7, "ORG", "")]
    assert [m.actor_id for m in find_actors(make_doc(spec3, ents3), gaz).mentions] == [
        "org:european-commission", "org:european-commission"]


@pytest.mark.parametrize("spec, ents, expected", [
    # "Le Pen" (the NER's ORG) after "Marine Le Pen": the last words of a name given in full.
    ("Marine/PROPN/compound/2 Le/PROPN/compound/2 Pen/PROPN/nsubj/3 spoke/VERB/ROOT/3/speak ./PUNCT/punct/3 "
     "Le/PROPN/compound/6 Pen/PROPN/nsubj/7 left/VERB/ROOT/7/leave",
     [(0, 3, "PERSON", ""), (5, 7, "ORG", "")], ["person:marine-le-pen", "person:marine-le-pen"]),
    # A possessive the NER took in, and a name the NER ran on into the next one, are the same person.
    ("Julie/PROPN/compound/1 Christie/PROPN/nsubj/2 won/VERB/ROOT/2/win ./PUNCT/punct/2 "
     "Julie/PROPN/compound/5 Christie/PROPN/compound/6 Christie/PROPN/nsubj/7 smiled/VERB/ROOT/7/smile "
     "./PUNCT/punct/7 Christie/PROPN/poss/11 's/PART/case/9 career/NOUN/nsubj/12 began/VERB/ROOT/12/begin",
     [(0, 2, "PERSON", ""), (4, 7, "PERSON", ""), (9, 11, "ORG", "")],
     ["person:julie-christie", "person:julie-christie-christie", "person:julie-christie"]),
    # "Saddam" after "Saddam Hussein": a first name alone, of the one person of the document who has it.
    ("Saddam/PROPN/compound/1 Hussein/PROPN/nsubj/2 ruled/VERB/ROOT/2/rule ./PUNCT/punct/2 "
     "Saddam/PROPN/nsubj/5 fled/VERB/ROOT/5/flee",
     [(0, 2, "PERSON", ""), (4, 5, "PERSON", "")], ["person:saddam-hussein", "person:saddam-hussein"]),
    # ... not when two people of the document have it, nor when the NER saw no person.
    ("Saddam/PROPN/compound/1 Hussein/PROPN/nsubj/5 and/CCONJ/cc/1 Saddam/PROPN/compound/4 "
     "Haftar/PROPN/conj/1 ruled/VERB/ROOT/5/rule ./PUNCT/punct/5 Saddam/PROPN/nsubj/8 fled/VERB/ROOT/8/flee",
     [(0, 2, "PERSON", ""), (3, 5, "PERSON", ""), (7, 8, "PERSON", "")],
     ["person:saddam-hussein", "person:saddam-haftar", "person:saddam"]),
    ("Saddam/PROPN/compound/1 Hussein/PROPN/nsubj/2 ruled/VERB/ROOT/2/rule ./PUNCT/punct/2 "
     "Saddam/PROPN/nsubj/5 fled/VERB/ROOT/5/flee",
     [(0, 2, "PERSON", ""), (4, 5, "ORG", "")], ["person:saddam-hussein", "org:saddam"]),
    # An honorific the NER took into the name ("Lord Carrington", "Grand Ayatollah Sistani") opens no surname.
    ("Peter/PROPN/compound/1 Carrington/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
     "Lord/PROPN/compound/5 Carrington/PROPN/nsubj/6 left/VERB/ROOT/6/leave",
     [(0, 2, "PERSON", ""), (4, 6, "PERSON", "")], ["person:peter-carrington", "person:peter-carrington"]),
    # ... but "St" opens places: "St John" is no short name of "Elton John".
    ("Elton/PROPN/compound/1 John/PROPN/nsubj/2 sang/VERB/ROOT/2/sing in/ADP/prep/2 St/PROPN/compound/5 "
     "John/PROPN/pobj/3",
     [(0, 2, "PERSON", ""), (4, 6, "ORG", "")], ["person:elton-john", "org:st-john"]),
    # A "person" the NER made of a phrase ("Spates of Reichsbürger") gives no short name.
    ("Spates/PROPN/nsubj/3 of/ADP/prep/0 Reichsbürger/PROPN/pobj/1 rose/VERB/ROOT/3/rise ./PUNCT/punct/3 "
     "Reichsbürger/PROPN/nsubj/6 met/VERB/ROOT/6/meet",
     [(0, 3, "PERSON", ""), (5, 6, "ORG", "")], ["person:spates-of-reichsburger", "org:reichsburger"]),
])
def test_a_short_name_of_a_person_named_in_full_is_that_person(spec, ents, expected):
    assert [m.actor_id for m in find_actors(make_doc(spec, ents), GAZ).mentions if not m.pronoun] == expected


@pytest.mark.parametrize("title, organ", [
    ("Equal/PROPN/compound/2 Opportunities/PROPN/compound/3 Minister/PROPN/compound/5", "ITAGOV"),
    ("deputy/ADJ/amod/3 government/NOUN/compound/3 spokeswoman/NOUN/compound/5", "ITAGOV"),
    # a party's spokeswoman is no member of the government
    ("deputy/ADJ/amod/3 party/NOUN/compound/3 spokeswoman/NOUN/compound/5", None),
])
def test_a_cabinet_title_without_a_state_is_in_the_government_of_the_state_the_document_is_about(title, organ):
    spec = (f"the/DET/det/3 {title} Stefania/PROPN/compound/5 Prestigiacomo/PROPN/nsubj/6 told/VERB/ROOT/6/tell "
            "Italy/PROPN/dobj/6 that/SCONJ/mark/10 Italy/PROPN/nsubj/10 voted/VERB/ccomp/6/vote")
    doc = make_doc(spec, ents=[(4, 6, "PERSON", ""), (7, 8, "Country", "ITA"), (9, 10, "Country", "ITA")])
    assert [(r.organ.actor_id, r.leader) for r in find_actors(doc, GAZ).roles] == \
        ([(organ, False)] if organ else [])


def test_an_organisation_name_cut_by_a_country_leaves_out_its_last_preposition():
    # "the Liberal Party of Australia": the ruler took "Australia", the NER "Liberal Party of"; the state stays
    # in the body's id (one liberal party per state)
    doc = make_doc("the/DET/det/2 Liberal/PROPN/compound/2 Party/PROPN/nsubj/5 of/ADP/prep/2 "
                   "Australia/PROPN/pobj/3 won/VERB/ROOT/5/win",
                   ents=[(1, 4, "ORG", ""), (4, 5, "Country", "AUS")])
    gaz = Gazetteer([Actor("AUS", "Australia", "Country", "AUS", "AUS")])
    assert [(m.surface, m.actor_id, m.head) for m in find_actors(doc, gaz).mentions] == [
        ("Liberal Party", "org:liberal-party-of-australia", 2), ("Australia", "AUS", 4)]


def test_a_person_in_apposition_to_an_organisations_expert_is_its_member():
    # "Greenpeace's energy policy expert, Frauke Thies, said"; a state's expert is no member of a body
    spec = ("{}/PROPN/poss/3 's/PART/case/0 policy/NOUN/compound/3 expert/NOUN/nsubj/8 ,/PUNCT/punct/3 "
            "Frauke/PROPN/compound/6 Thies/PROPN/appos/3 ,/PUNCT/punct/3 said/VERB/ROOT/8/say")
    assert _roles(spec.format("Greenpeace"), [(0, 1, "ORG", ""), (5, 7, "PERSON", "")]) == [
        ("Frauke Thies", "org:greenpeace", False)]
    assert _roles(spec.format("Germany"), [(0, 1, "Country", "DEU"), (5, 7, "PERSON", "")]) == []


GEO_GAZ = Gazetteer([*GAZ, Actor("NER", "Niger", "Country", "NER", "NER", demonyms=("Nigerien",)),
                     Actor("NGA", "Nigeria", "Country", "NGA", "NGA", demonyms=("Nigerian",)),
                     Actor("CHN", "China", "Country", "CHN", "CHN", demonyms=("Chinese",)),
                     Actor("JPN", "Japan", "Country", "JPN", "JPN", demonyms=("Japanese",)),
                     Actor("JOR", "Jordan", "Country", "JOR", "JOR", demonyms=("Jordanian",)),
                     Actor("LBY", "Libya", "Country", "LBY", "LBY", demonyms=("Libyan",))])


@pytest.mark.parametrize("spec, ents, expected", [
    # a state's name before a capitalised feature noun: "the Niger Delta" is no Niger
    ("Militants/NOUN/nsubj/1 attacked/VERB/ROOT/1/attack pipelines/NOUN/dobj/1 in/ADP/prep/1 the/DET/det/6 "
     "Niger/PROPN/compound/6 Delta/PROPN/pobj/3",
     [(5, 6, "Country", "NER")], ("Niger Delta", "place:niger-delta", "Place", None)),
    # words of the name before it, the NER's "the South" among them
    ("Ships/NOUN/nsubj/1 patrolled/VERB/ROOT/1/patrol the/DET/det/5 South/PROPN/compound/5 China/PROPN/compound/5 "
     "Sea/PROPN/dobj/1", [(2, 4, "LOC", ""), (4, 5, "Country", "CHN")],
     ("South China Sea", "place:south-china-sea", "Place", None)),
    # "the Sea of Japan": the feature noun and "of" before the state's name
    ("Ships/NOUN/nsubj/1 sailed/VERB/ROOT/1/sail into/ADP/prep/1 the/DET/det/4 Sea/PROPN/pobj/2 of/ADP/prep/4 "
     "Japan/PROPN/pobj/5", [(3, 6, "LOC", ""), (6, 7, "Country", "JPN")],
     ("Sea of Japan", "place:sea-of-japan", "Place", None)),
    # "the Jordan Valley" is not Jordan's
    ("Troops/NOUN/nsubj/1 entered/VERB/ROOT/1/enter the/DET/det/4 Jordan/PROPN/compound/4 Valley/PROPN/dobj/1",
     [(3, 4, "Country", "JOR")], ("Jordan Valley", "place:jordan-valley", "Place", None)),
])
def test_a_state_named_inside_a_geographic_name_is_no_state(spec, ents, expected):
    found = _mentions(spec, ents, GEO_GAZ, ("surface", "actor_id", "type", "country"))
    assert expected in found and not any(f[3] for f in found)


def test_a_geographic_name_takes_the_state_the_gazetteer_gives_the_place():
    gaz = Gazetteer([*GEO_GAZ, Actor("place:niger-delta", "Niger Delta", "Place", "NGA")])
    found = _mentions("the/DET/det/2 Niger/PROPN/compound/2 Delta/PROPN/ROOT/2", [(1, 2, "Country", "NER")], gaz,
                      ("surface", "country"))
    assert found == [("Niger Delta", "NGA")]


def test_a_lower_case_feature_noun_leaves_the_state():
    found = _mentions("the/DET/det/2 Libyan/ADJ/amod/2 coast/NOUN/ROOT/2", [(1, 2, "Demonym", "LBY")], GEO_GAZ,
                      ("actor_id", "country"))
    assert found == [("LBY", "LBY")]


CONGO_GAZ = Gazetteer([*GAZ, Actor("COD", "Democratic Republic of the Congo", "Country", "COD", "COD"),
                       Actor("COG", "Republic of the Congo", "Country", "COG", "COG"),
                       Actor("place:goma", "Goma", "Place", "COD"),
                       Actor("place:brazzaville", "Brazzaville", "Place", "COG")])
CONGOLESE = "Congolese/ADJ/amod/1 soldiers/NOUN/nsubj/2 fought/VERB/ROOT/2/fight near/ADP/prep/2 {}/PROPN/pobj/3"


@pytest.mark.parametrize("places, expected", [
    (("Goma",), [("CODMIL", "COD")]),              # one Congo named, by a place of it
    (("Brazzaville",), [("COGMIL", "COG")]),
    (("Paris",), []),                               # neither: no state beats a wrong one
])
def test_a_demonym_two_states_share_is_the_one_the_document_names(places, expected):
    (place,) = places
    ents = [(0, 1, "NORP", "")] + ([(4, 5, "Place", f"place:{place.lower()}")] if place != "Paris" else [])
    found = _mentions(CONGOLESE.format(place), ents, CONGO_GAZ, ("actor_id", "country"))
    assert [f for f in found if not f[0].startswith("place:")] == expected


def test_a_demonym_two_states_share_stays_stateless_when_the_document_names_both():
    doc = make_doc(CONGOLESE.format("Goma") + " and/CCONJ/cc/4 Brazzaville/PROPN/conj/4",
                   ents=[(0, 1, "NORP", ""), (4, 5, "Place", "place:goma"), (6, 7, "Place", "place:brazzaville")])
    assert [m.actor_id for m in find_actors(doc, CONGO_GAZ).mentions if m.country] == ["place:goma", "place:brazzaville"]


@pytest.mark.parametrize("spec, expected", [
    # "the Houthis": a plural proper noun after "the" names a group
    ("The/DET/det/1 Houthis/PROPN/nsubj/2//NNPS seized/VERB/ROOT/2/seize the/DET/det/4 city/NOUN/dobj/2",
     ("Houthis", "org:houthis", "Organisation")),
    # a singular name stays a person
    ("The/DET/det/1 Houthi/PROPN/nsubj/2//NNP seized/VERB/ROOT/2/seize the/DET/det/4 city/NOUN/dobj/2",
     ("Houthi", "person:houthi", "Person")),
])
def test_a_plural_proper_noun_after_the_is_a_group_not_a_person(spec, expected):
    assert _mentions(spec, [(1, 2, "PERSON", "")]) == [expected]


def test_a_name_the_ner_began_before_a_one_word_gazetteer_group_is_one_longer_name():
    gaz = Gazetteer([*GAZ, Actor("group:tigers", "Tigers", "ArmedGroup", "SWZ", "SWZREB")])
    spec = "by/ADP/ROOT/0 the/DET/det/3 Liberation/PROPN/compound/3 Tigers/PROPN/pobj/0"
    found = _mentions(spec, [(1, 3, "ORG", ""), (3, 4, "ArmedGroup", "group:tigers")], gaz,
                      ("surface", "actor_id", "country"))
    assert found == [("Liberation Tigers", "org:liberation-tigers", None)]
    # alone, the dictionary's word is its actor
    assert _mentions(spec, [(3, 4, "ArmedGroup", "group:tigers")], gaz, ("actor_id", "country")) \
        == [("group:tigers", "SWZ")]


TRIPOLI_GAZ = Gazetteer([*GAZ, Actor("LBY", "Libya", "Country", "LBY", "LBY", demonyms=("Libyan",)),
                         Actor("LBN", "Lebanon", "Country", "LBN", "LBN", demonyms=("Lebanese",)),
                         Actor("place:tripoli", "Tripoli", "Place", "LBY"),
                         Actor("place:tripoli-lbn", "Tripoli", "Place", "LBN")])
TRIPOLI = "the/DET/det/2 {}/ADJ/amod/2 port/NOUN/ROOT/2 of/ADP/prep/2 Tripoli/PROPN/pobj/3"


@pytest.mark.parametrize("demonym, expected", [
    ("Lebanese", ("place:tripoli-lbn", "LBN")),   # the document names Lebanon
    ("Libyan", ("place:tripoli", "LBY")),
    ("Italian", ("place:tripoli", "LBY")),         # neither: the dictionary's first place of the name
])
def test_a_place_name_two_states_share_is_the_place_of_the_state_the_document_names(demonym, expected):
    iso = {"Lebanese": "LBN", "Libyan": "LBY", "Italian": "ITA"}[demonym]
    found = _mentions(TRIPOLI.format(demonym), [(1, 2, "Demonym", iso), (4, 5, "Place", "place:tripoli")],
                      TRIPOLI_GAZ, ("actor_id", "country"))
    assert [f for f in found if f[0].startswith("place:")] == [expected]


def test_a_lone_surname_of_one_obscure_namesake_gets_no_state():
    # the dictionaries know one Croatian minister called Milosevic, by one name and one post
    gaz = Gazetteer([*GAZ, Actor("person:domagoj-ivan-milosevic", "Domagoj Ivan Milosevic", "Person", "HRV",
                                 "HRVGOV", roles=(Role("HRVGOV", date(2011, 2, 1)),))])
    doc = make_doc("Milosevic/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak", ents=[(0, 1, "PERSON", "")])
    m = _by_surface(find_actors(doc, gaz))["Milosevic"]
    assert (m.actor_id, m.country, m.code) == ("person:milosevic", None, None)


FAMILY = Gazetteer([
    Actor("SYR", "Syria", "Country", "SYR", "SYR", demonyms=("Syrian",)),
    Actor("person:bashar-al-assad", "Bashar al Assad", "Person", "SYR", "SYRGOV",
          aliases=("Assad", "Bashar al-Assad")),
    Actor("group:al-nusra-front", "al-Nusra Front", "ArmedGroup", "SYR", "SYRREBMUS", aliases=("Nusra Front",)),
])


@pytest.mark.parametrize("spec, ents, surface, actor_id", [
    # The given name decides who of a family is meant: Hafez is not the dictionary's Assad (Bashar).
    ("Hafez/PROPN/compound/3 al/PROPN/compound/3 -/PUNCT/punct/3 Assad/PROPN/nsubj/4 died/VERB/ROOT/4",
     [(0, 3, "PERSON", ""), (3, 4, "Person", "person:bashar-al-assad")], "Hafez al - Assad", "person:hafez-al-assad"),
    # A spelling of the given name, or the name with an initial, is the same person.
    ("Bashir/PROPN/compound/1 Assad/PROPN/nsubj/2 spoke/VERB/ROOT/2",
     [(0, 1, "PERSON", ""), (1, 2, "Person", "person:bashar-al-assad")], "Bashir Assad", "person:bashar-al-assad"),
    ("B./PROPN/compound/1 Assad/PROPN/nsubj/2 spoke/VERB/ROOT/2",
     [(0, 1, "PERSON", ""), (1, 2, "Person", "person:bashar-al-assad")], "B. Assad", "person:bashar-al-assad"),
    # "Al-" the NER tagged before the ruler's "Nusra Front" is the front's own article.
    ("Al/PROPN/compound/2 -/PUNCT/punct/2 Nusra/PROPN/compound/3 Front/PROPN/nsubj/4 fought/VERB/ROOT/4",
     [(0, 2, "ORG", ""), (2, 4, "ArmedGroup", "group:al-nusra-front")], "Al - Nusra Front", "group:al-nusra-front"),
])
def test_a_name_the_ner_began_before_a_dictionary_name_is_one_mention(spec, ents, surface, actor_id):
    mentions = find_actors(make_doc(spec, ents=ents), FAMILY).mentions
    assert [(m.surface, m.actor_id) for m in mentions if m.type != "Country"] == [(surface, actor_id)]


LEADERS = Gazetteer([
    Actor("SAU", "Saudi Arabia", "Country", "SAU", "SAU", demonyms=("Saudi",)),
    Actor("KEN", "Kenya", "Country", "KEN", "KEN", demonyms=("Kenyan",)),
    Actor("place:nairobi", "Nairobi", "Place", "KEN", None),
])


def test_a_coalition_a_state_leads_has_the_leaders_country():
    doc = make_doc("the/DET/det/4 Saudi/PROPN/npadvmod/3 -/PUNCT/punct/3 led/VERB/amod/4/lead/VBN "
                   "coalition/NOUN/nsubj/5 bombed/VERB/ROOT/5/bomb/VBD", ents=[(1, 2, "Demonym", "SAU")])
    coalition = [m for m in find_actors(doc, LEADERS).mentions if m.actor_id == "generic:coalition"]
    assert [(m.country, m.surface) for m in coalition] == [("SAU", "led coalition")]


def test_a_groups_name_before_a_mosque_names_the_mosque_not_the_group():
    gaz = Gazetteer([Actor("group:al-aqsa-martyrs-brigades", "Al-Aqsa Martyrs Brigades", "ArmedGroup", None,
                           "MEAREB", aliases=("Al-Aqsa",))])
    doc = make_doc("attacked/VERB/ROOT/0/attack/VBD the/DET/det/3 Al-Aqsa/PROPN/compound/3 mosque/NOUN/dobj/0",
                   ents=[(2, 3, "ArmedGroup", "group:al-aqsa-martyrs-brigades")])
    assert [(m.surface, m.type) for m in find_actors(doc, gaz).mentions] == [("Al-Aqsa mosque", "Facility")]


def test_a_people_between_a_demonym_and_forces_makes_them_that_peoples_not_the_states_military():
    gaz = Gazetteer([Actor("IRQ", "Iraq", "Country", "IRQ", "IRQ", demonyms=("Iraqi",))])
    doc = make_doc("Iraqi/ADJ/amod/2 Kurdish/ADJ/amod/2 forces/NOUN/nsubj/3 clashed/VERB/ROOT/3/clash/VBD",
                   ents=[(0, 1, "Demonym", "IRQ"), (1, 2, "NORP", "")])
    m = find_actors(doc, gaz).mentions
    assert [(x.surface, x.actor_id, x.type, x.country) for x in m] == [
        ("Iraqi Kurdish forces", "generic:kurdish-forces", "ArmedGroup", "IRQ")]
    doc = make_doc("Iraqi/ADJ/amod/1 forces/NOUN/nsubj/2 clashed/VERB/ROOT/2/clash/VBD", ents=[(0, 1, "Demonym", "IRQ")])
    assert [x.actor_id for x in find_actors(doc, gaz).mentions] == ["IRQMIL"]
    # A party or faith is no people of its own: "Iraqi Sandinista government" is the state's government.
    doc = make_doc("Iraqi/ADJ/amod/2 Sandinista/ADJ/amod/2 government/NOUN/nsubj/3 ordered/VERB/ROOT/3/order/VBD",
                   ents=[(0, 1, "Demonym", "IRQ"), (1, 2, "NORP", "")])
    assert [x.actor_id for x in find_actors(doc, gaz).mentions] == ["IRQGOV"]


def test_a_hedge_the_ner_or_the_ruler_took_into_a_name_is_no_part_of_it():
    gaz = Gazetteer([Actor("group:boko-haram", "Boko Haram", "ArmedGroup", "NGA", "NGAREB")])
    doc = make_doc("Suspected/PROPN/compound/2 Boko/PROPN/compound/2 Haram/PROPN/compound/3 "
                   "fighters/NOUN/nsubj/4 killed/VERB/ROOT/4/kill/VBD", ents=[(1, 3, "ArmedGroup", "group:boko-haram")])
    from graphbuilder.actors import longer_name
    assert longer_name(doc.ents[0], {1, 2}, gaz) is None
    doc = make_doc("Suspected/PROPN/compound/1 Islamists/PROPN/nsubj/2 attacked/VERB/ROOT/2/attack/VBD",
                   ents=[(0, 2, "ORG", "")])
    assert [m.surface for m in find_actors(doc, gaz).mentions] == ["Islamists"]


def test_a_possessive_is_no_part_of_an_organisations_name():
    doc = make_doc("The/DET/det/2 Left/PROPN/compound/2 Party/PROPN/poss/4 's/PART/case/2//POS leader/NOUN/ROOT/4",
                   ents=[(0, 4, "ORG", "")])
    assert [(m.surface, m.actor_id) for m in find_actors(doc, GAZ).mentions] == [("Left Party", "org:left-party")]


def test_a_name_opened_by_an_arabic_word_for_a_body_is_an_organisation_not_a_person():
    doc = make_doc("Jaish/PROPN/compound/3 al/PROPN/compound/3 -/PUNCT/punct/3 Islam/PROPN/nsubj/4 "
                   "shelled/VERB/ROOT/4/shell/VBD", ents=[(0, 4, "PERSON", "")])
    assert [(m.type, m.actor_id) for m in find_actors(doc, GAZ).mentions] == [("Organisation", "org:jaish-al-islam")]


MONARCHS = Gazetteer([
    Actor("OMN", "Oman", "Country", "OMN", "OMN", demonyms=("Omani",)),
    Actor("AFG", "Afghanistan", "Country", "AFG", "AFG", demonyms=("Afghan",)),
    Actor("group:taliban", "Taliban", "ArmedGroup", "AFG", "AFGREB"),
])


def test_the_sultan_of_a_state_is_its_government():
    doc = make_doc("The/DET/det/1 Sultan/PROPN/nsubj/4 of/ADP/prep/1 Oman/PROPN/pobj/2 spoke/VERB/ROOT/4/speak/VBD",
                   ents=[(3, 4, "Country", "OMN")])
    assert [(m.surface, m.actor_id) for m in find_actors(doc, MONARCHS).mentions] == [("Sultan of Oman", "OMNGOV")]


def test_a_named_bodys_officials_in_a_state_are_not_its_government():
    doc = make_doc("Taliban/PROPN/compound/1 officials/NOUN/nsubj/4 in/ADP/prep/1 Afghanistan/PROPN/pobj/2 "
                   "denied/VERB/ROOT/4/deny/VBD", ents=[(0, 1, "ArmedGroup", "group:taliban"), (3, 4, "Country", "AFG")])
    assert [m.actor_id for m in find_actors(doc, MONARCHS).mentions] == ["group:taliban", "AFG"]


def test_a_persons_name_particles_are_also_matched_in_lower_case():
    from graphbuilder.components import _name_forms

    assert _name_forms("Daniel Arap Moi", "Person") == ["Daniel Arap Moi", "Daniel arap Moi"]
    assert _name_forms("Zine el Abidine Ben Ali", "Person") == ["Zine el Abidine Ben Ali", "Zine El Abidine Ben Ali"]
    # A particle that opens or ends the name keeps its capital; other types are written as they are.
    assert _name_forms("Al Assad", "Person") == ["Al Assad"]
    assert _name_forms("Bank Of Ghana", "Organisation") == ["Bank Of Ghana"]


def test_a_person_known_by_one_shared_name_is_no_ruler_pattern():
    from graphbuilder.components import actor_patterns

    gaz = Gazetteer([Actor("person:hussein", "Hussein", "Person", "JOR", "JORGOV", ambiguous_aliases=("Hussein",)),
                     Actor("person:saddam-hussein", "Saddam Hussein", "Person", "IRQ", "IRQELI")])
    assert [p["pattern"] for p in actor_patterns(gaz)] == ["Saddam Hussein"]


def test_a_stateless_peoples_generic_body_gets_the_one_state_the_document_names():
    gaz = Gazetteer([Actor("TUR", "Turkey", "Country", "TUR", "TUR", demonyms=("Turkish",)),
                     Actor("place:diyarbakir", "Diyarbakir", "Place", "TUR", None)])
    spec = "Kurdish/ADJ/amod/1 militants/NOUN/nsubj/2 attacked/VERB/ROOT/2/attack/VBD {}"
    doc = make_doc(spec.format("Diyarbakir/PROPN/dobj/2"), ents=[(0, 1, "NORP", ""), (3, 4, "Place", "place:diyarbakir")])
    assert [(m.actor_id, m.country) for m in find_actors(doc, gaz).mentions if m.type == "ArmedGroup"] == [
        ("generic:militants", "TUR")]
    # A people of several states in a document that names none of them: no state beats a wrong one.
    doc = make_doc(spec.format("police/NOUN/dobj/2"), ents=[(0, 1, "NORP", "")])
    assert [(m.actor_id, m.country) for m in find_actors(doc, gaz).mentions if m.type == "ArmedGroup"] == [
        ("generic:militants", None)]


@pytest.mark.parametrize("prefix, expected", [
    ("", ("American demonstrators", "USAOPP")),
    # "Anti-American demonstrators" are against the state: a mention of it, no people of it.
    ("Anti/ADJ/amod/3 -/PUNCT/punct/3 ", ("American", "USA")),
])
def test_an_anti_prefixed_demonym_names_no_people_of_its_state(prefix, expected):
    gaz = Gazetteer([Actor("USA", "United States", "Country", "USA", "USA", demonyms=("American",))])
    shift = 2 if prefix else 0
    doc = make_doc(f"{prefix}American/ADJ/amod/{1 + shift} demonstrators/NOUN/nsubj/{2 + shift}/demonstrator "
                   f"marched/VERB/ROOT/{2 + shift}/march/VBD", ents=[(shift, shift + 1, "Demonym", "USA")])
    assert [(m.surface, m.actor_id) for m in find_actors(doc, gaz).mentions] == [expected]


def test_a_state_after_a_preposition_left_without_object_does_not_qualify_the_title():
    # "In Turkey Minister Ellwood met ...": the parser makes Turkey a compound of the title, but the
    # preposition before it has lost its object: Turkey is where he met, not whose minister he is.
    gaz = Gazetteer([*GAZ, Actor("TUR", "Turkey", "Country", "TUR", "TUR")])
    spec = ("{}Turkey/PROPN/compound/{m} Minister/PROPN/compound/{n} Ellwood/PROPN/nsubj/{v} met/VERB/ROOT/{v}/meet")
    doc = make_doc(spec.format("In/ADP/prep/4 ", m=2, n=3, v=4), ents=[(1, 2, "Country", "TUR"), (3, 4, "PERSON", "")])
    assert [(r.person.label, r.organ.actor_id) for r in find_actors(doc, gaz).roles] == []
    doc = make_doc(spec.format("", m=1, n=2, v=3), ents=[(0, 1, "Country", "TUR"), (2, 3, "PERSON", "")])
    assert [(r.person.label, r.organ.actor_id) for r in find_actors(doc, gaz).roles] == [("Ellwood", "TURGOV")]


def test_a_ship_or_unit_whose_name_says_whose_it_is_acts_for_that_states_military():
    gaz = Gazetteer([*GAZ, Actor("GBR", "United Kingdom", "Country", "GBR", "GBR", demonyms=("British",)),
                     Actor("place:vermont", "Vermont", "Place", "USA")])
    # The NER took the frigate for a person: the prefix says it is a British ship, a node of its own coded as
    # the British military.
    found = _mentions("HMS/PROPN/compound/1 Daring/PROPN/nsubj/2 escorted/VERB/ROOT/2/escort "
                      "the/DET/det/4 convoy/NOUN/dobj/2", [(0, 2, "PERSON", "")], gaz,
                      fields=("surface", "actor_id", "type", "country", "code"))
    assert found == [("HMS Daring", "ship:daring", "Military", "GBR", "GBRMIL")]
    found = _mentions("The/DET/det/4 Vermont/PROPN/compound/4 Air/PROPN/compound/4 National/PROPN/compound/4 "
                      "Guard/PROPN/nsubj/5 deployed/VERB/ROOT/5/deploy", [(1, 2, "Place", "place:vermont")], gaz)
    assert found == [("Vermont Air National Guard", "USAMIL", "Military")]
    # A unit whose name says no state is found, as an organisation of its own; "Ukraine's" says whose.
    found = _mentions("the/DET/det/3 101st/ADJ/amod/3 Airborne/PROPN/compound/3 Division/PROPN/nsubj/4 "
                      "arrived/VERB/ROOT/4/arrive", [(0, 4, "ORG", "")], gaz)
    assert found == [("101st Airborne Division", "org:101st-airborne-division", "Organisation")]
    found = _mentions("Germany/PROPN/poss/3 's/PART/case/0 National/PROPN/compound/3 Guard/PROPN/nsubj/4 "
                      "left/VERB/ROOT/4/leave", [(0, 1, "Country", "DEU")], gaz)
    assert ("National Guard", "DEUMIL", "Military") in found
    # A capitalised name without a unit word before its last word is no unit ("Islamic State Group").
    found = _mentions("Islamic/PROPN/compound/2 State/PROPN/compound/2 Group/PROPN/nsubj/3 "
                      "spoke/VERB/ROOT/3/speak", [], gaz)
    assert found == []


def test_a_place_spelled_otherwise_than_the_gazetteer_is_that_place_whatever_the_ner_typed():
    gaz = Gazetteer([*GAZ, Actor("SYR", "Syria", "Country", "SYR", "SYR"),
                     Actor("place:raqqa", "Raqqa", "Place", "SYR"), Actor("place:hama", "Hama", "Place", "SYR")])
    found = _mentions("way/NOUN/ROOT/0 to/ADP/prep/0 Raqqah/PROPN/pobj/1", [(2, 3, "PERSON", "")], gaz,
                      fields=("surface", "actor_id", "type", "country"))
    assert found == [("Raqqah", "place:raqqa", "Place", "SYR")]
    found = _mentions("near/ADP/ROOT/0 Ar/PROPN/compound/2 Raqqah/PROPN/pobj/0", [(1, 3, "GPE", "")], gaz)
    assert found == [("Ar Raqqah", "place:raqqa", "Place")]
    # A name that is the sentence's subject stays what the NER said: people are named so too.
    found = _mentions("Hamah/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak", [(0, 1, "PERSON", "")], gaz)
    assert found == [("Hamah", "person:hamah", "Person")]


def test_a_title_and_surname_the_ner_took_for_an_organisation_is_a_person():
    found = _mentions("General/PROPN/compound/1 Townsend/PROPN/nsubj/2 said/VERB/ROOT/2/say",
                      [(0, 2, "ORG", "")])
    assert found == [("Townsend", "person:townsend", "Person")]
    # A company or a body named after the title word stays one.
    for spec in ("General/PROPN/compound/1 Motors/PROPN/nsubj/2/motors/NNPS said/VERB/ROOT/2/say",
                 "General/PROPN/compound/1 Assembly/PROPN/nsubj/2 said/VERB/ROOT/2/say"):
        assert [m[2] for m in _mentions(spec, [(0, 2, "ORG", "")])] == ["Organisation"]


def test_a_place_name_before_university_names_an_organisation_there():
    gaz = Gazetteer([*GAZ, Actor("place:karachi", "Karachi", "Place", "PAK")])
    found = _mentions("at/ADP/ROOT/0 Karachi/PROPN/compound/2 University/PROPN/pobj/0",
                      [(1, 2, "Place", "place:karachi")], gaz, fields=("surface", "actor_id", "type", "country"))
    assert found == [("Karachi University", "org:karachi-university", "Organisation", "PAK")]
    found = _mentions("in/ADP/ROOT/0 Karachi/PROPN/pobj/0 university/NOUN/npadvmod/0",
                      [(1, 2, "Place", "place:karachi")], gaz)
    assert found == [("Karachi", "place:karachi", "Place")]


def test_militias_and_separatists_are_generic_armed_bodies():
    found = _mentions("Shia/PROPN/amod/1 militias/NOUN/nsubj/2 fought/VERB/ROOT/2/fight", [(0, 1, "NORP", "")])
    assert found == [("Shia militias", "generic:militias", "ArmedGroup")]
    found = _mentions("Separatists/NOUN/nsubj/1/separatist attacked/VERB/ROOT/1/attack "
                      "the/DET/det/4 separatist/ADJ/amod/4 group/NOUN/dobj/1", [])
    assert [m[1] for m in found] == ["generic:separatists", "generic:separatists"]
    # A militia's leader is no militia acting.
    assert _mentions("the/DET/det/2 militia/NOUN/compound/2 leader/NOUN/nsubj/3 died/VERB/ROOT/3/die", []) == []


def test_a_regional_force_coded_as_the_states_military_stays_a_body_of_its_own():
    gaz = Gazetteer([*GAZ, Actor("IRQ", "Iraq", "Country", "IRQ", "IRQ", demonyms=("Iraqi",)),
                     Actor("org:peshmerga", "Peshmerga", "Organisation", "IRQ", "IRQMIL"),
                     Actor("org:iraqi-army", "Iraqi Army", "Organisation", "IRQ", "IRQMIL")])
    found = _mentions("The/DET/det/1 Peshmerga/PROPN/nsubj/2 advanced/VERB/ROOT/2/advance "
                      "with/ADP/prep/2 the/DET/det/5 Army/PROPN/pobj/3",
                      [(1, 2, "Organisation", "org:peshmerga"), (5, 6, "Organisation", "org:iraqi-army")], gaz,
                      fields=("surface", "actor_id", "country", "code"))
    assert found == [("Peshmerga", "org:peshmerga", "IRQ", "IRQMIL"), ("Army", "IRQMIL", "IRQ", "IRQMIL")]


def test_an_unknown_name_after_a_sentences_opening_near_the_parser_took_in_is_a_place():
    found = _mentions("Near/PROPN/compound/1 Rawah/PROPN/nsubj/3 ,/PUNCT/punct/1 strikes/NOUN/nsubj/3/strike "
                      "engaged/VERB/ROOT/3/engage", [])
    assert found == [("Rawah", "place:rawah", "Place")]


def test_a_ships_name_keeps_its_lower_case_particles():
    gaz = Gazetteer([*GAZ, Actor("FRA", "France", "Country", "FRA", "FRA", demonyms=("French",))])
    found = _mentions("aboard/ADP/ROOT/0 FS/PROPN/compound/4 Charles/PROPN/compound/4 de/PROPN/compound/4 "
                      "Gaulle/PROPN/pobj/0", [(1, 5, "ORG", "")], gaz)
    assert found == [("FS Charles de Gaulle", "ship:charles-de-gaulle", "Military")]


def test_an_ordinal_unit_of_a_named_state_and_a_group_named_hashd_are_bodies():
    gaz = Gazetteer([*GAZ, Actor("IRQ", "Iraq", "Country", "IRQ", "IRQ", demonyms=("Iraqi",))])
    found = _mentions("the/DET/det/3 Iraqi/ADJ/amod/3 16th/ADJ/amod/3 Division/PROPN/nsubj/4 "
                      "entered/VERB/ROOT/4/enter", [(1, 2, "Demonym", "IRQ")], gaz)
    assert found == [("Iraqi 16th Division", "IRQMIL", "Military")]
    found = _mentions("Hashd/PROPN/compound/2 al/PROPN/compound/2 -/PUNCT/punct/3 Shaabi/PROPN/nsubj/4 "
                      "advanced/VERB/ROOT/4/advance", [(0, 4, "PERSON", "")])
    assert [m[2] for m in found] == ["Organisation"]


def test_a_spokesman_of_a_state_organ_named_by_its_own_name_serves_that_organ():
    gaz = Gazetteer([*GAZ, Actor("org:white-house", "White House", "Organisation", "USA", "USAGOV")])
    spec = ("White/PROPN/compound/1 House/PROPN/compound/2 {}/NOUN/compound/4 Josh/PROPN/compound/4 "
            "Earnest/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak")
    got = _roles(spec.format("spokesman"), [(0, 2, "Organisation", "org:white-house"), (3, 5, "PERSON", "")], gaz)
    assert got == [("Josh Earnest", "USAGOV", False)]
    # A commander or a general is left to the rules that say whom he commands.
    assert _roles(spec.format("commander"), [(0, 2, "Organisation", "org:white-house"), (3, 5, "PERSON", "")],
                  gaz) == []


def test_a_bare_office_is_the_state_whose_ministry_of_that_portfolio_the_document_names():
    gaz = Gazetteer([*GAZ, Actor("GBR", "United Kingdom", "Country", "GBR", "GBR", demonyms=("British",)),
                     Actor("IRQ", "Iraq", "Country", "IRQ", "IRQ", demonyms=("Iraqi",)),
                     Actor("org:fco", "Foreign Office", "Organisation", "GBR", "GBRGOV")])
    spec = ("A/DET/det/2 {}/PROPN/compound/2 Office/PROPN/compound/3 spokesman/NOUN/nsubj/4 said/VERB/ROOT/4/say "
            "the/DET/det/7 Foreign/PROPN/compound/7 Secretary/PROPN/nsubj/8 met/VERB/ccomp/4/meet "
            "Iraqi/ADJ/amod/10 leaders/NOUN/dobj/8/leader")
    ents = [(1, 3, "Organisation", "org:fco"), (9, 10, "Demonym", "IRQ")]
    by = _by_surface(find_actors(make_doc(spec.format("Foreign"), ents=ents), gaz))
    assert (by["Foreign Secretary"].country, by["Foreign Secretary"].code) == ("GBR", "GBRGOV")
    # Another ministry says nothing of whose Foreign Secretary, nor does the state of those he met.
    by = _by_surface(find_actors(make_doc(spec.format("Home"), ents=[(9, 10, "Demonym", "IRQ")]), gaz))
    assert by["Foreign Secretary"].country is None


def test_a_pro_prefixed_demonym_is_neither_the_state_nor_its_organ():
    gaz = Gazetteer([*GAZ, Actor("RUS", "Russia", "Country", "RUS", "RUS", demonyms=("Russian",))])
    found = _mentions("Pro/ADJ/amod/3 -/PUNCT/punct/2 Russian/ADJ/amod/3 separatists/NOUN/nsubj/4/separatist "
                      "shelled/VERB/ROOT/4/shell", [(2, 3, "Demonym", "RUS")], gaz)
    assert [(m[1], m[2]) for m in found] == [("generic:separatists", "ArmedGroup")]
    found = _mentions("Russian/ADJ/amod/1 separatists/NOUN/nsubj/2/separatist shelled/VERB/ROOT/2/shell",
                      [(0, 1, "Demonym", "RUS")], gaz)
    assert [m[1] for m in found] == ["RUSREB"]


def test_a_company_or_a_known_body_inside_a_capitalised_run_is_no_military_unit():
    gaz = Gazetteer([*GAZ, Actor("LBY", "Libya", "Country", "LBY", "LBY", demonyms=("Libyan",)),
                     Actor("group:fsa", "Free Syrian Army", "ArmedGroup", "SYR", "SYRREB")])
    found = _mentions("Libya/PROPN/poss/4 's/PART/case/0 National/PROPN/compound/4 Oil/PROPN/compound/4 "
                      "Company/PROPN/nsubj/5 said/VERB/ROOT/5/say", [(0, 1, "Country", "LBY"), (2, 5, "ORG", "")], gaz)
    assert ("National Oil Company", "org:national-oil-company", "Organisation") in found
    found = _mentions("A/DET/det/4 Free/PROPN/compound/3 Syrian/PROPN/compound/3 Army/PROPN/compound/4 "
                      "Brigade/PROPN/nsubj/5 attacked/VERB/ROOT/5/attack", [(1, 4, "ArmedGroup", "group:fsa")], gaz)
    assert ("Free Syrian Army", "group:fsa", "ArmedGroup") in found


def test_a_name_typed_a_body_after_by_is_no_place_of_another_spelling():
    gaz = Gazetteer([*GAZ, Actor("MYS", "Malaysia", "Country", "MYS", "MYS"),
                     Actor("place:sabah", "Sabah", "Place", "MYS")])
    found = _mentions("reported/VERB/ROOT/0/report by/ADP/agent/0 Al/PROPN/compound/3 Sabah/PROPN/pobj/1",
                      [(2, 4, "ORG", "")], gaz)
    assert found == [("Al Sabah", "org:al-sabah", "Organisation")]
    found = _mentions("fled/VERB/ROOT/0/flee to/ADP/prep/0 Al/PROPN/compound/3 Sabah/PROPN/pobj/1",
                      [(2, 4, "ORG", "")], gaz)
    assert found == [("Al Sabah", "place:sabah", "Place")]


def test_a_surname_the_ner_left_untagged_is_the_person_named_in_full():
    spec = ("Khalifa/PROPN/compound/1 Haftar/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
            "Haftar/PROPN/nsubj/5 later/ADV/advmod/5 left/VERB/ROOT/5/leave ./PUNCT/punct/5 "
            "Haftar/PROPN/compound/9 Street/PROPN/nsubj/10 was/AUX/ROOT/10/be closed/ADJ/acomp/10 ./PUNCT/punct/10 "
            "the/DET/det/15 Haftar/PROPN/compound/15 era/NOUN/nsubj/16 ended/VERB/ROOT/16/end")
    found = [m for m in _mentions(spec, [(0, 2, "PERSON", "")], fields=("surface", "actor_id", "token_start"))
             if m[1] == "person:khalifa-haftar"]
    # the lone surname is him; the street and the era named after him are not
    assert found == [("Khalifa Haftar", "person:khalifa-haftar", 0), ("Haftar", "person:khalifa-haftar", 4)]


def test_a_surname_two_people_of_the_document_bear_names_neither():
    spec = ("George/PROPN/compound/1 Bush/PROPN/nsubj/5 and/CCONJ/cc/1 Jeb/PROPN/compound/4 Bush/PROPN/conj/1 "
            "spoke/VERB/ROOT/5/speak ./PUNCT/punct/5 Bush/PROPN/nsubj/8 left/VERB/ROOT/8/leave")
    found = _mentions(spec, [(0, 2, "PERSON", ""), (3, 5, "PERSON", "")], fields=("surface", "token_start"))
    assert ("Bush", 7) not in found


@pytest.mark.parametrize("title, organ", [("General/PROPN/compound/3", "USAMIL"),
                                          ("Attorney/PROPN/compound/2 General/PROPN/compound/4", "USAGOV"),
                                          ("Surgeon/PROPN/compound/2 General/PROPN/compound/4", "USAGOV")])
def test_a_civil_office_named_general_is_in_the_government_not_the_military(title, organ):
    # "US Attorney General Eric Holder" serves in the government; "US General John Allen" in the military
    n = len(title.split())
    doc_spec = (f"US/PROPN/compound/{n + 2} {title} John/PROPN/compound/{n + 2} Allen/PROPN/nsubj/{n + 3} "
                f"spoke/VERB/ROOT/{n + 3}/speak")
    assert _roles(doc_spec, [(0, 1, "Country", "USA"), (n + 1, n + 3, "PERSON", "")],
                  fields=("organ.actor_id", "leader")) == [(organ, False)]


@pytest.mark.parametrize("spec, ents, expected", [
    # a people the NER typed a place, as subject and object
    ("The/DET/det/1 Alawites/PROPN/nsubj/2 fear/VERB/ROOT/2 Sunnis/PROPN/dobj/2",
     [(1, 2, "GPE", ""), (3, 4, "NORP", "")],
     [("Alawites", "people:alawites", "Organisation"), ("Sunnis", "people:sunnis", "Organisation")]),
    # a people's men are the people; the adjective of their plight names it
    ("Militants/NOUN/nsubj/1 killed/VERB/ROOT/1/kill Yazidi/PROPN/compound/3 men/NOUN/dobj/1 during/ADP/prep/1 "
     "the/DET/det/7 Yazidi/ADJ/amod/7 plight/NOUN/pobj/4",
     [(2, 3, "ORG", ""), (6, 7, "GPE", "")],
     [("Yazidi men", "people:yazidis", "Organisation"), ("Yazidi", "people:yazidis", "Organisation"),
      ("Militants", "generic:militants", "ArmedGroup")]),
])
def test_a_people_is_neither_a_place_nor_an_organisation_name(spec, ents, expected):
    assert sorted(_mentions(spec, ents)) == sorted(expected)


def test_a_people_before_a_body_or_a_thing_is_no_mention_of_the_people():
    found = _mentions("Kurdish/ADJ/amod/1 forces/NOUN/nsubj/2 shelled/VERB/ROOT/2/shell Alawite/ADJ/amod/4 "
                      "villages/NOUN/dobj/2", [(0, 1, "NORP", ""), (3, 4, "PERSON", "")])
    assert not [m for m in found if m[1].startswith("people:")]


@pytest.mark.parametrize("spec, ents, expected", [
    # object of a verb of taking a place, whatever the NER typed it
    ("Iraqi/ADJ/amod/1 forces/NOUN/nsubj/2 retook/VERB/ROOT/2/retake Qayyarah/PROPN/dobj/2",
     [(3, 4, "PERSON", "")], ("Qayyarah", "place:qayyarah", "Place")),
    ("Rebels/NOUN/nsubj/1 captured/VERB/ROOT/1/capture Qusair/PROPN/dobj/1", [(2, 3, "ORG", "")],
     ("Qusair", "place:qusair", "Place")),
    ("Troops/NOUN/nsubjpass/2 were/AUX/auxpass/2 besieged/VERB/ROOT/2/besiege ./PUNCT/punct/2 "
     "Rebels/NOUN/nsubj/5 besieged/VERB/ROOT/5/besiege Dabiq/PROPN/dobj/5", [(6, 7, "ORG", "")],
     ("Dabiq", "place:dabiq", "Place")),
    # a person's name after "in", with a lower-case article
    ("A/DET/det/1 bomb/NOUN/nsubj/2 exploded/VERB/ROOT/2/explode in/ADP/prep/2 al-Hilla/PROPN/pobj/3",
     [(4, 5, "PERSON", "")], ("al-Hilla", "place:al-hilla", "Place")),
    # the NER's organisation ends with a facility's noun
    ("Jets/NOUN/nsubj/1 struck/VERB/ROOT/1/strike Tiyas/PROPN/compound/4 Military/PROPN/compound/4 "
     "Airfield/PROPN/dobj/1", [(2, 5, "ORG", "")],
     ("Tiyas Military Airfield", "fac:tiyas-military-airfield", "Facility")),
    # a code name is no place; qualifying rebels it is an armed group
    ("M23/PROPN/compound/1 rebels/NOUN/nsubj/2 seized/VERB/ROOT/2/seize Goma/PROPN/dobj/2",
     [(0, 1, "GPE", "")], ("M23", "group:m23", "ArmedGroup")),
])
def test_a_name_only_a_place_can_be_is_a_place(spec, ents, expected):
    assert expected in _mentions(spec, ents)


@pytest.mark.parametrize("spec, ents", [
    ("Voters/NOUN/nsubj/1 expressed/VERB/ROOT/1/express confidence/NOUN/dobj/1 in/ADP/prep/2 "
     "Smith/PROPN/pobj/3", [(4, 5, "PERSON", "")]),
    ("Rebels/NOUN/nsubj/1 captured/VERB/ROOT/1/capture Abu/PROPN/compound/3 Ali/PROPN/dobj/1",
     [(2, 4, "PERSON", "")]),
])
def test_a_person_taken_or_trusted_stays_a_person(spec, ents):
    assert [m[2] for m in _mentions(spec, ents) if m[2] in ("Person", "Place")] == ["Person"]


REGIME_GAZ = Gazetteer([*GAZ, Actor("SYR", "Syria", "Country", "SYR", "SYR", demonyms=("Syrian",)),
                        Actor("person:bashar-al-assad", "Bashar al Assad", "Person", "SYR", "SYRGOV",
                              aliases=("Assad",), roles=(Role("SYRGOV"),), leader=True)])


def test_a_leaders_regime_is_his_states_government_and_the_regime_after_it_too():
    found = _mentions("The/DET/det/2 Assad/PROPN/compound/2 regime/NOUN/nsubj/3 bombed/VERB/ROOT/3/bomb "
                      "Homs/PROPN/dobj/3 ./PUNCT/punct/3 Regime/NOUN/compound/7 forces/NOUN/nsubj/8 "
                      "shelled/VERB/ROOT/8/shell Aleppo/PROPN/dobj/8",
                      [(1, 2, "Person", "person:bashar-al-assad"), (4, 5, "GPE", ""), (9, 10, "GPE", "")],
                      REGIME_GAZ)
    assert ("Assad regime", "SYRGOV", "Government") in found
    assert ("Regime forces", "SYRMIL", "Military") in found
    assert not [m for m in found if m[1] == "person:bashar-al-assad"]


def test_the_regime_of_no_named_state_stays_unnamed():
    found = _mentions("The/DET/det/1 regime/NOUN/nsubj/2 fell/VERB/ROOT/2/fall", [], REGIME_GAZ)
    assert found == [("The regime", "generic:regime", "Organisation")]


def test_militias_a_state_qualifies_are_its_militias_not_rebels_in_it():
    gaz = Gazetteer([*GAZ, Actor("IRN", "Iran", "Country", "IRN", "IRN", demonyms=("Iranian",))])
    found = _mentions("Iranian/ADJ/amod/1 militias/NOUN/nsubj/2 fought/VERB/ROOT/2/fight",
                      [(0, 1, "Demonym", "IRN")], gaz, ("surface", "actor_id", "label"))
    assert found == [("Iranian militias", "IRNUAF", "Militias of Iran")]


@pytest.mark.model
def test_retook_is_read_as_a_verb(nlp):
    doc = nlp("The rebels retook the town on Monday.")
    verb = doc[2]
    assert (verb.pos_, verb.dep_) == ("VERB", "ROOT") and doc[4].head.i == 2


# One person, one node: later short or variant forms of a name given in full earlier.

NAME_GAZ = Gazetteer([*GAZ,
                      Actor("IRQ", "Iraq", "Country", "IRQ", "IRQ", demonyms=("Iraqi",)),
                      Actor("person:haidar-al-abadi", "Haidar al-Abadi", "Person", "IRQ", "IRQGOV",
                            aliases=("Haider al-Abadi", "Abadi"), roles=(Role("IRQGOV"),)),
                      Actor("person:gerhard-schroder", "Gerhard Schroder", "Person", "DEU", "DEUGOV",
                            roles=(Role("DEUGOV"),))])


def _ids(index):
    return [(m.surface, m.actor_id, m.type) for m in index.mentions if not m.pronoun]


def test_a_name_cut_after_its_particle_is_one_person_with_its_surname():
    # "Ibrahim al- Jaafari": the NER ends the person at "al-" and takes "Jaafari" for a place.
    doc = make_doc("Ibrahim/PROPN/compound/2 al-/X/dep/2 Jaafari/PROPN/nsubj/3 spoke/VERB/ROOT/3/speak ./PUNCT/punct/3 "
                   "Jaafari/PROPN/nsubj/6 left/VERB/ROOT/6/leave",
                   ents=[(0, 2, "PERSON", ""), (2, 3, "GPE", ""), (5, 6, "GPE", "")])
    assert _ids(find_actors(doc, NAME_GAZ)) == [("Ibrahim al- Jaafari", "person:ibrahim-al-jaafari", "Person"),
                                                ("Jaafari", "person:ibrahim-al-jaafari", "Person")]


def test_a_name_not_ending_in_a_particle_does_not_take_the_next_name():
    # "Khalid Ali Baghdad bureau": a person and a place side by side stay two.
    doc = make_doc("Khalid/PROPN/compound/1 Ali/PROPN/nsubj/3 Baghdad/PROPN/compound/3 spoke/VERB/ROOT/3/speak",
                   ents=[(0, 2, "PERSON", ""), (2, 3, "GPE", "")])
    assert [m.surface for m in find_actors(doc, NAME_GAZ).mentions] == ["Khalid Ali", "Baghdad"]


def test_a_surname_with_its_lower_case_particle_is_the_person_named_in_full():
    doc = make_doc("Hasan/PROPN/compound/4 al/X/dep/4 -/PUNCT/punct/4 Momani/PROPN/nsubj/4 spoke/VERB/ROOT/4/speak "
                   "./PUNCT/punct/4 al/X/dep/9 -/PUNCT/punct/9 Momani/PROPN/nsubj/9 left/VERB/ROOT/9/leave",
                   ents=[(0, 4, "PERSON", ""), (6, 9, "PERSON", "")])
    assert [i for _s, i, _t in _ids(find_actors(doc, NAME_GAZ))] == ["person:hasan-al-momani"] * 2


def test_an_accented_surname_is_the_dictionary_person_spelt_without_accents():
    # The NER takes the lone "Schröder" for an organisation; the dictionary spells him "Schroder".
    doc = make_doc("Gerhard/PROPN/compound/1 Schröder/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
                   "Schröder/PROPN/nsubj/5 left/VERB/ROOT/5/leave",
                   ents=[(0, 2, "PERSON", "person:gerhard-schroder"), (4, 5, "ORG", "")])
    assert _ids(find_actors(doc, NAME_GAZ)) == [("Gerhard Schröder", "person:gerhard-schroder", "Person"),
                                                ("Schröder", "person:gerhard-schroder", "Person")]


def test_a_whole_name_the_ner_took_for_a_body_is_the_person_of_that_name():
    doc = make_doc("Dean/PROPN/compound/1 Reed/PROPN/nsubj/2 sang/VERB/ROOT/2/sing ./PUNCT/punct/2 "
                   "Dean/PROPN/compound/5 Reed/PROPN/nsubj/6 left/VERB/ROOT/6/leave",
                   ents=[(0, 2, "PERSON", ""), (4, 6, "ORG", "")])
    assert {i for _s, i, _t in _ids(find_actors(doc, NAME_GAZ))} == {"person:dean-reed"}


def test_a_dictionary_surname_of_two_people_named_in_the_text_is_neither():
    # "Abadi" is the dictionary's alias of Haidar al-Abadi, but the text names another Abadi.
    doc = make_doc("Haider/PROPN/compound/2 al-/X/dep/2 Abadi/PROPN/nsubj/3 met/VERB/ROOT/3/meet "
                   "Khalid/PROPN/compound/6 al-/X/dep/6 Abadi/PROPN/dobj/3 ./PUNCT/punct/3 "
                   "Abadi/PROPN/nsubj/9 spoke/VERB/ROOT/9/speak",
                   ents=[(0, 3, "PERSON", "person:haidar-al-abadi"), (4, 7, "PERSON", ""),
                         (8, 9, "PERSON", "person:haidar-al-abadi")])
    m = _by_surface(find_actors(doc, NAME_GAZ))["Abadi"]
    assert (m.actor_id, m.country, m.code) == ("person:abadi", None, None)


def test_a_dictionary_surname_of_the_one_person_named_in_full_stays_that_person():
    doc = make_doc("Haider/PROPN/compound/2 al-/X/dep/2 Abadi/PROPN/nsubj/3 spoke/VERB/ROOT/3/speak ./PUNCT/punct/3 "
                   "Abadi/PROPN/nsubj/6 left/VERB/ROOT/6/leave",
                   ents=[(0, 3, "PERSON", "person:haidar-al-abadi"), (5, 6, "PERSON", "person:haidar-al-abadi")])
    m = _by_surface(find_actors(doc, NAME_GAZ))["Abadi"]
    assert (m.actor_id, m.code) == ("person:haidar-al-abadi", "IRQGOV")


def test_a_surname_a_relative_taken_for_a_body_also_bears_is_nobodys():
    # "Jean-Marie Le Pen" typed an organisation is still a second Le Pen: "Le Pen" is not Marine.
    doc = make_doc("Marine/PROPN/compound/2 Le/PROPN/compound/2 Pen/PROPN/nsubj/3 met/VERB/ROOT/3/meet "
                   "Jean/PROPN/compound/8 -/PUNCT/punct/8 Marie/PROPN/compound/8 Le/PROPN/compound/8 "
                   "Pen/PROPN/dobj/3 ./PUNCT/punct/3 Le/PROPN/compound/11 Pen/PROPN/nsubj/12 "
                   "spoke/VERB/ROOT/12/speak",
                   ents=[(0, 3, "PERSON", ""), (4, 9, "ORG", ""), (10, 12, "PERSON", "")])
    m = _by_surface(find_actors(doc, NAME_GAZ))["Le Pen"]
    assert m.actor_id == "person:le-pen"


def test_a_surname_of_the_one_person_named_in_full_is_that_person_despite_a_body():
    # a body whose name is no person's ("Pen Holdings" ends in no "Le Pen") takes nothing away
    doc = make_doc("Marine/PROPN/compound/2 Le/PROPN/compound/2 Pen/PROPN/nsubj/3 met/VERB/ROOT/3/meet "
                   "Pen/PROPN/compound/5 Holdings/PROPN/dobj/3 ./PUNCT/punct/3 Le/PROPN/compound/8 "
                   "Pen/PROPN/nsubj/9 spoke/VERB/ROOT/9/speak",
                   ents=[(0, 3, "PERSON", ""), (4, 6, "ORG", ""), (7, 9, "PERSON", "")])
    m = [x for x in find_actors(doc, NAME_GAZ).mentions if x.token_start == 7][0]
    assert m.actor_id == "person:marine-le-pen"


NAME_GAZ2 = Gazetteer([*NAME_GAZ,
                       Actor("person:ayman-al-zawahiri", "Ayman al-Zawahiri", "Person", None, "IMGMUSALQ",
                             aliases=("Zawahiri",)),
                       Actor("person:ayad-allawi", "Ayad Allawi", "Person", "IRQ", "IRQGOV"),
                       Actor("BGD", "Baghdad", "Place", "IRQ", None)])


def test_a_given_name_and_particle_before_a_lone_surname_are_the_name():
    # "Salman al- Awda": the NER tags only "Awda"; the given name and the particle come before it.
    doc = make_doc("Salman/PROPN/compound/2 al-/X/punct/2 Awda/PROPN/nsubjpass/4 was/AUX/auxpass/4 "
                   "arrested/VERB/ROOT/4/arrest", ents=[(2, 3, "PERSON", "")])
    assert _ids(find_actors(doc, NAME_GAZ2)) == [("Salman al- Awda", "person:salman-al-awda", "Person")]


def test_a_name_written_with_a_particle_the_dictionary_omits_is_the_dictionary_person():
    doc = make_doc("Ayad/PROPN/compound/2 al-/X/dep/2 Allawi/PROPN/nsubj/3 spoke/VERB/ROOT/3/speak",
                   ents=[(2, 3, "PERSON", "")])
    m = _by_surface(find_actors(doc, NAME_GAZ2))["Ayad al- Allawi"]
    assert (m.actor_id, m.code) == ("person:ayad-allawi", "IRQGOV")


def test_a_title_or_a_known_place_before_the_particle_is_no_given_name():
    doc = make_doc("Prime/PROPN/compound/1 Minister/PROPN/compound/3 al-/X/dep/3 Abadi/PROPN/nsubj/4 "
                   "spoke/VERB/ROOT/4/speak", ents=[(3, 4, "PERSON", "")])
    assert [m.surface for m in find_actors(doc, NAME_GAZ2).mentions] == ["Abadi"]
    doc = make_doc("Baghdad/PROPN/compound/2 al-/X/dep/2 Sadr/PROPN/nsubj/3 spoke/VERB/ROOT/3/speak",
                   ents=[(0, 1, "GPE", "BGD"), (2, 3, "PERSON", "")])
    assert [m.surface for m in find_actors(doc, NAME_GAZ2).mentions] == ["Baghdad", "Sadr"]


def test_a_dictionary_surname_after_another_given_name_is_another_person():
    # "Mohamed al- Zawahiri", the brother: not the dictionary's Ayman al-Zawahiri.
    doc = make_doc("Mohamed/PROPN/compound/2 al-/X/dep/2 Zawahiri/PROPN/nsubj/3 spoke/VERB/ROOT/3/speak",
                   ents=[(2, 3, "PERSON", "person:ayman-al-zawahiri")])
    m = _by_surface(find_actors(doc, NAME_GAZ2))["Mohamed al- Zawahiri"]
    assert (m.actor_id, m.code) == ("person:mohamed-al-zawahiri", None)
    doc = make_doc("Aymen/PROPN/compound/2 al-/X/dep/2 Zawahiri/PROPN/nsubj/3 spoke/VERB/ROOT/3/speak",
                   ents=[(2, 3, "PERSON", "person:ayman-al-zawahiri")])
    m = find_actors(doc, NAME_GAZ2).mentions[0]
    assert (m.actor_id, m.code) == ("person:ayman-al-zawahiri", "IMGMUSALQ")


def test_an_untagged_surname_without_its_accents_is_the_person_named_in_full():
    doc = make_doc("Lech/PROPN/compound/1 Wałęsa/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
                   "Walesa/PROPN/nsubj/5 left/VERB/ROOT/5/leave", ents=[(0, 2, "PERSON", "")])
    assert [(m.surface, m.label) for m in find_actors(doc, NAME_GAZ2).mentions if not m.pronoun] == \
        [("Lech Wałęsa", "Lech Wałęsa"), ("Walesa", "Lech Wałęsa")]


def test_a_surname_of_two_people_the_ner_took_for_a_body_is_a_person_of_neither():
    doc = make_doc("Khalid/PROPN/compound/1 Abadi/PROPN/nsubj/2 met/VERB/ROOT/2/meet Sami/PROPN/compound/4 "
                   "Abadi/PROPN/dobj/2 ./PUNCT/punct/2 Abadi/PROPN/nsubj/7 spoke/VERB/ROOT/7/speak",
                   ents=[(0, 2, "PERSON", ""), (3, 5, "PERSON", ""), (6, 7, "ORG", "")])
    m = [x for x in find_actors(doc, NAME_GAZ2).mentions if x.token_start == 6][0]
    assert (m.actor_id, m.type) == ("person:abadi", "Person")


NAME_GAZ3 = Gazetteer([*NAME_GAZ2,
                       Actor("person:joe-biden", "Joe Biden", "Person", "USA", "USAGOV", aliases=("Biden",)),
                       Actor("person:barack-obama", "Barack Obama", "Person", "USA", "USAGOV", aliases=("Obama",))])


def test_an_occupation_before_a_surname_is_no_other_bearer_of_it():
    # "Archaeologist Lutz" is Herbert Lutz, not a second Lutz who would make "Lutz" nobody's.
    doc = make_doc("Archaeologist/PROPN/compound/1 Lutz/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
                   "Herbert/PROPN/compound/5 Lutz/PROPN/nsubj/6 agreed/VERB/ROOT/6/agree ./PUNCT/punct/6 "
                   "Lutz/PROPN/nsubj/9 left/VERB/ROOT/9/leave",
                   ents=[(0, 2, "PERSON", ""), (4, 6, "PERSON", ""), (8, 9, "PERSON", "")])
    m = [x for x in find_actors(doc, NAME_GAZ3).mentions if x.token_start == 8][0]
    assert m.actor_id == "person:herbert-lutz"


def test_a_name_without_its_middle_name_is_the_one_person_named_so_in_full():
    doc = make_doc("Jose/PROPN/compound/2 Julino/PROPN/compound/2 Kalupeteka/PROPN/nsubj/3 spoke/VERB/ROOT/3/speak "
                   "./PUNCT/punct/3 Jose/PROPN/compound/6 Kalupeteka/PROPN/nsubj/7 left/VERB/ROOT/7/leave",
                   ents=[(0, 3, "PERSON", ""), (5, 7, "PERSON", "")])
    assert [m.actor_id for m in find_actors(doc, NAME_GAZ3).mentions if not m.pronoun] == \
        ["person:jose-julino-kalupeteka"] * 2


def test_a_name_without_its_middle_name_of_two_people_is_neither():
    doc = make_doc("Maria/PROPN/compound/2 Elena/PROPN/compound/2 Lopez/PROPN/nsubj/7 and/CCONJ/cc/2 "
                   "Maria/PROPN/compound/6 Luisa/PROPN/compound/6 Lopez/PROPN/conj/2 left/VERB/ROOT/7/leave "
                   "./PUNCT/punct/7 Maria/PROPN/compound/10 Lopez/PROPN/nsubj/11 spoke/VERB/ROOT/11/speak",
                   ents=[(0, 3, "PERSON", ""), (4, 7, "PERSON", ""), (9, 11, "PERSON", "")])
    m = [x for x in find_actors(doc, NAME_GAZ3).mentions if x.token_start == 9][0]
    assert m.actor_id == "person:maria-lopez"


def test_a_given_name_before_a_dictionary_surname_is_another_person():
    # the dictionary matched "Biden" alone; "Hunter Biden" is not Joe Biden
    doc = make_doc("Hunter/PROPN/compound/1 Biden/PROPN/nsubj/2 testified/VERB/ROOT/2/testify",
                   ents=[(1, 2, "Person", "person:joe-biden")])
    m = find_actors(doc, NAME_GAZ3).mentions[0]
    assert (m.surface, m.actor_id, m.code) == ("Hunter Biden", "person:hunter-biden", None)


def test_a_known_name_or_a_title_before_a_dictionary_surname_is_no_given_name():
    doc = make_doc("the/DET/det/3 Obama/PROPN/compound/3 Biden/PROPN/compound/3 administration/NOUN/nsubj/4 "
                   "acted/VERB/ROOT/4/act", ents=[(2, 3, "Person", "person:joe-biden")])
    m = _by_surface(find_actors(doc, NAME_GAZ3))["Biden"]
    assert m.actor_id == "person:joe-biden"
    doc = make_doc("Vice/PROPN/compound/1 President/PROPN/compound/2 Biden/PROPN/nsubj/3 spoke/VERB/ROOT/3/speak",
                   ents=[(2, 3, "Person", "person:joe-biden")])
    assert _by_surface(find_actors(doc, NAME_GAZ3))["Biden"].actor_id == "person:joe-biden"


ABADI_GAZ = Gazetteer([*GAZ,
                       Actor("IRQ", "Iraq", "Country", "IRQ", "IRQ", demonyms=("Iraqi",)),
                       Actor("person:haidar-al-abadi", "Haidar al-Abadi", "Person", "IRQ", "IRQGOV",
                             aliases=("Al-Abadi",), roles=(Role("IRQGOV"),)),
                       Actor("person:abdul-salam-al-abadi", "Abdul Salam al-Abadi", "Person", "JOR", "JORGOV"),
                       Actor("person:mohammad-ali-abadi", "Mohammad Ali Abadi", "Person", "IRN", "IRNGOVEDU")])


def test_a_surname_without_its_article_is_the_dictionary_alias_with_it():
    # "President Abadi": the dictionary gives "Al-Abadi" to one person; other Abadis are named in full only.
    doc = make_doc("President/PROPN/compound/1 Abadi/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak",
                   ents=[(1, 2, "PERSON", "")])
    m = _by_surface(find_actors(doc, ABADI_GAZ))["Abadi"]
    assert (m.actor_id, m.code) == ("person:haidar-al-abadi", "IRQGOV")
    # without a title agreeing: his state and code, not his node
    doc = make_doc("Abadi/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak", ents=[(0, 1, "PERSON", "")])
    m = _by_surface(find_actors(doc, ABADI_GAZ))["Abadi"]
    assert (m.actor_id, m.country, m.code) == ("person:abadi", "IRQ", "IRQGOV")


def test_a_surname_whose_article_form_no_one_has_stays_unattributed():
    gaz = Gazetteer([a for a in ABADI_GAZ if a.id != "person:haidar-al-abadi"]
                    + [Actor("person:haidar-al-abadi", "Haidar al-Abadi", "Person", "IRQ", "IRQGOV",
                             roles=(Role("IRQGOV"),))])
    doc = make_doc("Prime/PROPN/compound/1 Minister/PROPN/compound/2 Abadi/PROPN/nsubj/3 spoke/VERB/ROOT/3/speak",
                   ents=[(2, 3, "PERSON", "")])
    m = _by_surface(find_actors(doc, gaz))["Abadi"]
    assert m.actor_id == "person:abadi" and m.code != "IRQGOV"


def test_a_surname_with_its_lower_case_article_is_the_dictionary_alias():
    doc = make_doc("al-Abadi/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak", ents=[(0, 1, "PERSON", "")])
    m = _by_surface(find_actors(doc, ABADI_GAZ))["al-Abadi"]
    assert (m.actor_id, m.code) == ("person:haidar-al-abadi", "IRQGOV")


def test_a_title_owned_by_its_of_another_body_is_not_in_the_persons_state():
    # "the watchdog and its leader Robert Mugabe": "its" is the watchdog's, so no leader of Zimbabwe.
    doc = make_doc("The/DET/det/1 watchdog/NOUN/nsubj/7 and/CCONJ/cc/1 its/PRON/poss/4 leader/NOUN/conj/1 "
                   "Robert/PROPN/compound/6 Mugabe/PROPN/appos/4 spoke/VERB/ROOT/7/speak",
                   ents=[(5, 7, "PERSON", "")])
    assert [(r.organ.actor_id, r.leader) for r in find_actors(doc, GAZ).roles] == []
    # "Zimbabwe and its leader Robert Mugabe": "its" is his state's.
    doc = make_doc("Zimbabwe/PROPN/nsubj/6 and/CCONJ/cc/0 its/PRON/poss/3 leader/NOUN/conj/0 "
                   "Robert/PROPN/compound/5 Mugabe/PROPN/appos/3 spoke/VERB/ROOT/6/speak",
                   ents=[(0, 1, "Country", "ZWE"), (4, 6, "PERSON", "")])
    assert [(r.organ.actor_id, r.leader) for r in find_actors(doc, GAZ).roles] == [("ZWE", True)]


def test_deputy_written_before_a_title_the_parser_cut_off_is_still_a_deputys():
    # "OTTAWA (CP) - Deputy prime minister John Smith spoke": "Deputy" hung on the verb; no leader.
    doc = make_doc("Deputy/PROPN/dep/5 prime/ADJ/amod/2 minister/NOUN/compound/4 John/PROPN/compound/4 "
                   "Smith/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak",
                   ents=[(3, 5, "PERSON", "")])
    roles = [(r.organ.country, r.leader) for r in find_actors(doc, GAZ).roles]
    assert roles and not any(leader for _, leader in roles)


@pytest.mark.parametrize("words, organ", [
    # the dictionary's phrase outranks its first word: "government forces" are the military
    ("government/NOUN/compound/2 forces/NOUN/nsubj/3/force", "SYRMIL"),
    ("government/NOUN/compound/2 troops/NOUN/nsubj/3/troop", "SYRMIL"),
    ("regime/NOUN/compound/2 forces/NOUN/nsubj/3/force", "SYRMIL"),
    ("junta/NOUN/compound/2 soldiers/NOUN/nsubj/3/soldier", "SYRMIL"),
    # a phrase the dictionary files under the first word's sector, or does not have, keeps that sector
    ("government/NOUN/compound/2 officials/NOUN/nsubj/3/official", "SYRGOV"),
    ("government/NOUN/compound/2 ministers/NOUN/nsubj/3/minister", "SYRGOV"),
    ("military/ADJ/amod/2 police/NOUN/nsubj/3/police", "SYRMIL"),
])
def test_a_multiword_agent_phrase_names_the_organ(words, organ):
    doc = make_doc(f"Syrian/ADJ/amod/2 {words} attacked/VERB/ROOT/3/attack", ents=[(0, 1, "Demonym", "SYR")])
    gaz = Gazetteer([*GAZ, Actor("SYR", "Syria", "Country", "SYR", "SYR", demonyms=("Syrian",))])
    (m,) = find_actors(doc, gaz).mentions
    assert (m.actor_id, m.token_start, m.token_end) == (organ, 0, 3)

SHIP_GAZ = Gazetteer([*GAZ, Actor("GBR", "United Kingdom", "Country", "GBR", "GBR", demonyms=("British",)),
                      Actor("FRA", "France", "Country", "FRA", "FRA", demonyms=("French",)),
                      Actor("RUS", "Russia", "Country", "RUS", "RUS", demonyms=("Russian",)),
                      Actor("IND", "India", "Country", "IND", "IND", demonyms=("Indian",))])


def test_a_warship_named_after_its_kind_is_a_ship_of_the_state_whose_word_is_before_it():
    # "the Russian cruiser Moskva sank": the NER's organ "Russian cruiser" gives way to the ship; "Russian" stays
    found = _mentions("the/DET/det/3 Russian/ADJ/amod/3 cruiser/NOUN/compound/3/cruiser/NN Moskva/PROPN/nsubj/4 "
                      "sank/VERB/ROOT/4/sink", [(1, 2, "Demonym", "RUS"), (3, 4, "GPE", "")], SHIP_GAZ,
                      fields=("surface", "actor_id", "type", "country", "code"))
    assert found == [("Russian", "RUS", "Country", "RUS", "RUS"),
                     ("cruiser Moskva", "ship:moskva", "Military", "RUS", "RUSMIL")]
    # "the aircraft carrier Charles de Gaulle": no state's word, a ship all the same (no state, no code)
    found = _mentions("the/DET/det/2 aircraft/NOUN/compound/2/aircraft/NN carrier/NOUN/nsubj/6/carrier/NN "
                      "Charles/PROPN/compound/5 de/PROPN/compound/5 Gaulle/PROPN/appos/2 left/VERB/ROOT/6/leave",
                      [(3, 6, "PERSON", "")], SHIP_GAZ, fields=("surface", "actor_id", "country"))
    assert found == [("aircraft carrier Charles de Gaulle", "ship:charles-de-gaulle", None)]


@pytest.mark.parametrize("spec, ents", [
    # "a submarine Russia built": no article, possessor or state's word makes the kind a ship's
    ("a/DET/det/1 submarine/NOUN/nsubj/3/submarine/NN Russia/PROPN/nsubj/3 built/VERB/ROOT/3/build",
     [(2, 3, "Country", "RUS")]),
    # "the carrier Lufthansa": an airline; only an aircraft or helicopter carrier is a warship
    ("the/DET/det/1 carrier/NOUN/compound/2/carrier/NN Lufthansa/PROPN/nsubj/3 flew/VERB/ROOT/3/fly",
     [(2, 3, "ORG", "")]),
    # "the destroyers fired": a plural kind names no ship
    ("the/DET/det/1 destroyers/NOUN/nsubj/2/destroyer/NNS Monday/PROPN/npadvmod/2 fired/VERB/ROOT/2/fire",
     [(2, 3, "DATE", "")]),
])
def test_a_kind_of_warship_before_a_name_that_is_no_ships_makes_no_ship(spec, ents):
    assert not any(m[1].startswith("ship:") for m in _mentions(spec, ents, SHIP_GAZ))


def test_a_prefix_other_bodies_also_write_is_a_ships_only_in_a_naval_sentence():
    # "INS Commissioner Doris Meissner": the immigration service; "RSS chief": an organisation
    spec = "{p}/PROPN/compound/1 {w}/PROPN/compound/2 Bhagwat/PROPN/nsubj/3 spoke/VERB/ROOT/3/speak"
    for prefix, word in (("INS", "Commissioner"), ("RSS", "Chief")):
        found = _mentions(spec.format(p=prefix, w=word), [(0, 1, "ORG", ""), (2, 3, "PERSON", "")], SHIP_GAZ)
        assert not any(m[1].startswith("ship:") for m in found)
    # a naval sentence: the Indian navy's ship (the sentence names no Israel, "INS"'s other navy)
    found = _mentions("INS/PROPN/compound/1 Vikramaditya/PROPN/nsubj/2 docked/VERB/ROOT/2/dock "
                      "in/ADP/prep/2 Colombo/PROPN/pobj/3", [(0, 2, "ORG", "")], SHIP_GAZ,
                      fields=("surface", "actor_id", "country"))
    assert found[0] == ("INS Vikramaditya", "ship:vikramaditya", "IND")


def test_a_ships_hull_number_in_brackets_is_another_mention_of_the_ship():
    found = _mentions("USS/PROPN/compound/1 Hopper/PROPN/nsubj/6 (/PUNCT/punct/1 DDG/PROPN/appos/1 "
                      "70/NUM/nummod/3 )/PUNCT/punct/1 sailed/VERB/ROOT/6/sail",
                      [(0, 2, "ORG", ""), (3, 5, "ORG", "")], SHIP_GAZ)
    assert found == [("USS Hopper", "ship:hopper", "Military"), ("DDG 70", "ship:hopper", "Military")]


def test_a_ships_name_again_is_the_ship_where_an_article_or_the_ner_says_it_is_one_name():
    spec = ("FS/PROPN/compound/1 Forbin/PROPN/nsubj/2 sailed/VERB/ROOT/2/sail ./PUNCT/punct/2 "
            "The/DET/det/5 Forbin/PROPN/nsubj/6 docked/VERB/ROOT/6/dock ./PUNCT/punct/6 "
            "Forbin/PROPN/nsubj/9 left/VERB/ROOT/9/leave")
    found = _mentions(spec, [(0, 2, "PERSON", ""), (5, 6, "PERSON", ""), (8, 9, "PERSON", "")], SHIP_GAZ,
                      fields=("surface", "actor_id"))
    assert found == [("FS Forbin", "ship:forbin"), ("Forbin", "ship:forbin"), ("Forbin", "ship:forbin")]
    # "Charles de Gaulle airport" after the carrier: a longer name, the airport's
    spec = ("aboard/ADP/ROOT/0 FS/PROPN/compound/4 Charles/PROPN/compound/4 de/PROPN/compound/4 Gaulle/PROPN/pobj/0 "
            "at/ADP/prep/0 Charles/PROPN/compound/8 de/PROPN/compound/8 Gaulle/PROPN/compound/9 "
            "airport/NOUN/pobj/5")
    found = _mentions(spec, [(1, 5, "ORG", ""), (6, 9, "PERSON", "")], SHIP_GAZ, fields=("surface", "actor_id"))
    assert ("FS Charles de Gaulle", "ship:charles-de-gaulle") in found
    assert not any(s.startswith("Charles") and i.startswith("ship:") for s, i in found)


def test_a_numbered_task_force_is_one_body_however_it_is_abbreviated():
    for spec, ents in (("CTF/PROPN/compound/1 150/NUM/nsubj/2 patrols/VERB/ROOT/2/patrol", [(0, 1, "ORG", "")]),
                       ("CTF-150/PROPN/nsubj/1 patrols/VERB/ROOT/1/patrol", []),
                       ("Combined/PROPN/compound/2 Task/PROPN/compound/2 Force/PROPN/nsubj/4 150/NUM/nummod/2 "
                        "patrols/VERB/ROOT/4/patrol", [(0, 3, "ORG", "")])):
        assert [m[1:] for m in _mentions(spec, ents, SHIP_GAZ)] == [("org:combined-task-force-150", "Organisation")]
    # "the task force" unnumbered, "Task Force" alone: no name
    assert _mentions("the/DET/det/2 task/NOUN/compound/2 force/NOUN/nsubj/3 left/VERB/ROOT/3/leave", [], SHIP_GAZ) == []


def test_a_strike_group_named_after_a_ship_is_a_unit_of_the_ships_state_not_the_ship():
    found = _mentions("the/DET/det/5 USS/PROPN/compound/5 Carl/PROPN/compound/5 Vinson/PROPN/compound/5 "
                      "Strike/PROPN/compound/5 Group/PROPN/nsubj/6 left/VERB/ROOT/6/leave", [(2, 4, "PERSON", "")],
                      SHIP_GAZ)
    assert found == [("USS Carl Vinson Strike Group", "USAMIL", "Military")]


@pytest.mark.parametrize("spec", [
    # "the flagship Tory proposal": a party's policy, no warship
    "the/DET/det/3 flagship/NOUN/amod/3/flagship/NN Tory/PROPN/compound/3 proposal/NOUN/nsubj/4 "
    "failed/VERB/ROOT/4/fail",
    # "the submarine Trident programme": the name qualifies the thing after it
    "the/DET/det/3 submarine/NOUN/compound/3/submarine/NN Trident/PROPN/compound/3 programme/NOUN/nsubj/4 "
    "failed/VERB/ROOT/4/fail",
    # "television network TF-1": a channel, no task force
    "network/NOUN/compound/1 TF-1/PROPN/nsubj/2 failed/VERB/ROOT/2/fail",
])
def test_a_name_after_a_ship_word_that_qualifies_something_else_is_no_ship_nor_task_force(spec):
    assert not any(m[1].startswith(("ship:", "org:")) for m in _mentions(spec, [], SHIP_GAZ))


def test_a_name_that_is_the_subject_of_a_clause_on_the_warship_is_no_ships():
    # "the submarine Putin visited sank": Putin visited the submarine
    found = _mentions("the/DET/det/1 submarine/NOUN/nsubj/4/submarine/NN Putin/PROPN/nsubj/3 "
                      "visited/VERB/relcl/1/visit sank/VERB/ROOT/4/sink", [(2, 3, "PERSON", "")], SHIP_GAZ)
    assert found == [("Putin", "person:putin", "Person")]


# Tribes and clans: bodies of their own, one node per name.

TRIBE_GAZ = Gazetteer([*GAZ,
                       Actor("IRQ", "Iraq", "Country", "IRQ", "IRQ", demonyms=("Iraqi",)),
                       Actor("place:anbar", "Anbar", "Place", "IRQ"),
                       Actor("place:boston", "Boston", "Place", "USA"),
                       Actor("group:islamic-state", "Islamic State", "ArmedGroup", None, "IMGMUSISI"),
                       Actor("person:john-f-kennedy", "John F. Kennedy", "Person", "USA")])


@pytest.mark.parametrize("spec, ents, expected", [
    # "The Albu Nimr tribe fought ISIS in Anbar": the tribe, of the state its sentence places it in
    ("The/DET/det/3 Albu/PROPN/compound/2 Nimr/PROPN/compound/3 tribe/NOUN/nsubj/4 fought/VERB/ROOT/4/fight "
     "ISIS/NOUN/dobj/4 in/ADP/prep/4 Anbar/PROPN/pobj/6", [(5, 6, "ArmedGroup", "group:islamic-state"),
                                                         (7, 8, "Place", "place:anbar")],
     ("tribe", "tribe:albu-nimr", "Albu Nimr", "IRQ")),
    # "Al-Bu Nimr tribesmen clashed with ISIS": tribesmen are the tribe; the NER took the name for a person's
    ("Al/PROPN/compound/3 -/PUNCT/punct/3 Bu/PROPN/compound/3 Nimr/PROPN/compound/4 tribesmen/NOUN/nsubj/5 "
     "clashed/VERB/ROOT/5/clash with/ADP/prep/5 ISIS/PROPN/pobj/6", [(0, 4, "PERSON", "")],
     ("tribesmen", "tribe:albu-nimr", "Al-Bu Nimr", None)),
    # "The tribe of Shammar joined the SDF": the name after "of"; the NER's place gives way
    ("The/DET/det/1 tribe/NOUN/nsubj/4 of/ADP/prep/1 Shammar/PROPN/pobj/2 joined/VERB/ROOT/4/join",
     [(3, 4, "GPE", "")], ("tribe", "tribe:shammar", "Shammar", None)),
    # "The Hashid tribal confederation backed the Houthis": "tribal" between the name and its noun
    ("The/DET/det/3 Hashid/PROPN/compound/3 tribal/ADJ/compound/3 confederation/NOUN/nsubj/4 "
     "backed/VERB/ROOT/4/back", [(1, 2, "ORG", "")],
     ("confederation", "tribe:hashid", "Hashid", None)),
    # "the al-Shaitat clan": the article is no part of the name
    ("the/DET/det/4 al/PROPN/compound/3 -/PUNCT/punct/3 Shaitat/PROPN/compound/4 clan/NOUN/nsubj/5 "
     "fled/VERB/ROOT/5/flee", [], ("clan", "tribe:shaitat", "al-Shaitat", None)),
])
def test_a_named_tribe_or_clan_is_a_body_of_its_own(spec, ents, expected):
    doc = make_doc(spec, ents=ents)
    found = [m for m in find_actors(doc, TRIBE_GAZ).mentions if m.actor_id.startswith("tribe:")]
    # headed by its noun, the word the parser makes the verb's argument
    assert [(doc[m.head].text, m.actor_id, m.label, m.country) for m in found] == [expected]
    assert found[0].type == "Organisation" and found[0].token_start == doc[found[0].head].left_edge.i + (
        doc[0].lower_ == "the")


def test_a_tribes_spellings_are_one_node_but_abu_is_another_name():
    from graphbuilder.actors import tribe_id

    assert {tribe_id(n) for n in ("Al bu Nimr", "Albu Nimr", "Al-Bu Nimr", "al-Bu Nimr", "Albu-Nimr")} \
        == {"tribe:albu-nimr"}
    assert tribe_id("Beni Hassan") == tribe_id("Bani Hassan") == "tribe:bani-hassan"
    assert tribe_id("Abu Nimr") == "tribe:abu-nimr"


@pytest.mark.parametrize("spec, ents", [
    # "Sunni tribes and Anbar tribesmen backed the army": a people's and a known place's tribes, no tribe's name
    ("Sunni/ADJ/amod/1 tribes/NOUN/nsubj/5 and/CCONJ/cc/1 Anbar/PROPN/compound/4 tribesmen/NOUN/conj/1 "
     "backed/VERB/ROOT/5/back", [(0, 1, "NORP", ""), (3, 4, "Place", "place:anbar")]),
    # "Iraqi tribes": a state's
    ("Iraqi/PROPN/compound/1 tribes/NOUN/nsubj/2 rallied/VERB/ROOT/2/rally", [(0, 1, "Demonym", "IRQ")]),
    # "The Kennedy clan gathered in Boston": a known person's family
    ("The/DET/det/2 Kennedy/PROPN/compound/2 clan/NOUN/nsubj/3 gathered/VERB/ROOT/3/gather in/ADP/prep/3 "
     "Boston/PROPN/pobj/4", [(1, 2, "PERSON", ""), (5, 6, "Place", "place:boston")]),
    # "The Swiss Confederation welcomed the deal": no tribes in the text
    ("The/DET/det/2 Swiss/PROPN/compound/2 Confederation/PROPN/nsubj/3 welcomed/VERB/ROOT/3/welcome", []),
    # "Rival tribes clashed": no name
    ("Rival/ADJ/amod/1 tribes/NOUN/nsubj/2 clashed/VERB/ROOT/2/clash", []),
])
def test_tribes_of_a_people_place_state_or_family_are_no_named_tribe(spec, ents):
    assert not [m for m in find_actors(make_doc(spec, ents=ents), TRIBE_GAZ).mentions
                if m.actor_id.startswith("tribe:")]


@pytest.mark.parametrize("spec, ents", [
    # "Combined Joint Task Force – Operation Inherent Resolve said ...": one name across the dash
    ("Combined/ADJ/amod/7 Joint/PROPN/compound/3 Task/PROPN/compound/3 Force/PROPN/nmod/7 –/PUNCT/punct/3 "
     "Operation/PROPN/compound/7 Inherent/PROPN/compound/7 Resolve/PROPN/nsubj/8 said/VERB/ROOT/8/say",
     [(1, 4, "ORG", "")]),
    # "Combined Joint Task Force-Operation Inherent Resolve (CJTF-OIR) conducted strikes": the name and its abbreviation
    ("Combined/ADJ/amod/7 Joint/PROPN/compound/7 Task/PROPN/nmod/3 Force/PROPN/compound/5 -/PUNCT/punct/5 "
     "Operation/PROPN/compound/7 Inherent/PROPN/compound/7 Resolve/PROPN/nsubj/13 (/PUNCT/punct/7 "
     "CJTF/PROPN/compound/11 -/PUNCT/punct/11 OIR/PROPN/appos/7 )/PUNCT/punct/7 conducted/VERB/ROOT/13/conduct",
     [(1, 8, "ORG", ""), (9, 12, "ORG", "")]),
    # "The CJTF-OIR spokesman said ...": the abbreviation alone, which the NER cuts in two
    ("The/DET/det/4 CJTF/PROPN/compound/3 -/PUNCT/punct/3 OIR/PROPN/compound/4 spokesman/NOUN/nsubj/5 "
     "said/VERB/ROOT/5/say", [(1, 2, "ORG", ""), (3, 4, "ORG", "")]),
])
def test_a_task_force_named_after_its_mission_is_one_body_with_its_abbreviation(spec, ents):
    found = _mentions(spec, ents, SHIP_GAZ, fields=("actor_id", "label", "type"))
    assert set(found) == {("org:combined-joint-task-force-operation-inherent-resolve",
                           "Combined Joint Task Force \u2013 Operation Inherent Resolve", "Organisation")}


def test_a_word_after_a_task_forces_dash_is_no_mission():
    # "A Joint Task Force – Pentagon officials said – was formed": an aside, no task force's name
    found = _mentions("A/DET/det/3 Joint/PROPN/compound/3 Task/PROPN/compound/3 Force/PROPN/nsubj/7 "
                      "–/PUNCT/punct/7 Pentagon/PROPN/compound/6 officials/NOUN/nsubj/7 said/VERB/ROOT/7/say",
                      [(1, 4, "ORG", "")], SHIP_GAZ, fields=("actor_id",))
    assert not any("pentagon" in a for a, in found)


def test_a_tribes_name_alone_after_the_tribe_is_the_tribe():
    # "The Warfalla tribe backed Haftar. Warfalla fighters ...": the NER's person is the tribe named before;
    # a known person of that name stays the person
    spec = ("The/DET/det/2 Warfalla/PROPN/compound/2 tribe/NOUN/nsubj/3 backed/VERB/ROOT/3/back ./PUNCT/punct/3 "
            "Warfalla/PROPN/compound/6 fighters/NOUN/nsubj/7 attacked/VERB/ROOT/7/attack")
    found = _mentions(spec, [(1, 2, "PERSON", ""), (5, 6, "PERSON", "")], TRIBE_GAZ, fields=("surface", "actor_id"))
    assert found == [("Warfalla tribe", "tribe:warfalla"), ("Warfalla", "tribe:warfalla")]
    spec = ("The/DET/det/2 Smith/PROPN/compound/2 clan/NOUN/nsubj/3 met/VERB/ROOT/3/meet ./PUNCT/punct/3 "
            "John/PROPN/compound/6 Smith/PROPN/nsubj/7 spoke/VERB/ROOT/7/speak")
    assert not any(a.startswith("tribe:") for _, a in _mentions(
        spec, [(1, 2, "PERSON", ""), (5, 7, "Person", "person:john-smith")], TRIBE_GAZ, fields=("surface", "actor_id")))


# A wire story's dateline and agency credit: where and by whom it was filed, no actor of the story.

@pytest.mark.model
@pytest.mark.parametrize("text, gone, kept", [
    # the agency and the filing city, which the NER takes for an organisation
    ("BAGHDAD (Reuters) - Insurgents attacked a police station in Mosul on Monday.",
     {"BAGHDAD", "Reuters"}, {"Mosul"}),
    # a credit, a city and its province before the agency's own code
    ("Canadian Press - OTTAWA (CP) - Prime Minister Paul Martin met George W. Bush in Washington.",
     {"Canadian Press", "Canadian", "OTTAWA"}, {"Paul Martin", "George W. Bush", "Washington"}),
    # a city with its country: the state is named again in the story, and only there is it one
    ("KHARTOUM, Sudan -- Sudan's government rejected a United Nations resolution on Darfur.",
     {"KHARTOUM", "Sudan"}, {"Sudan's government", "United Nations", "Darfur"}),
    ("MOSCOW, Dec 3 (AFP) - Russia and China signed an energy deal.", {"MOSCOW", "AFP"}, {"Russia", "China"}),
    ("AP - President Bush condemned Russia on Tuesday.", {"AP"}, {"Bush", "Russia"}),
    # no dateline: a capital that opens a sentence, a heading with a dash
    ("Baghdad and Washington signed an agreement.", set(), {"Baghdad", "Washington"}),
    ("US - China talks ended in Beijing on Friday.", set(), {"US", "China", "Beijing"}),
])
def test_a_dateline_makes_no_actor(nlp, text, gone, kept):
    from graphbuilder.components import actor_index

    doc = nlp(text)
    surfaces = {m.surface for m in actor_index(doc).mentions}
    starts = {m.start for m in actor_index(doc).mentions}
    assert kept <= surfaces
    assert not any(text.index(g) in starts for g in gone)


def test_a_name_the_ner_ran_across_a_dateline_is_no_actor():
    # "NEW YORK - Investors sold shares": the NER made one place of the dateline and the subject.
    doc = make_doc("NEW/PROPN/compound/1 YORK/PROPN/nsubj/4 -/PUNCT/punct/1 Investors/NOUN/appos/1/investor "
                   "sold/VERB/ROOT/4/sell shares/NOUN/dobj/4/share", ents=[(0, 4, "GPE", "")])
    assert not find_actors(doc, GAZ).mentions
    # the same name in the story is a place
    doc = make_doc("Investors/NOUN/nsubj/4/investor in/ADP/prep/0 New/PROPN/compound/3 York/PROPN/pobj/1 "
                   "sold/VERB/ROOT/4/sell", ents=[(2, 4, "GPE", "")])
    assert [m.surface for m in find_actors(doc, GAZ).mentions] == ["New York"]


@pytest.mark.parametrize("dateline", ["AP/PROPN/compound/2 -/PUNCT/punct/2", "HARARE/PROPN/compound/2 -/PUNCT/punct/2"])
def test_a_dateline_is_no_part_of_a_title(dateline):
    # "AP - President Mugabe spoke": the parser hangs the credit on the title.
    doc = make_doc(f"{dateline} President/PROPN/compound/3 Mugabe/PROPN/nsubj/4 spoke/VERB/ROOT/4/speak",
                   ents=[(0, 1, "ORG", ""), (3, 4, "PERSON", "")])
    roles = find_actors(doc, GAZ).roles
    assert [(r.title, r.organ.actor_id, r.leader) for r in roles] == [("President", "ZWE", True)]


def test_a_body_named_after_a_dateline_is_no_longer_for_it():
    # "AFP - Ethnic minority rebels rejected the plan": the parser hangs the credit on the rebels.
    doc = make_doc("AFP/PROPN/compound/4 -/PUNCT/punct/4 Ethnic/ADJ/amod/4/ethnic minority/NOUN/compound/4 "
                   "rebels/NOUN/nsubj/5/rebel rejected/VERB/ROOT/5/reject the/DET/det/7 plan/NOUN/dobj/5/plan",
                   ents=[(0, 1, "ORG", "")])
    found = [(m.surface, m.type) for m in find_actors(doc, GAZ).mentions]
    assert found == [("Ethnic minority rebels", "ArmedGroup")]


@pytest.mark.parametrize("text, place", [
    ("BAGHDAD (Reuters) - Insurgents attacked a police station.", "BAGHDAD"),
    ("MOSCOW, Dec 3 (AFP) - Russia and China signed a deal.", "MOSCOW"),
    ("KABUL, Afghanistan -- Vote counting started.", "KABUL"),
    ("NEW DELHI, AUG 29: India said.", "NEW DELHI"),
    ("Canadian Press - OTTAWA (CP) - The minister spoke.", "OTTAWA"),
    ("Tehran (Reuters) - Iran said.", "Tehran"),
    # a known agency in brackets ends the dateline without a dash
    ("Khartoum, Jun 15 (UNI) A unit of Sudan's security forces dispersed protesters.", "Khartoum"),
    ("Sanaa, May 3 (Saba) The government said.", "Sanaa"),
    ("Lagos (AP) Police said.", "Lagos"),
    # an aside in brackets is no agency
    ("Houses (damage pictured) were hit in Kharkiv.", None),
    ("Iraqi troops (IS fighters say) fought.", None),
    # an agency's credit alone, or no dateline at all
    ("AP - President Bush condemned Russia.", None),
    ("Reuters - Oil prices rose.", None),
    ("US - China talks ended in Beijing.", None),
    ("Baghdad and Washington signed an agreement.", None),
])
def test_the_dateline_place_is_where_the_story_was_filed(text, place):
    from graphbuilder.actors import dateline_place

    assert dateline_place(text) == place


def test_an_ambiguous_prefix_is_a_ships_in_a_story_of_warships_not_in_one_of_sailors():
    # "Sailors from the fleet attended. ARM Holdings shares rose": no warship named, a firm
    spec = ("Sailors/NOUN/nsubj/4/sailor from/ADP/prep/0 the/DET/det/3 fleet/NOUN/pobj/1 attended/VERB/ROOT/4/attend "
            "./PUNCT/punct/4 ARM/PROPN/compound/7 Holdings/PROPN/compound/8 shares/NOUN/nsubj/9/share "
            "rose/VERB/ROOT/9/rise")
    assert not any(m[1].startswith("ship:") for m in _mentions(spec, [(6, 8, "ORG", "")], SHIP_GAZ))
    # "FS Forbin will operate in the Gulf, with USS Hopper": a story that names warships
    spec = ("FS/PROPN/compound/1 Forbin/PROPN/nsubj/2 operates/VERB/ROOT/2/operate with/ADP/prep/2 "
            "USS/PROPN/compound/5 Hopper/PROPN/pobj/3")
    found = _mentions(spec, [(1, 2, "PERSON", ""), (4, 6, "PERSON", "")], SHIP_GAZ, fields=("surface", "actor_id"))
    assert ("FS Forbin", "ship:forbin") in found
    # "The navy said ITS Director John Smith ...": a title after the letters, whatever the sentence
    spec = ("The/DET/det/1 navy/NOUN/nsubj/2 said/VERB/ROOT/2/say ITS/PROPN/compound/6 Director/PROPN/compound/6 "
            "John/PROPN/compound/6 Smith/PROPN/nsubj/7 met/VERB/ccomp/2/meet sailors/NOUN/dobj/7/sailor")
    assert not any(m[1].startswith("ship:") for m in _mentions(spec, [(5, 7, "PERSON", "")], SHIP_GAZ))


def test_a_persons_full_name_after_the_ship_named_for_him_is_the_person():
    # "The aircraft carrier Charles de Gaulle left Toulon. Charles de Gaulle led Free France."
    spec = ("The/DET/det/2 aircraft/NOUN/compound/2 carrier/NOUN/nsubj/6 Charles/PROPN/compound/5 "
            "de/PROPN/compound/5 Gaulle/PROPN/appos/2 left/VERB/ROOT/6/leave ./PUNCT/punct/6 "
            "Charles/PROPN/compound/10 de/PROPN/compound/10 Gaulle/PROPN/nsubj/11 led/VERB/ROOT/11/lead")
    found = _mentions(spec, [(3, 6, "PERSON", ""), (8, 11, "PERSON", "")], SHIP_GAZ,
                      fields=("surface", "actor_id", "token_start"))
    assert [f for f in found if f[1].startswith("ship:")] == [
        ("aircraft carrier Charles de Gaulle", "ship:charles-de-gaulle", 1)]


@pytest.mark.model
@pytest.mark.parametrize("text, leads, member", [
    # a chancellor heads only Germany's and Austria's government; elsewhere a minister of it
    ("U.K. Chancellor of the Exchequer Nigel Lawson welcomed the reaffirmation.", set(), {"GBRGOV"}),
    ("Chancellor Gordon Brown said the former PM would be mourned throughout the world.", set(), {"GBRGOV"}),
    ("German Chancellor Angela Merkel met Putin.", {"DEU"}, set()),
    ("Austrian Chancellor Sebastian Kurz visited Rome.", {"AUT"}, set()),
    # the opposition's shadow minister is in no government
    ("Shadow Chancellor Oliver Letwin attacked Labour's plans.", set(), set()),
    ("Britain's shadow foreign secretary criticised the plan.", set(), set()),
])
def test_a_chancellor_leads_only_where_chancellors_head_the_government(nlp, text, leads, member):
    from graphbuilder.components import actor_index

    roles = actor_index(nlp(text)).roles
    assert {r.organ.actor_id for r in roles if r.leader} == leads
    assert {r.organ.actor_id for r in roles if not r.leader} == member


@pytest.mark.parametrize("noun, owned, organ", [
    # the possessive closes "the Government of Italy" (a group genitive), which the parser reads as
    # "of (Italy's decision)"
    ("Government", "decision", "ITAGOV"),
    ("Army", "offensive", "DEUMIL"),
    ("Government", "announcement", "ZWEGOV"),
    ("Police", "statement", "ITACOP"),
])
def test_a_group_genitive_makes_the_organ_of_the_state_it_closes(noun, owned, organ):
    country = {"ITA": "Italy", "DEU": "Germany", "ZWE": "Zimbabwe"}[organ[:3]]
    spec = (f"They/PRON/nsubj/1 welcomed/VERB/ROOT/1/welcome the/DET/det/3 {noun}/PROPN/dobj/1 of/ADP/prep/3 "
            f"{country}/PROPN/poss/7 's/PART/case/5//POS {owned}/NOUN/pobj/4")
    found = _mentions(spec, [(3, 4, "ORG", ""), (5, 6, "Country", organ[:3])], fields=("surface", "actor_id"))
    assert found == [(f"{noun} of {country}", organ)]


@pytest.mark.parametrize("noun, owned, organ", [
    # the state owns the body the parser hangs on it: "fighters of (Italy's opposition)"
    ("officials", "ministry", "ITAGOV"), ("fighters", "opposition", "ITAOPP"), ("forces", "government", "ITAGOV"),
    # or the place: "police in (Italy's capital)"
    ("police", "capital", "ITA"), ("troops", "region", "ITA"),
])
def test_a_genitive_on_a_body_of_the_state_is_the_countrys_alone(noun, owned, organ):
    prep = "in" if owned in ("capital", "region") else "of"
    spec = (f"They/PRON/nsubj/1 met/VERB/ROOT/1/meet {noun}/NOUN/dobj/1 {prep}/ADP/prep/2 "
            f"Italy/PROPN/poss/6 's/PART/case/4//POS {owned}/NOUN/pobj/3")
    found = _mentions(spec, [(4, 5, "Country", "ITA")], fields=("surface", "actor_id"))
    assert (f"Italy 's {owned}" if organ != "ITA" else "Italy", organ) in found
    assert not any(surface.startswith(noun + " of") for surface, _ in found)


LEADERS_GAZ = Gazetteer([*REGIME_GAZ, Actor("person:barack-obama", "Barack Obama", "Person", "USA", "USAGOV",
                                            ambiguous_aliases=("Obama",), roles=(Role("USAGOV"),), leader=True),
                         Actor("person:john-smith-jr", "John Smith Jr", "Person", "GBR", "GBRGOV")])


@pytest.mark.parametrize("name, kb, noun, expected", [
    # a known leader before a noun for a government is his state's government, not the man
    ("Assad", "person:bashar-al-assad", "government", ("Assad government", "SYRGOV")),
    ("Assad", "person:bashar-al-assad", "cabinet", ("Assad cabinet", "SYRGOV")),
    ("Assad", "person:bashar-al-assad", "administration", ("Assad administration", "SYRGOV")),
    # "Obama" is also a city; before "administration" only the leader can be meant
    ("Obama", "", "administration", ("Obama administration", "USAGOV")),
    # no leader: the noun does not make a government of a name
    ("Smith", "", "administration", None),
    # a leader before another noun stays the man
    ("Assad", "person:bashar-al-assad", "family", None),
])
def test_a_leaders_government_administration_or_cabinet_is_his_states_government(name, kb, noun, expected):
    spec = (f"The/DET/det/2 {name}/PROPN/compound/2 {noun}/NOUN/nsubj/3 imposed/VERB/ROOT/3/impose "
            "curfews/NOUN/dobj/3/curfew")
    found = _mentions(spec, [(1, 2, "PERSON" if not kb else "Person", kb)], LEADERS_GAZ,
                      fields=("surface", "actor_id"))
    governments = [f for f in found if f[1].endswith("GOV")]
    assert governments == ([expected] if expected else [])


def test_a_known_leader_round_trips_with_the_date_its_source_speaks_as_of():
    import datetime as dt

    from graphbuilder.actors import KnownLeader

    leader = KnownLeader("ISR", ((dt.date(2009, 4, 1), None),), dt.date(2014, 1, 30))
    assert KnownLeader.from_data(leader.to_data()) == leader
    # a journal written before the field: the terms, taken as current
    assert KnownLeader.from_data(["ISR", [["2009-04-01", None]]]).known_until is None
    assert leader.unknown(dt.date(2014, 2, 1)) and not leader.unknown(dt.date(2014, 1, 30))


OF_GEO_GAZ = Gazetteer([*GEO_GAZ, Actor("place:aden", "Aden", "Place", "YEM"),
                        Actor("OMN", "Oman", "Country", "OMN", "OMN", demonyms=("Omani",)),
                        Actor("IRQ", "Iraq", "Country", "IRQ", "IRQ", demonyms=("Iraqi",))])


@pytest.mark.parametrize("words, ents, expected", [
    # a gazetteer city after "Gulf of": the sea, not the city nor its state
    ("Pirates/NOUN/nsubj/1 struck/VERB/ROOT/1/strike in/ADP/prep/1 the/DET/det/4 Gulf/PROPN/pobj/2 of/ADP/prep/4 "
     "Aden/PROPN/pobj/5", [(3, 5, "LOC", ""), (6, 7, "Place", "place:aden")],
     ("Gulf of Aden", "place:gulf-of-aden", "Place", None)),
    # a state after "Gulf of"
    ("Tankers/NOUN/nsubj/1 crossed/VERB/ROOT/1/cross the/DET/det/3 Gulf/PROPN/dobj/1 of/ADP/prep/3 Oman/PROPN/pobj/4",
     [(2, 4, "LOC", ""), (5, 6, "Country", "OMN")], ("Gulf of Oman", "place:gulf-of-oman", "Place", None)),
    # the NER's own place after "Bay of"
    ("A/DET/det/1 cyclone/NOUN/nsubj/2 formed/VERB/ROOT/2/form in/ADP/prep/2 the/DET/det/5 Bay/PROPN/pobj/3 "
     "of/ADP/prep/5 Bengal/PROPN/pobj/6", [(4, 6, "LOC", ""), (7, 8, "GPE", "")],
     ("Bay of Bengal", "place:bay-of-bengal", "Place", None)),
    # "Strait of", "Horn of", "Cape of": the same
    ("Iran/PROPN/nsubj/1 closed/VERB/ROOT/1/close the/DET/det/3 Strait/PROPN/dobj/1 of/ADP/prep/3 "
     "Hormuz/PROPN/pobj/4", [(5, 6, "GPE", "")], ("Strait of Hormuz", "place:strait-of-hormuz", "Place", None)),
    ("Drought/NOUN/nsubj/1 hit/VERB/ROOT/1/hit the/DET/det/3 Horn/PROPN/dobj/1 of/ADP/prep/3 Africa/PROPN/pobj/4",
     [(5, 6, "LOC", "")], ("Horn of Africa", "place:horn-of-africa", "Place", None)),
    ("Ships/NOUN/nsubj/1 rounded/VERB/ROOT/1/round the/DET/det/3 Cape/PROPN/dobj/1 of/ADP/prep/3 "
     "Good/PROPN/compound/6 Hope/PROPN/pobj/4", [(2, 4, "FAC", ""), (5, 7, "LOC", "")],
     ("Cape of Good Hope", "place:cape-of-good-hope", "Place", None)),
])
def test_a_feature_nouns_of_place_is_one_place_of_no_state(words, ents, expected):
    found = _mentions(words, ents, OF_GEO_GAZ, ("surface", "actor_id", "type", "country"))
    assert expected in found and not any(f[3] for f in found if f[2] == "Place")
    assert not any(f[1] in ("place:aden", "OMN") for f in found)


@pytest.mark.parametrize("words, ents, expected", [
    # a body's "of" is its state's: "the Government of Iraq"
    ("The/DET/det/1 Government/PROPN/nsubj/4 of/ADP/prep/1 Iraq/PROPN/pobj/2 welcomed/VERB/ROOT/4/welcome",
     [(3, 4, "Country", "IRQ")], "IRQ"),
    # a noun of no geographic name: "the coast of Oman" is the state's
    ("Ships/NOUN/nsubj/1 reached/VERB/ROOT/1/reach the/DET/det/3 coast/NOUN/dobj/1 of/ADP/prep/3 Oman/PROPN/pobj/4",
     [(5, 6, "Country", "OMN")], "OMN"),
])
def test_a_non_feature_noun_of_a_state_keeps_the_state(words, ents, expected):
    found = _mentions(words, ents, OF_GEO_GAZ, ("surface", "actor_id", "type", "country"))
    assert any(f[3] == expected for f in found) and not any(f[1].startswith("place:") for f in found)


@pytest.mark.parametrize("words, ent, expected", [
    # a place noun in apposition says the name is a place's
    ("Qusair/PROPN/nsubj/5 ,/PUNCT/punct/0 a/DET/det/3 town/NOUN/appos/0 ,/PUNCT/punct/0 fell/VERB/ROOT/5/fall",
     (0, 1), "place:qusair"),
    ("Troops/NOUN/nsubj/1 massed/VERB/ROOT/1/mass outside/ADP/prep/1 Talbiseh/PROPN/pobj/2 ,/PUNCT/punct/3 "
     "a/DET/det/7 rebel/NOUN/compound/7 village/NOUN/appos/3", (3, 4), "place:talbiseh"),
    # a one-word name after a preposition of nearness
    ("Clashes/NOUN/nsubj/1/clash erupted/VERB/ROOT/1/erupt near/ADP/prep/1 Qusair/PROPN/pobj/2", (3, 4),
     "place:qusair"),
    ("Shelling/VERB/csubj/3/shell around/ADP/prep/0 Rastan/PROPN/pobj/1 killed/VERB/ROOT/3/kill "
     "civilians/NOUN/dobj/3/civilian", (2, 3), "place:rastan"),
    ("Rebels/NOUN/nsubj/1/rebel advanced/VERB/ROOT/1/advance towards/ADP/prep/1 Yabroud/PROPN/pobj/2", (3, 4),
     "place:yabroud"),
    # "in" on a verb of what happens somewhere
    ("Fighting/NOUN/nsubj/1 continued/VERB/ROOT/1/continue in/ADP/prep/1 Qusair/PROPN/pobj/2", (3, 4),
     "place:qusair"),
    ("Five/NUM/nummod/1 soldiers/NOUN/nsubjpass/3/soldier were/AUX/auxpass/3/be killed/VERB/ROOT/3/kill "
     "in/ADP/prep/3 Zabadani/PROPN/pobj/4", (5, 6), "place:zabadani"),
    # a body stays a body: worked in, rallied around, an acronym, "from"
    ("He/PRON/nsubj/1 worked/VERB/ROOT/1/work in/ADP/prep/1 Unilever/PROPN/pobj/2", (3, 4), "org:unilever"),
    ("Students/NOUN/nsubj/1/student rallied/VERB/ROOT/1/rally around/ADP/prep/1 Solidarity/PROPN/pobj/2", (3, 4),
     "org:solidarity"),
    ("Protesters/NOUN/nsubj/1/protester gathered/VERB/ROOT/1/gather outside/ADP/prep/1 the/DET/det/4 "
     "UNHCR/PROPN/pobj/2", (4, 5), "org:unhcr"),
    ("He/PRON/nsubj/1 resigned/VERB/ROOT/1/resign from/ADP/prep/1 Unilever/PROPN/pobj/2", (3, 4), "org:unilever"),
])
def test_a_name_the_ner_took_for_a_body_where_only_a_place_stands_is_a_place(words, ent, expected):
    found = _mentions(words, [(ent[0], ent[1], "ORG", "")], GAZ, ("actor_id", "type", "token_start"))
    assert [f[:2] for f in found if f[2] == ent[0]] == [
        (expected, "Place" if expected.startswith("place:") else "Organisation")]


@pytest.mark.parametrize("spec, ents, expected", [
    # two names share the plural noun: both are tribes, each its own node
    ("The/DET/det/4 Shammar/PROPN/nmod/4 and/CCONJ/cc/1 Jubur/PROPN/conj/1 tribes/NOUN/nsubj/5 "
     "joined/VERB/ROOT/5/join", [(1, 2, "PERSON", ""), (3, 4, "PERSON", "")],
     [("Shammar", "tribe:shammar"), ("Jubur tribes", "tribe:jubur")]),
    # clans, with the NER's organisations
    ("The/DET/det/4 Hawiye/PROPN/nmod/4 and/CCONJ/cc/1 Darod/PROPN/conj/1 clans/NOUN/nsubj/5 "
     "signed/VERB/ROOT/5/sign", [(1, 2, "ORG", ""), (3, 4, "ORG", "")],
     [("Hawiye", "tribe:hawiye"), ("Darod clans", "tribe:darod")]),
    # a list of three, one name of two words, with a serial comma
    ("the/DET/det/8 Shaitat/PROPN/nmod/8 ,/PUNCT/punct/1 Albu/PROPN/compound/4 Nimr/PROPN/conj/1 ,/PUNCT/punct/4 "
     "and/CCONJ/cc/4 Jubur/PROPN/conj/4 tribesmen/NOUN/ROOT/8", [(3, 5, "PERSON", ""), (7, 8, "PERSON", "")],
     [("Shaitat", "tribe:shaitat"), ("Albu Nimr", "tribe:albu-nimr"), ("Jubur tribesmen", "tribe:jubur")]),
    # "or": either tribe
    ("the/DET/det/4 Obeid/PROPN/nmod/4 or/CCONJ/cc/1 Azza/PROPN/conj/1 tribes/NOUN/ROOT/4", [],
     [("Obeid", "tribe:obeid"), ("Azza tribes", "tribe:azza")]),
    # a state, a known group or a people in the list is no tribe, and ends it
    ("Iraq/PROPN/nmod/3 and/CCONJ/cc/0 Jubur/PROPN/conj/0 tribes/NOUN/ROOT/3", [(0, 1, "Country", "IRQ")],
     [("Jubur tribes", "tribe:jubur")]),
    ("ISIS/PROPN/nmod/3 and/CCONJ/cc/0 Jubur/PROPN/conj/0 tribes/NOUN/ROOT/3",
     [(0, 1, "ArmedGroup", "group:islamic-state")], [("Jubur tribes", "tribe:jubur")]),
    # a singular noun is one tribe's: "Shammar and the Jubur tribe" names only the Jubur as a tribe
    ("Shammar/PROPN/ROOT/0 and/CCONJ/cc/0 the/DET/det/4 Jubur/PROPN/compound/4 tribe/NOUN/conj/0",
     [(0, 1, "PERSON", "")], [("Jubur tribe", "tribe:jubur")]),
])
def test_names_coordinated_before_a_plural_tribe_noun_are_each_a_tribe(spec, ents, expected):
    found = [(m.surface, m.actor_id) for m in find_actors(make_doc(spec, ents=ents), TRIBE_GAZ).mentions
             if m.actor_id.startswith("tribe:")]
    assert found == expected


def test_coordinated_tribes_share_their_noun_as_head():
    doc = make_doc("The/DET/det/4 Shammar/PROPN/nmod/4 and/CCONJ/cc/1 Jubur/PROPN/conj/1 tribes/NOUN/nsubj/5 "
                   "joined/VERB/ROOT/5/join", ents=[(1, 2, "PERSON", "")])
    index = find_actors(doc, TRIBE_GAZ)
    assert sorted(m.actor_id for m in index.headed_by(4)) == ["tribe:jubur", "tribe:shammar"]


@pytest.mark.parametrize("spec, ents, expected", [
    # peoples' adjectives coordinated before one noun of members: each people, over its own word
    ("Leaders/NOUN/ROOT/0 of/ADP/prep/0 the/DET/det/6 Sunni/PROPN/nmod/6 and/CCONJ/cc/3 Shia/PROPN/conj/3 "
     "communities/NOUN/pobj/1", [(5, 6, "NORP", "")],
     [("Sunni", "people:sunnis", 6), ("Shia communities", "people:shiites", 6)]),
    ("The/DET/det/4 Alawite/ADJ/amod/4 and/CCONJ/cc/1 Druze/ADJ/conj/1 communities/NOUN/ROOT/4", [],
     [("Alawite", "people:alawites", 4), ("Druze communities", "people:druze", 4)]),
    # one people's men keep the whole phrase
    ("Yazidi/PROPN/compound/1 men/NOUN/ROOT/1", [(0, 1, "ORG", "")], [("Yazidi men", "people:yazidis", 1)]),
    # adjectives of a body name no people, however many
    ("Sunni/PROPN/amod/3 and/CCONJ/cc/0 Shia/PROPN/conj/0 militias/NOUN/ROOT/3", [(2, 3, "NORP", "")], []),
])
def test_peoples_coordinated_before_one_noun_are_each_a_people(spec, ents, expected):
    found = [(m.surface, m.actor_id, m.head) for m in find_actors(make_doc(spec, ents=ents), GAZ).mentions
             if m.actor_id.startswith("people:")]
    assert found == expected


PROXY_GAZ = Gazetteer([*GAZ, Actor("RUS", "Russia", "Country", "RUS", "RUS", demonyms=("Russian",)),
                       Actor("IRN", "Iran", "Country", "IRN", "IRN", demonyms=("Iranian",))])


@pytest.mark.parametrize("spec, ents, expected", [
    # a state's proxy forces are a body of their own, not its military; the state word stays the state's
    ("Russian/ADJ/amod/2 proxy/NOUN/compound/2 forces/NOUN/nsubj/3/force shelled/VERB/ROOT/3/shell",
     [(0, 1, "Demonym", "RUS")], [("Russian", "RUS"), ("proxy forces", "generic:proxies")]),
    ("Iranian/ADJ/amod/2 proxy/NOUN/compound/2 militias/NOUN/nsubj/3/militia attacked/VERB/ROOT/3/attack",
     [(0, 1, "Demonym", "IRN")], [("Iranian", "IRN"), ("proxy militias", "generic:militias")]),
    ("Russian/ADJ/amod/2 proxy/NOUN/compound/2 troops/NOUN/nsubj/3/troop advanced/VERB/ROOT/3/advance",
     [(0, 1, "Demonym", "RUS")], [("Russian", "RUS"), ("proxy troops", "generic:proxies")]),
    # a state's proxies, by possessive or "of"
    ("Iran/PROPN/poss/2 's/PART/case/0 proxies/NOUN/nsubj/3/proxy attacked/VERB/ROOT/3/attack",
     [(0, 1, "Country", "IRN")], [("Iran", "IRN"), ("proxies", "generic:proxies")]),
    ("Proxies/NOUN/nsubj/3/proxy of/ADP/prep/0 Iran/PROPN/pobj/1 attacked/VERB/ROOT/3/attack",
     [(2, 3, "Country", "IRN")], [("Proxies", "generic:proxies"), ("Iran", "IRN")]),
    # proxies no one is named as having are no body; a state's forces without the word stay its military
    ("Iran/PROPN/nsubj/1 uses/VERB/ROOT/1/use proxies/NOUN/dobj/1/proxy", [(0, 1, "Country", "IRN")],
     [("Iran", "IRN")]),
    ("Russian/ADJ/amod/1 forces/NOUN/nsubj/2/force shelled/VERB/ROOT/2/shell", [(0, 1, "Demonym", "RUS")],
     [("Russian forces", "RUSMIL")]),
])
def test_a_states_proxies_are_a_body_of_their_own(spec, ents, expected):
    assert _mentions(spec, ents, PROXY_GAZ, ("surface", "actor_id")) == expected


# A one-word given name is no alias of a body (the ruler's patterns); an armed group's article is either case.
GIVEN_NAMES_GAZ = Gazetteer([
    Actor("person:mohammad-javad-zarif", "Mohammad Javad Zarif", "Person", "IRN", "IRNGOV"),
    Actor("person:omar-al-bashir", "Omar al-Bashir", "Person", "SDN", "SDNGOV"),
    Actor("person:hamza-bin-laden", "Hamza bin Laden", "Person", None, None),
    Actor("group:jaish-e-mohammad", "Jaish-e-Mohammad", "ArmedGroup", "PAK", "PAKREB", aliases=("Mohammad", "JEM")),
    Actor("group:omar-brigade", "Omar Brigade", "ArmedGroup", "SYR", "SYRREB", aliases=("Omar",)),
    Actor("org:hamza-trust", "Hamza Trust", "Organisation", "GBR", "GBRNGO", aliases=("Hamza",)),
    Actor("group:al-shabaab", "Al-Shabaab", "ArmedGroup", "SOM", "SOMREB", aliases=("Al-Shabab", "Al Shabaab")),
    Actor("group:al-nusra-front", "al-Nusra Front", "ArmedGroup", "SYR", "SYRREB", aliases=("al-Nusra",)),
    Actor("group:al-qaeda-in-the-arabian-peninsula", "Al-Qaeda in the Arabian Peninsula", "ArmedGroup", "YEM",
          "YEMREB", aliases=("Al Awlaki",)),
    Actor("org:al-ahram", "Al-Ahram", "Organisation", "EGY", "EGYMED"),
])


def _pattern_ids(gaz=GIVEN_NAMES_GAZ) -> dict:
    from graphbuilder.components import actor_patterns

    return {p["pattern"]: p["id"] for p in actor_patterns(gaz)}


@pytest.mark.parametrize("word", ["Mohammad", "Omar", "Hamza"])
def test_a_given_name_is_no_alias_of_a_group_or_body(word):
    # "Major General Mohammad Ali Jafari" is no man of Jaish-e-Mohammad, "Omar Hassan" none of the Omar Brigade
    assert word not in _pattern_ids()


def test_a_body_keeps_its_longer_names_and_acronyms_without_the_given_name():
    patterns = _pattern_ids()
    assert patterns["Jaish-e-Mohammad"] == patterns["JEM"] == "group:jaish-e-mohammad"
    assert patterns["Omar Brigade"] == "group:omar-brigade"
    assert patterns["Mohammad Javad Zarif"] == "person:mohammad-javad-zarif"


def test_a_word_that_opens_no_known_name_stays_a_groups_alias():
    gaz = Gazetteer([*GIVEN_NAMES_GAZ, Actor("group:hamas", "Hamas", "ArmedGroup", "PSE", "PSEREB",
                                             aliases=("Harakat",))])
    assert _pattern_ids(gaz)["Harakat"] == "group:hamas"


def test_the_users_own_file_may_give_a_body_a_given_name():
    gaz = Gazetteer([*GIVEN_NAMES_GAZ], user_ids={"group:omar-brigade"})
    assert _pattern_ids(gaz)["Omar"] == "group:omar-brigade"


@pytest.mark.parametrize("form, actor_id", [
    ("al-Shabaab", "group:al-shabaab"), ("al-Shabab", "group:al-shabaab"), ("al Shabaab", "group:al-shabaab"),
    ("Al-Nusra Front", "group:al-nusra-front"), ("Al-Nusra", "group:al-nusra-front"),
])
def test_an_armed_groups_article_is_matched_in_either_case(form, actor_id):
    assert _pattern_ids()[form] == actor_id


def test_only_a_groups_own_name_is_matched_with_the_other_article_case():
    patterns = _pattern_ids()
    # "Anwar al-Awlaki" is a man, whatever alias the dictionary gives his group; a paper is no armed group
    assert "al Awlaki" not in patterns and "Al Awlaki" in patterns
    assert "al-Ahram" not in patterns


@pytest.mark.parametrize("name, actor_id", [
    ("AL-SHABAAB", "group:al-shabaab"), ("Al-shabab", "group:al-shabaab"), ("al-Nusra", "group:al-nusra-front"),
    # a man's name, though the dictionary gives it a group; no body's name at all
    ("al-Awlaki", "person:al-awlaki"), ("al-Hessi", "person:al-hessi"),
])
def test_the_ners_person_is_the_body_the_actor_list_names_so(name, actor_id):
    spec = f"Men/NOUN/nsubj/3 of/ADP/prep/0 {name}/PROPN/pobj/1 attacked/VERB/ROOT/3/attack"
    assert _mentions(spec, [(2, 3, "PERSON", "")], GIVEN_NAMES_GAZ, ("actor_id",)) == [(actor_id,)]


# "N of <state>": the ruler took the state, the NER's organisation stops at the "of".
OF_STATE_GAZ = Gazetteer([
    Actor("UKR", "Ukraine", "Country", "UKR", "UKR", demonyms=("Ukrainian",)),
    Actor("KGZ", "Kyrgyzstan", "Country", "KGZ", "KGZ", aliases=("Kyrgyz Republic",)),
    Actor("COL", "Colombia", "Country", "COL", "COL"),
    Actor("AUS", "Australia", "Country", "AUS", "AUS"),
    Actor("NGA", "Nigeria", "Country", "NGA", "NGA"),
    Actor("IND", "India", "Country", "IND", "IND"),
    Actor("IRQ", "Iraq", "Country", "IRQ", "IRQ"),
    Actor("IRN", "Iran", "Country", "IRN", "IRN"),
])


def _of_state(spec: str, ents) -> list[tuple]:
    return _mentions(spec, ents, OF_STATE_GAZ, ("surface", "actor_id", "country"))


def test_the_security_service_of_a_state_is_that_states_organ():
    spec = ("The/DET/det/2 Security/PROPN/compound/2 Service/PROPN/nsubj/5 of/ADP/prep/2 Ukraine/PROPN/pobj/3 "
            "detained/VERB/ROOT/5/detain a/DET/det/7 suspect/NOUN/dobj/5")
    assert _of_state(spec, [(0, 4, "ORG", ""), (4, 5, "Country", "UKR")]) == [
        ("Security Service of Ukraine", "UKRGOV", "UKR")]


def test_the_armed_forces_of_the_long_named_state_are_its_military():
    spec = ("He/PRON/nsubj/1 praised/VERB/ROOT/1/praise the/DET/det/4 Armed/PROPN/compound/4 Forces/PROPN/dobj/1 "
            "of/ADP/prep/4 the/DET/det/8 Kyrgyz/PROPN/compound/8 Republic/PROPN/pobj/5")
    assert _of_state(spec, [(2, 7, "ORG", ""), (7, 9, "Country", "KGZ")]) == [
        ("Armed Forces of the Kyrgyz Republic", "KGZMIL", "KGZ")]


def test_a_generic_body_before_an_of_the_ner_left_out_is_the_states_organ():
    # the NER stopped before the "of": "the National Police | of | Colombia"
    spec = ("The/DET/det/2 National/PROPN/compound/2 Police/PROPN/nsubj/5 of/ADP/prep/2 Colombia/PROPN/pobj/3 "
            "arrested/VERB/ROOT/5/arrest him/PRON/dobj/5")
    assert _of_state(spec, [(0, 3, "ORG", ""), (4, 5, "Country", "COL")]) == [
        ("National Police of Colombia", "COLCOP", "COL")]


def test_a_ministry_of_a_state_is_its_government():
    spec = ("The/DET/det/1 Ministry/PROPN/nsubj/6 of/ADP/prep/1 Defence/PROPN/pobj/2 of/ADP/prep/3 "
            "Ukraine/PROPN/pobj/4 said/VERB/ROOT/6/say")
    assert _of_state(spec, [(0, 5, "ORG", ""), (5, 6, "Country", "UKR")]) == [
        ("Ministry of Defence of Ukraine", "UKRGOV", "UKR")]


@pytest.mark.parametrize("words, whole", [
    ("Liberal Party", "liberal-party-of-australia"), ("Manufacturers Association", "manufacturers-association-of-australia"),
    ("Supreme Court", "supreme-court-of-australia"), ("Central Bank", "central-bank-of-australia"),
])
def test_a_bodys_own_name_of_a_state_keeps_the_state_in_its_id(words, whole):
    first, second = words.split()
    spec = (f"The/DET/det/2 {first}/PROPN/compound/2 {second}/PROPN/nsubj/5 of/ADP/prep/2 Australia/PROPN/pobj/3 "
            "won/VERB/ROOT/5/win")
    assert _of_state(spec, [(0, 4, "ORG", ""), (4, 5, "Country", "AUS")]) == [
        (words, f"org:{whole}", "AUS"), ("Australia", "AUS", "AUS")]


def test_a_bare_generic_body_is_the_documents_own():
    spec = "The/DET/det/2 Armed/PROPN/compound/2 Forces/PROPN/nsubj/3 said/VERB/ROOT/3/say"
    assert _of_state(spec, [(0, 3, "ORG", "")]) == [("Armed Forces", "generic:armed-forces", None)]


def test_a_title_or_the_states_long_name_before_of_is_no_body_of_it():
    spec = ("The/DET/det/2 Defence/PROPN/compound/2 Minister/PROPN/nsubj/5 of/ADP/prep/2 Iraq/PROPN/pobj/3 "
            "spoke/VERB/ROOT/5/speak")
    found = {m[1] for m in _of_state(spec, [(0, 4, "ORG", ""), (4, 5, "Country", "IRQ")])}
    assert "IRQ" in found and not found & {"IRQGOV", "org:defence-minister-of-iraq"}
    spec = ("The/DET/det/2 Islamic/PROPN/compound/2 Republic/PROPN/nsubj/5 of/ADP/prep/2 Iran/PROPN/pobj/3 "
            "protested/VERB/ROOT/5/protest")
    assert "org:islamic-republic-of-iran" not in {m[1] for m in _of_state(spec, [(0, 4, "ORG", ""),
                                                                                 (4, 5, "Country", "IRN")])}


def test_a_name_the_ner_ended_before_of_a_state_is_whole():
    # "OMV of Austria": OMV, based in Austria
    spec = "OMV/PROPN/nsubj/4 of/ADP/prep/0 Austria/PROPN/pobj/1 and/CCONJ/cc/4 agreed/VERB/ROOT/4/agree"
    assert _of_state(spec, [(0, 1, "ORG", ""), (2, 3, "Country", "AUS")]) == [
        ("OMV", "org:omv", None), ("Austria", "AUS", "AUS")]


# A capitalised direction word before a state's name or demonym: part of another name, or of the state.
DIRECTION_GAZ = Gazetteer([
    Actor("IRL", "Ireland", "Country", "IRL", "IRL", demonyms=("Irish",)),
    Actor("IRQ", "Iraq", "Country", "IRQ", "IRQ", demonyms=("Iraqi",)),
    Actor("DEU", "Germany", "Country", "DEU", "DEU", aliases=("West Germany",), demonyms=("German",)),
    Actor("DDR", "East Germany", "Country", "DDR", "DDR"),
    Actor("USA", "United States", "Country", "USA", "USA", aliases=("America",), demonyms=("American",)),
    Actor("VNM", "Vietnam", "Country", "VNM", "VNM"),
])


def _direction(spec: str, ents) -> list[tuple]:
    return _mentions(spec, ents, DIRECTION_GAZ, ("surface", "actor_id", "country"))


def test_northern_ireland_is_no_part_of_ireland():
    spec = ("Foster/PROPN/nsubj/6 ,/PUNCT/punct/0 minister/NOUN/appos/0 of/ADP/prep/2 Northern/PROPN/compound/5 "
            "Ireland/PROPN/pobj/3 spoke/VERB/ROOT/6/speak")
    assert _direction(spec, [(5, 6, "Country", "IRL")]) == [("Northern Ireland", "place:northern-ireland", "GBR")]


def test_a_states_former_half_the_dictionary_names_is_that_state():
    spec = ("East/PROPN/compound/1 German/ADJ/amod/2 troops/NOUN/nsubj/3 crossed/VERB/ROOT/3/cross "
            "the/DET/det/5 border/NOUN/dobj/3")
    assert _direction(spec, [(1, 2, "Demonym", "DEU")]) == [("East German troops", "DDRMIL", "DDR")]
    spec = "West/PROPN/compound/1 German/ADJ/amod/2 banks/NOUN/nsubj/3 lent/VERB/ROOT/3/lend"
    assert _direction(spec, [(1, 2, "Demonym", "DEU")]) == [("West German", "DEU", "DEU")]


def test_a_continent_named_by_direction_is_no_state():
    spec = "Leaders/NOUN/nsubj/4 of/ADP/prep/0 North/PROPN/compound/3 America/PROPN/pobj/1 met/VERB/ROOT/4/meet"
    assert _direction(spec, [(3, 4, "Country", "USA")]) == [("North America", "place:north-america", None)]
    spec = "North/PROPN/compound/1 American/ADJ/amod/2 leaders/NOUN/nsubj/3 met/VERB/ROOT/3/meet"
    assert _direction(spec, [(1, 2, "Demonym", "USA")]) == []


def test_a_state_of_the_past_named_by_direction_is_not_todays():
    spec = ("North/PROPN/compound/1 Vietnam/PROPN/nsubj/2 attacked/VERB/ROOT/2/attack South/PROPN/compound/4 "
            "Vietnam/PROPN/dobj/2")
    assert _direction(spec, [(1, 2, "Country", "VNM"), (4, 5, "Country", "VNM")]) == [
        ("North Vietnam", "place:north-vietnam", None), ("South Vietnam", "place:south-vietnam", None)]


def test_a_part_of_a_state_named_by_direction_stays_the_state():
    # "Northern Iraq" is mostly written for a part of Iraq, which Iraq stands for
    spec = "Jets/NOUN/nsubj/1 bombed/VERB/ROOT/1/bomb Northern/PROPN/compound/3 Iraq/PROPN/dobj/1"
    assert _direction(spec, [(3, 4, "Country", "IRQ")]) == [("Iraq", "IRQ", "IRQ")]


def test_a_lower_case_direction_is_no_part_of_a_name():
    spec = ("Police/NOUN/nsubj/4 in/ADP/prep/0 northern/ADJ/amod/3 Ireland/PROPN/pobj/1 "
            "arrested/VERB/ROOT/4/arrest")
    assert _direction(spec, [(3, 4, "Country", "IRL")]) == [("Police in northern Ireland", "IRLCOP", "IRL")]


# A place, state or demonym the ruler found inside a longer proper name is not that actor.
LONGER_GAZ = Gazetteer([
    Actor("USA", "United States", "Country", "USA", "USA", demonyms=("American",)),
    Actor("IND", "India", "Country", "IND", "IND", demonyms=("Indian",)),
    Actor("place:kansas-city", "Kansas City", "Place", "USA"),
    Actor("place:toronto", "Toronto", "Place", "CAN"),
    Actor("place:aleppo", "Aleppo", "Place", "SYR"),
    Actor("place:london", "London", "Place", "GBR"),
    Actor("place:kabul", "Kabul", "Place", "AFG"),
])


def _longer_mentions(spec: str, ents) -> list[tuple]:
    return _mentions(spec, ents, LONGER_GAZ, ("surface", "actor_id", "country"))


def test_a_team_named_after_its_city_is_no_place():
    spec = ("The/DET/det/3 Kansas/PROPN/compound/2//NNP City/PROPN/compound/3//NNP Chiefs/PROPN/nsubj/4//NNPS "
            "won/VERB/ROOT/4/win/VBD")
    assert _longer_mentions(spec, [(1, 3, "Place", "place:kansas-city")]) == [
        ("Kansas City Chiefs", "org:kansas-city-chiefs", None)]
    spec = ("The/DET/det/2 Toronto/PROPN/compound/2//NNP Raptors/PROPN/nsubj/3//NNPS lost/VERB/ROOT/3/lose/VBD "
            "at/ADP/prep/3 home/NOUN/pobj/4//NN")
    assert _longer_mentions(spec, [(1, 2, "Place", "place:toronto")]) == [
        ("Toronto Raptors", "org:toronto-raptors", None)]


def test_a_group_the_ner_named_after_a_place_is_one_body():
    spec = ("Fighters/NOUN/nsubj/6//NNS of/ADP/prep/0 the/DET/det/5 Aleppo/PROPN/compound/5//NNP "
            "Martyrs/PROPN/compound/5//NNPS Brigades/PROPN/pobj/1//NNPS attacked/VERB/ROOT/6/attack/VBD")
    found = _longer_mentions(spec, [(3, 4, "Place", "place:aleppo"), (4, 6, "ORG", "")])
    assert ("Aleppo Martyrs Brigades", "org:aleppo-martyrs-brigades", None) in found
    assert not any(f[1] == "place:aleppo" for f in found)


def test_an_event_or_a_people_named_after_a_place_leaves_the_place():
    spec = ("At/ADP/ROOT/0 the/DET/det/3 London/PROPN/compound/3//NNP Olympics/PROPN/pobj/0//NNPS "
            "they/PRON/nsubj/5 won/VERB/ROOT/5/win/VBD")
    assert _longer_mentions(spec, [(2, 3, "Place", "place:london")]) == [("London", "place:london", "GBR")]
    spec = "Kabul/PROPN/compound/1//NNP Shiites/PROPN/nsubj/2//NNPS prayed/VERB/ROOT/2/pray/VBD"
    assert _longer_mentions(spec, [(0, 1, "Place", "place:kabul"), (1, 2, "NORP", "")])[0] == (
        "Kabul", "place:kabul", "AFG")


def test_a_headlines_capitals_make_no_name():
    # "Kabul Bombings Kill 20 As Fighters Step Up Attacks"
    spec = ("Kabul/PROPN/compound/1//NNP Bombings/PROPN/nsubj/2//NNPS Kill/VERB/ROOT/2/kill/VBP 20/NUM/dobj/2//CD "
            "As/SCONJ/mark/6//IN Fighters/NOUN/nsubj/6//NNS Step/VERB/advcl/2/step/VBP Up/ADP/prt/6//RP "
            "Attacks/NOUN/dobj/6//NNS")
    assert ("Kabul", "place:kabul", "AFG") in _longer_mentions(spec, [(0, 1, "Place", "place:kabul")])


def test_a_demonym_before_a_features_name_is_no_state():
    # "the Indian Point nuclear power plant" is in New York, not India
    spec = ("at/ADP/ROOT/0 the/DET/det/6 Indian/PROPN/compound/3//NNP Point/PROPN/nmod/6//NNP "
            "nuclear/ADJ/amod/6//JJ power/NOUN/compound/6//NN plant/NOUN/pobj/0//NN")
    assert _longer_mentions(spec, [(2, 3, "Demonym", "IND")]) == [("Indian Point", "place:indian-point", None)]


def test_a_place_before_a_common_plural_stays_the_place():
    assert _longer_mentions("Kabul/PROPN/compound/1//NNP residents/NOUN/nsubj/2//NNS fled/VERB/ROOT/2/flee/VBD",
                            [(0, 1, "Place", "place:kabul")]) == [("Kabul", "place:kabul", "AFG")]


PEOPLE_LAND_GAZ = Gazetteer([
    Actor("group:pkk", "PKK", "ArmedGroup", "TUR", "TURREB", aliases=("Kurdistan Workers' Party",)),
    Actor("group:bla", "Balochistan Liberation Army", "ArmedGroup", "PAK", "PAKREB"),
])


@pytest.mark.parametrize("words, actor_id", [
    ("Kurdish Workers' Party", "group:pkk"), ("Kurdish Workers Party", "group:pkk"),
    ("Baloch Liberation Army", "group:bla"), ("Baluch Liberation Army", "org:baluch-liberation-army"),
    # no people's word, or no dictionary body of the land's name
    ("Turkish Workers' Party", "org:turkish-workers-party"), ("Kurdish Red Crescent", "org:kurdish-red-crescent"),
])
def test_a_peoples_word_in_a_bodys_name_is_also_its_lands(words, actor_id):
    tokens = words.split()
    spec = " ".join(f"{w}/PROPN/compound/{len(tokens) - 1}" for w in tokens[:-1]) + \
        f" {tokens[-1]}/PROPN/nsubj/{len(tokens)} attacked/VERB/ROOT/{len(tokens)}/attack"
    assert _mentions(spec.strip(), [(0, len(tokens), "ORG", "")], PEOPLE_LAND_GAZ, ("actor_id",)) == [(actor_id,)]


def test_an_acronym_after_a_place_makes_no_longer_name():
    # "at 1430 Lagos UTC", "KABUL AFP": a time zone or an agency after a place, no body named after it
    spec = "at/ADP/ROOT/0 1430/NUM/nummod/3//CD Kabul/PROPN/compound/3//NNP UTC/PROPN/pobj/0//NNP"
    assert _longer_mentions(spec, [(2, 3, "Place", "place:kabul"), (3, 4, "ORG", "")])[0] == (
        "Kabul", "place:kabul", "AFG")


def _role_set(nlp, text):
    from graphbuilder.components import actor_index

    return {(r.person.label.split()[-1], r.organ.actor_id if r.organ.type != "Organisation" else r.organ.label,
             r.leader, r.former) for r in actor_index(nlp(text)).roles}


@pytest.mark.model
@pytest.mark.parametrize("text, absent, present", [
    # a chief who is a secretary, a secretary *to* the body: no head of it
    ("Chief Secretary to the Treasury Liam Byrne defended the spending review.", {("Byrne", "Treasury", True)}, set()),
    ("The shadow Treasury chief secretary Philip Hammond attacked the figures.",
     {("Hammond", "Treasury", True), ("Hammond", "Treasury", False)}, set()),
    # the chief of a function of a body is no head of the body, but still in it
    ("Reuters chief economist Jamie McGeever said rates would rise.", {("McGeever", "Reuters", True)}, set()),
    ("ITV political editor Tom Bradby said the vote was close.", {("Bradby", "ITV", True)}, {("Bradby", "ITV", False)}),
    ("Greenpeace campaign director John Sauven called for a ban.", {("Sauven", "Greenpeace", True)},
     {("Sauven", "Greenpeace", False)}),
    # the leader of a house of the legislature leads no state
    ("Lords leader Baroness Jay opened the debate.", {("Jay", "GBR", True)}, set()),
    ("Commons leader Robin Cook announced the timetable for the bill in Britain.", {("Cook", "GBR", True)}, set()),
    # heads keep their headship
    ("Bundesbank president Axel Weber warned of inflation.", set(), {("Weber", "Bundesbank", True)}),
    ("Oxfam chief executive Barbara Stocking visited Darfur.", set(), {("Stocking", "Oxfam", True)}),
    ("Venezuelans voted on whether to recall left-wing President Hugo Chavez.", set(), {("Chavez", "VEN", True)}),
])
def test_a_title_under_a_head_makes_no_head(nlp, text, absent, present):
    roles = {r[:3] for r in _role_set(nlp, text)}
    assert not roles & absent
    assert present <= roles


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    # a party's office, whatever the gazetteer knows of the person: no member of the government
    ("Labour election chief Alan Milburn denied the party was hiding the prime minister.", "Milburn"),
    ("Tory campaign chief Lynton Crosby said the posters would stay.", "Crosby"),
    ("Conservative family spokeswoman Theresa May said the law would be repealed.", "May"),
    ("Lib Dem president Simon Hughes said his party was ready.", "Hughes"),
    ("The party's election co-ordinator Alan Milburn said Labour would win.", "Milburn"),
    ("Former Conservative leader Iain Duncan Smith condemned the debate.", "Smith"),
])
def test_a_partys_office_is_no_office_in_the_government(nlp, text, person):
    roles = _role_set(nlp, text)
    assert not {r for r in roles if r[0] == person and r[1].endswith("GOV")}
    assert not {r for r in roles if r[0] == person and r[1] == "GBR"}


@pytest.mark.model
@pytest.mark.parametrize("text, person, organ", [
    # a legislator is a member of the legislature (CAMEO LEG), not of the government
    ("Entering Westminster, he shared an office with the newly elected MP for Sedgefield, Tony Blair.",
     "Blair", "GBRLEG"),
    ("Influential senator John McCain visited the prime minister.", "McCain", "USALEG"),
    ("US Senator Hillary Clinton voted against the bill.", "Clinton", "USALEG"),
    ("British MP George Galloway flew to Baghdad.", "Galloway", "GBRLEG"),
    ("Russian lawmaker Konstantin Kosachev criticised NATO.", "Kosachev", "RUSLEG"),
    ("Indian lawmaker Shashi Tharoor criticised the budget.", "Tharoor", "INDLEG"),
])
def test_a_legislator_is_a_member_of_the_legislature_not_of_the_government(nlp, text, person, organ):
    roles = _role_set(nlp, text)
    organs = {r[1] for r in roles if r[0] == person}
    assert organ in organs
    assert not {o for o in organs if o.endswith("GOV")}


@pytest.mark.model
def test_an_mps_seat_is_no_body_he_is_in(nlp):
    roles = _role_set(nlp, "Mr Sayeed has been MP for Mid-Bedfordshire since 1997.")
    assert not {r for r in roles if "Bedfordshire" in r[1]}


@pytest.mark.model
@pytest.mark.parametrize("text, person, former", [
    # an office the predicate says was held once is a former one
    ("Jack Straw was foreign secretary until 2006.", "Straw", True),
    ("David Blunkett served as home secretary from 2001 to 2004.", "Blunkett", True),
    ("Robin Cook had been foreign secretary.", "Cook", True),
    ("Leaked papers suggested ex-Home Secretary David Blunkett opposed the plan.", "Blunkett", True),
    ("The then-Foreign Secretary Robin Cook approved the sale.", "Cook", True),
    ("Gordon Brown served as chancellor between 1997 and 2007.", "Brown", True),
    # the present, the present perfect and a change of office leave it current
    ("Jack Straw is foreign secretary.", "Straw", False),
    ("Alan Johnson has been health secretary since June.", "Johnson", False),
    ("Ruth Kelly became education secretary in December.", "Kelly", False),
])
def test_a_past_office_in_the_predicate_is_former(nlp, text, person, former):
    roles = [r for r in _role_set(nlp, text) if r[0] == person]
    assert roles
    assert {r[3] for r in roles} == {former}


@pytest.mark.model
def test_an_office_one_resigned_or_had_in_a_relative_clause_is_no_current_one(nlp):
    for text in ("Mr Blunkett, who was home secretary until December, backed the plan.",
                 "Alan Milburn, who resigned as health secretary in 2003, returned to the cabinet."):
        assert not [r for r in _role_set(nlp, text) if not r[3]]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "UK helps raped Rwandan women Britain is to give a £4m grant to help survivors of the genocide.",
    "Labour attacked on Howard poster Labour has been accused of using anti-Semitic images.",
    "France aids wounded Malian soldiers Paris has sent doctors to the hospital in Bamako.",
])
def test_a_glued_headline_makes_no_attack(nlp, text):
    from graphbuilder.components import relations_of

    assert not [r for r in relations_of(nlp(text)) if r.relation == "attacks"]


@pytest.mark.model
def test_prose_keeps_its_verbs_where_no_headline_is_glued(nlp):
    from graphbuilder.components import relations_of

    # a name after a word for a kind of person is no new sentence ("rebel cleric Muqtada al-Sadr")
    doc = nlp("US troops battled Shiite militiamen loyal to rebel cleric Muqtada al-Sadr in Sadr City on Tuesday, "
              "officials said.")
    assert [r for r in relations_of(doc) if r.relation == "attacks" and r.source.actor_id == "USAMIL"]


@pytest.mark.model
@pytest.mark.parametrize("text, person, organ", [
    # the leader of a house of the legislature sits in it; he leads no state
    ("Commons leader Peter Hain made a statement on Britain's budget.", "Hain", "GBRLEG"),
    ("Lords leader Baroness Amos opened the debate in Britain.", "Amos", "GBRLEG"),
    ("Britain's Commons leader Jack Straw announced the timetable.", "Straw", "GBRLEG"),
    ("Indian parliamentary leader Sonia Gandhi spoke on Monday.", "Gandhi", "INDLEG"),
])
def test_a_houses_leader_sits_in_the_legislature(nlp, text, person, organ):
    roles = [r for r in _role_set(nlp, text) if r[0] == person]
    assert (person, organ, False, False) in roles
    assert not [r for r in roles if r[2]]


@pytest.mark.parametrize("noun, organ", [
    # a state's representatives or delegates are its envoys (the dictionary files them with the legislature)
    ("Representatives", "ITAGOV"), ("Delegates", "ITAGOV"), ("Lawmakers", "ITALEG"), ("Senators", "ITALEG"),
])
def test_a_states_representatives_are_its_envoys_its_lawmakers_its_legislature(noun, organ):
    found = _mentions(f"{noun}/NOUN/nsubj/3 from/ADP/prep/0 Italy/PROPN/pobj/1 met/VERB/ROOT/3/meet",
                      [(2, 3, "Country", "ITA")], fields=("surface", "actor_id"))
    assert found == [(f"{noun} from Italy", organ)]


ACRONYM_GAZ = Gazetteer([
    *GAZ,
    Actor("group:pkk", "Kurdistan Workers' Party", "ArmedGroup", None, None, aliases=("PKK",)),
    Actor("org:nrc", "NRC", "Organisation", None, None),
    Actor("org:nsc", "NSC", "Organisation", None, None),
    Actor("org:national-security-council", "National Security Council", "Organisation", None, None),
])


def _acronym_mentions(spec, ents):
    return _mentions(spec, ents, ACRONYM_GAZ, fields=("surface", "actor_id", "type"))


def test_an_acronym_in_brackets_names_the_body_again():
    found = _acronym_mentions(
        "The/DET/det/3 Arakan/PROPN/compound/3 Salvation/PROPN/compound/3 Front/PROPN/nsubj/7 (/PUNCT/punct/5 "
        "ASF/PROPN/appos/3 )/PUNCT/punct/5 said/VERB/ROOT/7/say ./PUNCT/punct/7 ASF/PROPN/nsubj/10 "
        "withdrew/VERB/ROOT/10/withdraw",
        [(1, 4, "ORG", ""), (5, 6, "ORG", ""), (9, 10, "ORG", "")])
    assert {a for _, a, _ in found} == {"org:arakan-salvation-front"}
    assert len(found) == 3


def test_a_known_group_and_its_acronym_before_armed_men_are_the_group_not_generic_militants():
    found = _acronym_mentions(
        "Kurdistan/PROPN/compound/1 Workers/PROPN/poss/3 '/PART/case/1 Party/PROPN/nmod/7 (/PUNCT/punct/3 "
        "PKK/PROPN/appos/3 )/PUNCT/punct/7 fighters/NOUN/nsubj/8 attacked/VERB/ROOT/8/attack "
        "a/DET/det/10 post/NOUN/dobj/8",
        [(0, 4, "ArmedGroup", "group:pkk"), (5, 6, "ArmedGroup", "group:pkk")])
    assert {a for _, a, _ in found} == {"group:pkk"}


def test_an_unknown_name_with_its_acronym_before_militants_is_an_armed_group():
    found = _acronym_mentions(
        "Popular/PROPN/compound/1 Front/PROPN/nmod/5 (/PUNCT/punct/3 PF/PROPN/nmod/5 )/PUNCT/punct/3 "
        "militants/NOUN/nsubj/6 attacked/VERB/ROOT/6/attack a/DET/det/8 post/NOUN/dobj/6",
        [(0, 2, "ORG", ""), (3, 4, "ORG", "")])
    assert found == [("Popular Front", "group:popular-front", "ArmedGroup"), ("PF", "group:popular-front", "ArmedGroup")]


def test_a_known_acronym_gives_its_actor_to_an_unknown_full_name():
    found = _acronym_mentions(
        "The/DET/det/3 National/PROPN/compound/3 Ruling/PROPN/compound/3 Council/PROPN/nsubj/7 (/PUNCT/punct/5 "
        "NRC/PROPN/appos/3 )/PUNCT/punct/5 met/VERB/ROOT/7/meet",
        [(1, 4, "ORG", ""), (5, 6, "ORG", "org:nrc")])
    assert {a for _, a, _ in found} == {"org:nrc"}


def test_two_known_bodies_are_not_merged_by_a_bracket():
    found = _acronym_mentions(
        "The/DET/det/3 National/PROPN/compound/3 Security/PROPN/compound/3 Council/PROPN/nsubj/7 (/PUNCT/punct/5 "
        "NRC/PROPN/appos/3 )/PUNCT/punct/5 met/VERB/ROOT/7/meet",
        [(1, 4, "ORG", "org:national-security-council"), (5, 6, "ORG", "org:nrc")])
    assert {a for _, a, _ in found} == {"org:national-security-council", "org:nrc"}


def test_a_bracketed_word_that_is_no_acronym_or_a_place_aliases_nothing():
    found = _acronym_mentions(
        "The/DET/det/1 Front/PROPN/nsubj/6 (/PUNCT/punct/3 Kayes/PROPN/appos/1 )/PUNCT/punct/3 "
        "militants/NOUN/nsubj/6 attacked/VERB/ROOT/6/attack ./PUNCT/punct/6 Kayes/PROPN/nsubj/9 "
        "voted/VERB/ROOT/9/vote",
        [(1, 2, "ORG", ""), (3, 4, "GPE", ""), (8, 9, "GPE", "")])
    assert ("Kayes", "place:kayes", "Place") in found
    assert ("Front", "org:front", "Organisation") in found


def test_an_acronym_that_does_not_open_as_the_name_does_is_not_its_alias():
    # "the Public and Commercial Services (PCS) union" the NER cut to "Commercial Services": no alias of it
    found = _acronym_mentions(
        "Commercial/PROPN/compound/1 Services/PROPN/nsubj/5 (/PUNCT/punct/3 PCS/PROPN/appos/1 )/PUNCT/punct/3 "
        "struck/VERB/ROOT/5/strike",
        [(0, 2, "ORG", ""), (3, 4, "ORG", "")])
    assert {a for _, a, _ in found} == {"org:commercial-services", "org:pcs"}


@pytest.mark.parametrize("text, place, filed", [
    ("June 9, 2020. BEIRUT (Reuters) - Protesters hurled rocks.", "BEIRUT", "June 9, 2020. BEIRUT (Reuters) - "),
    ("Tuesday, 9 June 2020\nBEIRUT - Protesters hurled rocks.", "BEIRUT", "Tuesday, 9 June 2020\nBEIRUT - "),
    ("Oct. 12, 2019. KABUL, Afghanistan -- Gunmen attacked a school.", "KABUL", "Oct. 12, 2019. KABUL, Afghanistan -- "),
    ("2020-06-09 MOSCOW (AFP) - Russia denied the report.", "MOSCOW", "2020-06-09 MOSCOW (AFP) - "),
    ("March 3 2015 NEW DELHI: India said it would reply.", "NEW DELHI", "March 3 2015 NEW DELHI: "),
    # a date that opens a sentence is no line of its own, and a date alone is no dateline
    ("February 22, 2021, the latest eruption lit Sicily's night skies.", None, ""),
    ("June 9, 2020. Protesters in Beirut hurled rocks.", None, ""),
    ("March 3, 2015 - US - China talks resumed.", None, ""),
])
def test_a_dateline_after_a_date_line_is_still_a_dateline(text, place, filed):
    from graphbuilder.actors import dateline_end, dateline_place

    assert text[:dateline_end(text)] == filed
    assert dateline_place(text) == place


def test_the_capital_of_a_dateline_after_a_date_is_no_organisation():
    found = _mentions("9/NUM/nummod/1 June/PROPN/npadvmod/6 2020/NUM/nummod/1 BEIRUT/PROPN/npadvmod/6 -/PUNCT/punct/6 "
                      "Protesters/NOUN/nsubj/6 hurled/VERB/ROOT/6/hurl rocks/NOUN/dobj/6",
                      [(0, 3, "DATE", ""), (3, 4, "ORG", "")])
    assert not [m for m in found if m[0] == "BEIRUT"]


def _ids_types(spec, ents):
    return {(m[1], m[2]) for m in _mentions(spec, ents)}


def test_a_states_name_before_an_institutions_noun_names_the_institution_not_the_state():
    # "Georgia Tech students rioted": Atlanta's institute, no act of the state of Georgia
    found = _ids_types("Italy/PROPN/compound/1 Tech/PROPN/compound/2 students/NOUN/nsubj/3 rioted/VERB/ROOT/3/riot",
                       [(0, 1, "Country", "ITA")])
    assert found == {("org:italy-tech", "Organisation")}


def test_a_states_name_in_a_longer_institutions_name_the_ner_took_in_part():
    found = _ids_types("Germany/PROPN/compound/2 State/PROPN/compound/2 University/PROPN/nsubj/3 "
                       "closed/VERB/ROOT/3/close its/PRON/poss/5 campus/NOUN/dobj/3",
                       [(0, 1, "Country", "DEU"), (1, 3, "ORG", "")])
    assert ("org:germany-state-university", "Organisation") in found
    assert not {i for i, _ in found} & {"DEU", "org:state-university"}


def test_a_square_named_after_a_state_is_a_place_of_no_state():
    # "Thousands gathered in Plaza Italia": a square (in Santiago), not Italy
    found = _ids_types("Thousands/NOUN/nsubj/1 gathered/VERB/ROOT/1/gather in/ADP/prep/1 Plaza/PROPN/compound/4 "
                       "Italia/PROPN/pobj/2",
                       [(3, 4, "GPE", ""), (4, 5, "Country", "ITA")])
    assert found == {("place:plaza-italia", "Place")}
    found = _ids_types("Protesters/NOUN/nsubj/1 marched/VERB/ROOT/1/march down/ADP/prep/1 Zimbabwe/PROPN/compound/4 "
                       "Street/PROPN/pobj/2",
                       [(3, 4, "Country", "ZWE")])
    assert found == {("place:zimbabwe-street", "Place")}


def test_an_airport_named_after_a_state_is_a_facility():
    found = _ids_types("Zimbabwe/PROPN/compound/1 Airport/PROPN/nsubjpass/3 was/AUX/auxpass/3 closed/VERB/ROOT/3/close",
                       [(0, 1, "Country", "ZWE")])
    assert found == {("fac:zimbabwe-airport", "Facility")}


def test_a_state_before_its_organ_or_a_common_noun_stays_the_state():
    found = _ids_types("Germany/PROPN/poss/2 's/PART/case/0 parliament/NOUN/nsubj/3 met/VERB/ROOT/3/meet",
                       [(0, 1, "Country", "DEU")])
    assert not [i for i, _ in found if i.startswith(("org:", "place:", "fac:"))]
    found = _ids_types("Italy/PROPN/nsubj/1 closed/VERB/ROOT/1/close its/PRON/poss/3 universities/NOUN/dobj/1",
                       [(0, 1, "Country", "ITA")])
    assert found == {("ITA", "Country")}


def test_a_states_name_in_a_title_case_headline_stays_the_state():
    found = _ids_types("Italy/PROPN/compound/1 Street/PROPN/compound/2 Protests/NOUN/nsubj/3 Spread/VERB/ROOT/3/spread "
                       "Across/ADP/prep/3 Major/ADJ/amod/6 Cities/NOUN/pobj/4",
                       [(0, 1, "Country", "ITA")])
    assert ("ITA", "Country") in found


@pytest.mark.parametrize("ranks", [["Lt", ".", "Gen."], ["Maj.", "Gen."], ["General"], ["Rear", "Admiral"]])
def test_a_rank_between_a_title_and_the_name_leaves_the_title_its_holder(ranks):
    # "the Task Force commander, Lt. Gen. Stephen Townsend, said": the rank is written with the name
    n = len(ranks)
    rank_items = " ".join(f"{r}/PROPN/compound/{6 + n}" for r in ranks)
    spec = (f"the/DET/det/3 Task/PROPN/compound/2 Force/PROPN/compound/3 commander/NOUN/nsubj/{8 + n} "
            f",/PUNCT/punct/3 {rank_items} Stephen/PROPN/compound/{6 + n} Townsend/PROPN/appos/3 "
            f",/PUNCT/punct/3 said/VERB/ROOT/{8 + n}/say")
    roles = _roles(spec, [(1, 3, "ORG", ""), (5 + n, 7 + n, "PERSON", "")])
    assert roles == [("Stephen Townsend", "org:task-force", True)]


def test_a_rank_after_a_comma_that_ends_no_title_gives_no_role():
    # "the army said on Sunday, Gen. Ali Hussein was killed": "Sunday" is no title
    roles = _roles("the/DET/det/1 army/NOUN/nsubj/2 said/VERB/ROOT/2/say on/ADP/prep/2 Sunday/PROPN/pobj/3 "
                   ",/PUNCT/punct/9 Gen./PROPN/compound/8 Ali/PROPN/compound/8 Hussein/PROPN/nsubjpass/10 "
                   "was/AUX/auxpass/10/be killed/VERB/ccomp/2/kill",
                   [(7, 9, "PERSON", "")])
    assert roles == []


@pytest.mark.parametrize("honorific, follows", [("Mr", "replied/VERB/ROOT/8/reply"), ("Gen.", "replied/VERB/ROOT/8/reply")])
def test_a_name_that_speaks_after_a_title_and_comma_does_not_hold_the_title(honorific, follows):
    # "he did not trust the prime minister, Mr Brown replied": Brown speaks of someone else; a civilian
    # honorific is no rank, and a name that is no apposition takes no title before the comma
    roles = _roles(f"he/PRON/nsubj/1 distrusted/VERB/ccomp/8/distrust the/DET/det/4 prime/ADJ/amod/4 "
                   f"minister/NOUN/dobj/1 ,/PUNCT/punct/8 {honorific}/PROPN/compound/7 Brown/PROPN/nsubj/8 {follows}",
                   [(7, 8, "PERSON", "")])
    assert roles == []


# A nisba ("al-Kuwaiti") ends a person's name and names no state.

NISBA_GAZ = Gazetteer([*NAME_GAZ, Actor("KWT", "Kuwait", "Country", "KWT", "KWT", demonyms=("Kuwaiti",)),
                       Actor("person:abu-ayyub-al-iraqi", "Abu Ayyub al-Iraqi", "Person", "IRQ", None)])


def test_a_nisba_after_a_name_cut_at_its_article_is_part_of_the_persons_name():
    # "Abu Jandal al-Kuwaiti": the NER ends the person at "al -", the ruler takes "Kuwaiti" for Kuwait.
    doc = make_doc("Abu/PROPN/compound/1 Jandal/PROPN/compound/4 al/PROPN/compound/4 -/PUNCT/punct/4 "
                   "Kuwaiti/PROPN/nsubjpass/6 was/AUX/auxpass/6 killed/VERB/ROOT/6/kill",
                   ents=[(0, 4, "PERSON", ""), (4, 5, "Demonym", "KWT")])
    assert _ids(find_actors(doc, NISBA_GAZ)) == [("Abu Jandal al - Kuwaiti", "person:abu-jandal-al-kuwaiti",
                                                  "Person")]


def test_a_nisba_after_a_name_that_stops_before_the_article_joins_it():
    doc = make_doc("Ahmed/PROPN/nsubj/3 al-/X/dep/2 Iraqi/PROPN/appos/0 spoke/VERB/ROOT/3/speak",
                   ents=[(0, 1, "PERSON", ""), (2, 3, "Demonym", "IRQ")])
    assert _ids(find_actors(doc, NISBA_GAZ)) == [("Ahmed al- Iraqi", "person:ahmed-al-iraqi", "Person")]


def test_a_nisba_after_given_names_the_ner_missed_is_a_person():
    doc = make_doc("Abu/PROPN/compound/1 Omar/PROPN/compound/4 al/PROPN/compound/4 -/PUNCT/punct/4 "
                   "Kuwaiti/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak",
                   ents=[(4, 5, "Demonym", "KWT")])
    assert _ids(find_actors(doc, NISBA_GAZ)) == [("Abu Omar al - Kuwaiti", "person:abu-omar-al-kuwaiti", "Person")]


def test_a_name_with_a_nisba_is_the_dictionary_person_it_names():
    doc = make_doc("Abu/PROPN/compound/1 Ayyub/PROPN/compound/4 al/PROPN/compound/4 -/PUNCT/punct/4 "
                   "Iraqi/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak",
                   ents=[(0, 4, "PERSON", ""), (4, 5, "Demonym", "IRQ")])
    assert _ids(find_actors(doc, NISBA_GAZ)) == [("Abu Ayyub al - Iraqi", "person:abu-ayyub-al-iraqi", "Person")]


def test_a_demonym_without_an_article_after_a_name_stays_the_state():
    # "Ahmed Kuwaiti officials": no article, no nisba.
    doc = make_doc("Ahmed/PROPN/nsubj/4 and/CCONJ/cc/0 Kuwaiti/ADJ/amod/3 officials/NOUN/conj/0 met/VERB/ROOT/4/meet",
                   ents=[(0, 1, "PERSON", ""), (2, 3, "Demonym", "KWT")])
    assert ("Kuwaiti officials", "KWTGOV", "Government") in _ids(find_actors(doc, NISBA_GAZ))


def test_an_article_led_demonym_with_no_name_before_it_is_left_alone():
    # "the al-Iraqi faction": no name for a nisba to end, and "the" is no given name.
    doc = make_doc("the/DET/det/3 al/X/compound/3 -/PUNCT/punct/3 Iraqi/PROPN/compound/4 faction/NOUN/nsubj/5 "
                   "left/VERB/ROOT/5/leave",
                   ents=[(3, 4, "Demonym", "IRQ")])
    assert not [m for m in find_actors(doc, NISBA_GAZ).mentions if m.type == "Person"]


def test_a_nisba_after_another_actors_name_is_no_persons():
    # "Hezbollah al-Iraqi": the words before the article are a body's name, not a person's.
    gaz = Gazetteer([*NISBA_GAZ, Actor("group:hezbollah", "Hezbollah", "ArmedGroup", "LBN", "LBNREB")])
    doc = make_doc("Hezbollah/PROPN/compound/3 al/X/compound/3 -/PUNCT/punct/3 Iraqi/PROPN/nsubj/4 "
                   "fought/VERB/ROOT/4/fight",
                   ents=[(0, 1, "ArmedGroup", "group:hezbollah"), (3, 4, "Demonym", "IRQ")])
    assert not [m for m in find_actors(doc, gaz).mentions if m.type == "Person"]


# One name, one actor per document.

SENSE_GAZ = Gazetteer([*GAZ, Actor("SYR", "Syria", "Country", "SYR", "SYR", demonyms=("Syrian",)),
                       Actor("place:raqqa", "Raqqa", "Place", "SYR", None),
                       Actor("place:augsburg", "Augsburg", "Place", "DEU", None),
                       Actor("place:jackson", "Jackson", "Place", "USA", None)])


def _senses(spec, ents, gaz=SENSE_GAZ):
    return [(m.surface, m.actor_id, m.type) for m in find_actors(make_doc(spec, ents), gaz).mentions
            if not m.pronoun]


def test_a_name_the_gazetteer_makes_a_place_is_no_person_in_another_sentence():
    found = _senses("Raqqa/PROPN/nsubj/1 fell/VERB/ROOT/1/fall ./PUNCT/punct/1 "
                    "Raqqa/PROPN/nsubj/4 suffered/VERB/ROOT/4/suffer",
                    [(0, 1, "GPE", "place:raqqa"), (3, 4, "PERSON", "")])
    assert found == [("Raqqa", "place:raqqa", "Place")] * 2


def test_a_name_its_context_makes_a_place_is_that_place_in_every_sentence():
    # "rebels retook Qusair": a place, whatever the NER called it in the next sentence.
    found = _senses("rebels/NOUN/nsubj/1 retook/VERB/ROOT/1/retake Qusair/PROPN/dobj/1 ./PUNCT/punct/1 "
                    "Qusair/PROPN/nsubj/5 suffered/VERB/ROOT/5/suffer",
                    [(2, 3, "PERSON", ""), (4, 5, "PERSON", "")])
    assert [f for f in found if f[0] == "Qusair"] == [("Qusair", "place:qusair", "Place")] * 2


def test_a_name_a_business_noun_makes_a_body_is_no_place_elsewhere():
    found = _senses("the/DET/det/1 airline/NOUN/compound/2 Alitalia/PROPN/nsubj/3 failed/VERB/ROOT/3/fail "
                    "./PUNCT/punct/3 Alitalia/PROPN/nsubj/6 closed/VERB/ROOT/6/close",
                    [(2, 3, "ORG", ""), (5, 6, "GPE", "")])
    assert found == [("Alitalia", "org:alitalia", "Organisation")] * 2


def test_a_name_after_a_courtesy_title_is_a_person_in_every_sentence():
    found = _senses("Mr./PROPN/compound/1 Burzek/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
                    "Burzek/PROPN/nsubj/5 left/VERB/ROOT/5/leave",
                    [(1, 2, "PERSON", ""), (4, 5, "GPE", "")])
    assert found == [("Burzek", "person:burzek", "Person")] * 2


def test_a_city_that_names_a_club_is_not_made_the_city_by_the_gazetteer_alone():
    # "Augsburg won": a club named after its city; only context, not the dictionary, retypes a body.
    found = _senses("Augsburg/PROPN/nsubj/1 won/VERB/ROOT/1/win ./PUNCT/punct/1 "
                    "fans/NOUN/nsubj/4 left/VERB/ROOT/4/leave Augsburg/PROPN/dobj/4",
                    [(0, 1, "ORG", ""), (5, 6, "GPE", "place:augsburg")])
    assert found == [("Augsburg", "org:augsburg", "Organisation"), ("Augsburg", "place:augsburg", "Place")]


def test_a_surname_of_a_longer_name_keeps_its_person():
    # "Jackson" after "Jesse Jackson" is the man, whatever the dictionary's city of that name.
    found = _senses("Jesse/PROPN/compound/1 Jackson/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
                    "Jackson/PROPN/nsubj/5 left/VERB/ROOT/5/leave Jackson/PROPN/dobj/5",
                    [(0, 2, "PERSON", ""), (4, 5, "PERSON", ""), (6, 7, "GPE", "place:jackson")])
    assert found[:2] == [("Jesse Jackson", "person:jesse-jackson", "Person"),
                         ("Jackson", "person:jesse-jackson", "Person")]


def test_contexts_that_disagree_leave_each_mention_its_own_actor():
    found = _senses("the/DET/det/1 airline/NOUN/compound/2 Qusair/PROPN/nsubj/3 failed/VERB/ROOT/3/fail "
                    "./PUNCT/punct/3 rebels/NOUN/nsubj/6 retook/VERB/ROOT/6/retake Qusair/PROPN/dobj/6",
                    [(2, 3, "ORG", ""), (7, 8, "PERSON", "")])
    assert found == [("Qusair", "org:qusair", "Organisation"), ("rebels", found[1][1], found[1][2]),
                     ("Qusair", "place:qusair", "Place")]
