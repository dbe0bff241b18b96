"""The converter from the CAMEO/PLOVER tables and the PETRARCH verb dictionary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphbuilder import convert_verbs as cv

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RESOURCES = ROOT / "graphbuilder" / "resources"

# A hand-made dictionary in the PETRARCH format, exercising each construct once.
VERB_TEXT = """\
# comment line
&CEASEFIRE
+TRUCE
+ARMISTICE
+CEASE-FIRE
+CEASEFIRE_

&AUXVERB2_
+WILL
+WOULD

####### VERB PATTERNS #######

--- MEET_PEOPLE [040] ---
+MEET_WITH {+MET_WITH +MEETS_WITH +MEETING_WITH }
MEET {MEETS MET MEETING}
FACE  # sha 8/17/93
- WILL * IN ^ WITH + [036:036]  # MEET <oy 28 Nov 2005>
- * FOR TALKS [036:036]  # MEET <OY 13 Mar 2006>
- + * CRITICISM FROM $ [111]  # FACE <SLS 10 Oct 2007>

--- IMPOSE [170] ---
IMPOSE
LEVY {LEVYING LEVIED LEVIES }
- * SANCTIONS ON + [163]  # IMPOSE <SLS 05 Mar 2008>
- SANCTIONS * [163]  # IMPOSE <lrp 01 Sep 2005>
- * TAXES [---]  # IMPOSE <pas 98.3.12>
- * &CEASEFIRE [196]  # IMPOSE
- * RESTRICTIONS HOL SIT [1721]  # IMPOSE <sls 15 Mar 2008>

--- VERBAL_CONFLICT [110] ---
OPPOSE
COMPLAIN [114]
DEBATE [040]

--- REFUSE [---] ---
REFUSE
REJECT
DECLINE [120]
- * PROPOSAL [120]  # REJECT

--- HURL [190] ---
THREW
THROW {THROWS THROWING THREW THROWN }
- * STONES AT + [180]  # THREW <SLS 27 Mar 2008>

--- HOST [043:042] ---
HOST   # jw   11/14/91
- * DINNER ^ [043]  # HOST <ELH 23 May 2008>

--- CALLED_FOR [020]---
+CALL_FOR
URGE
- * TALKS [106]  # URGE <oy 16 Nov 2005>
- * NEGOTIAT [046]  # URGE

--- SEND   ###
SEND {SENDS SENDING SENT }
- * TROOPS TO + [154]  # SEND
"""

MAPPING = {
    "event_relations": {
        "meets": {"cameo_primary": ["04"], "cameo_subcodes": {"042": "visit"},
                  "cameo_accept": ["036"], "plover": "CONSULT", "symmetric": True},
        "cooperates": {"cameo_primary": ["06"], "cameo_accept": ["03", "05"],
                       "plover": "COOPERATE", "symmetric": True},
        "agrees": {"cameo_primary": ["03"], "plover": "AGREE", "symmetric": True},
        "supports": {"cameo_primary": ["05"], "cameo_accept": ["07"], "plover": "SUPPORT"},
        "aids": {"cameo_primary": ["07"], "plover": "AID"},
        "requests": {"cameo_primary": ["10"], "cameo_accept": ["02"], "plover": "REQUEST"},
        "opposes": {"cameo_primary": ["11"], "cameo_accept": ["12", "16"], "plover": "ACCUSE"},
        "rejects": {"cameo_primary": ["12"], "plover": "REJECT"},
        "sanctions": {"cameo_primary": ["16"], "cameo_accept": ["163"], "plover": "SANCTION"},
        "threatens": {"cameo_primary": ["13"], "plover": "THREATEN"},
        "protests": {"cameo_primary": ["14"], "plover": "PROTEST"},
        "mobilizes": {"cameo_primary": ["15"], "plover": "MOBILIZE"},
        "coerces": {"cameo_primary": ["17"], "cameo_subcodes": {"175": "repression"},
                    "plover": "COERCE"},
        "attacks": {"cameo_primary": ["19", "18"], "cameo_accept": ["20", "175", "1712"],
                    "plover": "ASSAULT"},
    },
    "state_relations": {name: {"cameo": None, "plover": None}
                        for name in ("stationed-at", "leader-of", "member-of", "located-in")},
}

CODES_CSV = (
    '"","eventtype_ID","name","code","goldstein","description","root_code"\n'
    '"1",1,"CONSULT","04",1,NA,"04"\n'
    '"2",2,"Make a visit","042",1.9,"He said \x82\xc4\xf2no\x82\xc4\xf4","04"\n'
    '"3",3,"Host a visit","043",2.8,NA,"04"\n'
    '"4",4,"DEMAND","10",-5,NA,"10"\n'
    '"5",5,"APPEAL","02",3,NA,"02"\n'
    '"6",6,"Use conventional military force","190",-10,NA,"19"\n'
    '"7",7,"FIGHT","19",-10,NA,"19"\n'
    '"8",8,"Make statement","010",0,NA,"01"\n'
).encode("latin-1")

PLOVER_TEXT = """\
# CAMEO to PLOVER conversion table
04: CONSULT
040: CONSULT, ,  # Consult
042: CONSULT, visit,   # Make a visit
043: CONSULT, visit,   # Host a visit
10: REQUEST
19: ASSAULT
190: ASSAULT, , military # Use conventional military force
190: COERCE, , military # a disagreeing duplicate
~~~~~
"""


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """A miniature ``shared/`` tree holding the four converter inputs."""
    (tmp_path / "dictionaries").mkdir()
    (tmp_path / "eval").mkdir()
    (tmp_path / "dictionaries" / "CAMEO.verbpatterns.150430.txt").write_text(VERB_TEXT)
    (tmp_path / "eval" / "icews_cameo-codes.csv").write_bytes(CODES_CSV)
    (tmp_path / "eval" / "CAMEO2PLOVER-2021.txt").write_text(PLOVER_TEXT)
    (tmp_path / "eval" / "relation_mapping.json").write_text(json.dumps(MAPPING))
    return tmp_path


@pytest.fixture
def dictionary() -> cv.VerbDictionary:
    return cv.parse_verb_dictionary(VERB_TEXT)


def tables() -> tuple[dict[str, str], dict[str, str]]:
    return cv.cameo_prefix_table(MAPPING)


# --------------------------------------------------------------------------- parsers


@pytest.mark.parametrize("raw, expected", [
    ("040", ("040", None, False)),
    (" 043:042 ", ("043", "042", False)),
    ("036:036", ("036", "036", False)),
    ("---", (None, None, True)),
    ("0110", ("0110", None, False)),
    ("x", (None, None, False)),
])
def test_parse_code(raw, expected):
    assert cv.parse_code(raw) == expected


def test_synsets_are_read_with_their_labels(dictionary):
    assert dictionary.synsets["&CEASEFIRE"] == ("TRUCE", "ARMISTICE", "CEASE-FIRE", "CEASEFIRE_")
    assert dictionary.synsets["&AUXVERB2"] == ("WILL", "WOULD")  # trailing '_' of the label dropped


def test_blocks_headers_and_codes(dictionary):
    by_name = {b.name: b for b in dictionary.blocks}
    assert list(by_name) == ["MEET_PEOPLE", "IMPOSE", "VERBAL_CONFLICT", "REFUSE", "HURL",
                             "HOST", "CALLED_FOR", "SEND"]
    assert (by_name["MEET_PEOPLE"].code, by_name["MEET_PEOPLE"].paired) == ("040", None)
    assert (by_name["HOST"].code, by_name["HOST"].paired) == ("043", "042")
    assert by_name["REFUSE"].code is None
    assert by_name["SEND"].code is None  # '--- SEND ###' has no code
    assert by_name["CALLED_FOR"].code == "020"  # '[020]---' without a space


def test_verb_lines(dictionary):
    meet_block = dictionary.blocks[0]
    meet_with, meet, face = meet_block.verbs
    assert meet_with.words == ("MEET", "WITH") and meet_with.verb_index == 0
    assert meet_with.forms == ("MET_WITH", "MEETS_WITH", "MEETING_WITH")
    assert meet.base == "MEET" and meet.forms == ("MEETS", "MET", "MEETING")
    assert face.forms == () and face.code is None
    assert face.inflections() == ("FACE", "FACES", "FACED", "FACING")
    conflict = dictionary.blocks[2]
    assert [(v.base, v.code) for v in conflict.verbs] == [
        ("OPPOSE", None), ("COMPLAIN", "114"), ("DEBATE", "040")]


def test_pattern_lines(dictionary):
    pats = dictionary.blocks[0].patterns
    assert pats[0].high == ("WILL",) and pats[0].low == ("IN", "^", "WITH", "+")
    assert (pats[0].code, pats[0].paired, pats[0].origins) == ("036", "036", ("MEET",))
    assert pats[2].high == ("+",) and pats[2].low == ("CRITICISM", "FROM", "$")
    impose = dictionary.blocks[1].patterns
    assert impose[2].code is None  # [---]
    assert impose[0].line == VERB_TEXT.splitlines().index(
        "- * SANCTIONS ON + [163]  # IMPOSE <SLS 05 Mar 2008>") + 1


def test_origins_list_every_verb_in_the_comment():
    d = cv.parse_verb_dictionary(
        "--- X [010] ---\nSAY\n- * PEACE [027]  # URGE <oy 02 Jan 2006>  , URGE <sls>, NEED\n")
    assert d.blocks[0].patterns[0].origins == ("URGE", "NEED")


def test_read_verb_dictionary_from_file(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text(VERB_TEXT)
    assert cv.read_verb_dictionary(path) == cv.parse_verb_dictionary(VERB_TEXT)


def test_read_cameo_codes_tolerates_mis_encoded_free_text(shared):
    codes = cv.read_cameo_codes(shared / "eval" / "icews_cameo-codes.csv")
    assert codes["042"] == cv.CameoCode("042", "Make a visit", 1.9, "04")
    assert codes["10"].goldstein == -5.0
    assert list(codes)[:2] == ["04", "042"]


def test_read_cameo2plover_keeps_the_first_of_duplicates(shared):
    entries, notes = cv.read_cameo2plover(shared / "eval" / "CAMEO2PLOVER-2021.txt")
    assert entries["042"].plover == "CONSULT" and entries["042"].mode == "visit"
    assert entries["040"].mode is None and entries["040"].context is None
    assert entries["190"].plover == "ASSAULT" and entries["190"].context == "military"
    assert len(notes) == 1 and "190" in notes[0]


@pytest.mark.parametrize("word, lemma", [
    ("SANCTIONS", "sanction"), ("TALKS", "talk"), ("CASUALTIES", "casualty"),
    ("MARCHES", "march"), ("BOXES", "box"), ("PROGRESS", "progress"), ("STATUS", "status"),
    ("SERVICEMEN", "serviceman"), ("ATTACK", "attack"), ("ARMS", "arm"), ("GAS", "gas"),
])
def test_noun_lemma(word, lemma):
    assert cv.noun_lemma(word) == lemma


def test_inflection_base():
    assert cv.inflection_base("WORRIED", ["WORRY"]) == "WORRY"
    assert cv.inflection_base("STABBED", ["STAB"]) == "STAB"
    assert cv.inflection_base("SAW", ["SEE", "SAY"]) == "SEE"
    assert cv.inflection_base("SAW", ["CUT"]) is None
    assert cv.inflection_base("MEET", ["MEET"]) is None


# --------------------------------------------------------------------------- builders


@pytest.mark.parametrize("code, relation", [
    ("04", "meets"), ("040", "meets"), ("042", "visits"), ("043", "meets"),
    ("036", "meets"),          # accept list beats the folded 'agrees' root
    ("030", "cooperates"),     # 'agrees' folded into cooperates
    ("05", "supports"), ("07", "aids"),  # primary beats the accept lists of others
    ("0231", "requests"), ("104", "requests"),
    ("175", "coerces"),        # a sub-code of coerces, only accepted by attacks
    ("1712", "coerces"),       # root 17 is primary for coerces; attacks only accepts it
    ("20", "attacks"), ("183", "attacks"),
    ("010", None), ("08", None), ("", None), (None, None),
])
def test_relation_for_code(code, relation):
    assert cv.relation_for_code(code, *tables()) == relation


def test_build_cameo_inherits_plover_from_the_closest_parent(shared):
    codes = cv.read_cameo_codes(shared / "eval" / "icews_cameo-codes.csv")
    plover, _ = cv.read_cameo2plover(shared / "eval" / "CAMEO2PLOVER-2021.txt")
    doc = cv.build_cameo(codes, plover)["codes"]
    assert doc["042"] == {"name": "Make a visit", "goldstein": 1.9, "root": "04",
                          "plover": "CONSULT", "plover_mode": "visit"}
    assert doc["10"]["plover"] == "REQUEST"
    assert doc["02"]["plover"] is None  # PLOVER dropped APPEAL
    codes["0421"] = cv.CameoCode("0421", "sub-visit", 2.0, "04")
    assert cv.build_cameo(codes, plover)["codes"]["0421"]["plover_mode"] == "visit"


def test_build_relations(shared):
    codes = cv.read_cameo_codes(shared / "eval" / "icews_cameo-codes.csv")
    doc = cv.build_relations(MAPPING, codes)
    rel = doc["relations"]
    assert list(rel) == list(cv.EVENT_RELATIONS + cv.STATE_RELATIONS)
    assert rel["meets"] == {"cameo": "04", "cameo_accept": ["036"], "plover": "CONSULT",
                            "symmetric": True, "kind": "event", "group": "cooperation",
                            "goldstein": 1.0}
    assert rel["visits"]["cameo"] == "042" and rel["visits"]["symmetric"] is False
    assert rel["attacks"]["cameo"] == "19" and rel["attacks"]["group"] == "conflict"
    assert rel["attacks"]["cameo_accept"] == ["1712", "175", "18", "20"]
    assert rel["requests"]["group"] == "neutral"  # 02 appeal and 10 demand
    assert rel["located-in"] == {"cameo": None, "cameo_accept": [], "plover": None,
                                 "symmetric": False, "kind": "state", "group": "neutral",
                                 "goldstein": None}
    assert doc["cameo_prefixes"]["042"] == "visits"
    assert doc["cameo_prefixes_fallback"]["03"] == "cooperates"


def test_build_relations_rejects_an_incomplete_mapping():
    broken = {"event_relations": {k: v for k, v in MAPPING["event_relations"].items()
                                  if k != "attacks"}}
    with pytest.raises(ValueError, match="attacks"):
        cv.build_relations(broken, {})


def test_build_verbs_single_verbs(dictionary):
    doc, report = cv.build_verbs(dictionary, *tables(), known_codes=["040", "110"])
    verbs = doc["verbs"]
    assert verbs["meet"] == {"cameo": "040", "relation": "meets"}
    assert verbs["face"] == {"cameo": "040", "relation": "meets"}
    assert verbs["oppose"] == {"cameo": "110", "relation": "opposes"}
    assert verbs["complain"]["cameo"] == "114"        # the verb's own code wins
    assert verbs["debate"]["relation"] == "meets"
    assert verbs["decline"] == {"cameo": "120", "relation": "rejects"}
    assert "reject" not in verbs and "refuse" not in verbs  # [---] block
    assert "send" not in verbs
    assert verbs["throw"]["cameo"] == "190" and "threw" not in verbs
    assert verbs["host"] == {"cameo": "043", "relation": "meets", "reverse_cameo": "042"}
    assert verbs["urge"]["relation"] == "requests"
    assert "with" not in " ".join(verbs)  # multi-word verbs are phrases, not lemmas
    assert "163" in report.unknown_codes


def test_build_verbs_phrases(dictionary):
    doc, report = cv.build_verbs(dictionary, *tables())
    phrases = doc["phrases"]
    assert phrases["impose sanction"] == {"cameo": "163", "relation": "sanctions",
                                          "object": "sanction", "target": "on"}
    assert phrases["impose tax"] == {"cameo": None, "relation": None, "object": "tax"}
    # synset of single words expanded, the hyphenated member skipped
    assert {k for k in phrases if k.startswith("impose ") and phrases[k]["cameo"] == "196"} == {
        "impose truce", "impose armistice", "impose ceasefire"}
    assert "impose restriction" not in phrases          # content words after the object
    assert phrases["meet for talk"]["cameo"] == "036"
    assert phrases["call for"] == {"cameo": "020", "relation": "requests", "particle": "for"}
    assert phrases["urge talk"]["cameo"] == "106"
    assert not any("negotiat" in key for key in phrases)   # a TABARI stem, not a word
    assert "face criticism" not in phrases               # target before the verb: reversed
    assert phrases["reject proposal"] == {"cameo": "120", "relation": "rejects",
                                          "object": "proposal"}
    assert phrases["throw stone"] == {"cameo": "180", "relation": "attacks", "object": "stone",
                                      "target": "at"}    # origin THREW folded into THROW
    # the bare verb is in a [---] block; the phrase still codes
    assert phrases["send troop"] == {"cameo": "154", "relation": "mobilizes", "object": "troop",
                                     "target": "to"}
    # an unpaired pattern code differs from the paired header code [043:042]
    assert phrases["host dinner"] == {"cameo": "043", "relation": "meets", "object": "dinner"}
    assert "meet with" not in phrases                    # same code as the bare verb
    assert report.phrases == len(phrases)


def test_phrase_readings_reject_unfaithful_shapes(dictionary):
    syn = dictionary.synsets

    def readings(text):
        pat = cv.parse_verb_dictionary(f"--- X [010] ---\nSAY\n- {text} [111]  # SAY\n")
        return cv.phrase_readings(pat.blocks[0].patterns[0], syn, {"KILL"})

    assert readings("* SANCTIONS ON +") == [(None, "SANCTIONS", 2, "ON")]
    assert readings("$ * FOR TALKS") == [("FOR", "TALKS", 0, None)]
    assert readings("WILL * TALKS") == []        # a modal before the verb
    assert readings("* TALKS $") == []           # source after the verb
    assert readings("* NOT TALKS") == []         # negation as 'object'
    assert readings("* KILLED") == []            # participle of a dictionary verb
    assert readings("* + TO") == []              # no particle or object before the target
    assert readings("* PEACE TALKS") == []       # two content words


def test_main_writes_deterministic_resources(shared, tmp_path, capsys):
    out = tmp_path / "out"
    assert cv.main([str(shared), "--out", str(out)]) == 0
    first = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
    assert set(first) == {"cameo.json", "relations.json", "verbs.json"}
    assert cv.main([str(shared), "--out", str(out), "--quiet"]) == 0
    assert {p.name: p.read_bytes() for p in sorted(out.iterdir())} == first
    printed = capsys.readouterr().out
    assert "04 CONSULT" in printed and "-> meets" in printed
    verbs = json.loads(first["verbs.json"])
    assert verbs["verbs"]["meet"]["relation"] == "meets"
    text = first["verbs.json"].decode()
    assert text.index('"phrases"') < text.index('"verbs"')  # sorted top-level keys
    cameo = json.loads(first["cameo.json"])
    assert list(cameo["codes"]) == sorted(cameo["codes"])


def test_main_reports_missing_inputs(tmp_path, capsys):
    assert cv.main([str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    assert "missing input" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(not (SHARED / "dictionaries").is_dir(), reason="../shared not available")
def test_shipped_resources_are_up_to_date(tmp_path):
    """Regenerating from ../shared reproduces the committed resources byte for byte."""
    assert cv.main([str(SHARED), "--out", str(tmp_path), "--quiet"]) == 0
    for name in ("cameo.json", "relations.json", "verbs.json"):
        assert (tmp_path / name).read_bytes() == (RESOURCES / name).read_bytes(), name
