"""Benchmark the interactive HTML view on a large random graph.

Generates a seeded 5,000-node / 20,000-edge projection shaped like the real
one (a few hub actors, dated events with evidence), renders it with
:func:`graphbuilder.render.render_html`, opens it in headless Chromium and
prints:

* Python render time and file size,
* time from navigation start to ``gb.ready`` (median of 3 page loads),
* time for a relation-filter toggle until the next frame is drawn
  (median of 3), plus search-and-focus and neighbourhood highlight.

Usage::

    python benchmarks/bench_render.py [--nodes 5000] [--edges 20000]

Needs Playwright (PyPI) and a Chromium binary; Debian's ``chromium`` package
at ``/usr/bin/chromium`` is used unless ``GB_CHROMIUM`` points elsewhere.
No browser is downloaded and every non-file request is aborted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graphbuilder.render import (
    RELATION_GOLDSTEIN,
    STATE_RELATIONS,
    TYPE_STYLES,
    render_html,
)

CHROMIUM = os.environ.get("GB_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def make_graph(n_nodes: int = 5000, n_edges: int = 20000, seed: int = 20240601) -> nx.MultiDiGraph:
    """Random projection with a heavy-tailed degree distribution."""
    rng = random.Random(seed)
    types = list(TYPE_STYLES)
    relations = list(RELATION_GOLDSTEIN) + sorted(STATE_RELATIONS)
    G = nx.MultiDiGraph()
    for i in range(n_nodes):
        G.add_node(
            f"https://example.org/entity/A{i:05d}",
            label=f"Actor {i:05d}",
            type=rng.choice(types),
            country=rng.choice(["RUS", "UKR", "USA", "CHN", "FRA", None]),
            mentions=rng.randint(1, 50),
            alt_labels=[f"A-{i}"],
        )
    ids = list(G.nodes)
    # Zipf-like endpoint choice: news graphs have a few countries in most edges.
    weights = [1.0 / (r + 10) for r in range(n_nodes)]
    start = dt.date(2023, 1, 1)
    added = 0
    while added < n_edges:
        u, v = rng.choices(ids, weights=weights, k=2)
        if u == v:
            continue
        rel = rng.choice(relations)
        if G.has_edge(u, v, key=rel):
            continue
        state = rel in STATE_RELATIONS
        d0 = start + dt.timedelta(days=rng.randrange(700))
        d1 = d0 + dt.timedelta(days=rng.randrange(30))
        dated = not state and rng.random() < 0.9
        G.add_edge(
            u,
            v,
            key=rel,
            relation=rel,
            kind="state" if state else "event",
            count=rng.randint(1, 20),
            first=d0.isoformat() if dated else None,
            last=d1.isoformat() if dated else None,
            cameo=None if state else f"{rng.randint(1, 20):02d}",
            plover=None,
            goldstein=None if state or rng.random() < 0.5 else round(rng.uniform(-10, 10), 1),
            evidence=[
                {
                    "sentence": f"Sentence {k} about {rel} between {u[-6:]} and {v[-6:]}.",
                    "doc_id": f"doc-{rng.randrange(100000)}",
                    "doc_title": f"Wire story {rng.randrange(1000)}",
                    "date": d0.isoformat(),
                }
                for k in range(rng.randint(1, 3))
            ],
        )
        added += 1
    return G


TOGGLE_JS = """(rel) => new Promise((resolve) => {
  const t0 = performance.now();
  const timer = setTimeout(() => resolve(-1), 30000);
  gb.network.once('afterDrawing', () => { clearTimeout(timer); resolve(performance.now() - t0); });
  gb.setRelation(rel, !gb.relationsOn().includes(rel));
})"""

TIMED_JS = """(code) => new Promise((resolve) => {
  const t0 = performance.now();
  const timer = setTimeout(() => resolve(-1), 30000);
  gb.network.once('afterDrawing', () => { clearTimeout(timer); resolve(performance.now() - t0); });
  (0, eval)(code);
})"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)

    t = time.perf_counter()
    G = make_graph(args.nodes, args.edges)
    print(f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges "
          f"(generated in {time.perf_counter() - t:.2f} s)")

    with tempfile.TemporaryDirectory(prefix="gb-bench-") as tmp:
        out = Path(tmp) / "bench.html"
        t = time.perf_counter()
        render_html(G, out, title="bench")
        render_s = time.perf_counter() - t
        print(f"python render_html: {render_s:.2f} s, file {out.stat().st_size / 1e6:.1f} MB")

        if not Path(CHROMIUM).exists():
            print(f"skipped: browser figures (chromium not found at {CHROMIUM}; apt-get install -y chromium)")
            return 0
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            print("skipped: browser figures (playwright is not installed: pip install -e '.[test]')")
            return 0

        url = out.as_uri()
        outside: list[str] = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            ctx = browser.new_context(viewport={"width": 1400, "height": 900})

            def guard(route):
                if route.request.url == url:
                    route.continue_()
                else:
                    outside.append(route.request.url)
                    route.abort()

            ctx.route("**/*", guard)
            ready_ms, wall_ms = [], []
            page = None
            for _ in range(args.runs):
                if page is not None:
                    page.close()
                page = ctx.new_page()
                t = time.perf_counter()
                page.goto(url)
                page.wait_for_function("() => window.gb && gb.ready === true", timeout=120_000, polling=50)
                wall_ms.append((time.perf_counter() - t) * 1000)
                ready_ms.append(page.evaluate("gb.timing.sinceNavigation"))
            timing = page.evaluate("gb.timing")
            counts = page.evaluate("gb.counts()")
            page.evaluate("() => { gb.relationsOn = () => Array.from("
                          "document.querySelectorAll('input[data-relation]:checked'), x => x.dataset.relation); }")
            toggles = [page.evaluate(TOGGLE_JS, "attacks") for _ in range(args.runs)]
            search = [page.evaluate(TIMED_JS, f"gb.search('Actor {k:05d}')") for k in (7, 123, 2048)]
            clear = page.evaluate(TIMED_JS, "gb.highlight(null)")
            date = [page.evaluate(TIMED_JS, f"gb.setDateRange('2023-0{m}-01', '2023-1{m - 3}-01')")
                    for m in (4, 5, 6)]
            browser.close()

    med = statistics.median
    print(f"drawn: {counts['nodes']} nodes, {counts['edges']} edges")
    print(f"time to gb.ready (from navigation start): median {med(ready_ms):.0f} ms "
          f"(runs: {', '.join(f'{x:.0f}' for x in ready_ms)}; wall incl. goto {med(wall_ms):.0f} ms)")
    print(f"  in-page breakdown of last load: parse JSON {timing['parsed']:.0f} ms, "
          f"build items+tooltips {timing['items']:.0f} ms, vis.Network {timing['network']:.0f} ms, "
          f"first frame {timing['ready']:.0f} ms (since app script start)")
    print(f"relation filter toggle -> next frame: median {med(toggles):.0f} ms "
          f"(runs: {', '.join(f'{x:.0f}' for x in toggles)})")
    print(f"date-range change -> next frame: median {med(date):.0f} ms")
    print(f"search+focus+highlight -> next frame: median {med(search):.0f} ms; clear highlight {clear:.0f} ms")
    print(f"outside requests attempted: {len(outside)}")
    return 1 if outside else 0


if __name__ == "__main__":
    raise SystemExit(main())
