"""The actor knowledge base: bundled Phoenix/pycountry actors plus the user's own file.

>>> gaz = load_actors()
>>> gaz.by_alias("Turkey")[0].id, gaz.demonym("Turkish").id
('TUR', 'TUR')
>>> gaz.roles_at("person:recep-tayyip-erdogan", "2016-10-21")
['TURGOV']

The bundled data is ``resources/actors.jsonl.gz`` (built by
:mod:`graphbuilder.convert_actors`).  A user file given with ``--actors FILE`` (CSV or
JSONL, see :func:`read_user_actors`) adds actors and overrides bundled ones.

Importing this module is cheap: no spaCy, no pycountry.
"""

from __future__ import annotations

import csv
import functools
import gzip
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence, Union

try:  # the project's error hierarchy (graphbuilder/errors.py)
    from .errors import Errors as _Errors
    from .errors import InputError as _InputError
except ImportError:  # pragma: no cover - only while errors.py does not exist
    _Errors = None
    _InputError = ValueError  # type: ignore[assignment,misc]

__all__ = [
    "ACTOR_TYPES", "Actor", "Gazetteer", "GazetteerError", "Role", "load_actors", "normalise",
    "read_user_actors", "slugify",
]

#: Types a gazetteer entry can have; the bundled data has no Facility, a user file may add one
#: ("Incirlik Air Base").  Governments and militaries are organs of a state (``TURGOV``), not entries.
ACTOR_TYPES = ("Country", "Person", "InternationalOrganisation", "ArmedGroup", "Organisation", "Place",
               "Facility")
_TYPE_PRIORITY = {t: i for i, t in enumerate(
    ("Country", "InternationalOrganisation", "ArmedGroup", "Organisation", "Person", "Place", "Facility"))}
_ID_PREFIX = {
    "Person": "person:", "InternationalOrganisation": "org:", "Organisation": "org:",
    "ArmedGroup": "group:", "Place": "place:", "Facility": "fac:",
}
RESOURCE_PACKAGE = "graphbuilder.resources"
RESOURCE_NAME = "actors.jsonl.gz"

#: Aliases that are also common English words match only with the same letter case
#: ("IS" is the Islamic State, "is" is not; "US" is the United States, "us" is not).
CASE_SENSITIVE_WORDS = frozenset("""
is us it in at as am an be he me no on or so to up we us who can may aid all are was had has
not one two man per sun win won war oil sat pm am ap rt ira eta ta cap ice fed led fsa sdf
""".split())


class GazetteerError(_InputError):  # type: ignore[misc,valid-type]
    """A user actor file is unusable; the message names the file and the line."""


def _error(path: Union[Path, str], line: int, reason: str) -> GazetteerError:
    if _Errors is not None:
        return GazetteerError(_Errors.E050.format(path=path, line=line, reason=reason))
    return GazetteerError(f"{path}:{line}: {reason}")  # pragma: no cover


# --------------------------------------------------------------------------------------
# Text keys
# --------------------------------------------------------------------------------------

_PUNCT_DROP = re.compile(r"[.'\u2019\u02bc\u02bb`\u00b4]")
_NON_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """The lookup key of a name: accents and case folded, punctuation removed.

    Examples
    --------
    >>> normalise("U.S.")
    'us'
    >>> normalise("Al-Qa'ida")
    'al qaida'
    >>> normalise("the Islamic State")
    'islamic state'
    >>> normalise("Erdoğan") == normalise("ERDOGAN")
    True
    """
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("ı", "i").casefold()
    t = _PUNCT_DROP.sub("", t)
    t = _NON_WORD.sub(" ", t).strip()
    if t.startswith("the ") and len(t) > 4:
        t = t[4:]
    return t


_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """ASCII slug used in ids: ``slugify("Recep Tayyip Erdoğan") == 'recep-tayyip-erdogan'``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _SLUG.sub("-", ascii_text.lower()).strip("-") or "x"


# --------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------


#: The date the bundled Phoenix country dictionary speaks as of (generated 30 January 2014 from
#: CountryInfo.140130.txt): a term of office it leaves open ran at least until then, no later for sure.
PHOENIX_AS_OF = date(2014, 1, 30)

#: States the bundled dictionaries code by their successor: Phoenix files Gorbachev, the Politburo and
#: Soviet Moscow under RUS, where "Soviet" names the Soviet Union (SUN). Before the day the predecessor
#: ended, a story's RUS is the Soviet Union, so that one 1987 story gives one state, not two.
PREDECESSORS: Mapping[str, tuple[str, str, date]] = MappingProxyType({
    "RUS": ("SUN", "Soviet Union", date(1991, 12, 26)),
})
_STATE_LABELS = {"RUS": "Russia"}


def era_state(iso: Optional[str], on: Optional[date]) -> Optional[str]:
    """The state ``iso`` stood for on ``on``: its predecessor before the predecessor ended.

    >>> era_state("RUS", date(1987, 4, 10)), era_state("RUS", date(1992, 1, 1)), era_state("RUS", None)
    ('SUN', 'RUS', 'RUS')
    >>> era_state("TUR", date(1987, 4, 10))
    'TUR'
    """
    if iso is None or on is None or iso not in PREDECESSORS:
        return iso
    predecessor, _, ended = PREDECESSORS[iso]
    return predecessor if on < ended else iso


def era_code(code: Optional[str], on: Optional[date]) -> Optional[str]:
    """A state's code or its organ's (``RUSGOV``) as of ``on`` (:func:`era_state`); other ids as they are.

    >>> era_code("RUSGOV", date(1987, 4, 10)), era_code("RUS", date(1987, 4, 10)), era_code("person:x", date(1987, 1, 1))
    ('SUNGOV', 'SUN', 'person:x')
    """
    if code is None or on is None or not (len(code) in (3, 6) and code.isalpha() and code.isupper()):
        return code
    state = era_state(code[:3], on)
    return code if state == code[:3] else state + code[3:]


def era_mention(m: Any, on: Optional[date]) -> Any:
    """An actor mention with its state (id, code, country and label) as of ``on``: "Moscow" in a story
    of 1987 is the Soviet government's, as "Soviet" is; the same mention otherwise."""
    if on is None or not (m.country in PREDECESSORS or m.actor_id[:3] in PREDECESSORS):
        return m
    actor_id, code, country = era_code(m.actor_id, on), era_code(m.code, on), era_state(m.country, on)
    if (actor_id, code, country) == (m.actor_id, m.code, m.country):
        return m
    label = m.label
    if actor_id != m.actor_id and m.actor_id[:3] in _STATE_LABELS:
        label = re.sub(rf"\b{_STATE_LABELS[m.actor_id[:3]]}\b", PREDECESSORS[m.actor_id[:3]][1], label)
    return replace(m, actor_id=actor_id, code=code, country=country, label=label)


@dataclass(frozen=True)
class Role:
    """A dated code of an actor (``TURGOV`` from 2003-03-14, open-ended).

    Attributes
    ----------
    code
        Phoenix/CAMEO code: country + sector (``TURGOV``, ``USAMIL``, ``IGOUNO``).
    start, end
        Inclusive bounds; ``None`` = open.  A role with neither is the actor's default.
    """

    code: str
    start: Optional[date] = None
    end: Optional[date] = None

    @property
    def dated(self) -> bool:
        """True when the role has a start or an end."""
        return self.start is not None or self.end is not None

    def covers(self, when: date) -> bool:
        """True when ``when`` lies within the role's dates."""
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)

    def to_json(self) -> dict[str, Optional[str]]:
        return {"code": self.code, "from": self.start.isoformat() if self.start else None,
                "to": self.end.isoformat() if self.end else None}


@dataclass(frozen=True)
class Actor:
    """One actor of the knowledge base (see ``resources/ATTRIBUTION.md`` for the fields)."""

    id: str
    name: str
    type: str
    country: Optional[str] = None
    code: Optional[str] = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: Optional[str] = None
    roles: tuple[Role, ...] = ()
    ambiguous_aliases: tuple[str, ...] = ()
    source: str = "user"
    #: A person who headed the state or government of ``country`` at some time (see
    #: :meth:`graphbuilder.convert_actors._Builder.leads_state`); when is in ``roles``.
    leader: bool = False

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "Actor":
        """Build from one record of ``actors.jsonl.gz``."""
        return cls(
            id=data["id"], name=data["name"], type=data["type"], country=data.get("country"),
            code=data.get("code"), aliases=tuple(data.get("aliases") or ()),
            demonyms=tuple(data.get("demonyms") or ()), capital=data.get("capital"),
            roles=tuple(Role(r["code"], _iso_date(r.get("from")), _iso_date(r.get("to")))
                        for r in data.get("roles") or ()),
            ambiguous_aliases=tuple(data.get("ambiguous_aliases") or ()),
            source=data.get("source") or "user", leader=bool(data.get("leader")),
        )

    def to_json(self) -> dict[str, Any]:
        """The record as written in ``actors.jsonl.gz``."""
        return {
            "id": self.id, "name": self.name, "type": self.type, "country": self.country,
            "code": self.code, "aliases": list(self.aliases), "demonyms": list(self.demonyms),
            "capital": self.capital, "roles": [r.to_json() for r in self.roles],
            "ambiguous_aliases": list(self.ambiguous_aliases), "source": self.source,
            **({"leader": True} if self.leader else {}),
        }


def _iso_date(value: Optional[str]) -> Optional[date]:
    return date.fromisoformat(value) if value else None


# --------------------------------------------------------------------------------------
# The gazetteer
# --------------------------------------------------------------------------------------


class Gazetteer:
    """Actors by id, with alias, demonym and dated-role lookups.

    Parameters
    ----------
    actors
        The actors; a later actor with the same id replaces an earlier one.
    user_ids
        Ids that come from the user's file: they rank first in :meth:`by_alias`.

    Attributes
    ----------
    actors : Mapping[str, Actor]
        Read-only id -> actor mapping.
    """

    def __init__(self, actors: Iterable[Actor], user_ids: Iterable[str] = ()):
        table: dict[str, Actor] = {}
        for a in actors:
            table[a.id] = a
        self.actors: Mapping[str, Actor] = MappingProxyType(table)
        self.user_ids = frozenset(user_ids)
        aliases: dict[str, list[tuple[str, bool]]] = {}
        demonyms: dict[str, str] = {}
        for a in table.values():
            seen: set[str] = set()
            for text, ambiguous in [(a.name, False)] + [(x, False) for x in a.aliases] + \
                                   [(x, True) for x in a.ambiguous_aliases]:
                key = normalise(text)
                if not key or key in seen:
                    continue
                seen.add(key)
                aliases.setdefault(key, []).append((a.id, ambiguous))
            if a.type == "Country":
                for d in a.demonyms:
                    key = normalise(d)
                    if key and (key not in demonyms or a.id in self.user_ids):
                        demonyms[key] = a.id
        self._aliases = {k: tuple(self._ranked(v)) for k, v in aliases.items()}
        self._demonyms = demonyms
        # Built on first use: most documents never ask for a bare surname.
        self._surnames: Optional[dict[str, list[str]]] = None
        self._given: frozenset[str] = frozenset()

    def _ranked(self, entries: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
        def rank(entry: tuple[str, bool]) -> tuple:
            actor = self.actors[entry[0]]
            return (actor.id not in self.user_ids, entry[1], _TYPE_PRIORITY.get(actor.type, 9), actor.id)

        return sorted(entries, key=rank)

    # ---- mapping-like ------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors.values())

    def get(self, actor_id: str) -> Optional[Actor]:
        """The actor with this id, or ``None``."""
        return self.actors.get(actor_id)

    # ---- lookups -----------------------------------------------------------------
    def by_alias(self, text: str, include_ambiguous: bool = True) -> list[Actor]:
        """Actors one of whose names is ``text`` (case-, accent- and punctuation-insensitive).

        Parameters
        ----------
        text
            A surface form ("Turkey", "U.S.", "ISIL", "Erdogan").
        include_ambiguous
            Also return persons for whom ``text`` is an ambiguous alias (a surname that
            several persons share); they come after the unambiguous matches.

        Returns
        -------
        list of Actor
            Best first: the user's actors, unambiguous before ambiguous matches, then
            Country, InternationalOrganisation, ArmedGroup, Organisation, Person, Place.
            Aliases that are also common English words ("IS", "US") match only when the
            letter case is the same.
        """
        key = normalise(text)
        out = []
        for actor_id, ambiguous in self._aliases.get(key, ()):
            if ambiguous and not include_ambiguous:
                continue
            actor = self.actors[actor_id]
            if key in CASE_SENSITIVE_WORDS and not self._same_case(actor, text):
                continue
            out.append(actor)
        return out

    @staticmethod
    def _same_case(actor: Actor, text: str) -> bool:
        stripped = text.strip()
        forms = (actor.name,) + actor.aliases + actor.ambiguous_aliases
        return any(f.strip() == stripped for f in forms if normalise(f) == normalise(text))

    def by_surname(self, text: str) -> list[Actor]:
        """Persons whose name (or a several-word alias) ends in the word ``text``.

        Words that also begin a known name ("Kim Jong Un", "Sharon Stone") give nothing:
        they may be a given name, or a family name written first.

        A lone surname in a text ("President Mugabe", "Bouteflika said") is not a name the
        ruler can match; this is what the gazetteer knows of the people who carry it.

        Examples
        --------
        >>> g = Gazetteer([Actor("person:robert-mugabe", "Robert Mugabe", "Person", "ZWE", "ZWEGOV")])
        >>> [a.name for a in g.by_surname("Mugabe")]
        ['Robert Mugabe']
        >>> g.by_surname("Robert")
        []
        """
        self._index_names()
        return [self.actors[i] for i in self._surnames.get(normalise(text), ())]

    def is_given_name(self, text: str) -> bool:
        """Whether the word opens the name of a known person ("Vladimir", "Sharon").

        Examples
        --------
        >>> g = Gazetteer([Actor("person:vladimir-putin", "Vladimir Putin", "Person", "RUS", "RUSGOV")])
        >>> g.is_given_name("Vladimir"), g.is_given_name("Putin")
        (True, False)
        """
        self._index_names()
        return normalise(text) in self._given

    def _index_names(self) -> None:
        if self._surnames is None:
            index: dict[str, list[str]] = {}
            given: set[str] = set()
            for a in self.actors.values():
                if a.type != "Person":
                    continue
                for form in (a.name, *a.aliases):
                    words = form.split()
                    if len(words) < 2:
                        continue
                    given.add(normalise(words[0]))
                    key = normalise(words[-1])
                    if len(key) >= 3 and a.id not in index.get(key, ()):
                        index.setdefault(key, []).append(a.id)
            # "Kim", "Sharon": a word that also opens names is no safe surname.
            self._surnames = {k: v for k, v in index.items() if k not in given}
            self._given = frozenset(given)

    def demonym(self, text: str) -> Optional[Actor]:
        """The country of a nationality adjective or noun ("Turkish", "Iraqis"), or ``None``."""
        actor_id = self._demonyms.get(normalise(text))
        return self.actors.get(actor_id) if actor_id else None

    def roles_at(self, actor_id: str, when: Union[date, str]) -> list[str]:
        """The actor's codes in force on a date.

        Parameters
        ----------
        actor_id
            An actor id; an unknown id gives ``[]``.
        when
            A date or an ISO ``YYYY-MM-DD`` string.

        Returns
        -------
        list of str
            Codes of the dated roles covering ``when`` (file order, no repeats); when none
            does, the codes of the undated roles (Phoenix's default for other dates).
        """
        actor = self.actors.get(actor_id)
        if actor is None:
            return []
        if isinstance(when, str):
            when = date.fromisoformat(when)
        dated = _unique(r.code for r in actor.roles if r.dated and r.covers(when))
        if dated:
            return dated
        return _unique(r.code for r in actor.roles if not r.dated)

    def names(self) -> Iterator[tuple[str, str, str]]:
        """Every surface form: ``(text, actor_id, kind)``, kind one of ``name``, ``alias``,
        ``ambiguous``, ``demonym`` -- the input for a phrase matcher."""
        for a in self.actors.values():
            yield a.name, a.id, "name"
            for x in a.aliases:
                yield x, a.id, "alias"
            for x in a.ambiguous_aliases:
                yield x, a.id, "ambiguous"
            for x in a.demonyms:
                yield x, a.id, "demonym"

    def with_user_file(self, path: Union[Path, str]) -> "Gazetteer":
        """A new gazetteer: this one overridden and extended by a user actor file."""
        user = read_user_actors(path, self)
        merged = dict(self.actors)
        for a in user:
            merged[a.id] = a
        return Gazetteer(merged.values(), user_ids=set(self.user_ids) | {a.id for a in user})


def _unique(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for i in items:
        if i not in out:
            out.append(i)
    return out


@functools.lru_cache(maxsize=1)
def _bundled() -> Gazetteer:
    data = resources.files(RESOURCE_PACKAGE).joinpath(RESOURCE_NAME).read_bytes()
    text = gzip.decompress(data).decode("utf-8")
    return Gazetteer(Actor.from_json(json.loads(line)) for line in text.splitlines() if line.strip())


def load_actors(extra: Union[Path, str, None] = None) -> Gazetteer:
    """The bundled gazetteer, optionally overridden by a user actor file.

    Parameters
    ----------
    extra
        A CSV or JSONL actor file (``--actors FILE``); see :func:`read_user_actors`.

    Returns
    -------
    Gazetteer
        The same cached object on every call with the same file (unchanged on disk).

    Raises
    ------
    GazetteerError
        ``extra`` is missing or malformed (a subclass of
        :class:`graphbuilder.errors.InputError`; the message names the file and line).
    """
    if extra is None:
        return _bundled()
    path = Path(extra)
    try:
        stat = path.stat()
    except OSError:
        return _bundled().with_user_file(path)  # raises the "no such file" error
    return _with_user_file(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _with_user_file(path: str, _mtime_ns: int, _size: int) -> Gazetteer:
    """Cached per file version (path, modification time, size)."""
    return _bundled().with_user_file(path)


# --------------------------------------------------------------------------------------
# User files
# --------------------------------------------------------------------------------------

USER_COLUMNS = ("id", "name", "aliases", "type", "country", "code", "role", "from", "to",
                "demonyms", "capital", "leader")


#: How a ``leader`` cell may say yes or no.
LEADER_WORDS = {"yes": True, "y": True, "true": True, "1": True, "no": False, "n": False, "false": False, "0": False}


def read_user_actors(path: Union[Path, str], base: Optional[Gazetteer] = None) -> list[Actor]:
    """Read a user actor file into actors that extend or override ``base``.

    Parameters
    ----------
    path
        ``.csv`` (header row; columns ``name, aliases, type, country, role, from, to`` and
        optionally ``id, code, demonyms, capital, leader``; lists separated by ``;``) or
        ``.jsonl``/``.json`` (one object per line with the same keys; ``aliases`` and
        ``demonyms`` may be lists; ``roles`` may be a list of ``{"code", "from", "to"}``).
        Rows whose first cell starts with ``#`` and blank lines are skipped.
    base
        The gazetteer to override (default: the bundled one).

    Returns
    -------
    list of Actor

    Notes
    -----
    * A row names an existing actor when its ``id`` is a bundled id, or its name is the
      name of exactly one bundled actor (of the given ``type``, if any).  The user row
      then overrides that actor field by field: every non-empty column replaces the
      bundled value (``aliases`` and roles included); empty columns keep it.
    * Otherwise the row is a new actor; ``type`` is then required and the id is
      derived: ``person:<slug>``, ``org:<slug>``, ``group:<slug>``, ``place:<slug>``, ``fac:<slug>``,
      or the ISO3 ``country`` for a Country.
    * Several rows for the same actor add roles (one ``role, from, to`` per row).
    * ``leader`` (``yes``/``no``; ``true``/``false`` in JSON) marks a person who heads the state or
      government of ``country``: a document that names the state and gives the person no other
      title makes the person its leader, current when the document's date falls in one of the
      person's ``<COUNTRY>GOV`` roles (see :func:`graphbuilder.relations.known_leader_rule`).
    * ``country`` is an ISO 3166-1 alpha-3 code or a country name the gazetteer knows;
      ``from``/``to`` are ``YYYY-MM-DD`` (or ``YYYY``).

    Raises
    ------
    GazetteerError
        Missing/unreadable file, bad header, unknown type or country, bad date, a name
        that matches several bundled actors, invalid JSON -- ``FILE:LINE: reason``.
    """
    base = base if base is not None else _bundled()
    path = Path(path)
    if not path.is_file():
        if _Errors is not None:
            raise GazetteerError(_Errors.E001.format(path=path))
        raise GazetteerError(f"{path}: no such file or directory")  # pragma: no cover
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if _Errors is not None:
            raise GazetteerError(_Errors.E003.format(path=path, offset=exc.start)) from None
        raise GazetteerError(f"{path}: not valid UTF-8 (byte {exc.start})") from None  # pragma: no cover
    rows = list(_json_rows(path, text) if _is_jsonl(path, text) else _csv_rows(path, text))
    return _UserBuilder(path, base).build(rows)


def _is_jsonl(path: Path, text: str) -> bool:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".json", ".ndjson"):
        return True
    if suffix in (".csv", ".tsv", ".txt"):
        return False
    return text.lstrip().startswith("{")


def _csv_rows(path: Path, text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
    reader = csv.reader(io.StringIO(text), dialect=dialect)
    header: Optional[list[str]] = None
    for row in reader:
        lineno = reader.line_num
        if not row or all(not c.strip() for c in row) or row[0].lstrip().startswith("#"):
            continue
        if header is None:
            header = [c.strip().lower() for c in row]
            unknown = [c for c in header if c not in USER_COLUMNS]
            if unknown:
                raise _error(path, lineno, f"unknown column '{unknown[0]}' (expected: {', '.join(USER_COLUMNS)})")
            if "name" not in header and "id" not in header:
                raise _error(path, lineno, "header has no 'name' column")
            continue
        if len(row) > len(header):
            raise _error(path, lineno, f"{len(row)} cells but the header has {len(header)} columns")
        yield lineno, {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header)}
    if header is None:
        raise _error(path, 1, "empty file: expected a header row (name,aliases,type,country,role,from,to)")


def _json_rows(path: Path, text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _error(path, lineno, f"not valid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise _error(path, lineno, "expected a JSON object")
        unknown = [k for k in obj if k not in USER_COLUMNS and k != "roles"]
        if unknown:
            raise _error(path, lineno, f"unknown field '{unknown[0]}' (expected: {', '.join(USER_COLUMNS)}, roles)")
        yield lineno, obj


def _as_list(path: Path, lineno: int, value: Any, field_name: str) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(";") if v.strip()]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v.strip() for v in value if v.strip()]
    raise _error(path, lineno, f"field '{field_name}' must be a list of strings or a ';'-separated string")


def _as_str(path: Path, lineno: int, value: Any, field_name: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _error(path, lineno, f"field '{field_name}' must be a string")
    return value.strip()


def _parse_user_date(path: Path, lineno: int, value: str, field_name: str, end: bool) -> Optional[date]:
    if not value:
        return None
    try:
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 12, 31) if end else date(int(value), 1, 1)
        return date.fromisoformat(value)
    except ValueError:
        raise _error(path, lineno, f"'{field_name}' must be a date YYYY-MM-DD, got '{value}'") from None


@dataclass
class _UserActor:
    line: int
    fields: dict[str, Any] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)
    target: Optional[Actor] = None


class _UserBuilder:
    def __init__(self, path: Path, base: Gazetteer):
        self.path = path
        self.base = base
        self.by_name: dict[str, list[Actor]] = {}
        for a in base.actors.values():
            self.by_name.setdefault(normalise(a.name), []).append(a)

    def _type(self, lineno: int, value: str) -> str:
        if not value:
            return ""
        for t in ACTOR_TYPES:
            if value.replace(" ", "").lower() == t.lower():
                return t
        if value.lower() in ("internationalorganization", "igo"):
            return "InternationalOrganisation"
        if value.lower() == "organization":
            return "Organisation"
        raise _error(self.path, lineno, f"unknown type '{value}' (expected one of: {', '.join(ACTOR_TYPES)})")

    def _country(self, lineno: int, value: str, known: dict[str, "_UserActor"]) -> str:
        if not value:
            return ""
        if re.fullmatch(r"[A-Za-z]{3}", value) and value.upper() in self.base.actors:
            return value.upper()
        for a in self.base.by_alias(value):
            if a.type == "Country":
                return a.id
        if re.fullmatch(r"[A-Z]{3}", value) and value in known:
            return value
        raise _error(self.path, lineno, f"unknown country '{value}' (use an ISO 3166-1 alpha-3 code such as TUR)")

    def build(self, rows: Sequence[tuple[int, dict[str, Any]]]) -> list[Actor]:
        pending: dict[str, _UserActor] = {}
        order: list[str] = []
        for lineno, row in rows:
            p, lno = self.path, lineno
            name = _as_str(p, lno, row.get("name"), "name")
            given_id = _as_str(p, lno, row.get("id"), "id")
            type_ = self._type(lno, _as_str(p, lno, row.get("type"), "type"))
            country = self._country(lno, _as_str(p, lno, row.get("country"), "country"), pending)
            if not name and not given_id:
                raise _error(p, lno, "missing 'name'")
            earlier = None if given_id else next(
                (i for i, u in pending.items() if normalise(u.fields.get("name", "")) == normalise(name)
                 and (not type_ or u.fields.get("type", type_) == type_ or
                      (u.target is not None and u.target.type == type_))), None)
            if earlier is not None:  # another row of an actor named earlier in the file
                target, actor_id = pending[earlier].target, earlier
            else:
                target = self._target(lno, given_id, name, type_)
                actor_id = given_id or (target.id if target else self._new_id(lno, name, type_, country))
            entry = pending.get(actor_id)
            if entry is None:
                entry = pending[actor_id] = _UserActor(line=lno, target=target)
                order.append(actor_id)
            f = entry.fields
            for key, value in (("name", name), ("type", type_), ("country", country),
                               ("code", _as_str(p, lno, row.get("code"), "code").upper()),
                               ("capital", _as_str(p, lno, row.get("capital"), "capital"))):
                if value and key not in f:
                    f[key] = value
            for key in ("aliases", "demonyms"):
                items = _as_list(p, lno, row.get(key), key)
                if items:
                    f.setdefault(key, [])
                    f[key] += [i for i in items if i not in f[key]]
            entry.roles += self._roles(lno, row)
            leader = self._leader(lno, row.get("leader"))
            if leader is not None:
                f.setdefault("leader", leader)
        return [self._finish(actor_id, pending[actor_id]) for actor_id in order]

    def _roles(self, lineno: int, row: dict[str, Any]) -> list[Role]:
        p = self.path
        out: list[Role] = []
        if row.get("roles") not in (None, "", []):
            roles = row["roles"]
            if not isinstance(roles, list) or not all(isinstance(r, dict) for r in roles):
                raise _error(p, lineno, "field 'roles' must be a list of {\"code\", \"from\", \"to\"} objects")
            for r in roles:
                code = _as_str(p, lineno, r.get("code"), "roles.code").upper()
                if not re.fullmatch(r"[A-Z0-9]{2,}", code):
                    raise _error(p, lineno, f"role code must be letters/digits such as TURGOV, got '{code}'")
                out.append(self._role(lineno, code, _as_str(p, lineno, r.get("from"), "roles.from"),
                                      _as_str(p, lineno, r.get("to"), "roles.to")))
        code = _as_str(p, lineno, row.get("role"), "role").upper()
        start = _as_str(p, lineno, row.get("from"), "from")
        end = _as_str(p, lineno, row.get("to"), "to")
        if code:
            if not re.fullmatch(r"[A-Z0-9]{2,}", code):
                raise _error(p, lineno, f"role code must be letters/digits such as TURGOV, got '{code}'")
            out.append(self._role(lineno, code, start, end))
        elif start or end:
            raise _error(p, lineno, "'from'/'to' given without a 'role'")
        return out

    def _leader(self, lineno: int, value: Any) -> Optional[bool]:
        """The ``leader`` cell: ``None`` when empty."""
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in LEADER_WORDS:
            return LEADER_WORDS[value.strip().lower()]
        raise _error(self.path, lineno, f"'leader' must be yes or no, got '{value}'")

    def _role(self, lineno: int, code: str, start: str, end: str) -> Role:
        s = _parse_user_date(self.path, lineno, start, "from", end=False)
        e = _parse_user_date(self.path, lineno, end, "to", end=True)
        if s and e and s > e:
            raise _error(self.path, lineno, f"'from' {s} is after 'to' {e}")
        return Role(code, s, e)

    def _target(self, lineno: int, given_id: str, name: str, type_: str) -> Optional[Actor]:
        if given_id:
            return self.base.actors.get(given_id)
        candidates = [a for a in self.by_name.get(normalise(name), []) if not type_ or a.type == type_]
        if len(candidates) > 1:
            ids = ", ".join(sorted(a.id for a in candidates)[:5])
            raise _error(self.path, lineno, f"name '{name}' matches several actors ({ids}): add a 'type' or an 'id'")
        return candidates[0] if candidates else None

    def _new_id(self, lineno: int, name: str, type_: str, country: str) -> str:
        if not type_:
            raise _error(self.path, lineno, f"'{name}' is not a known actor: give its 'type' "
                                            f"({', '.join(ACTOR_TYPES)})")
        if type_ == "Country":
            if not country:
                raise _error(self.path, lineno, f"new country '{name}' needs its ISO3 code in 'country'")
            return country
        return _ID_PREFIX[type_] + slugify(name)

    def _finish(self, actor_id: str, u: _UserActor) -> Actor:
        f = u.fields
        if f.get("leader") and (f.get("type") or (u.target.type if u.target else "")) != "Person":
            raise _error(self.path, u.line, f"'{f.get('name', actor_id)}': only a Person can be a 'leader'")
        if f.get("leader") and not (f.get("country") or (u.target.country if u.target else None)):
            raise _error(self.path, u.line, f"'{f.get('name', actor_id)}': a 'leader' needs the 'country' it leads")
        if u.target is not None:
            t = u.target
            return replace(
                t, name=f.get("name", t.name), type=f.get("type", t.type),
                country=f.get("country", t.country), code=f.get("code", t.code),
                aliases=tuple(f["aliases"]) if "aliases" in f else t.aliases,
                demonyms=tuple(f["demonyms"]) if "demonyms" in f else t.demonyms,
                capital=f.get("capital", t.capital),
                roles=tuple(u.roles) if u.roles else t.roles,
                ambiguous_aliases=t.ambiguous_aliases, source="user", leader=f.get("leader", t.leader),
            )
        type_ = f.get("type", "")
        if not type_:
            raise _error(self.path, u.line, f"'{f.get('name', actor_id)}' is not a known actor: give its 'type'")
        country = f.get("country") or (actor_id if type_ == "Country" else None)
        code = f.get("code") or (max(u.roles, key=lambda r: (r.end or date.max, r.start or date.min)).code
                                 if u.roles else (country if type_ == "Country" else None))
        return Actor(
            id=actor_id, name=f.get("name", actor_id), type=type_, country=country, code=code,
            aliases=tuple(f.get("aliases", ())), demonyms=tuple(f.get("demonyms", ())),
            capital=f.get("capital"), roles=tuple(u.roles), ambiguous_aliases=(), source="user",
            leader=f.get("leader", False),
        )
