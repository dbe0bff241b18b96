"""Graph stores: one named graph per document, aggregates recomputed from the mentions.

A built graph (:class:`graphbuilder.graph.GraphBuilder`) partitions cleanly by document:

* the **named graph** ``<https://w3id.org/graphbuilder/doc/ID>`` of a document holds the
  document node (with a ``gb:contentHash``), its ``gb:Mention`` nodes (``prov:wasDerivedFrom``
  the document) and one ``gb:DocumentActor`` node per actor the document mentions (the
  actor as that document shows it: label, type, country, code, surface forms, mentions);
* the **aggregates** are derived from all documents together: the actors (label, type,
  ``skos:altLabel``, ``gb:mentionCount``, ``dcterms:isReferencedBy`` ...), the direct
  triples ``<s> gb:meets <o>`` and the ``gb:Edge`` nodes.

The aggregates are a pure function of the documents' graphs (:func:`recompute_aggregates`),
so a document can be retracted (:func:`remove_documents`) or replaced, and TriG/N-Quads
exports (:func:`to_dataset`) carry one named graph per document. The union of all graphs
has the shape of a :class:`~graphbuilder.graph.GraphBuilder` graph plus the
``gb:DocumentActor`` nodes and content hashes.

Two back ends answer the same SPARQL:

* rdflib's memory store, for output directories and ``.ttl``/``.trig``/``.nq`` files;
* an Oxigraph store directory (:class:`OxigraphStore`, pyoxigraph on RocksDB) for large
  graphs, filled incrementally: re-adding a document with the same id and content is a
  no-op, new content replaces the old, and an addition or a removal costs time in proportion
  to those documents: aggregates change only for the affected ``(s, p, o)`` keys and actors,
  from tallies of their documents' votes (:class:`Votes`) that the store keeps in a named
  graph of its own (:data:`TALLY_GRAPH`), so that no update re-reads the other documents.
  The store keeps every document's triples in its named graph *and* in the default graph,
  with the aggregates: queries run on the default graph alone, several times faster than
  on Oxigraph's union of graphs, and ``GRAPH ?doc { ... }`` still works.

Variables are bound by writing their values into the query (:func:`substitute`): a constant
in a triple pattern is an index lookup on both engines. Named queries declare their
parameters in a ``# Optional bindings: a, b, ...`` comment; there ``BOUND(?a)`` means "the
caller gave ?a" (see ``graphbuilder/resources/queries``).

:func:`open_graph` opens any of them and returns a :class:`GraphHandle`.

Examples
--------
>>> from rdflib import Graph
>>> ds = to_dataset(Graph())
>>> len(list(ds.graphs()))  # only the default graph
1
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Optional, Sequence, Union

from rdflib import RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.namespace import DCTERMS, PROV, SKOS
from rdflib.plugins.stores.memory import Memory

from .errors import Errors, GraphError, QueryError
from .model import is_generic
from .vocab import GB, document_iri

__all__ = [
    "StoreErrors", "GraphHandle", "MemoryHandle", "StoreHandle", "OxigraphStore", "Outcome", "AddReport",
    "DocumentPart", "open_graph", "to_dataset", "partition", "recompute_aggregates", "remove_documents",
    "add_extractions", "ExtractionSink", "is_store_dir", "substitute", "bind_values", "declared_parameters", "QueryTimeout",
    "DeadlineMemory", "set_deadline", "default_graph", "document_actor_iri", "nt_term", "term_parts",
]

# ----------------------------------------------------------------------------- vocabulary
# Terms this module adds to the ontology (graphbuilder/resources/ontology.ttl). They are
# built from the namespace so that this module works before vocab.GB lists them.
_GBNS = "https://w3id.org/graphbuilder/ontology#"
DOCUMENT_ACTOR = URIRef(_GBNS + "DocumentActor")
ACTOR = URIRef(_GBNS + "actor")
ACTOR_TYPE = URIRef(_GBNS + "actorType")
ACTOR_LABEL = URIRef(_GBNS + "actorLabel")
SURFACE_FORM = URIRef(_GBNS + "surfaceForm")
CONTENT_HASH = URIRef(_GBNS + "contentHash")
#: A store's bookkeeping: ``<actor or edge> gb:tally "KIND RECORDS WEIGHT VALUE"`` in the named
#: graph :data:`TALLY_GRAPH` (never in the default graph that queries see; not exported or pushed).
TALLY = URIRef(_GBNS + "tally")
TALLY_GRAPH = URIRef("https://w3id.org/graphbuilder/store/tallies")

STORE_MARKER = "graphbuilder-store.json"
LAYOUT = "default+named"
STORE_FORMAT = "graphbuilder-oxigraph"
#: Automatic compaction (:meth:`OxigraphStore.optimize`) after this many quads written or removed ...
COMPACT_MIN = 200_000
#: ... and at least this share of the store's size at its last compaction.
COMPACT_RATIO = 0.5
GRAPH_FILE = "graph.ttl"
RDF_FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld",
               ".rdf": "xml", ".xml": "xml",
               # `export --format NAME --out FILE.NAME` files read back too
               ".turtle": "turtle", ".ntriples": "nt", ".nquads": "nquads"}
DATASET_FORMATS = ("trig", "nquads")


class StoreErrors:
    """Message templates of this module and of serve/export/push (codes E070-E099)."""

    E070 = "E070 {path}: not a graph store directory (no {marker})"
    E071 = "E071 {path}: cannot open the store ({reason})"
    E072 = "E072 {path}: no document with id '{doc_id}'"
    E073 = ("E073 {path}: documents can be removed from a store directory, an output directory or a "
            ".ttl/.trig/.nq file only")
    E074 = "E074 {path}: the store is in use by another process ({reason})"
    E075 = "E075 query timed out after {seconds:g} s"
    E076 = "E076 cannot bind ?{var}: {reason}"
    E077 = "E077 {path}: cannot write ({reason})"
    E078 = "E078 unknown export format '{fmt}' (expected one of: {formats})"
    E079 = "E079 {path}: cannot add documents ({reason})"
    E080 = "E080 {url}: not an http(s) URL"
    E081 = "E081 {url}: cannot connect ({reason})"
    E082 = "E082 {url}: HTTP {status} for graph {graph} ({reason})"
    E083 = "E083 {url}: method must be PUT or POST, not {method}"
    E084 = ("E084 FROM, FROM NAMED and GRAPH need named graphs, and this graph has none; "
            "query a .trig/.nq file or a store directory")
    E090 = "E090 cannot listen on {host}:{port} ({reason})"
    E091 = "E091 --allow-update needs a token (--token or GRAPHBUILDER_TOKEN)"
    E092 = "E092 SERVICE is not allowed on this endpoint"
    E093 = "E093 LOAD is not allowed on this endpoint"
    E094 = "E094 no acceptable result format; this result can be: {offered}"
    E095 = "E095 too many concurrent queries; try again"
    E096 = "E096 no such resource {path!r}; the endpoint is /sparql"
    E097 = "E097 bad request: {reason}"
    E098 = "E098 request body larger than {limit} bytes"
    E099 = "E099 updates {reason}"


class QueryTimeout(QueryError):
    """A query ran past its deadline (raised inside the query's thread)."""


# ----------------------------------------------------------------------------- terms

_ESC = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"}
_ESC_RX = re.compile(r'[\\"\n\r]')
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _esc(text: str) -> str:
    return _ESC_RX.sub(lambda m: _ESC[m.group(0)], text)


def nt_term(term) -> str:
    """N-Triples (and SPARQL) syntax of an rdflib term; IRIs with forbidden characters are refused.

    >>> nt_term(Literal('say "hi"\\n'))
    '"say \\\\"hi\\\\"\\\\n"'
    >>> nt_term(Literal(3))
    '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    if isinstance(term, URIRef):
        if _BAD_IRI.search(term):
            raise GraphError(f"E076 not a valid IRI: {str(term)[:200]!r}")
        return f"<{term}>"
    if isinstance(term, Literal):
        out = '"' + _esc(str(term)) + '"'
        if term.language:
            return out + "@" + term.language
        if term.datatype is not None and term.datatype != XSD.string:
            return f"{out}^^<{term.datatype}>"
        return out
    if isinstance(term, BNode):
        return f"_:{term}"
    raise GraphError(f"E076 not an RDF term: {term!r}")


def _ox():
    import pyoxigraph

    return pyoxigraph


def to_ox(term):
    """rdflib term → pyoxigraph term."""
    ox = _ox()
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and term.datatype != XSD.string:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise GraphError(f"E076 not an RDF term: {term!r}")


_XSD_STRING = str(XSD.string)


def from_ox(term):
    """pyoxigraph term → rdflib term (``xsd:string`` literals become plain literals)."""
    ox = _ox()
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    return Literal(str(term))  # RDF-star triple terms: shown as text


def ox_format(fmt: str):
    """The pyoxigraph ``RdfFormat`` of a format name (``nquads``, ``trig``, ``nt``/``ntriples``, ``turtle``, ``jsonld``)."""
    ox = _ox()
    return {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG, "nt": ox.RdfFormat.N_TRIPLES,
            "ntriples": ox.RdfFormat.N_TRIPLES, "turtle": ox.RdfFormat.TURTLE,
            "jsonld": ox.RdfFormat.JSON_LD}[fmt]


def write_quads(data: Iterable, out, fmt: str, prefixes: Optional[Mapping[str, str]] = None) -> None:
    """Serialise pyoxigraph quads or triples to ``out`` (a path or a binary file) in ``fmt`` (:func:`ox_format`)."""
    ox = _ox()
    kw = {"prefixes": dict(prefixes)} if prefixes and fmt in ("trig", "turtle") else {}
    ox.serialize(data, str(out) if isinstance(out, (str, os.PathLike)) else out, ox_format(fmt), **kw)


def read_dataset(source: Union[str, Path, bytes], fmt: str, store: Any = "default") -> Dataset:
    """A TriG or N-Quads file (path) or bytes as an rdflib ``Dataset`` (queries see the union of its graphs).

    Parsed by Oxigraph: rdflib 7's own TriG and N-Quads parsers call the ``Dataset`` API that
    rdflib deprecates (a warning per triple).

    >>> ds = read_dataset(b'<urn:s> <urn:p> "o" <urn:g> .\\n<urn:s> <urn:p> "d" .\\n', "nquads")
    >>> sorted((str(g.identifier), len(g)) for g in ds.graphs())
    [('urn:g', 1), ('urn:x-rdflib:default', 1)]
    """
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    ox = _ox()
    ds = Dataset(store=store, default_union=True)
    graphs: dict = {}
    if isinstance(source, bytes):
        quads = ox.parse(source, ox_format(fmt))
    else:
        quads = ox.parse(path=str(source), format=ox_format(fmt))

    def added():
        for q in quads:
            name = q.graph_name
            ctx = graphs.get(name)
            if ctx is None:
                ctx = graphs[name] = ds.graph(DATASET_DEFAULT_GRAPH_ID if isinstance(name, ox.DefaultGraph)
                                              else from_ox(name))
            yield from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), ctx

    ds.store.addN(added())  # the store's own bulk add: no per-triple Dataset bookkeeping
    return ds


def write_dataset(ds: Dataset, out, fmt: str) -> None:
    """Serialise a dataset as TriG or N-Quads (Oxigraph's writers): the default graph, then named graphs by IRI."""
    ox = _ox()
    default_id = default_graph(ds).identifier
    graphs = sorted(ds.graphs(), key=lambda g: (g.identifier != default_id, str(g.identifier)))

    def quads():
        for g in graphs:
            name = ox.DefaultGraph() if g.identifier == default_id else to_ox(g.identifier)
            for s, p, o in g:
                yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), name)

    write_quads(quads(), out, fmt, {p: str(n) for p, n in ds.namespaces() if p})


# ----------------------------------------------------------------------------- partition

def _actor_classes() -> dict[str, URIRef]:
    from .graph import ACTOR_CLASSES

    return ACTOR_CLASSES


def _actor_class_set() -> frozenset:
    return frozenset(_actor_classes().values()) | {GB.Actor}


ENTITY_PREDICATES = frozenset({RDF.type, RDFS.label, GB.actorId, GB.actorCode, GB.country, SKOS.altLabel,
                               GB.mentionCount, DCTERMS.isReferencedBy, GB.generic})
EDGE_PREDICATES = frozenset({RDF.type, RDF.subject, RDF.predicate, RDF.object, GB.relation, GB.mentionCount,
                             GB.firstDate, GB.lastDate, DCTERMS.source})


def relation_properties() -> frozenset:
    """The 19 relation properties (``gb:meets`` ... ``gb:locatedIn``, ``gb:controls``)."""
    from . import codes

    return frozenset(GB[codes.camel(r)] for r in codes.RELATIONS)


@dataclass
class DocumentPart:
    """One document's named graph: its triples (with ``gb:contentHash``), their digest and N-Triples lines."""

    iri: URIRef
    doc_id: str
    triples: list
    hash: str
    lines: list = field(default_factory=list, repr=False)


_INTEGERS = {str(XSD[n]) for n in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                    "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                    "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_DECIMAL, _DOUBLES, _BOOLEAN = str(XSD.decimal), (str(XSD.double), str(XSD.float)), str(XSD.boolean)


def _canonical_text(term: Literal) -> Optional[str]:
    """The canonical lexical form of a numeric or boolean literal (``1.0``^^decimal → ``1``), else ``None``."""
    dt = str(term.datatype)
    text = str(term).strip()
    try:
        if dt == _DECIMAL:
            from decimal import Decimal

            d = Decimal(text).normalize()
            return format(d, "f") if d != 0 else "0"
        if dt in _INTEGERS:
            return str(int(text))
        if dt in _DOUBLES:
            return repr(float(text))
        if dt == _BOOLEAN:
            return "true" if text in ("true", "1") else "false"
    except (ValueError, ArithmeticError):
        return None
    return None


class _Terms:
    """Memoised canonical N-Triples of terms (IRIs and literals repeat a lot in a corpus)."""

    def __init__(self, limit: int = 500_000):
        self.cache: dict = {}
        self.limit = limit

    def __call__(self, term) -> str:
        out = self.cache.get(term)
        if out is not None and type(term) is type(out[0]):
            return out[1]
        if isinstance(term, Literal) and term.datatype is not None:
            canon = _canonical_text(term)
            text = nt_term(Literal(canon, datatype=term.datatype) if canon is not None else term)
        else:
            text = nt_term(term)
        if len(self.cache) < self.limit:
            self.cache[term] = (term, text)
        return text


def _digest_lines(lines: Iterable[str]) -> str:
    h = hashlib.sha256()
    for line in sorted(lines):
        h.update(line.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


# What a document's content hash leaves out: the hash itself, and when its mentions were
# extracted (the same text extracted again is the same content: "unchanged", not "replaced").
_UNHASHED = frozenset((CONTENT_HASH, PROV.generatedAtTime))


def _digest_triples(triples: Iterable[tuple]) -> str:
    nt = _Terms()
    return _digest_lines(f"{nt(s)} {nt(p)} {nt(o)}" for s, p, o in triples if p not in _UNHASHED)


def _doc_id_of(props: Mapping, doc: URIRef) -> str:
    ident = props.get(DCTERMS.identifier)
    if ident:
        return str(ident[0])
    from urllib.parse import unquote

    return unquote(str(doc).rsplit("/", 1)[-1])


def _split_counts(total: int, weights: dict) -> dict:
    """Split ``total`` over keys proportionally to ``weights`` (each at least 1), summing to ``total``."""
    base = {k: max(1, w) for k, w in weights.items()}
    s = sum(base.values())
    if total > s:
        extra = total - s
        shares = {k: extra * base[k] / s for k in base}
        out = {k: base[k] + int(shares[k]) for k in base}
        rest = total - sum(out.values())
        for k in sorted(base, key=lambda k: (-(shares[k] - int(shares[k])), str(k)))[:rest]:
            out[k] += 1
        return out
    out = dict(base)
    over = s - max(total, len(base))
    for k in sorted(base, key=lambda k: (-base[k], str(k))):
        if over <= 0:
            break
        take = min(over, out[k] - 1)
        out[k] -= take
        over -= take
    return out


def _norm_space(text: str) -> str:
    return " ".join(text.split())


def document_actor_iri(doc: URIRef, entity: URIRef) -> URIRef:
    """IRI of the ``gb:DocumentActor`` node of an actor in a document (``<doc>#actor/<id path>``)."""
    from .vocab import ID

    tail = str(entity)[len(str(ID)):] if str(entity).startswith(str(ID)) else hashlib.sha1(
        str(entity).encode("utf-8")).hexdigest()[:20]
    return URIRef(f"{doc}#actor/{tail}")


# rdflib's DefinedNamespace attribute access is slow; the hot loops use these.
_T_TYPE, _T_DERIVED, _T_MENTION, _T_DOC = RDF.type, PROV.wasDerivedFrom, GB.Mention, GB.Document
_T_SUBJECT, _T_OBJECT, _T_SOURCE_TEXT, _T_TARGET_TEXT = RDF.subject, RDF.object, GB.sourceText, GB.targetText
_T_REFERENCED, _T_LABEL, _T_ACTOR_ID = DCTERMS.isReferencedBy, RDFS.label, GB.actorId
_T_COUNTRY, _T_CODE, _T_COUNT, _T_ALT = GB.country, GB.actorCode, GB.mentionCount, SKOS.altLabel


def partition(g: Graph) -> tuple[dict[URIRef, DocumentPart], list]:
    """Split a built graph into per-document parts and the rest.

    Returns ``(parts, rest)``: ``parts`` maps every document IRI (``rdf:type gb:Document``)
    to its :class:`DocumentPart` (document node, its mentions, its ``gb:DocumentActor``
    nodes and a ``gb:contentHash``); ``rest`` is every other triple (actors, direct
    triples, ``gb:Edge`` nodes, anything else).

    When the graph has no ``gb:DocumentActor`` nodes for a document (a graph written by
    :class:`~graphbuilder.graph.GraphBuilder`), they are derived from the actors'
    ``dcterms:isReferencedBy``: exact for a one-document graph; for several documents the
    actor's ``gb:mentionCount`` is split in proportion to its relation mentions per
    document and its surface forms go to the documents whose mentions show them.
    """
    by_subject: dict = defaultdict(lambda: defaultdict(list))
    for s, p, o in g:
        by_subject[s][p].append(o)
    docs = [s for s, props in by_subject.items() if _T_DOC in props.get(_T_TYPE, ())]
    owned: dict[URIRef, list] = {d: [d] for d in docs}
    has_actor_nodes: set = set()
    mention_docs: dict[URIRef, URIRef] = {}
    for node, props in by_subject.items():
        derived_from = props.get(_T_DERIVED)
        if not derived_from or derived_from[0] not in owned:
            continue
        doc = derived_from[0]
        types = props.get(_T_TYPE, ())
        if _T_MENTION in types:
            owned[doc].append(node)
            mention_docs[node] = doc
        elif DOCUMENT_ACTOR in types:
            owned[doc].append(node)
            has_actor_nodes.add(doc)
    derived = _derive_document_actors(by_subject, [d for d in docs if d not in has_actor_nodes], mention_docs)
    parts: dict[URIRef, DocumentPart] = {}
    taken: set = set()
    nt = _Terms()
    for doc in docs:
        triples = []
        for node in owned[doc]:
            taken.add(node)
            for p, objects in by_subject[node].items():
                if node == doc and p == CONTENT_HASH:
                    continue
                for o in objects:
                    triples.append((node, p, o))
        triples.extend(derived.get(doc, ()))
        lines = [f"{nt(s)} {nt(p)} {nt(o)}" for s, p, o in triples]
        digest = _digest_lines(line for line, t in zip(lines, triples) if t[1] not in _UNHASHED)
        hash_triple = (doc, CONTENT_HASH, Literal(digest))
        triples.append(hash_triple)
        lines.append(f"{nt(doc)} {nt(CONTENT_HASH)} {nt_term(hash_triple[2])}")
        parts[doc] = DocumentPart(doc, _doc_id_of(by_subject[doc], doc), triples, digest, lines)
    rest = [(s, p, o) for s, props in by_subject.items() if s not in taken for p, objs in props.items() for o in objs]
    return parts, rest


def _derive_document_actors(by_subject: Mapping, docs: Sequence[URIRef], mention_docs: Mapping) -> dict[URIRef, list]:
    if not docs:
        return {}
    wanted = set(docs)
    classes = _actor_class_set()
    endpoint_counts: Counter = Counter()
    surfaces_seen: dict[tuple, set] = defaultdict(set)
    for m, doc in mention_docs.items():
        if doc not in wanted:
            continue
        props = by_subject[m]
        for role, text_p in ((_T_SUBJECT, _T_SOURCE_TEXT), (_T_OBJECT, _T_TARGET_TEXT)):
            ent = props.get(role)
            if not ent:
                continue
            endpoint_counts[(ent[0], doc)] += 1
            text = props.get(text_p)
            if text:
                surfaces_seen[(ent[0], doc)].add(_norm_space(str(text[0])))
    out: dict[URIRef, list] = defaultdict(list)
    first = lambda props, p: (props.get(p) or [None])[0]
    for ent, props in by_subject.items():
        refs = props.get(_T_REFERENCED)
        if not refs or wanted.isdisjoint(refs):
            continue
        types = [t for t in props.get(_T_TYPE, ()) if t in classes]
        if not types:
            continue
        all_docs = sorted(set(refs))
        label, actor_id = first(props, _T_LABEL), first(props, _T_ACTOR_ID)
        country, code = first(props, _T_COUNTRY), first(props, _T_CODE)
        total = int(first(props, _T_COUNT) or len(all_docs))
        alts = {str(a) for a in props.get(_T_ALT, ())}
        if len(all_docs) == 1:
            counts = {all_docs[0]: total}
            surf = {all_docs[0]: alts}
        else:
            counts = _split_counts(total, {d: endpoint_counts.get((ent, d), 0) for d in all_docs})
            surf = {d: alts & surfaces_seen.get((ent, d), set()) for d in all_docs}
            unassigned = alts - set().union(*surf.values())
            surf[all_docs[0]] = surf[all_docs[0]] | unassigned
        type_ = sorted(types)[0]
        for doc in all_docs:
            if doc not in wanted:
                continue
            node = document_actor_iri(doc, ent)
            t = out[doc]
            t.append((node, _T_TYPE, DOCUMENT_ACTOR))
            t.append((node, ACTOR, ent))
            t.append((node, _T_DERIVED, doc))
            t.append((node, ACTOR_TYPE, type_))
            if label is not None:
                t.append((node, ACTOR_LABEL, Literal(str(label))))
            if actor_id is not None:
                t.append((node, _T_ACTOR_ID, Literal(str(actor_id))))
            if country is not None:
                t.append((node, _T_COUNTRY, country))
            if code is not None:
                t.append((node, _T_CODE, Literal(str(code))))
            t.append((node, _T_COUNT, Literal(counts[doc])))
            for s in sorted(surf[doc]):
                t.append((node, SURFACE_FORM, Literal(s)))
    return out


def to_dataset(graph: Graph) -> Dataset:
    """One named graph per document IRI; actors, direct triples and edges in the default graph.

    The union of the returned dataset's graphs is ``graph`` plus the ``gb:DocumentActor``
    nodes and ``gb:contentHash`` literals (see :func:`partition`). A graph that is already
    a :class:`rdflib.Dataset`/``ConjunctiveGraph`` is flattened first.
    """
    from .graph import bind_prefixes

    flat = _flatten(graph)
    parts, rest = partition(flat)
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    ds.bind("gbdoc", "https://w3id.org/graphbuilder/doc/")
    for doc in sorted(parts):
        ng = ds.graph(doc)
        for t in parts[doc].triples:
            ng.add(t)
    dg = default_graph(ds)
    for t in rest:
        dg.add(t)
    return ds


def default_graph(ds: Dataset) -> Graph:
    """The default graph of a dataset (``default_graph`` in new rdflib, ``default_context`` before)."""
    if "default_graph" in dir(type(ds)):
        return ds.default_graph
    return ds.default_context


def _flatten(graph: Graph) -> Graph:
    """A plain ``Graph`` with every triple of a dataset (a plain graph is returned as is)."""
    if isinstance(graph, Dataset) or type(graph).__name__ == "ConjunctiveGraph":
        g = Graph()
        for s, p, o, _c in graph.quads((None, None, None, None)):
            g.add((s, p, o))
        for prefix, ns in graph.namespaces():
            g.bind(prefix, ns, override=False)
        return g
    return graph


# ----------------------------------------------------------------------------- aggregates

@dataclass(frozen=True)
class MentionRecord:
    """An asserted mention as far as aggregates care: its edge, triple, relation, dates, document.

    ``first``/``last`` are the first and last day of its date at its precision (see :func:`edge_period`).
    """

    edge: URIRef
    s: URIRef
    p: URIRef
    o: URIRef
    relation: str
    first: Optional[str]
    last: Optional[str]
    doc: URIRef


def mention_record(edge, s, p, o, relation, date, doc) -> MentionRecord:
    """A :class:`MentionRecord` from rdflib terms (``relation`` and ``date`` may be ``None``)."""
    first, last = edge_period(date)
    return MentionRecord(edge, s, p, o, str(relation) if relation is not None else "", first, last, doc)


@dataclass(frozen=True)
class ActorRecord:
    """A ``gb:DocumentActor``: one document's view of an actor."""

    entity: URIRef
    doc: URIRef
    count: int
    label: Optional[str]
    type: Optional[URIRef]
    actor_id: Optional[str]
    country: Optional[URIRef]
    code: Optional[str]
    surfaces: tuple


def edge_period(term) -> tuple[Optional[str], Optional[str]]:
    """The first and last day (``xsd:date`` text) a mention's ``dcterms:date`` may mean.

    An edge's ``gb:firstDate`` is the earliest first day of its mentions, its ``gb:lastDate`` the
    latest last day (:func:`graphbuilder.temporal.period`, which the in-memory builder uses too).

    >>> edge_period(Literal("2015-12", datatype=XSD.gYearMonth)), edge_period(Literal("2015", datatype=XSD.gYear))
    (('2015-12-01', '2015-12-31'), ('2015-01-01', '2015-12-31'))
    >>> edge_period(Literal("2016-10-21", datatype=XSD.date)), edge_period(None)
    (('2016-10-21', '2016-10-21'), (None, None))
    """
    from .temporal import period

    if term is None:
        return None, None
    text = str(term)
    if re.fullmatch(r"-?\d{4}-\d{2}-\d{2}.*", text):
        return text[:10], text[:10]
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return period(text, "month")
    if re.fullmatch(r"\d{4}", text):
        return period(text, "year")
    return None, None


def edge_triples(edge: URIRef, records: Sequence[MentionRecord]) -> list:
    """The ``gb:Edge`` node and the direct triple of one ``(s, p, o)`` key from its mentions."""
    if not records:
        return []
    first = min(records, key=lambda r: (str(r.doc), str(r.s)))
    dates = sorted([r.first for r in records if r.first] + [r.last for r in records if r.last])
    out = [(edge, RDF.type, GB.Edge), (edge, RDF.subject, first.s), (edge, RDF.predicate, first.p),
           (edge, RDF.object, first.o), (edge, GB.relation, Literal(first.relation)),
           (edge, GB.mentionCount, Literal(len(records)))]
    if dates:
        out.append((edge, GB.firstDate, Literal(dates[0], datatype=XSD.date)))
        out.append((edge, GB.lastDate, Literal(dates[-1], datatype=XSD.date)))
    for doc in sorted({r.doc for r in records}):
        out.append((edge, DCTERMS.source, doc))
    out.append((first.s, first.p, first.o))
    return out


class Votes:
    """Tallies of one actor's or one edge's per-document data: ``kind -> value -> [records, weight]``.

    An actor's tallies (from its :class:`ActorRecord` s, weights are mention counts): ``documents``
    (value ``""``: the number of records and the sum of their counts), ``label``, ``type``,
    ``country``, ``code`` (the votes of :func:`entity_triples`) and ``surface`` (records showing a
    surface form or label). An edge's (from its :class:`MentionRecord` s): ``mentions`` (value
    ``""``) and ``date`` (each mention's first and last day). A value is live while its record
    count is positive; :func:`entity_triples` and the store's incremental updates both read an
    actor's description off these tallies, so that they cannot disagree.

    ``before`` keeps, for every ``(kind, value)`` changed since the tallies were read, its
    earlier ``(records, weight)`` (``None``: absent).
    """

    __slots__ = ("by_kind", "before")

    def __init__(self):
        self.by_kind: dict = defaultdict(dict)
        self.before: dict = {}

    @classmethod
    def of_actors(cls, records: Iterable[ActorRecord]) -> "Votes":
        v = cls()
        for r in records:
            v.actor(r, 1)
        v.before.clear()
        return v

    @classmethod
    def of_mentions(cls, records: Iterable[MentionRecord]) -> "Votes":
        v = cls()
        for r in records:
            v.mention(r, 1)
        v.before.clear()
        return v

    def bump(self, kind: str, value: str, sign: int, weight: int) -> None:
        d = self.by_kind[kind]
        e = d.get(value)
        if (kind, value) not in self.before:
            self.before[(kind, value)] = tuple(e) if e is not None else None
        if e is None:
            e = d[value] = [0, 0]
        e[0] += sign
        e[1] += sign * weight

    def actor(self, r: ActorRecord, sign: int) -> None:
        """Count (``sign`` 1) or discount (-1) one document's view of an actor."""
        self.bump("documents", "", sign, r.count)
        if r.label is not None:
            self.bump("label", r.label, sign, r.count)
        if r.type is not None:
            self.bump("type", str(r.type), sign, r.count)
        if r.country is not None:
            self.bump("country", str(r.country), sign, r.count)
        if r.code is not None:
            self.bump("code", r.code, sign, r.count)
        for text in set(r.surfaces) | ({r.label} if r.label is not None else set()):
            self.bump("surface", text, sign, 1)

    def mention(self, r: MentionRecord, sign: int) -> None:
        """Count (``sign`` 1) or discount (-1) one asserted mention of an edge."""
        self.bump("mentions", "", sign, 1)
        for day in (r.first, r.last):
            if day:
                self.bump("date", day, sign, 1)

    def entry(self, kind: str, value: str = "") -> Optional[list]:
        return self.by_kind.get(kind, {}).get(value)

    def live(self, kind: str, value: str) -> bool:
        e = self.entry(kind, value)
        return e is not None and e[0] > 0

    def was_live(self, kind: str, value: str) -> bool:
        if (kind, value) in self.before:
            e = self.before[(kind, value)]
            return e is not None and e[0] > 0
        return self.live(kind, value)

    def best(self, kind: str, key=None) -> Optional[str]:
        """The winning live value of a kind (most weight, then the greatest text), ``None`` if none."""
        live = [(v, e[1]) for v, e in self.by_kind.get(kind, {}).items() if e[0] > 0]
        if not live:
            return None
        return max(live, key=key or (lambda kv: (kv[1], kv[0])))[0]

    def dates(self) -> tuple[Optional[str], Optional[str]]:
        live = [v for v, e in self.by_kind.get("date", {}).items() if e[0] > 0]
        return (min(live), max(live)) if live else (None, None)

    def triples(self, node: URIRef) -> list:
        """The ``gb:tally`` triples of every live value (see :data:`TALLY`)."""
        return [(node, TALLY, Literal(tally_text(kind, value, e))) for kind, values in sorted(self.by_kind.items())
                for value, e in sorted(values.items()) if e[0] > 0]


def tally_text(kind: str, value: str, entry: Sequence[int]) -> str:
    """The lexical form of a ``gb:tally`` literal: ``KIND RECORDS WEIGHT VALUE``.

    >>> tally_text("label", "New York", (3, 17))
    'label 3 17 New York'
    """
    return f"{kind} {int(entry[0])} {int(entry[1])} {value}"


def parse_tally(text: str) -> tuple[str, str, int, int]:
    """``(kind, value, records, weight)`` of a ``gb:tally`` literal.

    >>> parse_tally("documents 2 9 ")
    ('documents', '', 2, 9)
    """
    kind, records, weight, value = text.split(" ", 3)
    return kind, value, int(records), int(weight)


_LABEL_KEY = lambda kv: (kv[1], len(kv[0]), kv[0])  # noqa: E731  most mentions, then the longest name


@dataclass(frozen=True)
class ActorSummary:
    """The single-valued part of an actor's description, read off its :class:`Votes`."""

    type: URIRef
    label: Optional[str]
    country: Optional[URIRef]
    code: Optional[str]
    count: int


def actor_summary(entity: URIRef, votes: Votes) -> ActorSummary:
    label = votes.best("label", key=_LABEL_KEY)
    t = votes.best("type")
    type_ = URIRef(t) if t is not None else GB.Actor
    c = votes.best("country")
    country = entity if type_ == GB.Country else (URIRef(c) if c is not None else None)
    docs = votes.entry("documents")
    return ActorSummary(type_, label, country, votes.best("code"), docs[1] if docs else 0)


def entity_triples(entity: URIRef, records: Sequence[ActorRecord]) -> list:
    """An actor's description (type, label, altLabels, counts, documents) from its per-document views.

    Votes are weighted by each document's mention count; the label rule is
    :class:`~graphbuilder.graph.GraphBuilder`'s (most mentions, then the longest name).
    """
    if not records:
        return []
    votes = Votes.of_actors(records)
    a = actor_summary(entity, votes)
    actor_id = next((r.actor_id for r in records if r.actor_id), None)
    out = [(entity, RDF.type, a.type)]
    if a.label is not None:
        out.append((entity, RDFS.label, Literal(a.label)))
    if actor_id is not None:
        out.append((entity, GB.actorId, Literal(actor_id)))
        if is_generic(actor_id):
            out.append((entity, GB.generic, Literal(True)))
    if a.code is not None:
        out.append((entity, GB.actorCode, Literal(a.code)))
    if a.country is not None:
        out.append((entity, GB.country, a.country))
    for text in sorted(v for v, e in votes.by_kind.get("surface", {}).items() if e[0] > 0 and v != a.label):
        out.append((entity, SKOS.altLabel, Literal(text)))
    out.append((entity, GB.mentionCount, Literal(a.count)))
    for doc in sorted({r.doc for r in records}):
        out.append((entity, DCTERMS.isReferencedBy, doc))
    return out


def _actor_record(node, doc, get: Callable[[Any], list]) -> Optional[ActorRecord]:
    """Build an :class:`ActorRecord` from ``get(predicate) -> [rdflib terms]``."""
    ent = get(ACTOR)
    if not ent:
        return None
    one = lambda p: (get(p) or [None])[0]
    count = one(GB.mentionCount)
    label, actor_id, code = one(ACTOR_LABEL), one(GB.actorId), one(GB.actorCode)
    return ActorRecord(ent[0], doc, int(count) if count is not None else 1,
                       str(label) if label is not None else None, one(ACTOR_TYPE),
                       str(actor_id) if actor_id is not None else None, one(GB.country),
                       str(code) if code is not None else None, tuple(sorted(str(s) for s in get(SURFACE_FORM))))


def _records_from_part(part: DocumentPart) -> tuple[list, list]:
    """Mention and actor records of a document part (in memory)."""
    return _records_from_triples(part.triples, part.iri)


def _records_from_triples(triples: Iterable[tuple], doc: URIRef) -> tuple[list, list]:
    """Mention and actor records of one document's triples."""
    by_node: dict = defaultdict(lambda: defaultdict(list))
    for s, p, o in triples:
        by_node[s][p].append(o)
    mentions, actors = [], []
    for node, props in by_node.items():
        types = props.get(RDF.type, ())
        if GB.Mention in types and props.get(GB.edge):
            rel = props.get(GB.relation)
            mentions.append(mention_record(props[GB.edge][0], props[RDF.subject][0], props[RDF.predicate][0],
                                           props[RDF.object][0], rel[0] if rel else None,
                                           (props.get(DCTERMS.date) or [None])[0], doc))
        elif DOCUMENT_ACTOR in types:
            rec = _actor_record(node, doc, lambda p, _props=props: _props.get(p, []))
            if rec is not None:
                actors.append(rec)
    return mentions, actors


def _dataset_records(ds: Dataset, docs: Optional[set] = None) -> tuple[dict, dict]:
    """All mention and actor records of a dataset's named graphs, by edge and by entity."""
    by_edge: dict = defaultdict(list)
    by_entity: dict = defaultdict(list)
    for ctx in ds.graphs():
        doc = ctx.identifier
        if not isinstance(doc, URIRef) or (doc, RDF.type, GB.Document) not in ctx:
            continue
        if docs is not None and doc not in docs:
            continue
        for m, edge in ctx.subject_objects(GB.edge):
            by_edge[edge].append(mention_record(edge, ctx.value(m, RDF.subject), ctx.value(m, RDF.predicate),
                                                ctx.value(m, RDF.object), ctx.value(m, GB.relation),
                                                ctx.value(m, DCTERMS.date), doc))
        for node in ctx.subjects(RDF.type, DOCUMENT_ACTOR):
            rec = _actor_record(node, doc, lambda p, _n=node, _c=ctx: list(_c.objects(_n, p)))
            if rec is not None:
                by_entity[rec.entity].append(rec)
    return by_edge, by_entity


def _remove_entity_description(g: Graph, entity: URIRef, classes: frozenset) -> None:
    for p, o in list(g.predicate_objects(entity)):
        if p in ENTITY_PREDICATES and (p != RDF.type or o in classes):
            g.remove((entity, p, o))


def recompute_aggregates(ds: Dataset, edges: Optional[Iterable[URIRef]] = None,
                         entities: Optional[Iterable[URIRef]] = None) -> Dataset:
    """Rewrite the default graph's direct triples, ``gb:Edge`` nodes and actors from the named graphs.

    Parameters
    ----------
    ds
        A dataset as :func:`to_dataset` makes it (changed in place and returned).
    edges, entities
        Only these edge IRIs / actor IRIs (the keys a change touched); all when ``None``.
    """
    by_edge, by_entity = _dataset_records(ds)
    dg = default_graph(ds)
    classes = _actor_class_set()
    if edges is None:
        edges = set(dg.subjects(RDF.type, GB.Edge)) | set(by_edge)
    if entities is None:
        entities = {e for c in classes for e in dg.subjects(RDF.type, c)} | set(by_entity)
    for edge in edges:
        key = (dg.value(edge, RDF.subject), dg.value(edge, RDF.predicate), dg.value(edge, RDF.object))
        for p, o in list(dg.predicate_objects(edge)):
            if p in EDGE_PREDICATES:
                dg.remove((edge, p, o))
        if None not in key:
            dg.remove(key)
        for t in edge_triples(edge, by_edge.get(edge, [])):
            dg.add(t)
    for entity in entities:
        _remove_entity_description(dg, entity, classes)
        for t in entity_triples(entity, by_entity.get(entity, [])):
            dg.add(t)
    return ds


# ----------------------------------------------------------------------------- SPARQL helpers

_TOKEN = re.compile(r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7-\uFFFF]+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_\-.]*(?::[^\s{}()<>,;]*)?|:[^\s{}()<>,;]*)
  | (?P<brace>[{}])
  | (?P<other>.)
""", re.X | re.S)


def sparql_tokens(text: str) -> Iterator[tuple[str, str, int]]:
    """``(kind, text, offset)`` of the tokens of a SPARQL string, comments/strings/IRIs kept whole."""
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "other" and m.group(0).isspace():
            continue
        yield kind, m.group(0), m.start()


def keywords(text: str) -> set[str]:
    """Upper-cased bare keywords of a query (outside strings, IRIs, comments and prefixed names).

    >>> sorted(keywords('SELECT * { SERVICE <x> { ?s ?p "LOAD" } } # DROP'))
    ['SELECT', 'SERVICE']
    """
    return {t.upper() for kind, t, _ in sparql_tokens(text) if kind == "word" and ":" not in t}


def bind_values(sparql: str, bindings: Mapping[str, object]) -> str:
    """Bind variables by inserting ``VALUES`` at the start of the query's WHERE group.

    Used for Oxigraph, whose ``substitutions`` only accept projected variables. Terms are
    written in N-Triples syntax (escaped), never formatted in as text.

    >>> bind_values('SELECT ?x WHERE { ?x ?p ?o }', {"o": Literal("a")})
    'SELECT ?x WHERE { VALUES (?o) { ("a") } ?x ?p ?o }'
    """
    if not bindings:
        return sparql
    names = list(bindings)
    for name in names:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(StoreErrors.E076.format(var=name, reason="not a variable name"))
    values = " ".join(nt_term(bindings[n]) for n in names)
    clause = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({values}) }}"
    toks = list(sparql_tokens(sparql))
    form = next((t.upper() for k, t, _ in toks if k == "word" and t.upper() in
                 ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")), None)
    idx = 0
    if form == "CONSTRUCT":
        i = next(i for i, (k, t, _) in enumerate(toks) if k == "word" and t.upper() == "CONSTRUCT")
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt and nxt[0] == "brace":  # skip the template
            depth, j = 0, i + 1
            while j < len(toks):
                if toks[j][1] == "{":
                    depth += 1
                elif toks[j][1] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            idx = j + 1
        else:
            raise QueryError(StoreErrors.E076.format(var=names[0], reason="CONSTRUCT WHERE cannot take bindings"))
    for k, t, pos in toks[idx:]:
        if k == "brace" and t == "{":
            return sparql[:pos + 1] + clause + sparql[pos + 1:]
    raise QueryError(StoreErrors.E076.format(var=names[0], reason="the query has no WHERE group"))


class _CannotSubstitute(Exception):
    pass


_DECLARED = re.compile(r"^#\s*optional bindings?\s*:(.*)$", re.I | re.M)


@functools.lru_cache(maxsize=256)
def declared_parameters(sparql: str) -> frozenset:
    """The variables a query declares as parameters in a ``# Optional bindings: a, b (...), c`` comment.

    >>> sorted(declared_parameters("# Optional bindings: actor (a name), from, to (xsd:date).\\nSELECT"))
    ['actor', 'from', 'to']
    """
    names = set()
    for m in _DECLARED.finditer(sparql):
        text = re.sub(r"\([^)]*\)", "", m.group(1))
        for item in text.split(","):
            hit = re.match(r"\s*[?$]?([A-Za-z_][A-Za-z0-9_]*)", item)
            if hit:
                names.add(hit.group(1))
    return frozenset(names)


def substitute(sparql: str, bindings: Mapping[str, object], unbound: Iterable[str] = ()) -> str:
    """Bind variables by writing their values into the query; ``BOUND(?x)`` becomes ``true``.

    What rdflib's ``initBindings`` means, as text both engines plan well (a constant in a
    triple pattern is an index lookup, which a ``VALUES`` join or a ``FILTER`` is not). A
    projected variable becomes ``(value AS ?x)``. ``BOUND(?p)`` of the parameters in
    ``unbound`` (declared but not given) becomes ``false``: in a named query ``BOUND(?p)``
    means "the caller gave ?p", even where a pattern binds ?p. Queries that assign or list a
    bound variable (``AS ?x``, ``VALUES ?x``, ``GROUP BY ?x``) fall back to :func:`bind_values`.

    >>> substitute('SELECT ?a WHERE { ?x <p> ?a FILTER(!BOUND(?a) || ?a != "") }', {"a": Literal("b")})
    'SELECT ("b" AS ?a) WHERE { ?x <p> "b" FILTER(!true || "b" != "") }'
    """
    unbound = frozenset(unbound) - set(bindings)
    if not bindings and not unbound:
        return sparql
    terms = {}
    for name, value in bindings.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(StoreErrors.E076.format(var=name, reason="not a variable name"))
        terms[name] = nt_term(value)
    try:
        return _substitute(sparql, terms, unbound)
    except _CannotSubstitute:
        return bind_values(_substitute(sparql, {}, unbound), bindings)


@functools.lru_cache(maxsize=256)
def _tokens(sparql: str) -> tuple:
    return tuple(sparql_tokens(sparql))


def _substitute(sparql: str, terms: Mapping[str, str], unbound: frozenset = frozenset()) -> str:
    toks = _tokens(sparql)
    out, last, i = [], 0, 0
    in_projection = in_group = in_order = False
    while i < len(toks):
        kind, text, pos = toks[i]
        upper = text.upper() if kind == "word" else ""
        if upper == "SELECT":
            in_projection = True
        elif in_projection and (upper == "WHERE" or (kind == "brace" and text == "{") or upper == "FROM"):
            in_projection = False
        if upper in ("GROUP", "ORDER") or kind == "brace" or upper in ("HAVING", "LIMIT", "OFFSET", "VALUES"):
            in_group, in_order = upper == "GROUP", upper == "ORDER"
        if upper == "VALUES":
            j = i + 1
            while j < len(toks) and toks[j][0] in ("var", "other") and toks[j][1] != "{":
                if toks[j][0] == "var" and toks[j][1][1:] in terms:
                    raise _CannotSubstitute
                j += 1
        if (upper == "BOUND" and i + 3 < len(toks) and toks[i + 1][1] == "(" and toks[i + 2][0] == "var"
                and (toks[i + 2][1][1:] in terms or toks[i + 2][1][1:] in unbound) and toks[i + 3][1] == ")"):
            out.append(sparql[last:pos])
            out.append("true" if toks[i + 2][1][1:] in terms else "false")
            last = toks[i + 3][2] + 1
            i += 4
            continue
        if kind == "var" and text[1:] in terms:
            if i > 0 and toks[i - 1][0] == "word" and toks[i - 1][1].upper() == "AS":
                raise _CannotSubstitute
            if in_group:
                raise _CannotSubstitute
            out.append(sparql[last:pos])
            if in_projection:
                out.append(f"({terms[text[1:]]} AS {text})")
            elif in_order:
                out.append(f"({terms[text[1:]]})")
            else:
                out.append(terms[text[1:]])
            last = pos + len(text)
        i += 1
    out.append(sparql[last:])
    return "".join(out)


def coerce(value) -> Any:
    """A binding value as an rdflib term (:func:`graphbuilder.query.binding_term`)."""
    from .query import binding_term

    return binding_term(value)


# ----------------------------------------------------------------------------- outcomes

@dataclass
class Outcome:
    """A query's answer, independent of the back end.

    ``type`` is ``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``; ``rows`` (SELECT) and
    ``triples`` (CONSTRUCT/DESCRIBE) are iterators, consumed once, of the back end's own
    terms (rdflib terms, or pyoxigraph terms when ``native == "oxigraph"``: converting them is
    what costs most for large answers). :meth:`rdflib_rows` and :meth:`to_result` give
    rdflib terms; :func:`term_parts` reads either kind.
    """

    type: str
    vars: list = field(default_factory=list)
    rows: Iterator = iter(())
    boolean: Optional[bool] = None
    triples: Iterator = iter(())
    native: str = "rdflib"

    def rdflib_rows(self) -> Iterator[tuple]:
        """The rows with rdflib terms."""
        if self.native == "rdflib":
            return iter(self.rows)
        return (tuple(from_ox(t) for t in row) for row in self.rows)

    def rdflib_triples(self) -> Iterator[tuple]:
        """The triples with rdflib terms."""
        if self.native == "rdflib":
            return iter(self.triples)
        return ((from_ox(s), from_ox(p), from_ox(o)) for s, p, o in self.triples)

    def to_result(self):
        """As an :class:`rdflib.query.Result` (what :func:`graphbuilder.query.format_result` takes)."""
        from rdflib.query import Result

        res = Result(self.type)
        if self.type == "SELECT":
            res.vars = [Variable(v) for v in self.vars]
            res.bindings = [{Variable(v): t for v, t in zip(self.vars, row) if t is not None}
                            for row in self.rdflib_rows()]
        elif self.type == "ASK":
            res.askAnswer = bool(self.boolean)
        else:
            from .graph import bind_prefixes

            g = bind_prefixes(Graph())
            for t in self.rdflib_triples():
                g.add(t)
            res.graph = g
        return res


def term_parts(term) -> tuple:
    """``(kind, value, datatype or None, language or None)`` of an rdflib or pyoxigraph term.

    ``kind`` is ``uri``, ``bnode`` or ``literal``; ``xsd:string`` literals have no datatype.

    >>> term_parts(Literal("2016", datatype=XSD.gYear))
    ('literal', '2016', 'http://www.w3.org/2001/XMLSchema#gYear', None)
    """
    if isinstance(term, URIRef):
        return "uri", str(term), None, None
    if isinstance(term, Literal):
        dt = str(term.datatype) if term.datatype is not None and not term.language else None
        return "literal", str(term), None if dt == _XSD_STRING else dt, term.language or None
    if isinstance(term, BNode):
        return "bnode", str(term), None, None
    ox = _ox()
    if isinstance(term, ox.NamedNode):
        return "uri", term.value, None, None
    if isinstance(term, ox.Literal):
        lang = term.language
        dt = None if lang else term.datatype.value
        return "literal", term.value, None if dt == _XSD_STRING else dt, lang or None
    if isinstance(term, ox.BlankNode):
        return "bnode", term.value, None, None
    return "literal", str(term), None, None


def _rdflib_outcome(result) -> Outcome:
    if result.type == "SELECT":
        names = [str(v) for v in result.vars]
        return Outcome("SELECT", names, (tuple(row) for row in result))
    if result.type == "ASK":
        return Outcome("ASK", boolean=bool(result.askAnswer))
    return Outcome(result.type, triples=iter(result.graph) if result.graph is not None else iter(result))


def _ox_outcome(result, sparql: str) -> Outcome:
    ox = _ox()
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        idx = range(len(names))
        return Outcome("SELECT", names, (tuple(sol[i] for i in idx) for sol in result), native="oxigraph")
    if isinstance(result, ox.QueryBoolean):
        return Outcome("ASK", boolean=bool(result))
    form = "DESCRIBE" if "DESCRIBE" in keywords(sparql) else "CONSTRUCT"
    return Outcome(form, triples=((t.subject, t.predicate, t.object) for t in result), native="oxigraph")


_PARSE_ERRORS = ("ParseException", "ParseSyntaxException")


def _syntax_error(exc: BaseException) -> QueryError:
    return QueryError(Errors.E040.format(reason=" ".join(str(exc).split())[:300]))


# ----------------------------------------------------------------------------- deadline-aware memory store

_local = threading.local()


def set_deadline(deadline: Optional[float]) -> None:
    """Set (or clear) the ``time.monotonic()`` deadline of queries run by this thread on memory graphs."""
    _local.deadline = deadline


class DeadlineMemory(Memory):
    """rdflib's memory store, aborting a triple scan once the calling thread's deadline has passed."""

    def triples(self, triple_pattern, context=None):
        deadline = getattr(_local, "deadline", None)
        if deadline is None:
            yield from super().triples(triple_pattern, context)
            return
        now = time.monotonic
        if now() > deadline:
            raise QueryTimeout(StoreErrors.E075.format(seconds=getattr(_local, "timeout", 0)))
        n = 0
        for item in super().triples(triple_pattern, context):
            n += 1
            if not n & 1023 and now() > deadline:
                raise QueryTimeout(StoreErrors.E075.format(seconds=getattr(_local, "timeout", 0)))
            yield item


# ----------------------------------------------------------------------------- handles

class GraphHandle:
    """An opened graph: query it with SPARQL whatever the back end.

    Attributes
    ----------
    path : Path
        What was opened.
    kind : str
        ``"memory"`` (rdflib) or ``"oxigraph"``.
    """

    kind = "abstract"

    def __init__(self, path: Union[str, Path]):
        self.path = Path(path)
        self.lock = _RWLock()
        self.warnings: list[str] = []

    # -- to implement
    def execute(self, sparql: str, bindings: Optional[Mapping[str, object]] = None, *,
                default_graph: Optional[list] = None, named_graphs: Optional[list] = None) -> Outcome:
        """Run a query; ``bindings`` values are rdflib terms or strings (coerced like ``--bind``)."""
        raise NotImplementedError

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update (callers check that updates are allowed)."""
        raise NotImplementedError

    def rdflib_graph(self) -> Graph:
        """The union of all graphs as one rdflib ``Graph`` (loads a store into memory)."""
        raise NotImplementedError

    def dataset(self) -> Dataset:
        """The data as an rdflib ``Dataset``, one named graph per document."""
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- shared
    def query(self, sparql: str, bindings: Optional[Mapping[str, object]] = None):
        """Run a query and return an :class:`rdflib.query.Result` (for the CLI and notebooks)."""
        return self.execute(sparql, bindings).to_result()

    def run_named(self, name: str, bindings: Optional[Mapping[str, object]] = None):
        """Run a shipped named query (``graphbuilder/resources/queries/NAME.rq``, or this back end's
        ``NAME.KIND.rq`` when the query has one)."""
        from .query import checked_query

        return self.query(checked_query(name, bindings).text_for(self.kind), bindings)

    def documents(self) -> list[str]:
        """Ids of the documents in the graph, sorted."""
        res = self.execute("PREFIX gb: <https://w3id.org/graphbuilder/ontology#> "
                           "PREFIX dcterms: <http://purl.org/dc/terms/> "
                           "SELECT DISTINCT ?id WHERE { ?d a gb:Document ; dcterms:identifier ?id }")
        return sorted(str(r[0]) for r in res.rdflib_rows())


class MemoryHandle(GraphHandle):
    """A graph in rdflib's memory store (output directory, ``.ttl``, ``.trig``, ``.nq`` ...)."""

    kind = "memory"

    def __init__(self, path, graph: Graph):
        super().__init__(path)
        self.graph = graph

    def execute(self, sparql, bindings=None, *, default_graph=None, named_graphs=None) -> Outcome:
        if default_graph or named_graphs:
            raise QueryError("E040 SPARQL syntax error: default-graph-uri/named-graph-uri need a store "
                             "directory; use FROM/GRAPH in the query instead")
        if not isinstance(self.graph, Dataset) and {"FROM", "GRAPH"} & keywords(sparql):
            # rdflib ignores FROM on a plain graph (the whole graph answers) and fails on GRAPH.
            raise QueryError(StoreErrors.E084)
        init = {k: coerce(v) for k, v in (bindings or {}).items()}
        try:
            from .query import prepare

            result = self.graph.query(prepare(self.graph, substitute(sparql, init, declared_parameters(sparql))))
        except QueryTimeout:
            raise
        except Exception as exc:
            if type(exc).__name__ in _PARSE_ERRORS or "Expected" in str(exc):
                raise _syntax_error(exc) from None
            raise
        return _rdflib_outcome(result)

    def update(self, sparql: str) -> None:
        from .query import prepare

        try:
            self.graph.update(prepare(self.graph, sparql, update=True))
        except Exception as exc:
            if type(exc).__name__ in _PARSE_ERRORS or "Expected" in str(exc):
                raise _syntax_error(exc) from None
            raise

    def rdflib_graph(self) -> Graph:
        return _flatten(self.graph)

    def dataset(self) -> Dataset:
        if isinstance(self.graph, Dataset) and len(list(self.graph.graphs())) > 1:
            return self.graph
        return to_dataset(self.graph)

    def __len__(self) -> int:
        return len(self.graph)


class StoreHandle(GraphHandle):
    """An Oxigraph store directory; queries see the union of the default and named graphs."""

    kind = "oxigraph"

    def __init__(self, path, store: "OxigraphStore"):
        super().__init__(path)
        self.ox = store
        if store.dirty:
            self.warnings.append(f"{path}: an interrupted write left aggregates stale; "
                                 "'graphbuilder load --repair' fixes them")

    def execute(self, sparql, bindings=None, *, default_graph=None, named_graphs=None) -> Outcome:
        return self.ox.execute(sparql, bindings, default_graph=default_graph, named_graphs=named_graphs)

    def update(self, sparql: str) -> None:
        self.ox.update(sparql)

    def rdflib_graph(self) -> Graph:
        from .graph import bind_prefixes

        g = bind_prefixes(Graph())
        g.parse(data=self.ox.dump_bytes("nt", union=True), format="nt")
        return g

    def dataset(self) -> Dataset:
        from .graph import bind_prefixes

        return bind_prefixes(read_dataset(self.ox.dump_bytes("nquads"), "nquads"))

    def __len__(self) -> int:
        return self.ox.triple_count()

    def close(self) -> None:
        self.ox.close()


class _RWLock:
    """Many readers or one writer (guards rdflib graphs during SPARQL updates)."""

    def __init__(self):
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False

    def read(self):
        lock = self

        class _Ctx:
            def __enter__(self):
                with lock._cond:
                    while lock._writer:
                        lock._cond.wait()
                    lock._readers += 1

            def __exit__(self, *exc):
                with lock._cond:
                    lock._readers -= 1
                    lock._cond.notify_all()

        return _Ctx()

    def write(self):
        lock = self

        class _Ctx:
            def __enter__(self):
                with lock._cond:
                    while lock._writer or lock._readers:
                        lock._cond.wait()
                    lock._writer = True

            def __exit__(self, *exc):
                with lock._cond:
                    lock._writer = False
                    lock._cond.notify_all()

        return _Ctx()


def is_store_dir(path: Union[str, Path]) -> bool:
    """Whether ``path`` is an Oxigraph store directory (ours, or a bare one made by ``oxigraph``)."""
    p = Path(path)
    return p.is_dir() and ((p / STORE_MARKER).is_file() or ((p / "CURRENT").is_file() and any(p.glob("OPTIONS-*"))))


def _load_memory(path: Path, p: Path, cancellable: bool) -> Graph:
    from .graph import bind_prefixes

    fmt = RDF_FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise GraphError(Errors.E030.format(path=path))
    store = DeadlineMemory() if cancellable else "default"
    try:
        if fmt in DATASET_FORMATS:
            g = read_dataset(p, fmt, store)
        else:
            g = Graph(store=store)
            g.parse(p, format=fmt)
    except Exception as exc:  # rdflib and Oxigraph raise many parser-specific types
        raise GraphError(Errors.E031.format(path=path, reason=str(exc).splitlines()[0][:200] if str(exc) else
                                            type(exc).__name__)) from None
    return bind_prefixes(g)


def graph_file(path: Union[str, Path]) -> Path:
    """The RDF file behind an output directory or file path (``DIR/graph.ttl``, else ``DIR/graph.trig``)."""
    p = Path(path)
    if p.is_dir():
        for name in (GRAPH_FILE, "graph.trig"):
            if (p / name).is_file():
                return p / name
        raise GraphError(Errors.E030.format(path=path))
    if not p.is_file():
        raise GraphError(Errors.E030.format(path=path))
    return p


def open_graph(path: Union[str, Path], *, writable: bool = False, cancellable: bool = False) -> GraphHandle:
    """Open an output directory, an RDF file (``.ttl``, ``.trig``, ``.nq``, ``.nt``, ``.jsonld``) or a store.

    Parameters
    ----------
    path
        What to open. A directory is a store when it holds ``graphbuilder-store.json`` (or is a
        bare Oxigraph database), else an output directory with ``graph.ttl``.
    writable
        Open a store read-write (default read-only, which several processes may share).
    cancellable
        Load memory graphs into :class:`DeadlineMemory` so that queries honour
        :func:`set_deadline` (what ``graphbuilder serve`` uses).

    Raises
    ------
    GraphError
        ``E030``/``E031`` for what is not a graph, ``E071``/``E074`` for stores that cannot be opened.
    """
    p = Path(path)
    if is_store_dir(p):
        return StoreHandle(path, OxigraphStore(p, read_only=not writable, create=False))
    return MemoryHandle(path, _load_memory(Path(path), graph_file(p), cancellable))


# ----------------------------------------------------------------------------- Oxigraph store

@dataclass
class AddReport:
    """What :meth:`OxigraphStore.add_documents` did."""

    added: list = field(default_factory=list)
    replaced: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"documents: {len(self.added)} added, {len(self.replaced)} replaced, "
                f"{len(self.unchanged)} unchanged ({self.seconds:.2f} s)")


class OxigraphStore:
    """A persistent graph store (pyoxigraph on RocksDB) with one named graph per document.

    Parameters
    ----------
    path
        Store directory; created (with a ``graphbuilder-store.json`` marker) when missing and
        ``create`` is true.
    read_only
        Open a read-only instance (several processes can read at once; nobody may write).

    Examples
    --------
    >>> import tempfile
    >>> from rdflib import Graph
    >>> st = OxigraphStore(tempfile.mkdtemp() + "/store")
    >>> st.add_documents(Graph()).summary().startswith("documents: 0 added")
    True
    >>> st.close()
    """

    def __init__(self, path: Union[str, Path], *, read_only: bool = False, create: bool = True):
        try:
            ox = _ox()
        except ImportError:
            raise GraphError(StoreErrors.E071.format(path=path, reason="pyoxigraph is not installed: "
                                                     "pip install 'pyoxigraph>=0.5,<0.6'")) from None
        self.path = Path(path)
        self.read_only = read_only
        marker = self.path / STORE_MARKER
        if not self.path.exists():
            if not create or read_only:
                raise GraphError(StoreErrors.E070.format(path=path, marker=STORE_MARKER))
        elif self.path.is_dir() and not is_store_dir(self.path) and any(self.path.iterdir()):
            raise GraphError(StoreErrors.E070.format(path=path, marker=STORE_MARKER))
        elif not self.path.is_dir():
            raise GraphError(StoreErrors.E070.format(path=path, marker=STORE_MARKER))
        try:
            self.store = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except OSError as exc:
            msg = " ".join(str(exc).split())[:200]
            if "lock" in msg.lower():
                raise GraphError(StoreErrors.E074.format(path=path, reason=msg)) from None
            raise GraphError(StoreErrors.E071.format(path=path, reason=msg)) from None
        self._meta = {"format": STORE_FORMAT, "version": 2, "layout": LAYOUT, "dirty": False}
        self._changed = 0  # quads written or removed since the marker last counted them
        if marker.is_file():
            try:
                self._meta.update(json.loads(marker.read_text("utf-8")))
            except (OSError, ValueError):
                pass
        elif len(self.store) and not read_only:
            self._meta = {"layout": "foreign"}  # an Oxigraph database graphbuilder did not make
        elif len(self.store):
            self._meta = {"layout": "foreign"}
        elif not read_only:
            self._write_meta()
        #: ``default+named``: every document's triples are in its named graph *and* in the default
        #: graph, so that queries run on the default graph alone (several times faster than
        #: Oxigraph's union of all graphs); ``foreign``: someone else's database, queried as the union.
        self.layout = self._meta.get("layout", "foreign")
        if not read_only and self._meta.get("dirty"):
            self.repair()

    # -- metadata
    @property
    def dirty(self) -> bool:
        return bool(self._meta.get("dirty"))

    def _write_meta(self, **changes) -> None:
        self._meta.update(changes)
        tmp = self.path / (STORE_MARKER + ".tmp")
        tmp.write_text(json.dumps(self._meta, indent=1) + "\n", encoding="utf-8")
        os.replace(tmp, self.path / STORE_MARKER)

    def _check_writable(self) -> None:
        if self.read_only:
            raise GraphError(StoreErrors.E077.format(path=self.path, reason="opened read-only"))
        if self.layout != LAYOUT:
            raise GraphError(StoreErrors.E079.format(path=self.path, reason="not a graphbuilder store (no "
                                                     f"{STORE_MARKER}); it can be queried, not changed"))

    def close(self) -> None:
        """Flush and release the store (the object is unusable afterwards)."""
        store = getattr(self, "store", None)
        if store is not None:
            if not self.read_only:
                try:
                    store.flush()
                except OSError:
                    pass
            self.store = None
            del store
            import gc

            gc.collect()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __len__(self) -> int:
        return len(self.store)

    # -- reading
    def execute(self, sparql: str, bindings: Optional[Mapping[str, object]] = None, *,
                default_graph: Optional[list] = None, named_graphs: Optional[list] = None) -> Outcome:
        """Run a SPARQL query over the union of all graphs (or the given default/named graphs)."""
        ox = _ox()
        text = substitute(sparql, {k: coerce(v) for k, v in (bindings or {}).items()}, declared_parameters(sparql))
        kw: dict = {}
        if default_graph:
            kw["default_graph"] = [ox.NamedNode(str(g)) for g in default_graph]
        elif self.layout != LAYOUT:
            kw["use_default_graph_as_union"] = True
        if named_graphs:
            kw["named_graphs"] = [ox.NamedNode(str(g)) for g in named_graphs]
        try:
            result = self.store.query(text, **kw)
        except SyntaxError as exc:
            raise _syntax_error(exc) from None
        except (RuntimeError, ValueError) as exc:
            raise QueryError(Errors.E040.format(reason=" ".join(str(exc).split())[:300])) from None
        return _ox_outcome(result, sparql)

    def query(self, sparql: str, bindings: Optional[Mapping[str, object]] = None):
        """Run a query and return an :class:`rdflib.query.Result`."""
        return self.execute(sparql, bindings).to_result()

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update as is (aggregates are not recomputed; see :meth:`repair`)."""
        self._check_writable()
        try:
            self.store.update(sparql)
        except SyntaxError as exc:
            raise _syntax_error(exc) from None

    def documents(self) -> list[str]:
        """Ids of the stored documents, sorted."""
        ox = _ox()
        ids = []
        for q in self.store.quads_for_pattern(None, ox.NamedNode(str(DCTERMS.identifier)), None, None):
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == q.subject.value:
                ids.append(q.object.value)
        return sorted(ids)

    def content_hash(self, doc_iri: URIRef) -> Optional[str]:
        """The stored ``gb:contentHash`` of a document, ``None`` when it is not stored."""
        ox = _ox()
        node = ox.NamedNode(str(doc_iri))
        for q in self.store.quads_for_pattern(node, ox.NamedNode(str(CONTENT_HASH)), None, node):
            return q.object.value
        return None

    def dump_bytes(self, fmt: str = "nquads", *, union: bool = False) -> bytes:
        """The whole store serialised: ``nquads``/``trig`` (datasets) or ``nt``/``turtle`` (``union``)."""
        import io

        buf = io.BytesIO()
        self.export(buf, fmt, union=union)
        return buf.getvalue()

    def export(self, out, fmt: str, *, union: Optional[bool] = None, prefixes: Optional[dict] = None) -> None:
        """Write the store to ``out`` (path or binary file) in ``nquads``, ``trig``, ``nt``, ``turtle``, ``jsonld``."""
        ox = _ox()
        f = ox_format(fmt)
        if prefixes is None:
            from .graph import bind_prefixes

            prefixes = {p: str(n) for p, n in bind_prefixes(Graph()).namespaces() if p}
        if union is None:
            union = not f.supports_datasets
        if self.layout != LAYOUT:
            quads = self.store.quads_for_pattern(None, None, None, None)
            data = (q.triple for q in quads) if union else quads
        elif union:  # the default graph holds everything
            data = (q.triple for q in self.store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        else:
            data = self.dataset_quads()
        write_quads(data, out, fmt, prefixes)

    def _doc_owned(self, node, memo: dict) -> bool:
        """Whether a default-graph subject is a copy of document data (it is typed in a named graph)."""
        hit = memo.get(node)
        if hit is None:
            ox = _ox()
            hit = any(isinstance(q.graph_name, ox.NamedNode)
                      for q in self.store.quads_for_pattern(node, ox.NamedNode(str(RDF.type)), None, None))
            if len(memo) < 1_000_000:
                memo[node] = hit
        return hit

    def aggregate_quads(self) -> Iterator:
        """The default graph without the copies of the documents' triples (actors, edges, the rest)."""
        ox = _ox()
        memo: dict = {}
        for q in self.store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            if self.layout != LAYOUT or not self._doc_owned(q.subject, memo):
                yield q

    def document_graphs(self) -> list:
        """The named graphs of the documents (pyoxigraph ``NamedNode`` s, sorted; not the tallies' graph)."""
        ox = _ox()
        tallies = str(TALLY_GRAPH)
        return sorted((g for g in self.store.named_graphs() if isinstance(g, ox.NamedNode) and g.value != tallies),
                      key=lambda g: g.value)

    def dataset_quads(self) -> Iterator:
        """One named graph per document plus the aggregates in the default graph (as TriG/N-Quads show it)."""
        yield from self.aggregate_quads()
        for g in self.document_graphs():
            yield from self.store.quads_for_pattern(None, None, None, g)

    def tally_quads(self) -> Iterator:
        """The bookkeeping quads (``gb:tally`` in :data:`TALLY_GRAPH`)."""
        ox = _ox()
        return self.store.quads_for_pattern(None, None, None, ox.NamedNode(str(TALLY_GRAPH)))

    def triple_count(self) -> int:
        """Triples a query sees (the default graph; for a foreign store, all quads)."""
        if self.layout != LAYOUT:
            return len(self.store)
        return sum(1 for _ in self.store.quads_for_pattern(None, None, None, _ox().DefaultGraph()))

    # -- writing
    def add_documents(self, graphs: Union[Graph, Iterable[Graph]], *, batch_size: int = 500,
                      progress: Optional[Callable[[int], None]] = None) -> AddReport:
        """Add (or replace) the documents of built graphs.

        Each graph is partitioned by document (:func:`partition`). A document whose id is
        stored with the same ``gb:contentHash`` is skipped; with another hash its named graph
        is replaced. Aggregates are updated for the affected edges and actors only.

        Parameters
        ----------
        graphs
            One graph or an iterable of graphs (e.g. one per document, as
            :func:`add_extractions` makes them); later graphs win for a repeated document.
        batch_size
            Documents written per batch.
        progress
            Called with the number of documents of each finished batch.
        """
        self._check_writable()
        started = time.perf_counter()
        report = AddReport()
        if isinstance(graphs, Graph):
            graphs = [graphs]
        pending: dict[URIRef, DocumentPart] = {}
        rest: list = []
        for g in graphs:
            parts, leftovers = partition(_flatten(g))
            pending.update(parts)
            rest.extend(leftovers)
            if len(pending) >= batch_size:
                self._apply(pending, rest, report)
                if progress:
                    progress(len(pending))
                pending, rest = {}, []
        if pending or rest:
            self._apply(pending, rest, report)
            if progress:
                progress(len(pending))
        self._settle()
        report.seconds = time.perf_counter() - started
        return report

    def _apply(self, parts: dict, rest: list, report: AddReport) -> None:
        changed: dict[URIRef, DocumentPart] = {}
        replaced: set = set()
        for iri, part in parts.items():
            old = self.content_hash(iri)
            if old == part.hash:
                report.unchanged.append(part.doc_id)
                continue
            changed[iri] = part
            if old is not None:
                replaced.add(iri)
                report.replaced.append(part.doc_id)
            else:
                report.added.append(part.doc_id)
        extra = self._other_triples(rest)
        if not changed and not extra:
            return
        self._write_meta(dirty=True)
        delta = _Delta()
        for iri in replaced:  # a new version of a document: the old one is discounted first
            delta.count(*self._drop_document(iri), sign=-1)
        chunks = []
        for iri, part in changed.items():
            g = f" <{iri}> .\n"
            chunks.append(g.join(part.lines) + g)
            chunks.append(" .\n".join(part.lines) + " .\n")  # the default-graph copy
            delta.count(*_records_from_part(part), sign=1)
        chunks.extend(f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n" for s, p, o in extra)
        self._load_text("".join(chunks))
        self._update_aggregates(delta)
        self.store.flush()
        self._write_meta(dirty=False)

    def _other_triples(self, rest: list) -> list:
        """Triples of an added graph that are neither per-document nor derived (kept as is)."""
        if not rest:
            return []
        classes = _actor_class_set()
        rels = relation_properties()
        edges = {s for s, p, o in rest if p == RDF.type and o == GB.Edge}
        entities = {s for s, p, o in rest if p == RDF.type and o in classes}
        out = []
        for s, p, o in rest:
            if s in edges or (s in entities and p in ENTITY_PREDICATES) or p in rels:
                continue
            out.append((s, p, o))
        return out

    def remove_document(self, doc_id: str) -> None:
        """Retract a document: drop its named graph and recompute what it contributed to."""
        self.remove_documents([doc_id])

    def remove_documents(self, doc_ids: Iterable[str]) -> list[str]:
        """Retract several documents; unknown ids raise ``E072`` before anything changes."""
        ox = _ox()
        self._check_writable()
        iris = []
        for doc_id in doc_ids:
            iri = document_iri(doc_id)
            if self.content_hash(iri) is None and not self.store.contains_named_graph(ox.NamedNode(str(iri))):
                raise GraphError(StoreErrors.E072.format(path=self.path, doc_id=doc_id))
            iris.append(iri)
        if not iris:
            return []
        self._write_meta(dirty=True)
        delta = _Delta()
        for iri in iris:
            delta.count(*self._drop_document(iri), sign=-1)
        self._update_aggregates(delta)
        self.store.flush()
        self._write_meta(dirty=False)
        self._settle()
        return [str(i) for i in iris]

    def repair(self) -> None:
        """Make the store consistent again after an interrupted write.

        The default graph gets back a copy of every document graph (and loses the copies of
        documents whose graph is gone); then every aggregate (direct triples, edges, actors)
        is recomputed from the documents' graphs.
        """
        self._check_writable()
        ox = _ox()
        self._write_meta(dirty=True)
        dg = ox.DefaultGraph()
        rdf_type = ox.NamedNode(str(RDF.type))
        derived = ox.NamedNode(str(PROV.wasDerivedFrom))
        owned_types = {ox.NamedNode(str(GB.Mention)), ox.NamedNode(str(DOCUMENT_ACTOR))}
        orphans = set()
        for q in self.store.quads_for_pattern(None, rdf_type, None, dg):
            if q.object == ox.NamedNode(str(GB.Document)):
                doc = q.subject
            elif q.object in owned_types:
                doc = next((d.object for d in self.store.quads_for_pattern(q.subject, derived, None, dg)), None)
            else:
                continue
            if isinstance(doc, ox.NamedNode) and not self.store.contains_named_graph(doc):
                orphans.add(q.subject)
        for node in orphans:
            for q in list(self.store.quads_for_pattern(node, None, None, dg)):
                self.store.remove(q)
        for g in self.document_graphs():
            self.store.extend(ox.Quad(q.subject, q.predicate, q.object, dg)
                              for q in self.store.quads_for_pattern(None, None, None, g))
        for q in list(self.tally_quads()):
            self.store.remove(q)
        classes = {ox.NamedNode(str(c)) for c in _actor_class_set()}
        rels = {ox.NamedNode(str(p)) for p in relation_properties()}
        ent_preds = {ox.NamedNode(str(p)) for p in ENTITY_PREDICATES}
        edge_node = ox.NamedNode(str(GB.Edge))
        edges = {q.subject for q in self.store.quads_for_pattern(None, rdf_type, edge_node, dg)}
        entities = {q.subject for q in self.store.quads_for_pattern(None, rdf_type, None, dg) if q.object in classes}
        doomed = []
        for q in self.store.quads_for_pattern(None, None, None, dg):
            if q.subject in edges or q.predicate in rels or (q.subject in entities and q.predicate in ent_preds):
                doomed.append(q)
        for q in doomed:
            self.store.remove(q)
        by_edge, by_entity = self._all_records()
        batch = _Batch()
        for edge, records in by_edge.items():
            batch.adds.extend(edge_triples(edge, records))
            batch.tallies.extend(Votes.of_mentions(records).triples(edge))
        for entity, records in by_entity.items():
            batch.adds.extend(entity_triples(entity, records))
            batch.tallies.extend(Votes.of_actors(records).triples(entity))
        self._commit(batch)
        self.store.flush()
        self._write_meta(dirty=False)

    def optimize(self) -> None:
        """Compact the database (:meth:`add_documents` does so by itself after large changes)."""
        self._check_writable()
        self.store.optimize()
        self._changed = 0
        self._write_meta(changed_since_compaction=0, size_at_compaction=len(self.store),
                         compactions=self._meta.get("compactions", 0) + 1)

    def _settle(self) -> None:
        """Count what the last call changed; compact once the changes since the last compaction
        reach :data:`COMPACT_MIN` quads and :data:`COMPACT_RATIO` of the store's size then.

        A store written in many batches reads slower until compacted (a fresh store of 1 M
        triples answers the neighbourhood query 28 % faster compacted); compacting costs time
        proportional to the store, so it waits until the changes are a fixed share of it: the
        cost per added document stays bounded, whatever the size of the store.
        """
        changed = self._meta.get("changed_since_compaction", 0) + self._changed
        self._changed = 0
        if changed >= max(COMPACT_MIN, COMPACT_RATIO * self._meta.get("size_at_compaction", 0)):
            self.optimize()
        else:
            self._write_meta(changed_since_compaction=changed)

    # -- internals
    def _load_text(self, text: str) -> None:
        """Load N-Quads text: transactionally when small, with the bulk loader when large."""
        if not text:
            return
        ox = _ox()
        data = text.encode("utf-8")
        self._changed += text.count("\n")
        if len(data) > 20_000_000:
            self.store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        else:
            self.store.load(data, format=ox.RdfFormat.N_QUADS)

    def _drop_document(self, iri: URIRef) -> tuple[list, list]:
        """Remove a document's named graph and its copy in the default graph; return its records."""
        ox = _ox()
        g = ox.NamedNode(str(iri))
        dg = ox.DefaultGraph()
        quads = list(self.store.quads_for_pattern(None, None, None, g))
        for q in quads:
            self.store.remove(ox.Quad(q.subject, q.predicate, q.object, dg))
        self.store.remove_graph(g)
        self._changed += 2 * len(quads)
        return _records_from_triples(((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)) for q in quads),
                                     iri)

    def _commit(self, batch: "_Batch") -> None:
        for q in batch.removes:
            self.store.remove(q)
        self._changed += len(batch.removes)
        nt = _Terms()
        lines = [f"{nt(s)} {nt(p)} {nt(o)} .\n" for s, p, o in batch.adds]
        if batch.tallies:
            g = f" {nt_term(TALLY_GRAPH)} .\n"
            lines.extend(f"{nt(s)} {nt(p)} {nt(o)}{g}" for s, p, o in batch.tallies)
        self._load_text("".join(lines))

    def _props(self, node, graph, predicates: Optional[Iterable] = None) -> dict:
        out: dict = defaultdict(list)
        if predicates is None:
            for q in self.store.quads_for_pattern(node, None, None, graph):
                out[URIRef(q.predicate.value)].append(from_ox(q.object))
            return out
        # Only the predicates asked for: a hub's dcterms:source and isReferencedBy lists
        # grow with the store, and an incremental update must not read them.
        ox = _ox()
        for p in predicates:
            for q in self.store.quads_for_pattern(node, ox.NamedNode(str(p)), None, graph):
                out[p].append(from_ox(q.object))
        return out

    def _mention_records(self, edge: URIRef) -> list:
        ox = _ox()
        out = []
        for q in self.store.quads_for_pattern(None, ox.NamedNode(str(GB.edge)), ox.NamedNode(str(edge)), None):
            if not isinstance(q.graph_name, ox.NamedNode):
                continue
            props = self._props(q.subject, q.graph_name)
            if not props.get(RDF.subject) or not props.get(RDF.object) or not props.get(RDF.predicate):
                continue
            rel = props.get(GB.relation)
            out.append(mention_record(edge, props[RDF.subject][0], props[RDF.predicate][0], props[RDF.object][0],
                                      rel[0] if rel else None, (props.get(DCTERMS.date) or [None])[0],
                                      URIRef(q.graph_name.value)))
        return out

    def _actor_records(self, entity: URIRef) -> list:
        ox = _ox()
        out = []
        for q in self.store.quads_for_pattern(None, ox.NamedNode(str(ACTOR)), ox.NamedNode(str(entity)), None):
            if not isinstance(q.graph_name, ox.NamedNode):
                continue
            props = self._props(q.subject, q.graph_name)
            rec = _actor_record(q.subject, URIRef(q.graph_name.value), lambda p, _props=props: _props.get(p, []))
            if rec is not None:
                out.append(rec)
        return out

    def _all_records(self) -> tuple[dict, dict]:
        by_edge: dict = defaultdict(list)
        by_entity: dict = defaultdict(list)
        q_mentions = """
            PREFIX gb: <https://w3id.org/graphbuilder/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?e ?s ?p ?o ?rel ?date ?g WHERE { GRAPH ?g {
              ?m gb:edge ?e ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
              OPTIONAL { ?m gb:relation ?rel } OPTIONAL { ?m dcterms:date ?date } } }"""
        for sol in self.store.query(q_mentions):
            e, s, p, o, rel, date, g = (from_ox(sol[i]) for i in range(7))
            by_edge[e].append(mention_record(e, s, p, o, rel, date, g))
        ox = _ox()
        for q in self.store.quads_for_pattern(None, ox.NamedNode(str(ACTOR)), None, None):
            if not isinstance(q.graph_name, ox.NamedNode):
                continue
            props = self._props(q.subject, q.graph_name)
            rec = _actor_record(q.subject, URIRef(q.graph_name.value), lambda p, _props=props: _props.get(p, []))
            if rec is not None:
                by_entity[rec.entity].append(rec)
        return by_edge, by_entity

    def _replace_default(self, node: URIRef, predicates: frozenset, new: list, batch: "_Batch", *,
                         types: Optional[frozenset] = None, extra_remove: Sequence[tuple] = ()) -> None:
        ox = _ox()
        dg = ox.DefaultGraph()
        n = ox.NamedNode(str(node))
        for p in predicates:  # one lookup each: not every quad of a hub
            for q in self.store.quads_for_pattern(n, ox.NamedNode(str(p)), None, dg):
                if p != RDF.type or types is None or from_ox(q.object) in types:
                    batch.removes.append(q)
        for s, p, o in extra_remove:
            batch.removes.append(ox.Quad(to_ox(s), to_ox(p), to_ox(o), dg))
        batch.adds.extend(new)

    def _read_votes(self, node) -> tuple[Votes, list]:
        """The stored tallies of an actor or edge (a pyoxigraph node) and the quads holding them."""
        ox = _ox()
        votes = Votes()
        quads = list(self.store.quads_for_pattern(node, ox.NamedNode(str(TALLY)), None,
                                                  ox.NamedNode(str(TALLY_GRAPH))))
        for q in quads:
            kind, value, records, weight = parse_tally(q.object.value)
            votes.by_kind[kind][value] = [records, weight]
        return votes, quads

    def _write_votes(self, node: URIRef, votes: Votes, quads: list, batch: "_Batch") -> None:
        """Replace the tallies that changed (``votes.before``) in the store."""
        changed = [key for key, before in votes.before.items() if before != tuple(votes.entry(*key) or ())]
        if not changed:
            return
        stored = {}
        for q in quads:
            kind, value, _r, _w = parse_tally(q.object.value)
            stored[(kind, value)] = q
        for key in changed:
            q = stored.get(key)
            if q is not None:
                batch.removes.append(q)
            e = votes.entry(*key)
            if e is not None and e[0] > 0:
                batch.tallies.append((node, TALLY, Literal(tally_text(key[0], key[1], e))))

    def _drop_votes(self, quads: list, batch: "_Batch") -> None:
        batch.removes.extend(quads)

    def _recompute_edge(self, edge: URIRef, batch: "_Batch") -> None:
        """Rewrite an edge and its tallies from all its mentions (stores without tallies, repairs)."""
        ox = _ox()
        n = ox.NamedNode(str(edge))
        old = self._props(n, ox.DefaultGraph(), (RDF.subject, RDF.predicate, RDF.object))
        key = [(old.get(p) or [None])[0] for p in (RDF.subject, RDF.predicate, RDF.object)]
        records = self._mention_records(edge)
        new = edge_triples(edge, records)
        stale = [tuple(key)] if None not in key else []
        self._replace_default(edge, EDGE_PREDICATES, new, batch, extra_remove=stale)
        self._drop_votes(self._read_votes(n)[1], batch)
        batch.tallies.extend(Votes.of_mentions(records).triples(edge))

    def _recompute_entity(self, entity: URIRef, batch: "_Batch") -> None:
        """Rewrite an actor and its tallies from all its per-document views."""
        ox = _ox()
        records = self._actor_records(entity)
        self._replace_default(entity, ENTITY_PREDICATES, entity_triples(entity, records),
                              batch, types=_actor_class_set())
        self._drop_votes(self._read_votes(ox.NamedNode(str(entity)))[1], batch)
        batch.tallies.extend(Votes.of_actors(records).triples(entity))

    def _update_aggregates(self, delta: "_Delta") -> None:
        """Fold a change of documents (records counted in and out) into the edges and actors it touches.

        Each edge and actor keeps tallies of its records (:class:`Votes`, in :data:`TALLY_GRAPH`);
        an update reads and writes the tallies of the touched keys and the few default-graph
        values that change, never the other documents (a key without tallies, from a store
        written before they existed, is recounted once).
        """
        batch = _Batch()
        for edge in sorted(set(delta.added_mentions) | set(delta.removed_mentions)):
            self._update_edge(edge, delta.added_mentions.get(edge, []), delta.removed_mentions.get(edge, []), batch)
        for entity in sorted(set(delta.added_actors) | set(delta.removed_actors)):
            self._update_entity(entity, delta.added_actors.get(entity, []), delta.removed_actors.get(entity, []),
                                batch)
        self._commit(batch)

    def _tallied(self, node: URIRef, n, total: str, added: list, removed: list, batch: "_Batch", recompute,
                 triples_of, votes_of):
        """An edge's or actor's tallies and their quads, or ``None`` when it was settled here: a new
        node is written from ``added`` alone; one stored before tallies existed is recomputed."""
        votes, quads = self._read_votes(n)
        if votes.entry(total) is not None:
            return votes, quads
        if removed or self._props(n, _ox().DefaultGraph(), (GB.mentionCount,)).get(GB.mentionCount):
            recompute(node, batch)
        else:
            batch.adds.extend(triples_of(node, added))
            batch.tallies.extend(votes_of(added).triples(node))
        return None

    def _update_edge(self, edge: URIRef, added: list, removed: list, batch: "_Batch") -> None:
        """Counts add up, dates widen or narrow, sources come and go; an edge without mentions goes."""
        ox = _ox()
        dg = ox.DefaultGraph()
        n = ox.NamedNode(str(edge))
        tallied = self._tallied(edge, n, "mentions", added, removed, batch, self._recompute_edge, edge_triples,
                                Votes.of_mentions)
        if tallied is None:
            return
        votes, quads = tallied
        old_dates = votes.dates()
        old_count = votes.entry("mentions")[0]
        for r in removed:
            votes.mention(r, -1)
        for r in added:
            votes.mention(r, 1)
        count = votes.entry("mentions")[0]
        if count <= 0:
            r0 = (removed or added)[0]
            self._replace_default(edge, EDGE_PREDICATES, [], batch, extra_remove=[(r0.s, r0.p, r0.o)])
            self._drop_votes(quads, batch)
            return
        if count != old_count:
            self._replace_default(edge, frozenset({GB.mentionCount}), [(edge, GB.mentionCount, Literal(count))], batch)
        dates = votes.dates()
        if dates != old_dates:
            new = [] if dates[0] is None else [(edge, GB.firstDate, Literal(dates[0], datatype=XSD.date)),
                                               (edge, GB.lastDate, Literal(dates[1], datatype=XSD.date))]
            self._replace_default(edge, frozenset({GB.firstDate, GB.lastDate}), new, batch)
        gone, new_docs = {r.doc for r in removed}, {r.doc for r in added}
        source = ox.NamedNode(str(DCTERMS.source))
        for doc in sorted(gone - new_docs):
            batch.removes.append(ox.Quad(n, source, ox.NamedNode(str(doc)), dg))
        batch.adds.extend((edge, DCTERMS.source, doc) for doc in sorted(new_docs - gone))
        self._write_votes(edge, votes, quads, batch)

    def _update_entity(self, entity: URIRef, added: list, removed: list, batch: "_Batch") -> None:
        """Votes move by the documents' mention counts; only the values that change are rewritten."""
        ox = _ox()
        dg = ox.DefaultGraph()
        n = ox.NamedNode(str(entity))
        tallied = self._tallied(entity, n, "documents", added, removed, batch, self._recompute_entity,
                                entity_triples, Votes.of_actors)
        if tallied is None:
            return
        votes, quads = tallied
        classes = _actor_class_set()
        old = actor_summary(entity, votes)
        for r in removed:
            votes.actor(r, -1)
        for r in added:
            votes.actor(r, 1)
        if votes.entry("documents")[0] <= 0:
            self._replace_default(entity, ENTITY_PREDICATES, [], batch, types=classes)
            self._drop_votes(quads, batch)
            return
        new = actor_summary(entity, votes)
        if new.type != old.type:
            self._replace_default(entity, frozenset({RDF.type}), [(entity, RDF.type, new.type)], batch, types=classes)
        for p, a, b in ((RDFS.label, old.label, new.label), (GB.actorCode, old.code, new.code),
                        (GB.country, old.country, new.country), (GB.mentionCount, old.count, new.count)):
            if a != b:
                term = b if isinstance(b, URIRef) or b is None else Literal(b)
                self._replace_default(entity, frozenset({p}), [] if b is None else [(entity, p, term)], batch)
        alt = ox.NamedNode(str(SKOS.altLabel))
        texts = {v for (kind, v) in votes.before if kind == "surface"} | {old.label, new.label}
        for text in sorted(t for t in texts if t is not None):
            was = votes.was_live("surface", text) and text != old.label
            now = votes.live("surface", text) and text != new.label
            if was and not now:
                batch.removes.append(ox.Quad(n, alt, ox.Literal(text), dg))
            elif now and not was:
                batch.adds.append((entity, SKOS.altLabel, Literal(text)))
        gone, new_docs = {r.doc for r in removed}, {r.doc for r in added}
        ref = ox.NamedNode(str(DCTERMS.isReferencedBy))
        for doc in sorted(gone - new_docs):
            batch.removes.append(ox.Quad(n, ref, ox.NamedNode(str(doc)), dg))
        batch.adds.extend((entity, DCTERMS.isReferencedBy, doc) for doc in sorted(new_docs - gone))
        if added and not any(True for _ in self.store.quads_for_pattern(n, ox.NamedNode(str(GB.actorId)), None, dg)):
            actor_id = next((r.actor_id for r in added if r.actor_id), None)
            if actor_id is not None:
                batch.adds.append((entity, GB.actorId, Literal(actor_id)))
        self._write_votes(entity, votes, quads, batch)


@dataclass
class _Batch:
    """Default-graph changes of one write, applied together (removals first)."""

    removes: list = field(default_factory=list)
    adds: list = field(default_factory=list)
    tallies: list = field(default_factory=list)  # triples for TALLY_GRAPH


@dataclass
class _Delta:
    """Records of a write, by edge and by actor: counted in (added) or out (removed)."""

    added_mentions: dict = field(default_factory=lambda: defaultdict(list))
    added_actors: dict = field(default_factory=lambda: defaultdict(list))
    removed_mentions: dict = field(default_factory=lambda: defaultdict(list))
    removed_actors: dict = field(default_factory=lambda: defaultdict(list))

    def count(self, mentions: Iterable[MentionRecord], actors: Iterable[ActorRecord], *, sign: int) -> None:
        by_edge, by_actor = ((self.added_mentions, self.added_actors) if sign > 0
                             else (self.removed_mentions, self.removed_actors))
        for r in mentions:
            by_edge[r.edge].append(r)
        for r in actors:
            by_actor[r.entity].append(r)


# ----------------------------------------------------------------------------- files and helpers

def remove_documents(path: Union[str, Path], doc_ids: Sequence[str]) -> list[str]:
    """Retract documents from a store directory, an output directory or a ``.ttl``/``.trig``/``.nq`` file.

    Files are rewritten atomically in their own format; an output directory's
    ``events.jsonl`` loses the documents' rows and its ``graph.html`` is rendered again.

    Returns
    -------
    list[str]
        The document IRIs removed.

    Raises
    ------
    GraphError
        ``E072`` when a document is not in the graph (nothing is changed).
    """
    p = Path(path)
    if is_store_dir(p):
        with OxigraphStore(p, create=False) as st:
            return st.remove_documents(doc_ids)
    file = graph_file(p)
    fmt = RDF_FORMATS.get(file.suffix.lower())
    if fmt not in ("turtle", "nt", "trig", "nquads"):
        raise GraphError(StoreErrors.E073.format(path=path))
    handle = open_graph(file)
    ds = to_dataset(handle.rdflib_graph())
    iris = []
    for doc_id in doc_ids:
        iri = document_iri(doc_id)
        if (iri, RDF.type, GB.Document) not in ds.graph(iri):
            raise GraphError(StoreErrors.E072.format(path=path, doc_id=doc_id))
        iris.append(iri)
    edges, entities = set(), set()
    for iri in iris:
        ctx = ds.graph(iri)
        edges |= set(ctx.objects(None, GB.edge))
        entities |= set(ctx.objects(None, ACTOR))
        ds.remove_graph(ctx)
    recompute_aggregates(ds, edges, entities)
    from .export import atomic_write

    with atomic_write(file, "wb") as fh:
        if fmt in DATASET_FORMATS:
            write_dataset(ds, fh, fmt)
        else:
            flat = _flatten(ds)
            for prefix, ns in ds.namespaces():
                flat.bind(prefix, ns, override=False)
            fh.write(flat.serialize(format=fmt, encoding="utf-8"))
    if p.is_dir():
        _prune_output_dir(p, {str(i) for i in iris}, set(doc_ids), ds)
    return [str(i) for i in iris]


def _prune_output_dir(out: Path, iris: set, doc_ids: set, ds: Dataset) -> None:
    from .export import atomic_write

    events = out / "events.jsonl"
    if events.is_file():
        with open(events, encoding="utf-8") as src, atomic_write(events, "w") as dst:
            for line in src:
                try:
                    if json.loads(line).get("doc_id") in doc_ids:
                        continue
                except ValueError:
                    pass
                dst.write(line)
    html = out / "graph.html"
    if html.is_file():
        from .graph import to_networkx
        from .render import render_html

        render_html(to_networkx(_flatten(ds)), html, title=f"graphbuilder — {out.name}")


def add_extractions(store: OxigraphStore, extractions: Iterable, *, batch_size: int = 500,
                    progress: Optional[Callable[[int], None]] = None) -> AddReport:
    """Add pipeline extractions to a store, one exact per-document graph each.

    ``extractions`` yields :class:`graphbuilder.pipeline.Extraction` (or any object with
    ``document``, ``actors``, ``relations``); each is built by its own
    :class:`~graphbuilder.graph.GraphBuilder`, so per-document actor views are exact.
    """
    from .graph import GraphBuilder

    def graphs():
        for x in extractions:
            b = GraphBuilder()
            b.add(x.document, x.actors, x.relations, text=x.document.text,
                  extracted_at=getattr(x, "extracted_at", None))
            yield b.finish()

    return store.add_documents(graphs(), batch_size=batch_size, progress=progress)


class ExtractionSink:
    """Adds extractions to a store in batches while a build runs (``pipeline.build(on_extraction=...)``).

    Each document goes in with its exact per-document view (:func:`add_extractions`), so
    what the store holds for a document does not depend on which other documents were
    built with it, and adding the same document again leaves it unchanged.
    Call :meth:`flush` once the build is done.
    """

    def __init__(self, store: OxigraphStore, batch_size: int = 500):
        self.store = store
        self.batch_size = batch_size
        self.pending: list = []
        self.report = AddReport()

    def __call__(self, extraction) -> None:
        self.pending.append(extraction)
        if len(self.pending) >= self.batch_size:
            self.flush()

    def flush(self) -> AddReport:
        """Add what is pending; the report covers every document added so far."""
        if self.pending:
            batch, self.pending = self.pending, []
            done = add_extractions(self.store, batch, batch_size=self.batch_size)
            for name in ("added", "replaced", "unchanged"):
                getattr(self.report, name).extend(getattr(done, name))
            self.report.seconds += done.seconds
        return self.report
