"""Convert the Phoenix/PETRARCH actor and agent dictionaries into graphbuilder resources.

Run ``python -m graphbuilder.convert_actors /path/to/dictionaries`` to regenerate

* ``graphbuilder/resources/actors.jsonl.gz`` -- one JSON object per actor (countries,
  capitals and other places, persons, international organisations, armed groups,
  organisations), sorted by id, gzip with ``mtime=0`` so that a re-run is byte-identical;
* ``graphbuilder/resources/agents.json`` -- agent noun -> Phoenix sector code;
* ``graphbuilder/resources/LICENSE-phoenix.txt`` -- the dictionaries' MIT licence.

Inputs: ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``,
``Phoenix.MilNonState.actors.txt``, ``Phoenix.agents.txt`` and ``LICENSE`` from the
dictionary folder, ``pycountry`` (every ISO 3166-1 country) and the hand-curated
``resources/capitals.tsv``.  No network access.

Phoenix dictionary format (TABARI/PETRARCH): a line ``NAME_WITH_UNDERSCORES_ [CODE]``,
or a name followed by tab-indented ``[CODE YYMMDD-YYMMDD]`` lines, starts an actor;
``+SYNONYM`` lines add aliases; ``#`` starts a comment.  Dates are ``YYMMDD`` or
``YYYYMMDD``; ``>D`` means "from D", ``<D`` "until D".

The parser functions (``parse_*``) are pure: they read one file and return plain data.
``build_actor_records`` turns the parsed data into the JSON records; ``main`` writes them.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import json
import re
import shutil
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Sequence

from .gazetteer import normalise, slugify

RESOURCES = Path(__file__).resolve().parent / "resources"
ACTOR_FILES = {
    "countries": "Phoenix.Countries.actors.txt",
    "international": "Phoenix.International.actors.txt",
    "milnonstate": "Phoenix.MilNonState.actors.txt",
}
AGENTS_FILE = "Phoenix.agents.txt"
LICENSE_FILE = "LICENSE"

#: Two-digit years below this are 20xx, the others 19xx.  The README of the shared data
#: says "years >= 50 are 19xx", but the dictionaries (written 2014-15) contain no date in
#: 2016-2030 and many in the 1930s-40s (e.g. ``[USAGOV 330304-450412]``, Roosevelt), so
#: the pivot is 30: ``450412`` is 1945-04-12, not 2045.
YEAR_PIVOT = 30

ACTOR_TYPES = ("Country", "Person", "InternationalOrganisation", "ArmedGroup", "Organisation", "Place")

# --------------------------------------------------------------------------------------
# Parsed data
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RawRole:
    """One ``[CODE dates]`` restriction of a Phoenix actor.

    Attributes
    ----------
    code
        The CAMEO/Phoenix actor code, e.g. ``"TURGOV"``.
    start, end
        First and last day the code applies; ``None`` = open.
    """

    code: str
    start: Optional[date] = None
    end: Optional[date] = None

    @property
    def dated(self) -> bool:
        """True when the role has a start or an end date."""
        return self.start is not None or self.end is not None


@dataclass(frozen=True)
class RawActor:
    """One actor entry of a Phoenix ``.actors.txt`` file, as written.

    Attributes
    ----------
    name
        The entry's first line, underscores kept (``"RECEP_TAYYIP_ERDOGAN_"``).
    aliases
        The ``+SYNONYM`` lines (and chained name lines, see :func:`parse_actor_file`).
    roles
        The codes with their date restrictions, in file order.
    path
        File name the entry comes from.
    line
        1-based line number of the entry's first line.
    comment
        The comment of the first line (``"CountryInfo.txt"`` marks a person).
    heading, heading_line
        The last comment line of words before the entry (``"U.S. Secretaries of State"``), if
        any, and its line: the files head some lists of office holders so.
    null
        The entry's only code is ``[---]``: PETRARCH's null actor, a phrase that must code as
        nothing ("INDIAN_OCEAN  [---]" keeps "Indian" in "Indian Ocean" from coding India).
    """

    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[RawRole, ...] = ()
    path: str = ""
    line: int = 0
    comment: str = ""
    heading: str = ""
    heading_line: int = 0
    null: bool = False

    @property
    def from_countryinfo(self) -> bool:
        """True for entries generated from CountryInfo.txt (always persons)."""
        return "countryinfo" in self.comment.lower()


# --------------------------------------------------------------------------------------
# Dates and codes
# --------------------------------------------------------------------------------------

_CODE_RE = re.compile(r"[A-Z0-9~]{2,}")
#: PETRARCH's null code: the phrase is no actor.
_NULL_CODE = re.compile(r"\[\s*-+\s*\]\s*")
_BRACKET_RE = re.compile(r"\[([^\[\]]*)\]")


def parse_date(text: str, pivot: int = YEAR_PIVOT) -> date:
    """Parse a Phoenix date, ``YYMMDD`` or ``YYYYMMDD``.

    Parameters
    ----------
    text
        The digits.
    pivot
        Two-digit years below ``pivot`` are 20xx, the others 19xx.

    Returns
    -------
    datetime.date

    Raises
    ------
    ValueError
        Wrong number of digits or not a calendar date.

    Examples
    --------
    >>> parse_date("030314")
    datetime.date(2003, 3, 14)
    >>> parse_date("450412")
    datetime.date(1945, 4, 12)
    >>> parse_date("19270101")
    datetime.date(1927, 1, 1)
    """
    digits = text.strip()
    if not digits.isdigit() or len(digits) not in (6, 8):
        raise ValueError(f"not a YYMMDD or YYYYMMDD date: {text!r}")
    if len(digits) == 6:
        yy = int(digits[:2])
        year = 2000 + yy if yy < pivot else 1900 + yy
        month, day = int(digits[2:4]), int(digits[4:6])
    else:
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    return date(year, month, day)


def parse_role(text: str, warnings: Optional[list[str]] = None, where: str = "") -> Optional[RawRole]:
    """Parse the inside of one ``[...]`` code restriction.

    Parameters
    ----------
    text
        E.g. ``"TURGOV >030314"``, ``"IRQ <20030320"``, ``"TURELI 720101-021118"``, ``"USA"``.
    warnings
        Problems (bad date, bad code) are appended here; a bad date becomes ``None``.
    where
        ``file:line`` for the warnings.

    Returns
    -------
    RawRole or None
        ``None`` when the code itself is unusable (e.g. ``[---]``).

    Examples
    --------
    >>> parse_role("TURGOV >030314")
    RawRole(code='TURGOV', start=datetime.date(2003, 3, 14), end=None)
    >>> parse_role("EGYGOV > 140608").start
    datetime.date(2014, 6, 8)
    """
    warn = warnings.append if warnings is not None else (lambda _msg: None)
    parts = text.split()
    if not parts:
        warn(f"{where}: empty code []")
        return None
    code = parts[0].upper()
    if not _CODE_RE.fullmatch(code):
        warn(f"{where}: unusable code [{text.strip()}]")
        return None
    rest = "".join(parts[1:])

    def _date(s: str) -> Optional[date]:
        try:
            return parse_date(s)
        except ValueError:
            warn(f"{where}: bad date {s!r} in [{text.strip()}] (kept as open)")
            return None

    start = end = None
    if not rest:
        pass
    elif rest.startswith(">"):
        start = _date(rest[1:])
    elif rest.startswith("<"):
        end = _date(rest[1:])
    elif "-" in rest:
        a, b = rest.split("-", 1)
        start, end = _date(a), _date(b)
    else:  # a bare date: read as "from"
        start = _date(rest)
    if start is not None and end is not None and start > end:
        warn(f"{where}: start after end in [{text.strip()}] (swapped)")
        start, end = end, start
    return RawRole(code, start, end)


def parse_codes(text: str, warnings: Optional[list[str]] = None, where: str = "") -> list[RawRole]:
    """All ``[...]`` restrictions of a line, in order (see :func:`parse_role`)."""
    roles = []
    for m in _BRACKET_RE.finditer(text):
        role = parse_role(m.group(1), warnings, where)
        if role is not None:
            roles.append(role)
    return roles


# --------------------------------------------------------------------------------------
# Actor files
# --------------------------------------------------------------------------------------

_TOKEN_SPLIT = re.compile(r"[\s_\-.,'()/]+")
_WEAK_TOKENS = frozenset({
    "THE", "AND", "OF", "FOR", "AL", "EL", "DE", "LA", "LE", "BIN", "IBN", "ABU", "MR", "MRS",
    "DR", "SIR", "GENERAL", "PRESIDENT", "PRIME", "MINISTER", "SECRETARY", "LEADER", "FORMER",
})


def _significant_tokens(raw: str) -> set[str]:
    return {t for t in _TOKEN_SPLIT.split(raw.upper()) if len(t) >= 3 and t not in _WEAK_TOKENS}


class _Entry:
    """Mutable builder for a :class:`RawActor`."""

    def __init__(self, name: str, path: str, line: int, comment: str, heading: tuple[str, int] = ("", 0)):
        self.name = name
        self.heading = heading
        self.aliases: list[str] = []
        self.roles: list[RawRole] = []
        self.synonyms = 0  # "+" lines seen
        self.path = path
        self.line = line
        self.comment = comment
        self.null = False  # coded [---] and nothing else

    @property
    def bare(self) -> bool:
        """No codes and no ``+`` synonyms yet: the entry may still be a chain of names."""
        return not self.synonyms and not self.roles and not self.null

    def freeze(self) -> RawActor:
        return RawActor(self.name, tuple(self.aliases), tuple(self.roles), self.path, self.line, self.comment,
                        *self.heading, null=self.null and not self.roles)


#: Headings of lists of office holders other than heads of state or government.
_OFFICE_HEADING = re.compile(r"\b(?:vice|secretar|attorneys?|chiefs?|advis|ambassadors?|representatives?|directors?"
                             r"|justices?|reserve|board|minister of|ministers of)", re.I)
#: The comment of an entry that describes a person by a post ("founder of ...", "executive
#: officer of the Indian Red Cross"), whatever the code says.
_PERSON_COMMENT = re.compile(
    r"\s*(?:the\s+|an?\s+)?(?:co-?)?(?:founder|executive officer|officer|director|chairman|chairwoman"
    r"|president|spokes(?:man|woman|person)|secretary[- ]general|general secretary|chief executive)\s+of\b", re.I)

#: A comment line that heads what follows ("# Prime Ministers"), not a commented-out entry
#: ("# ROBERTO_GONZALEZ_", "#\t[GTMGOVBUS ...]").
_HEADING = re.compile(r"[A-Za-z][^_\[\]]*")


def parse_actor_file(path: Path | str, warnings: Optional[list[str]] = None) -> Iterator[RawActor]:
    """Read a Phoenix ``.actors.txt`` file.

    Parameters
    ----------
    path
        The dictionary file (UTF-8).
    warnings
        Problems met while parsing are appended here (``file:line: message``).

    Yields
    ------
    RawActor
        In file order.

    Notes
    -----
    Besides the documented format the files contain a few chains of name lines without
    codes directly followed by one another and then by the codes (``LEONID_BREZHNEV_`` /
    ``LEONID_ILYICH_BREZHNEV`` / ``SECRETARY_BREZHNEV`` / ``\\t[RUSGOV ...]``).  PETRARCH
    would give all but the last of them no code.  Here a chained line that shares a word
    with the entry becomes an alias of it; one that shares none (several distinct groups
    listed one after the other) becomes its own actor that receives the codes of the
    entry that follows it.  A blank line ends a chain.  ``+A+B`` lines give two aliases.
    """
    path = Path(path)
    fname = path.name
    warn = warnings.append if warnings is not None else (lambda _msg: None)
    current: Optional[_Entry] = None
    pending: list[_Entry] = []  # chained bare entries waiting for codes
    blank_since_current = False
    heading = ("", 0)

    def flush() -> Iterator[RawActor]:
        nonlocal current, pending
        if current is not None:
            for p in pending:
                if not p.roles:
                    p.roles = list(current.roles)
                yield p.freeze()
            yield current.freeze()
        else:
            for p in pending:
                yield p.freeze()
        current, pending = None, []

    with path.open(encoding="utf-8-sig") as fh:
        for lineno, raw_line in enumerate(fh, 1):
            line = raw_line.rstrip("\n\r")
            content, _, comment = line.partition("#")
            stripped = content.strip()
            where = f"{fname}:{lineno}"
            if not stripped:
                if not line.strip():
                    blank_since_current = True
                elif _HEADING.fullmatch(comment.strip()):
                    heading = (comment.strip(), lineno)
                continue
            if stripped.startswith("+"):
                if current is None:
                    warn(f"{where}: synonym outside an actor entry ignored: {stripped!r}")
                    continue
                head, _, tail = stripped.partition("[")
                current.synonyms += 1
                for syn in head.split("+"):
                    syn = syn.strip()
                    if syn:
                        current.aliases.append(syn)
                if tail:
                    current.roles.extend(parse_codes("[" + tail, warnings, where))
                continue
            if stripped.startswith("["):
                if current is None:
                    warn(f"{where}: code outside an actor entry ignored: {stripped!r}")
                    continue
                current.roles.extend(parse_codes(stripped, warnings, where))
                current.null = current.null or _NULL_CODE.fullmatch(stripped) is not None
                continue
            # a new base name line
            head, bracket, tail = stripped.partition("[")
            name = next((piece.strip() for piece in head.split("\t") if piece.strip()), "")
            roles = parse_codes(bracket + tail, warnings, where) if bracket else []
            extra_names: list[str] = []
            if "+" in name:  # two names run together: "A_+B_"
                name, *extra_names = [n.strip() for n in name.split("+") if n.strip()] or [""]
            if not name:
                warn(f"{where}: line without a name ignored: {stripped!r}")
                continue
            if current is not None and current.bare and not blank_since_current:
                chain_tokens = _significant_tokens(current.name)
                for a in current.aliases:
                    chain_tokens |= _significant_tokens(a)
                if chain_tokens & _significant_tokens(name):
                    current.aliases.append(name)
                    current.roles.extend(roles)
                    continue
                pending.append(current)
                current = _Entry(name, fname, lineno, comment.strip(), heading)
                current.roles.extend(roles)
                continue
            yield from flush()
            current = _Entry(name, fname, lineno, comment.strip(), heading)
            current.roles.extend(roles)
            # "INDIAN_OCEAN  [---]": a null actor, never a chain waiting for the next entry's codes.
            current.null = bool(bracket) and _NULL_CODE.fullmatch(bracket + tail) is not None
            current.aliases.extend(extra_names)
            current.synonyms += len(extra_names)
            blank_since_current = False
    yield from flush()


# --------------------------------------------------------------------------------------
# Agents file
# --------------------------------------------------------------------------------------

#: Agent nouns the recogniser relies on; they win over the dictionary (which codes
#: ``MILITANT`` as ``UAF`` and has no bare ``MINISTER``/``OFFICIAL``/``FORCES``).
AGENT_OVERRIDES = {
    "troop": "MIL", "troops": "MIL", "soldier": "MIL", "soldiers": "MIL", "force": "MIL",
    "forces": "MIL", "military": "MIL", "militaries": "MIL", "army": "MIL", "armies": "MIL",
    "navy": "MIL", "navies": "MIL", "air force": "MIL", "air forces": "MIL",
    "armed forces": "MIL", "government": "GOV", "governments": "GOV", "ministry": "GOV",
    "ministries": "GOV", "minister": "GOV", "ministers": "GOV", "president": "GOV",
    "presidents": "GOV", "official": "GOV", "officials": "GOV", "rebel": "REB",
    "rebels": "REB", "militant": "REB", "militants": "REB", "insurgent": "REB",
    "insurgents": "REB", "police": "COP", "policeman": "COP", "policemen": "COP",
}

_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "person": "people", "child": "children"}


def _plural(word: str) -> str:
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith("man") and len(word) > 3:
        return word[:-3] + "men"
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def _agent_text(raw: str) -> str:
    return re.sub(r"\s+", " ", raw.replace("_", " ")).strip().lower()


def parse_agents_file(path: Path | str, warnings: Optional[list[str]] = None) -> dict[str, str]:
    """Read ``Phoenix.agents.txt`` into agent noun -> sector code.

    Parameters
    ----------
    path
        The agents dictionary.
    warnings
        Conflicting duplicate nouns are reported here (the first one wins).

    Returns
    -------
    dict
        Lower-case noun phrase (singular, and the regular or listed plural) -> code
        without the ``~`` (``"soldier": "MIL"``, ``"foreign ministers": "GOV"``,
        ``"peacekeeping troops": "IGO"``).  Substitution sets (``!PERSON!``) are expanded.
        :data:`AGENT_OVERRIDES` is *not* applied here (see :func:`build_agents`).
    """
    path = Path(path)
    warn = warnings.append if warnings is not None else (lambda _msg: None)
    sets: dict[str, list[str]] = {}
    out: dict[str, str] = {}

    def add(key: str, code: str, where: str) -> None:
        if not key:
            return
        if key in out and out[key] != code:
            warn(f"{where}: agent {key!r} coded {code} here and {out[key]} before (kept {out[key]})")
            return
        out.setdefault(key, code)

    with path.open(encoding="utf-8-sig") as fh:
        for lineno, line in enumerate(fh, 1):
            content = line.split("#", 1)[0].strip()
            where = f"{path.name}:{lineno}"
            if not content:
                continue
            m = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", content)
            if m:
                sets[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
                continue
            m = re.fullmatch(r"(.+?)\s*(\{[^}]*\})?\s*\[([A-Z~]+)\]", content)
            if not m:
                continue  # lines without a code (a handful) carry no information
            phrase, plural_spec, code = m.group(1), m.group(2), m.group(3).replace("~", "")
            if not code:
                continue
            variants = [phrase]
            used_set = False
            for name, words in sets.items():
                if name in phrase:
                    used_set = True
                    variants = [v.replace(name, w) for v in variants for w in words]
            for v in variants:
                text = _agent_text(v)
                add(text, code, where)
                if plural_spec is not None:
                    for p in plural_spec.strip("{}").split(","):
                        add(_agent_text(p), code, where)
                elif not used_set and text and not text.endswith("."):
                    words = text.split(" ")
                    words[-1] = _plural(words[-1])
                    add(" ".join(words), code, where)
    return out


def build_agents(parsed: dict[str, str]) -> dict[str, str]:
    """Dictionary agents plus :data:`AGENT_OVERRIDES`, sorted by noun."""
    merged = dict(parsed)
    merged.update(AGENT_OVERRIDES)
    return dict(sorted(merged.items()))


# --------------------------------------------------------------------------------------
# Text: cleaning, natural case, titles
# --------------------------------------------------------------------------------------

KNOWN_ACRONYMS = frozenset("""
UN UNSC UNGA UNDP UNHCR UNICEF UNESCO UNRWA UNIFIL UNAMA UNAMI UNMIS UNMISS MONUC MONUSCO
UNOCI UNFPA UNEP UNIDO UNCTAD UNAIDS UNWRA OHCHR OCHA DPKO WFP WHO WTO ILO IMF IAEA ICJ
ICC ICRC IFRC OPEC OPCW OSCE OAS OAU OIC GCC ASEAN APEC SAARC ECOWAS SADC IGAD AU EU EC
ECB EIB NATO SEATO CENTO CIS CSTO SCO BRICS NAFTA MERCOSUR G7 G8 G20 IPCC NGO NGOS US USA
UK UAE USSR PRC ROC ROK DPRK DRC CAR KSA CIA FBI NSA NSC DEA DOD DOJ EPA FEMA NASA USAID
CENTCOM AFRICOM EUCOM PACOM SOCOM MI5 MI6 GCHQ FSB KGB SVR GRU MOSSAD ISI RAW SAVAK PLO PLA
PLF PFLP DFLP PKK PYD YPG YPJ SDF FSA KRG KDP PUK PJAK ISIS ISIL AQI AQAP AQIM IRA ETA FARC
ELN ANC LTTE MILF MNLF NPA BBC CNN AP AFP UPI NHK RT TASS ITAR IRNA KCNA SANA AKP CHP MHP HDP
DTP BDP SPLM SPLA RUF ULFA NDFB HUJI JEM LET TTP ASG JI NLD ZANU PF MDC PAIGC FRELIMO
RENAMO UNITA MPLA SWAPO ECOMOG AMISOM UNAMID EULEX KFOR SFOR IFOR ISAF
""".split())

_LOWER_PARTICLES = frozenset({
    "al", "el", "bin", "ibn", "bint", "de", "da", "das", "dos", "do", "du", "des", "van", "von",
    "der", "den", "di", "la", "le", "y", "of", "the", "and", "for", "in", "on", "at", "to",
    "a", "an", "ul", "ud", "e", "wa", "fi", "und", "et", "del", "degli",
})
_ROMAN = re.compile(r"(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,3}I{0,3})")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,4}[A-Z]?\.?|[A-Z]\.?")
_VOWELS = set("AEIOUY")


def clean_raw(raw: str) -> str:
    """Phoenix spelling -> plain text: underscores become spaces, whitespace collapses.

    Examples
    --------
    >>> clean_raw("RECEP_TAYYIP_ERDOGAN_ ")
    'RECEP TAYYIP ERDOGAN'
    >>> clean_raw("SHEIKH `ISA_IBN_SULMAN")
    "SHEIKH 'ISA IBN SULMAN"
    """
    text = "".join(c for c in raw if unicodedata.category(c) != "Cc" or c == "\t")
    text = text.replace("_", " ").replace("`", "'").replace("\u2019", "'").replace("\t", " ")
    text = re.sub(r"\"[^\"]*\"", " ", text)  # quoted nicknames: "NANDO"
    text = text.replace('"', " ")
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s*,\s*", ", ", text).strip(" ,;:-")
    return text


def split_parenthetical(text: str) -> tuple[str, list[str]]:
    """Remove ``(...)`` parts, returning the rest and the parenthesised texts.

    Examples
    --------
    >>> split_parenthetical("ANIMAL LIBERATION FRONT (ALF)")
    ('ANIMAL LIBERATION FRONT', ['ALF'])
    >>> split_parenthetical("STANKO TODOROV (ACTING")
    ('STANKO TODOROV', ['ACTING'])
    """
    inner = re.findall(r"\(([^()]*)\)?", text)
    rest = re.sub(r"\([^()]*\)?", " ", text)
    rest = re.sub(r"\s+", " ", rest).strip(" ,")
    return rest, [i.strip() for i in inner if i.strip()]


def _cap(part: str) -> str:
    if not part:
        return part
    low = part.lower().replace("i\u0307", "i")
    return part[0] + low[1:] if part[0].isalpha() else low[:1].upper() + low[1:]


def _case_word(word: str, index: int, kind: str, single: bool) -> str:
    if not word:
        return word
    if any(c.islower() for c in word):  # already mixed case in the source ("UN_Secy_Gen")
        return word
    org = kind == "org"
    letters = re.sub(r"[^A-Z]", "", word)
    if _INITIALS.fullmatch(word) and (len(letters) > 1 or word.endswith(".") or len(word) == 1):
        return word
    if index > 0 and _ROMAN.fullmatch(word) and kind == "person":
        return word
    bare = word.strip(".,")
    if bare in KNOWN_ACRONYMS and (org or (single and kind == "place")):
        return word
    abbreviation = word.endswith(".") and len(letters) <= 4
    if org and word.isalpha() and not abbreviation and (
        (len(letters) >= 2 and not (_VOWELS & set(letters)))
        or (single and len(letters) <= 4)
        or (single and len(letters) <= 6 and re.search(r"[^AEIOUY]{3}", letters)
            and not re.search(r"(STR|SCH|CHR|NGS|NTS|RST|NDS|RTH)", letters))
    ):
        return word
    low = word.lower()
    if index > 0 and low in _LOWER_PARTICLES:
        return low
    if "-" in word:
        parts = word.split("-")
        out = []
        for j, p in enumerate(parts):
            if j == 0 and index > 0 and p.lower() in ("al", "el", "ad", "as", "ash", "at", "az", "an", "ar"):
                out.append(p.lower())
            else:
                out.append(_case_word(p, 1 if j else index, kind, False) if p else p)
        joined = "-".join(out)
        return joined[:1].upper() + joined[1:] if index == 0 else joined
    if "'" in word:
        head, _, tail = word.partition("'")
        if len(head) == 1 and tail:
            return head.upper() + "'" + _cap(tail)
        return _cap(head) + "'" + tail.lower()
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + _cap(word[2:])
    return _cap(word)


def natural_case(text: str, org: bool = False, kind: Optional[str] = None) -> str:
    """ALL-CAPS dictionary text -> natural case.

    Parameters
    ----------
    text
        Cleaned text (see :func:`clean_raw`).
    org
        Organisation names keep acronyms (``NATO``, ``PKK``, ``UNHCR``) upper case.
    kind
        ``"org"``, ``"person"`` (only initials and regnal numbers stay upper case) or
        ``"place"``; default ``"org"`` if ``org`` else ``"person"``.

    Examples
    --------
    >>> natural_case("TURKISH REPUBLIC")
    'Turkish Republic'
    >>> natural_case("BASHAR AL-ASSAD")
    'Bashar al-Assad'
    >>> natural_case("U.S. AGENCY FOR INTERNATIONAL DEVELOPMENT", org=True)
    'U.S. Agency for International Development'
    >>> natural_case("BRENDAN O'CONNOR")
    "Brendan O'Connor"
    """
    kind = kind or ("org" if org else "person")
    words = text.split(" ")
    single = len(words) == 1
    return " ".join(_case_word(w, i, kind, single) for i, w in enumerate(words))


# Titles stripped from person names ("PRIME_MINISTER_RECEP_ERDOGAN" -> "Recep Erdogan").
TITLE_WORDS = frozenset("""
PRESIDENT PRESIDENTS VICE PRIME MINISTER PREMIER CHANCELLOR SECRETARY SECRETARY-GENERAL
SECY LEADER CHIEF DIRECTOR KING QUEEN PRINCE PRINCESS CROWN EMIR SHEIKH SHEIK SHAIKH SHAYKH
SHEIKHA MR MR. MRS MRS. MS MS. DR DR. SIR DAME LORD LADY BARON BARONESS GEN GEN. GENERAL
COL COL. COLONEL MARSHAL ADMIRAL ADM. LT LT. LIEUTENANT CAPT CAPT. CAPTAIN SENATOR SEN.
CONGRESSMAN CONGRESSWOMAN REPRESENTATIVE REP. GOVERNOR GOV. AMBASSADOR ENVOY SPOKESMAN
SPOKESWOMAN AYATOLLAH HOJATOLISLAM HOJATOLESLAM HOJJATOLESLAM FORMER EX EX-PRESIDENT MAYOR
SPEAKER CHAIRMAN CHAIRWOMAN COMMANDER DEPUTY ACTING JUDGE MAJESTY HIGHNESS EXCELLENCY
REFORMER SAYYID SAYYED SEYYED SAYED SECRETARY-GENERAL SECRETARY_GENERAL PRESIDENT-ELECT
DICTATOR STRONGMAN SAMDECH
""".split())
_NAME_STOPWORDS = frozenset({"OF", "FOR", "AND", "THE", "TO", "IN", "ON", "&"})
_NAME_PARTICLES = frozenset({"AL", "EL", "ABD", "ABDUL", "ABDEL", "ABU", "BIN", "IBN", "BINT"})
#: Very common (mostly Arabic) given names: a name containing one is a person's.
COMMON_GIVEN_NAMES = frozenset("""
MOHAMMAD MOHAMMED MOHAMED MUHAMMAD MUHAMMED MOHAMAD AHMED AHMAD ALI HASSAN HASAN HUSSEIN
HUSSAIN HUSAYN ABDUL ABDEL ABDULLAH ABDALLAH OMAR UMAR KHALED KHALID MAHMOUD MAHMUD MUSTAFA
MUSTAPHA IBRAHIM YUSUF YOUSEF YOUSSEF ISMAIL SAID SAEED SALEH SALIH HAMID HAMAD FAISAL
JAMAL KAMAL NASSER NASIR RASHID TARIQ WALID ZIAD ZAID ZAYD AYMAN OSAMA USAMA ANWAR HAITHAM
MAHER MAHIR MONER MUNIR HUTHAIFA HUDHAIFA
""".split())
_GROUP_CONCEPTS = frozenset("""
JIHAD TAWHID SHAM ISLAM ISLAMI ISLAMIYA ISLAMIYYA ISLAMIYAH QAEDA QAIDA AQSA QUDS NUSRA
ANSAR MUJAHIDEEN MUJAHIDIN SHABAAB SHABAB DAWLA JAMAAT JAMA'AT HARAKAT TANZIM TANZEEM
KATAIB KATAEB LIWA JAYSH JAISH SARAYA SARAYAT FURQAN HAQ HAQQ HIZB UMMAH
""".split())
#: Words that make a name an organisation, an office or a collective, not a person.
ORG_WORDS = frozenset("""
ARMY ARMIES FORCE FORCES PARTY COUNCIL MINISTRY DEPARTMENT COMMITTEE ASSEMBLY AGENCY OFFICE
SERVICE SERVICES COURT UNION ORGANIZATION ORGANISATION FRONT MOVEMENT BRIGADE BRIGADES GROUP
GROUPS NATIONAL COMMISSION BANK FUND CORPORATION CORP CORP. INC INC. COMPANY CO. ASSOCIATION
INSTITUTE SOCIETY FOUNDATION ALLIANCE LEAGUE GOVERNMENT POLICE GUARD GUARDS NAVY CENTER CENTRE
UNIVERSITY NETWORK INTERNATIONAL WORLD PROGRAM PROGRAMME PROJECT MISSION TIMES NEWS PRESS POST
RADIO TV TELEVISION JOURNAL BROADCASTING HOLDINGS SYSTEMS INDUSTRIES LTD LIMITED PLC LLC GMBH
BATTALION REGIMENT CORPS MILITIA MILITIAS COMMAND LIBERATION REVOLUTIONARY ISLAMIC JIHAD
MARTYRS CELLS CELL COMMANDOS RESISTANCE ARMED PEOPLE PEOPLES PEOPLE'S CONGRESS PARLIAMENT
SENATE HOUSE CABINET REGIME ADMINISTRATION AUTHORITY AUTHORITIES BUREAU DIRECTORATE FEDERATION
REPUBLIC KINGDOM STATE STATES EMBASSY DELEGATION COALITION TRIBUNAL CHAMBER BOARD COUNCIL
NATIONS UNITED EUROPEAN AFRICAN ARAB GOVT OFFICIALS SUPPORTERS FOLLOWERS LOYALISTS FAMILY CLAN
TRIBE REBELS FIGHTERS MILITANTS ADMINISTRATION CAMP CAMPAIGN FACTION WING BLOC UNIT UNITS
COMMUNITY AFFAIRS MINISTERS SECURITY INTELLIGENCE DEFENSE DEFENCE POLITBURO ACADEMY SCHOOL
HOSPITAL AIRLINES AIRWAYS ENERGY OIL PETROLEUM GAS MOTORS ELECTRIC TELECOM FOODS BANCORP
FELLOWSHIP WORLDWIDE SOLIDARITY RELIEF TEAM TRUST MOVEMENT INITIATIVE CAMPAIGN
""".split())
_GIVEN_NAME_STOP = frozenset({"AL", "EL", "THE", "NEW", "SAINT", "SAN", "ST", "ST.", "ABU", "BIN", "IBN", "DE", "LA", "LE", "DA", "VAN", "VON"})


def strip_titles(text: str, given_names: frozenset[str] | set[str] = frozenset()) -> Optional[str]:
    """Remove leading titles and offices from a person name.

    Parameters
    ----------
    text
        Cleaned upper-case text (``"PRIME MINISTER RECEP ERDOGAN"``).
    given_names
        Known given names: a title word preceded by one (``ABDI AZIZ SHEIKH YUSUF``) is
        part of the name and is not cut.

    Returns
    -------
    str or None
        The name without the titles; the text unchanged if it has none; ``None`` when
        a title is present but cannot be cut off cleanly (``"SECRETARY OF STATE JOHN
        KERRY"``) -- such an alias is dropped.

    Examples
    --------
    >>> strip_titles("PRIME MINISTER RECEP ERDOGAN")
    'RECEP ERDOGAN'
    >>> strip_titles("UNITED NATIONS SECRETARY GENERAL BAN KI-MOON")
    'BAN KI-MOON'
    >>> strip_titles("PRESIDENT OF THE RUSSIAN FEDERATED REPUBLIC, BORIS N. YELTSIN")
    'BORIS N. YELTSIN'
    >>> strip_titles("RECEP TAYYIP ERDOGAN")
    'RECEP TAYYIP ERDOGAN'
    """
    if "," in text:
        head, _, tail = text.rpartition(",")
        if any(w in TITLE_WORDS for w in head.split()):
            text = tail.strip()
    words = text.split()
    last_title = -1
    for i, w in enumerate(words[:-1]):
        if any(p in given_names or p in _NAME_PARTICLES for p in words[:i]):
            break
        if w in TITLE_WORDS or w.startswith("EX-") or w.startswith("FORMER-"):
            last_title = i
    if last_title < 0:
        return text
    rest = words[last_title + 1:]
    if not rest or rest[0] in _NAME_STOPWORDS:
        return None
    return " ".join(rest)


_JUNK_ALIASES = frozenset(normalise(x) for x in (
    "THE GRAVEYARD OF EMPIRES", "YANKEE LAND", "YANKEELAND", "AMERICALAND", "U,S,",
    "UNITEDSTATIAN", "GEANLAEHT RICU AMERICAN", "HEART OF DIXIE", "ATHENS ON THE KAW",
    "STATE COLLEGE", "LAWRENCE",
))
_COLLECTIVE_WORDS = frozenset({
    "LINKED", "AFFILIATED", "OFFSHOOT", "OPERATIVES", "SUPPORTERS", "LOYALISTS", "MEMBERS",
    "FOLLOWERS", "SYMPATHIZERS", "SYMPATHISERS",
})


def is_junk_alias(text: str) -> bool:
    """True for aliases not worth keeping: < 2 characters, punctuation, known jokes.

    Examples
    --------
    >>> is_junk_alias("THE GRAVEYARD OF EMPIRES"), is_junk_alias("U.S."), is_junk_alias("-")
    (True, False, True)
    """
    key = normalise(text)
    letters = re.sub(r"[\W_]", "", text)
    if len(key.replace(" ", "")) < 2 or len(letters) < 2:
        return True
    if key in _JUNK_ALIASES:
        return True
    if re.search(r"[:$%@]|\d{4,}", text):
        return True
    return False


def strip_the(text: str) -> str:
    """Drop a leading "THE" unless what remains is a single ordinary word ("THE HAGUE").

    Examples
    --------
    >>> strip_the("THE UNITED STATES"), strip_the("THE US"), strip_the("THE HAGUE")
    ('UNITED STATES', 'US', 'THE HAGUE')
    """
    m = re.match(r"(?i)the\s+(.+)", text)
    if not m:
        return text
    rest = m.group(1)
    if " " in rest or rest.strip(".").upper() in KNOWN_ACRONYMS or "." in rest:
        return rest
    return text


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------

#: Common English names where pycountry's differ ("Türkiye", "Korea, Republic of").
COUNTRY_NAMES = {
    "TUR": "Turkey", "RUS": "Russia", "IRN": "Iran", "KOR": "South Korea", "PRK": "North Korea",
    "SYR": "Syria", "VNM": "Vietnam", "PSE": "Palestine", "TWN": "Taiwan", "BOL": "Bolivia",
    "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo",
    "VAT": "Vatican City", "FSM": "Micronesia", "LAO": "Laos", "TZA": "Tanzania",
    "MDA": "Moldova", "VEN": "Venezuela", "BRN": "Brunei", "CZE": "Czech Republic",
    "CPV": "Cape Verde", "USA": "United States", "GBR": "United Kingdom",
    "VGB": "British Virgin Islands", "VIR": "U.S. Virgin Islands", "FLK": "Falkland Islands",
    "SXM": "Sint Maarten", "MAF": "Saint Martin", "MAC": "Macau", "XKX": "Kosovo",
    "SUN": "Soviet Union", "DDR": "East Germany", "CSK": "Czechoslovakia", "YUG": "Yugoslavia",
    "ANT": "Netherlands Antilles", "SCG": "Serbia and Montenegro", "BUR": "Burma",
    "ZAR": "Zaire",
}

#: Short forms newswire uses that the sources may lack (hand-curated).
CURATED_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "USA": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the United States"),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "RUS": ("Russia", "Russian Federation"),
    "IRN": ("Iran", "Islamic Republic of Iran"),
    "KOR": ("South Korea", "Republic of Korea", "ROK", "S. Korea"),
    "PRK": ("North Korea", "DPRK", "N. Korea", "Democratic People's Republic of Korea"),
    "SYR": ("Syria", "Syrian Arab Republic"),
    "VNM": ("Vietnam", "Viet Nam"),
    "PSE": ("Palestine", "State of Palestine", "Palestinian territories", "Palestinian Territories"),
    "TWN": ("Taiwan", "Republic of China", "ROC"),
    "TUR": ("Turkey", "Türkiye", "Turkiye", "Republic of Turkey"),
    "CHN": ("China", "PRC", "People's Republic of China", "mainland China"),
    "COD": ("DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa"),
    "COG": ("Congo-Brazzaville", "Republic of Congo"),
    "CIV": ("Ivory Coast", "Cote d'Ivoire"),
    "MMR": ("Myanmar", "Burma"),
    "NLD": ("Netherlands", "Holland", "the Netherlands"),
    "CZE": ("Czech Republic", "Czechia"),
    "MKD": ("North Macedonia", "Macedonia"),
    "SWZ": ("Eswatini", "Swaziland"),
    "CPV": ("Cape Verde", "Cabo Verde"),
    "TLS": ("East Timor", "Timor-Leste"),
    "VAT": ("Vatican", "Holy See", "Vatican City"),
    "ARE": ("UAE", "U.A.E.", "United Arab Emirates", "Emirates"),
    "SAU": ("Saudi Arabia", "KSA", "Kingdom of Saudi Arabia"),
    "LAO": ("Laos",), "BOL": ("Bolivia",), "VEN": ("Venezuela",), "TZA": ("Tanzania",),
    "MDA": ("Moldova",), "FSM": ("Micronesia",), "BRN": ("Brunei",), "LBY": ("Libya",),
    "DEU": ("Germany", "Federal Republic of Germany"), "FRA": ("France",),
    "IRQ": ("Iraq",), "AFG": ("Afghanistan",), "ISR": ("Israel",), "EGY": ("Egypt",),
    "UKR": ("Ukraine",), "PAK": ("Pakistan",), "IND": ("India",), "JPN": ("Japan",),
    "BIH": ("Bosnia", "Bosnia-Herzegovina"), "GMB": ("The Gambia",), "BHS": ("The Bahamas",),
    "XKX": ("Kosovo", "Republic of Kosovo"), "SUN": ("USSR", "Soviet Union"),
    "DDR": ("GDR", "German Democratic Republic"), "YUG": ("Yugoslavia",),
    "CSK": ("Czechoslovakia",), "KNA": ("St. Kitts and Nevis",), "LCA": ("St. Lucia",),
    "VCT": ("St. Vincent and the Grenadines",), "STP": ("Sao Tome and Principe",),
}

#: Adjectives and nationality nouns (hand-curated); regular plurals are added.
_DEMONYM_TABLE = """
AFG: Afghan | ALB: Albanian | DZA: Algerian | AND: Andorran | AGO: Angolan
ATG: Antiguan, Barbudan | ARG: Argentine, Argentinian | ARM: Armenian | AUS: Australian
AUT: Austrian | AZE: Azerbaijani, Azeri | BHS: Bahamian | BHR: Bahraini | BGD: Bangladeshi
BRB: Barbadian | BLR: Belarusian, Belarussian | BEL: Belgian | BLZ: Belizean | BEN: Beninese
BTN: Bhutanese | BOL: Bolivian | BIH: Bosnian | BWA: Botswanan | BRA: Brazilian
BRN: Bruneian | BGR: Bulgarian | BFA: Burkinabe | BDI: Burundian | CPV: Cape Verdean
KHM: Cambodian | CMR: Cameroonian | CAN: Canadian | CAF: Central African | TCD: Chadian
CHL: Chilean | CHN: Chinese | COL: Colombian | COM: Comoran, Comorian | CRI: Costa Rican
CIV: Ivorian | HRV: Croatian, Croat | CUB: Cuban | CYP: Cypriot | CZE: Czech
DNK: Danish, Dane | DJI: Djiboutian | DOM: Dominican | ECU: Ecuadorian | EGY: Egyptian
SLV: Salvadoran, Salvadorean | GNQ: Equatorial Guinean, Equatoguinean | ERI: Eritrean
EST: Estonian | SWZ: Swazi | ETH: Ethiopian | FJI: Fijian | FIN: Finnish, Finn | FRA: French
GAB: Gabonese | GMB: Gambian | GEO: Georgian | DEU: German | GHA: Ghanaian | GRC: Greek
GRD: Grenadian | GTM: Guatemalan | GIN: Guinean | GNB: Bissau-Guinean | GUY: Guyanese
HTI: Haitian | HND: Honduran | HUN: Hungarian | ISL: Icelandic, Icelander | IND: Indian
IDN: Indonesian | IRN: Iranian | IRQ: Iraqi | IRL: Irish | ISR: Israeli | ITA: Italian
JAM: Jamaican | JPN: Japanese | JOR: Jordanian | KAZ: Kazakh, Kazakhstani | KEN: Kenyan
KIR: I-Kiribati | PRK: North Korean | KOR: South Korean | KWT: Kuwaiti
KGZ: Kyrgyz, Kyrgyzstani | LAO: Laotian | LVA: Latvian | LBN: Lebanese | LSO: Basotho
LBR: Liberian | LBY: Libyan | LIE: Liechtensteiner | LTU: Lithuanian
LUX: Luxembourgish, Luxembourger | MDG: Malagasy | MWI: Malawian | MYS: Malaysian
MDV: Maldivian | MLI: Malian | MLT: Maltese | MHL: Marshallese | MRT: Mauritanian
MUS: Mauritian | MEX: Mexican | FSM: Micronesian | MDA: Moldovan | MCO: Monegasque
MNG: Mongolian | MNE: Montenegrin | MAR: Moroccan | MOZ: Mozambican | MMR: Burmese
NAM: Namibian | NRU: Nauruan | NPL: Nepalese, Nepali | NLD: Dutch | NZL: New Zealander
NIC: Nicaraguan | NER: Nigerien | NGA: Nigerian | MKD: Macedonian, North Macedonian
NOR: Norwegian | OMN: Omani | PAK: Pakistani | PLW: Palauan | PAN: Panamanian
PNG: Papua New Guinean | PRY: Paraguayan | PER: Peruvian | PHL: Filipino, Philippine
POL: Polish, Pole | PRT: Portuguese | QAT: Qatari | ROU: Romanian | RUS: Russian
RWA: Rwandan | KNA: Kittitian, Nevisian | LCA: Saint Lucian | VCT: Vincentian | WSM: Samoan
SMR: Sammarinese | STP: Santomean | SAU: Saudi, Saudi Arabian | SEN: Senegalese
SRB: Serbian, Serb | SYC: Seychellois | SLE: Sierra Leonean | SGP: Singaporean
SVK: Slovak, Slovakian | SVN: Slovenian, Slovene | SLB: Solomon Islander | SOM: Somali
ZAF: South African | SSD: South Sudanese | ESP: Spanish, Spaniard | LKA: Sri Lankan
SDN: Sudanese | SUR: Surinamese | SWE: Swedish, Swede | CHE: Swiss | SYR: Syrian
TJK: Tajik, Tajikistani | TZA: Tanzanian | THA: Thai | TLS: Timorese, East Timorese
TGO: Togolese | TON: Tongan | TTO: Trinidadian, Tobagonian | TUN: Tunisian
TUR: Turkish, Turk | TKM: Turkmen | TUV: Tuvaluan | UGA: Ugandan | UKR: Ukrainian
ARE: Emirati | GBR: British, Briton, Brit | USA: American | URY: Uruguayan
UZB: Uzbek, Uzbekistani | VUT: Ni-Vanuatu | VEN: Venezuelan | VNM: Vietnamese | YEM: Yemeni
ZMB: Zambian | ZWE: Zimbabwean | PSE: Palestinian | TWN: Taiwanese | XKX: Kosovar, Kosovan
SUN: Soviet | HKG: Hongkonger | PRI: Puerto Rican | GRL: Greenlandic, Greenlander
"""

#: Nationality-like words that do not name one state ("Kurdish" is not a country).
NON_COUNTRY_DEMONYMS = frozenset(normalise(w) for w in """
Kurdish Kurd Kurds Arab Arabs Arabic Arabian European Europeans African Africans Asian Asians
Latin Muslim Muslims Sunni Shia Shiite Shiites Jewish Jew Jews Christian Christians Islamic
Western Pashtun Pashtuns Baluch Tamil Tamils Catalan Basque Scottish Scots Welsh English
Flemish Walloon Tibetan Tibetans Uighur Uighurs Uyghur Uyghurs Chechen Chechens Hispanic
Zionist Sikh Hindu Druze Alawite Alawites Yazidi Yazidis Hutu Tutsi Congolese Dominicans
Persian Persians Latino Slav Slavic Nordic Scandinavian Balkan Caucasian Berber Tuareg
Hazara Tajiks Uzbeks Turkmens Kazakhs Azeris
""".split())


def _regular_plural(word: str) -> Optional[str]:
    if re.search(r"(sh|ch|ese|ss|s|x|z|y|o|i-kiribati|vanuatu)$", word.lower()) or " " in word:
        if " " in word and not re.search(r"(sh|ch|ese|ss|s|x|z|y|o)$", word.lower()):
            return word + "s"
        return None
    return word + "s"


def curated_demonyms() -> dict[str, list[str]]:
    """ISO3 -> demonyms from :data:`_DEMONYM_TABLE`, with regular plurals added."""
    out: dict[str, list[str]] = {}
    for chunk in _DEMONYM_TABLE.replace("\n", "|").split("|"):
        if not chunk.strip():
            continue
        iso, _, words = chunk.partition(":")
        forms: list[str] = []
        for w in (w.strip() for w in words.split(",")):
            if not w:
                continue
            forms.append(w)
            p = _regular_plural(w)
            if p:
                forms.append(p)
        out.setdefault(iso.strip(), []).extend(forms)
    out.setdefault("PHL", []).append("Filipinos")
    return out


@dataclass
class Capital:
    """One row of ``capitals.tsv``."""

    iso3: str
    name: str
    aliases: tuple[str, ...]
    kind: str  # "capital", "seat" or "place" (a region or town of the state)


def parse_capitals(path: Path | str) -> list[Capital]:
    """Read ``capitals.tsv`` (``iso3, capital, aliases, kind``; ``#`` comments).

    Raises
    ------
    ValueError
        A malformed row, a country with no or two ``capital`` rows.
    """
    rows: list[Capital] = []
    seen: Counter[str] = Counter()
    with Path(path).open(encoding="utf-8") as fh:
        header_seen = False
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if not header_seen:
                header_seen = True
                if cols[:2] == ["iso3", "capital"]:
                    continue
            if len(cols) != 4 or not re.fullmatch(r"[A-Z]{3}", cols[0]) or cols[3] not in ("capital", "seat", "place"):
                raise ValueError(f"{path}:{lineno}: malformed capitals row {line!r}")
            aliases = tuple(a.strip() for a in cols[2].split(";") if a.strip())
            rows.append(Capital(cols[0], cols[1].strip(), aliases, cols[3]))
            if cols[3] == "capital":
                seen[cols[0]] += 1
    dupes = [iso for iso, n in seen.items() if n > 1]
    if dupes:
        raise ValueError(f"{path}: several capitals for {', '.join(sorted(dupes))}")
    return rows


# --------------------------------------------------------------------------------------
# Curated organisations and armed groups
# --------------------------------------------------------------------------------------

#: Well-known actors with their common English name; Phoenix entries whose name matches
#: one of the names/aliases/``match`` are merged into them.
CURATED_ACTORS: tuple[dict[str, Any], ...] = (
    dict(id="org:un", name="United Nations", type="InternationalOrganisation", code="IGOUNO",
         aliases=("UN", "U.N.", "The United Nations", "United Nations Organization"),
         match=("THE UN", "UNITED NATIONS ORGANISATION")),
    dict(id="org:un-security-council", name="UN Security Council", type="InternationalOrganisation",
         code="IGOUNO", aliases=("United Nations Security Council", "U.N. Security Council",
                                 "Security Council", "UNSC"), match=("THE SECURITY COUNCIL",)),
    dict(id="org:un-general-assembly", name="UN General Assembly", type="InternationalOrganisation",
         code="IGOUNO", aliases=("United Nations General Assembly", "U.N. General Assembly",
                                 "General Assembly", "UNGA")),
    dict(id="org:nato", name="NATO", type="InternationalOrganisation", code="IGOWSTNAT",
         aliases=("North Atlantic Treaty Organization", "North Atlantic Treaty Organisation",
                  "Nato", "N.A.T.O.", "Atlantic Alliance", "North Atlantic Alliance")),
    dict(id="org:european-union", name="European Union", type="InternationalOrganisation",
         code="IGOEUREEC", aliases=("EU", "E.U.", "The European Union",
                                    # the EEC of the code; the Community before Maastricht (1993)
                                    "European Community", "European Communities", "European Economic Community",
                                    "EEC", "Common Market", "European Common Market")),
    dict(id="org:international-labour-organization", name="International Labour Organization",
         type="InternationalOrganisation", code="IGOUNOLABILO",
         aliases=("International Labor Organization", "ILO", "International Labour Office",
                  "International Labor Office")),
    dict(id="org:african-union", name="African Union", type="InternationalOrganisation",
         code="IGOAFRAFU", aliases=("AU", "A.U.", "Organisation of African Unity",
                                    "Organization of African Unity", "OAU")),
    dict(id="org:arab-league", name="Arab League", type="InternationalOrganisation", code="IGOMEAARL",
         aliases=("League of Arab States", "The Arab League")),
    dict(id="org:opec", name="OPEC", type="InternationalOrganisation", code="IGOBUSOPC",
         aliases=("Organization of the Petroleum Exporting Countries",
                  "Organisation of the Petroleum Exporting Countries",
                  "Organization of Petroleum Exporting Countries")),
    dict(id="org:iaea", name="International Atomic Energy Agency", type="InternationalOrganisation",
         code="IGOUNOIAE", aliases=("IAEA", "UN nuclear watchdog", "U.N. nuclear watchdog")),
    dict(id="group:islamic-state", name="Islamic State", type="ArmedGroup", code="IMGMUSISI",
         aliases=("IS", "ISIS", "ISIL", "Daesh", "Da'esh", "Daish", "Islamic State group",
                  "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria",
                  "Islamic State in Iraq and Syria", "Islamic State of Iraq and al-Sham",
                  "the Islamic State"),
         match=("ISLAMIC STATE OF IRAQ AND THE LEVANT", "THE ISLAMIC STATE")),
    dict(id="group:taliban", name="Taliban", type="ArmedGroup", code="AFGREB", country="AFG",
         aliases=("Taleban", "the Taliban", "Afghan Taliban")),
    dict(id="group:hezbollah", name="Hezbollah", type="ArmedGroup", code="LBNREB", country="LBN",
         aliases=("Hizbollah", "Hizballah", "Hizbullah", "Hezbolla", "Party of God")),
    dict(id="group:hamas", name="Hamas", type="ArmedGroup", code="PSEREBHMS", country="PSE",
         aliases=("HAMAS", "Islamic Resistance Movement", "Harakat al-Muqawama al-Islamiya")),
    dict(id="group:al-qaeda", name="al-Qaeda", type="ArmedGroup", code="IMGMUSALQ",
         aliases=("al Qaeda", "al-Qaida", "al Qaida", "Al-Qa'ida", "Al Qa'ida", "Qaeda", "AQ"),
         match=("AL QA'IDA",)),
    dict(id="group:pkk", name="PKK", type="ArmedGroup", code="TURREB", country="TUR",
         aliases=("Kurdistan Workers' Party", "Kurdistan Workers Party", "Kurdistan Worker's Party",
                  "Partiya Karkeren Kurdistane", "Partiya Karkerên Kurdistanê")),
    dict(id="group:ypg", name="YPG", type="ArmedGroup", code="SYRREB", country="SYR",
         aliases=("People's Protection Units", "Peoples Protection Units", "People's Defense Units",
                  "Yekineyen Parastina Gel", "Yekîneyên Parastina Gel", "Kurdish YPG")),
    dict(id="group:sdf", name="Syrian Democratic Forces", type="ArmedGroup", code="SYRREB", country="SYR",
         aliases=("SDF",)),
    dict(id="group:al-nusra-front", name="al-Nusra Front", type="ArmedGroup", code="SYRREBMUS",
         country="SYR", aliases=("Nusra Front", "Jabhat al-Nusra", "al-Nusra"),
         match=("JABHAT AL NUSRA",)),
    dict(id="group:abu-sayyaf", name="Abu Sayyaf", type="ArmedGroup", code="PHLREB", country="PHL",
         aliases=("Abu Sayyaf Group", "ASG")),
    dict(id="group:free-syrian-army", name="Free Syrian Army", type="ArmedGroup", code="SYRREB",
         country="SYR", aliases=("FSA",)),
    # Absent from the 2014 dictionaries; a Yemeni rebel movement as CAMEO codes such groups.
    # Not "Ansar Allah": the dictionaries file a Lebanese group of that name.
    dict(id="group:houthis", name="Houthis", type="ArmedGroup", code="YEMREB", country="YEM",
         aliases=("Houthi", "the Houthis", "Huthis", "Huthi", "Houthi movement", "Houthi rebels")),
    # The Congolese rebel movement of 2012-13, absent from the 2014 dictionaries; the NER reads
    # "M23" as a place.
    dict(id="group:m23", name="M23", type="ArmedGroup", code="CODREB", country="COD",
         aliases=("March 23 Movement", "M23 movement", "M23 Movement", "Mouvement du 23 mars")),
    # The Palestinian movement; the country file lists "FATAH" among Palestine's place names, the
    # group file has only "Al-Fatah" (no state): "mediated between Hamas and Fatah" lost Fatah.
    dict(id="group:fatah", name="Fatah", type="ArmedGroup", code="MEAREB", country="PSE",
         aliases=("Fateh", "al-Fatah", "Al-Fatah", "Fatah movement"), match=("AL FATAH",)),
    # Ministries that English-language news and their own press releases name without the state,
    # and that no other state's ministry is called in English: organs of their state's government.
    dict(id="org:department-of-state", name="Department of State", type="Organisation", code="USAGOV",
         country="USA", aliases=("State Department", "US State Department", "U.S. State Department")),
    dict(id="org:foreign-and-commonwealth-office", name="Foreign and Commonwealth Office", type="Organisation",
         code="GBRGOV", country="GBR",
         aliases=("Foreign Office", "FCO", "British Foreign Office", "UK Foreign Office",
                  "Foreign, Commonwealth and Development Office", "FCDO")),
    dict(id="org:home-office", name="Home Office", type="Organisation", code="GBRGOV", country="GBR",
         aliases=("British Home Office", "UK Home Office")),
    dict(id="org:downing-street", name="Downing Street", type="Organisation", code="GBRGOV", country="GBR",
         aliases=("Number 10", "No 10", "No. 10 Downing Street", "10 Downing Street")),
    dict(id="org:elysee-palace", name="Elysee Palace", type="Organisation", code="FRAGOV", country="FRA",
         aliases=("Élysée Palace", "Elysée Palace", "the Elysee", "the Élysée")),
    dict(id="org:quai-d-orsay", name="Quai d'Orsay", type="Organisation", code="FRAGOV", country="FRA",
         aliases=("Quai d’Orsay",)),
)


#: Persons whose common English name differs from the dictionary's main line
#: (slug of the Phoenix name -> name used for ``name`` and the id; the Phoenix name stays
#: an alias).
CURATED_PERSON_NAMES = {
    "ashton-carter": "Ash Carter",
}

# --------------------------------------------------------------------------------------
# Building the records
# --------------------------------------------------------------------------------------

_SECTORS = frozenset("""
GOV MIL REB OPP PTY COP JUD SPY IGO NGO MNC IMG INS UAF BUS CRM CVL EDU ELI ENV HLH HRI LAB
LEG MED REF AGR REL MOD RAD MUS CHR JEW BUD HIN SHI SNI DEV MNO CTH ORT SIK ATH PRO REG UNR
IRC DIP NAT
""".split())
_ARMED_SECTORS = frozenset({"REB", "INS", "UAF", "IMG"})
_TYPE_ORDER = {t: i for i, t in enumerate(ACTOR_TYPES)}


@dataclass
class _Record:
    """A mutable actor record while building."""

    id: str
    name: str
    type: str
    country: Optional[str]
    code: Optional[str]
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capital: Optional[str] = None
    roles: list[RawRole] = field(default_factory=list)
    ambiguous_aliases: list[str] = field(default_factory=list)
    source: str = "phoenix"
    merge_key: tuple = ()
    leader: bool = False

    def add_alias(self, text: str) -> None:
        self.aliases.append(text)

    def to_json(self) -> dict[str, Any]:
        name_key = _fold(self.name)
        aliases = _dedupe([a for a in self.aliases if _fold(a) != name_key])
        amb_keys = {normalise(a) for a in self.ambiguous_aliases}
        aliases = [a for a in aliases if normalise(a) not in amb_keys]
        dem_keys = {normalise(d) for d in self.demonyms}
        aliases = [a for a in aliases if normalise(a) not in dem_keys]
        roles = sorted(set(self.roles), key=lambda r: (r.start or date.min, r.end or date.max, r.code))
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "country": self.country,
            "code": self.code,
            "aliases": sorted(aliases, key=_sort_key),
            "demonyms": sorted(_dedupe(self.demonyms), key=_sort_key),
            "capital": self.capital,
            "roles": [
                {"code": r.code, "from": r.start.isoformat() if r.start else None,
                 "to": r.end.isoformat() if r.end else None}
                for r in roles
            ],
            "ambiguous_aliases": sorted(_dedupe(self.ambiguous_aliases), key=_sort_key),
            "source": self.source,
            **({"leader": True} if self.leader else {}),
        }


def _one_career(a: "_Record", b: "_Record") -> bool:
    """Whether two entries' dated roles can be one person's: unless both are dated, some role
    of one overlaps a role of the other in time (within :data:`CAREER_GAP`).

    CountryInfo's "HUSSEIN_" (King Hussein: heir 1943-1952, Jordan's head of state 1952-1999)
    is no short name of "ZEID_RAAD_ZEID_AL_HUSSEIN_" (a diplomat, 2003-2010 and from 2010), nor
    "HASSAN_" (Crown Prince Hassan, 1965-1999) of "JAFAR_HASSAN_" (from 2010): careers that never
    meet are two people's, and a surname alone joining the wrong one dates the ruler's reign into
    another's record."""
    da = [r for r in a.roles if r.dated]
    db = [r for r in b.roles if r.dated]
    if not da or not db:
        return True
    return any(_before(x.start, y.end) and _before(y.start, x.end) for x in da for y in db)


#: Gap between two dated careers still read as one: the dictionaries' dates are approximate
#: ("RAFSANJANI_" ends in August 1981, the full name's entry starts four weeks later).
CAREER_GAP = timedelta(days=730)


def _before(start: Optional[date], end: Optional[date]) -> bool:
    """Whether a role starting at ``start`` begins before one ending at ``end`` is over, give or take
    :data:`CAREER_GAP`."""
    return start is None or end is None or start <= end + CAREER_GAP


#: Arabic articles that open a place's name in some transliterations ("Ar Raqqa", "Al-Mukalla").
PLACE_NAME_ARTICLES = frozenset({"al", "ar", "as", "ad", "an", "ash", "at", "az", "el"})
#: Spellings of the Arabic "tall" (hill) that open place names ("Tal Afar", "Tel Afar", "Tell Afar").
HILL_WORDS = frozenset({"tal", "tall", "tel", "tell"})
#: (state, spelling key) pairs that are two places, not two spellings: Shaanxi and Shanxi are
#: neighbouring provinces, told apart only by the doubled vowel of the official romanisation.
DISTINCT_PLACE_KEYS = frozenset({("CHN", "shanxi")})


def _opens_with_article(name: str) -> bool:
    words = normalise(name).split()
    return len(words) > 1 and words[0] in PLACE_NAME_ARTICLES


def place_spelling_key(name: str) -> str:
    """The key two transliterations of a place's name share: no opening Arabic article, one
    spelling of "tall" (hill), no spaces, hyphens or apostrophes, no final "h" after a vowel, no doubled letters, and "e"/"o"
    folded into "i"/"u".

    Examples
    --------
    >>> place_spelling_key("Idleb") == place_spelling_key("Idlib")
    True
    >>> place_spelling_key("Falluja") == place_spelling_key("Fallujah")
    True
    >>> place_spelling_key("Ar Raqqa") == place_spelling_key("Raqqa")
    True
    >>> place_spelling_key("Tell Afar") == place_spelling_key("Tal'afar")
    True
    >>> place_spelling_key("Mosul") == place_spelling_key("Basra")
    False
    """
    words = normalise(name.replace("-", " ").replace("'", "")).split()
    if len(words) > 1 and words[0] in PLACE_NAME_ARTICLES:
        words = words[1:]
    if len(words) > 1 and words[0] in HILL_WORDS:
        words = ["tal"] + words[1:]
    key = "".join(words)
    key = re.sub(r"(?<=[aeiou])h$", "", key)
    key = re.sub(r"(.)\1", r"\1", key)
    return key.translate(str.maketrans("eo", "iu"))


def _sort_key(text: str) -> tuple[str, str]:
    return (normalise(text), text)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _dedupe(items: Iterable[str]) -> list[str]:
    """Drop repeats that differ only in letter case (keeping the first spelling).

    Spellings that differ in punctuation or accents ("U.S."/"US", "Erdoğan"/"Erdogan")
    are kept: a phrase matcher needs each surface form.
    """
    chosen: dict[str, str] = {}
    for item in items:
        item = " ".join(item.split())
        if not normalise(item):
            continue
        chosen.setdefault(_fold(item), item)
    return list(chosen.values())


class _Countries:
    """pycountry data and the curated country facts, indexed for the build."""

    def __init__(self, capitals: Sequence[Capital]):
        import pycountry  # converter-only dependency

        self.records: dict[str, _Record] = {}
        self.by_key: dict[str, str] = {}
        self.alpha2: dict[str, str] = {}
        self.historic: dict[str, str] = {h.alpha_3: h.name for h in pycountry.historic_countries}
        self.name_keys: dict[str, set[str]] = defaultdict(set)
        for c in pycountry.countries:
            iso = c.alpha_3
            self.alpha2[iso] = c.alpha_2
            names = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
            names = [n for n in names if n]
            display = COUNTRY_NAMES.get(iso) or getattr(c, "common_name", None) or c.name
            rec = _Record(id=iso, name=display, type="Country", country=iso, code=iso, source="pycountry")
            for n in names + [display] + list(CURATED_COUNTRY_ALIASES.get(iso, ())):
                rec.add_alias(n)
                self.name_keys[iso].add(normalise(n))
            self.records[iso] = rec
        # Kosovo is not in ISO 3166-1: it gets the user-assigned code XKX (Phoenix: KSV).
        for iso in ("XKX",):
            rec = _Record(id=iso, name=COUNTRY_NAMES[iso], type="Country", country=iso, code="KSV",
                          source="phoenix")
            for n in CURATED_COUNTRY_ALIASES.get(iso, ()):
                rec.add_alias(n)
                self.name_keys[iso].add(normalise(n))
            self.records[iso] = rec
        for iso in self.records:
            for key in sorted(self.name_keys[iso]):
                self.by_key.setdefault(key, iso)
        self.subdivisions: dict[str, set[str]] = defaultdict(set)
        for sub in pycountry.subdivisions:
            iso3 = next((k for k, v in self.alpha2.items() if v == sub.country_code), None)
            if iso3:
                self.subdivisions[iso3].add(normalise(sub.name))
                self.subdivisions[iso3].add(normalise(re.sub(r"\s*\(.*?\)", "", sub.name)))
        self.capitals: dict[str, list[Capital]] = defaultdict(list)
        self.capital_keys: dict[str, set[str]] = defaultdict(set)
        for cap in capitals:
            self.capitals[cap.iso3].append(cap)
            for n in (cap.name,) + cap.aliases:
                self.capital_keys[cap.iso3].add(normalise(n))
        self.demonyms = curated_demonyms()
        for iso, forms in self.demonyms.items():
            if iso in self.records:
                self.records[iso].demonyms.extend(forms)

    def code_country(self, code: Optional[str]) -> Optional[str]:
        """ISO3 of a Phoenix code: its first three letters (``MNC`` codes: the next three)."""
        if not code:
            return None
        head = code[:3]
        if head == "MNC" and len(code) >= 6:
            head = code[3:6]
        if head == "KSV":
            return "XKX"
        if head in self.records or head in ("SUN", "DDR", "CSK", "YUG"):
            return head
        return None

    def ensure_historic(self, iso: str) -> Optional[_Record]:
        if iso in self.records:
            return self.records[iso]
        if iso not in self.historic:
            return None
        rec = _Record(id=iso, name=COUNTRY_NAMES.get(iso, self.historic[iso]), type="Country",
                      country=iso, code=iso, source="phoenix")
        for n in CURATED_COUNTRY_ALIASES.get(iso, ()):
            rec.add_alias(n)
            self.name_keys[iso].add(normalise(n))
        self.name_keys[iso].add(normalise(rec.name))
        rec.demonyms.extend(self.demonyms.get(iso, ()))
        self.records[iso] = rec
        return rec

    def reference_tokens(self, iso: str) -> set[str]:
        toks: set[str] = set()
        for key in self.name_keys[iso]:
            toks |= {t for t in key.split() if len(t) >= 4 and t not in _GENERIC_NAME_WORDS}
        for d in self.demonyms.get(iso, ()):
            toks |= {t for t in normalise(d).split() if len(t) >= 4}
        if iso in ("TWN", "HKG", "MAC"):
            toks.discard("china")
        return toks


_GENERIC_NAME_WORDS = frozenset("""
republic democratic people peoples kingdom state states united federal federation federated
islands island islamic arab socialist union commonwealth plurinational bolivarian principality
grand duchy sultanate emirates territory territories province special administrative region
north south east west central new saint great part dutch french british american northern
""".split())


def _acronyms(key: str) -> set[str]:
    words = key.split()
    full = "".join(w[0] for w in words if w)
    short = "".join(w[0] for w in words if w and w not in ("of", "the", "and"))
    return {full, short}


def _name_like(key: str, iso: str, countries: _Countries) -> bool:
    """Does an alias look like a name of the country (rather than a city or region)?"""
    names = countries.name_keys[iso]
    if key in names:
        return True
    compact = key.replace(" ", "")
    for n in names:
        if compact in _acronyms(n) and len(compact) >= 2:
            return True
        if difflib.SequenceMatcher(None, key, n).ratio() >= 0.8:
            return True
    refs = countries.reference_tokens(iso)
    for t in key.split():
        if len(t) < 4 or t in _GENERIC_NAME_WORDS:
            continue
        for r in refs:
            if t == r or difflib.SequenceMatcher(None, t, r).ratio() >= 0.75:
                return True
            if len(t) >= 5 and len(r) >= 5 and t[:4] == r[:4]:
                return True
    return False


_DEMONYM_SUFFIX = re.compile(r"(ish|ese|ian|ians|ean|eans|an|ans|i|is|ic|ch|ot|ots)$")


def _demonym_like(key: str, iso: str, countries: _Countries) -> bool:
    """Phoenix aliases such as ``TURKISH_``, ``AFGHAN_``, ``IRAQI_``, ``SOUTH_SUDANESE``."""
    if key in countries.name_keys[iso] or key in NON_COUNTRY_DEMONYMS:
        return False
    last = key.split()[-1] if key else ""
    if not _DEMONYM_SUFFIX.search(last) or last.endswith("stan") or last in _GENERIC_NAME_WORDS:
        return False
    if last.endswith("i") and last[:-1] not in countries.reference_tokens(iso):
        return False  # "IRAQI" (IRAQ + I) yes; "TURKEI", "UKGBNI" no
    if not _name_like(key, iso, countries):
        return False
    for n in countries.name_keys[iso]:
        if key.startswith(n) and re.fullmatch(r"n|ns|an|ans|ian|ians|ese|i|is|ish", key[len(n):]):
            return True  # "korea" + "n"
        if difflib.SequenceMatcher(None, key, n).ratio() >= 0.85:
            return False  # a misspelt name ("AFGANISTAN"), not an adjective
    return True


def _same_name(key: str, iso: str, countries: _Countries) -> bool:
    """Stricter than :func:`_name_like`: same significant words as a name of the country."""
    def core(k: str) -> frozenset[str]:
        return frozenset(t for t in k.split() if t not in _GENERIC_NAME_WORDS and t not in ("of", "the", "and"))

    mine = core(key)
    return bool(mine) and any(core(n) == mine for n in countries.name_keys[iso])


def _spelling_of(text: str, name: str) -> bool:
    """Whether ``text`` is another spelling or form of the place name ``name`` ("Gaza City" of
    "Gaza", "Transdniestria" of "Transnistria", "Irbil" of "Erbil"), not another place.

    Examples
    --------
    >>> _spelling_of("Irbil", "Erbil"), _spelling_of("Dresden", "Leipzig")
    (True, False)
    """
    a, b = normalise(text), normalise(name)
    if not a or not b:
        return False
    words = lambda t: set(re.split(r"[^a-z]+", t)) - {"", "of", "the", "al", "el", "an", "der", "city"}  # noqa: E731
    if words(a) & words(b):
        return True
    squash = lambda t: re.sub(r"[^a-z]", "", t)  # noqa: E731
    return difflib.SequenceMatcher(None, squash(a), squash(b)).ratio() > 0.7


def _is_geo_code(code: str) -> bool:
    """A code naming a country or a region, without a sector (``TUR``, ``USAASM``, ``PSEGZA``)."""
    if len(code) == 3:
        return True
    return len(code) == 6 and code[3:] not in _SECTORS


class _Builder:
    """Turns parsed Phoenix entries into the final records."""

    def __init__(self, countries: _Countries, warnings: list[str]):
        self.c = countries
        self.warnings = warnings
        self.places: dict[tuple[str, str], _Record] = {}  # (iso, key) -> place
        self.persons: list[_Record] = []
        self.orgs: list[_Record] = []
        self.given_names: set[str] = set()
        self.stats: Counter[str] = Counter()
        self.section_line = 0  # line of the country entry whose section is being read

    # ---- places -------------------------------------------------------------------
    def place(self, iso: Optional[str], text: str, source: str = "phoenix") -> _Record:
        key = normalise(text)
        rec = self.places.get((iso or "", key))
        if rec is None:
            rec = _Record(id="", name=text, type="Place", country=iso, code=None, source=source)
            self.places[(iso or "", key)] = rec
        return rec

    def add_capitals(self) -> None:
        for iso, caps in sorted(self.c.capitals.items()):
            country = self.c.records.get(iso)
            if country is None:
                self.warnings.append(f"capitals.tsv: unknown country {iso}")
                continue
            for cap in caps:
                rec = self.place(iso, cap.name, source="curated")
                rec.name = cap.name
                rec.source = "curated"
                for a in cap.aliases:
                    rec.add_alias(a)
                if cap.kind == "capital":
                    country.capital = cap.name

    # ---- persons ------------------------------------------------------------------
    def learn_given_names(self, entries: Iterable[RawActor]) -> None:
        """First words of the CountryInfo person names, minus words that start organisation names."""
        counts: Counter[str] = Counter()
        org_first: set[str] = set()
        for e in entries:
            text = strip_titles(split_parenthetical(clean_raw(e.name).upper())[0]) or ""
            words = text.split()
            if not words:
                continue
            if not e.from_countryinfo:
                if any(w in ORG_WORDS for w in words):
                    org_first.add(words[0])
                continue
            if len(words) >= 2 and words[0] not in _GIVEN_NAME_STOP and len(words[0]) >= 3 \
                    and words[0] not in ORG_WORDS and words[0].isalpha():
                counts[words[0]] += 1
        self.given_names = {w for w in counts if w not in org_first or counts[w] >= 5}

    def looks_like_person(self, text: str, dated: bool = False) -> bool:
        words = text.upper().split()
        if not (2 <= len(words) <= 6):
            return False
        if any(w in ORG_WORDS or w in _NAME_STOPWORDS for w in words):
            return False
        if re.search(r"[\d&/]", text):
            return False
        bare = [re.sub(r"^(AL|EL|AS|AD|ASH|AZ)-", "", w) for w in words]
        if any(b in _GROUP_CONCEPTS for b in bare):
            return False
        if words[0] in ("ABU", "UMM", "BIN") and len(words) >= 2:
            return True
        if _INITIALS.fullmatch(words[0]) and (words[0].endswith(".") or len(words[0]) == 1) and len(words) >= 2:
            return True
        if any(w in COMMON_GIVEN_NAMES for w in words):
            return True
        if len(words) <= 3 and re.match(r"(AL|EL)-[A-Z]{3,}$", words[-1]) and words[0] not in _NAME_PARTICLES:
            return True  # nisba surname: "HAITHAM AL-BADRI"
        return words[0] in self.given_names or dated

    def person_aliases(self, texts: Iterable[str]) -> list[str]:
        out = []
        for t in texts:
            t = clean_raw(t)
            t, _paren = split_parenthetical(t)
            t = strip_the(t)
            stripped = strip_titles(t.upper(), self.given_names)
            if stripped is None:
                self.stats["person aliases dropped (title)"] += 1
                continue
            if stripped != t.upper():
                self.stats["person aliases title-stripped"] += 1
            if any(w in ORG_WORDS for w in stripped.split()):
                self.stats["person aliases dropped (organisation word)"] += 1
                continue
            if is_junk_alias(stripped):
                continue
            out.append(natural_case(stripped, kind="person") if not any(c.islower() for c in stripped)
                       else stripped)
        return out

    def add_person(self, e: RawActor, section_iso: Optional[str]) -> None:
        text = split_parenthetical(clean_raw(e.name))[0]
        stripped = strip_titles(text.upper(), self.given_names)
        name_text = stripped if stripped and len(stripped.split()) >= 2 else text
        name = natural_case(name_text, kind="person") if not any(c.islower() for c in name_text) else name_text
        roles = list(e.roles)
        iso = None
        dated = sorted((r for r in roles if r.dated), key=lambda r: (r.end or date.max, r.start or date.min))
        for r in reversed(dated):
            iso = self.c.code_country(r.code)
            if iso:
                break
        if iso is None:
            iso = next((self.c.code_country(r.code) for r in roles if self.c.code_country(r.code)), None)
        if iso is None and e.path == ACTOR_FILES["countries"]:
            iso = section_iso
        code = dated[-1].code if dated else (roles[0].code if roles else None)
        rec = _Record(id="", name=name, type="Person", country=iso, code=code, roles=roles,
                      leader=self.leads_state(e, iso))
        for a in self.person_aliases((e.name,) + e.aliases):
            rec.add_alias(a)
        rec.merge_key = (slugify(name), stripped if stripped and len(stripped.split()) == 1 else "")
        self.persons.append(rec)

    def leads_state(self, e: RawActor, iso: Optional[str]) -> bool:
        """Whether a person headed the state or government of ``iso``.

        CountryInfo lists each state's heads with an elite code around their term
        (``[TURELI 720101-021118] [TURGOV 021118-030314]``) and its ministers with
        government codes alone (``[DEUGOV 051201-091031]``, ``[DEUGOVEDU ...]``); the
        hand-made lists of other office holders that copy the pattern have a heading
        (``# U.S. Secretaries of State``) in their state's section.
        """
        if iso is None or not {iso + "ELI", iso + "GOV"} <= {r.code for r in e.roles}:
            return False
        headed = e.path == ACTOR_FILES["countries"] and e.heading_line > self.section_line
        return not (headed and _OFFICE_HEADING.search(e.heading))

    # ---- organisations ------------------------------------------------------------
    def org_aliases(self, entry_name: str, texts: Iterable[str]) -> list[str]:
        texts = list(texts)
        person_like: list[str] = []
        out: list[str] = []
        for t in texts:
            t = clean_raw(t)
            rest, inner = split_parenthetical(t)
            if any(normalise(i) in self.c.by_key for i in inner):
                # "NATIONAL_FRONT_(GREECE)": the state tells this National Front from the others
                # (France's); neither the bare name nor the state names this actor.
                self.stats["organisation aliases dropped (qualified by a state)"] += 1
                continue
            for piece in [rest] + [i for i in inner if i.upper() != "ACTING"]:
                piece = strip_the(piece).strip()
                if not piece or is_junk_alias(piece):
                    continue
                up = piece.upper()
                words = up.split()
                if any(w in _COLLECTIVE_WORDS for w in words):
                    self.stats["organisation aliases dropped (collective)"] += 1
                    continue
                if self.looks_like_person(up) or (words and words[0] in TITLE_WORDS and len(words) > 1):
                    person_like.append(up)
                    self.stats["organisation aliases dropped (person)"] += 1
                    continue
                out.append(piece)
        # surnames of the dropped persons ("NASRALLAH", "AL-BAGHDADI") go too
        surnames = set()
        for p in person_like:
            last = p.split()[-1]
            surnames.add(normalise(re.sub(r"^(AL|EL)-", "", last)))
            surnames.add(normalise(last))
        kept = []
        for piece in out:
            k = normalise(piece)
            if " " not in piece.strip() and (k in surnames or normalise(re.sub(r"(?i)^(al|el)-", "", piece)) in surnames):
                self.stats["organisation aliases dropped (person)"] += 1
                continue
            kept.append(natural_case(piece, org=True) if not any(c.islower() for c in piece) else piece)
        return kept

    def add_org(self, e: RawActor, section_iso: Optional[str], type_: str) -> None:
        text = clean_raw(e.name)
        rest, inner = split_parenthetical(text)
        rest = strip_the(rest) or text
        name = natural_case(rest, org=True) if not any(c.islower() for c in rest) else rest
        code = e.roles[0].code if e.roles else None
        dated = sorted((r for r in e.roles if r.dated), key=lambda r: (r.end or date.max, r.start or date.min))
        if dated:
            code = dated[-1].code
        iso = None
        if type_ != "InternationalOrganisation":
            iso = self.c.code_country(code)
            if iso is None and e.path == ACTOR_FILES["countries"]:
                iso = section_iso
        rec = _Record(id="", name=name, type=type_, country=iso, code=code, roles=list(e.roles))
        for a in self.org_aliases(e.name, (e.name,) + e.aliases):
            rec.add_alias(a)
        rec.merge_key = (type_, normalise(name), iso or "")
        self.orgs.append(rec)

    def org_type(self, e: RawActor) -> str:
        codes = [r.code for r in e.roles]
        if any(c.startswith("IGO") for c in codes):
            return "InternationalOrganisation"
        if e.path == ACTOR_FILES["milnonstate"]:
            return "ArmedGroup"
        for c in codes:
            chunks = {c[i:i + 3] for i in range(0, len(c), 3)}
            if chunks & _ARMED_SECTORS:
                return "ArmedGroup"
        return "Organisation"

    # ---- countries ----------------------------------------------------------------
    def country_entry_iso(self, e: RawActor, claimed: set[str]) -> tuple[Optional[str], str]:
        """(ISO3, how) for a country-level entry: "name", "code", "region" or "unknown"."""
        key = normalise(strip_the(split_parenthetical(clean_raw(e.name))[0]))
        iso = self.c.by_key.get(key)
        if iso:
            return iso, "name"
        for h_iso, h_name in self.c.historic.items():
            if normalise(h_name) == key or normalise(COUNTRY_NAMES.get(h_iso, "")) == key:
                return h_iso, "name"
        geo = [r.code for r in e.roles if _is_geo_code(r.code)]
        # A place that changed states ("LEIPZIG_ [DDR 491007-901003] [DEU >19901003]") is
        # named today as a place of the state it has been in since; the historical state
        # keeps its own entry ("GERMAN_DEMOCRATIC_REPUBLIC").
        now = next((self.c.code_country(r.code) for r in e.roles
                    if r.start and r.end is None and _is_geo_code(r.code) and self.c.code_country(r.code)), None)
        for code in geo:
            cand = None
            if len(code) == 3:
                cand = "XKX" if code == "KSV" else code
            elif code[3:] in self.c.records:
                cand = code[3:]
            if cand and (cand in self.c.records or cand in self.c.historic):
                if cand not in claimed or _same_name(key, cand, self.c):
                    return cand, "code"
                return now or cand, "region"
        region_iso = now or next((self.c.code_country(code) for code in geo if self.c.code_country(code)), None)
        if region_iso:
            return region_iso, "region"
        return None, "unknown"

    def other_demonyms(self, iso: str) -> set[str]:
        if not hasattr(self, "_dem_owner"):
            self._dem_owner = {normalise(d): i for i, ds in self.c.demonyms.items() for d in ds}
        return {k for k, owner in self._dem_owner.items() if owner != iso}

    def add_country_aliases(self, iso: str, e: RawActor) -> None:
        rec = self.c.records[iso]
        dem_keys = {normalise(d) for d in self.c.demonyms.get(iso, ())}
        capital_keys = self.c.capital_keys.get(iso, set())
        for raw in (e.name,) + e.aliases:
            text = clean_raw(raw)
            rest, _inner = split_parenthetical(text)
            rest = strip_the(rest)
            if not rest or is_junk_alias(rest):
                self.stats["country aliases dropped (junk)"] += 1
                continue
            key = normalise(rest)
            if key in NON_COUNTRY_DEMONYMS:
                self.stats["country aliases dropped (not a nationality)"] += 1
                continue
            shown = natural_case(rest, kind="place") if not any(c.islower() for c in rest) else rest
            if re.search(r"(man|woman|men|women)$", key) and key not in self.c.name_keys[iso]:
                self.stats["country aliases dropped (nationality noun)"] += 1
                continue
            if key in self.other_demonyms(iso):
                continue  # "SAMOAN" under American Samoa: Samoa's
            if key in dem_keys or _demonym_like(key, iso, self.c):
                rec.demonyms.append(shown)
            elif key in self.c.name_keys[iso]:
                rec.add_alias(shown)
            elif key in capital_keys:
                cap = next(c for c in self.c.capitals[iso] if key in {normalise(n) for n in (c.name,) + c.aliases})
                self.place(iso, cap.name, "curated").add_alias(shown)
            elif key in self.c.subdivisions.get(iso, ()):
                self.place(iso, shown).add_alias(shown)
                self.stats["country aliases -> places (ISO 3166-2 subdivision)"] += 1
            elif _name_like(key, iso, self.c):
                rec.add_alias(shown)
            else:
                self.place(iso, shown).add_alias(shown)
                self.stats["country aliases -> places (other)"] += 1
        for r in e.roles:
            if r.dated:
                rec.roles.append(r)
        current = [r.code for r in e.roles if r.end is None and (r.code == iso or r.code.endswith(iso))]
        if current and rec.code == iso:
            rec.code = current[-1]  # e.g. USAASM for American Samoa
        if rec.source != "pycountry":
            rec.source = "phoenix"

    # ---- driver -------------------------------------------------------------------
    def build(self, entries: dict[str, list[RawActor]]) -> list[dict[str, Any]]:
        self.add_capitals()
        self.learn_given_names(e for key in ACTOR_FILES for e in entries[key])
        claimed: set[str] = set()
        # first pass: country-level entries that name their country
        country_entries: list[tuple[RawActor, Optional[str], str]] = []
        for e in entries["countries"]:
            if e.from_countryinfo or not e.roles or not (
                    _is_geo_code(e.roles[0].code) or any(len(r.code) == 3 for r in e.roles)):
                continue
            iso, how = self.country_entry_iso(e, claimed)
            if how in ("name", "code") and iso:
                if how == "code" and iso in claimed and not _same_name(normalise(clean_raw(e.name)), iso, self.c):
                    how = "region"
                else:
                    claimed.add(iso)
            country_entries.append((e, iso, how))
        geo_entries = {id(e): (iso, how) for e, iso, how in country_entries}

        section: Optional[str] = None
        for e in entries["countries"]:
            if id(e) in geo_entries:
                iso, how = geo_entries[id(e)]
                if how in ("name", "code") and iso:
                    if iso not in self.c.records:
                        self.c.ensure_historic(iso)
                    self.add_country_aliases(iso, e)
                    self.stats["phoenix country entries"] += 1
                    section, self.section_line = iso, e.line
                elif how == "region" and iso:
                    self.add_region(iso, e)
                    section, self.section_line = iso, e.line
                else:
                    self.warnings.append(f"{e.path}:{e.line}: country entry {e.name!r} matches no country (skipped)")
                continue
            self.add_entry(e, section)
        for key in ("international", "milnonstate"):
            for e in entries[key]:
                self.add_entry(e, None)
        return self.finish()

    def add_region(self, iso: str, e: RawActor) -> None:
        text = strip_the(split_parenthetical(clean_raw(e.name))[0])
        if is_junk_alias(text):
            return
        shown = natural_case(text, kind="place") if not any(c.islower() for c in text) else text
        rec = self.place(iso, shown)
        # A region entry may list the places in it ("IRAQI_KURDISTAN +ERBIL +SULAYMANIYAH",
        # "LEIPZIG_ +DRESDEN_ +ROSTOCK"): a synonym unlike the entry's name is a place of its
        # own in the same state, never another name of the first one (spellings of it,
        # "IRBIL" of "ERBIL", stay together).
        others: list[_Record] = []
        for a in self.org_aliases(e.name, e.aliases):
            if _spelling_of(a, rec.name) or any(_spelling_of(a, n) for n in rec.aliases):
                rec.add_alias(a)
                continue
            home = next((o for o in others if any(_spelling_of(a, n) for n in [o.name] + o.aliases)), None)
            if home is None:
                home = self.place(iso, a)
                others.append(home)
                self.stats["phoenix region synonyms -> places of their own"] += 1
            else:
                home.add_alias(a)
        self.stats["phoenix region entries -> places"] += 1

    def add_entry(self, e: RawActor, section: Optional[str]) -> None:
        text = clean_raw(e.name)
        if is_junk_alias(text) or not re.search(r"[A-Za-z]", text):
            self.warnings.append(f"{e.path}:{e.line}: junk entry {e.name!r} skipped")
            return
        if e.null:
            # A null actor is a phrase to read as nothing: a place of no state ("Indian Ocean")
            # unless it names a person ("AHMED_DARWISH_  # the soccer player's more famous").
            if not self.looks_like_person(split_parenthetical(text)[0].upper()):
                rec = self.place(None, natural_case(strip_the(split_parenthetical(text)[0]), kind="place"))
                for a in self.org_aliases(e.name, e.aliases):
                    rec.add_alias(a)
                self.stats["phoenix null entries -> places of no state"] += 1
            return
        codes = [r.code for r in e.roles]
        if any(c.startswith(("MNC", "MED", "NGO")) for c in codes) and not any(r.dated for r in e.roles):
            if _PERSON_COMMENT.match(e.comment):
                # "SATINATH_SARANGI_ [NGOIND] # founder of Bhopal Group ...": the comment says
                # who the person is; the code is the organisation's, the entry a person of it.
                self.add_person(e, section)
                self.stats["organisation-coded entries -> persons (comment)"] += 1
                return
            self.add_org(e, section, "Organisation")
            return
        if re.search(r",\s*THEN\b", text, re.I):
            self.warnings.append(f"{e.path}:{e.line}: two people in one entry {e.name!r} skipped")
            return
        plain = split_parenthetical(text)[0].upper()
        base = strip_titles(plain, self.given_names) or plain
        if len(base.split()) < 2:
            base = plain
        dated = any(r.dated for r in e.roles)
        person = (e.from_countryinfo or "igorulers" in e.comment.lower()
                  or self.looks_like_person(base, dated=dated and e.path != ACTOR_FILES["milnonstate"]))
        if person:
            self.add_person(e, section)
        else:
            self.add_org(e, section, self.org_type(e))

    # ---- merging, ids, ambiguity ----------------------------------------------------
    def finish(self) -> list[dict[str, Any]]:
        persons = self.merge_persons(self.persons)
        orgs = self.merge_orgs(self.orgs)
        orgs, persons = self.apply_curated(orgs, persons)
        self.mark_ambiguous(persons, orgs)
        records: list[_Record] = list(self.c.records.values())
        records += self.assign_ids(orgs, lambda r: ("group:" if r.type == "ArmedGroup" else "org:") + slugify(r.name))
        self.drop_state_qualified_aliases(orgs)  # after the ids, which rank namesakes by their aliases
        records += self.assign_ids(persons, lambda r: "person:" + slugify(r.name))
        # A country file's place name that a curated actor is named by is that actor ("FATAH" among
        # Palestine's names is the movement, not a town).
        curated_names = {normalise(n) for spec in CURATED_ACTORS for n in (spec["name"], *spec["aliases"])}
        places = [p for p in self.places.values() if p.source == "curated" or normalise(p.name) not in curated_names]
        self.stats["country-file place names that are curated actors"] += len(self.places) - len(places)
        places = self.merge_place_spellings(places)
        records += self.assign_ids(sorted(places, key=lambda p: (p.source != "curated", p.country or "", p.name)),
                                   lambda r: "place:" + slugify(r.name))
        out = [r.to_json() for r in records]
        out.sort(key=lambda d: d["id"])
        ids = [d["id"] for d in out]
        assert len(ids) == len(set(ids)), "duplicate ids"
        return out

    def merge_place_spellings(self, places: list[_Record]) -> list[_Record]:
        """Join the places of one state whose names are transliterations of one name, so that
        "Idleb" and "Idlib", "Falluja" and "Fallujah", "Ar Raqqa" and "Raqqa" are one node of
        the graph and not two.

        The kept record is the curated one, else the one without an opening Arabic article,
        else the one the dictionary lists first; the others' names become its aliases.
        """
        groups: dict[tuple, list[_Record]] = defaultdict(list)
        for p in places:  # insertion order is the dictionary's order
            groups[(p.country or "", place_spelling_key(p.name))].append(p)
        out: list[_Record] = []
        for (iso, key), members in groups.items():
            if len(members) == 1 or not iso or (iso, key) in DISTINCT_PLACE_KEYS:
                out.extend(members)
                continue
            keep = min(members, key=lambda r: (r.source != "curated", _opens_with_article(r.name),
                                               members.index(r)))
            for r in members:
                if r is not keep:
                    keep.add_alias(r.name)
                    for a in r.aliases:
                        keep.add_alias(a)
                    self.stats["place spellings merged"] += 1
            out.append(keep)
        return out

    def is_capital(self, rec: _Record) -> bool:
        country = self.c.records.get(rec.country or "")
        return rec.type == "Place" and country is not None and country.capital == rec.name

    def assign_ids(self, recs: list[_Record], base_id) -> list[_Record]:
        groups: dict[str, list[_Record]] = defaultdict(list)
        fixed = [r for r in recs if r.id]  # curated actors keep their ids
        for r in recs:
            if not r.id:
                groups[base_id(r)].append(r)
        taken: set[str] = set(self.c.records) | {r.id for r in fixed}
        out = list(fixed)
        for base in sorted(groups):
            members = groups[base]
            if len(members) == 1 and base not in taken:
                members[0].id = base
            else:
                # A capital keeps the bare id, and with it the first rank among places of its
                # name: "Tripoli" is Libya's unless the document says Lebanon.
                members.sort(key=lambda r: (not self.is_capital(r), -len(r.roles) - len(r.aliases),
                                            r.country or "", r.code or "", r.name))
                start = 0
                if base not in taken:
                    members[0].id = base
                    start = 1
                for i, r in enumerate(members[start:], 2):
                    suffix = (r.country or "").lower() or (r.code or "").lower() or str(i)
                    cand = f"{base}-{suffix}"
                    n = 2
                    while cand in taken or any(m.id == cand for m in members):
                        cand = f"{base}-{suffix}-{n}"
                        n += 1
                    r.id = cand
            for r in members:
                taken.add(r.id)
            out.extend(members)
        return out

    def merge_persons(self, persons: list[_Record]) -> list[_Record]:
        for p in persons:
            common = CURATED_PERSON_NAMES.get(p.merge_key[0])
            if common:
                p.aliases.insert(0, p.name)
                p.name = common
                p.merge_key = (slugify(common),) + p.merge_key[1:]
        by_slug: dict[str, list[_Record]] = defaultdict(list)
        for p in persons:
            by_slug[p.merge_key[0]].append(p)
        merged: list[_Record] = []
        for slug in sorted(by_slug):
            clusters: list[_Record] = []
            for p in by_slug[slug]:
                target = next((c for c in clusters if c.country == p.country or not c.country or not p.country), None)
                if target is None:
                    clusters.append(p)
                    continue
                target.aliases += p.aliases
                target.roles += p.roles
                target.leader |= p.leader
                target.country = target.country or p.country
                latest = sorted((r for r in target.roles if r.dated), key=lambda r: (r.end or date.max, r.start or date.min))
                if latest:
                    target.code = latest[-1].code
                self.stats["person entries merged"] += 1
            merged.extend(clusters)
        merged = self.merge_spellings(merged)
        # "RUSSIAN_PRESIDENT_YELTSIN": a surname alone joins the one person of that surname
        by_surname: dict[str, list[_Record]] = defaultdict(list)
        for p in merged:
            words = normalise(p.name).split()
            if len(words) >= 2 and not p.merge_key[1]:
                by_surname[words[-1]].append(p)
        out = []
        for p in merged:
            if p.merge_key[1]:
                cands = [c for c in by_surname.get(normalise(p.merge_key[1]), [])
                         if not p.country or not c.country or c.country == p.country]
                # Careers only keep apart: a namesake ruled out by dates makes the others no less ambiguous.
                if len(cands) == 1 and _one_career(p, cands[0]):
                    t = cands[0]
                    t.aliases += p.aliases
                    t.roles += p.roles
                    t.leader |= p.leader
                    t.country = t.country or p.country
                    self.stats["person entries merged (surname only)"] += 1
                    continue
            out.append(p)
        return out

    def merge_spellings(self, persons: list[_Record]) -> list[_Record]:
        """Join a person whose full name is another person's alias of the same state, the Arabic
        article aside: CountryInfo's "MUAMMAR_AL_QADDAFI" (a head of state) is the
        "MUAMMAR_GADDAFI" entry that lists "MUAMMAR_QADDAFI" among its spellings.

        Only when that spelling is one person's, and not between two heads of state: namesakes
        keep their entries ("GEORGE_BUSH", the father, is also among the son's spellings).
        """
        def key(text: str) -> str:
            return " ".join(w for w in normalise(text.replace("-", " ")).split() if w not in ("al", "el"))

        by_key: dict[tuple, set[int]] = defaultdict(set)
        for i, p in enumerate(persons):
            for n in [p.name] + p.aliases:
                if len(key(n).split()) >= 2:
                    by_key[(p.country, key(n))].add(i)
        into: dict[int, int] = {}
        for i, p in enumerate(persons):
            if not p.country:
                continue
            holders = by_key.get((p.country, key(p.name)), set()) - {i}
            if len(holders) == 1:
                j = next(iter(holders))
                if j not in into and i not in into.values() and not (p.leader and persons[j].leader):
                    into[i] = j
        for i, j in into.items():
            t, p = persons[j], persons[i]
            t.aliases += [p.name] + p.aliases
            t.roles += p.roles
            t.leader |= p.leader
            latest = sorted((r for r in t.roles if r.dated), key=lambda r: (r.end or date.max, r.start or date.min))
            if latest:
                t.code = latest[-1].code
            self.stats["person entries merged (one's name another's spelling)"] += 1
            self.warnings.append(f"person {p.name!r} merged into {t.name!r} ({t.country})")
        return [p for i, p in enumerate(persons) if i not in into]

    def merge_orgs(self, orgs: list[_Record]) -> list[_Record]:
        by_key: dict[tuple, _Record] = {}
        order: list[_Record] = []
        for o in orgs:
            key = o.merge_key
            if key in by_key:
                t = by_key[key]
                t.aliases += o.aliases
                t.roles += o.roles
                self.stats["organisation entries merged (same name)"] += 1
                continue
            by_key[key] = o
            order.append(o)
        # an acronym entry and a spelled-out entry with the same specific code are one actor
        by_code: dict[tuple[str, str], list[_Record]] = defaultdict(list)
        for o in order:
            if o.code and len(o.code) > 6:
                by_code[(o.type, o.code)].append(o)
        dropped: set[int] = set()
        for (_t, _code), group in by_code.items():
            longs = [g for g in group if " " in g.name]
            for g in group:
                if " " in g.name or id(g) in dropped:
                    continue
                acro = normalise(g.name).replace(" ", "")
                target = next((lg for lg in longs if acro in _acronyms(normalise(lg.name)) and len(acro) >= 3), None)
                if target is not None:
                    target.aliases += [g.name] + g.aliases
                    target.roles += g.roles
                    dropped.add(id(g))
                    self.stats["organisation entries merged (acronym)"] += 1
        return [o for o in order if id(o) not in dropped]

    def apply_curated(self, orgs: list[_Record], persons: list[_Record]) -> tuple[list[_Record], list[_Record]]:
        """Merge the Phoenix entries named like a :data:`CURATED_ACTORS` actor into it."""
        remaining = list(orgs)
        people = list(persons)
        curated_out = []
        for spec in CURATED_ACTORS:
            keys = {normalise(spec["name"])} | {normalise(a) for a in spec["aliases"]} | \
                   {normalise(m) for m in spec.get("match", ())}
            rec = _Record(id=spec["id"], name=spec["name"], type=spec["type"], country=spec.get("country"),
                          code=spec.get("code"), source="curated")
            for a in spec["aliases"]:
                rec.add_alias(a)
            keep = []
            for o in remaining:
                if normalise(o.name) in keys:
                    rec.aliases += [o.name] + o.aliases
                    rec.roles += o.roles
                    rec.source = "phoenix"
                    self.stats["phoenix entries merged into curated actors"] += 1
                else:
                    keep.append(o)
            remaining = keep
            if spec["type"] != "Person":
                kept_people = []
                for p in people:  # a group named after a person ("ABU_SAYYAF")
                    if normalise(p.name) in keys and not any(r.dated for r in p.roles):
                        rec.roles += p.roles
                        rec.source = "phoenix"
                        self.stats["phoenix entries merged into curated actors"] += 1
                    else:
                        kept_people.append(p)
                people = kept_people
            curated_out.append(rec)
        return curated_out + remaining, people

    def drop_state_qualified_aliases(self, orgs: list[_Record]) -> None:
        """Drop an organisation's alias that another organisation's name qualifies by a state.

        Hezbollah's old front name "ISLAMIC_JIHAD" is what "Palestinian Islamic Jihad",
        "Egyptian Islamic Jihad" and "Yemen Islamic Jihad" are called for short: the bare
        words name whichever of them the story is about, not Hezbollah.
        """
        states: set[str] = set()
        for rec in self.c.records.values():
            states |= {normalise(a) for a in [rec.name] + rec.aliases + rec.demonyms}
        states.discard("")
        qualified: dict[str, set[int]] = defaultdict(set)  # "islamic jihad" → the orgs "<state> islamic jihad"
        for i, o in enumerate(orgs):
            for n in [o.name] + o.aliases:
                words = normalise(n).split()
                for cut in range(1, len(words) - 1):
                    if " ".join(words[:cut]) in states:
                        qualified[" ".join(words[cut:])].add(i)
        for i, o in enumerate(orgs):
            keep = []
            for a in o.aliases:
                if qualified.get(normalise(a), set()) - {i} and normalise(a) != normalise(o.name):
                    self.stats["organisation aliases dropped (another's name qualified by a state)"] += 1
                    self.warnings.append(f"alias {a!r} of {o.name!r} dropped: another organisation's "
                                         f"name qualified by a state")
                    continue
                keep.append(a)
            o.aliases = keep

    def mark_ambiguous(self, persons: list[_Record], orgs: list[_Record]) -> None:
        """Move single-word person aliases that name several actors to ``ambiguous_aliases``.

        A one-word alias ("Erdogan", "Carter") is ambiguous when another person has it as
        a one-word alias or as the last word of their name, or when it is a name, alias or
        demonym of a country or an organisation.
        """
        holders: dict[str, set[int]] = defaultdict(set)
        for i, p in enumerate(persons):
            for a in p.aliases:
                k = normalise(a)
                if k and " " not in k:
                    holders[k].add(i)
            words = normalise(p.name).split()
            if len(words) >= 2:
                holders[words[-1]].add(i)
        other_keys: set[str] = set()
        for rec in list(self.c.records.values()) + orgs:
            for a in [rec.name] + rec.aliases + rec.demonyms:
                other_keys.add(normalise(a))
        for i, p in enumerate(persons):
            keep = []
            for a in p.aliases:
                k = normalise(a)
                if k and " " not in k and (holders[k] - {i} or k in other_keys):
                    p.ambiguous_aliases.append(a)
                    self.stats["ambiguous single-word person aliases"] += 1
                else:
                    keep.append(a)
            p.aliases = keep


def build_actor_records(dict_dir: Path | str, capitals_path: Path | str | None = None,
                        warnings: Optional[list[str]] = None,
                        stats: Optional[Counter[str]] = None) -> list[dict[str, Any]]:
    """Parse the dictionaries and build every actor record.

    Parameters
    ----------
    dict_dir
        Folder holding the ``Phoenix.*.actors.txt`` files.
    capitals_path
        ``capitals.tsv``; default: the packaged one.
    warnings
        Parser and build problems are appended here.
    stats
        Counters of what the build did (aliases moved, entries merged ...).

    Returns
    -------
    list of dict
        JSON-ready records sorted by ``id``.
    """
    dict_dir = Path(dict_dir)
    warnings = warnings if warnings is not None else []
    entries = {key: list(parse_actor_file(dict_dir / fname, warnings)) for key, fname in ACTOR_FILES.items()}
    capitals = parse_capitals(capitals_path or RESOURCES / "capitals.tsv")
    builder = _Builder(_Countries(capitals), warnings)
    records = builder.build(entries)
    if stats is not None:
        stats.update(builder.stats)
    _check_records(records)
    return records


def _check_records(records: Sequence[dict[str, Any]]) -> None:
    for r in records:
        if r["type"] not in ACTOR_TYPES:
            raise ValueError(f"record {r['id']}: bad type {r['type']!r}")
        if not r["name"]:
            raise ValueError(f"record {r['id']}: empty name")


def write_jsonl_gz(records: Iterable[dict[str, Any]], path: Path | str) -> None:
    """Write records as gzip-compressed JSON lines, reproducibly (``mtime=0``, no file name)."""
    path = Path(path)
    data = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records)
    with path.open("wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
            gz.write(data.encode("utf-8"))


def write_agents(agents: dict[str, str], path: Path | str) -> None:
    """Write ``agents.json`` (sorted keys, one entry per line)."""
    Path(path).write_text(json.dumps(agents, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Command line: ``python -m graphbuilder.convert_actors DICT_DIR [--out DIR]``."""
    ap = argparse.ArgumentParser(prog="python -m graphbuilder.convert_actors", description=__doc__.split("\n")[0])
    ap.add_argument("dict_dir", type=Path, help="folder with the Phoenix dictionaries")
    ap.add_argument("--out", type=Path, default=RESOURCES, help="output folder (default: the package resources)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every warning")
    args = ap.parse_args(argv)
    warnings: list[str] = []
    stats: Counter[str] = Counter()
    for fname in list(ACTOR_FILES.values()) + [AGENTS_FILE, LICENSE_FILE]:
        if not (args.dict_dir / fname).is_file():
            print(f"error: {args.dict_dir / fname}: no such file", file=sys.stderr)
            return 2
    records = build_actor_records(args.dict_dir, warnings=warnings, stats=stats)
    args.out.mkdir(parents=True, exist_ok=True)
    write_jsonl_gz(records, args.out / "actors.jsonl.gz")
    agents = build_agents(parse_agents_file(args.dict_dir / AGENTS_FILE, warnings))
    write_agents(agents, args.out / "agents.json")
    shutil.copyfile(args.dict_dir / LICENSE_FILE, args.out / "LICENSE-phoenix.txt")
    by_type = Counter(r["type"] for r in records)
    print(f"{len(records)} actors -> {args.out / 'actors.jsonl.gz'}")
    for t in ACTOR_TYPES:
        print(f"  {t:26} {by_type[t]}")
    print(f"{len(agents)} agent nouns -> {args.out / 'agents.json'}")
    for k, v in sorted(stats.items()):
        print(f"  {k}: {v}")
    print(f"{len(warnings)} warnings" + ("" if args.verbose else " (-v to list)"))
    if args.verbose:
        for w in warnings:
            print("  " + w)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
