"""The graphbuilder vocabulary, in rdflib's ``DefinedNamespace`` style.

Relations are camelCase properties (``gb:meets``, ``gb:stationedAt``); actor
classes are ``gb:Country``, ``gb:Person`` ... Everything else reuses PROV-O,
Dublin Core, SKOS, NIF and schema.org.

Examples
--------
>>> from graphbuilder.vocab import GB, entity_iri
>>> str(GB.stationedAt)
'https://w3id.org/graphbuilder/ontology#stationedAt'
>>> str(entity_iri("TUR"))
'https://w3id.org/graphbuilder/id/TUR'
"""

from __future__ import annotations

import functools
import hashlib
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/graphbuilder/"
ID = Namespace(BASE + "id/")
DOC = Namespace(BASE + "doc/")
MENTION = Namespace(BASE + "mention/")
EDGE = Namespace(BASE + "edge/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SCHEMA = Namespace("https://schema.org/")


class GB(DefinedNamespace):
    """Terms of the graphbuilder ontology (``graphbuilder/resources/ontology.ttl``)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # actor classes
    Actor: URIRef
    Country: URIRef
    Government: URIRef
    Military: URIRef
    Person: URIRef
    ArmedGroup: URIRef
    InternationalOrganisation: URIRef
    Organisation: URIRef
    Place: URIRef
    Facility: URIRef
    # provenance classes
    Mention: URIRef
    Edge: URIRef
    Document: URIRef
    # event relations
    meets: URIRef
    cooperates: URIRef
    supports: URIRef
    aids: URIRef
    requests: URIRef
    opposes: URIRef
    rejects: URIRef
    threatens: URIRef
    protests: URIRef
    mobilizes: URIRef
    sanctions: URIRef
    coerces: URIRef
    attacks: URIRef
    visits: URIRef
    # state relations
    stationedAt: URIRef
    leaderOf: URIRef
    memberOf: URIRef
    locatedIn: URIRef
    controls: URIRef
    # attributes
    country: URIRef
    actorCode: URIRef
    actorId: URIRef
    role: URIRef
    former: URIRef
    generic: URIRef
    cameo: URIRef
    plover: URIRef
    goldstein: URIRef
    confidence: URIRef
    modality: URIRef
    relation: URIRef
    mentionCount: URIRef
    firstDate: URIRef
    lastDate: URIRef
    edge: URIRef
    sourceMention: URIRef
    targetMention: URIRef
    sourceStart: URIRef
    sourceEnd: URIRef
    targetStart: URIRef
    targetEnd: URIRef
    sourceText: URIRef
    targetText: URIRef
    trigger: URIRef
    rule: URIRef
    datePrecision: URIRef
    speaker: URIRef
    extractorVersion: URIRef
    symmetric: URIRef


@functools.lru_cache(maxsize=1 << 16)  # rdflib's Namespace lookups cost ~15 us; actors repeat
def entity_iri(actor_id: str) -> URIRef:
    """IRI of an actor from its canonical id (ISO3 for states, ``person:slug`` ...)."""
    return ID[quote(actor_id.replace(":", "/"), safe="/-_.")]


@functools.lru_cache(maxsize=1 << 12)
def document_iri(doc_id: str) -> URIRef:
    """IRI of a document from its id (stable across runs)."""
    return DOC[quote(doc_id, safe="-_.")]


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]


def mention_iri(*parts: object) -> URIRef:
    """IRI of a relation mention, a digest of what identifies it."""
    return MENTION[_digest(*parts)]


def edge_iri(source: str, relation: str, target: str) -> URIRef:
    """IRI of the aggregate node of one direct triple."""
    return EDGE[_digest(source, relation, target)]
