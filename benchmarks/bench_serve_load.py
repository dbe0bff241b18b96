"""Load-test ``graphbuilder serve``: thousands of SPARQL queries from concurrent clients, on both back ends.

Builds a graph — by default the synthetic corpus of ``bench_store.py`` (``--docs`` documents
through :class:`graphbuilder.graph.GraphBuilder`, no model needed); with ``--sample`` the
sample corpus ``data/sample`` through the real pipeline — writes it as ``graph.ttl`` and
loads it into an Oxigraph store, then for each back end:

1. starts a real ``graphbuilder serve GRAPH --port 0`` process on 127.0.0.1 (as a user runs
   it: read-only; a store's queries in worker processes) with ``--max-concurrent`` slots;
2. draws ``--queries`` requests (seeded) from a pool of distinct queries: the named queries
   with bindings (the values written into the text, as ``graphbuilder query --name`` does),
   ad-hoc SELECT and ASK queries, and CONSTRUCTs of an actor's ego graph;
3. answers every distinct query in this process on the same back end first (expected answers;
   this also warms the server's workers and caches), then sends the requests from
   ``--clients`` threads, each with its own keep-alive connection, GET or POST at random;
4. checks every response: HTTP 200, no ``X-Result-Truncated``, and the same answer as in
   process (SELECT/ASK from the SPARQL JSON results, in order when the query has ORDER BY;
   CONSTRUCT from N-Triples, as a set). A ``503`` (all slots busy) is retried after its
   ``Retry-After`` and counted apart; anything else is an error;
5. prints p50/p99/max latency, throughput, errors, and the server's CPU seconds (with its
   worker processes).

The distinct queries also get the same answers (as sorted rows) on both back ends.

Usage::

    python benchmarks/bench_serve_load.py [--docs 1000] [--queries 2000] [--clients 8] [--json out.json]
    python benchmarks/bench_serve_load.py --sample            # the sample corpus (needs the model)

Exit code 1 when any request failed or answered wrongly.
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import queue
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from rdflib import Graph  # noqa: E402

from graphbuilder.query import binding_term, named_queries  # noqa: E402
from graphbuilder.store import (  # noqa: E402
    GraphHandle,
    OxigraphStore,
    declared_parameters,
    keywords,
    open_graph,
    substitute,
    term_parts,
)

ROOT = Path(__file__).resolve().parents[1]
PREFIXES = ("PREFIX gb: <https://w3id.org/graphbuilder/ontology#>\n"
            "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")
RELATION_PROPS = ("gb:meets gb:cooperates gb:supports gb:aids gb:requests gb:opposes gb:rejects gb:threatens "
                  "gb:protests gb:mobilizes gb:sanctions gb:coerces gb:attacks gb:visits gb:stationedAt "
                  "gb:leaderOf gb:memberOf gb:locatedIn gb:controls")


def _load() -> str:
    try:
        return "load average %.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        return "load average unknown"


# ----------------------------------------------------------------------------- the graph

def build_synthetic(docs: int, out: Path, seed: int) -> Graph:
    """The synthetic corpus of bench_store.py, built as a real build does (graph.ttl in ``out``)."""
    from bench_store import build, make_actors, make_documents

    g = build(make_documents(docs, 5, seed, actors=make_actors(random.Random(seed))))
    out.mkdir(parents=True, exist_ok=True)
    g.serialize(out / "graph.ttl", format="turtle", encoding="utf-8")
    return g


def build_sample(out: Path) -> Graph:
    """The sample corpus through the real pipeline (needs the spaCy model)."""
    from graphbuilder.pipeline import build

    graph, _report = build([ROOT / "data" / "sample"], out, html=False)
    return graph


# ----------------------------------------------------------------------------- the query mix

@dataclass(frozen=True)
class Request:
    """One distinct query: its kind (``named``, ``select``, ``ask``, ``construct``), label and text."""

    kind: str
    label: str
    text: str

    @property
    def ordered(self) -> bool:
        return "ORDER" in keywords(self.text)


def query_pool(handle: GraphHandle, rng: random.Random, size: int) -> list[Request]:
    """Distinct queries over the graph's own actors, weighted towards the busy ones (as users ask)."""
    rows = list(handle.execute(
        PREFIXES + "SELECT ?l ?n ?cls WHERE { ?x gb:actorId ?id ; rdfs:label ?l ; gb:mentionCount ?n ; a ?cls } "
                   "ORDER BY DESC(?n) ?l").rdflib_rows())
    actors = [str(r[0]) for r in rows]
    busy = actors[:50]
    pick = lambda: rng.choice(busy) if rng.random() < 0.6 else rng.choice(actors)  # noqa: E731
    dyads = [(str(a), str(b)) for a, b in handle.execute(
        PREFIXES + "SELECT ?a ?b WHERE { ?e a gb:Edge ; rdf:subject ?s ; rdf:object ?o ; gb:mentionCount ?n . "
                   "?s rdfs:label ?a . ?o rdfs:label ?b } ORDER BY DESC(?n) ?a ?b LIMIT 200").rdflib_rows()]
    dates = [str(r[0]) for r in handle.execute(
        PREFIXES + "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT DISTINCT ?d WHERE { ?x a gb:Document ; "
                   "dcterms:date ?d } ORDER BY ?d").rdflib_rows()]
    relations = ["meets", "opposes", "attacks", "cooperates", "supports", "stationed-at"]
    types = sorted({str(r[2]).rsplit("#", 1)[-1] for r in rows})
    named = named_queries()

    def bound(name: str, bindings: dict) -> Request:
        text = named[name].text
        terms = {k: binding_term(v) for k, v in bindings.items()}  # as --bind reads them: dates are dates
        label = name + "(" + ", ".join(f"{k}={v}" for k, v in bindings.items()) + ")"
        return Request("named", label, substitute(text, terms, declared_parameters(text)))

    def window() -> dict:
        if not dates:
            return {}
        a, b = sorted(rng.sample(dates, 2)) if len(dates) > 1 else (dates[0], dates[0])
        return {"from": a[:10], "to": b[:10]}

    makers = [
        (10, lambda: bound("who-met", {"actor": pick()})),
        (6, lambda: bound("who-opposes", {"actor": pick()})),
        (8, lambda: bound("evidence", {"actor": pick(), **({"relation": rng.choice(relations)}
                                                            if rng.random() < 0.5 else {})})),
        (10, lambda: bound("neighbourhood", {"actor": pick()})),
        (6, lambda: bound("dyad-balance", dict(zip(("a", "b"), rng.choice(dyads))) if dyads else {})),
        (8, lambda: bound("timeline", {"actor": pick(), **window()})),
        (4, lambda: bound("top-actors", {"type": rng.choice(types)} if rng.random() < 0.7 else {})),
        (4, lambda: bound("documents", {"actor": pick()})),
        (2, lambda: bound("stationed-in", {})),
        (8, lambda: Request("select", "label lookup", PREFIXES + (
            'SELECT ?x ?cls ?n WHERE {{ ?x rdfs:label "{}" ; a ?cls ; gb:mentionCount ?n }}').format(pick()))),
        (5, lambda: Request("select", "edges per relation", PREFIXES + (
            "SELECT ?rel (COUNT(?e) AS ?n) (SUM(?c) AS ?mentions) WHERE { ?e a gb:Edge ; gb:relation ?rel ; "
            "gb:mentionCount ?c } GROUP BY ?rel ORDER BY ?rel"))),
        (5, lambda: Request("select", "top 10", PREFIXES + (
            "SELECT ?l ?n WHERE {{ ?x a gb:{} ; rdfs:label ?l ; gb:mentionCount ?n }} ORDER BY DESC(?n) ?l "
            "LIMIT 10").format(rng.choice(types)))),
        (4, lambda: Request("ask", "met?", PREFIXES + (
            'ASK {{ ?a rdfs:label "{}" . ?b rdfs:label "{}" . ?a gb:meets|^gb:meets ?b }}').format(pick(), pick()))),
        (10, lambda: Request("construct", "ego graph", PREFIXES + (
            'CONSTRUCT {{ ?x ?p ?y . ?y rdfs:label ?l }} WHERE {{ ?x rdfs:label "{}" ; ?p ?y . '
            "VALUES ?p {{ {} }} ?y rdfs:label ?l }}").format(pick(), RELATION_PROPS))),
    ]
    weights = [w for w, _ in makers]
    pool: dict = {}
    attempts = 0
    while len(pool) < size and attempts < size * 20:
        attempts += 1
        req = rng.choices(makers, weights=weights)[0][1]()
        pool.setdefault(req.text, req)
    return list(pool.values())


# ----------------------------------------------------------------------------- answers

def _cell(term) -> Optional[tuple]:
    if term is None:
        return None
    kind, value, dt, lang = term_parts(term)
    return kind, value, dt, lang


def expected_answer(handle: GraphHandle, req: Request):
    """What the server must answer: rows of ``(kind, value, datatype, lang)``, a boolean or a set of triples."""
    outcome = handle.execute(req.text)
    if outcome.type == "SELECT":
        return [tuple(_cell(t) for t in row) for row in outcome.rows], outcome.vars
    if outcome.type == "ASK":
        return bool(outcome.boolean), None
    return {tuple(t.n3() for t in triple) for triple in outcome.rdflib_triples()}, None


def served_answer(req: Request, body: bytes, names: Optional[list]):
    """The answer in a response body, in the shape of :func:`expected_answer`."""
    if req.kind == "construct":
        g = Graph().parse(data=body.decode("utf-8"), format="nt")
        return {tuple(t.n3() for t in triple) for triple in g}
    data = json.loads(body)
    if "boolean" in data:
        return data["boolean"]
    rows = []
    for b in data["results"]["bindings"]:
        row = []
        for name in names:
            cell = b.get(name)
            if cell is None:
                row.append(None)
            else:
                kind = {"typed-literal": "literal"}.get(cell["type"], cell["type"])
                row.append((kind, cell["value"], cell.get("datatype"), cell.get("xml:lang")))
        rows.append(tuple(row))
    return rows


def comparable(answer, ordered: bool):
    if isinstance(answer, list) and not ordered:
        return sorted(answer, key=repr)
    return answer


def portable(answer):
    """An answer with numbers as floats and rows sorted, to compare the back ends with each other."""
    if not isinstance(answer, list):
        return answer
    out = []
    for row in answer:
        cells = []
        for cell in row:
            if cell and cell[0] == "literal" and cell[2] and cell[2].rsplit("#", 1)[-1] in (
                    "integer", "decimal", "double", "float", "int", "long"):
                cells.append(("number", round(float(cell[1]), 9)))
            else:
                cells.append(cell)
        out.append(tuple(cells))
    return sorted(out, key=repr)


# ----------------------------------------------------------------------------- the server

class Server:
    """A ``graphbuilder serve`` process on 127.0.0.1 and a free port."""

    def __init__(self, graph: Path, clients: int, max_concurrent: int, timeout: float):
        cmd = [sys.executable, "-m", "graphbuilder", "serve", str(graph), "--port", "0", "--quiet",
               "--max-concurrent", str(max_concurrent), "--timeout", str(timeout)]
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        lines = []
        while True:
            line = self.proc.stderr.readline()
            if not line:
                self.stop()
                raise RuntimeError("graphbuilder serve exited: " + " ".join(lines)[-500:])
            lines.append(line)
            hit = re.search(r"at (http://\S+/sparql)", line)
            if hit:
                self.url = hit.group(1)
                break
        # drain stderr so that the server never blocks on a full pipe
        threading.Thread(target=lambda: [None for _ in self.proc.stderr], daemon=True).start()

    def cpu_seconds(self) -> float:
        """CPU seconds of the server and its worker processes (0 without psutil)."""
        try:
            import psutil
        except ImportError:
            return 0.0
        try:
            p = psutil.Process(self.proc.pid)
            total = sum(p.cpu_times()[:2])
            for child in p.children(recursive=True):
                try:
                    total += sum(child.cpu_times()[:2])
                except psutil.Error:
                    pass
            return total
        except psutil.Error:
            return 0.0

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)


@dataclass
class Sent:
    """One sent request: its latency, status and whether the answer was right."""

    req: Request
    seconds: float
    status: int
    right: bool
    busy_retries: int = 0
    problem: str = ""


class Client(threading.Thread):
    """Sends requests from a shared queue over one keep-alive connection."""

    def __init__(self, url: str, jobs: "queue.Queue", expected: dict, out: list, seed: int):
        super().__init__(daemon=True)
        parts = urlsplit(url)
        self.host, self.port, self.path = parts.hostname, parts.port, parts.path
        self.jobs, self.expected, self.out = jobs, expected, out
        self.rng = random.Random(seed)
        self.conn: Optional[http.client.HTTPConnection] = None

    def _send(self, req: Request) -> tuple[int, dict, bytes]:
        accept = "application/n-triples" if req.kind == "construct" else "application/sparql-results+json"
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=120)
            try:
                if self.rng.random() < 0.5:
                    self.conn.request("GET", self.path + "?" + urlencode({"query": req.text}), headers={"Accept": accept})
                else:
                    self.conn.request("POST", self.path, body=req.text.encode("utf-8"),
                                      headers={"Accept": accept, "Content-Type": "application/sparql-query"})
                resp = self.conn.getresponse()
                body = resp.read()
                if resp.getheader("Connection", "").lower() == "close":
                    self.conn.close()
                    self.conn = None
                return resp.status, dict(resp.getheaders()), body
            except (ConnectionError, http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = None
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def run(self) -> None:
        while True:
            try:
                req = self.jobs.get_nowait()
            except queue.Empty:
                break
            started = time.perf_counter()
            retries, problem = 0, ""
            try:
                while True:
                    status, headers, body = self._send(req)
                    if status == 503 and b"E095" in body:  # all slots busy: come back as told
                        retries += 1
                        time.sleep(float(headers.get("Retry-After", "1")))
                        continue
                    break
            except Exception as exc:  # a broken connection is an error of the run, not of the bench
                status, headers, body, problem = 0, {}, b"", f"{type(exc).__name__}: {exc}"
            seconds = time.perf_counter() - started
            right = False
            if status == 200 and "X-Result-Truncated" not in headers:
                answer, names = self.expected[req.text]
                try:
                    got = served_answer(req, body, names)
                    right = comparable(got, req.ordered) == comparable(answer, req.ordered)
                    problem = "" if right else "wrong answer"
                except Exception as exc:  # unparsable body
                    problem = f"bad body: {type(exc).__name__}: {exc}"
            elif not problem:
                problem = f"HTTP {status}: {body[:120]!r}"
            self.out.append(Sent(req, seconds, status, right, retries, problem))
        if self.conn is not None:
            self.conn.close()


def percentile(values: list, p: float) -> float:
    """The ``p``-th percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, math.ceil(p / 100 * len(ordered)) - 1))]


def run_backend(kind: str, graph: Path, requests: list, expected: dict, args) -> dict:
    """Serve ``graph``, fire ``requests`` from the clients, return the figures."""
    server = Server(graph, args.clients, args.max_concurrent or args.clients, args.timeout)
    try:
        jobs: queue.Queue = queue.Queue()
        warm = list({r.text: r for r in requests}.values())
        for req in warm:  # every distinct query once: workers started, caches warm, answers checked too
            jobs.put(req)
        warm_out: list = []
        clients = [Client(server.url, jobs, expected, warm_out, args.seed + i) for i in range(args.clients)]
        for c in clients:
            c.start()
        for c in clients:
            c.join()
        for req in requests:
            jobs.put(req)
        out: list = []
        cpu0, started = server.cpu_seconds(), time.perf_counter()
        clients = [Client(server.url, jobs, expected, out, args.seed + 100 + i) for i in range(args.clients)]
        for c in clients:
            c.start()
        for c in clients:
            c.join()
        wall = time.perf_counter() - started
        cpu = server.cpu_seconds() - cpu0
    finally:
        server.stop()
    latencies = [o.seconds * 1000 for o in out]
    errors = [o for o in out if not o.right]
    warm_errors = [o for o in warm_out if not o.right]
    by_kind = {}
    for k in ("named", "select", "ask", "construct"):
        ks = [o.seconds * 1000 for o in out if o.req.kind == k]
        if ks:
            by_kind[k] = {"n": len(ks), "p50_ms": statistics.median(ks), "p99_ms": percentile(ks, 99)}
    result = {"backend": kind, "queries": len(out), "clients": args.clients, "errors": len(errors),
              "warm_up_errors": len(warm_errors), "busy_retries": sum(o.busy_retries for o in out),
              "p50_ms": statistics.median(latencies), "p99_ms": percentile(latencies, 99), "max_ms": max(latencies),
              "wall_s": wall, "queries_per_s": len(out) / wall, "server_cpu_s": cpu, "by_kind": by_kind,
              "problems": sorted({f"{o.req.label}: {o.problem}" for o in errors + warm_errors})[:10]}
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000, help="synthetic documents (default 1000: about 190 k triples)")
    ap.add_argument("--sample", action="store_true", help="the sample corpus data/sample instead (needs the model)")
    ap.add_argument("--queries", type=int, default=2000, help="requests per back end (default 2000)")
    ap.add_argument("--clients", type=int, default=8, help="concurrent clients (default 8)")
    ap.add_argument("--max-concurrent", type=int, default=0,
                    help="the server's query slots (default: as many as clients; fewer shows 503 + retry)")
    ap.add_argument("--pool", type=int, default=300, help="distinct queries the requests are drawn from")
    ap.add_argument("--timeout", type=float, default=30.0, help="the server's seconds per query")
    ap.add_argument("--backends", nargs="+", default=["memory", "oxigraph"], choices=["memory", "oxigraph"])
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
    args = ap.parse_args(argv)
    print(_load(), flush=True)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        out = tmp / "out"
        t = time.perf_counter()
        graph = build_sample(out) if args.sample else build_synthetic(args.docs, out, args.seed)
        store = tmp / "store"
        with OxigraphStore(store) as st:
            st.add_documents(graph)
        what = "data/sample" if args.sample else f"{args.docs} synthetic documents"
        print(f"graph: {what}, {len(graph)} triples (built and stored in {time.perf_counter() - t:.1f} s)")
        del graph
        paths = {"memory": out / "graph.ttl", "oxigraph": store}
        handles = {k: open_graph(paths[k]) for k in ("memory", "oxigraph")}
        try:
            pool = query_pool(handles["memory"], rng, args.pool)
            requests = [rng.choice(pool) for _ in range(args.queries)]
            expected = {k: {} for k in handles}
            t = time.perf_counter()
            for k, h in handles.items():
                for req in pool:
                    expected[k][req.text] = expected_answer(h, req)
            disagree = [r.label for r in pool if portable(expected["memory"][r.text][0])
                        != portable(expected["oxigraph"][r.text][0])]
            kinds = {k: sum(1 for r in requests if r.kind == k) for k in ("named", "select", "ask", "construct")}
            print(f"requests: {len(requests)} drawn from {len(pool)} distinct queries ({kinds}); expected answers "
                  f"in process in {time.perf_counter() - t:.1f} s; back ends agree on "
                  f"{len(pool) - len(disagree)}/{len(pool)}" + (f" (not: {disagree[:5]})" if disagree else ""))
        finally:
            for h in handles.values():
                h.close()
        results = []
        for kind in args.backends:
            print(f"\n{kind}: serving {paths[kind].name} to {args.clients} clients ({_load()})", flush=True)
            r = run_backend(kind, paths[kind], requests, expected[kind], args)
            results.append(r)
            print(f"  {r['queries']} queries in {r['wall_s']:.1f} s: {r['queries_per_s']:.1f} q/s, latency p50 "
                  f"{r['p50_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms, max {r['max_ms']:.1f} ms; errors {r['errors']} "
                  f"(warm-up {r['warm_up_errors']}), 503 retries {r['busy_retries']}; server CPU {r['server_cpu_s']:.1f} s")
            for k, v in r["by_kind"].items():
                print(f"    {k:9} {v['n']:5d} queries  p50 {v['p50_ms']:8.1f} ms  p99 {v['p99_ms']:8.1f} ms")
            for p in r["problems"]:
                print(f"    ! {p}")
    print()
    print(f"{'backend':9} {'queries':>7} {'clients':>7} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'q/s':>7} "
          f"{'errors':>6} {'cpu s':>6}")
    for r in results:
        print(f"{r['backend']:9} {r['queries']:7d} {r['clients']:7d} {r['p50_ms']:8.1f} {r['p99_ms']:8.1f} "
              f"{r['max_ms']:8.1f} {r['queries_per_s']:7.1f} {r['errors'] + r['warm_up_errors']:6d} "
              f"{r['server_cpu_s']:6.1f}")
    print(_load())
    if args.json:
        args.json.write_text(json.dumps({"results": results, "disagree": disagree}, indent=2), encoding="utf-8")
    failed = any(r["errors"] or r["warm_up_errors"] for r in results) or disagree
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
