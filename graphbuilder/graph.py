"""Build the RDF graph (the source of truth) and project it to NetworkX.

Shape
-----
* every relation is a direct triple ``<source> gb:<relationCamel> <target>`` (asserted
  mentions only, and not those of a past role, ``gb:former true``), with an aggregate ``gb:Edge`` node (``rdf:subject/predicate/object``,
  ``gb:mentionCount``, ``gb:firstDate``, ``gb:lastDate``, ``dcterms:source``); the dates span
  the mentions' dates read at their precision (:func:`graphbuilder.temporal.period`): the first
  day of the earliest, the last day of the latest ("November 2016" alone: 2016-11-01 to 2016-11-30);
* every mention is a ``gb:Mention`` node with its provenance: document
  (``prov:wasDerivedFrom``), sentence (``nif:anchorOf``, ``nif:beginIndex``,
  ``nif:endIndex``), date (``dcterms:date``), confidence, modality, CAMEO/PLOVER codes,
  extractor version and extraction time (``prov:generatedAtTime``, :func:`extraction_time`);
* a document with a dateline ("BAGHDAD (Reuters) -") says where it was filed (``dcterms:spatial``): the
  gazetteer's place of that name, else the dateline's words;
* every actor has one ``rdf:type``, one ``rdfs:label`` (canonical name), a
  ``skos:altLabel`` per surface form seen and a ``gb:mentionCount``: its mentions, each
  counted once whether it is listed as an actor mention, a relation's endpoint or both.

Examples
--------
>>> from graphbuilder.graph import GraphBuilder
>>> g = GraphBuilder().graph
>>> len(g)
0
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable, Optional

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS
from rdflib.plugins.stores.memory import SimpleMemory

from . import __version__, codes
from .ingest import Document
from .model import ActorMention, RelationMention, is_generic
from .temporal import period
from .vocab import GB, NIF, SCHEMA, document_iri, edge_iri, entity_iri, mention_iri

ACTOR_CLASSES = {name: getattr(GB, name) for name in (
    "Country", "Government", "Military", "Person", "ArmedGroup", "InternationalOrganisation",
    "Organisation", "Place", "Facility")}


def filed_at(text: str):
    """Where a wire story was filed, by its dateline ("BAGHDAD (Reuters) -"): the gazetteer's place (or
    state) of that name as a mention of the dateline's words, else the words themselves; ``None`` without a
    dateline. Metadata of the document (``dcterms:spatial``), not a party to what it reports."""
    from .actors import dateline_place
    from .gazetteer import load_actors

    place = dateline_place(text)
    if place is None:
        return None
    known = next((a for a in load_actors().by_alias(place, include_ambiguous=False) if a.type in ("Place", "Country")),
                 None)
    if known is None:
        return place
    start = text.find(place)
    return ActorMention(actor_id=known.id, label=known.name, type=known.type, country=known.country, code=known.code,
                        surface=place, start=start, end=start + len(place), token_start=0, token_end=0, head=0)


def extraction_time(epoch: Optional[str] = None) -> str:
    """Now, as an ``xsd:dateTime`` in UTC to the second: the extraction time of mentions.

    ``epoch`` (default: the ``SOURCE_DATE_EPOCH`` environment variable, the reproducible-builds
    convention), seconds since 1970, pins it: the same input built at different times then gives
    byte-identical outputs.

    >>> extraction_time("1477008000")
    '2016-10-21T00:00:00Z'
    >>> len(extraction_time(" ")) == len("2016-10-21T00:00:00Z")  # blank: now
    True
    """
    pinned = os.environ.get("SOURCE_DATE_EPOCH") if epoch is None else epoch
    if pinned is None or not pinned.strip():
        now = dt.datetime.now(dt.timezone.utc)
    else:
        from .errors import Errors, InputError

        try:
            now = dt.datetime.fromtimestamp(int(pinned), dt.timezone.utc)
        except (ValueError, OverflowError, OSError):
            raise InputError(Errors.E013.format(value=pinned[:40])) from None
    return now.strftime("%Y-%m-%dT%H:%M:%SZ")


@functools.lru_cache(maxsize=4096)
def _plain(value: str) -> Literal:
    """A plain literal of a value many mentions share (relation, rule, codes): built once."""
    return Literal(value)


_JOINERS = frozenset({"and", "or", "&", "nor", ","})


def _joins_names(surface: str, label: str) -> bool:
    """"Turkish and Iraqi governments" is a mention of each government, a name of neither.

    >>> _joins_names("Turkish and Iraqi governments", "Government of Turkey"), _joins_names("Trinidad and Tobago", "Trinidad and Tobago")
    (True, False)
    """
    if " " not in surface and "," not in surface:
        return False
    def words(text):
        return set(text.lower().replace(",", " , ").split())

    return bool(words(surface) & _JOINERS - words(label))


def bind_prefixes(g: Graph) -> Graph:
    """Bind the prefixes used in files and queries."""
    g.bind("gb", str(GB))
    g.bind("gbid", "https://w3id.org/graphbuilder/id/")
    g.bind("prov", PROV)
    g.bind("dcterms", DCTERMS)
    g.bind("skos", SKOS)
    g.bind("nif", NIF)
    g.bind("schema", SCHEMA)
    g.bind("owl", OWL)
    return g


def date_literal(value: str, precision: Optional[str]) -> Literal:
    """``2015-12-01`` at month precision → ``"2015-12"^^xsd:gYearMonth``."""
    if precision == "month":
        return Literal(value[:7], datatype=XSD.gYearMonth)
    if precision == "year":
        return Literal(value[:4], datatype=XSD.gYear)
    return Literal(value, datatype=XSD.date)


@functools.lru_cache(maxsize=1 << 16, typed=True)
def _int(value: int) -> Literal:
    """An ``xsd:integer`` literal of an offset or a count (offsets repeat across mentions): built once."""
    return Literal(value)


@functools.lru_cache(maxsize=4096)
def _decimal(value: float) -> Literal:
    return decimal_literal(value)


def decimal_literal(value: float) -> Literal:
    """An ``xsd:decimal`` from a float, as the exact decimal text of its shortest repr.

    A float behind ``xsd:decimal`` compares as a float in memory but as a decimal once read back
    (``0.8 != Decimal("0.8")``), and ``1e-07`` is no decimal at all.

    >>> decimal_literal(1e-07), decimal_literal(0.765).toPython()
    (rdflib.term.Literal('0.0000001', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal')), Decimal('0.765'))
    """
    return Literal(format(Decimal(repr(float(value))), "f"), datatype=XSD.decimal)


class _TERMS:
    """The properties and classes of a mention, an actor and an edge, looked up once: ``GB.x`` goes through
    rdflib's ``DefinedNamespace`` checks each time, and a build writes thirty of them per mention."""
    type, subject, predicate, object = RDF.type, RDF.subject, RDF.predicate, RDF.object
    label, altLabel = RDFS.label, SKOS.altLabel
    Entity, wasDerivedFrom, generatedAtTime = PROV.Entity, PROV.wasDerivedFrom, PROV.generatedAtTime
    anchorOf, beginIndex, endIndex = NIF.anchorOf, NIF.beginIndex, NIF.endIndex
    date, source, isReferencedBy = DCTERMS.date, DCTERMS.source, DCTERMS.isReferencedBy
    Mention, Edge, Actor = GB.Mention, GB.Edge, GB.Actor
    relation, edge, role, former, rule, modality = GB.relation, GB.edge, GB.role, GB.former, GB.rule, GB.modality
    sourceStart, sourceEnd, targetStart, targetEnd = GB.sourceStart, GB.sourceEnd, GB.targetStart, GB.targetEnd
    sourceText, targetText, trigger, speaker = GB.sourceText, GB.targetText, GB.trigger, GB.speaker
    confidence, extractorVersion, datePrecision = GB.confidence, GB.extractorVersion, GB.datePrecision
    cameo, goldstein, plover = GB.cameo, GB.goldstein, GB.plover
    actorId, actorCode, generic, country, mentionCount = GB.actorId, GB.actorCode, GB.generic, GB.country, GB.mentionCount
    firstDate, lastDate = GB.firstDate, GB.lastDate


@functools.lru_cache(maxsize=256)
def _relation_property(relation: str) -> URIRef:
    """``gb:<relationCamel>``, the property of a direct triple."""
    return GB[codes.camel(relation)]


@dataclass
class _Entity:
    actor_id: str
    labels: Counter = field(default_factory=Counter)
    surfaces: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    countries: Counter = field(default_factory=Counter)
    code: Optional[str] = None
    docs: set = field(default_factory=set)


@dataclass
class _Aggregate:
    count: int = 0
    first: Optional[str] = None
    last: Optional[str] = None
    docs: set = field(default_factory=set)


def _title_for_state(r: RelationMention) -> bool:
    """True when a title stands for the state it implies ("President Jimmy Carter": leader-of
    the United States, pointing at "President"): evidence, but not a name of that state."""
    return r.rule == "role" and set(r.target.surface.split()) <= set(r.trigger.split())


class GraphBuilder:
    """Accumulate documents' actor and relation mentions into one RDF graph.

    Entities are resolved across documents by canonical id; the canonical label,
    type and country are the most frequent ones seen (gazetteer names win, since
    every mention of a gazetteer actor carries its canonical name).

    Without a ``graph`` argument the triples go into rdflib's ``SimpleMemory`` store, which
    keeps no named graphs: tools that wrap a graph in a ``Dataset`` (pyshacl, for one) take
    a copy in the default store, ``rdflib.Graph() + graph``, or the written ``graph.ttl``.
    """

    def __init__(self, graph: Optional[Graph] = None):
        # SimpleMemory: the builder's graph has no named graphs, and rdflib's default store pays
        # for context bookkeeping on every add (a third of the build's time beyond the parser).
        self.graph = bind_prefixes(graph if graph is not None else Graph(store="SimpleMemory"))
        self.entities: dict[str, _Entity] = {}
        self.aggregates: dict[tuple[str, str, str], _Aggregate] = defaultdict(_Aggregate)
        self.documents = 0
        self.relation_counts: Counter = Counter()

    def _adder(self):
        """``self.graph.add``, or for rdflib's ``SimpleMemory`` behind a plain ``Graph`` the store's own
        ``add`` with what ``Graph.add`` passes it (the graph, not quoted): a mention is about thirty
        triples, and ``Graph.add`` checks every term's class on the way."""
        g = self.graph
        if type(g) is Graph and type(g.store) is SimpleMemory:
            return functools.partial(g.store.add, context=g, quoted=False)
        return g.add

    # -- entities ---------------------------------------------------------------
    def _see(self, m: ActorMention, doc_id: str, seen: set, named: bool = True) -> None:
        # A relation's endpoints are mentions the actor list usually holds already: one vote each.
        # ``named=False``: the span does not name the actor (a title that implies its state).
        key = (m.actor_id, m.start, m.end)
        if key in seen:
            return
        seen.add(key)
        e = self.entities.get(m.actor_id)
        if e is None:
            e = self.entities[m.actor_id] = _Entity(m.actor_id)
        e.labels[m.label] += 1
        if not m.pronoun and named and not _joins_names(m.surface, m.label):
            e.surfaces[" ".join(m.surface.split())] += 1
        e.types[m.type] += 1
        if m.country:
            e.countries[m.country] += 1
        if m.code and not e.code:
            e.code = m.code
        e.docs.add(doc_id)

    def add(self, document: Document, actors: Iterable[ActorMention], relations: Iterable[RelationMention],
            text: Optional[str] = None, extracted_at: Optional[str] = None) -> None:
        """Add one document's mentions to the graph.

        ``extracted_at`` (an ``xsd:dateTime``, default :func:`extraction_time`) is when they were extracted.
        """
        add = self._adder()
        stamp = Literal(extracted_at or extraction_time(), datatype=XSD.dateTime)
        doc_iri = document_iri(document.id)
        add((doc_iri, RDF.type, GB.Document))
        add((doc_iri, RDF.type, SCHEMA.NewsArticle))
        add((doc_iri, DCTERMS.identifier, Literal(document.id)))
        if document.title:
            add((doc_iri, DCTERMS.title, Literal(document.title)))
        if document.date:
            add((doc_iri, DCTERMS.date, Literal(document.date.isoformat(), datatype=XSD.date)))
        if document.url:
            add((doc_iri, SCHEMA.url, Literal(document.url, datatype=XSD.anyURI)))
        if document.source:
            add((doc_iri, DCTERMS.source, Literal(document.source)))
        self.documents += 1
        seen: set = set()
        place = filed_at(text or document.text or "")
        if isinstance(place, ActorMention):
            self._see(place, document.id, seen)
            add((doc_iri, DCTERMS.spatial, entity_iri(place.actor_id)))
        elif place:
            add((doc_iri, DCTERMS.spatial, Literal(place)))
        for m in actors:
            self._see(m, document.id, seen)
        for r in relations:
            self._see(r.source, document.id, seen)
            self._see(r.target, document.id, seen, named=not _title_for_state(r))
            self._add_mention(document, doc_iri, r, text, stamp, add)

    def _add_mention(self, document: Document, doc_iri: URIRef, r: RelationMention, text: Optional[str],
                     stamp: Literal, add=None) -> None:
        add = add or self._adder()
        T = _TERMS
        src, tgt = entity_iri(r.source.actor_id), entity_iri(r.target.actor_id)
        prop = _relation_property(r.relation)
        m = mention_iri(document.id, r.sent_start, r.relation, r.source.actor_id, r.target.actor_id,
                        r.source.start, r.target.start)
        sentence = text[r.sent_start:r.sent_end] if text is not None else None
        add((m, T.type, T.Mention))
        add((m, T.type, T.Entity))
        add((m, T.subject, src))
        add((m, T.predicate, prop))
        add((m, T.object, tgt))
        add((m, T.relation, _plain(r.relation)))
        add((m, T.wasDerivedFrom, doc_iri))
        if sentence is not None:
            add((m, T.anchorOf, Literal(" ".join(sentence.split()))))
        add((m, T.beginIndex, _int(r.sent_start)))
        add((m, T.endIndex, _int(r.sent_end)))
        add((m, T.sourceStart, _int(r.source.start)))
        add((m, T.sourceEnd, _int(r.source.end)))
        add((m, T.targetStart, _int(r.target.start)))
        add((m, T.targetEnd, _int(r.target.end)))
        add((m, T.sourceText, Literal(r.source.surface)))
        add((m, T.targetText, Literal(r.target.surface)))
        add((m, T.trigger, Literal(r.trigger)))
        if r.rule == "role":
            add((m, T.role, Literal(r.trigger)))  # the title: "Defense Secretary", dated by the mention
        if r.former:
            add((m, T.former, Literal(True)))
        add((m, T.rule, _plain(r.rule)))
        add((m, T.modality, _plain(r.modality)))
        add((m, T.confidence, _decimal(r.confidence)))
        add((m, T.extractorVersion, _plain(__version__)))
        add((m, T.generatedAtTime, stamp))
        if r.date:
            add((m, T.date, date_literal(r.date, r.date_precision)))
            add((m, T.datePrecision, _plain(r.date_precision or "day")))
        cameo = r.cameo or codes.relation_info(r.relation).cameo
        if cameo:
            add((m, T.cameo, _plain(cameo)))
            gs = codes.goldstein(cameo)
            if gs is not None:
                add((m, T.goldstein, _decimal(gs)))
        plover = codes.plover(cameo) if cameo else None
        plover = plover or codes.relation_info(r.relation).plover
        if plover:
            add((m, T.plover, _plain(plover)))
        if r.speaker:
            add((m, T.speaker, Literal(r.speaker)))
        self.relation_counts[r.relation] += 1
        if r.modality != "asserted" or r.former:
            # "former President Carter" is true of the past: a mention, never a current direct triple
            return
        add((src, prop, tgt))
        edge = edge_iri(r.source.actor_id, r.relation, r.target.actor_id)
        add((m, T.edge, edge))
        agg = self.aggregates[(r.source.actor_id, r.relation, r.target.actor_id)]
        agg.count += 1
        agg.docs.add(document.id)
        if r.date:
            first, last = period(r.date, r.date_precision)
            agg.first = first if agg.first is None else min(agg.first, first)
            agg.last = last if agg.last is None else max(agg.last, last)

    # -- finish -----------------------------------------------------------------
    def canonical(self, actor_id: str) -> dict:
        """Canonical label, type and country of an entity seen so far."""
        e = self.entities[actor_id]
        label = _best_label(e)
        type_ = e.types.most_common(1)[0][0]
        country = e.countries.most_common(1)[0][0] if e.countries else None
        if type_ == "Country":
            country = actor_id
        return {"id": str(entity_iri(actor_id)), "label": label, "type": type_, "country": country}

    def finish(self) -> Graph:
        """Write entities and aggregates; return the graph."""
        g = self.graph
        add = self._adder()
        T = _TERMS
        for actor_id, e in self.entities.items():
            info = self.canonical(actor_id)
            node = entity_iri(actor_id)
            for t in list(g.objects(node, RDF.type)):
                g.remove((node, RDF.type, t))
            for t in (RDFS.label, GB.country, GB.mentionCount):
                g.remove((node, t, None))
            add((node, T.type, ACTOR_CLASSES.get(info["type"], T.Actor)))
            add((node, T.label, Literal(info["label"])))
            add((node, T.actorId, Literal(actor_id)))
            if e.code:
                add((node, T.actorCode, Literal(e.code)))
            if is_generic(actor_id):
                add((node, T.generic, Literal(True)))
            if info["country"]:
                add((node, T.country, entity_iri(info["country"])))
            for surface in e.surfaces:
                if surface != info["label"]:
                    add((node, T.altLabel, Literal(surface)))
            add((node, T.mentionCount, _int(sum(e.types.values()))))
            for doc_id in e.docs:
                add((node, T.isReferencedBy, document_iri(doc_id)))
        for (s, rel, o), agg in self.aggregates.items():
            edge = edge_iri(s, rel, o)
            for p in (GB.mentionCount, GB.firstDate, GB.lastDate):
                g.remove((edge, p, None))
            add((edge, T.type, T.Edge))
            add((edge, T.subject, entity_iri(s)))
            add((edge, T.predicate, _relation_property(rel)))
            add((edge, T.object, entity_iri(o)))
            add((edge, T.relation, _plain(rel)))
            add((edge, T.mentionCount, _int(agg.count)))
            if agg.first:
                add((edge, T.firstDate, Literal(agg.first, datatype=XSD.date)))
                add((edge, T.lastDate, Literal(agg.last, datatype=XSD.date)))
            for doc_id in agg.docs:
                add((edge, T.source, document_iri(doc_id)))
        return g


def _best_label(e: _Entity) -> str:
    # Gazetteer actors always carry their canonical name; for NER-only actors the
    # longest frequent surface ("Ash Carter" over "Carter") is the name.
    label, _count = max(e.labels.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))
    return label


def to_networkx(g: Graph, evidence_limit: int = 5):
    """Project the RDF graph to a ``networkx.MultiDiGraph``.

    Nodes are actor IRIs (``label``, ``type``, ``country``, ``mentions``, ``alt_labels``, ``generic``:
    an unnamed actor of one document, "the coalition");
    edges are keyed by relation (``relation``, ``count``, ``first``, ``last``, ``cameo``,
    ``plover``, ``goldstein``, ``kind``, ``evidence``).
    """
    import networkx as nx

    G = nx.MultiDiGraph()
    class_names = {v: k for k, v in ACTOR_CLASSES.items()}
    for node, cls in g.subject_objects(RDF.type):
        if cls not in class_names:
            continue
        key = str(node)
        country = g.value(node, GB.country)
        G.add_node(key, label=str(g.value(node, RDFS.label) or key), type=class_names[cls],
                   country=str(country).rsplit("/", 1)[-1] if country else None,
                   mentions=int(g.value(node, GB.mentionCount) or 0),
                   alt_labels=sorted(str(a) for a in g.objects(node, SKOS.altLabel)),
                   generic=(node, GB.generic, Literal(True)) in g)
    titles = {str(d): str(t) for d, t in g.subject_objects(DCTERMS.title)}
    evidence: dict[URIRef, list] = defaultdict(list)
    codes_of: dict[URIRef, tuple] = {}
    for m, edge in g.subject_objects(GB.edge):
        doc = g.value(m, PROV.wasDerivedFrom)
        date = g.value(m, DCTERMS.date)
        evidence[edge].append({
            "sentence": str(g.value(m, NIF.anchorOf) or ""),
            "doc_id": str(g.value(doc, DCTERMS.identifier) or doc),
            "doc_title": titles.get(str(doc)),
            "date": str(date) if date else None,
            "confidence": float(g.value(m, GB.confidence) or 0),
        })
        if edge not in codes_of:
            gs = g.value(m, GB.goldstein)
            codes_of[edge] = (g.value(m, GB.cameo), g.value(m, GB.plover), float(gs) if gs is not None else None)
    for edge in g.subjects(RDF.type, GB.Edge):
        s, o = str(g.value(edge, RDF.subject)), str(g.value(edge, RDF.object))
        rel = str(g.value(edge, GB.relation))
        info = codes.relation_info(rel)
        cameo, plover, gs = codes_of.get(edge, (None, None, None))
        ev = sorted(evidence.get(edge, []), key=lambda e: (-e["confidence"], e["date"] or "", e["sentence"]))
        first, last = g.value(edge, GB.firstDate), g.value(edge, GB.lastDate)
        for n in (s, o):
            if n not in G:
                G.add_node(n, label=n.rsplit("/", 1)[-1], type="Other", country=None, mentions=0, alt_labels=[])
        G.add_edge(s, o, key=rel, relation=rel, count=int(g.value(edge, GB.mentionCount) or 0),
                   first=str(first) if first else None, last=str(last) if last else None,
                   cameo=str(cameo) if cameo else None, plover=str(plover) if plover else None,
                   goldstein=gs, kind=info.kind, symmetric=info.symmetric, evidence=ev[:evidence_limit])
    return G
