"""``graphbuilder push``: load a graph into a real Oxigraph server over the Graph Store Protocol.

The test starts ``oxigraph serve --location TMP --bind 127.0.0.1:PORT`` (the CLI of the
``oxigraph`` PyPI package) on a free loopback port and stops it afterwards.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from test_store import DOCS, build_graph

from graphbuilder.errors import GraphError
from graphbuilder.push import push
from graphbuilder.store import MemoryHandle, OxigraphStore, default_graph, to_dataset
from graphbuilder.vocab import document_iri


def _oxigraph_cli():
    exe = Path(sys.executable).with_name("oxigraph")
    return str(exe) if exe.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def oxigraph(tmp_path):
    cli = _oxigraph_cli()
    if cli is None:
        pytest.skip("the oxigraph CLI (pip install oxigraph) is not installed")
    port = _free_port()
    proc = subprocess.Popen([cli, "serve", "--location", str(tmp_path / "oxi"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail("oxigraph serve exited")
                time.sleep(0.05)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def _select(base: str, query: str, union: bool = False) -> list[dict]:
    params = {"query": query}
    url = f"{base}/query?" + urllib.parse.urlencode(params) + ("&union-default-graph" if union else "")
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        data = json.load(resp)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


COUNT = ("SELECT ?g (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } "
         "GROUP BY ?g ORDER BY ?g")


def _counts(base: str) -> dict:
    return {r.get("g"): int(r["n"]) for r in _select(base, COUNT)}


def test_push_memory_graph_to_oxigraph(oxigraph, tmp_path):
    g = build_graph()
    ds = to_dataset(g)
    report = push(MemoryHandle("mem", g), oxigraph + "/store")
    assert report.graphs == len(DOCS) + 1
    default = default_graph(ds).identifier
    expected = {None if c.identifier == default else str(c.identifier): len(c)
                for c in ds.graphs()}
    assert _counts(oxigraph) == expected
    assert sum(expected.values()) == report.triples
    # a named query gives the same answer there and here
    from graphbuilder.query import named_queries

    local = [(str(r.a), str(r.b), int(r.mentions)) for r in MemoryHandle("mem", g).run_named("who-met")]
    remote = [(r["a"], r["b"], int(r["mentions"])) for r in _select(oxigraph, named_queries()["who-met"].text,
                                                                     union=True)]
    assert remote == local
    # pushing again replaces each graph: nothing doubles
    push(MemoryHandle("mem", g), oxigraph + "/store")
    assert _counts(oxigraph) == expected


def test_push_store_and_file(oxigraph, tmp_path):
    with OxigraphStore(tmp_path / "store") as st:
        st.add_documents(build_graph())
        quads = sum(1 for _ in st.dataset_quads())  # the default graph's copies of the documents stay home
    report = push(tmp_path / "store", oxigraph + "/store")
    assert report.triples == quads
    assert sum(_counts(oxigraph).values()) == quads
    ttl = tmp_path / "d1.ttl"
    ttl.write_text(build_graph(["d1"]).serialize(format="turtle"), encoding="utf-8")
    push(ttl, oxigraph + "/store", method="POST")
    docs = _select(oxigraph, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert [r["g"] for r in docs] == [str(document_iri(d)) for d in sorted(DOCS)]


def test_push_errors(oxigraph, tmp_path):
    g = MemoryHandle("mem", build_graph(["d1"]))
    with pytest.raises(GraphError, match="E080"):
        push(g, "ftp://127.0.0.1/store")
    with pytest.raises(GraphError, match="E082 .*HTTP 4"):
        push(g, oxigraph + "/nowhere")
    port = _free_port()
    with pytest.raises(GraphError, match="E081"):
        push(g, f"http://127.0.0.1:{port}/store", timeout=2)
