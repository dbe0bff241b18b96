"""Summaries of a built graph: counts (``graphbuilder stats``) and actors (``graphbuilder actors``)."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Optional

from rdflib import RDF, RDFS, Graph
from rdflib.namespace import DCTERMS, SKOS

from .errors import unknown_actor
from .graph import ACTOR_CLASSES
from .vocab import GB


def graph_stats(g: Graph) -> str:
    """Triples, documents, actors by type, direct relations and mentions by relation."""
    classes = {v: k for k, v in ACTOR_CLASSES.items()}
    actors = Counter(classes[c] for c in g.objects(None, RDF.type) if c in classes)
    edges = Counter(str(r) for e in g.subjects(RDF.type, GB.Edge) for r in g.objects(e, GB.relation))
    mentions = Counter((str(g.value(m, GB.relation)), str(g.value(m, GB.modality)))
                       for m in g.subjects(RDF.type, GB.Mention))
    docs = sum(1 for _ in g.subjects(RDF.type, GB.Document))
    lines = [f"triples    {len(g)}", f"documents  {docs}", f"actors     {sum(actors.values())}"]
    lines += [f"  {k:26} {v}" for k, v in sorted(actors.items())]
    lines.append(f"relations  {sum(edges.values())} distinct edges, {sum(mentions.values())} mentions")
    by_rel: dict[str, Counter] = defaultdict(Counter)
    for (rel, mod), n in mentions.items():
        by_rel[rel][mod] += n
    for rel in sorted(set(edges) | set(by_rel)):
        mods = ", ".join(f"{m} {n}" for m, n in sorted(by_rel[rel].items()))
        lines.append(f"  {rel:26} {edges.get(rel, 0)} edges; mentions: {mods}")
    return "\n".join(lines)


def list_actors(g: Graph, name: Optional[str] = None) -> str:
    """Every actor with its type, country, mention count, surface forms (merges) and documents."""
    classes = {v: k for k, v in ACTOR_CLASSES.items()}
    rows = []
    needle = name.lower() if name else None
    names: dict[str, str] = {}  # every actor name, lower case -> as shown (for E051's close matches)
    actors = 0
    for node, cls in g.subject_objects(RDF.type):
        if cls not in classes:
            continue
        actors += 1
        label = str(g.value(node, RDFS.label) or node)
        alts = sorted(str(a) for a in g.objects(node, SKOS.altLabel))
        if needle and needle not in label.lower() and not any(needle in a.lower() for a in alts):
            for n in (label, *alts):
                names.setdefault(" ".join(n.lower().split()), n)
            continue
        country = g.value(node, GB.country)
        docs = sorted(str(g.value(d, DCTERMS.identifier) or d) for d in g.objects(node, DCTERMS.isReferencedBy))
        count = int(g.value(node, GB.mentionCount) or 0)
        rows.append((label, classes[cls], str(country).rsplit("/", 1)[-1] if country else "-", count, alts, docs,
                     str(node)))
    rows.sort(key=lambda r: (-r[3], r[0]))
    out = []
    for label, type_, country, count, alts, docs, iri in rows:
        out.append(f"{label}  [{type_}, {country}, {count} mentions]  <{iri}>")
        if alts:
            out.append("    also: " + "; ".join(alts))
        shown = ", ".join(docs[:10]) + (f" (+{len(docs) - 10} more)" if len(docs) > 10 else "")
        out.append(f"    documents: {shown}")
    if not out and name:
        # Like ``render --ego``: a name that is in no actor is a user error (E051), not an empty list.
        raise unknown_actor(" ".join(name.split())[:80], " ".join(needle.split()), names, actors)
    return "\n".join(out) if out else "no actors"
