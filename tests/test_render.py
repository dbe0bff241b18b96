"""Pure-Python tests of the HTML view: escaping, selection, self-containment.

The browser-driven checks live in ``test_render_browser.py``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import re
import stat
from html.parser import HTMLParser

import networkx as nx
import pytest

from graphbuilder import render
from graphbuilder.render import display, render_html, select, to_html

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
HOSTILE_BREAKOUT = "</script><script>window.__pwned=1</script><!--"


def small_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node(RUS, label="Russia", type="Country", country="RUS", mentions=12,
               alt_labels=["Russian Federation"])
    G.add_node(UKR, label="Ukraine", type="Country", country="UKR", mentions=9, alt_labels=[])
    G.add_node(USA, label="United States", type="Country", country="USA", mentions=4)
    G.add_node(NATO, label="NATO", type="InternationalOrganisation", mentions=3)
    G.add_node(PUT, label="Vladimir Putin", type="Person", country="RUS", mentions=5)
    G.add_node(KYIV, label="Kyiv", type="Place", country="UKR", mentions=1)
    ev = [{"sentence": "Russian forces shelled Kharkiv.", "doc_id": "d1",
           "doc_title": "Shelling", "date": "2024-02-01"}]
    G.add_edge(RUS, UKR, key="attacks", relation="attacks", count=4, first="2024-02-01",
               last="2024-02-10", cameo="190", plover="ASSAULT", goldstein=-10.0, kind="event",
               evidence=ev)
    G.add_edge(UKR, RUS, key="protests", relation="protests", count=1, first="2024-03-05",
               last="2024-03-05", kind="event", evidence=[])
    G.add_edge(USA, UKR, key="aids", relation="aids", count=2, first="2024-04-01",
               last="2024-04-20", goldstein=None, kind="event")
    G.add_edge(UKR, NATO, key="requests", relation="requests", count=1, first="2024-01-15",
               last=None, kind="event")
    G.add_edge(PUT, RUS, key="leader-of", relation="leader-of", kind="state")
    G.add_edge(KYIV, UKR, key="located-in", relation="located-in", kind="state")
    return G


def payload_of(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="gb-data">(.*?)</script>', page, re.DOTALL)
    assert m, "data block missing"
    return json.loads(m.group(1))


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._in_script: dict | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "script":
            self._in_script, self._buf = a, []

    def handle_data(self, data):
        if self._in_script is not None:
            self._buf.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._buf)))
            self._in_script = None


def parse(page: str) -> _Tags:
    p = _Tags()
    p.feed(page)
    return p


# --------------------------------------------------------------------------
# Self-contained, offline page
# --------------------------------------------------------------------------


def test_page_loads_nothing_from_outside():
    page = to_html(small_graph(), title="t")
    tags = parse(page)
    for tag, attrs in tags.tags:
        for name in ("src", "href", "srcset", "action", "data", "poster"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http://", "https://", "//")), (tag, name, value)
        if tag == "script":
            assert "src" not in attrs, "scripts must be inlined"
        if tag == "link":
            assert attrs.get("href", "").startswith("data:"), attrs
    assert not any(t in ("iframe", "object", "embed", "base") for t, _ in tags.tags)
    # base64 images in vis' CSS contain arbitrary letter runs; ignore them.
    assert "cdn" not in re.sub(r"data:[^\"')\s]+", "data:", page).lower()
    assert "bootstrap" not in page.lower()


def test_vis_network_is_inlined_from_pyvis():
    page = to_html(small_graph())
    js, css = render._vis_assets()
    assert "vis-network" in js and len(js) > 100_000
    assert js in page and css in page
    assert "new vis.Network(" in page


def test_csp_whitelists_exactly_the_inline_scripts():
    page = to_html(small_graph())
    tags = parse(page)
    csp = next(a["content"] for t, a in tags.tags
               if t == "meta" and a.get("http-equiv", "").lower() == "content-security-policy")
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    executable = [body for attrs, body in tags.scripts if attrs.get("type") != "application/json"]
    assert len(executable) == 2
    for body in executable:
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "unsafe-inline" not in csp.split("script-src", 1)[1].split(";", 1)[0]


# --------------------------------------------------------------------------
# Untrusted text
# --------------------------------------------------------------------------


def hostile_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("urn:h:img", label=HOSTILE_IMG, type="Person", alt_labels=[HOSTILE_SCRIPT])
    G.add_node("urn:h:script", label=HOSTILE_SCRIPT + " \u2028 \u2029", type="<script>x</script>")
    G.add_node("urn:h:rtl", label="Ministry \u202egnp.exe\u202c of Truth", type="Government")
    G.add_node("urn:h:zw", label="Zero\u200b\u200c\u200dWidth\ufeff", type="ArmedGroup")
    G.add_node("urn:h:long", label="L" * 10_000, type="Country")
    G.add_node("javascript:window.__pwned=1", label="@@DATA@@ {{ x }} ${window.__pwned=1}")
    G.add_edge("urn:h:img", "urn:h:script", key="attacks", relation="attacks", count=2,
               first="2024-01-01", last="2024-01-02",
               evidence=[{"sentence": HOSTILE_BREAKOUT, "doc_id": HOSTILE_IMG,
                          "doc_title": "&lt;b&gt;entity&lt;/b&gt; & <b>bold</b>",
                          "date": "2024-01-01"}])
    G.add_edge("urn:h:rtl", "urn:h:long", key="__proto__", relation="__proto__",
               evidence=[{"sentence": "x\u2028y\u2029z", "doc_title": HOSTILE_SCRIPT}])
    G.add_edge("urn:h:zw", "urn:h:img", key="<b>rel</b>", relation="<b>rel</b>")
    return G


def without_vendor_code(page: str) -> str:
    js, css = render._vis_assets()
    return page.replace(js, "").replace(css, "")


def test_hostile_text_never_appears_as_markup():
    page = without_vendor_code(to_html(hostile_graph(), title=HOSTILE_SCRIPT))
    assert "<img" not in page
    assert "window.__pwned=1</script>" not in page
    assert "<b>" not in page
    assert "\u2028" not in page and "\u2029" not in page
    # Title is escaped text in both places it appears.
    assert "<title>&lt;script&gt;window.__pwned=1&lt;/script&gt;</title>" in page
    data = re.search(r'id="gb-data">(.*?)</script>', page, re.DOTALL).group(1)
    assert not set("<>&") & set(data)


def test_hostile_text_round_trips_exactly_through_the_json():
    payload = payload_of(to_html(hostile_graph()))
    names = {n["id"]: n for n in payload["nodes"]}
    assert names["urn:h:img"]["name"] == HOSTILE_IMG
    assert names["urn:h:img"]["alt"] == [HOSTILE_SCRIPT]
    assert names["urn:h:script"]["type"] == "Other"
    assert names["javascript:window.__pwned=1"]["name"] == "@@DATA@@ {{ x }} ${window.__pwned=1}"
    # Canvas labels lose bidi overrides and zero-width characters, are one
    # line and short; the full (capped) name stays for the tooltip.
    assert "\u202e" not in names["urn:h:rtl"]["label"]
    assert names["urn:h:zw"]["label"] == "Zero\u200c\u200dWidth"
    assert len(names["urn:h:long"]["label"]) <= 40
    assert 200 <= len(names["urn:h:long"]["name"]) <= 300
    ev = next(e for e in payload["edges"] if e["rel"] == "attacks")["ev"][0]
    assert ev["sentence"] == HOSTILE_BREAKOUT
    assert ev["doc_title"] == "&lt;b&gt;entity&lt;/b&gt; & <b>bold</b>"
    assert {r["name"] for r in payload["relations"]} == {"attacks", "__proto__", "<b>rel</b>"}


def test_lone_surrogates_do_not_break_writing(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("urn:s", label="bad \udc80 bytes", type="Person")
    out = render_html(G, tmp_path / "s.html", title="t\udc80")
    out.read_bytes().decode("utf-8")  # strict UTF-8


def test_missing_and_malformed_attributes_do_not_crash():
    G = nx.MultiDiGraph()
    G.add_node("http://example.org/id/NoAttrs")
    G.add_node(42, label=None, type=None, mentions="many", alt_labels={"b", "a"}, country=7)
    G.add_edge("http://example.org/id/NoAttrs", 42)
    G.add_edge(42, 42, key="meets", count="x", goldstein="nan", first="yesterday",
               last="2024-13-45", evidence="just a sentence", kind="weird", cameo=190)
    G.add_edge(42, "http://example.org/id/NoAttrs", key="opposes", count=-3, goldstein=99,
               evidence=[None, 5, {"sentence": None}], first="2024-05-02", last="2024-05-01")
    payload = payload_of(to_html(G))
    nodes = {n["id"]: n for n in payload["nodes"]}
    assert nodes["http://example.org/id/NoAttrs"]["label"] == "NoAttrs"
    assert nodes["42"]["type"] == "Other" and nodes["42"]["mentions"] == 0
    assert nodes["42"]["alt"] == ["a", "b"]
    edges = {e["rel"]: e for e in payload["edges"]}
    assert set(edges) == {"related", "meets", "opposes"}
    assert edges["meets"]["count"] == 1 and edges["meets"]["gs"] is None
    assert edges["meets"]["first"] is None and edges["meets"]["d0"] is None
    assert edges["meets"]["kind"] == "event"
    assert edges["meets"]["ev"] == [{"sentence": "just a sentence", "doc_title": "",
                                     "doc_id": "", "date": ""}]
    assert edges["opposes"]["gs"] == 10.0 and edges["opposes"]["count"] == 1
    assert (edges["opposes"]["first"], edges["opposes"]["last"]) == ("2024-05-01", "2024-05-02")
    assert len(edges["opposes"]["ev"]) == 1


def test_plain_digraph_and_empty_graph_are_accepted():
    D = nx.DiGraph()
    D.add_edge("a", "b", relation="meets")
    assert payload_of(to_html(D))["edges"][0]["rel"] == "meets"
    empty = payload_of(to_html(nx.MultiDiGraph()))
    assert empty["nodes"] == [] and empty["edges"] == [] and empty["dates"] is None


# --------------------------------------------------------------------------
# Visual encoding
# --------------------------------------------------------------------------


def test_edge_colours_follow_the_conflict_cooperation_scale():
    payload = payload_of(to_html(small_graph()))
    col = {e["rel"]: e["color"] for e in payload["edges"]}
    assert col["attacks"] == render.SCALE_STOPS[0][1]
    assert col["leader-of"] == col["located-in"] == render.STATE_COLOR

    def rgb(h):
        return tuple(int(h[i:i + 2], 16) for i in (1, 3, 5))

    r, _, b = rgb(col["aids"])
    assert b > r, "cooperation must be on the blue end"
    r, _, b = rgb(col["protests"])
    assert r > b, "conflict must be on the red end"
    # An explicit goldstein value overrides the per-relation default.
    G = small_graph()
    G.edges[USA, UKR, "aids"]["goldstein"] = -10.0
    col2 = {e["rel"]: e["color"] for e in payload_of(to_html(G))["edges"]}
    assert col2["aids"] == render.SCALE_STOPS[0][1]


def test_legend_data_sizes_and_widths():
    payload = payload_of(to_html(small_graph()))
    assert [t["name"] for t in payload["types"]] == [
        "Country", "Person", "InternationalOrganisation", "Place"]
    rels = [r["name"] for r in payload["relations"]]
    assert rels.index("attacks") < rels.index("protests") < rels.index("aids")
    assert rels[-2:] == ["leader-of", "located-in"]  # state relations last
    nodes = {n["id"]: n for n in payload["nodes"]}
    assert nodes[RUS]["size"] > nodes[KYIV]["size"]
    edges = {e["rel"]: e for e in payload["edges"]}
    assert edges["attacks"]["width"] > edges["protests"]["width"]
    assert payload["dates"] == {"min": render._day("2024-01-15"), "max": render._day("2024-04-20")}


def test_an_unnamed_actor_is_marked_as_such():
    G = small_graph()
    G.add_node("http://example.org/id/generic/d1/coalition", label="coalition", type="Organisation", generic=True)
    G.add_edge("http://example.org/id/generic/d1/coalition", RUS, key="attacks", relation="attacks", kind="event")
    page = to_html(G)
    nodes = {n["id"]: n for n in payload_of(page)["nodes"]}
    assert nodes["http://example.org/id/generic/d1/coalition"].get("generic") == 1
    assert "generic" not in nodes[RUS]  # named actors carry no flag (and no bytes)
    assert "borderDashes" in page


def test_reciprocal_and_parallel_edges_are_curved_apart():
    payload = payload_of(to_html(small_graph()))
    edges = {e["rel"]: e for e in payload["edges"]}
    assert edges["attacks"].get("curve") and edges["protests"].get("curve")
    assert "curve" not in edges["aids"]


def test_physics_threshold_switches_to_precomputed_static_layout():
    G = small_graph()
    assert payload_of(to_html(G))["physics"] is True
    big = payload_of(to_html(G, physics_threshold=3))
    assert big["physics"] is False and big["big"] is True
    for n in big["nodes"]:
        assert math.isfinite(n["x"]) and math.isfinite(n["y"])


def test_fast_layout_handles_a_large_sparse_graph_quickly():
    import time

    G = nx.gnm_random_graph(1500, 3000, seed=1, directed=True)
    G.add_nodes_from(range(1500, 1600))  # isolates go to the side grid
    M = nx.MultiDiGraph(G)
    t = time.perf_counter()
    payload = payload_of(to_html(M))
    assert time.perf_counter() - t < 20
    xs = [n["x"] for n in payload["nodes"]]
    ys = [n["y"] for n in payload["nodes"]]
    assert payload["physics"] is False
    assert len({(x, y) for x, y in zip(xs, ys)}) > 1500  # nodes do not pile up


# --------------------------------------------------------------------------
# Determinism
# --------------------------------------------------------------------------


def test_output_is_deterministic_and_independent_of_insertion_order():
    G = small_graph()
    first = to_html(G, title="x")
    assert first == to_html(G, title="x")
    R = nx.MultiDiGraph()
    R.add_nodes_from(reversed(list(G.nodes(data=True))))
    R.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    assert to_html(R, title="x") == first


def test_big_layout_is_deterministic():
    G = nx.MultiDiGraph(nx.gnm_random_graph(700, 1400, seed=3, directed=True))
    assert to_html(G) == to_html(G)


# --------------------------------------------------------------------------
# select()
# --------------------------------------------------------------------------


def test_select_ego_by_label_case_insensitively_and_by_id():
    G = small_graph()
    assert set(select(G, ego="rUSSIA")) == {RUS, UKR, PUT}
    assert set(select(G, ego=RUS)) == {RUS, UKR, PUT}
    assert set(select(G, ego="russian federation")) == {RUS, UKR, PUT}  # alt label
    assert set(select(G, ego="Russia", depth=0)) == {RUS}
    assert set(select(G, ego="Russia", depth=2)) == {RUS, UKR, PUT, USA, NATO, KYIV}


def test_select_returns_an_independent_multidigraph():
    G = small_graph()
    H = select(G, ego="Ukraine")
    assert isinstance(H, nx.MultiDiGraph)
    assert H.edges[RUS, UKR, "attacks"]["count"] == 4
    H.nodes[UKR]["label"] = "changed"
    H.remove_node(RUS)
    assert G.nodes[UKR]["label"] == "Ukraine" and RUS in G
    assert set(select(nx.DiGraph([("a", "b")]))) == {"a", "b"}


def test_select_top_keeps_highest_degree_and_the_ego():
    G = small_graph()
    assert set(select(G, top=2)) == {UKR, RUS}
    assert set(select(G, ego="Kyiv", depth=2, top=2)) == {KYIV, UKR}
    assert select(G, top=100).number_of_nodes() == G.number_of_nodes()


def test_select_unknown_name_lists_close_matches_on_one_line():
    with pytest.raises(ValueError) as exc:
        select(small_graph(), ego="Rusia")
    msg = str(exc.value)
    assert "\n" not in msg and "'Rusia'" in msg and "'Russia'" in msg
    with pytest.raises(ValueError, match="no close match"):
        select(small_graph(), ego="Zanzibar\nInjected")
    with pytest.raises(ValueError, match="unknown actor"):
        to_html(small_graph(), ego="Rusia")


@pytest.mark.parametrize("kw", [{"depth": -1}, {"top": 0}, {"top": 1.5}, {"depth": True}])
def test_select_rejects_bad_arguments(kw):
    with pytest.raises(ValueError):
        select(small_graph(), **kw)


def test_to_html_with_ego_marks_the_ego_node():
    payload = payload_of(to_html(small_graph(), ego="ukraine", depth=1))
    assert payload["ego"] == UKR
    assert {n["id"] for n in payload["nodes"]} == {UKR, RUS, USA, NATO, KYIV}


# --------------------------------------------------------------------------
# Writing and Jupyter
# --------------------------------------------------------------------------


def test_render_html_writes_only_the_target_atomically(tmp_path):
    target = tmp_path / "view.html"
    target.write_text("old")
    os.chmod(target, 0o640)
    out = render_html(small_graph(), str(target), title="x")
    assert out == target
    assert os.listdir(tmp_path) == ["view.html"]
    assert target.read_text(encoding="utf-8") == to_html(small_graph(), title="x")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    fresh = render_html(small_graph(), tmp_path / "new.html")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644


def test_render_html_failure_leaves_no_temp_file(tmp_path, monkeypatch):
    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(render.os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        render_html(small_graph(), tmp_path / "view.html")
    assert os.listdir(tmp_path) == []


def test_no_files_written_besides_the_target(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    render_html(small_graph(), tmp_path / "out" / "v.html")
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["out", "v.html"]


def test_display_embeds_the_escaped_page_in_an_iframe():
    pytest.importorskip("IPython")
    obj = display(hostile_graph(), height=500, title="nb")
    frame = obj.data
    assert frame.startswith("<iframe") and frame.endswith("</iframe>")
    assert frame.count("<") == 2, "the whole page must be attribute-escaped"
    assert 'sandbox="allow-scripts"' in frame and "height:500px" in frame
    srcdoc = re.search(r'srcdoc="([^"]*)"', frame).group(1)
    import html as _html

    assert _html.unescape(srcdoc) == to_html(hostile_graph(), title="nb")
