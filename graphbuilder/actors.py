"""Actor mentions from a parsed ``Doc``: gazetteer and NER entities, state organs, titles.

Pure functions over a ``Doc`` whose ``ents`` come from the gazetteer SpanRuler
(label = actor type, ``ent_id_`` = canonical id) and the statistical NER.

* "Turkish troops", "the Iraqi government", "the U.S. Defense Department" become
  organs of the state (``TURMIL`` "Military of Turkey", ``IRQGOV`` ...); a bare
  demonym ("Turkish") never becomes an actor.
* "Carter" after "Ash Carter" is the same person; "he" is the closest person before.
* Titles are not part of names: "U.S. Defense Secretary Ash Carter" gives the person
  Ash Carter and a :class:`Role` (member of the US government, "Defense Secretary").
* "the Bashiqa camp" is a Facility.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any, Iterable, Iterator, Optional, Sequence

from .gazetteer import PHOENIX_AS_OF
from .model import GENERIC_PREFIX, ActorMention, is_generic
from .tokens import CACHE as _COLUMNS, columns, select
from .tokens import texts as token_texts

# Sectors of Phoenix agent codes that make an organ of the state, and what it is.
ORGANS = {
    "GOV": ("GOV", "Government", "Government of {}"),
    # CAMEO codes a legislature and its members LEG, apart from the government ("Labour MP", "the Iraqi
    # parliament"); the vocabulary has no class of its own for it: a state organ, typed as the government is.
    "LEG": ("LEG", "Government", "Legislature of {}"),
    "JUD": ("GOV", "Government", "Government of {}"),
    "SPY": ("GOV", "Government", "Government of {}"),
    "ELI": ("GOV", "Government", "Government of {}"),
    "MIL": ("MIL", "Military", "Military of {}"),
    "COP": ("COP", "Government", "Police of {}"),
    "REB": ("REB", "ArmedGroup", "Rebels in {}"),
    "INS": ("REB", "ArmedGroup", "Rebels in {}"),
    # CAMEO's unaligned armed forces: "Iranian militias" fighting in Syria are militias Iran
    # backs or raises, not rebels in Iran; a body of their own, still tied to the state.
    "UAF": ("UAF", "ArmedGroup", "Militias of {}"),
    "OPP": ("OPP", "Organisation", "Opposition in {}"),
}
#: Nouns that make the name before them a place's or building's: "the Al-Aqsa mosque" is in Jerusalem,
#: not the Al-Aqsa Martyrs Brigades; "Bashiqa camp", "Incirlik air base".
FACILITY_NOUNS = frozenset({
    "camp", "base", "airbase", "barracks", "airport", "airfield", "port", "harbour", "harbor",
    "prison", "refinery", "dam", "plant", "facility", "outpost", "checkpoint", "embassy",
    "consulate", "compound", "crossing", "reactor",
    "mosque", "church", "cathedral", "shrine", "temple", "synagogue", "hospital", "stadium",
})
#: Facility nouns that end no body's name: "the Roman Catholic Church", "the Charité Hospital" and an
#: embassy are bodies too, "Tiyas Military Airfield" is only a place.
INSTALLATION_NOUNS = FACILITY_NOUNS - {"embassy", "consulate", "mosque", "church", "cathedral", "shrine", "temple",
                                       "synagogue", "hospital", "stadium", "plant", "port"}
MINISTRY_NOUNS = frozenset({"department", "ministry", "departments", "ministries"})
#: Words between a name and its facility noun: "Incirlik *Air* Base", "Bashiqa *military* camp".
FACILITY_MODIFIERS = frozenset({
    "air", "naval", "navy", "military", "army", "marine", "airforce", "missile", "nuclear", "power", "oil",
    "detention", "refugee", "training", "border", "international",
})
LEADER_TITLES = frozenset({
    "president", "premier", "king", "queen", "emir", "chancellor", "leader", "sultan",
    "monarch", "dictator", "ruler", "strongman", "ayatollah", "taoiseach", "prime minister", "supreme leader",
    "head of state", "head of government",
})
MILITARY_TITLES = frozenset({
    "general", "gen.", "commander", "admiral", "colonel", "col.", "major", "lieutenant", "lt.",
    "brigadier", "marshal", "captain", "chief of staff", "sergeant",
})
MEMBER_TITLES = frozenset({
    "minister", "secretary", "ambassador", "spokesman", "spokeswoman", "spokesperson",
    "official", "envoy", "adviser", "advisor", "senator", "governor", "deputy",
    "vice president", "chief", "representative", "undersecretary", "diplomat", "mayor",
    "lawmaker", "congressman", "congresswoman", "mp", "attorney general", "negotiator", "commissioner",
}) | MILITARY_TITLES
#: Civil offices with "general" in their name: an attorney general or a party's general secretary is
#: no officer of the armed forces.
CIVIL_GENERALS = re.compile(r"\bgeneral[- ]secretary\b|\b(?:secretary|attorney|director|consul|governor|surgeon|"
                            r"solicitor|auditor|postmaster|advocate|procurator|prosecutor|comptroller|registrar|"
                            r"inspector|accountant|paymaster)[- ]general\b")
ORG_TYPES = frozenset({"Organisation", "InternationalOrganisation", "ArmedGroup"})
#: Ranks with a leader's word in them: a "Senior Chief Petty Officer" of the Navy does not lead it.
RANKS = re.compile(r"\b(?:master |senior )?chief (?:petty|warrant|master)\b")
ORG_LEADER_TITLES = frozenset({
    "leader", "head", "chairman", "chairwoman", "chair", "president", "director", "chief",
    "secretary-general", "secretary general", "founder", "ceo", "editor", "commander", "boss", "emir",
})
KIN = frozenset({"son", "daughter", "wife", "husband", "step-son", "stepson", "stepdaughter", "brother", "sister",
                 "father", "mother", "widow", "widower", "nephew", "niece", "cousin", "spouse", "child", "uncle",
                 "aunt", "grandson", "granddaughter", "partner", "girlfriend", "boyfriend", "fiancé", "fiancee"})
#: Titles the NER sometimes takes for a name when they stand alone ("an incumbent Pope").
BARE_TITLES = frozenset({"pope", "president", "king", "queen", "emir", "chancellor", "premier", "sultan",
                         "cardinal", "archbishop", "bishop", "imam", "sheikh", "prince", "princess", "ayatollah",
                         "minister", "governor", "mayor", "general", "senator"})
FORMER = frozenset({"former", "ex", "ex-", "late", "then", "onetime", "erstwhile"})
PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
PERSON_LABELS = ("PERSON", "Person")
_SLUG = re.compile(r"[^a-z0-9]+")


#: News agencies whose credit opens a wire story ("AP - ", "BAGHDAD (Reuters) - ").
_AGENCIES = (r"(?:AP|AFP|UPI|Reuters|REUTERS|Canadian\sPress|CP|dpa|DPA|Xinhua|XINHUA|ANSA|IANS|PTI|IRNA|Interfax"
             r"|ITAR-TASS|TASS|Bernama|Kyodo|Yonhap|AAP|CNN|Los\sAngeles\sTimes|New\sYork\sTimes|Washington\sPost"
             r"|Online|UNI|ANI|APP|SANA|KUNA|WAM|SPA|MENA|QNA|BNA|Anadolu|Saba|Prensa\sLatina|EFE|Tanjug)")
#: A transcript's speaker label ("QUESTION:", "SECRETARY KERRY:") is no dateline: its speaker speaks.
_SPEAKER_LABEL = (r"(?!(?:QUESTION|ANSWER|Q|A|MODERATOR|OPERATOR|SECRETARY|PRESIDENT|PRIME|MINISTER|MR|MRS|MS|DR"
                  r"|GENERAL|AMBASSADOR|SPOKESMAN|SPOKESWOMAN|SPOKESPERSON|SENATOR|SEN|REP|GOVERNOR|UPDATE"
                  r"|BREAKING|EDITOR|NOTE)\b)")
#: The dateline or agency credit that opens a wire story: "AP - ", "Reuters - ", "BAGHDAD (Reuters) - ",
#: "KABUL, Afghanistan -- ", "NEW DELHI, AUG 29: ", "PORT-AU-PRINCE, Haiti Oct. 2, 2004 - ",
#: "Canadian Press - OTTAWA (CP) - ": an upper-case place or an agency, an optional region and date, an
#: optional agency in brackets, then a dash or colon (none after a known agency in brackets: "Khartoum,
#: Jun 15 (UNI) A unit ..."). A place of one word has four letters at least:
#: "US - China talks" opens with no dateline.
#: A date on a line of its own before the dateline ("June 9, 2020. BEIRUT (Reuters) - ", "Tuesday, 9 June 2020
#: BEIRUT -"): the day the story was filed, no part of what it reports.  A date that opens a sentence goes on
#: with a comma or a word ("February 22, 2021, the latest eruption"), and keeps its sentence.
_DATE_LINE = (r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
              r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{4}-\d\d-\d\d)"
              r"(?:\.\s+|\s*\n\s*|\s+(?=[A-Z]{2}[A-Z.'&-]*\b)))")
_DATELINE = re.compile(rf"""\s*{_DATE_LINE}?(?:{_AGENCIES}\s*(?:--?|\u2013|\u2014)\s*)?{_SPEAKER_LABEL}
    (?:(?:[A-Z][A-Z.'&-]*(?:\s+[A-Z][A-Z.'&-]+){{1,4}}|[A-Z][A-Z.'&-]{{3,}})(?![a-z])
       |{_AGENCIES}
       |[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){{0,3}}(?=(?:,\s*[A-Z][a-z]{{2,3}}\.?\s+\d{{1,2}})?\s*\({_AGENCIES}\)))
    (?:,\s*[\w.']+(?:\s+[\w.']+){{0,3}}){{0,3}}?
    (?:\s+[A-Z][a-z]{{2,3}}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)?
    ,?\s*(?:(?:\([^()\n]{{1,30}}\))?
    \s*(?:--?|\u2013|\u2014|:|\#8212;)\s
    |\({_AGENCIES}\)\s+(?=[A-Z]))""", re.X)


def dateline_end(text: str) -> int:
    """Where the dateline or agency credit that opens a wire story ends (0 when there is none).

    Its place is where the story was filed and its agency who filed it: neither takes part in
    what the story reports, yet the parser hangs them on its first clause ("AP - President Bush"
    is no president of AP, in "BAGHDAD -- Kidnappers seized two Americans" Baghdad seized nobody)
    and the NER mistypes them ("KHARTOUM" a person, "BAGHDAD" an organisation): no actor either.
    """
    found = _DATELINE.match(text[:DATELINE_CHARS])
    return found.end() if found else 0


#: Characters at the start of a story in which a dateline is looked for.
DATELINE_CHARS = 160


def doc_dateline_end(doc) -> int:
    """:func:`dateline_end` of a ``Doc``, read from its first tokens: ``doc.text`` joins the whole
    document, which its many callers (one per person's title) cannot afford on a long one.  While
    :func:`find_actors` runs, the answer is kept on the ``Doc``."""
    cached = doc.user_data.get(_FILED)
    if cached is not None:
        return cached
    end = 0
    for tok in doc:
        end = tok.i + 1
        if tok.idx >= DATELINE_CHARS:
            break
    return dateline_end(doc[:end].text) if end else 0


#: ``Doc.user_data`` key of :func:`doc_dateline_end`'s answer while :func:`find_actors` runs.
_FILED = "gb_dateline_end"
#: ``Doc.user_data`` key of the ``Doc``'s entities while :func:`find_actors` runs: ``Doc.ents`` makes
#: every span anew, and most of its steps read them.
_ENTS = "gb_doc_ents"


def _doc_ents(doc) -> tuple:
    """``doc.ents``, as :func:`find_actors` keeps them while it runs."""
    cached = doc.user_data.get(_ENTS)
    return cached if cached is not None else doc.ents


#: ``Doc.user_data`` key of :func:`headline_end`'s answer while :func:`extract_relations` runs.
_HEADLINE = "gb_headline_end"
#: How many tokens a headline glued to the story may have at most.
HEADLINE_TOKENS = 16
#: Words that open a clause's subject and cannot end a headline before it.
CLAUSE_OPENERS = frozenset({"that", "and", "but", "or", "as", "if", "when", "while", "because", "the", "a", "an"})


def headline_end(doc) -> int:
    """Where a headline glued to the story's first sentence ends, as a token index (0 when there is none).

    Some corpora write the headline into the text without a full stop ("Labour attacked on Howard poster
    Labour has been accused of ..."; "UK helps raped Rwandan women Britain is to give ..."): the parser makes
    one sentence of both, and often one noun phrase of the headline's last noun and the story's first
    ("poster campaign Labour's election chief").  Within the document's first sentence, the headline ends
    at a capitalised word written right after a common noun in lower case, with no punctuation between
    (after a name it may continue the name: "Bundesbank President Karl Otto Poehl"), when a verb comes before
    it and a finite verb after it, and the word opens a clause's subject or a name of its own.  Not after
    a title or a word for a person, which the name after it belongs to ("election chief Alan Milburn"), nor
    at a date ("attacked the town Monday"); a name after a word for a kind of person ("loyal to rebel cleric
    Muqtada al-Sadr") ends it only as a clause's subject; nor where no verb comes before ("In Washington Bush said": a
    fronted phrase); a relative clause without its pronoun ("the plan Iran proposed") is no new sentence.
    """
    cached = doc.user_data.get(_HEADLINE)
    if cached is not None:
        return cached
    if not len(doc) or doc_dateline_end(doc):
        return 0
    sent = doc[0].sent
    for k in range(2, min(sent.end - 2, HEADLINE_TOKENS)):
        tok, prev = doc[k], doc[k - 1]
        if not tok.text[:1].isupper() or tok.lower_ == "i" or prev.pos_ != "NOUN" or not prev.text.islower() \
                or prev.lower_ in CLAUSE_OPENERS or prev.lower_ in TITLE_WORDS | PERSON_NOUNS | KIN \
                or tok.ent_type_ in ("DATE", "TIME") or prev.ent_type_ in ("DATE", "TIME") \
                or tok.lower_ in HONORIFICS:
            continue
        if any(t.lower_ in ("the", "a", "an") for t in doc[:k]):
            break  # headlines drop their articles; prose keeps them ("The European Airbus consortium is ...")
        if prev.lower_ in KIND_NOUNS:
            continue  # a body named after its kind: "aerospace group McDonnell Douglas"
        if not any(t.pos_ in ("VERB", "AUX") for t in doc[:k - 1]) \
                or not any(t.tag_ in ("VBZ", "VBD", "VBP", "MD") for t in doc[k + 1:sent.end]):
            continue
        subject = any(t.dep_ in ("nsubj", "csubj", "nsubjpass") and t.left_edge.i == k and t.head.i > t.i
                      and t.head.dep_ != "relcl" for t in doc[k:sent.end])
        if subject:
            return k
        if (tok.ent_iob_ == "B" or tok.lower_ in TITLE_WORDS) and agent_sector(prev) is None:
            # a name after a word for a kind of person is his ("rebel cleric Muqtada al-Sadr")
            return k
    return 0


#: The place a dateline opens with: "BAGHDAD", "KABUL, Afghanistan", "Port-au-Prince", up to its comma,
#: date, agency in brackets or dash.
_DATELINE_PLACE = re.compile(r"[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*)*")
_AGENCY = re.compile(rf"{_AGENCIES}$")


def dateline_place(text: str) -> Optional[str]:
    """The place of the dateline that opens a wire story ("BAGHDAD (Reuters) -" → ``"BAGHDAD"``,
    "MOSCOW, Dec 3 (AFP) -" → ``"MOSCOW"``), ``None`` when there is no dateline or only an agency credit
    ("AP - "): where the story was filed, document metadata and no party (:func:`dateline_end`)."""
    end = dateline_end(text)
    if not end:
        return None
    head = re.sub(rf"^\s*{_DATE_LINE}?", "", text[:end])
    head = re.sub(rf"^\s*{_AGENCIES}\s*(?:--?|\u2013|\u2014)\s*", "", head)
    found = _DATELINE_PLACE.match(head.strip())
    if found is None:
        return None
    place = re.sub(r"\s+[A-Z][a-z]{2,3}\.?$", "", found.group().strip())  # "TRIPOLI Dec" → "TRIPOLI"
    return None if not place or _AGENCY.match(place) else place


def slug(text: str) -> str:
    """ASCII slug of a name: ``slug("Recep Tayyip Erdoğan") == 'recep-tayyip-erdogan'``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _SLUG.sub("-", ascii_text.lower()).strip("-") or "x"


@dataclass(frozen=True)
class Role:
    """A title attached to a person mention ("Defense Secretary" of the US).

    ``former`` marks a title the person no longer holds ("former US president Jimmy
    Carter", "then-President Bush", "the late King Hussein"); ``title`` keeps the word
    that says so ("former president").
    """

    person: ActorMention
    title: str
    organ: ActorMention
    leader: bool
    former: bool = False


@functools.lru_cache(maxsize=1)
def agent_sectors() -> dict[str, str]:
    """Agent noun (lower-case, singular and plural) → Phoenix sector code (``troops`` → ``MIL``)."""
    data = json.loads(resources.files("graphbuilder.resources").joinpath("agents.json").read_text("utf-8"))
    out = {k.lower(): v for k, v in data.items()}
    from .relations import triggers

    for noun, code in triggers()["agent_overrides"].items():
        if code:
            out[noun.lower()] = code
        else:
            out.pop(noun.lower(), None)
    return out


def agent_sector(token) -> Optional[str]:
    """The Phoenix sector of the agent noun ``token`` ("troops" → ``MIL``, "students" → ``EDU``), any sector.

    Parameters
    ----------
    token
        A spaCy token; looked up by its form, then by its lemma (a plural the dictionary lacks).

    Returns
    -------
    str or None
        The three-letter sector code (a dictionary's ``~`` mark of an approximate entry dropped).
    """
    sectors = agent_sectors()
    return _sector_code(sectors.get(token.lower_) or sectors.get(token.lemma_.lower()))


def _sector_code(code: Optional[str]) -> Optional[str]:
    """The three-letter sector of a dictionary code (``~CVL`` → ``CVL``, ``GOVMIL`` → ``GOV``)."""
    return code.lstrip("~")[:3] if code else None


#: Sectors of a state's or a region's opponents, whose leader leads them, not it ("Syrian *opposition*
#: leader", "Kashmir *separatist* leader").
OPPONENT_SECTORS = frozenset({"OPP", "REB", "INS", "UAF"})


def _sector(token) -> Optional[str]:
    """:func:`agent_sector` when it is a state's organ or its opponents (:data:`ORGANS`)."""
    code = agent_sector(token)
    return code if code in ORGANS else None


def _phrase_sector(span) -> Optional[str]:
    """The organ sector of a multi-word agent phrase ("government forces" → ``MIL``), if the
    dictionary has the phrase (by its words, then with its last word's lemma)."""
    sectors = agent_sectors()
    words = [t.lower_ for t in span]
    code = _sector_code(sectors.get(" ".join(words)) or sectors.get(" ".join(words[:-1] + [span[-1].lemma_.lower()])))
    return code if code in ORGANS else None


def _organ(country: ActorMention, sector: str, doc, start: int, end: int) -> ActorMention:
    suffix, type_, template = ORGANS[sector]
    iso = country.country or country.actor_id
    span = doc[start:end]
    return ActorMention(
        actor_id=f"{iso}{suffix}", label=template.format(country.label), type=type_, country=iso,
        code=f"{iso}{suffix}", surface=span.text, start=span.start_char, end=span.end_char,
        token_start=start, token_end=end, head=span.root.i,
    )


@dataclass(frozen=True)
class KnownLeader:
    """A person the gazetteer knows as a head of ``country``'s state or government at some time;
    ``terms`` are the ``(start, end)`` dates (``None`` = open) of the person's ``<country>GOV`` roles.

    ``known_until`` is the date the source of the terms speaks as of (the bundled dictionaries':
    :data:`graphbuilder.gazetteer.PHOENIX_AS_OF`): a term still open then may have ended at any time
    since, so after that date it says nothing (``None``: a user's file, taken as current).
    """

    country: str
    terms: tuple[tuple[Optional[date], Optional[date]], ...] = ()
    known_until: Optional[date] = None

    def covers(self, when: date) -> bool:
        """Whether ``when`` falls in one of the terms."""
        return any((s is None or s <= when) and (e is None or when <= e) for s, e in self.terms)

    def ahead(self, when: date) -> bool:
        """Whether every term starts after ``when``: at that date the person is not (yet) a leader."""
        return bool(self.terms) and all(s is not None and when < s for s, _ in self.terms)

    def unknown(self, when: date) -> bool:
        """Whether the terms cannot tell if the person leads at ``when``: no closed term covers it, and
        a term open as of ``known_until`` began before it ("Netanyahu" in 2022, from a dictionary of
        2014 that has him in office since 2009: he had been out of office and back since).

        >>> KnownLeader("ISR", ((date(2009, 4, 1), None),), date(2014, 1, 30)).unknown(date(2022, 11, 5))
        True
        >>> KnownLeader("ISR", ((date(2009, 4, 1), None),), date(2014, 1, 30)).unknown(date(2012, 5, 1))
        False
        """
        if self.known_until is None or when <= self.known_until:
            return False
        closed = any(e is not None and (s is None or s <= when) and when <= e for s, e in self.terms)
        return not closed and any(e is None and (s is None or s <= when) for s, e in self.terms)

    def to_data(self) -> list:
        return [self.country, [[s.isoformat() if s else None, e.isoformat() if e else None] for s, e in self.terms],
                self.known_until.isoformat() if self.known_until else None]

    @classmethod
    def from_data(cls, data: Sequence) -> "KnownLeader":
        country, terms, *rest = data  # (a journal written before known_until has two fields)
        until = rest[0] if rest else None
        return cls(country, tuple((date.fromisoformat(s) if s else None, date.fromisoformat(e) if e else None)
                                  for s, e in terms), date.fromisoformat(until) if until else None)


def known_leaders(mentions: Iterable[ActorMention], gazetteer) -> dict[str, KnownLeader]:
    """The people among ``mentions`` whom ``gazetteer`` marks as leaders (``Actor.leader``), by id."""
    out: dict[str, KnownLeader] = {}
    for m in mentions:
        if m.type != "Person" or m.actor_id in out:
            continue
        a = gazetteer.get(m.actor_id)
        if a is not None and a.leader and a.country:
            out[m.actor_id] = KnownLeader(a.country, tuple((r.start, r.end) for r in a.roles
                                                           if r.code == a.country + "GOV"),
                                          PHOENIX_AS_OF if a.source == "phoenix" else None)
    return out


class ActorIndex:
    """Everything the rules need to know about the actors of one ``Doc``.

    ``leaders`` are the :class:`KnownLeader` among the mentions as the pipeline's gazetteer (the
    bundled one and the user's ``--actors`` file) has them; ``None`` (an index built by hand) lets
    :func:`graphbuilder.relations.known_leader_rule` read the bundled gazetteer.
    """

    def __init__(self, mentions: Sequence[ActorMention], roles: Sequence[Role] = (),
                 leaders: Optional[dict[str, KnownLeader]] = None):
        self.mentions = sorted(mentions, key=lambda m: (m.token_start, m.token_end))
        self.roles = list(roles)
        self.leaders = leaders
        self.by_token: dict[int, ActorMention] = {}
        self.by_head: dict[int, list[ActorMention]] = {}
        for m in self.mentions:
            for i in range(m.token_start, m.token_end):
                self.by_token.setdefault(i, m)
            self.by_head.setdefault(m.head, []).append(m)

    def at(self, i: int) -> Optional[ActorMention]:
        """The actor mention covering token ``i``."""
        return self.by_token.get(i)

    def headed_by(self, i: int) -> list[ActorMention]:
        """Every actor mention whose head is token ``i`` ("the Turkish and Iraqi *governments*")."""
        return self.by_head.get(i, [])

    def __iter__(self) -> Iterator[ActorMention]:
        return iter(self.mentions)


#: Named storms and quakes act in the news ("Hurricane Ian impacts Cuba") but are no actors.
NATURAL_EVENTS = frozenset({"hurricane", "typhoon", "cyclone", "storm", "tropical", "earthquake", "tornado",
                            "wildfire", "tsunami", "flood", "floods"})


#: Nouns after a region's name ("Punjab *province*").
REGION_NOUNS = frozenset({"province", "state", "region", "district", "county", "governorate", "prefecture", "oblast"})
LEADING_PREPOSITIONS = frozenset({"near", "in", "at", "outside", "inside", "around", "from", "across", "throughout"})


#: Forces of a region inside a state that the dictionaries code as the state's military (the
#: Kurdistan Region's Peshmerga are IRQMIL): a body of their own, which keeps the code.
REGIONAL_FORCES = frozenset({"org:peshmerga"})


def _mention_from_ent(ent, gazetteer) -> Optional[ActorMention]:
    label = ent.label_
    text = ent.text.strip()
    if not ent.ent_id_ and ent[0].lower_ in NATURAL_EVENTS:
        return None
    if not ent.ent_id_ and len(ent) > 1 and ent[0].is_title and (
            ent[0].pos_ in ("ADP", "ADV", "SCONJ") or ent[0].lower_ in LEADING_PREPOSITIONS):
        # "Near Ar Raqqah, 15 strikes ...": a sentence-initial preposition the NER took in.
        if ent[0].lower_ in LEADING_PREPOSITIONS - {"from"}:
            label = "GPE"  # what follows "Near", "Outside" ... is a place
        ent = ent[1:]
        text = ent.text.strip()
    if not ent.ent_id_ and len(ent) > 1 and ent[0].lower_ in HEDGES:
        # "Suspected Islamists attacked ...": the NER took the hedge into the name.
        ent = ent[1:]
        text = ent.text.strip()
    if not ent.ent_id_ and label in ("PERSON", "ORG") and (_named_place(ent) or _taken_place(ent)):
        label = "GPE"
    if not ent.ent_id_ and label == "ORG" and len(ent) > 1 and ent[-1].lower_ in INSTALLATION_NOUNS:
        label = "FAC"  # "Tiyas Military Airfield", "Evin Prison": the NER's body is an installation
    if not ent.ent_id_ and len(ent) > 1 and ent[-1].pos_ == "VERB" and ent.root.i == ent[-1].i:
        # "The Popular Mobilization Forces attacked Daesh": the NER ran the name on into its verb.
        ent = ent[:-1]
        text = ent.text.strip()
    base = dict(surface=ent.text, start=ent.start_char, end=ent.end_char,
                token_start=ent.start, token_end=ent.end, head=ent.root.i)
    if not ent.ent_id_ and label in ("PERSON", "ORG", "GPE", "LOC") and (label in ("GPE", "LOC") or _located(ent)) \
            and (place := _place_spelling(text, gazetteer)) is not None:
        # "on the way to Raqqah", "Near Ar Raqqah", "Idleb and Hamah": a transliteration the
        # gazetteer spells otherwise (Raqqa, Hama); the NER often types it a person or a body.
        return ActorMention(actor_id=place.id, label=place.name, type="Place", country=place.country,
                            code=None, **base)
    if not ent.ent_id_ and label == "ORG" and (person := _titled_name(ent, gazetteer)) is not None:
        # "General Townsend said": the NER took a title and a surname for an organisation.
        label, ent = "PERSON", person
    if ent.ent_id_ and label != "Demonym":
        actor = gazetteer.actors.get(ent.ent_id_)
        if actor is None:
            return None
        code = actor.code or ""
        if _title_entity(ent, actor):
            # "US President Barack Obama": the gazetteer's "President of the United States"
            # is here a title (see _roles), not the government acting.
            return None
        if actor.type == "Organisation" and actor.country and code == f"{actor.country}{code[3:6]}" \
                and code[3:6] in ORGANS and actor.id not in REGIONAL_FORCES:
            # "the Pentagon" (USAMIL): an organ of the state, the same node as "U.S. troops";
            # a ministry or department is a government body whatever its field ("the U.S.
            # Defense Department", as "the Iraqi Defense Ministry" is).
            sector = "GOV" if ent.root.lower_ in MINISTRY_NOUNS else code[3:6]
            suffix, type_, template = ORGANS[sector]
            country = gazetteer.actors.get(actor.country)
            return ActorMention(actor_id=f"{actor.country}{suffix}", type=type_, country=actor.country,
                                label=template.format(country.name if country else actor.country),
                                code=f"{actor.country}{suffix}", **base)
        if actor.type == "Person":
            # "German Chancellor Angela Merkel" is a Phoenix alias: the title and the
            # demonym before the name are the role's words (see _roles), not the name.
            span = _name_without_title(ent, actor, gazetteer)
            base.update(surface=span.text, start=span.start_char, end=span.end_char,
                        token_start=span.start, token_end=span.end, head=span.root.i)
        return ActorMention(actor_id=actor.id, label=actor.name, type=actor.type,
                            country=actor.country or _named_nation(actor, gazetteer), code=actor.code, **base)
    if label == "PERSON" and _named_group(ent):
        label = "ORG"
    if label == "PERSON" and len(ent) == 1 and ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in FORCE_NOUNS \
            and ent.doc[ent.end].text.islower() and ent[0].dep_ in ("compound", "amod") and ent[0].head.i == ent.end:
        return None  # "Riot police fired": a word of what the force is, capitalised by the sentence
    if label == "PERSON":
        name = _strip_titles(ent)
        if name is None:
            return None
        span, text = name
        base.update(surface=span.text, start=span.start_char, end=span.end_char,
                    token_start=span.start, token_end=span.end, head=span.root.i)
        if len(text) < 3 or not any(c.isupper() for c in text):
            return None
        if (body := _known_body(text, gazetteer)) is not None:
            return ActorMention(actor_id=body.id, label=body.name, type=body.type, country=body.country,
                                code=body.code, **base)
        # "Jan-Peter Balkenende's": a spelling of a known name the ruler's patterns miss.
        # "al-Abadi" too: a surname with its particle is a name the dictionary may give one person
        known = [a for a in gazetteer.by_alias(text, include_ambiguous=False) if a.type == "Person"] \
            if len(text.split()) >= 2 or text.split("-")[0].lower() in NAME_LOWER_PARTICLES else []
        if len(known) == 1:
            a = known[0]
            return ActorMention(actor_id=a.id, label=a.name, type="Person", country=a.country, code=a.code, **base)
        return ActorMention(actor_id=f"person:{slug(text)}", label=text, type="Person", country=None,
                            code=None, **base)
    if label == "NORP" and not ent.ent_id_ and ent.root.dep_ == "compound" and ent.root.head.lower_ in REGION_NOUNS \
            and ent.root.head.i == ent.end:
        # "Punjab province", "Sindh province": the NER read a people; the noun says it is a place.
        label = "GPE"
    if label in ("GPE", "LOC") and not ent.ent_id_ and (_named_as_business(ent) or CODE_NAME.fullmatch(text)):
        label = "ORG"  # "Italian airline Alitalia", "the Hürriyet daily", "the G20", "M23": no place
    if label in ("GPE", "LOC"):
        if len(ent) > 1 and ent[0].lower_ == "the" and ent[1].is_title:
            # "the Red Sea", "the Middle East", "the Horn of Africa": a region's name takes the
            # article, which the NER takes in; the name is what follows ("the country": no entity).
            ent = ent[1:]
            text = ent.text.strip()
            base.update(surface=ent.text, start=ent.start_char, end=ent.end_char, token_start=ent.start)
        if not text[:1].isupper() and not _article_led(text):
            return None
        return ActorMention(actor_id=f"place:{slug(text)}", label=text, type="Place", country=None,
                            code=None, **base)
    if label == "FAC":
        return ActorMention(actor_id=f"fac:{slug(text)}", label=text, type="Facility", country=None,
                            code=None, **base)
    if label == "ORG":
        if ent[0].lower_ == "the" and len(ent) > 1:
            ent = ent[1:]
            text = ent.text.strip()
            base.update(surface=ent.text, start=ent.start_char, end=ent.end_char, token_start=ent.start)
        if len(ent) > 1 and (ent[-1].tag_ == "POS" or ent[-1].lower_ in ("'s", "\u2019s", "'")):
            # "the Left Party's leader": the possessive is no part of the name.
            ent = ent[:-1]
            text = ent.text.strip()
            base.update(surface=ent.text, start=ent.start_char, end=ent.end_char, token_end=ent.end,
                        head=ent.root.i)
        if len(ent) > 1 and ent[-1].is_lower and ent[-1].pos_ in ("ADP", "CCONJ", "DET"):
            # "the Liberal Party of | Australia": the ruler's country cut the name, the NER kept the "of"
            ent = ent[:-1]
            text = ent.text.strip()
            base.update(surface=ent.text, start=ent.start_char, end=ent.end_char, token_end=ent.end,
                        head=ent.root.i)
        if not text[:1].isupper() or len(text) < 2 or (_in_title(ent) and _is_title_word(ent.doc, ent)) \
                or _office_portfolio(ent):
            return None
        if (body := _people_land_variant(text, gazetteer)) is not None:
            return ActorMention(actor_id=body.id, label=body.name, type=body.type, country=body.country,
                                code=body.code, **base)
        if _state_body_sector(ent) is not None:
            # "the Armed Forces", "the Security Service" with no state written: some state's body, the
            # document's own (scope_generic), never one node for every state's.
            return ActorMention(actor_id=f"{GENERIC_PREFIX}{slug(text)}", label=text, type="Organisation",
                                country=None, code=None, **base)
        if ent.root.dep_ == "compound" and ent.root.head.i == ent.end and \
                GENERIC_BODIES.get(ent.root.head.lower_) in ARMED_BODIES:
            # "M23 rebels", "Ansaru militants": a name that qualifies armed men is their group's.
            return ActorMention(actor_id=f"group:{slug(text)}", label=text, type="ArmedGroup", country=None,
                                code=None, **base)
        return ActorMention(actor_id=f"org:{slug(text)}", label=text, type="Organisation", country=None,
                            code=None, **base)
    return None


#: Nouns of forces or their men, whose modifier is no person's name ("*Riot* police", "*Border* guards").
FORCE_NOUNS = frozenset({"police", "policemen", "troops", "forces", "officers", "soldiers", "guards", "units"})
#: A name of capitals and digits ("M23", "G20"): a body's code, never a place's name.
CODE_NAME = re.compile(r"[A-Z]{1,3}-?\d{1,3}")
#: Generic bodies that are armed men (:data:`GENERIC_BODIES` keys).
ARMED_BODIES = frozenset({"militants", "rebels", "insurgents", "jihadists", "terrorists", "extremists", "fighters",
                          "gunmen", "militias", "separatists"})


#: Prepositions whose object is where something is or goes ("on the way *to* Raqqah").
WHERE_PREPS = frozenset({"near", "in", "to", "toward", "towards", "around", "outside", "inside", "into", "from",
                         "at", "across"})


def _located(ent) -> bool:
    """Whether ``ent`` stands where a place does: the object of :data:`WHERE_PREPS`, or a conjunct
    of a place ("Idleb and Hamah"); not "reported by Al Sabah", "told Al Sabah"."""
    root = ent.root
    if root.dep_ == "conj":
        return root.head.ent_type_ in ("GPE", "LOC", "Place", "Country")
    return root.dep_ == "pobj" and root.head.lower_ in WHERE_PREPS


#: Arabic articles that open a place's name in some transliterations ("Ar Raqqah", "Al Hasakah").
PLACE_ARTICLES = frozenset({"al", "ar", "as", "ad", "an", "ash", "at", "az", "el", "al-", "ar-"})


def _article_led(text: str) -> bool:
    """Whether ``text`` is a name opened by a lower-case Arabic article ("al-Hilla", "al Qaim")."""
    first, _, rest = text.replace("-", " ", 1).partition(" ")
    return first in PLACE_ARTICLES and rest[:1].isupper()


#: Arabic articles that open a body's name ("Al-Shabaab", "al-Qaeda"), written in either case in news.
ARTICLES = ("Al-", "Al ", "El-", "El ")


def article_name_of(text: str, name: str) -> bool:
    """Whether ``text`` opens with an Arabic article and is a form of the body's own ``name`` (the word after
    the article opens as the name's does): "al-Shabab" of "Al-Shabaab", not "Al Awlaki" (a man's surname the
    dictionary gives Al-Qaeda in the Arabian Peninsula) nor "al-Assad"."""
    def rest(words: str) -> str:
        return words[3:].lower() if words[:3].title() in ARTICLES else ""

    own, named = rest(text.strip()), rest(name)
    return len(own) >= 4 and own[:4] == named[:4]


def _known_body(text: str, gazetteer):
    """The one dictionary body whose own article-led name ``text`` is, whatever its letter case ("AL-SHABAAB",
    "al-Shabab"): the NER's person there is the body the actor list names."""
    if text[:3].title() not in ARTICLES:
        return None
    bodies = [a for a in gazetteer.by_alias(text, include_ambiguous=False)
              if a.type in ORG_TYPES and article_name_of(text, a.name)]
    return bodies[0] if len(bodies) == 1 else None


def _place_spelling(text: str, gazetteer):
    """The one place of the gazetteer ``text`` is another transliteration of: without a final
    "h" after "a" ("Raqqah", "Hamah") or an opening Arabic article ("Ar Raqqah"), or ``None``."""
    words = text.split()
    if not words or len(words) > 3:
        return None
    variants = []
    if len(words) > 1 and words[0].lower() in PLACE_ARTICLES:
        variants.append(" ".join(words[1:]))
    if "-" in words[0] and words[0].split("-")[0].lower() in PLACE_ARTICLES:
        variants.append(" ".join([words[0].split("-", 1)[1]] + words[1:]))
    for v in list(variants) + [text]:
        if v.lower().endswith("ah") and len(v) > 4:
            variants.append(v[:-1])
    for v in variants:
        places = [a for a in gazetteer.by_alias(v, include_ambiguous=False)]
        if len(places) == 1 and places[0].type == "Place" and places[0].country:
            return places[0]
    return None


#: Title words that open a person's name the NER takes for an organisation ("General Townsend").
NAME_TITLES = frozenset({"general", "gen.", "lt.", "col.", "colonel", "admiral", "adm.", "major", "maj.",
                         "brigadier", "commander", "captain", "capt.", "sergeant", "sgt.", "president",
                         "minister", "secretary", "ambassador", "senator", "sen.", "mr.", "mrs.", "ms.", "dr."})
#: Capitalised words after "General" that name a company or a body, not a person ("General Motors").
TITLE_LED_BODIES = frozenset({
    "motors", "electric", "dynamics", "mills", "atomics", "staff", "command", "secretariat", "directorate",
    "administration", "hospital", "headquarters", "intelligence", "security", "prosecutor", "accounting",
    "services", "directorates", "assembly", "council", "conference", "secretary", "hotel"})


def _titled_name(ent, gazetteer):
    """The name after the title that opens the organisation ``ent`` ("General Townsend",
    "Lt. Gen. Stephen Townsend"), when the rest is one or two capitalised words that name no
    body and the gazetteer knows no organisation by the whole ("General Motors"), else ``None``."""
    words = [t for t in ent if t.lower_ != "the"]
    i = 0
    while i < len(words) and words[i].lower_ in NAME_TITLES:
        i += 1
    rest = words[i:]
    if i == 0 or not 1 <= len(rest) <= 3:
        return None
    if not all(t.is_alpha or t.text.endswith(".") for t in rest) or not all(t.text[:1].isupper() for t in rest):
        return None
    if any(t.lower_ in ORG_NAME_WORDS or t.lower_ in TITLE_LED_BODIES or t.tag_ == "NNPS" for t in rest):
        return None
    if any(a.type != "Person" for a in gazetteer.by_alias(ent.text)):
        return None
    return ent


#: Nouns for a business or a paper, whose name the NER may take for a place ("airline Alitalia").
BUSINESS_NOUNS = frozenset({"airline", "carrier", "newspaper", "daily", "weekly", "magazine", "broadcaster",
                            "carmaker", "automaker", "company", "firm", "bank", "lender", "insurer", "retailer",
                            "conglomerate", "manufacturer"})


def _named_as_business(ent) -> bool:
    """Whether a noun for a business or a paper is written right before the name and qualifies it
    ("Italian airline Alitalia", "Turkish newspaper Hürriyet"), or right after it as the noun
    it qualifies ("the Hürriyet daily")."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    return (before is not None and before.lower_ in BUSINESS_NOUNS and before.pos_ == "NOUN"
            and (before.head.i == ent.root.i or before.head.i == before.i + 1 == ent.start
                 or before.dep_ in ("compound", "nmod", "nsubj"))) \
        or (after is not None and after.lower_ in BUSINESS_NOUNS and ent.root.head.i == after.i
            and ent.root.dep_ in ("compound", "nmod"))


#: Words that open the names of armed groups and movements in Arabic, Urdu and Persian (army, front,
#: movement, brigade, battalions, league, party, corps, supporters, council, soldiers, group...):
#: "Jaish al-Islam", "Jabhat Fateh al-Sham", "Liwa al-Quds", "Lashkar-e-Taiba" are bodies, not people.
GROUP_NAME_OPENERS = frozenset({
    "jaish", "jaysh", "jabhat", "jabha", "harakat", "haraka", "liwa", "liwaa", "kataib", "kata'ib", "katibat",
    "saraya", "asaib", "asa'ib", "ansar", "hizb", "faylaq", "hayat", "hay'at", "ahrar", "junud", "jund",
    "tanzim", "usbat", "lashkar", "jamaat", "jamaah", "jemaah", "tehrik", "tehreek", "sipah", "majlis", "hashd",
})


def _named_group(ent) -> bool:
    """"the Houthis", "the Zetas": a plural proper noun after "the" names a group, never one person.
    The tagger's plural (NNPS) of a name ending in "s" ("the Houthis", not "the Jones").
    "Jaish al-Islam": a name opened by an Arabic, Urdu or Persian word for a body (:data:`GROUP_NAME_OPENERS`)."""
    doc, last = ent.doc, ent[-1]
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) > 1 and words[0].lower_.replace("\u2019", "'") in GROUP_NAME_OPENERS:
        return True
    before = doc[ent.start - 1] if ent.start > 0 else None
    if ent[0].lower_ == "the":
        before, ent = ent[0], ent[1:]
    return (before is not None and before.lower_ == "the" and len(ent) >= 1 and last.tag_ == "NNPS"
            and last.text.endswith("s") and not last.text.endswith("ss"))


def _named_nation(actor, gazetteer) -> Optional[str]:
    """The state a group without one names itself after ("*Palestinian* Islamic Jihad", "*Libyan*
    Islamic Fighting Group"): the dictionary files such groups under a region (``MEAREB``), and
    a state is what the group fights in or for."""
    if actor.type not in ("ArmedGroup", "Organisation") or (actor.code or "").startswith(("IGO", "NGO")):
        return None
    first = actor.name.split()[0] if actor.name.split() else ""
    nation = gazetteer.demonym(first) if first[:1].isupper() else None
    return nation.id if nation is not None and nation.type == "Country" else None


#: Nouns whose "of" names a place, besides the place nouns of ``triggers.json`` ("the site of Palmyra").
SPOT_NOUNS = frozenset({"site", "vicinity", "outskirts", "suburbs", "environs", "countryside"})


def _named_place(ent) -> bool:
    """"the ancient site of *Palmyra*", "the outskirts of *Bashiqa*": what a place noun's "of" names is a
    place, whatever the NER took it for."""
    from .relations import triggers

    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.i == root.head.head.i:
        return False
    return _place_noun(root.head.head, triggers()["location"]["place_nouns"])


#: Verbs whose object is a place taken or held ("retook Qayyarah", "besieged Kobani") whatever the
#: NER calls it; "captured" and "seized" also take people, so they only retype a body's name.
PLACE_TAKING_VERBS = frozenset({"retake", "recapture", "liberate", "overrun", "besiege", "encircle", "storm"})
BODY_TAKING_VERBS = PLACE_TAKING_VERBS | {"capture", "seize"}
#: Heads of an "in" whose object may be a person or a body ("confidence in Merkel").
IN_ATTITUDES = frozenset({"interest", "confidence", "faith", "trust", "belief", "believe", "invest", "role", "part",
                          "participate", "stake", "share", "seat", "membership", "vote", "election"})


#: Prepositions of nearness, whose object is a place, never a body ("clashes *near* Qusair").
NEAR_PREPS = frozenset({"near", "around", "outside", "toward", "towards"})
#: Verbs whose "around" is no place's ("rallied *around* Solidarity", "the talks revolve around Fatah").
FIGURATIVE_AROUND_VERBS = frozenset({"rally", "revolve", "center", "centre", "unite", "coalesce", "organize",
                                     "organise", "build", "circle"})
#: Verbs of what happens or is done somewhere, whose "in" is where ("fighting continued *in* Qusair", "killed
#: in Qusair"); not "worked in Unilever", "served in Fatah", whose "in" may be a body.
HAPPENING_VERBS = frozenset({"continue", "erupt", "rage", "intensify", "escalate", "break", "occur", "happen",
                             "kill", "die", "wound", "injure", "explode", "detonate", "clash", "shell", "bomb",
                             "strike", "flee", "arrive", "besiege", "encircle", "trap", "surround"})


def _place_apposition(ent) -> bool:
    """Whether a place noun stands in apposition to ``ent`` ("Qusair, *a town* near the border", "Qusair, a
    strategic *town*"), which says what the name is. Not "a state", which a body may call itself."""
    from .relations import triggers

    nouns = triggers()["location"]["place_nouns"]
    return any(c.dep_ == "appos" and c.lemma_.lower() != "state" and _place_noun(c, nouns) for c in ent.root.children)


def _taken_place(ent) -> bool:
    """Whether the person or body the NER saw in ``ent`` stands where only a place does: the object
    of a verb of taking a place ("retook *Qayyarah*", "rebels captured *Qusair*", "Qusair was
    recaptured"), a name a place noun stands in apposition to ("Qusair, a town near the border"),
    or for a person's name, of "in" ("a market in *al-Hilla*") unless "in" says an
    attitude ("confidence in Merkel") or what a person is in ("an expert in Il Messaggero").
    Not "near" alone for a person: "fled near John Smith" keeps the NER's person (see _places_near);
    but a body's one-word name is a place after "near", "around", "outside" ("clashes near *Qusair*")
    and after "in" on a verb ("fighting continued in *Qusair*"), as no body stands there: a body is
    joined or invested in, and those are attitudes."""
    root = ent.root
    verbs = PLACE_TAKING_VERBS if ent.label_ in PERSON_LABELS else BODY_TAKING_VERBS
    if root.dep_ in ("dobj", "nsubjpass") and root.head.pos_ == "VERB" and root.head.lemma_.lower() in verbs:
        return True
    if _place_apposition(ent):
        return True
    if root.dep_ != "pobj" or len(ent) > 3:
        return False
    prep = root.head.lower_
    held = root.head.head
    if ent.label_ not in PERSON_LABELS:
        # (an acronym is a body's: "troops in NATO", "outside the EU")
        # (only where something is done: "Bashiqa is near Apple" may compare a town with a firm's site)
        lemma = held.lemma_.lower()
        return len(ent) == 1 and not ent.text.isupper() and held.pos_ == "VERB" and (
            prep in NEAR_PREPS and not (prep == "around" and lemma in FIGURATIVE_AROUND_VERBS)
            or prep == "in" and lemma in HAPPENING_VERBS)
    # "a Vatican expert in Il Messaggero": what a person is in may be a paper or a body.
    return prep == "in" and ent.label_ in PERSON_LABELS and held.lemma_.lower() not in IN_ATTITUDES \
        and not _person_noun(held) and held.ent_type_ not in PERSON_LABELS \
        and not any(t.is_title and t.lower_ in TITLE_NOUNS for t in ent)


def _place_noun(tok, place_nouns) -> bool:
    """Whether ``tok`` is a noun for a place or a spot of one (``place_nouns``, :data:`SPOT_NOUNS`)."""
    return any(w in SPOT_NOUNS or w in place_nouns for w in (tok.lower_, tok.lemma_.lower()))


def _title_entity(ent, actor) -> bool:
    """A gazetteer organ named by a title ("US President", "Foreign Minister") written
    before a person's name."""
    if actor.type != "Organisation" or not actor.country:
        return False
    root = ent.root
    doc = ent.doc
    # "US Secretary of State John Kerry's tour": written right before the name, whatever the parse.
    before_name = root.dep_ == "compound" and root.head.ent_type_ in PERSON_LABELS and root.head.i >= ent.end \
        or ent.end < len(doc) and doc[ent.end].ent_type_ in PERSON_LABELS
    return before_name and any(t.lower_ in TITLE_NOUNS for t in ent)


def _name_without_title(ent, actor, gazetteer):
    """``ent`` without leading title words and demonyms when what is left is still one of
    the actor's names."""
    start = ent.start
    doc = ent.doc
    while start < ent.end - 1 and (doc[start].lower_ in TITLE_NOUNS or doc[start].lower_ == "prime"
                                   or gazetteer.demonym(doc[start].text) is not None):
        start += 1
    if start == ent.start:
        return ent
    rest = doc[start:ent.end]
    if any(a.id == actor.id for a in gazetteer.by_alias(rest.text)):
        return rest
    return ent


def _strip_titles(ent):
    """Drop leading title words the NER sometimes includes ("President Obama"), and trailing
    prepositions, articles and conjunctions."""
    start = ent.start
    while start < ent.end - 1 and (ent.doc[start].lower_ in LEADER_TITLES | MEMBER_TITLES | BARE_TITLES
                                   or ent.doc[start].lower_ in {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs"}):
        start += 1
    end = ent.end
    while end > start + 1 and ent.doc[end - 1].is_lower and ent.doc[end - 1].pos_ in ("ADP", "DET", "CCONJ"):
        end -= 1  # "Chidi Odinkalu of | the Commission": the NER took the preposition in
    span = ent.doc[start:end]
    text = span.text.strip().rstrip("'’").removesuffix("'s").removesuffix("’s").strip()
    return (span, text) if text else None


def _in_title(ent) -> bool:
    """An ORG inside a person's title ("Secretary of *Defense* Ash Carter")."""
    tok = ent.root
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.ent_type_ in PERSON_LABELS:
            return True
        if tok.lower_ in MEMBER_TITLES or tok.lower_ in LEADER_TITLES:
            return True
    return False


#: Words of a cabinet portfolio's name ("*Trade and Industry* Minister", "Secretary of State *for Economic
#: Affairs*", "Chancellor of the *Exchequer*"): the NER often types the portfolio an organisation of its own.
PORTFOLIO_WORDS = frozenset({
    "foreign", "home", "interior", "internal", "defence", "defense", "finance", "treasury", "exchequer", "justice",
    "health", "trade", "industry", "industries", "commerce", "agriculture", "agrarian", "farm", "farming",
    "fisheries", "fishery", "forestry", "food", "energy", "mines", "mining", "oil", "petroleum", "labour", "labor",
    "employment", "economy", "economic", "economics", "planning", "budget", "social", "affairs", "welfare",
    "education", "culture", "tourism", "transport", "transportation", "communications", "telecommunications",
    "posts", "information", "environment", "housing", "works", "public", "development", "reform", "relations",
    "cooperation", "co-operation", "international", "external", "overseas", "national", "security", "resources",
    "natural", "water", "power", "science", "technology", "research", "primary", "animal", "husbandry",
    "livestock", "aviation", "shipping", "maritime", "veterans", "immigration", "regional", "local", "urban",
    "rural", "sport", "sports", "youth", "women", "family", "state", "territories", "revenue", "customs",
    "privatisation", "privatization", "consumer", "affair", "lands", "land", "irrigation", "religious", "heritage"})
#: Words that link a portfolio's words ("Trade *and* Industry", "Secretary *of* State *for* Trade").
PORTFOLIO_LINKS = frozenset({"and", "&", "of", "for", "the"})
#: Offices named with their portfolio.
OFFICE_NOUNS = frozenset({"minister", "ministers", "secretary", "undersecretary", "under-secretary",
                          "chancellor", "commissioner"})


def _office_portfolio(ent) -> bool:
    """Whether an entity the NER typed an organisation is the portfolio of an office written around it,
    no body of its own: "*Treasury* Secretary James Baker", "*International Trade and Industry* Minister",
    "Chancellor of *the Exchequer*", "Undersecretary of *State for Economic Affairs*".

    Only names made of portfolio words (:data:`PORTFOLIO_WORDS`), written right before the office's noun
    or right after its "of"/"for" ("Labour *general* secretary" and "Labour Party" keep their party).
    """
    words = [t.lower_ for t in ent]
    if not any(w in PORTFOLIO_WORDS for w in words) or not all(
            w in PORTFOLIO_WORDS or w in PORTFOLIO_LINKS for w in words):
        return False
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in OFFICE_NOUNS:
        return True
    i = ent.start - 1
    if i > 0 and doc[i].lower_ == "the":
        i -= 1  # "of | the Exchequer", the article cut from the name
    if i < 1 or doc[i].lower_ not in ("of", "for"):
        return False
    while i > 0 and doc[i - 1].lower_ in PORTFOLIO_LINKS | {"state"}:
        i -= 1  # "Secretary of State for": the office's own words
    return i > 0 and doc[i - 1].lower_ in OFFICE_NOUNS


def _head_noun(tok):
    """The noun a modifier (demonym, possessive country) attaches to, through conjunctions."""
    hops = 0
    while tok.dep_ == "conj" and hops < 4:
        tok = tok.head
        hops += 1
    if tok.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod", "nummod") and tok.head.i != tok.i:
        return tok.head
    return None


NAME_LINKS = frozenset({"for", "of", "on", "and", "&"})


def _demonym_led_name(doc, ent):
    """The proper name a demonym opens ("American Institute for Contemporary German
    Studies"), or ``None`` when the demonym modifies a common noun, a title or an organ
    ("Turkish troops", "Iraqi Security Forces", "German Chancellor")."""
    end = ent.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_ in PERSON_LABELS:
        end += 1
    if end == ent.end:
        return None
    head = doc[end - 1]
    if ent.root.head.i != head.i and not (ent.end <= ent.root.head.i < end):
        return None
    if any(t.lower_ in TITLE_NOUNS or _sector(t) in ORGANS for t in doc[ent.end:end]):
        return None
    # "... Institute for Contemporary German Studies": linked words that stay in the name.
    while end + 1 < len(doc) and doc[end].lower_ in NAME_LINKS and doc[end + 1].is_title \
            and doc[end + 1].pos_ in ("PROPN", "ADJ") and doc[end].head.i in range(ent.start, end):
        stop = end + 1
        while stop < len(doc) and doc[stop].is_title and doc[stop].pos_ in ("PROPN", "ADJ", "NOUN"):
            stop += 1
        end = stop
    return doc[ent.start:end]


def _given_name_person(doc, ent, gazetteer):
    """A one-word gazetteer place that is a known given name followed by a capitalised word
    it modifies ("Vladimir Simonko", "Jordan Henderson"), as a person's name span."""
    if not ent.ent_id_ or len(ent) != 1 or ent.label_ != "Place" or not gazetteer.is_given_name(ent.text):
        return None
    end = ent.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_ \
            and doc[end].lower_ not in FACILITY_NOUNS:
        end += 1
    if end == ent.end or ent.root.head.i not in range(ent.end, end):
        return None
    return doc[ent.start:end]


def _titles_a_person(doc, noun) -> bool:
    """Whether ``noun`` is part of a named person's title rather than an organ."""
    # "Italy's prime minister at the time, Silvio Berlusconi": a title before a name.
    if noun.lower_ in TITLE_NOUNS and _names_person_after(doc, noun):
        return True
    # "Turkish President Recep Tayyip Erdogan": a title of a person, not an organ.
    if any(c.dep_ == "appos" and c.ent_type_ in PERSON_LABELS for c in noun.children):
        return True
    up = noun
    for _ in range(3):
        if up.ent_type_ in PERSON_LABELS:
            return True
        if up.dep_ not in ("compound", "appos") or up.head.i == up.i:
            break
        up = up.head
    return False


def _organ_for(mention: ActorMention, doc, ent_start: int, ent_end: int) -> Optional[ActorMention]:
    """Organ of the state named by "<country/demonym> <agent noun>" or "<agent noun>
    of/in/from <country>", if any."""
    last = doc[ent_end - 1]
    head = _head_noun(last)
    if head is None or head.i < last.i or _group_genitive(doc, ent_start, ent_end) is not None:
        return _organ_before(mention, doc, ent_start, ent_end)
    if _titles_a_person(doc, head) or any(t.lower_ in PROXY_WORDS for t in doc[ent_end:head.i + 1]):
        return None  # ("Russian proxy forces": a body of their own, see _generic_bodies)
    # "Turkish military involvement": the agent word may sit between the modifier and its head.
    for tok in doc[ent_end:head.i + 1]:
        if tok.i > ent_end + 4:
            break
        sector = _sector(tok)
        # "Syrian government forces", "junta troops": the dictionary's phrase (MIL) outranks its first
        # word's sector (GOV), and the mention is the whole phrase.
        phrase = _phrase_sector(doc[tok.i:head.i + 1]) if sector and tok.i < head.i else None
        if phrase or sector and tok.pos_ in ("NOUN", "PROPN", "ADJ"):
            # Only a stateless people (:data:`PEOPLES`): "Nicaragua's Sandinista government", "Britain's
            # Conservative government" are the state's own, whatever party or faith the NER names there.
            if ORGANS[phrase or sector][0] != "REB" and (
                    people := [t for t in doc[ent_end:tok.i] if t.ent_type_ == "NORP" and not t.ent_id_
                               and t.lower_ in PEOPLES]):
                return _people_force(mention, doc, ent_start, people, head if phrase else tok, phrase or sector)
            if phrase:
                return _organ(mention, phrase, doc, ent_start, head.i + 1)
            end = tok.i + 1
            # "the U.S. Defense Department": keep the whole compound.
            while end <= head.i and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end:
                end += 1
            end = min(end, head.i + 1) if _sector(head) else end
            return _organ(mention, sector, doc, ent_start, end)
    return None


def _people_force(state: ActorMention, doc, ent_start: int, people: list, noun, sector: str) -> ActorMention:
    """"Iraqi Kurdish forces", "Iraqi Shiite police": a people of the state named between the
    demonym and the agent noun makes the body that people's (the Peshmerga, a militia), not the
    state's military or government; a generic body of its own, in the state's country."""
    name = " ".join([t.text for t in people] + [noun.lower_])
    span = doc[ent_start:noun.i + 1]
    type_ = "ArmedGroup" if ORGANS[sector][0] in ("MIL", "COP") else "Organisation"
    return ActorMention(actor_id=f"{GENERIC_PREFIX}{slug(name)}", label=name, type=type_,
                        country=state.country or state.actor_id, code=None, surface=span.text,
                        start=span.start_char, end=span.end_char, token_start=span.start, token_end=span.end,
                        head=noun.i)


#: Entity labels of named bodies that are no state: their members are theirs wherever they are.
NAMED_BODY_LABELS = frozenset({"ArmedGroup", "Organisation", "InternationalOrganisation", "ORG"})
#: Entity labels of a state's name or word ("*US* forces", "*Turkish* troops").
STATE_WORD_LABELS = frozenset({"Country", "Demonym", "GPE"})
#: Verbs whose subject has the forces its object names ("Russia *has* troops in Syria").
HAVING_FORCES_VERBS = frozenset({"have", "keep", "maintain", "station", "deploy", "send", "base", "position",
                                 "garrison", "post", "dispatch", "retain", "leave"})
#: Words that name people or forces as from outside the state they are in ("*foreign* fighters in Syria").
FOREIGN_WORDS = frozenset({"foreign", "international", "multinational", "multi-national", "coalition", "allied",
                           "western", "overseas", "external", "outside", "peacekeeping"})


def _group_genitive(doc, ent_start: int, ent_end: int):
    """The "of" of "the Government of *Iraq*'s decision", where the possessive closes the whole
    "Government of Iraq" (a group genitive) but the parser hangs the country on "decision" and
    "decision" on the "of"; None otherwise."""
    if ent_start < 2 or ent_end >= len(doc) or doc[ent_end].tag_ != "POS":
        return None
    prep, root = doc[ent_start - 1], doc[ent_end - 1]
    if prep.lower_ not in ("of", "in", "from") or root.dep_ != "poss" or root.head.dep_ != "pobj" \
            or root.head.head.i != prep.i:
        return None
    owned = root.head
    if not _act_noun(owned) or _sector(owned) or any(
            c.dep_ in ("compound", "amod") and _sector(c) for c in owned.lefts):
        # "fighters of Syria's opposition", "police in Burundi's capital": the state owns the body or
        # the place the parser hangs on it; the genitive is the country's alone.  What a government or
        # an army owns, as one phrase, is what it does or says ("the Government of Iraq's decision").
        return None
    return prep


#: Nouns of acts and words without a deverbal ending ("the Army of Nigeria's *offensive*").
ACT_NOUNS = frozenset({"decision", "statement", "move", "call", "offensive", "response", "plan", "policy",
                       "position", "effort", "role", "support", "campaign", "attack", "war", "fight", "bid",
                       "demand", "request", "offer", "visit", "talks", "strike", "raid", "crackdown", "approach",
                       "stance", "view", "claim", "threat", "warning", "withdrawal", "refusal", "approval",
                       "denial", "arrival", "removal", "proposal", "dismissal", "renewal", "reversal", "recapture",
                       "victory", "defeat", "push", "assault", "bombing", "shelling", "handling", "help", "aid"})


def _act_noun(tok) -> bool:
    """Whether ``tok`` names an act or a statement: one of :data:`ACT_NOUNS` or a deverbal noun
    ("liberation", "announcement", "seizure"); not a place ("capital", "region") or a thing."""
    word = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (word in ACT_NOUNS or tok.lower_ in ACT_NOUNS or
                                   word.endswith(("tion", "sion", "ment", "ance", "ence", "ure")))


def _organ_before(mention: ActorMention, doc, ent_start: int, ent_end: int) -> Optional[ActorMention]:
    """"the Government of Iraq", "security forces in Guinea", "opposition groups in
    Zimbabwe", "troops from Turkey": an agent noun whose state follows it."""
    if mention.type != "Country":
        return None
    root = doc[ent_end - 1]
    while root.dep_ != "pobj" and root.head.i != root.i and ent_start <= root.head.i < ent_end:
        root = root.head
    prep = _group_genitive(doc, ent_start, ent_end) or root.head
    if (root.dep_ != "pobj" and prep.i != ent_start - 1) or prep.lower_ not in ("of", "in", "from") \
            or prep.head.i == prep.i:
        return None
    noun = prep.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i >= ent_start or _titles_a_person(doc, noun):
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        # "its ambassador from Chad" belongs to its possessor, not to Chad.
        return None
    if any(c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in NAMED_BODY_LABELS for c in noun.lefts):
        # "Taliban officials in Afghanistan", "an Islamic State emir in Iraq": the named body's men
        # in the state, not its government or military.
        return None
    if prep.lower_ == "in" and any(c.dep_ in ("compound", "amod", "nmod") and (
            c.ent_type_ in STATE_WORD_LABELS or c.lower_ in FOREIGN_WORDS) for c in noun.lefts):
        # "Turkish troops in Iraq", "US forces in Syria", "foreign fighters in Syria", "coalition forces
        # in Iraq": forces a state's word or a word of foreignness names are where the "in" says, not
        # that state's (its troops are stationed there, which is a relation, not an organ).
        return None
    if prep.lower_ == "in" and noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in HAVING_FORCES_VERBS \
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ in STATE_WORD_LABELS | {"Government"}
                    for c in noun.head.children):
        # "Russia has troops in Syria", "Turkey keeps soldiers in Qatar": the subject's troops, stationed in
        # the place the "in" says (the relation rules read the verb), not that place's military.
        return None
    sector = _sector(noun) or next((_sector(c) for c in noun.lefts if c.dep_ == "compound" and _sector(c)), None)
    if sector is None:
        return None
    start = min([noun.i] + [c.left_edge.i for c in noun.lefts if c.dep_ in ("compound", "amod")])
    return _organ(mention, sector, doc, start, ent_end)


#: Generic names of a state's executive or armed bodies the agent dictionary lacks or codes otherwise.
STATE_BODY_NAMES = {"security service": "SPY", "security services": "SPY", "state security service": "SPY",
                    "defence forces": "MIL", "defence force": "MIL", "defense force": "MIL"}
#: Words that open a generic body's name and leave it generic ("*National* Police", "*Federal* Security Service").
STATE_BODY_WORDS = frozenset({"national", "federal", "state", "royal"})
#: Organ sectors a generic body's name may make it ("the Armed Forces of Ukraine": ``UKRMIL``); a court or a
#: parliament of a state keeps its name.
STATE_BODY_SECTORS = frozenset({"GOV", "SPY", "MIL", "COP"})  # keys of ORGANS


#: Words for a state in its long names ("the Islamic *Republic* of Iran"), which name no body of it.
STATE_FORMS = frozenset({"republic", "kingdom", "state", "states", "sultanate", "emirate", "emirates", "federation",
                         "commonwealth", "principality", "confederation"})


def _state_body_sector(span) -> Optional[str]:
    """The organ sector of a generic name of a state's body ("Armed Forces", "Security Service", "National
    Police", "Ministry of Defence"), or ``None`` for a body's own name ("Liberal Party", "Central Bank")."""
    words = [t.lower_ for t in span if t.lower_ != "the"]
    while len(words) > 1 and words[0] in STATE_BODY_WORDS:
        words = words[1:]
    if not words:
        return None
    if words[0] in MINISTRY_NOUNS and (len(words) == 1 or words[1] in ("of", "for")):
        return "GOV"
    if len(words) > 1 and words[-1] in MINISTRY_NOUNS and words[0] in PORTFOLIO_WORDS \
            and all(w in PORTFOLIO_WORDS or w in PORTFOLIO_LINKS for w in words[:-1]):
        return "GOV"  # "the Trade Ministry", "the Commerce Department": a portfolio's ministry
    phrase = " ".join(words)
    code = STATE_BODY_NAMES.get(phrase) or agent_sectors().get(phrase)
    code = code.lstrip("~") if code else None
    # "central bank" (GOVBUS) is a body of its own, not the government; a court (JUD) keeps its name
    return code if code in STATE_BODY_SECTORS else None


#: Nouns for a kind of body that the NER may take alone for a name cut at its "of" ("the *Bank* of England").
CUT_BODY_NOUNS = frozenset({"bank", "university", "church", "council", "museum", "college", "institute",
                            "academy", "chamber", "court", "port", "diocese", "archdiocese", "synod"})


def _of_state_name(doc, ent, ent_at: dict, gazetteer) -> Optional[tuple[ActorMention, int]]:
    """An organisation the NER named up to the "of" before a state the ruler took ("the Security Service of |
    Ukraine", "the Armed Forces of the | Kyrgyz Republic", "the Liberal Party of | Australia"), with the last
    token the mention covers.

    A generic name of a state's body is that state's organ ("Armed Forces" → ``KGZMIL``); any other name keeps
    its state in its name and id (``org:liberal-party-of-australia``): cut before the "of", it would be one node
    for every state's security service, liberal party or manufacturers' association.  The state's own mention
    stays beside a named body (it is based there).  A name the NER ended before the "of" is whole ("OMV of
    Austria"), unless it is a generic body's ("the National Police | of Colombia")."""
    if ent.ent_id_ or ent.label_ != "ORG":
        return None
    start = ent.start + (ent[0].lower_ == "the")
    end = ent.end
    if doc[end - 1].lower_ == "the" and end - 2 > start and doc[end - 2].lower_ == "of":
        name_end, after = end - 2, end
    elif doc[end - 1].lower_ == "of" and end - 1 > start:
        name_end, after = end - 1, end
    elif end < len(doc) and doc[end].lower_ == "of":
        name_end, after = end, end + 1
        if after < len(doc) and doc[after].lower_ == "the" and after not in ent_at:
            after += 1
    else:
        return None
    state = ent_at.get(after)
    actor = gazetteer.actors.get(state.ent_id_) if state is not None and state.ent_id_ else None
    name = doc[start:name_end]
    if actor is not None and actor.type == "Place" and len(name) == 1 \
            and name[0].lower_ in CUT_BODY_NOUNS and name[0].is_title:
        # "the Bank of | England", "the University of | Texas": a body noun alone is no name; the
        # place the ruler took ends it (the place stays beside it: the body is there)
        whole = doc[start:state.end].text
        return ActorMention(actor_id=f"org:{slug(whole)}", label=whole, type="Organisation", country=actor.country,
                            code=None, surface=name.text, start=name.start_char, end=name.end_char,
                            token_start=name.start, token_end=name.end, head=name.root.i), name.end - 1
    if actor is None or actor.type != "Country" or not name.text[:1].isupper() \
            or any(t.lower_ in TITLE_NOUNS for t in name) or name.root.lower_ in STATE_FORMS:
        # "the First Minister of | Ireland", "the Defence Minister of | Iraq": a title (see _roles);
        # "the Islamic Republic of | Iran": the state itself
        return None
    country = ActorMention(actor_id=actor.id, label=actor.name, type="Country", country=actor.id,
                           code=actor.code or actor.id, surface=state.text, start=state.start_char,
                           end=state.end_char, token_start=state.start, token_end=state.end, head=state.root.i)
    sector = _state_body_sector(name)
    if sector is not None:
        return _organ(country, sector, doc, start, state.end), state.end - 1
    if name_end == end:
        # "OMV of Austria": the NER's name is whole, the "of" says where the body is
        return None
    whole = doc[start:state.end].text
    return ActorMention(actor_id=f"org:{slug(whole)}", label=whole, type="Organisation", country=actor.id,
                        code=None, surface=name.text, start=name.start_char, end=name.end_char,
                        token_start=name.start, token_end=name.end, head=name.root.i), name.end - 1


def _names_person_after(doc, noun) -> bool:
    """Whether a name follows the title phrase headed by ``noun`` after a comma."""
    for comma in range(noun.i + 1, min(len(doc) - 1, noun.i + 8)):
        if doc[comma].text == "," and doc[comma + 1].ent_type_ in PERSON_LABELS:
            found = _title_noun(doc, comma)
            return found is not None and found.i == noun.i
    return False


def facility_id(name: str, noun: str) -> str:
    """One id for a facility however its kind is spelled: the name and the facility noun, without
    the words between ("Incirlik Air Base", "Incirlik airbase", "Incirlik base" → ``fac:incirlik-base``).

    >>> facility_id("Bashiqa", "camp"), facility_id("Incirlik", "airbase")
    ('fac:bashiqa-camp', 'fac:incirlik-base')
    """
    name = re.sub(r"^(?i:the)\s+", "", name)
    return f"fac:{slug(name)}-{_FACILITY_KIND.get(noun, noun)}"


_FACILITY_KIND = {"airbase": "base", "airfield": "base", "harbor": "harbour"}


def _facility(doc, ent_start: int, ent_end: int) -> Optional[tuple[int, int]]:
    """("Bashiqa", "camp") → the token span of "Bashiqa camp"; ("Incirlik", "Air Base") → "Incirlik Air Base"."""
    last = doc[ent_end - 1]
    j = ent_end
    while j < len(doc) - 1 and j - ent_end < 2 and doc[j].lower_ in FACILITY_MODIFIERS:
        j += 1
    if j < len(doc) and doc[j].lower_ in FACILITY_NOUNS and last.head.i == j:
        return ent_start, j + 1
    return None


#: Capitalised nouns that make a state's name or demonym part of a longer geographic name ("the
#: *Indian* Ocean", "the *Niger* Delta", "the *Jordan* Valley", "the Sea of *Japan*"): such a
#: name is a place of no state, or of one the text does not say (a sea borders several).
GEO_FEATURES = frozenset({
    "ocean", "sea", "seas", "gulf", "delta", "river", "mountains", "mts", "peninsula", "basin", "strait",
    "straits", "bay", "lake", "valley", "plateau", "desert", "highlands", "archipelago", "channel",
    # "*Indian* Point" (a power plant's site in New York), "*Indian* Wells", "*Indian* Creek"
    "point", "creek", "springs", "wells", "falls", "hills", "heights", "island", "islands", "cove", "ridge",
    "canyon",
})
#: Capitalised nouns of a geographic name whose "of" names a place, a part of land or water that is no
#: place of that name ("the Gulf of *Aden*", "the Bay of *Bengal*", "the Horn of *Africa*").
OF_GEO_FEATURES = GEO_FEATURES | {"horn", "cape", "isle", "isles"}
#: Entity labels of a place the NER or the gazetteer finds after such a noun's "of".
OF_GEO_LABELS = frozenset({"GPE", "LOC", "Place", "Country", "Demonym"})


def _geographic_names(doc, gazetteer) -> list:
    """Spans of geographic names built on a state's name or demonym: "[South] China Sea",
    "Niger Delta", "Gulf of Mexico", "Bay of Bengal".

    Only a capitalised feature noun counts: "the Libyan coast", "Iraqi rivers" are the state's."""
    spans = []
    for ent in _doc_ents(doc):
        actor = gazetteer.actors.get(ent.ent_id_) if ent.ent_id_ else None
        start, end = ent.start, ent.end
        if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in OF_GEO_FEATURES \
                and doc[start - 2].is_title and ent.label_ in OF_GEO_LABELS:
            # "the Gulf of Aden" names a sea: the gazetteer's city of Aden (or a state, or the NER's
            # place) inside it is none of the sentence's actors.
            spans.append(doc[start - 2:end])
            continue
        if actor is None or actor.type != "Country" and ent.label_ != "Demonym":
            continue
        after = doc[end] if end < len(doc) else None
        if after is not None and after.lower_ in GEO_FEATURES and after.is_title:
            end += 1
            # "South China Sea", "East China Sea": capitalised words before belong to the name.
            # The NER's own "the South" there is part of it too.
            while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                    and (not doc[start - 1].ent_type_ or doc[start - 1].ent_type_ in ("LOC", "GPE")
                         and not doc[start - 1].ent_id_) and not doc[start - 1].is_sent_start:
                start -= 1
        else:
            continue
        spans.append(doc[start:end])
    return spans


def _headline(sent) -> bool:
    """Whether a sentence is written in title case, as headlines are ("Kabul Bombings Kill 20"): its capitals
    say nothing of names.  Read from its verbs, common nouns and adjectives after the first word."""
    words = [t for t in sent[1:] if t.is_alpha and len(t) > 3 and t.pos_ in ("VERB", "NOUN", "ADJ", "ADV")]
    return len(words) >= 2 and sum(t.is_title for t in words) > 0.5 * len(words)


#: Plural nouns of the events and agreements named after a place ("the London *Olympics*", "the Oslo *Accords*"),
#: which are no body: the place stays the place.
PLACE_EVENT_NOUNS = frozenset({"olympics", "paralympics", "games", "championships", "awards", "elections", "talks",
                               "accords", "agreements", "conventions", "protocols", "riots", "protests", "bombings",
                               "blasts", "attacks", "massacres", "trials"})


#: Nouns that make a place's name before them an institution's ("Karachi University").
INSTITUTION_NOUNS = frozenset({"university", "college", "institute", "academy", "polytechnic", "school"})
#: Capitalised nouns after a state's name that make it part of another name ("Georgia *Tech*", "Jordan *Street*",
#: "Kuwait *Airport*"), none of them a state's organ; institutions name an organisation, the rest a place.
STATE_NAMED_INSTITUTIONS = INSTITUTION_NOUNS | {"tech", "museum", "library", "hospital"}
STATE_NAMED_PLACES = frozenset({"plaza", "square", "street", "avenue", "road", "boulevard", "park", "stadium",
                                "airport", "bridge", "station", "hotel", "mall", "market", "gardens", "hall"})
#: Capitalised nouns before a state's name that make it part of a place's name ("*Plaza* Italia",
#: "*Avenida* Brasil", "*Piazza* Venezia").
STATE_NAMED_PLACE_HEADS = frozenset({"plaza", "avenida", "calle", "rue", "piazza", "parque", "praça", "praca",
                                     "estadio", "hotel"})


def _state_named_thing(doc, ent) -> Optional[ActorMention]:
    """The institution or place a state's name is part of, as a mention of its own: "Georgia Tech",
    "Georgia State University", "Jordan Street", "Plaza Italia".  The ruler found the state inside a
    longer name, which is no state's act and, named after it, is often elsewhere (Jordan Street is in
    Tehran, Plaza Italia in Santiago, Georgia Tech in Atlanta): no country.  ``None`` in a title-case
    headline, whose capitals say nothing of names, and when the name is the state's own (no such noun)."""
    if _headline(ent.sent):
        return None
    start, end = ent.start, ent.end
    stop = end
    while stop < min(len(doc), end + 3) and doc[stop].is_title and doc[stop].pos_ in ("PROPN", "NOUN") \
            and (not doc[stop].ent_type_ or doc[stop].ent_type_ in ("ORG", "FAC") and not doc[stop].ent_id_):
        stop += 1
    last = next((k for k in range(stop - 1, end - 1, -1)
                 if doc[k].lower_ in STATE_NAMED_INSTITUTIONS | STATE_NAMED_PLACES), None)
    if last is not None:
        end = last + 1
    elif start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in STATE_NAMED_PLACE_HEADS:
        start -= 1
    else:
        return None
    span = doc[start:end]
    noun = doc[end - 1].lower_ if end > ent.end else doc[start].lower_
    if noun in STATE_NAMED_INSTITUTIONS:
        actor_id, type_ = f"org:{slug(span.text)}", "Organisation"
    elif noun in FACILITY_NOUNS and end > ent.end:
        actor_id, type_ = facility_id(doc[start:end - 1].text, noun), "Facility"
    else:
        actor_id, type_ = f"place:{slug(span.text)}", "Place"
    return ActorMention(actor_id=actor_id, label=span.text, type=type_, country=None, code=None, surface=span.text,
                        start=span.start_char, end=span.end_char, token_start=span.start, token_end=span.end,
                        head=span.root.i)


def _place_led_name(doc, ent, ent_at: dict):
    """The longer proper name the ruler's place ``ent`` opens, or ``None``: the place compounds into an
    organisation the NER named after it ("the Aleppo | Martyrs Brigades") or into capitalised words that
    end in a plural proper noun ("the Kansas City Chiefs", "the Toronto Raptors"), a body named after the
    place, not the place (nor in it: a team plays away).  Not a facility, region, institution or feature of
    the place ("Incirlik Air Base", "Punjab Province", "Kabul University", "Jordan River"), not a people
    ("Damascus Christians"), not in a headline's title case ("Kabul Bombings Kill 20")."""
    if not ent.ent_id_ or ent.label_ != "Place" or ent.root.dep_ != "compound":
        return None
    nxt = ent_at.get(ent.end)
    if nxt is not None and not nxt.ent_id_ and nxt.label_ == "ORG" and not nxt.text.isupper():
        # not "Delhi | UTC", "Baghdad | AFP": an acronym after a place is a time zone's or an agency's
        stop = nxt.end
    else:
        stop = ent.end
        while stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].is_title and not doc[stop].ent_type_:
            stop += 1
        if stop == ent.end or doc[stop - 1].tag_ != "NNPS":
            return None
    run = doc[ent.end:stop]
    if ent.root.head.i not in range(ent.end, stop) or _headline(ent.sent) or any(
            t.lower_ in FACILITY_NOUNS | FACILITY_MODIFIERS | REGION_NOUNS | GEO_FEATURES | INSTITUTION_NOUNS
            for t in run) or run[-1].lower_ in PLACE_EVENT_NOUNS:
        return None
    return doc[ent.start:stop]


def _geographic_mention(span, gazetteer) -> ActorMention:
    """A place mention of a geographic name (:func:`_geographic_names`), with the state the
    gazetteer gives the place, if any ("Indian Ocean": none)."""
    place = gazetteer.actors.get(f"place:{slug(span.text)}")
    return _name_mention(span, "place", "Place", place.country if place is not None and place.type == "Place" else None)


def _name_mention(span, prefix: str, type_: str, country: Optional[str] = None) -> ActorMention:
    """A mention of a name found in the text, no gazetteer actor: id ``prefix:slug``, label the text."""
    text = span.text
    return ActorMention(actor_id=f"{prefix}:{slug(text)}", label=text, type=type_, country=country, code=None,
                        surface=text, start=span.start_char, end=span.end_char, token_start=span.start,
                        token_end=span.end, head=span.root.i)


def _longer_names(doc, gazetteer) -> dict:
    """Start token -> span of a name the NER began before a one-word gazetteer group or
    organisation it runs into ("the *Liberation* Tigers": not the dictionary's Swazi "Tigers").

    The ruler's entity comes first, so the NER could only tag the words before it; those words,
    proper nouns compounding the gazetteer's word, make one longer name of no known actor."""
    out = {}
    ents = list(_doc_ents(doc))
    for a, b in zip(ents, ents[1:]):
        actor = gazetteer.actors.get(b.ent_id_) if b.ent_id_ else None
        if a.end != b.start or a.ent_id_ or a.label_ not in ("ORG", "PERSON") or actor is None \
                or actor.type not in ("ArmedGroup", "Organisation") or len(b) != 1:
            continue
        words = [t for t in a if t.lower_ != "the"]
        if words and all(t.pos_ == "PROPN" and t.is_title and t.dep_ == "compound" and t.head.i >= t.i
                         and t.head.i <= b.start for t in words):
            out[a.start] = doc[words[0].i:b.end]
    return out


#: Words that open an Arabic name before its family name and no given name ("*al*-Assad", "*Al*-Nusra").
_NAME_LINK_WORDS = frozenset({"al", "el", "-", "ad", "ash", "as", "bin", "ibn", "abu"})


def _same_given_names(words: list, actor) -> bool:
    """Whether the first name word written before a dictionary person's matched name is that
    person's given name: a word of one of their names, a spelling or short form of a given
    name (the same first two letters: "Joe" for "Joseph", "Bashir" for "Bashar") or an initial
    ("J. Biden").  Middle names after it ("Barack Hussein Obama") decide nothing."""
    words = [w.lower().rstrip(".") for w in words if w.lower() not in _NAME_LINK_WORDS]
    if not words or len(words[0]) <= 1:
        return True
    first = words[0]
    forms = [re.findall(r"[^\W_]+", f.lower()) for f in (actor.name, *actor.aliases)]
    own = {w for f in forms for w in f}
    given = {f[0] for f in forms if len(f) > 1 and f[0] not in _NAME_LINK_WORDS}
    return first in own or any(g[:2] == first[:2] for g in given)


def _name_runs(doc, gazetteer) -> dict:
    """Start token -> (span, actor or ``None``) of a name the NER began before a dictionary
    name it runs into: the ruler's entity comes first, so the NER could only tag the words before it.

    "Al-Nusra Front" (the NER's "Al-" and the ruler's "Nusra Front") is the dictionary's body;
    "Joseph R. Biden" is the dictionary's "Biden"; "Hafez al-Assad" is not the dictionary's
    "Assad" (Bashar): a person's given name decides who of a family is meant, and a name whose
    given name is not the dictionary person's is another person, of no known id."""
    out = {}
    ents = list(_doc_ents(doc))
    for a, b in zip(ents, ents[1:]):
        actor = gazetteer.actors.get(b.ent_id_) if b.ent_id_ else None
        if a.end != b.start or a.ent_id_ or a.label_ not in ("ORG", "PERSON") or actor is None:
            continue
        words = [t for t in a if t.lower_ != "the"]
        if not words:
            continue
        if all(t.lower_ in _NAME_LINK_WORDS for t in words):
            out[a.start] = (doc[words[0].i:b.end], actor)
            continue
        if actor.type != "Person" or a.label_ != "PERSON" or not all(
                (t.pos_ == "PROPN" and t.text[:1].isupper() and _name_word(t, gazetteer))
                or t.lower_ in _NAME_LINK_WORDS for t in words):
            continue
        span = doc[words[0].i:b.end]
        out[a.start] = (span, actor if _same_given_names([t.text for t in words], actor) else None)
    return out


#: Words of direction that open a place's name ("*Northern* Ireland", "*North* America").
DIRECTION_WORDS = frozenset({"Northern", "Southern", "Eastern", "Western", "Upper", "Lower", "North", "South",
                             "East", "West", "Central"})
#: Names of a direction and a state's name that are no part of that state, with the state they are in (``None``:
#: none, or a state of the past).  The news writes most such names of a part of the state ("Northern Iraq",
#: "South Lebanon", "Western Cambodia"), which the state stands for as before; these name another.
DIRECTION_NAMES = {
    "northern ireland": "GBR", "north america": None, "south america": None, "central america": None,
    "north yemen": None, "south yemen": None, "north vietnam": None, "south vietnam": None, "east pakistan": None,
    "west pakistan": None, "northern cyprus": None, "north cyprus": None, "upper volta": None,
}


def _direction_word(doc, ent, filed: int):
    """The capitalised direction word written right before the ruler's state or demonym ``ent``, or ``None``."""
    if not ent.ent_id_ or ent.start == 0 or (ent.label_ != "Demonym" and ent.label_ != "Country"):
        return None
    word = doc[ent.start - 1]
    if word.text not in DIRECTION_WORDS or word.idx < filed or word.ent_id_:
        return None
    return word


_NOT_THE_STATE = object()


def _directional_name(doc, direction, ent, gazetteer):
    """What a direction word and the state or demonym after it name, when not the state: the state or place
    the dictionary gives the whole name ("West Germany", "East German" → the dictionary's "East Germany") or
    a place of :data:`DIRECTION_NAMES` ("Northern Ireland" is not Ireland's, and no government of Ireland's
    is its First Minister); ``_NOT_THE_STATE`` for such a demonym ("North American", "Northern Irish"),
    which names no state; ``None`` when the state stands for the whole ("Northern Iraq")."""
    state = gazetteer.actors.get(ent.ent_id_)
    if state is None:
        return None
    span = doc[direction.i:ent.end]
    names = [f"{direction.text} {n}" for n in (state.name, *state.aliases)] if ent.label_ == "Demonym" \
        else [span.text]
    known = next((a for n in names[:1] for a in gazetteer.by_alias(n) if a.type in ("Country", "Place")), None)
    if known is not None:
        return ActorMention(actor_id=known.id, label=known.name, type=known.type, country=known.country,
                            code=known.code if known.type == "Country" else None, surface=span.text,
                            start=span.start_char, end=span.end_char, token_start=span.start, token_end=span.end,
                            head=span.root.i)
    other = next((n for n in names if n.lower() in DIRECTION_NAMES), None)
    if other is None:
        return None
    if ent.label_ == "Demonym":
        return _NOT_THE_STATE
    return _name_mention(span, "place", "Place", DIRECTION_NAMES[other.lower()])


def _anti_prefixed(doc, start: int) -> bool:
    """Whether the word at ``start`` follows an "anti-" prefix ("Anti-American": the tokenizer splits
    "Anti", "-", "American"; or one token "anti-")."""
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    return before[-1:] == ["anti-"] or before[-2:] == ["anti", "-"]


def _pro_prefixed(doc, start: int) -> bool:
    """Whether the word at ``start`` follows a "pro-" prefix: "pro-Russian separatists", "pro-Iranian
    militias" side with the state and are no organ of it."""
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    return before[-1:] == ["pro-"] or before[-2:] == ["pro", "-"]


#: Demonyms of more than one state ("Congolese": either Congo): they stand for the state only when
#: the document names one of them and not the other.
SHARED_DEMONYMS = {"congolese": ("COD", "COG")}


def _shared_demonym_states(doc, gazetteer) -> dict[str, str]:
    """Shared demonym -> the one state of it the document names, by name or by a place of it
    ("Congolese soldiers ... near Goma": the Democratic Republic of the Congo).  A document that
    names both, or neither, settles nothing: no state beats a wrong one."""
    named: set[str] = set()
    for ent in _doc_ents(doc):
        actor = gazetteer.actors.get(ent.ent_id_) if ent.ent_id_ else None
        if actor is not None and actor.type in ("Country", "Place") and actor.country:
            named.add(actor.country)
    out = {}
    for word, states in SHARED_DEMONYMS.items():
        here = [s for s in states if s in named]
        if len(here) == 1:
            out[word] = here[0]
    return out


def _shared_places(doc, gazetteer) -> dict[int, object]:
    """Token start of a place name that places of more than one state share -> the place the
    document means ("the north Lebanese port of Tripoli": Lebanon's, not Libya's capital).

    The document settles it as it settles a shared demonym: when it names (by name, demonym
    or another place) exactly one of the states, that state's place; otherwise the ruler's
    choice, the dictionary's first place of the name, stands."""
    shared: dict[int, list] = {}
    named: set[str] = set()
    for ent in _doc_ents(doc):
        actor = gazetteer.actors.get(ent.ent_id_) if ent.ent_id_ else None
        if actor is None or actor.type not in ("Country", "Place") or not actor.country:
            continue
        places = [a for a in gazetteer.by_alias(ent.text) if a.type == "Place" and a.country] \
            if actor.type == "Place" else []
        if len({a.country for a in places}) > 1:
            shared[ent.start] = places
        else:
            named.add(actor.country)
    out = {}
    for start, places in shared.items():
        here = [a for a in places if a.country in named]
        if len({a.country for a in here}) == 1:
            out[start] = here[0]
    return out


def find_actors(doc, gazetteer) -> ActorIndex:
    """Actor mentions and roles of a parsed ``Doc``.

    Parameters
    ----------
    doc
        A ``Doc`` processed by the ``gb_gazetteer`` ruler and the NER.
    gazetteer
        The :class:`~graphbuilder.gazetteer.Gazetteer` whose ids the ruler used.

    Returns
    -------
    ActorIndex
    """
    # Kept on the Doc while the steps run, each of which asks (gone afterwards, unless a caller's).
    added = [k for k in (_FILED, _COLUMNS, _ENTS) if k not in doc.user_data]
    doc.user_data.setdefault(_FILED, doc_dateline_end(doc))
    doc.user_data.setdefault(_COLUMNS, columns(doc))
    doc.user_data.setdefault(_ENTS, doc.ents)
    try:
        return _find_actors(doc, gazetteer)
    finally:
        for key in added:
            doc.user_data.pop(key, None)


def _find_actors(doc, gazetteer) -> ActorIndex:
    mentions: list[ActorMention] = []
    covered = -1  # last token of a name that swallowed the ents inside it
    geographic = _geographic_names(doc, gazetteer)
    shared_states = _shared_demonym_states(doc, gazetteer)
    shared_places = _shared_places(doc, gazetteer)
    longer = _longer_names(doc, gazetteer)
    runs = _name_runs(doc, gazetteer)
    ent_at = {e.start: e for e in doc.ents}
    # A wire story's dateline and agency credit are where and by whom it was filed, no actor of it:
    # an analyst's graph would otherwise gain a Reuters node per story and mistyped capitals, and
    # a name the NER ran across the dash ("NEW YORK - Investors") is neither place nor body.
    filed = doc_dateline_end(doc)
    for ent in _doc_ents(doc):
        if ent.start <= covered or ent.start_char < filed:
            continue
        if (run := runs.get(ent.start)) is not None:
            span, actor = run
            if actor is None:
                mentions.append(_name_mention(span, "person", "Person"))
            else:
                mentions.append(ActorMention(
                    actor_id=actor.id, label=actor.name, type=actor.type, country=actor.country, code=actor.code,
                    surface=span.text, start=span.start_char, end=span.end_char, token_start=span.start,
                    token_end=span.end, head=span.root.i))
            covered = span.end - 1
            continue
        if (name := longer.get(ent.start)) is not None:
            mentions.append(_name_mention(name, "org", "Organisation"))
            covered = name.end - 1
            continue
        if (people := _people_ent(doc, ent)) is not None:
            # "Alawites" typed a place, "Yazidi" an organisation: a people, whatever the NER's label.
            if people:
                mentions.append(people)
            continue
        if (geo := next((g for g in geographic if g.start < ent.end and ent.start < g.end), None)) is not None:
            mentions.append(_geographic_mention(geo, gazetteer))
            covered = geo.end - 1
            continue
        direction = _direction_word(doc, ent, filed)
        named_as = _directional_name(doc, direction, ent, gazetteer) if direction is not None else None
        if named_as is _NOT_THE_STATE or named_as is not None and named_as.type != "Country":
            # "Northern Ireland", "North American": the direction word is part of a name, not the state's
            if named_as is not _NOT_THE_STATE:
                mentions.append(named_as)
            continue
        start = ent.start if named_as is None else named_as.token_start  # "*East* German troops": DDR's
        shared = shared_states.get(ent.text.strip().lower()) if ent.label_ == "NORP" else None
        if ent.label_ == "Demonym" or shared or (ent.ent_id_ and gazetteer.actors.get(ent.ent_id_)
                                                 and gazetteer.actors[ent.ent_id_].type == "Country"):
            country = gazetteer.actors.get(named_as.actor_id if named_as is not None else shared or ent.ent_id_)
            if country is None:
                continue
            if ent.label_ != "Demonym" and not shared and (name := _state_named_thing(doc, ent)) is not None:
                # "Georgia Tech", "Plaza Italia", "Jordan Street": the state's name is part of another's
                mentions[:] = [m for m in mentions if not name.token_start <= m.token_start < name.token_end]
                mentions.append(name)
                covered = name.token_end - 1
                continue
            if (ent.label_ == "Demonym" or shared) and (name := _demonym_led_name(doc, ent)) is not None:
                # "the Australian Securities Exchange", "the Lithuanian Gay League": a name
                # that opens with a demonym is an organisation of that state, not the state.
                mentions.append(_name_mention(name, "org", "Organisation", country.id))
                covered = name.end - 1
                continue
            as_mention = ActorMention(
                actor_id=country.id, label=country.name, type="Country", country=country.id,
                code=country.code or country.id, surface=doc[start:ent.end].text, start=doc[start].idx,
                end=ent.end_char, token_start=start, token_end=ent.end, head=ent.root.i)
            # "*Anti-American* demonstrators" are against the state, not its people or an organ of it (the
            # relation rules read the prefix: relations._anti_modifiers).
            if _pro_prefixed(doc, ent.start):
                # "pro-Russian separatists" are not Russia, nor its organ: the body they are is found
                # as a generic one, and no state acts.
                continue
            organ = None if _anti_prefixed(doc, start) else _organ_for(as_mention, doc, start, ent.end)
            # A demonym that names no organ still attributes its phrase to the state
            # ("the *Indian* proposal", "*Palestinians*"): a mention of the state's own
            # node, so "Turkish" becomes a surface form of Turkey, never a node of its own.
            mentions.append(organ if organ is not None else as_mention)
            continue
        if (name := _place_led_name(doc, ent, ent_at)) is not None:
            mentions.append(_name_mention(name, "org", "Organisation"))
            covered = name.end - 1
            continue
        if (name := _given_name_person(doc, ent, gazetteer)) is not None:
            # "Vladimir Simonko": the ruler took the given name for the city of Vladimir.
            mentions.append(_name_mention(name, "person", "Person"))
            covered = name.end - 1
            continue
        fac = _facility(doc, ent.start, ent.end)
        if fac is not None and ent.label_ not in PERSON_LABELS:
            span = doc[fac[0]:fac[1]]
            name = re.sub(r"^(?i:the)\s+", "", span.text)
            mentions.append(ActorMention(
                actor_id=facility_id(doc[ent.start:ent.end].text, doc[fac[1] - 1].lower_), label=name, type="Facility", country=None, code=None,
                surface=span.text, start=span.start_char, end=span.end_char, token_start=span.start,
                token_end=span.end, head=span.root.i))
            continue
        if (named := _of_state_name(doc, ent, ent_at, gazetteer)) is not None:
            mentions.append(named[0])
            covered = named[1]
            continue
        m = _mention_from_ent(ent, gazetteer)
        if m is not None and m.type == "Place" and (place := shared_places.get(ent.start)) is not None:
            m = _with(m, actor_id=place.id, label=place.name, country=place.country)
        if m is not None:
            mentions.append(m)
    mentions = _without_covered(mentions)
    mentions = _nisba_names(doc, mentions, gazetteer)
    mentions = _particle_names(doc, mentions, gazetteer)
    mentions = _vessels(doc, mentions, gazetteer)
    mentions = _military_units(doc, mentions, gazetteer)
    mentions = _tribes(doc, mentions, gazetteer)
    mentions = _place_institutions(doc, mentions)
    # the dateline's words are no one's: "AFP - Ethnic minority rebels" are the rebels
    dateline = set(range(next((t.i for t in doc if t.idx >= filed), len(doc)))) if filed else set()
    for found in (_unlabelled_facilities, functools.partial(_plural_demonyms, gazetteer=gazetteer), _peoples,
                  _generic_bodies, _partner_bodies, _places_near):
        mentions.extend(found(doc, taken=dateline | {i for m in mentions for i in range(m.token_start, m.token_end)}))
    mentions = [m for m in mentions if m.start >= filed]
    mentions = _led_coalitions(doc, mentions)
    mentions = _peoples_bodies(doc, mentions)
    # "ethnic Albanians demonstrated in Serbia": an ethnic group is no state, and not its people either.
    mentions = [m for m in mentions if not _ethnic(doc, m)]
    mentions.extend(_repeated_names(doc, mentions))
    mentions.extend(_repeated_surnames(doc, mentions))
    mentions = _bracketed_acronyms(doc, mentions, gazetteer)
    mentions = _short_forms(mentions, gazetteer)
    mentions = _one_sense(doc, mentions, gazetteer)
    mentions = [_titled_person(doc, _capital_metonymy(doc, m, gazetteer)) for m in mentions]
    mentions = _stationing_places(doc, mentions)
    mentions = _corefer_people(doc, mentions, gazetteer)
    mentions = _regimes(doc, mentions, gazetteer)
    mentions = _story_ministries(doc, mentions)
    roles = list(_roles(doc, mentions, gazetteer))
    mentions.extend(_title_holders(doc, mentions, roles))
    # A title's country is the person's country when the gazetteer does not know it.
    by_person = {r.person.actor_id: r.organ.country for r in roles}
    mentions = [m if m.country or m.actor_id not in by_person else _with(m, country=by_person[m.actor_id])
                for m in mentions]
    roles = [Role(_with(r.person, country=r.person.country or r.organ.country), r.title, r.organ, r.leader, r.former)
             for r in roles]
    # "we" of a titled speaker, "its" of the body that binds it (graphbuilder.coref): after the
    # roles, which say whose organ a speaker's "we" is; no role is made from them.
    from .coref import corefer_bodies, corefer_descriptions

    mentions.extend(corefer_bodies(doc, mentions, roles))
    mentions = corefer_descriptions(doc, mentions)
    by_office = {r.person.actor_id: r.organ.code for r in roles if _international_officer(r)}
    if by_office:
        # "U.N. Secretary-General Kofi Annan": a stateless officer of an international body acts
        # for it, as the CAMEO dictionaries code such officials (IGOUNO), pronouns included.
        mentions = [_with(m, code=by_office[m.actor_id]) if m.actor_id in by_office else m for m in mentions]
        roles = [_with(r, person=_with(r.person, code=by_office[r.person.actor_id]))
                 if r.person.actor_id in by_office else r for r in roles]
    return ActorIndex(mentions, roles, known_leaders(mentions, gazetteer))


def _story_ministries(doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """"The Ministry of Finance said", "the Trade Ministry" in a story about one state
    (:func:`graphbuilder.relations._document_state`): a ministry named by its portfolio alone is of that
    state's government (code ``JPNGOV``, country ``JPN``), no stateless body.  A ministry known by a name
    of its own ("MITI", "the Pentagon") keeps it; in a story of several states it stays stateless."""
    ministries = [k for k, m in enumerate(mentions) if is_generic(m.actor_id) and not m.pronoun
                  and m.type == "Organisation" and not m.country
                  and any(t.lower_ in MINISTRY_NOUNS for t in doc[m.token_start:m.token_end])
                  and _state_body_sector(doc[m.token_start:m.token_end]) == "GOV"]
    if not ministries:
        return mentions
    from .relations import _document_state

    state = _document_state(doc, ActorIndex([m for k, m in enumerate(mentions) if k not in ministries]))
    if state is None:
        return mentions
    out = list(mentions)
    for k in ministries:
        # its state's government in the codes (``JPNGOV``, as "Japan's Ministry of Finance" is), a node of
        # its own still: where the text places it ("the Interior Ministry ... in Angola") stays said
        out[k] = _with(out[k], country=state, code=f"{state}GOV")
    return out


def _particle(tok) -> bool:
    """Whether ``tok`` is a surname's particle as written inside a name ("al-", "van", "der")."""
    return tok.lower_.rstrip("-") in NAME_LOWER_PARTICLES and (tok.text.islower() or tok.text.endswith("-"))


def _given_word(tok) -> bool:
    """Whether ``tok`` may be a given name before a surname's particle: a capitalised proper
    noun that is no title ("President") and no state's word ("Iraqi")."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.text[1:2].islower() and tok.text[-1:].isalpha() \
        and tok.lower_ not in TITLE_WORDS and tok.lower_ not in BARE_TITLES and tok.lower_ not in _NAME_NOISE \
        and tok.ent_type_ not in ("Country", "Demonym", "GPE", "NORP", "Place", "DATE")


def _known_name(word: str, gazetteer) -> bool:
    """Whether the dictionaries know ``word`` as a person's own name or surname ("Obama")."""
    return any(a.type == "Person" for a in gazetteer.by_alias(word)) or bool(gazetteer.by_surname(word))


def _same_given(word: str, actor) -> bool:
    """Whether ``word`` may be the given name of ``actor`` as one of its names opens, up to one
    letter of spelling ("Haider" of "Haidar al-Abadi", "Mohammed" of "Mohamed Morsi")."""
    key = _person_name_words(word)
    for name in (actor.name, *actor.aliases):
        first = _person_name_words(name)[:1]
        if key and first and (key == first or (len(key[0]) > 3 and _one_edit(key[0], first[0]))):
            return True
    return False


def _one_edit(a: str, b: str) -> bool:
    """Whether the words differ by at most one letter replaced, added or dropped."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _particle_names(doc, mentions: list[ActorMention], gazetteer) -> list[ActorMention]:
    """A person's name the NER cut at its surname's particle is the whole name: "Ibrahim al-"
    and "Jaafari" of "Ibrahim al- Jaafari", "Ard van der" and "Steur" (an organisation) of "Ard van
    der Steur", "Salman al-" (no person) and "Awda" of "Salman al- Awda" are one person, not a
    person and a place or a body.  So is a given name before a surname the dictionary matched
    alone: "Hunter Biden" and "Rifaat Assad" are not the dictionary's Joe Biden and Bashar al-Assad.

    Only a person's mention of two or more words whose last word is a particle, followed at once
    by a capitalised proper noun; or a person's mention whose particle and given name (capitalised
    proper nouns, no title, no state) come right before it, the particle optional before a
    dictionary person's one-word alias.  The name is the dictionary's person when it knows it or
    opens with that person's given name, else a person of its own.
    """
    out = list(mentions)
    for m in mentions:
        if m.type != "Person" or m.pronoun:
            continue
        start, end = m.token_start, m.token_end
        if end - start >= 2 and end < len(doc) and _particle(doc[end - 1]) and doc[end].pos_ == "PROPN" \
                and doc[end].text[:1].isupper() and doc[end].text[1:2].islower():
            end += 1
        elif doc[start].text[:1].isupper():
            j = start
            while j > 0 and start - j < 3 and _particle(doc[j - 1]):
                j -= 1
            # "Hunter Biden", "Rifaat Assad": the dictionary's alias matched the surname alone
            alias = j == start and end - start == 1 and m.actor_id in gazetteer.actors
            k = j
            while (j < start or alias) and k > 0 and j - k < 3 and _given_word(doc[k - 1]) \
                    and not (alias and _known_name(doc[k - 1].text, gazetteer)):
                k -= 1  # not "Obama" of "the Obama Biden administration"
            if k < j:
                start = k
        if (start, end) == (m.token_start, m.token_end):
            continue
        span = doc[start:end]
        particle = any(_particle(t) for t in span)
        if any(o.token_start < span.end and span.start < o.token_end
               and not (span.start <= o.token_start and o.token_end <= span.end
                        and ((particle and o.type == "Person") or o.actor_id not in gazetteer.actors))
               for o in out if o is not m):
            continue  # another actor's name runs across the name's edge, or a known one is in it ("Baghdad")
        text = re.sub(r"(\w-)\s+", r"\1", span.text)  # "al- Jaafari" is "al-Jaafari"
        known = [a for a in gazetteer.by_alias(text, include_ambiguous=False) if a.type == "Person"]
        bare = [t.text for t in span if not _particle(t)]
        if not known and len(bare) >= 2:
            # the dictionary may write the name without its particle ("Ayad Allawi")
            known = [a for a in gazetteer.by_alias(" ".join(bare), include_ambiguous=False) if a.type == "Person"]
        if len(known) == 1:
            a = known[0]
            whole = _with(m, actor_id=a.id, label=a.name, country=a.country, code=a.code)
        elif m.actor_id in gazetteer.actors:
            if start == m.token_start or _same_given(doc[start].text, gazetteer.actors[m.actor_id]):
                continue  # "Haidar al-Abadi" spelt "Haider al- Abadi": the dictionary's person still
            # "Mohamed al- Zawahiri": the dictionary's "Zawahiri" is his brother Ayman, not him
            whole = _with(m, actor_id=f"person:{slug(text)}", label=text, country=None, code=None)
        else:
            whole = _with(m, actor_id=f"person:{slug(text)}", label=text)
        whole = _with(whole, surface=span.text, start=span.start_char, end=span.end_char, token_start=span.start,
                      token_end=span.end, head=span.root.i)
        # the name's other parts ("Jaafari", "Steur") are now inside it
        out = [whole if o is m else o for o in out
               if o is m or not (span.start <= o.token_start and o.token_end <= span.end)]
    return out


#: Types of names the NER may type otherwise in another sentence of the same document.
SENSE_TYPES = frozenset({"Person", "Organisation", "Place", "Facility"})
#: Courtesy titles that make the name after them a person's ("Mr. Burzek").
COURTESY_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "mister"})


def _name_key(m: ActorMention) -> str:
    """The name a mention writes, without its article or possessive ("the Hurriyet's" -> "hurriyet")."""
    text = re.sub(r"^(?i:the)\s+", "", m.surface.strip())
    return re.sub(r"\s*(?:'s|\u2019s|')$", "", text).lower()


def _context_sense(doc, m: ActorMention) -> Optional[str]:
    """The type the words around ``m`` give its name whatever the NER called it: a place after a place
    noun's "of", as what is retaken, in apposition to a place noun, or in a person's "in" ("a market
    in al-Hilla"); a body after or before a business noun ("airline Alitalia"); a person after a courtesy
    title ("Mr. Burzek"); else ``None``."""
    if m.token_start > 0 and doc[m.token_start - 1].lower_ in COURTESY_TITLES:
        return "Person"
    ent = next((e for e in _doc_ents(doc) if e.start <= m.head < e.end), None)
    if ent is None:
        return None
    if _named_as_business(ent):
        return "Organisation"
    if _named_place(ent) or _taken_place(ent):
        return "Place"
    return None


def _one_sense(doc, mentions: list[ActorMention], gazetteer) -> list[ActorMention]:
    """One name, one actor per document: a name the NER typed a person in one sentence and that the
    gazetteer or its context makes a place in another ("the isolation of *Raqqah*" after "the march toward
    Raqqah") is that place in every sentence; likewise a body's, a person's name.

    The sense is what the context says of the name in some mention (:func:`_context_sense`), when all such
    mentions agree; else the dictionary's one actor of the name, which only overrides the NER's person (a
    city names a club or a firm, hardly a person). Only mentions the NER alone typed, whose actor is the
    name itself (not the short form of a longer name, "Jackson" of "Jesse Jackson"), take the sense.
    """
    groups: dict[str, list[ActorMention]] = {}
    for m in mentions:
        if not m.pronoun and m.type in SENSE_TYPES and m.surface[:1].isupper():
            groups.setdefault(_name_key(m), []).append(m)
    changed: dict[int, ActorMention] = {}
    for key, group in groups.items():
        if len({m.actor_id for m in group}) < 2:
            continue
        sure = {}
        for m in group:
            if (sense := _context_sense(doc, m)) is not None and sense == m.type:
                sure[id(m)] = m
        senses = {m.actor_id for m in sure.values()}
        known = {m.actor_id for m in group if m.actor_id in gazetteer.actors}
        if len(senses) == 1:
            target = next(iter(sure.values()))
            weak_types = SENSE_TYPES
        elif not senses and len(known) == 1:
            target = next(m for m in group if m.actor_id in known)
            weak_types = frozenset({"Person"})
        else:
            continue
        for m in group:
            own = m.actor_id.partition(":")[2] == slug(key)
            if id(m) in sure or m.actor_id == target.actor_id or not own or m.type not in weak_types \
                    or m.actor_id in gazetteer.actors:
                continue
            changed[id(m)] = _with(m, actor_id=target.actor_id, label=target.label, type=target.type,
                                   country=target.country, code=target.code)
    return [changed.get(id(m), m) for m in mentions] if changed else mentions


#: Arabic articles that bind a nisba to a name ("Abu Jandal *al-*Kuwaiti", "Ayman *el-*Masri").
NISBA_ARTICLES = frozenset({"al", "el"})


def _nisba_article(doc, i: int) -> Optional[int]:
    """The first token of the Arabic article glued to token ``i`` ("al-" or "al" "-"), or ``None``."""
    if i >= 1 and doc[i - 1].lower_.rstrip("-") in NISBA_ARTICLES and doc[i - 1].text.endswith("-"):
        return i - 1
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in NISBA_ARTICLES:
        return i - 2
    return None


def _nisba_names(doc, mentions: list[ActorMention], gazetteer) -> list[ActorMention]:
    """A demonym after a person's name and an Arabic article is the person's nisba, part of
    the name: "Abu Jandal al-Kuwaiti", "Ahmed al-Iraqi" are one person each, and name no
    state. The NER cuts such names at the article and the ruler takes the demonym for the state.

    Only a state's mention of one capitalised word (a demonym, never an organ) right after
    "al-"/"el-", which a person's mention ends at or runs into, or which one to three given
    words (capitalised proper nouns, no title, no state) come right before. The name is the
    dictionary's person when it knows it, else a person of its own.
    """
    out = list(mentions)
    for c in mentions:
        i = c.token_start
        if c.type != "Country" or c.pronoun or c.token_end - i != 1 or not doc[i].text[:1].isupper():
            continue
        article = _nisba_article(doc, i)
        if article is None:
            continue
        person = next((m for m in out if m.type == "Person" and not m.pronoun
                       and article <= m.token_end <= i and m.token_start < article), None)
        if person is not None:
            start = person.token_start
        else:
            start = article
            while start > 0 and article - start < 3 and _given_word(doc[start - 1]):
                start -= 1
            if start == article:
                continue  # "the al-Iraqi faction": no name for the nisba to end
            if any(m.token_start < article and m.token_end > start for m in out):
                continue  # the words before are another actor's name
        span = doc[start:i + 1]
        text = re.sub(r"(\w)\s*-\s*", r"\1-", span.text)  # "al - Kuwaiti" is "al-Kuwaiti"
        known = [a for a in gazetteer.by_alias(text, include_ambiguous=False) if a.type == "Person"]
        base = person if person is not None else c
        if len(known) == 1:
            a = known[0]
            whole = _with(base, actor_id=a.id, label=a.name, type="Person", country=a.country, code=a.code)
        else:
            whole = _with(base, actor_id=f"person:{slug(text)}", label=text, type="Person", country=None, code=None)
        whole = _with(whole, surface=span.text, start=span.start_char, end=span.end_char, token_start=span.start,
                      token_end=span.end, head=span.root.i)
        out = [whole if o is base else o for o in out
               if o is base or not (span.start <= o.token_start and o.token_end <= span.end)]
    return out


def _international_officer(role: Role) -> bool:
    """Whether ``role`` makes a person with neither country nor code an officer of an
    intergovernmental body that has a CAMEO code."""
    return (role.organ.type == "InternationalOrganisation" and bool(role.organ.code)
            and not role.organ.country and not role.person.country and not role.person.code)


def _repeated_names(doc, mentions: list[ActorMention]) -> Iterator[ActorMention]:
    """An organisation's name the NER found once is that organisation wherever else the document
    writes it as a proper noun ("Spicejet Chairman Ajay Singh" after "Spicejet"): NER misses
    names inside titles most.  Only names of proper nouns, none a title word."""
    taken = {i for m in mentions for i in range(m.token_start, m.token_end)}
    names: dict[tuple, ActorMention] = {}
    for m in mentions:
        words = doc[m.token_start:m.token_end]
        if m.type == "Organisation" and m.actor_id.startswith("org:") and not m.code and len(m.surface) > 2 \
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in TITLE_WORDS for t in words):
            names.setdefault(tuple(t.text for t in words), m)
    if not names:
        return
    texts = token_texts(doc)  # compared as strings: spans are made only where the words match
    for key, m in names.items():
        n = len(key)
        for start in (i for i, text in enumerate(texts) if text == key[0]):
            if tuple(texts[start:start + n]) != key:
                continue
            span = doc[start:start + n]
            if any(i in taken for i in range(start, start + n)) \
                    or any(t.pos_ != "PROPN" for t in span) \
                    or (start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].i not in taken) \
                    or (start + n < len(doc) and doc[start + n].pos_ == "PROPN" and doc[start + n].lower_ not in TITLE_WORDS):
                # part of a longer name the NER did not tag
                continue
            taken.update(range(start, start + n))
            yield _with(m, surface=span.text, start=span.start_char, end=span.end_char, token_start=span.start,
                        token_end=span.end, head=span.root.i)


def _repeated_surnames(doc, mentions: list[ActorMention]) -> Iterator[ActorMention]:
    """A person named in full is that person wherever else the document writes the surname alone
    as a proper noun the NER left untagged ("Haftar later flew to Moscow" after "Libyan commander
    Khalifa Haftar"), so that he acts there and "he" after it is him.

    Only a surname that one person of the document bears and nobody's given name, standing alone
    (no untagged proper noun beside it, no compound of a noun: "the Rice harvest").
    """
    taken = {i for m in mentions for i in range(m.token_start, m.token_end)}
    owners: dict[str, set] = {}
    given: set[str] = set()
    first: dict[str, ActorMention] = {}
    for m in mentions:
        if m.type != "Person" or m.pronoun or not _personal_name(m.surface):
            continue
        words = m.surface.replace("-", " ").split()
        if len(words) < 2:
            continue
        surname = words[-1]
        given.add(_folded(words[0]))
        if len(surname) > 2 and surname[:1].isupper() and surname[1:].islower():
            # "Walesa" is "Wałęsa": compared without accents
            owners.setdefault(_folded(surname), set()).add(m.actor_id)
            first.setdefault(_folded(surname), m)
    names = {w: first[w] for w, ids in owners.items() if len(ids) == 1 and w not in given}
    if not names:
        return
    for tok in select(doc, pos=("PROPN",)):
        m = names.get(_folded(tok.text))
        if m is None or tok.i in taken or tok.i < m.token_end:
            continue
        if tok.dep_ == "compound" and tok.head.pos_ != "PROPN":
            continue
        if any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" and j not in taken for j in (tok.i - 1, tok.i + 1)):
            continue  # part of a longer name the NER did not tag ("Haftar Street")
        taken.add(tok.i)
        yield _with(m, surface=tok.text, start=tok.idx, end=tok.idx + len(tok.text), token_start=tok.i,
                    token_end=tok.i + 1, head=tok.i)


def _name_words(m: ActorMention) -> tuple:
    words = m.surface.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if words and words[-1] in ("'s", "\u2019s"):
        words = words[:-1]
    return tuple(words)


#: A body's acronym as a text writes it in brackets after the body's name ("(ASF)", "(PKK)", "(M23)").
ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,7}")


def _bracketed_acronyms(doc, mentions: list[ActorMention], gazetteer) -> list[ActorMention]:
    """A body named in full and then by an acronym in brackets ("the Arakan Salvation Front (ASF)") is named
    by that acronym again in the document: one actor, not an organisation per spelling.  A name so
    bracketed that qualifies armed men ("Islamic State (IS) militants") is their group's.

    When the dictionary knows the acronym and not the full name, the acronym's actor is the body's; when
    it knows both as different actors, both stay as they are.
    """
    by_start = {m.token_start: m for m in mentions}
    aliases: dict[str, ActorMention] = {}
    armed: set[str] = set()
    for m in mentions:
        close = m.token_end + 2
        if m.type not in ORG_TYPES or m.pronoun or close >= len(doc) or doc[m.token_end].text != "(" \
                or doc[close].text != ")" or not ACRONYM.fullmatch(doc[m.token_end + 1].text):
            continue
        short = by_start.get(m.token_end + 1)
        words = _name_words(m)
        if short is None or short.token_end != close or short.type not in ORG_TYPES \
                or not words or words[0][:1].upper() != short.surface[:1]:
            # "the Public and Commercial Services Union (PCS)" the NER cut to "Commercial Services Union",
            # "the General Agreement on Tariffs and Trade (GATT)" to "Trade": an acronym names the whole
            continue
        full = m
        if short.actor_id in gazetteer.actors and m.actor_id not in gazetteer.actors:
            full = short
        elif short.actor_id != m.actor_id and short.actor_id in gazetteer.actors:
            continue
        if close + 1 < len(doc) and GENERIC_BODIES.get(doc[close + 1].lower_) in ARMED_BODIES \
                and full.actor_id not in gazetteer.actors:
            armed.add(full.actor_id)
        aliases[short.surface] = full
        aliases.setdefault(_name_text(m), full)
    if not aliases:
        return mentions
    out = []
    for m in mentions:
        full = aliases.get(m.surface) if m.type in ORG_TYPES and not m.pronoun else None
        if full is not None and full.actor_id != m.actor_id:
            m = _with(m, actor_id=full.actor_id, label=full.label, type=full.type, country=full.country,
                      code=full.code)
        if m.actor_id in armed:
            m = _with(m, actor_id=f"group:{m.actor_id.split(':', 1)[-1]}", type="ArmedGroup")
        out.append(m)
    return out


def _name_text(m: ActorMention) -> str:
    return " ".join(_name_words(m))


def _short_forms(mentions: list[ActorMention], gazetteer) -> list[ActorMention]:
    """A body named in full is named again by the last words of its name: "the Commission" after
    "the European Commission", "Islamic Jihad" after "Palestinian Islamic Jihad" (which the
    dictionary also lists for Hezbollah), "the Senate" after "the Philippine Senate".

    Only when one body of the document ends so; a name the dictionary knows is not taken for a
    longer name it does not know ("Hezbollah" after "Kata'ib Hezbollah" may well be Hezbollah).
    """
    tails: dict[tuple, dict[str, ActorMention]] = {}
    for m in mentions:
        words = _name_words(m)
        if m.type in AFFILIATION_TYPES and not m.pronoun and len(words) >= 2:
            for k in range(1, len(words)):
                tails.setdefault(words[k:], {}).setdefault(m.actor_id, m)
    if not tails:
        return mentions
    out = []
    for m in mentions:
        words = _name_words(m)
        # proper names only: "rebels" after "Syrian rebels" is no short form of a name
        named = m.type in ORG_TYPES and not m.pronoun and words and all(w[:1].isupper() for w in words)
        full = tails.get(words, {}) if named else {}
        if len(full) == 1 and m.actor_id not in full:
            b = next(iter(full.values()))
            if not (m.actor_id in gazetteer.actors and b.actor_id not in gazetteer.actors):
                m = _with(m, actor_id=b.actor_id, label=b.label, type=b.type, country=b.country, code=b.code)
        out.append(m)
    return out


@functools.lru_cache(maxsize=8)
def _capitals(gazetteer) -> dict[str, str]:
    """Capital city actor id → ISO3 of its state (from the gazetteer's country records)."""
    out = {}
    for actor in gazetteer.actors.values():
        if actor.type == "Country" and getattr(actor, "capital", None):
            out[f"place:{slug(actor.capital)}"] = actor.id
            # "Washington, D.C." is written "Washington": the short name counts when the
            # gazetteer's place of that name lies in the same state.
            short = f"place:{slug(actor.capital.split(',')[0])}"
            place = gazetteer.actors.get(short)
            if place is not None and place.country == actor.id:
                out.setdefault(short, actor.id)
    return out


def _without_covered(mentions: list[ActorMention]) -> list[ActorMention]:
    """Drop mentions that lie inside a longer state organ ("the *Government of* Iraq", which
    the NER took for an organisation, inside "Government of Iraq")."""
    organs = [m for m in mentions if m.type in ("Government", "Military") and m.token_end - m.token_start > 1]
    # Organs and states stay: "the Turkish and Iraqi governments" holds two organs.
    return [m for m in mentions
            if m.code or not any(o is not m and o.token_start <= m.token_start and m.token_end <= o.token_end
                       and (o.token_end - o.token_start) > (m.token_end - m.token_start) for o in organs)]


LOCATIVE_PREPS = frozenset({"at", "in", "inside", "near", "outside", "around"})


def _stationing_places(doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """"the presence of Turkish troops at Bashiqa", "soldiers stationed in Zlin": a name the NER
    took for an organisation, where troops are, is a place (in every mention of the document)."""
    from .relations import triggers

    cfg = triggers()["stationing"]
    words = frozenset(cfg["nouns"]) | frozenset(cfg["verbs"])
    militaries = {m.head for m in mentions if m.type == "Military"}
    places: dict[str, str] = {}
    for m in mentions:
        head = doc[m.head]
        if m.type != "Organisation" or m.code is not None or m.country is not None \
                or not m.actor_id.startswith("org:") or head.pos_ != "PROPN" or head.dep_ != "pobj":
            continue
        prep = head.head
        if prep.lower_ in LOCATIVE_PREPS and (prep.head.i in militaries or prep.head.lemma_.lower() in words):
            places[m.actor_id] = f"place:{slug(m.label)}"
    if not places:
        return mentions
    # The same name elsewhere in the document, whatever the NER made of it ("Bashiqa is near Mosul").
    by_name = {doc[m.token_start:m.token_end].text: places[m.actor_id] for m in mentions if m.actor_id in places}
    out = []
    for m in mentions:
        place = places.get(m.actor_id)
        if place is None and m.code is None and m.actor_id.startswith(("org:", "person:")):
            place = by_name.get(doc[m.token_start:m.token_end].text)
        out.append(_with(m, actor_id=place, label=m.label, type="Place", country=None) if place else m)
    return out


def _capital_metonymy(doc, m: ActorMention, gazetteer) -> ActorMention:
    """"Washington demanded", "Moscow said": a capital acting as subject is its government."""
    iso = _capitals(gazetteer).get(m.actor_id)
    if iso is None or doc[m.head].dep_ not in ("nsubj", "nsubjpass") and not (
            doc[m.head].dep_ == "pobj" and doc[m.head].head.dep_ == "agent"):
        return m
    country = gazetteer.actors.get(iso)
    suffix, type_, template = ORGANS["GOV"]
    return _with(m, actor_id=f"{iso}{suffix}", label=template.format(country.name if country else iso),
                 type=type_, country=iso, code=f"{iso}{suffix}")


#: Peoples, ethnic or religious communities, by their noun or adjective -> the people's name.
#: A people is no place ("Alawites" the NER types a place), no state and no body that acts
#: for it: "Kurdish forces" are a force of the Kurds, not the Kurds.
PEOPLE_NAMES = {
    **{w: "Yazidis" for w in ("yazidi", "yazidis", "yezidi", "yezidis", "ezidi", "ezidis")},
    **{w: "Kurds" for w in ("kurd", "kurds")},
    **{w: "Alawites" for w in ("alawite", "alawites", "alawi", "alawis")},
    **{w: "Sunnis" for w in ("sunni", "sunnis")},
    **{w: "Shiites" for w in ("shia", "shias", "shiite", "shiites", "shi'ite", "shi'ites", "shi\u2019ite",
                              "shi\u2019ites")},
    **{w: "Druze" for w in ("druze",)},
    **{w: "Turkmen" for w in ("turkmen", "turkoman", "turkomans")},
    **{w: "Assyrians" for w in ("assyrian", "assyrians")},
    **{w: "Chaldeans" for w in ("chaldean", "chaldeans")},
    **{w: "Copts" for w in ("copt", "copts", "coptic")},
    **{w: "Hazaras" for w in ("hazara", "hazaras")},
    **{w: "Pashtuns" for w in ("pashtun", "pashtuns")},
    **{w: "Tamils" for w in ("tamil", "tamils")},
    **{w: "Uighurs" for w in ("uighur", "uighurs", "uyghur", "uyghurs")},
    **{w: "Rohingya" for w in ("rohingya", "rohingyas")},
    **{w: "Tutsis" for w in ("tutsi", "tutsis")},
    **{w: "Hutus" for w in ("hutu", "hutus")},
    **{w: "Tuaregs" for w in ("tuareg", "tuaregs")},
    **{w: "Baloch" for w in ("baloch", "baluch", "balochs")},
}
#: Nouns for a people's members, not for a body of it: "Yazidi *men*", "Sunni *villagers*" are the people.
PEOPLE_MEMBER_NOUNS = frozenset({
    "man", "men", "woman", "women", "girl", "girls", "boy", "boys", "child", "children", "family", "families",
    "civilian", "civilians", "villager", "villagers", "resident", "residents", "people", "community",
    "communities", "minority", "minorities", "population", "populations", "refugee", "refugees", "arab", "arabs",
    "muslim", "muslims", "christian", "christians",
})
#: Nouns for what befalls a people: "the *Yazidi* plight", "the Kurdish *genocide*" name the people.
PEOPLE_FATE_NOUNS = frozenset({
    "plight", "genocide", "suffering", "massacre", "massacres", "persecution", "exodus", "displacement",
    "enslavement", "slaughter", "killing", "killings", "rights",
})


def _people_span(doc, i: int) -> Optional[tuple[int, int, str, int]]:
    """The people the word ``doc[i]`` names, as (start, end, name, head): the noun ("the Yazidis",
    "Kurds"), the adjective before a noun for its members ("Yazidi men") or for its fate ("the
    Yazidi plight"); ``None`` for the adjective of a body ("Kurdish forces", "Sunni militias") or
    of a thing ("Alawite villages"). Adjectives coordinated before one noun ("the Sunni and Shia
    communities") are each a people's word only, with the shared noun as head: two peoples, not
    the first over all the words."""
    tok = doc[i]
    name = PEOPLE_NAMES.get(tok.lower_.replace("\u2019", "'"))
    if name is None:
        return None
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ in ("amod", "compound", "nmod"):
        head = first.head
        if head.i <= i or any(t.pos_ not in ("ADJ", "PROPN", "NOUN", "PUNCT", "CCONJ") for t in doc[i + 1:head.i]):
            return None
        if head.lower_ in PEOPLE_FATE_NOUNS:
            return i, i + 1, name, i
        if head.lower_ not in PEOPLE_MEMBER_NOUNS:
            return None
        shared = any(t.pos_ == "CCONJ" or t.lower_ == "," for t in doc[i + 1:head.i])
        return (i, i + 1, name, head.i) if shared else (i, head.i + 1, name, head.i)
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    return i, i + 1, name, i


def _people_mention(doc, start: int, end: int, name: str, head: int) -> ActorMention:
    span = doc[start:end]
    return ActorMention(actor_id=f"people:{slug(name)}", label=name, type="Organisation", country=None, code=None,
                        surface=span.text, start=span.start_char, end=span.end_char, token_start=start,
                        token_end=end, head=head)


def _people_ent(doc, ent):
    """For an entity the gazetteer does not know and that is only a people's word (and "the"):
    the people's mention, or ``False`` when the word is an adjective of something else;
    ``None`` for any other entity."""
    words = [t for t in ent if t.lower_ != "the"]
    if ent.ent_id_ or len(words) != 1 or words[0].lower_.replace("\u2019", "'") not in PEOPLE_NAMES:
        return None
    found = _people_span(doc, words[0].i)
    return _people_mention(doc, *found) if found is not None else False


def _peoples(doc, taken: set[int]) -> Iterator[ActorMention]:
    """"The Kurds", "Yazidi men", "Sunnis" no entity covers: the people (:data:`PEOPLE_NAMES`)."""
    for tok in select(doc, lower=frozenset(PEOPLE_NAMES)):
        if tok.i in taken or (found := _people_span(doc, tok.i)) is None:
            continue
        if any(i in taken for i in range(found[0], found[1])):
            continue
        taken.update(range(found[0], found[1]))
        yield _people_mention(doc, *found)


def _plural_demonyms(doc, gazetteer, taken: set[int]) -> Iterator[ActorMention]:
    """"Palestinians and Israelis failed to agree": a nationality noun stands for its state."""
    for ent in _doc_ents(doc):
        if ent.label_ != "NORP" or any(i in taken for i in range(ent.start, ent.end)):
            continue
        root = ent.root
        if root.dep_ in ("amod", "compound", "nmod") or root.pos_ not in ("NOUN", "PROPN"):
            continue
        text = ent.text.strip()
        country = None
        for candidate in (text, text[:-1] if text.endswith("s") else None, ent[0].text):
            if candidate:
                country = gazetteer.demonym(candidate)
                if country is not None:
                    break
        if country is None:
            continue
        yield ActorMention(actor_id=country.id, label=country.name, type="Country", country=country.id,
                           code=country.code or country.id, surface=ent.text, start=ent.start_char,
                           end=ent.end_char, token_start=ent.start, token_end=ent.end, head=root.i)


#: Common nouns for an armed or ruling body the text names without a name ("the coalition",
#: "militants", "the regime"): word -> the key of its generic actor.
GENERIC_BODIES = {
    "coalition": "coalition", "coalitions": "coalition", "regime": "regime",
    "militant": "militants", "militants": "militants", "rebel": "rebels", "rebels": "rebels",
    "insurgent": "insurgents", "insurgents": "insurgents", "jihadist": "jihadists", "jihadists": "jihadists",
    "terrorist": "terrorists", "terrorists": "terrorists", "extremist": "extremists", "extremists": "extremists",
    "fighters": "fighters", "gunmen": "gunmen",
    "militia": "militias", "militias": "militias", "militiamen": "militias",
    "separatist": "separatists", "separatists": "separatists",
    "paramilitaries": "paramilitaries", "proxy": "proxies", "proxies": "proxies",
}
#: Words of a body that fights for a state without being its own ("*Russian proxy* forces", "Iran's *proxies*"):
#: no organ of the state, which at most supports it (relations.proxy_rule).
PROXY_WORDS = frozenset({"proxy", "proxies"})
#: Nouns that name a body's men only through a word above ("coalition *forces*", "regime *troops*").
GENERIC_MEN = frozenset({"forces", "troops", "soldiers", "fighters", "aircraft", "airstrikes", "group", "groups"})
#: Words that make "group" armed ("the terrorist group", "armed groups").
ARMED_GROUP_WORDS = frozenset({"terrorist", "militant", "armed", "rebel", "extremist", "jihadist", "insurgent",
                               "separatist", "militia", "paramilitary"})
def _generic_bodies(doc, taken: set[int]) -> Iterator[ActorMention]:
    """"the coalition", "militants", "regime troops", "the terrorist group": a body the text names by a
    common noun acts as an actor of its own, without a name or a state.

    Its id is ``generic:KEY`` (``generic:coalition``), and :func:`scope_generic` makes it the
    document's own: the coalition of one article is not that of another.  A noun
    qualified by a state ("Iraqi troops", "the Syrian regime") is the state's organ and is
    found elsewhere; so is a proper name ("the Global Coalition").
    """
    filed = doc_dateline_end(doc)  # "AP - Militants attacked": the agency is not the militants' own
    for tok in select(doc, lower=frozenset(GENERIC_BODIES) | GENERIC_MEN):
        if tok.i in taken or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod") and c.i not in taken]
        key = GENERIC_BODIES.get(tok.lower_)
        if tok.lower_ in GENERIC_MEN:
            word = next((GENERIC_BODIES.get(c.lower_) for c in mods if c.lower_ in GENERIC_BODIES), None)
            if word is None and tok.lower_ in ("group", "groups") and any(c.lower_ in ARMED_GROUP_WORDS for c in mods):
                word = "armed group"
            key = word or (key if tok.lower_ == "fighters" else None)
        if tok.dep_ == "compound" and tok.head.lower_ in GENERIC_MEN and tok.head.i not in taken:
            continue  # "coalition forces": found with the noun they qualify
        if key is None or tok.dep_ == "compound" and key not in ("coalition", "regime"):
            # "fighter jets", "terrorist attacks": no body acts there.
            continue
        if tok.lower_ in PROXY_WORDS and (tok.dep_ == "appos" or not any(
                c.dep_ in ("amod", "compound", "poss", "nmod") and c.i in taken for c in tok.lefts)
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights)):
            # "accused Iran of using proxies" names no body; "Hezbollah, Iran's proxy" is Hezbollah
            continue
        if (any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.i in taken and c.idx >= filed for c in tok.lefts)
                or _named_before_bracket(doc, tok.i, taken, filed)) \
                and tok.lower_ != "coalition" and key != "proxies" and not any(c.lower_ in PROXY_WORDS for c in mods):
            # "ISIL fighters", "Iraqi rebels": the named actor's own men (found with it); a state's proxies are
            # not its own.
            continue
        start = min([tok.i] + [c.left_edge.i for c in mods])
        while start < tok.i and (start in taken or doc[start].is_punct or doc[start].dep_ == "case"):
            start += 1
        if start > 0 and doc[start - 1].lower_ in ("the", "these", "those", "this"):
            start -= 1
        span = doc[start:tok.i + 1]
        yield ActorMention(actor_id=f"{GENERIC_PREFIX}{slug(key)}", label=key, type="ArmedGroup"
                           if key not in ("coalition", "regime") else "Organisation", country=None, code=None,
                           surface=span.text, start=span.start_char, end=span.end_char, token_start=span.start,
                           token_end=span.end, head=tok.i)
        taken.update(range(start, tok.i + 1))


def _named_before_bracket(doc, i: int, taken: set[int], filed: int) -> bool:
    """Whether a name and its acronym in brackets stand right before ``doc[i]`` ("Kurdistan Workers' Party
    (PKK) *fighters*"): the armed men are that body's, however the parser hung the name."""
    if i < 4 or doc[i - 1].text != ")" or doc[i - 3].text != "(":
        return False
    return doc[i - 2].i in taken and doc[i - 4].i in taken and doc[i - 4].idx >= filed


#: Nouns for a speaker's or a body's friends ("our partners", "its allies"): an unnamed body.
PARTNER_NOUNS = frozenset({"partners", "allies"})
#: Words that make partners a body the news speaks of ("coalition partners", "international partners").
PARTNER_MODS = frozenset({"coalition", "international", "regional", "local", "western", "arab", "gulf", "key",
                          "close", "strategic", "foreign", "european", "military"})


def _partner_bodies(doc, taken: set[int]) -> Iterator[ActorMention]:
    """"our partners", "its partners on the ground", "international partners", "their allies": the
    friends a speaker or a body names without naming them, an unnamed body (``generic:partners``).
    Not a named actor's ("Iraq's partners", "NATO allies"), whose mention is that actor's, and not
    partners nobody qualifies ("partners in crime")."""
    for tok in select(doc, lower=PARTNER_NOUNS):
        if tok.i in taken or tok.pos_ != "NOUN" or tok.dep_ == "compound":
            continue
        mods = [c for c in tok.lefts if c.dep_ in ("poss", "amod", "compound", "nmod", "det")]
        if not any(c.dep_ == "poss" or c.lower_ in PARTNER_MODS for c in mods) or any(c.i in taken for c in mods):
            continue
        # The possessive stays out: "our" is the speaker's own mention (graphbuilder.coref).
        start = min([tok.i] + [c.left_edge.i for c in mods if c.dep_ != "poss" and c.left_edge.dep_ != "poss"])
        span = doc[start:tok.i + 1]
        yield ActorMention(actor_id=f"{GENERIC_PREFIX}{tok.lower_}", label=tok.lower_, type="Organisation",
                           country=None, code=None, surface=span.text, start=span.start_char, end=span.end_char,
                           token_start=span.start, token_end=span.end, head=tok.i)
        taken.update(range(start, tok.i + 1))


#: Peoples without a state of their own -> the states they live in: "Kurdish militants", "Tamil
#: rebels", "Uighur separatists" are a body of that people in one of them.
PEOPLES = {
    "kurdish": ("TUR", "IRQ", "SYR", "IRN"), "kurd": ("TUR", "IRQ", "SYR", "IRN"), "kurds": ("TUR", "IRQ", "SYR", "IRN"),
    "tamil": ("LKA", "IND"), "tamils": ("LKA", "IND"),
    "uighur": ("CHN",), "uyghur": ("CHN",), "uighurs": ("CHN",), "uyghurs": ("CHN",),
    "tibetan": ("CHN",), "tibetans": ("CHN",), "chechen": ("RUS",), "chechens": ("RUS",),
    "baloch": ("PAK", "IRN"), "baluch": ("PAK", "IRN"), "pashtun": ("AFG", "PAK"), "rohingya": ("MMR", "BGD"),
}


def _people_land_variant(text: str, gazetteer):
    """The one dictionary body whose name is ``text`` with a stateless people's word written as its land's:
    "the *Kurdish* Workers' Party" is the dictionary's "Kurdistan Workers' Party" (the PKK), "Baloch Liberation
    Army" may be written "Balochistan Liberation Army".  ``None`` when there is no such body."""
    words = text.split()
    for i, word in enumerate(words):
        low = word.lower()
        if low not in PEOPLES and low not in PEOPLE_NAMES:
            continue
        land = (low[:-3] if low.endswith("ish") else low.rstrip("s")).capitalize() + "istan"
        bodies = [a for a in gazetteer.by_alias(" ".join(words[:i] + [land] + words[i + 1:]), include_ambiguous=False)
                  if a.type in ORG_TYPES]
        if len(bodies) == 1:
            return bodies[0]
    return None


def _peoples_bodies(doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Kurdish militants attacked a police station in Diyarbakir": a generic body of a stateless
    people gets the country of the people's one state (:data:`PEOPLES`), or of the one of its
    states the document names (Diyarbakir: Turkey); naming several, or none of several, settles nothing.
    The body stays generic: the people's militants are not the state's rebels, and no state acts."""
    named = {m.country for m in mentions if m.type in ("Country", "Place") and m.country}
    out = []
    for m in mentions:
        if is_generic(m.actor_id) and not m.country:
            peoples = {PEOPLES[t.lower_] for t in doc[m.token_start:m.token_end] if t.lower_ in PEOPLES}
            states = next(iter(peoples)) if len(peoples) == 1 else ()
            here = states if len(states) == 1 else tuple(s for s in states if s in named)
            if len(here) == 1:
                m = _with(m, country=here[0])
        out.append(m)
    return out


def _led_coalitions(doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """"the Saudi-led coalition", "the coalition led by the United States": a coalition a state
    leads is recorded with that state's country (its leader).

    The coalition stays a body of its own (``generic:coalition``), not the state: its members act
    together, and only the leader is known."""
    states = {i: m for m in mentions if m.type == "Country" for i in range(m.token_start, m.token_end)}
    out = []
    for m in mentions:
        head = doc[m.head]
        if m.actor_id != f"{GENERIC_PREFIX}coalition" or m.country:
            out.append(m)
            continue
        leader = None
        for led in head.children:
            if led.lemma_ != "lead" or led.tag_ != "VBN":
                continue
            # "Saudi-led": the state hangs on "led"; "led by the United States": on its "by".
            words = [c for c in led.children if c.dep_ in ("npadvmod", "compound", "nmod", "advmod", "nsubj")] + \
                    [g for c in led.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            leader = next((states[w.i] for w in words if w.i in states), None)
            if leader is not None:
                break
        if leader is None:
            out.append(m)
            continue
        # The surface stays the coalition's: "Saudi" remains the state's own mention, and a
        # coalition is not located in its leader as "the Saudi Red Crescent" is.
        out.append(_with(m, country=leader.country))
    return out


#: Nouns for a leader's government ("the Assad *regime*"); not "the Merkel government", which also
#: says who leads it (a leader-of the person mention keeps).
REGIME_NOUNS = frozenset({"regime", "government", "administration", "cabinet"})


def _regime_organ(doc, iso: str, gazetteer, start: int, noun) -> ActorMention:
    """The government of ``iso`` named from ``start`` to the regime noun ``noun``, or its military
    when the noun qualifies armed men ("regime forces", "Assad regime troops")."""
    sector, end = "GOV", noun.i + 1
    if noun.dep_ == "compound" and noun.head.i == noun.i + 1 and _sector(noun.head) == "MIL":
        sector, end = "MIL", noun.i + 2
    country = gazetteer.actors.get(iso)
    state = ActorMention(actor_id=iso, label=country.name if country else iso, type="Country", country=iso,
                         code=iso, surface="", start=0, end=0, token_start=start, token_end=start, head=start)
    return _organ(state, sector, doc, start, end)


def _regime_leader(m: ActorMention, gazetteer):
    """The gazetteer's leader ``m`` names: its own actor, or the one leader whose ambiguous alias it is
    ("Obama" is also a Japanese city, but "the Obama administration" is no city's)."""
    actor = gazetteer.get(m.actor_id)
    if actor is not None:
        return actor
    leaders = [a for a in gazetteer.by_alias(m.label) if a.type == "Person" and a.leader]
    return leaders[0] if len(leaders) == 1 else None


def _regimes(doc, mentions: list[ActorMention], gazetteer) -> list[ActorMention]:
    """"The Assad regime", "the Obama administration": a leader the gazetteer knows, named before a
    noun for a government, is his state's government ("Assad regime forces": its military); the man
    stays a mention inside the government's, except in a "regime".  "The regime", "regime forces"
    with no state is that state's government (military) when the document names one regime, by its
    state ("the Syrian regime") or its leader, and only one."""
    out: list[ActorMention] = []
    regime_states: set[str] = set()
    replaced: list[ActorMention] = []
    for m in mentions:
        actor = _regime_leader(m, gazetteer) if m.type == "Person" else None
        j = m.token_end + (1 if m.token_end < len(doc) and doc[m.token_end].tag_ == "POS" else 0)
        if actor is None or not actor.leader or not actor.country or j >= len(doc) \
                or doc[j].lower_ not in REGIME_NOUNS or doc[m.head].head.i not in (j, doc[j].head.i) \
                or doc[m.head].head.i != j and doc[j].dep_ != "compound":
            out.append(m)
            continue
        organ = _regime_organ(doc, actor.country, gazetteer, m.token_start, doc[j])
        replaced.append(organ)
        if doc[j].lower_ != "regime":
            # "the Reagan administration", "Karzai's government": the body acts, and the man, named,
            # still heads it (his title or the gazetteer's terms say so, as in "Israel's Netanyahu
            # government"); a "regime" is named for its ruler, not with him.
            out.append(m)
        regime_states.add(actor.country)
    regime_states.update(m.country for m in out if m.type == "Government" and m.country
                         and any(t.lower_ == "regime" for t in doc[m.token_start:m.token_end]))
    if replaced:
        spans = {i for r in replaced for i in range(r.token_start, r.token_end)}
        out = [m for m in out if not (is_generic(m.actor_id) and spans.intersection(range(m.token_start, m.token_end)))]
        out.extend(replaced)
    if len(regime_states) != 1:
        return out
    iso = next(iter(regime_states))
    resolved = []
    for m in out:
        if m.actor_id == f"{GENERIC_PREFIX}regime" and not m.pronoun:
            noun = next((t for t in doc[m.token_start:m.token_end] if t.lower_ == "regime"), None)
            if noun is not None:
                organ = _regime_organ(doc, iso, gazetteer, m.token_start, noun)
                m = _with(organ, surface=m.surface, start=m.start, end=m.end, token_end=m.token_end, head=m.head)
        resolved.append(m)
    return resolved


def _title_holders(doc, mentions: list[ActorMention], roles: Sequence[Role]) -> list[ActorMention]:
    """"The Foreign Secretary met Sergei Lavrov", "the Minister held meetings": an office named
    with a capital and "the", and no name, is the person who holds it.

    That is the person the document names with the title when it names exactly one
    (coreference), else a generic person (``generic:foreign-secretary``) the pipeline makes the
    document's own.  "the Minister of Foreign Affairs of Iraq" (an office "of" something) and
    a title before a name are left to the other rules.
    """
    taken = {i for m in mentions for i in range(m.token_start, m.token_end)}
    titled: dict[str, dict[str, ActorMention]] = {}
    for r in roles:
        if not r.former:
            titled.setdefault(r.title.lower(), {})[r.person.actor_id] = r.person
    for p in mentions:
        if p.type == "Person" and not p.pronoun:
            words = " ".join(t.text for t in _title_tokens(doc, p, predicate=False)).lower()
            if words:
                titled.setdefault(words, {})[p.actor_id] = p
    out: list[ActorMention] = []
    for tok in select(doc, lower=frozenset(w for t in TITLE_NOUNS for w in t.split()[-1:])):
        if tok.i in taken or not tok.text[:1].isupper() or tok.dep_ in ("compound", "amod", "appos"):
            continue
        if any(c.dep_ in ("prep", "appos", "acl", "relcl") and (c.dep_ != "prep" or c.lower_ in ("of", "for", "to"))
               for c in tok.rights):
            continue
        mods = [c for c in tok.lefts if c.dep_ == "compound" and c.text[:1].isupper() and c.i not in taken]
        start = min([tok.i] + [c.i for c in mods])
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts) \
                or any(c.dep_ in ("poss", "amod", "compound", "nmod") and c.i in taken for c in tok.lefts):
            continue
        title = " ".join(t.text for t in doc[start:tok.i + 1])
        if title.lower() not in TITLE_NOUNS and not (mods and tok.lower_ in TITLE_NOUNS):
            continue
        holders = titled.get(title.lower(), {})
        span = doc[start:tok.i + 1]
        where = dict(surface=span.text, start=span.start_char, end=span.end_char, token_start=span.start,
                     token_end=span.end, head=tok.i)
        if len(holders) == 1:
            out.append(_with(next(iter(holders.values())), **where))
        else:
            holder = ActorMention(actor_id=f"{GENERIC_PREFIX}{slug(title)}", label=title, type="Person",
                                  country=None, code=None, **where)
            state = _office_state(doc, mentions, holder, title.lower())
            out.append(holder if state is None else _with(holder, country=state, code=f"{state}GOV"))
        taken.update(range(start, tok.i + 1))
    return out


#: Portfolios of a cabinet secretary ("the Foreign Secretary", "the Defence Secretary"); a bare
#: "Secretary" may be a party's or a union's.
PORTFOLIOS = frozenset({"foreign", "home", "defence", "defense", "interior", "treasury", "health", "justice",
                        "energy", "trade", "commerce", "environment", "education", "development", "state"})


def _office_state(doc, mentions: list[ActorMention], holder: ActorMention, low: str) -> Optional[str]:
    """The state whose office a title without name or state is ("The Foreign Secretary met ..."):
    the one state whose ministry of that portfolio the document names ("a Foreign Office spokesman
    said: the Foreign Secretary ..."), else ``None``.

    Not the state the document is about, as for a named minister (:func:`_home_state`): a
    government's press release never names its own state, and "The Foreign Secretary met Iraqi
    leaders ... Iraq ..." is Britain's, not Iraq's."""
    words = low.split()
    if words[0] in PORTFOLIOS:
        organs = {m.country for m in mentions if m.type == "Government" and m.country and not m.pronoun
                  and m.surface.split() and m.surface.lower().split()[0] == words[0]}
        if len(organs) == 1:
            return next(iter(organs))
    return None


def scope_generic(m: ActorMention, doc_id: str) -> ActorMention:
    """``m`` with a generic id made the document's own (``generic:DOC/coalition``)."""
    if not is_generic(m.actor_id) or m.actor_id.count(":") > 1:
        return m
    return _with(m, actor_id=f"{GENERIC_PREFIX}{doc_id}:{m.actor_id[len(GENERIC_PREFIX):]}")


def _ethnic(doc, m: ActorMention) -> bool:
    """Whether ``m`` is a state's demonym qualified as ethnic ("ethnic Albanians", "ethnic Serb
    civilians", "ethnic Albanian rebels")."""
    if m.type == "Person" or m.token_start == 0 or not m.country:
        return False
    first = doc[m.token_start]
    return doc[m.token_start - 1].lower_ == "ethnic" or any(
        c.dep_ == "amod" and c.lower_ == "ethnic" for c in first.children)


#: Words of organisation names: a name holding one is no person's, whatever its title.
ORG_NAME_WORDS = frozenset({
    "party", "institute", "group", "union", "council", "ministry", "bank", "university", "company", "association",
    "front", "movement", "commission", "committee", "agency", "foundation", "corporation", "inc", "ltd", "news",
    "fund", "organization", "organisation", "office", "court", "parliament", "assembly", "league", "club",
    "church", "army", "forces", "trust", "clinic", "center", "centre", "service", "authority", "department",
    "board", "federation", "network", "project", "society", "school", "college", "academy", "alliance", "times",
})


def _titled_person(doc, m: ActorMention) -> ActorMention:
    """A name the NER took for an organisation but that carries a person's title ("Henricus
    Mickevicius, director of the Institute", "the head of the Ifo think tank, Clemens Fuest")
    is a person.  Only names of two to four capitalised words, none an organisation word."""
    if m.type != "Organisation" or m.code or not m.actor_id.startswith("org:"):
        return m
    words = [t for t in doc[m.token_start:m.token_end] if not (t.is_punct and t.text == "-")]
    if not 2 <= len(words) <= 4 or any(not t.is_title or t.pos_ != "PROPN" or t.lower_ in ORG_NAME_WORDS
                                       or t.lower_ in TITLE_WORDS for t in words):
        return m
    if not any(t.lower_ in TITLE_NOUNS and t.pos_ in ("NOUN", "PROPN")
               for t in _title_tokens(doc, m, predicate=False)):
        return m
    return _with(m, actor_id=f"person:{slug(m.label)}", type="Person")


def _with(m: ActorMention, **changes) -> ActorMention:
    from dataclasses import replace

    return replace(m, **changes)




def _place_institutions(doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Karachi University", "Westminster College": a place's name the ruler found, followed by a
    capitalised noun for an institution, names an organisation in that place's country, not the place."""
    out = []
    for m in mentions:
        nxt = doc[m.token_end] if m.token_end < len(doc) else None
        if m.type == "Place" and nxt is not None and nxt.lower_ in INSTITUTION_NOUNS and nxt.text[:1].isupper() \
                and not any(o.token_start == m.token_end for o in mentions):
            span = doc[m.token_start:m.token_end + 1]
            m = ActorMention(actor_id=f"org:{slug(span.text)}", label=span.text, type="Organisation",
                             country=m.country, code=None, surface=span.text, start=span.start_char,
                             end=span.end_char, token_start=span.start, token_end=span.end, head=nxt.i)
        out.append(m)
    return out


#: Ship prefixes and the states whose navies write them ("USS Mason", "HMS Daring", "FS Forbin"); a
#: prefix two navies use names the first unless the sentence names the other ("INS" is India's and Israel's).
SHIP_PREFIXES = {
    "USS": ("USA",), "USNS": ("USA",), "USCGC": ("USA",), "HMS": ("GBR",), "RFA": ("GBR",), "HMAS": ("AUS",),
    "HMCS": ("CAN",), "HMNZS": ("NZL",), "FS": ("FRA",), "INS": ("IND", "ISR"), "JS": ("JPN",), "ROKS": ("KOR",),
    "ROCS": ("TWN",), "TCG": ("TUR",), "RFS": ("RUS",), "PNS": ("PAK",), "BNS": ("BGD", "BEL"), "KRI": ("IDN",),
    "ITS": ("ITA",), "SPS": ("ESP",), "ESPS": ("ESP",), "HNLMS": ("NLD",), "HDMS": ("DNK",), "HNoMS": ("NOR",),
    "HSwMS": ("SWE",), "FGS": ("DEU",), "NRP": ("PRT",), "BRP": ("PHL",), "KD": ("MYS",), "RSS": ("SGP",),
    "HTMS": ("THA",), "HS": ("GRC",), "ARA": ("ARG",), "BAP": ("PER",), "ARM": ("MEX",), "ARC": ("COL",),
    "SLNS": ("LKA",), "NNS": ("NGA",), "IRIS": ("IRN",), "LÉ": ("IRL",), "LE": ("IRL",)}
#: Ship prefixes that are also other abbreviations ("INS agents", "RSS chief", "ITS", "ARM Holdings"): a
#: ship's only in a naval sentence (:data:`NAVAL_WORDS`), after a kind of warship or before a hull number.
AMBIGUOUS_SHIP_PREFIXES = frozenset({"FS", "INS", "JS", "RFS", "PNS", "BNS", "KRI", "ITS", "SPS", "NRP", "BRP", "KD",
                                     "RSS", "HS", "ARA", "BAP", "ARM", "ARC", "NNS", "IRIS", "LE", "RFA", "TCG"})
#: Kinds of warship before a ship's name ("the cruiser Moskva"); a word that names a warship only after
#: another ("aircraft *carrier*": "the carrier Lufthansa" is an airline) maps to the words it needs.  Not
#: "flagship": "the flagship Tory proposal" is a party's.
WARSHIP_NOUNS = {
    "destroyer": (), "frigate": (), "cruiser": (), "submarine": (), "warship": (), "corvette": (), "battleship": (),
    "minesweeper": (), "minehunter": (), "supercarrier": (), "gunboat": (),
    "carrier": ("aircraft", "helicopter"), "cutter": ("coast", "guard"), "vessel": ("navy", "naval"),
    "ship": ("assault", "landing", "amphibious", "navy", "naval", "command", "dock"), "boat": ("patrol", "missile"),
}
#: Words that make a sentence a naval one: an ambiguous prefix there is a ship's (:data:`AMBIGUOUS_SHIP_PREFIXES`).
NAVAL_WORDS = frozenset(WARSHIP_NOUNS) | {"navy", "naval", "fleet", "sailor", "dock", "sail", "harbour", "harbor",
                                         "maritime", "aboard", "onboard", "deck", "berth", "moor", "anchor"}
#: A hull number in brackets after a ship's name ("USS Hopper (DDG 70)", "HMS Ocean (L 12)", "(F-70)").
HULL_NUMBER = re.compile(r"[A-Z]{1,4}[- ]?\d{1,4}[A-Z]?")
#: Prefix of a warship's actor id (``ship:carl-vinson``): one node per ship across documents.
SHIP_ID_PREFIX = "ship:"
#: Tags of the words between a state's word and the kind of warship ("China's *nuclear-powered* aircraft
#: carrier", "the U.S. Navy *guided-missile* destroyer").
SHIP_MODIFIER_TAGS = frozenset({"JJ", "NN", "NNP", "VBN", "HYPH", "POS", "CD", "NNS", "NNPS"})


def _warship_kind(doc, i: int) -> Optional[int]:
    """The first word of the kind of warship whose last word is ``i`` ("the *aircraft* carrier"), else ``None``."""
    tok = doc[i]
    needs = WARSHIP_NOUNS.get(tok.lower_)
    if needs is None or tok.tag_ in ("NNS", "NNPS"):
        return None
    if not needs:
        return i
    return i - 1 if i > 0 and doc[i - 1].lower_ in needs else None


def _ship_name_end(doc, start: int) -> int:
    """End of a ship's name from ``start``: capitalised words, initials and inner particles ("Charles de
    Gaulle", "John S. McCain", "Prince of Wales"), up to five words, never a date or another ship's prefix."""
    end = start
    while end < len(doc) and end - start < 5:
        tok = doc[end]
        if end > start and (tok.is_sent_start or tok.text in SHIP_PREFIXES or tok.ent_type_ == "DATE"):
            break
        if tok.text[:1].isupper() and (tok.is_alpha or re.fullmatch(r"[A-Z]\.", tok.text)):
            end += 1
        elif end > start and end + 1 < len(doc) and doc[end + 1].text[:1].isupper() and (
                tok.lower_ in SHIP_NAME_PARTICLES or tok.text == "-" and not doc[end - 1].whitespace_):
            end += 1
        else:
            break
    return end


def ship_state_word(doc, start: int, mention_at) -> Optional[ActorMention]:
    """The mention of the state whose ship is named from ``start`` on, written before it and its kind
    ("the *Russian* cruiser Moskva", "*China's* aircraft carrier Liaoning", "the *U.S. Navy* destroyer
    Mason"), else ``None``.

    Parameters
    ----------
    doc
        The parsed ``Doc``.
    start
        The first token of the ship's mention (its kind of warship, or its prefix).
    mention_at
        Token index → the actor mention covering it, or ``None``.
    """
    j = start - 1
    while j >= 0 and start - j <= 6:
        m = mention_at(j)
        if m is not None and (m.actor_id.startswith(SHIP_ID_PREFIX) or m.type not in ("Country", "Military",
                                                                                        "Government")):
            return None  # another ship's, or a body's ("the Houthi-held port")
        if m is not None and m.country:
            return m
        if doc[j].tag_ not in SHIP_MODIFIER_TAGS and doc[j].text != "-":
            return None
        j -= 1
    return None


def _naval_sentence(sent) -> bool:
    """Whether ``sent`` (a sentence or a whole ``Doc``) speaks of ships or navies (:data:`NAVAL_WORDS`)."""
    return any(t.lemma_.lower() in NAVAL_WORDS or t.lower_ in NAVAL_WORDS for t in sent)


def _hull_number(doc, end: int) -> Optional[tuple[int, int]]:
    """The tokens of a hull number in brackets right after a ship's name ("USS Hopper *(DDG 70)*")."""
    if end >= len(doc) or doc[end].text != "(":
        return None
    close = next((k for k in range(end + 1, min(end + 5, len(doc))) if doc[k].text == ")"), None)
    if close is None or close == end + 1:
        return None
    return (end + 1, close) if HULL_NUMBER.fullmatch(doc[end + 1:close].text) else None


def _prefix_state(doc, i: int, mentions: list[ActorMention]) -> str:
    """The state of the ship prefix at ``i``: the one of its navies the sentence names, else the first."""
    states = SHIP_PREFIXES[doc[i].text]
    if len(states) > 1:
        sent = doc[i].sent
        named = {m.country for m in mentions if sent.start <= m.token_start < sent.end}
        return next((s for s in states if s in named), states[0])
    return states[0]


def _names_warships(doc) -> bool:
    """Whether the document names a warship by an unambiguous prefix ("USS Hopper") or a kind of warship
    ("the frigate"): a story about ships, where an ambiguous prefix ("FS Forbin") is one more."""
    return any(t.text in SHIP_PREFIXES and t.text not in AMBIGUOUS_SHIP_PREFIXES and t.i + 1 < len(doc)
               and doc[t.i + 1].text[:1].isupper() or _warship_kind(doc, t.i) is not None for t in doc)


def _ship_at(doc, i: int, mentions: list[ActorMention], mention_at, ship_story: bool = False):
    """The ship named from token ``i`` on: ``(start, name_start, end, state, prefix, kind)`` (``kind``: the
    first token of its kind of warship, or ``start``), else ``None``.

    "USS Mason", "FS Charles de Gaulle": a prefix says the state ("FS" only where the sentence is a naval
    one, or its kind or hull number is written: :data:`AMBIGUOUS_SHIP_PREFIXES`); "the Russian cruiser
    Moskva", "the aircraft carrier Charles de Gaulle": a kind of warship before a proper name, named with an
    article, a possessor or a state's word (not "a submarine Russia built"), says it is a ship, and the state's
    word whose it is.
    """
    tok = doc[i]
    if i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper() or doc[i + 1].text in SHIP_PREFIXES:
        return None
    if tok.text in SHIP_PREFIXES and doc[i + 1].is_alpha:
        end = _ship_name_end(doc, i + 1)
        if tok.text in AMBIGUOUS_SHIP_PREFIXES and (
                doc[i + 1].lower_ in TITLE_WORDS or agent_sector(doc[i + 1]) is not None
                or not ((i > 0 and _warship_kind(doc, i - 1) is not None) or _hull_number(doc, end)
                        or _naval_sentence(tok.sent) or ship_story)):
            # "INS Commissioner X", "ITS Director": a title after the letters makes them a body's, even in a
            # naval sentence; in a story of sailors that names no warship "ARM Holdings" is still a firm.
            return None
        start, name_start, state, prefix = i, i + 1, _prefix_state(doc, i, mentions), tok.text
        kind = _warship_kind(doc, i - 1) if i > 0 else None
    elif (kind := _warship_kind(doc, i)) is not None and doc[i + 1].pos_ == "PROPN":
        end = _ship_name_end(doc, i + 1)
        owner = ship_state_word(doc, kind, mention_at)
        before = doc[kind - 1] if kind > 0 else None
        if owner is None and (before is None or before.lower_ != "the" and before.tag_ != "PRP$") and not (
                before is not None and before.tag_ in SHIP_MODIFIER_TAGS and any(
                    t.lower_ == "the" for t in doc[max(0, kind - 4):kind])):
            return None
        if any((m := mention_at(k)) is not None and m.type == "Country" for k in range(i + 1, end)):
            return None  # "sent the destroyer *Iran* ...": a state is no ship's name
        last = doc[end - 1]
        if end < len(doc) and last.dep_ in ("compound", "amod", "nmod") and last.head.i >= end:
            return None  # "the submarine Trident programme": the name qualifies a thing after it
        if last.dep_ in ("nsubj", "nsubjpass") and last.head.dep_ == "relcl":
            return None  # "the submarine Putin visited": the name is who did something to the ship
        start, name_start, state, prefix = kind, i + 1, owner.country if owner else None, None
    else:
        return None
    if end <= name_start or doc[end - 1].lower_ in UNIT_NOUNS | FACILITY_NOUNS or end - name_start > 4:
        # "the USS Carl Vinson Carrier Strike Group" is a unit named after the ship (:func:`_military_units`)
        return None
    return start, name_start, end, state, prefix, start if kind is None else kind


def _ship_mention(doc, start: int, end: int, actor_id: str, label: str, state: Optional[str],
                  head: int) -> ActorMention:
    span = doc[start:end]
    return ActorMention(actor_id=actor_id, label=label, type="Military", country=state,
                        code=f"{state}MIL" if state else None, surface=span.text, start=span.start_char,
                        end=span.end_char, token_start=start, token_end=end, head=head)


def _vessels(doc, mentions: list[ActorMention], gazetteer) -> list[ActorMention]:
    """Named warships: "USS Carl Vinson", "HMS Daring (D 32)", "the Russian cruiser Moskva", "the aircraft
    carrier Charles de Gaulle", and "the Carl Vinson" or "Forbin" once the document has named the ship.

    A ship is a unit of its state's military: type ``Military``, the state's ``MIL`` code (so the rules
    for a state's forces hold for it), and a node of its own, ``ship:<name>``, the same in every document.
    Its hull number in brackets is another mention of it, not a body or a place.  The NER takes ships'
    names for people ("Forbin", "Carl Vinson"), places or organisations: the ship replaces the
    mentions inside it; a state's word before it that the NER read into an organ ("the *Russian cruiser*
    Moskva") stays as the state.
    """
    by_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    found = []
    ship_story = None
    # Only a ship's prefix or a kind of warship opens a ship: the scan visits those words alone.
    resume = 0
    for tok in select(doc, lower=WARSHIP_NOUNS, extra=[k for k, w in enumerate(token_texts(doc)) if w in SHIP_PREFIXES]):
        i = tok.i
        if i < resume:
            continue
        if ship_story is None and tok.text in AMBIGUOUS_SHIP_PREFIXES:
            ship_story = _names_warships(doc)
        ship = _ship_at(doc, i, mentions, by_token.get, bool(ship_story))
        if ship is None:
            continue
        found.append(ship)
        resume = ship[2]
    if not found:
        return mentions
    states = {doc[n:e].text: s for _, n, e, s, _, _ in found if s}
    ships: list[ActorMention] = []
    names: dict[tuple, ActorMention] = {}
    for _, name_start, end, state, prefix, kind in found:
        name = doc[name_start:end].text
        state = state or states.get(name)
        # Named by its name alone: a story that writes no state ("the aircraft carrier Kitty Hawk") names the same
        # ship as one that does; navies seldom give one name to ships in service at the same time.
        actor_id = f"{SHIP_ID_PREFIX}{slug(name)}"
        label = f"{prefix} {name}" if prefix else name
        # With its kind: the parser heads the phrase with either ("*destroyer* HMS Defender" with the name
        # in apposition, "cruiser *Moskva*").
        ships.append(_ship_mention(doc, kind, end, actor_id, label, state, doc[kind:end].root.i))
        names.setdefault(tuple(t.text for t in doc[name_start:end]), ships[-1])
        if (hull := _hull_number(doc, end)) is not None:
            ships.append(_ship_mention(doc, *hull, actor_id, label, state, hull[1] - 1))
    ships.extend(_repeated_ships(doc, ships, names))
    inside = {i for s in ships for i in range(s.token_start, s.token_end)}
    kept = []
    for m in mentions:
        covered = [i for i in range(m.token_start, m.token_end) if i in inside]
        if not covered:
            kept.append(m)
        elif m.country and m.type in ("Military", "Government") and m.token_start not in inside \
                and (state := gazetteer.actors.get(m.country)) is not None:
            # "the Russian cruiser": the organ the NER's words made gives way to the ship, its state's word stays.
            first = min(covered)
            span = doc[m.token_start:first]
            kept.append(_with(m, actor_id=state.id, label=state.name, type="Country", code=state.code or state.id,
                              surface=span.text, end=span.end_char, token_end=first, head=span.root.i))
    return sorted(kept + ships, key=lambda m: (m.token_start, m.token_end))


def _repeated_ships(doc, ships: list[ActorMention], names: dict) -> Iterator[ActorMention]:
    """The ship's name again, without its prefix or kind ("the Carl Vinson", "Forbin is joining ..."):
    where an article says it is a thing, or the NER found that very name as an entity (not inside a longer
    name: "Charles de Gaulle airport", nor a name the gazetteer knows for someone else).  ``names``: the
    words of each ship's name → its mention."""
    taken = {i for s in ships for i in range(s.token_start, s.token_end)}
    ents = {(e.start, e.end): e for e in _doc_ents(doc)}
    texts = token_texts(doc)
    for key, ship in names.items():
        n = len(key)
        for start in (k for k, text in enumerate(texts) if text == key[0]):
            end = start + n
            if tuple(texts[start:end]) != key or any(k in taken for k in range(start, end)):
                continue
            before = doc[start - 1] if start > 0 else None
            after = doc[end] if end < len(doc) else None
            ent = ents.get((start, end))
            if after is not None and (after.text[:1].isupper() or after.lower_ in FACILITY_NOUNS | UNIT_NOUNS):
                continue
            if before is not None and before.lower_ == "the":
                pass
            elif ent is None or ent.ent_id_ or (before is not None and before.text[:1].isupper()
                                                 and not doc[start].is_sent_start):
                continue
            elif n > 1 and ent.label_ in PERSON_LABELS:
                # "Charles de Gaulle led Free France": a person's full name, without the article a ship
                # takes, is the person the ship is named after ("Forbin is joining ..." stays the ship).
                continue
            taken.update(range(start, end))
            yield _with(ship, surface=doc[start:end].text, start=doc[start].idx, end=doc[end - 1].idx +
                        len(doc[end - 1].text), token_start=start, token_end=end, head=end - 1)


#: Last words of a military unit's name ("the 101st Airborne Division", "the Vermont Air National Guard").
UNIT_NOUNS = frozenset({"division", "brigade", "regiment", "battalion", "squadron", "fleet", "wing",
                        "corps", "flotilla", "battery", "group", "unit"})
#: Words inside a unit's name that make its last word a military one ("Strike *Group*", "Air *Wing*").
UNIT_WORDS = frozenset({"airborne", "infantry", "armored", "armoured", "mechanized", "marine", "marines",
                        "expeditionary", "strike", "air", "naval", "cavalry", "artillery",
                        "mountain", "special", "forces", "fighter", "bomb", "carrier", "task", "combat",
                        "army", "navy", "amphibious", "commando", "paratroop", "rifles"})


def _unit_run(doc, start: int) -> int:
    """End of the run of capitalised words (and ordinals) from ``start``."""
    end = start
    while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].like_num or
                              re.fullmatch(r"\d+(?:st|nd|rd|th)", doc[end].lower_)
                              or doc[end].lower_ in NAME_LOWER_PARTICLES and end + 1 < len(doc)
                              and doc[end + 1].text[:1].isupper()) and not doc[end].is_punct:
        end += 1
    return end


#: Abbreviations of task forces before their number ("CTF 150", "CTF-151"), and what they stand for.
#: (not "TF": "TF-1" is a French television channel)
TASK_FORCE_ABBREVIATIONS = {"CTF": "Combined Task Force", "JTF": "Joint Task Force", "CTG": "Combined Task Group",
                            "CJTF": "Combined Joint Task Force"}
#: Words a task force's name can open with (its abbreviation, or a word with a dash: "CJTF-OIR").
TASK_FORCE_STARTS = frozenset(TASK_FORCE_ABBREVIATIONS) | {"Combined", "Joint", "Task"}
#: A task force's abbreviation and number written as one word ("CTF-151").
_TASK_FORCE_WORD = re.compile(r"([A-Z]{2,4})-(\d{1,3})")


#: Missions of task forces named after them, by their initials in the task force's abbreviation ("CJTF-OIR").
TASK_FORCE_MISSIONS = {"OIR": "Operation Inherent Resolve", "HOA": "Horn of Africa"}
#: Dashes between a task force and its mission ("Combined Joint Task Force – Operation Inherent Resolve").
DASHES = frozenset({"-", "‐", "‑", "‒", "–", "—", "--"})
#: The label :func:`_task_force` gives a numbered task force or one named after its mission.
_TASK_FORCE_LABEL = re.compile(r"\bTask (?:Force|Group) (?:\d+|– .+)$")


def is_task_force(m: ActorMention) -> bool:
    """Whether ``m`` is a task force, numbered ("CTF 150") or named after its mission ("CJTF-OIR"), a body ships
    and units join."""
    return m.type == "Organisation" and m.code is None and bool(_TASK_FORCE_LABEL.search(m.label))


def _mission_after(doc, k: int) -> Optional[tuple[int, str]]:
    """The mission named after a dash from token ``k`` ("– Operation Inherent Resolve", "-Horn of Africa"):
    its end and name, else ``None``."""
    if k + 1 >= len(doc) or doc[k].text not in DASHES or not doc[k + 1].text[:1].isupper():
        return None
    end = k + 1
    while end < len(doc) and (doc[end].text[:1].isupper() and doc[end].is_alpha or doc[end].lower_ in ("of", "the")
                              and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()):
        end += 1
    # (one word after a dash is as often a sentence's aside as a mission: "a task force – Pentagon officials ...")
    return (end, doc[k + 1:end].text) if end - k > 2 else None


def _missions(doc) -> dict[str, str]:
    """The missions the document names task forces after, by their initials ({"OIR": "Operation Inherent
    Resolve"}), over those of :data:`TASK_FORCE_MISSIONS`."""
    found = dict(TASK_FORCE_MISSIONS)
    for tok in select(doc, lower=("force", "group")):
        if tok.i > 0 and doc[tok.i - 1].text == "Task" and (mission := _mission_after(doc, tok.i + 1)) is not None:
            found["".join(w[0] for w in mission[1].split() if w[0].isupper())] = mission[1]
    return found


def _task_force(doc, i: int, missions: dict[str, str]) -> Optional[tuple[int, str]]:
    """A numbered task force from token ``i``: its end and full name ("CTF 150", "CTF-151" and "Combined Task
    Force 150" are all "Combined Task Force 150"), or one named after its mission ("Combined Joint Task Force –
    Operation Inherent Resolve", "CJTF-OIR" for it where ``missions`` spell out "OIR"), else ``None``."""
    tok = doc[i]
    number = doc[i + 1].text if i + 1 < len(doc) and doc[i + 1].is_digit and len(doc[i + 1]) <= 3 else None
    if (word := _TASK_FORCE_WORD.fullmatch(tok.text)) and word[1] in TASK_FORCE_ABBREVIATIONS:
        return i + 1, f"{TASK_FORCE_ABBREVIATIONS[word[1]]} {word[2]}"
    if tok.text in TASK_FORCE_ABBREVIATIONS and number:
        return i + 2, f"{TASK_FORCE_ABBREVIATIONS[tok.text]} {number}"
    abbreviation = re.fullmatch(r"([A-Z]{2,4})[-–]([A-Z]{2,4})", tok.text)
    if abbreviation is None and tok.text in TASK_FORCE_ABBREVIATIONS and i + 2 < len(doc) \
            and doc[i + 1].text in DASHES:
        abbreviation, end = (tok.text, doc[i + 2].text), i + 3
    elif abbreviation is not None:
        end = i + 1
    if abbreviation is not None and abbreviation[0] in TASK_FORCE_ABBREVIATIONS and abbreviation[1] in missions:
        return end, f"{TASK_FORCE_ABBREVIATIONS[abbreviation[0]]} – {missions[abbreviation[1]]}"
    k = i + (tok.text in ("Combined", "Joint"))
    k += k > i and doc[k].text == "Joint"
    if k + 2 < len(doc) and doc[k].text == "Task" and doc[k + 1].text in ("Force", "Group"):
        if doc[k + 2].is_digit and len(doc[k + 2]) <= 3:
            return k + 3, doc[i:k + 3].text
        if k > i and (mission := _mission_after(doc, k + 2)) is not None:
            return mission[0], f"{doc[i:k + 2].text} – {mission[1]}"
    return None


def _military_units(doc, mentions: list[ActorMention], gazetteer) -> list[ActorMention]:
    """"USS Mason", "HMS Daring", "the Vermont Air National Guard", "the 101st Airborne Division":
    a ship or unit of a state's forces acts for the state's military (``USAMIL``) when its
    prefix ("USS" is American) or the state or place its name opens with says whose it is;
    a unit whose name says no state ("the 101st Airborne Division") is an organisation of its own.

    The NER takes such names for people ("FS Forbin") or organisations, or misses the ordinal
    that opens them; the name replaces the mentions inside it."""
    units: list[ActorMention] = []
    by_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    missions = _missions(doc)
    # Only a capitalised word, a number, a word with a dash or a ship's word can open a unit or be
    # stepped over: every other token moves on by one, so the scan visits only these.
    written = token_texts(doc)
    candidates = [k for k, w in enumerate(written)
                  if w[:1].isupper() or w[:1].isdigit() or "-" in w or "\u2013" in w or w in SHIP_PREFIXES
                  or w in TASK_FORCE_STARTS or ((m := by_token.get(k)) is not None
                                                and m.actor_id.startswith(SHIP_ID_PREFIX))]
    resume = 0
    for i in candidates:
        if i < resume:
            continue
        tok = doc[i]
        state, start, end, task_force = None, i, i, None
        after_name = i > 0 and (written[i - 1][:1].isupper() or doc[i - 1].like_num) \
            and doc[i - 1].lower_ != "the" and not tok.is_sent_start
        if tok.lower_ == "the" or after_name:
            continue
        if (ship := by_token.get(i)) is not None and ship.actor_id.startswith(SHIP_ID_PREFIX):
            resume = ship.token_end
            continue
        if tok.text in SHIP_PREFIXES and i + 1 < len(doc) and doc[i + 1].text[:1].isupper() \
                and doc[i + 1].is_alpha:
            # "the USS Carl Vinson Carrier Strike Group": a unit named after a ship (:func:`_vessels`) is its state's
            end = _unit_run(doc, i + 1)
            if doc[end - 1].lower_ not in UNIT_NOUNS:
                continue
            state = SHIP_PREFIXES[tok.text][0]
        elif (tok.text in TASK_FORCE_STARTS or "-" in tok.text or "–" in tok.text) \
                and (force := _task_force(doc, i, missions)) is not None:
            end, task_force = force
        elif tok.text[:1].isupper() or re.fullmatch(r"\d+(?:st|nd|rd|th)", tok.lower_):
            run_end = _unit_run(doc, i)
            words = [t.lower_ for t in doc[i:run_end]]
            first = by_token.get(i)
            inside = {id(m): m for k in range(i, run_end) if (m := by_token.get(k)) is not None and m is not first}
            if len(words) >= 2 and (words[-1] in UNIT_NOUNS and any(
                    w in UNIT_WORDS or re.fullmatch(r"\d+(?:st|nd|rd|th)", w) for w in words[:-1])
                    or words[-2:] == ["national", "guard"] or words[-3:] == ["brigade", "combat", "team"]) \
                    and not any(m.code for m in inside.values()):
                # Not a name with a known body inside ("the Free Syrian Army Brigade" keeps the FSA).
                end = run_end
                if first is not None and first.type in ("Country", "Place") and first.country \
                        and first.token_end < end:
                    state = first.country
                elif (dem := gazetteer.demonym(tok.text)) is not None and dem.type == "Country":
                    state = dem.id
                elif i > 1 and doc[i - 1].lower_ in ("'s", "\u2019s") and (owner := by_token.get(i - 2)) is not None \
                        and owner.type == "Country":
                    state = owner.country  # "Ukraine's National Guard"
                elif words[-2:] == ["national", "guard"] and len(words) > 2 and words[-3] in ("air", "army"):
                    state = "USA"  # "the Air National Guard", "the Army National Guard" are American terms
        if end <= start + (task_force is None):
            continue
        span = doc[start:end]
        where = dict(surface=span.text, start=span.start_char, end=span.end_char, token_start=start,
                     token_end=end, head=span.root.i)
        country = gazetteer.actors.get(state) if state else None
        if task_force is not None:
            units.append(ActorMention(actor_id=f"org:{slug(task_force)}", label=task_force, type="Organisation",
                                      country=None, code=None, **where))
        elif country is not None:
            units.append(ActorMention(actor_id=f"{state}MIL", label=f"Military of {country.name}", type="Military",
                                      country=state, code=f"{state}MIL", **where))
        else:
            name = span.text
            units.append(ActorMention(actor_id=f"org:{slug(name)}", label=name, type="Organisation",
                                      country=None, code=None, **where))
        resume = end
    if not units:
        return mentions
    inside = {i for u in units for i in range(u.token_start, u.token_end)}
    kept = [m for m in mentions if not any(i in inside for i in range(m.token_start, m.token_end))]
    return sorted(kept + units, key=lambda m: (m.token_start, m.token_end))


#: Nouns that make the name before them a tribe's or a clan's ("the Albu Nimr *tribe*", "Hawiye *clansmen*"):
#: the kin group acts in the wars of Iraq, Syria, Libya, Yemen, Somalia and Afghanistan as a body of its own.
TRIBE_NOUNS = frozenset({"tribe", "tribes", "clan", "clans", "subclan", "sub-clan", "tribesmen", "tribesman",
                         "clansmen", "clansman", "confederation"})
#: Nouns after "tribal" that stand for the tribe as its fighters or voice ("Albu Nimr tribal *fighters*"), as
#: "ISIL fighters" are ISIL.
TRIBAL_MEN_NOUNS = frozenset({"fighters", "forces", "militia", "militias", "militiamen", "gunmen", "elders",
                              "leaders", "chiefs", "sheikhs", "men"})
#: Lower-case words inside a tribe's name ("Al *bu* Nimr", "*al*-Shaitat", "Bani Hassan").
TRIBE_NAME_PARTICLES = frozenset({"al", "el", "bu", "bou", "albu", "abu", "bin", "ibn", "bani", "beni", "banu",
                                  "ould", "ait", "-"})
#: Spellings of "sons of" that open a tribe's name, all written as the first.
_BANI = frozenset({"bani", "beni", "banu", "bni"})
#: Prefix of a tribe's or clan's actor id (``tribe:albu-nimr``): one node per name across documents.
TRIBE_ID_PREFIX = "tribe:"
#: The type of a tribe's actor: a body of its own, but no armed group: one node stands for the tribe in every
#: document, the one where its men fight as well as the one where they are massacred, or where it is a
#: people's or a family's clan; so it is not taken for a force stationed where it merely lives.
TRIBE_TYPE = "Organisation"


def tribe_id(name: str) -> str:
    """The actor id of the tribe ``name``, its spellings folded: "Al bu Nimr", "Albu Nimr" and "Al-Bu Nimr" are
    ``tribe:albu-nimr``, "al-Shaitat" and "Shaitat" ``tribe:shaitat``, "Beni Hassan" ``tribe:bani-hassan``; not
    "Abu Nimr", a name of its own ("father of")."""
    words = [w for w in re.split(r"[\s\-\u2010\u2011]+", _folded(name).lower().replace("\u2019", "'")) if w]
    if len(words) > 2 and words[0] in ("al", "el") and words[1] in ("bu", "bou"):
        words[:2] = ["albu"]
    words = ["albu" if w == "albou" else "bani" if w in _BANI else w for w in words]
    if len(words) > 1 and words[0] in ("al", "el"):
        words = words[1:]  # the article: "al-Shaitat" is the Shaitat
    return f"{TRIBE_ID_PREFIX}{slug(' '.join(words))}"


def _tribe_word(tok) -> bool:
    """Whether ``tok`` is a capitalised word of a name: a proper noun, or a word the NER put in a name ("*Albu*
    Nimr", which the tagger may take for an interjection)."""
    return tok.text[:1].isupper() and (tok.pos_ == "PROPN" or tok.ent_type_ not in ("", "NORP") and tok.is_alpha)


def _tribe_name_start(doc, end: int, stop: int) -> int:
    """Start of the tribe's name that ends before token ``end`` (no earlier than ``stop``): proper nouns and the
    particles between them ("Al bu Nimr", "Al-Bu Nimr"), opening with a capital."""
    start = end
    while start > stop and (_tribe_word(doc[start - 1]) or doc[start - 1].lower_ in TRIBE_NAME_PARTICLES and start < end):
        start -= 1
    while start < end and not doc[start].text[:1].isupper() and not (
            doc[start].lower_ in ("al", "el") and start + 1 < end and doc[start + 1].text in DASHES):
        start += 1  # (an article written in lower case opens the name all the same: "al-Shaitat")
    return start


def _tribe_name(doc, noun) -> Optional[tuple[int, int, int]]:
    """The name a tribe's noun ``noun`` goes with, as (name start, name end, mention start): before it ("the
    Albu Nimr tribe", "Albu Nimr tribal fighters") or after its "of" ("the tribe of Shammar")."""
    i = noun.i
    if i > 1 and doc[i - 1].lower_ == "tribal":
        i -= 1  # "the Hashid tribal confederation", "Albu Nimr tribal fighters"
    elif noun.lower_ in TRIBAL_MEN_NOUNS:
        return None
    start = _tribe_name_start(doc, i, 0)
    if start < i:
        return start, i, start
    if noun.lower_ not in ("tribe", "clan") or i + 2 >= len(doc) or doc[i + 1].lower_ != "of":
        return None
    end = i + 2
    while end < len(doc) and (_tribe_word(doc[end]) or doc[end].lower_ in TRIBE_NAME_PARTICLES and end + 1 < len(doc)
                              and doc[end + 1].pos_ == "PROPN"):
        end += 1
    return (i + 2, end, i) if end > i + 2 and doc[i + 2].text[:1].isupper() else None


def _not_a_tribe(name, inside: list[ActorMention], gazetteer) -> bool:
    """Whether the name before a tribe's noun is that of something else: a state, a people, a known place, body or
    person ("American Indian tribes", "Pashtun clans", "Anbar tribes", "the New York tribe" are tribes of those;
    "the Assad clan" a family).  (A tribe some known village is named after is lost with them.)"""
    if any(m.type in ("Country", "Government", "Military") or m.actor_id.startswith("people:")
           or m.actor_id in gazetteer.actors for m in inside):
        return True
    text = _folded(name.text)
    return any(t.ent_type_ == "NORP" or gazetteer.demonym(t.text) is not None for t in name) \
        or bool(gazetteer.by_alias(text)) or bool(gazetteer.by_surname(text))


#: Prepositions whose object is not where a tribe lives ("fled *to* Turkey", "killed *by* the British").
AWAY_PREPS = frozenset({"to", "from", "into", "toward", "towards", "by", "against", "with"})


def _tribe_country(doc, noun, mentions: list[ActorMention]) -> Optional[str]:
    """The one state that the tribe's sentence places something in, if it names only one: a place of it ("in
    Anbar"), the state where something is ("in Libya", "Anbar, Iraq"), not a state that acts ("killed by the
    British") or one gone to or come from."""
    sent = noun.sent
    states = set()
    for m in mentions:
        if not (sent.start <= m.token_start < sent.end and m.country and m.type in ("Country", "Place")):
            continue
        tok = doc[m.head]
        prep = tok.head if tok.dep_ == "pobj" else tok.head.head if tok.head.dep_ == "pobj" else None
        if prep is not None and prep.lower_ in AWAY_PREPS:
            continue
        if m.type == "Place" or prep is not None and prep.lower_ in LOCATIVE_PREPS | {"of", "across", "throughout"} \
                or tok.dep_ == "appos" and tok.head.ent_type_:
            states.add(m.country)
    return states.pop() if len(states) == 1 else None


#: Words of a text that speaks of tribes (where a "confederation" is one of tribes).
TRIBAL_WORDS = frozenset({"tribe", "tribes", "tribal", "tribesmen", "clan", "clans"})


def _tribes(doc, mentions: list[ActorMention], gazetteer) -> list[ActorMention]:
    """"The Albu Nimr tribe fought ISIS", "members of the Shammar tribe", "the tribe of Shammar", "Hawiye
    clansmen", "Albu Nimr tribal fighters": a named tribe or clan is an actor of its own (:data:`TRIBE_TYPE`),
    one node for its name in every document (:func:`tribe_id`), of the one state its sentence names if any.

    The NER takes tribes' names for people ("Hawiye"), places ("Shammar") or misses them: the tribe replaces
    the mentions inside its name.  Not a state's, a people's or a known place's tribes ("Yemeni tribes", "Sunni
    tribes", "Anbar tribes"): those name no tribe; nor a "confederation" in a text that speaks of no tribes.
    """
    nouns = [t for t in select(doc, lower=TRIBE_NOUNS | TRIBAL_MEN_NOUNS) if t.pos_ == "NOUN"]
    if not nouns:
        return mentions
    by_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    tribes: list[ActorMention] = []
    for noun in nouns:
        if noun.lower_ == "confederation" and not select(doc, lower=TRIBAL_WORDS):
            continue
        found = _tribe_name(doc, noun)
        if found is None:
            continue
        name_start, name_end, start = found
        name = doc[name_start:name_end]
        inside = list({id(m): m for i in range(name_start, name_end) if (m := by_token.get(i)) is not None}.values())
        if _not_a_tribe(name, inside, gazetteer) or any(
                m.token_start < name_start - (doc[name_start - 1].lower_ == "the") or m.token_end > name_end
                for m in inside):
            # (an entity the NER stretched over "the" is still the name's: "*the Albu Nimr* tribe")
            continue
        end = max(noun.i, name_end - 1) + 1
        country = _tribe_country(doc, noun, mentions)
        tribes.append(_tribe_mention(doc[start:end], name, noun, country))
        if noun.lower_ in PLURAL_TRIBE_NOUNS and start == name_start:
            tribes.extend(_tribe_mention(other, other, noun, country)
                          for other in _coordinated_tribe_names(doc, name_start, by_token, gazetteer))
    if not tribes:
        return mentions
    inside = {i for t in tribes for i in range(t.token_start, t.token_end)}
    kept = [m for m in mentions if not any(i in inside for i in range(m.token_start, m.token_end))]
    return sorted(list(_repeated_tribes(kept, tribes, gazetteer)) + tribes, key=lambda m: (m.token_start, m.token_end))


#: Plural nouns of tribes, which names coordinated before them share ("the Shammar and Jubur *tribes*").
PLURAL_TRIBE_NOUNS = frozenset({"tribes", "clans", "tribesmen", "clansmen"})


def _tribe_mention(span, name, noun, country: Optional[str]) -> ActorMention:
    """The mention ``span`` of the tribe ``name`` whose noun is ``noun`` (its head, which coordinated names
    share, as "the Turkish and Iraqi *governments*" do)."""
    label = re.sub(r"\s*-\s*", "-", name.text)
    return ActorMention(actor_id=tribe_id(label), label=label, type=TRIBE_TYPE, country=country, code=None,
                        surface=span.text, start=span.start_char, end=span.end_char, token_start=span.start,
                        token_end=span.end, head=noun.i)


def _coordinated_tribe_names(doc, start: int, by_token: dict, gazetteer) -> list:
    """Names coordinated before the tribe's name at token ``start`` that share its plural noun ("the *Shammar*
    and Jubur tribes", "the *Shaitat*, *Albu Nimr* and Jubur tribes"), nearest first; the list ends at a word
    that is no name or at a name that is no tribe's ("ISIL and Jubur tribes", "Sunni and Jubur tribes")."""
    names = []
    while start > 1 and doc[start - 1].lower_ in (",", "and", "or"):
        sep = start - 1
        if doc[sep].lower_ != "," and doc[sep - 1].lower_ == ",":
            sep -= 1  # "the Shaitat, Albu Nimr, and Jubur tribes"
        first = _tribe_name_start(doc, sep, 0)
        if first == sep:
            break
        name = doc[first:sep]
        inside = list({id(m): m for i in range(first, sep) if (m := by_token.get(i)) is not None}.values())
        if _not_a_tribe(name, inside, gazetteer) or any(m.token_start < first or m.token_end > sep for m in inside):
            break
        names.append(name)
        start = first
    return names


def _repeated_tribes(mentions: list[ActorMention], tribes: list[ActorMention], gazetteer) -> Iterator[ActorMention]:
    """``mentions``, with the tribe for a name the NER found alone once the document has named the tribe ("the
    Albu Nimr tribe ... ISIS killed 50 *Albu Nimr* men"); not for a name the gazetteer knows."""
    named = {t.actor_id: t for t in tribes}
    for m in mentions:
        tribe = named.get(tribe_id(re.sub(r"^(?i:the)\s+", "", m.surface)))
        if tribe is None or m.pronoun or m.actor_id in gazetteer.actors \
                or m.type not in ("Person", "Place", "Organisation", "Facility"):
            yield m
        else:
            yield _with(m, actor_id=tribe.actor_id, label=tribe.label, type=TRIBE_TYPE, country=m.country
                        if m.type != "Person" else None, code=None)


def _unlabelled_facilities(doc, taken: set[int]) -> Iterator[ActorMention]:
    """Proper noun + facility noun the NER missed ("Incirlik air base")."""
    for tok in select(doc, lower=FACILITY_NOUNS):
        if tok.i in taken:
            continue
        left = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i not in taken]
        if not left:
            continue
        start = min(c.left_edge.i for c in left)
        if any(i in taken for i in range(start, tok.i)):
            continue
        span = doc[start:tok.i + 1]
        yield ActorMention(actor_id=f"fac:{slug(span.text)}", label=span.text, type="Facility", country=None,
                           code=None, surface=span.text, start=span.start_char, end=span.end_char,
                           token_start=span.start, token_end=span.end, head=tok.i)


def _places_near(doc, taken: set[int]) -> Iterator[ActorMention]:
    """"near Ayn Isa", "Near Rawah, one strike ...": a proper name no one recognised, where something
    is near, is a place (one the gazetteer does not know: no state)."""
    for near in select(doc, lower=("near",)):
        if near.dep_ == "compound" and near.is_sent_start and near.head.pos_ == "PROPN" and near.head.i > near.i:
            # "Near Rawah, two strikes ...": the parser took a sentence's opening "Near" into the name.
            names = [near.head]
        elif near.dep_ == "prep":
            names = [c for c in near.children if c.dep_ == "pobj"]
        else:
            continue
        for name in names:
            if name.pos_ != "PROPN" or name.i in taken or name.ent_type_:
                continue
            parts = [c for c in name.lefts if c.dep_ == "compound" and c.i != near.i]
            start = min([name.i] + [c.left_edge.i for c in parts])
            span = doc[start:name.i + 1]
            if any(i in taken or not (t.pos_ == "PROPN" and t.text[:1].isupper()) or t.ent_type_
                   for i, t in zip(range(start, name.i + 1), span)):
                continue
            taken.update(range(start, name.i + 1))
            yield ActorMention(actor_id=f"place:{slug(span.text)}", label=span.text, type="Place", country=None,
                               code=None, surface=span.text, start=span.start_char, end=span.end_char,
                               token_start=span.start, token_end=span.end, head=name.i)


def _corefer_people(doc, mentions: list[ActorMention], gazetteer=None) -> list[ActorMention]:
    """Within one document: surname → the full name; he/she → the closest person before.

    A surname the document never gives in full is looked up in the gazetteer
    (:func:`_known_surname`).
    """
    people = [m for m in mentions if m.type == "Person"]
    # Last words ("Le Pen" of "Marine Le Pen") and first words ("Saddam" of "Saddam Hussein")
    # of the names the document gives in full.
    full: dict[tuple, set[tuple]] = {}
    given: dict[tuple, set[tuple]] = {}
    whole: dict[tuple, set[tuple]] = {}  # whole names, for the NER's organisations and places
    ends: dict[tuple, set[tuple]] = {}  # first and last words of names of three words or more
    for m in people:
        words = _person_name_words(m.label) if _personal_name(m.label) else ()
        person = (m.actor_id, m.label, m.country, m.code)
        for k in range(1, len(words)):
            full.setdefault(words[k:], set()).add((words, person))
        if len(words) >= 2:
            given.setdefault(words[:1], set()).add((words, person))
        if len(words) >= 3:
            ends.setdefault((words[0], words[-1]), set()).add((words, person))
        # The text's own spelling too: the dictionary's label may spell the name otherwise
        # ("Haider al-Abadi" for its "Haidar al-Abadi"), and the whole name of a person
        # is that person where the NER took it for an organisation ("Dean Reed" of a film title).
        written = _person_name_words(m.surface) if _personal_name(m.surface) else ()
        if len(written) >= 2 and written != words:
            for k in range(1, len(written)):
                full.setdefault(written[k:], set()).add((words or written, person))
        for name in {words, written}:
            if len(name) >= 2:
                whole.setdefault(name, set()).add((words or name, person))
    # Whole names the NER took for a body or a place ("Jean-Marie Le Pen" typed an organisation):
    # another bearer of the surnames they end in, so that "Le Pen" is not taken for "Marine Le Pen".
    named = {name for found in whole.values() for name, _ in found} - set(full)  # not "Le Pen" of "Marine Le Pen"
    rivals: dict[tuple, set] = {}
    for m in mentions:
        if m.code is None and m.actor_id.startswith(("org:", "place:")) and not m.pronoun \
                and _personal_name(m.surface) and m.surface[:1].isupper():
            words = _person_name_words(m.surface)
            # no title in it ("S African President Zuma"), no person's whole name at its end
            # ("New Angle Leopold Grün", a film and its maker)
            if 2 <= len(words) <= 4 and not any(w in TITLE_WORDS or w in BARE_TITLES for w in words) \
                    and not any(words[k:] in named or (len(words) - k >= 2 and words[k] not in NAME_LOWER_PARTICLES
                                                       and words[k:] in full) for k in range(len(words))):
                for k in range(1, len(words)):
                    rivals.setdefault(words[k:], set()).add(words)
    out: list[ActorMention] = []
    titled: Optional[list] = None  # (person, state, title words) of the people named with a title

    def title_holders() -> list:
        nonlocal titled
        if titled is None:
            titled = []
            for p in people:
                if p.surface.lower() not in BARE_TITLES:
                    tokens = _title_tokens(doc, p)
                    if any(t.lower_ in FORMER for t in tokens):
                        # "former President Carter" is not who "the President" of the story is
                        continue
                    # a person the gazetteer does not know belongs to the state of the title
                    state = p.country or next((t.ent_id_ for t in tokens if t.ent_type_ in ("Country", "Demonym")
                                               and t.ent_id_), None)
                    titled.append((p, state, {t.lower_ for t in tokens}))
        return titled

    for m in mentions:
        key = _organ_title(doc, m) if m.type in ("Government", "Military") and m.country else None
        if key:
            # "Turkey's President", "the Turkish prime minister": the one person of the document
            # who carries that title for that state ("Turkish President Recep Tayyip Erdogan"),
            # else the state's organ, as before.
            found = {(p.actor_id, p.label, p.code) for p, state, words in title_holders()
                     if state == m.country and key <= words}
            if len(found) == 1:
                actor_id, label, code = found.pop()
                out.append(_with(m, actor_id=actor_id, label=label, type="Person", code=code or m.code))
                continue
        if m.type == "Person" and not m.code and m.surface.lower() in BARE_TITLES:
            # "an incumbent Pope" after "Pope Francis": a title alone names the one person
            # of the document who carries it, else nobody.
            word = m.surface.lower()
            found = {(p.actor_id, p.label, p.country, p.code) for p, _state, words in title_holders() if word in words}
            if len(found) == 1:
                actor_id, label, country, code = found.pop()
                out.append(_with(m, actor_id=actor_id, label=label, country=country, code=code))
            continue
        # The NER often labels a lone surname ORG or GPE ("Mzoudi said"): a surname of a
        # person named in full in the same document is that person.
        ner_only = m.code is None and m.actor_id.startswith(("org:", "place:"))
        words = _person_name_words(m.surface)
        # "al-Momani" after "Hasan al-Momani": a surname may open with its lower-case particle.
        capital = m.surface[:1].isupper() or (len(words) >= 2 and words[0] in NAME_LOWER_PARTICLES
                                              and _personal_name(m.surface))
        if (m.type == "Person" or ner_only) and 1 <= len(words) <= 3 and capital and not m.pronoun:
            candidates = _one_name(full.get(words, set()) | (whole.get(words, set()) if ner_only else set()))
            if not candidates and len(words) == 1 and m.type == "Person" \
                    and (gazetteer is None or m.actor_id not in gazetteer.actors):
                # "Saddam" after "Saddam Hussein": a given name alone the NER took for a person, when
                # no one of the document has it for a surname and one person has it for a first name.
                candidates = _one_name(given.get(words, ()))
            if not candidates and len(words) == 2 and m.type == "Person" \
                    and (gazetteer is None or m.actor_id not in gazetteer.actors):
                # "Jose Kalupeteka" after "Jose Julino Kalupeteka": a name without its middle
                # names, when one person of the document opens and ends so.
                # not "Julie Christie Christie", the NER's run-on of "Julie Christie"
                found = {(name, p) for name, p in ends.get(words, ()) if name[:2] != words}
                candidates = {c for c in _one_name(found) if c[0] != m.actor_id}
            if candidates and rivals.get(words):
                # a surname that someone the NER did not take for a person bears too: nobody's
                if ner_only or m.actor_id in {c[0] for c in candidates}:
                    m = _surname_alone(m)
            elif len(candidates) == 1:
                actor_id, label, country, code = candidates.pop()
                m = _with(m, actor_id=actor_id, label=label, type="Person", country=m.country or country,
                          code=m.code or code)
            elif len(candidates) > 1 and (ner_only or m.actor_id in {c[0] for c in candidates}):
                # "Assad" after "Bashar al-Assad" and his father "Hafez al-Assad": the dictionary's
                # alias of one of them, but the text names two people of that surname (and an
                # organisation of the NER's that is their surname is a person, which one unknown).
                m = _surname_alone(m)
            elif not candidates and m.type == "Person" and gazetteer is not None and not m.code:
                m = _known_surname(doc, m, gazetteer)
        out.append(m)
    taken = {i for m in out for i in range(m.token_start, m.token_end)}
    persons = sorted((m for m in out if m.type == "Person"), key=lambda m: m.token_start)
    for tok in select(doc, lower=PRONOUNS):
        if tok.i in taken or tok.pos_ != "PRON":
            continue
        before = [p for p in persons if p.token_end <= tok.i and tok.i - p.token_end < 60]
        if not before:
            continue
        p = before[-1]
        out.append(_with(p, surface=tok.text, start=tok.idx, end=tok.idx + len(tok.text), token_start=tok.i,
                         token_end=tok.i + 1, head=tok.i, pronoun=True))
    return out




def _surname_alone(m: ActorMention) -> ActorMention:
    """``m`` as a surname that names no one person: a person's node of its own, with neither
    country nor code (the bearers may be of different states)."""
    name = re.sub(r"\s*['\u2019]s?$", "", m.surface.strip())
    return _with(m, actor_id=f"person:{slug(name)}", label=name, type="Person", country=None, code=None)


def _folded(word: str) -> str:
    """``word`` without accents ("Wałęsa" → "Walesa"), its letter case kept."""
    word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return word.translate(_UNDECOMPOSED)


#: Latin letters that Unicode does not decompose into a letter and an accent.
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss"})


def _person_name_words(text: str) -> tuple:
    """The lower-case words of a person's name, without a possessive and leading titles
    ("Christie 's" → ("christie",), "El - Sonni" → ("el", "sonni"), "MEP Lunacek" → ("lunacek",))."""
    text = re.sub(r"\s*['\u2019]s?$", "", text.strip())
    # accents folded: "Schröder" of the text is the dictionary's "Gerhard Schroder", "Wałęsa" "Walesa"
    text = _folded(text)
    words = re.findall(r"[^\W_]+", text.lower())
    while len(words) > 1 and (words[0] in TITLE_WORDS or words[0] in _NAME_NOISE or words[0] in BARE_TITLES
                              or _occupation(words[0])):
        words = words[1:]
    return tuple(words)


def _occupation(word: str) -> bool:
    """Whether a lower-case word that opens a person's name in the NER's span says what the person
    does ("Archaeologist Lutz", "Filmmaker Leopold Grün"): no name of theirs, nor another Lutz."""
    # not the dictionary's agents: "Hunter", "Dean", "Christian" are given names as well
    return word in PERSON_NOUNS or word in STAFF_NOUNS \
        or (len(word) > 6 and word.endswith(("ist", "maker", "grapher", "logist")))


#: Lower-case particles of personal names ("Thomas de Maiziere", "Ursula von der Leyen").
NAME_LOWER_PARTICLES = frozenset({"de", "da", "di", "du", "do", "dos", "das", "del", "della", "van", "von", "der",
                                  "den", "ter", "ten", "le", "la", "al", "el", "bin", "ibn", "bint", "y", "arap"})
#: Words inside a ship's name written in lower case ("FS Charles de Gaulle", "HMS Prince of Wales").
SHIP_NAME_PARTICLES = NAME_LOWER_PARTICLES | {"of"}


def _personal_name(label: str) -> bool:
    """Whether a person's label reads as a name: capitalised words and name particles, no
    "Spates of Reichsbürger" (the NER's)."""
    return all(w[:1].isupper() or w.lower() in NAME_LOWER_PARTICLES or not w[:1].isalpha()
               for w in re.split(r"[\s-]+", label) if w)


def _one_name(found) -> set:
    """The people among ``found`` ((name words, person) pairs), a name that only runs on another's
    ("Julie Christie Christie" after "Julie Christie", the NER's doing) counted as that one."""
    names = {words for words, _ in found}
    return {person for words, person in found
            if not any(other != words and words[:len(other)] == other for other in names)}


def _organ_title(doc, m: ActorMention) -> frozenset:
    """The title words of an organ named by a singular title and its state alone ("Turkey's
    President" → {president}, "the Turkish prime minister" → {prime, minister}), else empty."""
    head = doc[m.head]
    if not (m.token_start <= head.i < m.token_end) or head.tag_ in ("NNS", "NNPS") \
            or head.lower_ not in TITLE_NOUNS:
        return frozenset()
    words = frozenset(t.lower_ for t in doc[m.token_start:m.token_end]
                      if t.is_alpha and t.ent_type_ not in ("Country", "Demonym", "GPE", "NORP")
                      and t.dep_ not in ("det", "poss", "case"))
    return words if head.lower_ in words else frozenset()


def _obscure(person) -> bool:
    """Whether the dictionaries know ``person`` by one name and one dated post only (a line of
    a cabinet list), and not as a leader: too little to take a lone surname for them."""
    return not person.aliases and len(person.roles) == 1 and person.roles[0].dated and not person.leader


def _known_surname(doc, m: ActorMention, gazetteer) -> ActorMention:
    """A lone surname ("President Mugabe", "Bouteflika said") with the gazetteer's help.

    A surname that is one person's alias in the dictionaries is that person's; otherwise,
    when every known person of that surname belongs to one state (or one organisation
    code, "Annan" → IGOUNO), the mention gets that country and code: "President Bush"
    is American whichever Bush it is.  It becomes that person only when there is one
    candidate and a title agrees with the candidate's role (a leader title for a
    leader), because people who share a surname must not be merged on the surname alone.
    """
    # A surname the dictionaries give as one person's own name ("Obama": MR_OBAMA, PRESIDENT_OBAMA) is
    # that person's, whoever else carries it in a full name (Alphonse Obama, a Congolese minister).
    own = [a for a in gazetteer.by_alias(m.surface) if a.type == "Person" and a.code]
    if not own and m.token_end - m.token_start == 1:
        # "Abadi" is the dictionary's "Al-Abadi": English drops the Arabic article of a surname
        # ("Assad", "Sisi", "Maliki"), whoever else bears the surname in a full name.
        forms = (f"{p}-{m.surface}" for p in ("al", "el"))
        own = list({a.id: a for form in forms for a in gazetteer.by_alias(form, include_ambiguous=False)
                    if a.type == "Person" and a.code}.values())
    candidates = own if len(own) == 1 else [a for a in gazetteer.by_surname(m.surface) if a.code]
    if not candidates:
        return m
    if len(candidates) == 1 and not own and _obscure(candidates[0]):
        # "Milosevic": the dictionaries know only a Croatian minister of that surname (from a
        # list of cabinet members, one post, no other name); a surname written alone is
        # a well-known person's, so one obscure namesake tells neither who nor which state.
        return m
    # Two thirds of the namesakes in one state: "Bush" is American although a Caymanian
    # Bush is known too.
    votes = Counter(a.country or a.code for a in candidates)
    key, n = votes.most_common(1)[0]
    if n * 3 < len(candidates) * 2:
        return m
    chosen = [a for a in candidates if (a.country or a.code) == key]
    country = chosen[0].country
    codes = {a.code for a in chosen}
    code = codes.pop() if len(codes) == 1 else (f"{country}GOV" if country else None)
    if code is None:
        return m
    m = _with(m, country=country, code=code)
    if len(candidates) == 1:
        words = {t.lower_ for t in _title_tokens(doc, m)}
        known = candidates[0]
        leads = any(r.code[3:6] in ("GOV", "ELI") or r.code.startswith("IGO") for r in known.roles)
        if words & (LEADER_TITLES | ORG_LEADER_TITLES) and leads:
            m = _with(m, actor_id=known.id, label=known.name)
    return m


def _owned_by_other_body(tokens, person: ActorMention, index: ActorIndex) -> bool:
    """Whether a title is owned by a body's pronoun ("*its* leader", "*their* chief") that stands for no
    state of the person's: such a title names the body's office, which "its" alone does not tell.  The
    pronoun is taken to stand for the closest body named before it in its sentence ("Russia said *its*
    President Putin ..." is his state's; "the U.N. nuclear watchdog and *its* leader" is not)."""
    if not tokens:
        return False
    # (the title's words may leave its owner out: "the watchdog and *its* leader Mohamed ElBaradei")
    owners = list(tokens) + [c for t in list(tokens) + [tokens[0].doc[person.head]] for c in t.children]
    for t in owners:
        if t.dep_ == "poss" and t.lower_ in ("its", "their") and (
                t.head.lower_ in TITLE_WORDS or t.head.i == person.head):
            # (the title word's own owner, not one in a clause of it: "the leader of IG Metall in
            # Hesse, where Opel has *its* headquarters")
            owner = index.at(t.i) or next(
                (o for i in range(t.i - 1, t.sent.start - 1, -1) for o in [index.at(i)]
                 if o is not None and o.type != "Person"), None)
            return owner is None or owner.type not in ("Country", "Government") or owner.country != person.country
    return False


def _title_tokens(doc, person: ActorMention, predicate: bool = True) -> list:
    head = doc[person.head]
    tokens = []
    stack = [c for c in head.lefts if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < person.token_start]
    while stack:
        tok = stack.pop()
        if tok.ent_type_ in PERSON_LABELS and tok.dep_ == "poss":
            # "Prime Minister Najib Razak's step-son Riza Aziz": another person's title.
            continue
        tokens.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in ("conj", "cc", "appos", "punct", "relcl"))
    for appos in head.children:
        if appos.dep_ == "appos" and appos.i > head.i and _describes(doc, appos):
            tokens.extend(t for t in appos.subtree if t.dep_ not in ("punct",))
    if not tokens and head.dep_ == "appos" and head.head.i < head.i and head.head.lower_ in TITLE_NOUNS:
        # "Turkey's President Recep Tayyip Erdogan" parsed as a name in apposition to its title.
        title = head.head
        tokens = [t for t in title.subtree if t.i < person.token_start and not t.is_punct and t.dep_ != "det"]
    if not tokens:
        tokens = _title_before(doc, person.token_start)
    if not tokens and predicate:
        tokens = _title_predicate(doc, head)
    tokens = _ranked_title_before(doc, person, tokens) or tokens
    if not any(t.lower_ in TITLE_WORDS for t in tokens):
        # "between Yushchenko and Prime Minister Yulia Timoshenko": the parser hung the title
        # elsewhere; the words written right before the name are the title. Else words that are
        # no title ("Elmer" of a name the NER cut short) leave the predicate its say.
        tokens = _title_adjacent(doc, person.token_start) or (predicate and _title_predicate(doc, head)) \
            or _title_after(doc, person.token_end) or tokens
    # "NEW YORK - President Bush": the parser hangs the dateline on the title, which it is no part of; nor
    # is a headline glued before the story's first sentence ("Boateng to step down at election Paul Boateng")
    filed = doc_dateline_end(doc)
    headline = headline_end(doc) if not filed and person.token_start < HEADLINE_TOKENS + 4 else 0
    first = headline if person.token_start >= headline else 0
    return sorted((t for t in tokens if t.idx >= filed and t.i >= first), key=lambda t: t.i)


def _title_after(doc, end: int) -> list:
    """The title set off by commas right after a name, read from the words alone ("Ban Ki-moon,
    the UN secretary-general, condemned ...", which the parser made a second subject): title
    words, states, organisations and the words that link them, a title word last."""
    i = end + 1
    if end >= len(doc) or doc[end].text != "," or i >= len(doc):
        return []
    if doc[i].lower_ in ("the", "a", "an"):
        i += 1
    j = i
    while j < len(doc) and (doc[j].lower_ in TITLE_WORDS or doc[j].lower_ in FORMER
                            or doc[j].ent_type_ in TITLE_ENTS or doc[j].lower_ in ("of", "'s", "’s", "-")):
        j += 1
    if j == i or j >= len(doc) or doc[j].text not in (",", ".") or doc[j - 1].lower_ not in TITLE_WORDS \
            or doc[j].sent.start != doc[end].sent.start:
        return []
    return list(doc[i:j])


def _describes(doc, appos) -> bool:
    """Whether an apposition after a name says who that person is: not another person's name
    ("Lunacek, ..., Daniel Cohn-Bendit, called"), nor a title the parser hung on the wrong
    name ("MEP Lunacek, the head of the Green group, Daniel Cohn-Bendit, called": the head
    is Cohn-Bendit, the name right after the title)."""
    if any(t.ent_type_ in PERSON_LABELS and (t.i == appos.i or t.dep_ == "appos") for t in appos.subtree):
        return False
    if appos.left_edge.i > 0 and doc[appos.left_edge.i - 1].text == "(":
        return False  # "Michael Müller (SPD)": his party (see _bracketed_org), not his title
    if appos.tag_ in ("NNS", "NNPS"):
        return False  # "Prime Minister Al-Abadi, the Iraqi Security Forces, and ...": the next item of a list
    end = appos.right_edge.i
    return not (end + 2 < len(doc) and doc[end + 1].text == "," and doc[end + 2].ent_type_ in PERSON_LABELS)


def _title_adjacent(doc, start: int) -> list:
    """The title written right before a name ("Prime Minister", "US Secretary of State",
    "Cambodia's Prime Minister"), read from the words alone: the word before the name is a
    title word, and the phrase goes left over title words, states, organisations and the
    words that link them.  Empty when there is none."""
    if start < 1 or doc[start - 1].lower_ not in TITLE_WORDS:
        return []
    i = start - 1
    while i > 0 and doc[i].sent.start < i:
        prev = doc[i - 1]
        linker = prev.lower_ in ("of", "'s", "’s", "-") and i - 1 > doc[i].sent.start
        if not (prev.lower_ in TITLE_WORDS or prev.lower_ in FORMER or prev.ent_type_ in TITLE_ENTS or linker):
            break
        i -= 1
    while doc[i].lower_ in ("of", "'s", "’s", "-"):
        i += 1
    return [t for t in doc[i:start] if not t.is_punct]


def _title_predicate(doc, head) -> list:
    """"X is executive director of the Institute", "X became president of Y", "X serves as
    governor of Y", "X was elected leader of Y", "X was sworn in as president": the title in the
    predicate of the person's clause."""
    verb = head.head
    lemma = verb.lemma_.lower()
    if verb.i == head.i or not (head.dep_ == "nsubj" and lemma in ("be", "become", "remain", "serve", "act")
                                or head.dep_ == "nsubjpass" and lemma in INSTALLING_VERBS):
        return []
    for child in verb.children:
        noun = None
        if child.dep_ in ("attr", "oprd"):
            noun = child
        elif child.dep_ == "prep" and child.lower_ == "as":
            noun = next((g for g in child.children if g.dep_ == "pobj"), None)
        if noun is not None and (noun.lower_ in TITLE_NOUNS or any(
                c.dep_ in ("amod", "compound") and c.lower_ in TITLE_NOUNS and c.i == noun.i - 1 for c in noun.lefts)):
            # "president", and "chief executive" whose first word is a title's
            return [t for t in noun.subtree if not t.is_punct and t.dep_ not in ("det", "relcl")]
    return []


TITLE_NOUNS = LEADER_TITLES | MEMBER_TITLES | ORG_LEADER_TITLES
#: Verbs by which one is put into an office, in the passive ("was elected leader", "was sworn in as president").
INSTALLING_VERBS = frozenset({"elect", "re-elect", "reelect", "appoint", "name", "choose", "swear", "install",
                              "inaugurate"})
#: Single words of titles ("prime", "minister") and of the offices they name ("Foreign", "State").
TITLE_WORDS = frozenset(w for t in TITLE_NOUNS for w in t.split()) - {"of"} | {
    "defense", "defence", "state", "interior", "foreign", "affairs", "justice", "finance", "economy",
    "high", "executive", "general"}
#: Entities a title may name before a name: states, their people and organisations.
TITLE_ENTS = frozenset({"Country", "Demonym", "GPE", "NORP", "ORG", "Organisation", "InternationalOrganisation",
                        "Government", "Military", "ArmedGroup"})


#: Words that join the parts of an Arabic name ("Hezbollah *al*-Nujaba", "Asa'ib *Ahl al*-Haq").
NAME_PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "ibn", "bin", "bint", "abu", "ahl", "-"})
#: Abbreviated honorifics and ranks written before a name ("Sen. McCain", "Dr. Smith").
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sen", "sen.",
                        "rep", "rep.", "gov", "gov.", "gen", "gen.", "lt", "lt.", "col", "col.", "maj", "maj.",
                        "capt", "capt.", "sgt", "sgt.", "adm", "adm.", "st", "st.", "sir", "lord", "lady", "dame",
                        "sheik", "shaikh", "mullah", "hojatoleslam", "crown", "grand", "supreme"})
#: Words that open a name the NER found but are a title ("MEP Lunacek", "Lord Carrington", "Grand Ayatollah
#: Sistani"): the honorifics as :func:`_person_name_words` splits words (no full stop), and "MEP" (a post,
#: not an honorific: :func:`_name_word` need not know it).  Not "St": it opens places ("St. Petersburg",
#: "St John"), whose NER mentions are read for a surname too: "St John" is no short name of "Elton John".
_NAME_NOISE = frozenset(h.rstrip(".") for h in HONORIFICS) - {"st"} | {"mep"}
#: Gazetteer types whose names are written inside longer names of other bodies: "Kata'ib Hezbollah" is
#: an Iraqi militia, not Hezbollah.  States and places qualified by a word ("Northern Iraq", "Iraqi
#: Kurdistan") stay the state or place; a person's name with more words ("Joseph R. Biden", "Bashir
#: al-Assad") is mostly the same person spelled another way.
NAMED_INSIDE_TYPES = ORG_TYPES
#: Particles that continue an Arabic name after a dictionary name ("Hezbollah al-Nujaba").
SUFFIX_PARTICLES = frozenset({"al", "el"})


#: Words that hedge a name ("*Suspected* Boko Haram militants", "*Alleged* ISIS members"): capitalised at a
#: sentence's or headline's start they are no part of the name they qualify.
HEDGES = frozenset({"suspected", "alleged", "presumed", "purported", "apparent", "likely", "possible", "so-called"})


def _name_word(tok, gazetteer) -> bool:
    """A capitalised proper noun that can be part of a name: no title, honorific, hedge or demonym."""
    return (tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.lower_ not in TITLE_WORDS and tok.lower_ not in HEDGES
            and tok.lower_ not in BARE_TITLES and tok.lower_ not in HONORIFICS and tok.lower_ not in FORMER
            and gazetteer.demonym(tok.text) is None)


def _joins_name(doc, i: int, gazetteer) -> bool:
    return _name_word(doc[i], gazetteer) or doc[i].lower_ in NAME_PARTICLES


def longer_name(span, taken: set[int], gazetteer):
    """The longer proper name a gazetteer match of an organisation is only part of, or ``None``.

    "Kata'ib Hezbollah" (an Iraqi militia), "Hezbollah al-Nujaba": the
    dictionary's "Hezbollah" written inside a longer name the dictionary does not have names
    another body.  A name word before the match attaches to the match (compound), an "al-"
    word after it continues it; a name grown to the left keeps its "for" or "of" words
    ("International Organization for Migration").  Titles, honorifics,
    demonyms and other matches (``taken``: their token indices) are no name words.

    Parameters
    ----------
    span
        A ruler match: label = actor type, ``id_`` = actor id.
    taken
        Token indices of every match the ruler keeps.
    gazetteer
        The gazetteer that tells demonyms.

    Returns
    -------
    Optional[spacy.tokens.Span]
        The whole name, or ``None`` when the match is a name of its own.
    """
    if span.label_ not in NAMED_INSIDE_TYPES:
        return None
    doc = span.doc
    start, end = span.start, span.end
    # Leftwards: each word attaches to a word on its right inside the name.
    while start > 0 and start - 1 not in taken and _joins_name(doc, start - 1, gazetteer) \
            and start <= doc[start - 1].head.i < end:
        start -= 1
    while start < span.start and doc[start].lower_ in NAME_PARTICLES:
        start += 1  # a name does not open with "al" or a hyphen
    # Rightwards only through "al-": "Hezbollah al-Nujaba", but "EU Commission", "Union Carbide
    # Corporation", "ISIL Terrorists" (headlines) are the body itself, its organ or no name at all.
    while end + 2 < len(doc) and doc[end].lower_ in SUFFIX_PARTICLES and doc[end + 1].text == "-" \
            and not {end, end + 1, end + 2} & taken and _name_word(doc[end + 2], gazetteer):
        end += 3
    # "International Organization for Migration": "for" or "of" and capitalised words stay in the name.
    if start < span.start:
        while end + 1 < len(doc) and doc[end].lower_ in ("for", "of") and doc[end].head.i in range(start, end) \
                and _name_word(doc[end + 1], gazetteer) and end + 1 not in taken:
            end += 2
            while end < len(doc) and end not in taken and _name_word(doc[end], gazetteer) \
                    and doc[end].head.i in range(start, end + 1):
                end += 1
    if (start, end) == (span.start, span.end):
        return None
    return doc[start:end]


def _title_noun(doc, comma: int):
    """The title noun of a phrase that ends at the comma before a name ("Italy's prime
    minister at the time, | Silvio Berlusconi"; "the head of the European Commission, | Jose
    Manuel Barroso"), or ``None``.  The parser attaches such a name to whatever noun is
    nearest, so the phrase is found by climbing from the word before the comma."""
    if comma < 1 or doc[comma].text != ",":
        return None
    tok = doc[comma - 1]
    for _ in range(6):
        if tok.lower_ in TITLE_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
            return tok
        if tok.head.i == tok.i or tok.head.i > comma or tok.dep_ not in ("pobj", "prep", "compound", "amod"):
            return None
        tok = tok.head
    return None


#: Military ranks written between a title's comma and the name ("the task force commander, *Lt. Gen.*
#: Stephen Townsend"), besides the abbreviated :data:`HONORIFICS`.
RANK_WORDS = frozenset({"brig", "brig.", "vice", "rear", "general", "lieutenant", "major", "colonel", "admiral",
                        "commodore", "brigadier", "sergeant", "captain"})
#: Military ranks, full or abbreviated (no civilian honorific: "Mr", "Dr", "Sir").
MILITARY_RANKS = RANK_WORDS | {"gen", "gen.", "lt", "lt.", "col", "col.", "maj", "maj.", "capt", "capt.", "sgt",
                               "sgt.", "adm", "adm."}


def _ranked_title_before(doc, person: ActorMention, tokens: list) -> list:
    """"The task force commander, Lt. Gen. Stephen Townsend, said": when all the words before the name
    are a military rank and the name is set off as an apposition, the title before the comma
    (:func:`_title_before`).  Not a civilian honorific: "he did not trust the prime minister, Mr Brown
    replied" is Brown speaking of someone else."""
    if not tokens or not all(t.lower_ in MILITARY_RANKS or t.text == "." for t in tokens) \
            or not any(t.lower_ in MILITARY_RANKS for t in tokens):
        return []
    end = person.token_end
    if doc[person.head].dep_ != "appos" and not (end < len(doc) and doc[end].text == ","):
        return []
    return _title_before(doc, person.token_start)


def _title_before(doc, start: int) -> list:
    """Tokens of a title phrase written before a name and a comma (see :func:`_title_noun`); a rank
    between the comma and the name is part of the name's form, not of the title."""
    comma = start - 1
    while comma > 0 and ((doc[comma].lower_ in HONORIFICS or doc[comma].lower_ in RANK_WORDS)
                         and doc[comma].text[:1].isupper() or doc[comma].text == "."):
        comma -= 1  # ("Lt. Gen.", which the tokenizer may split "Lt", ".")
    noun = _title_noun(doc, comma)
    if noun is None:
        return []
    return [t for t in noun.subtree if t.i < comma and t.dep_ not in ("punct", "det", "relcl")
            and not t.is_punct]


def _title_of_sentence_before(doc, person: ActorMention, named: set) -> list:
    """"The premier of Germany's Saarland state ... welcomed the decision. Peter Mueller said":
    a name said for the first time as the subject that opens a sentence takes the title that
    was the subject of the sentence before, when that sentence names nobody (``named``: the
    starts of the sentences that name a person).  Empty when there is none."""
    head = doc[person.head]
    sent = head.sent
    if person.token_start != sent.start or sent.start == 0 or head.dep_ != "nsubj" or head.head.i != sent.root.i:
        return []
    before = doc[sent.start - 1].sent
    if before.start in named:
        return []
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in TITLE_NOUNS or subject.pos_ != "NOUN" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return []
    clauses = {t.i for c in subject.subtree if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
    return [t for t in subject.subtree if t.i not in clauses and not t.is_punct and t.dep_ != "det"]


REGIONAL_LEADERS = frozenset({"premier", "governor", "mayor", "prime minister", "chief minister", "first minister",
                              "president", "leader"})


def _regional_title(doc, tok) -> bool:
    """Whether a token is (the last word of) a regional leader's title: "governor", the
    "minister" of "Gaza's prime minister"."""
    return tok.lower_ in REGIONAL_LEADERS or (tok.i > 0 and f"{doc[tok.i - 1].lower_} {tok.lower_}" in REGIONAL_LEADERS)


def _governed_place(doc, tokens, index: ActorIndex) -> Optional[ActorMention]:
    """A Place whose leader the title names: the place modifies a leader title or is its
    "of" object (directly or as the name of a "province", "state" ...)."""
    titles = {t.i for t in tokens if _regional_title(doc, t)}
    if not titles:
        return None
    for t in tokens:
        m = index.at(t.i)
        if m is None or m.type != "Place" or t.i != m.head:
            continue
        up = t.head if t.dep_ in ("compound", "amod", "nmod") and t.head.pos_ == "NOUN" and t.head.i not in titles \
            else t
        if (up.dep_ in ("poss", "compound", "amod", "nmod") and up.head.i in titles) or \
                (up.dep_ == "pobj" and up.head.lower_ == "of" and up.head.head.i in titles):
            return m
    return None


AFFILIATION_TYPES = ORG_TYPES | {"Government", "Military"}


def _affiliation(doc, person: ActorMention, index: ActorIndex) -> Optional[tuple[ActorMention, str]]:
    """"Ismail Haniya of Hamas", "Franco Nasso from the Filt Cgil union", "Dortmund's Lars
    Ricken", "Paul de Beer, an economics professor at the University of Amsterdam": a person
    named with an organisation, without a title, is one of its members."""
    head = doc[person.head]
    org = _bracketed_org(doc, person, index)
    if org is not None:
        return org, "()"
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from") and child.i >= person.token_end:
            org = _prep_org(child, index)
            if org is not None:
                return org, child.text
        elif child.dep_ == "poss" and child.i < person.token_start:
            org = index.at(child.i)
            if org is not None and org.type in ORG_TYPES and not org.pronoun:
                return org, "'s"
        elif child.dep_ == "appos" and child.i > head.i and _describes(doc, child) and _person_noun(child):
            # what the person does, where: "an economist *at* X", "an analyst *with* X"
            for prep in child.subtree:
                org = _prep_org(prep, index) if prep.dep_ == "prep" and prep.lower_ in ("at", "with") else None
                if org is not None:
                    return org, " ".join(t.text for t in doc[child.left_edge.i:prep.i + 1] if t.dep_ != "det")
    if head.dep_ == "appos" and head.head.i < person.token_start and _person_noun(head.head):
        # "Greenpeace's energy policy expert, Frauke Thies": the organisation owns what the person is.
        for child in head.head.children:
            if child.dep_ == "poss" and (org := index.at(child.i)) is not None and org.type in ORG_TYPES \
                    and not org.pronoun:
                return org, "'s " + head.head.text
    return None


def _staff_title(tokens, index: ActorIndex) -> Optional[tuple[ActorMention, str]]:
    """"Human Rights Watch researcher Andrea Prasow", "DW correspondent Jan Walter": an organisation
    right before what a person does for it (:data:`STAFF_NOUNS`), both before the name."""
    for k, t in enumerate(tokens[1:], 1):
        org = index.at(tokens[k - 1].i)
        if (t.lower_ in STAFF_NOUNS or t.lemma_.lower() in STAFF_NOUNS) and index.at(t.i) is None \
                and org is not None and org.type in ORG_TYPES and not org.pronoun:
            return org, t.text
        if t.lower_ in SPORT_NOUNS and index.at(t.i) is None and (club := _club_before(t, index)) is not None:
            return club, t.text
    return None


#: What a person is in a sports team ("Dortmund *keeper* Roman Weidenfeller").
SPORT_NOUNS = frozenset({"coach", "keeper", "goalkeeper", "striker", "forward", "midfielder", "defender", "winger",
                         "captain", "playmaker", "goalscorer"})


def _in_sport(sent) -> bool:
    """Whether a sentence speaks of sport (the relation rules' sport words: "football", "scored")."""
    from .relations import _sport_context

    return bool(_sport_context().search(sent.text))


def _club_title_before(doc, person: ActorMention, index: ActorIndex) -> Optional[tuple[ActorMention, str]]:
    """"Real Madrid forward Cristiano Ronaldo" whose noun the parser hung elsewhere (an adverb
    "forward", a second subject): the club and the noun written right before the name."""
    k = person.token_start - 1
    if k < 1 or doc[k].lower_ not in SPORT_NOUNS or index.at(k) is not None:
        return None
    club = _club_before(doc[k], index)
    return (club, doc[k].text) if club is not None else None


def _club_before(noun, index: ActorIndex) -> Optional[ActorMention]:
    """The team named right before a player's or coach's noun ("Dortmund keeper", "Bayern Munich
    striker", "Augsburg's new coach"): a town's name there is its club, an organisation of that
    name ("Bayern" and "Munich" one name)."""
    doc = noun.doc
    j = noun.i - 1
    while j >= 0 and (doc[j].pos_ == "ADJ" and index.at(j) is None or doc[j].lower_ in ("'s", "’s")):
        j -= 1  # "Augsburg's new coach"
    m = index.at(j) if j >= 0 else None
    if m is None or m.pronoun or m.type not in ("Place", "Organisation") or m.token_end != j + 1:
        return None  # not a person's name ("Klopp's assistant coach")
    start = m.token_start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
            and doc[start - 1].sent.start == doc[j].sent.start:
        start -= 1  # "Bayern" of "Bayern Munich"
    span = doc[start:m.token_end]
    if m.type == "Organisation" and start == m.token_start:
        return m
    return ActorMention(actor_id=f"org:{slug(span.text)}", label=span.text, type="Organisation", country=m.country,
                        code=None, surface=span.text, start=span.start_char, end=span.end_char,
                        token_start=span.start, token_end=span.end, head=span.root.i)


#: Nouns for what a person does that no title list holds ("a *professor* at X").
PERSON_NOUNS = frozenset({"expert", "professor", "scholar", "fellow", "analyst", "researcher", "lecturer",
                          "journalist", "economist", "scientist", "correspondent", "editor", "reporter", "lawyer",
                          "member", "head", "chief", "specialist", "strategist", "consultant", "partner"})


#: What a person named after an organisation does for it ("Greenpeace *activist* X").
STAFF_NOUNS = PERSON_NOUNS - {"member", "head", "chief", "partner"} | {"activist", "historian", "employee"}


def _person_noun(tok) -> bool:
    """Whether a noun says what a person is ("an economist", "a visiting scholar"), not what
    the sentence is about ("deaths")."""
    low = tok.lower_
    return tok.pos_ == "NOUN" and tok.tag_ != "NNS" and (low in PERSON_NOUNS or low in TITLE_NOUNS
                                                         or low.endswith(("ist", "er", "or", "ian")))


def _in_org(index: ActorIndex, i: int) -> bool:
    m = index.at(i)
    return m is not None and m.type in ORG_TYPES


def _bracketed_org(doc, person: ActorMention, index: ActorIndex) -> Optional[ActorMention]:
    """"Michael Müller (SPD)", "Petra Pau (of the Left Party)": the organisation alone in
    brackets right after a name."""
    i = person.token_end
    if i >= len(doc) or doc[i].text != "(":
        return None
    i += 1
    while i < len(doc) and doc[i].lower_ in ("of", "the", "from"):
        i += 1
    org = index.at(i) if i < len(doc) else None
    if org is None or org.type not in AFFILIATION_TYPES or org.pronoun or org.token_start != i \
            or org.token_end >= len(doc) or doc[org.token_end].text != ")":
        return None
    if org.surface.replace(".", "") == "".join(t.text[:1] for t in doc[person.token_start:person.token_end]):
        return None  # "Frankfurter Allgemeine Zeitung (FAZ)": the name's abbreviation, no party
    return org


def _prep_org(prep, index: ActorIndex) -> Optional[ActorMention]:
    """The organisation a preposition's object names (or a compound of it names), else ``None``."""
    for p in prep.children:
        if p.dep_ == "pobj":
            org = index.at(p.i) or next((index.at(c.i) for c in p.children if c.dep_ == "compound"
                                         and index.at(c.i) is not None), None)
            if org is not None and org.type in AFFILIATION_TYPES and not org.pronoun:
                return org
    return None


#: Titles that name the head of a state or of its government and nothing else.
#: Titles of those who speak or work for an organ, not command it ("State Department *spokesman*").
SPEAKER_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "aide", "adviser", "advisor"})
#: States whose chancellor heads the government (elsewhere a chancellor is a minister or a judge).
CHANCELLOR_STATES = frozenset({"DEU", "AUT"})
#: Chancellors who are ministers wherever they serve.
MINISTER_CHANCELLORS = ("exchequer", "duchy", "lord chancellor", "vice-chancellor", "vice chancellor")
STATE_TITLES = frozenset({"president", "prime minister", "chancellor", "head of state", "head of government"})

#: One-word titles of whoever heads a body.  Written as the first word of a longer title ("*chief* secretary",
#: "*chief* economist") or qualified by a common word for a function ("election *chief*", "political *editor*",
#: "research *director*") they name a post under the head, not the head.
HEAD_WORDS = frozenset({"chief", "head", "chairman", "chairwoman", "chair", "president", "director", "leader",
                        "editor", "boss", "commander"})
#: What may follow "chief" in the title of a head: "chief executive", "chief constable", "chief minister".
CHIEF_HEAD_NOUNS = frozenset({"executive", "constable", "minister", "justice", "of"})
#: Words that may qualify a head's title and leave him the head ("*founding* chairman", "*party* leader").
HEAD_QUALIFIERS = frozenset({
    "party", "founding", "acting", "interim", "new", "incoming", "outgoing", "overall", "joint", "co", "co-",
    "top", "supreme", "current", "national", "general", "executive", "managing", "elected", "sole", "group",
    "longtime", "long-time", "veteran", "chief", "deputy", "vice", "first", "de", "facto", "self-styled",
    "spiritual", "military", "opposition", "rebel", "militant", "separatist", "government", "state", "union"})
#: Words for a legislature, its chambers and its groups: a "Commons leader" or "Senate president" leads one of
#: them, not the state.
HOUSE_WORDS = frozenset({"commons", "lords", "house", "senate", "assembly", "congress", "parliament",
                         "parliamentary", "holyrood", "chamber", "majority", "minority", "caucus", "bench"})
#: Words of a party's campaign: a title that has one ("Labour election chief", "campaign director") is an
#: office in a party, not in the government.
CAMPAIGN_WORDS = frozenset({"election", "elections", "electoral", "campaign", "party", "poll", "polling"})
#: Words of parties' names: a title they qualify ("Conservative family spokeswoman", "Lib Dem president") is
#: a party's office, unless it is an office of the state a party's member holds ("Labour prime minister").
PARTY_WORDS = frozenset({
    "labour", "conservative", "conservatives", "tory", "tories", "liberal", "lib", "dem", "dems", "democrat",
    "democrats", "republican", "republicans", "democratic", "ukip", "snp", "plaid", "green", "greens",
    "unionist", "nationalist"})
PARTY_OFFICE_WORDS = CAMPAIGN_WORDS | PARTY_WORDS
#: Offices of the state a party's member holds: "Former Labour prime minister", "ex-Conservative chancellor".
STATE_OFFICE_WORDS = frozenset({"minister", "secretary", "chancellor"})
#: Titles of members of a legislature: CAMEO codes them ``LEG``, not the government (``GOV``).
LEGISLATOR_TITLES = frozenset({"mp", "mps", "lawmaker", "senator", "congressman", "congresswoman", "legislator",
                               "parliamentarian", "backbencher", "assemblyman", "assemblywoman", "mla", "msp",
                               "am", "td"})
#: Words that make a title a junior's or an opposition's: no head's ("*Shadow* Treasury chief secretary").
UNDER_WORDS = frozenset({"deputy", "vice", "assistant", "junior", "shadow", "under", "associate"})


def _heads_body(doc, words, tokens, state: bool = False) -> bool:
    """Whether a title whose words name a head (:data:`HEAD_WORDS`) makes its holder the head of what it is in.

    Not "Chief Secretary to the Treasury" (a chief who is a secretary, and a secretary *to* the body),
    "Labour election chief" or "BBC political editor" (the chief of a function of the body, not the body's),
    "Lords Leader" (a leader of a house of the legislature), nor a deputy's, junior's or shadow's title.
    Names, states and honorifics before the head word leave him the head ("Bundesbank president",
    "Liberal Democrat leader", "Sir ... head of the NAO"); with ``state`` (the title's body is a state) a
    house or a party before it does not ("Commons leader", "Conservative leader": no leader of the state).
    """
    title = {t.i for t in tokens}
    if any(t.lower_ in UNDER_WORDS for t in words):
        return False
    heads = [t for t in words if t.lower_ in HEAD_WORDS]
    if not heads:
        return True  # a title of several words ("prime minister", "secretary general"): the callers' lists decide
    for t in heads:
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ == "to":
            continue  # "secretary to", "adviser to": serves the body
        if t.lower_ == "chief" and nxt is not None and nxt.i in title and nxt.pos_ in ("NOUN", "PROPN") \
                and nxt.lower_ not in CHIEF_HEAD_NOUNS and nxt.lower_ not in HONORIFICS:
            continue  # "chief secretary", "chief economist", "chief whip"
        prev = doc[t.i - 1] if t.i > 0 else None
        if prev is not None and prev.i in title and prev.lower_ not in HEAD_QUALIFIERS and prev.lower_ not in FORMER \
                and prev.lower_ not in HONORIFICS and (
                    state and (prev.lower_ in HOUSE_WORDS or prev.lower_ in PARTY_OFFICE_WORDS)
                    # an adjective before a state's title says what kind of ruler he is ("transitional
                    # president"); before a body's title, what he heads in it ("political editor")
                    or (prev.pos_ in (("NOUN",) if state else ("NOUN", "ADJ")) and prev.text.islower()
                        and prev.ent_type_ == "" and _sector(prev) is None
                        # "left-wing president": the end of an adjective written with a hyphen
                        and not (state and prev.i > 0 and doc[prev.i - 1].text == "-"))):
            continue  # "election chief", "political editor", "Commons leader"
        return True
    return False


#: Words of the offices of a region or a town ("governor", "mayor", "*provincial* minister", "*state* premier").
SUBNATIONAL_WORDS = frozenset({"governor", "governors", "mayor", "mayors", "provincial", "prefectural", "municipal",
                               "county", "regional", "city", "cantonal"})
#: Titles of a region's head of government ("Punjab *chief minister*", "Bavarian *state premier*").
SUBNATIONAL_TITLES = ("chief minister", "state premier", "state governor", "first minister", "state minister")


def _subnational_office(low: str) -> bool:
    """Whether a title is an office of a region or a town, not of the state ("state governor", "mayor",
    "provincial health minister", "chief minister"); a governor-general is the state's."""
    low = low.replace("governor-general", "").replace("governor general", "")
    return bool(set(low.replace("-", " ").split()) & SUBNATIONAL_WORDS) or any(t in low for t in SUBNATIONAL_TITLES)


def _party_office(words) -> bool:
    """Whether a title is an office in a party or its campaign ("Labour election chief", "Conservative family
    spokeswoman", "Lib Dem president"): no office in the state's government, whatever the person's
    gazetteer entry says.  A party's name before an office of the state leaves it the state's ("Former Labour
    prime minister", "ex-Conservative chancellor"), a party's general secretary excepted."""
    low = {t.lower_ for t in words}
    if low & CAMPAIGN_WORDS:
        return True
    return bool(low & PARTY_WORDS) and not (low & STATE_OFFICE_WORDS and "general" not in low)


def _legislator(low: str) -> bool:
    """Whether a title is a legislator's ("Labour MP", "Republican senator"), not also a minister's."""
    words = set(low.replace("-", " ").split())
    return bool(words & LEGISLATOR_TITLES) and not words & (
        {"minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "president", "premier",
         "chancellor", "leader", "speaker", "ambassador", "envoy", "governor", "mayor"})


#: Verbs of holding an office named in their predicate ("X *was* home secretary", "X *served as* minister").
HOLDING_VERBS = frozenset({"be", "serve", "act", "remain"})
#: Words that end a period: an office held "until December" is held no longer.
PERIOD_END_WORDS = frozenset({"until", "till"})
#: Words that open a period with its end: an office held "from 1997 to 2001", "between 1987 and 1990".
PERIOD_WORDS = frozenset({"from", "between"})


def _bygone_predicate(doc, person: ActorMention, tokens) -> bool:
    """Whether a title in the predicate of the person's clause is one held once: "X was home secretary until
    2004", "X served as minister from 1997 to 2001", "X had been foreign secretary" (the simple past of a
    verb of holding, a past perfect, or a period that ends), not "X is", "X has been", "X became" or "X was
    elected leader" (a change of office, which still holds unless the clause ends it)."""
    head = doc[person.head]
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.i == head.i or not tokens:
        return False
    verb = head.head
    if not any(t.head.i == verb.i or (t.head.dep_ == "prep" and t.head.head.i == verb.i) for t in tokens):
        return False  # the title is not in the predicate
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in ("will", "would", "shall", "'ll", "wo") for a in auxes):
        return False
    preps = [c for h in (verb, *tokens) for c in h.children if c.dep_ in ("prep", "mark")]
    if "had" in auxes or any(c.lower_ in PERIOD_END_WORDS for c in preps) or any(
            c.lower_ in PERIOD_WORDS and any(t.ent_type_ == "DATE" for t in c.subtree) for c in preps):
        return True
    return verb.lemma_.lower() in HOLDING_VERBS and verb.tag_ == "VBD" and not auxes


def _bygone_prefix(doc, tokens) -> bool:
    """"ex-Home Secretary", "then-Foreign Secretary": the prefix, joined to the title by a hyphen, that the
    parser left outside it (a "then" on its own may be an adverb: "and then President Chirac replied")."""
    i = min(t.i for t in tokens) if tokens else 0
    if doc[i].text == "-":
        i += 1  # the hyphen taken into the title, its prefix left out
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in FORMER \
        and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_


def _cabinet_title(low: str) -> bool:
    """A title in a state's government that names no state: "Equal Opportunities Minister",
    "government spokesman" (not "party spokesman", not a deputy minister of a region)."""
    words = low.split()
    return bool(words) and ("minister" in words or ("government" in words and any(
        w in ("spokesman", "spokeswoman", "spokesperson") for w in words))
)


def _story_state(mentions: list[ActorMention], doc=None) -> Optional[str]:
    """The state a document is about, if one stands out: named at least twice and more than
    twice as often as any other. A state its dateline names counts too ("NAJAF, Iraq (Reuters) -"),
    though it makes no mention: the story was filed there."""
    counts = Counter(m.actor_id for m in mentions if m.type == "Country" and not m.pronoun)
    if doc is not None and (filed := doc_dateline_end(doc)):
        counts.update(e.ent_id_ for e in _doc_ents(doc) if e.end_char <= filed and e.label_ == "Country" and e.ent_id_)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]):
        return None
    return ranked[0][0]


_UNSET = object()


def _home_state(doc, mentions: list[ActorMention], person: ActorMention,
                story: Any = _UNSET) -> Optional[ActorMention]:
    """The state a document is about (:func:`_story_state`; pass ``story``, its answer, when asking
    for several people); its mention closest to ``person``.

    Not when the person's own sentence names another state: "President Obama's pledge ... the
    U.S. commitment to Iraq" in a story about Iraq may be of either.
    """
    state = _story_state(mentions, doc) if story is _UNSET else story
    if state is None:
        return None
    sent = doc[person.head].sent
    if any(m.type == "Country" and not m.pronoun and m.actor_id != state
           and sent.start <= m.head < sent.end for m in mentions):
        return None
    # (none when only the dateline names the state: no mention to point at)
    return min((m for m in mentions if m.actor_id == state and m.type == "Country"),
               key=lambda m: abs(m.token_start - person.token_start), default=None)


def _bracketed(span) -> bool:
    """"Goldman Sachs *(Japan)* Corp president": a state in brackets inside a title is part of a body's name."""
    doc = span.doc
    return span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "(" and doc[span.end].text == ")"


def _body_before_head(doc, state, org: ActorMention, words, person: ActorMention) -> bool:
    """"West German *Bundesbank* president Karl Otto Poehl", "Japanese *Nissan* president": a body named
    between the state and the head's word right after it, all before the name, is what he heads; the
    state qualifies the body.  Not a state's own body ("Indonesia's *Armed Forces* Commander"), an envoy
    to a body ("Pakistan's *U.N.* representative"), nor a group within a body ("U.S. *Senate* Republican
    leader")."""
    head = words[-1] if words else None
    return head is not None and state.end <= org.token_start and org.token_end == head.i \
        and head.i < person.token_start and head.lower_ in HEAD_WORDS and not is_generic(org.actor_id)


def _body_title(doc, person: ActorMention, words) -> bool:
    """Whether a title that names no state is a body's rather than the story state's
    (:func:`_home_state`): a "president" written in lower case right before the name ("*president*
    Michael Cornelissen said", a firm's), a title written right after a name the NER missed
    ("Brazilian Coffee Institute (IBC) President Jorio Dauster"), or the title of a person the
    gazetteer knows as an international body's officer ("President Jacques Delors" of the EC)."""
    if (person.code or "").startswith("IGO"):
        return True
    if not words:
        return False
    first, last = words[0], words[-1]
    if last.lower_ == "president" and last.text.islower() and last.i == person.token_start - 1:
        return True
    before = doc[first.i - 1] if first.i > 0 else None
    # (a minister's portfolio is no body's name: "Energy and *Mines* Minister Javier Espinosa")
    return before is not None and before.sent.start == first.sent.start and last.lower_ in HEAD_WORDS and (
        before.text == ")" or (before.pos_ == "PROPN" and before.text[:1].isupper() and not before.ent_type_
                               and before.lower_ not in PORTFOLIO_WORDS))


def _qualifies_title(tok, person: ActorMention) -> bool:
    """Whether a state modifier qualifies the title ("*Turkish* President", "*U.S.* Defense
    Secretary") rather than a noun inside it ("director of the *American* Institute")."""
    head = tok.head
    for _ in range(3):
        if head.lower_ in TITLE_NOUNS or head.i == person.head or person.token_start <= head.i < person.token_end:
            return True
        if head.dep_ != "compound" or head.head.i == head.i:
            return False
        head = head.head
    return False


#: Nouns for a kind of organisation, that a document uses for the one of that kind it names ("the *party*").
KIND_NOUNS = frozenset({"party", "company", "firm", "movement", "union", "club", "church", "airline", "bank",
                        "agency", "institute", "foundation", "militia", "group", "organisation", "organization"})


def _named_by_kind(doc, tokens, mentions: list[ActorMention], nouns=KIND_NOUNS, types=ORG_TYPES,
                   pos=("NOUN",), near=None) -> Optional[ActorMention]:
    """"The party's leader, Marine Le Pen": the one organisation of the document written with that
    kind noun ("the French National Front party", "the Socialist Party"), else ``None``; with
    ``nouns=REGION_NOUNS`` and ``types={"Place"}``, "State Premier Stanislaw Tillich" in a story
    about "the state of Saxony".  ``near`` (the title's sentence) see :func:`_one_of_kind`."""
    return _one_of_kind(doc, {t.lemma_.lower() for t in tokens if t.lemma_.lower() in nouns and t.pos_ in pos},
                        mentions, types, near)


#: Titles that say what kind of body their holder heads ("Pope Benedict XVI" heads the church).
TITLE_BODIES = {"pope": "church", "patriarch": "church"}


def _one_of_kind(doc, kinds: set, mentions: list[ActorMention], types=ORG_TYPES,
                 near=None) -> Optional[ActorMention]:
    """The one actor of ``types`` the document writes with one of the kind nouns, else ``None``.

    When the document names several, the one of them named in ``near`` (a sentence), if only
    one is: "in the eastern state of Saxony, State Premier Stanislaw Tillich" in a story that
    names other states too.
    """
    if not kinds:
        return None
    found = {}
    for m in mentions:
        if m.type not in types or m.pronoun:
            continue
        words = {t.lemma_.lower() for t in doc[m.token_start:min(len(doc), m.token_end + 1)]}
        head = doc[m.head]
        if head.dep_ == "pobj" and head.head.lower_ == "of":
            words.add(head.head.head.lemma_.lower())  # "the state of Saxony"
        if words & kinds:
            found.setdefault(m.actor_id, []).append(m)
    if len(found) > 1 and near is not None:
        found = {a: ms for a, ms in found.items() if any(near.start <= m.head < near.end for m in ms)}
    return next(iter(found.values()))[0] if len(found) == 1 else None


#: Bodies of an organisation a title may name with the organisation's name ("EU *parliament* president").
BODY_NOUNS = frozenset({"parliament", "commission", "council", "court", "assembly", "senate", "bank", "committee",
                        "government", "cabinet", "ministry", "army", "police", "delegation", "secretariat"})


def _of_body(doc, org: ActorMention) -> bool:
    """Whether an organisation's name only modifies the body the title is of ("*EU* parliament
    president", "*ECB* council member"), not the title itself ("*NATO* Secretary-General")."""
    tok = doc[org.head]
    for _ in range(3):
        if tok.dep_ not in ("compound", "amod", "nmod") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lower_ in BODY_NOUNS and not (org.token_start <= tok.i < org.token_end):
            return True
        if tok.lower_ in TITLE_NOUNS:
            return False
    return False


def _of_title(tok) -> bool:
    """"the Prime Minister *of Iraq*": a state named after the title it qualifies."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in TITLE_NOUNS


def _is_title_word(doc, m) -> bool:
    """An NER ORG (a mention or a span) that is only a title word ("Defense" in "Secretary
    of Defense")."""
    return all(t.lower_ in MEMBER_TITLES | LEADER_TITLES | {"defense", "defence", "state", "interior",
                                                             "foreign", "affairs", "justice", "finance"}
               for t in (m if hasattr(m, "start_char") else doc[m.token_start:m.token_end]))


def _object_of_bare_preposition(span) -> bool:
    """Whether ``span`` follows a preposition the parser left without an object: "In Turkey
    Minister Ellwood met ..." is parsed with Turkey a compound of the title, but it is where he met,
    not whose minister he is."""
    i = span.start - 1
    return i >= 0 and span.doc[i].pos_ == "ADP" and span.doc[i].dep_ == "prep" \
        and not any(c.dep_ == "pobj" for c in span.doc[i].children)


def _roles(doc, mentions: list[ActorMention], gazetteer) -> Iterator[Role]:
    index = ActorIndex(mentions)
    countries: dict[int, tuple[str, object]] = {}  # token -> (ISO3 of the state, its span)
    for ent in _doc_ents(doc):
        if ent.ent_id_ and (ent.label_ in ("Demonym", "Country")):
            for i in range(ent.start, ent.end):
                countries[i] = (ent.ent_id_, ent)
        elif ent.ent_id_ and (actor := gazetteer.actors.get(ent.ent_id_)) is not None and _title_entity(ent, actor):
            for t in ent:
                if t.lower_ not in TITLE_NOUNS and any(a.type == "Country" for a in gazetteer.by_alias(t.text)):
                    # the "US" of "US President"
                    countries[t.i] = (actor.country, doc[t.i:t.i + 1])
    first: dict[str, int] = {}  # actor -> token of its first mention
    named: set[int] = set()  # starts of the sentences that name a person
    for m in mentions:
        if not m.pronoun:
            first[m.actor_id] = min(first.get(m.actor_id, m.token_start), m.token_start)
            if m.type == "Person":
                named.add(doc[m.head].sent.start)
    for m in mentions:
        if m.type != "Person" or m.pronoun:
            continue
        tokens = _title_tokens(doc, m)
        body = _one_of_kind(doc, {TITLE_BODIES[t.lower_] for t in tokens if t.lower_ in TITLE_BODIES}, mentions)
        if body is not None and not any(t.lemma_.lower() in KIN for t in tokens):
            # "Pope Benedict XVI" in a story about "the Roman Catholic Church"
            yield Role(person=m, title=" ".join(t.text for t in tokens if not t.is_punct), organ=body, leader=True,
                       former=any(t.lower_ in FORMER for t in tokens))
            continue
        affiliation = _affiliation(doc, m, index)
        if not tokens and affiliation is None and first[m.actor_id] == m.token_start:
            tokens = _title_of_sentence_before(doc, m, named)
        # Title words inside a name ("the Institute for Security *Affairs*") make no title.
        if not any((t.lower_ in TITLE_WORDS or t.lower_ == "member") and not _in_org(index, t.i) for t in tokens) \
                and not any(t.lower_ in FORMER or t.lemma_.lower() in KIN for t in tokens):
            # No title, or words that are none ("Syria expert Petra Becker of the Institute",
            # "DW's Milan Gagnon"): a person named with an organisation is one of its members.
            affiliation = affiliation or _staff_title(tokens, index) or _club_title_before(doc, m, index)
            if affiliation is not None:
                yield Role(person=m, title=affiliation[1], organ=affiliation[0], leader=False)
            continue
        if affiliation is not None and not any(affiliation[0].token_start <= t.i < affiliation[0].token_end
                                               for t in tokens) \
                and not any(t.lower_ in FORMER or t.lemma_.lower() in KIN for t in tokens):
            # "Foreign Minister Sebastian Kurz of the People's Party", "the mayor of Berlin, Michael
            # Müller (SPD)": besides the office, the party.
            yield Role(person=m, title=affiliation[1], organ=affiliation[0], leader=False)
        for t in tokens:
            # A demonym the ruler did not label because it sat inside a name's alias.
            if t.i not in countries and t.pos_ in ("ADJ", "PROPN") and (c := gazetteer.demonym(t.text)) is not None:
                countries[t.i] = (c.id, doc[t.i:t.i + 1])
        # The state must modify the title itself ("Turkish President", "Turkey's President"),
        # not sit inside a name within it ("Brothers of Italy leader").
        country_ent = next((countries[t.i] for t in tokens if t.i in countries
                            and not _object_of_bare_preposition(countries[t.i][1])
                            and not _bracketed(countries[t.i][1])
                            and ((countries[t.i][1].root.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod")
                                  and _qualifies_title(countries[t.i][1].root, m))
                                 or _of_title(countries[t.i][1].root))),
                           None)
        if any(t.lemma_.lower() in KIN for t in tokens):
            continue
        if country_ent is None and _owned_by_other_body(tokens, m, index):
            # "the U.N. nuclear watchdog and *its* leader Mohamed ElBaradei", "Fatah hopes *its* former West
            # Bank leader Marwan Barghouti ...": the title is in whatever "its" stands for, not in his own
            # state nor in the region that qualifies it.
            continue
        former = any(t.lower_ in FORMER for t in tokens) or _bygone_prefix(doc, tokens) \
            or _bygone_predicate(doc, m, tokens)
        words = [t for t in tokens
                 if t.i not in countries and t.pos_ not in ("PART", "PUNCT", "DET")
                 and (index.at(t.i) is None or index.at(t.i).type == "Organisation"
                      # "Abe is Japan's prime minister": the title the predicate names is his mention too
                      or index.at(t.i).actor_id == m.actor_id and index.at(t.i).token_start != m.token_start)]
        title = " ".join(t.text for t in words).strip()
        if words and words[0].i > 0 and doc[words[0].i - 1].lower_ in ("deputy", "vice") \
                and doc[words[0].i - 1].head.i != words[0].i:
            # "OTTAWA (CP) - *Deputy* prime minister Anne McLellan": the parser hung "Deputy" elsewhere;
            # written right before the title, it still makes the title a deputy's.
            title = f"{doc[words[0].i - 1].text} {title}"
        elif words and words[0].i > 1 and doc[words[0].i - 1].text == "-" \
                and doc[words[0].i - 2].lower_ in ("deputy", "vice") and not doc[words[0].i - 2].whitespace_:
            title = f"{doc[words[0].i - 2].text}-{title}"  # "APT *vice-*president Wim Huisman", parsed apart
        low = title.lower()
        if not title:
            continue
        if "shadow" in low.split():
            # "Shadow Chancellor Oliver Letwin", "Shadow Treasury chief secretary": the opposition's
            # spokesman, in no government and in no ministry.
            continue
        leader = any(re.search(rf"\b{re.escape(w)}\b", low) for w in LEADER_TITLES) and "vice" not in low \
            and "deputy" not in low
        member = any(re.search(rf"\b{re.escape(w)}\b", low) for w in MEMBER_TITLES)
        org = next((index.at(t.i) for t in tokens if index.at(t.i) is not None
                    and index.at(t.i).type in ORG_TYPES and not _is_title_word(doc, index.at(t.i))), None)
        if org is None and country_ent is None and any(w in SPEAKER_TITLES for w in low.split()):
            # "State Department spokesman John Kirby", "Pentagon press secretary Peter Cook": an
            # organ of a state named by a name of its own (the gazetteer's) is where the person serves.
            organ = next((index.at(t.i) for t in tokens if index.at(t.i) is not None and not index.at(t.i).pronoun
                          and index.at(t.i).type in ("Government", "Military") and index.at(t.i).country), None)
            if organ is not None:
                yield Role(person=m, title=title, organ=organ, leader=False, former=former)
                continue
        if org is None and country_ent is None:
            org = _named_by_kind(doc, tokens, mentions, near=doc[m.head].sent)
        if org is not None and _of_body(doc, org):
            # "EU parliament president Martin Schulz" heads a body of the EU that the text
            # does not name as an actor: better no role than one of the wrong organisation.
            continue
        if org is not None and country_ent is not None and (
                org.token_start <= country_ent[1].root.head.i < org.token_end
                or _body_before_head(doc, country_ent[1], org, words, m)):
            # "president of Rwanda's Green Party": the state is part of the party's name; "West German
            # Bundesbank president", "Japanese Nissan president": the state qualifies the body he heads.
            country_ent = None
        # A governor or mayor leads the place he governs, though he is no leader of a state; a leader
        # of its opponents does not ("Kashmir *separatist* leader", "Chechen *rebel* leader"), nor
        # does one of its opposition: he leads a body the text does not name.
        opposed = any(_sector(t) in OPPONENT_SECTORS for t in words)
        place = _governed_place(doc, tokens, index) \
            if org is None and "vice" not in low and "deputy" not in low and not opposed else None
        if place is None and org is None and country_ent is None and "vice" not in low and "deputy" not in low \
                and not opposed and any(_regional_title(doc, t) for t in tokens):
            place = _named_by_kind(doc, tokens, mentions, REGION_NOUNS, ("Place",), ("NOUN", "PROPN"),
                                   doc[m.head].sent)
        if place is not None and (country_ent is None or country_ent[1].root.head.i != place.head):
            # "the governor of Pakistan's Punjab province", "Saxony's state premier": a
            # region's head of government; the state, if named, qualifies the region.
            if country_ent is None or not any(t.i == country_ent[1].root.head.i and t.lower_ in TITLE_NOUNS
                                              for t in tokens):
                yield Role(person=m, title=title, organ=place, leader=True, former=former)
                continue
        if org is not None and country_ent is None:
            # "SPD leader Franz Müntefering", "NATO Secretary-General X": the title is in an organisation.
            heads = any(re.search(rf"\b{re.escape(w)}\b", RANKS.sub(" ", low)) for w in ORG_LEADER_TITLES) \
                and "vice" not in low and "deputy" not in low and _heads_body(doc, words, tokens)
            if _legislator(low) and doc[org.head].dep_ == "pobj" and doc[org.head].head.lower_ == "for":
                continue  # "MP for Mid-Bedfordshire": the seat he represents, no body he is in
            if heads or member or "member" in low or any(t.lower_ in HEAD_WORDS for t in words):
                # a head's word that names no head ("BBC political editor") is still a post in the body
                yield Role(person=m, title=title, organ=org, leader=heads, former=former)
            continue
        # A party's word is no bar to a state's leader the gazetteer knows ("Republican President Bush").
        known = getattr(gazetteer.get(m.actor_id), "leader", False) and leader
        house = False
        if leader and not known and not _heads_body(doc, words, tokens, state=True):
            leader = False  # "Commons leader", "Conservative leader": a house's or a party's
            # the leader of a house of the legislature sits in it ("Lords leader Baroness Amos")
            house = any(t.lower_ in HOUSE_WORDS for t in words)
        if not (leader or member or house):
            continue
        if _subnational_office(low) and not known:
            # "Mexican state governor Jose Perez", "the Tokyo mayor": a region's or a town's office, no
            # seat in the state's government nor its lead (the place itself, when named, is led above)
            continue
        if _party_office(words) and not known:
            # "Labour election chief Alan Milburn", "Conservative family spokeswoman": a party's office
            continue
        if any(w in SPORT_NOUNS for w in low.split()) and _in_sport(doc[m.head].sent):
            # "Germany captain Philipp Lahm retired from international football": a team's, no officer's
            continue
        if country_ent is not None:
            country_id, evidence = country_ent
        elif m.country and m.code and not any(t.ent_type_ == "NORP" for t in words) \
                and not re.search(r"\bsecretary[- ]general\b|\bgeneral secretary\b", low):
            # (a secretary-general serves a body, the UN's or a party's, not the state of his birth)
            # "Chancellor Angela Merkel": the title names no state; the gazetteer knows hers.  Not when a
            # people or party qualifies it ("Bavarian premier", "Kurdish leader", "Republican senator"):
            # that title is in a region or a party, not in his state's government.
            country_id = m.country
            evidence = doc[words[0].i:words[-1].i + 1]
        elif (low in STATE_TITLES or _cabinet_title(low)) and not _body_title(doc, m, words) \
                and (home := _home_state(doc, mentions, m)) is not None:
            # "Prime Minister Sarraj" in a story about Libya: the one state the document is about;
            # so is the government of "Equal Opportunities Minister Stefania Prestigiacomo" in a story about Italy.
            country_id = home.actor_id
            evidence = doc[home.token_start:home.token_end]
        else:
            continue
        if leader and "chancellor" in low and not ("prime minister" in low or "president" in low) and (
                any(w in low for w in MINISTER_CHANCELLORS) or country_id not in CHANCELLOR_STATES):
            # "Chancellor of the Exchequer Nigel Lawson", "Chancellor Gordon Brown": a finance minister,
            # a member of the government; a chancellor heads only Germany's and Austria's.
            leader = False
        country = gazetteer.actors.get(country_id)
        country_name = country.name if country is not None else country_id
        base = ActorMention(actor_id=country_id, label=country_name, type="Country", country=country_id,
                            code=country_id, surface=evidence.text, start=evidence.start_char,
                            end=evidence.end_char, token_start=evidence.start, token_end=evidence.end,
                            head=evidence.root.i)
        sector = next((_sector(t) for t in words if _sector(t) in OPPONENT_SECTORS), None)
        if sector is not None:
            # "Venezuelan opposition leader Leopoldo López" leads the opposition, not the state.
            organ = _organ(base, sector, doc, evidence.start, evidence.end)
        elif leader:
            organ = base
        elif house or _legislator(low):
            # "Labour MP Oona King": a member of the legislature (CAMEO LEG), not of the government.
            organ = _organ(base, "LEG", doc, evidence.start, evidence.end)
        else:
            sector = "MIL" if any(w in CIVIL_GENERALS.sub(" ", low).split() for w in MILITARY_TITLES) else "GOV"
            organ = _organ(base, sector, doc, evidence.start, evidence.end)
        yield Role(person=m, title=title, organ=organ, leader=leader, former=former)
