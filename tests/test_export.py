"""``graphbuilder export``: RDF (flat and per-document), GraphML, GEXF and CSV, written atomically."""

from __future__ import annotations

import argparse
import csv
import json

import networkx as nx
import pytest
from rdflib import RDF, Dataset, Graph
from test_store import DOCS, build_graph, norm, union_of

from graphbuilder.errors import GraphError
from graphbuilder.export import FORMATS, export_graph, networkx_for_export
from graphbuilder.graph import to_networkx
from graphbuilder.store import OxigraphStore
from graphbuilder.vocab import GB, document_iri


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    d = tmp_path_factory.mktemp("export")
    g = build_graph()
    (d / "graph.ttl").write_text(g.serialize(format="turtle"), encoding="utf-8")
    with OxigraphStore(d / "store") as st:
        st.add_documents(g)
        union = union_of(st)
    return {"memory": (d / "graph.ttl", g), "store": (d / "store", union)}


@pytest.mark.parametrize("kind", ["memory", "store"])
@pytest.mark.parametrize("fmt,rdflib_format", [("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld")])
def test_flat_rdf(sources, tmp_path, kind, fmt, rdflib_format):
    path, expected = sources[kind]
    out = export_graph(path, fmt, tmp_path / f"g{FORMATS[fmt]}")
    assert norm(Graph().parse(out, format=rdflib_format)) == norm(expected)


@pytest.mark.parametrize("kind", ["memory", "store"])
@pytest.mark.parametrize("fmt,rdflib_format", [("trig", "trig"), ("nquads", "nquads")])
def test_named_graph_per_document(sources, tmp_path, kind, fmt, rdflib_format):
    path, _ = sources[kind]
    out = export_graph(path, fmt, tmp_path / f"g{FORMATS[fmt]}")
    ds = Dataset()
    ds.parse(out, format=rdflib_format)
    names = {c.identifier for c in ds.graphs() if (c.identifier, RDF.type, GB.Document) in c}
    assert names == {document_iri(d) for d in DOCS}
    for doc in names:  # each document graph holds its own mentions only
        ctx = ds.graph(doc)
        assert set(ctx.objects(None, GB.edge)) and set(ctx.subjects(RDF.type, GB.Mention))
        assert not set(ctx.subjects(RDF.type, GB.Edge))
    with OxigraphStore(tmp_path / "reloaded") as st:  # a TriG/N-Quads export reloads exactly
        st.add_documents(ds)
        assert norm(union_of(st)) == norm(sources["store"][1])


@pytest.mark.parametrize("kind", ["memory", "store"])
def test_graphml(sources, tmp_path, kind):
    path, g = sources[kind]
    out = export_graph(path, "graphml", tmp_path / "g.graphml")
    G = nx.read_graphml(out)
    edges = set(g.subjects(RDF.type, GB.Edge))
    assert G.number_of_edges() == len(edges)
    assert G.number_of_nodes() == 7
    carter = G.nodes["https://w3id.org/graphbuilder/id/person/ash-carter"]
    assert carter["label"] == "Ash Carter" and json.loads(carter["alt_labels"]) == ["Carter"]
    data = next(d for _u, _v, d in G.edges(data=True) if d["relation"] == "attacks")
    assert data["first"] == "2017-01-09" and json.loads(data["evidence"])[0]["doc_id"] == "d4"
    assert "goldstein" in data and "cameo" in data


def test_gexf_has_a_timeline(sources, tmp_path):
    out = export_graph(sources["memory"][0], "gexf", tmp_path / "g.gexf")
    text = out.read_text()
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    G = nx.read_gexf(out)
    spans = {(d["label"], d.get("start"), d.get("end")) for _u, _v, d in G.edges(data=True)}
    assert ("meets", "2016-10-21", "2016-12-04") in spans
    assert ("stationed-at", None, None) in spans  # undated states are always there
    assert G.nodes["https://w3id.org/graphbuilder/id/TUR"]["start"] == "2016-10-21"


def test_csv_edge_table(sources, tmp_path):
    tables = []
    for kind in ("memory", "store"):
        out = export_graph(sources[kind][0], "csv", tmp_path / f"{kind}.csv")
        tables.append(list(csv.DictReader(out.open(encoding="utf-8"))))
    assert tables[0] == tables[1]
    rows = tables[0]
    assert len(rows) == len(set(sources["memory"][1].subjects(RDF.type, GB.Edge)))
    attack = next(r for r in rows if r["relation"] == "attacks")
    assert (attack["source_label"], attack["target_label"], attack["source_type"], attack["mentions"],
            attack["first"], attack["documents"], attack["group"]) == (
        "Turkey", "Iraq", "Country", "1", "2017-01-09", "1", "conflict")


def test_networkx_for_export_drops_none_and_serialises_lists():
    G = to_networkx(build_graph())
    H = networkx_for_export(G)
    for _n, data in H.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values())
    for _u, _v, data in H.edges(data=True):
        assert None not in data.values()


def test_writes_are_atomic_and_errors_coded(sources, tmp_path, monkeypatch):
    target = tmp_path / "g.ttl"
    target.write_text("old", encoding="utf-8")
    import graphbuilder.export as export

    def boom(handle, fmt, fh):
        fh.write(b"partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "_write_rdf", boom)
    with pytest.raises(GraphError, match="E077"):
        export_graph(sources["memory"][0], "turtle", target)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]
    with pytest.raises(GraphError, match="E078"):
        export_graph(sources["memory"][0], "xlsx", tmp_path / "g.xlsx")


def test_cli_export(sources, tmp_path, capsys):
    from graphbuilder.cli_store import add_commands

    parser = argparse.ArgumentParser(prog="graphbuilder")
    add_commands(parser.add_subparsers(dest="command", required=True))
    out = tmp_path / "edges.csv"
    args = parser.parse_args(["export", str(sources["store"][0]), "--out", str(out)])
    assert args.func(args) == 0
    assert out.read_text(encoding="utf-8").startswith("source,source_label")
    args = parser.parse_args(["export", str(sources["memory"][0]), "--format", "nquads", "--out",
                              str(tmp_path / "x.data")])
    args.func(args)
    assert "wrote" in capsys.readouterr().out
    ds = Dataset()
    ds.parse(tmp_path / "x.data", format="nquads")
    assert len(list(ds.graphs())) == len(DOCS) + 1
    args = parser.parse_args(["export", str(sources["memory"][0]), "--out", str(tmp_path / "x.unknown")])
    with pytest.raises(GraphError, match="E078"):
        args.func(args)
