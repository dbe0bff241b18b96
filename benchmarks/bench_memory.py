"""Memory and incremental cost: they must grow with the graph, not with the corpus.

On ``../shared/corpora/combined_all.jsonl.gz`` (52,689 documents, 31.5 M characters):

1. **streaming ingest**: peak RSS while :func:`graphbuilder.ingest.read_documents` reads the
   whole corpus (must stay flat: one document in memory at a time);
2. **build**: peak RSS (sum over the process tree, spaCy workers included) of
   :func:`graphbuilder.pipeline.build` on evenly spaced subsets of growing size
   (``--sizes``; ``--full`` adds the whole corpus, which takes a long time: about
   ``52,689 / docs-per-second`` seconds: 17 minutes at ``--n-process 1`` on 2 cores), with the RSS
   above the loaded model per 1,000 triples, and a linear estimate for the whole corpus
   checked against the goal (<= 4 GB);
3. **incremental store** (when :mod:`graphbuilder.store` has ``OxigraphStore`` and
   ``add_extractions``): the time to add 100 new documents to a persistent store of
   ``--store-sizes`` documents (median of ``--repeat`` additions). The stores are filled
   with *copies* of a pool of real extractions under new document ids (extracting 50k
   documents would take most of an hour), so their hot edges are as hot as in a real
   corpus of that size; the 100 added documents are further copies. The goal: the time
   does not grow with the store (ratio largest / smallest close to 1).

Skips (message, exit 0) when ``../shared`` is missing.

Usage::

    python benchmarks/bench_memory.py [--sizes 500 2000] [--full] [--n-process 1]
                                      [--store-sizes 1000 10000] [--skip-store] [--limit N]
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_throughput import (  # noqa: E402
    SHARED,
    PeakRSS,
    _load,
    _mb,
    count_records,
    run_child,
    skip_without,
    write_subset,
)

CORPUS = SHARED / "corpora" / "combined_all.jsonl.gz"
GOAL_RSS = 4 * 2**30


def ingest_memory(corpus: Path) -> None:
    from graphbuilder.ingest import read_documents

    gc.collect()
    errors = []
    with PeakRSS() as rss:
        base = rss._sample()
        t0 = time.perf_counter()
        n = chars = 0
        for doc in read_documents([corpus], on_error=errors.append):
            n += 1
            chars += len(doc.text)
        seconds = time.perf_counter() - t0
    print(f"streaming ingest of {corpus.name}: {n:,} documents ({chars / 1e6:.1f} M characters, "
          f"{len(errors):,} skipped by ingest: E007 dates) in {seconds:.1f} s; RSS {_mb(base)} before, "
          f"peak {_mb(rss.peak)} (+{_mb(rss.peak - base)})")


def build_memory(corpus: Path, sizes: list[int], args: argparse.Namespace) -> None:
    total = count_records(corpus)
    rows = []
    with tempfile.TemporaryDirectory(prefix="gb-bench-mem-") as tmp:
        for size in sizes:
            subset = write_subset(corpus, size if size < total else None, Path(tmp) / f"s{size}.jsonl.gz")
            t0 = time.perf_counter()
            res = run_child("build", subset, args.n_process, args)
            rows.append((subset, res))
            print(f"  {subset.docs:>6,} documents: build {res['seconds']:7.1f} s, {res['triples']:>9,} triples, "
                  f"peak RSS {_mb(res['peak_rss'])} (model loaded: {_mb(res['rss_before'])}) "
                  f"[{time.perf_counter() - t0:.0f} s with loading]", flush=True)
    print(f"\nbuild peak RSS (n_process={args.n_process}, html {'off' if args.no_html else 'on'}; "
          f"corpus {total:,} documents; {_load()}):")
    print(f"  {'documents':>9s} {'words':>10s} {'triples':>9s} {'peak RSS':>9s} {'above model':>11s} "
          f"{'per 1k triples':>14s} {'per 1k docs':>11s}")
    for subset, res in rows:
        above = res["peak_rss"] - res["rss_before"]
        print(f"  {subset.docs:9,d} {subset.words:10,d} {res['triples']:9,d} {_mb(res['peak_rss']):>9s} "
              f"{_mb(above):>11s} {above / max(1, res['triples']) * 1000 / 2**20:11.2f} MB "
              f"{above / max(1, subset.docs) * 1000 / 2**20:8.1f} MB")
    if len(rows) >= 2:
        (s0, r0), (s1, r1) = rows[-2], rows[-1]
        if s1.docs == total:
            peak = r1["peak_rss"]
            print(f"  whole corpus measured: peak RSS {_mb(peak)} (goal <= {_mb(GOAL_RSS)}: "
                  f"{'met' if peak <= GOAL_RSS else 'NOT met'})")
        else:
            # Linear in the documents between the two largest runs (the graph grows about
            # linearly with the documents of a mixed corpus).
            slope = (r1["peak_rss"] - r0["peak_rss"]) / max(1, s1.docs - s0.docs)
            estimate = r1["peak_rss"] + slope * (total - s1.docs)
            tslope = (r1["triples"] - r0["triples"]) / max(1, s1.docs - s0.docs)
            print(f"  rough upper bound for all {total:,} documents (linear in the documents from the two "
                  f"largest runs, which over-estimates: small runs carry fixed costs): "
                  f"~{r1['triples'] + tslope * (total - s1.docs):,.0f} triples, peak RSS <= ~{_mb(estimate)} "
                  f"(goal <= {_mb(GOAL_RSS)}); --full measures it (2,398 MB in 17 min on 2 cores: benchmarks/README.md)")


def store_increments(corpus: Path, args: argparse.Namespace) -> None:
    try:
        from graphbuilder.store import OxigraphStore, add_extractions
    except ImportError as exc:
        print(f"incremental store: skipped (graphbuilder.store has no OxigraphStore/add_extractions: {exc})")
        return
    try:
        import pyoxigraph  # noqa: F401
    except ImportError:
        print("incremental store: skipped (pyoxigraph is not installed)")
        return
    from graphbuilder.ingest import Document
    from graphbuilder.nlp import shared_pipeline
    from graphbuilder.pipeline import extract

    from bench_throughput import iter_subset  # noqa: E402

    pool_size = args.pool
    docs = []
    for record in iter_subset(corpus, pool_size):
        docs.append(Document(id=str(record.get("id") or f"doc-{len(docs)}"), text=record["text"],
                             title=record.get("title")))  # no date: some do not parse; not needed here
    t0 = time.perf_counter()
    pool = list(extract(docs, shared_pipeline(args.model, None), n_process=1, batch_size=args.batch_size))
    print(f"\nincremental store: pool of {len(pool)} real extractions ({sum(len(x.relations) for x in pool):,} "
          f"relations) from {corpus.name} in {time.perf_counter() - t0:.1f} s")

    def copies(start: int, count: int, tag: str):
        for i in range(start, start + count):
            x = pool[i % len(pool)]
            yield dataclasses.replace(x, document=dataclasses.replace(x.document, id=f"{x.document.id}~{tag}{i}"))

    sizes = sorted(args.store_sizes)
    results = []
    with tempfile.TemporaryDirectory(prefix="gb-bench-store-") as tmp:
        store = OxigraphStore(Path(tmp) / "store")
        try:
            filled = 0
            for size in sizes:
                t0 = time.perf_counter()
                add_extractions(store, copies(filled, size - filled, "fill"))
                fill_s = time.perf_counter() - t0
                filled = size
                times = []
                for r in range(args.repeat):
                    t0 = time.perf_counter()
                    report = add_extractions(store, copies(r * 100, 100, f"new{size}-"))
                    times.append(time.perf_counter() - t0)
                    assert len(report.added) == 100, report.summary()
                    store.remove_documents([f"{x.document.id}" for x in copies(r * 100, 100, f"new{size}-")])
                results.append((size, statistics.median(times), len(store), fill_s))
                print(f"  store of {size:>6,} documents ({len(store):>10,} quads, filled in {fill_s:6.1f} s): "
                      f"adding 100 documents {statistics.median(times):6.2f} s "
                      f"(median of {len(times)}: {', '.join(f'{t:.2f}' for t in times)})", flush=True)
        finally:
            store.close()
    if len(results) >= 2:
        (s0, t0_, _, _), (s1, t1_, _, _) = results[0], results[-1]
        ratio = t1_ / t0_ if t0_ else float("inf")
        verdict = "met" if ratio <= 1.5 else ("NOT met: it grows, sub-linearly, with the store"
                                              if ratio < s1 / s0 else "NOT met: it grows with the store")
        print(f"  adding 100 documents: {t1_:.2f} s at {s1:,} vs {t0_:.2f} s at {s0:,} documents -> x{ratio:.2f} "
              f"for a x{s1 / s0:.0f} larger store (goal: about x1, i.e. proportional to the 100 documents; "
              f"<= x1.5 counts: {verdict})")


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 2000], metavar="N",
                    help="documents of the build runs (evenly spaced subsets)")
    ap.add_argument("--limit", type=int, default=None, help="same as --sizes N (one run)")
    ap.add_argument("--full", action="store_true", help="also build the whole corpus (long)")
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--model", default=None)
    ap.add_argument("--no-html", action="store_true", help="build without graph.html")
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--skip-store", action="store_true")
    ap.add_argument("--store-sizes", type=int, nargs="+", default=[1000, 10000], metavar="N",
                    help="store sizes (documents) at which 100 documents are added (50000: the issue's case)")
    ap.add_argument("--pool", type=int, default=200, help="real documents extracted for the store copies")
    ap.add_argument("--repeat", type=int, default=3, help="additions of 100 documents per store size")
    args = ap.parse_args(argv)

    skip_without(args.corpus)
    print(f"{args.corpus.name}; {_load()} at start")
    ingest_memory(args.corpus)
    if not args.skip_build:
        sizes = [args.limit] if args.limit else list(args.sizes)
        if args.full:
            sizes.append(count_records(args.corpus))
        print(f"\nbuild on evenly spaced subsets of {args.corpus.name}: {', '.join(f'{s:,}' for s in sizes)} "
              f"documents (subsets so that the benchmark takes minutes; --full adds the whole corpus)")
        build_memory(args.corpus, sizes, args)
    if not args.skip_store:
        store_increments(args.corpus, args)
    print(f"{_load()} at end")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
