"""Distributed extraction on a real local Dask cluster gives exactly the local output.

The cluster is a ``dask scheduler`` and two ``dask worker`` processes (one process, one
thread each) on loopback, started as subprocesses in their own process groups and always
torn down (module fixture finaliser).
"""

from __future__ import annotations

import datetime as dt
import inspect
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import LONG_POISON
from graphbuilder.ingest import Document, read_documents

pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "sample" / "voa-us-turkey-2016-10-21.txt"

SENTENCES = [
    "President Barack Obama met Russian President Vladimir Putin in Moscow on Tuesday.",
    "Turkey opposes the Iraqi government's plan for Mosul.",
    "Syrian forces attacked rebels near Aleppo on Sunday.",
    "German Chancellor Angela Merkel met French President Francois Hollande in Berlin.",
    "Iran rejected the proposal by the United States.",
    "Israeli troops attacked Hamas positions in Gaza.",
    "China opposes new sanctions on North Korea, the foreign ministry said.",
    "Japanese Prime Minister Shinzo Abe met Indian Prime Minister Narendra Modi in Tokyo.",
    "Saudi Arabia attacked Houthi rebels in Yemen.",
    "Ukraine accused Russia of attacking its ships in the Sea of Azov.",
]


def small_documents(n: int = 20) -> list[Document]:
    """Short news documents (meets / opposes / attacks), some dated, some two paragraphs."""
    docs = []
    for i in range(n):
        text = SENTENCES[i % len(SENTENCES)]
        if i % 3 == 0:
            text += "\n\n" + SENTENCES[(i * 7 + 3) % len(SENTENCES)]
        date = dt.date(2016, 10, 1) + dt.timedelta(days=i) if i % 4 else None
        docs.append(Document(id=f"news-{i:02d}", text=text, title=f"Story {i}", date=date,
                             url=f"https://example.org/{i}" if i % 2 else None, source="test"))
    return docs


# ----------------------------------------------------------------------------- the cluster

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _dask(*args: str, log: Path, pythonpath: Path = ROOT) -> subprocess.Popen:
    env = dict(os.environ)
    # graphbuilder must be importable on the workers: this checkout, first.
    env["PYTHONPATH"] = os.pathsep.join([str(pythonpath), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["TMPDIR"] = str(log.parent)  # the broadcast actor file lands here, not in /tmp
    with open(log, "wb") as fh:
        return subprocess.Popen([sys.executable, "-m", "dask", *args], stdout=fh, stderr=subprocess.STDOUT,
                                cwd=log.parent, env=env, start_new_session=True)


def _stop(procs: list[subprocess.Popen]) -> None:
    """SIGTERM each process group (workers first), then SIGKILL what is left."""
    for p in procs:
        try:
            os.killpg(p.pid, signal.SIGTERM)
        except (ProcessLookupError, PermissionError):
            pass
    deadline = time.monotonic() + 10
    for p in procs:
        try:
            p.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(p.pid, signal.SIGKILL)  # the group: a nanny's worker process too
        except (ProcessLookupError, PermissionError):
            pass
        try:
            p.wait(timeout=5)
        except subprocess.TimeoutExpired:  # pragma: no cover
            pass


@pytest.fixture(scope="module")
def cluster(tmp_path_factory, request):
    """``tcp://127.0.0.1:PORT`` of a scheduler with two single-threaded workers."""
    from distributed import Client

    tmp = tmp_path_factory.mktemp("dask")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs: list[subprocess.Popen] = []
    request.addfinalizer(lambda: _stop(list(reversed(procs))))
    procs.append(_dask("scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard",
                       log=tmp / "scheduler.log"))
    for i in range(2):
        wdir = tmp / f"worker-{i}"
        wdir.mkdir()
        procs.append(_dask("worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
                           "--name", f"gb-test-{i}", "--local-directory", str(wdir), "--memory-limit", "0",
                           log=tmp / f"worker-{i}.log"))
    try:
        with Client(address, timeout=30, set_as_default=False) as client:
            client.wait_for_workers(2, timeout=60)
    except Exception as exc:  # pragma: no cover - environment problem: show the logs
        logs = "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-2000:]}" for p in sorted(tmp.glob("*.log")))
        pytest.fail(f"the local Dask cluster did not start: {exc}\n{logs}")
    return address


@pytest.fixture(scope="module")
def client(cluster):
    from distributed import Client

    with Client(cluster, timeout=30, set_as_default=False) as c:
        yield c


# ----------------------------------------------------------------------------- helpers

def _plain(extractions) -> list[tuple]:
    return [(x.document, x.actors, x.relations) for x in extractions]


def _graph(extractions):
    from graphbuilder.graph import GraphBuilder

    builder = GraphBuilder()
    for x in extractions:
        builder.add(x.document, x.actors, x.relations, text=x.document.text)
    return builder.finish()


def _same_graph(a, b) -> None:
    from rdflib.compare import isomorphic

    assert len(a) == len(b)
    assert sorted(a) == sorted(b)
    assert isomorphic(a, b)


# ----------------------------------------------------------------------------- tests

@pytest.mark.model
def test_small_documents_match_local(cluster, client, nlp):
    from graphbuilder.distributed import extract_distributed, worker_stats
    from graphbuilder.pipeline import extract

    docs = small_documents(20)
    local = list(extract(docs, nlp, batch_size=8))
    pulled = []

    def stream():
        for d in docs:
            pulled.append(d.id)
            yield d

    remote = []
    most_ahead = 0
    for x in extract_distributed(stream(), cluster, batch_size=8, partition_size=4, max_in_flight=2):
        remote.append(x)
        most_ahead = max(most_ahead, len(pulled) - len(remote))
    # Bounded: never more than max_in_flight partitions read ahead of what was yielded.
    assert most_ahead <= 2 * 4
    assert [x.document.id for x in remote] == [d.id for d in docs]
    assert _plain(remote) == _plain(local)
    relations = {r.relation for x in local for r in x.relations}
    assert {"meets", "attacks"} <= relations, relations  # the documents do say something
    _same_graph(_graph(remote), _graph(local))

    # Both workers did part of it; each loaded the pipeline once.
    stats = client.run(worker_stats)
    assert len(stats) == 2
    assert all(s["loads"] == 1 for s in stats.values()), stats
    assert sum(s["documents"] for s in stats.values()) >= 20
    assert all(s["partitions"] >= 1 for s in stats.values()), stats


@pytest.mark.model
def test_reference_article_matches_local(cluster, client, nlp):
    from graphbuilder.distributed import extract_distributed, worker_stats
    from graphbuilder.pipeline import extract

    docs = list(read_documents([SEED]))
    local = list(extract(docs, nlp))
    remote = list(extract_distributed(iter(docs), cluster))
    assert _plain(remote) == _plain(local)
    assert len(local[0].relations) > 5
    _same_graph(_graph(remote), _graph(local))
    assert all(s["loads"] == 1 for s in client.run(worker_stats).values())  # still once per worker


@pytest.mark.model
def test_user_actor_file_is_shipped(cluster, client, tmp_path):
    from graphbuilder.distributed import extract_distributed
    from graphbuilder.nlp import load_pipeline
    from graphbuilder.pipeline import extract

    actors = tmp_path / "mine.jsonl"
    actors.write_text('{"name": "Zorblat Front", "type": "ArmedGroup", "aliases": ["Zorblat"]}\n', "utf-8")
    docs = [Document(id="z1", text="The Zorblat Front attacked Iraqi forces near Mosul on Monday.",
                     date=dt.date(2016, 10, 24))]
    local = list(extract(docs, load_pipeline(None, actors)))
    remote = list(extract_distributed(docs, cluster, actors=actors))
    assert _plain(remote) == _plain(local)
    zorblat = [m for m in remote[0].actors if m.label == "Zorblat Front"]
    assert zorblat and zorblat[0].type == "ArmedGroup", remote[0].actors  # from the user file


@pytest.mark.model
def test_build_on_the_cluster_matches_local(cluster, tmp_path):
    """``build(..., extractor=dask_extractor(address))``: same graph, same events.jsonl."""
    from graphbuilder.distributed import dask_extractor
    from graphbuilder.pipeline import build

    if "extractor" not in inspect.signature(build).parameters:
        pytest.skip("pipeline.build has no 'extractor' parameter")
    docs = small_documents(12) + list(read_documents([SEED]))
    g_local, r_local = build([], tmp_path / "local", documents=docs, html=False)
    g_remote, r_remote = build([], tmp_path / "remote", documents=docs, html=False,
                               extractor=dask_extractor(cluster, partition_size=5))
    _same_graph(g_remote, g_local)
    assert (tmp_path / "remote" / "events.jsonl").read_bytes() == (tmp_path / "local" / "events.jsonl").read_bytes()
    assert r_remote.documents == r_local.documents == len(docs)
    assert r_remote.relations_by_type == r_local.relations_by_type


# Run on every worker by exec (a builtin: the task needs nothing of this test module there), in a
# namespace of its own: the relation rules raise on a document that says "Poisoned", as in
# test_robustness (a monkeypatch here does not reach the worker processes).
_POISON = """
import graphbuilder.components as c
if not hasattr(c, '_gb_real_extract_relations'):
    c._gb_real_extract_relations = c.extract_relations
    def _poisoned(doc, index, date=None):
        if 'Poisoned' in doc.text:
            raise RuntimeError('boom' + chr(10) + 'on two lines')
        return c._gb_real_extract_relations(doc, index, date)
    c.extract_relations = _poisoned
"""
_CURE = """
import graphbuilder.components as c
if hasattr(c, '_gb_real_extract_relations'):
    c.extract_relations = c._gb_real_extract_relations
    del c._gb_real_extract_relations
"""


@pytest.fixture()
def poisoned_workers(client, poisoned_rules):
    """The rules fail on "Poisoned" documents, on the workers and in this process."""
    client.run(exec, _POISON, {})
    try:
        yield
    finally:
        client.run(exec, _CURE, {})


@pytest.mark.model
def test_one_bad_document_loses_only_itself_on_the_cluster(cluster, client, poisoned_workers, tmp_path):
    """A document the rules fail on is reported (E011, with its file and line) and skipped; the other
    documents of its partition, and of the others, are kept: the same output as a local build."""
    import json

    from graphbuilder.distributed import DistributedError, dask_extractor, extract_distributed
    from graphbuilder.errors import InputError
    from graphbuilder.pipeline import build

    good = small_documents(9)
    rows = [{"id": d.id, "text": d.text} for d in good]
    rows.insert(1, {"id": "bad", "text": "Poisoned: Turkey attacked Iraq."})
    rows.insert(6, {"id": "bad-long", "text": LONG_POISON})
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")

    _g, local = build([corpus], tmp_path / "local", html=False)
    _g, remote = build([corpus], tmp_path / "remote", html=False, extractor=dask_extractor(cluster, partition_size=4))
    assert remote.documents == local.documents == len(good)
    assert remote.skipped == local.skipped
    assert [m.split()[0] for m in remote.skipped] == ["E011", "E011"]
    assert f"{corpus}:2" in remote.skipped[0] and "'bad'" in remote.skipped[0]
    assert f"{corpus}:7" in remote.skipped[1] and "'bad-long'" in remote.skipped[1]
    assert all("\n" not in m and "RuntimeError: boom on two lines" in m for m in remote.skipped)
    for name in ("events.jsonl", "graph.ttl"):
        assert (tmp_path / "remote" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name

    # extract_distributed itself: on_error gets the E011, or it is raised (never E105 for the partition)
    docs = list(read_documents([corpus]))
    errors = []
    kept = [x.document.id for x in extract_distributed(docs, cluster, partition_size=4, on_error=errors.append)]
    assert kept == [d.id for d in good]
    assert [type(e) for e in errors] == [InputError, InputError]
    seen = []
    with pytest.raises(InputError, match=r"^E011 .*c\.jsonl:2: .*'bad'"):
        for x in extract_distributed(docs, cluster, partition_size=4):
            seen.append(x.document.id)
    assert seen == [good[0].id]
    assert not isinstance(errors[0], DistributedError)


@pytest.mark.model
def test_cli_build_with_scheduler(cluster, tmp_path):
    """``graphbuilder build INPUT --scheduler tcp://...`` (once the CLI has the option)."""
    from graphbuilder.cli import main, make_parser

    build_parser = make_parser()._subparsers._group_actions[0].choices["build"]
    if not any("--scheduler" in a.option_strings for a in build_parser._actions):
        pytest.skip("the CLI has no --scheduler option yet")
    assert main(["build", str(SEED), "--out", str(tmp_path / "local"), "--no-html"]) == 0
    assert main(["build", str(SEED), "--out", str(tmp_path / "remote"), "--no-html", "--scheduler", cluster]) == 0
    for name in ("events.jsonl", "graph.ttl"):
        assert (tmp_path / "remote" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name


def test_cli_unreachable_scheduler(capsys, tmp_path):
    from graphbuilder.cli import main, make_parser

    build_parser = make_parser()._subparsers._group_actions[0].choices["build"]
    if not any("--scheduler" in a.option_strings for a in build_parser._actions):
        pytest.skip("the CLI has no --scheduler option yet")
    code = main(["build", str(SEED), "--out", str(tmp_path / "o"), "--scheduler", f"tcp://127.0.0.1:{_free_port()}",
                 "--scheduler-timeout", "1"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1 and err[0].startswith("graphbuilder: E100 "), err


@pytest.mark.model
def test_local_processes_match_local(nlp):
    """extract_processes (the n_process > 1 path proposed for pipeline.extract): same output."""
    from graphbuilder.distributed import extract_processes
    from graphbuilder.pipeline import extract

    docs = small_documents(20) + list(read_documents([SEED]))
    local = list(extract(docs, nlp, batch_size=8))
    pulled = []

    def stream():
        for d in docs:
            pulled.append(d.id)
            yield d

    out, most_ahead = [], 0
    for x in extract_processes(stream(), nlp, n_process=2, batch_size=8, partition_size=3, max_in_flight=2):
        out.append(x)
        most_ahead = max(most_ahead, len(pulled) - len(out))
    assert _plain(out) == _plain(local)
    assert most_ahead <= 2 * 3
    assert list(extract_processes([], nlp, n_process=2)) == []


def test_empty_input_does_not_connect():
    from graphbuilder.distributed import extract_distributed

    assert list(extract_distributed([], "tcp://127.0.0.1:1", timeout=0.5)) == []


def test_unreachable_scheduler_is_one_line_error():
    from graphbuilder.distributed import DistributedError, extract_distributed
    from graphbuilder.errors import GraphbuilderError

    port = _free_port()  # nothing listens there
    started = time.monotonic()
    with pytest.raises(DistributedError) as info:
        list(extract_distributed(small_documents(2), f"tcp://127.0.0.1:{port}", timeout=1))
    assert time.monotonic() - started < 10
    message = str(info.value)
    assert isinstance(info.value, GraphbuilderError)
    assert message.startswith("E100 ") and f"127.0.0.1:{port}" in message and "\n" not in message


def test_malformed_scheduler_address():
    from graphbuilder.distributed import DistributedError, extract_distributed

    with pytest.raises(DistributedError, match=r"^E100 .*nonsense"):
        list(extract_distributed(small_documents(1), "nonsense:::", timeout=1))


def test_port_that_does_not_speak_dask(tmp_path):
    """A listening socket that never answers the Dask handshake: E100 after the timeout, no hang."""
    from graphbuilder.distributed import DistributedError, extract_distributed

    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(4)
        port = server.getsockname()[1]
        started = time.monotonic()
        with pytest.raises(DistributedError, match=r"^E100 "):
            list(extract_distributed(small_documents(1), f"tcp://127.0.0.1:{port}", timeout=1))
        assert time.monotonic() - started < 20


class _FakeClient:
    def __init__(self, answers):
        self.answers = answers

    def run(self, function, *args, on_error="raise"):
        return self.answers


def test_worker_checks():
    from graphbuilder import __version__
    from graphbuilder.distributed import DistributedError, check_workers

    assert check_workers(_FakeClient({"tcp://a:1": __version__}))
    with pytest.raises(DistributedError, match=r"^E103 .*0\.0\.0-other"):
        check_workers(_FakeClient({"tcp://a:1": __version__, "tcp://b:1": "0.0.0-other"}))
    with pytest.raises(DistributedError, match=r"^E102 .*tcp://b:1"):
        check_workers(_FakeClient({"tcp://a:1": __version__,
                                   "tcp://b:1": ModuleNotFoundError("No module named 'graphbuilder'")}))


def test_worker_without_graphbuilder(tmp_path):
    """A worker where graphbuilder cannot be imported: E102 at once (not a task killing it in a loop)."""
    from graphbuilder.distributed import DistributedError, extract_distributed

    fake = tmp_path / "fake" / "graphbuilder"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(
        "raise ModuleNotFoundError(\"No module named 'graphbuilder'\", name='graphbuilder')\n", "utf-8")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = [_dask("scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard",
                   log=tmp_path / "scheduler.log")]
    try:
        procs.append(_dask("worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
                           "--memory-limit", "0", log=tmp_path / "worker.log", pythonpath=tmp_path / "fake"))
        started = time.monotonic()
        with pytest.raises(DistributedError, match=r"^E102 .*No module named 'graphbuilder'"):
            list(extract_distributed(small_documents(1), address, timeout=20, worker_timeout=30))
        assert time.monotonic() - started < 40
    finally:
        _stop(list(reversed(procs)))
