"""Open graphs and run SPARQL: ad-hoc strings, ``.rq`` files and named queries with bound variables.

Named queries live in ``graphbuilder/resources/queries/NAME.rq``; values are bound
with ``initBindings`` (never by formatting strings into the query). A query may also ship a
back end's own text, ``NAME.BACKEND.rq`` (e.g. ``who-opposes.oxigraph.rq``), planned for that
engine: same parameters, same answers; that back end runs it instead of ``NAME.rq``.

Examples
--------
>>> from rdflib import Graph
>>> g = Graph()
>>> res = run_query(g, "SELECT ?x WHERE { VALUES ?x { 1 2 } }")
>>> [int(r.x) for r in res]
[1, 2]
>>> format_result(res, "csv").splitlines()  # SPARQL 1.1 CSV (its lines end in CRLF)
['x', '1', '2']
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Mapping, Optional, Union

from rdflib import XSD, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Identifier

from .errors import Errors, GraphError, QueryError

GRAPH_FILE = "graph.ttl"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INT = re.compile(r"^-?\d+$")
_VAR = re.compile(r"[?$]([A-Za-z_][A-Za-z0-9_]*)")


# Back ends that may ship their own text of a named query (``NAME.oxigraph.rq``): query planners
# differ, and a shape one engine runs well can be slow on the other. The memory back end (rdflib)
# always runs ``NAME.rq``.
BACKENDS = ("oxigraph",)


@dataclass(frozen=True)
class NamedQuery:
    """A canned query: its name, first comment line as description, text and variables.

    ``variants`` holds ``(backend, text)`` pairs: a back end's own text of the same query (same
    parameters, same answers), which :meth:`text_for` gives that back end instead of ``text``.
    """

    name: str
    description: str
    text: str
    variants: tuple = ()

    @property
    def variables(self) -> frozenset[str]:
        body = "\n".join(line for line in self.text.splitlines() if not line.lstrip().startswith("#"))
        return frozenset(_VAR.findall(body))

    def text_for(self, backend: Optional[str] = None) -> str:
        """The text to run on ``backend`` (a :class:`~graphbuilder.store.GraphHandle` ``kind``).

        >>> q = NamedQuery("q", "", "SELECT * {}", (("oxigraph", "SELECT * { }"),))
        >>> q.text_for("memory"), q.text_for("oxigraph")
        ('SELECT * {}', 'SELECT * { }')
        """
        return dict(self.variants).get(backend, self.text)


def read_queries(files) -> dict[str, NamedQuery]:
    """Named queries from ``files`` (paths or importlib resources): ``NAME.rq`` and ``NAME.BACKEND.rq``.

    A back-end text without its ``NAME.rq`` is left out (every name must run on every back end).
    """
    bases, variants = {}, {}
    for entry in sorted(files, key=lambda p: p.name):
        if not entry.name.endswith(".rq"):
            continue
        stem = entry.name[:-3]
        name, _, backend = stem.rpartition(".")
        if name and backend in BACKENDS:
            variants.setdefault(name, []).append((backend, entry.read_text("utf-8")))
        else:
            bases[stem] = entry.read_text("utf-8")
    out = {}
    for name, text in bases.items():
        first = next((line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#")), "")
        out[name] = NamedQuery(name, first, text, tuple(variants.get(name, ())))
    return out


def named_queries() -> dict[str, NamedQuery]:
    """The shipped named queries, by name (each once, with its back-end variants)."""
    return read_queries(resources.files("graphbuilder.resources").joinpath("queries").iterdir())


def load_graph(path: Union[str, Path]) -> Graph:
    """Open a graph: an output directory (``graph.ttl``), a ``.ttl``/``.nt``/``.trig``/``.nq``/``.jsonld`` file.

    Raises
    ------
    GraphError
        When the path is not a graph or cannot be parsed (one-line message).
    """
    from .graph import bind_prefixes

    p = Path(path)
    if p.is_dir():
        if (p / GRAPH_FILE).is_file():
            p = p / GRAPH_FILE
        else:
            raise GraphError(Errors.E030.format(path=path))
    if not p.is_file():
        raise GraphError(Errors.E030.format(path=path))
    formats = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld",
               ".rdf": "xml", ".xml": "xml"}
    fmt = formats.get(p.suffix.lower())
    if fmt is None:
        raise GraphError(Errors.E030.format(path=path))
    g = Graph()
    try:
        if fmt in ("trig", "nquads"):
            from .store import read_dataset

            for ctx in read_dataset(p, fmt).graphs():
                g += ctx
        else:
            g.parse(p, format=fmt)
    except Exception as exc:  # rdflib and Oxigraph raise many parser-specific types
        raise GraphError(Errors.E031.format(path=path, reason=str(exc).splitlines()[0][:200])) from None
    return bind_prefixes(g)


def coerce_binding(value: str) -> Union[Literal, URIRef]:
    """Turn a ``--bind`` value into an RDF term: dates, integers, ``<IRIs>``, else a plain literal."""
    if value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    if _DATE.match(value):
        return Literal(value, datatype=XSD.date)
    if _INT.match(value):
        return Literal(int(value))
    return Literal(value)


def binding_term(value: object) -> object:
    """A binding value as an RDF term: strings as ``--bind`` reads them, rdflib terms as they are.

    rdflib's terms are ``str`` subclasses, so "is it a string?" alone would turn an IRI into a
    plain literal.

    >>> binding_term(URIRef("http://x/a")), binding_term("<http://x/a>"), binding_term("2")
    (rdflib.term.URIRef('http://x/a'), rdflib.term.URIRef('http://x/a'), rdflib.term.Literal('2', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer')))
    """
    return coerce_binding(value) if isinstance(value, str) and not isinstance(value, Identifier) else value


def parse_bindings(pairs: Optional[list[str]]) -> dict[str, str]:
    """``["actor=Recep Tayyip Erdogan"]`` → ``{"actor": "Recep Tayyip Erdogan"}``."""
    out = {}
    for pair in pairs or ():
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise QueryError(Errors.E043.format(value=pair))
        out[name.strip().lstrip("?$")] = value
    return out


_RDFLIB_PARSER = threading.Lock()


def prepare(graph: Graph, sparql: str, update: bool = False):
    """``sparql`` parsed and translated by rdflib for ``graph`` (its bound prefixes known), ready to run.

    rdflib's parser (pyparsing) is not thread-safe: threads parsing at once can break its parse
    actions for the rest of the process (every later query fails with a ``TypeError``), so
    parses take turns; the queries themselves still run side by side.
    """
    from rdflib.plugins.sparql.processor import prepareQuery, prepareUpdate

    with _RDFLIB_PARSER:
        return (prepareUpdate if update else prepareQuery)(sparql, initNs=dict(graph.namespaces()))


def run_query(graph: Graph, sparql: str, bindings: Optional[Mapping[str, object]] = None) -> Result:
    """Run a SPARQL 1.1 query with variables bound (strings are coerced with :func:`coerce_binding`)."""
    init = {name: binding_term(value) for name, value in (bindings or {}).items()}
    try:
        return graph.query(prepare(graph, sparql), initBindings=init or None)
    except Exception as exc:
        if type(exc).__name__ in ("ParseException", "ParseSyntaxException") or "Expected" in str(exc):
            raise QueryError(Errors.E040.format(reason=str(exc).splitlines()[0][:300])) from None
        raise


#: Variables the named queries compare with xsd:date values.
DATE_VARIABLES = frozenset({"from", "to"})


def checked_query(name: str, bindings: Optional[Mapping[str, object]] = None) -> NamedQuery:
    """The named query ``name``, after checking that it takes every variable in ``bindings``.

    Unknown names and variables are errors (E041, E042), never silent no-ops.
    """
    queries = named_queries()
    if name not in queries:
        raise QueryError(Errors.E041.format(name=name))
    q = queries[name]
    for var, value in (bindings or {}).items():
        if var not in q.variables:
            raise QueryError(Errors.E042.format(name=name, var=var, takes=", ".join(sorted(q.variables))))
        if var in DATE_VARIABLES and isinstance(value, str) and not isinstance(value, Identifier) \
                and not _DATE.match(value):
            # Compared with xsd:date values, a malformed date would silently match nothing.
            raise QueryError(Errors.E046.format(var=var, value=value[:80]))
    return q


def run_named(graph: Graph, name: str, bindings: Optional[Mapping[str, str]] = None) -> Result:
    """Run a shipped named query on an rdflib graph (its ``NAME.rq`` text)."""
    return run_query(graph, checked_query(name, bindings).text, bindings)


def _cell(term) -> str:
    if term is None:
        return ""
    return str(term)


def format_result(result: Result, fmt: str = "table") -> str:
    """Render a result as ``table`` or as SPARQL 1.1 results ``csv``, ``tsv`` or ``json``.

    A CONSTRUCT or DESCRIBE answer is a graph, not a table: Turtle, or JSON-LD for ``json``.
    """
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.serialize(format="json-ld" if fmt == "json" else "turtle").decode("utf-8")
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8")
    if result.type == "ASK":
        return "true" if result.askAnswer else "false"
    names = [str(v) for v in result.vars]
    if fmt in ("csv", "tsv"):
        # The SPARQL 1.1 CSV and TSV results formats, as the endpoint answers them: CSV has plain
        # values (spreadsheets), TSV keeps the terms (<iri>, "text"@lang, "2"^^<datatype>).
        from .serve import serialize_bindings

        return serialize_bindings(names, ([row[v] for v in result.vars] for row in result), fmt)
    rows = [[_cell(row[v]) for v in result.vars] for row in result]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    widths = [min(w, 60) for w in widths]
    line = lambda cells: "  ".join(c[:60].ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(names), line(["-" * w for w in widths])]
    out.extend(line(r) for r in rows)
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def json_rows(result: Result) -> list[dict]:
    """Rows as plain dicts of strings (for notebooks and tests)."""
    return [{str(v): (None if row[v] is None else str(row[v])) for v in result.vars} for row in result]


def dumps_json(result: Result) -> str:
    """The SPARQL 1.1 results JSON of a result, as text."""
    return json.dumps(json.loads(format_result(result, "json")), indent=2)
