"""Export a graph (output directory, RDF file or store) to RDF, GraphML, GEXF or a CSV edge table.

Every file is written atomically: to a temporary file beside the target, then renamed.

========== =========================================================================
format     what is written
========== =========================================================================
turtle     the union of all graphs (``.ttl``)
ntriples   the same as N-Triples (``.nt``)
trig       one named graph per document, aggregates in the default graph (``.trig``)
nquads     the same as N-Quads (``.nq``)
jsonld     the union as JSON-LD, compacted with the project's prefixes (``.jsonld``)
graphml    the NetworkX projection (:func:`graphbuilder.graph.to_networkx`); lists and
           evidence are JSON text, missing values are left out
gexf       the same for Gephi, with edge spells from first to last date (timeline) and
           nodes starting at their first dated relation
csv        one row per edge: source, relation, target, labels, types, mentions, dates,
           documents, kind and cooperation/conflict group
========== =========================================================================

Examples
--------
>>> import tempfile, pathlib
>>> from rdflib import Graph
>>> from graphbuilder.store import MemoryHandle
>>> out = pathlib.Path(tempfile.mkdtemp()) / "edges.csv"
>>> export_graph(MemoryHandle("mem", Graph()), "csv", out).read_text().splitlines()[0]
'source,source_label,source_type,relation,target,target_label,target_type,mentions,first,last,documents,kind,group'
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Union

from .errors import GraphError
from .store import GraphHandle, StoreErrors, StoreHandle, open_graph, write_dataset

__all__ = ["FORMATS", "atomic_write", "export_graph", "networkx_for_export", "edge_rows"]

#: Export formats and their usual file extension.
FORMATS = {"turtle": ".ttl", "ntriples": ".nt", "trig": ".trig", "nquads": ".nq", "jsonld": ".jsonld",
           "graphml": ".graphml", "gexf": ".gexf", "csv": ".csv"}
_RDFLIB = {"turtle": "turtle", "ntriples": "nt", "trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}
_OXI = {"turtle": "turtle", "ntriples": "nt", "trig": "trig", "nquads": "nquads", "jsonld": "jsonld"}


# One implementation of atomic writes for every output (temp file, fsync, 0644, rename).
from .pipeline import atomic_path as atomic_write


def export_graph(source: Union[str, Path, GraphHandle], fmt: str, out: Union[str, Path]) -> Path:
    """Write ``source`` to ``out`` in ``fmt`` (one of :data:`FORMATS`); returns the path written.

    Raises
    ------
    GraphError
        ``E078`` for an unknown format, ``E077`` when the file cannot be written, and the
        errors of :func:`graphbuilder.store.open_graph`.
    """
    if fmt not in FORMATS:
        raise GraphError(StoreErrors.E078.format(fmt=fmt, formats=", ".join(FORMATS)))
    handle = source if isinstance(source, GraphHandle) else open_graph(source)
    out = Path(out)
    try:
        with atomic_write(out, "wb") as fh:
            if fmt in _RDFLIB:
                _write_rdf(handle, fmt, fh)
            elif fmt == "csv":
                text = io.StringIO(newline="")
                w = csv.writer(text, lineterminator="\n")
                header, rows = edge_rows(handle)
                w.writerow(header)
                w.writerows(rows)
                fh.write(text.getvalue().encode("utf-8"))
            else:
                import networkx as nx

                from .graph import to_networkx

                G = networkx_for_export(to_networkx(handle.rdflib_graph()), gexf=fmt == "gexf")
                if fmt == "graphml":
                    nx.write_graphml(G, fh, encoding="utf-8", prettyprint=True, named_key_ids=True)
                else:
                    nx.write_gexf(G, fh, encoding="utf-8", prettyprint=True, version="1.2draft")
    except OSError as exc:
        raise GraphError(StoreErrors.E077.format(path=out, reason=exc.strerror or exc)) from None
    finally:
        if not isinstance(source, GraphHandle):
            handle.close()
    return out


def _write_rdf(handle: GraphHandle, fmt: str, fh) -> None:
    from rdflib import Graph

    from .graph import bind_prefixes

    if isinstance(handle, StoreHandle):
        handle.ox.export(fh, _OXI[fmt], union=fmt not in ("trig", "nquads"))
        return
    if fmt in ("trig", "nquads"):
        write_dataset(handle.dataset(), fh, fmt)
        return
    g = handle.rdflib_graph()
    if fmt == "jsonld":
        context = {p: str(n) for p, n in bind_prefixes(Graph()).namespaces() if p}
        fh.write(g.serialize(format="json-ld", context=context, auto_compact=True, encoding="utf-8"))
        return
    fh.write(g.serialize(format=_RDFLIB[fmt], encoding="utf-8"))


# ----------------------------------------------------------------------------- NetworkX

def _scalar(value):
    """A GraphML/GEXF-safe attribute value, or ``None`` to leave it out."""
    if value is None:
        return None
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple, set)) and all(isinstance(v, str) for v in value):
        return json.dumps(sorted(value) if isinstance(value, set) else list(value), ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


def networkx_for_export(G, gexf: bool = False):
    """A copy of a projection whose attributes GraphML/GEXF accept.

    ``None`` values are dropped, lists and dicts become JSON text (``alt_labels``,
    ``evidence``). With ``gexf``: edges get a unique ``id``, a ``label`` (the relation) and
    ``start``/``end`` dates (their first and last mention), nodes a ``start`` (their first
    dated relation), so that Gephi's timeline can play the graph.
    """
    import networkx as nx

    H = nx.MultiDiGraph()
    H.graph.update({k: v for k, v in ((k, _scalar(v)) for k, v in G.graph.items()) if v is not None})
    starts: dict = {}
    for n, (u, v, key, data) in enumerate(G.edges(keys=True, data=True)):
        attrs = {k: s for k, s in ((k, _scalar(x)) for k, x in data.items()) if s is not None}
        if gexf:
            attrs["id"] = f"e{n}"
            attrs.setdefault("label", str(data.get("relation") or key))
            attrs.pop("key", None)
            first, last = data.get("first"), data.get("last")
            if first and last:
                attrs["start"], attrs["end"] = str(first)[:10], str(last)[:10]
                for node in (u, v):
                    starts[node] = min(starts.get(node, attrs["start"]), attrs["start"])
        H.add_edge(u, v, key=key, **attrs)
    for node, data in G.nodes(data=True):
        attrs = {k: s for k, s in ((k, _scalar(x)) for k, x in data.items()) if s is not None}
        if gexf and node in starts:
            attrs["start"] = starts[node]
        H.add_node(node, **attrs)
    return H


# ----------------------------------------------------------------------------- CSV

EDGES_QUERY = """
PREFIX gb: <https://w3id.org/graphbuilder/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?s ?sl ?sc ?rel ?o ?ol ?oc ?n ?first ?last (COUNT(DISTINCT ?d) AS ?docs) WHERE {
  ?e a gb:Edge ; rdf:subject ?s ; rdf:object ?o ; gb:relation ?rel ; gb:mentionCount ?n .
  OPTIONAL { ?e dcterms:source ?d }
  OPTIONAL { ?e gb:firstDate ?first }
  OPTIONAL { ?e gb:lastDate ?last }
  OPTIONAL { ?s rdfs:label ?sl }
  OPTIONAL { ?o rdfs:label ?ol }
  OPTIONAL { ?s gb:actorId ?sid ; a ?sc }
  OPTIONAL { ?o gb:actorId ?oid ; a ?oc }
}
GROUP BY ?s ?sl ?sc ?rel ?o ?ol ?oc ?n ?first ?last
ORDER BY ?s ?rel ?o
"""

EDGE_HEADER = ["source", "source_label", "source_type", "relation", "target", "target_label", "target_type",
               "mentions", "first", "last", "documents", "kind", "group"]


def edge_rows(handle: GraphHandle) -> tuple[list, list]:
    """The CSV edge table: ``(header, rows)``, one row per ``gb:Edge``, sorted by source, relation, target."""
    from . import codes

    def local(t):
        return str(t).rsplit("#", 1)[-1] if t is not None else ""

    rows = []
    for s, sl, sc, rel, o, ol, oc, n, first, last, docs in handle.execute(EDGES_QUERY).rdflib_rows():
        try:
            info = codes.relation_info(str(rel))
            kind, group = info.kind, info.group
        except KeyError:
            kind = group = ""
        rows.append([str(s), str(sl or ""), local(sc), str(rel), str(o), str(ol or ""), local(oc), int(n),
                     str(first or ""), str(last or ""), int(docs or 0), kind, group])
    return EDGE_HEADER, rows
