"""Event-coding knowledge shipped with graphbuilder: CAMEO codes, relations, verbs.

A light, cached loader for the JSON resources that
:mod:`graphbuilder.convert_verbs` generates in ``graphbuilder/resources``:

``cameo.json``
    every CAMEO code with its name, Goldstein score, root and PLOVER type/mode;
``relations.json``
    the project's 19 relations (CAMEO default and accepted codes, PLOVER type,
    symmetry, kind, cooperation/conflict group, Goldstein score) and the
    CAMEO-prefix -> relation tables;
``verbs.json``
    the verb lexicon of the relation extractor (lemma -> CAMEO code and
    relation) and its multi-word phrases.

Nothing here imports spaCy; files are read once, on first use.

Examples
--------
>>> from graphbuilder import codes
>>> codes.cameo_name("042"), codes.goldstein("042"), codes.plover("042")
('Make a visit', 1.9, 'CONSULT')
>>> codes.relation_for_cameo("0231"), codes.relation_for_cameo("010")
('requests', None)
>>> codes.relation_info("stationed-at").kind
'state'
>>> codes.camel("stationed-at"), codes.kebab("stationedAt")
('stationedAt', 'stationed-at')
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Literal

__all__ = [
    "RELATIONS",
    "EVENT_RELATIONS",
    "STATE_RELATIONS",
    "RelationInfo",
    "cameo_name",
    "goldstein",
    "plover",
    "plover_mode",
    "cameo_codes",
    "relation_info",
    "relation_for_cameo",
    "verb_lexicon",
    "camel",
    "kebab",
]

#: The 14 event relations, in vocabulary order.
EVENT_RELATIONS: tuple[str, ...] = (
    "meets", "cooperates", "supports", "aids", "requests", "opposes", "rejects",
    "threatens", "protests", "mobilizes", "sanctions", "coerces", "attacks", "visits",
)
#: The 5 state relations.
STATE_RELATIONS: tuple[str, ...] = ("stationed-at", "leader-of", "member-of", "located-in", "controls")
#: All 19 project relations (kebab-case): event relations, then state relations.
RELATIONS: tuple[str, ...] = EVENT_RELATIONS + STATE_RELATIONS

_PHRASE_FIELDS = ("particle", "object", "target", "reverse_cameo")


@dataclass(frozen=True)
class RelationInfo:
    """What the project knows about one relation.

    Attributes
    ----------
    name : str
        Kebab-case relation name, e.g. ``"meets"``, ``"stationed-at"``.
    cameo : str or None
        Default CAMEO code (2 or 3 digits) the extractor emits; ``None`` for
        state relations.
    cameo_accept : tuple of str
        Other CAMEO codes/roots that count as a (relaxed) match.
    plover : str or None
        PLOVER event type, e.g. ``"CONSULT"``.
    symmetric : bool
        Whether the relation holds in both directions (gold data may list
        either direction).
    kind : {"event", "state"}
    group : {"cooperation", "conflict", "neutral"}
    goldstein : float or None
        Goldstein score of the default CAMEO code.
    """

    name: str
    cameo: str | None
    cameo_accept: tuple[str, ...]
    plover: str | None
    symmetric: bool
    kind: Literal["event", "state"]
    group: Literal["cooperation", "conflict", "neutral"]
    goldstein: float | None

    @property
    def camel(self) -> str:
        """The camelCase property name used in RDF (``"stationedAt"``)."""
        return camel(self.name)


# --------------------------------------------------------------------------- loading


@lru_cache(maxsize=None)
def _load(name: str) -> Any:
    """Parse ``graphbuilder/resources/<name>`` once."""
    ref = resources.files("graphbuilder").joinpath("resources", name)
    return json.loads(ref.read_text(encoding="utf-8"))


def _codes() -> dict[str, dict[str, Any]]:
    return _load("cameo.json")["codes"]


def _norm(code: object) -> str | None:
    if not isinstance(code, str):
        return None
    code = code.strip()
    return code if re.fullmatch(r"\d{2,4}", code) else None


def _code_field(code: object, field: str) -> Any:
    key = _norm(code)
    if key is None:
        return None
    row = _codes().get(key)
    return None if row is None else row.get(field)


def cameo_name(code: str) -> str | None:
    """Name of a CAMEO code.

    Parameters
    ----------
    code : str
        CAMEO code with its leading zeros, e.g. ``"042"``.

    Returns
    -------
    str or None
        E.g. ``"Make a visit"``; ``None`` for an unknown or malformed code.
    """
    return _code_field(code, "name")


def goldstein(code: str) -> float | None:
    """Goldstein conflict-cooperation score (-10 .. +10) of a CAMEO code.

    Parameters
    ----------
    code : str

    Returns
    -------
    float or None
        ``None`` for an unknown or malformed code.
    """
    value = _code_field(code, "goldstein")
    return None if value is None else float(value)


def plover(code: str) -> str | None:
    """PLOVER event type of a CAMEO code (``"042"`` -> ``"CONSULT"``).

    Parameters
    ----------
    code : str

    Returns
    -------
    str or None
        ``None`` for unknown codes and for categories PLOVER dropped
        (01 statements, 02 appeals).
    """
    return _code_field(code, "plover")


def plover_mode(code: str) -> str | None:
    """PLOVER mode of a CAMEO code (``"042"`` -> ``"visit"``), if any.

    Parameters
    ----------
    code : str

    Returns
    -------
    str or None
    """
    return _code_field(code, "plover_mode")


@lru_cache(maxsize=None)
def cameo_codes() -> Mapping[str, Mapping[str, Any]]:
    """All CAMEO codes: code -> ``{name, goldstein, root, plover, plover_mode}``.

    Returns
    -------
    Mapping
        A read-only view of the shipped table.
    """
    return MappingProxyType({k: MappingProxyType(v) for k, v in _codes().items()})


@lru_cache(maxsize=None)
def _relations() -> dict[str, RelationInfo]:
    doc = _load("relations.json")["relations"]
    out: dict[str, RelationInfo] = {}
    for name in RELATIONS:
        row = doc[name]
        out[name] = RelationInfo(
            name=name,
            cameo=row.get("cameo"),
            cameo_accept=tuple(row.get("cameo_accept") or ()),
            plover=row.get("plover"),
            symmetric=bool(row.get("symmetric")),
            kind=row["kind"],
            group=row["group"],
            goldstein=None if row.get("goldstein") is None else float(row["goldstein"]),
        )
    return out


def relation_info(relation: str) -> RelationInfo:
    """Facts about a project relation.

    Parameters
    ----------
    relation : str
        Kebab-case (``"stationed-at"``) or camelCase (``"stationedAt"``) name.

    Returns
    -------
    RelationInfo

    Raises
    ------
    KeyError
        If `relation` is not one of :data:`RELATIONS`.
    """
    name = kebab(relation) if isinstance(relation, str) else relation
    try:
        return _relations()[name]
    except (KeyError, TypeError):
        raise KeyError(f"unknown relation {relation!r}; expected one of {', '.join(RELATIONS)}"
                       ) from None


def relation_for_cameo(code: str) -> str | None:
    """Project relation that a CAMEO code is coded as.

    Longest-prefix match in the primary table (``cameo_primary`` roots and
    sub-codes of the relation mapping, ``042`` -> ``visits``), then in the
    fallback table (``cameo_accept`` codes; ``03`` intent to cooperate folded
    into ``cooperates``).

    Parameters
    ----------
    code : str
        CAMEO code, e.g. ``"0231"``; codes missing from the CAMEO table are
        still mapped by their prefix.

    Returns
    -------
    str or None
        E.g. ``"requests"``; ``None`` for codes no relation covers (01
        statements, 08 yield, 09 investigate) and malformed input.
    """
    key = _norm(code)
    if key is None:
        return None
    doc = _load("relations.json")
    for table in (doc["cameo_prefixes"], doc["cameo_prefixes_fallback"]):
        for n in range(len(key), 1, -1):
            hit = table.get(key[:n])
            if hit is not None:
                return hit
    return None


@lru_cache(maxsize=None)
def verb_lexicon() -> dict[str, dict[str, dict[str, Any]]]:
    """The relation extractor's verb lexicon (loaded once, then cached).

    Returns
    -------
    dict
        Two sections:

        ``"verbs"``
            lower-case spaCy verb lemma -> ``{"cameo": code, "relation":
            name or None, "reverse_cameo": code or None}``; ``reverse_cameo``
            is the code of the reverse-direction event for paired codes
            (``host`` 043 / 042).
        ``"phrases"``
            ``"verb [particle] [object]"`` lemmas (``"call for"``,
            ``"impose sanction"``, ``"carry out raid"``) -> the same fields plus
            ``"verb"``, ``"particle"``, ``"object"`` and ``"target"`` (the
            preposition introducing the target actor, ``None`` = the verb's
            object).  ``cameo`` is ``None`` when the dictionary marks the phrase
            as *not* an event (``impose tax``): it overrides the bare verb.

        Entries whose relation is ``None`` (statements, yielding ...) are
        kept so callers can tell "known, no project relation" from "unknown".

    Notes
    -----
    Every call returns the same cached object: copy it before modifying.
    """
    ref = resources.files("graphbuilder").joinpath("resources", "verbs.json")
    doc = json.loads(ref.read_text(encoding="utf-8"))
    verbs = {lemma: {"cameo": e.get("cameo"), "relation": e.get("relation"),
                     "reverse_cameo": e.get("reverse_cameo")}
             for lemma, e in doc["verbs"].items()}
    phrases: dict[str, dict[str, Any]] = {}
    for key, e in doc["phrases"].items():
        entry = {"verb": key.split(" ", 1)[0], "cameo": e.get("cameo"),
                 "relation": e.get("relation")}
        for name in _PHRASE_FIELDS:
            entry[name] = e.get(name)
        phrases[key] = entry
    return {"verbs": verbs, "phrases": phrases}


# --------------------------------------------------------------------------- names


def camel(relation: str) -> str:
    """Kebab-case relation name to camelCase (``"stationed-at"`` -> ``"stationedAt"``).

    Parameters
    ----------
    relation : str

    Returns
    -------
    str
        Names without hyphens are returned unchanged.
    """
    head, *rest = relation.split("-")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def kebab(name: str) -> str:
    """CamelCase relation name to kebab-case (``"stationedAt"`` -> ``"stationed-at"``).

    Parameters
    ----------
    name : str

    Returns
    -------
    str
        Names that are already kebab-case or lower-case are returned unchanged.
    """
    return re.sub(r"(?<=[a-z0-9])([A-Z])", lambda m: "-" + m.group(1).lower(), name)
