"""A SPARQL 1.1 Protocol endpoint over a graph (``graphbuilder serve``), on the standard library only.

* ``GET``/``POST /sparql``: queries (``query=`` in the URL or a form body, or an
  ``application/sparql-query`` body) with results as JSON, XML, CSV or TSV, and Turtle,
  N-Triples, JSON-LD or RDF/XML for ``CONSTRUCT``/``DESCRIBE``, chosen by the ``Accept``
  header (or a ``format=`` parameter); ``GET /sparql`` without a query returns a service
  description.
* Updates (``update=`` form field or ``application/sparql-update`` body) are refused unless
  the server was started with ``allow_update`` and the request carries
  ``Authorization: Bearer TOKEN``.
* ``SERVICE`` (queries and updates) and ``LOAD`` are refused, since both make the server
  fetch URLs; rdflib is also told not to load ``FROM`` graphs from the web.
* Limits: query time (a memory graph stops scanning at the deadline; a store's queries run
  in worker processes that are killed and replaced), rows or triples per result (the
  rest is cut and ``X-Result-Truncated: true`` is sent), request body size, concurrent
  queries (``503`` with ``Retry-After`` when all are busy).
* Malformed SPARQL is a ``400`` with the parser's message; every response carries CORS
  headers; ``GET /`` is a small self-contained query page.

Examples
--------
>>> from rdflib import Graph
>>> from graphbuilder.store import MemoryHandle
>>> srv = SparqlServer(MemoryHandle("mem", Graph()), port=0).start()
>>> import urllib.request, json
>>> url = srv.url + "?query=ASK%20%7B%7D"
>>> json.load(urllib.request.urlopen(url))["boolean"]
True
>>> srv.stop()
"""

from __future__ import annotations

import csv
import hmac
import io
import json
import queue
import re
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Optional
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from rdflib import Graph

from .errors import GraphbuilderError, QueryError
from .store import (
    GraphHandle,
    QueryTimeout,
    StoreErrors,
    StoreHandle,
    keywords,
    open_graph,
    set_deadline,
    term_parts,
)

__all__ = ["Limits", "SparqlServer", "serve", "answer", "negotiate", "refused_reason"]


@dataclass(frozen=True)
class Limits:
    """Resource limits of a server.

    Attributes
    ----------
    timeout : float
        Seconds a query may run.
    max_rows : int
        Rows (or triples) per result; the rest is cut off.
    max_body : int
        Bytes of a request body.
    max_concurrent : int
        Queries running at once.
    """

    timeout: float = 30.0
    max_rows: int = 100_000
    max_body: int = 1_000_000
    max_concurrent: int = 4


# ----------------------------------------------------------------------------- negotiation

BINDINGS_TYPES = [
    ("application/sparql-results+json", "json"), ("application/json", "json"),
    ("application/sparql-results+xml", "xml"), ("application/xml", "xml"), ("text/xml", "xml"),
    ("text/csv", "csv"), ("text/tab-separated-values", "tsv"), ("text/plain", "tsv"),
]
GRAPH_TYPES = [
    ("text/turtle", "turtle"), ("application/x-turtle", "turtle"), ("application/turtle", "turtle"),
    ("application/n-triples", "nt"), ("text/plain", "nt"), ("application/ld+json", "json-ld"),
    ("application/rdf+xml", "xml"), ("application/xml", "xml"),
]
MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv",
         "tsv": "text/tab-separated-values"}
GRAPH_MEDIA = {"turtle": "text/turtle", "nt": "application/n-triples", "json-ld": "application/ld+json",
               "xml": "application/rdf+xml"}
FORMAT_PARAM = {
    "json": ("json", "json-ld"), "srj": ("json", "json-ld"), "xml": ("xml", "xml"), "srx": ("xml", "xml"),
    "csv": ("csv", None), "tsv": ("tsv", None), "turtle": (None, "turtle"), "ttl": (None, "turtle"),
    "nt": (None, "nt"), "ntriples": (None, "nt"), "n-triples": (None, "nt"), "jsonld": (None, "json-ld"),
    "json-ld": (None, "json-ld"), "rdfxml": (None, "xml"), "rdf+xml": (None, "xml"),
}


def _accept_items(accept: str) -> list[tuple[str, float]]:
    items = []
    for n, part in enumerate(accept.split(",")):
        bits = [b.strip() for b in part.split(";")]
        if not bits[0]:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        items.append((bits[0].lower(), q, n))
    items.sort(key=lambda t: (-t[1], t[2]))
    return [(m, q) for m, q, _n in items if q > 0]


def negotiate(accept: Optional[str], kind: str, fmt: Optional[str] = None) -> Optional[str]:
    """The serialisation for a result kind (``bindings`` or ``graph``), or ``None`` if nothing fits.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "bindings")
    'xml'
    >>> negotiate("*/*", "graph")
    'turtle'
    >>> negotiate(None, "bindings", fmt="tsv")
    'tsv'
    """
    table = BINDINGS_TYPES if kind == "bindings" else GRAPH_TYPES
    default = "json" if kind == "bindings" else "turtle"
    if fmt:
        f = fmt.strip().lower()
        for media, name in table:
            if media == f:
                return name
        if f in FORMAT_PARAM:
            pick = FORMAT_PARAM[f][0 if kind == "bindings" else 1]
            if pick:
                return pick
    if not accept:
        return default
    for media, _q in _accept_items(accept):
        if media in ("*/*", "*"):
            return default
        for m, name in table:
            if m == media or (media.endswith("/*") and m.startswith(media[:-1])):
                return name
    return None


# ----------------------------------------------------------------------------- serialisers

def _json_term(t) -> dict:
    kind, value, dt, lang = term_parts(t)
    out = {"type": kind, "value": value}
    if lang:
        out["xml:lang"] = lang
    elif dt:
        out["datatype"] = dt
    return out


def _xml_term(t) -> str:
    kind, value, dt, lang = term_parts(t)
    if kind == "uri":
        return f"<uri>{xml_escape(value)}</uri>"
    if kind == "bnode":
        return f"<bnode>{xml_escape(value)}</bnode>"
    attrs = f" xml:lang={quoteattr(lang)}" if lang else (f" datatype={quoteattr(dt)}" if dt else "")
    return f"<literal{attrs}>{xml_escape(value)}</literal>"


def _csv_cell(t) -> str:
    if t is None:
        return ""
    kind, value, _dt, _lang = term_parts(t)
    return f"_:{value}" if kind == "bnode" else value


def _tsv_cell(t) -> str:
    if t is None:
        return ""
    kind, value, dt, lang = term_parts(t)
    if kind == "uri":
        return f"<{value}>"
    if kind == "bnode":
        return f"_:{value}"
    text = '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace(
        "\r", "\\r").replace("\t", "\\t") + '"'
    if lang:
        return f"{text}@{lang}"
    return f"{text}^^<{dt}>" if dt else text


class _Rows:
    """Iterate rows up to a limit and a deadline; remembers whether it cut the result."""

    def __init__(self, rows, limit: int, deadline: float, timeout: float):
        self.rows, self.limit, self.deadline, self.timeout = rows, limit, deadline, timeout
        self.truncated = False

    def __iter__(self):
        n = 0
        for row in self.rows:
            if n >= self.limit:
                self.truncated = True
                return
            n += 1
            if not n & 255 and time.monotonic() > self.deadline:
                raise QueryTimeout(StoreErrors.E075.format(seconds=self.timeout))
            yield row


def serialize_bindings(names: list, rows, fmt: str) -> str:
    """SPARQL 1.1 results in ``json``, ``xml``, ``csv`` or ``tsv`` from rows of rdflib terms."""
    if fmt == "json":
        parts = []
        for row in rows:
            parts.append(json.dumps({n: _json_term(t) for n, t in zip(names, row) if t is not None},
                                    ensure_ascii=False))
        return ('{"head": {"vars": ' + json.dumps(names) + '}, "results": {"bindings": [\n' +
                ",\n".join(parts) + "\n]}}\n")
    if fmt == "xml":
        out = ['<?xml version="1.0" encoding="utf-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
               "<head>" + "".join(f"<variable name={quoteattr(n)}/>" for n in names) + "</head>", "<results>"]
        for row in rows:
            cells = "".join(f"<binding name={quoteattr(n)}>{_xml_term(t)}</binding>"
                            for n, t in zip(names, row) if t is not None)
            out.append(f"<result>{cells}</result>")
        out.append("</results>\n</sparql>\n")
        return "\n".join(out)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(names)
        for row in rows:
            w.writerow([_csv_cell(t) for t in row])
        return buf.getvalue()
    lines = ["\t".join("?" + n for n in names)]
    lines.extend("\t".join(_tsv_cell(t) for t in row) for row in rows)
    return "\n".join(lines) + "\n"


def serialize_boolean(value: bool, fmt: str) -> str:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": bool(value)}) + "\n"
    if fmt == "xml":
        return ('<?xml version="1.0" encoding="utf-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n")
    return ("true" if value else "false") + "\n"


# ----------------------------------------------------------------------------- answering

_UESC = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def refused_reason(text: str, update: bool = False) -> Optional[str]:
    """Why a request is refused (``SERVICE``, ``LOAD``), or ``None``.

    ``\\u`` escapes are decoded first, since SPARQL allows them anywhere in a query.

    >>> refused_reason("SELECT * { \\\\u0053ERVICE <http://x/> { ?s ?p ?o } }")
    'E092 SERVICE is not allowed on this endpoint'
    >>> refused_reason('SELECT * { ?s ?p "SERVICE" }') is None
    True
    """
    decoded = _UESC.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
    words = keywords(decoded)
    if "SERVICE" in words:
        return StoreErrors.E092
    if "LOAD" in words:
        return StoreErrors.E093
    return None


def _response(status: int, body: str | bytes, ctype: str = "text/plain; charset=utf-8", **headers) -> tuple:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return status, {"Content-Type": ctype, **headers}, data


def _error(status: int, message: str, **headers) -> tuple:
    return _response(status, message.rstrip("\n") + "\n", **headers)


def answer(handle: GraphHandle, request: dict) -> tuple:
    """Answer one protocol request; returns ``(status, headers, body)``.

    ``request`` holds ``op`` (``query``/``update``), ``text``, ``accept``, ``format``,
    ``default_graph``, ``named_graphs``, ``timeout`` and ``max_rows``. Runs in the calling
    thread (or a worker process); the deadline applies to memory-graph scans and to the
    iteration of results.
    """
    text = request["text"]
    timeout = float(request.get("timeout") or 30)
    deadline = time.monotonic() + timeout
    reason = refused_reason(text, request["op"] == "update")
    if reason:
        return _error(403, reason)
    if request["op"] == "update":
        try:
            with handle.lock.write():
                handle.update(text)
        except QueryError as exc:
            return _error(400, str(exc))
        except GraphbuilderError as exc:
            return _error(500, str(exc))
        return _response(200, "OK\n")
    set_deadline(deadline)
    try:
        with handle.lock.read():
            outcome = handle.execute(text, default_graph=request.get("default_graph") or None,
                                     named_graphs=request.get("named_graphs") or None)
            if outcome.type == "SELECT":
                fmt = negotiate(request.get("accept"), "bindings", request.get("format"))
                if fmt is None:
                    return _not_acceptable("bindings")
                rows = _Rows(outcome.rows, int(request.get("max_rows") or 100_000), deadline, timeout)
                body = serialize_bindings(outcome.vars, rows, fmt)
                extra = {"X-Result-Truncated": "true"} if rows.truncated else {}
                return _response(200, body, MEDIA[fmt] + "; charset=utf-8", **extra)
            if outcome.type == "ASK":
                fmt = negotiate(request.get("accept"), "bindings", request.get("format"))
                if fmt is None:
                    return _not_acceptable("bindings")
                return _response(200, serialize_boolean(bool(outcome.boolean), fmt), MEDIA[fmt] + "; charset=utf-8")
            fmt = negotiate(request.get("accept"), "graph", request.get("format"))
            if fmt is None:
                return _not_acceptable("graph")
            from .graph import bind_prefixes

            g = bind_prefixes(Graph())
            rows = _Rows(outcome.rdflib_triples(), int(request.get("max_rows") or 100_000), deadline, timeout)
            for t in rows:
                g.add(t)
            body = g.serialize(format=fmt, encoding="utf-8")
            extra = {"X-Result-Truncated": "true"} if rows.truncated else {}
            return _response(200, body, GRAPH_MEDIA[fmt] + "; charset=utf-8", **extra)
    except QueryTimeout:
        return _error(503, StoreErrors.E075.format(seconds=timeout), **{"Retry-After": "5"})
    except QueryError as exc:
        return _error(400, str(exc))
    except GraphbuilderError as exc:
        return _error(500, str(exc))
    except Exception as exc:  # a bug or a back-end failure: one line, no traceback to the client
        return _error(500, f"E999 internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}")
    finally:
        set_deadline(None)


def _not_acceptable(kind: str) -> tuple:
    offered = ", ".join(dict.fromkeys(m for m, _ in (BINDINGS_TYPES if kind == "bindings" else GRAPH_TYPES)))
    return _error(406, StoreErrors.E094.format(offered=offered))


# ----------------------------------------------------------------------------- executors

class _ThreadExecutor:
    """Runs queries in threads of this process; at most ``max_concurrent`` at once."""

    def __init__(self, handle: GraphHandle, limits: Limits):
        self.handle = handle
        self.limits = limits
        self.slots = threading.BoundedSemaphore(limits.max_concurrent)

    def run(self, request: dict) -> tuple:
        if not self.slots.acquire(blocking=False):
            return _busy()
        box: dict = {}
        done = threading.Event()

        def work():
            try:
                box["r"] = answer(self.handle, request)
            finally:
                done.set()
                self.slots.release()

        threading.Thread(target=work, name="sparql-query", daemon=True).start()
        if done.wait(self.limits.timeout + 0.5):
            return box["r"]
        return _error(503, StoreErrors.E075.format(seconds=self.limits.timeout), **{"Retry-After": "5"})

    def close(self) -> None:
        pass


def _worker_main(path: str, conn) -> None:  # pragma: no cover - runs in a child process
    try:
        handle = open_graph(path)
    except GraphbuilderError as exc:
        handle, failure = None, str(exc)
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if handle is None:
            conn.send(_error(500, failure))
            continue
        try:
            conn.send(answer(handle, request))
        except Exception as exc:
            conn.send(_error(500, f"E999 internal error: {type(exc).__name__}: {exc}"))


def _worker_fds(path: str, rfd: int, wfd: int) -> None:  # pragma: no cover - runs in a child process
    """Entry point of a worker process started by :class:`_ProcessExecutor` (pipes on ``rfd``/``wfd``)."""
    from multiprocessing.connection import Connection

    class _Duplex:
        def __init__(self):
            self.r, self.w = Connection(rfd, writable=False), Connection(wfd, readable=False)

        def recv(self):
            return self.r.recv()

        def send(self, obj):
            self.w.send(obj)

    _worker_main(path, _Duplex())


class _Worker:
    """A query worker process and its two pipes."""

    def __init__(self, path: str):
        import os
        import subprocess
        from multiprocessing.connection import Connection

        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        root = str(Path(__file__).resolve().parents[1])
        env = dict(os.environ)
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        code = ("import sys; from graphbuilder.serve import _worker_fds; "
                "_worker_fds(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))")
        try:
            self.proc = subprocess.Popen([sys.executable, "-c", code, path, str(to_child_r), str(from_child_w)],
                                         pass_fds=(to_child_r, from_child_w), env=env, stdin=subprocess.DEVNULL,
                                         close_fds=True)
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        self.w = Connection(to_child_w, readable=False)
        self.r = Connection(from_child_r, writable=False)

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.wait(5)
        except (OSError, ValueError):
            pass
        for c in (self.w, self.r):
            try:
                c.close()
            except OSError:
                pass


class _ProcessExecutor:
    """Runs a read-only store's queries in worker processes; a query past its time is killed."""

    def __init__(self, path: Path, limits: Limits):
        self.path = str(path)
        self.limits = limits
        self.idle: queue.Queue = queue.Queue()
        self.workers: set = set()
        self.closed = False
        self.lock = threading.Lock()
        for _ in range(limits.max_concurrent):
            self.idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        w = _Worker(self.path)
        with self.lock:
            self.workers.add(w)
        return w

    def _replace(self, w: _Worker) -> None:
        with self.lock:
            self.workers.discard(w)
        w.kill()
        if not self.closed:
            threading.Thread(target=lambda: self.idle.put(self._spawn()), daemon=True).start()

    def run(self, request: dict) -> tuple:
        try:
            w = self.idle.get_nowait()
        except queue.Empty:
            return _busy()
        try:
            w.w.send(request)
            if w.r.poll(self.limits.timeout + 0.5):
                result = w.r.recv()
                self.idle.put(w)
                return result
        except (EOFError, OSError):
            self._replace(w)
            return _error(500, "E999 internal error: the query worker died")
        self._replace(w)
        return _error(503, StoreErrors.E075.format(seconds=self.limits.timeout), **{"Retry-After": "5"})

    def close(self) -> None:
        self.closed = True
        with self.lock:
            workers = list(self.workers)
            self.workers.clear()
        for w in workers:
            w.kill()


def _busy() -> tuple:
    return _error(503, StoreErrors.E095, **{"Retry-After": "1"})


# ----------------------------------------------------------------------------- HTTP

CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Accept, Authorization",
    "Access-Control-Expose-Headers": "X-Result-Truncated, Retry-After",
    "Access-Control-Max-Age": "600",
}


class _Handler(BaseHTTPRequestHandler):
    server_version = "graphbuilder-sparql"
    protocol_version = "HTTP/1.1"
    timeout = 60
    # Headers and body leave in two writes: with Nagle's algorithm the body waited for the
    # client's delayed ACK of the headers, 40 ms on every keep-alive response.
    disable_nagle_algorithm = True

    # -- plumbing
    @property
    def app(self) -> "SparqlServer":
        return self.server.app  # type: ignore[attr-defined]

    def log_message(self, fmt, *args):
        if self.app.verbose:
            sys.stderr.write("%s - %s\n" % (self.address_string(), fmt % args))

    def _send(self, status: int, headers: dict, body: bytes, head_only: bool = False) -> None:
        self.send_response(status)
        for k, v in {**CORS, **headers}.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        if status in (411, 413):  # the body was not read: the connection cannot be reused
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if not head_only:
            self.wfile.write(body)

    def _reply(self, result: tuple) -> None:
        status, headers, body = result
        self._send(status, headers, body)

    # -- verbs
    def do_OPTIONS(self):
        self._send(204, {"Allow": "GET, POST, OPTIONS"}, b"")

    def do_GET(self):
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(200, {"Content-Type": "text/html; charset=utf-8"}, self.app.page())
            return
        if url.path != "/sparql":
            self._reply(_error(404, StoreErrors.E096.format(path=url.path)))
            return
        try:
            params = parse_qs(url.query, keep_blank_values=True, strict_parsing=False, errors="strict")
        except (UnicodeDecodeError, ValueError):
            self._reply(_error(400, StoreErrors.E097.format(reason="cannot decode the query string (UTF-8 expected)")))
            return
        if "update" in params:
            self._reply(_error(405, StoreErrors.E097.format(reason="updates must be sent with POST"), Allow="POST"))
            return
        if "query" not in params:
            self._send(200, {"Content-Type": "text/turtle; charset=utf-8"}, self.app.service_description())
            return
        self._protocol("query", params)

    def do_POST(self):
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._reply(_error(404, StoreErrors.E096.format(path=url.path)))
            return
        length = self.headers.get("Content-Length")
        if length is None:
            self._reply(_error(411, StoreErrors.E097.format(reason="POST needs a Content-Length")))
            return
        try:
            n = int(length)
        except ValueError:
            self._reply(_error(400, StoreErrors.E097.format(reason="bad Content-Length")))
            return
        if n > self.app.limits.max_body or n < 0:
            self._reply(_error(413, StoreErrors.E098.format(limit=self.app.limits.max_body)))
            return
        body = self.rfile.read(n)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        try:
            params = parse_qs(url.query, keep_blank_values=True, errors="strict")
            if ctype == "application/x-www-form-urlencoded":
                for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True, errors="strict").items():
                    params.setdefault(k, []).extend(v)
                op = "update" if "update" in params else "query"
            elif ctype == "application/sparql-query":
                params["query"] = [body.decode("utf-8")]
                op = "query"
            elif ctype == "application/sparql-update":
                params["update"] = [body.decode("utf-8")]
                op = "update"
            else:
                self._reply(_error(415, StoreErrors.E097.format(
                    reason="POST a form (application/x-www-form-urlencoded), application/sparql-query or "
                           "application/sparql-update")))
                return
        except (UnicodeDecodeError, ValueError):
            self._reply(_error(400, StoreErrors.E097.format(reason="cannot decode the request (UTF-8 expected)")))
            return
        self._protocol(op, params)

    # -- protocol
    def _protocol(self, op: str, params: dict) -> None:
        values = params.get(op) or []
        if len(values) != 1:
            self._reply(_error(400, StoreErrors.E097.format(reason=f"give exactly one '{op}' parameter")))
            return
        if op == "query" and "update" in params:
            self._reply(_error(400, StoreErrors.E097.format(reason="give either 'query' or 'update', not both")))
            return
        if op == "update":
            if not self.app.allow_update:
                self._reply(_error(403, StoreErrors.E099.format(
                    reason="are disabled (start the server with --allow-update)")))
                return
            auth = self.headers.get("Authorization") or ""
            given = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
            if not given or not hmac.compare_digest(given.encode(), (self.app.token or "").encode()):
                self._reply(_error(401, StoreErrors.E099.format(reason="need 'Authorization: Bearer TOKEN'"),
                                   **{"WWW-Authenticate": 'Bearer realm="graphbuilder"'}))
                return
        fmt = (params.get("format") or params.get("output") or [None])[0]
        request = {"op": op, "text": values[0], "accept": self.headers.get("Accept"), "format": fmt,
                   "default_graph": params.get("default-graph-uri") or params.get("using-graph-uri") or [],
                   "named_graphs": params.get("named-graph-uri") or params.get("using-named-graph-uri") or [],
                   "timeout": self.app.limits.timeout, "max_rows": self.app.limits.max_rows}
        started = time.perf_counter()
        result = self.app.executor.run(request) if op == "query" else self.app.updates.run(request)
        if self.app.verbose:
            sys.stderr.write(f"  {op} -> {result[0]} in {1000 * (time.perf_counter() - started):.1f} ms\n")
        self._reply(result)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64


class SparqlServer:
    """A SPARQL 1.1 Protocol server over an opened graph.

    Parameters
    ----------
    handle
        What to serve (:func:`graphbuilder.store.open_graph`).
    host, port
        Where to listen; port ``0`` picks a free port (see :attr:`port`).
    limits
        :class:`Limits` on time, result size, body size and concurrency.
    allow_update, token
        Accept SPARQL updates carrying ``Authorization: Bearer TOKEN``.
    workers
        ``"process"`` (default for a read-only store: killable worker processes) or
        ``"thread"``.
    """

    def __init__(self, handle: GraphHandle, host: str = "127.0.0.1", port: int = 7878, *,
                 limits: Limits = Limits(), allow_update: bool = False, token: Optional[str] = None,
                 workers: Optional[str] = None, verbose: bool = False, title: Optional[str] = None):
        import rdflib.plugins.sparql as rdflib_sparql

        if allow_update and not token:
            raise GraphbuilderError(StoreErrors.E091)
        rdflib_sparql.SPARQL_LOAD_GRAPHS = False  # FROM <url> must not fetch the web
        self.handle, self.limits, self.allow_update, self.token = handle, limits, allow_update, token
        self.verbose = verbose
        self.title = title or f"graphbuilder — {handle.path}"
        if workers is None:
            workers = "process" if isinstance(handle, StoreHandle) and handle.ox.read_only else "thread"
        if workers == "process" and (not (isinstance(handle, StoreHandle) and handle.ox.read_only)
                                     or sys.platform == "win32"):  # pipes are passed to workers as fds
            workers = "thread"
        self.workers = workers
        try:
            self.httpd = _Server((host, port), _Handler)
        except OSError as exc:
            raise GraphbuilderError(StoreErrors.E090.format(host=host, port=port, reason=exc.strerror or exc)) from None
        self.httpd.app = self  # type: ignore[attr-defined]
        self.host, self.port = self.httpd.server_address[:2]
        self.executor = (_ProcessExecutor(handle.path, limits) if workers == "process"
                         else _ThreadExecutor(handle, limits))
        self.updates = _ThreadExecutor(handle, Limits(timeout=max(limits.timeout, 300.0), max_concurrent=1,
                                                      max_rows=limits.max_rows, max_body=limits.max_body))
        self._thread: Optional[threading.Thread] = None
        self._page: Optional[bytes] = None

    @property
    def url(self) -> str:
        """The endpoint URL (``http://HOST:PORT/sparql``)."""
        host = f"[{self.host}]" if ":" in str(self.host) else self.host
        return f"http://{host}:{self.port}/sparql"

    def start(self) -> "SparqlServer":
        """Serve in a background thread; returns ``self``."""
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.1},
                                        name="sparql-server", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in this thread until :meth:`stop` or Ctrl-C."""
        try:
            self.httpd.serve_forever(poll_interval=0.25)
        finally:
            self.close()

    def stop(self) -> None:
        """Stop serving and release the port and the workers."""
        self.httpd.shutdown()
        if self._thread is not None:
            self._thread.join(5)
        self.close()

    def close(self) -> None:
        self.httpd.server_close()
        self.executor.close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    # -- documents
    def service_description(self) -> bytes:
        fmts = "".join(f"    sd:resultFormat <http://www.w3.org/ns/formats/{f}> ;\n" for f in
                       ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                        "Turtle", "N-Triples", "JSON-LD", "RDF_XML"))
        lang = "sd:SPARQL11Query, sd:SPARQL11Update" if self.allow_update else "sd:SPARQL11Query"
        return (f"@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n\n"
                f"[] a sd:Service ;\n    sd:endpoint <{self.url}> ;\n    sd:supportedLanguage {lang} ;\n"
                f"{fmts}    sd:feature sd:UnionDefaultGraph ;\n"
                f"    sd:defaultDataset [ a sd:Dataset ] .\n").encode("utf-8")

    def page(self) -> bytes:
        if self._page is None:
            self._page = render_page(self.title, self.limits, self.handle.kind).encode("utf-8")
        return self._page


def render_page(title: str, limits: Limits, backend: Optional[str] = None) -> str:
    """The query page: a text box, the named queries, a results table; no external assets.

    The named queries are shown in ``backend``'s text (``NAME.oxigraph.rq`` for a store).
    """
    from .query import named_queries

    queries = {n: {"description": q.description, "text": q.text_for(backend)} for n, q in named_queries().items()}
    data = json.dumps(queries, ensure_ascii=False).replace("</", "<\\/")
    default = ("PREFIX gb: <https://w3id.org/graphbuilder/ontology#>\nPREFIX rdfs: "
               "<http://www.w3.org/2000/01/rdf-schema#>\n\nSELECT ?actor ?mentions WHERE {\n"
               "  ?x rdfs:label ?actor ; gb:mentionCount ?mentions ; gb:actorId ?id .\n}\n"
               "ORDER BY DESC(?mentions)\nLIMIT 20\n")
    return _PAGE.replace("@@TITLE@@", xml_escape(title)).replace("@@QUERIES@@", data).replace(
        "@@DEFAULT@@", xml_escape(default)).replace("@@LIMITS@@", xml_escape(
            f"{limits.timeout:g} s per query, {limits.max_rows} rows per result"))


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.2em}
textarea{width:100%;height:14em;font:13px/1.35 ui-monospace,monospace;box-sizing:border-box}
table{border-collapse:collapse;margin-top:1em;font-size:13px}
th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f3f3f3}
#status{margin-left:1em;color:#555}
.err{color:#b00020;white-space:pre-wrap}
pre{background:#f7f7f7;padding:.6em;overflow:auto}
select,button{font-size:14px}
small{color:#666}
</style></head><body>
<h1>@@TITLE@@</h1>
<p><small>SPARQL 1.1 endpoint at <code>/sparql</code> (GET or POST). Limits: @@LIMITS@@.</small></p>
<label>Named query <select id="named"><option value="">(your own)</option></select></label>
<span id="desc"></span>
<form id="f"><textarea id="q" spellcheck="false">@@DEFAULT@@</textarea><br>
<button type="submit">Run</button>
<select id="fmt"><option value="application/sparql-results+json">table</option>
<option value="text/csv">CSV</option><option value="text/tab-separated-values">TSV</option>
<option value="application/sparql-results+xml">XML</option><option value="text/turtle">Turtle (CONSTRUCT)</option>
</select><span id="status"></span></form>
<div id="out"></div>
<script type="application/json" id="queries">@@QUERIES@@</script>
<script>
"use strict";
const queries = JSON.parse(document.getElementById("queries").textContent);
const sel = document.getElementById("named"), q = document.getElementById("q");
for (const name of Object.keys(queries)) {
  const o = document.createElement("option"); o.value = name; o.textContent = name; sel.appendChild(o);
}
sel.addEventListener("change", () => {
  const item = queries[sel.value];
  document.getElementById("desc").textContent = item ? item.description : "";
  if (item) q.value = item.text;
});
function cell(t) {
  if (!t) return "";
  if (t.type === "literal" && t["xml:lang"]) return t.value + " @" + t["xml:lang"];
  return t.value;
}
document.getElementById("f").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const out = document.getElementById("out"), status = document.getElementById("status");
  const accept = document.getElementById("fmt").value;
  out.textContent = ""; status.textContent = "running…";
  const t0 = performance.now();
  try {
    const r = await fetch("sparql", {method: "POST", body: q.value,
      headers: {"Content-Type": "application/sparql-query", "Accept": accept + ", text/turtle;q=0.5"}});
    const text = await r.text();
    const ms = Math.round(performance.now() - t0);
    if (!r.ok) { status.textContent = r.status + " in " + ms + " ms"; const p = document.createElement("p");
      p.className = "err"; p.textContent = text; out.appendChild(p); return; }
    const truncated = r.headers.get("X-Result-Truncated") ? " (truncated)" : "";
    const type = r.headers.get("Content-Type") || "";
    if (type.startsWith("application/sparql-results+json")) {
      const data = JSON.parse(text);
      if ("boolean" in data) { status.textContent = "ASK: " + data.boolean + " in " + ms + " ms"; return; }
      const vars = data.head.vars, rows = data.results.bindings;
      status.textContent = rows.length + " rows in " + ms + " ms" + truncated;
      const table = document.createElement("table"), head = table.insertRow();
      for (const v of vars) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
      for (const row of rows) { const tr = table.insertRow(); for (const v of vars) tr.insertCell().textContent = cell(row[v]); }
      out.appendChild(table);
    } else {
      status.textContent = "done in " + ms + " ms" + truncated;
      const pre = document.createElement("pre"); pre.textContent = text; out.appendChild(pre);
    }
  } catch (e) { status.textContent = "failed: " + e; }
});
</script>
</body></html>
"""


def serve(path, host: str = "127.0.0.1", port: int = 7878, *, limits: Limits = Limits(),
          allow_update: bool = False, token: Optional[str] = None, verbose: bool = True,
          ready=None) -> None:
    """Open ``path`` and serve it until interrupted (what ``graphbuilder serve`` runs)."""
    handle = open_graph(path, writable=allow_update, cancellable=True)
    server = SparqlServer(handle, host, port, limits=limits, allow_update=allow_update, token=token,
                          verbose=verbose)
    if ready is not None:
        ready(server)
    try:
        server.serve_forever()
    finally:
        handle.close()
