"""The shipped ontology (RDFS/OWL + SKOS mappings) and SHACL shapes, checked against built graphs."""

from __future__ import annotations

from importlib import resources

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS
from test_store import build_graph

from graphbuilder import codes
from graphbuilder.store import (
    ACTOR,
    ACTOR_LABEL,
    ACTOR_TYPE,
    CONTENT_HASH,
    DOCUMENT_ACTOR,
    SURFACE_FORM,
    TALLY,
    OxigraphStore,
    to_dataset,
)
from graphbuilder.vocab import GB

pyshacl = pytest.importorskip("pyshacl")

WD = Namespace("http://www.wikidata.org/entity/")
CAMEO = Namespace("https://w3id.org/graphbuilder/cameo/")
PLOVER = Namespace("https://w3id.org/graphbuilder/plover/")
GBNS = Namespace("https://w3id.org/graphbuilder/ontology#")  # terms not (yet) in vocab.GB


def _resource(name: str) -> Graph:
    text = resources.files("graphbuilder.resources").joinpath(name).read_text("utf-8")
    return Graph().parse(data=text, format="turtle")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return _resource("ontology.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return _resource("shapes.ttl")


def _validate(data: Graph, shapes: Graph):
    if not data.store.context_aware:
        # pyshacl wraps its data in a Dataset; the builder's SimpleMemory graph has no contexts.
        data = Graph() + data
    conforms, _report, text = pyshacl.validate(data, shacl_graph=shapes, advanced=True, inference="none")
    return conforms, text


def test_every_vocabulary_term_is_described(ontology):
    names = [n for n in GB.__annotations__]
    assert len(names) >= 59
    extra = [DOCUMENT_ACTOR, ACTOR, ACTOR_TYPE, ACTOR_LABEL, SURFACE_FORM, CONTENT_HASH, TALLY]
    for term in [GB[n] for n in names] + extra:
        kinds = set(ontology.objects(term, RDF.type))
        assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, term
        assert ontology.value(term, RDFS.label) is not None, term
        assert len(str(ontology.value(term, RDFS.comment) or "")) > 10, term


def test_relations_are_grouped_and_mapped(ontology):
    table = codes.cameo_codes()
    for rel in codes.RELATIONS:
        info = codes.relation_info(rel)
        prop = GB[codes.camel(rel)]
        assert ((prop, RDF.type, OWL.SymmetricProperty) in ontology) == info.symmetric, rel
        supers = set(ontology.objects(prop, RDFS.subPropertyOf))
        assert GBNS[f"{info.kind}Relation"] in supers and GBNS[f"{info.group}Relation"] in supers, rel
        close = set(ontology.objects(prop, SKOS.closeMatch))
        if info.cameo:
            assert CAMEO[info.cameo] in close, rel
            assert (CAMEO[info.cameo], SKOS.notation, Literal(info.cameo)) in ontology
        if info.plover:
            assert PLOVER[info.plover] in close, rel
        for code in info.cameo_accept:
            assert (prop, SKOS.relatedMatch, CAMEO[code]) in ontology
    assert (GB.meets, RDF.type, OWL.SymmetricProperty) in ontology
    assert (GB.cooperates, RDF.type, OWL.SymmetricProperty) in ontology
    # the CAMEO scheme is the shipped table
    concepts = set(ontology.subjects(SKOS.inScheme, URIRef(str(CAMEO))))
    assert len(concepts) == len(table)
    assert (CAMEO["042"], SKOS.broader, CAMEO["04"]) in ontology
    assert float(ontology.value(CAMEO["19"], GB.goldstein)) == codes.goldstein("19")


def test_wikidata_mappings(ontology):
    assert {WD.P6, WD.P35} <= set(ontology.objects(GB.leaderOf, SKOS.closeMatch))
    assert WD.P463 in set(ontology.objects(GB.memberOf, SKOS.closeMatch))
    assert {WD.P131, WD.P17} <= set(ontology.objects(GB.locatedIn, SKOS.closeMatch))
    inverse = {ontology.value(b, OWL.inverseOf) for b in ontology.subjects(RDFS.subPropertyOf, GB.leaderOf)}
    assert {URIRef("http://www.wikidata.org/prop/direct/P6"), URIRef("http://www.wikidata.org/prop/direct/P35")} <= inverse


def test_built_graph_conforms(shapes):
    conforms, text = _validate(build_graph(), shapes)
    assert conforms, text


def test_dataset_and_store_conform(shapes, tmp_path):
    g = build_graph()
    ds = to_dataset(g)
    union = Graph()
    for s, p, o, _c in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    conforms, text = _validate(union, shapes)
    assert conforms, text
    with OxigraphStore(tmp_path / "store") as st:
        st.add_documents(build_graph(["d1", "d2"]))
        st.add_documents(build_graph(["d3", "d4"]))
        st.remove_document("d2")
        union = Graph().parse(data=st.dump_bytes("nt", union=True), format="nt")
        tallies = Graph()
        for q in st.tally_quads():
            tallies.add((URIRef(q.subject.value), TALLY, Literal(q.object.value)))
    assert not set(union.predicates(None, None)) & {TALLY}  # bookkeeping stays out of the queried graph
    conforms, text = _validate(union, shapes)
    assert conforms, text
    assert len(tallies) > 20
    conforms, text = _validate(tallies, shapes)
    assert conforms, text
    node = next(iter(tallies.subjects(TALLY, None)))
    tallies.add((node, TALLY, Literal("label 0 3 Turkey")))
    tallies.add((node, TALLY, Literal("documents 9 9 ")))
    conforms, text = _validate(tallies, shapes)
    assert not conforms and "positive record count" in text and "one total" in text


def test_shapes_catch_broken_graphs(shapes):
    g = build_graph()
    edge = next(g.subjects(RDF.type, GB.Edge))
    g.set((edge, GB.mentionCount, Literal(99)))
    planned = next(g.subjects(GB.modality, Literal("planned")))
    g.add((planned, GB.edge, edge))
    s, p, o = next((s, p, o) for s, p, o in g if p == GB.opposes)
    g.remove((s, p, o))
    g.add((s, GB.attacks, URIRef("https://w3id.org/graphbuilder/id/NOWHERE")))
    m = next(g.subjects(RDF.type, GB.Mention))
    g.set((m, GB.modality, Literal("rumoured")))
    conforms, text = _validate(g, shapes)
    assert not conforms
    for message in ("mentionCount of an edge must equal", "only asserted ones do", "must have its direct triple",
                    "must have its gb:Edge", "rumoured"):
        assert message in text, message


def test_a_former_role_conforms_without_an_edge_and_not_with_one(shapes):
    from test_graph import _actor, _build

    from graphbuilder.model import RelationMention

    carter = _actor("person:jimmy-carter", "Jimmy Carter", "Person", "Jimmy Carter", 10, 1)
    usa = _actor("USA", "United States", "Country", "President", 0, 0)
    g = _build([RelationMention("leader-of", carter, usa, 0, 20, "former President", rule="role", former=True)],
               [carter])
    conforms, text = _validate(g, shapes)
    assert conforms, text
    mention = next(g.subjects(GB.former, Literal(True)))
    g.add((mention, GB.edge, URIRef("https://w3id.org/graphbuilder/edge/x")))
    conforms, text = _validate(g, shapes)
    assert not conforms and "none of a former role" in text


def test_controls_mentions_conform_current_and_former(shapes):
    from test_graph import _actor, _build

    from graphbuilder.model import RelationMention

    isil = _actor("group:isil", "ISIL", "ArmedGroup", "ISIL", 0, 0)
    mosul = _actor("place:mosul", "Mosul", "Place", "Mosul", 14, 2)
    for former in (False, True):
        g = _build([RelationMention("controls", isil, mosul, 0, 20, "controls", rule="controls-verb", former=former)],
                   [isil, mosul])
        conforms, text = _validate(g, shapes)
        assert conforms, text
        assert any(g.triples((None, GB.controls, None))) != former  # a lost hold makes no direct triple
