"""Offices and the names around them, on hand-built parses: a portfolio is part of its office, a body's
head leads the body and not its state, a region's office is no seat in the state's government, a
ministry named by its portfolio is the story state's government, and names the NER cut short."""

import pytest

from conftest import make_doc

from graphbuilder.actors import _office_portfolio, _subnational_office, find_actors
from graphbuilder.gazetteer import Actor, Gazetteer

GAZ = Gazetteer([
    Actor("USA", "United States", "Country", "USA", "USA", aliases=("U.S.",), demonyms=("American",)),
    Actor("DEU", "Germany", "Country", "DEU", "DEU", demonyms=("German",)),
    Actor("JPN", "Japan", "Country", "JPN", "JPN", demonyms=("Japanese",)),
    Actor("CHN", "China", "Country", "CHN", "CHN", demonyms=("Chinese",)),
    Actor("CAN", "Canada", "Country", "CAN", "CAN", demonyms=("Canadian",)),
    Actor("MEX", "Mexico", "Country", "MEX", "MEX", demonyms=("Mexican",)),
    Actor("PAK", "Pakistan", "Country", "PAK", "PAK", demonyms=("Pakistani",)),
    Actor("ECU", "Ecuador", "Country", "ECU", "ECU", demonyms=("Ecuadorean",)),
    Actor("person:jack-straw", "Jack Straw", "Person", "GBR", "GBRGOV"),
    Actor("person:javier-perez", "Javier Perez", "Person", "PER", "PERGOV"),
    Actor("person:jacques-delors", "Jacques Delors", "Person", None, "IGOEUREEC"),
    Actor("place:england", "England", "Place", "GBR", None),
    Actor("place:texas", "Texas", "Place", "USA", None),
])


def _roles(doc):
    return [(r.person.label, r.organ.actor_id, r.leader) for r in find_actors(doc, GAZ).roles]


def _ids(doc):
    return {m.actor_id for m in find_actors(doc, GAZ).mentions}


# --- a portfolio the NER typed an organisation is part of the office ---------------------------------

def test_portfolio_before_secretary_is_no_organisation():
    doc = make_doc("Treasury/PROPN/compound/1 Secretary/PROPN/compound/3 Jack/PROPN/compound/3 "
                   "Straw/PROPN/nsubj/4 said/VERB/ROOT/4/say", ents=[(0, 1, "ORG", ""), (2, 4, "Person", "person:jack-straw")])
    assert _ids(doc) == {"person:jack-straw"}
    assert _roles(doc) == [("Jack Straw", "GBRGOV", False)]


def test_portfolio_of_several_words_before_minister_is_no_organisation():
    doc = make_doc("International/PROPN/compound/1 Trade/PROPN/compound/4 and/CCONJ/cc/1 Industry/PROPN/conj/1 "
                   "Minister/PROPN/compound/6 Hajime/PROPN/compound/6 Tamura/PROPN/nsubj/7 said/VERB/ROOT/7/say",
                   ents=[(0, 4, "ORG", ""), (5, 7, "PERSON", "")])
    assert not any(i.startswith("org:") for i in _ids(doc))


def test_portfolio_after_the_office_and_its_of_is_no_organisation():
    doc = make_doc("Chancellor/PROPN/compound/5 of/ADP/prep/0 the/DET/det/3 Exchequer/PROPN/pobj/1 "
                   "Nigel/PROPN/compound/5 Lawson/PROPN/nsubj/6 said/VERB/ROOT/6/say",
                   ents=[(2, 4, "ORG", ""), (4, 6, "PERSON", "")])
    assert not any(i.startswith("org:") for i in _ids(doc))
    doc = make_doc("Undersecretary/PROPN/compound/7 of/ADP/prep/0 State/PROPN/pobj/1 for/ADP/prep/2 "
                   "Economic/PROPN/compound/5 Affairs/PROPN/pobj/3 Allen/PROPN/compound/7 Wallis/PROPN/nsubj/8 "
                   "spoke/VERB/ROOT/8/speak", ents=[(2, 6, "ORG", ""), (6, 8, "PERSON", "")])
    assert _office_portfolio(doc.ents[0])


def test_party_and_its_general_secretary_keep_the_party():
    doc = make_doc("Labour/PROPN/compound/2 general/ADJ/amod/2 secretary/NOUN/compound/4 Jan/PROPN/compound/4 "
                   "Hill/PROPN/nsubj/5 quit/VERB/ROOT/5", ents=[(0, 1, "ORG", ""), (3, 5, "PERSON", "")])
    assert "org:labour" in _ids(doc)
    doc = make_doc("Labour/PROPN/compound/1 Party/PROPN/compound/2 leader/NOUN/compound/4 Neil/PROPN/compound/4 "
                   "Kinnock/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak", ents=[(0, 2, "ORG", ""), (3, 5, "PERSON", "")])
    assert "org:labour-party" in _ids(doc)


def test_portfolio_word_that_names_no_office_stays_a_body():
    doc = make_doc("The/DET/det/1 Treasury/PROPN/nsubj/2 said/VERB/ROOT/2/say", ents=[(1, 2, "ORG", "")])
    assert _ids(doc) == {"org:treasury"}


def test_a_name_of_its_own_before_an_office_is_no_portfolio():
    doc = make_doc("Bundesbank/PROPN/compound/1 president/NOUN/compound/3 Karl/PROPN/compound/3 "
                   "Poehl/PROPN/nsubj/4 said/VERB/ROOT/4/say", ents=[(0, 1, "ORG", ""), (2, 4, "PERSON", "")])
    assert "org:bundesbank" in _ids(doc)
    doc = make_doc("Acme/PROPN/compound/1 Secretary/PROPN/compound/3 Karl/PROPN/compound/3 "
                   "Poehl/PROPN/nsubj/4 said/VERB/ROOT/4/say", ents=[(0, 1, "ORG", ""), (2, 4, "PERSON", "")])
    assert not _office_portfolio(doc.ents[0])


# --- the head of a body leads the body, not its state ------------------------------------------------

def test_state_before_a_body_and_its_head_qualifies_the_body():
    doc = make_doc("German/ADJ/amod/2 Bundesbank/PROPN/compound/2 president/NOUN/compound/4 Karl/PROPN/compound/4 "
                   "Poehl/PROPN/nsubj/5 said/VERB/ROOT/5/say",
                   ents=[(0, 1, "Demonym", "DEU"), (1, 2, "ORG", ""), (3, 5, "PERSON", "")])
    assert _roles(doc) == [("Karl Poehl", "org:bundesbank", True)]


def test_state_in_brackets_inside_a_title_is_part_of_a_name():
    doc = make_doc("Acme/PROPN/compound/4 (/PUNCT/punct/2 Japan/PROPN/nmod/4 )/PUNCT/punct/2 president/NOUN/compound/6 "
                   "Eugene/PROPN/compound/6 Atkins/PROPN/nsubj/7 spoke/VERB/ROOT/7/speak",
                   ents=[(0, 1, "ORG", ""), (2, 3, "Country", "JPN"), (5, 7, "PERSON", "")])
    assert not any(organ in ("JPN", "JPNGOV") for _, organ, _ in _roles(doc))


STORY_CAN = ("Canada/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 Canada/PROPN/nsubj/4 "
             "gained/VERB/ROOT/4/gain ./PUNCT/punct/4 ")


def test_lower_case_president_before_a_name_is_no_head_of_the_story_state():
    doc = make_doc(STORY_CAN + "president/NOUN/compound/8 Michael/PROPN/compound/8 Corn/PROPN/nsubj/9 "
                   "said/VERB/ROOT/9/say", ents=[(0, 1, "Country", "CAN"), (3, 4, "Country", "CAN"), (7, 9, "PERSON", "")])
    assert _roles(doc) == []


def test_capitalised_president_before_a_name_heads_the_story_state():
    doc = make_doc(STORY_CAN + "President/PROPN/compound/8 Michael/PROPN/compound/8 Corn/PROPN/nsubj/9 "
                   "said/VERB/ROOT/9/say", ents=[(0, 1, "Country", "CAN"), (3, 4, "Country", "CAN"), (7, 9, "PERSON", "")])
    assert _roles(doc) == [("Michael Corn", "CAN", True)]


def test_title_after_a_bracketed_acronym_is_a_body_s():
    doc = make_doc(STORY_CAN + "Coffee/PROPN/compound/7 Institute/PROPN/compound/11 (/PUNCT/punct/7 IBC/PROPN/appos/7 "
                   ")/PUNCT/punct/7 President/PROPN/compound/11 Jorio/PROPN/compound/12 Daus/PROPN/nsubj/13 "
                   "said/VERB/ROOT/13/say",
                   ents=[(0, 1, "Country", "CAN"), (3, 4, "Country", "CAN"), (12, 14, "PERSON", "")])
    assert not any(organ.startswith("CAN") for _, organ, _ in _roles(doc))


def test_officer_of_an_international_body_is_no_head_of_the_story_state():
    doc = make_doc(STORY_CAN + "President/PROPN/compound/8 Jacques/PROPN/compound/8 Delors/PROPN/nsubj/9 "
                   "said/VERB/ROOT/9/say",
                   ents=[(0, 1, "Country", "CAN"), (3, 4, "Country", "CAN"), (7, 9, "Person", "person:jacques-delors")])
    assert _roles(doc) == []


def test_vice_president_written_apart_is_no_head():
    doc = make_doc(STORY_CAN + "vice/NOUN/dep/11 -/PUNCT/punct/6 president/NOUN/compound/10 Wim/PROPN/compound/10 "
                   "Huis/PROPN/nsubj/11 told/VERB/ROOT/11/tell",
                   ents=[(0, 1, "Country", "CAN"), (3, 4, "Country", "CAN"), (9, 11, "PERSON", "")])
    assert not any(leader for _, _, leader in _roles(doc))


def test_secretary_general_is_not_his_birth_state_s():
    doc = make_doc("Secretary/PROPN/compound/1 General/PROPN/compound/3 Javier/PROPN/compound/3 Perez/PROPN/nsubj/4 "
                   "spoke/VERB/ROOT/4/speak", ents=[(2, 4, "Person", "person:javier-perez")])
    assert _roles(doc) == []


def test_envoy_to_a_body_stays_his_state_s():
    doc = make_doc("Pakistan/PROPN/poss/3 's/PART/case/0 U.N./PROPN/compound/3 representative/NOUN/compound/5 "
                   "Anees/PROPN/compound/5 Ahmed/PROPN/nsubj/6 wrote/VERB/ROOT/6/write",
                   ents=[(0, 1, "Country", "PAK"), (2, 3, "ORG", ""), (4, 6, "PERSON", "")])
    assert ("Anees Ahmed", "PAKGOV", False) in _roles(doc)


def test_minister_after_his_portfolio_serves_the_story_state():
    doc = make_doc("Ecuador/PROPN/nsubj/1 cut/VERB/ROOT/1 ./PUNCT/punct/1 Ecuador/PROPN/nsubj/4 "
                   "gained/VERB/ROOT/4/gain ./PUNCT/punct/4 Energy/PROPN/compound/9 and/CCONJ/cc/6 "
                   "Mines/PROPN/conj/6 Minister/PROPN/compound/11 Javier/PROPN/compound/11 Espi/PROPN/nsubj/12 "
                   "spoke/VERB/ROOT/12/speak",
                   ents=[(0, 1, "Country", "ECU"), (3, 4, "Country", "ECU"), (10, 12, "PERSON", "")])
    assert _roles(doc) == [("Javier Espi", "ECUGOV", False)]


# --- a region's or a town's office is no seat in the state's government -----------------------------

@pytest.mark.parametrize("title, sub", [
    ("state governor", True), ("mayor", True), ("provincial health minister", True), ("chief minister", True),
    ("governor", True), ("governor-general", False), ("foreign minister", False), ("secretary of state", False),
    ("prime minister", False)])
def test_subnational_offices(title, sub):
    assert _subnational_office(title) is sub


def test_state_governor_is_no_member_of_the_national_government():
    doc = make_doc("Mexican/ADJ/amod/2 state/NOUN/compound/2 governor/NOUN/compound/4 Jose/PROPN/compound/4 "
                   "Perez/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak", ents=[(0, 1, "Demonym", "MEX"), (3, 5, "PERSON", "")])
    assert _roles(doc) == []


def test_mayor_named_with_his_state_is_no_member_of_its_government():
    doc = make_doc("Mexican/ADJ/amod/1 mayor/NOUN/compound/3 Jose/PROPN/compound/3 "
                   "Perez/PROPN/nsubj/4 spoke/VERB/ROOT/4/speak", ents=[(0, 1, "Demonym", "MEX"), (2, 4, "PERSON", "")])
    assert _roles(doc) == []


def test_governor_general_and_minister_stay_in_the_national_government():
    doc = make_doc("Canadian/ADJ/amod/3 Governor/PROPN/compound/3 -/PUNCT/punct/3 General/PROPN/compound/5 "
                   "Ann/PROPN/compound/5 Clark/PROPN/nsubj/6 spoke/VERB/ROOT/6/speak",
                   ents=[(0, 1, "Demonym", "CAN"), (4, 6, "PERSON", "")])
    assert _roles(doc) == [("Ann Clark", "CANGOV", False)]
    doc = make_doc("Mexican/ADJ/amod/2 Foreign/PROPN/compound/2 Minister/PROPN/compound/4 Jose/PROPN/compound/4 "
                   "Perez/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak", ents=[(0, 1, "Demonym", "MEX"), (3, 5, "PERSON", "")])
    assert _roles(doc) == [("Jose Perez", "MEXGOV", False)]


def test_governor_of_a_named_place_leads_the_place():
    doc = make_doc("Texas/PROPN/compound/1 Governor/PROPN/compound/3 Rick/PROPN/compound/3 Perry/PROPN/nsubj/4 "
                   "spoke/VERB/ROOT/4/speak", ents=[(0, 1, "Place", "place:texas"), (2, 4, "PERSON", "")])
    assert _roles(doc) == [("Rick Perry", "place:texas", True)]


# --- a ministry named by its portfolio is the story state's government --------------------------------

STORY_JPN = ("Japan/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 Japan/PROPN/nsubj/4 "
             "gained/VERB/ROOT/4/gain ./PUNCT/punct/4 ")
STORY_ENTS = [(0, 1, "Country", "JPN"), (3, 4, "Country", "JPN")]


def test_ministry_of_a_portfolio_is_the_story_state_s_government():
    doc = make_doc(STORY_JPN + "the/DET/det/7 Ministry/PROPN/nsubj/10 of/ADP/prep/7 Finance/PROPN/pobj/8 "
                   "said/VERB/ROOT/10/say", ents=STORY_ENTS + [(6, 10, "ORG", "")])
    m = next(m for m in find_actors(doc, GAZ).mentions if m.surface.endswith("Finance"))
    assert (m.country, m.code) == ("JPN", "JPNGOV")


def test_portfolio_ministry_is_the_story_state_s_government():
    doc = make_doc(STORY_JPN + "the/DET/det/8 Trade/PROPN/compound/8 Ministry/PROPN/nsubj/9 said/VERB/ROOT/9/say",
                   ents=STORY_ENTS + [(6, 9, "ORG", "")])
    m = next(m for m in find_actors(doc, GAZ).mentions if m.surface.endswith("Ministry"))
    assert (m.country, m.code) == ("JPN", "JPNGOV")


def test_ministry_in_a_story_of_two_states_stays_the_document_s():
    doc = make_doc("Japan/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 China/PROPN/nsubj/4 "
                   "gained/VERB/ROOT/4/gain ./PUNCT/punct/4 the/DET/det/8 Trade/PROPN/compound/8 Ministry/PROPN/nsubj/9 "
                   "said/VERB/ROOT/9/say", ents=[(0, 1, "Country", "JPN"), (3, 4, "Country", "CHN"), (6, 9, "ORG", "")])
    m = next(m for m in find_actors(doc, GAZ).mentions if m.surface.endswith("Ministry"))
    assert m.actor_id.startswith("generic:") and (m.country, m.code) == (None, None)


def test_ministry_in_a_story_of_no_state_stays_the_document_s():
    doc = make_doc("the/DET/det/2 Trade/PROPN/compound/2 Ministry/PROPN/nsubj/3 said/VERB/ROOT/3/say",
                   ents=[(0, 3, "ORG", "")])
    assert [(m.actor_id, m.code) for m in find_actors(doc, GAZ).mentions] == [("generic:trade-ministry", None)]


def test_ministry_known_by_its_own_name_keeps_it():
    doc = make_doc(STORY_JPN + "MITI/PROPN/nsubj/7 said/VERB/ROOT/7/say", ents=STORY_ENTS + [(6, 7, "ORG", "")])
    (m,) = [m for m in find_actors(doc, GAZ).mentions if m.surface == "MITI"]
    assert (m.actor_id, m.code) == ("org:miti", None)


def test_ministry_given_the_story_state_is_based_there():
    from graphbuilder.relations import extract_relations

    doc = make_doc(STORY_JPN + "the/DET/det/8 Trade/PROPN/compound/8 Ministry/PROPN/nsubj/9 said/VERB/ROOT/9/say",
                   ents=STORY_ENTS + [(6, 9, "ORG", "")])
    rels = [(r.relation, r.source.surface, r.target.actor_id) for r in extract_relations(doc, find_actors(doc, GAZ))]
    assert ("located-in", "Trade Ministry", "JPN") in rels


def test_a_body_of_a_portfolio_without_ministry_noun_is_no_ministry():
    doc = make_doc(STORY_JPN + "the/DET/det/8 Trade/PROPN/compound/8 Council/PROPN/nsubj/9 said/VERB/ROOT/9/say",
                   ents=STORY_ENTS + [(6, 9, "ORG", "")])
    assert not any(m.code == "JPNGOV" for m in find_actors(doc, GAZ).mentions)


# --- names the NER cut short ----------------------------------------------------------------------------

def test_body_noun_cut_before_a_place_is_the_whole_name():
    doc = make_doc("The/DET/det/1 Bank/PROPN/nsubj/4 of/ADP/prep/1 England/PROPN/pobj/2 cut/VERB/ROOT/4/cut "
                   "rates/NOUN/dobj/4", ents=[(0, 3, "ORG", ""), (3, 4, "Place", "place:england")])
    bank = next(m for m in find_actors(doc, GAZ).mentions if m.surface == "Bank")
    assert (bank.actor_id, bank.country) == ("org:bank-of-england", "GBR")


def test_university_cut_before_a_place_is_the_whole_name():
    doc = make_doc("the/DET/det/1 University/PROPN/nsubj/4 of/ADP/prep/1 Texas/PROPN/pobj/2 grew/VERB/ROOT/4/grow",
                   ents=[(0, 3, "ORG", ""), (3, 4, "Place", "place:texas")])
    assert "org:university-of-texas" in _ids(doc)


def test_a_name_of_several_words_before_a_place_is_left_alone():
    doc = make_doc("Acme/PROPN/compound/1 Bank/PROPN/nsubj/4 of/ADP/prep/1 Texas/PROPN/pobj/2 grew/VERB/ROOT/4/grow",
                   ents=[(0, 2, "ORG", ""), (3, 4, "Place", "place:texas")])
    assert "org:acme-bank" in _ids(doc) and "org:acme-bank-of-texas" not in _ids(doc)


def test_word_of_a_force_is_no_person():
    doc = make_doc("Riot/PROPN/compound/1 police/NOUN/nsubj/2 fired/VERB/ROOT/2/fire", ents=[(0, 1, "PERSON", "")])
    assert not any(i.startswith("person:") for i in _ids(doc))


def test_a_person_before_a_verb_stays_a_person():
    doc = make_doc("Riot/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak", ents=[(0, 1, "PERSON", "")])
    assert "person:riot" in _ids(doc)


def test_a_capitalised_force_keeps_its_name():
    doc = make_doc("Capitol/PROPN/compound/1 Police/PROPN/nsubj/2 fired/VERB/ROOT/2/fire", ents=[(0, 1, "PERSON", "")])
    assert "person:capitol" in _ids(doc)
