"""Score the extraction against gold annotations: ``graphbuilder eval GOLD.jsonl``.

Three gold formats are recognised by their content (:func:`detect_format`):

``plover``
    PLOVER gold-standard records (one sentence each; ``events`` with source and
    target country codes, a PLOVER type and a CAMEO root).  Scored at country
    level: a predicted relation becomes (source country, target country,
    relation).  Also scored: *country attribution* (are the gold countries
    among the countries of the actors found in the sentence?).
``re3d``
    re3d paragraphs (``events`` with character spans).  A prediction matches a
    gold relation when the relation corresponds and both argument spans overlap.
``dwie``
    DWIE documents (entity clusters with mention spans, document-level
    relations).  Predicted mentions are aligned to gold clusters by overlap;
    relations count once per document.  Also scored: the canonical actors
    (precision/recall per type, clusters split and merged).

Counting conventions (all reports)
----------------------------------
Gold and predicted items are deduplicated first (per sentence, paragraph or
document).  A prediction is *correct* when it matches at least one gold item; a
gold item is *found* when at least one prediction matches it::

    tp = found      fp = predictions - correct      fn = gold - found
    P  = correct / predictions      R = found / gold      F1 = 2PR / (P + R)

With exact matching this is the usual set-based score; with overlap or relaxed
matching no one-to-one alignment is forced.  Only ``asserted`` relations are
predictions (the others are counted and reported).

The scoring functions are pure: they take hand-made gold and predicted items
(:class:`CountryEvent`, :class:`CountryRelation`, :class:`SpanEvent`,
:class:`SpanRelation`, :class:`GoldCluster`, :class:`PredictedMention`,
:class:`EntityRelation`) and return :class:`ScoreTable` / report objects.

Examples
--------
>>> scheme = load_scheme()
>>> gold = [CountryEvent("s1", "USA", "RUS", "CONSULT")]
>>> pred = [CountryRelation("s1", "RUS", "USA", "meets"), CountryRelation("s1", "USA", "RUS", "attacks")]
>>> t = score_plover(gold, pred, scheme)
>>> t.rows["meets"].tp, t.micro.fp, t.micro.fn
(1, 1, 0)
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import (Any, Callable, Hashable, Iterable, Literal, Mapping, Optional, Sequence,
                    TypeVar, Union)

from .errors import Errors, InputError

__all__ = [
    "GoldFormat", "Score", "ScoreTable", "Scheme", "load_scheme", "load_gold", "detect_format",
    "CountryEvent", "CountryRelation", "CountryAttribution", "SpanEvent", "SpanRelation",
    "GoldCluster", "PredictedMention", "EntityRelation", "ActorReport",
    "score_items", "score_plover", "score_country_attribution", "score_span_relations",
    "score_entity_relations", "score_actors", "align_mentions", "overlaps",
    "plover_gold", "country_relations", "re3d_gold", "span_relations", "dwie_gold",
    "entity_relations", "predicted_mentions", "split_modality", "run_eval",
]

GoldFormat = Literal["plover", "re3d", "dwie"]
FORMATS: tuple[str, ...] = ("plover", "re3d", "dwie")
UNMAPPED = "(unmapped)"
PLACE_TYPES = frozenset({"Place", "Facility", "Country"})
Span = tuple[int, int]
G = TypeVar("G")
P = TypeVar("P")
EXAMPLES = 10  # fp/fn examples per report in the JSON output


# ============================================================================ counts


@dataclass
class Score:
    """Counts of one row (a relation, an actor type ...) and the measures derived from them.

    ``found`` gold items were matched by some prediction; ``correct`` predictions
    matched some gold item.
    """

    gold: int = 0
    pred: int = 0
    found: int = 0
    correct: int = 0

    @property
    def tp(self) -> int:
        return self.found

    @property
    def fp(self) -> int:
        return self.pred - self.correct

    @property
    def fn(self) -> int:
        return self.gold - self.found

    @property
    def precision(self) -> Optional[float]:
        """``None`` when there are no predictions."""
        return self.correct / self.pred if self.pred else None

    @property
    def recall(self) -> Optional[float]:
        """``None`` when there is no gold item."""
        return self.found / self.gold if self.gold else None

    @property
    def f1(self) -> Optional[float]:
        return _f1(self.precision, self.recall)

    def __add__(self, other: "Score") -> "Score":
        return Score(self.gold + other.gold, self.pred + other.pred, self.found + other.found,
                     self.correct + other.correct)

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "pred": self.pred, "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "correct_predictions": self.correct, "precision": _r(self.precision),
                "recall": _r(self.recall), "f1": _r(self.f1)}


def _f1(p: Optional[float], r: Optional[float]) -> Optional[float]:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def _r(x: Optional[float]) -> Optional[float]:
    return None if x is None else round(x, 4)


@dataclass
class ScoreTable:
    """Per-row scores; rows in ``excluded`` are shown but left out of the averages.

    ``false_positives`` / ``false_negatives`` keep the unmatched items (for error analysis).
    """

    rows: dict[str, Score]
    excluded: tuple[str, ...] = ()
    false_positives: list = field(default_factory=list, repr=False)
    false_negatives: list = field(default_factory=list, repr=False)

    @property
    def micro(self) -> Score:
        total = Score()
        for name, s in self.rows.items():
            if name not in self.excluded:
                total = total + s
        return total

    @property
    def macro(self) -> dict[str, Optional[float]]:
        """Unweighted mean over the rows that have gold items (an undefined P counts as 0)."""
        rows = [s for n, s in self.rows.items() if n not in self.excluded and s.gold]
        if not rows:
            return {"precision": None, "recall": None, "f1": None}
        return {"precision": sum(s.precision or 0.0 for s in rows) / len(rows),
                "recall": sum(s.recall or 0.0 for s in rows) / len(rows),
                "f1": sum(s.f1 or 0.0 for s in rows) / len(rows)}

    def to_dict(self) -> dict[str, Any]:
        return {
            "micro": self.micro.to_dict(),
            "macro": {k: _r(v) for k, v in self.macro.items()},
            "rows": {n: s.to_dict() for n, s in self.rows.items()},
            "excluded_from_averages": list(self.excluded),
            "examples": {"false_positives": [_item(x) for x in self.false_positives[:EXAMPLES]],
                         "false_negatives": [_item(x) for x in self.false_negatives[:EXAMPLES]]},
        }


def _item(x: Any) -> Any:
    if hasattr(x, "__dataclass_fields__"):
        return {k: (list(v) if isinstance(v, (tuple, frozenset)) else v)
                for k, v in ((k, getattr(x, k)) for k in x.__dataclass_fields__)}
    return x


def score_items(gold: Iterable[G], pred: Iterable[P], *, match: Callable[[P, G], bool],
                gold_row: Callable[[G], str], pred_row: Callable[[P], str],
                group: Callable[[Any], Hashable] = lambda x: x.group,
                rows: Sequence[str] = (), excluded: Sequence[str] = ()) -> ScoreTable:
    """Score predictions against gold items of the same group (sentence, document).

    Parameters
    ----------
    gold, pred
        Deduplicated items.
    match
        ``match(prediction, gold_item)``: does the prediction express the gold item?
    gold_row, pred_row
        The table row an item is counted in (e.g. the relation).
    group
        Items are compared only within the same group.
    rows
        Rows to show even when empty, in this order (others follow, sorted).
    excluded
        Rows shown but left out of micro/macro averages.
    """
    gold, pred = list(gold), list(pred)
    by_group: dict[Hashable, list[G]] = defaultdict(list)
    for g in gold:
        by_group[group(g)].append(g)
    table: dict[str, Score] = {name: Score() for name in rows}
    found: set[int] = set()
    fps = []
    for p in pred:
        row = table.setdefault(pred_row(p), Score())
        row.pred += 1
        hit = False
        for g in by_group.get(group(p), ()):
            if match(p, g):
                hit = True
                found.add(id(g))
        if hit:
            row.correct += 1
        else:
            fps.append(p)
    fns = []
    for g in gold:
        row = table.setdefault(gold_row(g), Score())
        row.gold += 1
        if id(g) in found:
            row.found += 1
        else:
            fns.append(g)
    order = list(rows) + sorted(n for n in table if n not in rows and n not in excluded) + \
        [n for n in excluded if n in table and n not in rows]
    return ScoreTable({n: table[n] for n in order}, tuple(excluded), fps, fns)


def overlaps(a: Span, b: Span) -> bool:
    """Do two ``[start, end)`` character spans share a character?

    >>> overlaps((0, 5), (4, 9)), overlaps((0, 5), (5, 9))
    (True, False)
    """
    return a[0] < b[1] and b[0] < a[1]


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def split_modality(relations: Iterable[Any]) -> tuple[list[Any], Counter]:
    """Keep the ``asserted`` relations; count the others by modality.

    A former role ("former US president Jimmy Carter", ``former=True``) is asserted and kept:
    the gold sets relate past holders too (DWIE's ``head_of_state``), although the graph makes
    no current direct triple of it. A former hold of ground is not ("recaptured Ramadi from ISIL":
    ISIL held Ramadi until then): who is in charge of a place is who holds it now, and the one
    driven out is no longer there; it is counted as ``former-hold``.
    """
    kept, other = [], Counter()
    for r in relations:
        modality = getattr(r, "modality", "asserted") or "asserted"
        if modality == "asserted" and getattr(r, "former", False) and getattr(r, "relation", None) == "controls":
            other["former-hold"] += 1
        elif modality == "asserted":
            kept.append(r)
        else:
            other[modality] += 1
    return kept, other


# ============================================================================ mapping


@lru_cache(maxsize=1)
def _bundled_mapping() -> dict[str, Any]:
    ref = resources.files("graphbuilder").joinpath("resources", "eval_mapping.json")
    return json.loads(ref.read_text(encoding="utf-8"))


def _strip_about(d: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if not k.startswith("_")}


@dataclass(frozen=True)
class Scheme:
    """The alignment of gold labels to the project's relations (``eval_mapping.json``).

    Attributes
    ----------
    event_relations
        Relation -> ``{cameo_primary, cameo_accept, plover, plover_accept, symmetric}``.
    relations
        The project's relations (``codes.RELATIONS``); gold codes map only to these.
    aliases
        Relations scored as another (``visits`` -> ``meets``).
    """

    event_relations: Mapping[str, Mapping[str, Any]]
    relations: tuple[str, ...]
    aliases: Mapping[str, str]
    plover_current: Mapping[str, str]
    country_aliases: Mapping[str, str]
    non_state: frozenset[str]
    re3d_relations: Mapping[str, tuple[str, ...]]
    re3d_symmetric: frozenset[str]
    dwie_relations: tuple[str, ...]
    dwie_types: Mapping[str, str]
    predicted_types: Mapping[str, str]

    def canonical(self, relation: str) -> str:
        """The relation a prediction is scored as (``visits`` -> ``meets``)."""
        return self.aliases.get(relation, relation)

    def _entry(self, relation: str) -> Mapping[str, Any]:
        return self.event_relations.get(self.canonical(relation), {})

    def plover(self, relation: str) -> Optional[str]:
        """PLOVER type of a relation; ``None`` for state relations."""
        return self._entry(relation).get("plover")

    def symmetric(self, relation: str) -> bool:
        return bool(self._entry(relation).get("symmetric"))

    def accepts(self, relation: str, plover: Optional[str], cameo: Iterable[str] = ()) -> bool:
        """Relaxed match: the gold PLOVER type or one of its CAMEO codes is accepted by the relation."""
        e = self._entry(relation)
        if plover and plover in {e.get("plover"), *e.get("plover_accept", ())} - {None}:
            return True
        prefixes = [*e.get("cameo_primary", ()), *e.get("cameo_accept", ())]
        return any(c.startswith(pre) for c in cameo if c for pre in prefixes)

    def relation_for_plover(self, plover: Optional[str]) -> Optional[str]:
        """The project relation whose PLOVER type this is (first in mapping order), or ``None``."""
        for name, e in self.event_relations.items():
            if name in self.relations and e.get("plover") == plover:
                return name
        return None

    def current_plover(self, code: Optional[str]) -> Optional[str]:
        return self.plover_current.get(code, code) if code else None

    def country(self, code: Optional[str]) -> Optional[str]:
        """A gold actor code as a country/actor key: aliases resolved, ``''`` -> ``None``."""
        code = (code or "").strip().upper()
        return self.country_aliases.get(code, code) or None

    def is_country(self, code: Optional[str]) -> bool:
        return bool(code) and re.fullmatch(r"[A-Z]{3}", code) is not None and code not in self.non_state

    def actor_key(self, mention: Any) -> Optional[str]:
        """Country of a predicted actor, else its non-state CAMEO prefix (``IGOUNO`` -> ``IGO``)."""
        country = getattr(mention, "country", None)
        if country:
            return self.country(country)
        code = (getattr(mention, "code", None) or "")[:3].upper()
        return code if code in self.non_state else None

    def re3d_row(self, code: str) -> Optional[str]:
        rels = self.re3d_relations.get(code)
        return "/".join(rels) if rels else None

    def re3d_pred_rows(self) -> dict[str, str]:
        """Predicted relation -> re3d table row."""
        out: dict[str, str] = {}
        for code, rels in self.re3d_relations.items():
            for r in rels:
                out.setdefault(r, "/".join(rels))
        return out


def load_scheme(gold: Union[str, Path, None] = None) -> Scheme:
    """The bundled mapping, updated by ``relation_mapping.json`` beside the gold file if present."""
    from . import codes

    doc = _bundled_mapping()
    event_relations = {k: dict(v) for k, v in doc["event_relations"].items()}
    plover_current = _strip_about(doc["plover_0.5b1_to_current"])
    if gold is not None:
        beside = Path(gold).parent / "relation_mapping.json"
        try:
            shared = json.loads(beside.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            shared = None
        if isinstance(shared, dict):
            for name, entry in (shared.get("event_relations") or {}).items():
                if isinstance(entry, dict):
                    event_relations[name] = entry
            plover_current.update(_strip_about(shared.get("plover_0.5b1_to_current") or {}))
    for name in codes.RELATIONS:  # relations the mapping does not list: the project's own facts
        if name not in event_relations and name not in doc["scoring_aliases"]:
            info = codes.relation_info(name)
            if info.plover:
                event_relations[name] = {"cameo_primary": [info.cameo] if info.cameo else [],
                                         "cameo_accept": list(info.cameo_accept), "plover": info.plover,
                                         "symmetric": info.symmetric}
    dwie = doc["dwie"]
    return Scheme(
        event_relations=event_relations,
        relations=tuple(codes.RELATIONS),
        aliases=_strip_about(doc["scoring_aliases"]),
        plover_current=plover_current,
        country_aliases=_strip_about(doc["country_aliases"]),
        non_state=frozenset(_strip_about(doc["non_state_codes"])),
        re3d_relations={k: tuple(v) for k, v in doc["re3d"]["relations"].items()},
        re3d_symmetric=frozenset(doc["re3d"]["symmetric"]),
        dwie_relations=tuple(dwie["relations"]),
        dwie_types=_strip_about(dwie["types"]),
        predicted_types=_strip_about(dwie["predicted_types"]),
    )


# ============================================================================ gold files


def load_gold(path: Union[str, Path]) -> list[dict[str, Any]]:
    """Read a gold JSONL file.

    Raises
    ------
    InputError
        ``E060`` when the file is missing, unreadable or has no record; ``E004`` for a
        line that is not a JSON object.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise InputError(Errors.E060.format(path=path)) from None
    records = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(Errors.E004.format(path=path, line=n, reason=exc.msg)) from None
        if not isinstance(record, dict):
            raise InputError(Errors.E004.format(path=path, line=n, reason="not a JSON object"))
        records.append(record)
    if not records:
        raise InputError(Errors.E060.format(path=path))
    return records


def _record_format(record: Mapping[str, Any]) -> Optional[str]:
    if isinstance(record.get("entities"), list) and isinstance(record.get("relations"), list):
        return "dwie"
    events = record.get("events")
    if isinstance(events, list):
        for e in events:
            if not isinstance(e, dict):
                continue
            if "source_span" in e or "target_span" in e:
                return "re3d"
            if "cameo_root" in e or "plover_current" in e or str(e.get("code_scheme") or "").startswith("PLOVER"):
                return "plover"
        if "plover_event" in record or "cameo_root_for_scoring" in record:
            return "plover"
    return None


def detect_format(records: Sequence[Mapping[str, Any]], path: Union[str, Path, None] = None) -> GoldFormat:
    """Which gold format the records are, from their fields (the file name only breaks a tie).

    >>> detect_format([{"text": "x", "entities": [], "relations": []}])
    'dwie'
    >>> detect_format([{"text": "x", "events": [{"source": "A", "target": "B", "source_span": [0, 1]}]}])
    're3d'
    """
    votes = Counter(f for f in map(_record_format, records[:200]) if f)
    if votes:
        return votes.most_common(1)[0][0]  # type: ignore[return-value]
    name = Path(path).name.lower() if path else ""
    for fmt in FORMATS:
        if fmt in name:
            return fmt  # type: ignore[return-value]
    raise InputError(Errors.E050.format(
        path=path or "<gold>", line=1,
        reason="not a known gold format (expected PLOVER GSR, re3d or DWIE records)"))


# ============================================================================ PLOVER


@dataclass(frozen=True)
class CountryEvent:
    """A gold event between two countries (or non-state codes such as ``IGO``) in one sentence."""

    group: str
    source: str
    target: str
    plover: str
    cameo: tuple[str, ...] = ()
    reciprocal: bool = False


@dataclass(frozen=True)
class CountryRelation:
    """A predicted relation reduced to the countries of its arguments."""

    group: str
    source: str
    target: str
    relation: str


def plover_gold(records: Iterable[Mapping[str, Any]], scheme: Scheme,
                groups: Optional[Sequence[str]] = None) -> tuple[list[CountryEvent], Counter]:
    """Deduplicated gold events of PLOVER records, and counts of what was left out.

    Events with a missing source or target cannot be expressed by a binary
    relation and are left out (counted as ``one-actor events``).
    """
    events: list[CountryEvent] = []
    skipped: Counter = Counter()
    for i, record in enumerate(records):
        group = groups[i] if groups is not None else str(record.get("id", i))
        for e in record.get("events") or ():
            source, target = scheme.country(e.get("source")), scheme.country(e.get("target"))
            if not source or not target:
                skipped["one-actor events"] += 1
                continue
            plover = scheme.current_plover(e.get("plover_current") or e.get("code"))
            cameo = [str(e["cameo_root"])] if e.get("cameo_root") else []
            manual = record.get("cameo_manual_match") or {}
            if manual.get("consistent") and manual.get("code"):
                cameo.append(str(manual["code"]))
            events.append(CountryEvent(group, source, target, plover or "", tuple(cameo),
                                       bool(e.get("reciprocal"))))
    return dedupe_country_events(events, scheme), skipped


def dedupe_country_events(events: Iterable[CountryEvent], scheme: Scheme) -> list[CountryEvent]:
    """One event per (sentence, PLOVER type, actor pair); reciprocal pairs and events of a
    symmetric relation become one undirected event."""
    merged: dict[tuple, CountryEvent] = {}
    for e in events:
        undirected = e.reciprocal or scheme.symmetric(scheme.relation_for_plover(e.plover) or "")
        pair = tuple(sorted((e.source, e.target))) if undirected else (e.source, e.target)
        key = (e.group, e.plover, pair, undirected)
        old = merged.get(key)
        if old is None:
            merged[key] = CountryEvent(e.group, pair[0], pair[1], e.plover, e.cameo, undirected)
        else:
            cameo = tuple(dict.fromkeys(old.cameo + e.cameo))
            merged[key] = CountryEvent(old.group, old.source, old.target, old.plover, cameo, undirected)
    return list(merged.values())


def country_relations(group: str, relations: Iterable[Any], scheme: Scheme) -> tuple[list[CountryRelation], Counter]:
    """Predicted relations of one sentence as deduplicated :class:`CountryRelation`.

    Relations without a PLOVER type (state relations) and relations an argument of
    which has neither a country nor a non-state code are left out and counted.
    """
    out: dict[tuple, CountryRelation] = {}
    skipped: Counter = Counter()
    for r in relations:
        relation = scheme.canonical(r.relation)
        if not scheme.plover(relation):
            skipped["state relations"] += 1
            continue
        source, target = scheme.actor_key(r.source), scheme.actor_key(r.target)
        if not source or not target:
            skipped["argument without country"] += 1
            continue
        pair = tuple(sorted((source, target))) if scheme.symmetric(relation) else (source, target)
        out.setdefault((relation, pair), CountryRelation(group, pair[0], pair[1], relation))
    return list(out.values()), skipped


def plover_matcher(scheme: Scheme, relaxed: bool = False) -> Callable[[CountryRelation, CountryEvent], bool]:
    """``match(prediction, gold)`` for :func:`score_items`.

    Strict: the relation's PLOVER type is the gold type.  Relaxed: the gold type or
    CAMEO code is one the relation accepts (``cameo_primary``, ``cameo_accept``,
    ``plover_accept``).  Either direction matches for symmetric relations and
    reciprocal gold events.
    """
    def match(p: CountryRelation, g: CountryEvent) -> bool:
        if relaxed:
            if not scheme.accepts(p.relation, g.plover, g.cameo):
                return False
        elif scheme.plover(p.relation) != g.plover:
            return False
        if (p.source, p.target) == (g.source, g.target):
            return True
        return (g.reciprocal or scheme.symmetric(p.relation)) and (p.source, p.target) == (g.target, g.source)

    return match


def score_plover(gold: Iterable[CountryEvent], pred: Iterable[CountryRelation], scheme: Scheme,
                 relaxed: bool = False) -> ScoreTable:
    """Per-relation scores of country-level predictions against PLOVER gold events.

    Gold events are counted in the row of the project relation with their PLOVER
    type; types no relation has (AGREE, RETREAT, CONCEDE ...) go to the
    ``(unmapped)`` row, which is left out of the averages (in relaxed mode a
    prediction matching such an event is still correct).
    """
    rows = [n for n, e in scheme.event_relations.items() if n in scheme.relations and e.get("plover")]
    return score_items(
        gold, pred, match=plover_matcher(scheme, relaxed),
        gold_row=lambda g: scheme.relation_for_plover(g.plover) or UNMAPPED,
        pred_row=lambda p: scheme.canonical(p.relation),
        rows=rows, excluded=(UNMAPPED,))


@dataclass
class CountryAttribution:
    """Are the gold countries of a sentence among the countries of the actors found in it?"""

    events: int = 0           # gold events with at least one country argument
    events_found: int = 0     # ... all of whose country arguments were found
    endpoints: int = 0        # country arguments of gold events
    endpoints_found: int = 0
    predicted: int = 0        # distinct predicted countries per sentence (sentences with gold events)
    predicted_in_gold: int = 0
    sentences: int = 0

    @property
    def recall(self) -> Optional[float]:
        return self.endpoints_found / self.endpoints if self.endpoints else None

    @property
    def event_recall(self) -> Optional[float]:
        return self.events_found / self.events if self.events else None

    @property
    def precision(self) -> Optional[float]:
        return self.predicted_in_gold / self.predicted if self.predicted else None

    @property
    def f1(self) -> Optional[float]:
        return _f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {"sentences": self.sentences, "events": self.events, "events_found": self.events_found,
                "event_recall": _r(self.event_recall), "endpoints": self.endpoints,
                "endpoints_found": self.endpoints_found, "recall": _r(self.recall),
                "predicted": self.predicted, "predicted_in_gold": self.predicted_in_gold,
                "precision": _r(self.precision), "f1": _r(self.f1)}


def score_country_attribution(gold: Mapping[str, Sequence[tuple[Optional[str], Optional[str]]]],
                              predicted: Mapping[str, Iterable[Optional[str]]],
                              scheme: Optional[Scheme] = None) -> CountryAttribution:
    """Country attribution over sentences with gold events.

    Parameters
    ----------
    gold
        Sentence -> (source, target) codes of its gold events; codes that are not
        countries (``IGO``, ``''``) are ignored; reciprocal pairs count once.
    predicted
        Sentence -> countries of all actor mentions found in it.
    """
    scheme = scheme or load_scheme()
    out = CountryAttribution()
    for group, pairs in gold.items():
        seen: set[frozenset] = set()
        countries: set[str] = set()
        found_here = {scheme.country(c) for c in predicted.get(group, ()) if c}
        found_here = {c for c in found_here if c}
        events = []
        for s, t in pairs:
            ends = [c for c in (scheme.country(s), scheme.country(t)) if scheme.is_country(c)]
            key = frozenset(ends)
            if not ends or key in seen:
                continue
            seen.add(key)
            events.append(ends)
            countries.update(ends)
        if not events:
            continue
        out.sentences += 1
        for ends in events:
            out.events += 1
            hits = sum(1 for c in ends if c in found_here)
            out.endpoints += len(ends)
            out.endpoints_found += hits
            out.events_found += hits == len(ends)
        out.predicted += len(found_here)
        out.predicted_in_gold += len(found_here & countries)
    return out


# ============================================================================ re3d


@dataclass(frozen=True)
class SpanEvent:
    """A gold relation between two character spans of a paragraph."""

    group: str
    code: str
    relations: tuple[str, ...]
    source: Span
    target: Span
    symmetric: bool = False
    text: str = field(default="", compare=False)


@dataclass(frozen=True)
class SpanRelation:
    """A predicted relation between two character spans."""

    group: str
    relation: str
    source: Span
    target: Span
    text: str = field(default="", compare=False)


def re3d_gold(records: Iterable[Mapping[str, Any]], scheme: Scheme,
              groups: Optional[Sequence[str]] = None) -> tuple[list[SpanEvent], Counter]:
    """Deduplicated gold relations of re3d paragraphs (codes without a project relation are counted)."""
    out: dict[tuple, SpanEvent] = {}
    ignored: Counter = Counter()
    for i, record in enumerate(records):
        group = groups[i] if groups is not None else str(record.get("id", i))
        for e in record.get("events") or ():
            code = e.get("code")
            rels = scheme.re3d_relations.get(code)
            if not rels or not e.get("source_span") or not e.get("target_span"):
                ignored[code] += 1
                continue
            src, tgt = tuple(e["source_span"][:2]), tuple(e["target_span"][:2])
            sym = code in scheme.re3d_symmetric
            key = (group, code, *(sorted((src, tgt)) if sym else (src, tgt)))
            out.setdefault(key, SpanEvent(group, code, rels, src, tgt, sym,  # type: ignore[arg-type]
                                          f"{e.get('source')} | {code} | {e.get('target')}"))
    return list(out.values()), ignored


def span_relations(group: str, relations: Iterable[Any], scheme: Scheme) -> tuple[list[SpanRelation], Counter]:
    """Predicted relations of one paragraph as deduplicated :class:`SpanRelation` (re3d rows only).

    A visit to a place (a ``Place``, ``Facility`` or ``Country`` target) says the
    visitor is there, re3d ``CoLocated``, and is scored as ``located-in``; a visit
    to a person or an organisation is communication (``CommWith``, ``meets``).
    """
    rows = scheme.re3d_pred_rows()
    out: dict[tuple, SpanRelation] = {}
    skipped: Counter = Counter()
    for r in relations:
        relation = scheme.canonical(r.relation)
        if r.relation == "visits" and getattr(r.target, "type", None) in PLACE_TYPES:
            relation = "located-in"
        if relation not in rows:
            skipped[relation] += 1
            continue
        src, tgt = (r.source.start, r.source.end), (r.target.start, r.target.end)
        out.setdefault((relation, src, tgt), SpanRelation(
            group, relation, src, tgt, f"{r.source.surface} | {relation} | {r.target.surface}"))
    return list(out.values()), skipped


def inside_one_mention(gold: Iterable[SpanEvent], pred: Sequence[SpanRelation]) -> tuple[list[SpanRelation], int]:
    """Predictions to score, and how many were left out because both their arguments lie inside one
    gold argument span.

    re3d annotates "Iraqi President Fuad Masum" or "Palmyra, Syria" as one mention and relates
    mentions only to other mentions: an edge between two parts of one annotated mention (Masum
    leader-of Iraq, Palmyra located-in Syria) is outside what it can annotate, right or wrong, like
    a relation it has no code for.
    """
    def within(span: Span, x: Span, y: Span) -> bool:
        return span[0] <= min(x[0], y[0]) and max(x[1], y[1]) <= span[1]

    gold = list(gold)
    spans: dict[str, set[Span]] = defaultdict(set)
    for g in gold:
        spans[g.group].update((g.source, g.target))
    # Where the annotators did relate parts of a mention ("Iraqi" inside "Iraqi President Fuad
    # Masum"), that mention is scored like any text.
    for g in gold:
        spans[g.group] -= {s for s in spans[g.group] if within(s, g.source, g.target)}
    kept = [p for p in pred if not any(within(s, p.source, p.target) for s in spans.get(p.group, ()))]
    return kept, len(pred) - len(kept)


def score_span_relations(gold: Iterable[SpanEvent], pred: Iterable[SpanRelation], scheme: Scheme) -> ScoreTable:
    """re3d scoring: the relation corresponds and both argument spans overlap
    (in either direction for symmetric gold codes)."""
    pred_rows = scheme.re3d_pred_rows()

    def match(p: SpanRelation, g: SpanEvent) -> bool:
        if p.relation not in g.relations:
            return False
        if overlaps(p.source, g.source) and overlaps(p.target, g.target):
            return True
        return g.symmetric and overlaps(p.source, g.target) and overlaps(p.target, g.source)

    rows = list(dict.fromkeys("/".join(r) for r in scheme.re3d_relations.values()))
    return score_items(gold, pred, match=match, gold_row=lambda g: "/".join(g.relations),
                       pred_row=lambda p: pred_rows[p.relation], rows=rows)


# ============================================================================ DWIE


@dataclass(frozen=True)
class GoldCluster:
    """A gold entity of one document: its evaluation type (``None`` = not an actor type) and mentions.

    An ``optional`` cluster (a demonym standing for a country the document never
    names) may be matched but is not required: missing it is no error.
    """

    group: str
    key: str
    type: Optional[str]
    mentions: tuple[Span, ...]
    name: str = field(default="", compare=False)
    optional: bool = False


@dataclass(frozen=True)
class PredictedMention:
    """A predicted actor mention: the actor node it belongs to and its evaluation type."""

    group: str
    actor_id: str
    type: Optional[str]
    start: int
    end: int
    country: Optional[str] = None
    organ: bool = False
    text: str = field(default="", compare=False)


@dataclass(frozen=True)
class EntityRelation:
    """A relation between two entities (gold cluster keys, or ``actor:ID`` for unaligned predictions)."""

    group: str
    relation: str
    source: str
    target: str
    symmetric: bool = False
    detail: str = field(default="", compare=False)


def _is_demonym(entity: Mapping[str, Any]) -> bool:
    return "type::gpe0-x" in (entity.get("tags") or ())


def dwie_gold(records: Iterable[Mapping[str, Any]], scheme: Scheme,
              groups: Optional[Sequence[str]] = None) -> tuple[list[GoldCluster], list[EntityRelation], Counter]:
    """Gold clusters and scored relations of DWIE documents.

    A demonym cluster (``German``, tag ``gpe0-x``) stands for its country: it is
    folded into the country cluster its ``gpe0`` relation points to, or, when the
    document never names the country, typed ``Country`` itself.  Relations are kept
    when their ``ours`` field is a scored relation and both entities are actors;
    derived (``-x``) relations are mapped through the folding, so they only add
    the facts whose country is named by a demonym alone.
    """
    clusters: list[GoldCluster] = []
    relations: dict[tuple, EntityRelation] = {}
    ignored: Counter = Counter()
    for i, record in enumerate(records):
        group = groups[i] if groups is not None else str(record.get("id", i))
        text = record.get("text") or ""
        ents = record.get("entities") or []

        def ok(j: Any) -> bool:
            return isinstance(j, int) and 0 <= j < len(ents)

        owner = list(range(len(ents)))  # demonym cluster -> country cluster
        for rel in record.get("relations") or ():
            h, t = rel.get("head"), rel.get("tail")
            if rel.get("type") == "gpe0" and ok(h) and ok(t) and ents[h].get("ours_type") is None:
                owner[h] = t
        types: dict[int, Optional[str]] = {}
        mentions: dict[int, list[Span]] = defaultdict(list)
        for j, e in enumerate(ents):
            mentions[owner[j]].extend(tuple(m[:2]) for m in e.get("mentions") or ())
        for j, e in enumerate(ents):
            if owner[j] != j:
                continue
            types[j] = scheme.dwie_types.get(e.get("ours_type") or "") or ("Country" if _is_demonym(e) else None)
            spans = tuple(sorted(set(mentions[j])))
            clusters.append(GoldCluster(group, str(j), types[j], spans,
                                        e.get("canonical") or (text[spans[0][0]:spans[0][1]] if spans else ""),
                                        optional=_is_demonym(e)))
        for rel in record.get("relations") or ():
            ours = rel.get("ours")
            h, t = rel.get("head"), rel.get("tail")
            kind = rel.get("type")
            if ours not in scheme.dwie_relations:
                if ours:
                    ignored[f"{kind} ({ours})"] += 1
                continue
            if not (ok(h) and ok(t)) or kind == "gpe0":
                ignored[f"{kind} (demonym link)" if kind == "gpe0" else f"{kind} (bad entity index)"] += 1
                continue
            if rel.get("ours_reversed"):
                h, t = t, h
            h, t = owner[h], owner[t]
            if types.get(h) is None or types.get(t) is None or h == t:
                ignored[f"{kind} (not between actors)"] += 1
                continue
            sym = scheme.symmetric(ours)
            a, b = (sorted((str(h), str(t))) if sym else (str(h), str(t)))
            relations.setdefault((group, ours, a, b), EntityRelation(
                group, ours, a, b, sym, f"{kind}: {rel.get('head_text')} -> {rel.get('tail_text')}"))
    return clusters, list(relations.values()), ignored


def align_mentions(clusters: Iterable[GoldCluster], mentions: Sequence[Union[PredictedMention, tuple]]
                   ) -> list[Optional[GoldCluster]]:
    """The gold cluster each predicted mention belongs to: the one with the longest
    character overlap (ties: an actor-typed cluster, then the tighter gold mention).

    ``mentions`` are :class:`PredictedMention` or ``(group, start, end)`` tuples.
    """
    by_group: dict[str, list[GoldCluster]] = defaultdict(list)
    for c in clusters:
        by_group[c.group].append(c)
    out: list[Optional[GoldCluster]] = []
    for m in mentions:
        group, span = ((m.group, (m.start, m.end)) if isinstance(m, PredictedMention) else (m[0], (m[1], m[2])))
        best, best_key = None, None
        for c in by_group.get(group, ()):
            for g in c.mentions:
                ov = _overlap(span, g)
                if ov <= 0:
                    continue
                key = (ov, c.type is not None, -(g[1] - g[0]))
                if best_key is None or key > best_key:
                    best, best_key = c, key
        out.append(best)
    return out


def predicted_mentions(group: str, actors: Iterable[Any], scheme: Scheme) -> list[PredictedMention]:
    """Actor mentions of one document as :class:`PredictedMention` (evaluation types)."""
    out = []
    for m in actors:
        organ = m.type in ("Government", "Military") and bool(m.country)
        out.append(PredictedMention(group, m.actor_id, scheme.predicted_types.get(m.type), m.start, m.end,
                                    m.country, organ, m.surface))
    return out


def _unit_of(m: PredictedMention, cluster: Optional[GoldCluster]) -> tuple[str, Optional[str]]:
    """An organ mention ("Turkish troops") aligned to a gold country counts as that country."""
    if m.organ and cluster is not None and cluster.type == "Country" and m.country:
        return m.country, "Country"
    return m.actor_id, m.type


def entity_relations(group: str, relations: Iterable[Any], actors: Sequence[Any], clusters: Sequence[GoldCluster],
                     scheme: Scheme) -> tuple[list[EntityRelation], Counter]:
    """Predicted relations of one document as deduplicated :class:`EntityRelation` between gold clusters.

    An argument is the actor-typed cluster its mention overlaps most; failing that,
    the cluster most of the actor's other mentions align to; failing that, for an
    organ (``TURGOV``), the cluster of its country's mentions; else ``actor:ID``.
    """
    mine = [c for c in clusters if c.group == group]
    pm = predicted_mentions(group, actors, scheme)
    aligned = align_mentions(mine, pm)
    votes: dict[str, Counter] = defaultdict(Counter)
    for m, c in zip(pm, aligned):
        if c is not None and c.type is not None:
            votes[m.actor_id][c.key] += 1

    def entity(a: Any) -> str:
        c = align_mentions(mine, [(group, a.start, a.end)])[0]
        if c is not None and c.type is not None:
            return c.key
        organ = a.type in ("Government", "Military")
        for actor_id in (a.actor_id, getattr(a, "country", None) if organ else None):
            if actor_id and votes.get(actor_id):
                return votes[actor_id].most_common(1)[0][0]
        return f"actor:{a.actor_id}"

    out: dict[tuple, EntityRelation] = {}
    skipped: Counter = Counter()
    for r in relations:
        relation = r.relation  # no aliases: a visit to a place is no DWIE is_meeting
        if relation not in scheme.dwie_relations:
            skipped[relation] += 1
            continue
        a, b = entity(r.source), entity(r.target)
        sym = scheme.symmetric(relation)
        if sym:
            a, b = sorted((a, b))
        out.setdefault((relation, a, b), EntityRelation(
            group, relation, a, b, sym, f"{r.source.surface} | {relation} | {r.target.surface}"))
    return list(out.values()), skipped


def score_entity_relations(gold: Iterable[EntityRelation], pred: Iterable[EntityRelation],
                           relations: Sequence[str] = ()) -> ScoreTable:
    """Document-level scoring: same relation and same entities (either order if symmetric)."""
    def match(p: EntityRelation, g: EntityRelation) -> bool:
        if p.relation != g.relation:
            return False
        return (p.source, p.target) == (g.source, g.target) or \
            ((p.symmetric or g.symmetric) and (p.source, p.target) == (g.target, g.source))

    return score_items(gold, pred, match=match, gold_row=lambda g: g.relation,
                       pred_row=lambda p: p.relation, rows=relations)


@dataclass
class ActorReport:
    """Canonical actors against gold clusters.

    ``types`` scores per evaluation type (a predicted actor node of type T is
    correct if one of its mentions aligns to a gold cluster of type T);
    ``any_type`` ignores types; ``split`` gold clusters have mentions aligned to
    two or more predicted actor ids; ``merged`` predicted actor ids align to two
    or more gold clusters.
    """

    types: ScoreTable
    any_type: Score
    split: int = 0
    merged: int = 0
    clusters_found: int = 0
    actors_aligned: int = 0
    confusion: Counter = field(default_factory=Counter)
    split_examples: list = field(default_factory=list)
    merge_examples: list = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "types": self.types.to_dict(), "any_type": self.any_type.to_dict(),
            "split": self.split, "clusters_found": self.clusters_found,
            "merged": self.merged, "actors_aligned": self.actors_aligned,
            "type_confusion": [{"gold": g, "predicted": p, "count": n}
                               for (g, p), n in self.confusion.most_common()],
            "split_examples": self.split_examples[:EXAMPLES], "merge_examples": self.merge_examples[:EXAMPLES],
        }


def score_actors(clusters: Iterable[GoldCluster], mentions: Sequence[PredictedMention],
                 types: Sequence[str] = ("Country", "Person", "Organisation", "ArmedGroup", "Place")) -> ActorReport:
    """Precision/recall of predicted actor nodes (unique actor id per document) per type,
    and the clusters split / merged.

    Only gold clusters whose type is in ``types`` are scored; mentions aligned to
    other clusters (roles, dates ...) do not make a node correct.  An organ mention
    (``TURMIL``) aligned to a gold country counts as a mention of the country.
    Optional clusters make a node correct but are not counted when missed, split
    or merged.
    """
    clusters = list(clusters)
    scored = [c for c in clusters if c.type in types and not c.optional]
    aligned = align_mentions(clusters, mentions)
    unit_type: dict[tuple, Counter] = defaultdict(Counter)
    unit_clusters: dict[tuple, set] = defaultdict(set)
    cluster_units: dict[tuple, set] = defaultdict(set)
    for m, c in zip(mentions, aligned):
        actor_id, t = _unit_of(m, c)
        unit = (m.group, actor_id)
        if t is not None:
            unit_type[unit][t] += 1
        if c is not None and c.type in types:
            unit_clusters[unit].add(c)
            cluster_units[(c.group, c.key)].add(unit)
    kinds = {u: ts.most_common(1)[0][0] for u, ts in unit_type.items()}
    rows = {t: Score() for t in types}
    any_type = Score()
    confusion: Counter = Counter()
    for unit, t in kinds.items():
        if t not in rows:
            continue
        rows[t].pred += 1
        any_type.pred += 1
        got = unit_clusters.get(unit, set())
        rows[t].correct += any(c.type == t for c in got)
        any_type.correct += bool(got)
        for c in got:
            confusion[(c.type, t)] += 1
    for c in scored:
        units = cluster_units.get((c.group, c.key), set())
        rows[c.type].gold += 1  # type: ignore[index]
        rows[c.type].found += any(kinds.get(u) == c.type for u in units)  # type: ignore[index]
        any_type.gold += 1
        any_type.found += bool(units)
    fps = [{"group": u[0], "actor_id": u[1], "type": t} for u, t in kinds.items()
           if t in rows and not any(c.type == t for c in unit_clusters.get(u, ()))]
    fns = [{"group": c.group, "cluster": c.name, "type": c.type} for c in scored
           if not any(kinds.get(u) == c.type for u in cluster_units.get((c.group, c.key), ()))]
    report = ActorReport(ScoreTable(rows, (), fps, fns), any_type, confusion=confusion)
    for c in scored:
        units = cluster_units.get((c.group, c.key), set())
        report.clusters_found += bool(units)
        if len(units) > 1:
            report.split += 1
            report.split_examples.append({"group": c.group, "cluster": c.name,
                                          "actor_ids": sorted(u[1] for u in units)})
    for unit, got in unit_clusters.items():
        got = {c for c in got if not c.optional}
        if not got:
            continue
        report.actors_aligned += 1
        if len(got) > 1:
            report.merged += 1
            report.merge_examples.append({"group": unit[0], "actor_id": unit[1],
                                          "clusters": sorted(c.name for c in got)})
    return report


# ============================================================================ running


@dataclass
class Block:
    """One report of the output: a score table or plain facts, with notes."""

    key: str
    title: str
    table: Optional[ScoreTable] = None
    facts: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"title": self.title}
        if self.table is not None:
            out.update(self.table.to_dict())
        out.update(self.facts)
        out.update(self.extra)
        out["notes"] = self.notes
        return out


#: Above this many characters the texts are parsed by two processes (when the platform forks).
PARALLEL_CHARS = 150_000


def _processes(texts: Sequence[str]) -> int:
    import multiprocessing
    import os

    if sum(len(t) for t in texts) < PARALLEL_CHARS or (os.cpu_count() or 1) < 2:
        return 1
    # Forked workers share the loaded pipeline; with "spawn" each would rebuild it.
    return 2 if multiprocessing.get_all_start_methods()[0] == "fork" else 1


def _extract(texts: Sequence[str], nlp: Any, n_process: Optional[int] = None) -> list[Any]:
    """One :class:`~graphbuilder.pipeline.Extraction` per text, in order, in one ``extract`` call."""
    from .ingest import Document
    from .pipeline import extract

    docs = [Document(id=str(i), text=t) for i, t in enumerate(texts)]
    out: list[Any] = [None] * len(docs)
    n = n_process if n_process is not None else _processes(texts)
    for x in extract(docs, nlp=nlp, n_process=n):
        out[int(x.document.id)] = x
    return out


def _modality_note(counter: Counter, asserted: int) -> str:
    other = ", ".join(f"{k} {v}" for k, v in sorted(counter.items())) or "none"
    return f"predicted relations: {asserted} asserted (scored); not scored: {other}"


def _eval_plover(records: Sequence[Mapping[str, Any]], xs: Sequence[Any], scheme: Scheme) -> tuple[list[Block], dict]:
    groups = [str(r.get("id", i)) for i, r in enumerate(records)]
    gold, skipped_gold = plover_gold(records, scheme, groups)
    preds: list[CountryRelation] = []
    skipped_pred: Counter = Counter()
    modality: Counter = Counter()
    asserted = 0
    sentence_countries: dict[str, set] = {}
    for g, x in zip(groups, xs):
        kept, other = split_modality(x.relations if x else ())
        asserted += len(kept)
        modality.update(other)
        p, s = country_relations(g, kept, scheme)
        preds.extend(p)
        skipped_pred.update(s)
        sentence_countries[g] = {m.country for m in (x.actors if x else ()) if m.country}
    strict = score_plover(gold, preds, scheme)
    relaxed = score_plover(gold, preds, scheme, relaxed=True)
    pairs = {g: [(e.get("source"), e.get("target")) for e in r.get("events") or ()]
             for g, r in zip(groups, records)}
    attribution = score_country_attribution(pairs, sentence_countries, scheme)
    unmapped = Counter(e.plover for e in gold if scheme.relation_for_plover(e.plover) is None)
    common = [
        _modality_note(modality, asserted),
        f"predictions left out: {_counts(skipped_pred)}; {len(preds)} country-level predictions after dedup",
        f"gold: {len(gold)} events after dedup (reciprocal pairs and symmetric relations counted once); "
        f"left out: {_counts(skipped_gold)}",
        f"'{UNMAPPED}' = gold PLOVER types no project relation has ({_counts(unmapped)}): "
        "their fn are shown on their own line and excluded from micro/macro",
        "an argument is its actor's country, else the non-state prefix of its CAMEO code (IGO, NGO, IMG); "
        "visits is scored as meets (both CONSULT)",
    ]
    blocks = [
        Block("plover_strict", "PLOVER relations, strict (relation's PLOVER type = gold type)", strict,
              notes=common),
        Block("plover_relaxed", "PLOVER relations, relaxed (cameo_primary/cameo_accept/plover_accept of "
              "relation_mapping.json)", relaxed,
              notes=["gold rows as in strict; a prediction is correct if it matches any gold event it accepts, "
                     f"including '{UNMAPPED}' ones (e.g. cooperates ~ AGREE)"]),
        Block("plover_countries", "Country attribution (countries of all actor mentions in the sentence)",
              facts=attribution.to_dict(),
              notes=["recall = gold event arguments that are countries (not IGO/NGO/...) found among the "
                     "sentence's actor countries; event recall = events with all their countries found",
                     "precision = predicted sentence countries that appear in the sentence's gold events"]),
    ]
    headline = {"strict_micro_f1": _r(strict.micro.f1), "relaxed_micro_f1": _r(relaxed.micro.f1),
                "country_recall": _r(attribution.recall), "country_precision": _r(attribution.precision)}
    return blocks, headline


def _eval_re3d(records: Sequence[Mapping[str, Any]], xs: Sequence[Any], scheme: Scheme) -> tuple[list[Block], dict]:
    groups = [str(r.get("id", i)) for i, r in enumerate(records)]
    gold, ignored = re3d_gold(records, scheme, groups)
    preds: list[SpanRelation] = []
    skipped: Counter = Counter()
    modality: Counter = Counter()
    asserted = 0
    no_event_fp = 0
    for g, r, x in zip(groups, records, xs):
        kept, other = split_modality(x.relations if x else ())
        asserted += len(kept)
        modality.update(other)
        p, s = span_relations(g, kept, scheme)
        preds.extend(p)
        skipped.update(s)
        if r.get("expect_no_event"):
            no_event_fp += len(p)
    preds, inside = inside_one_mention(gold, preds)
    table = score_span_relations(gold, preds, scheme)
    notes = [
        _modality_note(modality, asserted),
        f"predictions of relations re3d does not annotate (not scored): {_counts(skipped)}",
        f"predictions between two parts of one gold mention ('Iraqi President Fuad Masum', 'Palmyra, Syria'; "
        f"a mention whose parts re3d relates to nothing; not scored): {inside}",
        f"gold: {len(gold)} relations after dedup; codes without a project relation (ignored): {_counts(ignored)}",
        "match: relation corresponds and both argument spans overlap the gold spans "
        "(either direction for CommWith, AlliesOf, CoLocated); visits to a place count as located-in, "
        "other visits as meets",
        f"paragraphs marked expect_no_event: {sum(1 for r in records if r.get('expect_no_event'))}, "
        f"{no_event_fp} predictions there (all fp)",
    ]
    block = Block("re3d", "re3d relations (span overlap)", table, notes=notes)
    return [block], {"micro_f1": _r(table.micro.f1), "micro_precision": _r(table.micro.precision),
                     "micro_recall": _r(table.micro.recall)}


def _eval_dwie(records: Sequence[Mapping[str, Any]], xs: Sequence[Any], scheme: Scheme) -> tuple[list[Block], dict]:
    groups = [str(r.get("id", i)) for i, r in enumerate(records)]
    clusters, gold, ignored = dwie_gold(records, scheme, groups)
    preds: list[EntityRelation] = []
    mentions: list[PredictedMention] = []
    skipped: Counter = Counter()
    modality: Counter = Counter()
    asserted = 0
    for g, x in zip(groups, xs):
        if x is None:
            continue
        kept, other = split_modality(x.relations)
        asserted += len(kept)
        modality.update(other)
        p, s = entity_relations(g, kept, x.actors, clusters, scheme)
        preds.extend(p)
        skipped.update(s)
        # DWIE annotates no pronouns: a pronoun's mention ("we" of a minister's state) can align to no
        # gold mention, and a node only a pronoun names would count as wrong whoever it is.
        mentions.extend(predicted_mentions(g, [a for a in x.actors if not getattr(a, "pronoun", False)], scheme))
    table = score_entity_relations(gold, preds, scheme.dwie_relations)
    by_type: dict[str, Score] = defaultdict(Score)
    found = {(f.group, f.relation, f.source, f.target) for f in gold} - \
        {(f.group, f.relation, f.source, f.target) for f in table.false_negatives}
    for f in gold:
        kind = f.detail.split(":", 1)[0]
        by_type[kind].gold += 1
        by_type[kind].found += (f.group, f.relation, f.source, f.target) in found
    actors = score_actors(clusters, mentions)
    rel_notes = [
        _modality_note(modality, asserted),
        f"predictions of relations not scored on DWIE: {_counts(skipped)}",
        f"gold: {len(gold)} relations (document level, dedup); left out: {_counts(ignored, 8)}",
        "an argument is the gold cluster its mention overlaps most (else the cluster of the actor's other "
        "mentions, else for an organ such as TURGOV its country's cluster); each (entity, relation, entity) "
        "counts once per document; visits is not scored (DWIE is_meeting relates the parties of a meeting, "
        "not a traveller and a place)",
        "recall by DWIE relation type: " + ", ".join(
            f"{k} {v.found}/{v.gold}" for k, v in sorted(by_type.items(), key=lambda kv: -kv[1].gold)),
    ]
    actor_notes = [
        "gold types: gpe0 -> Country; person (incl. politicians) -> Person; organization, igo, "
        "governmental_organisation, army -> Organisation; armed_movement -> ArmedGroup; other locations -> Place",
        "predicted: Country; Person; Organisation, InternationalOrganisation, Government, Military -> "
        "Organisation; ArmedGroup; Place, Facility -> Place",
        "a node is one actor_id per document; it is correct for type T if one of its mentions overlaps "
        "(best overlap) a gold cluster of type T; a demonym cluster (gpe0-x) is folded into its country, or, "
        "when the document never names the country, is an optional Country (matching it is correct, missing it "
        "no error); an organ mention (TURMIL) aligned to a gold country counts as that country; pronoun "
        "mentions are left out (DWIE annotates none)",
        f"split: {actors.split} of {actors.clusters_found} found gold clusters have mentions in >= 2 predicted "
        f"actor ids; merged: {actors.merged} of {actors.actors_aligned} aligned actor ids cover >= 2 gold clusters",
    ]
    blocks = [
        Block("dwie_relations", "DWIE relations (document level, entity overlap)", table, notes=rel_notes,
              extra={"recall_by_dwie_type": {k: v.to_dict() for k, v in by_type.items()}}),
        Block("dwie_actors", "DWIE canonical actors (actor nodes vs gold clusters)", actors.types,
              facts={"any_type": actors.any_type.to_dict(), "split": actors.split,
                     "clusters_found": actors.clusters_found, "merged": actors.merged,
                     "actors_aligned": actors.actors_aligned},
              notes=actor_notes,
              extra={k: v for k, v in actors.to_dict().items()
                     if k in ("type_confusion", "split_examples", "merge_examples")}),
    ]
    return blocks, {"relations_micro_f1": _r(table.micro.f1), "actors_micro_f1": _r(actors.types.micro.f1),
                    "clusters_split": actors.split, "actors_merged": actors.merged}


def _counts(c: Mapping[Any, int], top: Optional[int] = None) -> str:
    items = sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0])))
    more = ""
    if top is not None and len(items) > top:
        more = f", ... ({len(items) - top} more)"
        items = items[:top]
    return (", ".join(f"{k} {v}" for k, v in items) or "none") + more


EVALUATORS: dict[str, Callable[..., tuple[list[Block], dict]]] = {
    "plover": _eval_plover, "re3d": _eval_re3d, "dwie": _eval_dwie,
}


def evaluate(records: Sequence[Mapping[str, Any]], kind: str, extractions: Sequence[Any],
             scheme: Scheme) -> tuple[list[Block], dict]:
    """Score extractions (one per record, in order; ``None`` = nothing found) against gold records."""
    return EVALUATORS[kind](records, extractions, scheme)


def run_eval(gold: Union[str, Path], fmt: str = "table", model: Optional[str] = None,
             limit: Optional[int] = None, *, nlp: Any = None, n_process: Optional[int] = None,
             half: Optional[str] = None) -> str:
    """Run the pipeline on a gold file's texts and score it (``graphbuilder eval``).

    Parameters
    ----------
    gold
        A PLOVER GSR, re3d or DWIE JSONL file (format detected from its content).
    fmt
        ``"table"`` (aligned text blocks) or ``"json"`` (one object).
    model
        spaCy pipeline name (default as in :func:`graphbuilder.nlp.load_pipeline`).
    limit
        Only the first ``limit`` records.
    half
        ``"even"`` or ``"odd"``: only the records at even (0, 2, ...) or odd positions, so
        that rules developed against one half can be checked on the other.
    nlp
        An already loaded pipeline (tests).
    n_process
        Processes for ``nlp.pipe``; default: 2 for large files on a forking platform with
        two or more CPUs, else 1.

    Raises
    ------
    InputError
        ``E060`` for a missing or empty gold file.
    """
    if fmt not in ("table", "json"):
        raise ValueError(f"fmt must be 'table' or 'json', not {fmt!r}")
    path = Path(gold)
    started = time.perf_counter()
    records = load_gold(path)
    kind = detect_format(records, path)
    if half is not None:
        if half not in ("even", "odd"):
            raise ValueError(f"half must be 'even' or 'odd', not {half!r}")
        records = records[half == "odd"::2]
    if limit is not None:
        records = records[:max(0, limit)]
    scheme = load_scheme(path)
    if nlp is None:
        from .nlp import load_pipeline

        nlp = load_pipeline(model)
    loaded = time.perf_counter()
    texts = [r.get("text") if isinstance(r.get("text"), str) else "" for r in records]
    xs = _extract(texts, nlp, n_process) if records else []
    extracted = time.perf_counter()
    blocks, headline = evaluate(records, kind, xs, scheme)
    finished = time.perf_counter()
    meta = getattr(nlp, "meta", {}) or {}
    report = {
        "gold": str(path),
        "format": kind,
        "records": len(records),
        "half": half,
        "characters": sum(len(t) for t in texts),
        "model": f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}".strip("_-")
        if meta else model,
        "seconds": {"load": round(loaded - started, 2), "extract": round(extracted - loaded, 2),
                    "score": round(finished - extracted, 2), "total": round(finished - started, 2)},
        "headline": headline,
        "reports": {b.key: b.to_dict() for b in blocks},
    }
    if fmt == "json":
        return json.dumps(report, ensure_ascii=False, indent=2)
    return render_table(report, blocks)


# ============================================================================ table output


def _fmt(x: Any) -> str:
    if x is None:
        return "-"
    if isinstance(x, float):
        return f"{x:.3f}"
    return str(x)


def _align(rows: Sequence[Sequence[str]], left: int = 1) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(c.ljust(w) if i < left else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))).rstrip()
            for r in rows]


def format_score_table(table: ScoreTable, first: str = "relation") -> list[str]:
    """The rows of a :class:`ScoreTable` as aligned text lines (micro and macro last)."""
    head = [first, "gold", "pred", "tp", "fp", "fn", "P", "R", "F1"]
    rows = [head]

    def line(name: str, s: Score) -> list[str]:
        return [name, str(s.gold), str(s.pred), str(s.tp), str(s.fp), str(s.fn),
                _fmt(s.precision), _fmt(s.recall), _fmt(s.f1)]

    body = [line(name, s) for name, s in table.rows.items() if name not in table.excluded]
    micro, macro = table.micro, table.macro
    tail = [line("micro", micro),
            ["macro", "", "", "", "", "", _fmt(macro["precision"]), _fmt(macro["recall"]), _fmt(macro["f1"])]]
    tail += [line(name, table.rows[name]) + ["(excluded from micro/macro)"]
             for name in table.excluded if name in table.rows]
    rows += body + tail
    width = max(len(r) for r in rows)
    out = _align([r + [""] * (width - len(r)) for r in rows])
    rule = "-" * len(out[0])
    return [out[0], rule, *out[1:1 + len(body)], rule, *out[1 + len(body):]]


def _headline_line(s: Score) -> str:
    return f"micro P {_fmt(s.precision)}  R {_fmt(s.recall)}  F1 {_fmt(s.f1)}  (tp {s.tp}, fp {s.fp}, fn {s.fn})"


def render_table(report: Mapping[str, Any], blocks: Sequence[Block]) -> str:
    """The human-readable report: headline numbers, then one block per report."""
    sec = report["seconds"]
    lines = [f"graphbuilder eval — {report['gold']}",
             f"format: {report['format']}; {report['records']} records, {report['characters']} characters; "
             f"model: {report['model']}; time: {sec['total']} s (load {sec['load']} s, extract {sec['extract']} s, "
             f"score {sec['score']} s)",
             ""]
    lines.append("HEADLINE")
    for b in blocks:
        if b.table is not None:
            lines.append(f"  {b.title}: {_headline_line(b.table.micro)}")
        elif b.facts:
            lines.append(f"  {b.title}: P {_fmt(b.facts.get('precision'))}  R {_fmt(b.facts.get('recall'))}  "
                         f"F1 {_fmt(b.facts.get('f1'))}")
    for b in blocks:
        lines += ["", f"== {b.title} =="]
        if b.table is not None:
            first = "type" if b.key == "dwie_actors" else "relation"
            lines.append(_headline_line(b.table.micro) + "   macro F1 " + _fmt(b.table.macro["f1"]))
            lines += format_score_table(b.table, first)
        if b.key == "plover_countries":
            f = b.facts
            lines += _align([
                ["measure", "value", "count"],
                ["recall (event arguments)", _fmt(f["recall"]), f"{f['endpoints_found']}/{f['endpoints']}"],
                ["event recall (all arguments)", _fmt(f["event_recall"]), f"{f['events_found']}/{f['events']}"],
                ["precision (sentence countries)", _fmt(f["precision"]),
                 f"{f['predicted_in_gold']}/{f['predicted']}"],
                ["F1", _fmt(f["f1"]), f"{f['sentences']} sentences"],
            ])
        if b.key == "dwie_actors":
            a = b.facts["any_type"]
            lines.append(f"any type: P {_fmt(a['precision'])}  R {_fmt(a['recall'])}  F1 {_fmt(a['f1'])}  "
                         f"(gold {a['gold']}, nodes {a['pred']})")
            conf = b.extra.get("type_confusion") or []
            off = [c for c in conf if c["gold"] != c["predicted"]]
            if off:
                lines.append("type confusions (gold -> predicted): " + ", ".join(
                    f"{c['gold']}->{c['predicted']} {c['count']}" for c in off[:8]))
        for note in b.notes:
            lines.append(f"  * {note}")
    lines += ["", "P = correct predictions / predictions; tp = gold items found (with overlap or relaxed matching "
                  "one prediction may match several gold items and vice versa)"]
    return "\n".join(lines)
