"""Convert the CAMEO/PLOVER event-coding tables into graphbuilder package data.

This module turns four read-only inputs into the JSON resources under
``graphbuilder/resources`` that :mod:`graphbuilder.codes` loads at run time:

``dictionaries/CAMEO.verbpatterns.150430.txt``
    The PETRARCH verb dictionary (MIT licence, Open Event Data Alliance):
    ``--- NAME [code] ---`` blocks of verb forms followed by
    ``- high * low [code]`` patterns, plus ``&SYNSET`` word lists.
``eval/icews_cameo-codes.csv``
    The CAMEO code table (code, name, Goldstein score, root code).
``eval/CAMEO2PLOVER-2021.txt``
    The official CAMEO -> PLOVER conversion table (``code: TYPE, mode, context``).
``eval/relation_mapping.json``
    The project's alignment of its relation vocabulary with CAMEO roots and
    PLOVER types (``cameo_primary`` = what the project emits, ``cameo_accept`` =
    relaxed matches).

and writes ``cameo.json``, ``relations.json`` and ``verbs.json``.  Output is
deterministic: keys are sorted and re-running on the same inputs produces
byte-identical files.  No spaCy model is needed: verb base forms are taken
from the dictionary and object nouns are lemmatised with a small rule set
that mirrors spaCy's English noun lemmatiser for the words that occur.

Regenerate with::

    python -m graphbuilder.convert_verbs /work/shared

Derivation rules (documented here because the resources depend on them)
----------------------------------------------------------------------
CAMEO code -> project relation
    Longest-prefix match over two tiers.  Tier 1: the ``cameo_primary`` roots
    and ``cameo_subcodes`` of the project's event relations (ties between a
    primary root and a subcode cannot happen; between two relations the one
    listed first in ``relation_mapping.json`` wins).  Tier 2, used only when no
    tier-1 prefix matches: ``cameo_accept`` lists, plus the primary roots of
    mapping relations that are not project relations and are folded into one
    (``agrees`` -> ``cooperates``, as its note says).  ``042`` (make a visit)
    is assigned to the project relation ``visits``, which the mapping file
    lists only as a ``meets`` sub-code.  Codes under no listed prefix (01
    statements, 08 yield, 09 investigate) map to ``None``.
Relation group
    From the CAMEO quad classes of the relation's primary and accepted roots:
    roots 02-08 are cooperation, 09-20 conflict, 01 neutral; a relation whose
    roots fall in both classes (``requests``: 02 appeal and 10 demand) is
    ``neutral``, as are the state relations.
Verb lexicon
    Every single-word verb of a coded block becomes ``lemma -> code`` with the
    verb's own ``[code]`` if it has one, otherwise the block's header code;
    verbs of ``[---]`` blocks (``reject``, ``deny``, ``launch`` ...) are left
    out, as PETRARCH codes them only through patterns.  Verb lines that are
    inflections of another verb of the block (``THREW``, ``WORRIED``) are
    folded into it.  A verb listed in several blocks keeps its own ``[code]``
    if any, otherwise the block it heads, otherwise its first coded block.
    ``a:b`` codes are TABARI paired codes: ``a`` for source -> target, ``b``
    for the reverse direction (``HOST [043:042]``: the host hosts, the guest
    visits); ``b`` is kept as ``reverse_cameo``.
Phrases
    Verb-first multi-word verbs (``+CALL_FOR``, ``+WAGE_WAR``) and patterns of
    the shape ``- [$|%] * [particle] [object] [prep|+|^|%]...`` whose origin
    verb (named in the pattern's comment) belongs to the block.  The object
    is one content word, or a synset of at most ``MAX_SYNSET`` members
    (expanded to its one-word members).  Skipped: words before the verb
    (modals, negation, context), a source after the verb or the target before
    it (reversed roles), content words after the object, hyphenated or
    multi-word objects, participles (``KILLED``) and the TABARI stems and
    misspellings in ``UNUSABLE_WORDS``.  The preposition just before the
    target marker ``+`` is kept as ``target``.  When several patterns give one
    phrase, the one with the fewest dropped trailing tokens wins, then the
    first in the file.  A phrase is dropped when it codes like its bare verb
    and names no target preposition, or when neither it nor its bare verb
    maps to a relation.  A phrase coded
    ``[---]`` is kept (``cameo: null``) when it overrides a verb that has a
    relation (``impose taxes``).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "EVENT_RELATIONS",
    "STATE_RELATIONS",
    "CameoCode",
    "PloverEntry",
    "VerbForm",
    "VerbPattern",
    "VerbBlock",
    "VerbDictionary",
    "Phrase",
    "VerbLexiconReport",
    "parse_code",
    "parse_verb_dictionary",
    "read_verb_dictionary",
    "read_cameo_codes",
    "read_cameo2plover",
    "read_relation_mapping",
    "noun_lemma",
    "inflection_base",
    "block_form_index",
    "usable_object",
    "phrase_readings",
    "cameo_prefix_table",
    "relation_for_code",
    "build_cameo",
    "build_relations",
    "build_verbs",
    "dump_json",
    "main",
]

#: Project relations in vocabulary order: 14 event relations, then 5 state relations.
EVENT_RELATIONS: tuple[str, ...] = (
    "meets", "cooperates", "supports", "aids", "requests", "opposes", "rejects",
    "threatens", "protests", "mobilizes", "sanctions", "coerces", "attacks", "visits",
)
STATE_RELATIONS: tuple[str, ...] = ("stationed-at", "leader-of", "member-of", "located-in", "controls")

#: Mapping relations that are not project relations, and where they are folded.
FOLDED_RELATIONS: dict[str, str] = {"agrees": "cooperates"}

#: Relations the project adds on top of the mapping file: name -> (default code, parent).
EXTRA_EVENT_RELATIONS: dict[str, tuple[str, str]] = {"visits": ("042", "meets")}

#: Words that may follow a verb as a particle or preposition in a phrase.
PARTICLES: frozenset[str] = frozenset(
    """ABOUT ABOVE ACROSS AFTER AGAINST AHEAD ALONG AMONG AMONGST APART AROUND AS ASIDE AT
    AWAY BACK BEFORE BEHIND BELOW BENEATH BESIDE BETWEEN BEYOND BY DOWN DURING FOR FORTH
    FORWARD FROM IN INSIDE INTO NEAR OF OFF ON ONTO OUT OUTSIDE OVER PAST ROUND THROUGH
    THROUGHOUT TO TOGETHER TOWARD TOWARDS UNDER UNTIL UP UPON VIA WITH WITHIN WITHOUT""".split()
)

#: Words that must not be taken as the object of a phrase (they change the reading).
FUNCTION_WORDS: frozenset[str] = frozenset(
    """A AN THE THIS THAT THESE THOSE IT ITS THEIR THEM THEY HE HIS HER SHE WE OUR US YOU
    I ME MY NOT NO NOR NEVER AND OR BUT IF THAN THEN SO ALSO STILL YET JUST ONLY EVEN
    BE IS ARE AM WAS WERE BEEN BEING HAVE HAS HAD DO DOES DID WILL WOULD SHALL SHOULD
    CAN COULD MAY MIGHT MUST SAID SAYS SAY WHO WHOM WHICH WHAT WHEN WHERE WHY HOW
    ALL ANY EACH EVERY SOME MORE MOST OWN OTHER SUCH VERY AGAIN ONE TWO""".split()
)

#: Synsets with more members than this (currencies, weapons, aircraft) are not expanded.
MAX_SYNSET: int = 20

#: Actor and skip markers of PETRARCH patterns.
MARKERS: frozenset[str] = frozenset({"+", "$", "^", "%"})

_WORD_RE = re.compile(r"^[A-Z]+$")
_CODE_RE = re.compile(r"^\d{2,4}$")


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class CameoCode:
    """One row of the CAMEO code table.

    Attributes
    ----------
    code : str
        The CAMEO code with its leading zeros, e.g. ``"042"``.
    name : str
        The code's name, e.g. ``"Make a visit"``.
    goldstein : float or None
        The Goldstein conflict-cooperation score (-10 .. +10).
    root : str
        The two-digit root (cue category), e.g. ``"04"``.
    """

    code: str
    name: str
    goldstein: float | None
    root: str


@dataclass(frozen=True)
class PloverEntry:
    """One line of the CAMEO -> PLOVER table.

    Attributes
    ----------
    code : str
        The CAMEO code.
    plover : str
        The PLOVER event type, e.g. ``"CONSULT"``.
    mode : str or None
        The PLOVER mode, e.g. ``"visit"``; ``None`` when blank.
    context : str or None
        The PLOVER context(s), e.g. ``"military"``; ``None`` when blank.
    line : int
        1-based line number in the table.
    """

    code: str
    plover: str
    mode: str | None
    context: str | None
    line: int


@dataclass(frozen=True)
class VerbForm:
    """A verb line of a PETRARCH verb block.

    Attributes
    ----------
    words : tuple of str
        The upper-case words of the primary form, without ``+``; one word for
        a simple verb, several for a multi-word verb (``("CALL", "FOR")``).
    verb_index : int
        Index in `words` of the word the parser treats as the verb (the one
        marked ``+``; 0 for simple verbs).
    forms : tuple of str
        Irregular forms given in ``{...}`` (``+`` removed, ``_`` kept).
    code : str or None
        The verb's own code (``"114"``); ``None`` when it inherits the block's.
    paired : str or None
        Second half of a paired ``[a:b]`` own code.
    null : bool
        True when the verb's own code is ``[---]`` (explicitly no event).
    line : int
        1-based line number.
    """

    words: tuple[str, ...]
    verb_index: int
    forms: tuple[str, ...]
    code: str | None
    paired: str | None
    null: bool
    line: int

    @property
    def base(self) -> str:
        """The primary form with words joined by ``_`` (``"CALL_FOR"``)."""
        return "_".join(self.words)

    @property
    def is_multiword(self) -> bool:
        """Whether the verb has more than one word."""
        return len(self.words) > 1

    def inflections(self) -> tuple[str, ...]:
        """All surface forms PETRARCH recognises for this verb.

        Returns
        -------
        tuple of str
            The base form, the irregular forms if given, otherwise the regular
            ``-S``/``-ED``/``-ING`` forms generated as PETRARCH does (on the
            ``+``-marked word of a multi-word verb).
        """
        if self.forms:
            return (self.base, *self.forms)
        root = self.words[self.verb_index]
        if root.endswith("E"):
            endings = (root + "S", root + "D", root[:-1] + "ING")
        else:
            endings = (root + "S", root + "ED", root + "ING")
        out = [self.base]
        for ending in endings:
            words = list(self.words)
            words[self.verb_index] = ending
            out.append("_".join(words))
        return tuple(out)


@dataclass(frozen=True)
class VerbPattern:
    """A ``- high * low [code] # ORIGIN`` pattern line.

    Attributes
    ----------
    high : tuple of str
        Tokens before ``*`` in text order (words, markers, ``&SYNSET`` labels).
    low : tuple of str
        Tokens after ``*`` in text order.
    code : str or None
        First code of ``[a:b]``; ``None`` for ``[---]``.
    paired : str or None
        Second code of ``[a:b]``.
    origins : tuple of str
        Verbs named in the comment (where the pattern was first found).
    line : int
        1-based line number.
    """

    high: tuple[str, ...]
    low: tuple[str, ...]
    code: str | None
    paired: str | None
    origins: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class VerbBlock:
    """A ``--- NAME [code] ---`` verb block.

    Attributes
    ----------
    name : str
        The header label, e.g. ``"MEET_PEOPLE"``.
    code : str or None
        The header (primary) code; ``None`` for ``[---]`` or a missing code.
    paired : str or None
        Second half of a paired header code (``HOST [043:042]``).
    verbs : tuple of VerbForm
        The verb lines, in file order.
    patterns : tuple of VerbPattern
        The pattern lines, in file order.
    line : int
        1-based line number of the header.
    """

    name: str
    code: str | None
    paired: str | None
    verbs: tuple[VerbForm, ...]
    patterns: tuple[VerbPattern, ...]
    line: int


@dataclass(frozen=True)
class VerbDictionary:
    """A parsed PETRARCH verb dictionary.

    Attributes
    ----------
    synsets : dict of str to tuple of str
        ``&LABEL`` -> member phrases (upper case, ``_`` and spaces as written).
    blocks : tuple of VerbBlock
        The verb blocks in file order.
    skipped : tuple of str
        ``"line N: reason"`` notes for lines the parser could not use.
    """

    synsets: dict[str, tuple[str, ...]]
    blocks: tuple[VerbBlock, ...]
    skipped: tuple[str, ...] = ()


@dataclass(frozen=True, order=True)
class Phrase:
    """A multi-word lexicon entry: verb lemma plus particle and/or object lemma.

    Attributes
    ----------
    verb : str
        Verb lemma, lower case.
    particle : str or None
        Particle or preposition depending on the verb (``"for"``, ``"out"``).
    object : str or None
        Lemma of a content word depending on the verb or on the particle
        (direct object, prepositional object or ``to``-infinitive).
    """

    verb: str
    particle: str | None = None
    object: str | None = None

    @property
    def key(self) -> str:
        """Space-joined lemmas, e.g. ``"carry out attack"``."""
        return " ".join(p for p in (self.verb, self.particle, self.object) if p)


# --------------------------------------------------------------------------- parsers


def parse_code(raw: str) -> tuple[str | None, str | None, bool]:
    """Parse the inside of a PETRARCH ``[...]`` code.

    Parameters
    ----------
    raw : str
        E.g. ``"040"``, ``"043:042"``, ``"---"``, ``" 190 "``.

    Returns
    -------
    code : str or None
        The (first) code, ``None`` for ``---`` or an unreadable code.
    paired : str or None
        The second code of a paired ``a:b`` code, if it is a code.
    null : bool
        True when the code is explicitly ``---`` (no event).

    Examples
    --------
    >>> parse_code("043:042")
    ('043', '042', False)
    >>> parse_code("---")
    (None, None, True)
    """
    first, _, second = raw.strip().partition(":")
    first, second = first.strip(), second.strip()
    if first.startswith("---"):
        return None, None, True
    code = first if _CODE_RE.match(first) else None
    paired = second if _CODE_RE.match(second) else None
    return code, paired, False


def _strip_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body, comment


def _origins(comment: str) -> tuple[str, ...]:
    """Verb names in a pattern comment such as ``ATTACK <ab 1 Jan 05> , STORM``."""
    text = re.sub(r"<[^>]*>", " ", comment)
    out: list[str] = []
    for part in text.split(","):
        tokens = part.split()
        if tokens and re.match(r"^[A-Z][A-Z_'-]*$", tokens[0]) and tokens[0] not in out:
            out.append(tokens[0])
    return tuple(out)


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(t for t in re.split(r"[\s_]+", text) if t)


def _parse_verb_line(text: str, code_raw: str | None, lineno: int) -> VerbForm | None:
    if "{" in text:
        base = text[: text.find("{")].strip()
        inner = text[text.find("{") + 1: text.find("}") if "}" in text else len(text)]
        forms = tuple(f.replace("+", "") for f in inner.split())
    else:
        base, forms = text.strip(), ()
    if not base:
        return None
    parts = base.split("_")
    marked = [i for i, p in enumerate(parts) if p.startswith("+")]
    words = tuple(p.lstrip("+") for p in parts if p.lstrip("+"))
    if len(words) != len(parts):
        return None
    verb_index = marked[0] if marked else 0
    code = paired = None
    null = False
    if code_raw is not None:
        code, paired, null = parse_code(code_raw)
    return VerbForm(words, verb_index, forms, code, paired, null, lineno)


def parse_verb_dictionary(text: str) -> VerbDictionary:
    """Parse the text of a PETRARCH verb dictionary.

    Parameters
    ----------
    text : str
        The whole dictionary file.

    Returns
    -------
    VerbDictionary
        Synsets and verb blocks.  Lines before the first ``---`` header that
        are neither synsets nor comments are ignored; pattern lines without a
        ``*`` or a code, and TABARI ``{...}`` patterns are skipped and noted.

    Notes
    -----
    Comments start with ``#``.  A header without a ``[code]`` (``--- SEND ###``)
    has the null code, as in PETRARCH.
    """
    synsets: dict[str, list[str]] = {}
    blocks: list[VerbBlock] = []
    skipped: list[str] = []
    current_syn: str | None = None
    header: tuple[str, str | None, str | None, int] | None = None
    verbs: list[VerbForm] = []
    patterns: list[VerbPattern] = []

    def close_block() -> None:
        if header is not None:
            name, code, paired, lineno = header
            blocks.append(VerbBlock(name, code, paired, tuple(verbs), tuple(patterns), lineno))

    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if current_syn is not None:
            if stripped.startswith("+"):
                member = _strip_comment(stripped[1:])[0].strip()
                if member:
                    synsets[current_syn].append(member)
                continue
            current_syn = None
        if stripped.startswith("&"):
            label = _strip_comment(stripped)[0].strip()
            current_syn = label.rstrip("_") if label.endswith("_") else label
            synsets.setdefault(current_syn, [])
            continue
        if stripped.startswith("---"):
            close_block()
            verbs, patterns = [], []
            body = _strip_comment(stripped)[0].strip("- \t")
            if "[" in body:
                name = body[: body.find("[")].strip()
                raw_code = body[body.find("[") + 1: body.find("]") if "]" in body else len(body)]
                code, paired, _ = parse_code(raw_code)
            else:
                name, code, paired = body.split("#")[0].strip(), None, None
            header = (name.strip(), code, paired, lineno)
            continue
        if header is None:
            continue
        if stripped.startswith("-"):
            body, comment = _strip_comment(stripped[1:])
            if "{" in body:
                skipped.append(f"line {lineno}: TABARI disjunction pattern")
                continue
            if "[" not in body or "*" not in body:
                skipped.append(f"line {lineno}: pattern without '*' or code")
                continue
            pattern_text = body[: body.find("[")].replace("_ ", " ")
            code, paired, _ = parse_code(body[body.find("[") + 1: body.find("]")])
            high, _, low = pattern_text.partition("*")
            patterns.append(
                VerbPattern(_tokens(high), _tokens(low), code, paired, _origins(comment), lineno)
            )
            continue
        body = _strip_comment(stripped)[0]
        code_raw = None
        if "[" in body:
            code_raw = body[body.find("[") + 1: body.find("]") if "]" in body else len(body)]
            body = body[: body.find("[")]
        verb = _parse_verb_line(body, code_raw, lineno)
        if verb is None:
            skipped.append(f"line {lineno}: unreadable verb line")
        else:
            verbs.append(verb)
    close_block()
    return VerbDictionary({k: tuple(v) for k, v in synsets.items()}, tuple(blocks), tuple(skipped))


def read_verb_dictionary(path: str | Path) -> VerbDictionary:
    """Read and parse a PETRARCH verb dictionary file.

    Parameters
    ----------
    path : str or Path
        Path of e.g. ``CAMEO.verbpatterns.150430.txt`` (ASCII).

    Returns
    -------
    VerbDictionary
    """
    return parse_verb_dictionary(Path(path).read_text(encoding="utf-8", errors="replace"))


def read_cameo_codes(path: str | Path) -> dict[str, CameoCode]:
    """Read the CAMEO code table.

    Parameters
    ----------
    path : str or Path
        ``icews_cameo-codes.csv`` with columns ``code``, ``name``,
        ``goldstein`` and ``root_code`` (others are ignored).  Free-text
        columns of the shipped file contain mis-encoded quotes, so the file is
        decoded as Latin-1; the columns used are ASCII.

    Returns
    -------
    dict of str to CameoCode
        Keyed by code, in file order.
    """
    out: dict[str, CameoCode] = {}
    with Path(path).open(encoding="latin-1", newline="") as fh:
        for row in csv.DictReader(fh):
            code = (row.get("code") or "").strip()
            if not _CODE_RE.match(code):
                continue
            score = (row.get("goldstein") or "").strip()
            try:
                goldstein: float | None = float(score)
            except ValueError:
                goldstein = None
            root = (row.get("root_code") or code[:2]).strip()
            out[code] = CameoCode(code, (row.get("name") or "").strip(), goldstein, root)
    return out


def read_cameo2plover(path: str | Path) -> tuple[dict[str, PloverEntry], list[str]]:
    """Read the CAMEO -> PLOVER conversion table.

    Parameters
    ----------
    path : str or Path
        ``CAMEO2PLOVER-2021.txt``: lines ``code: TYPE, mode, context # note``.

    Returns
    -------
    entries : dict of str to PloverEntry
        Keyed by CAMEO code; the first line wins when a code is listed twice.
    notes : list of str
        Duplicate codes that disagree with their first listing.
    """
    entries: dict[str, PloverEntry] = {}
    notes: list[str] = []
    for lineno, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#")[0].strip()
        code, sep, rest = line.partition(":")
        code = code.strip()
        if not sep or not _CODE_RE.match(code):
            continue
        fields = [f.strip() for f in rest.split(",")]
        plover = fields[0]
        if not re.match(r"^[A-Z]+$", plover):
            continue
        mode = fields[1] if len(fields) > 1 and fields[1] else None
        context = ", ".join(f for f in fields[2:] if f) or None
        entry = PloverEntry(code, plover, mode, context, lineno)
        if code in entries:
            first = entries[code]
            if (first.plover, first.mode) != (plover, mode):
                notes.append(
                    f"CAMEO2PLOVER lists {code} twice: line {first.line} {first.plover} "
                    f"and line {lineno} {plover}; kept the first"
                )
            continue
        entries[code] = entry
    return entries, notes


def read_relation_mapping(path: str | Path) -> dict[str, Any]:
    """Read ``relation_mapping.json``.

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    dict
        The parsed JSON object (``event_relations``, ``state_relations`` ...).
    """
    return json.loads(Path(path).read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- lemmas

_NOUN_EXCEPTIONS: dict[str, str] = {
    "alias": "alias", "analyses": "analysis", "arms": "arm", "atlas": "atlas",
    "barracks": "barracks", "bases": "base", "bias": "bias", "bus": "bus",
    "canvas": "canvas", "chaos": "chaos", "children": "child", "christmas": "christmas",
    "crises": "crisis", "data": "datum", "economics": "economics", "feet": "foot",
    "gas": "gas", "halves": "half", "headquarters": "headquarters", "knives": "knife",
    "leaves": "leaf", "lens": "lens", "lives": "life", "means": "means", "news": "news",
    "people": "people", "police": "police", "politics": "politics", "series": "series",
    "species": "species", "teargas": "teargas", "theses": "thesis", "thieves": "thief",
    "wives": "wife",
}
_NOT_MEN_PLURALS = frozenset({"abdomen", "acumen", "hymen", "omen", "regimen", "specimen"})


def noun_lemma(word: str) -> str:
    """Lemmatise an English noun the way spaCy's English rule lemmatiser does.

    Parameters
    ----------
    word : str
        A single word in any case (``"SANCTIONS"``).

    Returns
    -------
    str
        Lower-case singular (``"sanction"``).  Words ending in ``-ss``,
        ``-us`` or ``-is`` are left alone, ``-men`` becomes ``-man``, and a
        small exception table covers irregular plurals and ``-s`` singulars.

    Examples
    --------
    >>> noun_lemma("SANCTIONS"), noun_lemma("CASUALTIES"), noun_lemma("MARCHES")
    ('sanction', 'casualty', 'march')
    >>> noun_lemma("SERVICEMEN"), noun_lemma("TALKS"), noun_lemma("PROGRESS")
    ('serviceman', 'talk', 'progress')
    """
    w = word.lower()
    if w in _NOUN_EXCEPTIONS:
        return _NOUN_EXCEPTIONS[w]
    if w.endswith("men") and len(w) > 4 and w not in _NOT_MEN_PLURALS:
        return w[:-3] + "man"
    if len(w) <= 3 or not w.endswith("s") or w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "zzes", "sses")):
        return w[:-2]
    return w[:-1]


# --------------------------------------------------------------------------- builders


def _event_mapping(mapping: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    return dict(mapping.get("event_relations", {}))


def cameo_prefix_table(mapping: Mapping[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """Build the two-tier CAMEO prefix -> relation tables.

    Parameters
    ----------
    mapping : dict
        Parsed ``relation_mapping.json``.

    Returns
    -------
    primary : dict of str to str
        Tier 1: ``cameo_primary`` roots and ``cameo_subcodes`` of project
        relations, plus ``042 -> visits``.
    fallback : dict of str to str
        Tier 2: ``cameo_accept`` codes and roots of folded relations
        (``agrees`` -> ``cooperates``).
    """
    project = set(EVENT_RELATIONS)
    primary: dict[str, str] = {}
    fallback: dict[str, str] = {}
    for name, spec in _event_mapping(mapping).items():
        target = name if name in project else FOLDED_RELATIONS.get(name)
        if target is None:
            continue
        tier = primary if name in project else fallback
        for code in spec.get("cameo_primary", []):
            tier.setdefault(code, target)
        if name in project:
            for code in spec.get("cameo_subcodes", {}):
                primary.setdefault(code, target)
    for name, spec in _event_mapping(mapping).items():
        if name in project:
            for code in spec.get("cameo_accept", []):
                fallback.setdefault(code, name)
    for name, (code, _parent) in EXTRA_EVENT_RELATIONS.items():
        primary[code] = name
    return primary, fallback


def relation_for_code(code: str | None, primary: Mapping[str, str],
                      fallback: Mapping[str, str]) -> str | None:
    """Project relation of a CAMEO code by longest-prefix match.

    Parameters
    ----------
    code : str or None
        A CAMEO code such as ``"0231"``.
    primary, fallback : dict of str to str
        The tables from :func:`cameo_prefix_table`.

    Returns
    -------
    str or None
        The relation, or ``None`` when no prefix of `code` is listed.
    """
    if not code:
        return None
    for table in (primary, fallback):
        for n in range(len(code), 1, -1):
            if code[:n] in table:
                return table[code[:n]]
    return None


def _plover_for(code: str, plover: Mapping[str, PloverEntry]) -> PloverEntry | None:
    for n in range(len(code), 1, -1):
        if code[:n] in plover:
            return plover[code[:n]]
    return None


def build_cameo(codes: Mapping[str, CameoCode],
                plover: Mapping[str, PloverEntry]) -> dict[str, Any]:
    """Build the ``cameo.json`` document.

    Parameters
    ----------
    codes : dict of str to CameoCode
    plover : dict of str to PloverEntry

    Returns
    -------
    dict
        ``{"codes": {code: {"name", "goldstein", "root", "plover",
        "plover_mode"}}}``.  PLOVER type and mode come from the code's own line
        of the PLOVER table or, when it has none, from its closest listed
        parent; codes whose family PLOVER dropped (01, 02) get ``None``.
    """
    out: dict[str, Any] = {}
    for code, row in codes.items():
        entry = _plover_for(code, plover)
        out[code] = {
            "name": row.name,
            "goldstein": row.goldstein,
            "root": row.root,
            "plover": entry.plover if entry else None,
            "plover_mode": entry.mode if entry else None,
        }
    return {"codes": out}


def _quad_group(code: str) -> str:
    root = int(code[:2])
    if root == 1:
        return "neutral"
    return "cooperation" if root <= 8 else "conflict"


def build_relations(mapping: Mapping[str, Any],
                    codes: Mapping[str, CameoCode]) -> dict[str, Any]:
    """Build the ``relations.json`` document.

    Parameters
    ----------
    mapping : dict
        Parsed ``relation_mapping.json``.
    codes : dict of str to CameoCode
        For the Goldstein score of each relation's default code.

    Returns
    -------
    dict
        ``{"relations": {name: {...}}, "cameo_prefixes": {prefix: name},
        "cameo_prefixes_fallback": {prefix: name}}`` where each relation has
        ``cameo`` (default code), ``cameo_accept``, ``plover``, ``symmetric``,
        ``kind``, ``group`` and ``goldstein``.

    Raises
    ------
    ValueError
        If the mapping lacks one of the project's event relations.
    """
    events = _event_mapping(mapping)
    relations: dict[str, Any] = {}
    for name in EVENT_RELATIONS:
        if name in EXTRA_EVENT_RELATIONS:
            code, parent = EXTRA_EVENT_RELATIONS[name]
            spec = events[parent]
            default = code
            accept = [code[:2]]
            symmetric = False
        else:
            if name not in events:
                raise ValueError(f"relation_mapping.json has no event relation {name!r}")
            spec = events[name]
            prim = list(spec.get("cameo_primary", []))
            default = prim[0]
            accept = prim[1:] + [c for c in spec.get("cameo_accept", []) if c not in prim]
            symmetric = bool(spec.get("symmetric", False))
        groups = {_quad_group(c) for c in [default, *accept]}
        group = groups.pop() if len(groups) == 1 else "neutral"
        row = codes.get(default)
        relations[name] = {
            "cameo": default,
            "cameo_accept": sorted(accept),
            "plover": spec.get("plover"),
            "symmetric": symmetric,
            "kind": "event",
            "group": group,
            "goldstein": row.goldstein if row else None,
        }
    states = mapping.get("state_relations", {})
    for name in STATE_RELATIONS:
        spec = states.get(name, {})
        relations[name] = {
            "cameo": spec.get("cameo"),
            "cameo_accept": [],
            "plover": spec.get("plover"),
            "symmetric": False,
            "kind": "state",
            "group": "neutral",
            "goldstein": None,
        }
    primary, fallback = cameo_prefix_table(mapping)
    return {
        "relations": relations,
        "cameo_prefixes": dict(sorted(primary.items())),
        "cameo_prefixes_fallback": dict(sorted(fallback.items())),
    }


#: TABARI stems, misspellings and gerunds of ``CAMEO.verbpatterns.150430.txt`` that are
#: not words spaCy produces as a lemma (found by checking every phrase object against
#: the lemma tables of ``en_core_web_sm``); phrases with these objects are skipped.
UNUSABLE_WORDS: frozenset[str] = frozenset(
    """ACCUS AGANST AGENC AGGREMENT APOLOG ASSASSINAT ASSURENCE BLAMING COMMUNI CONGRATULAT
    COOPERAT COOPERATING CRITICI CURSING DEMOCRATISATON DENOUNC DENYING DEPLOR DEPLORING
    DISSOL DLRS ECONOM EVACU EVIDENNCE EXCHANG FELICITAT INDEPENDEN INQUIR INVESTIGA INVIT
    MASSACRING MEDIAT MEMORADUM MUDSLING NEGOTIAT NEGOTIATING OFFENC PARALY PENALT PREPARING
    PROPOS PROPOSING RECOGNI RECONCIL RELEA REPRIS ROL SEIGE SMUGGL STRENGHTENING STRIK
    SUPPPORT SUSPEN TAK WRANGL HIMSELF HERSELF ITSELF THEMSELVES OURSELVES SINCE WHETHER""".split()
)

#: Irregular preterites and participles that the dictionary lists as verb lines of their
#: own; they are folded into their base verb only when that verb is in the same block.
IRREGULAR_FORMS: dict[str, str] = {
    "BEGAN": "BEGIN", "BEGUN": "BEGIN", "BLEW": "BLOW", "BLOWN": "BLOW", "BOUGHT": "BUY",
    "BROKE": "BREAK", "BROKEN": "BREAK", "BROUGHT": "BRING", "DREW": "DRAW", "DRAWN": "DRAW",
    "FELL": "FALL", "FLED": "FLEE", "FORBADE": "FORBID", "FORBIDDEN": "FORBID",
    "FORGAVE": "FORGIVE", "FORGIVEN": "FORGIVE", "FOUGHT": "FIGHT", "FOUND": "FIND",
    "GAVE": "GIVE", "GIVEN": "GIVE", "GONE": "GO", "HELD": "HOLD", "KEPT": "KEEP",
    "LED": "LEAD", "LEFT": "LEAVE", "LOST": "LOSE", "MET": "MEET", "OVERSAW": "OVERSEE",
    "OVERSEEN": "OVERSEE", "OVERTHREW": "OVERTHROW", "OVERTHROWN": "OVERTHROW",
    "ROSE": "RISE", "RISEN": "RISE", "SAW": "SEE", "SEEN": "SEE", "SENT": "SEND",
    "SHOT": "SHOOT", "SLAIN": "SLAY", "SLEW": "SLAY", "SOLD": "SELL", "SOUGHT": "SEEK",
    "SPOKE": "SPEAK", "SPOKEN": "SPEAK", "STOLE": "STEAL", "STOLEN": "STEAL",
    "STRUCK": "STRIKE", "SWORE": "SWEAR", "SWORN": "SWEAR", "TAKEN": "TAKE", "THREW": "THROW",
    "THROWN": "THROW", "TOLD": "TELL", "TOOK": "TAKE", "UPHELD": "UPHOLD", "WENT": "GO",
    "WITHDRAWN": "WITHDRAW", "WITHDREW": "WITHDRAW", "WITHHELD": "WITHHOLD", "WON": "WIN",
    "WOUND": "WIND",
}


def inflection_base(word: str, bases: Iterable[str]) -> str | None:
    """The verb of `bases` that `word` is a regular or irregular inflection of.

    Parameters
    ----------
    word : str
        Upper-case word, e.g. ``"WORRIED"``.
    bases : iterable of str
        Candidate base forms (upper case), e.g. the verbs of one block.

    Returns
    -------
    str or None
        The base (``"WORRY"``), or ``None`` if `word` inflects none of them.

    Examples
    --------
    >>> inflection_base("STABBED", ["STAB"]), inflection_base("SAW", ["SEE"])
    ('STAB', 'SEE')
    >>> inflection_base("SAW", ["CUT"]) is None
    True
    """
    pool = set(bases) - {word}
    candidates = [IRREGULAR_FORMS.get(word, "")]
    for suffix in ("ED", "ING"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            candidates += [stem, stem + "E"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                candidates.append(stem[:-1])
    if word.endswith("IED"):
        candidates.append(word[:-3] + "Y")
    if word.endswith("S") and len(word) > 3:
        candidates += [word[:-1], word[:-2] if word.endswith("ES") else ""]
    for cand in candidates:
        if cand and cand in pool:
            return cand
    return None


def block_form_index(block: VerbBlock) -> dict[str, VerbForm]:
    """Map every surface form of a block's verbs to the verb it inflects.

    Parameters
    ----------
    block : VerbBlock

    Returns
    -------
    dict of str to VerbForm
        Form (``_``-joined, upper case) -> verb.  A verb line whose base form
        is an inflection of another verb of the block -- ``THREW`` next to
        ``THROW``, ``WORRIED`` next to ``WORRY`` -- maps to that verb; a verb
        listed twice maps to its first listing.
    """
    first: dict[str, VerbForm] = {}
    for verb in block.verbs:
        first.setdefault(verb.base, verb)
    inflected: dict[str, VerbForm] = {}
    for verb in first.values():
        for form in verb.inflections()[1:]:
            inflected.setdefault(form, verb)
    simple = [v.base for v in first.values() if not v.is_multiword]
    index: dict[str, VerbForm] = {}
    for verb in block.verbs:
        target = first[verb.base]
        if verb.base in inflected and inflected[verb.base].base != verb.base:
            target = inflected[verb.base]
        elif not verb.is_multiword:
            base = inflection_base(verb.base, simple)
            if base is not None:
                target = first[base]
        for form in verb.inflections():
            index.setdefault(form, target)
    return index


@dataclass
class _Candidate:
    code: str | None
    paired: str | None
    priority: tuple[int, int]
    target: str | None = None
    block: str = ""


@dataclass
class VerbLexiconReport:
    """Counts and notes from :func:`build_verbs` (printed by :func:`main`).

    Attributes
    ----------
    verbs, phrases : int
        Entries written.
    phrases_from_verbs, phrases_from_patterns : int
        Phrases taken from multi-word verb lines and from patterns.
    conflicts : list of str
        Lemmas or phrases with several codes, and the code kept.
    unknown_codes : set of str
        Codes used by the dictionary that the CAMEO table lacks.
    skipped_verbs : list of str
        Verb lines not converted, with the reason.
    patterns_used, patterns_total : int
        Patterns converted to at least one phrase, and all patterns.
    """

    verbs: int = 0
    phrases: int = 0
    phrases_from_verbs: int = 0
    phrases_from_patterns: int = 0
    conflicts: list[str] = field(default_factory=list)
    unknown_codes: set[str] = field(default_factory=set)
    skipped_verbs: list[str] = field(default_factory=list)
    patterns_used: int = 0
    patterns_total: int = 0


def usable_object(word: str, verb_bases: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a pattern word can stand as the object lemma of a phrase.

    Parameters
    ----------
    word : str
        Upper-case word from a pattern.
    verb_bases : set of str, optional
        Base forms of the dictionary's verbs; a word that is a past participle
        of one of them (``KILLED``) is part of a verb group, not an object.

    Returns
    -------
    bool
    """
    if not _WORD_RE.match(word) or len(word) < 3:
        return False
    if word in FUNCTION_WORDS or word in PARTICLES or word in UNUSABLE_WORDS:
        return False
    if word.endswith("ED") and inflection_base(word, verb_bases) is not None:
        return False
    return not (word in IRREGULAR_FORMS and IRREGULAR_FORMS[word] in verb_bases)


def phrase_readings(pattern: VerbPattern, synsets: Mapping[str, Sequence[str]],
                    verb_bases: frozenset[str] | set[str] = frozenset()
                    ) -> list[tuple[str | None, str | None, int, str | None]]:
    """Readings of a pattern as ``verb [particle] [object]`` phrases.

    Parameters
    ----------
    pattern : VerbPattern
    synsets : dict of str to sequence of str
        ``&LABEL`` -> members; a synset object of at most `MAX_SYNSET` members
        yields one reading per single-word member.
    verb_bases : set of str, optional
        Passed to :func:`usable_object`.

    Returns
    -------
    list of (particle, object, context, target)
        Upper-case particle and object (either may be ``None``, not both),
        the number of trailing context tokens dropped, and the preposition
        that introduces the target actor (``"ON"`` in ``* SANCTIONS ON +``),
        if any.  Empty when the pattern cannot be converted faithfully: words
        before the verb, a source after it, a target before it, content words
        after the object, or an unusable object.
    """
    if any(tok not in ("$", "%") for tok in pattern.high):
        return []
    low = list(pattern.low)
    if "$" in low:
        return []
    particle: str | None = None
    objects: list[str | None] = [None]
    i = 0
    if i < len(low) and low[i] in PARTICLES:
        particle = low[i]
        i += 1
    if i < len(low) and low[i] not in MARKERS and low[i] not in PARTICLES:
        tok = low[i]
        if tok.startswith("&"):
            members = synsets.get(tok, ())
            if not members or len(members) > MAX_SYNSET:
                return []
            words = [m.rstrip("_") for m in members]
            objects = [w for w in words if usable_object(w, verb_bases)]
        elif usable_object(tok, verb_bases):
            objects = [tok]
        else:
            return []
        if not objects:
            return []
        i += 1
    rest = low[i:]
    if any(t not in MARKERS and t not in PARTICLES for t in rest):
        return []
    if particle is None and objects == [None]:
        return []
    target = None
    if "+" in low:
        at = low.index("+")
        if at > 0 and low[at - 1] in PARTICLES:
            target = low[at - 1]
    return [(particle, obj, len(rest), target) for obj in objects]


def build_verbs(dictionary: VerbDictionary, primary: Mapping[str, str],
                fallback: Mapping[str, str], known_codes: Iterable[str] = ()
                ) -> tuple[dict[str, Any], VerbLexiconReport]:
    """Build the ``verbs.json`` document from a parsed verb dictionary.

    Parameters
    ----------
    dictionary : VerbDictionary
    primary, fallback : dict of str to str
        CAMEO prefix tables from :func:`cameo_prefix_table`.
    known_codes : iterable of str, optional
        Valid CAMEO codes; codes outside it are reported (and still kept).

    Returns
    -------
    document : dict
        ``{"verbs": {lemma: entry}, "phrases": {key: entry}}``.  A verb entry is
        ``{"cameo": code, "relation": name-or-None}`` plus ``"reverse_cameo"``
        for a paired code.  A phrase entry adds ``verb``, ``particle`` and
        ``object`` (``None`` when absent) and ``target`` (the preposition whose
        object is the target actor, ``None`` = the verb's object); its
        ``cameo`` is ``None`` when the dictionary marks the phrase as *not* an
        event (``impose taxes``), which overrides the bare verb.
    report : VerbLexiconReport
    """
    known = set(known_codes)
    report = VerbLexiconReport()

    def rel(code: str | None) -> str | None:
        return relation_for_code(code, primary, fallback)

    def note_code(*codes: str | None) -> None:
        for code in codes:
            if code and known and code not in known:
                report.unknown_codes.add(code)

    verb_bases = frozenset(v.base for b in dictionary.blocks for v in b.verbs
                           if not v.is_multiword)

    # ---- single verbs: own code > block head > first coded block
    candidates: dict[str, list[_Candidate]] = {}
    for block in dictionary.blocks:
        form_index = block_form_index(block)
        for idx, verb in enumerate(block.verbs):
            if verb.is_multiword:
                continue
            canonical = form_index[verb.base]
            if canonical.base != verb.base:
                report.skipped_verbs.append(
                    f"line {verb.line}: {verb.base} is a form of {canonical.base}")
                continue
            if not _WORD_RE.match(verb.base):
                report.skipped_verbs.append(f"line {verb.line}: {verb.base} is not one word")
                continue
            if verb.null:
                continue
            code = verb.code or block.code
            paired = verb.paired if verb.code else block.paired
            if code is None:
                continue
            note_code(code, paired)
            rank = 0 if verb.code else (1 if idx == 0 else 2)
            candidates.setdefault(verb.base.lower(), []).append(
                _Candidate(code, paired, (rank, verb.line), block=block.name))
    verbs_out: dict[str, Any] = {}
    for lemma in sorted(candidates):
        cands = candidates[lemma]
        best = min(cands, key=lambda c: c.priority)
        if len({c.code for c in cands}) > 1:
            report.conflicts.append(
                f"verb {lemma}: " + ", ".join(f"{c.code} ({c.block} line {c.priority[1]})"
                                             for c in cands) + f" -> {best.code}")
        entry: dict[str, Any] = {"cameo": best.code, "relation": rel(best.code)}
        if best.paired and best.paired != best.code:
            entry["reverse_cameo"] = best.paired
        verbs_out[lemma] = entry

    # ---- phrases: fewest dropped context tokens > first line
    phrase_cands: dict[Phrase, list[_Candidate]] = {}
    from_verbs: set[Phrase] = set()
    for block in dictionary.blocks:
        form_index = block_form_index(block)
        for verb in block.verbs:
            if not verb.is_multiword:
                continue
            rest = verb.words[1:]
            particle = rest[0] if rest[0] in PARTICLES else None
            objs = rest[1:] if particle else rest
            if verb.verb_index != 0 or len(objs) > 1 or not all(
                    usable_object(o, verb_bases) for o in objs):
                report.skipped_verbs.append(f"line {verb.line}: multi-word verb {verb.base}")
                continue
            code = None if verb.null else (verb.code or block.code)
            paired = None if verb.null else (verb.paired if verb.code else block.paired)
            ph = Phrase(verb.words[0].lower(), particle.lower() if particle else None,
                        noun_lemma(objs[0]) if objs else None)
            phrase_cands.setdefault(ph, []).append(_Candidate(code, paired, (0, verb.line)))
            from_verbs.add(ph)
        for pattern in block.patterns:
            report.patterns_total += 1
            origins = {form_index[o] for o in pattern.origins if o in form_index}
            readings = phrase_readings(pattern, dictionary.synsets, verb_bases) if origins else []
            used = False
            for verb in sorted(origins, key=lambda v: v.line):
                if verb.verb_index != 0 or len(verb.words) > 2:
                    continue
                vparticle = verb.words[1] if verb.is_multiword else None
                if vparticle is not None and vparticle not in PARTICLES:
                    continue
                for particle, obj, context, target in readings:
                    if vparticle and (particle or obj is None):
                        continue
                    part = vparticle or particle
                    ph = Phrase(verb.words[0].lower(), part.lower() if part else None,
                                noun_lemma(obj) if obj else None)
                    phrase_cands.setdefault(ph, []).append(_Candidate(
                        pattern.code, pattern.paired, (context, pattern.line),
                        target.lower() if target else None))
                    used = True
            report.patterns_used += used

    phrases_out: dict[str, Any] = {}
    for ph in sorted(phrase_cands, key=lambda p: p.key):
        cands = phrase_cands[ph]
        best = min(cands, key=lambda c: c.priority)
        rivals = {str(c.code) for c in cands if c.priority[0] == best.priority[0]}
        if len(rivals) > 1:
            report.conflicts.append(f"phrase {ph.key!r}: {sorted(rivals)} -> {best.code}")
        note_code(best.code, best.paired)
        reverse = best.paired if best.paired and best.paired != best.code else None
        bare = verbs_out.get(ph.verb)
        if bare is not None and bare["cameo"] == best.code \
                and bare.get("reverse_cameo") == reverse and best.target is None:
            continue
        if rel(best.code) is None and (bare is None or bare["relation"] is None):
            continue
        entry = {"cameo": best.code, "relation": rel(best.code)}
        for name, value in (("particle", ph.particle), ("object", ph.object),
                            ("target", best.target), ("reverse_cameo", reverse)):
            if value is not None:
                entry[name] = value
        phrases_out[ph.key] = entry
        if ph in from_verbs:
            report.phrases_from_verbs += 1
        else:
            report.phrases_from_patterns += 1
    report.verbs = len(verbs_out)
    report.phrases = len(phrases_out)
    return {"verbs": verbs_out, "phrases": phrases_out}, report


def dump_json(obj: Mapping[str, Any], path: str | Path, *, flat: bool = False) -> None:
    """Write `obj` as deterministic UTF-8 JSON (sorted keys, trailing newline).

    Parameters
    ----------
    obj : mapping
        JSON-serialisable mapping.
    path : str or Path
        Destination; parent directories are created.
    flat : bool, optional
        If true, write one compact line per entry of each top-level mapping
        (small and diff-friendly, used for ``verbs.json``); otherwise indent
        by one space.
    """
    if not flat:
        text = json.dumps(obj, sort_keys=True, indent=1, ensure_ascii=False)
    else:
        parts = []
        for key in sorted(obj):
            value = obj[key]
            if isinstance(value, Mapping) and value:
                rows = ",\n".join(
                    json.dumps(k, ensure_ascii=False) + ":"
                    + json.dumps(value[k], sort_keys=True, ensure_ascii=False,
                                 separators=(",", ":"))
                    for k in sorted(value))
                parts.append(json.dumps(key) + ":{\n" + rows + "\n}")
            else:
                parts.append(json.dumps(key) + ":" + json.dumps(
                    value, sort_keys=True, ensure_ascii=False, separators=(",", ":")))
        text = "{\n" + ",\n".join(parts) + "\n}"
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Regenerate ``cameo.json``, ``relations.json`` and ``verbs.json``.

    Parameters
    ----------
    argv : sequence of str, optional
        Command-line arguments: the shared data directory (default
        ``../shared``) and ``--out`` (default: this package's ``resources``).

    Returns
    -------
    int
        0 on success, 2 when an input file is missing.
    """
    parser = argparse.ArgumentParser(
        prog="python -m graphbuilder.convert_verbs",
        description="Convert the CAMEO/PLOVER tables and the PETRARCH verb dictionary "
                    "into graphbuilder/resources/*.json.")
    parser.add_argument("shared", nargs="?", default="../shared",
                        help="directory holding dictionaries/ and eval/ (default: ../shared)")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent / "resources"),
                        help="output directory (default: the package's resources/)")
    parser.add_argument("--quiet", action="store_true", help="print only the file summary")
    args = parser.parse_args(argv)

    shared = Path(args.shared)
    inputs = {
        "verbs": shared / "dictionaries" / "CAMEO.verbpatterns.150430.txt",
        "codes": shared / "eval" / "icews_cameo-codes.csv",
        "plover": shared / "eval" / "CAMEO2PLOVER-2021.txt",
        "mapping": shared / "eval" / "relation_mapping.json",
    }
    missing = [str(p) for p in inputs.values() if not p.is_file()]
    if missing:
        print("convert_verbs: missing input(s): " + ", ".join(missing), file=sys.stderr)
        return 2

    codes = read_cameo_codes(inputs["codes"])
    plover, plover_notes = read_cameo2plover(inputs["plover"])
    mapping = read_relation_mapping(inputs["mapping"])
    dictionary = read_verb_dictionary(inputs["verbs"])

    cameo_doc = build_cameo(codes, plover)
    relations_doc = build_relations(mapping, codes)
    primary, fallback = cameo_prefix_table(mapping)
    verbs_doc, report = build_verbs(dictionary, primary, fallback, codes)

    command = "python -m graphbuilder.convert_verbs <shared>"
    cameo_doc["_meta"] = {
        "generated_by": command,
        "sources": [
            "eval/icews_cameo-codes.csv: CAMEO codes, names, Goldstein scores",
            "eval/CAMEO2PLOVER-2021.txt: CAMEO to PLOVER table (PLOVER draft 0.8, 2021)",
        ],
        "notes": "plover and plover_mode come from the code's own line of the PLOVER table "
                 "or its closest listed parent; null where PLOVER dropped the category "
                 "(01 statements, 02 appeals)",
    }
    relations_doc["_meta"] = {
        "generated_by": command,
        "sources": ["eval/relation_mapping.json", "eval/icews_cameo-codes.csv"],
        "notes": "relation of a CAMEO code: longest prefix in cameo_prefixes, else in "
                 "cameo_prefixes_fallback (accepted codes, agrees folded into cooperates), "
                 "else none",
    }
    verbs_doc["_meta"] = {
        "generated_by": command,
        "sources": ["dictionaries/CAMEO.verbpatterns.150430.txt (PETRARCH, MIT licence, "
                    "Open Event Data Alliance; see LICENSE-cameo-verbs.txt)"],
        "notes": "verbs: lemma -> primary code; phrases: 'verb [particle] [object]' -> code, "
                 "absent particle/object/target/reverse_cameo are null; target = preposition "
                 "introducing the target actor; cameo null = not an event",
    }

    out = Path(args.out)
    dump_json(cameo_doc, out / "cameo.json")
    dump_json(relations_doc, out / "relations.json")
    dump_json(verbs_doc, out / "verbs.json", flat=True)

    print(f"cameo.json: {len(cameo_doc['codes'])} codes")
    print(f"relations.json: {len(relations_doc['relations'])} relations")
    print(f"verbs.json: {report.verbs} verb lemmas, {report.phrases} phrases "
          f"({report.phrases_from_verbs} from multi-word verbs, "
          f"{report.phrases_from_patterns} from {report.patterns_used} of "
          f"{report.patterns_total} patterns)")
    if args.quiet:
        return 0
    print("CAMEO root -> relation (tier 1 = primary/subcodes, tier 2 = accept/folded):")
    for root in sorted({c.root for c in codes.values()}):
        exceptions = sorted(
            f"{c}->{relation_for_code(c, primary, fallback)}" for c in codes
            if c.startswith(root) and relation_for_code(c, primary, fallback)
            != relation_for_code(root, primary, fallback))
        line = f"  {root} {codes[root].name if root in codes else '':<40} -> " \
               f"{relation_for_code(root, primary, fallback)}"
        if exceptions:
            line += "   except " + ", ".join(exceptions)
        print(line)
    unlisted = sorted(set(plover) - set(codes))
    if unlisted:
        print("PLOVER table codes missing from the CAMEO table: " + ", ".join(unlisted))
    for note in plover_notes:
        print(note)
    if report.unknown_codes:
        print("verb dictionary codes missing from the CAMEO table: "
              + ", ".join(sorted(report.unknown_codes)))
    print(f"{len(report.conflicts)} verb/phrase code conflicts resolved "
          f"(own code > block head > first block; fewest context tokens > first line)")
    print(f"{len(report.skipped_verbs)} verb lines skipped, "
          f"{len(dictionary.skipped)} lines unreadable")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
