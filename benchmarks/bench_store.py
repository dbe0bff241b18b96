"""Benchmark the graph stores: rdflib's memory store against the Oxigraph store on ~1 M triples.

Generates a seeded synthetic corpus in the project's shape — documents with relation
mentions between 2,400 actors of every type, drawn from a Zipf-like distribution (a few
hubs are in most events), built through :class:`graphbuilder.graph.GraphBuilder` so
that every triple is what a real build writes — then measures:

* load time: rdflib parsing the graph's N-Triples file; Oxigraph adding the same graph
  with :meth:`OxigraphStore.add_documents` (partition, per-document graphs, aggregates,
  and the compaction the store does by itself after so large a change) and bulk-loading
  its N-Quads export;
* incremental cost on the full store, after the queries: adding 100 new documents,
  re-adding them unchanged (idempotent no-op), removing 10 (then the other 90); the
  typical queries are timed again on Oxigraph after these uncompacted changes;
* the latency of every named query with typical bindings (the busiest actor, the busiest
  dyad ...; with ``--unbound`` also without bindings), rows fully materialised, median of
  ``--runs`` runs, on both back ends through :class:`graphbuilder.store.GraphHandle`
  (values written into the query text; Oxigraph runs a query's ``NAME.oxigraph.rq`` when it
  has one, memory always ``NAME.rq``), and the ratio memory / Oxigraph. The back ends run in
  turn, one run each per round, so that both see the same machine load. A memory query
  running past ``--cap`` seconds is stopped and shown as ``>cap``. For a query with an
  Oxigraph text, whether both back ends give the same answers.
* with ``--compare DIR``: the ``.rq`` files of DIR (e.g. the queries of an older commit,
  ``git show REV:graphbuilder/resources/queries/NAME.rq``, and any ``NAME.oxigraph.rq``)
  against the shipped ones, all four timed in turn, and whether both give the same answers
  on both back ends.
* with ``--optimize``: the store compacted first (``graphbuilder load --optimize``).

Usage::

    python benchmarks/bench_store.py [--docs 5400] [--relations 5] [--runs 5] [--unbound] [--json out.json]
    python benchmarks/bench_store.py --compare old-queries/ --names neighbourhood dyad-balance --runs 9
    python benchmarks/bench_store.py --optimize --names who-opposes

Goal: every named query under 100 ms on Oxigraph and at least 10x faster than memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from decimal import Decimal

from rdflib import Graph, Literal

from graphbuilder import codes
from graphbuilder.graph import GraphBuilder
from graphbuilder.ingest import Document
from graphbuilder.model import ActorMention, RelationMention
from graphbuilder.query import named_queries, read_queries
from graphbuilder.store import (
    DeadlineMemory,
    MemoryHandle,
    OxigraphStore,
    QueryTimeout,
    StoreHandle,
    set_deadline,
)

TYPES = [("Country", 150), ("Government", 120), ("Military", 80), ("Person", 1200), ("ArmedGroup", 60),
         ("InternationalOrganisation", 40), ("Organisation", 250), ("Place", 400), ("Facility", 100)]
MODALITIES = ["asserted"] * 17 + ["planned", "hypothetical", "negated"]


def make_actors(rng: random.Random) -> list[tuple]:
    actors = []
    for type_, n in TYPES:
        for i in range(n):
            if type_ == "Country":
                actor_id = f"C{i:03d}"
                country = actor_id
            else:
                actor_id = f"{type_.lower()}:{type_.lower()}-{i:04d}"
                country = f"C{rng.randrange(150):03d}" if rng.random() < 0.8 else None
            label = f"{type_} {i:04d}"
            code = actor_id if type_ in ("Country", "Government", "Military") else None
            actors.append((actor_id, label, type_, country, code))
    return actors


def make_documents(n_docs: int, rels_per_doc: int, seed: int = 20240601, start_index: int = 0,
                   actors=None) -> list[tuple]:
    """``(Document, actor mentions, relation mentions)`` per synthetic document."""
    rng = random.Random(seed)
    actors = actors or make_actors(random.Random(seed))
    order = list(range(len(actors)))
    random.Random(seed + 1).shuffle(order)  # hubs of every type, not only countries
    weights = [0.0] * len(actors)
    for rank, i in enumerate(order):  # Zipf-like: a few actors are in most events
        weights[i] = 1.0 / (rank + 5) ** 0.9
    relations = list(codes.RELATIONS)
    rel_weights = [6 if r in ("meets", "opposes", "attacks", "cooperates", "supports") else 2 for r in relations]
    day0 = dt.date(2015, 1, 1)
    out = []
    for k in range(start_index, start_index + n_docs):
        date = day0 + dt.timedelta(days=rng.randrange(5 * 365))
        text_parts, rels, mentions, pos = [], [], [], 0
        for _ in range(rng.randint(max(1, rels_per_doc - 2), rels_per_doc + 2)):
            a, b = rng.choices(range(len(actors)), weights=weights, k=2)
            if a == b:
                continue
            rel = rng.choices(relations, weights=rel_weights)[0]
            sa, sb = actors[a], actors[b]
            sentence = f"{sa[1]} {rel.replace('-', ' ')} {sb[1]} in a story about event {k}."
            src = ActorMention(sa[0], sa[1], sa[2], sa[3], sa[4], sa[1], pos, pos + len(sa[1]), 0, 2, 1)
            t0 = pos + len(sa[1]) + len(rel) + 2
            tgt = ActorMention(sb[0], sb[1], sb[2], sb[3], sb[4], sb[1], t0, t0 + len(sb[1]), 3, 5, 4)
            info = codes.relation_info(rel)
            event_date = (date - dt.timedelta(days=rng.randrange(3))).isoformat() if info.kind == "event" else None
            rels.append(RelationMention(rel, src, tgt, pos, pos + len(sentence), rel.split("-")[0],
                                        modality=rng.choice(MODALITIES), confidence=round(rng.uniform(0.5, 0.95), 2),
                                        date=event_date, date_precision="day" if event_date else None,
                                        rule="synthetic"))
            mentions += [src, tgt]
            text_parts.append(sentence)
            pos += len(sentence) + 1
        text = " ".join(text_parts)
        doc = Document(id=f"doc-{k:06d}", text=text, title=f"Story {k}", date=date, url=f"https://example.org/{k}",
                       source="synthetic")
        out.append((doc, mentions, rels))
    return out


def build(docs) -> Graph:
    b = GraphBuilder()
    for doc, mentions, rels in docs:
        b.add(doc, mentions, rels, text=doc.text)
    return b.finish()


def alternating_ms(fns: dict, runs: int, cap: float = 0.0, capped: frozenset = frozenset()) -> dict:
    """Median wall and CPU time in ms, ``{key: (wall, cpu)}``, of each function of ``fns`` called in turn.

    Taking turns puts every function under the same load of a shared machine; the CPU time
    (of this thread: both back ends answer in the calling thread) is what the load does not
    inflate. The functions named in ``capped`` (memory graphs) are stopped at ``cap`` seconds
    and count as ``inf``; one that takes over 10 s is run once only.
    """
    times: dict = {k: [] for k in fns}
    cpu: dict = {k: [] for k in fns}
    done: set = set()
    for _ in range(runs):
        for key, fn in fns.items():
            if key in done:
                continue
            limit = cap if key in capped else 0.0
            gc.collect()
            t, c = time.perf_counter(), time.thread_time()
            if limit:
                set_deadline(time.monotonic() + limit)
            try:
                fn()
            except QueryTimeout:
                times[key], cpu[key], done = [float("inf")], [float("inf")], done | {key}
                continue
            finally:
                set_deadline(None)
            times[key].append((time.perf_counter() - t) * 1000)
            cpu[key].append((time.thread_time() - c) * 1000)
            if limit and times[key][-1] > 10_000:
                done.add(key)
    return {k: (statistics.median(times[k]), statistics.median(cpu[k])) for k in fns}


def answer_values(outcome) -> list:
    """Rows of an outcome as comparable values: numbers as floats, other terms as text."""
    rows = []
    for row in outcome.rdflib_rows():
        out = []
        for v in row:
            value = v.toPython() if isinstance(v, Literal) else None
            if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
                out.append(round(float(value), 9))
            else:
                out.append(None if v is None else str(v))
        rows.append(tuple(out))
    return rows


def bench_cases(handle: MemoryHandle) -> dict:
    """Typical bindings for every named query, taken from the data (the busiest actor and dyad)."""
    top = list(handle.query(
        "PREFIX gb: <https://w3id.org/graphbuilder/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?l WHERE { ?x gb:actorId ?id ; rdfs:label ?l ; gb:mentionCount ?n } ORDER BY DESC(?n) LIMIT 1"))
    hub = str(top[0][0])
    dyad = list(handle.query(
        "PREFIX gb: <https://w3id.org/graphbuilder/ontology#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?a ?b WHERE { ?e a gb:Edge ; rdf:subject ?s ; rdf:object ?o ; gb:mentionCount ?n . "
        "?s rdfs:label ?a . ?o rdfs:label ?b } ORDER BY DESC(?n) LIMIT 1"))[0]
    a, b = str(dyad[0]), str(dyad[1])
    cases = {
        "who-met": {"actor": hub},
        "who-opposes": {"actor": hub},
        "stationed-in": {"country": "C000"},
        "evidence": {"actor": a, "relation": "attacks"},
        "neighbourhood": {"actor": hub},
        "dyad-balance": {"a": a, "b": b},
        "timeline": {"actor": hub, "from": "2016-01-01", "to": "2016-12-31"},
        "top-actors": {"type": "Country"},
        "documents": {"actor": b},
    }
    for name in named_queries():
        cases.setdefault(name, {})
    return cases


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=5400, help="synthetic documents (default 5400: ~1 M triples)")
    ap.add_argument("--relations", type=int, default=5, help="relation mentions per document (mean)")
    ap.add_argument("--runs", type=int, default=5, help="runs per query (median)")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
    ap.add_argument("--skip-memory", action="store_true", help="only time Oxigraph")
    ap.add_argument("--cap", type=float, default=120.0, help="seconds a memory-store query may take (default 120)")
    ap.add_argument("--unbound", action="store_true", help="also time every query without bindings (full listings)")
    ap.add_argument("--names", nargs="+", default=None, metavar="QUERY", help="time only these named queries")
    ap.add_argument("--compare", type=Path, default=None, metavar="DIR",
                    help="also time the .rq files of DIR (same names) against the shipped queries")
    ap.add_argument("--optimize", action="store_true", help="compact the store before timing the queries")
    args = ap.parse_args(argv)
    other = read_queries(args.compare.glob("*.rq")) if args.compare else {}
    if args.compare and not other:
        ap.error(f"no .rq files in {args.compare}")
    results: dict = {"load": {}, "incremental": {}, "queries": {}}

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        actors = make_actors(random.Random(args.seed))
        docs = make_documents(args.docs, args.relations, args.seed, actors=actors)
        g = build(docs)
        nt = tmp / "graph.nt"
        g.serialize(nt, format="nt", encoding="utf-8")
        print(f"graph: {args.docs} documents, {sum(len(d[2]) for d in docs)} relation mentions, {len(g)} triples "
              f"(generated in {time.perf_counter() - t:.1f} s)")
        del g
        gc.collect()

        t = time.perf_counter()
        mem_graph = Graph(store=DeadlineMemory())  # rdflib's memory store; stops at the --cap deadline
        mem_graph.parse(nt, format="nt")
        results["load"]["rdflib parse N-Triples"] = time.perf_counter() - t
        mem = MemoryHandle(nt, mem_graph)

        t = time.perf_counter()
        store = OxigraphStore(tmp / "store")
        report = store.add_documents(mem_graph, batch_size=2000)
        results["load"]["oxigraph add_documents"] = time.perf_counter() - t
        quads = len(store)
        nq = tmp / "store.nq"
        store.export(str(nq), "nquads")
        import pyoxigraph as ox

        t = time.perf_counter()
        raw = ox.Store(str(tmp / "raw"))
        raw.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        results["load"]["oxigraph bulk_load N-Quads"] = time.perf_counter() - t
        del raw
        default = store.triple_count()
        print(f"store: {quads} quads for {len(report.added)} documents: {default} triples in the default graph "
              f"(what queries see; the memory graph has {len(mem_graph)}), {quads - default} in the document graphs")
        results["load"]["store quads"] = quads

        if args.optimize:
            t = time.perf_counter()
            store.optimize()
            results["load"]["oxigraph optimize"] = time.perf_counter() - t
        oxh = StoreHandle(tmp / "store", store)

        cases = bench_cases(mem)
        shipped = named_queries()
        print()
        if other:
            print(f"{'query':15} {'bindings':8} {'rows':>6} {'memory ms':>16} {'oxigraph ms':>16} {'ratio':>12} "
                  f"{'ratio (cpu)':>12}  answers")
            print(f"{'':15} {'':8} {'':>6} {'before':>8}{'after':>8} {'before':>8}{'after':>8} {'before':>6}{'after':>6} "
                  f"{'before':>6}{'after':>6}")
        else:
            print(f"{'query':15} {'bindings':8} {'rows':>6} {'memory ms':>11} {'oxigraph ms':>12} {'ratio':>7} "
                  f"{'cpu: memory':>12} {'oxigraph':>9} {'ratio':>7}")
        for name, typical in cases.items():
            if args.names and name not in args.names or other and name not in other:
                continue
            for label, bindings in (("typical", typical), ("none", {})):
                if label == "none" and not args.unbound:
                    continue
                versions = {"after": shipped[name], **({"before": other[name]} if other else {})}
                fns, capped = {}, set()
                for version, q in versions.items():
                    fns[("ox", version)] = lambda t=q.text_for(oxh.kind), b=bindings: list(oxh.execute(t, b).rows)
                    if not args.skip_memory:
                        fns[("mem", version)] = lambda t=q.text, b=bindings: list(mem.execute(t, b).rows)
                        capped.add(("mem", version))
                answers = {k: answer_values(oxh.execute(q.text_for(oxh.kind), bindings)) for k, q in versions.items()}
                rows_o = len(answers["after"])
                ms = alternating_ms(fns, args.runs, cap=args.cap, capped=frozenset(capped))
                nan = (float("nan"), float("nan"))
                for version in versions:
                    (q_ox, c_ox), (q_mem, c_mem) = ms[("ox", version)], ms.get(("mem", version), nan)
                    key = f"{name} ({label})" + ("" if version == "after" else " before")
                    results["queries"][key] = {"bindings": bindings, "rows": len(answers[version]), "memory_ms": q_mem,
                                               "oxigraph_ms": q_ox, "ratio": q_mem / q_ox if q_ox else float("inf"),
                                               "memory_cpu_ms": c_mem, "oxigraph_cpu_ms": c_ox,
                                               "cpu_ratio": c_mem / c_ox if c_ox else float("inf")}

                def mem_text(v, width):
                    return f"{v:{width}.1f}" if v != float("inf") else f"{'>' + format(args.cap, 'g') + 's':>{width}}"

                after = results["queries"][f"{name} ({label})"]
                if other:
                    before = results["queries"][f"{name} ({label}) before"]
                    same = answers["before"] == answers["after"]
                    if same and not args.skip_memory:  # the memory graph must agree with itself and with Oxigraph
                        mem_rows = {v: answer_values(mem.execute(q.text, bindings)) for v, q in versions.items()}
                        same = mem_rows["before"] == mem_rows["after"] and sorted(mem_rows["after"]) == sorted(
                            answers["after"])
                    before["same_answers"] = after["same_answers"] = same
                    print(f"{name:15} {label:8} {rows_o:6d} {mem_text(before['memory_ms'], 8)}"
                          f"{mem_text(after['memory_ms'], 8)} {before['oxigraph_ms']:8.1f}{after['oxigraph_ms']:8.1f} "
                          f"{before['ratio']:5.0f}x{after['ratio']:5.0f}x {before['cpu_ratio']:5.0f}x"
                          f"{after['cpu_ratio']:5.0f}x  {'same' if same else 'DIFFERENT'}", flush=True)
                else:
                    check = ""
                    if shipped[name].variants and not args.skip_memory and after["memory_ms"] != float("inf"):
                        # Oxigraph ran its own text: it must answer what memory answers with NAME.rq
                        same = sorted(answer_values(mem.execute(shipped[name].text, bindings))) == sorted(
                            answers["after"])
                        after["same_answers"] = same
                        check = f"  oxigraph text: {'same' if same else 'DIFFERENT'} answers"
                    print(f"{name:15} {label:8} {rows_o:6d} {mem_text(after['memory_ms'], 11)} "
                          f"{after['oxigraph_ms']:12.1f} {after['ratio']:6.0f}x {mem_text(after['memory_cpu_ms'], 12)} "
                          f"{after['oxigraph_cpu_ms']:9.1f} {after['cpu_ratio']:6.0f}x{check}", flush=True)
        # Incremental changes last: the queries above ran on the store as add_documents left it
        # (compacted by itself after the load); below, again after these small changes, which
        # stay uncompacted until the changes since the last compaction are half the store.
        extra = make_documents(100, args.relations, args.seed + 7, start_index=args.docs, actors=actors)
        one_per_doc = [build([d]) for d in extra]  # as add_extractions makes them
        t = time.perf_counter()
        store.add_documents(one_per_doc)
        results["incremental"]["add 100 documents"] = time.perf_counter() - t
        t = time.perf_counter()
        r = store.add_documents(one_per_doc)
        results["incremental"]["re-add 100 unchanged"] = time.perf_counter() - t
        assert len(r.unchanged) == 100
        t = time.perf_counter()
        store.remove_documents([d.id for d, _m, _r in extra[:10]])
        results["incremental"]["remove 10 documents"] = time.perf_counter() - t
        store.remove_documents([d.id for d, _m, _r in extra[10:]])
        print(f"\nafter adding, re-adding and removing 100 documents (not compacted again):")
        for name, typical in cases.items():
            key = f"{name} (typical)"
            if key not in results["queries"] or "ox_after_changes_ms" in results["queries"][key]:
                continue
            q = shipped[name]
            ms = alternating_ms({"ox": lambda t=q.text_for(oxh.kind), b=typical: list(oxh.execute(t, b).rows)},
                                args.runs)
            r = results["queries"][key]
            r["ox_after_changes_ms"] = ms["ox"][0]
            ratio = r["memory_ms"] / ms["ox"][0] if ms["ox"][0] else float("inf")
            print(f"{name:15} typical  oxigraph {ms['ox'][0]:8.1f} ms (was {r['oxigraph_ms']:.1f})  "
                  f"ratio {ratio:5.0f}x", flush=True)
        store.close()

    print()
    for k, v in results["load"].items():
        if k != "store quads":
            print(f"load  {k:32} {v:7.2f} s")
    for k, v in results["incremental"].items():
        print(f"store {k:32} {v:7.2f} s")
    typical = {n: r for n, r in results["queries"].items() if n.endswith("(typical)")}
    if any(r.get("same_answers") is False for r in results["queries"].values()):
        print("ANSWERS DIFFER between the compared queries or back ends (see above)")
    slow = [n for n, r in typical.items() if r["oxigraph_ms"] >= 100]
    weak = [n for n, r in typical.items() if not args.skip_memory and r["ratio"] < 10]
    weak_cpu = [n for n, r in typical.items() if not args.skip_memory and r["cpu_ratio"] < 10]
    print(f"goal (typical bindings): all queries < 100 ms on Oxigraph: {'yes' if not slow else 'no ' + ', '.join(slow)}; "
          f">= 10x faster than memory: {'yes' if not weak else 'no ' + ', '.join(weak)} (wall), "
          f"{'yes' if not weak_cpu else 'no ' + ', '.join(weak_cpu)} (cpu)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 1 if any(r.get("same_answers") is False for r in results["queries"].values()) else 0


if __name__ == "__main__":
    sys.exit(main())
