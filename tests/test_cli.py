"""The command line as a user runs it: a real subprocess, real files."""

import json
import os
import subprocess
import sys

import pytest

from conftest import SEED


def run(*args, stdin=None, cwd=None):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("GRAPHBUILDER_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "graphbuilder", *map(str, args)], input=stdin,
                          capture_output=True, text=True, env=env, cwd=cwd, timeout=600)


def test_nothing_processable_exits_1_with_one_line_per_problem(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('not json\n{"id": "x"}\n', encoding="utf-8")
    r = run("build", tmp_path / "missing.txt", bad, "--out", tmp_path / "out")
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert any("E001" in l and "missing.txt" in l for l in lines)
    assert any("E004" in l and "bad.jsonl:1" in l for l in lines)
    assert any("E005" in l and "bad.jsonl:2" in l for l in lines)
    assert any("E010" in l for l in lines)
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_query_errors_are_one_line(tmp_path):
    r = run("query", tmp_path / "nothing-here", "SELECT * WHERE { ?s ?p ?o }")
    assert r.returncode == 1 and "E030" in r.stderr and "Traceback" not in r.stderr
    r = run("query", "--list")
    assert r.returncode == 0 and "who-met" in r.stdout


@pytest.mark.model
def test_build_with_some_bad_documents_then_query(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join([
        json.dumps({"id": "a", "text": "Ash Carter met with Recep Tayyip Erdogan in Ankara on Friday.",
                    "date": "2016-10-21", "title": "Carter in Ankara"}),
        "{broken",
        json.dumps({"id": "b", "text": ""}),
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    r = run("build", corpus, "-", "--out", out, stdin=json.dumps(
        {"id": "c", "text": "The Iraqi government is opposed to Turkish military involvement."}) + "\n")
    assert r.returncode == 0, r.stderr
    assert "2 skipped" in r.stdout and "documents: 2 processed" in r.stdout
    assert "E004" in r.stderr and "E006" in r.stderr and "Traceback" not in r.stderr
    for name in ("graph.ttl", "events.jsonl", "graph.html"):
        assert (out / name).is_file()
    r = run("query", out, "--name", "who-met", "--bind", "actor=Ash Carter", "--format", "json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)["results"]["bindings"]
    assert [b["b"]["value"] for b in rows] == ["Recep Tayyip Erdogan"]
    q = tmp_path / "q.rq"
    q.write_text("PREFIX gb: <https://w3id.org/graphbuilder/ontology#>\n"
                 "SELECT (COUNT(*) AS ?n) WHERE { ?a gb:opposes ?b }", encoding="utf-8")
    r = run("query", out / "graph.ttl", q, "--format", "csv")
    assert r.returncode == 0 and int(r.stdout.splitlines()[1]) >= 1
    r = run("stats", out)
    assert r.returncode == 0 and "meets" in r.stdout
    r = run("actors", out, "--name", "carter")
    assert r.returncode == 0 and "Ash Carter" in r.stdout
    r = run("render", out, "--out", tmp_path / "view.html")
    assert r.returncode == 0 and (tmp_path / "view.html").stat().st_size > 1000


def test_render_of_an_unknown_actor_is_a_user_error(tmp_path):
    ttl = tmp_path / "g.ttl"
    ttl.write_text("@prefix gb: <https://w3id.org/graphbuilder/ontology#> .\n"
                   "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                   "<https://w3id.org/graphbuilder/id/TUR> a gb:Country ; rdfs:label \"Turkey\" .\n",
                   encoding="utf-8")
    r = run("render", ttl, "--out", tmp_path / "v.html", "--ego", "Turky")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.count("\n") == 1 and "E051" in r.stderr and "'Turkey'" in r.stderr


def test_actors_of_an_unknown_name_is_a_user_error_with_close_matches(tmp_path):
    ttl = tmp_path / "g.ttl"
    ttl.write_text("@prefix gb: <https://w3id.org/graphbuilder/ontology#> .\n"
                   "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                   "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                   "<https://w3id.org/graphbuilder/id/TUR> a gb:Country ; rdfs:label \"Turkey\" ;"
                   " skos:altLabel \"Turkish\" .\n", encoding="utf-8")
    r = run("actors", ttl, "--name", "turkis")
    assert r.returncode == 0 and "Turkey" in r.stdout  # a part of an alternative name is enough
    r = run("actors", ttl, "--name", "Turky")
    assert r.returncode == 1 and r.stdout == "" and "Traceback" not in r.stderr
    assert r.stderr.count("\n") == 1 and "E051" in r.stderr and "'Turkey'" in r.stderr
    r = run("actors", ttl, "--name", "Zanzibar")
    assert r.returncode == 1 and "E051" in r.stderr and "no close match among 1 actors" in r.stderr


@pytest.mark.parametrize("args, message", [
    (("build", SEED, "--out", "{tmp}/o", "--n-process", "0"), "--n-process: must be at least 1"),
    (("build", SEED, "--out", "{tmp}/o", "--batch-size", "-3"), "--batch-size: must be at least 1"),
    (("render", "{tmp}", "--out", "{tmp}/v.html", "--top", "-1"), "--top: must be at least 1"),
    (("render", "{tmp}", "--out", "{tmp}/v.html", "--depth", "-2"), "--depth: must be at least 0"),
    (("render", "{tmp}", "--out", "{tmp}/v.html", "--depth", "2"), "--depth needs --ego"),
    (("serve", "{tmp}", "--port", "99999"), "--port: must be from 0 to 65535"),
    (("serve", "{tmp}", "--timeout", "0"), "--timeout: must be greater than 0"),
])
def test_numbers_out_of_range_are_refused_by_the_parser(tmp_path, args, message):
    r = run(*(str(a).format(tmp=tmp_path) for a in args))
    assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr


def test_an_output_that_cannot_be_written_is_a_user_error(tmp_path):
    taken = tmp_path / "taken"
    taken.write_text("a file, not a directory", encoding="utf-8")
    r = run("build", SEED, "--out", taken, "--no-html")
    assert r.returncode == 1 and "E012" in r.stderr and str(taken) in r.stderr and "Traceback" not in r.stderr
    ttl = tmp_path / "g.ttl"
    ttl.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    r = run("render", ttl, "--out", tmp_path / "missing" / "dir" / "v.html")
    assert r.returncode == 1 and "E012" in r.stderr and "v.html" in r.stderr and ".tmp" not in r.stderr


def test_build_store_keeps_each_document_as_extracted(tmp_path):
    """``build --store``: a document's named graph does not depend on the documents built with it.

    Re-adding the seed article alone to a store built from it and four other documents
    about Turkey is ``unchanged``, and its named graph is the one a store of the seed alone holds.
    """
    import pyoxigraph as ox

    from conftest import SAMPLE
    from graphbuilder.vocab import document_iri

    lines = [l for l in (SAMPLE / "wikitimes_cep.jsonl").read_text(encoding="utf-8").splitlines() if "Turk" in l]
    others = tmp_path / "turkey.jsonl"
    others.write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")
    both, alone = tmp_path / "both", tmp_path / "alone"
    r = run("build", others, SEED, "--store", both, "--no-progress")
    assert r.returncode == 0, r.stderr
    assert "5 added" in r.stdout
    r = run("build", SEED, "--store", both, "--no-progress")
    assert r.returncode == 0, r.stderr
    assert "0 added, 0 replaced, 1 unchanged" in r.stdout
    assert run("build", SEED, "--store", alone, "--no-progress").returncode == 0

    def seed_graph(path):
        store = ox.Store.read_only(str(path))
        g = ox.NamedNode(str(document_iri(SEED.stem)))
        return {(str(q.subject), str(q.predicate), str(q.object)) for q in store.quads_for_pattern(None, None, None, g)}

    assert seed_graph(both) == seed_graph(alone)


def test_a_malformed_source_date_epoch_is_one_line_before_any_work(tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "SOURCE_DATE_EPOCH": "last tuesday"}
    env.pop("GRAPHBUILDER_DEBUG", None)
    r = subprocess.run([sys.executable, "-m", "graphbuilder", "build", str(SEED), "--out", str(tmp_path / "o")],
                       capture_output=True, text=True, env=env, timeout=600)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines() == [
        "graphbuilder: E013 SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, "
        "not 'last tuesday'"]
    assert not (tmp_path / "o" / "graph.ttl").exists()
