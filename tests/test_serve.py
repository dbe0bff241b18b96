"""``graphbuilder serve``: the SPARQL 1.1 Protocol over real HTTP, on a memory graph and on a store.

Servers run on 127.0.0.1 with a free port, in a thread of the test (the store's queries in
worker processes); every test stops what it starts.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed
from test_store import build_graph

from graphbuilder.serve import Limits, SparqlServer
from graphbuilder.store import OxigraphStore, open_graph

LABELS = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX gb: <https://w3id.org/graphbuilder/ontology#> "
          "SELECT ?l ?n WHERE { ?x rdfs:label ?l ; gb:mentionCount ?n ; gb:actorId ?id } ORDER BY ?l")
COUNTRIES = ("PREFIX gb: <https://w3id.org/graphbuilder/ontology#> "
             "CONSTRUCT { ?c ?p ?o } WHERE { ?c a gb:Country ; ?p ?o }")
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
EXPECTED = ["Ash Carter", "Bashiqa", "Iraq", "Recep Tayyip Erdogan", "Turkey", "Turkish military", "United States"]


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("serve")
    g = build_graph()
    (d / "graph.ttl").write_text(g.serialize(format="turtle"), encoding="utf-8")
    with OxigraphStore(d / "store") as st:
        st.add_documents(g)
    return d


@pytest.fixture(scope="module", params=["memory", "store"])
def server(request, files):
    path = files / ("graph.ttl" if request.param == "memory" else "store")
    handle = open_graph(path, cancellable=True)
    srv = SparqlServer(handle, port=0, limits=Limits(timeout=1.0, max_rows=5, max_body=20_000, max_concurrent=2))
    srv.start()
    yield srv
    srv.stop()
    handle.close()


def _get(url, headers=None, method="GET", data=None):
    req = urllib.request.Request(url, headers=headers or {}, method=method, data=data)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def _q(srv, query, **params):
    return srv.url + "?" + urllib.parse.urlencode({"query": query, **params})


def test_select_in_every_format(server):
    sw = SPARQLWrapper(server.url)
    sw.setQuery(LABELS)
    sw.setReturnFormat(JSON)
    data = sw.query().convert()
    assert [b["l"]["value"] for b in data["results"]["bindings"]] == EXPECTED[:5]  # max_rows = 5
    assert data["results"]["bindings"][0]["n"]["datatype"].endswith("#integer")
    sw.setReturnFormat(XML)
    xml = sw.query().convert()
    # Ash Carter is mentioned once in each of d1, d2 and d3 (each mention counted once).
    assert [n.firstChild.data for n in xml.getElementsByTagName("literal")][:2] == ["Ash Carter", "3"]
    sw.setReturnFormat(CSV)
    assert sw.query().convert().decode().splitlines()[:2] == ["l,n", "Ash Carter,3"]
    sw.setReturnFormat(TSV)
    assert sw.query().convert().decode().splitlines()[1].startswith('"Ash Carter"\t"3"^^<http')
    sw.setMethod(POST)
    sw.setReturnFormat(JSON)
    assert len(sw.query().convert()["results"]["bindings"]) == 5


def test_truncation_is_flagged(server):
    status, headers, body = _get(_q(server, LABELS), {"Accept": "application/sparql-results+json"})
    assert status == 200 and headers.get("X-Result-Truncated") == "true"
    status, headers, body = _get(_q(server, LABELS + " LIMIT 3"))
    assert status == 200 and "X-Result-Truncated" not in headers
    assert len(json.loads(body)["results"]["bindings"]) == 3


def test_construct_in_every_format(server):
    sw = SPARQLWrapper(server.url)
    sw.setQuery(COUNTRIES + " LIMIT 4")
    sizes = []
    for fmt in (TURTLE, N3, JSONLD, XML):
        sw.setReturnFormat(fmt)
        g = sw.query().convert()
        if isinstance(g, bytes):  # SPARQLWrapper hands Turtle back as text
            g = Graph().parse(data=g.decode(), format="turtle")
        assert isinstance(g, Graph), fmt
        sizes.append(len(g))
    assert sizes == [4, 4, 4, 4]
    status, headers, _ = _get(_q(server, COUNTRIES + " LIMIT 4"), {"Accept": "application/n-triples"})
    assert headers["Content-Type"].startswith("application/n-triples")


def test_ask_post_bodies_and_graph_parameters(server):
    ask = "PREFIX gb: <https://w3id.org/graphbuilder/ontology#> ASK { ?x a gb:Country }"
    status, _, body = _get(server.url, {"Content-Type": "application/sparql-query"}, "POST", ask.encode())
    assert status == 200 and json.loads(body)["boolean"] is True
    form = urllib.parse.urlencode({"query": ask}).encode()
    status, _, body = _get(server.url, {"Content-Type": "application/x-www-form-urlencoded",
                                        "Accept": "application/sparql-results+xml"}, "POST", form)
    assert status == 200 and b"<boolean>true</boolean>" in body
    status, _, body = _get(server.url, {"Content-Type": "text/plain"}, "POST", b"ASK {}")
    assert status == 415
    docs = ("PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?id WHERE { ?d dcterms:identifier ?id }")
    status, _, body = _get(_q(server, docs, **{"default-graph-uri": "https://w3id.org/graphbuilder/doc/d2"}))
    if server.handle.kind == "oxigraph":
        assert [b["id"]["value"] for b in json.loads(body)["results"]["bindings"]] == ["d2"]
    else:
        assert status == 400


def test_malformed_sparql_is_a_400_with_the_parser_message(server):
    sw = SPARQLWrapper(server.url)
    sw.setQuery("SELECT ?x WHERE { ?x ?p }")
    sw.setReturnFormat(JSON)
    with pytest.raises(QueryBadFormed) as err:
        sw.query()
    assert "E040" in str(err.value)
    status, _, body = _get(_q(server, "SELEKT * {}"))
    assert status == 400 and body.startswith(b"E040 SPARQL syntax error")


def test_service_load_and_updates_are_refused(server):
    for q in ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
              "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"):
        status, _, body = _get(_q(server, q))
        assert status == 403 and b"SERVICE" in body
    form = urllib.parse.urlencode({"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}).encode()
    status, _, body = _get(server.url, {"Content-Type": "application/x-www-form-urlencoded"}, "POST", form)
    assert status == 403 and b"--allow-update" in body
    status, _, _ = _get(server.url + "?update=CLEAR%20ALL")
    assert status == 405


def test_limits_on_body_and_time(server):
    big = ("SELECT * WHERE { ?s ?p ?o } #" + "x" * 30_000).encode()
    status, headers, body = _get(server.url, {"Content-Type": "application/sparql-query"}, "POST", big)
    assert status == 413
    started = time.monotonic()
    status, headers, body = _get(_q(server, SLOW))
    assert status == 503 and b"E075" in body
    assert time.monotonic() - started < 6
    status, _, body = _get(_q(server, "ASK {}"))  # the server (and its workers) still answer
    assert status == 200 and json.loads(body)["boolean"] is True


def test_cors_negotiation_and_pages(server):
    status, headers, _ = _get(server.url, {"Origin": "http://example.org",
                                           "Access-Control-Request-Method": "POST"}, "OPTIONS")
    assert status == 204 and headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    status, headers, _ = _get(_q(server, "ASK {}"))
    assert headers["Access-Control-Allow-Origin"] == "*"
    status, _, body = _get(_q(server, "ASK {}"), {"Accept": "image/png"})
    assert status == 406
    status, headers, body = _get(_q(server, LABELS, format="csv"), {"Accept": "application/json"})
    assert headers["Content-Type"].startswith("text/csv")
    status, headers, body = _get(server.url.rsplit("/", 1)[0] + "/")
    page = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "<textarea" in page and "dyad-balance" in page and "neighbourhood" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)  # no external assets
    status, headers, body = _get(server.url)
    assert status == 200 and b"sd:Service" in body
    status, _, _ = _get(server.url.rsplit("/", 1)[0] + "/nope")
    assert status == 404


def test_concurrency_limit(files):
    handle = open_graph(files / "graph.ttl", cancellable=True)
    srv = SparqlServer(handle, port=0, limits=Limits(timeout=1.5, max_concurrent=1)).start()
    try:
        slow = threading.Thread(target=_get, args=(_q(srv, SLOW),))
        slow.start()
        time.sleep(0.3)
        status, headers, body = _get(_q(srv, "ASK {}"))
        assert status == 503 and headers.get("Retry-After") == "1" and b"E095" in body
        slow.join()
        assert _get(_q(srv, "ASK {}"))[0] == 200
    finally:
        srv.stop()


def test_updates_with_a_token(files, tmp_path):
    handle = open_graph(files / "graph.ttl", cancellable=True)
    srv = SparqlServer(handle, port=0, allow_update=True, token="s3cret").start()
    try:
        update = b"INSERT DATA { <urn:x:a> <urn:x:b> 'c' }"
        ctype = {"Content-Type": "application/sparql-update"}
        assert _get(srv.url, ctype, "POST", update)[0] == 401
        assert _get(srv.url, {**ctype, "Authorization": "Bearer wrong"}, "POST", update)[0] == 401
        status, _, body = _get(srv.url, {**ctype, "Authorization": "Bearer s3cret"}, "POST", update)
        assert status == 200, body
        status, _, body = _get(_q(srv, "ASK { <urn:x:a> <urn:x:b> 'c' }"))
        assert json.loads(body)["boolean"] is True
        load = b"LOAD <http://127.0.0.1:9/x.ttl>"
        assert _get(srv.url, {**ctype, "Authorization": "Bearer s3cret"}, "POST", load)[0] == 403
    finally:
        srv.stop()
    with pytest.raises(Exception, match="E091"):
        SparqlServer(handle, port=0, allow_update=True)


def test_cli_serve_subprocess(files):
    """``graphbuilder serve STORE --port 0`` as a user runs it (via cli_store's parser)."""
    code = ("import argparse, sys; from graphbuilder.cli_store import add_commands; "
            "p = argparse.ArgumentParser(); add_commands(p.add_subparsers(dest='c', required=True)); "
            "a = p.parse_args(sys.argv[1:]); sys.exit(a.func(a))")
    root = str(Path(__file__).resolve().parents[1])
    proc = subprocess.Popen([sys.executable, "-c", code, "serve", str(files / "store"), "--port", "0",
                             "--max-concurrent", "1", "--quiet"], cwd=root, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        url = re.search(r"at (http://\S+/sparql)", line).group(1)
        sw = SPARQLWrapper(url)
        sw.setQuery(LABELS)
        sw.setReturnFormat(JSON)
        assert [b["l"]["value"] for b in sw.query().convert()["results"]["bindings"]] == EXPECTED
    finally:
        proc.terminate()
        proc.wait(10)
        proc.stderr.close()


def test_no_file_access_through_the_endpoint(server, tmp_path):
    """FROM, FROM NAMED, GRAPH, DESCRIBE, the protocol's graph parameters and LOAD never read a
    local file: a readable Turtle file with a secret stays out of every answer."""
    secret = tmp_path / "secret.ttl"
    secret.write_text('<urn:x:secret> <urn:x:says> "TOP SECRET" .\n', encoding="utf-8")
    uri = secret.as_uri()
    queries = [(f"SELECT * FROM <{uri}> WHERE {{ ?s ?p ?o }}", {}),
               (f"SELECT * FROM NAMED <{uri}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}", {}),
               (f"SELECT * WHERE {{ GRAPH <{uri}> {{ ?s ?p ?o }} }}", {}),
               ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", {}),
               (f"DESCRIBE <{uri}>", {}),
               ("SELECT * WHERE { ?s ?p ?o }", {"default-graph-uri": uri}),
               ("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", {"named-graph-uri": uri})]
    for query, params in queries:
        status, _, body = _get(_q(server, query, **params))
        assert b"SECRET" not in body and b"root:" not in body, query
        if server.handle.kind == "oxigraph" or query.startswith("DESCRIBE"):  # a name, never a file: empty
            assert status == 200 and not re.search(rb'"(s|o|g)":|urn:x', body), (query, body[:200])
        else:  # a plain graph has no named graphs to pick: a clear 400, not a silent answer
            assert status == 400 and (b"E084" in body or b"E040" in body), (query, body[:200])
    form = urllib.parse.urlencode({"update": f"LOAD <{uri}>"}).encode()
    status, _, body = _get(server.url, {"Content-Type": "application/x-www-form-urlencoded"}, "POST", form)
    assert status == 403 and b"SECRET" not in body


def test_load_and_service_refused_with_updates_allowed(files, tmp_path):
    """With --allow-update and the token, LOAD of a local file and SERVICE are still refused."""
    secret = tmp_path / "secret.ttl"
    secret.write_text('<urn:x:secret> <urn:x:says> "TOP SECRET" .\n', encoding="utf-8")
    handle = open_graph(files / "graph.ttl", cancellable=True)
    srv = SparqlServer(handle, port=0, allow_update=True, token="s3cret").start()
    try:
        auth = {"Content-Type": "application/sparql-update", "Authorization": "Bearer s3cret"}
        for update in (f"LOAD <{secret.as_uri()}>", f"LOAD SILENT <{secret.as_uri()}> INTO GRAPH <urn:x:g>",
                       "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"):
            status, _, body = _get(srv.url, auth, "POST", update.encode())
            assert status == 403 and (b"E093" in body or b"E092" in body), (update, body)
        status, _, body = _get(_q(srv, "ASK { ?s <urn:x:says> ?o }"))
        assert json.loads(body)["boolean"] is False
    finally:
        srv.stop()
        handle.close()


def test_concurrency_limit_on_a_store(files):
    """A store's queries run in worker processes: with one worker busy, the next query is a 503."""
    handle = open_graph(files / "store", cancellable=True)
    srv = SparqlServer(handle, port=0, limits=Limits(timeout=1.5, max_concurrent=1)).start()
    try:
        assert srv.workers == "process"
        slow = threading.Thread(target=_get, args=(_q(srv, SLOW),))
        slow.start()
        time.sleep(0.3)
        status, headers, body = _get(_q(srv, "ASK {}"))
        assert status == 503 and headers.get("Retry-After") == "1" and b"E095" in body
        assert b"too many concurrent queries" in body
        slow.join()
        deadline = time.monotonic() + 10  # the timed-out worker is replaced in the background
        while (status := _get(_q(srv, "ASK {}"))[0]) == 503 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert status == 200
    finally:
        srv.stop()
        handle.close()


def test_malformed_sparql_names_the_parser_error(server):
    """The 400 carries the parser's own message (where and what), after the code."""
    status, _, body = _get(_q(server, "SELECT ?x WHERE { ?x ?p }"))
    text = body.decode()
    assert status == 400 and text.startswith("E040 SPARQL syntax error: ")
    detail = text[len("E040 SPARQL syntax error: "):].strip()
    assert len(detail) > 10 and re.search(r"(?i)expected|error|line|column|\d", detail), detail


CONCURRENT = [
    LABELS,
    COUNTRIES,
    "PREFIX gb: <https://w3id.org/graphbuilder/ontology#> SELECT ?rel (COUNT(?e) AS ?n) WHERE { "
    "?e a gb:Edge ; gb:relation ?rel } GROUP BY ?rel ORDER BY ?rel",
    "ASK { ?a <https://w3id.org/graphbuilder/ontology#meets>|^<https://w3id.org/graphbuilder/ontology#meets> ?b }",
    "SELECT ?s WHERE { ?s ?p ?o FILTER (isLiteral(?o) && STRLEN(STR(?o)) > 3) } ORDER BY DESC(?s) LIMIT 3",
    "SELECT (SUM(IF(BOUND(?x), 1, 0)) AS ?c) WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?x } }",
    "SELECT * WHERE { { ?a ?b ?c } UNION { ?c ?b ?a } MINUS { ?a a ?t } } LIMIT 2",
    "DESCRIBE <https://w3id.org/graphbuilder/id/TUR>",
]


@pytest.mark.parametrize("graph", ["graph.ttl", "store"])
def test_concurrent_first_queries_on_a_fresh_server(files, graph):
    """A fresh ``graphbuilder serve`` process answers its first queries arriving all at once.

    rdflib's SPARQL parser is not thread-safe: parsed on several threads at once, its parse
    actions broke for good and every later query of a memory graph was a 500.
    """
    code = ("import argparse, sys; from graphbuilder.cli_store import add_commands; "
            "p = argparse.ArgumentParser(); add_commands(p.add_subparsers(dest='c', required=True)); "
            "a = p.parse_args(sys.argv[1:]); sys.exit(a.func(a))")
    root = str(Path(__file__).resolve().parents[1])
    proc = subprocess.Popen([sys.executable, "-c", code, "serve", str(files / graph), "--port", "0",
                             "--max-concurrent", "16", "--quiet"], cwd=root, stderr=subprocess.PIPE, text=True)
    try:
        url = re.search(r"at (http://\S+/sparql)", proc.stderr.readline()).group(1)
        for _round in range(2):
            start = threading.Barrier(2 * len(CONCURRENT))
            statuses: list = []

            def ask(query):
                start.wait()
                status, _, body = _get(url + "?" + urllib.parse.urlencode({"query": query}))
                statuses.append((status, body[:200]))

            threads = [threading.Thread(target=ask, args=(q,)) for q in CONCURRENT * 2]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            assert [s for s in statuses if s[0] != 200] == []
    finally:
        proc.terminate()
        proc.wait(10)
        proc.stderr.close()
