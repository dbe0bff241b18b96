"""Tests of the actor knowledge base: the shipped resource and user actor files."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from graphbuilder.errors import InputError
from graphbuilder.gazetteer import (
    ACTOR_TYPES, Actor, Gazetteer, GazetteerError, Role, load_actors, normalise, read_user_actors, slugify,
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_actors()


def ids(actors) -> list[str]:
    return [a.id for a in actors]


# ---------------------------------------------------------------- shipped resource

def test_resource_is_small_and_well_formed():
    raw = resources.files("graphbuilder.resources").joinpath("actors.jsonl.gz").read_bytes()
    assert len(raw) < 4_000_000
    records = [json.loads(line) for line in gzip.decompress(raw).decode("utf-8").splitlines()]
    assert [r["id"] for r in records] == sorted(r["id"] for r in records)
    assert len({r["id"] for r in records}) == len(records)
    for r in records:
        assert r["type"] in ACTOR_TYPES, r["id"]
        assert r["source"] in ("pycountry", "phoenix", "curated"), r["id"]
        assert all(len(a) >= 2 for a in r["aliases"]), r["id"]
        for role in r["roles"]:
            for bound in (role["from"], role["to"]):
                assert bound is None or date.fromisoformat(bound)
    graveyard = [r["id"] for r in records if any("graveyard" in a.lower() for a in r["aliases"])]
    assert graveyard == []


def test_every_iso_country_is_present(gaz):
    import pycountry

    for c in pycountry.countries:
        actor = gaz.get(c.alpha_3)
        assert actor is not None and actor.type == "Country" and actor.country == c.alpha_3


@pytest.mark.parametrize("iso, name", [
    ("TUR", "Turkey"), ("USA", "United States"), ("GBR", "United Kingdom"), ("RUS", "Russia"),
    ("IRN", "Iran"), ("KOR", "South Korea"), ("PRK", "North Korea"), ("SYR", "Syria"),
    ("VNM", "Vietnam"), ("PSE", "Palestine"), ("TWN", "Taiwan"),
])
def test_country_common_names(gaz, iso, name):
    assert gaz.actors[iso].name == name
    assert gaz.by_alias(name)[0].id == iso


def test_turkey(gaz):
    tur = gaz.actors["TUR"]
    assert tur.capital == "Ankara" and tur.code == "TUR" and tur.source == "pycountry"
    assert "Türkiye" in tur.aliases and "Turkish Republic" in tur.aliases
    assert "Turkish" in tur.demonyms and "Turkish" not in tur.aliases
    assert gaz.demonym("Turkish") is tur and gaz.demonym("turkish") is tur
    assert gaz.by_alias("Turkish") == []  # an adjective is not a name of the state
    ankara = gaz.actors["place:ankara"]
    assert ankara.type == "Place" and ankara.country == "TUR"
    assert ids(gaz.by_alias("Ankara")) == ["place:ankara"]


@pytest.mark.parametrize("text", ["US", "U.S.", "USA", "U.S.A.", "America", "United States",
                                  "United States of America", "the United States"])
def test_us_aliases(gaz, text):
    assert gaz.by_alias(text)[0].id == "USA"


def test_common_english_words_need_the_same_case(gaz):
    assert gaz.by_alias("us") == [] and gaz.by_alias("is") == []
    assert ids(gaz.by_alias("IS")) == ["group:islamic-state"]


@pytest.mark.parametrize("text, iso", [
    ("UK", "GBR"), ("U.K.", "GBR"), ("Britain", "GBR"), ("Great Britain", "GBR"),
    ("Russia", "RUS"), ("Iran", "IRN"), ("South Korea", "KOR"), ("North Korea", "PRK"),
    ("Syria", "SYR"), ("Vietnam", "VNM"), ("Palestine", "PSE"), ("Taiwan", "TWN"), ("Iraq", "IRQ"),
])
def test_country_short_forms(gaz, text, iso):
    assert gaz.by_alias(text)[0].id == iso


@pytest.mark.parametrize("word, iso", [
    ("Turkish", "TUR"), ("Iraqi", "IRQ"), ("Iraqis", "IRQ"), ("American", "USA"), ("Americans", "USA"),
    ("British", "GBR"), ("French", "FRA"), ("German", "DEU"), ("Syrian", "SYR"), ("Russian", "RUS"),
    ("Chinese", "CHN"), ("Iranian", "IRN"), ("Israeli", "ISR"), ("Saudi", "SAU"), ("Egyptian", "EGY"),
    ("Ukrainian", "UKR"), ("Afghan", "AFG"), ("Pakistani", "PAK"), ("Indian", "IND"), ("Japanese", "JPN"),
])
def test_demonyms(gaz, word, iso):
    assert gaz.demonym(word).id == iso


@pytest.mark.parametrize("word", ["Kurdish", "Kurds", "Arab", "Muslim", "Sunni", "European"])
def test_not_country_demonyms(gaz, word):
    assert gaz.demonym(word) is None


def test_erdogan(gaz):
    found = gaz.by_alias("Erdogan")
    assert found and found[0].id == "person:recep-tayyip-erdogan"
    erdogan = found[0]
    assert erdogan.name == "Recep Tayyip Erdogan" and erdogan.type == "Person"
    assert erdogan.country == "TUR" and erdogan.code == "TURGOV"
    assert Role("TURGOV", date(2003, 3, 14), None) in erdogan.roles
    assert gaz.by_alias("Erdoğan")[0] is erdogan and gaz.by_alias("RECEP TAYYIP ERDOGAN")[0] is erdogan
    assert not any("minister" in a.lower() for a in erdogan.aliases)
    assert gaz.roles_at(erdogan.id, "2016-10-21") == ["TURGOV"]
    assert gaz.roles_at(erdogan.id, date(2000, 1, 1)) == ["TURELI"]
    assert gaz.roles_at(erdogan.id, date(1960, 1, 1)) == ["TURELI"]  # undated default
    assert gaz.roles_at("person:no-such-person", date(2000, 1, 1)) == []


def test_ash_carter(gaz):
    carter = gaz.by_alias("Ash Carter")[0]
    assert carter.id == "person:ash-carter" and carter.name == "Ash Carter" and carter.country == "USA"
    assert gaz.by_alias("Ashton Carter")[0] is carter
    assert gaz.roles_at(carter.id, "2016-10-21") == ["USAGOVMIL"]


def test_shared_surnames_are_not_plain_aliases(gaz):
    persons = [a for a in gaz if a.type == "Person"]
    holders: dict[str, set[str]] = {}
    for p in persons:
        for alias in p.aliases:
            key = normalise(alias)
            if " " not in key:
                holders.setdefault(key, set()).add(p.id)
    assert {k: v for k, v in holders.items() if len(v) > 1} == {}
    clinton = gaz.actors["person:bill-clinton"]
    assert "Clinton" in clinton.ambiguous_aliases and "Clinton" not in clinton.aliases
    found = gaz.by_alias("Clinton")
    assert {"person:bill-clinton", "person:hillary-clinton"} <= set(ids(found))
    assert gaz.by_alias("Clinton", include_ambiguous=False) == []


@pytest.mark.parametrize("text, actor_id, type_", [
    ("United Nations", "org:un", "InternationalOrganisation"),
    ("UN", "org:un", "InternationalOrganisation"),
    ("U.N.", "org:un", "InternationalOrganisation"),
    ("UN Security Council", "org:un-security-council", "InternationalOrganisation"),
    ("Security Council", "org:un-security-council", "InternationalOrganisation"),
    ("NATO", "org:nato", "InternationalOrganisation"),
    ("North Atlantic Treaty Organization", "org:nato", "InternationalOrganisation"),
    ("European Union", "org:european-union", "InternationalOrganisation"),
    ("EU", "org:european-union", "InternationalOrganisation"),
    ("African Union", "org:african-union", "InternationalOrganisation"),
    ("Arab League", "org:arab-league", "InternationalOrganisation"),
    ("OPEC", "org:opec", "InternationalOrganisation"),
    ("IAEA", "org:iaea", "InternationalOrganisation"),
    ("Islamic State", "group:islamic-state", "ArmedGroup"),
    ("ISIS", "group:islamic-state", "ArmedGroup"),
    ("ISIL", "group:islamic-state", "ArmedGroup"),
    ("Daesh", "group:islamic-state", "ArmedGroup"),
    ("Islamic State of Iraq and the Levant", "group:islamic-state", "ArmedGroup"),
    ("Taliban", "group:taliban", "ArmedGroup"),
    ("Hezbollah", "group:hezbollah", "ArmedGroup"),
    ("Hizbollah", "group:hezbollah", "ArmedGroup"),
    ("Hamas", "group:hamas", "ArmedGroup"),
    ("al-Qaeda", "group:al-qaeda", "ArmedGroup"),
    ("Al Qaida", "group:al-qaeda", "ArmedGroup"),
    ("PKK", "group:pkk", "ArmedGroup"),
    ("Kurdistan Workers' Party", "group:pkk", "ArmedGroup"),
    ("YPG", "group:ypg", "ArmedGroup"),
])
def test_named_organisations_and_groups(gaz, text, actor_id, type_):
    first = gaz.by_alias(text)[0]
    assert (first.id, first.type) == (actor_id, type_)


def test_groups_have_no_member_names(gaz):
    isis = gaz.actors["group:islamic-state"]
    assert isis.name == "Islamic State" and isis.code == "IMGMUSISI"
    assert not any("baghdadi" in a.lower() for a in isis.aliases)
    hez = gaz.actors["group:hezbollah"]
    assert hez.country == "LBN" and not any("nasrallah" in a.lower() for a in hez.aliases)


def test_names_iterates_every_surface_form(gaz):
    kinds = {}
    for text, actor_id, kind in gaz.names():
        if actor_id == "TUR":
            kinds[text] = kind
    assert kinds["Turkey"] == "name" and kinds["Turkish"] == "demonym" and kinds["Türkiye"] == "alias"


def test_load_actors_is_cached():
    assert load_actors() is load_actors()


def test_import_is_light():
    code = "import sys, graphbuilder.gazetteer; print('spacy' in sys.modules, 'pycountry' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_normalise_and_slugify():
    assert normalise("U.S.") == normalise("US") == "us"
    assert normalise("Al-Qa'ida") == "al qaida"
    assert normalise("ERDOĞAN") == normalise("erdogan")
    assert slugify("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"


# ---------------------------------------------------------------- user files

def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_csv_adds_and_overrides(tmp_path: Path):
    path = write(tmp_path, "actors.csv", (
        "name,aliases,type,country,role,from,to\n"
        "# a comment row\n"
        "Recep Tayyip Erdogan,Erdogan;Reis,,,TURGOV,2014-08-28,\n"
        "Jane Example,J. Example;Example,Person,Turkey,TURGOV,2020-01-01,2021-06-30\n"
        "Jane Example,,,,TURMIL,2021-07-01,\n"
        "Bashiqa,Bashiqa camp,Place,IRQ,,,\n"
    ))
    gaz = load_actors(path)
    erdogan = gaz.actors["person:recep-tayyip-erdogan"]
    assert erdogan.source == "user" and erdogan.aliases == ("Erdogan", "Reis")
    assert erdogan.roles == (Role("TURGOV", date(2014, 8, 28), None),)
    assert erdogan.country == "TUR" and erdogan.name == "Recep Tayyip Erdogan"  # kept from the bundle
    jane = gaz.actors["person:jane-example"]
    assert jane.country == "TUR" and jane.type == "Person"
    assert gaz.roles_at(jane.id, "2020-06-01") == ["TURGOV"]
    assert gaz.roles_at(jane.id, "2022-01-01") == ["TURMIL"]
    assert gaz.by_alias("Example")[0] is jane  # the user's actor ranks first
    assert gaz.by_alias("Bashiqa camp")[0].id == "place:bashiqa"
    assert gaz.by_alias("Reis")[0] is erdogan
    # the bundled gazetteer is untouched
    assert load_actors().actors["person:recep-tayyip-erdogan"].source == "phoenix"


def test_user_file_is_cached_until_it_changes(tmp_path: Path):
    path = write(tmp_path, "a.csv", "name,type,country\nTaliban,ArmedGroup,PAK\n")
    first = load_actors(path)
    assert load_actors(str(path)) is first
    write(tmp_path, "a.csv", "name,type,country\nTaliban,ArmedGroup,AFG\nX Y,Person,\n")
    second = load_actors(path)
    assert second is not first and second.actors["group:taliban"].country == "AFG"


def test_user_jsonl_with_lists_and_ids(tmp_path: Path):
    path = write(tmp_path, "actors.jsonl", "\n".join([
        json.dumps({"id": "TUR", "aliases": ["Türkiye", "Turkey"], "demonyms": ["Turkish", "Türk"]}),
        json.dumps({"name": "New Group", "type": "ArmedGroup", "country": "SYR",
                    "roles": [{"code": "SYRREB", "from": "2015", "to": None}]}),
        "",
    ]))
    gaz = load_actors(path)
    assert gaz.actors["TUR"].aliases == ("Türkiye", "Turkey") and gaz.demonym("Türk").id == "TUR"
    group = gaz.actors["group:new-group"]
    assert group.roles == (Role("SYRREB", date(2015, 1, 1), None),) and group.code == "SYRREB"


def test_user_entry_with_same_name_replaces_bundled(tmp_path: Path):
    path = write(tmp_path, "a.csv", "name,type,country\nTaliban,ArmedGroup,PAK\n")
    gaz = load_actors(path)
    assert gaz.actors["group:taliban"].country == "PAK"
    assert ids(gaz.by_alias("Taliban")) == ["group:taliban"]


@pytest.mark.parametrize("name, text, where, fragment", [
    ("a.csv", "name,alias\nX,Y\n", ":1:", "unknown column 'alias'"),
    ("a.csv", "name,type,role,from\nX,Person,TURGOV,2020-01-01\nY,Person,TURGOV,21/10/2016\n", ":3:", "'from'"),
    ("a.csv", "name,type\nSomebody New,\n", ":2:", "type"),
    ("a.csv", "name,type\nX,Wizard\n", ":2:", "unknown type 'Wizard'"),
    ("a.csv", "name,type,country\nX,Person,Narnia\n", ":2:", "unknown country 'Narnia'"),
    ("a.csv", "name,type,from\nX,Person,2020-01-01\n", ":2:", "without a 'role'"),
    ("a.csv", "name\nSingapore\n", ":2:", "matches several actors"),
    ("a.jsonl", '{"name": "X", "type": "Person"}\n{"name": "Y",\n', ":2:", "not valid JSON"),
    ("a.jsonl", '{"name": "X", "type": "Person", "aliases": 3}\n', ":1:", "aliases"),
    ("a.jsonl", '["X"]\n', ":1:", "JSON object"),
    ("a.csv", "name,type,country,leader\nX Y,Person,TUR,perhaps\n", ":2:", "'leader' must be yes or no"),
    ("a.csv", "name,type,country,leader\nX Y,Organisation,TUR,yes\n", ":2:", "only a Person"),
    ("a.csv", "name,type,leader\nX Y,Person,yes\n", ":2:", "needs the 'country'"),
])
def test_bad_user_file_messages(tmp_path: Path, name, text, where, fragment):
    path = write(tmp_path, name, text)
    with pytest.raises(GazetteerError) as info:
        load_actors(path)
    message = str(info.value)
    assert "\n" not in message
    assert f"{path}{where}" in message and fragment in message
    assert isinstance(info.value, InputError)


def test_user_file_marks_leaders(tmp_path: Path):
    path = write(tmp_path, "a.csv", "name,type,country,role,from,to,leader\n"
                                    "Jane Example,Person,TUR,TURGOV,2020-01-01,,yes\n"
                                    "John Example,Person,TUR,TURGOV,2020-01-01,,no\n"
                                    "Recep Tayyip Erdogan,,,,,,\n")
    gaz = load_actors(path)
    assert gaz.actors["person:jane-example"].leader and not gaz.actors["person:john-example"].leader
    # an override that does not say keeps the bundled mark
    assert gaz.actors["person:recep-tayyip-erdogan"].leader == \
        load_actors().actors["person:recep-tayyip-erdogan"].leader
    path = write(tmp_path, "b.jsonl", json.dumps({"name": "Jane Example", "type": "Person", "country": "TUR",
                                                  "leader": True}) + "\n")
    assert load_actors(path).actors["person:jane-example"].leader


def test_missing_user_file(tmp_path: Path):
    with pytest.raises(InputError, match="no such file"):
        load_actors(tmp_path / "nope.csv")


def test_read_user_actors_against_a_small_gazetteer(tmp_path: Path):
    base = Gazetteer([Actor(id="TUR", name="Turkey", type="Country", country="TUR", code="TUR",
                            demonyms=("Turkish",))])
    path = write(tmp_path, "a.csv", "name,aliases,type,country\nAnkara,Angora,Place,Turkey\n")
    (ankara,) = read_user_actors(path, base)
    assert ankara == Actor(id="place:ankara", name="Ankara", type="Place", country="TUR",
                           aliases=("Angora",), source="user")
    merged = base.with_user_file(path)
    assert merged.by_alias("angora")[0] == ankara and merged.demonym("Turkish").id == "TUR"


def test_user_file_may_add_a_facility(tmp_path: Path):
    from conftest import make_doc

    from graphbuilder.actors import find_actors

    path = write(tmp_path, "actors.csv", (
        "name,aliases,type,country,role,from,to\n"
        "Incirlik Air Base,Incirlik,Facility,TUR,,,\n"
    ))
    gaz = load_actors(path)
    base = gaz.actors["fac:incirlik-air-base"]
    assert base.type == "Facility" and base.country == "TUR" and base.source == "user"
    assert ids(gaz.by_alias("Incirlik"))[0] == "fac:incirlik-air-base"  # the user entry wins
    # The ruler labels a gazetteer span with its actor's type and id; a Facility stays one.
    doc = make_doc("Carter/PROPN/nsubj/1 visited/VERB/ROOT/1 Incirlik/PROPN/dobj/1 ./PUNCT/punct/1",
                   ents=((0, 1, "PERSON", ""), (2, 3, "Facility", "fac:incirlik-air-base")))
    found = {m.actor_id: m for m in find_actors(doc, gaz)}
    assert found["fac:incirlik-air-base"].type == "Facility"
    assert found["fac:incirlik-air-base"].country == "TUR"


@pytest.mark.parametrize("text, actor_id, code", [
    # The European Community (EEC) is the European Union before 1993: the code IGOEUREEC names it.
    ("European Community", "org:european-union", "IGOEUREEC"),
    ("European Economic Community", "org:european-union", "IGOEUREEC"),
    ("EEC", "org:european-union", "IGOEUREEC"),
    # The ILO's secretariat is the International Labour Office; both spellings are one actor.
    ("International Labor Office", "org:international-labour-organization", "IGOUNOLABILO"),
    ("International Labor Organization", "org:international-labour-organization", "IGOUNOLABILO"),
    ("ILO", "org:international-labour-organization", "IGOUNOLABILO"),
])
def test_historical_and_secretariat_names_of_international_bodies(gaz, text, actor_id, code):
    actor = gaz.by_alias(text)[0]
    assert (actor.id, actor.code) == (actor_id, code)


def test_heads_of_state_are_marked_and_the_mark_round_trips():
    gaz = load_actors()
    assert gaz.get("person:angela-merkel").leader and gaz.get("person:ronald-reagan").leader
    # ministers, and secretaries whose codes look like a head's, are not
    assert not gaz.get("person:frank-walter-steinmeier").leader and not gaz.get("person:hillary-clinton").leader
    merkel = gaz.get("person:angela-merkel")
    assert Actor.from_json(merkel.to_json()) == merkel
    assert "leader" not in gaz.get("person:hillary-clinton").to_json()


def test_ministries_news_names_without_their_state_are_organs_of_it(gaz):
    assert [(a.id, a.code) for a in gaz.by_alias("State Department")][:1] == [("org:department-of-state", "USAGOV")]
    for name in ("Foreign Office", "FCO", "Home Office", "Downing Street"):
        assert gaz.by_alias(name)[0].code == "GBRGOV", name
    assert gaz.by_alias("Quai d'Orsay")[0].code == "FRAGOV"


# --- states of their time ---------------------------------------------------------------------------------

def _m(actor_id, label, type_, country, code=None):
    from graphbuilder.model import ActorMention

    return ActorMention(actor_id=actor_id, label=label, type=type_, country=country, code=code, surface=label,
                        start=0, end=len(label), token_start=0, token_end=1, head=0)


@pytest.mark.parametrize("mention, on, expected", [
    # a story of 1987: Phoenix's RUS is the Soviet Union, as "Soviet" is
    (_m("RUSGOV", "Government of Russia", "Government", "RUS", "RUSGOV"), date(1987, 4, 10),
     ("SUNGOV", "Government of Soviet Union", "SUN", "SUNGOV")),
    (_m("RUS", "Russia", "Country", "RUS", "RUS"), date(1991, 12, 25), ("SUN", "Soviet Union", "SUN", "SUN")),
    (_m("person:mikhail-gorbachev", "Mikhail Gorbachev", "Person", "RUS", "RUSGOV"), date(1987, 4, 10),
     ("person:mikhail-gorbachev", "Mikhail Gorbachev", "SUN", "SUNGOV")),
    (_m("place:moscow", "Moscow", "Place", "RUS"), date(1950, 1, 1), ("place:moscow", "Moscow", "SUN", None)),
    # from the day after the Soviet Union ended, and with no date, Russia is Russia
    (_m("RUSGOV", "Government of Russia", "Government", "RUS", "RUSGOV"), date(1991, 12, 26),
     ("RUSGOV", "Government of Russia", "RUS", "RUSGOV")),
    (_m("RUSGOV", "Government of Russia", "Government", "RUS", "RUSGOV"), None,
     ("RUSGOV", "Government of Russia", "RUS", "RUSGOV")),
    # other states are as they are
    (_m("TURGOV", "Government of Turkey", "Government", "TUR", "TURGOV"), date(1987, 4, 10),
     ("TURGOV", "Government of Turkey", "TUR", "TURGOV")),
])
def test_a_state_is_named_as_of_the_story(mention, on, expected):
    from graphbuilder.gazetteer import era_mention

    m = era_mention(mention, on)
    assert (m.actor_id, m.label, m.country, m.code) == expected
    if expected[0] == mention.actor_id and expected[2] == mention.country:
        assert m is mention


@pytest.mark.model
def test_a_soviet_era_story_gives_one_state(nlp):
    import datetime as dt

    from graphbuilder.ingest import Document
    from graphbuilder.pipeline import extract

    text = ("Soviet leader Mikhail Gorbachev met Reagan in Geneva. Moscow called on the United States to agree "
            "to a total ban on testing.")
    ids = {}
    for on in (dt.date(1987, 4, 10), dt.date(2015, 4, 10)):
        (x,) = extract([Document(id="d", text=text, date=on)], nlp=nlp)
        ids[on.year] = {m.actor_id for r in x.relations for m in (r.source, r.target)}
    assert {"SUN", "SUNGOV"} <= ids[1987] and not any(i.startswith("RUS") for i in ids[1987])
    assert "RUSGOV" in ids[2015]
