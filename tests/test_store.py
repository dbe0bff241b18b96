"""Per-document named graphs, the Oxigraph store and the named queries on both back ends.

Graphs are built by hand through :class:`graphbuilder.graph.GraphBuilder` (no spaCy);
``build_graph`` and ``DOCS`` are shared with the other store/serve/export/push tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from decimal import Decimal

import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef

from graphbuilder.errors import GraphError, QueryError
from graphbuilder.graph import GraphBuilder
from graphbuilder.ingest import Document
from graphbuilder.model import ActorMention, RelationMention
from graphbuilder.query import format_result, named_queries
from graphbuilder.store import (
    ACTOR,
    CONTENT_HASH,
    MemoryHandle,
    OxigraphStore,
    TALLY_GRAPH,
    StoreHandle,
    bind_values,
    default_graph,
    open_graph,
    partition,
    recompute_aggregates,
    remove_documents,
    to_dataset,
)
from graphbuilder.vocab import GB, document_iri, entity_iri

# ----------------------------------------------------------------------------- shared test data

ACTORS = {
    "carter": ("person:ash-carter", "Ash Carter", "Person", "USA", None),
    "erdogan": ("person:recep-tayyip-erdogan", "Recep Tayyip Erdogan", "Person", "TUR", None),
    "usa": ("USA", "United States", "Country", "USA", "USA"),
    "tur": ("TUR", "Turkey", "Country", "TUR", "TUR"),
    "irq": ("IRQ", "Iraq", "Country", "IRQ", "IRQ"),
    "turmil": ("TURMIL", "Turkish military", "Military", "TUR", "TURMIL"),
    "bashiqa": ("place:bashiqa", "Bashiqa", "Place", "IRQ", None),
}
# (relation, source, target, source text, target text, date, precision, modality)
DOCS = {
    "d1": ("2016-10-21", [
        ("meets", "carter", "erdogan", "Carter", "Erdogan", "2016-10-21", "day", "asserted"),
        ("opposes", "usa", "tur", "Washington", "Ankara", "2016-10-21", "day", "asserted"),
        ("stationed-at", "turmil", "bashiqa", "Turkish troops", "Bashiqa", None, None, "asserted")]),
    "d2": ("2016-11-02", [
        ("meets", "erdogan", "carter", "Erdogan", "Carter", "2016-11-02", "day", "asserted"),
        ("threatens", "tur", "irq", "Turkey", "Iraq", "2016-11-01", "month", "planned"),
        ("opposes", "irq", "tur", "Iraq", "Turkey", "2016-11-01", "month", "asserted")]),
    "d3": ("2016-12-05", [
        ("cooperates", "usa", "irq", "U.S.", "Iraq", "2016-12-05", "day", "asserted"),
        ("meets", "carter", "erdogan", "Ash Carter", "Erdogan", "2016-12-04", "day", "asserted"),
        ("attacks", "tur", "irq", "Turkey", "Iraq", "2016-12-05", "day", "hypothetical"),
        ("located-in", "bashiqa", "irq", "Bashiqa", "Iraq", None, None, "asserted")]),
    "d4": ("2017-01-10", [
        ("attacks", "tur", "irq", "Turkish jets", "Iraq", "2017-01-09", "day", "asserted"),
        ("controls", "turmil", "bashiqa", "Turkish troops", "Bashiqa", None, None, "asserted")]),
}


def _mention(key: str, surface: str, start: int) -> ActorMention:
    actor_id, label, type_, country, code = ACTORS[key]
    return ActorMention(actor_id, label, type_, country, code, surface, start, start + len(surface), 0, 1, 0)


def add_document(builder: GraphBuilder, doc_id: str, date: str, rels: list) -> None:
    """Add one hand-made document (one sentence per relation) to ``builder``."""
    sentences, relations, actors, pos = [], [], [], 0
    for rel, s, t, s_text, t_text, rdate, precision, modality in rels:
        sentence = f"{s_text} {rel.replace('-', ' ')} {t_text}."
        src = _mention(s, s_text, pos)
        tgt = _mention(t, t_text, pos + len(sentence) - len(t_text) - 1)
        relations.append(RelationMention(rel, src, tgt, pos, pos + len(sentence), rel.split("-")[0],
                                         modality=modality, confidence=0.8, date=rdate, date_precision=precision,
                                         rule="test"))
        actors += [src, tgt]
        sentences.append(sentence)
        pos += len(sentence) + 1
    text = " ".join(sentences) + " "
    doc = Document(id=doc_id, text=text, title=f"Title {doc_id}", date=dt.date.fromisoformat(date),
                   url=f"http://example.org/{doc_id}", source="test")
    builder.add(doc, actors, relations, text=text)


def build_graph(doc_ids=None, docs=None) -> Graph:
    """The GraphBuilder graph of the test documents (all, or ``doc_ids``), round-tripped through Turtle."""
    docs = docs or DOCS
    b = GraphBuilder()
    for doc_id, (date, rels) in docs.items():
        if doc_ids is None or doc_id in doc_ids:
            add_document(b, doc_id, date, rels)
    g = Graph()
    # Through Turtle, as graph.ttl is read back: literals get their parsed values.
    g.parse(data=b.finish().serialize(format="turtle"), format="turtle")
    return g


def norm(triples) -> set:
    """Triples with literals compared by value (Oxigraph writes 1.0^^xsd:decimal as 1)."""
    out = set()
    for s, p, o in triples:
        if isinstance(o, Literal) and o.datatype is not None:
            v = o.toPython()
            o = (str(o.datatype), str(Decimal(str(v)).normalize()) if isinstance(v, (float, Decimal)) else str(v))
        out.add((s, p, o))
    return out


def without_bookkeeping(triples) -> set:
    """Drop the gb:DocumentActor nodes and content hashes the store adds."""
    return {t for t in triples if "#actor/" not in str(t[0]) and t[1] != CONTENT_HASH}


def union_of(store: OxigraphStore) -> Graph:
    g = Graph()
    g.parse(data=store.dump_bytes("nt", union=True), format="nt")
    return g


@pytest.fixture()
def store(tmp_path):
    st = OxigraphStore(tmp_path / "store")
    yield st
    st.close()


# ----------------------------------------------------------------------------- partition and dataset

def test_to_dataset_one_named_graph_per_document():
    g = build_graph()
    ds = to_dataset(g)
    names = {c.identifier for c in ds.graphs() if c.identifier != default_graph(ds).identifier}
    assert names == {document_iri(d) for d in DOCS}
    d2 = ds.graph(document_iri("d2"))
    assert (document_iri("d2"), RDF.type, GB.Document) in d2
    assert len(set(d2.subjects(RDF.type, GB.Mention))) == 3
    assert all(o == document_iri("d2") for o in d2.objects(None, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")))
    # the default graph holds actors, direct triples and edges, and no mention
    dg = default_graph(ds)
    assert (entity_iri("person:ash-carter"), GB.meets, entity_iri("person:recep-tayyip-erdogan")) in dg
    assert not set(dg.subjects(RDF.type, GB.Mention))
    assert len(set(dg.subjects(RDF.type, GB.Edge))) == len(set(g.subjects(RDF.type, GB.Edge)))
    # the union is the built graph plus the bookkeeping
    union = {t for t in ds.triples((None, None, None))}
    assert set(g) <= union
    assert without_bookkeeping(union) == set(g)


def test_document_actor_counts_add_up_across_documents():
    g = build_graph()
    parts, _rest = partition(g)
    totals: dict = {}
    for part in parts.values():
        for s, p, o in part.triples:
            if p == GB.mentionCount:
                ent = next(o2 for s2, p2, o2 in part.triples if s2 == s and p2 == ACTOR)
                totals[ent] = totals.get(ent, 0) + int(o)
    for ent, total in totals.items():
        assert total == int(g.value(ent, GB.mentionCount)), ent


def test_recompute_aggregates_rebuilds_what_was_deleted():
    g = build_graph()
    ds = to_dataset(g)
    before = set(default_graph(ds))
    for t in list(default_graph(ds)):
        default_graph(ds).remove(t)
    recompute_aggregates(ds)
    assert norm(default_graph(ds)) == norm(before)


# ----------------------------------------------------------------------------- Oxigraph store

def test_store_holds_the_built_graph_and_is_idempotent(store):
    g = build_graph()
    report = store.add_documents(g)
    assert sorted(report.added) == sorted(DOCS) and not report.unchanged
    size = len(store)
    assert norm(without_bookkeeping(union_of(store))) == norm(g)
    again = store.add_documents(build_graph())
    assert sorted(again.unchanged) == sorted(DOCS) and not again.added and not again.replaced
    assert len(store) == size
    assert store.documents() == sorted(DOCS)
    # every document is its own named graph
    import pyoxigraph as ox

    names = {n.value for n in store.store.named_graphs()}
    assert {g.value for g in store.document_graphs()} == {str(document_iri(d)) for d in DOCS}
    assert names == {str(document_iri(d)) for d in DOCS} | {str(TALLY_GRAPH)}  # and the bookkeeping
    assert len(list(store.store.quads_for_pattern(None, None, None, ox.DefaultGraph()))) > 0


def test_incremental_adds_equal_one_batch(store, tmp_path):
    for doc_id in DOCS:
        store.add_documents(build_graph([doc_id]))
    assert norm(without_bookkeeping(union_of(store))) == norm(build_graph())
    with OxigraphStore(tmp_path / "batch") as other:
        other.add_documents([build_graph([d]) for d in DOCS], batch_size=2)
        assert norm(union_of(other)) == norm(union_of(store))


def test_remove_document_recomputes_aggregates(store):
    store.add_documents(build_graph())
    store.remove_document("d4")
    assert norm(without_bookkeeping(union_of(store))) == norm(build_graph(["d1", "d2", "d3"]))
    store.remove_documents(["d1", "d3"])
    assert norm(without_bookkeeping(union_of(store))) == norm(build_graph(["d2"]))
    with pytest.raises(GraphError, match="E072"):
        store.remove_document("nope")
    store.remove_document("d2")
    assert len(store) == 0


def test_new_content_replaces_a_document(store):
    store.add_documents(build_graph())
    changed = dict(DOCS)
    changed["d2"] = ("2016-11-02", [("attacks", "irq", "tur", "Iraq", "Turkey", "2016-11-03", "day", "asserted")])
    report = store.add_documents(build_graph(["d2"], docs=changed))
    assert report.replaced == ["d2"]
    assert norm(without_bookkeeping(union_of(store))) == norm(build_graph(docs=changed))
    rows = list(StoreHandle("s", store).run_named("who-met", {"actor": "Ash Carter"}))
    assert int(rows[0].mentions) == 2  # d2's meeting is gone


def test_incremental_add_touches_only_affected_keys(store, monkeypatch):
    store.add_documents(build_graph(["d1", "d2", "d3"]))
    calls = []
    monkeypatch.setattr(store, "_recompute_entity", lambda e, *a: calls.append(e))
    monkeypatch.setattr(store, "_recompute_edge", lambda e, *a: calls.append(e))
    store.add_documents(build_graph(["d4"]))
    assert calls == []  # labels agree: counts are folded in, nothing is recounted
    assert norm(without_bookkeeping(union_of(store))) == norm(build_graph())


def test_repair_and_interrupted_writes(tmp_path):
    path = tmp_path / "store"
    with OxigraphStore(path) as st:
        st.add_documents(build_graph())
        good = norm(union_of(st))
        st.update("DELETE WHERE { ?e a <https://w3id.org/graphbuilder/ontology#Edge> ; ?p ?o }")
        assert norm(union_of(st)) != good
        st._write_meta(dirty=True)  # as if a write had been interrupted
    with open_graph(path) as handle:
        assert handle.warnings and "repair" in handle.warnings[0]
    with OxigraphStore(path) as st:  # opening read-write repairs
        assert not st.dirty
        assert norm(union_of(st)) == good


def test_store_exports_reload_without_changes(store, tmp_path):
    store.add_documents(build_graph())
    trig = tmp_path / "all.trig"
    store.export(str(trig), "trig")
    ds = Dataset()
    ds.parse(trig, format="trig")
    with OxigraphStore(tmp_path / "copy") as copy:
        copy.add_documents(ds)
        assert norm(union_of(copy)) == norm(union_of(store))
        again = copy.add_documents(Graph().parse(data=store.dump_bytes("nt", union=True), format="nt"))
        assert sorted(again.unchanged) == sorted(DOCS)


def test_read_only_store_refuses_writes(tmp_path):
    with OxigraphStore(tmp_path / "s") as st:
        st.add_documents(build_graph(["d1"]))
    with OxigraphStore(tmp_path / "s", read_only=True) as ro:
        assert ro.documents() == ["d1"]
        with pytest.raises(GraphError, match="E077"):
            ro.add_documents(build_graph(["d2"]))
    (tmp_path / "notastore").mkdir()
    (tmp_path / "notastore" / "x.txt").write_text("x")
    with pytest.raises(GraphError, match="E070"):
        OxigraphStore(tmp_path / "notastore")


# ----------------------------------------------------------------------------- named queries on both back ends

CASES = {
    "who-met": [{}, {"actor": "Ash Carter"}, {"actor": "Ash Carter", "from": "2016-11-01"}],
    "who-opposes": [{}, {"actor": "Turkey"}],
    "stationed-in": [{}, {"country": "IRQ"}],
    "who-controls": [{}, {"actor": "Turkish military"}, {"country": "IRQ"}],
    "evidence": [{}, {"actor": "Turkey", "relation": "opposes"}],
    "neighbourhood": [{}, {"actor": "Turkey"}, {"actor": "Iraq", "relation": "attacks"},
                      {"actor": "Ash Carter", "to": "2016-10-31"}],
    "dyad-balance": [{}, {"a": "Turkey"}, {"a": "Turkey", "b": "Iraq"}, {"b": "Turkey"},
                     {"a": "Iraq", "b": "Turkey", "from": "2016-12-01"}],
    "timeline": [{}, {"actor": "Iraq"}, {"modality": "asserted", "from": "2016-11-01", "to": "2016-12-31"}],
    "top-actors": [{}, {"type": "Country"}, {"country": "TUR"}, {"type": "Person", "country": "USA"}],
    "documents": [{}, {"actor": "Iraq"}],
}


def _values(result) -> list:
    rows = []
    for row in result:
        out = []
        for v in row:
            if isinstance(v, Literal) and isinstance(v.toPython(), (float, Decimal, int)) and not isinstance(
                    v.toPython(), bool):
                out.append(float(v.toPython()))
            else:
                out.append(None if v is None else str(v))
        rows.append(tuple(out))
    return rows


def test_every_named_query_is_covered_and_documented():
    qs = named_queries()
    assert set(CASES) == set(qs)
    for q in qs.values():
        assert q.text.startswith("# ") and q.description


def test_named_queries_agree_on_rdflib_and_oxigraph(store):
    g = build_graph()
    store.add_documents(g)
    mem, ox = MemoryHandle("mem", g), StoreHandle("ox", store)
    for name, cases in CASES.items():
        for bindings in cases:
            a = _values(mem.run_named(name, bindings))
            b = _values(ox.run_named(name, bindings))
            assert a == b, (name, bindings)
            assert a, (name, bindings)  # every case has an answer in the test data


def test_dyad_balance_sums_goldstein_per_month(store):
    store.add_documents(build_graph())
    rows = _values(StoreHandle("ox", store).run_named("dyad-balance", {"a": "Turkey", "b": "Iraq"}))
    # asserted mentions only: Iraq opposes Turkey (Nov 2016, -2), Turkey attacks Iraq (Jan 2017, -10)
    assert rows == [("Turkey", "Iraq", "2016-11", 1.0, -2.0, 0.0, 1.0),
                    ("Turkey", "Iraq", "2017-01", 1.0, -10.0, 0.0, 1.0)]


def test_neighbourhood_sees_both_directions():
    rows = _values(MemoryHandle("m", build_graph()).run_named("neighbourhood", {"actor": "Turkey"}))
    assert {(r[1], r[2], r[3]) for r in rows} == {("out", "attacks", "Iraq"), ("in", "opposes", "Iraq"),
                                                  ("in", "opposes", "United States")}


def test_bindings_are_values_not_text(store):
    store.add_documents(build_graph())
    ox = StoreHandle("ox", store)
    assert list(ox.run_named("who-met", {"actor": 'x" } ?a ?b ?c { "'})) == []
    q = bind_values('PREFIX x: <http://x/> CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }', {"o": Literal("a")})
    assert "CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?o)" in q
    with pytest.raises(GraphError, match="E076"):
        ox.query("SELECT * WHERE { ?s ?p ?o }", {"o": URIRef("http://x/> } DROP ALL { <y")})
    with pytest.raises(QueryError, match="E042"):
        ox.run_named("who-met", {"nosuch": "1"})
    with pytest.raises(QueryError, match="E040"):
        ox.query("SELEKT ?x")
    res = ox.query("PREFIX gb: <https://w3id.org/graphbuilder/ontology#> ASK { ?x a gb:Country }")
    assert format_result(res, "table") == "true"


# ----------------------------------------------------------------------------- opening and removing

def test_open_graph_detects_every_kind(tmp_path):
    g = build_graph()
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text(g.serialize(format="turtle"), encoding="utf-8")
    to_dataset(g).serialize(tmp_path / "g.trig", format="trig")
    to_dataset(g).serialize(tmp_path / "g.nq", format="nquads")
    with OxigraphStore(tmp_path / "store") as st:
        st.add_documents(g)
    kinds = {}
    for p in (out, out / "graph.ttl", tmp_path / "g.trig", tmp_path / "g.nq", tmp_path / "store"):
        with open_graph(p) as h:
            kinds[p.name] = h.kind
            assert h.documents() == sorted(DOCS)
            rows = list(h.run_named("who-met"))  # Carter→Erdogan (2) and Erdogan→Carter (1)
            assert sorted(int(r.mentions) for r in rows) == [1, 2]
    assert kinds == {"out": "memory", "graph.ttl": "memory", "g.trig": "memory", "g.nq": "memory",
                     "store": "oxigraph"}
    with pytest.raises(GraphError, match="E030"):
        open_graph(tmp_path / "missing")
    (tmp_path / "x.csv").write_text("a,b")
    with pytest.raises(GraphError, match="E030"):
        open_graph(tmp_path / "x.csv")


def test_export_files_named_after_their_format_open(tmp_path):
    """``export --format nquads --out g.nquads`` (and turtle, ntriples) gives a file GRAPH accepts."""
    from graphbuilder.export import export_graph

    g = build_graph()
    for fmt, kind in (("turtle", "memory"), ("ntriples", "memory"), ("nquads", "memory")):
        path = export_graph(MemoryHandle("mem", g), fmt, tmp_path / f"g.{fmt}")
        with open_graph(path) as h:
            assert h.kind == kind and h.documents() == sorted(DOCS)


def test_remove_from_output_dir_trig_and_store(tmp_path):
    g = build_graph()
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text(g.serialize(format="turtle"), encoding="utf-8")
    (out / "events.jsonl").write_text("".join(json.dumps({"doc_id": d}) + "\n" for d in DOCS), encoding="utf-8")
    assert remove_documents(out, ["d4"]) == [str(document_iri("d4"))]
    expected = norm(build_graph(["d1", "d2", "d3"]))
    assert norm(without_bookkeeping(Graph().parse(out / "graph.ttl"))) == expected
    assert [json.loads(line)["doc_id"] for line in (out / "events.jsonl").read_text().splitlines()] == [
        "d1", "d2", "d3"]
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]

    trig = tmp_path / "g.trig"
    to_dataset(g).serialize(trig, format="trig")
    remove_documents(trig, ["d4"])
    ds = Dataset()
    ds.parse(trig, format="trig")
    assert document_iri("d4") not in {c.identifier for c in ds.graphs()}
    assert norm(without_bookkeeping((s, p, o) for s, p, o, _g in ds.quads((None, None, None, None)))) == expected

    with OxigraphStore(tmp_path / "store") as st:
        st.add_documents(g)
    remove_documents(tmp_path / "store", ["d4"])
    with OxigraphStore(tmp_path / "store") as st:
        assert norm(without_bookkeeping(union_of(st))) == expected
    with pytest.raises(GraphError, match="E072"):
        remove_documents(out, ["d4"])


def test_cli_remove_and_load(tmp_path, capsys):
    from graphbuilder.cli_store import add_commands

    parser = argparse.ArgumentParser(prog="graphbuilder")
    add_commands(parser.add_subparsers(dest="command", required=True))
    ttl = tmp_path / "g.ttl"
    ttl.write_text(build_graph().serialize(format="turtle"), encoding="utf-8")
    store = tmp_path / "store"
    args = parser.parse_args(["load", str(store), str(ttl)])
    assert args.func(args) == 0
    assert "4 added" in capsys.readouterr().out
    args = parser.parse_args(["load", str(store), str(ttl)])
    args.func(args)
    assert "4 unchanged" in capsys.readouterr().out
    args = parser.parse_args(["remove", str(store), "--doc", "d1", "--doc", "d2"])
    assert args.func(args) == 0
    assert "removed 2 documents" in capsys.readouterr().out
    with open_graph(store) as h:
        assert h.documents() == ["d3", "d4"]


def test_store_layout_documents_in_named_and_default_graphs(store):
    store.add_documents(build_graph())
    h = StoreHandle("s", store)
    res = h.query("PREFIX gb: <https://w3id.org/graphbuilder/ontology#> "
                  "SELECT ?g (COUNT(?m) AS ?n) WHERE { GRAPH ?g { ?m a gb:Mention } } GROUP BY ?g ORDER BY ?g")
    assert [(str(r.g).rsplit("/", 1)[-1], int(r.n)) for r in res] == [("d1", 3), ("d2", 3), ("d3", 4), ("d4", 2)]
    named = len(store) - store.triple_count() - sum(1 for _ in store.tally_quads())
    assert named == sum(1 for q in store.dataset_quads() if q.graph_name.__class__.__name__ == "NamedNode")
    assert len(h) == store.triple_count() == len(union_of(store))


def test_repair_restores_an_interrupted_removal(tmp_path):
    import pyoxigraph as ox

    path = tmp_path / "store"
    with OxigraphStore(path) as st:
        st.add_documents(build_graph())
        st.store.remove_graph(ox.NamedNode(str(document_iri("d4"))))  # crash after this step of a removal
        st._write_meta(dirty=True)
    with OxigraphStore(path) as st:
        assert norm(without_bookkeeping(union_of(st))) == norm(build_graph(["d1", "d2", "d3"]))
        assert st.documents() == ["d1", "d2", "d3"]


def test_foreign_oxigraph_directory_is_queried_not_changed(tmp_path):
    import gc

    import pyoxigraph as ox

    raw = ox.Store(str(tmp_path / "raw"))
    raw.add(ox.Quad(ox.NamedNode("urn:x:a"), ox.NamedNode("urn:x:p"), ox.Literal("v"), ox.NamedNode("urn:x:g")))
    raw.flush()
    del raw
    gc.collect()
    with open_graph(tmp_path / "raw") as h:
        assert h.kind == "oxigraph"
        assert h.query("ASK { <urn:x:a> <urn:x:p> 'v' }").askAnswer  # the union of its graphs
    with OxigraphStore(tmp_path / "raw") as st:
        with pytest.raises(GraphError, match="E079"):
            st.add_documents(build_graph(["d1"]))


def test_declared_parameters_mean_given_by_the_caller():
    g = build_graph()
    h = MemoryHandle("m", g)
    # BOUND(?actor) is false when the caller gives no actor, although the query's patterns bind ?actor
    rows = _values(h.run_named("evidence"))
    assert len(rows) == len(set(g.subjects(GB.edge, None)))  # every asserted mention once
    rows = _values(h.run_named("documents"))
    assert [r[0] for r in rows] == sorted(DOCS)


def test_add_extractions_gives_exact_per_document_views(store):
    from types import SimpleNamespace

    from graphbuilder.store import add_extractions

    extractions = []
    for doc_id, (date, rels) in DOCS.items():
        b = _Capture()
        add_document(b, doc_id, date, rels)
        extractions.append(SimpleNamespace(document=b.document, actors=b.actors, relations=b.relations))
    report = add_extractions(store, extractions, batch_size=2)
    assert sorted(report.added) == sorted(DOCS)
    assert norm(without_bookkeeping(union_of(store))) == norm(build_graph())


class _Capture:
    """Stands in for GraphBuilder.add to capture what add_document passes."""

    def add(self, document, actors, relations, text=None):
        self.document, self.actors, self.relations = document, tuple(actors), tuple(relations)


# ----------------------------------------------------------------------------- aggregates agree in memory and in a store

def _relation(rel, src, tgt, **kw) -> RelationMention:
    return RelationMention(rel, src, tgt, 0, 40, rel.split("-")[0], rule="test", **kw)


def _built(docs) -> Graph:
    """A GraphBuilder graph of ``(Document, actors, relations)`` items, as built (not round-tripped)."""
    b = GraphBuilder()
    for doc, actors, relations in docs:
        b.add(doc, actors, relations, text=doc.text)
    return b.finish()


def _doc(doc_id: str, date: str = "2016-10-21") -> Document:
    return Document(id=doc_id, text="x" * 200, title=None, date=dt.date.fromisoformat(date))


def _aggregates(graph_or_store) -> dict:
    """``{(node, predicate): value}`` of the actors' mention counts and the edges' counts and dates."""
    q = ("PREFIX gb: <https://w3id.org/graphbuilder/ontology#> SELECT ?x ?p ?v WHERE { "
         "VALUES ?p { gb:mentionCount gb:firstDate gb:lastDate } ?x ?p ?v FILTER NOT EXISTS { ?x gb:actor ?a } }")
    handle = (StoreHandle("s", graph_or_store) if isinstance(graph_or_store, OxigraphStore)
              else MemoryHandle("m", graph_or_store))
    return {(str(x), str(p)): str(v) for x, p, v in handle.execute(q).rdflib_rows()}


def test_decimals_are_exact_and_compare_as_decimals(store):
    """Confidence and Goldstein are xsd:decimal literals of exact decimal text, so that the built graph
    compares like its reloaded Turtle and like the store (a float behind xsd:decimal did not)."""
    carter, erdogan = _mention("carter", "Carter", 0), _mention("erdogan", "Erdogan", 20)
    g = _built([(_doc("dx"), [carter, erdogan], [
        _relation("meets", carter, erdogan, confidence=0.1 + 0.2, date="2016-10-21", date_precision="day"),
        _relation("opposes", erdogan, carter, confidence=1e-7, date="2016-10-21", date_precision="day")])])
    confidences = {str(o) for o in g.objects(None, GB.confidence)}
    assert confidences == {"0.30000000000000004", "0.0000001"}  # never "1e-07": not an xsd:decimal
    for _s, p, o in g:
        if isinstance(o, Literal) and o.datatype is not None:
            again = Literal(str(o), datatype=o.datatype)  # what reading the graph back gives
            assert type(o.toPython()) is type(again.toPython()) and o.toPython() == again.toPython(), (p, o)
    ask = ("PREFIX gb: <https://w3id.org/graphbuilder/ontology#> "
           "ASK { ?m gb:confidence 0.30000000000000004 ; gb:goldstein ?g FILTER (?g = 1.0) }")
    assert MemoryHandle("m", g).query(ask).askAnswer
    store.add_documents(g)
    assert StoreHandle("s", store).query(ask).askAnswer
    small = "PREFIX gb: <https://w3id.org/graphbuilder/ontology#> ASK { ?m gb:confidence ?c FILTER (?c < 0.001) }"
    assert MemoryHandle("m", g).query(small).askAnswer and StoreHandle("s", store).query(small).askAnswer


def test_actor_mention_count_counts_each_mention_once(store, tmp_path):
    """An actor's gb:mentionCount is the number of its mentions: a relation's endpoints are mentions
    already counted (or, when the rules made them, counted once), the same in memory and in a store."""
    from types import SimpleNamespace

    from graphbuilder.store import add_extractions

    carter, erdogan = _mention("carter", "Carter", 0), _mention("erdogan", "Erdogan", 20)
    carter2 = _mention("carter", "Ash Carter", 60)
    troops = _mention("turmil", "Turkish troops", 90)  # made by a rule: not among the actor mentions
    bashiqa = _mention("bashiqa", "Bashiqa", 120)
    d1 = (_doc("m1"), [carter, erdogan, carter2, bashiqa], [
        _relation("meets", carter, erdogan, date="2016-10-21", date_precision="day"),
        _relation("meets", erdogan, carter2, date="2016-10-21", date_precision="day"),
        _relation("stationed-at", troops, bashiqa),
        _relation("stationed-at", troops, bashiqa, modality="planned")])
    d2 = (_doc("m2", "2016-11-02"), [erdogan], [])
    g = _built([d1, d2])
    counts = {str(x).rsplit("/", 1)[-1]: int(n) for x, n in g.subject_objects(GB.mentionCount)
              if (x, RDF.type, GB.Edge) not in g}
    assert counts == {"ash-carter": 2, "recep-tayyip-erdogan": 2, "TURMIL": 1, "bashiqa": 1}
    store.add_documents(g)
    assert _aggregates(store) == _aggregates(g)
    with OxigraphStore(tmp_path / "per-doc") as other:
        add_extractions(other, [SimpleNamespace(document=d, actors=a, relations=r) for d, a, r in (d1, d2)])
        assert _aggregates(other) == _aggregates(g)


def test_edge_dates_span_the_periods_of_the_mentions(store, tmp_path):
    """gb:firstDate is the first day of the earliest mention's date at its precision, gb:lastDate the
    last day of the latest one's: "November 2016" spans 2016-11-01 to 2016-11-30, whatever day the
    extractor put in the raw date; in memory, in a store, added at once or one by one, and after a removal."""
    from types import SimpleNamespace

    from graphbuilder.store import add_extractions

    iraq, turkey = _mention("irq", "Iraq", 0), _mention("tur", "Turkey", 20)
    docs = [(_doc("p1"), [iraq, turkey], [
                _relation("opposes", iraq, turkey, date="2016-11-17", date_precision="month")]),
            (_doc("p2"), [iraq, turkey], [
                _relation("opposes", iraq, turkey, date="2016-11-05", date_precision="day")]),
            (_doc("p3"), [iraq, turkey], [
                _relation("opposes", iraq, turkey, date="2015-06-30", date_precision="year")])]
    g = _built(docs[:2])
    edge = next(g.subjects(RDF.type, GB.Edge))
    assert (str(g.value(edge, GB.firstDate)), str(g.value(edge, GB.lastDate))) == ("2016-11-01", "2016-11-30")
    store.add_documents(g)
    assert _aggregates(store) == _aggregates(g)
    store.add_documents(_built(docs[2:]))  # folded into the stored edge
    everything = _built(docs)
    assert (str(everything.value(edge, GB.firstDate)), str(everything.value(edge, GB.lastDate))) == (
        "2015-01-01", "2016-11-30")
    assert _aggregates(store) == _aggregates(everything)
    store.remove_document("p1")  # recomputed from the remaining mentions
    assert _aggregates(store) == _aggregates(_built([docs[1], docs[2]]))
    with OxigraphStore(tmp_path / "per-doc") as other:
        add_extractions(other, [SimpleNamespace(document=d, actors=a, relations=r) for d, a, r in docs])
        assert _aggregates(other) == _aggregates(everything)
    ds = to_dataset(everything)
    for t in [t for t in default_graph(ds) if t[0] == edge]:
        default_graph(ds).remove(t)
    recompute_aggregates(ds)
    assert _aggregates(default_graph(ds)) == _aggregates(everything)


def test_documents_without_relations_count_zero_mentions(store):
    """A document that names an actor but states no relation is listed with 0 mentions: the
    count used to be an error (a 500 from rdflib's SUM, an unbound value from Oxigraph)."""
    erdogan, carter = _mention("erdogan", "Erdogan", 0), _mention("carter", "Carter", 20)
    g = _built([(_doc("r1"), [erdogan, carter], [_relation("meets", erdogan, carter, date="2016-10-21",
                                                             date_precision="day")]),
                (_doc("r2", "2016-11-02"), [erdogan], [])])
    store.add_documents(g)
    for handle in (MemoryHandle("m", g), StoreHandle("s", store)):
        rows = _values(handle.run_named("documents", {"actor": "Recep Tayyip Erdogan"}))
        assert [(r[0], r[3]) for r in rows] == [("r1", 1.0), ("r2", 0.0)], handle.kind
        assert [(r[0], r[3]) for r in _values(handle.run_named("documents"))] == [("r1", 1.0), ("r2", 0.0)]


# ----------------------------------------------------------------------------- tallies: label votes across batches

def _ny(label: str, start: int, surface=None, type_="Place") -> ActorMention:
    return ActorMention("place:new-york", label, type_, "USA", None, surface or label, start, start + 5, 0, 1, 0)


def _label_doc(doc_id: str, date: str, label: str, n: int):
    """A document that names New York ``n`` times as ``label`` and says it met the United States."""
    ny = [_ny(label, 10 * i) for i in range(n)]
    usa = _mention("usa", "Washington", 150)
    return (_doc(doc_id, date), ny + [usa], [_relation("meets", ny[0], usa, date=date, date_precision="day")])


def _extractions(docs):
    from types import SimpleNamespace

    return [SimpleNamespace(document=d, actors=a, relations=r) for d, a, r in docs]


def _all_quads(store: OxigraphStore) -> set:
    return {str(q) for q in store.store.quads_for_pattern(None, None, None, None)}


def _assert_tallies_exact(store: OxigraphStore) -> None:
    """What the incremental updates left is what a recount of every document gives (tallies included)."""
    before = _all_quads(store)
    assert any(True for _ in store.tally_quads()) or not store.documents()
    store.repair()
    assert _all_quads(store) == before


def test_label_votes_across_batches_and_removals(store, monkeypatch):
    """'NEW YORK' and 'New York' vote across documents added in several batches, replaced and removed;
    after every step the store equals the graph built in memory from the same documents, and no step
    re-reads other documents' views (the votes are tallied in the store)."""
    from graphbuilder.store import add_extractions

    docs = {"a1": _label_doc("a1", "2016-10-01", "NEW YORK", 1), "a2": _label_doc("a2", "2016-10-02", "New York", 2),
            "a3": _label_doc("a3", "2016-10-03", "NEW YORK", 3), "a4": _label_doc("a4", "2016-09-04", "New York City", 1)}
    current: dict = {}
    ny = entity_iri("place:new-york")

    def check(label):
        expected = _built(list(current.values()))
        assert str(expected.value(ny, RDFS.label)) == label
        assert norm(without_bookkeeping(union_of(store))) == norm(expected)

    def add(*items):
        current.update({d[0].id: d for d in items})
        add_extractions(store, _extractions(items))

    def remove(*ids):
        for doc_id in ids:
            del current[doc_id]
        store.remove_documents(ids)

    add(docs["a1"], docs["a2"])
    check("New York")  # 2 mentions against 1
    recounts = []
    monkeypatch.setattr(store, "_actor_records", lambda e: recounts.append(e) or [])
    monkeypatch.setattr(store, "_mention_records", lambda e: recounts.append(e) or [])
    add(docs["a3"])
    check("NEW YORK")  # 1 + 3 against 2: the label flips, without a recount
    remove("a3")
    check("New York")  # and flips back when a3 goes
    add(docs["a4"], _label_doc("a1", "2016-10-01", "NEW YORK", 5))  # a new a1 replaces the old one
    check("NEW YORK")
    remove("a2", "a1")
    check("New York City")  # the edge's dates narrow to a4's
    add(docs["a2"], docs["a3"])
    check("NEW YORK")
    assert recounts == []
    monkeypatch.undo()
    _assert_tallies_exact(store)
    remove("a2", "a3", "a4")
    assert len(store) == 0  # the tallies go with the last document


def test_tallies_equal_a_recount_under_random_changes(store, tmp_path):
    """Random batches of additions, replacements and removals (mixed labels, types, countries, surface
    forms, pronouns, dates at three precisions, modalities): after each one the store, tallies included,
    is what recounting every document gives, and what one batch of the same documents gives."""
    import random

    from graphbuilder.store import add_extractions

    rng = random.Random(7)
    labels = ["New York", "NEW YORK", "New York City", "NYC"]
    others = ["usa", "tur", "irq", "carter", "erdogan"]

    def make(doc_id: str):
        date = f"2016-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        actors, rels, pos = [], [], 0
        for _ in range(rng.randint(1, 4)):
            label = rng.choice(labels)
            ny = ActorMention("place:new-york", label, rng.choice(["Place", "Place", "Government"]),
                              rng.choice(["USA", "USA", None]), rng.choice([None, "NYC"]),
                              rng.choice([label, "the city", "Big Apple"]), pos, pos + 5, 0, 1, 0,
                              pronoun=rng.random() < 0.2)
            other = _mention(rng.choice(others), "them", pos + 10)
            pos += 20
            actors += [ny, other]
            if rng.random() < 0.8:
                src, tgt = (ny, other) if rng.random() < 0.5 else (other, ny)
                rels.append(RelationMention(rng.choice(["meets", "opposes"]), src, tgt, pos - 20, pos, "x",
                                            rule="test", modality=rng.choice(["asserted", "asserted", "planned"]),
                                            date=rng.choice([date, None]),
                                            date_precision=rng.choice(["day", "month", "year"])))
        return (_doc(doc_id, date), actors, rels)

    current: dict = {}
    for step in range(12):
        if current and rng.random() < 0.4:
            gone = rng.sample(sorted(current), rng.randint(1, min(3, len(current))))
            store.remove_documents(gone)
            for doc_id in gone:
                del current[doc_id]
        else:
            ids = rng.sample([f"r{i}" for i in range(10)], rng.randint(1, 4))  # new ids and replacements
            items = [make(doc_id) for doc_id in ids]
            add_extractions(store, _extractions(items), batch_size=rng.choice([1, 2, 500]))
            current.update({d[0].id: d for d in items})
        assert store.documents() == sorted(current)
        state = _all_quads(store)
        with OxigraphStore(tmp_path / f"once{step}") as once:
            add_extractions(once, _extractions(list(current.values())))
            assert _all_quads(once) == state, step
        _assert_tallies_exact(store)


def test_the_same_content_extracted_later_is_unchanged(store, monkeypatch):
    """A mention's extraction time is provenance, not content: re-adding the same documents,
    extracted at another time, changes nothing (their first extraction time stays)."""
    from rdflib.namespace import PROV

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1480550400")
    store.add_documents(build_graph())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1577836800")
    later = build_graph()
    utc = dt.timezone.utc
    assert {t.toPython() for t in later.objects(None, PROV.generatedAtTime)} == {dt.datetime(2020, 1, 1, tzinfo=utc)}
    again = store.add_documents(later)
    assert sorted(again.unchanged) == sorted(DOCS) and not again.replaced
    assert {t.toPython() for t in union_of(store).objects(None, PROV.generatedAtTime)} == {
        dt.datetime(2016, 12, 1, tzinfo=utc)}


def test_the_store_compacts_itself_once_the_changes_are_a_share_of_its_size(tmp_path, monkeypatch):
    import graphbuilder.store as store_module

    monkeypatch.setattr(store_module, "COMPACT_MIN", 100)
    path = tmp_path / "st"
    with OxigraphStore(path) as st:
        st.add_documents(build_graph(["d1", "d2"]))
        meta = json.loads((path / "graphbuilder-store.json").read_text())
        assert meta["compactions"] == 1 and meta["changed_since_compaction"] == 0
        size = meta["size_at_compaction"]
        assert size == len(st) > 100
        before = union_of(st)
        # A small change is counted, not compacted: the cost of a compaction waits until the
        # changes are half the store.
        st.remove_documents(["d2"])
        meta = json.loads((path / "graphbuilder-store.json").read_text())
        assert meta["compactions"] == 1 and 0 < meta["changed_since_compaction"] < size / 2
        changed = meta["changed_since_compaction"]
        st.add_documents(build_graph(["d2"]))  # with the removal, more than half the store: compacted
        assert norm(union_of(st)) == norm(before)
        meta = json.loads((path / "graphbuilder-store.json").read_text())
        assert meta["compactions"] == 2 and meta["changed_since_compaction"] == 0
        assert changed < size / 2 <= 2 * changed
    # The counts survive reopening: the next store object goes on from them.
    with OxigraphStore(path) as st:
        st.remove_documents(["d2"])
        assert json.loads((path / "graphbuilder-store.json").read_text())["changed_since_compaction"] > 0
