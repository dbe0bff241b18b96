"""graph.ttl is written by graphbuilder.turtle: the bytes rdflib's Turtle serializer writes."""

from __future__ import annotations

import io

import pytest
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef

from graphbuilder.turtle import write_turtle

EX = Namespace("https://example.org/x/")


def _ours(graph: Graph) -> bytes:
    out = io.BytesIO()
    write_turtle(graph, out, flush_every=2)
    return out.getvalue()


def _rdflib(graph: Graph) -> bytes:
    return graph.serialize(format="turtle").encode("utf-8")


def _awkward(extra=()) -> Graph:
    """Escapes, languages, numbers, datatypes without a prefix, names that cannot be prefixed."""
    g = Graph()
    g.bind("ex", EX)
    g.bind("_u", "https://example.org/u/")  # a prefix Turtle cannot use: rdflib rewrites it
    s = EX["a(b)"]
    for obj in (Literal('two\nlines, "quoted" \\ and \t'), Literal("hello", lang="en"), Literal("Grüße ☃"),
                Literal('A sentence long enough not to be memoised, with "quotes",\nand a line break. ' * 2),
                Literal(1), Literal("1.50", datatype=XSD.decimal), Literal(2.5e10), Literal(True),
                Literal("2016-10", datatype=XSD.gYearMonth), Literal("x", datatype=URIRef("https://example.org/dt#t")),
                EX["100%"], EX["end."], EX["50%25"], URIRef("https://example.org/u/z"), RDF.nil):
        g.add((s, EX.p, obj))
    g.add((s, RDFS.label, Literal("A")))
    g.add((s, RDF.type, EX.Thing))
    g.add((EX.c, RDF.type, RDFS.Class))  # rdfs:Class members come first
    g.add((EX.c, RDFS.label, Literal("C")))
    for i in range(5):
        g.add((EX[f"ref{i}"], EX.q, EX.c))  # more references: later in the file
        g.add((EX[f"ref{i}"], EX.q, s))
    for triple in extra:
        g.add(triple)
    return g


@pytest.mark.parametrize("extra", [
    (),
    ((EX.e, URIRef("https://unbound.example/ns#p"), Literal("a predicate rdflib invents ns1 for")),),
    ((EX.f, EX.q, BNode("b1")), (BNode("b1"), EX.p, Literal("nested"))),
    # Terms that sort as equal (1 = 1.0 = 1e0) keep rdflib's order.
    ((EX.g, EX.p, Literal(1)), (EX.g, EX.p, Literal("1.0", datatype=XSD.decimal)),
     (EX.g, EX.p, Literal("1", datatype=XSD.double))),
], ids=["prefixes-and-escapes", "invented-prefix", "blank-nodes", "ties"])
def test_same_bytes_as_rdflib(extra):
    # Two graphs: rdflib's serializer may bind a prefix in the graph it writes.
    assert _ours(_awkward(extra)) == _rdflib(_awkward(extra))


def test_empty_graph_and_base():
    assert _ours(Graph()) == _rdflib(Graph())
    g = _awkward()
    g.base = "https://example.org/x/"
    assert _ours(g) == _rdflib(g)


@pytest.mark.model
def test_a_built_graph_round_trips(seed_build):
    graph, _report, out = seed_build
    assert _ours(graph) == _rdflib(graph)
    assert (out / "graph.ttl").read_bytes() == _rdflib(graph)
