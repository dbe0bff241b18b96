import json

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal

from graphbuilder.errors import GraphError, QueryError
from graphbuilder.query import (format_result, load_graph, named_queries, parse_bindings, run_named,
                                run_query)
from graphbuilder.vocab import GB, edge_iri, entity_iri


def _graph():
    g = Graph()
    a, b, c = entity_iri("person:ash-carter"), entity_iri("person:recep-tayyip-erdogan"), entity_iri("IRQ")
    for node, label, cls in ((a, "Ash Carter", GB.Person), (b, "Recep Tayyip Erdogan", GB.Person),
                             (c, "Iraq", GB.Country)):
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(label)))
    g.add((a, GB.meets, b))
    e = edge_iri("person:ash-carter", "meets", "person:recep-tayyip-erdogan")
    for p, o in ((RDF.type, GB.Edge), (RDF.subject, a), (RDF.predicate, GB.meets), (RDF.object, b),
                 (GB.mentionCount, Literal(2)), (GB.firstDate, Literal("2016-10-21", datatype=XSD.date)),
                 (GB.lastDate, Literal("2016-10-21", datatype=XSD.date))):
        g.add((e, p, o))
    return g


def test_named_queries_exist_and_have_descriptions():
    qs = named_queries()
    assert {"who-met", "who-opposes", "stationed-in", "evidence"} <= set(qs)
    assert all(q.description for q in qs.values())
    assert "actor" in qs["who-met"].variables


def test_symmetric_meets_answerable_from_both_sides():
    g = _graph()
    rows = list(run_named(g, "who-met", {"actor": "Recep Tayyip Erdogan"}))
    assert [(str(r.a), str(r.b)) for r in rows] == [("Recep Tayyip Erdogan", "Ash Carter")]
    rows = list(run_named(g, "who-met", {"actor": "Ash Carter", "from": "2016-01-01", "to": "2016-12-31"}))
    assert len(rows) == 1
    assert list(run_named(g, "who-met", {"actor": "Ash Carter", "from": "2017-01-01"})) == []
    assert len(list(run_named(g, "who-met"))) == 1


def test_bindings_are_not_string_formatted():
    g = _graph()
    # A value that would break out of a formatted string stays a literal.
    assert list(run_named(g, "who-met", {"actor": 'x" } ?a ?b ?c { "'})) == []


def test_errors():
    g = _graph()
    with pytest.raises(QueryError, match="E041"):
        run_named(g, "nope")
    with pytest.raises(QueryError, match="E042"):
        run_named(g, "who-met", {"nosuchvar": "1"})
    with pytest.raises(QueryError, match="E040"):
        run_query(g, "SELEKT ?x WHERE { ?x ?y ?z }")
    with pytest.raises(QueryError, match="E043"):
        parse_bindings(["novalue"])


def test_formats(tmp_path):
    g = _graph()
    res = run_query(g, "SELECT ?l WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l")
    table = format_result(res, "table")
    assert "Ash Carter" in table and "(3 rows)" in table
    # SPARQL 1.1 TSV and CSV, as the endpoint answers them
    assert format_result(res, "tsv").splitlines()[:2] == ["?l", '"Ash Carter"']
    assert format_result(res, "csv").split("\r\n")[:2] == ["l", "Ash Carter"]
    data = json.loads(format_result(res, "json"))
    assert data["head"]["vars"] == ["l"] and len(data["results"]["bindings"]) == 3


def test_load_graph_dir_and_errors(tmp_path):
    g = _graph()
    (tmp_path / "graph.ttl").write_text(g.serialize(format="turtle"), encoding="utf-8")
    assert len(load_graph(tmp_path)) == len(g)
    assert len(load_graph(tmp_path / "graph.ttl")) == len(g)
    with pytest.raises(GraphError, match="E030"):
        load_graph(tmp_path / "missing")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(GraphError, match="E031"):
        load_graph(bad)


def test_bound_terms_stay_terms():
    """rdflib terms are str subclasses: a bound IRI (or typed literal) must not become a plain literal."""
    g = _graph()
    carter = entity_iri("person:ash-carter")
    rows = list(run_query(g, "SELECT ?l WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l }", {"x": carter}))
    assert [str(r.l) for r in rows] == ["Ash Carter"]
    q = "SELECT ?x WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    assert list(run_query(g, q, {"l": Literal("Iraq")}))[0].x == entity_iri("IRQ")
    count = "SELECT ?e WHERE { ?e <https://w3id.org/graphbuilder/ontology#mentionCount> ?n }"
    assert len(list(run_query(g, count, {"n": Literal(2)}))) == 1
    assert len(list(run_query(g, count, {"n": "2"}))) == 1  # a string is read as --bind reads it


def test_a_malformed_date_binding_is_an_error_not_an_empty_answer():
    from graphbuilder.errors import QueryError
    from graphbuilder.query import checked_query

    with pytest.raises(QueryError, match="E046"):
        checked_query("who-met", {"from": "last year"})
    assert checked_query("who-met", {"from": "2016-01-01"}).name == "who-met"


@pytest.mark.parametrize("form", ["CONSTRUCT { ?a <urn:x:met> ?b } WHERE { ?a ?p ?b . FILTER(?p = <https://w3id.org/graphbuilder/ontology#meets>) }",
                                  "DESCRIBE <https://w3id.org/graphbuilder/id/IRQ>"])
def test_graph_answers_as_json_are_json_ld_not_an_internal_error(form):
    text = format_result(run_query(_graph(), form), "json")
    nodes = json.loads(text)
    assert isinstance(nodes, list) and nodes and all("@id" in n for n in nodes)
    assert format_result(run_query(_graph(), form), "table").lstrip().startswith(("@prefix", "<"))


def test_back_end_texts_are_variants_of_their_query(tmp_path):
    from graphbuilder.query import read_queries

    (tmp_path / "q.rq").write_text("# Q for all\nSELECT ?x WHERE { ?x ?p ?actor }\n", "utf-8")
    (tmp_path / "q.oxigraph.rq").write_text("# Q planned for Oxigraph\nSELECT ?x WHERE { ?x ?p ?actor . }\n", "utf-8")
    (tmp_path / "orphan.oxigraph.rq").write_text("SELECT * {}\n", "utf-8")  # no orphan.rq: left out
    (tmp_path / "dotted.name.rq").write_text("# a name with a dot\nSELECT * {}\n", "utf-8")
    qs = read_queries(tmp_path.iterdir())
    assert set(qs) == {"q", "dotted.name"}
    assert qs["q"].description == "Q for all"
    assert qs["q"].text_for("memory") == qs["q"].text_for(None) == qs["q"].text
    assert qs["q"].text_for("oxigraph").endswith("?actor . }\n")
    assert qs["dotted.name"].variants == ()


def test_shipped_back_end_texts_keep_the_parameters():
    for q in named_queries().values():
        for backend, text in q.variants:
            # every variable a caller may bind in NAME.rq means the same in the back end's text
            assert type(q)(q.name, q.description, text).variables >= q.variables, (q.name, backend)


def test_stationed_in_place_country_from_located_in_else_from_attribution():
    g = Graph()
    mil, tur, irq, bfa = (entity_iri(x) for x in ("TURMIL", "TUR", "IRQ", "BFA"))
    camp, ouaga = entity_iri("fac:bashiqa-camp"), entity_iri("place:ouagadougou")
    for node, label, cls, actor_id in ((mil, "Military of Turkey", GB.Military, "TURMIL"),
                                       (tur, "Turkey", GB.Country, "TUR"), (irq, "Iraq", GB.Country, "IRQ"),
                                       (bfa, "Burkina Faso", GB.Country, "BFA"),
                                       (camp, "Bashiqa camp", GB.Facility, "fac:bashiqa-camp"),
                                       (ouaga, "Ouagadougou", GB.Place, "place:ouagadougou")):
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(label)))
        g.add((node, GB.actorId, Literal(actor_id)))
    g.add((mil, GB.country, tur))
    g.add((mil, GB.stationedAt, camp))
    g.add((mil, GB.stationedAt, ouaga))
    g.add((camp, GB.locatedIn, irq))
    g.add((camp, GB.country, tur))  # a wrong attribution: the located-in evidence wins
    g.add((ouaga, GB.country, bfa))  # no located-in edge: the attribution answers
    rows = {(str(r.place), str(r.placeCountry)) for r in run_named(g, "stationed-in")}
    assert rows == {("Bashiqa camp", "Iraq"), ("Ouagadougou", "Burkina Faso")}
    assert [str(r.place) for r in run_named(g, "stationed-in", {"country": "BFA"})] == ["Ouagadougou"]
    assert [str(r.place) for r in run_named(g, "stationed-in", {"country": "TUR"})] == []


def test_who_controls_lists_present_holds_by_holder_and_country():
    g = Graph()
    isis, irq, syr = (entity_iri(x) for x in ("group:islamic-state", "IRQ", "SYR"))
    mosul, raqqa = entity_iri("place:mosul"), entity_iri("place:raqqa")
    for node, label, cls, actor_id in ((isis, "Islamic State", GB.ArmedGroup, "group:islamic-state"),
                                       (irq, "Iraq", GB.Country, "IRQ"), (syr, "Syria", GB.Country, "SYR"),
                                       (mosul, "Mosul", GB.Place, "place:mosul"),
                                       (raqqa, "Raqqa", GB.Place, "place:raqqa")):
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(label)))
        g.add((node, GB.actorId, Literal(actor_id)))
    g.add((isis, GB.controls, mosul))
    g.add((isis, GB.controls, raqqa))
    g.add((mosul, GB.locatedIn, irq))
    g.add((raqqa, GB.country, syr))
    rows = [(str(r.holder), str(r.place), str(r.placeCountry)) for r in run_named(g, "who-controls")]
    assert rows == [("Islamic State", "Mosul", "Iraq"), ("Islamic State", "Raqqa", "Syria")]
    assert [str(r.place) for r in run_named(g, "who-controls", {"country": "SYR"})] == ["Raqqa"]
    assert list(run_named(g, "who-controls", {"actor": "Iraq"})) == []
