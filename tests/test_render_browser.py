"""Drive the HTML view in Debian's headless Chromium through Playwright.

Every request the page makes is routed: the file:// page itself is let
through, anything else is aborted and recorded, and each test fails if the
page tried to reach anything (or logged a JS error / CSP violation).

Needs ``apt-get install -y chromium`` (``/usr/bin/chromium``); never
``playwright install``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import networkx as nx
import pytest

from graphbuilder.render import render_html

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM),
        reason="Debian chromium not installed at /usr/bin/chromium (apt-get install -y chromium)",
    ),
]

RUS, UKR, USA, NATO, PUT, KYIV = (
    "http://example.org/id/RUS",
    "http://example.org/id/UKR",
    "http://example.org/id/USA",
    "http://example.org/id/NATO",
    "http://example.org/id/Putin",
    "http://example.org/id/Kyiv",
)

HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">'
HOSTILE_SCRIPT = "<script>window.__pwned=1</script>"


def small_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node(RUS, label="Russia", type="Country", country="RUS", mentions=12,
               alt_labels=["Russian Federation"])
    G.add_node(UKR, label="Ukraine", type="Country", country="UKR", mentions=9)
    G.add_node(USA, label="United States", type="Country", country="USA", mentions=4)
    G.add_node(NATO, label="NATO", type="InternationalOrganisation", mentions=3)
    G.add_node(PUT, label="Vladimir Putin", type="Person", country="RUS", mentions=5)
    G.add_node(KYIV, label="Kyiv", type="Place", country="UKR", mentions=1)
    G.add_edge(RUS, UKR, key="attacks", relation="attacks", count=4, first="2024-02-01",
               last="2024-02-10", goldstein=-10.0, kind="event",
               evidence=[{"sentence": "Russian forces shelled Kharkiv.", "doc_id": "d1",
                          "doc_title": "Shelling", "date": "2024-02-01"}])
    G.add_edge(RUS, KYIV, key="attacks", relation="attacks", count=1, first="2024-03-20",
               last="2024-03-20", kind="event")
    G.add_edge(UKR, RUS, key="protests", relation="protests", count=1, first="2024-03-05",
               last="2024-03-05", kind="event")
    G.add_edge(USA, UKR, key="aids", relation="aids", count=2, first="2024-04-01",
               last="2024-04-20", kind="event")
    G.add_edge(UKR, NATO, key="requests", relation="requests", count=1, first="2024-01-15",
               kind="event")
    G.add_edge(PUT, RUS, key="leader-of", relation="leader-of", kind="state")
    G.add_edge(KYIV, UKR, key="located-in", relation="located-in", kind="state")
    return G


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    pw = sync_api.sync_playwright().start()
    try:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
    except sync_api.Error as exc:  # pragma: no cover - depends on the machine
        pw.stop()
        pytest.skip(f"cannot launch {CHROMIUM}: {exc}")
    yield b
    b.close()
    pw.stop()


class View:
    """An opened page plus what it tried to do behind our back."""

    def __init__(self, page, url):
        self.page, self.url = page, url
        self.outside: list[str] = []
        self.errors: list[str] = []

    def js(self, expr, arg=None):
        return self.page.evaluate(expr, arg)

    def counts(self):
        return self.js("gb.counts()")

    def wait_counts(self, nodes=None, edges=None):
        cond = []
        if nodes is not None:
            cond.append(f"gb.counts().nodes === {nodes}")
        if edges is not None:
            cond.append(f"gb.counts().edges === {edges}")
        # A function, not an expression string: Playwright evals bare expressions, which
        # the page's CSP (no unsafe-eval) rightly refuses.
        self.page.wait_for_function("() => " + " && ".join(cond), timeout=5000)

    def tooltip_at(self, x, y, expect):
        """Hover (x, y) and return the vis tooltip once it shows ``expect``."""
        self.page.mouse.move(x, y)
        self.page.wait_for_function(
            """(want) => { const t = document.querySelector('div.vis-tooltip');
                 return t && t.style.visibility === 'visible' && t.textContent.includes(want); }""",
            arg=expect, timeout=5000)
        return self.js("""() => { const t = document.querySelector('div.vis-tooltip');
            return { text: t.textContent, markup: t.querySelectorAll('img,script,iframe,b,a').length }; }""")


@pytest.fixture
def open_view(browser, tmp_path):
    contexts = []
    views = []

    def _open(G, **kw):
        """Render ``G`` and open it, or open ``G`` itself when it is a page already written."""
        path = G if isinstance(G, Path) else render_html(G, tmp_path / f"view{len(views)}.html", **kw)
        url = path.resolve().as_uri()
        ctx = browser.new_context(viewport={"width": 1280, "height": 800})
        contexts.append(ctx)
        view = View(None, url)

        def guard(route):
            if route.request.url == url:
                route.continue_()
            else:
                view.outside.append(route.request.url)
                route.abort()

        ctx.route("**/*", guard)
        page = ctx.new_page()
        view.page = page
        page.on("request", lambda r: r.url not in (url,) and not r.url.startswith("data:")
                and view.outside.append(r.url))
        page.on("pageerror", lambda e: view.errors.append(f"pageerror: {e}"))
        page.on("console", lambda m: m.type == "error" and view.errors.append(f"console: {m.text}"))
        page.goto(url)
        page.wait_for_function("() => window.gb && window.gb.ready === true", timeout=60_000)
        views.append(view)
        return view

    yield _open
    for ctx in contexts:
        ctx.close()
    for view in views:
        assert not view.outside, f"page tried to reach outside: {view.outside}"
        assert not view.errors, f"page errors: {view.errors}"


def test_draws_every_node_and_edge_without_any_outside_request(open_view):
    G = small_graph()
    v = open_view(G, title="offline")
    assert v.counts() == {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()}
    assert v.js("document.querySelectorAll('script[src], link[href^=\"http\"]').length") == 0
    assert v.js("document.title") == "offline"
    assert v.js("gb.physics()") is True
    assert v.outside == []


def test_large_graph_uses_static_layout_and_draws_everything(open_view):
    G = nx.MultiDiGraph()
    base = nx.gnm_random_graph(650, 1600, seed=5, directed=True)
    for n in base:
        G.add_node(f"urn:n:{n}", label=f"Actor {n}", type=["Country", "Person", "Military"][n % 3])
    for u, w in base.edges():
        G.add_edge(f"urn:n:{u}", f"urn:n:{w}", key="meets", relation="meets", count=1)
    v = open_view(G)  # 650 > default physics_threshold of 500
    assert v.counts() == {"nodes": 650, "edges": 1600}
    assert v.js("gb.physics()") is False
    before = v.js("gb.network.getPosition('urn:n:1')")
    v.page.wait_for_timeout(300)
    assert v.js("gb.network.getPosition('urn:n:1')") == before


def test_unchecking_a_relation_hides_its_edges(open_view):
    G = small_graph()
    v = open_view(G)
    total = G.number_of_edges()
    v.page.click('input[data-relation="attacks"]')
    v.wait_counts(edges=total - 2)
    assert v.counts()["nodes"] == G.number_of_nodes()
    hidden = v.js("gb.edges.get({filter: e => e.hidden}).map(e => [e.from, e.to])")
    assert sorted(map(tuple, hidden)) == sorted([(RUS, KYIV), (RUS, UKR)])
    v.js("gb.setRelation('leader-of', false)")
    v.wait_counts(edges=total - 3)
    assert v.js("gb.setRelation('attacks', true)")["edges"] == total - 1
    assert v.js("document.querySelector('input[data-relation=\"attacks\"]').checked") is True


def test_actor_type_filter_hides_nodes_and_their_edges(open_view):
    G = small_graph()
    v = open_view(G)
    c = v.js("gb.setType('Country', false)")
    assert c == {"nodes": 3, "edges": 0}
    c = v.js("gb.setType('Country', true)")
    assert c == {"nodes": 6, "edges": G.number_of_edges()}


def test_search_focuses_and_selects_the_expected_actor(open_view):
    v = open_view(small_graph())
    v.page.fill("#gb-search", "ukraine")
    v.page.press("#gb-search", "Enter")
    v.page.wait_for_function(f"() => gb.network.getSelectedNodes()[0] === {UKR!r}", timeout=5000)
    assert v.js("gb.highlighted()") == UKR
    assert v.js("gb.search('Russian Federation')") == RUS  # alternative label
    assert v.js("gb.search('putin')") == PUT  # substring of the canonical name
    assert v.js("gb.network.getSelectedNodes()") == [PUT]
    assert v.js("gb.search('Atlantis')") is None
    v.page.fill("#gb-search", "Atlantis")
    v.page.press("#gb-search", "Enter")
    assert "No actor matches" in v.js("document.getElementById('gb-search-msg').textContent")


def test_date_range_hides_edges_outside_it_and_keeps_undated(open_view):
    G = small_graph()
    v = open_view(G)
    # In March 2024: protests (03-05) and the Kyiv attack (03-20); plus two
    # undated state relations.  requests (01-15, open-ended) is outside.
    assert v.js("gb.setDateRange('2024-03-01', '2024-03-31')")["edges"] == 4
    assert v.js("gb.setDateRange('2024-02-05', '2024-02-05')")["edges"] == 3  # inside attacks span
    assert v.js("gb.setDateRange(null, null)")["edges"] == G.number_of_edges()
    # The slider itself: moving "from" past every date leaves undated only.
    day_max = v.js("+document.getElementById('gb-from').max")
    v.page.fill("#gb-from", str(day_max))
    v.wait_counts(edges=3)  # aids ends on the last day; two state relations
    assert v.js("document.getElementById('gb-to').value") == str(day_max)


def test_click_highlights_neighbourhood_and_physics_switch(open_view):
    v = open_view(small_graph())
    v.page.click("#gb-physics")  # freeze the layout so the node stays under the pointer
    assert v.js("gb.physics()") is False
    pos = v.js(f"gb.domPosition({USA!r})")
    v.page.mouse.click(pos["x"], pos["y"])
    v.page.wait_for_function(f"() => gb.highlighted() === {USA!r}", timeout=5000)
    dimmed = v.js(f"gb.nodes.get({NATO!r}).color.background")
    kept = v.js(f"gb.nodes.get({UKR!r}).color.background")
    assert dimmed == "#ececec" and kept != "#ececec"
    assert v.counts()["nodes"] == 6  # dimmed, not hidden
    v.page.keyboard.press("Escape")
    assert v.js("gb.highlighted()") is None
    assert v.js(f"gb.nodes.get({NATO!r}).color.background") != "#ececec"


def test_ego_view_opens_focused_on_the_ego(open_view):
    v = open_view(small_graph(), ego="kyiv", depth=1)
    assert v.counts() == {"nodes": 3, "edges": 4}  # Kyiv, Russia, Ukraine and all edges among them
    assert v.js("gb.highlighted()") == KYIV


def test_empty_graph_still_becomes_ready(open_view):
    v = open_view(nx.MultiDiGraph())
    assert v.counts() == {"nodes": 0, "edges": 0}


def hostile_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("urn:h:img", label=HOSTILE_IMG, type="Person", alt_labels=[HOSTILE_SCRIPT])
    G.add_node("urn:h:script", label=HOSTILE_SCRIPT, type="<script>window.__pwned=1</script>")
    G.add_node("urn:h:rtl", label="Ministry \u202egnp.exe\u202c of Truth", type="Government")
    G.add_node("urn:h:zw", label="Zero\u200b\u200c\u200dWidth\ufeff", type="ArmedGroup")
    G.add_node("urn:h:long", label="L" * 10_000, type="Country")
    G.add_node("javascript:window.__pwned=1", label="${window.__pwned=1} {{7*7}}")
    G.add_edge("urn:h:img", "urn:h:long", key="attacks", relation="attacks", count=3,
               first="2024-01-01", last="2024-01-09",
               evidence=[{"sentence": "</script><script>window.__pwned=1</script>" + HOSTILE_IMG,
                          "doc_id": "javascript:window.__pwned=1",
                          "doc_title": "<b onmouseover=window.__pwned=1>Title</b>",
                          "date": "2024-01-01"}])
    G.add_edge("urn:h:rtl", "urn:h:zw", key="__proto__", relation="__proto__")
    G.add_edge("urn:h:zw", "urn:h:script", key="<i>rel</i>", relation="<i>rel</i>")
    G.add_edge("javascript:window.__pwned=1", "urn:h:rtl", key="meets", relation="meets")
    return G


def test_hostile_graph_is_inert_and_still_draws(open_view):
    G = hostile_graph()
    # Static layout (no physics) so nodes stay where we hover.
    v = open_view(G, title=HOSTILE_SCRIPT, physics_threshold=0)
    assert v.counts() == {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()}
    assert v.js("document.title") == HOSTILE_SCRIPT
    assert v.js("document.images.length") == 0
    assert v.js("document.querySelectorAll('script').length") == 3

    # Node tooltip: the markup shows as text.
    pos = v.js("gb.domPosition('urn:h:img')")
    tip = v.tooltip_at(pos["x"], pos["y"], "onerror")
    assert HOSTILE_IMG in tip["text"] and HOSTILE_SCRIPT in tip["text"]
    assert tip["markup"] == 0

    # Edge tooltip, hovered at the middle of the straight edge.
    v.page.mouse.move(5, 5)
    a, b = v.js("gb.domPosition('urn:h:img')"), v.js("gb.domPosition('urn:h:long')")
    tip = v.tooltip_at((a["x"] + b["x"]) / 2, (a["y"] + b["y"]) / 2, "Title")
    assert "</script><script>window.__pwned=1</script>" in tip["text"]
    assert "<b onmouseover=window.__pwned=1>Title</b>" in tip["text"]
    assert tip["markup"] == 0

    # Filters and search work with hostile names (incl. "__proto__").
    assert v.js("gb.setRelation('__proto__', false)")["edges"] == G.number_of_edges() - 1
    assert v.js("gb.search('<img src=x')") == "urn:h:img"
    assert v.js("gb.search('zerowidth')") == "urn:h:zw"
    v.page.fill("#gb-search", HOSTILE_SCRIPT)
    v.page.press("#gb-search", "Enter")
    assert v.js("window.__pwned") is None
    assert v.js("typeof window.__pwned") == "undefined"


@pytest.mark.model
def test_a_hostile_article_built_end_to_end_executes_nothing(open_view, tmp_path):
    """The page ``build`` writes for an article carrying markup: drawn, inert, text shown as text."""
    from graphbuilder.pipeline import build

    corpus = tmp_path / "hostile.jsonl"
    corpus.write_text(json.dumps({
        "id": "hostile-1", "date": "2024-01-02",
        "title": "<script>window.__pwned=1</script><b onmouseover=window.__pwned=1>Attack</b>",
        "text": f"Russia attacked Ukraine on Monday {HOSTILE_IMG} and {HOSTILE_SCRIPT} overnight.",
    }) + "\n", encoding="utf-8")
    graph, _report = build([corpus], tmp_path / "out")
    from graphbuilder.graph import to_networkx

    G = to_networkx(graph)
    v = open_view(tmp_path / "out" / "graph.html")
    assert v.counts() == {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()}
    assert v.js("document.images.length") == 0
    assert v.js("document.querySelectorAll('script').length") == 3

    v.page.click("#gb-physics")  # freeze the layout so the edge stays under the pointer
    rus, ukr = "https://w3id.org/graphbuilder/id/RUS", "https://w3id.org/graphbuilder/id/UKR"
    a, b = v.js(f"gb.domPosition({rus!r})"), v.js(f"gb.domPosition({ukr!r})")
    tip = v.tooltip_at((a["x"] + b["x"]) / 2, (a["y"] + b["y"]) / 2, "overnight")
    assert HOSTILE_IMG in tip["text"] and HOSTILE_SCRIPT in tip["text"]
    assert "<b onmouseover=window.__pwned=1>Attack</b>" in tip["text"]
    assert tip["markup"] == 0
    assert v.js("typeof window.__pwned") == "undefined"
