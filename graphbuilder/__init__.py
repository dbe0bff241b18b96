"""graphbuilder: English news → a geopolitical knowledge graph (RDF, SPARQL, NetworkX, HTML).

``import graphbuilder`` is light: spaCy and the model load on first use.

Examples
--------
>>> import graphbuilder
>>> graphbuilder.__version__
'0.1.0'
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "build", "extract", "load_graph", "run_query", "read_documents", "to_networkx"]


def __getattr__(name: str):
    # Lazy re-exports keep the import cheap (no spaCy, no rdflib until needed).
    if name in ("build", "extract"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "read_documents":
        from .ingest import read_documents

        return read_documents
    if name in ("load_graph", "run_query"):
        from . import query as _query

        return getattr(_query, name)
    if name == "to_networkx":
        from .graph import to_networkx

        return to_networkx
    raise AttributeError(f"module 'graphbuilder' has no attribute {name!r}")
