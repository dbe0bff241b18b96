"""End-to-end ``build`` throughput against bare ``nlp.pipe`` of the same model.

On ``../shared/corpora/combined_geo.jsonl.gz`` (6,508 documents) — or an evenly spaced
subset of it (``--limit``; every k-th document, so that every source of the corpus is
represented) — and for each ``--n-process`` value, measures in the same run:

* **bare**: ``spacy.load(model).pipe(texts, n_process=N, batch_size=B)`` over the
  documents' texts, already in memory (the parser alone: the reference);
* **build**: :func:`graphbuilder.pipeline.build` on a JSONL.gz file holding the same
  documents, end to end: streaming ingest, cleaning, the pipeline with graphbuilder's
  components, resolution, the RDF graph, ``graph.ttl``, ``events.jsonl`` and
  ``graph.html`` (``--no-html`` leaves the page out).

Every measurement runs in a fresh subprocess (model loading is not timed), so that each
reports its own peak RSS (sum over the process tree, sampled every 50 ms: spaCy's
``n_process`` workers included; forked workers share pages, so the sum over-counts).
Bare and build alternate; with ``--repeat R`` the figures are medians of R runs and the
ratios are computed per run, then their median is printed. Printed: documents/s and
words/s (whitespace-separated words of the raw texts), CPU seconds of the whole tree,
the ratio build / bare for every process count and the speed-up N / 1.

Goals (from the issue): build >= 0.85 x bare at the same process count; ``--n-process 2``
>= 1.7 x ``--n-process 1`` on 2 cores.

``--breakdown`` adds an in-process account (CPU seconds) of where the time of a build goes
beyond the parser (every pipeline component next to the bare model on the same texts, what
``n_process > 1`` ships between processes, the journal, the graph, the Turtle file, the
HTML page); ``--profile FILE`` writes a cProfile of one in-process build
(``python -m pstats FILE``).

The corpus is not part of the repository: the benchmark prints a message and exits 0
when ``../shared`` (beside the repository) is missing.

A note on dates: a document whose ``date`` :func:`graphbuilder.ingest.parse_date` cannot
parse is skipped by ingest (E007). The benchmark drops such ``date`` fields from its subset
file instead (and says how many), so that bare and build see the same documents.

Usage::

    python benchmarks/bench_throughput.py [--limit 1000] [--n-process 1 2] [--repeat 1]
                                          [--batch-size 32] [--no-html] [--breakdown]
                                          [--corpus PATH] [--model NAME]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpora" / "combined_geo.jsonl.gz"
DEFAULT_LIMIT = 1000
# GB_BENCH_ROOT: import graphbuilder from another checkout (--other-checkout runs children so).
sys.path.insert(0, os.environ.get("GB_BENCH_ROOT") or str(ROOT))

GOAL_RATIO = 0.85
GOAL_SPEEDUP = 1.7


# ----------------------------------------------------------------------------- corpus

@dataclass
class Subset:
    """A corpus subset written to ``path`` (JSONL.gz, unparsable dates dropped)."""

    path: Path
    total: int
    docs: int
    words: int
    chars: int
    dates_dropped: int

    def describe(self, corpus: Path) -> str:
        part = ("all" if self.docs == self.total else
                f"an evenly spaced subset (every {self.total / self.docs:.1f}th) of")
        return (f"{corpus.name}: {part} {self.total:,} documents -> {self.docs:,} documents, "
                f"{self.words:,} words, {self.chars / 1e6:.1f} M characters"
                + (f"; {self.dates_dropped:,} unparsable dates dropped (ingest would skip those "
                   f"documents with E007)" if self.dates_dropped else ""))


def skip_without(path: Path) -> None:
    """Exit 0 with a message when the shared corpus is not there."""
    if not path.is_file():
        print(f"skipped: {path} not found (the benchmark corpora live in ../shared beside the "
              f"repository: {SHARED})")
        raise SystemExit(0)


def _open(path: Path):
    return gzip.open(path, "rt", encoding="utf-8") if path.name.endswith(".gz") else open(path, encoding="utf-8")


def count_records(path: Path) -> int:
    with _open(path) as fh:
        return sum(1 for line in fh if line.strip())


def iter_subset(path: Path, limit: Optional[int]) -> Iterator[dict]:
    """Stream the records of an evenly spaced subset of ``limit`` records (all when ``None``)."""
    total = count_records(path) if limit else 0
    n = 0
    with _open(path) as fh:
        for line in fh:
            if not line.strip():
                continue
            i = n
            n += 1
            if limit and limit < total and (i * limit) // total == ((i + 1) * limit) // total:
                continue
            yield json.loads(line)


def write_subset(corpus: Path, limit: Optional[int], dest: Path) -> Subset:
    """Write the subset to ``dest`` (JSONL.gz), dropping dates that ingest cannot parse."""
    from graphbuilder.ingest import parse_date

    total = count_records(corpus)
    docs = words = chars = dropped = 0
    with gzip.open(dest, "wt", encoding="utf-8", compresslevel=1) as out:
        for record in iter_subset(corpus, limit):
            date = record.get("date")
            if date not in (None, ""):
                try:
                    if not isinstance(date, str):
                        raise ValueError
                    parse_date(date)
                except ValueError:
                    record.pop("date")
                    dropped += 1
            text = record.get("text") or ""
            docs += 1
            words += len(text.split())
            chars += len(text)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return Subset(dest, total, docs, words, chars, dropped)


def read_texts(path: Path) -> list[str]:
    with _open(path) as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


# ----------------------------------------------------------------------------- measuring

class PeakRSS:
    """Sample the RSS of this process and its children (summed) in a thread."""

    def __init__(self, interval: float = 0.05):
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        try:
            import psutil
        except ImportError:
            return 0
        me = psutil.Process()
        total = 0
        for p in [me, *me.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._sample(), _ru_maxrss())


def _ru_maxrss() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _cpu_seconds() -> tuple[float, float]:
    """(this process, its finished children) user+system CPU seconds."""
    import resource

    me = resource.getrusage(resource.RUSAGE_SELF)
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, ch.ru_utime + ch.ru_stime


def child_main(args: argparse.Namespace) -> int:
    """One measurement (run in a fresh process); prints one JSON line."""
    import gc

    from graphbuilder.nlp import _load_model, shared_pipeline

    n = args.n_process
    result: dict = {"kind": args.child, "n_process": n}
    if args.child == "bare":
        texts = read_texts(args.input)
        nlp = _load_model(args.model)
        gc.collect()
        result["rss_before"] = PeakRSS()._sample()
        cpu0 = _cpu_seconds()
        with PeakRSS() as rss:
            t0 = time.perf_counter()
            count = 0
            for _doc in nlp.pipe(texts, batch_size=args.batch_size, n_process=n):
                count += 1
            seconds = time.perf_counter() - t0
        result.update(docs=count, pipes=nlp.pipe_names)
    else:
        from graphbuilder.pipeline import build

        nlp = shared_pipeline(args.model, None)  # what build() will use: loading is not timed
        gc.collect()
        result["rss_before"] = PeakRSS()._sample()
        cpu0 = _cpu_seconds()
        with tempfile.TemporaryDirectory(prefix="gb-bench-") as out, PeakRSS() as rss:
            t0 = time.perf_counter()
            graph, report = build([args.input], Path(out), model=args.model, n_process=n,
                                  batch_size=args.batch_size, html=not args.no_html)
            seconds = time.perf_counter() - t0
            sizes = {k: Path(v).stat().st_size for k, v in report.outputs.items()}
        result.update(docs=report.documents, skipped=len(report.skipped), events=report.events,
                      triples=report.triples, outputs=sizes, pipes=nlp.pipe_names)
    cpu1 = _cpu_seconds()
    result.update(seconds=seconds, peak_rss=rss.peak, cpu_main=cpu1[0] - cpu0[0],
                  cpu_children=cpu1[1] - cpu0[1])
    print(json.dumps(result))
    return 0


def run_child(kind: str, subset: Subset, n_process: int, args: argparse.Namespace,
              checkout: Optional[Path] = None) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--input", str(subset.path),
           "--n-process", str(n_process), "--batch-size", str(args.batch_size)]
    if args.model:
        cmd += ["--model", args.model]
    if args.no_html:
        cmd.append("--no-html")
    env = dict(os.environ)
    if checkout is not None:
        env["GB_BENCH_ROOT"] = str(checkout)
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=checkout or ROOT, env=env)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
        raise SystemExit(f"benchmark child failed: {' '.join(cmd)}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["words"] = subset.words
    return result


def _load() -> str:
    try:
        return "load average %.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        return "load average unknown"


def _mb(n: float) -> str:
    return f"{n / 2**20:,.0f} MB"


# ----------------------------------------------------------------------------- breakdown

def breakdown(subset: Subset, args: argparse.Namespace) -> None:
    """Where the time of a build goes beyond the parser (in-process, n_process=1)."""
    import io
    import pickle

    from spacy.tokens import Doc

    from graphbuilder.clean import clean_text
    from graphbuilder.components import actors_of_doc, relations_of
    from graphbuilder.graph import GraphBuilder, to_networkx
    from graphbuilder.ingest import read_documents
    from graphbuilder.journal import Journal
    from graphbuilder.nlp import _load_model, shared_pipeline
    from graphbuilder.pipeline import Extraction, event_record, resolve_record
    from graphbuilder.render import render_html
    from graphbuilder.turtle import write_turtle

    rows: list[tuple[str, float, str]] = []

    def timed(name: str, note: str = ""):
        # CPU seconds of this (single-threaded) process: what other processes on the
        # machine do changes them much less than wall seconds.
        class _T:
            def __enter__(self):
                self.t0 = time.process_time()

            def __exit__(self, *exc):
                rows.append((name, time.process_time() - self.t0, note))
        return _T()

    nlp = shared_pipeline(args.model, None)
    bare = _load_model(args.model)
    with timed("ingest (gzip + JSON + Document)"):
        documents = list(read_documents([subset.path]))
    with timed("clean_text"):
        cleaned = [clean_text(d.text) for d in documents]
    with timed("tokenizer (make_doc)"):
        docs = [nlp.make_doc(t) for t in cleaned]
    for d, document in zip(docs, documents):
        d._.gb_date = document.date.isoformat() if document.date else None
    for name, proc in nlp.pipeline:
        with timed(name, "graphbuilder" if name.startswith("gb_") else "model"):
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=args.batch_size))
            else:
                docs = [proc(d) for d in docs]
    with timed("  (the bare model on the same texts)", "not in build"):
        for _doc in bare.pipe(cleaned, batch_size=args.batch_size):
            pass
    with timed("  (Doc.to_bytes + from_bytes)", "not in build: what nlp.pipe(n_process>1) ships"):
        blobs = [d.to_bytes() for d in docs]
        _ = [Doc(nlp.vocab).from_bytes(b) for b in blobs]
    tensor_bytes = sum(d.tensor.nbytes for d in docs)
    blob_bytes = sum(len(b) for b in blobs)
    del blobs, _
    with timed("from_data (tuples -> mentions)"):
        xs = [Extraction(doc_, tuple(actors_of_doc(d)), tuple(relations_of(d))) for doc_, d in zip(documents, docs)]
    del docs
    with timed("tuples pickled + unpickled", "n_process>1: workers -> main"):
        tuples = pickle.dumps([(tuple(m.to_data() for m in x.actors), tuple(r.to_data() for r in x.relations))
                               for x in xs])
        pickle.loads(tuples)
    builder = GraphBuilder()
    spool = io.StringIO()
    with tempfile.TemporaryDirectory() as tmp:
        journal = Journal(Path(tmp))
        journal.start(False)
        with timed("journal (a JSON line a document)"):
            for x in xs:
                journal.record(x.document, x.actors, x.relations)
        journal.finish()
    with timed("GraphBuilder.add"):
        for x in xs:
            builder.add(x.document, x.actors, x.relations, text=x.document.text)
    with timed("events rows (event_record + JSON)"):
        for x in xs:
            for r in x.relations:
                spool.write(json.dumps(event_record(x, r), ensure_ascii=False) + "\n")
    with timed("GraphBuilder.finish"):
        graph = builder.finish()
    with timed("resolve events.jsonl"):
        for line in spool.getvalue().splitlines():
            json.dumps(resolve_record(json.loads(line), builder), ensure_ascii=False)
    ttl = io.BytesIO()
    with timed("write_turtle (graph.ttl)", f"{len(graph):,} triples"):
        write_turtle(graph, ttl)
    with timed("  (rdflib's Turtle serializer)", "not in build: the same bytes"):
        graph.serialize(format="turtle")
    with timed("  (rdflib's N-Triples serializer)", "not in build"):
        graph.serialize(format="nt")
    try:
        import pyoxigraph as ox  # noqa: F401

        with timed("  (Turtle via pyoxigraph)", "not in build"):
            _oxigraph_turtle(graph)
    except ImportError:
        pass
    if not args.no_html:
        with timed("to_networkx + render_html"):
            with tempfile.TemporaryDirectory() as tmp:
                render_html(to_networkx(graph), Path(tmp) / "graph.html", title="bench")
    tokenizer = next(t for name, t, _ in rows if name.startswith("tokenizer"))
    model = sum(t for name, t, note in rows if note == "model") + tokenizer
    print(f"\nbreakdown of one build at n_process=1, in-process, CPU seconds ({subset.docs:,} documents, "
          f"{subset.words:,} words; {_load()}):")
    print(f"  {'stage':44s} {'CPU s':>8s} {'% of model':>10s}")
    for name, t, note in rows:
        print(f"  {name:44s} {t:8.2f} {100 * t / model:9.1f}%  {note}")
    extra = sum(t for name, t, note in rows
                if note not in ("model", "n_process>1: workers -> main") and not name.startswith(("tokenizer", " ")))
    print(f"  model (tokenizer + the model's pipes): {model:.2f} s; everything else a build does at "
          f"n_process=1: {extra:.2f} s = {100 * extra / model:.1f}% on top "
          f"(ratio at best {model / (model + extra):.2f})")
    print(f"  shipped back per document with n_process>1: {len(tuples) / max(1, subset.docs) / 1024:.1f} KB of "
          f"tuples (nlp.pipe(n_process) would ship {blob_bytes / max(1, subset.docs) / 1024:.1f} KB of Doc, "
          f"{tensor_bytes / max(1, subset.docs) / 1024:.1f} KB of it doc.tensor); Turtle "
          f"{len(ttl.getvalue()) / 1e6:.1f} MB")


def _oxigraph_turtle(graph) -> bytes:
    import pyoxigraph as ox
    from rdflib import BNode, Literal

    def term(t):
        if isinstance(t, Literal):
            if t.language:
                return ox.Literal(str(t), language=t.language)
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype))) if t.datatype else ox.Literal(str(t))
        if isinstance(t, BNode):
            return ox.BlankNode(str(t))
        return ox.NamedNode(str(t))

    quads = [ox.Triple(term(s), term(p), term(o)) for s, p, o in graph]
    prefixes = {p: str(ns) for p, ns in graph.namespace_manager.namespaces() if p}
    return ox.serialize(quads, format=ox.RdfFormat.TURTLE, prefixes=prefixes)


# ----------------------------------------------------------------------------- main

def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--limit", type=int, default=DEFAULT_LIMIT,
                    help=f"evenly spaced subset of N documents (default {DEFAULT_LIMIT}; 0 = all)")
    ap.add_argument("--n-process", type=int, nargs="+", default=[1, 2], metavar="N")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--repeat", type=int, default=1, help="runs of each measurement (medians are printed)")
    ap.add_argument("--model", default=None)
    ap.add_argument("--no-html", action="store_true", help="build without graph.html")
    ap.add_argument("--breakdown", action="store_true", help="also time every stage in-process")
    ap.add_argument("--profile", type=Path, default=None, metavar="FILE",
                    help="write a cProfile of one in-process build at n_process=1")
    ap.add_argument("--json", type=Path, default=None, help="write the raw measurements here")
    ap.add_argument("--other-checkout", type=Path, default=None, metavar="DIR",
                    help="also run build from the graphbuilder of another checkout (a patched copy), "
                         "alternating with this one")
    ap.add_argument("--child", choices=("bare", "build"), help=argparse.SUPPRESS)
    ap.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        args.n_process = args.n_process[0]
        return child_main(args)

    skip_without(args.corpus)
    with tempfile.TemporaryDirectory(prefix="gb-bench-") as tmp:
        subset = write_subset(args.corpus, args.limit or None, Path(tmp) / "subset.jsonl.gz")
        print(subset.describe(args.corpus))
        if args.limit and subset.docs < subset.total:
            print(f"(a subset so that the benchmark takes minutes; --limit 0 runs all {subset.total:,})")
        print(f"batch size {args.batch_size}; html {'off' if args.no_html else 'on'}; {os.cpu_count()} CPUs; "
              f"{_load()} at start")
        runs: dict[tuple[str, int], list[dict]] = {}
        kinds = ["bare", "build"] + (["other"] if args.other_checkout else [])
        for r in range(args.repeat):
            for n in args.n_process:
                for kind in kinds:
                    res = run_child("build" if kind == "other" else kind, subset, n, args,
                                    args.other_checkout if kind == "other" else None)
                    runs.setdefault((kind, n), []).append(res)
                    print(f"  run {r + 1}/{args.repeat} n_process={n} {kind:5s}: {res['seconds']:7.2f} s "
                          f"({res['docs'] / res['seconds']:.1f} docs/s), peak RSS {_mb(res['peak_rss'])}",
                          flush=True)
        print(f"{_load()} at end (other processes on the machine make the figures noisy)")
        report(runs, subset, args)
        if args.json:
            args.json.write_text(json.dumps({"subset": subset.__dict__ | {"path": str(subset.path)},
                                             "runs": {f"{k}-{n}": v for (k, n), v in runs.items()}},
                                            indent=1, default=str))
        if args.breakdown:
            breakdown(subset, args)
        if args.profile:
            import cProfile

            from graphbuilder.nlp import shared_pipeline
            from graphbuilder.pipeline import build

            shared_pipeline(args.model, None)
            with tempfile.TemporaryDirectory() as out:
                cProfile.runctx("build([subset.path], Path(out), model=args.model, html=not args.no_html)",
                                globals(), {"build": build, "subset": subset, "Path": Path, "out": out,
                                            "args": args}, str(args.profile))
            print(f"wrote cProfile of one build to {args.profile} (python -m pstats {args.profile})")
    return 0


def report(runs: dict, subset: Subset, args: argparse.Namespace) -> None:
    med = statistics.median
    print()
    print(f"{'n_process':>9s} {'pipeline':8s} {'docs/s':>8s} {'words/s':>9s} {'seconds':>8s} "
          f"{'CPU s':>7s} {'main CPU s':>10s} {'peak RSS':>9s}")
    kinds = [k for k in ("bare", "build", "other") if (k, args.n_process[0]) in runs]
    if "other" in kinds:
        print(f"('other' is build from {args.other_checkout})")
    for n in args.n_process:
        for kind in kinds:
            rs = runs[(kind, n)]
            for r in rs:
                if r["docs"] != subset.docs:
                    print(f"WARNING: {kind} n_process={n} processed {r['docs']} of {subset.docs} documents: "
                          f"the figures do not compare")
            s = med(r["seconds"] for r in rs)
            cpu = med(r["cpu_main"] + r["cpu_children"] for r in rs)
            print(f"{n:9d} {kind:8s} {subset.docs / s:8.1f} {subset.words / s:9,.0f} {s:8.2f} "
                  f"{cpu:7.1f} {med(r['cpu_main'] for r in rs):10.1f} {_mb(max(r['peak_rss'] for r in rs)):>9s}")
    b = runs[("build", args.n_process[0])][0]
    print(f"build output: {b['docs']:,} documents, {b['events']:,} events, {b['triples']:,} triples; "
          + ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in b.get("outputs", {}).items()))
    print()
    for kind in kinds[1:]:
        for n in args.n_process:
            ratios = [bare["seconds"] / build["seconds"] for bare, build in zip(runs[("bare", n)], runs[(kind, n)])]
            cpu_ratios = [(bare["cpu_main"] + bare["cpu_children"]) / (build["cpu_main"] + build["cpu_children"])
                          for bare, build in zip(runs[("bare", n)], runs[(kind, n)])]
            r = med(ratios)
            print(f"n_process={n}: {kind} / bare throughput = {r:.2f} (goal >= {GOAL_RATIO}: "
                  f"{'met' if r >= GOAL_RATIO else 'NOT met'}); in CPU seconds {med(cpu_ratios):.2f}"
                  + (f"; runs: {', '.join(f'{x:.2f}' for x in ratios)}" if len(ratios) > 1 else ""))
    if 1 in args.n_process:
        for n in args.n_process:
            if n == 1:
                continue
            for kind in kinds[1:] + ["bare"]:
                sp = [one["seconds"] / many["seconds"] for one, many in zip(runs[(kind, 1)], runs[(kind, n)])]
                goal = f" (goal >= {GOAL_SPEEDUP} on 2 cores: {'met' if med(sp) >= GOAL_SPEEDUP else 'NOT met'})" \
                    if kind != "bare" and n == 2 else ""
                print(f"speed-up {kind} n_process={n} / n_process=1: {med(sp):.2f}x{goal}")


if __name__ == "__main__":
    raise SystemExit(main())
