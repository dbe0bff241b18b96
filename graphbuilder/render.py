"""Interactive, offline HTML view of the knowledge-graph projection.

The RDF graph is the source of truth; this module only draws the NetworkX
projection of it (see the input contract in :func:`to_html`).  The page is a
single self-contained file: vis-network's JavaScript and CSS are inlined from
the installed ``pyvis`` package, so the view works on an air-gapped laptop and
never contacts a CDN.  ``pyvis`` is used for nothing else and is imported
nowhere else in the project.

Article text is untrusted.  Everything taken from the graph travels inside one
``<script type="application/json">`` block with ``<``, ``>`` and ``&``
escaped, and the page script only ever writes it into the DOM as text nodes.
A Content-Security-Policy that whitelists the page's own two scripts by hash
is a second line of defence should either of those ever fail.

Public API: :func:`render_html`, :func:`to_html`, :func:`select`,
:func:`display`.

Examples
--------
>>> import networkx as nx
>>> from graphbuilder.render import to_html
>>> G = nx.MultiDiGraph()
>>> G.add_node("urn:ex:RUS", label="Russia", type="Country", country="RUS")
>>> G.add_node("urn:ex:UKR", label="Ukraine", type="Country", country="UKR")
>>> G.add_edge("urn:ex:RUS", "urn:ex:UKR", key="attacks", relation="attacks",
...            count=3, first="2024-02-01", last="2024-02-03", kind="event")
'attacks'
>>> page = to_html(G, title="Demo")
>>> page.startswith("<!DOCTYPE html>") and "<script src=" not in page
True
"""

from __future__ import annotations

import base64
import datetime as _dt
import functools
import hashlib
import html as _html
import importlib.util
import itertools
import json
import math
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

__all__ = ["display", "render_html", "select", "to_html"]

# --------------------------------------------------------------------------
# Visual vocabulary
# --------------------------------------------------------------------------

#: Actor type -> (fill colour, vis-network shape).  Only shapes that draw the
#: label *below* the glyph are used, so node size stays independent of the
#: label length.  Colours follow Okabe-Ito where possible (colour-blind safe);
#: the shape disambiguates where hues are close.
TYPE_STYLES: dict[str, tuple[str, str]] = {
    "Country": ("#1f5fa8", "dot"),
    "Government": ("#56b4e9", "square"),
    "Military": ("#d55e00", "triangle"),
    "ArmedGroup": ("#8b1a1a", "triangleDown"),
    "Person": ("#e69f00", "diamond"),
    "InternationalOrganisation": ("#009e73", "hexagon"),
    "Organisation": ("#cc79a7", "hexagon"),
    "Place": ("#7a6a3a", "star"),
    "Facility": ("#5c5c5c", "square"),
    "Other": ("#a0a0a0", "dot"),
}

_TYPE_ALIASES = {re.sub(r"[^a-z]", "", k.lower()): k for k in TYPE_STYLES}
_TYPE_ALIASES.update(
    {
        "internationalorganization": "InternationalOrganisation",
        "organization": "Organisation",
        "io": "InternationalOrganisation",
        "igo": "InternationalOrganisation",
    }
)

#: Default position of each event relation on the Goldstein scale (-10
#: conflict ... +10 cooperation), used when an edge carries no goldstein
#: value.  Values approximate the CAMEO root-code scores of the verb class
#: the relation is mapped from.
RELATION_GOLDSTEIN: dict[str, float] = {
    "attacks": -10.0,
    "mobilizes": -7.2,
    "coerces": -7.0,
    "protests": -6.5,
    "threatens": -6.0,
    "sanctions": -5.6,
    "rejects": -4.0,
    "opposes": -2.0,
    "meets": 1.0,
    "visits": 1.9,
    "requests": 3.0,
    "supports": 3.5,
    "cooperates": 5.0,
    "aids": 7.0,
}

#: Relations that describe a standing state rather than an event; they carry
#: no conflict/cooperation meaning and are drawn in neutral grey.
STATE_RELATIONS = frozenset({"stationed-at", "leader-of", "member-of", "located-in", "controls"})

STATE_COLOR = "#9e9e9e"

#: Conflict -> cooperation colour stops.  Yellow sits at 0 rather than grey
#: so that a neutral *event* is never confused with a *state* relation.
SCALE_STOPS: tuple[tuple[float, str], ...] = (
    (-10.0, "#b2182b"),
    (-5.0, "#e66101"),
    (0.0, "#c9a227"),
    (5.0, "#4393c3"),
    (10.0, "#1f4e9c"),
)

# Size limits for untrusted text: keeps the page small and the tooltips
# readable even when the extractor hands over a whole paragraph as a "name".
_MAX_DISPLAY_LABEL = 40
_MAX_NAME = 300
_MAX_ALT = 20
_MAX_SENTENCE = 600
_MAX_SHORT = 200
_MAX_EVIDENCE = 5
_EDGE_LABEL_LIMIT = 150  # above this many edges, per-edge labels are clutter
_SMALL_LAYOUT_LIMIT = 500  # networkx's dense spring layout needs scipy above
_LAYOUT_SEED = 7
_EDGE_PX = 110.0  # ideal edge length of the precomputed layout, in canvas pixels
_TINY_COMPONENT = 5  # components this small are packed on a grid, not laid out

# Bidi controls and invisible characters that can make a label render as
# something it is not.  ZWJ/ZWNJ (U+200C/D) are kept: Persian and Indic
# names need them.
_INVISIBLE_RE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c]")
_WS_RE = re.compile(r"\s+")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_EPOCH = _dt.date(1970, 1, 1)


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def select(
    G: nx.Graph,
    ego: str | None = None,
    depth: int = 1,
    top: int | None = None,
) -> nx.MultiDiGraph:
    """Cut the part of the graph worth drawing.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The projection (any NetworkX graph is accepted).
    ego : str, optional
        Centre of an ego network: a node id (entity IRI), a canonical label
        (case-insensitive) or, failing those, an alternative label.
    depth : int, default 1
        Radius of the ego network, following edges in either direction.
    top : int, optional
        Keep only the ``top`` nodes of highest degree (ties broken by id).
        Applied after ``ego``; the ego node itself is always kept.

    Returns
    -------
    networkx.MultiDiGraph
        A new graph; node and edge attributes are shallow copies.

    Raises
    ------
    ValueError
        If ``ego`` matches no node (the one-line message lists close
        matches), or ``depth``/``top`` are out of range.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("urn:a", "urn:b", key="meets", relation="meets")
    'meets'
    >>> G.add_edge("urn:b", "urn:c", key="aids", relation="aids")
    'aids'
    >>> G.nodes["urn:a"]["label"] = "Alpha"
    >>> sorted(select(G, ego="alpha", depth=1))
    ['urn:a', 'urn:b']
    >>> sorted(select(G, top=1))
    ['urn:b']
    """
    return _to_multidigraph(_select_view(G, ego, depth, top))


def to_html(
    G: nx.Graph,
    *,
    title: str = "graphbuilder",
    ego: str | None = None,
    depth: int = 1,
    top: int | None = None,
    physics_threshold: int = 500,
) -> str:
    """Build the self-contained interactive HTML page as a string.

    Input contract (the projection built elsewhere in graphbuilder): node
    key = entity IRI; node attributes ``label``, ``type`` (Country,
    Government, Military, Person, ArmedGroup, InternationalOrganisation,
    Organisation, Place, Facility; anything else is shown as Other),
    ``country``, ``mentions``, ``alt_labels``.  Edge key = relation name;
    edge attributes ``relation``, ``count``, ``first``/``last``
    (``YYYY-MM-DD``), ``cameo``, ``plover``, ``goldstein``, ``kind``
    (``"event"``/``"state"``) and ``evidence`` (list of dicts with
    ``sentence``, ``doc_id``, ``doc_title``, ``date``; at most five are
    shown).  Every attribute is optional.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The projection to draw.
    title : str, default "graphbuilder"
        Page title and heading.
    ego, depth, top
        Passed to :func:`select` before drawing.
    physics_threshold : int, default 500
        Above this many nodes the layout is computed in Python and the
        in-browser physics simulation starts switched off, so that graphs of
        thousands of nodes open without stalling the tab.

    Returns
    -------
    str
        The complete HTML document.  Identical input gives identical output.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("urn:x", label="<script>alert(1)</script>", type="Person")
    >>> page = to_html(G)
    >>> "<script>alert(1)" in page
    False
    """
    H = _select_view(G, ego, depth, top)
    ego_id = _node_id(_resolve(G, ego)) if ego is not None else None
    payload = _payload(H, ego_id=ego_id, physics_threshold=physics_threshold)
    return _page(payload, title)


def render_html(
    G: nx.Graph,
    path: str | os.PathLike[str],
    *,
    title: str = "graphbuilder",
    ego: str | None = None,
    depth: int = 1,
    top: int | None = None,
    physics_threshold: int = 500,
) -> Path:
    """Write the interactive view to ``path`` (one file, nothing else).

    The file is written to a temporary file in the same directory and moved
    into place with :func:`os.replace`, so a reader (or a browser that
    auto-reloads) never sees a half-written page.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The projection to draw; see :func:`to_html` for the attributes used.
    path : str or os.PathLike
        Destination file.  Its directory must exist.
    title, ego, depth, top, physics_threshold
        As for :func:`to_html`.

    Returns
    -------
    pathlib.Path
        ``path`` as a :class:`~pathlib.Path`.

    Examples
    --------
    >>> import networkx as nx, tempfile, os
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("urn:a", "urn:b", key="meets", relation="meets")
    'meets'
    >>> with tempfile.TemporaryDirectory() as d:
    ...     out = render_html(G, os.path.join(d, "view.html"), title="Demo")
    ...     sorted(os.listdir(d)), out.name
    (['view.html'], 'view.html')
    """
    target = Path(path)
    page = to_html(
        G, title=title, ego=ego, depth=depth, top=top, physics_threshold=physics_threshold
    )
    _atomic_write(target, page.encode("utf-8"))
    return target


def display(G: nx.Graph, *, height: int = 720, **kw: Any) -> Any:
    """Show the view inline in Jupyter.

    The page goes into ``<iframe srcdoc=...>`` (attribute-escaped) with
    ``sandbox="allow-scripts"``, so it runs isolated from the notebook and
    needs no file on disk or server.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The projection to draw.
    height : int, default 720
        Height of the frame in CSS pixels.
    **kw
        Keyword arguments of :func:`to_html` (``title``, ``ego``, ...).

    Returns
    -------
    IPython.display.HTML

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("urn:a", "urn:b", key="meets", relation="meets")
    'meets'
    >>> display(G, title="Demo").data.startswith("<iframe")
    True
    """
    try:
        from IPython.display import HTML  # lazy: IPython is an optional extra
    except ImportError as exc:  # pragma: no cover - depends on environment
        raise ImportError("graphbuilder.render.display needs IPython (pip install ipython)") from exc
    import warnings

    page = to_html(G, **kw)
    frame = (
        '<iframe sandbox="allow-scripts" referrerpolicy="no-referrer" '
        f'style="width:100%;height:{int(height)}px;border:1px solid #ddd" '
        f'srcdoc="{_html.escape(page, quote=True)}"></iframe>'
    )
    with warnings.catch_warnings():
        # IPython nags "Consider using IPython.display.IFrame", which cannot
        # carry srcdoc; the iframe here is deliberate.
        warnings.simplefilter("ignore", UserWarning)
        return HTML(frame)


# --------------------------------------------------------------------------
# Selection
# --------------------------------------------------------------------------


def _select_view(G: nx.Graph, ego: Any, depth: int, top: int | None) -> nx.Graph:
    # Works on views so the common no-argument case copies nothing.
    if isinstance(depth, bool) or not isinstance(depth, int) or depth < 0:
        raise ValueError(f"depth must be a non-negative integer, got {depth!r}")
    if top is not None and (isinstance(top, bool) or not isinstance(top, int) or top < 1):
        raise ValueError(f"top must be a positive integer or None, got {top!r}")
    H = G
    root = None
    if ego is not None:
        root = _resolve(G, ego)
        H = G.subgraph(_neighbourhood(G, root, depth))
    if top is not None and H.number_of_nodes() > top:
        ranked = sorted(H.nodes, key=lambda n: (-H.degree(n), str(n)))
        chosen = ranked[:top]
        if root is not None and root not in chosen:
            chosen = [root] + ranked[: top - 1]
        H = H.subgraph(chosen)
    return H


def _neighbourhood(G: nx.Graph, root: Any, depth: int) -> set:
    seen = {root}
    frontier = [root]
    directed = G.is_directed()
    for _ in range(depth):
        nxt = []
        for n in frontier:
            nbrs = (
                list(G.successors(n)) + list(G.predecessors(n)) if directed else G.neighbors(n)
            )
            for m in nbrs:
                if m not in seen:
                    seen.add(m)
                    nxt.append(m)
        if not nxt:
            break
        frontier = nxt
    return seen


def _norm_key(s: Any) -> str:
    """Comparison key: NFKC, invisible characters removed, casefolded."""
    s = unicodedata.normalize("NFKC", str(s))
    s = _INVISIBLE_RE.sub("", s.replace("\u200c", "").replace("\u200d", ""))
    return _WS_RE.sub(" ", s).strip().casefold()


def _resolve(G: nx.Graph, name: Any) -> Any:
    """Find the node meant by ``name`` (id, label, alt label, IRI tail)."""
    if name in G:
        return name
    text = str(name)
    key = _norm_key(text)
    by_id = [n for n in G if str(n) == text]
    if by_id:
        return by_id[0]

    def best(cands: list) -> Any:
        # Several actors may share a name; prefer the most prominent one so
        # that "Georgia" lands on the country, deterministically.
        return min(
            cands,
            key=lambda n: (-_as_int(G.nodes[n].get("mentions"), 0), -G.degree(n), str(n)),
        )

    labels = {n: _norm_key(_label_of(n, d)) for n, d in G.nodes(data=True)}
    hits = [n for n, lab in labels.items() if lab == key]
    if hits:
        return best(hits)
    hits = [
        n
        for n, d in G.nodes(data=True)
        if any(_norm_key(a) == key for a in _alt_list(d.get("alt_labels")))
    ]
    if hits:
        return best(hits)
    hits = [n for n in G if _norm_key(_iri_tail(str(n))) == key]
    if hits:
        return best(hits)

    pool: dict[str, str] = {}
    for n, d in G.nodes(data=True):
        for cand in [_label_of(n, d), *_alt_list(d.get("alt_labels"))]:
            pool.setdefault(_norm_key(cand), _one_line(cand, 60))
    from .errors import unknown_actor

    raise unknown_actor(_one_line(text, 80), key, pool, G.number_of_nodes())


def _to_multidigraph(H: nx.Graph) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    out.graph.update(H.graph)
    out.add_nodes_from((n, dict(d)) for n, d in H.nodes(data=True))
    for u, v, k, d in _iter_edges(H):
        rel = d.get("relation")
        key = k if k is not None else (rel if isinstance(rel, str) and rel else None)
        out.add_edge(u, v, key=key, **dict(d))
    return out


def _iter_edges(G: nx.Graph) -> Iterable[tuple[Any, Any, Any, dict]]:
    if G.is_multigraph():
        yield from G.edges(keys=True, data=True)
    else:
        for u, v, d in G.edges(data=True):
            yield u, v, None, d


# --------------------------------------------------------------------------
# Attribute sanitising (everything from the graph is untrusted)
# --------------------------------------------------------------------------


def _text(x: Any, limit: int = _MAX_SHORT) -> str:
    if x is None:
        return ""
    s = x if isinstance(x, str) else str(x)
    if not s.isascii():
        # Lone surrogates (from mis-decoded bytes) cannot be written as
        # UTF-8; swap them for U+FFFD instead of failing the whole render.
        s = s.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    if len(s) > limit:
        s = s[: limit - 1] + "\u2026"
    return s


def _one_line(x: Any, limit: int) -> str:
    return _WS_RE.sub(" ", _INVISIBLE_RE.sub("", _text(x, limit))).strip()


def _display_label(name: str) -> str:
    # Canvas labels: no bidi overrides (they would reverse the visible text),
    # no line breaks, short enough not to cover the neighbours.
    return _one_line(name, _MAX_DISPLAY_LABEL) or "?"


def _iri_tail(iri: str) -> str:
    tail = re.split(r"[/#:]", iri.rstrip("/#"))[-1]
    return tail or iri


def _node_id(n: Any) -> str:
    return _text(n, 10_000)


def _label_of(n: Any, d: dict) -> str:
    lab = d.get("label")
    if lab is None or (isinstance(lab, str) and not lab.strip()):
        return _iri_tail(str(n))
    return lab if isinstance(lab, str) else str(lab)


def _alt_list(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    if isinstance(v, (set, frozenset)):
        v = sorted(map(str, v))  # sets have no stable order
    try:
        return [a if isinstance(a, str) else str(a) for a in v if a is not None]
    except TypeError:
        return [str(v)]


def _as_int(v: Any, default: int) -> int:
    try:
        if isinstance(v, bool) or v is None:
            return default
        f = float(v)
        return int(f) if math.isfinite(f) else default
    except (TypeError, ValueError):
        return default


def _as_float(v: Any) -> float | None:
    try:
        if isinstance(v, bool) or v is None:
            return None
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _as_date(v: Any) -> str | None:
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()[:10]
    if not isinstance(v, str) or not _DATE_RE.match(v):
        return None
    try:
        return _dt.date.fromisoformat(v[:10]).isoformat()
    except ValueError:
        return None


def _day(iso: str) -> int:
    return (_dt.date.fromisoformat(iso) - _EPOCH).days


def _norm_type(v: Any) -> str:
    if not v:
        return "Other"
    s = str(v)
    return _TYPE_ALIASES.get(re.sub(r"[^a-z]", "", _iri_tail(s).lower()), "Other")


# --------------------------------------------------------------------------
# Colours and sizes
# --------------------------------------------------------------------------


def _hex(rgb: Iterable[float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def _rgb(h: str) -> tuple[int, int, int]:
    return int(h[1:3], 16), int(h[3:5], 16), int(h[5:7], 16)


@functools.lru_cache(maxsize=4096)
def _scale_color(g: float) -> str:
    g = max(-10.0, min(10.0, g))
    for (a, ca), (b, cb) in itertools.pairwise(SCALE_STOPS):
        if g <= b:
            t = (g - a) / (b - a)
            return _hex(x + (y - x) * t for x, y in zip(_rgb(ca), _rgb(cb)))
    return SCALE_STOPS[-1][1]


def _darker(h: str, f: float = 0.72) -> str:
    return _hex(c * f for c in _rgb(h))


def _edge_color(rel: str, kind: str, goldstein: float | None) -> str:
    if kind == "state":
        return STATE_COLOR
    if goldstein is None:
        goldstein = RELATION_GOLDSTEIN.get(rel.lower(), 0.0)
    return _scale_color(goldstein)


# --------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------


def _layout(n: int, pairs: list[tuple[int, int]]) -> list[tuple[float, float]]:
    """Seeded positions, in canvas pixels, for nodes ``0..n-1``.

    Components of more than ``_TINY_COMPONENT`` nodes are laid out together:
    with networkx's Fruchterman-Reingold below 500 nodes, above that (where
    networkx needs scipy and O(n^2) memory) with a spectral start refined
    by Fruchterman-Reingold with sampled repulsion, numpy only.  Isolated
    nodes and tiny components are packed on a grid to the right, where they
    neither stretch the bounding box (and so the initial zoom) nor get
    squeezed into a corner by it.
    """
    if n == 0:
        return []
    import numpy as np

    H = nx.Graph()
    H.add_nodes_from(range(n))
    H.add_edges_from(pairs)
    comps = sorted((sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c[0]))
    main = sorted(i for c in comps if len(c) > _TINY_COMPONENT for i in c)
    tiny = [c for c in comps if len(c) <= _TINY_COMPONENT]
    pos = np.zeros((n, 2))
    k = 1.0 / math.sqrt(max(len(main), 1))  # ideal edge length, layout units
    right, top = 0.0, 0.0
    if main:
        local = np.full(n, -1, dtype=np.intp)
        local[main] = np.arange(len(main))
        pa = local[np.asarray(pairs, dtype=np.intp).reshape(-1, 2)]
        pa = pa[(pa >= 0).all(axis=1)]
        u, v = pa[:, 0].copy(), pa[:, 1].copy()
        if len(main) < _SMALL_LAYOUT_LIMIT:
            S = nx.Graph()
            S.add_nodes_from(range(len(main)))
            S.add_edges_from(zip(u.tolist(), v.tolist()))
            # scale=None keeps networkx's own units, where k = 1/sqrt(n) as here.
            sp = nx.spring_layout(S, seed=_LAYOUT_SEED, iterations=100, scale=None)
            P = np.array([sp[i] for i in range(len(main))], dtype=float)
        else:
            P = _sampled_fr(_spectral_start(len(main), u, v), u, v)
        P -= P.mean(axis=0)
        pos[main] = P
        right, top = float(P[:, 0].max()), float(P[:, 1].min())
    if tiny:
        cell = 2.2 * k
        cols = max(1, math.ceil(math.sqrt(len(tiny))))
        x0 = right + 2 * cell if main else 0.0
        for idx, comp in enumerate(tiny):
            cx = x0 + (idx % cols) * cell
            cy = top + (idx // cols) * cell
            s = len(comp)
            rad = 0.7 * k if s > 1 else 0.0
            for r, node in enumerate(comp):
                a = 2 * math.pi * r / s
                pos[node] = (cx + rad * math.cos(a), cy + rad * math.sin(a))
    pos -= (pos.max(axis=0) + pos.min(axis=0)) / 2
    # One ideal edge length becomes _EDGE_PX pixels whatever the graph size,
    # so labels have room and small graphs are not crammed together.
    pos *= _EDGE_PX / k
    return [(float(x), float(y)) for x, y in pos]


def _spectral_start(n: int, u: Any, v: Any, iterations: int = 150) -> Any:
    """Two leading non-trivial eigenvectors of the regularised walk matrix.

    Power iteration with sparse products written as bincounts keeps this
    O(edges) per step without scipy.  The regularisation (a weak link of
    total weight ``tau`` from every node to every other) stops small
    components from claiming the leading eigenvectors on their own.
    """
    import numpy as np

    rng = np.random.default_rng(_LAYOUT_SEED)
    deg = (np.bincount(u, minlength=n) + np.bincount(v, minlength=n)).astype(float)
    tau = max(float(deg.mean()), 1.0)
    dm = 1.0 / np.sqrt(deg + tau)
    trivial = np.sqrt(deg + tau)
    trivial /= np.linalg.norm(trivial)
    X = rng.normal(size=(n, 2))
    Z = np.empty_like(X)
    for _ in range(iterations):
        Y = X * dm[:, None]
        for a in (0, 1):
            Z[:, a] = np.bincount(u, Y[v, a], minlength=n) + np.bincount(v, Y[u, a], minlength=n)
        Z += (tau / n) * Y.sum(axis=0)
        Z *= dm[:, None]
        # Averaging with the identity makes the spectrum non-negative, so
        # power iteration converges to the largest eigenvalues rather than
        # the largest in magnitude (bipartite-ish graphs have -1).
        X = 0.5 * (X + Z)
        X -= np.outer(trivial, trivial @ X)
        X, _ = np.linalg.qr(X)
    P = X * dm[:, None]
    P -= P.mean(axis=0)
    return P / ((np.abs(P).max() or 1.0) * 2.0)


def _sampled_fr(pos: Any, u: Any, v: Any, iterations: int = 50, sample: int = 256) -> Any:
    """Fruchterman-Reingold refinement with sampled repulsion.

    Repulsion from a fresh random sample of nodes, scaled by n/sample, is an
    unbiased estimate of the full O(n^2) sum; starting cool (two ideal edge
    lengths) keeps the spectral structure and lets the noise average out.
    """
    import numpy as np

    rng = np.random.default_rng(_LAYOUT_SEED)
    n = len(pos)
    pos = pos.copy()
    k = 1.0 / math.sqrt(n)
    m = min(n, sample)
    rep = (k * k) * (n / m)
    t = 2.0 * k
    dt = t / (iterations + 1)
    for _ in range(iterations):
        chosen = rng.choice(n, size=m, replace=False)
        delta = pos[:, None, :] - pos[chosen][None, :, :]
        d2 = np.einsum("ijk,ijk->ij", delta, delta)
        np.maximum(d2, 1e-9, out=d2)
        disp = np.einsum("ijk,ij->ik", delta, rep / d2)
        dv = pos[u] - pos[v]
        fa = dv * (np.sqrt(np.einsum("ij,ij->i", dv, dv)) / k)[:, None]
        for a in (0, 1):
            disp[:, a] -= np.bincount(u, fa[:, a], minlength=n)
            disp[:, a] += np.bincount(v, fa[:, a], minlength=n)
        # Constant-magnitude pull to the centre keeps loosely attached
        # components from drifting off while the sampled noise settles.
        r = np.sqrt(np.einsum("ij,ij->i", pos, pos)) + 1e-9
        disp -= pos / r[:, None]
        length = np.sqrt(np.einsum("ij,ij->i", disp, disp))
        np.maximum(length, 1e-12, out=length)
        pos += disp * (np.minimum(length, t) / length)[:, None]
        t -= dt
    return pos


# --------------------------------------------------------------------------
# Payload
# --------------------------------------------------------------------------


def _payload(H: nx.Graph, *, ego_id: str | None, physics_threshold: int) -> dict:
    # Sorting makes the page independent of insertion order: the same graph
    # built twice renders byte-identically.
    nodes = sorted(H.nodes, key=str)
    index = {n: i for i, n in enumerate(nodes)}
    n_nodes = len(nodes)

    raw_edges = sorted(
        (
            (index[u], index[v], "" if k is None else str(k), d, k if isinstance(k, str) else "")
            for u, v, k, d in _iter_edges(H)
        ),
        key=lambda e: (str(nodes[e[0]]), str(nodes[e[1]]), e[2]),
    )

    degree = [0] * n_nodes
    for i, j, *_ in raw_edges:
        degree[i] += 1
        degree[j] += 1

    node_out = []
    type_counts: dict[str, int] = {}
    weights = []
    for i, n in enumerate(nodes):
        d = H.nodes[n]
        name = _text(_label_of(n, d), _MAX_NAME)
        ntype = _norm_type(d.get("type"))
        type_counts[ntype] = type_counts.get(ntype, 0) + 1
        mentions = max(0, _as_int(d.get("mentions"), 0))
        weights.append(max(mentions, degree[i]))
        item = {
            "id": _node_id(n),
            "label": _display_label(name),
            "name": name,
            "type": ntype,
            "country": _text(d.get("country"), 16) or None,
            "mentions": mentions,
            "degree": degree[i],
            "alt": [_text(a, _MAX_SHORT) for a in _alt_list(d.get("alt_labels"))[:_MAX_ALT]],
        }
        if d.get("generic") is True:
            item["generic"] = 1
        node_out.append(item)
    wmax = max(weights, default=0)
    for item, w in zip(node_out, weights):
        # sqrt: area, not radius, should track importance.
        item["size"] = round(10 + 26 * math.sqrt(w / wmax), 1) if wmax else 12.0

    # Parallel and reciprocal edges would be drawn on top of each other;
    # bend each one a little more than the previous one.
    pair_groups: dict[tuple[int, int], list[int]] = {}
    for idx, (i, j, *_) in enumerate(raw_edges):
        if i != j:
            pair_groups.setdefault((min(i, j), max(i, j)), []).append(idx)
    curve: dict[int, float] = {}
    for members in pair_groups.values():
        if len(members) < 2:
            continue
        rank: dict[tuple[int, int], int] = {}
        for idx in members:
            i, j = raw_edges[idx][0], raw_edges[idx][1]
            r = rank.get((i, j), 0)
            rank[(i, j)] = r + 1
            curve[idx] = round(min(0.9, 0.15 * (r + 1)), 2)

    edge_out = []
    rel_info: dict[str, dict] = {}
    dmin = dmax = None
    for idx, (i, j, _, d, key) in enumerate(raw_edges):
        # Only string keys name a relation; networkx's auto keys are 0, 1, ...
        rel = _one_line(d.get("relation") or key or "related", 60) or "related"
        kind = d.get("kind")
        if kind not in ("event", "state"):
            kind = "state" if rel.lower() in STATE_RELATIONS else "event"
        count = max(1, _as_int(d.get("count"), 1))
        gs = _as_float(d.get("goldstein"))
        if gs is not None:
            gs = round(max(-10.0, min(10.0, gs)), 2)
        first, last = _as_date(d.get("first")), _as_date(d.get("last"))
        if first and last and first > last:
            first, last = last, first
        lo, hi = first or last, last or first
        item: dict[str, Any] = {
            "s": i,
            "t": j,
            "rel": rel,
            "kind": kind,
            "count": count,
            "first": first,
            "last": last,
            "d0": _day(lo) if lo else None,
            "d1": _day(hi) if hi else None,
            "cameo": _text(d.get("cameo"), 40) or None,
            "plover": _text(d.get("plover"), 60) or None,
            "gs": gs,
            "color": _edge_color(rel, kind, gs),
            "width": round(1 + min(5.0, math.log2(count)), 2),
        }
        if idx in curve:
            item["curve"] = curve[idx]
        evidence = d.get("evidence")
        if isinstance(evidence, (dict, str)):
            evidence = [evidence]
        elif not isinstance(evidence, (list, tuple)):
            evidence = []
        ev = []
        for e in evidence:
            if len(ev) == _MAX_EVIDENCE:
                break
            if isinstance(e, str):
                e = {"sentence": e}
            if not isinstance(e, dict):
                continue
            ev.append(
                {
                    "sentence": _text(e.get("sentence"), _MAX_SENTENCE),
                    "doc_title": _text(e.get("doc_title"), _MAX_SHORT),
                    "doc_id": _text(e.get("doc_id"), _MAX_SHORT),
                    "date": _as_date(e.get("date")) or _text(e.get("date"), 32),
                }
            )
        item["ev"] = ev
        item["evn"] = len(evidence)
        edge_out.append(item)

        info = rel_info.setdefault(rel, {"count": 0, "kinds": set()})
        info["count"] += 1
        info["kinds"].add(kind)
        if lo:
            dmin = lo if dmin is None or lo < dmin else dmin
            dmax = hi if dmax is None or hi > dmax else dmax

    pairs = sorted({(min(i, j), max(i, j)) for i, j, *_ in raw_edges if i != j})
    big = n_nodes > physics_threshold
    for item, (x, y) in zip(node_out, _layout(n_nodes, pairs)):
        item["x"] = round(x, 1)
        item["y"] = round(y, 1)

    types = [
        {
            "name": t,
            "color": TYPE_STYLES[t][0],
            "border": _darker(TYPE_STYLES[t][0]),
            "shape": TYPE_STYLES[t][1],
            "count": type_counts[t],
        }
        for t in TYPE_STYLES
        if t in type_counts
    ]

    def rel_order(name: str) -> tuple:
        state = rel_info[name]["kinds"] == {"state"}
        return (state, RELATION_GOLDSTEIN.get(name.lower(), 0.0), name)

    relations = []
    for name in sorted(rel_info, key=rel_order):
        state = rel_info[name]["kinds"] == {"state"}
        default = RELATION_GOLDSTEIN.get(name.lower())
        relations.append(
            {
                "name": name,
                "kind": "state" if state else "event",
                "count": rel_info[name]["count"],
                "goldstein": default,
                "color": STATE_COLOR if state else _scale_color(default or 0.0),
            }
        )

    return {
        "version": 1,
        "big": big,
        "physics": not big,
        "edgeLabels": (not big) and len(edge_out) <= _EDGE_LABEL_LIMIT,
        "ego": ego_id,
        "types": types,
        "relations": relations,
        "scale": {"stops": [[g, c] for g, c in SCALE_STOPS], "state": STATE_COLOR},
        "dates": {"min": _day(dmin), "max": _day(dmax)} if dmin else None,
        "nodes": node_out,
        "edges": edge_out,
    }


# --------------------------------------------------------------------------
# Page assembly
# --------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network (JS, CSS) as shipped inside the installed pyvis package."""
    # find_spec locates the package without importing it: importing pyvis
    # drags in IPython and jinja templates we do not use.
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("graphbuilder.render needs the 'pyvis' package (it ships vis-network)")
    best = None
    for loc in spec.submodule_search_locations:
        for d in (Path(loc) / "templates" / "lib").glob("vis-*"):
            js, css = d / "vis-network.min.js", d / "vis-network.css"
            if js.is_file() and css.is_file():
                version = tuple(int(p) for p in re.findall(r"\d+", d.name))
                if best is None or version > best[0]:
                    best = (version, js, css)
    if best is None:
        raise ImportError("no vis-network build found under pyvis/templates/lib/")
    js = best[1].read_text(encoding="utf-8")
    css = best[2].read_text(encoding="utf-8")
    # Inline <script>/<style> end at the first closing tag whatever the
    # context; neutralise any that a future vis build might contain.
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE).replace("<!--", "<\\!--")
    css = re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)
    return js, css


def _json_for_script(obj: Any) -> str:
    s = json.dumps(obj, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    # Inside <script>, "</script>" or "<!--" in a string would end or derail
    # the element; escaping the three HTML-significant characters makes the
    # JSON inert to the HTML parser while JSON.parse restores them exactly.
    return (
        s.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def _page(payload: dict, title: str) -> str:
    vis_js, vis_css = _vis_assets()
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_sha256(vis_js)} {_sha256(_APP_JS)}",
            "style-src 'unsafe-inline'",
            "img-src data:",
            "font-src data:",
            "connect-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    safe_title = _html.escape(_one_line(title, _MAX_SHORT) or "graphbuilder", quote=True)
    parts = {
        "CSP": csp,
        "TITLE": safe_title,
        "VIS_CSS": vis_css,
        "APP_CSS": _APP_CSS,
        "DATA": _json_for_script(payload),
        "VIS_JS": vis_js,
        "APP_JS": _APP_JS,
    }
    # Single pass over the template only: inserted text is never rescanned,
    # so data that happens to contain "@@DATA@@" stays data.
    return re.sub(r"@@([A-Z_]+)@@", lambda m: parts[m.group(1)], _TEMPLATE)


def _atomic_write(target: Path, data: bytes) -> None:
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            mode = target.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o644  # mkstemp's 0600 would hide the page from a web server
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="@@CSP@@">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>@@TITLE@@</title>
<style>@@VIS_CSS@@</style>
<style>@@APP_CSS@@</style>
</head>
<body>
<div id="gb-app">
<aside id="gb-side">
<h1 id="gb-title">@@TITLE@@</h1>
<div id="gb-status" aria-live="polite">Loading&#8230;</div>
<form id="gb-search-form" role="search" autocomplete="off">
<input id="gb-search" type="search" list="gb-names" placeholder="Find an actor" aria-label="Find an actor">
<button type="submit">Find</button>
</form>
<datalist id="gb-names"></datalist>
<div id="gb-search-msg" class="gb-muted"></div>
<div class="gb-row">
<label class="gb-switch"><input type="checkbox" id="gb-physics"> Physics</label>
<button type="button" id="gb-fit">Fit</button>
<button type="button" id="gb-clear">Clear selection</button>
</div>
<section id="gb-dates" hidden>
<h2>Date range</h2>
<label class="gb-range">From <output id="gb-from-out"></output><input type="range" id="gb-from" step="1" aria-label="From date"></label>
<label class="gb-range">To <output id="gb-to-out"></output><input type="range" id="gb-to" step="1" aria-label="To date"></label>
<div class="gb-muted">Undated relations are always shown.</div>
</section>
<section>
<h2>Actor types <span class="gb-links"><button type="button" class="gb-link" id="gb-types-all">all</button> <button type="button" class="gb-link" id="gb-types-none">none</button></span></h2>
<div id="gb-types"></div>
</section>
<section>
<h2>Relations <span class="gb-links"><button type="button" class="gb-link" id="gb-rels-all">all</button> <button type="button" class="gb-link" id="gb-rels-none">none</button></span></h2>
<div id="gb-scale"><div id="gb-scale-bar"></div><div class="gb-scale-labels"><span>&#8722;10 conflict</span><span>0</span><span>cooperation +10</span></div><div class="gb-item gb-static"><span class="gb-line gb-state-line"></span><span>state relation (no Goldstein value)</span></div></div>
<div id="gb-rels"></div>
</section>
<p class="gb-muted">Click an actor to highlight its neighbourhood; click the background to clear. Hover for evidence.</p>
</aside>
<main id="gb-net"></main>
</div>
<noscript>This view needs JavaScript.</noscript>
<script type="application/json" id="gb-data">@@DATA@@</script>
<script>@@VIS_JS@@</script>
<script>@@APP_JS@@</script>
</body>
</html>
"""

_APP_CSS = """
html,body{margin:0;height:100%;font:13px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1b1b1b;background:#fff}
#gb-app{display:flex;height:100vh;width:100%}
#gb-side{width:300px;flex:none;overflow:auto;box-sizing:border-box;padding:10px 12px;border-right:1px solid #ddd;background:#fafafa}
#gb-net{flex:1 1 auto;min-width:0;height:100%;position:relative}
#gb-title{font-size:16px;margin:0 0 4px;overflow-wrap:anywhere}
h2{font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:#555;margin:14px 0 6px;display:flex;align-items:center}
.gb-links{margin-left:auto;text-transform:none;letter-spacing:0}
.gb-link{background:none;border:0;padding:0 2px;color:#1f5fa8;cursor:pointer;font:inherit;text-decoration:underline}
.gb-muted{color:#777;font-size:12px}
#gb-status{color:#444;margin-bottom:8px;font-variant-numeric:tabular-nums}
#gb-search-form{display:flex;gap:4px}
#gb-search{flex:1;min-width:0}
.gb-row{display:flex;gap:6px;align-items:center;margin:8px 0;flex-wrap:wrap}
.gb-item{display:flex;align-items:center;gap:6px;padding:1px 0;cursor:pointer;min-width:0}
.gb-item.gb-static{cursor:default}
.gb-item .gb-name{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;min-width:0}
.gb-count{margin-left:auto;color:#777;font-variant-numeric:tabular-nums;padding-left:6px}
.gb-line{display:inline-block;width:22px;height:4px;border-radius:2px;flex:none}
.gb-state-line{background:#9e9e9e}
.gb-range{display:block;margin:2px 0}
.gb-range input{width:100%}
.gb-range output{float:right;font-variant-numeric:tabular-nums}
#gb-scale-bar{height:8px;border-radius:4px;margin-top:2px}
.gb-scale-labels{display:flex;justify-content:space-between;font-size:11px;color:#666;margin-bottom:4px}
svg.gb-glyph{flex:none}
div.vis-tooltip{white-space:normal;max-width:440px;max-height:70vh;overflow:hidden;font:12px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#fff;color:#1b1b1b;border:1px solid #bbb;border-radius:4px;box-shadow:0 2px 10px rgba(0,0,0,.18);padding:8px 10px;overflow-wrap:anywhere}
gb-tip{display:block}
.gb-tip-h{font-weight:600;margin-bottom:4px}
.gb-tip-row{display:flex;gap:6px}
.gb-tip-k{color:#777;flex:none;min-width:64px}
.gb-tip bdi,.gb-tip q{unicode-bidi:isolate}
.gb-tip-ev{margin:6px 0 0;padding-left:16px}
.gb-tip-ev li{margin-bottom:4px}
.gb-tip-src{color:#666;font-size:11px}
.gb-tip-more{color:#777;font-size:11px}
"""

_APP_JS = r"""
(function () {
  'use strict';
  var T0 = performance.now();
  var DATA = JSON.parse(document.getElementById('gb-data').textContent);
  var NODES = DATA.nodes, EDGES = DATA.edges;
  var N = NODES.length, M = EDGES.length, BIG = !!DATA.big;
  var gb = window.gb = { ready: false, timing: { parsed: performance.now() - T0 } };

  function $(id) { return document.getElementById(id); }
  // Every string from the graph reaches the DOM through this helper, i.e.
  // as a text node: markup in article text is shown, never parsed.
  function el(tag, cls, text) {
    var x = document.createElement(tag);
    if (cls) x.className = cls;
    if (text !== undefined && text !== null) x.textContent = String(text);
    return x;
  }
  function dayToIso(d) { return new Date(d * 864e5).toISOString().slice(0, 10); }
  function isoToDay(s) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(s).trim());
    if (!m) throw new Error('gb: expected a YYYY-MM-DD date, got ' + JSON.stringify(String(s)));
    return Math.round(Date.UTC(+m[1], +m[2] - 1, +m[3]) / 864e5);
  }
  // Maps, not plain objects: a relation called "__proto__" must not break us.
  var typeStyle = new Map(), typeOn = new Map(), relOn = new Map();
  var typeBoxes = new Map(), relBoxes = new Map();
  DATA.types.forEach(function (t) { typeStyle.set(t.name, t); typeOn.set(t.name, true); });
  DATA.relations.forEach(function (r) { relOn.set(r.name, true); });

  var idIndex = new Map();
  NODES.forEach(function (n, i) { idIndex.set(n.id, i); });
  var nodeVis = new Uint8Array(N).fill(1), edgeVis = new Uint8Array(M).fill(1);
  var nodeDim = new Uint8Array(N), edgeDim = new Uint8Array(M);
  var dateLo = DATA.dates ? DATA.dates.min : null, dateHi = DATA.dates ? DATA.dates.max : null;

  // ---- tooltips: DOM built with text nodes only -------------------------
  function row(box, k, v) {
    if (v === null || v === undefined || v === '') return;
    var r = el('div', 'gb-tip-row');
    r.appendChild(el('span', 'gb-tip-k', k));
    r.appendChild(el('bdi', 'gb-tip-v', v));
    box.appendChild(r);
  }
  function nodeTip(n) {
    var box = el('div', 'gb-tip');
    box.appendChild(el('div', 'gb-tip-h')).appendChild(el('bdi', null, n.name));
    row(box, 'Type', n.generic ? n.type + ' (unnamed, one document)' : n.type);
    row(box, 'Country', n.country);
    row(box, 'Mentions', n.mentions);
    row(box, 'Relations', n.degree);
    if (n.alt && n.alt.length) row(box, 'Also', n.alt.join(' \u00b7 '));
    row(box, 'IRI', n.id);
    return box;
  }
  function edgeTip(e) {
    var box = el('div', 'gb-tip');
    var h = box.appendChild(el('div', 'gb-tip-h'));
    h.appendChild(el('bdi', null, NODES[e.s].name));
    h.appendChild(document.createTextNode(' \u2192 '));
    h.appendChild(el('bdi', null, e.rel));
    h.appendChild(document.createTextNode(' \u2192 '));
    h.appendChild(el('bdi', null, NODES[e.t].name));
    row(box, 'Kind', e.kind);
    row(box, 'Dates', e.first && e.last && e.first !== e.last ? e.first + ' \u2013 ' + e.last : (e.first || e.last));
    row(box, 'Count', e.count);
    row(box, 'CAMEO', e.cameo);
    row(box, 'PLOVER', e.plover);
    row(box, 'Goldstein', e.gs);
    if (e.ev && e.ev.length) {
      var ul = box.appendChild(el('ul', 'gb-tip-ev'));
      e.ev.forEach(function (x) {
        var li = ul.appendChild(el('li'));
        if (x.sentence) li.appendChild(el('q', 'gb-tip-sent', x.sentence));
        var src = [x.doc_title || x.doc_id, x.date].filter(Boolean).join(', ');
        if (src) li.appendChild(el('div', 'gb-tip-src', '\u2014 ' + src));
      });
      if (e.evn > e.ev.length) box.appendChild(el('div', 'gb-tip-more', '+' + (e.evn - e.ev.length) + ' more'));
    }
    return box;
  }

  // Tooltips are built on first display, not up front: 25,000 eager DOM
  // trees cost about a second at load.  vis-network inserts the title
  // element into its popup and measures it straight after; a custom
  // element's connectedCallback runs synchronously within that insertion,
  // so the content exists before vis measures it.
  var BUILDERS = [function (k) { return nodeTip(NODES[k]); }, function (k) { return edgeTip(EDGES[k]); }];
  if (!customElements.get('gb-tip')) {
    customElements.define('gb-tip', class extends HTMLElement {
      connectedCallback() {
        if (!this.firstChild && this.gbKind !== undefined) this.appendChild(BUILDERS[this.gbKind](this.gbIndex));
      }
    });
  }
  function lazyTip(kind, k) {
    var t = document.createElement('gb-tip');
    t.gbKind = kind; t.gbIndex = k;
    return t;
  }

  // ---- vis data -----------------------------------------------------------
  var DIM_NODE = { background: '#ececec', border: '#d6d6d6', highlight: { background: '#ececec', border: '#d6d6d6' }, hover: { background: '#ececec', border: '#d6d6d6' } };
  var DIM_EDGE = { color: '#e3e3e3', highlight: '#e3e3e3', hover: '#e3e3e3', inherit: false, opacity: 0.5 };
  var FONT = { color: '#1b1b1b' }, DIM_FONT = { color: '#c4c4c4' };
  var nodeColor = new Map();
  DATA.types.forEach(function (t) {
    nodeColor.set(t.name, { background: t.color, border: t.border,
      highlight: { background: t.color, border: '#111111' }, hover: { background: t.color, border: '#111111' } });
  });
  function edgeColor(e) { return { color: e.color, highlight: e.color, hover: e.color, inherit: false, opacity: 1 }; }

  var nodeItems = new Array(N);
  for (var i = 0; i < N; i++) {
    var n = NODES[i], st = typeStyle.get(n.type);
    nodeItems[i] = { id: n.id, label: n.label, shape: st.shape, size: n.size, color: nodeColor.get(n.type),
      x: n.x, y: n.y, title: lazyTip(0, i), font: FONT };
    // An unnamed actor ("the coalition") is one document's: a dashed outline keeps it apart from named ones.
    if (n.generic) nodeItems[i].shapeProperties = { borderDashes: [4, 3] };
  }
  var edgeItems = new Array(M);
  for (var j = 0; j < M; j++) {
    var e = EDGES[j];
    var item = { id: j, from: NODES[e.s].id, to: NODES[e.t].id, width: e.width, color: edgeColor(e), title: lazyTip(1, j) };
    if (e.curve) item.smooth = { enabled: true, type: 'curvedCW', roundness: e.curve };
    if (DATA.edgeLabels) item.label = e.rel;
    edgeItems[j] = item;
  }
  gb.timing.items = performance.now() - T0;

  var nodesDS = new vis.DataSet(nodeItems), edgesDS = new vis.DataSet(edgeItems);
  var options = {
    autoResize: true,
    layout: { improvedLayout: !BIG, randomSeed: 7 },
    physics: {
      enabled: !!DATA.physics, solver: 'barnesHut',
      barnesHut: { gravitationalConstant: -6000, springLength: 120, springConstant: 0.03, damping: 0.35, avoidOverlap: 0.1 },
      stabilization: { enabled: !!DATA.physics, iterations: 250, fit: true },
      minVelocity: 0.75
    },
    interaction: { hover: !BIG, tooltipDelay: 150, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG, navigationButtons: false, keyboard: false, multiselect: false },
    nodes: { borderWidth: 1.5, font: { size: 14, strokeWidth: 3, strokeColor: '#ffffff' } },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.55 } }, smooth: false, selectionWidth: 1.5,
      font: { size: 10, align: 'middle', color: '#555555', strokeWidth: 3, strokeColor: '#ffffff' } }
  };
  var container = $('gb-net');
  var network = new vis.Network(container, { nodes: nodesDS, edges: edgesDS }, options);
  gb.network = network; gb.nodes = nodesDS; gb.edges = edgesDS;
  gb.timing.network = performance.now() - T0;

  // ---- filtering -----------------------------------------------------------
  function inRange(e) {
    if (dateLo === null || e.d0 === null || e.d0 === undefined) return true;
    return e.d1 >= dateLo && e.d0 <= dateHi;
  }
  function apply() {
    var nUpd = [], eUpd = [], k, v;
    for (k = 0; k < N; k++) {
      v = typeOn.get(NODES[k].type) ? 1 : 0;
      if (v !== nodeVis[k]) { nodeVis[k] = v; nUpd.push({ id: NODES[k].id, hidden: !v }); }
    }
    for (k = 0; k < M; k++) {
      var e = EDGES[k];
      v = relOn.get(e.rel) && nodeVis[e.s] && nodeVis[e.t] && inRange(e) ? 1 : 0;
      if (v !== edgeVis[k]) { edgeVis[k] = v; eUpd.push({ id: k, hidden: !v }); }
    }
    // One batched update per DataSet: vis redraws once, not per item.
    if (nUpd.length) nodesDS.update(nUpd);
    if (eUpd.length) edgesDS.update(eUpd);
    status();
  }
  var pending = false;
  function applySoon() {
    // Range sliders fire dozens of input events per second; filter at most
    // once per frame so dragging stays smooth on big graphs.
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; apply(); });
  }
  function status() {
    var nv = 0, ev = 0, k;
    for (k = 0; k < N; k++) nv += nodeVis[k];
    for (k = 0; k < M; k++) ev += edgeVis[k];
    $('gb-status').textContent = nv + ' / ' + N + ' actors \u00b7 ' + ev + ' / ' + M + ' relations shown';
  }

  // ---- highlight -------------------------------------------------------------
  var highlighted = null;
  function highlight(id) {
    if (id !== null && id !== undefined && !idIndex.has(id)) id = null;
    highlighted = (id === null || id === undefined) ? null : id;
    var keepN = null, keepE = null;
    if (highlighted !== null) {
      keepN = new Set(network.getConnectedNodes(highlighted)); keepN.add(highlighted);
      keepE = new Set(network.getConnectedEdges(highlighted).map(Number));
    }
    var nUpd = [], eUpd = [], k, d;
    for (k = 0; k < N; k++) {
      d = keepN && !keepN.has(NODES[k].id) ? 1 : 0;
      if (d !== nodeDim[k]) {
        nodeDim[k] = d;
        nUpd.push({ id: NODES[k].id, color: d ? DIM_NODE : nodeColor.get(NODES[k].type), font: d ? DIM_FONT : FONT });
      }
    }
    for (k = 0; k < M; k++) {
      d = keepE && !keepE.has(k) ? 1 : 0;
      if (d !== edgeDim[k]) { edgeDim[k] = d; eUpd.push({ id: k, color: d ? DIM_EDGE : edgeColor(EDGES[k]) }); }
    }
    if (nUpd.length) nodesDS.update(nUpd);
    if (eUpd.length) edgesDS.update(eUpd);
    if (highlighted === null) network.unselectAll(); else network.selectNodes([highlighted], true);
    return highlighted;
  }
  network.on('click', function (p) {
    if (p.nodes && p.nodes.length) highlight(p.nodes[0]);
    else if (!p.edges || !p.edges.length) highlight(null);
  });
  document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') highlight(null); });

  // ---- search ------------------------------------------------------------------
  function norm(s) {
    return String(s).normalize('NFKC').replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c]/g, '')
      .replace(/\s+/g, ' ').trim().toLowerCase();
  }
  var searchKeys = null;
  function find(text) {
    var q = norm(text);
    if (!q) return null;
    if (!searchKeys) searchKeys = NODES.map(function (n) { return { id: n.id, name: norm(n.name), alt: (n.alt || []).map(norm) }; });
    var best = null, bestRank = 99;
    for (var k = 0; k < N; k++) {
      var s = searchKeys[k], r = 99;
      if (NODES[k].id === text) r = 0;
      else if (s.name === q) r = 1;
      else if (s.alt.indexOf(q) >= 0) r = 2;
      else if (s.name.indexOf(q) === 0) r = 3;
      else if (s.alt.some(function (a) { return a.indexOf(q) === 0; })) r = 4;
      else if (s.name.indexOf(q) >= 0) r = 5;
      else if (s.alt.some(function (a) { return a.indexOf(q) >= 0; })) r = 6;
      // Ties go to the biggest node: the actor the analyst most likely means.
      if (r < bestRank || (r === bestRank && r < 99 && NODES[k].size > NODES[best].size)) { best = k; bestRank = r; }
    }
    return best === null ? null : best;
  }
  function focusIndex(k, animate) {
    var n = NODES[k];
    if (!typeOn.get(n.type)) setType(n.type, true);
    highlight(n.id);
    network.focus(n.id, { scale: Math.max(network.getScale(), 1.0), animation: animate && !BIG ? { duration: 400, easingFunction: 'easeInOutQuad' } : false });
    return n.id;
  }

  // ---- controls ------------------------------------------------------------------
  var SVGNS = 'http://www.w3.org/2000/svg';
  function glyph(shape, fill, stroke) {
    var svg = document.createElementNS(SVGNS, 'svg');
    svg.setAttribute('width', '16'); svg.setAttribute('height', '16'); svg.setAttribute('viewBox', '0 0 16 16');
    svg.setAttribute('class', 'gb-glyph');
    var p;
    var pts = {
      square: '2,2 14,2 14,14 2,14', triangle: '8,1.5 14.5,14 1.5,14', triangleDown: '1.5,2 14.5,2 8,14.5',
      diamond: '8,1 15,8 8,15 1,8', hexagon: '4.5,2 11.5,2 15,8 11.5,14 4.5,14 1,8',
      star: '8,1 9.9,6 15,6.2 11,9.4 12.4,14.6 8,11.6 3.6,14.6 5,9.4 1,6.2 6.1,6'
    }[shape];
    if (pts) { p = document.createElementNS(SVGNS, 'polygon'); p.setAttribute('points', pts); }
    else { p = document.createElementNS(SVGNS, 'circle'); p.setAttribute('cx', '8'); p.setAttribute('cy', '8'); p.setAttribute('r', '6.5'); }
    p.setAttribute('fill', fill); p.setAttribute('stroke', stroke); p.setAttribute('stroke-width', '1.2');
    svg.appendChild(p);
    return svg;
  }
  function checkRow(parent, name, count, swatch, onchange) {
    var lab = el('label', 'gb-item');
    var cb = document.createElement('input');
    cb.type = 'checkbox'; cb.checked = true;
    cb.addEventListener('change', function () { onchange(cb.checked); });
    lab.appendChild(cb); lab.appendChild(swatch);
    lab.appendChild(el('span', 'gb-name', name));
    lab.appendChild(el('span', 'gb-count', count));
    lab.title = name;
    parent.appendChild(lab);
    return cb;
  }
  function setType(name, on) {
    if (!typeOn.has(name)) throw new Error('gb: unknown actor type ' + JSON.stringify(String(name)));
    typeOn.set(name, !!on);
    typeBoxes.get(name).checked = !!on;
    apply();
    return gb.counts();
  }
  function setRelation(name, on) {
    if (!relOn.has(name)) throw new Error('gb: unknown relation ' + JSON.stringify(String(name)));
    relOn.set(name, !!on);
    relBoxes.get(name).checked = !!on;
    apply();
    return gb.counts();
  }
  DATA.types.forEach(function (t) {
    var cb = checkRow($('gb-types'), t.name, t.count, glyph(t.shape, t.color, t.border), function (on) { setType(t.name, on); });
    cb.dataset.type = t.name;
    typeBoxes.set(t.name, cb);
  });
  DATA.relations.forEach(function (r) {
    var sw = el('span', 'gb-line'); sw.style.background = r.color;
    var cb = checkRow($('gb-rels'), r.name, r.count, sw, function (on) { setRelation(r.name, on); });
    cb.dataset.relation = r.name;
    relBoxes.set(r.name, cb);
  });
  function setAll(map, boxes, on) {
    map.forEach(function (_, k) { map.set(k, on); boxes.get(k).checked = on; });
    apply();
  }
  $('gb-types-all').addEventListener('click', function () { setAll(typeOn, typeBoxes, true); });
  $('gb-types-none').addEventListener('click', function () { setAll(typeOn, typeBoxes, false); });
  $('gb-rels-all').addEventListener('click', function () { setAll(relOn, relBoxes, true); });
  $('gb-rels-none').addEventListener('click', function () { setAll(relOn, relBoxes, false); });
  $('gb-scale-bar').style.background = 'linear-gradient(to right,' + DATA.scale.stops.map(function (s) {
    return s[1] + ' ' + ((s[0] + 10) * 5) + '%';
  }).join(',') + ')';

  var fromIn = $('gb-from'), toIn = $('gb-to');
  function showDates() {
    $('gb-from-out').textContent = dayToIso(dateLo);
    $('gb-to-out').textContent = dayToIso(dateHi);
  }
  if (DATA.dates) {
    $('gb-dates').hidden = false;
    [fromIn, toIn].forEach(function (x) { x.min = DATA.dates.min; x.max = DATA.dates.max; });
    fromIn.value = dateLo; toIn.value = dateHi;
    showDates();
    fromIn.addEventListener('input', function () {
      dateLo = +fromIn.value;
      if (dateLo > dateHi) { dateHi = dateLo; toIn.value = dateHi; }
      showDates(); applySoon();
    });
    toIn.addEventListener('input', function () {
      dateHi = +toIn.value;
      if (dateHi < dateLo) { dateLo = dateHi; fromIn.value = dateLo; }
      showDates(); applySoon();
    });
  }

  var physicsBox = $('gb-physics');
  physicsBox.checked = !!DATA.physics;
  function setPhysics(on) {
    physicsBox.checked = !!on;
    network.setOptions({ physics: { enabled: !!on, stabilization: { enabled: false } } });
    return !!on;
  }
  physicsBox.addEventListener('change', function () { setPhysics(physicsBox.checked); });
  $('gb-fit').addEventListener('click', function () { network.fit(); });
  $('gb-clear').addEventListener('click', function () { highlight(null); });

  var names = $('gb-names');
  // A datalist with tens of thousands of options makes typing sluggish;
  // the biggest actors are the ones worth suggesting.
  NODES.map(function (n, k) { return k; })
    .sort(function (a, b) { return NODES[b].size - NODES[a].size || a - b; })
    .slice(0, 3000)
    .forEach(function (k) { var o = document.createElement('option'); o.value = NODES[k].name; names.appendChild(o); });
  $('gb-search-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var q = $('gb-search').value, id = gb.search(q);
    $('gb-search-msg').textContent = id === null && q.trim() ? 'No actor matches \u201c' + q + '\u201d' : '';
  });

  // ---- public test/automation API -------------------------------------------------
  gb.counts = function () {
    // Read back from vis-network itself, so tests check what is drawn and
    // not merely what this script intended.
    var body = network.body, nv = 0, ev = 0, k, x;
    for (k = 0; k < N; k++) { x = body.nodes[NODES[k].id]; if (x && !x.options.hidden) nv++; }
    for (k = 0; k < M; k++) {
      x = body.edges[k];
      if (x && !x.options.hidden && x.from && x.to && !x.from.options.hidden && !x.to.options.hidden) ev++;
    }
    return { nodes: nv, edges: ev };
  };
  gb.setRelation = setRelation;
  gb.setType = setType;
  gb.relations = function () { return DATA.relations.map(function (r) { return r.name; }); };
  gb.setDateRange = function (from, to) {
    if (!DATA.dates) return gb.counts();
    dateLo = from === null || from === undefined || from === '' ? DATA.dates.min : isoToDay(from);
    dateHi = to === null || to === undefined || to === '' ? DATA.dates.max : isoToDay(to);
    if (dateLo > dateHi) { var t = dateLo; dateLo = dateHi; dateHi = t; }
    fromIn.value = dateLo; toIn.value = dateHi;
    showDates(); apply();
    return gb.counts();
  };
  gb.search = function (text) {
    var k = find(text);
    return k === null ? null : focusIndex(k, true);
  };
  gb.highlight = function (id) { return highlight(id === undefined ? null : id); };
  gb.highlighted = function () { return highlighted; };
  gb.setPhysics = setPhysics;
  gb.physics = function () { return !!network.physics.physicsEnabled; };
  gb.domPosition = function (id) {
    // Page coordinates of a node, for driving the mouse in browser tests.
    var p = network.canvasToDOM(network.getPosition(id)), r = container.getBoundingClientRect();
    return { x: p.x + r.left, y: p.y + r.top };
  };

  status();
  network.once('afterDrawing', function () {
    gb.timing.ready = performance.now() - T0;
    gb.timing.sinceNavigation = performance.now();
    if (DATA.ego !== null && DATA.ego !== undefined && idIndex.has(DATA.ego)) focusIndex(idIndex.get(DATA.ego), false);
    gb.ready = true;
    document.documentElement.setAttribute('data-gb-ready', '1');
  });
})();
"""
