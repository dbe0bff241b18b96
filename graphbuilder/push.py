"""Push a graph to any SPARQL 1.1 Graph Store Protocol server (``graphbuilder push``).

Every document goes to its own named graph (``PUT URL?graph=<document IRI>``, which
replaces that graph, so pushing again is idempotent); actors, direct triples and edges go
to the default graph (``PUT URL?default``). Bodies are N-Triples. One keep-alive HTTP
connection is used for all requests.

For Oxigraph the Graph Store endpoint is ``http://HOST:PORT/store``; for Fuseki
``http://HOST:3030/DATASET/data``; for GraphDB ``http://HOST:7200/repositories/REPO/rdf-graphs/service``.

Examples
--------
>>> from urllib.parse import unquote
>>> unquote(graph_url("http://h:7878/store", "https://w3id.org/graphbuilder/doc/d1"))
'http://h:7878/store?graph=https://w3id.org/graphbuilder/doc/d1'
>>> graph_url("http://h:7878/store", None)
'http://h:7878/store?default'
"""

from __future__ import annotations

import base64
import http.client
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Optional, Union
from urllib.parse import quote, unquote, urlsplit

from .errors import GraphError
from .store import GraphHandle, StoreErrors, StoreHandle, default_graph, open_graph

__all__ = ["PushReport", "push", "graph_url", "graph_payloads"]


@dataclass
class PushReport:
    """What :func:`push` sent."""

    graphs: int = 0
    triples: int = 0
    bytes: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"pushed {self.graphs} graphs, {self.triples} triples "
                f"({self.bytes / 1e6:.1f} MB) in {self.seconds:.2f} s")


def graph_url(url: str, graph: Optional[str]) -> str:
    """The Graph Store Protocol URL of a named graph (``None``: the default graph)."""
    sep = "&" if "?" in url else "?"
    if graph is None:
        return f"{url}{sep}default"
    return f"{url}{sep}graph={quote(str(graph), safe='')}"


def graph_payloads(handle: GraphHandle) -> Iterator[tuple[Optional[str], bytes, int]]:
    """``(graph IRI or None for the default graph, N-Triples bytes, triple count)`` of every graph."""
    if isinstance(handle, StoreHandle):
        import pyoxigraph as ox

        store = handle.ox.store
        triples = [q.triple for q in handle.ox.aggregate_quads()]
        if triples:
            yield None, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), len(triples)
        for g in handle.ox.document_graphs():  # not the store's bookkeeping (its tallies' graph)
            triples = [q.triple for q in store.quads_for_pattern(None, None, None, g)]
            yield g.value, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), len(triples)
        return
    ds = handle.dataset()
    contexts = sorted(ds.graphs(), key=lambda c: str(c.identifier))
    default = default_graph(ds).identifier
    for ctx in sorted(contexts, key=lambda c: c.identifier != default):
        n = len(ctx)
        if not n and ctx.identifier == default:
            continue
        yield (None if ctx.identifier == default else str(ctx.identifier)), ctx.serialize(
            format="nt", encoding="utf-8"), n


class _Connection:
    """One keep-alive connection, reopened once when the server closed it."""

    def __init__(self, url: str, timeout: float):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise GraphError(StoreErrors.E080.format(url=url))
        self.url = url
        self.parts = parts
        self.timeout = timeout
        self.conn: Optional[http.client.HTTPConnection] = None
        self.auth = None
        if parts.username:
            cred = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode("utf-8")
            self.auth = "Basic " + base64.b64encode(cred).decode("ascii")

    def _open(self) -> http.client.HTTPConnection:
        cls = http.client.HTTPSConnection if self.parts.scheme == "https" else http.client.HTTPConnection
        return cls(self.parts.hostname, self.parts.port, timeout=self.timeout)

    def request(self, method: str, target: str, body: bytes, headers: dict) -> tuple[int, str, bytes]:
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = self._open()
            try:
                self.conn.request(method, target, body=body, headers=headers)
                resp = self.conn.getresponse()
                data = resp.read()
                if resp.getheader("Connection", "").lower() == "close":
                    self.close()
                return resp.status, resp.reason, data
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError,
                    http.client.CannotSendRequest, http.client.ResponseNotReady):
                self.close()
                if attempt:
                    raise
            except OSError:
                self.close()
                raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def push(source: Union[str, Path, GraphHandle], url: str, *, token: Optional[str] = None,
         method: str = "PUT", timeout: float = 60.0,
         progress: Optional[Callable[[int], None]] = None) -> PushReport:
    """Load ``source`` into the Graph Store at ``url``, one named graph per document.

    Parameters
    ----------
    source
        An output directory, RDF file, store directory or opened handle.
    url
        The Graph Store Protocol endpoint (``http://127.0.0.1:7878/store`` for Oxigraph).
        ``user:password@`` in the URL is sent as HTTP Basic authentication.
    token
        Sent as ``Authorization: Bearer TOKEN``.
    method
        ``PUT`` replaces each graph (idempotent); ``POST`` adds to it.

    Raises
    ------
    GraphError
        ``E080`` for a URL that is not http(s), ``E081`` when the server cannot be reached,
        ``E082`` when it answers a request with an error status.
    """
    method = method.upper()
    if method not in ("PUT", "POST"):
        raise GraphError(StoreErrors.E083.format(url=url, method=method))
    started = time.perf_counter()
    conn = _Connection(url, timeout)
    handle = source if isinstance(source, GraphHandle) else open_graph(source)
    report = PushReport()
    base = conn.parts.path or "/"
    query = conn.parts.query
    target_base = base + (f"?{query}" if query else "")
    headers = {"Content-Type": "application/n-triples; charset=utf-8", "Accept": "*/*"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    elif conn.auth:
        headers["Authorization"] = conn.auth
    try:
        for graph, data, n in graph_payloads(handle):
            target = graph_url(target_base, graph)
            try:
                status, reason, body = conn.request(method, target, data, {**headers, "Content-Length": str(len(data))})
            except OSError as exc:
                raise GraphError(StoreErrors.E081.format(url=url, reason=str(exc) or type(exc).__name__)) from None
            if not 200 <= status < 300:
                detail = " ".join(body.decode("utf-8", "replace").split())[:200] or reason
                raise GraphError(StoreErrors.E082.format(url=url, status=status, graph=graph or "(default)",
                                                         reason=detail))
            report.graphs += 1
            report.triples += n
            report.bytes += len(data)
            if progress:
                progress(1)
    finally:
        conn.close()
        if not isinstance(source, GraphHandle):
            handle.close()
    report.seconds = time.perf_counter() - started
    return report
