"""Tests of the Phoenix dictionary converter (graphbuilder.convert_actors)."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from graphbuilder import convert_actors as ca

ROOT = Path(__file__).resolve().parents[1]
SHARED_DICTS = ROOT.parent / "shared" / "dictionaries"
RESOURCES = ROOT / "graphbuilder" / "resources"


# ---------------------------------------------------------------- dates and codes

@pytest.mark.parametrize("text, expected", [
    ("030314", date(2003, 3, 14)),
    ("140608", date(2014, 6, 8)),
    ("991231", date(1999, 12, 31)),
    ("500101", date(1950, 1, 1)),
    ("450412", date(1945, 4, 12)),  # Roosevelt's USAGOV role ends 1945, not 2045
    ("19270101", date(1927, 1, 1)),
    ("20070101", date(2007, 1, 1)),
])
def test_parse_date(text, expected):
    assert ca.parse_date(text) == expected


@pytest.mark.parametrize("bad", ["2004017", "1920030320", "991332", "abcdef", ""])
def test_parse_date_rejects(bad):
    with pytest.raises(ValueError):
        ca.parse_date(bad)


def test_parse_role_forms():
    assert ca.parse_role("TURGOV >030314") == ca.RawRole("TURGOV", date(2003, 3, 14), None)
    assert ca.parse_role("EGYGOV > 140608") == ca.RawRole("EGYGOV", date(2014, 6, 8), None)
    assert ca.parse_role("IRQ <20030320") == ca.RawRole("IRQ", None, date(2003, 3, 20))
    assert ca.parse_role("TURELI 720101-021118") == ca.RawRole("TURELI", date(1972, 1, 1), date(2002, 11, 18))
    assert ca.parse_role("TURELI") == ca.RawRole("TURELI")
    assert not ca.parse_role("TURELI").dated


def test_parse_role_problems_are_reported():
    warnings: list[str] = []
    role = ca.parse_role("ARMUNR 9008223-911221", warnings, "f:3")
    assert role == ca.RawRole("ARMUNR", None, date(1991, 12, 21))
    assert ca.parse_role("---", warnings, "f:4") is None
    swapped = ca.parse_role("EGYGOV 20121207-20120802", warnings, "f:5")
    assert swapped.start == date(2012, 8, 2) and swapped.end == date(2012, 12, 7)
    assert len(warnings) == 3 and warnings[0].startswith("f:3:")


# ---------------------------------------------------------------- actor files

COUNTRIES = """\
# header comment
TURKEY_  [TUR]
+TURKISH_
+TURKISH_REPUBLIC
+REPUBLIC OF TURKEY
+TURKIYE_
+ANKARA_
+ISTANBUL_
+THE_GRAVEYARD_OF_EMPIRES_
+X
RECEP_TAYYIP_ERDOGAN_  # CountryInfo.txt
+RECEP_ERDOGAN_
+ERDOGAN_
+PRIME_MINISTER_RECEP_ERDOGAN
+ERDOĞAN
\t[TURELI 720101-021118]
\t[TURGOV 021118-030314]
\t[TURGOV >030314]
\t[TURELI]
ABDULLAH_GUL_  # CountryInfo.txt
+PRESIDENT_ABDULLAH_GUL
+GUL_
\t[TURGOV >070828]
MEHMET_GUL_  # CountryInfo.txt
+GUL_
\t[TURGOV 050101-060101]
TURKISH_ARMED_FORCES_
+TURKISH_MILITARY
+GENERAL_STAFF_SPOKESMAN_AHMET_YILMAZ
\t[TURMIL]

IRAQ_
+IRAQI_
+BAGHDAD_
+MOSUL_
\t[IRQ]
IRAQI_KURDISTAN
+ERBIL
\t[IRQ]
LEONID_BREZHNEV_  # CountryInfo.txt
LEONID_ILYICH_BREZHNEV
SECRETARY_BREZHNEV
\t[RUSGOV 641014-821110]
ALPHA_BRIGADE
BETA_FRONT
\t[SYRREBMUS]
"""

INTERNATIONAL = """\
NATO_
+NORTH_ATLANTIC_TREATY_ORGANIZATION_\t
\t[IGOWSTNAT]# NGO_Actors
JAVIER_SOLANA_\t[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006] # from SPAIN# IGOrulers.txt
IAEA_\t[IGOUNOIAE]# Intl Atomic Energy Agency
INTERNATIONAL_ATOMIC_ENERGY_AGENCY_\t[IGOUNOIAE]
U.N.
+UN
\t[IGOUNO]
ACME_WIDGETS_INC_\t[MNCUSA]\t# a company
"""

MILNONSTATE = """\
THE_ISLAMIC_STATE
+ISIS_
+DAESH_
+ABU_BAKR_AL-BAGHDADI_
+AL-BAGHDADI
\t[IMGMUSISI >20130408]
ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB] #  kkl 21 Mar 13
+ADEN_ISLAMIC_ARMY_
+ARMY_OF_MOHAMMED_AND_THE_JAISH_ADAN_AL_ISLAMI+_ISLAMIC_ADEN_ARMY_
ANGRY_BRIGADE_+_MARTYRS_OF_DEMOCRACY_ [ITAREB]
"""


@pytest.fixture()
def dict_dir(tmp_path: Path) -> Path:
    (tmp_path / ca.ACTOR_FILES["countries"]).write_text(COUNTRIES, encoding="utf-8")
    (tmp_path / ca.ACTOR_FILES["international"]).write_text(INTERNATIONAL, encoding="utf-8")
    (tmp_path / ca.ACTOR_FILES["milnonstate"]).write_text(MILNONSTATE, encoding="utf-8")
    return tmp_path


def test_parse_actor_file_entries(dict_dir: Path):
    warnings: list[str] = []
    entries = list(ca.parse_actor_file(dict_dir / ca.ACTOR_FILES["countries"], warnings))
    names = [e.name for e in entries]
    assert names[:3] == ["TURKEY_", "RECEP_TAYYIP_ERDOGAN_", "ABDULLAH_GUL_"]
    turkey = entries[0]
    assert turkey.roles == (ca.RawRole("TUR"),)
    assert "TURKISH_" in turkey.aliases and "REPUBLIC OF TURKEY" in turkey.aliases
    erdogan = entries[1]
    assert erdogan.from_countryinfo and erdogan.line == 11
    assert [r.code for r in erdogan.roles] == ["TURELI", "TURGOV", "TURGOV", "TURELI"]
    assert erdogan.roles[2] == ca.RawRole("TURGOV", date(2003, 3, 14), None)
    assert "ERDOĞAN" in erdogan.aliases
    assert warnings == []


def test_parse_actor_file_chains(dict_dir: Path):
    entries = {e.name: e for e in ca.parse_actor_file(dict_dir / ca.ACTOR_FILES["countries"])}
    # chained name lines sharing a word are one actor ...
    brezhnev = entries["LEONID_BREZHNEV_"]
    assert brezhnev.aliases == ("LEONID_ILYICH_BREZHNEV", "SECRETARY_BREZHNEV")
    assert brezhnev.roles == (ca.RawRole("RUSGOV", date(1964, 10, 14), date(1982, 11, 10)),)
    # ... unrelated ones are separate actors sharing the codes that follow them
    assert entries["ALPHA_BRIGADE"].roles == entries["BETA_FRONT"].roles == (ca.RawRole("SYRREBMUS"),)


def test_parse_actor_file_inline_codes_and_plus_splitting(dict_dir: Path):
    intl = {e.name: e for e in ca.parse_actor_file(dict_dir / ca.ACTOR_FILES["international"])}
    solana = intl["JAVIER_SOLANA_"]
    assert [r.code for r in solana.roles] == ["IGOEUREEC", "IGOWSTNAT"]
    assert "igorulers" in solana.comment.lower()
    assert intl["NATO_"].roles == (ca.RawRole("IGOWSTNAT"),)
    mil = {e.name: e for e in ca.parse_actor_file(dict_dir / ca.ACTOR_FILES["milnonstate"])}
    aden = mil["ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_"]
    assert aden.aliases == ("ADEN_ISLAMIC_ARMY_", "ARMY_OF_MOHAMMED_AND_THE_JAISH_ADAN_AL_ISLAMI", "_ISLAMIC_ADEN_ARMY_")
    assert aden.roles == (ca.RawRole("YEMREB"),)
    angry = mil["ANGRY_BRIGADE_"]
    assert angry.aliases == ("_MARTYRS_OF_DEMOCRACY_",) and angry.roles == (ca.RawRole("ITAREB"),)


# ---------------------------------------------------------------- agents

AGENTS = """\
# comment
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
SOLDIER [~MIL]
POLICE {} [~COP]
GENDARMERY {GENDARMERIE} [~COP]
FOREIGN_!MINIST! [~GOV]
MILITARY_SPOKES!PERSON!  [~MIL]
MILITANT [~UAF]
MILITANT [~REB]
PEACEKEEPING_TROOPS {} [IGO~]
BUSINESS_EXECUTIVE [~BUS]
ISLAMIC_EXTREMIST
"""


def test_parse_agents_file(tmp_path: Path):
    path = tmp_path / "agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    warnings: list[str] = []
    agents = ca.parse_agents_file(path, warnings)
    assert agents["soldier"] == agents["soldiers"] == "MIL"
    assert agents["police"] == "COP" and "polices" not in agents
    assert agents["gendarmerie"] == "COP"
    assert agents["foreign ministers"] == agents["foreign ministry"] == "GOV"
    assert agents["military spokeswoman"] == "MIL"
    assert "military spokesmens" not in agents
    assert agents["peacekeeping troops"] == "IGO"
    assert agents["business executives"] == "BUS"
    assert agents["militant"] == "UAF" and any("militant" in w for w in warnings)
    assert "islamic extremist" not in agents
    built = ca.build_agents(agents)
    assert built["militants"] == built["rebels"] == "REB"
    assert built["troops"] == built["forces"] == built["army"] == built["navy"] == "MIL"
    assert built["government"] == built["minister"] == built["officials"] == "GOV"
    assert list(built) == sorted(built)


# ---------------------------------------------------------------- text helpers

@pytest.mark.parametrize("raw, kind, expected", [
    ("TURKISH REPUBLIC", "place", "Turkish Republic"),
    ("RECEP TAYYIP ERDOGAN", "person", "Recep Tayyip Erdogan"),
    ("BASHAR AL-ASSAD", "person", "Bashar al-Assad"),
    ("JOHN MCCAIN", "person", "John McCain"),
    ("FRANCIS PAK UN TAM", "person", "Francis Pak Un Tam"),
    ("ELIZABETH II", "person", "Elizabeth II"),
    ("GEORGE W. BUSH", "person", "George W. Bush"),
    ("NORTH ATLANTIC TREATY ORGANIZATION", "org", "North Atlantic Treaty Organization"),
    ("NATO", "org", "NATO"),
    ("PKK", "org", "PKK"),
    ("U.S. AGENCY FOR INTERNATIONAL DEVELOPMENT", "org", "U.S. Agency for International Development"),
    ("MT. ARARAT", "place", "Mt. Ararat"),
    ("URFA", "place", "Urfa"),
])
def test_natural_case(raw, kind, expected):
    assert ca.natural_case(raw, kind=kind) == expected


@pytest.mark.parametrize("raw, expected", [
    ("PRIME MINISTER RECEP ERDOGAN", "RECEP ERDOGAN"),
    ("SOVIET LEADER LEONID BREZHNEV", "LEONID BREZHNEV"),
    ("UN SECRETARY-GENERAL BAN KI-MOON", "BAN KI-MOON"),
    ("MR. OBAMA", "OBAMA"),
    ("SAMDECH HUN SEN", "HUN SEN"),
    ("SECRETARY OF STATE JOHN KERRY", None),
    ("RECEP TAYYIP ERDOGAN", "RECEP TAYYIP ERDOGAN"),
])
def test_strip_titles(raw, expected):
    assert ca.strip_titles(raw) == expected


def test_strip_titles_keeps_title_words_inside_names():
    assert ca.strip_titles("ABDI AZIZ SHEIKH YUSUF", {"ABDI"}) == "ABDI AZIZ SHEIKH YUSUF"


def test_junk_aliases():
    assert ca.is_junk_alias("THE GRAVEYARD OF EMPIRES")
    assert ca.is_junk_alias("X") and ca.is_junk_alias("..") and ca.is_junk_alias("-")
    assert not ca.is_junk_alias("U.S.") and not ca.is_junk_alias("UK")


def test_capitals_file_is_complete():
    caps = ca.parse_capitals(RESOURCES / "capitals.tsv")
    primary = {c.iso3: c.name for c in caps if c.kind == "capital"}
    assert len(primary) >= 193 + 2
    assert primary["TUR"] == "Ankara" and primary["USA"] == "Washington, D.C." and primary["IRQ"] == "Baghdad"


def _records_with_capitals(folder: Path, rows: str) -> dict[str, dict]:
    """Records of empty dictionaries and a capitals file of ``rows`` (after its header)."""
    caps = folder / "caps.tsv"
    caps.write_text("iso3\tcapital\taliases\tkind\n" + rows, encoding="utf-8")
    _write_dicts(folder)
    return {r["id"]: r for r in ca.build_actor_records(folder, capitals_path=caps)}


def test_a_place_row_is_a_place_of_the_state_and_not_its_capital(tmp_path: Path):
    recs = _records_with_capitals(tmp_path, "TUR\tAnkara\t\tcapital\nTUR\tCizre\t\tplace\nIRQ\tBaghdad\t\tcapital\n")
    assert (recs["place:cizre"]["type"], recs["place:cizre"]["country"]) == ("Place", "TUR")
    assert recs["TUR"]["capital"] == "Ankara"


def test_capitals_file_rejects_two_capitals(tmp_path: Path):
    path = tmp_path / "caps.tsv"
    path.write_text("iso3\tcapital\taliases\tkind\nTUR\tAnkara\t\tcapital\nTUR\tIstanbul\t\tcapital\n")
    with pytest.raises(ValueError, match="several capitals"):
        ca.parse_capitals(path)


# ---------------------------------------------------------------- building records

@pytest.fixture()
def records(dict_dir: Path) -> dict[str, dict]:
    recs = ca.build_actor_records(dict_dir)
    return {r["id"]: r for r in recs}


def test_build_country_record(records):
    tur = records["TUR"]
    assert tur["name"] == "Turkey" and tur["type"] == "Country" and tur["country"] == "TUR"
    assert tur["source"] == "pycountry" and tur["capital"] == "Ankara"
    assert "Turkish" in tur["demonyms"] and "Turkish" not in tur["aliases"]
    assert {"Turkish Republic", "Republic of Turkey", "Türkiye"} <= set(tur["aliases"])
    assert not any("graveyard" in a.lower() for a in tur["aliases"])
    assert "X" not in tur["aliases"]
    # cities are places in the country, not names of the state
    assert "Istanbul" not in tur["aliases"] and "Ankara" not in tur["aliases"]
    assert records["place:ankara"]["country"] == "TUR" and records["place:ankara"]["type"] == "Place"
    assert records["place:istanbul"]["country"] == "TUR"
    # every ISO 3166-1 country is there, with curated short forms
    assert {"USA", "GBR", "RUS", "KOR", "PRK", "SYR"} <= set(records)
    assert {"US", "U.S.", "USA", "America"} <= set(records["USA"]["aliases"])
    assert records["RUS"]["name"] == "Russia" and records["KOR"]["name"] == "South Korea"


def test_build_region_entry_is_a_place(records):
    assert records["place:iraqi-kurdistan"]["country"] == "IRQ"
    assert "Iraqi Kurdistan" not in records["IRQ"]["aliases"]
    assert "Iraqi" in records["IRQ"]["demonyms"]


def test_build_person(records):
    p = records["person:recep-tayyip-erdogan"]
    assert p["name"] == "Recep Tayyip Erdogan" and p["type"] == "Person"
    assert p["country"] == "TUR" and p["code"] == "TURGOV"
    assert {"code": "TURGOV", "from": "2003-03-14", "to": None} in p["roles"]
    assert {"code": "TURELI", "from": None, "to": None} in p["roles"]
    assert "Recep Erdogan" in p["aliases"] and "Erdogan" in p["aliases"] and "Erdoğan" in p["aliases"]
    assert not any("Minister" in a for a in p["aliases"])
    assert records["person:leonid-brezhnev"]["roles"] == [
        {"code": "RUSGOV", "from": "1964-10-14", "to": "1982-11-10"}]


def test_build_shared_surname_is_ambiguous(records):
    gul = records["person:abdullah-gul"]
    mehmet = records["person:mehmet-gul"]
    assert "Gul" in gul["ambiguous_aliases"] and "Gul" not in gul["aliases"]
    assert "Gul" in mehmet["ambiguous_aliases"]
    assert gul["code"] == "TURGOV"


def test_build_organisations(records):
    mil = records["org:turkish-armed-forces"]
    assert mil["type"] == "Organisation" and mil["country"] == "TUR" and mil["code"] == "TURMIL"
    assert "Turkish Military" in mil["aliases"]
    assert not any("Yilmaz" in a for a in mil["aliases"])  # a person, not a name of the army
    nato = records["org:nato"]
    assert nato["type"] == "InternationalOrganisation" and nato["code"] == "IGOWSTNAT"
    assert "North Atlantic Treaty Organization" in nato["aliases"] and nato["source"] == "phoenix"
    iaea = records["org:iaea"]
    assert iaea["name"] == "International Atomic Energy Agency" and "IAEA" in iaea["aliases"]
    assert "org:international-atomic-energy-agency" not in records
    assert records["org:un"]["name"] == "United Nations" and "U.N." in records["org:un"]["aliases"]
    assert records["org:acme-widgets-inc"]["country"] == "USA"
    solana = records["person:javier-solana"]
    assert solana["type"] == "Person" and solana["code"] == "IGOWSTNAT"


def test_build_armed_groups(records):
    isis = records["group:islamic-state"]
    assert isis["type"] == "ArmedGroup" and isis["code"] == "IMGMUSISI"
    assert {"ISIS", "ISIL", "Daesh", "IS"} <= set(isis["aliases"])
    assert not any("Baghdadi" in a for a in isis["aliases"])
    aden = records["group:aden-abyan-islamic-army"]
    assert aden["country"] == "YEM" and {"AAIA", "Islamic Aden Army", "Aden Islamic Army"} <= set(aden["aliases"])


def test_records_are_sorted_and_valid(dict_dir: Path):
    recs = ca.build_actor_records(dict_dir)
    ids = [r["id"] for r in recs]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    keys = list(recs[0])
    assert keys == ["id", "name", "type", "country", "code", "aliases", "demonyms", "capital", "roles",
                    "ambiguous_aliases", "source"]
    assert all(r["type"] in ca.ACTOR_TYPES for r in recs)
    assert all(len(a) >= 2 for r in recs for a in r["aliases"])


def test_main_is_deterministic(dict_dir: Path, tmp_path: Path):
    (dict_dir / ca.AGENTS_FILE).write_text(AGENTS, encoding="utf-8")
    (dict_dir / ca.LICENSE_FILE).write_text("MIT licence text\n", encoding="utf-8")
    out1, out2 = tmp_path / "o1", tmp_path / "o2"
    assert ca.main([str(dict_dir), "--out", str(out1)]) == 0
    assert ca.main([str(dict_dir), "--out", str(out2)]) == 0
    for name in ("actors.jsonl.gz", "agents.json", "LICENSE-phoenix.txt"):
        assert (out1 / name).read_bytes() == (out2 / name).read_bytes()
    raw = (out1 / "actors.jsonl.gz").read_bytes()
    assert raw[4:8] == b"\0\0\0\0"  # gzip mtime 0
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    assert all(json.loads(line)["id"] for line in lines)


def test_main_reports_missing_input(tmp_path: Path, capsys):
    assert ca.main([str(tmp_path), "--out", str(tmp_path / "o")]) == 2
    assert "no such file" in capsys.readouterr().err


@pytest.mark.skipif(not SHARED_DICTS.is_dir(), reason="../shared/dictionaries not present")
def test_shipped_resources_are_up_to_date(tmp_path: Path):
    """The committed resources are what the converter produces from the shared dictionaries."""
    assert ca.main([str(SHARED_DICTS), "--out", str(tmp_path)]) == 0
    for name in ("actors.jsonl.gz", "agents.json", "LICENSE-phoenix.txt"):
        assert (tmp_path / name).read_bytes() == (RESOURCES / name).read_bytes(), (
            f"{name} is stale: run python -m graphbuilder.convert_actors ../shared/dictionaries")


LEADERS = """\
UNITED_STATES_  [USA]
# U.S. Presidents
RONALD_REAGAN_  # CountryInfo.txt
\t[USAELI 19290101-810120]
\t[USAGOV 810120-890120]
\t[USAELI 890120-040101]
# U.S. Secretaries of State
GEORGE_SHULTZ_  # CountryInfo.txt
\t[USAELI 19200101-820716]
\t[USAGOV 820716-890120]
\t[USAELI 890120-000101]
TURKEY_  [TUR]
RECEP_TAYYIP_ERDOGAN_  # CountryInfo.txt
\t[TURELI 720101-021118]
\t[TURGOV >030314]
ALI_BABACAN_  # CountryInfo.txt
\t[TURGOV 070829-090501]
"""


def _write_dicts(folder: Path, **texts: str) -> None:
    """The three actor files in ``folder``, empty unless given (``countries=...``)."""
    for key, fname in ca.ACTOR_FILES.items():
        (folder / fname).write_text(texts.get(key, ""), encoding="utf-8")


def test_build_marks_the_heads_of_a_state(tmp_path: Path):
    _write_dicts(tmp_path, countries=LEADERS)
    leaders = {r["id"]: r.get("leader", False) for r in ca.build_actor_records(tmp_path) if r["type"] == "Person"}
    # an elite code around a government term is a head's; a minister has the government code alone;
    # a list headed by another office copies the pattern, but only in its own state's section
    assert leaders == {"person:ronald-reagan": True, "person:george-shultz": False,
                       "person:recep-tayyip-erdogan": True, "person:ali-babacan": False}
    raw = {e.name: e.heading for e in ca.parse_actor_file(tmp_path / ca.ACTOR_FILES["countries"])}
    assert raw["GEORGE_SHULTZ_"] == "U.S. Secretaries of State" and raw["RONALD_REAGAN_"] == "U.S. Presidents"


def test_a_name_qualified_by_a_state_is_no_alias(tmp_path: Path):
    (tmp_path / ca.ACTOR_FILES["countries"]).write_text("", encoding="utf-8")
    (tmp_path / ca.ACTOR_FILES["international"]).write_text("", encoding="utf-8")
    (tmp_path / ca.ACTOR_FILES["milnonstate"]).write_text(
        "REVOLUTIONARY_PEOPLES_STRUGGLE_ [GRCREB]\n+NATIONAL_FRONT_(GREECE)_\n+ELA_\n", encoding="utf-8")
    (group,) = [r for r in ca.build_actor_records(tmp_path) if r["code"] == "GRCREB"]
    # France's National Front is another; Greece is the state
    assert group["aliases"] == ["ELA"]


def test_a_head_of_state_entry_joins_the_entry_that_spells_his_name_so(tmp_path: Path):
    # CountryInfo's head of state and the entry of his spellings (one without the article);
    # George Bush the father is among the son's spellings: two heads keep their entries.
    _write_dicts(tmp_path, countries="""\
LIBYA_  [LBY]
MUAMMAR_AL_QADDAFI_  # CountryInfo.txt
\t[LBYGOV 690908-790301]
\t[LBYELI]
MUAMMAR_GADDAFI_
+MUAMMAR_QADDAFI
+GADDAFI
\t[LBYGOV 19690901-20110823]
UNITED_STATES_  [USA]
GEORGE_BUSH_  # CountryInfo.txt
\t[USAELI 420101-890120]
\t[USAGOV 890120-930120]
GEORGE_W._BUSH_  # CountryInfo.txt
+GEORGE_BUSH
\t[USAELI 640101-010120]
\t[USAGOV 010120-090120]
""")
    recs = {r["id"]: r for r in ca.build_actor_records(tmp_path) if r["type"] == "Person"}
    assert set(recs) == {"person:muammar-gaddafi", "person:george-bush", "person:george-w-bush"}
    gaddafi = recs["person:muammar-gaddafi"]
    assert gaddafi["leader"] and "Muammar al Qaddafi" in gaddafi["aliases"]
    assert {("LBYGOV", "1969-09-01", "2011-08-23"), ("LBYELI", None, None)} <= \
        {(r["code"], r["from"], r["to"]) for r in gaddafi["roles"]}


def test_an_alias_that_other_organisations_qualify_by_a_state_is_none_of_its_own(tmp_path: Path):
    # Hezbollah's old front name is what the Palestinian and the Egyptian groups are called for short.
    _write_dicts(tmp_path, milnonstate="""\
ORGANIZATION_OF_THE_FAITHFUL_ [LBNREB]
+HIZBALLAH_
+ISLAMIC_JIHAD_
PALESTINIAN_ISLAMIC_JIHAD [MEAREB]
EGYPTIAN_ISLAMIC_JIHAD_ [INTREB]
""")
    recs = {r["name"]: r for r in ca.build_actor_records(tmp_path) if r["type"] == "ArmedGroup"}
    assert recs["Organization of the Faithful"]["aliases"] == ["Hizballah"]
    assert "Palestinian Islamic Jihad" in recs and "Egyptian Islamic Jihad" in recs


NULL_ENTRIES = """\
INDIA_  [IND]
+INDIAN_
INDIAN_OCEAN  [---]
LOK_SABHA
+RAJYA_SABHA
\t[INDGOVLEG]
EGYPT_  [EGY]
AHMED_DARWISH_  # the soccer player
\t[---]
AHMED_EL_AMAWY_  # CountryInfo.txt
\t[EGYGOVLAB 030101-060131]
"""


def test_a_null_entry_is_no_actor_and_takes_no_codes_of_the_next(tmp_path: Path):
    _write_dicts(tmp_path, countries=NULL_ENTRIES)
    raw = {e.name: e for e in ca.parse_actor_file(tmp_path / ca.ACTOR_FILES["countries"])}
    assert raw["INDIAN_OCEAN"].null and raw["INDIAN_OCEAN"].roles == ()
    assert raw["AHMED_DARWISH_"].null and "AHMED_EL_AMAWY_" in raw
    assert not raw["LOK_SABHA"].null
    recs = {r["id"]: r for r in ca.build_actor_records(tmp_path)}
    # "Indian Ocean" is a place of no state, not India's parliament
    assert recs["place:indian-ocean"]["country"] is None and recs["place:indian-ocean"]["code"] is None
    assert not any(r["code"] == "INDGOVLEG" and r["name"] == "Indian Ocean" for r in recs.values())
    # a null person is dropped, and the next person keeps a name of its own
    assert "person:ahmed-darwish" not in recs
    assert recs["person:ahmed-el-amawy"]["code"] == "EGYGOVLAB"


def test_a_country_place_name_that_names_a_curated_actor_is_that_actor(tmp_path: Path):
    # The country file lists FATAH among Palestine's names; the group file has AL-FATAH_ with no state.
    _write_dicts(tmp_path, countries="PALESTINE_  [PSE]\n+RAMALLAH\n+FATAH\n",
                 milnonstate="AL-FATAH_ [MEAREB]\n")
    recs = {r["id"]: r for r in ca.build_actor_records(tmp_path)}
    assert "place:fatah" not in recs and "place:ramallah" in recs
    fatah = recs["group:fatah"]
    assert (fatah["type"], fatah["country"], fatah["code"]) == ("ArmedGroup", "PSE", "MEAREB")
    assert "group:al-fatah" not in recs and "al-fatah" in {a.lower() for a in fatah["aliases"]}


def test_the_bundled_resource_holds_the_houthis_and_no_indian_parliament_ocean():
    recs = {}
    with gzip.open(RESOURCES / "actors.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            recs[r["id"]] = r
    assert recs["group:houthis"]["code"] == "YEMREB" and "Houthi" in recs["group:houthis"]["aliases"]
    assert recs["place:indian-ocean"]["country"] is None and "org:indian-ocean" not in recs


CHANGED_STATES = """\
GERMAN_DEMOCRATIC_REPUBLIC
+EAST_GERMANY_
\t[DDR 491007-901003]
# cities of the old state
LEIPZIG_
+DRESDEN_
+ROSTOCK
+KARL-MARX-STADT
+CHEMNITZ
\t[DDR 491007-901003]
\t[DEU >19901003]
GERMANY_  [DEU]
+GERMAN
IRAQ_
+IRAQI_
\t[IRQ]
IRAQI_KURDISTAN
+ERBIL
+IRBIL
+SULAYMANIYAH
+SULAIMANIYA
\t[IRQ]
"""


def test_a_region_entry_lists_places_of_the_state_it_is_in_today(tmp_path: Path):
    _write_dicts(tmp_path, countries=CHANGED_STATES)
    recs = {r["id"]: r for r in ca.build_actor_records(tmp_path)}
    # the cities are in Germany today, each a place of its own, none another name of Leipzig
    for city in ("leipzig", "dresden", "rostock", "chemnitz", "karl-marx-stadt"):
        assert (recs[f"place:{city}"]["type"], recs[f"place:{city}"]["country"]) == ("Place", "DEU"), city
    assert recs["place:leipzig"]["aliases"] == []
    # the historical state stays an actor of its own, and Germany takes no city names
    assert recs["DDR"]["type"] == "Country" and recs["DDR"]["roles"][0]["to"] == "1990-10-03"
    assert not {"Dresden", "Leipzig", "Rostock"} & set(recs["DEU"]["aliases"]) and recs["DEU"]["roles"] == []
    # spellings of one listed place stay together
    assert recs["place:erbil"]["aliases"] == ["Irbil"] and recs["place:erbil"]["country"] == "IRQ"
    assert recs["place:sulaymaniyah"]["aliases"] == ["Sulaimaniya"]
    assert recs["place:iraqi-kurdistan"]["aliases"] == []


def test_spelling_of_a_place_name():
    assert ca._spelling_of("Irbil", "Erbil") and ca._spelling_of("Gaza City", "Gaza")
    assert ca._spelling_of("Halle-an-der Saale", "Halle")
    assert not ca._spelling_of("Dresden", "Leipzig") and not ca._spelling_of("Brandenburg", "Magdeburg")


def test_an_organisation_coded_entry_a_comment_calls_a_person_is_a_person(tmp_path: Path):
    _write_dicts(tmp_path, international=(
        "SATINATH_SARANGI_\t[NGOIND]# founder of Bhopal Group for Information and Action# NGO_Actors\n"
        "SAFE_MOTHERHOOD_\t[NGOHLH]# NGO_Actors\n"
        "SURVIVAL_INTERNATIONAL_\t[NGOEURHRI]# all offices are in Europe# NGO_Actors\n"))
    recs = {r["id"]: r for r in ca.build_actor_records(tmp_path)}
    assert recs["person:satinath-sarangi"]["type"] == "Person" and recs["person:satinath-sarangi"]["code"] == "NGOIND"
    assert "org:satinath-sarangi" not in recs
    assert recs["org:safe-motherhood"]["type"] == "Organisation"
    assert recs["org:survival-international"]["type"] == "Organisation"


def test_a_capital_ranks_first_among_places_of_its_name(tmp_path: Path):
    recs = _records_with_capitals(tmp_path, "LBY\tTripoli\t\tcapital\nLBN\tBeirut\t\tcapital\nLBN\tTripoli\t\tplace\n")
    assert recs["place:tripoli"]["country"] == "LBY" and recs["place:tripoli-lbn"]["country"] == "LBN"


def test_a_surname_entry_joins_its_namesake_only_when_their_careers_meet(tmp_path: Path):
    # CountryInfo's "HUSSEIN_" is King Hussein, not the later diplomat Zeid Ra'ad al-Hussein;
    # "RAFSANJANI_" ends weeks before the full name's entry starts: approximate dates, one person.
    _write_dicts(tmp_path, countries="""\
JORDAN_  [JOR]
HUSSEIN_  # CountryInfo.txt
\t[JORGOV 520811-990207]
ZEID_RAAD_ZEID_AL_HUSSEIN_  # CountryInfo.txt
\t[JORGOV 030401-100930]
IRAN_  [IRN]
RAFSANJANI_  # CountryInfo.txt
\t[IRNGOV 810622-810802]
ALI_AKBAR_HASHEMI_RAFSANJANI_  # CountryInfo.txt
\t[IRNGOV 810830-811013]
""")
    people = {r["id"]: r for r in ca.build_actor_records(tmp_path) if r["type"] == "Person"}
    assert "person:hussein" in people and "Hussein" not in people["person:zeid-raad-zeid-al-hussein"]["aliases"]
    assert [r["from"] for r in people["person:zeid-raad-zeid-al-hussein"]["roles"]] == ["2003-04-01"]
    assert "person:rafsanjani" not in people
    assert len(people["person:ali-akbar-hashemi-rafsanjani"]["roles"]) == 2


def test_transliterations_of_one_place_are_one_record(tmp_path: Path):
    (tmp_path / ca.ACTOR_FILES["countries"]).write_text(
        "SYRIA_\n+IDLEB_\n+AR_RAQQA_\n+IDLIB_\n+RAQQA_\n\t[SYR]\n"
        "CHINA_\n+SHAANXI_\n+SHANXI_\n\t[CHN]\n"
        "IRAQ_\n+IDLIB_\n\t[IRQ]\n", encoding="utf-8")
    (tmp_path / ca.ACTOR_FILES["international"]).write_text("", encoding="utf-8")
    (tmp_path / ca.ACTOR_FILES["milnonstate"]).write_text("", encoding="utf-8")
    recs = {r["id"]: r for r in ca.build_actor_records(tmp_path)}
    syrian = {i: r for i, r in recs.items() if r["type"] == "Place" and r["country"] == "SYR"
              and r["source"] == "phoenix"}
    # the first listed spelling keeps the node; a name without the article wins over one with it
    assert syrian["place:idleb"]["aliases"] == ["Idlib"] and "place:idlib" not in syrian
    assert syrian["place:raqqa"]["aliases"] == ["Ar Raqqa"] and "place:ar-raqqa" not in recs
    # two provinces told apart by a doubled vowel, and a namesake in another state, stay apart
    assert {"place:shaanxi", "place:shanxi"} <= set(recs)
    assert [r["name"] for r in recs.values() if r["type"] == "Place" and r["country"] == "IRQ"
            and r["source"] == "phoenix"] == ["Idlib"]
