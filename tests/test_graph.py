"""GraphBuilder on hand-made mentions (no model): what a role mention writes."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib import RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from graphbuilder.graph import GraphBuilder
from graphbuilder.ingest import Document
from graphbuilder.model import ActorMention, RelationMention
from graphbuilder.vocab import GB, entity_iri

TEXT = "President Jimmy Carter met U.S. envoys."


def _actor(actor_id, label, type_, surface, start, token_start):
    return ActorMention(actor_id=actor_id, label=label, type=type_, country="USA", code="USA",
                        surface=surface, start=start, end=start + len(surface), token_start=token_start,
                        token_end=token_start + len(surface.split()), head=token_start)


def _build(relations, actors=()):
    builder = GraphBuilder()
    builder.add(Document(id="d", text=TEXT, date=dt.date(1979, 6, 18)), actors, relations, TEXT)
    return builder.finish()


def test_a_title_standing_for_its_state_is_no_name_of_that_state():
    carter = _actor("person:jimmy-carter", "Jimmy Carter", "Person", "Jimmy Carter", 10, 1)
    # "President" names no state; the gazetteer knows whose president he was.
    usa = _actor("USA", "United States", "Country", "President", 0, 0)
    leads = RelationMention("leader-of", carter, usa, 0, len(TEXT), "President", rule="role", confidence=0.9)
    g = _build([leads], [carter])
    node = entity_iri("USA")
    assert list(g.objects(node, SKOS.altLabel)) == []
    mention = next(g.subjects(GB.relation, Literal("leader-of")))
    assert g.value(mention, GB.role) == Literal("President")
    assert g.value(mention, GB.targetText) == Literal("President")  # still the evidence span


def test_a_named_state_in_a_title_stays_a_surface_form_and_the_title_is_the_role():
    carter = _actor("person:jimmy-carter", "Jimmy Carter", "Person", "Jimmy Carter", 10, 1)
    us = _actor("USAGOV", "Government of United States", "Government", "U.S.", 27, 4)
    member = RelationMention("member-of", carter, us, 0, len(TEXT), "President", rule="role")
    met = RelationMention("meets", carter, us, 0, len(TEXT), "met", rule="svo")
    g = _build([member, met])
    assert set(g.objects(entity_iri("USAGOV"), SKOS.altLabel)) == {Literal("U.S.")}
    roles = {(str(g.value(m, GB.relation)), str(g.value(m, GB.role, default=Literal("-"))))
             for m in g.subjects(GB.trigger, None)}
    assert roles == {("member-of", "President"), ("meets", "-")}


def _mention_times(g):
    from rdflib.namespace import PROV

    from rdflib import RDF

    return [g.value(m, PROV.generatedAtTime) for m in g.subjects(RDF.type, GB.Mention)]


def test_mentions_carry_their_extraction_time(monkeypatch):
    from rdflib import XSD

    carter = _actor("person:jimmy-carter", "Jimmy Carter", "Person", "Jimmy Carter", 10, 1)
    usa = _actor("USA", "United States", "Country", "U.S.", 26, 4)
    meets = RelationMention("meets", carter, usa, 0, len(TEXT), "met", confidence=0.8)
    builder = GraphBuilder()
    builder.add(Document(id="d", text=TEXT), [carter, usa], [meets], TEXT, extracted_at="2020-01-02T03:04:05Z")
    assert _mention_times(builder.finish()) == [Literal("2020-01-02T03:04:05Z", datatype=XSD.dateTime)]

    # by default: now (UTC, to the second), unless SOURCE_DATE_EPOCH pins it
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    (stamp,) = _mention_times(_build([meets], [carter, usa]))
    after = dt.datetime.now(dt.timezone.utc)
    assert stamp.datatype == XSD.dateTime and stamp.toPython().utcoffset() == dt.timedelta(0)
    assert before <= stamp.toPython() <= after
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1477008000")
    assert [t.toPython() for t in _mention_times(_build([meets], [carter, usa]))] == [
        dt.datetime(2016, 10, 21, tzinfo=dt.timezone.utc)]


def test_a_malformed_source_date_epoch_is_e013(monkeypatch):
    import pytest

    from graphbuilder.errors import InputError
    from graphbuilder.graph import extraction_time

    for bad in ("yesterday", "1.5", "99999999999999999999"):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", bad)
        with pytest.raises(InputError, match=r"^E013 SOURCE_DATE_EPOCH must be a whole number"):
            extraction_time()


def test_a_mention_joining_several_names_is_no_name_of_either():
    text = "The Turkish and Iraqi governments met Trinidad and Tobago."
    tur = ActorMention(actor_id="TURGOV", label="Government of Turkey", type="Government", country="TUR",
                       code="TURGOV", surface="Turkish and Iraqi governments", start=4, end=33, token_start=1,
                       token_end=5, head=4)
    tto = ActorMention(actor_id="TTO", label="Trinidad and Tobago", type="Country", country="TTO", code="TTO",
                       surface="Trinidad and Tobago", start=38, end=57, token_start=6, token_end=9, head=6)
    meets = RelationMention("meets", tur, tto, 0, len(text), "met", confidence=0.8)
    builder = GraphBuilder()
    builder.add(Document(id="d", text=text), [tur, tto], [meets], text)
    g = builder.finish()
    assert list(g.objects(entity_iri("TURGOV"), SKOS.altLabel)) == []
    assert g.value(entity_iri("TTO"), RDFS.label) == Literal("Trinidad and Tobago")
    assert g.value(entity_iri("TURGOV"), GB.mentionCount) == Literal(1)  # still a mention of it


def test_a_former_role_is_a_mention_but_no_current_triple():
    carter = _actor("person:jimmy-carter", "Jimmy Carter", "Person", "Jimmy Carter", 10, 1)
    usa = _actor("USA", "United States", "Country", "President", 0, 0)
    was = RelationMention("leader-of", carter, usa, 0, len(TEXT), "former President", rule="role", former=True)
    g = _build([was], [carter])
    mention = next(g.subjects(GB.relation, Literal("leader-of")))
    assert g.value(mention, GB.former) == Literal(True)
    assert g.value(mention, GB.role) == Literal("former President")
    assert g.value(mention, GB.modality) == Literal("asserted")  # the text does say so ...
    assert (entity_iri("person:jimmy-carter"), GB.leaderOf, entity_iri("USA")) not in g  # ... of the past
    assert g.value(mention, GB.edge) is None
    is_ = RelationMention("leader-of", carter, usa, 0, len(TEXT), "President", rule="role")
    assert (entity_iri("person:jimmy-carter"), GB.leaderOf, entity_iri("USA")) in _build([is_], [carter])


def test_a_generic_actor_is_flagged_and_stays_its_document_s():
    from graphbuilder.graph import GraphBuilder
    from graphbuilder.ingest import Document
    from graphbuilder.model import ActorMention
    from graphbuilder.actors import scope_generic
    from graphbuilder.vocab import GB, entity_iri

    def coalition(doc_id):
        m = ActorMention("generic:coalition", "coalition", "Organisation", None, None, "the coalition", 0, 13, 0, 2, 1)
        return [scope_generic(m, doc_id)]

    b = GraphBuilder()
    for doc_id in ("d1", "d2"):
        b.add(Document(id=doc_id, text="the coalition"), coalition(doc_id), [])
    g = b.finish()
    nodes = {entity_iri("generic:d1:coalition"), entity_iri("generic:d2:coalition")}
    assert {s for s in g.subjects(GB.generic, None)} == nodes
    # the NetworkX projection (and so the HTML) knows them apart from named actors
    from graphbuilder.graph import to_networkx

    G = to_networkx(g)
    assert {n for n, d in G.nodes(data=True) if d["generic"]} == {str(n) for n in nodes}


def test_a_hold_is_a_controls_triple_and_a_lost_hold_only_a_mention():
    isil = ActorMention(actor_id="group:isil", label="ISIL", type="ArmedGroup", country=None, code=None,
                        surface="ISIL", start=0, end=4, token_start=0, token_end=1, head=0)
    mosul = ActorMention(actor_id="place:mosul", label="Mosul", type="Place", country="IRQ", code=None,
                         surface="Mosul", start=14, end=19, token_start=2, token_end=3, head=2)
    holds = RelationMention("controls", isil, mosul, 0, len(TEXT), "controls", rule="controls-verb")
    g = _build([holds], [isil, mosul])
    assert (entity_iri("group:isil"), GB.controls, entity_iri("place:mosul")) in g
    lost = RelationMention("controls", isil, mosul, 0, len(TEXT), "lost", rule="controls-noun", former=True)
    g = _build([lost], [isil, mosul])
    mention = next(g.subjects(GB.relation, Literal("controls")))
    assert g.value(mention, GB.former) == Literal(True) and g.value(mention, GB.role) is None
    assert (entity_iri("group:isil"), GB.controls, entity_iri("place:mosul")) not in g


@pytest.mark.parametrize("text, spatial", [
    # a known place: its actor, written as one
    ("BAGHDAD (Reuters) - Insurgents attacked a police station.", entity_iri("place:baghdad")),
    ("MOSCOW, Dec 3 (AFP) - Russia and China signed a deal.", entity_iri("place:moscow")),
    # a place the gazetteer does not know: the dateline's words
    ("SOGELXVILLE, Dec 3 (AFP) - Nothing happened.", Literal("SOGELXVILLE")),
    # no dateline, or only an agency's credit: nothing
    ("AP - President Bush condemned Russia.", None),
    ("Baghdad and Washington signed an agreement.", None),
    ("US - China talks ended in Beijing.", None),
])
def test_a_document_says_where_its_dateline_filed_it(text, spatial):
    from rdflib.namespace import DCTERMS

    from graphbuilder.vocab import document_iri

    builder = GraphBuilder()
    builder.add(Document(id="d", text=text, date=dt.date(2004, 6, 1)), [], [], text)
    g = builder.finish()
    assert g.value(document_iri("d"), DCTERMS.spatial) == spatial
    if isinstance(spatial, URIRef):
        # a node of its own, with the shapes' label, though no relation names it
        assert g.value(spatial, RDFS.label) is not None
    pyshacl = pytest.importorskip("pyshacl")
    from importlib import resources

    shapes = Graph().parse(data=resources.files("graphbuilder.resources").joinpath("shapes.ttl").read_text("utf-8"),
                           format="turtle")
    conforms, _report, report = pyshacl.validate(Graph() + g, shacl_graph=shapes, advanced=True, inference="none")
    assert conforms, report
