"""Relation rules: pure functions over a parsed ``Doc`` yielding :class:`RelationMention`.

Each rule reads the dependency parse and the :class:`~graphbuilder.actors.ActorIndex`
of the document; none keeps state.  The verb lexicon (``verbs.json``) is the CAMEO
verb dictionary converted; nominal, adjectival, stationing and location triggers
are in ``triggers.json``.

Examples
--------
>>> from graphbuilder.nlp import shared_pipeline
>>> from graphbuilder.components import relations_of
>>> doc = shared_pipeline()("Ash Carter met with Recep Tayyip Erdogan in Ankara, Turkey.")
>>> [(r.source.label, r.relation, r.target.label) for r in relations_of(doc)]
[('Ash Carter', 'meets', 'Recep Tayyip Erdogan'), ('Ash Carter', 'located-in', 'Ankara'), ('Recep Tayyip Erdogan', 'located-in', 'Ankara'), ('Recep Tayyip Erdogan', 'leader-of', 'Turkey'), ('Recep Tayyip Erdogan', 'member-of', 'Government of Turkey'), ('Ankara', 'located-in', 'Turkey')]
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import replace
from importlib import resources
from itertools import combinations
from typing import Callable, Iterable, Iterator, Optional

from . import codes
from .actors import (_HEADLINE, DATELINE_CHARS, ORG_TYPES, ActorIndex, _affiliation, _anti_prefixed,
                     _place_noun, _title_tokens, agent_sector, doc_dateline_end, headline_end, is_task_force)
from .model import ActorMention, RelationMention, is_generic
from .temporal import WEEKDAYS, points_forward, resolve_date
from .tokens import CACHE as _COLUMNS, columns, select, select_lemmas

SUBJ = ("nsubj", "csubj")
PASSIVE_SUBJ = ("nsubjpass",)
OBJ = ("dobj", "attr", "dative", "obj")
TARGET_PREPS = frozenset({"with", "against", "to", "on", "at", "for", "from", "toward", "towards", "into",
                          "upon", "over"})
#: CAMEO codes of a lawsuit (115), brought against someone before a court (an official complaint, 114, is
#: made *to* whom it is against as often as to a third: "protested strongly to Iran").
LEGAL_COMPLAINT_CAMEO = frozenset({"115"})
#: Prepositions of whom a lawsuit is against ("sued X *at* the ICJ" is no suit against the court).
LEGAL_COMPLAINT_PREPS = frozenset({"against"})
#: One meets someone *with* or *to* ("talked to X"); "at", "from", "in" name where ("speaking from France").
MEETING_PREPS = frozenset({"with", "to"})
#: After a verb of cooperation, "over" names a rival or a matter ("backed Biden *over* Trump", "boost the
#: economy, *over* the incumbent", "cooperate over Iran's programme"), never a partner.
COOPERATION_PREPS = TARGET_PREPS - {"against", "from", "over"}
PLACE_TYPES = frozenset({"Place", "Facility", "Country"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
PLACE_ONLY = frozenset({"Place", "Facility"})
#: Verbs of planning: with a complement clause, that clause is the event ("plans to buy X").
PLAN_VERBS = frozenset({"plan", "intend", "decide", "prepare", "try", "attempt", "aim", "schedule", "set", "wish",
                        "hope", "seek", "want", "need", "expect", "mean"})
HOSTILE = frozenset({"attacks", "threatens", "sanctions", "coerces", "rejects", "opposes", "protests", "mobilizes"})
PLACE_TARGETS = frozenset({"attacks", "visits", "threatens", "coerces", "mobilizes", "sanctions"})
ARG_MODIFIERS = ("amod", "compound", "poss", "nmod")
#: Dependencies only a noun fills: a token in one is a noun whatever its tag ("a series of U.S. *airstrikes*"
#: tagged as a verb).
NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})
#: Actors whose forces can be somewhere: a state's military, and an armed group, which is its fighters
#: ("ISIL in Syria" is ISIL's forces in Syria).
FORCE_TYPES = frozenset({"Military", "ArmedGroup"})
#: Agent sectors of nouns that name fighters ("troops", "fighters", "militants", "rebels").
FORCE_SECTORS = frozenset({"MIL", "REB", "INS", "UAF"})
#: How a force's name modifies a noun of fighters ("ISIL *fighters*", "Iraq's *troops*").
FORCE_MODIFIERS = ("compound", "amod", "poss")


@functools.lru_cache(maxsize=1)
def triggers() -> dict:
    """Nominal/adjectival/stationing triggers and modality cues (``resources/triggers.json``)."""
    return json.loads(resources.files("graphbuilder.resources").joinpath("triggers.json").read_text("utf-8"))


@functools.lru_cache(maxsize=None)
def _keys(name: str) -> frozenset:
    """The words of one trigger table, for :func:`~graphbuilder.tokens.select`."""
    return frozenset(triggers()[name])


@functools.lru_cache(maxsize=1)
def _sport_context():
    words = sorted(triggers()["sport_context"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


#: A match's final score written as one token ("17–10") or three ("3 - 0").
SCORE = re.compile(r"\d{1,3}[–-]\d{1,3}")
#: Dependents that open a clause of their own: what they hold is not the trigger's.
OWN_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "parataxis", "cc"})


def _scoreline(tok) -> bool:
    """Whether the trigger's own clause gives a final score: "Georgia defeat Tonga 17–10" and "Brazil
    beat Argentina 3-0" are matches, whatever sport the sentence leaves unnamed.

    A range of a quantity or of days is no score: a noun, a number or an adjective follows it
    ("20-30 militants", "3-4 times", "11-13 Dec").
    """
    doc = tok.doc
    # Walked by hand, not with Token.subtree: a hand-built or odd parse may not be a tree.
    own: set[int] = set()
    stack = [c for c in tok.children if c.dep_ not in OWN_CLAUSE_DEPS]
    while stack:
        t = stack.pop()
        if t.i not in own and t.i != tok.i:
            own.add(t.i)
            stack.extend(t.children)
    for i in sorted(own):
        if SCORE.fullmatch(doc[i].text):
            end = i + 1
        elif (i + 2 in own and doc[i].text.isdigit() and doc[i + 1].text in ("-", "–")
              and doc[i + 2].text.isdigit() and len(doc[i].text) <= 3 and len(doc[i + 2].text) <= 3):
            end = i + 3
        else:
            continue
        if end >= len(doc) or doc[end].pos_ not in ("NOUN", "PROPN", "NUM", "ADJ") \
                or doc[end].lemma_.lower() in RESULT_NOUNS:
            return True
    return False


#: Nouns of a match's result, which a score before them makes one ("the Sox' *10–4 win*", "a 3-0 defeat").
RESULT_NOUNS = frozenset({"win", "victory", "defeat", "loss", "draw", "triumph", "rout", "drubbing", "thrashing"})


def _conjuncts(tok) -> list:
    out = [tok]
    for c in tok.conjuncts:
        if c.i > tok.i and not _tag_speaker(c):
            out.append(c)
    return out


#: Verbs of a reporting tag after the report ("..., the Information Policy Department *informs*").
TAG_VERBS = frozenset({"inform", "write", "note", "confirm"})


def _tag_speaker(tok) -> bool:
    """Whether the conjunct ``tok`` is the speaker of a reporting tag that the parser joined to the noun
    before it: "signed by the President Almazbek Atambayev*, Information Policy Department* of the President
    informs", a comma before it and, right after it, a verb of saying with no subject of its own. The
    speaker is no argument of the reported clause."""
    doc = tok.doc
    before, after = tok.left_edge.i - 1, tok.right_edge.i + 1
    if before < 0 or doc[before].text != "," or after >= len(doc):
        return False
    verb = doc[after]
    return verb.pos_ == "VERB" and (verb.lemma_.lower() in TAG_VERBS
                                    or verb.lemma_.lower() in triggers()["modality"]["speech_verbs"]) \
        and not any(c.dep_ in SUBJ for c in verb.children)


QUANTITY_NOUNS = frozenset({
    "thousand", "hundred", "dozen", "ten", "million", "score", "group", "number", "member", "some", "many",
    "most", "part", "rest", "majority", "handful", "crowd", "delegation", "team", "contingent", "unit",
    "battalion", "squad", "band", "host", "couple", "several", "few", "all", "both", "none", "each", "one",
})

#: Nouns for a run of strikes or shots that hand the question of whose they are on to their "of"
#: object ("a *series of* U.S. airstrikes killed ...", "a *barrage of* Houthi missiles").
SERIES_NOUNS = frozenset({"series", "wave", "barrage", "volley", "salvo", "string", "spate", "flurry", "hail"})

#: People who act for the body named by their "of" phrase ("talks with *leaders of* X").
SPOKESPEOPLE_NOUNS = frozenset({
    "leader", "official", "representative", "delegate", "envoy", "diplomat", "negotiator", "minister",
    "spokesman", "spokeswoman", "spokesperson", "head", "chief", "emissary", "ambassador",
    "staff", "employee", "personnel",
})


def _counted(tok, nouns: Iterable[str] = QUANTITY_NOUNS):
    """What a quantity word counts: its "of" object ("dozens *of soldiers*", "3,000 *of* them").

    Parameters
    ----------
    tok
        A token.
    nouns
        Lemmas of the quantity nouns (a number always counts); callers widen them to the nouns
        that, like a quantity, hand the question on to their "of" object.

    Returns
    -------
    Token or None
        The first "of" object; ``None`` when ``tok`` is no quantity or counts nothing written
        (then it stands for itself: "a crowd").
    """
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lemma not in nouns and lemma.endswith("s"):
        # "The *Members* of the Security Council": a capitalised plural tagged as a name keeps its "s".
        lemma = lemma[:-1]
    if lemma not in nouns and not tok.like_num:
        return None
    inner = _pobjs(tok, ("of",))
    return inner[0] if inner else None


def _appositive_list(tok, index: ActorIndex) -> list:
    """The rest of a list of actors that the parser hangs on its first item as an apposition: "*The UK*, the
    wider Global Coalition and the Government of Iraq are committed ..." (Coalition an appos of UK, Government
    its conjunct). Only where the first item and the appositive both name actors and the appositive has an
    "and"/"or" conjunct: a true apposition renames its noun ("Russia, a close ally of Syria and Iran")."""
    first = index.at(tok.i)
    if first is None:
        return []
    out = []
    for c in tok.rights:
        if c.dep_ != "appos" or index.at(c.i) is None or c.i < 2 or tok.doc[c.left_edge.i - 1].text != ",":
            continue
        rest = [x for x in c.conjuncts if x.i > c.i]
        if rest and any(g.dep_ == "cc" and g.lower_ in ("and", "or") for g in c.children) \
                and all((m := index.at(x.i)) is not None and m.actor_id != first.actor_id for x in [c] + rest):
            out += [c] + rest
    return out


def actors_of(tok, index: ActorIndex, modifiers: bool = True) -> list[ActorMention]:
    """Actors a syntactic argument refers to: the token's own actor, or the actor
    modifying it ("*Turkish* military involvement", "*Iraq's* sovereignty"), over conjuncts."""
    # Many rules ask about the same arguments: the answers are kept while extract_relations runs.
    cache = tok.doc.user_data.get(_ARGUMENTS)
    if cache is None:
        return _actors_of(tok, index, modifiers)
    key = (tok.i, id(index), modifiers)
    found = cache.get(key)
    if found is None:
        found = cache[key] = _actors_of(tok, index, modifiers)
    return list(found)


#: ``Doc.user_data`` key of :func:`actors_of`'s and :func:`_subjects`' answers while the rules run.
_ARGUMENTS = "gb_argument_actors"


def _actors_of(tok, index: ActorIndex, modifiers: bool) -> list[ActorMention]:
    found: list[ActorMention] = []
    for t in _conjuncts(tok) + _appositive_list(tok, index):
        shared = [m for m in index.headed_by(t.i) if m.token_start != t.i or m.token_end != t.i + 1]
        if len(shared) > 1:
            found.extend(m for m in shared if all(m.token_start != f.token_start for f in found))
            continue
        m = index.at(t.i)
        # "thousands of Iraqi Kurds", "a group of Chechen refugees": the people counted;
        # "leaders of Romania's government": the body they speak for.
        if m is None and (inner := _counted(t, QUANTITY_NOUNS | SPOKESPEOPLE_NOUNS | SERIES_NOUNS)) is not None:
            found.extend(x for x in actors_of(inner, index, modifiers)
                         if all(x.token_start != f.token_start for f in found))
            continue
        if m is None:
            # "Niger's ambassador Brah Mohamane", "its leader, Abdullah Ocalan": the name in apposition.
            m = next((a for c in t.rights if c.dep_ == "appos" and not _restates_other(c, t)
                      for a in [index.at(c.i)] if a is not None), None)
        if m is None and t.pos_ == "NOUN":
            m = _state_of_people(t, index)
        if m is None and not modifiers and t.lemma_.lower() in SPOKESPEOPLE_NOUNS:
            # "met with *Air Force* employees", "talks with *NATO* officials": people named by the body they
            # act for are that body, also where a modifier alone would not do.
            m = next((a for c in t.lefts if c.dep_ == "compound" for a in [index.at(c.i)]
                      if a is not None and a.type not in PLACE_TYPES), None)
        if m is None and modifiers:
            for child in t.lefts:
                if child.dep_ in ARG_MODIFIERS and not _anti_prefixed(child.doc, child.i) \
                        and not _in_unknown_name(child, t, index):
                    # "the *Russian* attack": a demonym modifying an argument stands for its state (not
                    # "*anti-American* demonstrators", who are against it).
                    m = _actor_or_demonym(child, index)
                    if m is not None and m.type == "Person" and t.lemma_.lower() in PERSONS_BODY_NOUNS:
                        # "talks with *Ariel Sharon's* Likud party": a person's party is not the person.
                        m = None
                        continue
                    if m is None and child.dep_ == "amod" and child.lemma_.lower() == "lead":
                        # "*US*-led forces", "the *Saudi*-led coalition": forces led by a state act for it
                        # (not "Russian-backed rebels").
                        m = next((a for g in child.lefts if g.dep_ in ("npadvmod", "compound", "nmod", "amod")
                                  for a in [_actor_or_demonym(g, index)] if a is not None), None)
                    if m is not None:
                        if _military_noun(t):
                            # "*Syrian and Russian* jets", "*Hamas and Islamic Jihad* positions": each force.
                            found.extend(a for c in child.conjuncts for a in [_actor_or_demonym(c, index)]
                                         if a is not None and a.token_start != m.token_start
                                         and all(a.token_start != f.token_start for f in found))
                        break
        if m is not None and all(m.token_start != f.token_start for f in found):
            found.append(m)
    return found


#: Nouns of bodies a person leads or belongs to, which his name as their modifier does not stand for.
#: (Not his campaign, team or camp, which act for him: "donated to *Trump's* campaign" aids Trump; nor his
#: militia, group or network, which fight for him: "clashed with *Sadr's* militia".)
PERSONS_BODY_NOUNS = frozenset({"party", "movement", "faction", "bloc", "coalition", "alliance", "wing",
                                "organisation", "organization", "company", "firm", "union", "list"})


def _restates_other(appos, tok) -> bool:
    """Whether the appositive ``appos`` of ``tok`` follows a comma after another noun than ``tok``, which it
    restates: "seized rifles in a town, 100 km north of *the capital*, Addis Ababa" names the capital, a
    reference point of distance or direction the parser hung on the rifles."""
    doc = appos.doc
    comma = appos.left_edge.i - 1
    if comma <= tok.i or doc[comma].text != ",":
        return False
    before = doc[comma - 1]
    if before.pos_ not in ("NOUN", "PROPN") or before.i == tok.i:
        return False
    path = []
    for a in before.ancestors:
        if a.i == tok.i:
            break
        path.append(a)
    return any(a.lower_ in DIRECTION_WORDS or a.lower_ in ("near", "outside", "from") for a in path)


def _in_unknown_name(child, tok, index: ActorIndex) -> bool:
    """Whether the modifier ``child`` of ``tok`` is a place inside a proper name no actor was found for:
    "clashed with the *Raqqa* Thowar Brigade" names a brigade, not the town, as "*Cairo* University" does."""
    if tok.pos_ != "PROPN" or child.dep_ != "compound" or child.pos_ != "PROPN":
        return False
    m = index.at(child.i)
    return m is not None and m.type in PLACE_ONLY


#: Nouns of a state's people, or of its organs, that its "of" phrase names ("the *people* of Iraq").
STATE_PEOPLE_NOUNS = frozenset({"people", "population", "citizen", "citizens", "citizenry", "populace",
                                "government", "leadership", "authorities", "parliament"})


#: Of :data:`STATE_PEOPLE_NOUNS`, those that name the state's government.
GOVERNING_NOUNS = frozenset({"government", "leadership", "authorities"})


def _state_of_people(tok, index: ActorIndex) -> Optional[ActorMention]:
    """The state whose people (or organ) ``tok`` is by its "of" phrase, or by the one a later conjunct
    shares with it: "the *people* of Iraq", "the *government* and people of Iraq" (one "of" phrase for
    both; the government is the state's, on its own noun); only a country or government (not "the people
    of Mosul", a place's residents)."""
    if tok.lemma_.lower() not in STATE_PEOPLE_NOUNS and tok.lower_ not in STATE_PEOPLE_NOUNS:
        return None
    phrases = _pobjs(tok, ("of",))
    if not phrases:
        later = [c for c in tok.conjuncts if c.i > tok.i]
        if not later or later[-1].lemma_.lower() not in STATE_PEOPLE_NOUNS \
                and later[-1].lower_ not in STATE_PEOPLE_NOUNS:
            return None
        phrases = _pobjs(later[-1], ("of",))
    found = [m for p in phrases[:1] for m in [index.at(p.i)] if m is not None and m.type in ("Country", "Government")]
    if not found:
        return None
    if tok.lemma_.lower() in GOVERNING_NOUNS and found[0].country:
        # "the government and people of Iraq": the government is the state's government, on its own noun
        start = min([tok.i] + [c.i for c in tok.lefts if c.dep_ in ("amod", "compound")])
        span = tok.doc[start:tok.i + 1]
        return replace(_government_at(found[0]), surface=span.text, start=span.start_char, end=span.end_char,
                       token_start=span.start, token_end=span.end, head=tok.i, pronoun=False)
    return found[0]


#: Nouns of military hardware and positions, which belong to each state or group that modifies them.
MILITARY_NOUNS = frozenset({"jet", "warplane", "aircraft", "plane", "helicopter", "drone", "tank", "warship", "ship",
                            "vessel", "position", "base", "post", "artillery", "gunboat", "bomber"})


def _military_noun(tok) -> bool:
    """Whether ``tok`` names armed forces, their hardware or positions ("jets", "troops", "positions")."""
    from .actors import _sector

    return tok.lemma_.lower() in MILITARY_NOUNS or _sector(tok) in FORCE_SECTORS


def _demonym_country(tok) -> Optional[ActorMention]:
    if tok.ent_type_ != "Demonym" or not tok.ent_id_ or (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "ethnic"):
        # ("ethnic Albanian rebels" are no Albanian state's: actors.find_actors drops them too.)
        return None
    doc = tok.doc
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    if ent is None:
        return None
    return _state_of(ent, tok.ent_id_)


def _actor_or_demonym(tok, index: ActorIndex) -> Optional[ActorMention]:
    """The actor written at ``tok``, or the state its demonym stands for ("*Russian* jets"), or ``None``."""
    return index.at(tok.i) or _demonym_country(tok)


def _to_infinitive(verb) -> bool:
    """Whether ``verb`` has the infinitive marker "to"."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _misparsed_infinitive(verb) -> bool:
    """Whether ``verb`` is a "to" infinitive that the parser made a finite clause's conjunct, with a
    subject of its own: "We remain committed to working with A, B and *our partners* ... *to support* the
    Government of Iraq" (the partners are worked with; who supports is not theirs to say). An infinitive has
    no subject but after "for", or in a list of infinitives ("urged X to stop and Y to withdraw")."""
    if verb.dep_ != "conj" or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX") \
            or not _to_infinitive(verb) or _to_infinitive(verb.head):
        return False
    kids = list(verb.children)
    return any(c.dep_ in SUBJ for c in kids) and not any(c.dep_ == "mark" and c.lower_ == "for" for c in kids)


def _subjects(verb, index: ActorIndex) -> tuple[list[ActorMention], bool]:
    """Subject actors of ``verb`` and whether the verb is passive."""
    cache = verb.doc.user_data.get(_ARGUMENTS)
    if cache is None:
        return _find_subjects(verb, index)
    key = (verb.i, id(index), "subjects")
    found = cache.get(key)
    if found is None:
        found = cache[key] = _find_subjects(verb, index)
    return list(found[0]), found[1]


def _find_subjects(verb, index: ActorIndex) -> tuple[list[ActorMention], bool]:
    if _misparsed_infinitive(verb):
        return [], False
    relative = verb.dep_ == "relcl" and verb.head.i != verb.i
    for child in verb.children:
        if child.dep_ in SUBJ + PASSIVE_SUBJ:
            if relative and child.lower_ in RELATIVE_PRONOUNS:
                # "Erdogan, who met Carter": the relative pronoun stands for the noun it modifies.
                return actors_of(verb.head, index), child.dep_ in PASSIVE_SUBJ
            found = actors_of(child, index)
            if not found and child.idx < DATELINE_CHARS and child.idx < (filed := doc_dateline_end(verb.doc)):
                # "Khartoum, Jun 15 (UNI) A unit of Sudan's security forces raped ...": the parser makes the
                # dateline the subject and the story's subject an apposition of it.
                found = next((f for t in child.subtree if t.dep_ == "appos" and t.idx >= filed
                              for f in [actors_of(t, index)] if f), [])
            if not found and (child.lower_ in SELF_PRONOUNS or any(
                    c.dep_ == "poss" and c.lower_ in SELF_POSSESSIVES for c in child.children)) \
                    and (speech := _speech_head(verb)) is not None and not _rival_addressee(speech, index):
                # "Nigeria announced that it will withdraw", "Iraq said its warplanes attacked Y": the
                # speaker speaks of itself and of its own forces.
                found, _ = _subjects(speech, index)
            return found, child.dep_ in PASSIVE_SUBJ
    if (held := _commitment(verb)) is not None:
        # "The UK is committed to supporting Iraq", "al-Qaida remains committed to carrying out attacks":
        # who is committed is who is to act.
        holder = held.head if held.dep_ == "acomp" and held.head.i != held.i else held
        return _subjects(holder, index)[0], False
    # "the coalition fighting IS", "X arrived and met Y": the subject comes from above.
    if verb.dep_ in ("acl", "relcl") and verb.head.i != verb.i:
        found = actors_of(verb.head, index)
        noun = verb.head
        if not found and verb.dep_ == "acl" and verb.tag_ != "VBN" and noun.lemma_.lower() in STATEMENT_NOUNS \
                and noun.dep_ in OBJ and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in AUTHORING_VERBS:
            # "X issued a declaration demanding that Y ...": the statement speaks for whoever issued it.
            return _subjects(noun.head, index)[0], False
        if not found and verb.dep_ == "acl" and verb.tag_ == "VB" and noun.dep_ in OBJ and noun.head.pos_ == "VERB" \
                and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in noun.children):
            # "X reaffirms its commitment to support Y": "its" is the subject's own.
            return _subjects(noun.head, index)[0], False
        # ("Iraqi forces, *having pushed* ISIL out": a perfect participle is active)
        return found, verb.tag_ == "VBN" and verb.dep_ == "acl" and not _misparsed_main_verb(verb) and not any(
            c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" \
            and verb.head.lower_ in GERUND_CLAUSE_PREPS and verb.head.head.pos_ in ("VERB", "AUX"):
        # "*After driving* IS out of Palmyra, Syrian troops advanced", "*by retaking* Ramadi, Iraqi forces ...":
        # the gerund's doer is the clause's subject.
        return _subjects(verb.head.head, index)
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i \
                and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            # "*Asked* on NBC if ..., Weinberger said", "*Backed* by Russia, Syria ...": a fronted past
            # participle is passive; the main clause's subject is who was asked or backed.
            return _subjects(verb.head, index)[0], True
        if verb.dep_ == "xcomp" and any(c.dep_ in OBJ for c in verb.head.children):
            objs = [c for c in verb.head.children if c.dep_ in OBJ]
            return actors_of(objs[0], index), False
        if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in CALL_ON_VERBS and (
                asked := _pobjs(verb.head, ("on", "upon"))):
            # "called on Arabs to unite and mobilize": those called on are to act.
            return actors_of(asked[0], index), False
        found, passive = _subjects(verb.head, index)
        if passive and verb.dep_ == "xcomp" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                        for c in verb.children) \
                and not any(c.dep_ == "auxpass" for c in verb.children) \
                and any(c.dep_ == "nsubjpass" for c in verb.head.children) \
                and (verb.head.lemma_.lower() in BIDDING_VERBS
                     or verb.head.lemma_.lower() in triggers()["modality"]["request_heads"]):
            # (Only a verb of asking or making someone act: "Iran *is said* to support the Houthis", "Hezbollah
            # *is expected* to attack" report or forecast an act, which no one is made to do.)
            # "Mubarak has been invited to visit Washington", "Iraq was urged to withdraw": who is invited or
            # urged does the infinitive's act, and does it actively (not a noun a participle modifies: "a
            # coalition designed to defeat ISIL" says what it is for).
            return found, False
        return found, passive
    return [], False


#: Verbs that make or let someone act, whose passive subject does the infinitive's act ("was *invited* to visit",
#: "was *forced* to withdraw"), unlike verbs of saying or expecting ("is *said* to support").
BIDDING_VERBS = frozenset({"invite", "reinvite", "force", "compel", "order", "tell", "allow", "permit", "oblige",
                           "authorize", "authorise", "instruct", "direct", "encourage", "advise", "summon", "choose",
                           "pick", "select", "elect", "appoint", "name", "assign", "task", "send", "dispatch"})
#: Prepositions of an adverbial gerund, whose doer is its clause's subject ("*after* driving IS out of Palmyra").
GERUND_CLAUSE_PREPS = frozenset({"after", "since", "upon", "following", "while", "by"})


#: Words of a standing commitment to act, whose "to" gerund is the act ("committed *to supporting* Iraq").
COMMITMENT_WORDS = frozenset({"committed", "dedicated", "devoted", "determined", "resolved"})


def _commitment(verb):
    """The word of commitment whose "to" gerund ``verb`` is ("remains *committed* to carrying out attacks"),
    or ``None``."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ != "to" or verb.head.dep_ != "prep":
        return None
    held = verb.head.head
    return held if held.lower_ in COMMITMENT_WORDS and held.pos_ in ("VERB", "ADJ") else None


def _rival_addressee(speech, index: ActorIndex) -> bool:
    """Whether an actor other than the speaker is the object of the speech verb or of the verb whose
    subject it borrows: "Turkey criticised *the United States*, saying it had armed the YPG", "Iraq told
    *Turkey* that its troops must leave": "it" may be either, and the parse does not say which."""
    verb = speech
    for _ in range(4):
        if any(c.dep_ in OBJ and actors_of(c, index) for c in verb.children):
            return True
        if any(c.dep_ in SUBJ for c in verb.children) or verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


SELF_PRONOUNS = frozenset({"it", "they", "we"})
#: Possessives by which a body speaks of its own ("Iraq said *its* warplanes attacked").
SELF_POSSESSIVES = frozenset({"its", "their", "our"})
#: Possessives a clause's subject gives the nouns of its own object ("X reaffirms *its* commitment").
OWN_POSSESSIVES = SELF_POSSESSIVES | {"his", "her"}


def _holder(verb):
    """``verb``, or, when it has no subject of its own, the clause it is the purpose or a conjunct of
    ("students gathered in Cairo *to protest* ...")."""
    return verb.head if verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i and not any(
        c.dep_ in SUBJ for c in verb.children) else verb


def _holder_subjects(verb) -> tuple:
    """``(holder, subjects)``: :func:`_holder` of ``verb`` and its subject tokens (the noun a misparsed
    main verb modifies, "Hundreds of Libyans *protested* ...")."""
    holder = _holder(verb)
    return holder, [holder.head] if _misparsed_main_verb(holder) else [c for c in holder.children if c.dep_ in SUBJ]


def _crowd(verb, index: ActorIndex) -> list[ActorMention]:
    """The people named by a common noun who are the subject of ``verb`` or, when it has none, of
    the clause it is the purpose or a conjunct of ("students gathered in Cairo *to protest* ...")."""
    holder, subjects = _holder_subjects(verb)
    return [m for c in subjects for m in _located_people(c, holder, index)]


#: Phoenix sectors of people who are no organ of a state (civilians, protesters, students,
#: workers, journalists, rebels ...): named by a common noun, they belong to a state only
#: through where they are.
PEOPLE_SECTORS = {"CVL": "Civilians", "OPP": "Opposition", "EDU": "Students", "LAB": "Workers",
                  "MED": "Media", "REB": "Rebels", "AGR": "Farmers", "BUS": "Business", "REL": "Clergy",
                  "HLH": "Health workers", "PPL": "People", "MUS": "Muslims", "CHR": "Christians",
                  "REF": "Refugees"}
#: Sectors of people who fled their state ("refugees", "asylum seekers", "displaced people"): where they
#: are says nothing of whose they are ("refugees in Turkey" are mostly Syria's), only what the text
#: names as their state does ("Syrian refugees", "refugees *from* Syria").
FLED_SECTORS = frozenset({"REF"})
#: Nouns (lemmas) of people away from their state, who like refugees are not the people of the state
#: where they are ("attacked *migrants* in Serbia" attacks no Serbians).
MIGRANT_NOUNS = frozenset({"migrant", "immigrant", "emigrant", "evacuee", "deportee", "returnee", "asylum-seeker"})
#: Modifiers that make people ones who fled ("*displaced* people", "*uprooted* families").
FLED_MODIFIERS = frozenset({"displaced", "uprooted", "stateless"})
#: Relations of acts that make people named by a common noun a party, ICEWS's "Civilians (Iraq)":
#: violence and coercion against them, and aid or support for them.
PEOPLE_ACTS = frozenset({"attacks", "coerces", "threatens", "sanctions", "aids", "supports"})
#: Sectors of people who become a party of an act on them: not firms ("*Iranian* banks", which stand for
#: their state), rebels (an armed body found with its name) or people at large ("the *Iraqi* people", the
#: nation, which is its state).
PARTY_SECTORS = frozenset(PEOPLE_SECTORS) - {"BUS", "REB", "PPL"}
#: Nouns the Phoenix agent dictionary files under a people's sector that name places, bodies or things:
#: "retook a *village* in Cambodia" acts on no villagers.
PEOPLE_THING_NOUNS = frozenset({
    "village", "settlement", "community", "neighborhood", "neighbourhood", "airliner", "jetliner", "school",
    "schoolhouse", "college", "university", "conservatory", "kindergarten", "kindergarden", "preschool", "hospital",
    "infirmary", "sanatorium", "sanatarium", "sanitarium", "newspaper", "magazine", "gazette", "tabloid", "blog",
    "website", "publication", "media", "television", "tv", "telecom", "diocese", "archdiocese", "monastery",
    "religion", "electorate",
})
#: Craft the agent dictionary files under their owners' sector: "Iran attacked a *tanker*" harms nobody's
#: people (whose the tanker is, the text does not say).
CRAFT_NOUNS = frozenset({"tanker", "supertanker", "freighter", "ship", "vessel", "containership", "jet",
                         "airliner", "jetliner"})
#: Of :data:`PEOPLE_ACTS`, acts done to people where they are: the act's place is theirs ("killed 35
#: civilians *in Mosul*"), where a threat or support may be voiced from afar.
PRESENCE_ACTS = frozenset({"attacks", "coerces"})
PEOPLE_PLACE_PREPS = frozenset({"in", "throughout", "across", "at", "inside", "near", "outside", "through"})
#: Participles that tie people to a body: "workers *affiliated with* the union".
AFFILIATION_VERBS = frozenset({"affiliate", "belong"})
#: Nouns of a town's public space: a crowd "took to *the streets of* Cairo" is in Cairo, whatever the preposition.
STREET_NOUNS = frozenset({"street", "streets", "square", "squares"})


def _people_noun(tok) -> Optional[tuple[str, object]]:
    """The Phoenix sector of a common noun for people ("students" → ``EDU``), if one of
    :data:`PEOPLE_SECTORS`, and the noun; through "thousands *of* students"."""
    from .actors import agent_sector

    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if (inner := _counted(tok)) is not None:
        return _people_noun(inner)
    if any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in tok.lefts) and tok.ent_type_ in ("NORP", "Demonym"):
        # "ethnic Albanians": people of the state where they live.
        return "CVL", tok
    if tok.lemma_.lower() in CRAFT_NOUNS or tok.lower_ in CRAFT_NOUNS:
        return None
    code = agent_sector(tok) or CROWD_NOUNS.get(tok.lemma_.lower()) or CROWD_NOUNS.get(tok.lower_)
    if code not in PEOPLE_SECTORS and tok.pos_ == "NOUN" and tok.lemma_.lower() in FOLLOWER_NOUNS:
        # "opposition *supporters*", "the opposition *party*": people of the sector that qualifies them.
        code = next((k for c in tok.lefts if c.dep_ in ("compound", "amod")
                     for k in [agent_sector(c)] if k in PEOPLE_SECTORS), "")
    return (code, tok) if code in PEOPLE_SECTORS else None


#: Nouns of a crowd the agent dictionary files under no sector: "police dispersed the *crowd*", "*strikers*
#: blocked the port" (a crowd is people of no organ; strikers and pickets are workers).
CROWD_NOUNS = {"crowd": "CVL", "crowds": "CVL", "striker": "LAB", "strikers": "LAB", "picketer": "LAB",
               "marcher": "OPP", "marchers": "OPP", "protestor": "OPP", "protestors": "OPP"}
#: Nouns for people who belong to whatever sector their modifier names ("opposition supporters").
FOLLOWER_NOUNS = frozenset({"supporter", "follower", "sympathizer", "sympathiser", "member", "loyalist", "party",
                            "movement"})


def _fled(sector: str, noun) -> bool:
    """Whether people of ``sector`` named by ``noun`` fled or left their state (:data:`FLED_SECTORS`,
    :data:`MIGRANT_NOUNS`, "*displaced* people"): only their own words give their state ("*Syrian*
    migrants", "refugees *from* Syria"), never where they are."""
    return sector in FLED_SECTORS or noun.lemma_.lower() in MIGRANT_NOUNS or noun.lower_ in MIGRANT_NOUNS or any(
        c.dep_ in ("amod", "compound") and c.lower_ in FLED_MODIFIERS for c in noun.lefts)


def _people(country: str, sector: str, tok) -> ActorMention:
    """The people of ``sector`` in ``country``, on the span of the noun ``tok`` that names them."""
    doc = tok.doc
    start = min([tok.i] + [c.left_edge.i for c in tok.lefts if c.dep_ in ("amod", "compound", "nummod")])
    span = doc[start:tok.i + 1]
    code = f"{country}{'REB' if sector == 'REB' else sector}"
    # (refugees are of the state they fled: "Refugees from Syria", wherever they are)
    where = "from" if _fled(sector, tok) else "in"
    return ActorMention(actor_id=code, label=f"{PEOPLE_SECTORS[sector]} {where} {_country_label(country)}",
                        type="ArmedGroup" if sector == "REB" else "Organisation", country=country, code=code,
                        surface=span.text, start=span.start_char, end=span.end_char, token_start=span.start,
                        token_end=span.end, head=tok.i)


#: Nouns of an attack whose author kills or wounds those the passive verb names.
ATTACK_NOUNS = frozenset({"attack", "ambush", "raid", "strike", "airstrike", "air strike", "bombing", "shelling",
                          "assault", "offensive", "bombardment", "fire", "gunfire", "crossfire", "rocket", "missile"})
#: Measures against someone, whose object may be named by what of theirs it hits.
MEASURE_RELATIONS = frozenset({"sanctions", "coerces"})
#: Relations of a third party's mediation, brokering or aid "between" two parties.
MEDIATING_RELATIONS = frozenset({"meets", "cooperates"})
#: Acts of a state on its own people (arrests, crackdowns, bans, attacks on protesters).
DOMESTIC_TARGETS = frozenset({"attacks", "coerces", "sanctions", "threatens", "requests", "rejects"})


#: ``Doc.user_data`` key of :func:`_sentence_states`' answers while :func:`extract_relations` runs.
_SENT_STATES = "gb_sentence_states"


def _sentence_states(sent, index: ActorIndex) -> tuple[frozenset, frozenset]:
    """The states of the actors a sentence names, and those of its places; kept on the ``Doc`` while
    :func:`extract_relations` runs (every verb of a sentence asks)."""
    cache = sent.doc.user_data.get(_SENT_STATES)
    if cache is not None and sent.start in cache:
        return cache[sent.start]
    inside = [m for m in index if sent.start <= m.token_start < sent.end and m.country]
    found = frozenset(m.country for m in inside), frozenset(m.country for m in inside if m.type in PLACE_ONLY)
    if cache is not None:
        cache[sent.start] = found
    return found


def _domestic_people(verb, sources: list[ActorMention], index: ActorIndex, passive: bool) -> list[ActorMention]:
    """People named by a common noun as the object of ``verb`` ("arrested *students*", "fired on
    *demonstrators*"), as the people of the state whose organ ``sources`` are, when the sentence
    names no other state."""
    states = {m.country for m in sources if m.type in ("Country", "Government", "Military")}
    if len(states) != 1 or None in states or len(sources) != 1:
        return []
    (state,) = states
    named, places = _sentence_states(verb.sent, index)
    if named - {state}:
        return []
    if sources[0].type == "Military" and "security" not in sources[0].surface.lower() and state not in places:
        # An army fights abroad as well as at home ("US troops killed ten civilians"): at home only where
        # the sentence names a place of its own state ("Burmese troops opened fire on monks in Rangoon").
        return []
    acted_on = _acted_on(verb, passive)
    if not passive and (prep := _weapon_on_crowd(verb)) is not None:
        # "used water cannon *on the demonstrators*": the crowd the weapon is turned on
        acted_on += _pobjs_of([c for c in verb.children if c.dep_ in OBJ], (prep,))
    args = [a for a in acted_on if not any(
        # "appealed to the *international* community", "urged *foreign* donors": no people at home.
        c.dep_ in ("amod", "compound") and c.lower_ in FOREIGN_MODIFIERS for c in a.children)]
    for arg in args:
        found = _people_noun(arg)
        if found is not None and not _fled(*found) and not actors_of(arg, index) and not any(
                c.dep_ == "amod" and c.lower_ in ALIEN_MODIFIERS for c in found[1].lefts):
            # (not "expelled *foreign* journalists", nor "detained refugees": they are no people of the state)
            return [_people(state, found[0], found[1])]
    # "police dispersed a peaceful protest": those who protest, the state's people, when no words say who
    # they are ("a demonstration *by students*", above); not when a body named in it gathers them ("a
    # Hezbollah rally").
    return [_people(state, "OPP", a) for a in args if a.lemma_.lower() in REPRESSED_GATHERINGS or (
        _protest_noun(a) and a.lemma_.lower() not in ("strike", "riot"))
            if not any(m.type not in PLACE_TYPES for m in _actors_below(a, index))][:1]


def _acted_on(verb, passive: bool, preps: Iterable[str] = TARGET_PREPS) -> list:
    """The words for whom ``verb`` acts on: its object (the subject of a passive), the objects of its
    prepositions among ``preps`` and those of its complement ("moved *to arrest* students"), and the
    people whose gathering or property those are."""
    args = [c for c in verb.children if c.dep_ in (PASSIVE_SUBJ if passive else OBJ)]
    args += [p for p in _pobjs(verb, preps)]
    lexicon = codes.verb_lexicon()
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl") and not passive and (act := _verb_entry(c, lexicon)) is not None \
                and act[0] in HOSTILE:
            # (not a friendly purpose: "defied a ban and lit candles *to honor a student*" defies no student,
            # "blocked the road *to protect villagers*" blocks no villagers)
            args += [g for g in c.children if g.dep_ in OBJ] + _pobjs(c, preps)
    # "broke up a demonstration *by students*", "banned an *opposition* rally", "raided the homes *of*
    # opposition journalists": the people whose gathering or property it is.
    args += [p for a in args for p in _pobjs(a, ("by", "of") if a.lemma_.lower() in GATHERING_NOUNS else ("of",))]
    args += [c for a in args if a.lemma_.lower() in GATHERING_NOUNS for c in a.lefts if c.dep_ in ("compound", "amod")]
    return args


#: Modifiers of a people noun that put the people abroad.
FOREIGN_MODIFIERS = frozenset({"international", "foreign", "world", "western", "global", "donor", "overseas"})
#: Nouns of people's gatherings, whose "by" or modifier names the people ("an opposition rally").
GATHERING_NOUNS = frozenset({"demonstration", "rally", "protest", "march", "gathering", "sit-in", "strike", "meeting",
                             "uprising", "vigil"})
#: Gatherings whose repression is of those who gather (no "meeting", nor a "strike" an army may make).
REPRESSED_GATHERINGS = frozenset({"demonstration", "rally", "protest", "march", "sit-in", "vigil", "gathering"})
#: Modifiers of people who are not of the state where they are.
ALIEN_MODIFIERS = frozenset({"foreign", "international", "expatriate", "overseas", "western"})


def _located_people(subject, verb, index: ActorIndex) -> list[ActorMention]:
    """"students *throughout Indonesia* staged demonstrations", "workers demonstrated *in Serbia*":
    people named by a common noun, without a state of their own, are of the state where they act."""
    found = _people_noun(subject)
    if found is None:
        return []
    sector, noun = found
    if _fled(sector, noun):
        state = _own_state(noun, sector, index)
        return [_people(state, sector, noun)] if state else []
    for holder in dict.fromkeys((noun, subject, verb)):
        for child in holder.children:
            if child.dep_ != "prep":
                continue
            # "residents *of Karachi*" live there; "took *to the streets of* Cairo" is where they are.
            where = child.lower_ in PEOPLE_PLACE_PREPS or (child.lower_ == "of" and holder is noun) or any(
                p.dep_ == "pobj" and p.lemma_.lower() in STREET_NOUNS for p in child.children)
            if where:
                place = _place_below(child, index, set())
                if place is not None:
                    return [_people(place.country, sector, noun)]
    # "workers *affiliated with the Serbian Workers' Union*": people of a body are of its state.
    bodies = [m for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in AFFILIATION_VERBS
              for m in _prep_actors(c, ("with", "to"), index) if m.country and not m.pronoun]
    return [_people(bodies[0].country, sector, noun)] if bodies else []


def _own_state(noun, sector: str, index: ActorIndex) -> Optional[str]:
    """The state people are of by their own words: a state's name or demonym modifying them ("*Syrian*
    refugees", "*Iraq's* civilians"), or, for refugees, the place their "from" phrase names, the state
    they fled ("refugees *from* Aleppo")."""
    named = [m for c in noun.lefts if c.dep_ in ARG_MODIFIERS for m in [_actor_or_demonym(c, index)]
             if m is not None and m.type == "Country"]
    if _fled(sector, noun):
        named += [m for p in _pobjs(noun, ("from",)) for m in actors_of(p, index) if m.type in PLACE_TYPES]
    return next((m.country for m in named if m.country and not m.pronoun), None)


def _party_people(tok) -> Optional[tuple[str, object]]:
    """:func:`_people_noun` for people who may be a party of an act on them (:data:`PARTY_SECTORS`, people
    at large as well, whom no modifier names): not things the dictionary files under a sector ("a
    *village*", "a *school*"), the nation ("the *people*" of a state) or foreigners ("*foreign* workers")."""
    found = _people_noun(tok)
    if found is None or (found[0] not in PARTY_SECTORS and found[0] != "PPL"):
        return None
    noun = found[1]
    lemma = noun.lemma_.lower()
    if lemma in PEOPLE_THING_NOUNS or noun.lower_ in PEOPLE_THING_NOUNS or lemma in STATE_PEOPLE_NOUNS - {"people"} \
            or any(c.dep_ == "amod" and c.lower_ in ALIEN_MODIFIERS | FOREIGN_MODIFIERS for c in noun.lefts):
        return None
    return found


def _people_party(arg, verb, index: ActorIndex) -> Optional[tuple[ActorMention, Optional[ActorMention]]]:
    """People named by a common noun as an argument of ``verb`` no actor covers, as a party: ``(people,
    place)``, the place being where the clause puts them when it gave their state, else ``None``.

    Their state is, in order, the one a refugee fled ("refugees *from* Syria"; no place tells it), or the
    place the clause names for them or for the act ("civilians *in Mosul*", "killed 35 civilians *in
    Mosul*"). A state's name or demonym modifying the noun ("*Iraqi* civilians") is an actor of its own,
    which :func:`_state_adjective` turns into its people. Not people who may well be foreigners where they
    were hit (:data:`VICTIM_NOUNS`: "kidnapped two journalists in Syria") nor foreign ones ("*foreign*
    workers"); ``None`` when nothing names their state: a state of one's own choosing is no party.
    """
    found = _party_people(arg)
    if found is None or actors_of(found[1], index):
        return None
    sector, noun = found
    if _fled(sector, noun):
        state = _own_state(noun, sector, index)
        return (_people(state, sector, noun), None) if state else None
    if _victim_word(noun):
        return None
    # Only a place the phrase names as such ("in Mosul", "in the town of Cizre"), not one further down
    # ("killed *in* bombing raids by the *US*-led coalition").
    place = next((m for h in dict.fromkeys((noun, arg, verb)) for m in _group_places(
        h, index, PEOPLE_PLACE_PREPS | ({"of"} if h is noun and noun.lemma_.lower() in RESIDENT_NOUNS else set()))
                  if m.country), None)
    return (_people(place.country, sector, noun), place) if place is not None else None


#: Nouns for a text that speaks for its author ("issued a statement condemning Y").
STATEMENT_NOUNS = frozenset({"statement", "declaration", "communique", "communiqué", "letter", "message", "note",
                             "resolution", "appeal", "memorandum", "manifesto", "petition", "decree", "proclamation",
                             "announcement", "report", "ultimatum"})
#: Verbs by which one makes such a text one's own word: issuing, adopting or backing it. Not vetoing,
#: rejecting or debating it: "The US vetoed a resolution condemning Israel" condemns nobody for the US.
AUTHORING_VERBS = frozenset({"issue", "release", "publish", "adopt", "pass", "approve", "send", "sign", "draft",
                             "submit", "table", "circulate", "present", "deliver", "make", "introduce", "propose",
                             "sponsor", "co-sponsor", "cosponsor", "back", "endorse", "support", "unveil",
                             "announce", "read", "write", "put", "lodge", "file", "address", "post", "broadcast"})
#: Verbs that report what their subject asserts; a clause they govern is the subject's word.
ASSERTING_VERBS = frozenset({"say", "tell", "state", "announce", "declare", "insist", "add", "conclude", "stress",
                             "reiterate", "argue", "maintain", "repeat", "emphasize", "emphasise", "warn", "write"})
#: Verbs besides :data:`SPEECH_HEAD_VERBS` whose "would" clause is a future reported in the past
#: ("confirmed that the leaders *would* join Gadhafi", "agreed that they would meet").
REPORTED_FUTURE_HEADS = frozenset({"confirm", "disclose", "reveal", "indicate", "signal", "agree", "decide"})
#: Verbs whose complement is the subject's word on its own act ("claimed to have captured Y").
CLAIM_VERBS = ASSERTING_VERBS | {"claim", "purport", "pretend", "profess", "contend", "aver", "avow", "assert"}
#: Verbs whose complement clause is a warning about its subject, not an act on it.
WARNING_VERBS = frozenset({"warn", "caution"})
#: Modals that turn a reported clause into a demand on its subject ("Sudan must return").
DEMAND_MODALS = frozenset({"must", "should", "ought"})
DEMAND_NOUNS = frozenset({"demand", "demands", "call", "calls", "appeal", "request", "ultimatum", "insistence"})
#: Verbs of wanting another's act, a demand on him ("wants Japan *to stop* patrols").
WANT_VERBS = frozenset({"want"})


#: Verbs that ask someone named by "on" to act ("called *on* Arabs to unite").
CALL_ON_VERBS = frozenset({"call", "prevail"})


def _misparsed_main_verb(verb) -> bool:
    """Whether a participle modifying the noun at the root of a full sentence is its main verb.

    The parser reads "Hundreds of Libyans protested outside the embassy." as a noun phrase
    with a participle ("protested" as in "Libyans arrested"); a sentence with a full stop is no
    headline, so its verb is the past tense, active.
    """
    head = verb.head
    return (verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i
            and verb.sent[-1].text in (".", "!") and not any(c.dep_ in ("agent", "aux", "auxpass")
                                                               for c in verb.children))


#: Verbs whose complement clause is what someone asserts or reports.
SPEECH_HEAD_VERBS = CLAIM_VERBS | {"report"}


def _speech_head(verb):
    """The asserting verb whose complement clause ``verb`` heads, or ``None``."""
    if verb.dep_ == "ccomp" and verb.head.i != verb.i and verb.head.lemma_.lower() in SPEECH_HEAD_VERBS:
        # ("Eritrea *claimed* its forces had repulsed ...", "Syria *reported* its jets ...")
        return verb.head
    return None


def _agent(verb, index: ActorIndex) -> list[ActorMention]:
    """Actors of a passive ``verb``'s agent ("was attacked *by* Iraq", "the party, led *by* X"), over
    conjuncts ("by X and Y"); the parser gives a verb one "by" phrase."""
    for child in verb.children:
        if child.dep_ == "agent":
            for p in child.children:
                if p.dep_ == "pobj":
                    return actors_of(p, index)
    return []


def _objects(verb, index: ActorIndex, preps: Iterable[str] = TARGET_PREPS,
             modifiers: bool = True) -> list[ActorMention]:
    out: list[ActorMention] = []
    preps = frozenset(preps)
    for child in verb.children:
        if child.dep_ == "dative":
            out.extend(_dative_actors(child, index, modifiers))
        elif child.dep_ in OBJ:
            out.extend(actors_of(child, index, modifiers))
        elif (child.dep_ == "prep" and child.lower_ in preps and not _measured_from(child)
              and not _border_with(child)) or child.dep_ == "prt":
            for p in child.children:
                if p.dep_ == "pobj" and p.lemma_.lower() not in COMMAND_NOUNS:
                    # (not "*at Trump's orders* warships launched missiles": who ordered it)
                    out.extend(actors_of(p, index, modifiers))
                elif child.lower_ == "up" and p.dep_ == "prep" and p.lower_ == "to":
                    # "kidnapped *up to 16 Russian advisers*": the parser takes the amount for a particle.
                    out.extend(m for q in _pobjs(child, ("to",)) for m in actors_of(q, index, modifiers))
    return out


#: Nouns of a command or a request on whose strength one acts ("at Trump's *orders*", "at the *request* of
#: Kabul"): who gave it is no party acted on.
COMMAND_NOUNS = frozenset({"order", "orders", "request", "behest", "invitation", "urging", "command", "instruction",
                           "direction", "insistence", "bidding", "initiative", "suggestion", "instigation"})


def _border_with(prep) -> bool:
    """Whether ``prep`` is the "with" of a border noun right before it, which the parser hung on the verb
    ("established a base near the border *with Syria*"): a neighbour, no party of the act."""
    return prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].lemma_.lower() in BORDER_NOUNS


def _measured_from(prep) -> bool:
    """Whether ``prep`` only measures a distance from a place ("seized a site *40 miles from Palmyra*", the
    phrase hung on the verb): a landmark that says where the object is, no party of the act. (A distance
    *into* a place is how deep the act went there: "advanced 20 miles into Syria".)"""
    return prep.lower_ == "from" and (any(c.dep_ in ("npadvmod", "advmod", "nmod") and (
        c.lower_ in DISTANCE_NOUNS or c.lemma_.lower() in DISTANCE_NOUNS) for c in prep.children)
        or _distance_before(prep))


#: Relations whose "with" phrase, after an object, is the means or the company of the act: "attacked the
#: convoy *with* mortar shells", "threatened Iran *with* sanctions" (but "exchanged fire *with* X").
INSTRUMENT_RELATIONS = frozenset({"attacks", "coerces", "threatens"})


#: Relations whose "from" phrase names a place the act comes from, never its target.
ORIGIN_BLIND_RELATIONS = frozenset({"attacks", "threatens"})
#: Verbs of taking, whose "from" names who loses what is taken ("seized the Golan Heights *from Syria*").
TAKING_FROM_VERBS = frozenset({"seize", "capture", "take", "wrest", "grab", "annex", "recapture", "retake",
                               "liberate", "free", "win", "steal", "confiscate", "snatch"})


def _origin_place(m: ActorMention, verb, doc) -> bool:
    """Whether ``m`` is a place named in a "from" phrase of ``verb`` ("*From Syria*, ISIL fighters attacked ...")."""
    tok = doc[m.head]
    if not (m.type in PLACE_TYPES and tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.i == verb.i):
        return False
    # "beat protesters *from Turkey*": the parser hangs the object's "from" on the verb; it says whose people
    # they are (verb_rule's _origins_as_people), unless the object is what was fired ("rockets from Syria").
    prep = tok.head
    return not any(c.dep_ in OBJ and c.right_edge.i == prep.i - 1 and c.pos_ == "NOUN"
                   and c.lemma_.lower() not in WEAPON_NOUNS for c in verb.children)

def _argument_preps(verb, relation: str, preps: frozenset, index: ActorIndex) -> frozenset:
    """Of ``preps``, those that may introduce a target of ``verb`` here.

    A "with" phrase is the instrument of a hostile act on an object ("attacked the convoy *with* Hawn
    shells": no attack on Hawn), or when it names a weapon; not after an exchange or a fight ("exchanged
    fire *with* X", "fought a battle *with* X"), where it names the other side. A "for" phrase after an
    object that is an actor is the reason it is acted on ("blamed the US *for Albania's* expulsion of two
    diplomats" blames the US, not Albania).
    """
    objects = [c for c in verb.children if c.dep_ in OBJ]
    drop = set()
    if "with" in preps and relation in INSTRUMENT_RELATIONS and not _exchanged_fire(verb) and (any(
            o.lemma_.lower() not in FIGHT_NOUNS | EXCHANGED_FIRE_NOUNS | THEATRE_NOUNS for o in objects) or any(
            p.lemma_.lower() in WEAPON_NOUNS for p in _pobjs(verb, ("with",)))):
        drop.add("with")
    if "for" in preps and any(index.at(o.i) is not None for o in objects):
        drop.add("for")
    return preps - drop if drop else preps


def _dative_actors(dative, index: ActorIndex, modifiers: bool = True) -> list[ActorMention]:
    """Actors a verb's ``dative`` dependent names: "gave *Kiev* aid", or the object of the preposition
    the parser files as the dative ("providing intelligence *to* Macedonia").

    Parameters
    ----------
    dative
        A token whose ``dep_`` is ``dative``.
    index, modifiers
        As for :func:`actors_of`.

    Returns
    -------
    list[ActorMention]
    """
    if dative.pos_ == "ADP":
        return [m for p in dative.children if p.dep_ == "pobj" for m in actors_of(p, index, modifiers)]
    return actors_of(dative, index, modifiers)


def _pobjs(tok, preps: Iterable[str]) -> list:
    """The objects of ``tok``'s prepositions among ``preps``."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"]


def _prep_actors(tok, preps: Iterable[str], index: ActorIndex) -> list[ActorMention]:
    """Actors that the objects of ``tok``'s prepositions among ``preps`` refer to (not who gave the order
    or the request one acts on: "*at Trump's orders*")."""
    return [m for p in _pobjs(tok, preps) if p.lemma_.lower() not in COMMAND_NOUNS for m in actors_of(p, index)]


#: Verbs of putting forward an idea, whose "that" clause may be a proposal or a guess.
SUGGESTING_VERBS = frozenset({"suggest", "hint", "speculate"})
#: Modals of a possibility, not an obligation ("*could* take place", "*may* have to give up").
EPISTEMIC_MODALS = frozenset({"could", "may", "might", "would", "can"})


def _complement_targets(verb, index: ActorIndex, modifiers: bool = False,
                        demand: bool = False, hostile: bool = True) -> list[ActorMention]:
    """Targets one level down: "demanded *that the US* cancel", "rejected calls *by Belarus*".

    ``demand``: the verb's phrase is a demand ("reiterated its demand *that Israel* ease"), so
    the subject of its clause is who is asked, whatever the verb alone would report.
    ``hostile``: the verb's relation is hostile; a friendly one is not aimed at whom its object is against
    ("supported the resolution *against Iran*" supports no Iran).
    """
    out: list[ActorMention] = []
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ == "ccomp" and _free_relative(child):
            # "targeting *what the Pentagon said were* three facilities": the clause names a thing; who
            # speaks in it is no target.
            continue
        if child.dep_ == "ccomp":
            if not demand and (lemma in WARNING_VERBS or (lemma in CLAIM_VERBS and not _hostile_clause(child))):
                # "X warned that Iran would ...", "X argued that Blair and Brown could work together": what
                # is said of someone is no act on them, unless what is claimed is a hostile act.
                continue
            if lemma in SUGGESTING_VERBS and any(
                    a.dep_ == "aux" and a.lower_ in EPISTEMIC_MODALS for a in child.children):
                # "suggested Soviet membership could take place", "suggested Nakasone may have to give up
                # plans": a possibility put forward asks nothing of anyone ("suggested the UK should join"
                # does).
                continue
            for g in child.children:
                if g.dep_ in SUBJ + PASSIVE_SUBJ:
                    out.extend(actors_of(g, index, modifiers))
        elif child.dep_ in OBJ and child.pos_ == "NOUN":
            # "rejected calls by Belarus", "threatened action against Russia", "break relations with X";
            # "suspended *part of* its aid to Egypt": what the amount is of.
            holders = [child] + (_pobjs(child, ("of",)) if child.lemma_.lower() in QUANTITY_NOUNS else [])
            preps = ("by", "of", "from", "with", "on", "to", "toward", "towards") + (("against",) if hostile else ())
            if any(h.lemma_.lower() in RELATIONAL_NOUNS for h in holders):
                # "attacked *allies of* Iran": others than the state the phrase names
                preps = tuple(x for x in preps if x != "of")
            for p in _pobjs_of(holders, preps):
                out.extend(m for m in actors_of(p, index, modifiers) if m not in out)
    return out


def _free_relative(clause) -> bool:
    """Whether ``clause`` is a free relative the parser made a complement: "targeting *what the Pentagon said
    were* three facilities", "hit *whatever* ..."."""
    return clause.left_edge.lower_ in ("what", "whatever") and clause.left_edge.i < clause.i


def _pobjs_of(toks, preps: Iterable[str]) -> list:
    """The objects of the prepositions among ``preps`` of each of ``toks``."""
    return [p for t in toks for p in _pobjs(t, preps)]


def _hostile_clause(clause) -> bool:
    """Whether a clause reports a hostile act ("that Azerbaijani forces shelled Tavush")."""
    entry = _verb_entry(clause, codes.verb_lexicon()) if clause.pos_ == "VERB" else None
    return entry is not None and entry[0] in HOSTILE


#: Nouns of a standing resolve: "its commitment to support Y" is support now, not a plan.
STANCE_NOUNS = frozenset({"commitment", "determination", "resolve", "readiness", "willingness", "efforts", "effort"})


#: Marks of a condition on which a clause's act hangs ("would meet them *if* asked", "*unless* NATO withdraws").
CONDITIONAL_MARKS = frozenset({"if", "unless"})
#: Words that open a condition after the clause ("would join talks *provided* that ...", "*providing* ...").
PROVISO_WORDS = frozenset({"provided", "providing"})
#: Words before "if" that make it no condition ("*even* if", "*as* if").
UNCONDITIONAL_IF_WORDS = frozenset({"even", "as"})


def _condition_of(verb) -> bool:
    """Whether ``verb`` itself carries a condition: an "if"/"unless" clause ("he would meet the rebels *if
    asked*"), "provided (that)", "in case (of)", "in the event (of)", "on condition (that)"; not "even if",
    "as if"."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ == "advcl" or (c.dep_ in ("prep", "advmod", "conj", "mark", "ccomp") and c.i > verb.i):
            marks = [c] if c.lower_ in CONDITIONAL_MARKS else [m for m in c.children if m.dep_ in ("mark", "prep")
                                                                and m.lower_ in CONDITIONAL_MARKS]
            if any(m.i == 0 or doc[m.i - 1].lower_ not in UNCONDITIONAL_IF_WORDS for m in marks):
                return True
        if c.i > verb.i and c.lower_ in PROVISO_WORDS and c.dep_ in ("advcl", "conj", "prep", "mark", "ccomp") \
                and (c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "that" or any(g.dep_ == "ccomp" for g in c.children)):
            return True
        if c.dep_ == "prep" and c.lower_ in ("in", "on") and any(
                g.dep_ == "pobj" and _condition_noun(g, c.lower_) for g in c.children):
            return True
    return False


#: Verbs whose act is done when uttered, a condition in their clause notwithstanding.
SAYING_OR_THREATENING_VERBS = SPEECH_HEAD_VERBS | {"threaten", "vow", "pledge", "swear", "warn", "caution",
                                                   "insist", "demand", "urge", "ask", "call"}


def _condition_noun(noun, prep: str) -> bool:
    """Whether ``prep noun`` opens a condition: "*in case* of a strike", "*in the event* of war", "*on
    condition* that"; not "*in the case of* the arms sale" (the matter spoken of)."""
    lemma = noun.lemma_.lower()
    if prep == "on":
        return lemma == "condition"
    if lemma == "case":
        return not any(c.dep_ == "det" for c in noun.children)
    return lemma == "event" and (noun.i + 2 < len(noun.doc) and noun.doc[noun.i + 1].lower_ in ("of", "that"))


def _conditioned(tok) -> bool:
    """Whether the act ``tok`` names hangs on a condition: one carried by its clause or by the clause its
    own clause completes, up to the verb of saying ("said that if asked he would meet the rebels", "would
    retaliate if attacked", "would join talks provided that the settlements stop")."""
    speech = triggers()["modality"]["speech_verbs"]
    if tok.lemma_.lower() in SAYING_OR_THREATENING_VERBS:
        # "threatened to withdraw unless ...", "said that if asked ...": the threat or the word is given now;
        # what hangs on the condition is what is threatened or said.
        return False
    if tok.tag_ == "VBD" and not any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "should")
                                     for c in tok.children):
        # "Russia deployed troops to the border in case of provocations": what a past tense says was done was
        # done; the case it provides for is a precaution, no condition on it.
        return False
    head, below = tok, None
    for _ in range(4):
        # A verb of saying's condition is on what is said ("said that, if asked, he would meet them"), not on
        # an event that only dates the saying ("*During his visit* to Berlin, Obama said that if he could, he
        # would vote for Merkel": the visit took place).
        said_of = head.lemma_.lower() not in speech or below is None or below.dep_ in ("ccomp", "xcomp", "conj")
        if head.pos_ in ("VERB", "AUX", "ADJ") and said_of and _condition_of(head):
            return True
        if head.lemma_.lower() in speech or head.head.i == head.i or head.dep_ not in (
                "xcomp", "ccomp", "conj", "dobj", "pobj", "prep", "acl"):
            return False
        head, below = head.head, head
    return False


def _yet_to(head, complement) -> bool:
    """Whether ``head`` is the "have" or "be" of "has yet to", "is yet to" ("has yet to name an ambassador")
    and ``complement`` the infinitive of what is still undone."""
    return head.lemma_.lower() in ("have", "be") and complement.dep_ == "xcomp" \
        and any(c.lower_ == "yet" for c in head.children) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in complement.children)


def modality(tok) -> str:
    """``asserted``, ``planned``, ``hypothetical`` or ``negated`` for a trigger token; an act announced or
    asserted only on a condition is hypothetical ("said he would meet the rebels if asked")."""
    found = _clause_modality(tok)
    if found in ("planned", "asserted") and _conditioned(tok):
        return "hypothetical"
    return found


#: Verbs of deliberating on an act not decided: "will *consider* curbing imports", "is *weighing* sanctions".
DELIBERATION_VERBS = frozenset({"consider", "weigh", "mull", "contemplate", "ponder", "study", "discuss", "debate",
                                "explore", "examine", "eye", "reconsider", "entertain"})
#: Acts an invitation is to, which the invited plans once invited ("invited Kim to *visit* Beijing").
INVITED_ACTS = frozenset({"visit", "meet", "attend", "come", "travel", "join", "hold", "participate", "take", "tour"})


def _deliberated(act) -> bool:
    """Whether ``act``, the complement of a verb of deliberating, is an act not yet decided: a gerund or
    infinitive ("considering *imposing* sanctions") or an action noun with no article or owner that makes it
    one already under way ("weighing *sanctions*", not "discussed *the* sanctions", "*Iraq's* attack")."""
    if act.pos_ in ("VERB", "AUX"):
        return True
    nouns = triggers()["nouns"]
    entry = nouns.get(act.lower_) or nouns.get(act.lemma_.lower())
    if entry and entry.get("mutual"):
        return False  # "met to discuss rising *tensions* between Greece and Turkey": a state of things, no act
    return act.pos_ == "NOUN" and not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in (
        "the", "this", "that", "these", "those") for c in act.children)


#: Determiners of an event of whatever kind, none in particular ("*any* attack on Taiwan").
ANY_DETERMINERS = frozenset({"any", "whatever", "whichever"})


def _any_such(tok) -> bool:
    """Whether ``tok`` is an event noun, or a participle or verb modifying one, determined by "any":
    "any attack on Taiwan", "any U.S. challenge *targeting* Airbus"."""
    nouns = [tok] + ([tok.head] if tok.dep_ == "acl" and tok.head.i != tok.i else [])
    return any(n.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ANY_DETERMINERS for c in n.children)
               for n in nouns)


def _clause_modality(tok) -> str:
    """:func:`modality` but for conditions."""
    cues = triggers()["modality"]
    chain = [tok]
    head = tok
    # "attr": a predicate nominal's copula carries its negation and tense ("Turkey is *not* an ally").
    while head.dep_ in ("xcomp", "ccomp", "conj", "pcomp", "advcl", "dobj", "pobj", "prep", "acomp", "relcl",
                        "attr") and head.head.i != head.i and len(chain) < 4:
        if head.dep_ == "advcl" and _own_tense(head):
            break
        head = head.head
        chain.append(head)
    if len(chain) == 1 and tok.pos_ == "NOUN" and tok.head.i != tok.i and (tok.dep_ == "nsubjpass" or (
            tok.dep_ == "nsubj" and tok.head.lemma_.lower() in OCCURRENCE_VERBS)):
        # "Joint operations by Iraq and Iran against ISIS are not planned", "talks between X and Y did not
        # take place": an event named as the subject is as the verb saying it happens says.
        chain.append(tok.head)
    # a negation governs no clause past a clause boundary ("X attacked Y; Israel did not comment")
    scope = next((i for i in range(1, len(chain)) if _clause_boundary(chain[i - 1])), len(chain))
    for i, t in enumerate(chain[:scope]):
        kids = list(t.children)
        if any(c.dep_ == "neg" or c.lower_ in cues["negators"] and c.dep_ in ("neg", "advmod", "det") for c in kids):
            return "negated"
        if i > 0 and t.lemma_.lower() in cues["negating_heads"]:
            return "negated"
        if t.lower_ in ("n't", "not"):
            return "negated"
        if any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in kids):
            # "Turkey is no longer an ally of Israel", "X no longer supports Y": not so now.
            return "negated"
        if i > 0 and _yet_to(t, chain[i - 1]):
            # "The Obama Administration has yet to name an ambassador to Cuba": not done.
            return "negated"
    if any(_polar_question(t) for t in chain):
        # "Did Russia present the draft to the Council?", "Is Iran arming the Houthis?": asked, not said.
        return "hypothetical"
    if _any_such(tok):
        # "warned it would counter *any* U.S. challenge targeting Airbus", "any attack on Taiwan": an event
        # of any kind is supposed, none has happened.
        return "hypothetical"
    if _alleged_clause(tok) or _simulated(tok):
        # "the alleged Russian nerve gas attack", "is allegedly trying to assassinate X": charged, not
        # established; "exercises simulating Chinese submarines attacking Kinmen": played, not fought.
        return "hypothetical"
    if _committed_hostility(tok):
        # "al-Qaida remains committed to carrying out attacks against the US": a standing resolve to attack
        # is an attack intended (and so a threat), where a commitment to support someone is support now.
        return "planned"
    if tok.pos_ == "NOUN" and _noun_still_to_come(tok):
        # ("Nakasone's *planned* trip": his own, yet still to come)
        return "planned"
    if _presupposed(tok):
        return "asserted"
    if _proposed(tok):
        return "hypothetical"
    if tok.dep_ == "acl" and tok.tag_ == "VB" and tok.head.pos_ == "NOUN" \
            and tok.head.lemma_.lower() in CAMPAIGN_NOUNS | ATTEMPT_NOUNS and _hostile_purpose(tok):
        # "Nigeria's drive to crush Boko Haram has stalled": the fighting a campaign (or a bid) is for goes on
        # as the campaign does, planned only where the campaign is (campaign_purpose_rule).
        return _campaign_modality(tok.head)
    if tok.dep_ == "acl" and tok.tag_ == "VB" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() not in STANCE_NOUNS:
        # "its decision to attack Y", "a plan to visit Y": an act a noun is about to do is not done, and one
        # whose plan is dropped ("reverses its decision to expel Oxfam", "cancelled plans to visit") will not be.
        holder = tok.head
        if holder.dep_ in OBJ and holder.head.lemma_.lower() in set(cues["negating_heads"]) | UNDOING_VERBS:
            return "negated"
        return "planned"
    for i, t in enumerate(chain[:3]):
        kids = list(t.children)
        if any(c.dep_ == "mark" and c.lower_ in cues["hypothetical_marks"] for c in kids):
            return "hypothetical"
        if i > 0 and t.lemma_.lower() in DELIBERATION_VERBS and t.pos_ == "VERB" \
                and chain[i - 1].dep_ in ("xcomp", "ccomp", "dobj", "pcomp") and _deliberated(chain[i - 1]):
            # "will consider curbing imports", "is weighing sanctions against Iran": an act deliberated on is
            # not decided, whatever the tense of the deliberation.
            return "hypothetical"
        if i > 0 and t.lemma_.lower() in INVITING_VERBS and chain[i - 1].dep_ == "xcomp" \
                and chain[i - 1].lemma_.lower() in INVITED_ACTS:
            # "China invited Kim to visit Beijing", "Kim has been invited to visit Beijing": a visit invited is
            # a visit planned (the inviter's own act is the invitation, 036).
            return "planned"
        if i > 0 and t.lemma_.lower() in CONTINUING_VERBS and chain[i - 1].dep_ == "xcomp" \
                and not any(c.dep_ == "aux" and c.lower_ in cues["hypothetical_aux"] for c in kids):
            # "We will continue to strike ISIL": what goes on is done now, whatever the tense says of later.
            return "asserted"
        if t.dep_ == "acl" and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in CONTENT_NOUNS and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in kids):
            # "demanded an admission *that Soviet forces murdered* Polish officers", "the allegation that
            # X attacked Y": what an admission, claim or charge says is not what the text asserts.
            return "hypothetical"
        if i == 1 and chain[0].dep_ in ("advcl", "xcomp") and _legal_action(t) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in chain[0].children):
            # "automakers filed suit to block California's regulation", "sued Oracle to stop the sale": what a
            # suit asks a court to do has not been done, and the court, not the plaintiff, would do it.
            return "hypothetical"
        if any(c.dep_ == "aux" and c.lower_ == "would" for c in kids) and (_speech_head(t) is not None or (
                t.dep_ == "ccomp" and t.head.i != t.i and t.head.lemma_.lower() in REPORTED_FUTURE_HEADS)):
            # "they said they would boycott", "Libya confirmed that the leaders would join Gadhafi": a future
            # reported in the past.
            return "planned"
        if any(c.dep_ == "aux" and c.lower_ in cues["hypothetical_aux"] for c in kids):
            return "hypothetical"
        if any(c.dep_ == "aux" and c.lower_ in cues["planned_aux"] for c in kids):
            return "planned"
        if i == 1 and t.lemma_.lower() in cues["planned_heads"] and chain[0].dep_ == "nsubjpass" \
                and chain[0].pos_ == "NOUN":
            # "his trip to Tokyo was planned before the row", "talks are scheduled for May": an event said to be
            # planned is not said to have happened.
            return "planned"
        if i > 0 and t.lemma_.lower() in cues["planned_heads"] and chain[i - 1].dep_ in ("xcomp", "ccomp"):
            # "Washington expects Baghdad to launch an offensive", "wants Turkey to attack ISIS": one party's
            # wish or forecast of another's act is no plan of the other's (and so no threat it makes).
            return "hypothetical" if _others_act(t, chain[i - 1]) else "planned"
        if i > 0 and t.lemma_.lower() == "be" and chain[i - 1].dep_ == "xcomp" and chain[i - 1].tag_ == "VB" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in chain[i - 1].children):
            # "Allawi *is to meet* Bush", "the minister was to visit Cairo": what is to be done is scheduled,
            # not done
            return "planned"
        if i > 0 and t.lemma_.lower() == "have" and t.tag_ in ("VBZ", "VBP") and chain[i - 1].dep_ == "xcomp" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in chain[i - 1].children):
            # "Karzai first has to sign a security agreement with the US": an obligation, not a deed (what one
            # *had* to do mostly was done: "troops had to withdraw").
            return "hypothetical"
        if i > 0 and t.lemma_.lower() in ("threaten", "warn") and chain[i - 1].dep_ == "xcomp":
            return "hypothetical"
        if i > 0 and _sent_for(chain[i - 1], t):
            # "Egypt deploys troops to Yemen *to join* the war effort against the Houthis": what forces are sent
            # to do they have not done yet.
            return "planned"
        if i > 0 and t.lemma_.lower() in cues["alleging_heads"] and chain[i - 1].dep_ == "ccomp":
            # "Iraq complained that Iranian troops had shelled Basra": what a complaint or charge says is
            # the complainant's allegation, not what the text asserts.
            return "hypothetical"
        if i > 0 and t.lemma_.lower() in cues["request_heads"] and t.pos_ == "VERB" and (
                chain[i - 1].dep_ == "dobj" or (chain[i - 1].dep_ == "prep" and chain[i - 1].lower_ == "for")):
            # "pleaded for NATO air strikes against the Serbs", "demanded an investigation into X": an act
            # asked for has not happened.
            return "hypothetical"
        if i > 0 and t.lemma_.lower() in cues["request_heads"] and chain[i - 1].dep_ in ("xcomp", "ccomp"):
            # "demanded that the US cancel plans": what is asked for has not happened.
            return "hypothetical"
    return "planned" if _scheduled(tok, chain) else "asserted"


#: Verbs that undo a decision or a plan, their object ("*reversed* its decision to expel Oxfam", "*scrapped*
#: plans to visit"): what the plan was for will not be done.
UNDOING_VERBS = frozenset({"reverse", "revoke", "rescind", "scrap", "abandon", "overturn", "retract", "withdraw",
                           "shelve", "drop", "annul"})
#: Nouns of the time just before an event ("on the *eve* of the visit", "in the *run-up* to the talks"): the
#: event has not happened when the clause's own does.
EVE_NOUNS = frozenset({"eve", "run-up", "runup", "lead-up", "leadup", "build-up", "buildup"})
#: Prepositions (with "of", "for", "to") that put their object still to come ("*ahead of* the talks", "*in
#: preparation for* the visit", "*in advance of* the summit", "*in anticipation of* talks").
EVE_HEADS = frozenset({"ahead", "advance", "preparation", "anticipation"})
#: Key under which the document date lies in ``Doc.user_data`` while the rules run.
_DOC_DATE = "gb_document_date"


def _scheduled(tok, chain) -> bool:
    """Whether the event of ``tok`` is still to come although its clause is worded as a fact:

    * a date phrase of its clause points after the time of writing ("officials *meet tomorrow*", "when he
      visits Washington *next month*", "*on April 29*" in a story of 10 April), unless the clause is in a past
      tense (what "met" says happened did, whatever date the phrase resolves to);
    * it is what the time before is named by ("on the *eve* of a visit", "*ahead of* the talks");
    * it is told in a clause of when, of a time still to come ("will be explained this week *when he visits*").
    """
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.head.i != tok.head.i:
        holder = tok.head.head
        if (holder.lemma_.lower() in EVE_NOUNS and tok.head.lower_ in ("of", "to")) or (
                holder.lemma_.lower() in EVE_HEADS and tok.head.lower_ in ("of", "for")):
            return True
    for t in chain:
        if t.dep_ == "relcl" and t.head.ent_type_ == "DATE" and t.head.head.i != t.head.i and any(
                c.dep_ == "aux" and c.lower_ in triggers()["modality"]["planned_aux"] for c in t.head.head.children):
            # "will be explained this week *when Miyazawa visits Washington*": a clause that says when, of a
            # time still to come.
            return True
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        # "Talks between X and Y tomorrow could fail": an event noun that is a verb's subject or object is
        # dated by that verb's clause too.
        # Only an event's noun: "the Court in Karlsruhe will examine the claims in the coming weeks" says where
        # the court is now.
        nouns = triggers()["nouns"]
        event = nouns.get(tok.lower_) or nouns.get(tok.lemma_.lower())
        verb = tok.head if event and tok.dep_ in SUBJ + PASSIVE_SUBJ + OBJ and tok.head.pos_ in ("VERB", "AUX") \
            else None
    if verb is not None and (verb.tag_ in ("VBD", "VBN") or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("did", "had", "has", "have", "was", "were")
            for c in verb.children)):
        return False
    clause = {tok.i} | {c.i for c in tok.children}
    if verb is not None:
        clause |= {verb.i} | {c.i for c in verb.children}
    doc_date = tok.doc.user_data.get(_DOC_DATE)
    for ent in _date_ents(tok.sent):
        if _bounds_a_period(ent) or (ent.root.dep_ == "poss" and ent.root.head.i != tok.i and not (
                tok.lemma_.lower() in ATTENDING_VERBS and ent.root.head.dep_ in OBJ and ent.root.head.head.i == tok.i)):
            # ("to warn him *next week's* talks would fail": the date of the talks, not of the warning; but
            # "attends *next week's* meeting" is dated by it)
            continue
        if any(t.i in clause or t.head.i in clause for t in ent) and points_forward(ent.text, doc_date):
            return True
    return False


#: Verbs whose object is an event they take part in, and so happen when it does ("attends next week's meeting").
ATTENDING_VERBS = frozenset({"attend", "join", "host", "hold", "chair", "convene", "address", "open"})
#: Modifiers of an event noun that put it still to come ("his *planned* trip", "the *upcoming* talks").
COMING_WORDS = frozenset({"planned", "upcoming", "forthcoming", "scheduled", "impending", "intended", "proposed",
                          "prospective", "projected", "coming"})


def _noun_still_to_come(noun) -> bool:
    """Whether an event noun is said, by its own words, to be still to come, whatever the tense of the clause
    it sits in: "his *planned* trip to Washington", "during *next week's* visit", "his visit *starting on April
    29*" (in a story of 10 April)."""
    if any(c.dep_ == "amod" and c.lower_ in COMING_WORDS for c in noun.children):
        return True
    doc_date = noun.doc.user_data.get(_DOC_DATE)
    for ent in _date_ents(noun.sent):
        if _bounds_a_period(ent) or not points_forward(ent.text, doc_date):
            continue
        for t in ent:
            head, steps = t.head, 0
            while steps < 3 and head.i != noun.i and head.head.i != head.i and head.pos_ in ("ADP", "NOUN", "PROPN",
                                                                                              "NUM", "VERB"):
                if head.pos_ == "VERB" and head.dep_ != "acl":
                    break  # a date of another clause
                head, steps = head.head, steps + 1
            if head.i == noun.i and t.i != noun.i:
                return True
    return False


#: Modifiers of an event that say it is charged or suspected, not established ("the *alleged* Russian nerve gas
#: attack", "*suspected* US drone strikes", "*allegedly* shelled").
ALLEGED_WORDS = frozenset({"alleged", "allegedly", "suspected", "purported", "purportedly", "supposed", "supposedly"})
#: Verbs of acting out an event that has not happened ("exercises *simulating* Chinese submarines attacking").
SIMULATION_VERBS = frozenset({"simulate", "rehearse", "mimic", "emulate", "practise", "practice", "enact"})
#: Nouns of military exercises, in whose scenario events are played, not fought.
EXERCISE_NOUNS = frozenset({"exercise", "drill", "wargame", "war-game", "manoeuvre", "maneuver", "manoeuvres",
                            "maneuvers", "simulation", "rehearsal", "scenario"})


#: Links by which a trigger is part of the act a verb names ("allegedly *trying to* assassinate", "allegedly
#: *launched an* attack"): a conjunct ("purportedly killed two hostages *and are threatening* ...") or a clause
#: of its own is not.
ALLEGED_SCOPE_DEPS = frozenset({"xcomp", "dobj", "pobj", "prep"})


def _alleged_clause(tok) -> bool:
    """Whether the trigger ``tok``, or a verb whose act it is part of, is modified by :data:`ALLEGED_WORDS`: "the
    *alleged* Russian nerve gas attack", "is *allegedly* trying to assassinate X"; not a noun it is in ("an
    attack on a *suspected* weapons supply in Basra")."""
    head = tok
    for _ in range(4):
        if (head is tok or head.pos_ in ("VERB", "AUX")) and any(
                c.dep_ in ("amod", "advmod") and c.lower_ in ALLEGED_WORDS for c in head.children):
            return True
        if head.dep_ not in ALLEGED_SCOPE_DEPS or head.head.i == head.i:
            return False
        head = head.head
    return False


def _simulated(tok) -> bool:
    """Whether the trigger ``tok`` is played out in an exercise, a drill or war games, or under a verb of
    simulating: "Taiwan holds exercises simulating Chinese submarines attacking Kinmen", "drills rehearsing
    an invasion", "war games in which troops storm a beach". Only what the exercise contains: an event the
    exercise is part of ("jets struck X during drills") is not in it; nor is a name, which states where
    something is ("drills in the *Taiwan Strait*")."""
    if tok.ent_type_:
        return False
    head = tok
    for _ in range(6):
        if head.head.i == head.i:
            return False
        head = head.head
        lemma = head.lemma_.lower()
        if lemma in SIMULATION_VERBS or (head.pos_ in ("NOUN", "PROPN") and (
                lemma in EXERCISE_NOUNS or head.lower_ in EXERCISE_NOUNS or (lemma == "game" and any(
                    c.dep_ in ("compound", "amod") and c.lower_ == "war" for c in head.children)))):
            return True
    return False


def _sent_for(clause, verb) -> bool:
    """Whether ``clause`` is the purpose of ``verb`` sending forces: "deploys troops to Yemen *to join* the war
    effort", "sent soldiers *to fight* ISIS"."""
    return clause.dep_ in ("advcl", "xcomp") and verb.lemma_.lower() in STATIONING_MOVES \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


#: Conjunctions that set a conjunct against the one before ("did not attack Y *but* shelled Z").
CONTRASTIVE_CC = frozenset({"but", "yet"})


def _clause_boundary(clause) -> bool:
    """Whether ``clause`` stands apart from its head, whose negation is not its own: a conjunct with its own
    subject ("Israeli jets struck X, *and Israel* did not comment"), one set against its head ("did not
    attack Y *but* shelled Z"), or a complement before its head, which is how the parser joins independent
    clauses ("Syria said jets attacked X; Israel did not comment", "Jets attacked X, the army did not confirm")."""
    if clause.dep_ == "conj":
        return any(c.dep_ in SUBJ + PASSIVE_SUBJ + ("expl",) for c in clause.children) or any(
            c.dep_ == "cc" and c.lower_ in CONTRASTIVE_CC and c.i < clause.i for c in clause.head.children)
    return clause.dep_ == "ccomp" and clause.i < clause.head.i


#: Verbs of going to law ("*sued* Oracle to stop ..."), and nouns of the action brought ("filed *suit*").
LEGAL_ACTION_VERBS = frozenset({"sue", "litigate"})
LAWSUIT_NOUNS = frozenset({"suit", "lawsuit", "complaint", "petition", "appeal", "injunction", "action", "case",
                           "challenge", "motion"})
#: Verbs that bring a legal action named by their object ("*filed* a lawsuit", "*brought* a case").
BRINGING_VERBS = frozenset({"file", "bring", "lodge", "launch", "submit", "initiate", "mount"})


def _legal_action(verb) -> bool:
    """Whether ``verb`` goes to law: "sued", "filed suit", "brought a case" (not "launched an offensive")."""
    lemma = verb.lemma_.lower()
    return lemma in LEGAL_ACTION_VERBS or lemma in BRINGING_VERBS and any(
        c.dep_ in OBJ and c.lemma_.lower() in LAWSUIT_NOUNS for c in verb.children)


def _committed_hostility(tok) -> bool:
    """Whether ``tok`` is a hostile act (or its noun, "carrying out *attacks*") that someone is committed to."""
    verb = tok.head if tok.dep_ in ("dobj", "obj") and tok.pos_ == "NOUN" else tok
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ == "VERB":
        verb = verb.head  # "committed to degrading and ultimately *defeating* Daesh"
    if _commitment(verb) is None:
        return False
    if tok.pos_ == "VERB":
        return _hostile_clause(tok)
    entry = triggers()["nouns"].get(tok.lower_) or triggers()["nouns"].get(tok.lemma_.lower())
    return bool(entry) and entry["relation"] in HOSTILE


def _committed_campaign(mentions: Iterable[RelationMention]) -> Iterator[RelationMention]:
    """The mentions of a commitment to defeat an armed force ("the UK and the Government of Iraq are committed to
    defeating these terrorists", "remains committed to destroying ISIL"), asserted: a state or force is committed
    to defeating (degrading, destroying) an armed group it is fighting, and says so of a war under way, as a
    campaign to defeat it is (campaign_purpose_rule). A resolve to defeat or destroy a state ("committed to
    destroying Israel") or to carry out attacks ("committed to carrying out attacks against the US") stays an
    intent, and so a threat (:func:`_committed_hostility`)."""
    for r in mentions:
        fought = r.source.type in CAMPAIGNER_TYPES and r.target.type in FORCE_TYPES
        yield replace(r, modality="asserted") if fought and r.modality == "planned" else r


#: Conjunctions of a clause that states a fact of its own, whatever the main clause plans ("*As* Iraqis unite
#: against ISIL, ISIL will try ...", "*while* Kurdish forces hold the line"); not "if", "when", "until".
OWN_TENSE_MARKS = frozenset({"as", "while", "because", "since", "although", "though", "whereas"})


def _own_tense(clause) -> bool:
    """Whether an adverbial clause with its own subject and a finite verb is introduced by one of
    :data:`OWN_TENSE_MARKS`: its tense is its own."""
    kids = list(clause.children)
    return clause.tag_ in ("VBP", "VBZ", "VBD") and any(c.dep_ == "mark" and c.lower_ in OWN_TENSE_MARKS
                                                        for c in kids) and any(c.dep_ in SUBJ for c in kids)


def _others_act(head, complement) -> bool:
    """Whether the complement of a verb of planning or wishing has a doer of its own, named by a noun:
    "wants *Turkey* to attack ISIS", "expects *Baghdad* to launch an offensive" (as the complement's
    subject or, parsed so, as the head's object)."""
    doers = [c for c in complement.children if c.dep_ in SUBJ] + [
        c for c in head.children if c.dep_ in ("dobj", "obj") and c.i < complement.i]
    return any(d.pos_ in ("PROPN", "NOUN") for d in doers)


def _polar_question(clause) -> bool:
    """Whether ``clause`` is asked as a yes-or-no question: its own "?" and no question word before it
    ("*Why* did Turkey shoot down the jet?" takes the shooting as known; "Did Turkey shoot down the jet?"
    does not)."""
    if not any(c.dep_ == "punct" and c.text == "?" for c in clause.children):
        return False
    return not any(t.tag_ in ("WRB", "WP", "WDT", "WP$") for t in clause.doc[clause.left_edge.i:clause.i])


#: Verbs saying that an event, their subject, happens ("the talks *took place*", "the attack *occurred*").
OCCURRENCE_VERBS = frozenset({"happen", "occur", "take", "go", "begin", "start", "resume", "proceed", "materialise",
                              "materialize"})


#: Verbs whose complement goes on: "X will *continue* to strike Y" says X strikes Y.
CONTINUING_VERBS = frozenset({"continue", "keep"})


#: Nouns of texts that propose acts: what their clause says they would do is not done.
PROPOSAL_NOUNS = frozenset({"resolution", "proposal", "draft", "bill", "motion"})


def _proposed(tok) -> bool:
    """Whether ``tok`` is in a clause that says what a proposal would do: "a Security Council resolution *that
    aims to tighten sanctions and impose a naval blockade* against Serbia"."""
    head = tok
    for _ in range(6):
        if head.dep_ in ("relcl", "acl") and head.head.i != head.i:
            return head.dep_ == "relcl" and head.head.lemma_.lower() in PROPOSAL_NOUNS and head.pos_ in ("VERB", "AUX")
        if head.head.i == head.i or head.dep_ not in ("xcomp", "conj", "dobj", "pobj", "prep", "ccomp"):
            return False
        head = head.head
    return False


#: Nouns whose "that" clause is what someone admits, claims, charges or fears, not a fact the text asserts.
CONTENT_NOUNS = frozenset({"admission", "claim", "allegation", "accusation", "charge", "suggestion", "report",
                           "rumour", "rumor", "belief", "fear", "denial", "assertion", "speculation", "suspicion",
                           "assurance", "promise", "guarantee", "confirmation", "acknowledgement",
                           "acknowledgment", "insistence", "demand", "threat", "warning", "hope", "idea", "notion",
                           "possibility", "theory", "view"})


def _presupposed(noun) -> bool:
    """Whether ``noun`` is an event its possessor is already engaged in, whatever the clause above
    plans or supposes: "seeking to join *the SDF's fight* against ISIL", "will support *Iraq's
    fight*". A light verb makes its object noun the subject's own event ("threatened to launch *its
    attack*"), which the clause's modality still governs; someone else's stays theirs ("join *the
    SDF's* fight").
    """
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj"):
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners:
        return False
    verb = noun.head
    while verb.dep_ in ("prep", "pobj", "pcomp") and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.lemma_.lower() not in triggers()["support_verbs"] or all(o.pos_ != "PRON" for o in owners)


def speaker(tok, index: ActorIndex) -> Optional[str]:
    """The actor whose reported speech contains ``tok`` ("X said Y attacked Z" → X)."""
    speech = triggers()["modality"]["speech_verbs"]
    head = tok
    for _ in range(4):
        if head.head.i == head.i:
            return None
        if head.dep_ in ("ccomp", "parataxis") and head.head.lemma_.lower() in speech:
            subj = [c for c in head.head.children if c.dep_ in SUBJ]
            if subj:
                found = actors_of(subj[0], index)
                return found[0].label if found else subj[0].text
            return None
        head = head.head
    return None


def _date_ents(sent) -> list:
    """The DATE entities with a token in ``sent``, in order.

    Read from the tokens' IOB tags: ``doc.ents`` (and ``Span.ents``) build every entity
    of the document, which made dating each relation O(document) and a long
    document quadratic.
    """
    doc = sent.doc
    ents, i = [], sent.start
    while i < sent.end:
        if doc[i].ent_type_ != "DATE":
            i += 1
            continue
        start, end = i, i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        ents.append(doc[start:end])
        i = end
    return ents


#: Words that make a date the bound of a stretch of time, not the time of the event: "the first
#: ambassador since 1961" presents his credentials now, "held until 2009" or "after the 2003 war" say
#: nothing of the day the event happened.
DATE_BOUNDS = frozenset({"since", "until", "till", "before", "after"})


def _bounds_a_period(ent) -> bool:
    """True if the date phrase ``ent`` is introduced by one of :data:`DATE_BOUNDS`."""
    doc = ent.doc
    return (ent[0].lower_ in DATE_BOUNDS or (ent.start > 0 and doc[ent.start - 1].lower_ in DATE_BOUNDS)
            or ent.root.head.lower_ in DATE_BOUNDS)


def _date_of(tok, doc_date, tense_future: bool):
    """The date an event happened: a date phrase attached to the trigger's clause, else the document date."""
    clause = {tok.i} | {c.i for c in tok.children}
    # The clause and every token whose head (or head's head) is in it lie in tok's sentence.
    for ent in _date_ents(tok.sent):
        if _bounds_a_period(ent):
            continue
        if any(t.i in clause or t.head.i in clause or t.head.head.i in clause for t in ent):
            resolved = resolve_date(ent.text, doc_date, future=tense_future)
            if resolved is not None:
                return resolved[0], resolved[1], ent.text
    if doc_date is None:
        return None, None, None
    return doc_date.isoformat(), "day", None


def _make(relation: str, src: ActorMention, tgt: ActorMention, tok, index: ActorIndex, doc_date,
          cameo: Optional[str], rule: str, confidence: float) -> Optional[RelationMention]:
    if src.actor_id == tgt.actor_id:
        return None
    sent = tok.sent
    if codes.relation_info(relation).kind == "event" and _one_party(src, tgt, tok.doc):
        return None
    if codes.relation_info(relation).kind == "event":
        # "an admission by Moscow", "talks with Tehran": a capital as the target of an event that cannot
        # be aimed at a place is its government (a capital as subject already is: actors._capital_metonymy).
        if relation not in PLACE_TARGETS and _named_party(tok.doc[tgt.head]):
            tgt = _capital_government(tgt)
        # Places do not act; only some events can be aimed at a place ("IS attacked Mosul").
        if src.type in PLACE_ONLY or (tgt.type in PLACE_ONLY and relation not in PLACE_TARGETS):
            return None
        if _sport_context().search(sent.text) or _scoreline(tok):
            return None
        if relation == "mobilizes" and tgt.country == src.country and tgt.type in ("Military", "Government"):
            # "Israel deploys 800 Israeli police officers": what is deployed is no target.
            return None
        if relation in PHYSICAL_RELATIONS and (_accident(tok) or _civil_craft_owner(tok.doc, src)
                                            or _figurative_conflict(tok)):
            return None
        if relation == "attacks" and tok.lemma_.lower() in CONTEST_VERBS and _rivals(src, tgt) and not _bodily(tok):
            # "Biden defeated Trump", "Labour's campaign to defeat the Tories": beating a rival at the polls is
            # no fight; states, their organs (police that beat demonstrators) and armed forces fight.
            return None
        if relation == "attacks" and _policy_object(tok):
            # "pledged to fight the EC proposals", "attacked the government's plan": fighting a proposal, a
            # law or a ruling is opposing it (and whoever made it), in words.
            relation, cameo = "opposes", "111"
        if relation == "meets" and tok.lemma_.lower() in HOSTING_VERBS and any(
                c.dep_ in OBJ and _military_noun(c) or c.lemma_.lower() in TROOP_WORDS for c in tok.children):
            # "an Iraqi base hosting U.S. troops": forces hosted are stationed there, not received for talks.
            return None
    src, tgt = _named_antecedent(src, sent, index), _named_antecedent(tgt, sent, index)
    mod = modality(tok)
    date, precision, date_text = _date_of(tok, doc_date, mod == "planned")
    if src.pronoun or tgt.pronoun:
        confidence *= 0.9
    if src.actor_id.startswith(("org:", "place:", "fac:", "person:")) and src.code is None:
        confidence *= 0.95
    return RelationMention(
        relation=relation, source=src, target=tgt, sent_start=sent.start_char, sent_end=sent.end_char,
        trigger=tok.text, cameo=cameo, modality=mod, confidence=round(confidence, 3), date=date,
        date_precision=precision, date_text=date_text, speaker=speaker(tok, index), rule=rule)


#: Relations of physical force, which a vehicle in an accident or a war of words does not exert.
PHYSICAL_RELATIONS = frozenset({"attacks", "coerces"})
#: Verbs of an accident: the deaths a crash causes ("crashed in stormy weather, *killing* 32") are no attack.
ACCIDENT_VERBS = frozenset({"crash", "collide", "capsize", "derail", "overturn", "plunge", "ditch", "crash-land",
                            "skid", "topple", "sink"})
#: Craft that carry no arms, and words that make a craft noun one of them ("a *cargo* ship", "a *passenger*
#: plane", "a *fishing* boat"): the state its modifier names does not act through them.
CIVIL_CRAFT_NOUNS = frozenset({"airliner", "jetliner", "ferry", "freighter", "trawler", "yacht", "bus", "train",
                               "car", "truck", "lorry", "minibus", "tanker", "supertanker", "containership"})
CIVIL_USE_WORDS = frozenset({"cargo", "passenger", "fishing", "merchant", "container", "commercial", "civilian",
                             "cruise", "tourist", "private", "chartered", "charter", "mail", "airline", "freight",
                             "grain", "oil", "car", "leisure", "pleasure", "sightseeing", "holiday"})
CRAFT_HEAD_NOUNS = frozenset({"ship", "plane", "airplane", "aeroplane", "boat", "vessel", "aircraft", "jet",
                              "helicopter", "carrier", "craft", "liner", "flight"})
#: Modifiers of a war, battle or offensive fought with no arms ("a *trade* war", "a *legal* battle", "a *charm*
#: offensive").
FIGURATIVE_CONFLICT_WORDS = frozenset({"trade", "price", "tariff", "currency", "propaganda", "media", "culture",
                                       "cultural", "legal", "court", "courtroom", "political", "diplomatic", "verbal",
                                       "charm", "pr", "publicity", "public-relations", "bidding", "takeover", "tax",
                                       "rate", "fare", "subsidy", "advertising", "ratings", "electoral", "election",
                                       "budget", "custody", "copyright", "patent", "rhetorical", "word",
                                       "words", "ideological", "chip", "steel", "beef", "banana", "textile"})
FIGURATIVE_CONFLICT_NOUNS = frozenset({"war", "battle", "fight", "offensive", "assault", "attack", "clash",
                                       "skirmish", "warfare", "confrontation", "showdown", "feud"})
#: What one fights in words: a text, a measure, a decision ("fight the EC *proposals*", "attacked the *plan*").
POLICY_NOUNS = frozenset({"proposal", "plan", "bill", "law", "legislation", "measure", "policy", "decision",
                          "ruling", "verdict", "decree", "reform", "regulation", "rule", "budget", "tax", "tariff",
                          "quota", "ban", "idea", "initiative", "resolution", "amendment", "motion", "treaty",
                          "charge", "allegation", "accusation", "claim", "extradition", "deportation", "scheme",
                          "statement", "remark", "comment", "report"})
#: Verbs of fighting that can be fought in words ("*fought* the proposals", "*attacked* the plan"); not striking,
#: bombing or shelling, which hit a programme's sites ("jets *struck* Iran's nuclear programme").
WORDY_FIGHT_VERBS = frozenset({"fight", "attack", "battle", "combat", "challenge", "assail", "resist"})
#: Verbs of winning over someone, which elections and contests use as much as wars ("defeated Trump").
CONTEST_VERBS = frozenset({"defeat", "beat", "crush", "rout", "trounce", "vanquish", "overwhelm"})


def _bodily(verb) -> bool:
    """Whether a verb of winning is a beating ("beat a fellow inmate *to death*", "beat *up* a reporter")."""
    return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children) or any(
        p.lower_ == "death" for p in _pobjs(verb, ("to",)))


def _rivals(a: ActorMention, b: ActorMention) -> bool:
    """Whether two mentions are named people or bodies of no state organ and no armed force: candidates,
    parties, teams."""
    return all(m.actor_id.startswith(("person:", "org:")) and m.type in ("Person", "Organisation")
               and not {w.lower() for w in re.split(r"[\s\-]+", m.label)} & ARMED_NAME_WORDS for m in (a, b))


#: Words in the name of a body that fights ("the Zintan *Brigades*", "the Nusra *Front*").
ARMED_NAME_WORDS = frozenset({"brigade", "brigades", "army", "militia", "militias", "front", "forces", "force",
                              "battalion", "battalions", "regiment", "corps", "guard", "guards", "fighters",
                              "mujahideen", "legion", "division"})
#: Verbs of hosting, whose object is a guest (a meeting) unless it is a force (a station).
HOSTING_VERBS = frozenset({"host", "house", "accommodate"})
TROOP_WORDS = frozenset({"troop", "troops", "soldier", "soldiers", "marine", "marines", "force", "forces",
                         "contingent", "personnel", "garrison", "battalion", "brigade", "unit", "units", "advisers",
                         "advisors", "trainers"})


def _accident(tok) -> bool:
    """Whether ``tok`` is an accident or what one does: "the plane that crashed, *killing* 32", "the ferry
    *capsized*"."""
    if tok.lemma_.lower() in ACCIDENT_VERBS and not any(c.dep_ in OBJ for c in tok.children):
        return True  # ("sank a ship", "overturned a ruling" are deeds; a ship that sinks is no attacker)
    # "crashed in stormy weather, *killing* 32": a participle of what the crash did; not an act with a doer of
    # its own ("crashed after it was *shot down* by rebels", "the ship sank, *hit* by two missiles").
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp", "conj") or tok.head.i == tok.i \
            or any(c.dep_ in SUBJ + PASSIVE_SUBJ + ("agent",) for c in tok.children):
        return False
    head = tok.head
    return head.lemma_.lower() in ACCIDENT_VERBS and not any(c.dep_ in OBJ for c in head.children) \
        and not any(c.dep_ in ("advcl", "conj") and c.i != tok.i and c.tag_ == "VBN" for c in head.children)


def _civil_craft(tok) -> bool:
    """Whether ``tok`` names a craft of no armed force: "an *airliner*", "a cargo *ship*", "a passenger *plane*"."""
    lemma = tok.lemma_.lower()
    if lemma in CIVIL_CRAFT_NOUNS:
        return True
    return lemma in CRAFT_HEAD_NOUNS and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in CIVIL_USE_WORDS for c in tok.children)


def _civil_craft_owner(doc, m: ActorMention) -> bool:
    """Whether the mention ``m`` only says whose (or where from) a civilian craft is: "a *South Korean* cargo
    ship hits a breakwater", "an *Indonesian* passenger plane crashed, killing 32": a state acts through
    its forces, not its merchant ships and airliners."""
    tok = doc[m.head]
    return tok.dep_ in ("amod", "compound", "nmod", "poss") and tok.head.i != tok.i and _civil_craft(tok.head)


def _figurative_conflict(tok) -> bool:
    """Whether ``tok`` is a war, battle or offensive fought with no arms: "a *trade war* between the US and
    Japan", "a *legal battle*", "a *war of words*", "a *charm offensive*"."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in FIGURATIVE_CONFLICT_NOUNS:
        return False
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in FIGURATIVE_CONFLICT_WORDS for c in tok.children):
        return True
    return any(p.lemma_.lower() in ("word", "nerve") for p in _pobjs(tok, ("of",)))


def _policy_object(tok) -> bool:
    """Whether the verb ``tok`` acts on a text, a measure or a decision, not on a party: "fight the EC
    *proposals*", "attacked the government's *plan*"."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in WORDY_FIGHT_VERBS:
        return False
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in POLICY_NOUNS for c in tok.children)


def _opposite_sides(between: list[ActorMention], doc) -> list[tuple[ActorMention, ActorMention]]:
    """Pairs of the actors of a "between" phrase that are on two sides of it. Where the phrase coordinates
    nouns ("battles between insurgents and *US and Iraqi forces*"), the actors of one noun are one side,
    allies; where it has one noun, its coordinated modifiers are the sides ("talks between *Israeli and
    Palestinian* negotiators"). A mention inside another's span is that actor again."""
    outer = _outermost(between, doc)
    by_head = len({m.head for m in outer}) > 1
    return [(s, t) for s, t in combinations(outer, 2)
            if s.actor_id != t.actor_id and not (by_head and s.head == t.head)]


def _restated_inside(a: ActorMention, b: ActorMention, doc) -> bool:
    """Whether ``a`` and ``b`` share a head word, one inside the other's span, without a coordination that
    makes two actors of them: "*Israel's opposition Labour party*" and its "Labour party" are one actor,
    "*Indian and* Pakistani troops" and "Pakistani troops" two."""
    if not (a.token_start < b.token_end and b.token_start < a.token_end) or (
            (a.token_start, a.token_end) == (b.token_start, b.token_end)):
        # (the same words may stand for two actors a rule infers: a crowd and its government, "protesters")
        return False
    if a.head != b.head:
        # ("*Anti-Japanese* protests": a crowd named by whom it is against)
        return False
    start, end = min(a.token_start, b.token_start), max(a.token_start, b.token_start)
    return not any(doc[j].dep_ == "cc" or doc[j].text == "," for j in range(start, end))


def _outermost(mentions, doc) -> list:
    """``mentions`` without those that restate another inside its span (:func:`_restated_inside`)."""
    return [m for m in mentions if not any(
        o is not m and o.token_start <= m.token_start and m.token_end <= o.token_end
        and (o.token_start, o.token_end) != (m.token_start, m.token_end) and _restated_inside(o, m, doc)
        for o in mentions)]


def _one_party(a: ActorMention, b: ActorMention, doc) -> bool:
    """Whether two mentions are one party of an event: one restating the other inside its span ("*Israel's
    opposition Labour party*" and its "Labour party"), or one name read twice as two kinds of actor
    ("CoFACE" a person and an organisation)."""
    if _restated_inside(a, b, doc):
        return True
    return not a.pronoun and not b.pronoun and a.surface.lower() == b.surface.lower() and (
        a.token_start, a.token_end) != (b.token_start, b.token_end)


def _named_antecedent(m: ActorMention, sent, index: ActorIndex) -> ActorMention:
    """A body's pronoun ("Russia said *it* would ...", "The U.S. reaffirms *its* commitment to support
    Y") as the name it stands for when the sentence writes that name before it: the relation is
    stated of the named actor, as the reader reads it (:mod:`graphbuilder.coref`).  Not a speaker's
    "we": the body named in the attribution ("said the Taliban spokesman") is not what the quotation says."""
    from .coref import FIRST_PERSON

    if not m.pronoun or m.type == "Person" or m.surface.lower() in FIRST_PERSON:
        return m
    named = [x for x in index.mentions if x.actor_id == m.actor_id and not x.pronoun
             and sent.start <= x.token_start and x.token_end <= m.token_start]
    return named[-1] if named else m


def _pairs(relation: str, sources, targets, tok, index, doc_date, cameo, rule, confidence, mutual):
    if codes.relation_info(relation).kind == "event":
        # ("*Israel's opposition Labour party* began talks": not its inner "Labour party" again)
        sources, targets = _outermost(sources, tok.doc), _outermost(targets, tok.doc)
    for s in sources:
        for t in targets:
            r = _make(relation, s, t, tok, index, doc_date, cameo, rule, confidence)
            if r is not None:
                yield r
    if mutual and not targets and len(sources) >= 2:
        # "India and Pakistan clashed", "X and Y signed an accord": each did it to the other; a symmetric
        # relation is stored once per pair, a directed one needs both directions (word order says nothing).
        both = not codes.relation_info(relation).symmetric
        for s, t in combinations(sources, 2):
            for a, b in ((s, t), (t, s)) if both else ((s, t),):
                r = _make(relation, a, b, tok, index, doc_date, cameo, rule, confidence)
                if r is not None:
                    yield r


#: Nouns of freeing or handing over: their "of" object is what is to be freed, not who is asked.
RELEASED_NOUNS = frozenset({"release", "freedom", "freeing", "return", "handover", "extradition", "repatriation"})


#: Who can be visited in person, besides places ("visited U.S. troops at Incirlik").
VISITED_TYPES = frozenset({"Person", "Military", "Government", "ArmedGroup"})


#: Verbs of accusing that, with a phrase of direction and no object, are a rush ("charged *into* the camp").
RUSH_VERBS = frozenset({"charge"})
#: Prepositions of a rush's direction.
RUSH_PREPS = frozenset({"into", "at", "through", "toward", "towards", "across", "onto", "down", "up"})


def _rush(verb) -> bool:
    """Whether ``verb`` of accusing is a physical charge: "the army *charged into* a refugee camp",
    "police *charged at* protesters" accuse nobody (but "charged Ukraine with shelling", "charged
    that Japan had violated its airspace" do)."""
    # (a clause before the verb is no charge's content: "after a mortar killed ..., the army charged into")
    if verb.lemma_.lower() not in RUSH_VERBS or any(c.dep_ in OBJ or (c.dep_ == "ccomp" and c.i > verb.i)
                                                    for c in verb.children):
        return False
    return any(c.dep_ in ("prep", "prt") and c.lower_ in RUSH_PREPS for c in verb.children)


#: Relations of backing someone, whose object may be an attack ("supported the offensive on Kabul").
BACKING_RELATIONS = frozenset({"supports", "cooperates", "aids"})
#: Nouns of a war, which a place names by where it is fought ("the Iraq war", "the Iraq invasion").
THEATRE_NOUNS = frozenset({"war", "invasion", "occupation"})
#: Prepositions that name what an attack is aimed at.
ATTACK_TARGET_PREPS = frozenset({"on", "upon", "against", "into", "at"})


#: Relations of a state's forces acting on people, whose unnamed forces may be the story's state's.
REPRESSION_RELATIONS = frozenset({"attacks", "coerces"})
#: Nouns (lemmas) of a state's forces of order named without their state -> their organ (sector).
UNNAMED_FORCE_NOUNS = {"police": "COP", "policeman": "COP", "policemen": "COP"}
#: Words that make a "force" or "officer" a state's forces of order.
ORDER_FORCE_WORDS = frozenset({"security", "police", "riot"})


def _unnamed_forces(verb, passive: bool, index: ActorIndex) -> list[ActorMention]:
    """"*Security forces* opened fire on protesters", "protesters were beaten *by police*": a state's
    forces of order the sentence names by a common noun ("police", "riot police", "security forces",
    "police officers"), in a story that names one state (:func:`_document_state`), are its own: its
    police (``COP``) or its military (``MIL``, as "Iraqi security forces" are). Not forces of a named
    body ("the police *of Kosovo*", "*UN* police") or a foreign one ("*foreign* forces"), nor "forces"
    no word makes forces of order (an army's fight may be abroad)."""
    if passive:
        nouns = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    else:
        nouns = _holder_subjects(verb)[1]
    return [m for noun in nouns[:1] for m in _unnamed_force(noun, index)]


#: Nouns (lemmas) of a force's men, whose force the words before them name ("security force *members*").
FORCE_MEMBER_NOUNS = frozenset({"officer", "member", "personnel", "agent"})


def _unnamed_force(noun, index: ActorIndex) -> list[ActorMention]:
    """The story state's organ (:func:`_unnamed_forces`) a common noun of forces of order names: "police",
    "riot police", "security forces" (``MIL``), "police officers", "security force members"."""
    lemma = noun.lemma_.lower()
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod")]
    # ("security force members": the words before a compound's head too)
    words = {c.lower_ for c in mods} | {g.lower_ for c in mods for g in c.lefts if g.dep_ in ("compound", "amod")}
    if lemma in FORCE_MEMBER_NOUNS or noun.lower_ in ("officers", "members"):
        sector = "COP" if "police" in words else "MIL" if "security" in words else None
    elif lemma in ("force", "forces"):
        sector = ("COP" if "police" in words else "MIL") if words & ORDER_FORCE_WORDS else None
    else:
        sector = UNNAMED_FORCE_NOUNS.get(lemma)
    start = min([noun.i] + [c.left_edge.i for c in mods])
    # (a body's or state's own: "*UN* police", "the police *of Kosovo*", "*their* forces")
    if sector is None or any(index.at(i) is not None for i in range(start, noun.i + 1)) or _prep_actors(
            noun, ("of",), index) or words & ALIEN_MODIFIERS or any(c.dep_ == "poss" for c in noun.children):
        return []
    state = _document_state(noun.doc, index)
    if state is None:
        return []
    span = noun.doc[start:noun.i + 1]
    base = ActorMention(actor_id=state, label=state, type="Country", country=state, code=state,
                        surface=span.text, start=span.start_char, end=span.end_char, token_start=span.start,
                        token_end=span.end, head=noun.i)
    return [_state_organ_at(base, sector)]


def _names_attack(tok) -> bool:
    """Whether the noun ``tok`` is an attack ("offensive", "strikes", "war") by the event-noun triggers."""
    nouns = triggers()["nouns"]
    e = nouns.get(tok.lower_) or nouns.get(tok.lemma_.lower())
    return bool(e) and e["relation"] == "attacks"


#: Lemmas of auxiliaries proper.  A verb the parser makes the auxiliary of a participle that is none of them
#: ("UK *helps* raped Rwandan women") is the clause's verb, and the participle an adjective of its object.
AUXILIARY_LEMMAS = frozenset({"be", "have", "do", "will", "would", "shall", "should", "can", "could", "may",
                              "might", "must", "ought", "need", "dare", "get", "to", "'s", "'ve", "'d", "'ll",
                              "wo", "ca", "'re", "'m", "use"})


def _participle_adjective(verb) -> bool:
    """Whether a past participle is an adjective the parser took for the clause's verb: "UK helps raped
    Rwandan women" (parsed with "helps" its auxiliary) says the UK helps women who were raped, by nobody the
    sentence names, and the UK raped nobody."""
    return verb.tag_ in ("VBN", "VBD") and any(
        c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.lemma_.lower() not in AUXILIARY_LEMMAS
        and c.lower_ not in AUXILIARY_LEMMAS and c.tag_ in ("VBZ", "VBP", "VBD", "VB") for c in verb.children)


def _headline_passive(verb) -> bool:
    """Whether a verb is a headline's bare past participle: "Labour attacked on Howard poster" is a headline's
    "Labour (was) attacked over the Howard poster", no attack by Labour, and the "on" phrase its topic; in
    "France aids wounded Malian soldiers" (parsed with "aids" a noun) "wounded" qualifies the soldiers.  A
    headline writes its own active verb in the present ("Labour attacks Howard")."""
    return verb.i < headline_end(verb.doc) and verb.tag_ in ("VBD", "VBN") \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


#: Relations of a reciprocal verb whose "with" names a third party ("X and Y negotiated with Z").
THIRD_PARTY_RELATIONS = frozenset({"meets", "cooperates"})
#: Verbs of greeting, which the CAMEO dictionary codes as praise (051): said of guests, they are a host's
#: greeting (a meeting, :func:`addressed_rule`), no praise of the guests.
GREETING_VERBS = frozenset({"welcome", "greet"})
#: Prepositions of where, or to what, a host greets guests ("welcomed Chirac *to* a summit", "greeted the
#: delegation *at* the airport").
GREETED_AT_PREPS = frozenset({"to", "at"})


def _greets_guests(verb, index: ActorIndex) -> bool:
    """Whether a greeting verb greets people somewhere: "Zapatero welcomes Chirac and Schroeder to a summit",
    "the EU welcomed the Libyan leader to Brussels", "Macron was welcomed to Berlin by Merkel"; not "welcomed
    the decision", "welcomed the new government" (praise of what, or of a body far away)."""
    passive = any(c.dep_ in PASSIVE_SUBJ for c in verb.children)
    guests = [c for c in verb.children if c.dep_ in (PASSIVE_SUBJ if passive else OBJ)]
    # (the parser may hang the "to" on the guest: "welcomed [the Libyan leader to Brussels]")
    holders = [verb] + [g for c in guests for g in _conjuncts(c)]
    return any(c.dep_ == "prep" and c.lower_ in GREETED_AT_PREPS for h in holders for c in h.children) \
        and any(_addressees(g, index, people_only=True) for g in guests)


#: Nouns for people received as guests ("received *a delegation* from Hamas").
GUEST_NOUNS = frozenset({"delegation", "delegate", "visitor", "guest", "envoy", "emissary", "mission", "team",
                         "group", "ambassador", "representative"})


def _receives_thing(verb, index: ActorIndex) -> bool:
    """Whether "receive" has a thing for its object, not guests: "received support from Obama", "received a
    letter from X" (who gave or sent it is no guest the subject hosted); not "received the Thai foreign
    minister", "received a delegation from Hamas"."""
    objects = [c for c in verb.children if c.dep_ in OBJ]
    return bool(objects) and not any(
        index.at(o.i) is not None or _addressees(o, index) or o.lemma_.lower() in GUEST_NOUNS for o in objects)


#: Verbs of handing people or things over ("agreed to *hand over* Taliban leaders to Afghan authorities"): who
#: is handed over is no partner of a promise or an agreement to do it; whom they are handed to is.
HANDOVER_VERBS = frozenset({"hand", "turn", "transfer", "extradite", "deport", "repatriate", "surrender",
                            "return", "release", "free"})


def _handed(obj) -> list:
    """The words naming what an object of handing over is, with their modifiers ("some *Taliban* leaders",
    "the leaders *of Hamas*"), not a "to" phrase the parser hung on it (whom they go to)."""
    out = [w for c in obj.lefts for w in c.subtree] + [obj]
    return out + [w for p in _pobjs(obj, ("of",)) for w in p.subtree]


def verb_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``X met (with) Y``, ``Y was attacked by X``, ``X and Y agreed``, ``X hosted Y`` ..."""
    lexicon = codes.verb_lexicon()
    reciprocal = frozenset(triggers()["reciprocal_verbs"])
    modifier_ok = frozenset(triggers()["modifier_relations"])
    for tok in select(doc, pos=("VERB",)):
        lemma = tok.lemma_.lower()
        entry = _verb_entry(tok, lexicon)
        if entry is None:
            continue
        relation, cameo, target_prep = entry
        if relation == "opposes" and _rush(tok):
            continue
        if lemma == "claim" and _claims_an_act(tok):
            # "The Taliban claimed the attack on Indian diplomats": owning up to an act (the noun rule's
            # author of it), no allegation against its target.
            continue
        if _participle_adjective(tok) or _headline_passive(tok):
            continue
        if relation == "visits" and lemma in DEPARTING_VERBS and any(c.dep_ in OBJ for c in tok.children):
            # "militants set off an IED", "set off protests", "rushed reinforcements to Mosul", "returned the
            # bodies to Iraq": who sets off, rushes or returns something does not go there.
            continue
        if relation == "supports" and lemma in GREETING_VERBS and _greets_guests(tok, index):
            # "Zapatero welcomes Chirac to a summit": a host greeting guests meets them (addressed_rule).
            continue
        if relation == "meets" and lemma == "receive" and _receives_thing(tok, index):
            # "Mohamed received support from Obama", "received a call from X": no one hosted.
            continue
        if relation == "supports" and lemma in CONDEMN_VERBS and _condemned_authors(tok, index):
            # "condemned the murders of a family by soldiers of the army": the dictionary's sympathy with the
            # victims (051) is, when the act's author is named, a censure of him (condemned_attacker_rule).
            continue
        abroad = False
        if (cameo or "").startswith("03") and any(
                c.dep_ == "xcomp" and (lemma in PLAN_VERBS or (
                    (e := _verb_entry(c, lexicon)) is not None and e[0] in HOSTILE)) for c in tok.children):
            # "Russia plans to attack Ukraine", "Lyng plans to ask Japan": a plan is what is planned (its own
            # event, planned; a hostile one a threat), not an intent to cooperate with the plan's target; so is
            # a promise of a hostile act.
            continue
        subjects, passive = _subjects(tok, index)
        if relation == "protests" and not passive and all(m.type in PLACE_ONLY and not m.country for m in subjects):
            # "Students gathered in Cairo to protest against Israel": a crowd, of the state where it is
            # (also "*Yellow Vest* protesters", a name the NER took for a place of no state).
            subjects = _crowd(tok, index) or _home_crowd(tok, tok, index)
        if target_prep:
            # The phrase names where its target is: "condemn attack *against* X" supports X.
            holders = [tok] + [c for c in tok.children if c.dep_ in OBJ]
            sources = _agent(tok, index) if passive else subjects
            # ("sells Green Giant *to* B&G Foods": the parser's dative is the phrase's "to")
            targets = [m for h in holders for c in h.children if c.dep_ in ("prep", "dative")
                       and c.lower_ == target_prep for p in c.children if p.dep_ == "pobj" for m in actors_of(p, index)]
            agents = [m for h in holders[1:] for m in _prep_actors(h, ("by",), index)]
            if relation == "opposes" and agents:
                # "condemned the killing of Palestinians *by Israeli troops*": who is condemned did it.
                targets = agents
            if not targets and not passive and lemma not in COMMERCE_VERBS:
                # "received *the Thai foreign minister*" (the phrase's "receive minister of X"), "condemned
                # *the Israeli army*": an object that is an actor itself is the target ("condemned the Russian
                # attack", whose actor only modifies it, is not "condemned the attack against Russia").
                # But when the phrase's target is who did the object's act ("refuse demand *by* X"), a
                # possessor or demonym names that doer: "refused *Albania's* demand", "backed the *Egyptian*
                # proposal".
                targets = actors_of(holders[1], index, modifiers=target_prep == "by") if len(holders) > 1 else []
        elif passive:
            agents = _agent(tok, index)
            if not agents and relation == "attacks":
                # "Three Israeli soldiers were killed *in a Hezbollah ambush*", "killed in an Israeli air
                # strike": the attack's author is who killed them.
                agents = _attack_authors(tok, index)
                # and where they were killed is unsaid: not the attacker's home ("killed in Saudi-led
                # airstrikes" are no Saudi victims)
                abroad = bool(agents)
            sources, targets = agents, subjects
            if not subjects and relation in SCENE_TARGETS:
                # "A school for Palestinian refugees was shelled", "the homes of X were raided": what is hit
                # belongs to its target.
                targets = [m for c in tok.children if c.dep_ in PASSIVE_SUBJ
                           and c.lemma_.lower() not in RELATIONAL_NOUNS for m in _prep_actors(
                               c, ("of", "for") if c.lemma_.lower() in SHELTER_NOUNS else ("of",), index)]
            if not agents and (relation == "coerces" or (relation == "opposes" and (cameo or "").startswith("09"))):
                # "A US national has been put under investigation in Italy", "a missionary from Calgary was
                # arrested in Lebanon": who arrests or investigates, unnamed, are the authorities of the
                # state where.
                sources, targets = _unnamed_authority(tok, targets, index)
        else:
            sources = subjects
            if not sources and relation == "attacks":
                # "Two rockets fired by Hezbollah struck northern Israel": the weapon's author.
                sources = _weapon_author(tok, index)
            targets = _objects(tok, index, _argument_preps(tok, relation, _target_preps(relation, cameo), index),
                               modifiers=relation in modifier_ok and not _restated(tok, relation))
            if tok.lemma_.lower() in DRIVING_OUT_VERBS | EXPEL_VERBS and any(c.dep_ in OBJ for c in tok.children):
                # "expelled ISIL from Ramadi", "expelled two diplomats from Moscow": the place is where they
                # are driven from, not a second target
                targets = [t for t in targets if not (t.type in PLACE_TYPES and doc[t.head].dep_ == "pobj"
                                                      and doc[t.head].head.lower_ == "from"
                                                      and doc[t.head].head.head.i == tok.i)]
            if relation in ORIGIN_BLIND_RELATIONS and lemma not in TAKING_FROM_VERBS:
                # "From Syria, Hezbollah fired rockets at Israel", "threatened Turkey from Iraq": the place a
                # blow or a threat comes from is where its author is, not what it is aimed at.
                targets = [t for t in targets if not _origin_place(t, tok, doc)]
            if lemma in COMMERCE_VERBS:
                # "General Mills buys Green Giant": what is bought or sold, a firm too, is no partner in the
                # trade (who it is bought from or sold to is; and whose goods: "buys Iranian oil").
                targets = [t for t in targets if not (doc[t.head].dep_ in OBJ and doc[t.head].head.i == tok.i)]
                # nor where it is bought: "buys two backpacks *at* a Target in Watertown" (a shop)
                targets = [t for t in targets if not _under_prep(doc[t.head], tok, SHOP_PREPS)]
            if relation in BACKING_RELATIONS and any(c.dep_ in OBJ and _names_attack(c) for c in tok.children):
                # "Pakistan supported the Taliban offensive *on Kabul*": the parser hangs the attack's target
                # on the verb of backing; what is attacked is not what is backed
                targets = [t for t in targets if not (doc[t.head].head.dep_ == "prep" and doc[t.head].head.head == tok
                                                      and doc[t.head].head.lower_ in ATTACK_TARGET_PREPS)]
        if not sources and relation in REPRESSION_RELATIONS:
            # "security forces fired tear gas to disperse the crowds" in a story about Iraq: Iraq's.
            sources = _unnamed_forces(tok, passive, index)
        if passive and not sources and relation == "attacks" and (fired := _fired_weapon(tok, index)) is not None:
            sources, targets = fired
        if relation == "sanctions" and _withholds_hostility(tok):
            # "called off (halted, suspended) airstrikes against the rebels": ending a hostile act is no
            # sanction of its target; the CAMEO phrase means cutting ties, aid or talks.
            continue
        if not targets and not passive and not target_prep:
            # "X threatened to attack Y": the target sits in the complement (but "X claimed to have
            # captured Y" is X's word on its own act).
            for child in tok.children if lemma not in CLAIM_VERBS and not _unnamed_addressee(tok, relation) else ():
                if child.dep_ == "xcomp":
                    if any(g.dep_ in SUBJ for g in child.children):
                        # "abused women *fleeing the group*": a participle with a subject of its own is what
                        # its subject does, not an act of the verb's subject.
                        break
                    if relation not in HOSTILE and _hostile_purpose(child):
                        # "supported the offensive to defeat ISIL", "helped to destroy X": whom a friendly act's
                        # hostile purpose is aimed at is no partner (campaign_purpose_rule).
                        break
                    if relation == "threatens" and (act := _verb_entry(child, lexicon)) is not None \
                            and act[0] in THREAT_CAMEO:
                        cameo = THREAT_CAMEO[act[0]]
                    # "refused to allow *UN* inspectors in", "threatened to attack *Turkish* positions": a
                    # hostile act's target may be a modifier; a threat of an act has the act's threat code (138).
                    # (Not who is asked: "called on member states to boycott *Israeli* goods".)
                    targets = _objects(child, index, modifiers=relation in modifier_ok and relation in HOSTILE) or (
                        _complement_targets(child, index, relation in modifier_ok) if relation in modifier_ok else [])
                    if child.lemma_.lower() in COMMERCE_VERBS:
                        # "Dow Jones agreed to buy MarketWatch": what is to be bought, a firm too, is no
                        # partner of the agreement (as for the verb itself, below).
                        targets = [t for t in targets if not (doc[t.head].dep_ in OBJ and doc[t.head].head.i == child.i)]


                    if child.lemma_.lower() in HANDOVER_VERBS and relation not in HOSTILE:
                        # "Islamabad agreed to hand over *Taliban* leaders to Afghan authorities": who is handed
                        # over is no partner of the agreement; whom they are handed to is.
                        handed = {w.i for c in child.children if c.dep_ in OBJ for w in _handed(c)}
                        targets = [t for t in targets if t.head not in handed]
                    if (cameo or "").startswith("03"):
                        # "Kostunica promised to democratize *Serbia*", "vowed to rebuild Afghanistan" (its
                        # president): a promise about one's own state is no intent to cooperate with it.
                        own = {m.country for m in sources if m.country}
                        targets = [t for t in targets if not (t.type in PLACE_TYPES and t.country in own)]
                    if child.lemma_.lower() == "be":
                        # "Kerry promised *to be a U.S. president* who ...": what the subject is to be is himself,
                        # no partner (but "to be a partner *to Kiev*" keeps Kiev)
                        targets = [t for t in targets if not (doc[t.head].dep_ in ("attr", "acomp", "oprd")
                                                              and doc[t.head].head.i == child.i)]
                    if not targets and child.lemma_.lower() in triggers()["stationing"]["verbs"]:
                        # "Pakistan refused to deploy peacekeepers in Iraq": the state troops would go to.
                        targets = [m for h in [child] + [c for c in child.children if c.dep_ in OBJ]
                                   for m, _ in _places(h, index, ("in", "to", "into")) if m.type == "Country"]
                    break
            if not targets and relation in modifier_ok:
                # "demanded that its *European Community* partners refuse": who is asked may be named
                # by a modifier of the clause's subject.
                demand = relation == "requests"
                # "imposed sanctions on *Iran's* oil industry", "banned imports of *British* beef": what a
                # measure hits belongs to its target.
                targets = _complement_targets(tok, index, modifiers=demand or relation in MEASURE_RELATIONS,
                                              demand=demand, hostile=relation in HOSTILE)
        if relation in ("opposes", "rejects") and not passive and not target_prep and any(
                c.dep_ in OBJ and index.at(c.i) is None for c in tok.children) and (
                agents := _prep_actors(tok, ("by",), index)):
            # "deplored the execution of a dissident *by Iran*": the parser hangs the agent of the
            # object's event on the verb; who is disapproved of is who did it.
            targets = agents
        if not targets and relation == "threatens" and not passive:
            # "warned of a nuclear war with Y", "warned of sanctions against Y": the target of the act warned of.
            nouns = triggers()["nouns"]
            targets = [m for p in _pobjs(tok, ("of",))
                       for e in [nouns.get(p.lower_) or nouns.get(p.lemma_.lower())]
                       if e and e["relation"] in HOSTILE for m in _prep_actors(p, e["prep"], index)]
        if relation == "requests" and targets:
            # "The ANC demanded the release of Mandela": who is to be freed (returned, handed over) is not
            # who is asked; whoever holds them is, named or not.
            freed = {m.head for c in tok.children if c.dep_ in OBJ and c.lemma_.lower() in RELEASED_NOUNS
                     for p in _pobjs(c, ("of",)) for m in actors_of(p, index)}
            targets = [t for t in targets if t.head not in freed]
        if relation == "cooperates" and lemma in EXPEL_VERBS:
            # "the U.S. deported the Canadian citizen to Syria": where someone is sent away to took no part.
            continue
        if relation == "visits" and lemma == "attend":
            # One attends an event, never a state: "attended, meeting ... to discuss topics including the
            # migration crisis, Syria and Libya" is a parse that made the topics its object.
            targets = [t for t in targets if t.type != "Country"]
        if relation == "mobilizes":
            # "placed its air force on alert": what is deployed or alerted is no target (see _make).
            targets = [t for t in targets if not (t.country in {m.country for m in sources}
                                                  and t.type in ("Military", "Government"))]
        if relation in ("aids", "mobilizes") and lemma in STATIONING_MOVES and targets:
            # "Russia deploys troops to Ukraine", "Turkey sends troops into Syria": forces sent to a state are
            # stationed there (stationing_rule), neither aid to it nor, by itself, a show of force against it.
            relation, cameo, targets = _deployed_for(tok, relation, cameo, targets, sources, index)
        if passive and not sources and (relation == "mobilizes" or (
                relation == "aids" and lemma in STATIONING_MOVES)):
            # "Thousands of Russian troops have been deployed near the Ukrainian border": forces deployed or
            # alerted, by no one named, are their own state's show of force.
            sources, targets = [m for m in subjects if m.type in FORCE_TYPES | {"Country"}], []
        if not targets and (relation == "mobilizes" or (relation == "aids" and lemma in STATIONING_MOVES)) \
                and (across := _across_border(tok, sources, index)):
            # "sent reinforcements to its border with Syria", "massed troops on the Lebanese border": the
            # state across the border; troops sent to a border are a show of force, not the aid sending
            # troops to a state is.
            relation, cameo, targets = "mobilizes", cameo if relation == "mobilizes" else "154", across
        if not targets and relation == "mobilizes":
            # "mobilized reservists for a war against Iraq": the target of the event mobilized for.
            nouns = triggers()["nouns"]
            targets = [m for p in _pobjs(tok, ("for",)) if p.lower_ in nouns
                       for m in _prep_actors(p, nouns[p.lower_]["prep"], index)]
        if relation == "attacks" and lemma in ENGAGE_VERBS and not passive:
            if (talk := _engagement_talk(tok)) is not None:
                # "X engaged with Y in talks": the dictionary's combat is a meeting.
                relation, cameo, tok = "meets", "040", talk
            elif not any(c.dep_ in OBJ for c in tok.children) and any(t.type not in FORCE_TYPES for t in targets):
                # "The United States engaged with the Syrian opposition": engaging *with* someone who is
                # no armed force is dealing with him, not fighting (but "troops engaged with the rebels",
                # and "strikes engaged ISIL units" with an object, are combat).
                continue
        rule, confidence = "verb", 0.85
        if not targets and relation in HOSTILE and not passive and (speech := _speech_head(tok)) is not None \
                and any(c.dep_ in OBJ and any(g.dep_ == "poss" and g.lower_ in SELF_POSSESSIVES for g in c.children)
                        for c in tok.children):
            # "Ukraine said Russian forces shelled *its* positions": the speaker's own.
            targets = [m for m in _subjects(speech, index)[0] if m not in sources]
        if not targets and relation in SCENE_TARGETS:
            # "hacked into the computers of South Korean army officers", "fired at the homes of Palestinian
            # militants": what is hit belongs to its target (as a measure's object does: _complement_targets).
            # (not "fought *on the side of* the government", "acted *on behalf of* Iran": a partner)
            # (nor "attacks against two *neighbours of* Nigeria": others than Nigeria)
            targets = [m for p in _pobjs(tok, AIMED_PREPS | {target_prep} - {None}) if not actors_of(p, index)
                       and p.lemma_.lower() not in PARTNER_SIDE_NOUNS | RELATIONAL_NOUNS
                       for m in _prep_actors(p, ("of",), index)]
        if targets and relation in PEOPLE_ACTS and not passive and (fled := _fled_object(tok)) is not None:
            # "beat refugees *from Turkey* at the border": the parser hangs the people's "from" on the verb; it
            # says where they came from, no party of the act (the people are, if their own words give their state).
            targets = [t for t in targets if not _from_after(doc[t.head], fled)]
        if targets and relation in PEOPLE_ACTS and not passive:
            targets = _origins_as_people(tok, targets)
        seen_at = None
        if not targets and sources and relation in PEOPLE_ACTS:
            # "ISIL killed 35 civilians in Mosul", "shelled refugees from Aleppo": an act on people named by a
            # common noun is an act on them, the people of the state the text names for them (ICEWS's
            # "Civilians (Iraq)"), not on the place where it happened: that place is where they were.
            if target_prep:
                args = _pobjs_of([tok] + [c for c in tok.children if c.dep_ in OBJ], (target_prep,))
            else:
                args = _acted_on(tok, passive, _target_preps(relation))
            party = next((hit for a in args if (hit := _people_party(a, tok, index)) is not None), None)
            if party is not None:
                (people, seen_at), rule, confidence = party, "verb-people", 0.75
                targets = [people]
        if not targets and sources and relation in REPRESSION_RELATIONS and not abroad and any(
                a.lemma_.lower() in REPRESSED_GATHERINGS or _protest_noun(a) for a in _acted_on(tok, passive)):
            # "police dispersed a protest in Luanda": those who protest, not the town, are repressed.
            targets, rule, confidence = _domestic_people(tok, sources, index, passive), "verb-domestic", 0.7
        if not targets and sources and relation in REPRESSION_RELATIONS and all(
                m.type == "ArmedGroup" for m in sources):
            # "Taliban fighters attacked a checkpoint, killing 12 security force members" in a story about
            # Afghanistan: its forces, attacked by an armed group (not by a state's own organs, "police arrested
            # police officers", nor by a body a relative clause's noun names: "the bombing of a *UN* office
            # that injured six policemen").
            targets = [m for a in _acted_on(tok, passive) for m in _unnamed_force(a, index)][:1]
            rule, confidence = "verb-forces", 0.7
        if not targets and relation in SCENE_TARGETS and (_fights_ill(tok) or _disarms(tok)):
            # "helped fight corruption in Ukraine", "fights against terrorism in Nigeria": a war on an ill
            # is no act against the place it is fought in; nor is destroying weapons of mass destruction there.
            continue
        if not targets and relation in SCENE_TARGETS and not target_prep and _scene_patient(tok, passive) \
                and _forceful_scene(tok, relation, sources) and lemma not in DISPERSE_VERBS:
            # (dispersing is done to a crowd, never to the town it gathers in: "dispersed a sit-in in Cairo")
            # "imposed a curfew in the town of Cizre in southeastern Turkey", "blew up power lines leading
            # into Kabul": a hostile act on no named party is an act on the place where it happens.
            targets, rule, confidence = _scene(tok, index, {m.actor_id for m in sources}), "verb-scene", 0.7
            # "struck targets in Syria and Lebanon": each place named together.
            targets += [m for t in targets for c in doc[t.head].conjuncts for m in [index.at(c.i)]
                        if m is not None and m.type in PLACE_TYPES and m.country and m not in targets]
            targets = _foreign_scene(tok, relation, sources, targets, passive)
        if not targets and relation == "attacks" and sources and _forceful_scene(tok, relation, sources):
            targets, rule, confidence = _aimed_scene(tok, index, {m.actor_id for m in sources}), "verb-scene", 0.7
            targets = _foreign_scene(tok, relation, sources, targets, passive)
        if not targets and sources and relation in DOMESTIC_TARGETS and not abroad and (
                not target_prep or (relation in ("attacks", "coerces") and target_prep in AIMED_PREPS)):
            # ("fired on protesters": the phrase's target preposition names them)
            # "Egyptian police opened fire on demonstrators": a state's organs acting on people named by
            # a common noun, where no other state is named, act at home.
            targets, rule, confidence = _domestic_people(tok, sources, index, passive), "verb-domestic", 0.7
        if not targets and relation in MEDIATING_RELATIONS:
            # "launched a mediation effort between the Emirates and Saudi Arabia": with each party.
            targets = [m for h in [tok] + [c for c in tok.children if c.dep_ in OBJ]
                       for m in _prep_actors(h, ("between",), index)]
        if relation == "visits":
            # "visited U.S. troops at Incirlik": the place, and the people visited there (not what names
            # the place's owner: "visited the Iraqi base at Taji").
            visited = [] if passive else [m for c in tok.children if c.dep_ in ("dobj", "obj") for m in (
                _named(c, index, VISITED_TYPES) or (_addressees(c, index) if index.at(c.i) is None else []))
                if not m.pronoun and m.type in VISITED_TYPES]
            places = [t for t in targets if t.type in PLACE_TYPES]
            targets = places + [m for m in visited if m not in places] if places else targets
        elif relation == "protests":
            if not passive and any(t.type == "InternationalOrganisation" and _under_prep(doc[t.head], tok, {"to"})
                                   for t in targets):
                # "Cyprus protested *to the United Nations* over violations by the Turkish air force": a body
                # of states the protest is lodged with is its addressee; it is aimed at who the matter names.
                targets = [t for t in targets if not (t.type == "InternationalOrganisation"
                                                      and _under_prep(doc[t.head], tok, {"to"}))]
                targets = targets or [m for p in _pobjs(tok, ("over", "about")) for m in _actors_below(p, index)
                                      if m.type not in PLACE_ONLY]
            if lemma in HURLING_VERBS:
                # "protesters threw a Molotov cocktail", "hurled rocks at police": what is thrown is no target.
                targets = [t for t in targets if not _in_object(doc[t.head], tok)]
            # "blocked transport into Abidjan": a protest aimed at a place is aimed at the government there.
            targets = [_government_at(t) if t.type in PLACE_ONLY and t.country else t for t in targets]
        # "X and Y agreed", "X and Y discussed the need": a reciprocal verb with no actor as
        # object relates its coordinated subjects (a symmetric relation alone does not:
        # "Iran, Russia and Syria are assisting it").
        if relation == "attacks" and (ready := _preparation(tok)) is not None:
            # "The army prepared to resume shelling Y": the preparation, which happened, is a show of force
            # against Y (CAMEO 15), not the attack, which has not, nor a threat, which is a statement.
            yield from _pairs("mobilizes", sources, targets, ready, index, doc_date, "150", rule + "-prepared",
                              confidence, False)
            continue
        if relation == "attacks" and tok.head.i != tok.i and _sent_for(tok, tok.head):
            # "Israel sent troops to attack Hamas": the attack is planned (:func:`modality`); the sending of forces
            # against Hamas, which happened, is a show of force (CAMEO 154), as a preparation is.
            yield from _pairs("mobilizes", sources, targets, tok.head, index, doc_date, "154", rule + "-sent",
                              confidence, False)
        if relation == "attacks" and lemma in REPEL_VERBS and (attackers := _attack_objects_authors(tok, index)):
            # "Ukrainian forces repelled a Russian assault on Kharkiv": who is fought off is who attacked, not
            # what they attacked.
            targets, rule = attackers, "verb"
        if relation in HOSTILE and targets:
            targets = _against_not_addressee(tok, targets, index)
        if targets and relation in HOSTILE and not passive and (
                (len(sources) >= 2 and lemma in reciprocal) or _prep_actors(tok, ("with", "against"), index)):
            # "Bush and Kerry feuded over the Iraq war", "Britain clashed with France over Libya": what parties
            # at odds with each other are at odds over is the matter, not a party.
            targets = [t for t in targets if not _under_prep(doc[t.head], tok, MATTER_PREPS)]
        if relation == "attacks" and len(sources) >= 2 and not passive and (
                lemma in reciprocal or _exchanged_fire(tok)):
            # "Israeli and Palestinian forces clashed in the West Bank", "India and Pakistan fought over
            # Kashmir": parties fighting each other, not the place they fight in or over.
            targets = [t for t in targets if t.type not in PLACE_ONLY] if rule == "verb" else []
            rule = "verb" if not targets else rule
        mutual = lemma in reciprocal or _exchanged_fire(tok) or (relation in MEDIATING_RELATIONS and any(
            c.dep_ in OBJ and _reciprocal_object(o) for c in tok.children for o in _object_words(c)))
        if mutual and relation in HOSTILE and lemma in reciprocal and any(
                c.dep_ == "prep" and c.lower_ == "against" for c in tok.children):
            # "Russia and China pledged to cooperate against terrorism": the phrase's hostility is aimed at
            # what they act against, not at each other; to each other they do what the verb alone says.
            own = triggers()["verb_overrides"].get(lemma, lexicon["verbs"].get(lemma)) or {}
            if not targets and own.get("relation") and own["relation"] not in HOSTILE:
                yield from _pairs(own["relation"], sources, [], tok, index, doc_date, own.get("cameo"),
                                  rule + "-reciprocal", confidence, True)
            mutual = False
        if relation in BACKING_RELATIONS and not passive and (
                attacks := {c.i for c in tok.children if c.dep_ in OBJ and _names_attack(c)}):
            # "MPs backed the invasion *of Iraq*", "supported the bombing of Serbia": the place an attack is "of"
            # is what it hits, not whom the backing is for (but "the offensive of the Syrian army" is the army's)
            targets = [t for t in targets if not (t.type in PLACE_TYPES and doc[t.head].dep_ == "pobj"
                                                  and doc[t.head].head.lower_ == "of"
                                                  and doc[t.head].head.head.i in attacks)]
        if mutual and not targets and relation in THIRD_PARTY_RELATIONS and lemma in reciprocal \
                and _pobjs(tok, ("with",)):
            # "Arabian Bulk Trade and the Shobokshi Group are negotiating *with creditor banks*": each with a
            # third party a common noun names, not with each other.
            mutual = False
        targets = [t for t in targets if not _misparsed_fight(doc[t.head], tok) and not _persons_person(t, doc)
                   and not _explosive_named(t, doc) and not _kept_from(t, doc, index)
                   and not _topic_of(doc[t.head], tok)]
        if relation in DISAPPROVALS and not passive:
            targets = [t for t in targets if not _event_patient(doc[t.head], tok)]
        # "the Iraq war has destroyed the coalition": the war did it, not the state it is fought in.
        sources = [m for m in sources if not (doc[m.head].dep_ == "compound" and doc[m.head].pos_ == "PROPN"
                                              and doc[m.head].head.lemma_.lower() in SCENE_EVENT_NOUNS)]
        found = _pairs(relation, sources, targets, tok, index, doc_date, cameo, rule, confidence, mutual)
        if relation in ATTEMPTED_RELATIONS and _attempted(tok):
            # "North Korea tried to hack into South Korean computers", "attempted to assassinate Allawi": CAMEO
            # codes an attempted attack as the attack, which happened (if it failed), not as a plan or a threat.
            found = (replace(r, modality="asserted") for r in found)
        elif relation == "attacks" and lemma in PURPOSE_ATTACK_VERBS and _committed_hostility(tok):
            found = _committed_campaign(found)
        elif relation == "meets" and lemma in INVITING_VERBS:
            # "Iran invited the Iraqi foreign minister for talks": the invitation is an intent to meet
            # (CAMEO 036, filed under meets), and the meeting is still to come.
            found = (replace(r, cameo="036", modality="planned") if r.modality == "asserted"
                     else replace(r, cameo="036") for r in found)
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in PLOT_VERBS:
            # "rebels plotted to assassinate Bush": planned (the modality cues), and, kept secret, no
            # announced act, so no threat (see _with_threats).
            found = (replace(r, rule=r.rule + "-plotted") for r in found)
        yield from found
        if seen_at is not None and seen_at.type in PLACE_ONLY and targets and relation in PRESENCE_ACTS:
            # (a state as the place says no more than the people's id: "civilians in Iraq" are IRQCVL)
            yield from _opt(_make("located-in", targets[0], seen_at, tok, index, doc_date, None, "located-people",
                                  0.6))
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in THREAT_HEADS and relation in THREAT_CAMEO \
                and rule == "verb":
            # "X vowed to expel Y's diplomats": a threat of the act on whomever the act is aimed at, however
            # the act's target was named (not where it would happen: "threatened to ban voting in Jerusalem").
            for r in _pairs("threatens", sources, targets, tok.head, index, doc_date, THREAT_CAMEO[relation],
                            rule + "+threat", round(confidence * 0.9, 3), False):
                yield replace(r, modality=modality(tok.head))


#: Prepositions of the matter a dispute is about ("feuded *over* the Iraq war").
MATTER_PREPS = frozenset({"over"})


#: Verbs whose object is a topic ("met to *discuss* tensions between Greece and Turkey"): who the topic
#: names takes no part.
TOPIC_VERBS = frozenset({"discuss", "debate", "review", "examine", "consider", "address", "study", "assess"})
#: Nouns of a view or a report whose "that" clause is its content ("dismissed *a theory* that Lawson had ..."):
#: who the content names is not who the verb is aimed at (unlike a demand's or a threat's clause, which names
#: who is asked or threatened).
VIEW_NOUNS = frozenset({"theory", "idea", "notion", "speculation", "rumour", "rumor", "view", "argument",
                        "assertion", "hypothesis", "story", "thesis", "report", "claim", "allegation", "suggestion",
                        "belief", "possibility"})


def _topic_of(token, verb) -> bool:
    """Whether ``token`` only names what ``verb`` is about: in the object of a verb of discussing, or in the
    content clause of a view the verb acts on ("dismissed a theory, that *Lawson* had attempted ...", which
    the parser may hang on the verb) (not its holder: "rejected *Albania's* claim")."""
    path = [token]
    for _ in range(12):
        node = path[-1]
        head = node.head
        if head.i == node.i:
            return False
        if head.i == verb.i:
            if node.dep_ in OBJ and verb.lemma_.lower() in TOPIC_VERBS:
                return True
            if node.dep_ in ("ccomp", "acl", "relcl") and any(
                    c.dep_ in OBJ and c.lemma_.lower() in VIEW_NOUNS for c in verb.children):
                return True
            return node.dep_ in OBJ and node.lemma_.lower() in VIEW_NOUNS and len(path) >= 2 \
                and path[-2].dep_ in ("acl", "ccomp", "relcl")
        path.append(head)
    return False


def _kept_from(t: ActorMention, doc, index: ActorIndex) -> bool:
    """Whether the place ``t`` is where a verb's actor object is kept or sent away from ("threatened to block
    Japanese financial firms *from London*"): the place the party is kept out of, no second party."""
    if t.type not in PLACE_ONLY:
        return False
    prep = doc[t.head].head
    if prep.dep_ != "prep" or prep.lower_ != "from" or doc[t.head].dep_ != "pobj":
        return False
    verb = prep.head
    return verb.pos_ == "VERB" and any(c.dep_ in OBJ and c.i < prep.i and any(
        m.type not in PLACE_ONLY for m in actors_of(c, index)) for c in verb.children)


def _under_prep(token, verb, preps: frozenset) -> bool:
    """Whether ``token`` lies in a phrase of ``verb`` opened by one of ``preps`` ("over the *Iraq* war")."""
    node = token
    for _ in range(12):  # a phrase is shallow; a cycle-free parse ends at the root anyway
        head = node.head
        if head.i == node.i:
            return False
        if head.i == verb.i:
            return node.dep_ == "prep" and node.lower_ in preps
        node = head
    return False


#: Verbs of asking someone to a meeting, which the dictionary files as consultation (040).
INVITING_VERBS = frozenset({"invite", "reinvite"})
#: Verbs the dictionary files as combat that, *with* someone, may as well be diplomacy.
ENGAGE_VERBS = frozenset({"engage"})
ENGAGEMENT_TALK_NOUNS = frozenset({"talk", "meeting", "discussion", "consultation", "negotiation", "dialogue"})


def _engagement_talk(verb):
    """The talks an engagement takes place in ("engaged with Y *in talks*", the "in" hung on the verb or
    on its "with" object), or ``None``."""
    heads = [verb] + [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                      for p in c.children if p.dep_ == "pobj"]
    return next((p for h in heads for p in _pobjs(h, ("in",)) if p.lemma_.lower() in ENGAGEMENT_TALK_NOUNS), None)


#: Verbs of fighting that the parser may take for a noun compound inside an object ("helped [the SDF fight
#: ISIS]"): a name with one as its compound is the fight's enemy, not the object of the verb.
MISPARSED_ACTS = frozenset({"fight", "battle", "combat", "attack", "defeat", "counter", "confront", "resist"})


#: Head words of the names of explosive devices ("an Improvised Explosive *Device*", "*IEDs*").
EXPLOSIVE_HEADS = frozenset({"device", "devices", "ied", "ieds", "explosive", "explosives"})


def _explosive_named(m: ActorMention, doc) -> bool:
    """Whether ``m`` is an explosive device that the recogniser took for a body or a person ("set off an
    Improvised Explosive Device", "destroyed caches of weapons and Improvised Explosive Devices"): what is
    detonated or destroyed is no party to the act."""
    return m.type not in PLACE_TYPES | FORCEFUL_TYPES and doc[m.head].lower_ in EXPLOSIVE_HEADS


def _persons_person(m: ActorMention, doc) -> bool:
    """Whether ``m`` is a person named only as whose deputy, envoy, spokesman, aide or kin the verb's
    object is: "praised *Lavrov's* deputy", "expelled *Obama's* envoy", "attacked *Nasrallah's* bodyguards"
    act on that other person, not on the one named."""
    from .actors import KIN, MEMBER_TITLES

    head = doc[m.head]
    if m.type != "Person" or head.dep_ != "poss" or head.head.i == head.i:
        return False
    noun = head.head.lemma_.lower()
    return noun in MEMBER_TITLES | KIN | AIDE_NOUNS or head.head.lower_ in MEMBER_TITLES | KIN | AIDE_NOUNS


#: People who serve a person ("Nasrallah's *bodyguards*"), beside titles and kin.
AIDE_NOUNS = frozenset({"aide", "bodyguard", "guard", "lawyer", "family", "relative", "associate", "ally", "friend",
                        "confidant", "assistant", "secretary", "successor", "predecessor", "rival", "opponent"})


def _misparsed_fight(target, verb) -> bool:
    """Whether the parser has folded a clause "X fight Y" into the object of ``verb`` with ``target`` in it:
    "Turkey helped [the SDF fight ISIS]" (a noun phrase with "fight" as a compound of "ISIS"), "Iran helped
    [the Houthis fight], Saudi Arabia" ("fight" a verb taken for the object, "Saudi Arabia" its apposition):
    the target is whom X fights, not whom the verb acts on."""
    if any(c.dep_ == "compound" and c.lemma_.lower() in MISPARSED_ACTS for c in target.children):
        return True
    t = target
    for _ in range(4):
        if t.head.i == t.i or t.head.i == verb.i:
            return False
        t = t.head
        if t.lemma_.lower() in MISPARSED_ACTS and t.tag_ in ("VB", "VBP") and t.dep_ in OBJ:
            return True
    return False


#: Relations of disapproval, whose object may be an event rather than who did it.
DISAPPROVALS = frozenset({"opposes", "protests"})
#: Nouns of violent or coercive events whose "of" object is who suffered them ("the beheading *of Armstrong*").
SUFFERED_EVENT_NOUNS = ATTACK_NOUNS | frozenset({
    "killing", "beheading", "execution", "murder", "assassination", "kidnapping", "abduction", "death", "invasion",
    "occupation", "massacre", "arrest", "detention", "torture", "shooting", "slaying", "bombing", "war",
    "abuse", "mistreatment", "persecution", "deportation", "expulsion", "siege", "blockade"})
#: Nouns a name compounded with tells where it is fought ("the *Iraq* war"; but "the *US* invasion" is its maker).
SCENE_EVENT_NOUNS = frozenset({"war", "conflict"})


def _event_patient(target, verb) -> bool:
    """Whether ``target`` names who suffered the event that is the object of a verb of disapproval, not who
    did it: "condemned the beheading *of Armstrong*" (who is condemned is the beheaders, if named), "oppose
    the *Iraq* war" (the war, not Iraq); "condemned the *Israeli* invasion of Gaza" still names Israel."""
    t = target
    for _ in range(6):
        head = t.head
        if head.i == t.i:
            return False
        if t.dep_ == "compound" and t.pos_ == "PROPN" and head.lemma_.lower() in SCENE_EVENT_NOUNS:
            return _object_of(head, verb)
        if t.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SUFFERED_EVENT_NOUNS:
            return _object_of(head.head, verb)
        if head.i == verb.i:
            return False
        t = head
    return False


def _object_of(noun, verb) -> bool:
    """Whether ``noun`` is the object of ``verb``, directly or as the noun a quantity or conjunct hangs on."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.head.i == verb.i and noun.dep_ in OBJ


def _unnamed_addressee(verb, relation: str) -> bool:
    """Whether a request names whom it asks by a common noun ("urged *Arab states* to back Iraq", "appealed
    *to donors* to provide aid to Ethiopia"): they are asked, not whom the act asked for is done to."""
    return relation == "requests" and (any(c.dep_ in ("dobj", "obj") for c in verb.children)
                                       or bool(_pobjs(verb, ("on", "to"))))


#: Nouns of what is fired, dropped or launched at someone: their maker is who fires them.
WEAPON_NOUNS = frozenset({"missile", "rocket", "shell", "mortar", "bomb", "grenade", "projectile", "torpedo",
                          "bullet", "shot", "round", "salvo", "barrage", "volley", "artillery", "fire", "gunfire"})
#: Prepositions of what a fired weapon is aimed at ("fired *at* a Turkish warplane", "*into* Syrian territory").
AIMED_PREPS = frozenset({"at", "on", "against", "into", "toward", "towards"})


def _fired_weapon(verb, index: ActorIndex) -> Optional[tuple[list[ActorMention], list[ActorMention]]]:
    """``(authors, targets)`` of a passive verb of attack whose subject is a weapon: "A *Syrian* missile was
    fired *at a Turkish warplane*", "Turkish shells were fired into Syria": the weapon's nationality or owner
    names who fired it (as "Turkish shelling killed ..." does as a subject), and what it was aimed at is the
    target; ``None`` when the subject is no weapon. "An Israeli missile was fired at a car, *killing* two
    Hamas militants": what the participle's act hits is the target of who fired."""
    fired = verb
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i != verb.i:
        fired = verb.head
    weapon = next((c for c in fired.children if c.dep_ in PASSIVE_SUBJ), None)
    if weapon is None or weapon.lemma_.lower() not in WEAPON_NOUNS:
        return None
    authors = [m for m in actors_of(weapon, index) if m.type not in PLACE_ONLY]
    if fired is not verb:
        targets = [m for c in verb.children if c.dep_ in OBJ for m in actors_of(c, index)]
    else:
        targets = [m for p in _pobjs(verb, AIMED_PREPS) for m in actors_of(p, index)] or _aimed_scene(
            verb, index, {m.actor_id for m in authors})
    return (authors, targets) if authors and targets else None


#: Ills one fights, combats or wages war on: no party, and not the place where they are fought.
ILL_NOUNS = frozenset({
    "corruption", "poverty", "hunger", "famine", "drought", "disease", "epidemic", "pandemic", "cholera", "malaria",
    "ebola", "aids", "hiv", "polio", "virus", "terrorism", "extremism", "radicalism", "radicalisation",
    "radicalization", "drug", "narcotic", "trafficking", "smuggling", "piracy", "fraud", "impunity",
    "inflation", "unemployment", "illiteracy", "inequality", "discrimination", "racism", "wildfire",
    "flood", "locust", "pollution", "deforestation", "erosion", "desertification", "insecurity", "banditry",
})


def _fights_ill(verb) -> bool:
    """Whether what ``verb`` acts on, as its object or its "against"/"on" phrase, is an ill
    (:data:`ILL_NOUNS`), not a party or a thing of one."""
    aimed = [c for c in verb.children if c.dep_ in OBJ] + _pobjs(verb, AIMED_PREPS)
    return any(t.lemma_.lower() in ILL_NOUNS or t.lower_ in ILL_NOUNS for t in aimed)


#: Kinds of weapon whose destruction is disarmament ("efforts to destroy *chemical* weapons in Syria").
DISARMED_KINDS = frozenset({"chemical", "nuclear", "biological"})
#: Stocks of weapons destroyed in disarmament ("destroyed its *stockpile*").
STOCK_NOUNS = frozenset({"stockpile", "arsenal"})


def _disarms(verb) -> bool:
    """Whether ``verb``'s object is a stock of weapons, or weapons of mass destruction ("to destroy chemical
    weapons in Syria", "dismantled its arsenal"): disarmament, not an act on the place it is done in."""
    return any(c.lemma_.lower() in STOCK_NOUNS or (c.lemma_.lower() == "weapon" and any(
        g.dep_ in ("amod", "compound") and g.lower_ in DISARMED_KINDS for g in c.children))
        for c in verb.children if c.dep_ in OBJ)


def _aimed_scene(verb, index: ActorIndex, exclude: set) -> list[ActorMention]:
    """The place named in the phrase of what a hostile act is aimed at, when that is no actor: "fired
    four shells *at targets in Jericho*", "fired at a car in Gaza" (not people: "fired at protesters in
    Cairo" hits protesters, the state's people, see :func:`_domestic_people`)."""
    for p in _pobjs(verb, AIMED_PREPS):
        if _people_noun(p) is None and not actors_of(p, index) and (found := _place_at(p, index, exclude)):
            return [found]
    return []


def _place_at(tok, index: ActorIndex, exclude: set) -> Optional[ActorMention]:
    """The first place with a state in a location phrase of ``tok`` ("targets *in Jericho*")."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in SCENE_PREPS:
            found = _place_below(prep, index, exclude)
            if found is not None:
                return found
    return None


#: What is fired or made in an attack: weapons and attacks.
FIRED_NOUNS = WEAPON_NOUNS | ATTACK_NOUNS
#: What is exchanged when it is fire: "exchanged fire", "traded shots".
EXCHANGED_FIRE_NOUNS = FIRED_NOUNS | {"shot", "blow", "salvo"}


def _weapon_author(verb, index: ActorIndex) -> list[ActorMention]:
    """Who fired the weapon or made the attack that is the subject of ``verb``, named by the agent of the
    participle that describes it or by the attack's "by": "Two rockets *fired by Hezbollah* struck northern
    Israel", "Air strikes *by the coalition* killed 20 Yemeni civilians"."""
    weapon = next((c for c in verb.children if c.dep_ in SUBJ), None)
    if weapon is None or weapon.lemma_.lower() not in FIRED_NOUNS:
        return []
    found = [m for c in weapon.children if c.dep_ == "acl" and c.tag_ == "VBN" for m in _agent(c, index)]
    return [m for m in found + _prep_actors(weapon, ("by",), index) if m.type not in PLACE_ONLY]


#: Nouns of fighting between two sides, the other side named by "with" ("clashes with the Taliban").
BATTLE_NOUNS = frozenset({"clash", "clashes", "fighting", "battle", "battles", "skirmish", "skirmishes", "gunbattle",
                          "firefight", "exchange"})
#: Conjunctions of a clause that tells how someone was killed ("were killed *when* Russian jets bombed a market").
WHEN_MARKS = frozenset({"when", "as", "after"})


#: Attacks and battles, in which one is hit or killed.
FIGHT_NOUNS = ATTACK_NOUNS | BATTLE_NOUNS


def _attack_authors(verb, index: ActorIndex) -> list[ActorMention]:
    """Who made the attack in which those a passive verb of attack names were hit: "killed in *a Hezbollah
    ambush*", "killed in an attack *by Hamas gunmen*", "were killed *when Russian jets bombed* a market"."""
    attacks = [p for p in _pobjs(verb, ("in", "during", "by")) if p.lemma_.lower() in FIGHT_NOUNS]
    # "killed in clashes *with* Taliban militants": the other side of a fight
    found = [m for p in attacks for m in actors_of(p, index) or _prep_actors(
        p, ("by", "with") if p.lemma_.lower() in BATTLE_NOUNS else ("by",), index)]
    if not found:
        lexicon = codes.verb_lexicon()
        for clause in verb.children:
            if clause.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in WHEN_MARKS
                                                  for c in clause.children) \
                    and (e := _verb_entry(clause, lexicon)) is not None and e[0] == "attacks":
                authors, passive = _subjects(clause, index)
                found += [] if passive else authors
    return [m for m in found if m.type not in PLACE_ONLY]


def _against_not_addressee(verb, targets: list[ActorMention], index: ActorIndex) -> list[ActorMention]:
    """"Lebanon lodged a complaint *with the Security Council against Israel*", "Iran filed a complaint
    with the UN against the US": when a hostile act names whom it is against, who it is lodged with
    (or made to) is its addressee, not its target."""
    heads = [verb] + [c for c in verb.children if c.dep_ in OBJ]
    addressed = [p for h in heads for p in _pobjs(h, ("with", "to"))]
    if not addressed:
        return targets
    against = [m for h in heads + addressed for m in _prep_actors(h, ("against",), index)]
    if not against:
        return targets
    addressees = {m.token_start for p in addressed for m in actors_of(p, index)}
    kept = [t for t in targets if t.token_start not in addressees]
    return kept + [m for m in against if all(m.token_start != t.token_start for t in kept)]


def _exchanged_fire(verb) -> bool:
    """Whether ``verb`` is exchanging something hostile ("exchanged fire", "traded shots"), which its
    coordinated subjects do to each other."""
    return verb.lemma_.lower() in ("exchange", "trade") and any(
        c.dep_ in OBJ and c.lemma_.lower() in EXCHANGED_FIRE_NOUNS
        for c in verb.children)


#: Verbs of fighting off an attack, whose target is the attack's author.
REPEL_VERBS = frozenset({"repel", "repulse", "thwart", "foil", "fend", "rebuff", "counter", "beat", "push", "drive"})


def _attack_objects_authors(verb, index: ActorIndex) -> list[ActorMention]:
    """The authors of the attacks that are ``verb``'s objects: "repelled *a Russian* assault", "repulsed an
    attack *by South Sudanese forces*"."""
    attacks = [c for c in verb.children if c.dep_ in OBJ and c.lemma_.lower() in ATTACK_NOUNS | {"offensive",
                                                                                                "advance"}]
    return [m for a in attacks for m in actors_of(a, index) + _prep_actors(a, ("by",), index)
            if m.type not in PLACE_ONLY]


#: Material hostile acts whose attempt is the act.
ATTEMPTED_RELATIONS = frozenset({"attacks", "coerces"})
ATTEMPT_VERBS = frozenset({"try", "attempt"})


def _attempted(verb) -> bool:
    """Whether ``verb`` is what an asserted attempt tried to do ("*tried to* hack into ...")."""
    return verb.dep_ == "xcomp" and verb.head.i != verb.i and verb.head.lemma_.lower() in ATTEMPT_VERBS \
        and modality(verb.head) == "asserted" and modality(verb) == "planned"


#: Verbs of getting ready to act: "prepared to attack", "poised to invade".
PREPARE_VERBS = frozenset({"prepare", "ready", "poise", "gear", "brace"})


def _preparation(verb):
    """The verb of preparing that ``verb`` is the (possibly nested) complement of ("prepared to
    *resume* shelling", "was poised to invade"), or ``None``."""
    head = verb
    for _ in range(3):
        if head.dep_ not in ("xcomp", "advcl") or head.head.i == head.i:
            return None
        head = head.head
        if head.lemma_.lower() in PREPARE_VERBS:
            return head
        if head.pos_ != "VERB":
            return None
    return None


#: Objects that name something done together: "X and Y held *talks*", "held *joint* exercises".
RECIPROCAL_NOUNS = frozenset({"talk", "talks", "negotiation", "consultation", "discussion", "dialogue", "summit",
                              "meeting", "exercise", "drill", "manoeuvre", "maneuver", "manoeuver", "game"})


def _reciprocal_object(obj) -> bool:
    """Whether the object ``obj`` of a verb of meeting or cooperating names an act of all its subjects together."""
    return obj.lemma_.lower() in RECIPROCAL_NOUNS or obj.lower_ in RECIPROCAL_NOUNS or any(
        c.dep_ == "amod" and c.lower_ in ("joint", "bilateral") for c in obj.children)


#: Places people live or are cared for in, which belong to whom they are "for" ("a camp for refugees").
SHELTER_NOUNS = frozenset({"camp", "school", "shelter", "hospital", "clinic", "home", "house", "centre", "center",
                           "office", "offices", "compound"})
#: Verbs of making someone leave a state.
EXPEL_VERBS = frozenset({"expel", "deport", "banish", "exile"})


def _unnamed_authority(verb, targets: list[ActorMention], index: ActorIndex):
    """(The government of the state where a passive arrest or investigation without an agent happens,
    those it is done to); a person named only by where they come from is of that state."""
    if not targets:
        subject = next((c for c in verb.children if c.dep_ in PASSIVE_SUBJ), None)
        targets = [_state_of(m) for m in (_pobjs(subject, ("from",)) if subject is not None else [])
                   for m in [index.at(m.i)] if m is not None and m.country]
    if not targets:
        return [], []
    own = {t.country for t in targets}
    heads = [verb] + [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    # "A Dutch journalist was expelled *from Russia*": who is expelled from a state is expelled by it.
    preps = SCENE_PREPS | {"from"} if verb.lemma_.lower() in EXPEL_VERBS else SCENE_PREPS
    places = [m for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps
              for m in [_place_below(c, index, set())] if m is not None and m.country not in own]
    return [_government_at(places[0])] if places else [], targets


#: Hostile acts that, aimed at no named party, are aimed at the place where they happen
#: (as ICEWS codes a curfew in Cizre as Turkey coercing Turkey).
def _restated(verb, relation: str) -> bool:
    """Whether an object of ``verb`` is a noun of the verb's own relation ("reiterates *UK support*
    for Iraq"): a modifier there is who holds it (the UK supports Iraq), not the verb's target."""
    nouns = triggers()["nouns"]
    return any((e := nouns.get(c.lower_) or nouns.get(c.lemma_.lower())) is not None and e["relation"] == relation
               for c in verb.children if c.dep_ in OBJ)


SCENE_TARGETS = frozenset({"attacks", "coerces", "sanctions"})
SCENE_PREPS = frozenset({"in", "into", "near", "inside", "throughout", "across"})


#: Relations of acts whose withholding is de-escalation, not a sanction of their target.
WITHHELD_HOSTILITIES = frozenset({"attacks", "threatens", "coerces", "mobilizes"})


def _withholds_hostility(verb) -> bool:
    """Whether ``verb``'s object is a hostile act ("called off *airstrikes* against X")."""
    nouns = triggers()["nouns"]
    return any((e := nouns.get(c.lower_) or nouns.get(c.lemma_.lower())) is not None
               and e["relation"] in WITHHELD_HOSTILITIES
               for c in verb.children if c.dep_ in OBJ)


#: Nouns of sites and buildings an attack hits, which belong to no state the text names: "attacked a *mosque*
#: in Egypt's Sinai" hits the mosque, not Egypt.
SCENE_SITE_NOUNS = SHELTER_NOUNS | PEOPLE_THING_NOUNS | frozenset({
    "mosque", "church", "synagogue", "temple", "shrine", "cathedral", "market", "marketplace", "bazaar", "campus",
    "hotel", "restaurant", "cafe", "bar", "shop", "store", "mall", "bank", "bus", "train", "car", "vehicle",
    "convoy", "truck", "post", "prison", "jail", "court", "courthouse", "centre", "center", "facility", "plant",
    "factory", "mine", "farm", "town", "city", "house", "home", "residence", "dormitory", "office", "embassy",
    "consulate", "point", "zone", "region", "district", "province"})


#: Nouns of events people gather for, besides protests (:data:`REPRESSED_GATHERINGS`).
HELD_EVENT_NOUNS = REPRESSED_GATHERINGS | frozenset({"event", "celebration", "ceremony", "festival", "concert",
                                                     "parade", "commemoration", "meeting", "congress", "march"})


def _site_or_people(tok) -> bool:
    """Whether ``tok`` names a site or building (:data:`SCENE_SITE_NOUNS`) or people by a common noun
    ("ten men", "at least 14 people")."""
    if (inner := _counted(tok)) is not None:
        tok = inner
    sites = SCENE_SITE_NOUNS | GROUND_SITE_NOUNS
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in sites or tok.lower_ in sites
                                   or _people_noun(tok) is not None or _victim_word(tok))


def _foreign_scene(verb, relation: str, sources: list[ActorMention], targets: list[ActorMention],
                   passive: bool) -> list[ActorMention]:
    """``targets`` of a hostile act read off its scene, without a whole state where it happened when the act
    hits a site or people and every source is an armed group of no other state ("Gunmen attacked a mosque in
    Egypt", "Al Shabaab killed 38 people in an attack on a base in Somalia"): such a raid is an act on the
    site or the people, not on the state (but "Turkish jets struck positions in Syria" is Turkey's on Syria,
    the coalition's strikes there too, and a state's own organs acting at home act on it, as ICEWS codes
    "imposed a curfew in southeastern Turkey")."""
    if not targets:
        return targets
    patients = [c for c in verb.children if c.dep_ in (("nsubjpass",) + OBJ if passive else OBJ)]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        patients.append(verb.head)
    if any(p.lemma_.lower() in HELD_EVENT_NOUNS or _protest_noun(p) for p in patients):
        # "police halted a May Day event in Istanbul": an act on a gathering is on those gathered, not on
        # the town it is held in.
        return []
    on_site = relation == "attacks" or any(_site_or_people(p) for p in patients)
    if not on_site:
        return targets
    return [t for t in targets if not (t.type == "Country" and all(
        s.type == "ArmedGroup" and s.country in (None, t.country or t.actor_id) for s in sources))]


def _scene(verb, index: ActorIndex, exclude: set) -> list[ActorMention]:
    """The first place with a state named in a location phrase of ``verb`` or of its object
    ("curfew *in the town of Cizre in southeastern Turkey*" → Turkey), without entering clauses."""
    holders = [verb] + [c for c in verb.children if c.dep_ in OBJ]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in SCENE_PREPS:
                found = _place_below(child, index, exclude)
                if found is not None:
                    return [found]
        for child in holder.children:
            if holder is not verb and child.dep_ == "acl" and (found := _place_at(child, index, exclude)):
                # "power lines *leading into Kabul*"
                return [found]
    return []


def _fled_object(verb):
    """The object of ``verb`` that names people who fled or left their state (:func:`_fled`: "beat
    *refugees*", "detained *hundreds of migrants*"), or ``None``."""
    for c in verb.children:
        if c.dep_ in OBJ and (found := _party_people(c)) is not None and _fled(*found):
            return c
    return None


def _from_after(tok, obj) -> bool:
    """Whether ``tok`` is in a "from" phrase of the verb of ``obj`` right after that object ("beat
    refugees *from Turkey*"), which the parser hung on the verb."""
    prep = tok
    while prep.dep_ != "prep" and prep.head.i != prep.i:
        prep = prep.head
    return prep.lower_ == "from" and prep.head.i == obj.head.i and prep.i == obj.right_edge.i + 1


def _origins_as_people(verb, targets: list[ActorMention]) -> list[ActorMention]:
    """``targets`` with a place that people ``verb`` acts on come from, in a "from" phrase the parser hung on
    the verb, turned into those people: "detained 34 people *from the Middle East*", "beat protesters *from
    Turkey*" act on people whose origin the place is (the state's people; nobody's for a region), not on the
    state or the place."""
    held = [(c, found) for c in verb.children if c.dep_ in OBJ and (found := _party_people(c)) is not None]
    out = []
    for t in targets:
        origin = next((found for c, found in held if _from_after(verb.doc[t.head], c)), None)
        if origin is None or t.type not in PLACE_TYPES:
            out.append(t)
        elif t.country:
            # ("34 people from Syria": Syria's civilians; "the Syrian people" alone is the nation)
            out.append(_people(t.country, "CVL" if origin[0] == "PPL" else origin[0], origin[1]))
    return out


#: Verbs of an act that is violent whatever its sense, whose place may stand for its target whoever does it.
VIOLENT_VERBS = frozenset({"bomb", "shell", "storm", "attack", "raid", "bombard", "invade", "besiege", "ambush",
                           "assault", "strafe", "torch", "massacre", "kidnap", "abduct", "detonate", "behead",
                           "ransack", "loot", "sabotage", "airstrike"})
#: Relations of acts of force (attacking, seizing), whose verbs often have a sense that is none ("hit a home
#: run", "take the lead").
FORCIBLE_RELATIONS = frozenset({"attacks", "coerces"})
#: Nouns of a military coalition, whose acts are acts of force ("the US-led *coalition* destroyed ...").
COALITION_NOUNS = frozenset({"coalition", "alliance"})
#: Actors whose hostile acts are acts of force: states, their organs and forces, armed groups.
FORCEFUL_TYPES = frozenset({"Country", "Government", "Military", "ArmedGroup"})


def _forceful_scene(verb, relation: str, sources: list[ActorMention]) -> bool:
    """Whether a hostile act that names no party may be aimed at the place where it is done: a verb violent
    in any sense ("storm", "shell"), one done by a state, its forces, an armed group or a military coalition
    ("Saudi jets *hit* residential areas in Saada"), or one whose object is a weapon ("fired rockets"). A verb
    of many senses done by anyone else says nothing of the place ("Ortiz *hits* two home runs in St.
    Petersburg", "the firm *seized* the opportunity in Lagos"). Measures (sanctions) are not asked."""
    if relation not in FORCIBLE_RELATIONS:
        # ("Red Cross officials suspended aid deliveries in Baghdad": a measure is aimed where it is taken)
        return True
    doc = verb.doc
    return verb.lemma_.lower() in VIOLENT_VERBS or any(
        m.type in FORCEFUL_TYPES or (0 <= m.head < len(doc) and doc[m.head].lemma_.lower() in COALITION_NOUNS)
        for m in sources) or any(
        c.dep_ in OBJ and (_military_noun(c) or c.lemma_.lower() in FIRED_NOUNS) for c in verb.children)


def _scene_patient(verb, passive: bool) -> bool:
    """Whether ``verb`` acts on a thing that may stand for the place where it lies: its object ("bombed
    *targets* in Falluja", "blocked *roads* in Gaza"), the subject of its passive, or the noun its participle
    describes ("*homes* demolished in a village").

    An act on no patient ("US forces *battled* in Baghdad", "to stand trial in Baghdad") is aimed at no one
    there, and one on people ("*hostages* seized in Iraq by militants", "took a Japanese *citizen* hostage
    in Iraq", "killed 27 *people* in Baqouba", "attacked *migrants* in Serbia") is aimed at them, whose state
    the place does not tell.
    """
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        patients = [verb.head]
    else:
        patients = [c for c in verb.children if c.dep_ in (("nsubjpass",) + OBJ if passive else OBJ)]
    return bool(patients) and not any(_victim_word(p) or ((found := _people_noun(p)) is not None and _fled(*found))
                                      for p in patients)


#: Nouns of people seized, held or killed who are often foreigners where it happens (the place's own people,
#: "killed 30 people in Pakistan", "three ethnic Albanians in Serbia", are its civilians, CAMEO's target).
VICTIM_NOUNS = frozenset({"hostage", "captive", "worker", "contractor", "tourist", "journalist", "reporter", "driver",
                          "employee", "engineer", "staff", "crew", "passenger", "pilgrim", "diplomat", "serviceman",
                          "servicemen", "soldier", "troop", "peacekeeper", "missionary", "expatriate", "foreigner"})


def _victim_word(tok) -> bool:
    """Whether ``tok`` names people who may be foreigners where they were hit ("hostages", "three UN
    workers", "a number of hostages", "five Iraqis", "him")."""
    if (inner := _counted(tok)) is not None:
        tok = inner
    if any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in tok.lefts):
        # "ethnic Albanians in Serbia": people of the state where they live (as in :func:`_people_noun`).
        return False
    return tok.lemma_.lower() in VICTIM_NOUNS or tok.lower_ in VICTIM_NOUNS \
        or tok.ent_type_ in ("NORP", "Demonym", "PERSON") or tok.lower_ in ("him", "her", "he", "she", "they", "them")


def _place_below(prep, index: ActorIndex, exclude: set) -> Optional[ActorMention]:
    """The nearest place with a state in the phrase of ``prep`` ("in the town of Cizre in Turkey")."""
    frontier = [prep]
    for _ in range(7):
        nxt = []
        for t in frontier:
            m = index.at(t.i)
            if m is not None and not m.pronoun and m.type in PLACE_TYPES and m.country and m.actor_id not in exclude:
                return m
            # Not into a "with" phrase ("near the borders *with Syria*", "in clashes *with* Turkish troops"): a
            # party, no place; nor into an agent, the phrase of who did it, the source itself ("killed in
            # bombing raids *by the US-led coalition*" is no attack on the US, "in the first attack *by the
            # Nigerian Islamist group*" none on the group, the attackers named again).
            nxt.extend(c for c in t.children if c.dep_ not in ("relcl", "ccomp", "advcl", "acl", "punct", "cc",
                                                                  "conj", "agent")
                       and not (c.dep_ == "prep" and c.lower_ in ("with", "by")))
        frontier = nxt
    return None


def _target_preps(relation: str, cameo: Optional[str] = None) -> frozenset:
    """Prepositions that introduce the target of a verb of ``relation`` (coded ``cameo``).

    One helps, defends or backs someone *against* or *from* a third party ("defend the Syrian people
    from Assad"): after a verb of cooperation those name an adversary (or the giver: "support from
    Turkey"), never the one helped. A lawsuit is *against* someone; the court it is brought *at*,
    *to*, *with* or *before* only hears it ("sued the United States *at the International Court of
    Justice*").
    """
    if cameo and cameo[:3] in LEGAL_COMPLAINT_CAMEO:
        return LEGAL_COMPLAINT_PREPS
    if relation == "meets":
        return MEETING_PREPS
    if relation == "protests":
        # "marched *for* Black Lives Matter": what a crowd marches for is no one it protests against.
        return TARGET_PREPS - {"for", "from"}
    if codes.relation_info(relation).group == "cooperation":
        return COOPERATION_PREPS
    return TARGET_PREPS


def _verb_entry(tok, lexicon) -> Optional[tuple[str, str, Optional[str]]]:
    """(relation, CAMEO code, target preposition) of a verb: the most specific phrase of the CAMEO dictionary
    ("call for ceasefire", "hold talks"), else the corrected bare-verb entry.

    Several rules ask about the same verbs: the answers are kept on the ``Doc`` while
    :func:`extract_relations` runs (reading a token's children is what costs).
    """
    cache = tok.doc.user_data.get(_VERB_ENTRIES)
    if cache is not None and tok.i in cache:
        return cache[tok.i]
    entry = _find_verb_entry(tok, lexicon)
    if cache is not None:
        cache[tok.i] = entry
    return entry


_VERB_ENTRIES = "gb_verb_entries"


#: Verbs of scattering a crowd, repression when a crowd or a gathering is scattered.
DISPERSE_VERBS = frozenset({"disperse", "dispel"})


#: Verbs of turning a weapon on a crowd ("*used* tear gas against", "*fired* water cannon at").
CROWD_WEAPON_VERBS = frozenset({"use", "fire", "spray", "shoot", "deploy", "lob", "turn", "unleash", "employ"})
#: Words of the weapons of crowd control ("tear gas", "water cannon", "rubber bullets", "pepper spray",
#: "stun grenades", "batons"): turned on a crowd they repress it, violently (175), and no more.
CROWD_WEAPONS = frozenset({"teargas", "gas", "cannon", "cannons", "bullet", "bullets", "spray", "grenade",
                           "grenades", "baton", "batons", "truncheon", "truncheons", "pellets", "canister",
                           "canisters", "shells"})
#: Words before :data:`CROWD_WEAPONS` that make them crowd control's ("*tear* gas", "*water* cannon").
CROWD_WEAPON_KINDS = frozenset({"tear", "water", "rubber", "plastic", "pepper", "stun", "teargas"})
#: Prepositions of the crowd a weapon is turned on ("against", "on", "at", "into").
CROWD_WEAPON_PREPS = frozenset({"against", "on", "at", "into", "upon"})


def _crowd_weapon(noun) -> bool:
    """Whether ``noun`` heads a weapon of crowd control ("tear gas", "water cannons", "rubber bullets",
    "teargas"); not "gas" or "bullets" alone, which are no crowd's."""
    low = noun.lower_
    if low in ("teargas", "batons", "baton", "truncheons", "truncheon"):
        return True
    return low in CROWD_WEAPONS and any(c.lower_ in CROWD_WEAPON_KINDS for c in noun.lefts if c.dep_ in (
        "compound", "amod", "nmod"))


def _weapon_on_crowd(tok) -> Optional[str]:
    """The preposition by which the verb ``tok`` turns a weapon of crowd control on a crowd: "police *used*
    tear gas *against* the protesters", "*fired* water cannon *at* demonstrators"; ``None`` for "used
    diplomacy against", "fired tear gas" with no crowd."""
    if tok.lemma_.lower() not in CROWD_WEAPON_VERBS:
        return None
    objects = [o for c in tok.children if c.dep_ in OBJ + PASSIVE_SUBJ for o in (c, *c.conjuncts)]
    if not any(_crowd_weapon(o) for o in objects):
        return None
    preps = [p for h in [tok, *objects] for p in h.children if p.dep_ == "prep" and p.lower_ in CROWD_WEAPON_PREPS]
    return next((p.lower_ for p in preps for g in p.children if g.dep_ == "pobj" and _repressed(g)), None)


def _repressed(noun) -> bool:
    """Whether ``noun`` is a crowd or gathering a state may repress: "the *protesters*", "crowds of
    students", "a *demonstration*", "the *sit-in*"."""
    inner = _counted(noun) or noun
    return inner.lemma_.lower() in GATHERING_NOUNS or _protest_noun(inner) or _people_noun(inner) is not None


#: Relative words that front a verb's preposition ("the base *at which* rockets were launched").
RELATIVE_WORDS = frozenset({"which", "whom", "what", "where"})
#: Verbs of taking by force, whose named place is taken territory.
SEIZING_VERBS = frozenset({"seize", "capture"})
#: Entity labels of who takes a town by force: a state, its forces, an armed group.
FORCE_ENTS = frozenset({"Country", "Military", "ArmedGroup", "Government", "GPE", "Demonym", "NORP"})


def _forceful_subject(verb) -> bool:
    """Whether the subject of ``verb`` (the agent of a passive) is a state, its forces or an armed body, by
    its entity label or the agent noun that heads it ("government troops", "the rebels", "Iraqi forces")."""
    from .actors import ARMED_BODIES

    subjects = [c for c in verb.children if c.dep_ in SUBJ] + [g for c in verb.children if c.dep_ == "agent"
                                                              for g in c.children if g.dep_ == "pobj"]
    heads = [h for s in subjects for h in (s, *s.conjuncts)]
    words = heads + [c for h in heads for c in h.children if c.dep_ in ("compound", "amod", "nmod")]
    return any(w.ent_type_ in FORCE_ENTS or _military_noun(w) or w.lower_ in ARMED_BODIES for w in words)


#: Entity labels of a named place below country level -> the noun of its kind in the verb dictionary.
NAMED_PLACE_KINDS = {"Place": "town", "GPE": "town", "LOC": "town", "Facility": "stronghold", "FAC": "stronghold"}


_PHRASE_HEADS: dict[int, tuple] = {}


def _phrase_heads(phrases: dict, extra: dict) -> frozenset:
    """Every start of a phrase of ``phrases`` or ``extra`` that ends before one of its spaces: a verb whose
    lemma is none of them opens no phrase, so its phrase keys need not be made."""
    key = (id(phrases), id(extra))
    kept = _PHRASE_HEADS.get(key)
    if kept is None or kept[0] is not phrases or kept[1] is not extra:
        heads = frozenset(k[:i] for table in (phrases, extra) for k in table for i, c in enumerate(k) if c == " ")
        kept = _PHRASE_HEADS[key] = (phrases, extra, heads)
    return kept[2]


def _phrase_entry(tok, lemma: str, phrases: dict, extra: dict):
    """The entry of the most specific phrase of ``phrases`` (``extra`` first) that ``tok`` opens; ``None``
    for a phrase that is no event; ``False`` when it opens none."""
    # ("pushed *back* Eritrean troops": the parser may take the particle for an adverb)
    # ("*At Heathrow*, BAA launched consultations": a phrase fronted before the verb is no particle of it.)
    particles = [c for c in tok.children if (c.dep_ in ("prt", "prep") or (c.dep_ == "advmod" and c.lower_ == "back"))
                 and (c.i > tok.i or any(g.lower_ in RELATIVE_WORDS for g in c.subtree))]
    # "Two Iranian diplomats were expelled": a passive verb's subject is its object ("expel diplomat", 161).
    objects = [o.lemma_.lower() for c in tok.children if c.dep_ in OBJ + PASSIVE_SUBJ for o in _object_words(c)]
    # "seized Kunduz": a named place stands for its kind, as the dictionary's phrases name it ("seize
    # town", 192 occupy territory), not for goods seized (the bare verb's 1711).
    # (Not a takeover: "took over Pan Ocean" may be a firm the NER calls a place; not a candidate's
    # or a firm's win: "Clinton seized Virginia", "Netflix seized Hollywood".)
    if lemma in SEIZING_VERBS and _forceful_subject(tok):
        objects += [NAMED_PLACE_KINDS[c.ent_type_] for c in tok.children
                    if c.dep_ in OBJ + PASSIVE_SUBJ and c.ent_type_ in NAMED_PLACE_KINDS]
    keys = []
    for p in particles:
        pobjs = [g.lemma_.lower() for g in p.children if g.dep_ == "pobj"]
        keys.extend(f"{lemma} {p.lower_} {o}" for o in pobjs + objects)
    # "launched a *mediation* effort", "sent an *aid* convoy": the noun that says what kind of
    # thing the object is names the event better than the object ("launch effort").
    keys.extend(f"{lemma} {m.lemma_.lower()}" for c in tok.children if c.dep_ in OBJ
                for m in c.lefts if m.dep_ == "compound" and m.pos_ == "NOUN")
    keys.extend(f"{lemma} {o}" for o in objects)
    # "took two soldiers *captive*", "held them *hostage*", "held Israel *responsible*": the object's predicate.
    keys.extend(f"{lemma} {c.lemma_.lower()}" for c in tok.children
                if c.dep_ in ("oprd", "advcl", "acomp", "xcomp", "ccomp") and c.pos_ in ("ADJ", "NOUN")
                and not any(g.dep_ in SUBJ + OBJ for g in c.children))
    keys.extend(f"{lemma} {p.lower_}" for p in particles)
    for key in keys:
        hit = extra.get(key) or phrases.get(key)
        if hit is not None:
            # A phrase is more specific than its verb, also when it says "not an event".
            if not (hit["relation"] and hit["cameo"]):
                return None
            return _obstruction(tok, (hit["relation"], hit["cameo"], hit.get("target")))
    return False


def _find_verb_entry(tok, lexicon) -> Optional[tuple[str, str, Optional[str]]]:
    lemma = tok.lemma_.lower()
    if lemma in DISPERSE_VERBS and any(_repressed(c) for c in tok.children if c.dep_ in OBJ + PASSIVE_SUBJ):
        # "police used tear gas *to disperse* the protesters": violent repression (175, where the
        # dictionary's phrases say 170 or nothing), where dispersing anything else is nothing ("dispersed the
        # funds").
        return "coerces", "175", None
    if (prep := _weapon_on_crowd(tok)) is not None:
        # "police used tear gas against the protesters": repressed, as by dispersing them, not attacked
        return "coerces", "175", prep
    phrases = lexicon["phrases"]
    extra = triggers()["phrase_overrides"]
    if lemma in _phrase_heads(phrases, extra):
        entry = _phrase_entry(tok, lemma, phrases, extra)
        if entry is not False:
            return entry
    overrides = triggers()["verb_overrides"]
    if lemma in overrides:
        hit = overrides[lemma]
    else:
        hit = lexicon["verbs"].get(lemma)
    if hit and hit.get("relation"):
        return _verbal_clash(tok, _obstruction(tok, (hit["relation"], hit.get("cameo"), None)))
    if lemma in DEMONSTRATE_VERBS or lemma in RIOT_VERBS:
        # "Thousands of Lebanese rallied in Beirut": a crowd's rally is a demonstration, though a
        # state's rally (the dictionary's mobilisation) is nothing to go on; "protesters hurled rocks":
        # a riot, though anyone else's throwing is nothing.
        entry = _obstruction(tok, (None, None, None))
        return entry if entry[0] else None
    return None


#: Verbs of blocking a way: a blockade (191) or restriction (1723) by a state, a protest (144) by a crowd.
OBSTRUCT_VERBS = frozenset({"block", "blockade", "barricade", "obstruct"})
#: Verbs of protesting and rallying: a complaint (114) or a mobilisation (150) by a state, a demonstration
#: (141) by a crowd ("Hundreds of Libyans protested outside the Italian embassy").
DEMONSTRATE_VERBS = frozenset({"protest", "rally"})
#: Verbs of fighting in the street, a riot when a crowd does it.
CLASH_VERBS = frozenset({"clash", "scuffle", "brawl"})
#: Verbs of throwing, burning and wrecking, a riot when protesters do it ("protesters *torched* cars").
RIOT_VERBS = frozenset({"hurl", "throw", "pelt", "stone", "torch", "burn", "smash", "ransack", "vandalize",
                        "vandalise", "loot", "destroy", "attack", "storm", "trash", "damage", "wreck"})
def _in_object(token, verb) -> bool:
    """Whether ``token`` is ``verb``'s object or a word of its name ("threw a *Molotov* cocktail")."""
    while token.dep_ in ("compound", "amod", "nmod") and token.head.i != token.i:
        token = token.head
    return token.dep_ in OBJ and token.head.i == verb.i


#: Riot verbs whose object is what is thrown, not what is hit ("hurled *rocks* at police").
HURLING_VERBS = frozenset({"hurl", "throw", "lob", "fling"})
#: Nouns (lemmas) of people who protest, whose violence is a riot.
PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "rioter", "marcher", "striker", "mob"})


#: Words of a clash fought with force, not words ("clashed near the border", "clashes left five dead"): lemmas.
CLASH_VIOLENCE_WORDS = frozenset({
    "kill", "die", "dead", "death", "wound", "injure", "injured", "casualty", "shoot", "shot", "fire", "gunfire",
    "gun", "gunman", "artillery", "mortar", "rocket", "grenade", "bullet", "weapon", "armed", "troop", "soldier",
    "army", "military", "police", "policeman", "militia", "militiaman", "rebel", "guerrilla", "insurgent",
    "militant", "fighter", "border", "frontier", "skirmish", "violence", "violent", "fighting", "battle", "riot",
    "stone", "rock", "tear", "baton", "arrest", "bloody", "tank", "warship", "navy", "patrol", "guard"})
#: Entity labels of a place two states may fight over ("clashed over *Kashmir*").
CLASH_PLACE_ENTS = frozenset(NAMED_PLACE_KINDS) | {"Country"}
#: Verbs of clashing that may be a quarrel as well as a fight ("clashed with the chancellor over the budget").
WORDY_CLASH_VERBS = frozenset({"clash"})


def _verbal_clash(tok, entry: tuple) -> tuple:
    """A quarrel (110) for a clash of parties none of whom is armed, in a sentence with no word of force:
    "Thatcher clashed with Kohl over farm subsidies", "Britain clashed with France over fishing policy";
    the entry otherwise ("troops clashed with rebels", "Iran and Iraq clashed near the border", "five were
    killed as ... clashed")."""
    if tok.lemma_.lower() not in WORDY_CLASH_VERBS or entry[:2] != ("attacks", "190"):
        return entry
    if any(w.lemma_.lower() in CLASH_VIOLENCE_WORDS or w.lower_ in CLASH_VIOLENCE_WORDS or _military_noun(w)
           or w.ent_type_ in FORCE_TYPES for w in tok.sent):
        return entry
    sides = [c for c in tok.children if c.dep_ in SUBJ] + _pobjs(tok, ("with",))
    sides += [c for s in sides for c in s.conjuncts]
    if not any(_clashing_person(s) for s in sides) and not any(
            p.ent_type_ not in CLASH_PLACE_ENTS for p in _pobjs(tok, ("over", "about", "on"))):
        # "Israel and the Palestinians clashed in the West Bank", "India and Pakistan clashed over Kashmir":
        # states and bodies clash by force unless what they clash over is a matter, not a place; people
        # of office clash in words.
        return entry
    return "opposes", "110", entry[2]


def _clashing_person(tok) -> bool:
    """Whether a party to a clash is a person or an office holder ("Thatcher", "the chancellor", "he")."""
    from .actors import TITLE_WORDS

    return tok.ent_type_ in ("PERSON", "Person") or tok.lower_ in ("he", "she", "him", "her") \
        or tok.lemma_.lower() in TITLE_WORDS or tok.lemma_.lower() in CIVILIAN_ROLE_NOUNS


def _obstruction(tok, entry: tuple[str, str, Optional[str]]) -> tuple[str, str, Optional[str]]:
    """CAMEO 144 for a way blocked by a crowd ("Young Algerians blocked roads", "French paper
    workers blocked the bridge", "rebels blocked transport"), 141 for a crowd protesting or rallying
    ("Thousands of Palestinians marched to protest Y"), the lexicon's entry otherwise."""
    lemma = tok.lemma_.lower()
    if lemma in OBSTRUCT_VERBS and entry[0] in ("coerces", "attacks"):
        crowd_entry = ("protests", "144", None)
    elif lemma in DEMONSTRATE_VERBS and entry[0] != "protests":
        crowd_entry = ("protests", "141", entry[2])
    elif lemma in CLASH_VERBS and entry[0] == "attacks":
        # "Indonesian students clashed with police": a crowd's clash is a violent protest (145).
        crowd_entry = ("protests", "145", None)
    elif lemma in RIOT_VERBS and entry[0] in (None, "attacks", "coerces"):
        # "Protesters hurled rocks at police", "demonstrators torched a police station": a riot (145) by
        # those who protest; not by anyone else of a crowd ("residents attacked a teenager").
        subjects = _holder_subjects(tok)[1]
        noun = _counted(subjects[0]) or subjects[0] if subjects else None
        return ("protests", "145", None) if noun is not None and noun.lemma_.lower() in PROTESTER_NOUNS else entry
    else:
        return entry
    # A verb without a subject of its own ("marched *to protest*", "X blocked roads and *burned* tyres")
    # is done by the subject of the clause above.
    subjects = _holder_subjects(tok)[1]
    return crowd_entry if subjects and _is_crowd(subjects[0]) else entry


def _is_crowd(tok) -> bool:
    """Whether ``tok`` names a crowd: people of a sector ("students", "thousands of workers") or of a
    nation in the plural ("Palestinians", "hundreds of Libyans")."""
    if (inner := _counted(tok)) is not None:
        return _is_crowd(inner)
    return _people_noun(tok) is not None or (tok.ent_type_ in ("Demonym", "NORP") and (
        tok.tag_ in ("NNPS", "NNS") or tok.lower_.endswith("s")))


#: Entity types of an amount: "gave X *5 million dollars* of aid".
AMOUNT_ENTS = frozenset({"MONEY", "QUANTITY", "CARDINAL", "DATE"})


def _object_words(obj) -> list:
    """The object and, when it is an amount, what it is an amount of ("5 million dollars *of aid*",
    "$2 million *in aid*", "thousands *of troops*", "10 days *of war games*"): the phrase the dictionary
    codes is "give aid"."""
    if obj.ent_type_ not in AMOUNT_ENTS and obj.lemma_.lower() not in QUANTITY_NOUNS and not obj.like_num:
        return [obj]
    return [obj] + _pobjs(obj, ("of", "in"))


def _nominalised_phrase(noun, verb: str, relation: str, cameo: str) -> tuple[str, str]:
    """The code of ``verb``'s phrase with the ``of`` object of ``noun`` as its object ("the
    *expulsion of diplomats*" is "expel diplomat", 161, not the bare verb's 174), else the noun's own."""
    lexicon = codes.verb_lexicon()
    extra = triggers()["phrase_overrides"]
    for p in _pobjs(noun, ("of",)):
        for o in _object_words(p):
            key = f"{verb} {o.lemma_.lower()}"
            hit = extra.get(key) or lexicon["phrases"].get(key)
            if hit and hit.get("relation") and hit.get("cameo"):
                return hit["relation"], hit["cameo"]
    return relation, cameo


#: Dependents of an event noun that name who does it: "*Russia's* offer", "a *Russian* offer", "*NATO* strikes".
DOER_MODIFIERS = ("poss", "amod", "compound")


def _modifier_actors(modifier, index: ActorIndex) -> list[ActorMention]:
    """Actors a modifier of an event noun names: the actor written there, or the state a demonym
    stands for ("a *Russian* offer of aid").

    Parameters
    ----------
    modifier
        A dependent of the noun, one of :data:`DOER_MODIFIERS`.
    index
        The document's actors.

    Returns
    -------
    list[ActorMention]
    """
    if index.at(modifier.i) is not None:
        # Only an actor's own word goes through actors_of (for its conjuncts, "*US and British* strikes"): a
        # plain word there would hand on to its own modifiers and "of" objects, which do not do the event.
        return actors_of(modifier, index)
    country = _demonym_country(modifier)
    return [country] if country is not None else []


#: Quotation marks, which around a lone event noun are the writer's doubt of it.
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def _scare_quoted(tok) -> bool:
    """Whether ``tok`` stands alone in quotation marks: "Assad's *“war”* on ISIL is a sham" is a war the
    writer disputes, not one the text asserts."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text in QUOTE_MARKS and doc[tok.i + 1].text in QUOTE_MARKS


#: Verbs that end or ease a measure: their object (or passive subject) is not being imposed.
LIFTING_VERBS = frozenset({"lift", "ease", "relax", "end", "remove", "scrap", "drop", "revoke", "rescind", "repeal",
                           "waive", "loosen", "terminate"})


#: Verbs by which their subject keeps up the attacks their object names ("*maintained* its rocket attacks on
#: Israel"); only for attacks ("maintained contacts" is no act against anyone). Not "sustain", whose subject
#: as often suffers them ("Israel sustained rocket attacks").
KEPT_UP_VERBS = frozenset({"maintain"})
#: Verbs of an attack's own clause whose object is what it hits ("airstrikes *targeting* ISIS fighters").
AIMING_VERBS = frozenset({"target", "hit", "strike", "aim", "pound"})
#: Nouns of a task that is an armed attack only when a modifier says so ("*strike* missions", "*combat*
#: sorties"): a "mission" alone may be a diplomatic or a peacekeeping one.
ARMED_TASK_NOUNS = frozenset({"mission", "missions"})
#: Modifiers that make such a task an attack, with the CAMEO code of the attack they make.
ARMED_TASK_WORDS = {"strike": "195", "airstrike": "195", "bombing": "195", "bomber": "195", "combat": "190",
                    "attack": "190", "assault": "190"}


def _armed_task(tok) -> Optional[dict]:
    """The noun lexicon's entry that a task noun modified as an attack would have: "flew *strike missions*
    against ISIS" (a strike on its "against" or "on" object), else None ("a fact-finding mission to Syria")."""
    if tok.lemma_.lower() not in ARMED_TASK_NOUNS and tok.lower_ not in ARMED_TASK_NOUNS:
        return None
    code = next((ARMED_TASK_WORDS[c.lower_] for c in tok.children
                 if c.dep_ in ("compound", "amod") and c.lower_ in ARMED_TASK_WORDS), None)
    return None if code is None else {"relation": "attacks", "cameo": code, "mutual": False,
                                      "prep": ["against", "on"], "armed_task": True}


def noun_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``tensions between X and Y``, ``X's campaign against Y``, ``X held talks with Y`` ..."""
    nouns = triggers()["nouns"]
    support = frozenset(triggers()["support_verbs"])
    speech = frozenset(triggers()["speech_support_verbs"])
    for tok in select(doc, pos=("NOUN", "PROPN", "VERB")):
        if tok.pos_ == "VERB" and tok.dep_ not in NOMINAL_DEPS:
            continue
        entry = nouns.get(tok.lower_) or nouns.get(tok.lemma_.lower()) or _armed_task(tok)
        if entry is None or _scare_quoted(tok):
            continue
        relation, cameo = entry["relation"], entry["cameo"]
        if entry.get("verb"):
            relation, cameo = _nominalised_phrase(tok, entry["verb"], relation, cameo)
        if relation in HOSTILE and tok.dep_ in OBJ + PASSIVE_SUBJ and tok.head.lemma_.lower() in LIFTING_VERBS:
            # "UN sanctions on Iraq were lifted", "Israel eased its blockade of Gaza": an end, or an easing,
            # of a hostile measure is no new one (CAMEO files it as a concession, 08x).
            continue
        if relation in BREACHABLE_RELATIONS and _breached(tok):
            # "Mwanawasa reneged on his commitment to the Zambian people", "broke the pact with X": a bond
            # broken is no support.
            continue
        if relation == "supports" and _armed_backing(tok, index):
            relation, cameo = "cooperates", "062"
        between: list[ActorMention] = []
        sources: list[ActorMention] = []
        targets: list[ActorMention] = []
        misplaced: list[ActorMention] = []
        misplaced_targets: list[ActorMention] = []
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("between", "among"):
                for p in child.children:
                    if p.dep_ == "pobj":
                        between.extend(actors_of(p, index))
            elif child.dep_ == "prep" and child.lower_ in entry["prep"]:
                for p in child.children:
                    if p.dep_ == "pobj":
                        found = actors_of(p, index)
                        if relation in BACKING_RELATIONS and p.lemma_.lower() in THEATRE_NOUNS:
                            # "support for the *Iraq* war": a place naming a war is where (or whom) it is
                            # fought, not whom the support is for
                            found = [m for m in found if not (m.type in PLACE_TYPES and doc[m.head].dep_ == "compound"
                                                              and doc[m.head].head.i == p.i)]
                        targets.extend(found)
                        # "the arrest of three Britons *by Iranian authorities*": the parser hangs the
                        # event's agent on its patient.
                        misplaced.extend(m for m in _prep_actors(p, ("by",), index) if m.type not in PLACE_ONLY)
            elif child.dep_ == "prep" and child.lower_ == "by":
                for p in child.children:
                    if p.dep_ == "pobj":
                        sources.extend(actors_of(p, index))
                        # "the protest by Greek Cypriots *against Turkey*": the target hung on the agent.
                        misplaced_targets.extend(_prep_actors(p, set(entry["prep"]) - {"of"}, index))
            elif child.dep_ in DOER_MODIFIERS:
                sources.extend(_modifier_actors(child, index))
        sources = sources or misplaced
        targets = targets or misplaced_targets
        if not between and entry.get("mutual") and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
            # "Fighting broke out between X and Y", "clashes erupted between X and Y": the parser hangs
            # the parties on the verb of the event's happening.
            between = _prep_actors(tok.head, ("between",), index)
        if between:
            for s, t in _opposite_sides(between, doc):
                for a, b in ((s, t), (t, s)) if not codes.relation_info(relation).symmetric else ((s, t),):
                    r = _make(relation, a, b, tok, index, doc_date, cameo, "noun-between", 0.75)
                    if r is not None:
                        yield r
            continue
        if not targets and relation == "threatens":
            # "a threat by Russia *to cut gas supplies to Ukraine*": whom the threatened act is aimed at.
            lexicon = codes.verb_lexicon()
            targets = [m for c in tok.children if c.dep_ == "acl" and c.tag_ == "VB"
                       and (e := _verb_entry(c, lexicon)) is not None and e[0] in HOSTILE
                       for m in _objects(c, index, modifiers=True) or _complement_targets(c, index, modifiers=True)]
        if not targets:
            # "a suspension of air links with Serbia": the target hangs on what the event is about.
            targets = [m for p in _pobjs(tok, ("of",)) if index.at(p.i) is None
                       for m in _prep_actors(p, entry["prep"], index)]
        if not targets and relation == "attacks":
            # "carried out raids *targeting* Hamas", "strikes *that hit* PKK positions", "strikes *aimed at*
            # ISIS": a clause on the attack names what it hits (a party, not the ground it lies on).
            targets = [m for c in tok.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in AIMING_VERBS
                       and not any(s.dep_ in SUBJ and s.lower_ not in RELATIVE_PRONOUNS for s in c.children)
                       for m in _objects(c, index, ("at",)) if m.type not in PLACE_ONLY]
        seen_at = None
        if not targets and relation in PEOPLE_ACTS:
            # "ISIL's attacks on civilians in Mosul", "the killing of 35 civilians in Mosul": as in verb_rule
            party = next((hit for p in _pobjs(tok, entry["prep"]) if (hit := _people_party(p, tok, index))), None)
            if party is not None:
                people, seen_at = party
                targets = [people]
        if not targets and tok.dep_ == "dobj" and tok.head.lemma_.lower() in support \
                and _verb_entry(tok.head, codes.verb_lexicon()) is None:
            # "opened a probe *into* Chinese leaders": the parser hangs the event's target on the light verb,
            # which has none of its own.
            targets = _prep_actors(tok.head, set(entry["prep"]) - {"of"}, index)
        if relation == "aids" and not sources:
            givers, receivers, giving = _aid_giver(tok, index)
            if givers:
                # The giving word says whether the aid was given or only promised ("will provide", "pledged").
                given, code = _aid_or_pledge(giving, cameo)
                yield from _pairs(given, givers, targets or receivers, giving, index, doc_date, code,
                                  "noun-given", 0.75, False)
                continue
        if not targets and entry.get("mutual") and relation in JOINT_RELATIONS:
            held = _counted_event(tok)
            if held.dep_ in OBJ and held.head.lemma_.lower() in JOINT_VERBS \
                    and held.head.lemma_.lower() not in triggers()["reciprocal_verbs"]:
                # "Argentina and Chile reached an agreement", "Colombia and Ecuador concluded a pact": the
                # parties named together are the parties to it (not to "a war", which may be on a third).
                # A reciprocal verb ("signed") already relates them (verb_rule).
                parties, passive = _subjects(held.head, index)
                if not passive:
                    yield from _pairs(relation, parties, [], tok, index, doc_date, cameo, "noun-joint", 0.75, True)
            continue
        held = _counted_event(tok)
        if entry.get("armed_task"):
            # ("flew strike missions against Raqqa": the ground flown over is no party)
            targets = [m for m in targets if m.type not in PLACE_ONLY]
        if not targets:
            continue
        if not sources:
            sources = _possessor_above(tok, index)
        if not sources and held.dep_ in OBJ and (held.head.lemma_.lower() in support or (
                held.head.lemma_.lower() in speech and relation != "protests") or (
                relation == "attacks" and held.head.lemma_.lower() in KEPT_UP_VERBS)):
            # "X held talks with Y", "X launched an offensive against Y" (not "X condemned the attack"),
            # "X held a first round of talks with Y"
            sources, _passive = _subjects(held.head, index)
        if not sources and relation in CLAIMABLE_RELATIONS and (claim := _claim_of(held)) is not None:
            # "Al-Shabab claimed responsibility for the attacks on the embassies", "IS claimed the bombing":
            # CAMEO codes the claimant as the author (CLAIM RESPONSIBILITY FOR ATTACK, 190).
            sources, _passive = _subjects(claim, index)
        if not sources and relation == "meets" and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
                and tok.head.head.pos_ == "VERB" and tok.head.head.lemma_.lower() in TRAVEL_VERBS:
            # "X arrived in Cairo *for talks with* Y": who travels for talks holds them.
            found, passive = _subjects(tok.head.head, index)
            sources = [] if passive else found
        if not sources and tok.dep_ in ("nsubj", "nsubjpass"):
            continue
        yield from _pairs(relation, sources, targets, tok, index, doc_date, cameo, "noun", 0.75, False)
        if sources and seen_at is not None and seen_at.type in PLACE_ONLY and relation in PRESENCE_ACTS:
            yield from _opt(_make("located-in", targets[0], seen_at, tok, index, doc_date, None, "located-people",
                                  0.6))


#: Verbs of going back on a bond (a commitment, an agreement) whose object or "on"/"from" object it is.
BREACH_VERBS = frozenset({"renege", "abandon", "break", "breach", "violate", "betray", "repudiate", "abrogate",
                          "withdraw", "back", "walk", "pull", "scrap", "tear", "rip", "ditch", "quit"})
BREACHABLE_RELATIONS = frozenset({"supports", "cooperates"})


def _breached(noun) -> bool:
    """Whether ``noun`` is what a verb of :data:`BREACH_VERBS` goes back on ("reneged *on* his commitment",
    "broke the agreement", "pulled out *of* the deal")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("on", "from", "of", "out") and head.head.i != head.i:
        head = head.head
        if head.dep_ in ("prt", "prep") and head.head.i != head.i:
            head = head.head
    elif noun.dep_ not in OBJ + PASSIVE_SUBJ:
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in BREACH_VERBS


#: Verbs that make a measure harsher, whose agent is the measure's author ("sanctions were *tightened* by X").
TIGHTEN_VERBS = frozenset({"tighten", "expand", "widen", "broaden", "toughen", "strengthen", "reimpose", "renew"})


def imposed_measure_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``Sanctions against Iran were tightened by the Security Council``, ``An arms embargo was imposed on
    Libya by the UN``: the agent of the passive verb that imposes, launches or tightens an event noun is its
    author; the target hangs on the noun or on the verb."""
    nouns = triggers()["nouns"]
    support = frozenset(triggers()["support_verbs"]) | TIGHTEN_VERBS
    for tok in select(doc, dep=("nsubjpass", "acl")):
        if tok.dep_ == "acl":
            # "Sanctions *imposed by the UN on Iraq* remain in force"
            if tok.tag_ != "VBN" or tok.head.i == tok.i:
                continue
            tok, verb = tok.head, tok
        else:
            verb = tok.head
        entry = nouns.get(tok.lower_) or nouns.get(tok.lemma_.lower())
        if entry is None or entry.get("mutual") or verb.lemma_.lower() not in support:
            continue
        sources = _agent(verb, index)
        targets = _prep_actors(tok, entry["prep"], index) or _prep_actors(verb, set(entry["prep"]) - {"of"}, index)
        yield from _pairs(entry["relation"], sources, targets, tok, index, doc_date, entry["cameo"],
                          "noun-imposed", 0.75, False)


#: Mutual relations whose parties may be the coordinated subject of the verb that makes the event (an
#: agreement, 057, is supports).
JOINT_RELATIONS = frozenset({"meets", "cooperates", "supports"})
#: Verbs that make an agreement or meeting with whoever else is their subject ("X and Y *reached* a deal").
JOINT_VERBS = frozenset({"reach", "sign", "conclude", "seal", "strike", "forge", "ink", "clinch", "hold"})
#: Verbs whose subject (or passive agent) gives their object: "pledged aid to", "aid was delivered to".
GIVING_VERBS = frozenset({"give", "provide", "send", "deliver", "pledge", "offer", "promise", "grant", "donate",
                          "ship", "airlift", "extend", "dispatch"})
#: Nouns of giving whose "of" object is what is given: "a Russian *offer* of aid to Syria".
GIVING_NOUNS = frozenset({"offer", "pledge", "promise", "delivery", "shipment", "gift", "donation"})
#: Words of giving that only announce the gift: an intent to give aid (CAMEO 033x, as the verb lexicon's
#: "pledge aid" and intent_rule's "offered to provide aid"), not aid given.
PLEDGING_WORDS = frozenset({"pledge", "offer", "promise"})
#: The intent-to-aid code of each aid code (economic 0331, military 0332, humanitarian 0333, protection 0334).
PLEDGED_CAMEO = {"07": "033", "070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334"}


def _aid_or_pledge(giving, cameo: Optional[str]) -> tuple[str, Optional[str]]:
    """The relation and code of aid given by the word ``giving``: aids, or, pledged or offered ("Germany
    pledged $10 million to Ethiopia"), cooperates with its intent-to-aid code."""
    if giving.lemma_.lower() in PLEDGING_WORDS:
        return "cooperates", PLEDGED_CAMEO.get(cameo or "", "033")
    return "aids", cameo


def _aid_giver(noun, index: ActorIndex) -> tuple[list[ActorMention], list[ActorMention], object]:
    """Who gives the aid ``noun`` names and to whom, when a giving word carries both: "Germany pledged
    50 million euros in aid to Afghanistan", "food aid was delivered to Ethiopia by the WFP", "a Russian
    offer of aid to Syria"; the third item is the giving word. Any other governing word ("NATO discussed aid
    to Kiev") gives nobody."""
    holder = noun
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        up = noun.head.head
        if noun.head.lower_ == "in" and up.dep_ in OBJ + PASSIVE_SUBJ and up.pos_ in ("NOUN", "NUM"):
            holder = up  # the amount given: "50 million euros in aid"
        elif noun.head.lower_ == "of" and up.pos_ == "NOUN" and up.lemma_.lower() in GIVING_NOUNS:
            holder = up
    if holder is not noun and holder.pos_ == "NOUN" and holder.lemma_.lower() in GIVING_NOUNS:
        givers = [m for c in holder.children if c.dep_ in DOER_MODIFIERS for m in _modifier_actors(c, index)]
        return givers, _prep_actors(holder, ("to", "for"), index), holder
    verb = holder.head
    if verb.i == holder.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in GIVING_VERBS:
        return [], [], noun
    if holder.dep_ in ("dobj", "obj"):
        givers, passive = _subjects(verb, index)
        if passive:
            return [], [], noun
    elif holder.dep_ in PASSIVE_SUBJ:
        givers = _agent(verb, index)
    else:
        return [], [], noun
    receivers = [m for c in verb.children if c.dep_ == "dative" for m in _dative_actors(c, index)]
    return givers, receivers + _prep_actors(verb, ("to", "for"), index), verb


#: Nouns that count events ("a first *round* of talks", "a *series* of strikes").
EVENT_COUNTS = frozenset({"round", "rounds", "series", "wave", "waves", "string", "spate", "flurry", "number"})


def _claims_an_act(verb) -> bool:
    """Whether ``verb`` ("claim") has an act or the responsibility for one as its object."""
    nouns = triggers()["nouns"]
    for c in verb.children:
        if c.dep_ in OBJ and (c.lemma_.lower() in RESPONSIBILITY_NOUNS or (
                (e := nouns.get(c.lower_) or nouns.get(c.lemma_.lower())) is not None
                and e["relation"] in CLAIMABLE_RELATIONS)):
            return True
    return False


#: Relations of acts whose author may claim them ("claimed responsibility for the kidnapping").
CLAIMABLE_RELATIONS = frozenset({"attacks", "coerces"})
#: Verbs of owning up to an act, with "responsibility"/"credit" for it or the act as object.
OWNING_VERBS = frozenset({"claim", "accept", "take", "admit", "acknowledge"})
#: What is owned up to, "for" the act.
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "credit"})


def _claim_of(noun):
    """The verb by which an act's author owns up to the act ``noun``: "claimed *the bombing*",
    "claimed (took, admitted) responsibility *for the attack*"; else ``None``."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in RESPONSIBILITY_NOUNS:
        noun, head = head.head, head.head.head
        if noun.dep_ not in OBJ or head.pos_ != "VERB" or head.lemma_.lower() not in OWNING_VERBS:
            return None
        return head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() in OWNING_VERBS and any(
                c.dep_ in OBJ and c.lemma_.lower() in RESPONSIBILITY_NOUNS for c in head.head.children):
        # "took credit | for the attacks": the parser hangs the "for" on the verb
        return head.head
    if noun.dep_ in OBJ and head.pos_ == "VERB" and head.lemma_.lower() == "claim":
        return head
    return None


def _counted_event(noun):
    """The noun that counts ``noun`` ("a first *round* of talks") when there is one, else ``noun``."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in EVENT_COUNTS:
        return noun.head.head
    return noun


#: Possessive pronouns that stand for a phrase the event noun is said of ("X *in their* fight"); not the
#: speaker's "our".
PLURAL_POSSESSIVES = SELF_POSSESSIVES - {"our"}


def _possessor_above(noun, index: ActorIndex) -> list[ActorMention]:
    """"the Government of Iraq and the Iraqi people *in their fight* against ISIL", "support for the
    Iraqi people in their fight ...": the owner of "their"/"its" is the phrase the "in" phrase
    qualifies (all its conjuncts), or what that phrase is about (its "of"/"for"/"to" object)."""
    if noun.dep_ != "pobj" or not any(c.dep_ == "poss" and c.lower_ in PLURAL_POSSESSIVES for c in noun.children):
        return []
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return []
    holder = prep.head
    while holder.dep_ == "conj" and holder.head.i != holder.i:
        holder = holder.head
    if holder.pos_ not in ("NOUN", "PROPN"):
        return []
    # "Canada's support to the Iraqi forces in their fight": who is backed is in it, not the backer.
    backed = _prep_actors(holder, ("for", "to"), index) if holder.lemma_.lower() in FIGHT_BACKING_NOUNS else []
    found = backed or actors_of(holder, index)
    if not found:
        found = _prep_actors(holder, ("of", "for", "to"), index)
    return [m for m in found if m.type not in PLACE_ONLY]


#: Verbs of sending or moving forces somewhere.
STATIONING_MOVES = frozenset({"deploy", "send", "dispatch", "move", "station", "rush"})


#: Prepositions of where forces are sent ("sent troops *to* Iraq", "*into* Syria").
DESTINATION_PREPS = frozenset({"to", "into", "in", "inside", "toward", "towards", "within"})
#: Verbs of a purpose that says forces are sent for someone ("to *help* the Iraqi army", "to *protect* Kuwait").
PROTECTING_VERBS = frozenset({"help", "assist", "aid", "support", "protect", "defend", "back", "bolster", "shore",
                           "reinforce", "train", "advise", "stabilise", "stabilize"})
#: Nouns of asking someone in: forces sent "at the *request* of Mali", "at Baghdad's *invitation*".
INVITATION_NOUNS = frozenset({"request", "invitation", "behest", "appeal", "plea", "bidding"})
#: Prepositions of an invitation ("*at* the request of", "*upon* an invitation", "*following* an appeal").
INVITATION_PREPS = frozenset({"at", "upon", "on", "following", "after"})
#: Nouns of a cause forces are sent in: "*in support of* the Nigerian army", "*to the aid of* Kuwait".
HELP_NOUNS = frozenset({"support", "aid", "defence", "defense", "assistance", "protection", "help", "rescue"})


def _deployed_for(verb, relation: str, cameo: Optional[str], targets: list, sources: list,
                  index: ActorIndex) -> tuple:
    """The relation, code and targets of a verb that sends forces, once the states they are sent *to* are
    weighed: such a state is aided (CAMEO 074, military protection) only when the text says the forces are
    for it (:func:`_deployment_beneficiaries`); otherwise it is where they are, which the stationing rule
    records, and no party of the sending (the dictionary's "send troops", 072, would make an invasion
    aid). A place that is no state stays the target of a show of force ("deployed warships to the South
    China Sea").

    Returns
    -------
    tuple
        ``(relation, cameo, targets)``.
    """
    doc = verb.doc
    holders = {verb.i} | {c.i for c in verb.children if c.dep_ in OBJ}
    dest = [t for t in targets if _sent_to(doc[t.head], holders)
            and (t.type == "Country" or (relation == "aids" and t.type in PLACE_TYPES))]
    if not dest or (relation == "aids" and not (cameo or "").startswith("072")):
        # (aid sent, "sent observers to Ukraine" (073), is what it says; so is peacekeeping, 074)
        return relation, cameo, targets
    rest = [t for t in targets if t not in dest]
    helped = _deployment_beneficiaries(verb, index)
    if helped is None:
        return relation, cameo, rest
    own = {m.actor_id for m in sources}
    helped = [m for m in helped if m.actor_id not in own] or [t for t in dest if t.type == "Country"]
    return "aids", "074", rest + [m for m in helped if m not in rest]


def _sent_to(tok, holders: set) -> bool:
    """Whether ``tok`` is the object of a preposition of destination hung on the sending verb or its object
    ("sent troops *to Iraq*", "to Iraq and *Syria*")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and prep.dep_ in ("prep", "dative") and prep.lower_ in DESTINATION_PREPS \
        and prep.head.i in holders


def _deployment_beneficiaries(verb, index: ActorIndex) -> Optional[list[ActorMention]]:
    """Whom the forces ``verb`` sends are said to be for, or ``None`` when the text says they are for no
    one: a purpose of helping ("to help the Iraqi army", "to support the government"), an invitation ("at
    the request of the Malian government", "at Baghdad's invitation"), a cause ("in support of the Nigerian
    army") or peacekeepers. An empty list: for the state they are sent to, unnamed ("to help stabilise
    the country", "at the request of the government" resolved to no actor)."""
    objects = [c for c in verb.children if c.dep_ in OBJ]
    if any(_peacekeepers(o) is not None for o in objects):
        return []
    for holder in [verb] + objects:
        for c in holder.children:
            if c.dep_ in ("advcl", "xcomp", "acl") and c.lemma_.lower() in PROTECTING_VERBS \
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                helped = [g for g in c.children if g.dep_ in OBJ] + [
                    s for g in c.children if g.dep_ in ("ccomp", "xcomp") for s in g.children if s.dep_ in SUBJ]
                found = [m for g in helped for m in actors_of(g, index)]
                # ("to protect its embassy": a purpose that names no one aided is no aid of the state)
                if found or not helped:
                    return found
    for holder in [verb] + objects:
        for p in _pobjs(holder, INVITATION_PREPS):
            if p.lemma_.lower() in INVITATION_NOUNS:
                return actors_of(p, index) + _prep_actors(p, ("of",), index)
        for p in _pobjs(holder, ("in", "to")):
            if p.lemma_.lower() in HELP_NOUNS:
                return _prep_actors(p, ("of",), index) + [
                    m for c in p.children if c.dep_ == "poss" for m in actors_of(c, index)]
    return None


def _across_border(verb, sources: list[ActorMention], index: ActorIndex) -> list[ActorMention]:
    """The states across the border that ``verb`` (or its object, or its "on alert") puts a force at:
    "massed troops on the Lebanese border", "deployed troops to its border with Colombia", "placed its air
    force on high alert along the border with India"."""
    own = {m.country for m in sources}
    holders = [verb] + [c for c in verb.children if c.dep_ in OBJ] + _pobjs(verb, ("on",))
    borders = [b for h in holders for b in _pobjs(h, BORDER_PREPS) if b.lemma_.lower() in BORDER_NOUNS]
    # ("with Pakistan" may hang on the verb: "were placed on high alert along the border with Pakistan")
    return [m for b in borders for m in actors_of(b, index) + _prep_actors(b, ("with",), index)
            + _prep_actors(verb, ("with",), index) if m.country not in own and m.type == "Country"]


#: A border and the prepositions that put a force at it.
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
BORDER_PREPS = frozenset({"to", "on", "along", "near", "at", "toward", "towards"})
#: Verbs of trade, whose object is what is traded.
COMMERCE_VERBS = frozenset({"sell", "buy", "purchase", "acquire", "resell"})
#: Prepositions of the place of a purchase, no partner in it.
SHOP_PREPS = frozenset({"at"})
#: Verbs that the dictionary reads as setting out on a journey ("set off", 042), which with an object are not.
DEPARTING_VERBS = frozenset({"set", "rush", "return", "hurry", "race", "dash", "fly", "travel"})
#: Verbs of going somewhere, whose "for" names what one goes for ("flew to Cairo for talks").
TRAVEL_VERBS = frozenset({"arrive", "travel", "go", "come", "fly", "head", "leave", "return", "depart", "set",
                          "visit", "meet"})


def adjective_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``X is opposed to Y``, ``X is critical of Y``, ``X, allied with Y``."""
    adjectives = triggers()["adjectives"]
    for tok in select(doc, lower=_keys("adjectives")):
        entry = adjectives.get(tok.lower_)
        if entry is None or tok.dep_ not in ("acomp", "amod", "advcl", "xcomp", "ROOT", "conj", "oprd"):
            continue
        targets: list[ActorMention] = []
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in entry["prep"]:
                for p in child.children:
                    if p.dep_ == "pobj":
                        targets.extend(actors_of(p, index))
        if not targets:
            continue
        if tok.dep_ == "amod":
            sources = actors_of(tok.head, index)
        else:
            sources, _ = _subjects(tok if any(c.dep_ in SUBJ for c in tok.children) else tok.head, index)
        yield from _pairs(entry["relation"], sources, targets, tok, index, doc_date, entry["cameo"],
                          "adjective", 0.8, False)


def _places(tok, index: ActorIndex, preps, modifiers: bool = True) -> list[tuple[ActorMention, object]]:
    out = []
    for child in tok.children:
        if child.lower_ in DIRECTION_WORDS and child.lower_ in preps and child.dep_ in ("advmod", "npadvmod", "prep"):
            # "stationed north of Mosul": the place the direction is taken from (only for callers that
            # list the direction words among their prepositions), unless it is only a landmark
            if not _landmark_only(child, index):
                out.extend((m, child) for p in _pobjs(child, ("of",)) for m in actors_of(p, index, False)
                           if m.type in PLACE_TYPES)
            continue
        if child.dep_ == "prep" and child.lower_ in preps:
            # "near the *Turkish* border" says nothing of which side: only "in", "at" ... "the Turkish
            # capital" may name a place by its state's word.
            named_only = not modifiers or child.lower_ in SURROUNDING_PREPS
            for p in child.children:
                if p.dep_ == "pobj":
                    found = [m for m in actors_of(p, index, not named_only) if m.type in PLACE_TYPES]
                    if not found and _place_noun(p, triggers()["location"]["place_nouns"]):
                        # "in the outskirts of Bashiqa", "in the ancient site of Palmyra": the place named after;
                        # "in Helmand province": the name the kind of place carries (not a state's adjective:
                        # "the Turkish border" says nothing of where).
                        found = [m for q in _pobjs(p, ("of",)) for m in actors_of(q, index) if m.type in PLACE_TYPES]
                        found += [m for c in p.lefts if c.dep_ == "compound" for m in [index.at(c.i)]
                                  if m is not None and m.type in PLACE_ONLY]
                    out.extend((m, child) for m in found)
    return out


#: Nouns of a distance, which make the place it is measured from a landmark ("*30 km* south of Mosul").
DISTANCE_NOUNS = frozenset({"km", "kms", "kilometer", "kilometers", "kilometre", "kilometres", "mile", "miles",
                            "meter", "meters", "metre", "metres", "yard", "yards", "mi"})


#: Words that qualify a distance ("*some* 30 km", "*about* two miles").
APPROXIMATE_WORDS = frozenset({"some", "about", "around", "roughly", "nearly", "almost", "approximately", "over",
                               "more", "than", "less", "a", "few", "several", "-", "(", ")"})


def _landmark_only(direction, index: ActorIndex) -> bool:
    """Whether the place a direction word is taken from is only a landmark: measured from ("*30 km*
    south of Mosul", "some 30 kilometers (20 miles) south of Mosul": a force that far off is not at
    Mosul) or describing a place named just before ("in the village of Kalta*,* north of Raqqa", "in
    Al-Wasata area, south of Al-Atarab": the force is in Kalta, in Al-Wasata; Raqqa and Al-Atarab
    only say where those are)."""
    doc = direction.doc
    if _distance_before(direction):
        return True
    i = direction.i - 1
    while i >= 0 and (doc[i].like_num or doc[i].lower_ in APPROXIMATE_WORDS):
        i -= 1
    if i < 1 or doc[i].text != ",":
        return False
    before = doc[i - 1]
    named = index.at(before.i)
    return (named is not None and named.type in PLACE_TYPES) or before.lemma_.lower() in QUARTER_NOUNS \
        or _place_noun(before, triggers()["location"]["place_nouns"])


def _distance_before(tok) -> bool:
    """Whether a distance is written just before ``tok`` ("*30 km* south of", "*some 40 miles* from"); the
    parser hangs it on the word or on the place before it, so the words are read."""
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and (doc[i].like_num or doc[i].lower_ in DISTANCE_NOUNS or doc[i].lower_ in APPROXIMATE_WORDS):
        if doc[i].lower_ in DISTANCE_NOUNS or doc[i].lemma_.lower() in DISTANCE_NOUNS:
            return True
        i -= 1
    return False


#: Words of a direction from a place ("north *of* Mosul"), which :func:`_places` reads as where a force is
#: when a caller lists them.
DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                             "north-east", "north-west", "south-east", "south-west"})
#: Prepositions of the surroundings of a place, which a state's word qualifying it does not locate.
SURROUNDING_PREPS = frozenset({"near", "outside", "around", "along", "beyond", "across"})
#: Prepositions (and directions) of where a force is: at, in, or near a place ("ISIL fighters *near* Mosul",
#: "troops massed *outside* Falluja", "stationed *north of* Mosul").
FORCE_PLACE_PREPS = frozenset({"at", "in", "inside", "near", "outside", "around"}) | DIRECTION_WORDS
#: Verbs of blows dealt from afar, whose place phrase is where they fall, not where who deals them is
#: ("fired rockets at Haifa", "shelled rebel positions in Aleppo"); fighters who attack, kill or clash
#: somewhere are there.
RANGED_BLOW_VERBS = frozenset({"fire", "shell", "bomb", "strike", "launch", "shoot", "target", "hit", "pound",
                               "bombard", "rocket", "mortar", "lob", "drop", "hurl", "aim", "airstrike", "blast",
                               "pummel", "missile", "strafe", "snipe"})
#: Verbs of moving, whose "into" phrase is where the mover ends up ("Turkish troops moved into Syria").
ENTERING_VERBS = frozenset({"move", "pour", "push", "advance", "cross", "march", "roll", "enter", "venture",
                            "sweep", "surge", "stream", "withdraw", "retreat", "flee", "escape"})


#: Verbs whose object is the place their subject gets into ("*entered* Mosul", "*reached* the outskirts of Mosul").
GETTING_INTO_VERBS = frozenset({"enter", "reach", "storm", "occupy", "infiltrate", "overrun", "penetrate"})
#: Verbs of doing a deed ("*carried out* attacks in Cameroon").
DOING_VERBS = frozenset({"carry", "conduct", "launch", "stage", "mount", "commit", "perpetrate"})
#: Deeds done where the doer is, unlike strikes from the air or from afar ("carried out *airstrikes* in Syria").
GROUND_DEED_NOUNS = frozenset({"attack", "atrocity", "raid", "ambush", "massacre", "killing", "kidnapping",
                               "abduction", "assault", "offensive", "operation", "execution", "incursion",
                               "patrol", "suicide"})
#: Verbs of moving forces to a new post, besides the lexicon's stationing verbs ("*redeployed* troops to Kirkuk").
REDEPLOYING_VERBS = frozenset({"redeploy", "reassign", "assign", "transfer", "relocate", "reposition", "move",
                               "rush"})


def _said_absent(noun) -> bool:
    """Whether ``noun`` names a force said not to be somewhere: "*No* Russian troops are in Ukraine"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _subject_place_verb(noun):
    """The verb a force's noun is the subject of, through a count ("*Thousands* of ISIS fighters are holed
    up in Raqqa"), or ``None``."""
    holder = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in QUANTITY_NOUNS | {
            "thousands", "hundreds", "dozens", "scores", "tens"}:
        holder = noun.head.head
    if holder.dep_ in SUBJ + PASSIVE_SUBJ and holder.head.pos_ in ("VERB", "AUX") and holder.head.i != holder.i:
        return holder.head
    return None


#: Verbs of a raid or killing, whose place phrase is where the victims were, no station of who did it.
RAID_VERBS = VIOLENT_VERBS | frozenset({"kill", "murder", "wound", "injure", "massacre", "assassinate", "execute",
                                        "slaughter", "gun"})


def _subject_places(verb, index: ActorIndex) -> list[tuple[ActorMention, object]]:
    """Where the subject of ``verb`` is, by the verb's place phrase: "Russian troops arrived in Damascus",
    "ISIL fighters clashed with Kurdish forces near Kobani", "troops moved into Syria".

    Not the place of a blow that may fall far from who deals it: an active verb of a blow from afar
    or an "at" phrase of a verb with an object ("fired rockets *at* Haifa", "shelled rebel positions
    in Aleppo" says where the shells fell, not where the guns were).
    """
    passive = any(c.dep_ in PASSIVE_SUBJ for c in verb.children)
    if not passive and verb.lemma_.lower() in RANGED_BLOW_VERBS:
        return []
    transitive = any(c.dep_ in OBJ and c.lemma_.lower() not in BORDER_NOUNS for c in verb.children)
    if not passive and transitive and verb.lemma_.lower() in RAID_VERBS:
        # "gunmen attacked a college campus in Garissa": where a raid struck is no place the raiders are
        # stationed at.
        return []
    preps = FORCE_PLACE_PREPS - ({"at"} if transitive and not passive else set())
    if verb.lemma_.lower() in ENTERING_VERBS and not transitive:
        preps = preps | {"into"}
    # "Boko Haram carried out attacks in Cameroon": the place of a deed done on the ground
    deeds = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in GROUND_DEED_NOUNS] \
        if verb.lemma_.lower() in DOING_VERBS and not passive else []
    found = [x for h in _presence_heads(verb) + deeds for x in _places(h, index, preps, modifiers=False)]
    if verb.lemma_.lower() in GETTING_INTO_VERBS and not passive:
        # "Iraqi troops entered Mosul", "reached the outskirts of Mosul": the place is the object.
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
            found += [(m, obj) for m in actors_of(obj, index, False) if m.type in PLACE_TYPES]
            if obj.lemma_.lower() in QUARTER_NOUNS:
                found += [(m, obj) for p in _pobjs(obj, ("of",)) for m in actors_of(p, index, False)
                          if m.type in PLACE_TYPES]
    return found


def _bygone(verb) -> bool:
    """Whether ``verb`` says a state of things that is over: "Britain *used to* have troops in Basra",
    "Canadian soldiers *previously* served in Kandahar", "Russia *once* had a base in Cam Ranh"."""
    if verb.dep_ == "xcomp" and verb.head.lower_ == "used" and any(c.lower_ == "to" for c in verb.children):
        return True
    if verb.lower_ == "used" and not any(c.dep_ in OBJ for c in verb.children) and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children):
        return True  # "British troops *used* to be stationed in Basra" (not "used drones to strike")
    return any(c.dep_ == "advmod" and c.lower_ in ONCE_WORDS for c in verb.children)


def stationed_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``the presence of X troops at Y``, ``X's troops in Y``, ``troops deployed to Y``,
    ``N X soldiers have been training at Y``, ``ISIL fighters in Mosul``: a military or an armed group at a
    place."""
    cfg = triggers()["stationing"]
    preps = frozenset(cfg["preps"])
    nouns = frozenset(cfg["nouns"])
    verbs = frozenset(cfg["verbs"]) | REDEPLOYING_VERBS | {"have"}
    # The tokens _force_at can answer for: a force's head, or the noun a force's word modifies.
    forces = [m for m in index if m.type in FORCE_TYPES]
    bodies = [m for m in index if m.type == "InternationalOrganisation"]  # "NATO troops", "UN peacekeepers"
    at_force = {m.head for m in forces} | {doc[j].head.i for m in forces + bodies
                                           for j in range(m.token_start, m.token_end)
                                           if doc[j].dep_ in FORCE_MODIFIERS}
    for tok in select(doc, pos=("NOUN", "VERB"), extra=at_force):
        lemma = tok.lemma_.lower()
        militaries: list[ActorMention] = []
        places: list[tuple[ActorMention, object]] = []
        rule, confidence, trigger = "", 0.0, tok
        if tok.pos_ == "NOUN" and lemma in nouns:
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for p in child.children:
                        if p.dep_ == "pobj":
                            militaries.extend(actors_of(p, index))
                            places.extend(_places(p, index, preps))
            militaries.extend(m for c in tok.children if c.dep_ == "poss" for m in actors_of(c, index))
            places.extend(_places(tok, index, preps))
            rule, confidence = "stationed-noun", 0.85
        elif tok.pos_ == "VERB" and lemma in verbs:
            subjects, passive = _subjects(tok, index)
            if passive:
                militaries = subjects
            else:
                objs = [m for c in tok.children if c.dep_ in OBJ for m in actors_of(c, index)]
                militaries = objs or subjects
                if not any(m.type == "Military" for m in militaries):
                    militaries = list(_implicit_military(tok, subjects))
            places = _places(tok, index, preps | FORCE_PLACE_PREPS)
            if lemma == "have" and any(_said_absent(c) for c in tok.children if c.dep_ in OBJ):
                continue  # "the US has *no* troops in Syria"
            if not places and lemma == "have":
                # "Turkey has 2,000 soldiers at the Bashiqa camp": the troops' own place phrase
                places = [x for c in tok.children if c.dep_ in OBJ for x in _places(c, index, FORCE_PLACE_PREPS)]
            rule, confidence = "stationed-verb", 0.8
        elif tok.i in at_force and not _former(tok) and (m := _force_at(tok, index)) is not None:
            # (not "*former* US soldiers in Texas": no longer the force's)
            militaries = [m]
            places = _places(tok, index, FORCE_PLACE_PREPS)
            rule, confidence = "stationed-modifier", 0.7
            if not places and (verb := _subject_place_verb(tok)) is not None:
                # the verb's tense and negation are the stationing's ("will not arrive in Damascus")
                places = _subject_places(verb, index)
                rule, confidence, trigger = "stationed-subject", 0.6, verb
        else:
            continue
        none = _said_absent(tok)
        gone = trigger.pos_ in ("VERB", "AUX") and _bygone(trigger)
        for mil in militaries:
            if mil.type not in FORCE_TYPES and not _body_troops(mil, doc):
                continue
            for place, prep in places:
                r = _make("stationed-at", mil, place, trigger, index, doc_date, None, rule, confidence)
                if r is not None:
                    r = replace(r, former=True) if gone and r.modality == "asserted" else r
                    yield replace(r, modality="negated") if none else r


#: Prepositions of where a blow fell ("Near Bayji, one strike engaged an ISIL unit").
STRUCK_AT_PREPS = frozenset({"near", "in", "inside", "outside", "around"})


def _near_as_subject(verb, index: ActorIndex) -> list:
    """``Near Rawah, two strikes engaged ...`` parsed with "Near Rawah" as the verb's subject (the
    parser took the opening "Near" into the name): the place, as ``(mention, "near")`` pairs."""
    out = []
    for c in verb.children:
        if c.dep_ == "nsubj" and any(g.lower_ == "near" and g.dep_ == "compound" and g.is_sent_start for g in c.lefts):
            out.extend((m, "near") for m in actors_of(c, index) if m.type in PLACE_ONLY)
    return out


def struck_force_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``Near Bayji, one strike engaged an ISIL tactical unit``, ``strikes destroyed an ISIL-held building
    near Tal Afar``, ``ISIL fighters were killed in Mosul``: an armed force struck at a place is there.

    Whoever struck need be no actor (a strike, a bomb); the blow is a verb of the ``attacks``
    lexicon, and the place a location phrase of that verb (or of the verb it is a conjunct of,
    which shares the fronted "Near X,").
    """
    lexicon = codes.verb_lexicon()
    for tok in select(doc, pos=("VERB",)):
        entry = _verb_entry(tok, lexicon)
        if entry is None or entry[0] != "attacks" and entry[1] != "1712":  # 1712: destroying property
            continue
        # Only a place named as the place: in "killed in a *United States* drone attack" or "near the
        # *Turkish* border" the state modifies the blow or the border and says nothing of where.
        places = _places(tok, index, STRUCK_AT_PREPS, modifiers=False)
        if not places and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
            places = _places(tok.head, index, STRUCK_AT_PREPS, modifiers=False)
        if not places:
            places = _near_as_subject(tok if tok.dep_ != "conj" else tok.head, index)
        if not places and not _subjects(tok, index)[1]:
            # "struck Jabhat al-Nusra targets in Idlib": the place of what was struck
            places = [x for c in tok.children if c.dep_ == "dobj" for x in _places(c, index, STRUCK_AT_PREPS, False)]
        places = [(m, p) for m, p in places if m.type in PLACE_ONLY or m.type == "Country"]
        if not places:
            continue
        subjects, passive = _subjects(tok, index)
        if passive:
            forces = subjects
        else:
            args = [a for c in tok.children if c.dep_ in OBJ for a in _conjuncts(c)]
            forces = [m for a in args for m in actors_of(a, index) + _held_by(a, index) + _compound_owner(a, index)]
        for force in dict.fromkeys(f for f in forces if f.type in FORCE_TYPES):
            for place, _prep in places:
                r = _make("stationed-at", force, place, tok, index, doc_date, None, "stationed-struck", 0.6)
                if r is not None:
                    yield r


#: Verbs of dying, whose subject was where he died ("died in Jordan").
DIE_VERBS = frozenset({"die", "perish"})
#: Verbs of being hurt or killed, whose passive subject was where it happened.
HURT_VERBS = frozenset({"kill", "murder", "wound", "injure", "hurt", "execute", "behead", "kidnap", "abduct",
                        "massacre", "slaughter", "shoot"})


def victim_place_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``Spc. X died in Jordan``, ``30 Britons were murdered in Sousse``: a person (or people) who died
    or were hurt at a place were there (located-in; armed forces struck there are
    :func:`struck_force_rule`'s). Only the place phrase of the verb itself counts, as there."""
    for tok in select_lemmas(doc, DIE_VERBS | HURT_VERBS, pos=("VERB",)):
        lemma = tok.lemma_.lower()
        if lemma not in DIE_VERBS and lemma not in HURT_VERBS:
            continue
        subjects, passive = _subjects(tok, index)
        if lemma in HURT_VERBS and not passive:
            continue
        places = [m for m, _prep in _places(tok, index, MET_AT_PREPS, modifiers=False) if m.type in PLACE_TYPES]
        # ("a *CNN* journalist abducted in Gaza", "two *Reuters* photographers were wounded": the employer
        # naming the victim was not there, the victim was)
        for victim in dict.fromkeys(v for v in subjects if v.type not in PLACE_TYPES | FORCE_TYPES and not v.pronoun
                                    and not (doc[v.head].dep_ in ("compound", "amod", "nmod", "poss")
                                             and doc[v.head].head.pos_ == "NOUN")):
            for place in places:
                yield from _opt(_make("located-in", victim, place, tok, index, doc_date, None, "located-victim", 0.6))


def struck_force_noun_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """The noun form of :func:`struck_force_rule`: "Coalition strikes on ISIL positions in Raqqa", "the
    destruction of ISIL targets in Syria": an armed force whose positions or targets are struck at a
    place is there (the place phrase of what is struck, or of the blow)."""
    for tok in select_lemmas(doc, ATTACK_NOUNS | {"destruction"}, pos=("NOUN", "VERB")):
        lemma = tok.lemma_.lower()
        if lemma not in ATTACK_NOUNS and lemma != "destruction":
            continue
        if tok.pos_ == "VERB" and tok.dep_ not in SUBJ + OBJ + ("pobj",):
            continue  # only a noun the tagger took for a verb ("U.S. *airstrikes* against al-Qaida ... killed")
        struck = _pobjs(tok, ("of",) if lemma == "destruction" else ("on", "against"))
        forces = [m for p in struck for m in actors_of(p, index) if m.type in FORCE_TYPES]
        if not forces:
            continue
        places = [m for h in struck + [tok] for m, _prep in _places(h, index, STRUCK_AT_PREPS, modifiers=False)
                  if m.type in PLACE_ONLY or m.type == "Country"]
        for force in dict.fromkeys(forces):
            for place in dict.fromkeys(places):
                yield from _opt(_make("stationed-at", force, place, tok, index, doc_date, None, "stationed-struck", 0.6))


#: Prepositions of where a meeting took place ("met Ja'afari *in Canberra*", "talks *at* the Pentagon").
MET_AT_PREPS = frozenset({"in", "at"})


#: People one meets whose place phrase is the meeting's ("met his Iraqi *counterpart* in Baghdad").
MET_OFFICIAL_NOUNS = SPOKESPEOPLE_NOUNS | {"counterpart", "president", "secretary", "officer", "commander",
                                          "premier", "chancellor", "king", "emir", "prime"}


def _counterpart_places(verb, index: ActorIndex) -> list[ActorMention]:
    """The place of a meeting the parser hung on the person met: "Fallon met his Iraqi counterpart in
    Baghdad", "Johnson met the Iraqi Foreign Minister, Ibrahim al-Jaafari in London" (a person, or a
    noun for one, even one that stands for its government, and its apposition; not a body: "students of
    a university in Tashkent")."""
    people = [c for c in verb.children if c.dep_ in OBJ]
    people += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in MEETING_PREPS
               for p in c.children if p.dep_ == "pobj"]
    people += [a for c in people for a in c.children if a.dep_ == "appos"]
    return [m for c in people
            if (index.at(c.i) is not None and index.at(c.i).type == "Person")
            or (c.lemma_.lower() in MET_OFFICIAL_NOUNS and (index.at(c.i) is None
                                                            or index.at(c.i).type in ("Person", "Government")))
            for m, _prep in _places(c, index, MET_AT_PREPS)]


#: Nouns of an occasion or a building where people meet, whose own place phrase is the meeting's ("during his
#: *visit* to Baghdad", "at the *Chancellery* in Berlin").
OCCASION_NOUNS = frozenset({"meeting", "summit", "conference", "session", "talk", "talks", "visit", "trip", "tour",
                            "ceremony", "forum", "gathering", "dinner", "event", "assembly", "chancellery", "palace",
                            "residence", "headquarters", "embassy", "office", "ministry", "hotel"})


def _occasion_places(verb, index: ActorIndex) -> list[ActorMention]:
    """Where a meeting took place when the verb's "in", "at" or "during" phrase names the occasion or
    building it took place at rather than the town: the place phrase of that occasion ("to" for a
    visit's). Not an "on" phrase, which is mostly a day or a topic ("talks on the summit in Paris")."""
    out = []
    for p in _pobjs(verb, ("in", "at", "during")):
        m = index.at(p.i)
        if p.pos_ not in ("NOUN", "PROPN") or p.lemma_.lower() not in OCCASION_NOUNS \
                or m is not None and m.type in PLACE_TYPES:
            continue
        preps = ("in", "at", "to") if p.lemma_.lower() in ("visit", "trip", "tour") else ("in", "at")
        out += _group_places(p, index, frozenset(preps))
    return out


#: A state and the organs standing for it, which are in their own state wherever their officials travel.
STATE_ORGAN_TYPES = frozenset({"Country", "Government", "Military"})


def _party_to_occasion(m: ActorMention, doc) -> bool:
    """Whether ``m`` is a state named in the name of an occasion or a building, which says who takes
    part or whose it is, not where it is: "speaking at the *UK-France* Summit", "met at the *Iraqi*
    embassy" (a town so named is where: "the Geneva talks")."""
    noun = doc[m.head].head
    return m.type == "Country" and noun.i != m.head and noun.i >= m.token_end \
        and noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in OCCASION_NOUNS


def met_at_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``Julie Bishop met with the Iraqi Foreign Minister in Canberra``: the parties to a meeting are
    where the meeting took place.

    Only a place phrase of the meeting verb itself counts (not one inside an object: "met students of
    a university in Tashkent" places the university, which is located_owner_rule's), and only for a
    meeting said to have happened (a planned one is kept by its modality, like the meeting itself).
    """
    lexicon = codes.verb_lexicon()
    for tok in select(doc, pos=("VERB",)):
        entry = _verb_entry(tok, lexicon)
        if entry is None or entry[0] != "meets":
            continue
        places = [m for m, _prep in _places(tok, index, MET_AT_PREPS) if not _party_to_occasion(m, tok.doc)] \
            or _counterpart_places(tok, index) or _occasion_places(tok, index)
        if not places:
            continue
        subjects, passive = _subjects(tok, index)
        parties = subjects + _objects(tok, index, MEETING_PREPS)
        parties += _appositive_people(parties, doc, index, tok)
        for party in dict.fromkeys(p for p in parties if p.type not in PLACE_TYPES and not p.pronoun):
            for place in places:
                if party.type in STATE_ORGAN_TYPES and place.country != party.country:
                    # "met the Iraqi foreign minister in Paris": the minister was there, his government is not.
                    continue
                r = _make("located-in", party, place, tok, index, doc_date, None, "located-meeting", 0.6)
                if r is not None:
                    yield r


def _appositive_people(parties: list[ActorMention], doc, index: ActorIndex, verb=None) -> list[ActorMention]:
    """The people named in apposition to the parties of a meeting: "met with the Minister of Foreign
    Affairs of Iraq, *Ibrahim al-Jaafari*, in Canberra" (the title is the party the verb names, the
    person who holds it was there too); also when the parser hangs the name on the verb, right after
    a party's phrase and a comma."""
    heads = [c for m in parties for c in doc[m.head].children if c.dep_ == "appos"]
    if verb is not None:
        ends = {doc[m.head].right_edge.i for m in parties}
        heads += [c for c in verb.children if c.dep_ in ("appos", "npadvmod") and c.left_edge.i >= 2
                  and doc[c.left_edge.i - 1].text == "," and c.left_edge.i - 2 in ends]
    return [a for c in heads for a in actors_of(c, index, modifiers=False) if a.type == "Person" and not a.pronoun]


#: Nouns of a meeting held by its subject ("*held talks* with Abe in Tokyo").
MEETING_NOUNS = frozenset({"talk", "talks", "meeting", "meetings", "discussion", "discussions", "summit", "summits",
                           "conference", "conferences", "consultation", "consultations"})
#: Verbs that hold a meeting noun.
HOLDING_VERBS = frozenset({"hold", "have", "conduct", "attend"})


def meeting_noun_place_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``Modi held talks with the Japanese prime minister, Shinzo Abe, in Tokyo``, ``the last meeting of
    the Small Group took place in Washington``, ``a summit of NATO leaders was held in Warsaw``: who
    holds a meeting, whom it is with and whose meeting it is are where it was held (the place phrase
    of the meeting noun or of the verb holding it; the modality of that verb, like
    :func:`met_at_rule`'s)."""
    for tok in select(doc, pos=("NOUN",)):
        if tok.lower_ not in MEETING_NOUNS:
            continue
        verb = tok.head
        if tok.dep_ in OBJ and verb.lemma_.lower() in HOLDING_VERBS:
            subjects, passive = _subjects(verb, index)
            if passive:
                continue
        elif tok.dep_ in SUBJ + PASSIVE_SUBJ and (verb.lemma_.lower() in HELD_VERBS or verb.lemma_.lower() == "take"
                                                   and any(c.lower_ == "place" for c in verb.children)):
            subjects = []  # "the meeting took place in Washington", "talks were held in Geneva"
        else:
            continue
        places = [m for h in (tok, verb) for m, _prep in _places(h, index, MET_AT_PREPS)
                  if m.type in PLACE_TYPES and not m.pronoun]
        if not places:
            continue
        parties = subjects + [m for p in _pobjs(tok, ("with", "of", "between")) for m in actors_of(p, index)]
        parties += _appositive_people(parties, doc, index)
        yield from _meeting_places(parties, places, verb, index, doc_date)


def _meeting_places(parties, places, tok, index: ActorIndex, doc_date) -> Iterator[RelationMention]:
    """Each party to a meeting is at each place it was held; a state's organ only at home ("met the
    Iraqi foreign minister in Paris": the minister was there, his government is not)."""
    for party in dict.fromkeys(p for p in parties if p.type not in PLACE_TYPES and not p.pronoun):
        for place in dict.fromkeys(places):
            if party.type in STATE_ORGAN_TYPES and place.country != party.country:
                continue
            yield from _opt(_make("located-in", party, place, tok, index, doc_date, None, "located-meeting", 0.6))


#: Verbs of a meeting's taking place, whose subject is the meeting.
HELD_VERBS = frozenset({"hold", "convene", "open", "meet", "gather", "begin", "start", "end", "conclude"})
#: Prepositions of a seat ("based *in* Virginia Beach", "headquartered *at* the Pentagon").
BASED_PREPS = frozenset({"in", "at", "inside"})


def based_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``Mobile Unit Two, which is based in Virginia Beach``, ``Human Rights Watch, based in New York``,
    ``the London-based Syrian Observatory``: what is based somewhere is located there.

    An armed force based or headquartered somewhere is stationed there ("Hezbollah, headquartered in
    Beirut", "the Quetta-based Taliban"); a person's base is often a past posting ("was based in Syria
    from 2004 until January"), which a located-in without an end would state as current.
    """
    for tok in select(doc, lower=("based", "headquartered")):
        if tok.dep_ == "amod":
            # "the London-based Syrian Observatory": the seat modifies "based" before a hyphen.
            places = [m for c in tok.lefts if c.dep_ in ("npadvmod", "compound")
                      and c.i + 1 < len(doc) and doc[c.i + 1].text == "-"
                      for m in [index.at(c.i)] if m is not None]
            holders = actors_of(tok.head, index, modifiers=False)
        else:
            places = [m for m, _prep in _places(tok, index, BASED_PREPS)]
            if tok.dep_ in ("acl", "relcl"):
                holders = actors_of(tok.head, index, modifiers=False)
            else:
                subjects, passive = _subjects(tok, index)
                holders = subjects if passive else []
        for holder in dict.fromkeys(holders):
            if holder.type in PLACE_TYPES or holder.type == "Person" or holder.pronoun:
                continue
            relation, rule = ("stationed-at", "stationed-based") if holder.type in FORCE_TYPES \
                else ("located-in", "located-based")
            for place in places:
                if place.type in PLACE_TYPES and not place.pronoun:
                    yield from _opt(_make(relation, holder, place, tok, index, doc_date, None, rule, 0.8))


#: Nouns of a military base a state keeps abroad or at home ("Russia's naval *base* in Tartus").
MILITARY_BASE_NOUNS = frozenset({"base", "airbase", "outpost"})
#: Words that may qualify a state's base as a military one; any other noun before "base" makes it another kind
#: ("China's *manufacturing* base", "the party's *support* base").
MILITARY_BASE_WORDS = frozenset({"air", "naval", "navy", "military", "army", "airforce", "marine", "missile",
                                 "submarine", "drone", "overseas", "forward", "logistics", "first", "new", "main",
                                 "only", "largest", "biggest", "key", "big", "large", "permanent", "two", "second",
                                 "strategic", "several", "many", "other", "remaining", "existing", "secret",
                                 "major", "sprawling", "huge", "foreign"})
#: Verbs by which a state has a base: its object base is the state's ("Russia *has* an air base in Latakia",
#: "will *build* a base": planned, by the verb's modality). A base a state closes, leaves, wants or is offered
#: is no base of it now, so any other verb governing the base gives nothing.
BASE_HAVING_VERBS = frozenset({"have", "maintain", "operate", "run", "keep", "retain", "use", "build", "open",
                               "establish", "set", "construct", "expand"})
#: Verbs by which a state has another's base on its soil ("Japan *hosts* a US base"): its subject is where the
#: base is, not whose.
BASE_HOSTING_VERBS = frozenset({"host", "house"})
#: Prepositions of where a base is ("the US base *at* Incirlik", "a base *near* Hmeimim").
BASE_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "on", "inside"})
#: Who keeps a base: a state (for its military), its government, or an armed force.
BASE_OWNER_TYPES = FORCE_TYPES | {"Country", "Government"}


def _base_owners(base, index: ActorIndex) -> list[ActorMention]:
    """The state or force whose base ``base`` is: a possessive, a state's word or a name before the noun
    ("*Russia's* base", "the *Russian* base", "the *US* base"), else the subject of a verb of having whose
    object the base is ("*France* maintains a base"). A state stands for its military."""
    from .actors import ORGANS

    owners = [m for c in base.lefts if c.dep_ in ("poss", "amod", "compound", "nmod")
              for m in [_actor_or_demonym(c, index) if c.dep_ == "amod" else index.at(c.i)]
              if m is not None and m.type in BASE_OWNER_TYPES and (not m.pronoun or c.dep_ == "poss")]
    if not owners and base.dep_ in ("dobj", "obj") and base.head.lemma_.lower() in BASE_HAVING_VERBS:
        subjects, passive = _subjects(base.head, index)
        owners = [] if passive else [m for m in subjects if m.type in BASE_OWNER_TYPES]
    out = []
    for m in owners:
        if m.type in FORCE_TYPES:
            out.append(m)
        elif m.country:
            suffix, type_, template = ORGANS["MIL"]
            out.append(replace(m, actor_id=f"{m.country}{suffix}", label=template.format(_country_label(m.country)),
                               type=type_, code=f"{m.country}{suffix}"))
    return out


def military_base_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``Russia has an air base in Latakia``, ``Russia's naval base in Tartus``, ``the US base at Incirlik``:
    the state's military is stationed at the place its base is in.

    Not another kind of base ("China's manufacturing base in Vietnam", "a base of support"), a base gone or
    not yet had ("the *former* Soviet base", "the US *closed* its base in Uzbekistan", "Moscow *wants* a
    base in Sudan"), nor a force's own base that an actor mention already covers ("the Syrian army base").
    """
    for base in select(doc, lower=MILITARY_BASE_NOUNS | {n + "s" for n in MILITARY_BASE_NOUNS}):
        if base.pos_ != "NOUN" or _former(base) or index.at(base.i) is not None or _pobjs(base, ("of",)):
            continue
        if any(c.dep_ in ("compound", "amod") and index.at(c.i) is None and c.lower_ not in MILITARY_BASE_WORDS
               for c in base.lefts):
            continue
        hosting = base.dep_ in ("dobj", "obj") and base.head.lemma_.lower() in BASE_HOSTING_VERBS
        if base.dep_ in ("dobj", "obj") and base.head.lemma_.lower() not in BASE_HAVING_VERBS and not hosting:
            continue
        places = [m for m, _prep in _places(base, index, BASE_PLACE_PREPS, modifiers=False)]
        if hosting and not places:
            places = [m for m in _subjects(base.head, index)[0]]
        places = [m for m in places if not m.pronoun and m.type in PLACE_TYPES]
        for owner in dict.fromkeys(_base_owners(base, index)):
            for place in dict.fromkeys(places):
                if place.country and place.country == owner.country and place.type == "Country":
                    continue  # "Russia's bases in Russia": no news
                for r in _opt(_make("stationed-at", owner, place, base, index, doc_date, None, "stationed-base", 0.75)):
                    # "Russia *once* had a base in Cam Ranh": a base gone
                    yield replace(r, former=True) if base.dep_ in ("dobj", "obj") and _bygone(base.head) \
                        and r.modality == "asserted" else r


def _compound_owner(tok, index: ActorIndex) -> list[ActorMention]:
    """The actor named deeper in a chain of nouns ``tok`` ends ("two *ISIL* weapons caches", "an *ISIL*
    vehicle bomb factory"), which :func:`actors_of` (the noun's own modifiers) does not reach."""
    out = []
    for t in tok.lefts:
        if t.dep_ != "compound" or t.pos_ != "NOUN":
            continue
        for g in t.lefts:
            m = index.at(g.i)
            if g.dep_ in ("compound", "amod", "poss") and m is not None and m.head == g.i:
                out.append(m)
        out += _compound_owner(t, index)
    return out


def _held_by(tok, index: ActorIndex) -> list[ActorMention]:
    """The holder of an ``X-held`` thing ("an *ISIL*-held building")."""
    return [m for c in tok.lefts if c.dep_ == "amod" and c.lower_ == "held"
            for g in c.lefts if g.dep_ == "npadvmod" for m in [index.at(g.i)] if m is not None]


def _body_troops(m: ActorMention, doc) -> bool:
    """Whether ``m`` is an international body named as the owner of soldiers ("*NATO* troops", "*UN*
    peacekeepers"): the body's force, which can be stationed somewhere as a military can."""
    from .actors import _sector

    word = doc[m.head]
    return m.type == "InternationalOrganisation" and word.dep_ in FORCE_MODIFIERS and word.head.i != word.i \
        and word.head.pos_ == "NOUN" and _sector(word.head) == "MIL"


def _force_at(tok, index: ActorIndex) -> Optional[ActorMention]:
    """The armed force ``tok`` heads: a military or armed group named there ("ISIL in Syria"), or one
    modifying a noun of fighters ("al-Qaida *operatives* in Idlib", "ISIL *fighters* in Mosul")."""
    from .actors import _sector

    m = index.at(tok.i)
    if m is not None:
        return m if m.type in FORCE_TYPES and tok.i == m.head else None
    if tok.pos_ != "NOUN" or _sector(tok) not in FORCE_SECTORS:
        return None
    # "*NATO* troops in Kosovo", "*UN* peacekeepers in Mali": a body's soldiers are its force (not its
    # "officials" or "monitors", no soldiers)
    return next((a for c in tok.lefts if c.dep_ in FORCE_MODIFIERS
                 for a in [index.at(c.i)] if a is not None and (a.type in FORCE_TYPES or (
                     a.type == "InternationalOrganisation" and _sector(tok) == "MIL"))), None)


def _implicit_military(verb, subjects: list[ActorMention]) -> Iterator[ActorMention]:
    """"Egypt deployed 800 troops to Yemen": the troops are Egypt's military."""
    from .actors import ORGANS, _sector

    troops = [c for c in verb.children if c.dep_ in OBJ and _sector(c) == "MIL"]
    if not troops:
        return
    for s in subjects:
        iso = s.country if s.type in ("Country", "Government") else None
        if iso:
            suffix, type_, template = ORGANS["MIL"]
            t = troops[0]
            yield ActorMention(actor_id=f"{iso}{suffix}", label=template.format(_country_label(iso)), type=type_,
                               country=iso, code=f"{iso}{suffix}", surface=t.text, start=t.idx,
                               end=t.idx + len(t.text), token_start=t.i, token_end=t.i + 1, head=t.i)


def _states_named(index: ActorIndex) -> dict[str, list[ActorMention]]:
    """Each state the document names → its mentions, in document order (for :func:`_closest_state`).

    A pronoun is left out: a row that points at a state should point at its name.
    """
    out: dict[str, list[ActorMention]] = {}
    for m in index:
        if m.type == "Country" and not m.pronoun:
            out.setdefault(m.actor_id, []).append(m)
    return out


#: Types of a state's organs whose mention names the state ("the Government of Myanmar", "Ukraine's army").
ORGAN_TYPES = frozenset({"Government", "Military"})


def _states_named_by_organs(doc, index: ActorIndex) -> dict[str, list[ActorMention]]:
    """Each state the document names by its name inside an organ's mention ("the Government of *Myanmar*",
    "*Ukraine*'s security service") → mentions of the state at those names, in document order.

    Not "the government" that stands for the story's state without naming it, and not a demonym
    ("Iraqi forces"), which qualifies the organ and does not name the state as a place."""
    out: dict[str, list[ActorMention]] = {}
    for m in index:
        if m.type not in ORGAN_TYPES or not m.country or m.pronoun:
            continue
        for ent in doc[m.token_start:m.token_end].ents:
            if ent.label_ == "Country" and ent.ent_id_ == m.country:
                out.setdefault(m.country, []).append(replace(
                    m, actor_id=m.country, label=ent.text, type="Country", code=m.country, surface=ent.text,
                    start=ent.start_char, end=ent.end_char, token_start=ent.start, token_end=ent.end,
                    head=ent.root.i))
    return out


def _closest_state(states: dict[str, list[ActorMention]], iso: Optional[str], near: ActorMention,
                   avoid: Optional[Callable[[ActorMention], bool]] = None) -> Optional[ActorMention]:
    """The mention of the state ``iso`` closest to ``near`` (what a relation inferred from the gazetteer
    or a name points at; the state may be named in another sentence).

    Parameters
    ----------
    states
        From :func:`_states_named`.
    iso
        The state.
    near
        The mention the relation is about.
    avoid
        Mentions to pass over while there is another ("News Agency of *Nigeria*": see ``_in_a_name``).

    Returns
    -------
    ActorMention or None
        ``None`` when the document does not name the state; of equally close mentions, the first.
    """
    mentions = states.get(iso)
    if not mentions:
        return None
    return min(mentions, key=lambda c: (avoid is not None and avoid(c), abs(c.start - near.start)))


#: Words after a demonym that make it a rite or a church's people, not where the body is: the "Greek
#: Orthodox" Patriarch of Alexandria sits in Egypt, the "Armenian Catholic" church in Lebanon.
RITE_WORDS = frozenset({"orthodox", "catholic", "apostolic", "evangelical", "coptic", "maronite"})


def _name_locates(m: ActorMention, doc) -> bool:
    """Whether the demonym that opens the organisation name ``m`` says where the body is.

    Not when the words are no name ("an American *defector*", "Russian anti-nuclear *activist*": a
    lower-case head is a common noun, whose demonym is the person's nationality, not a seat); not when
    the demonym is a people ("the number of *Palestinians* Israel has killed": the parser fused two
    names); not when the mention is the tail of a longer name ("the Pew Internet and *American Life
    Project*"), whose seat the fragment does not tell; and not when the
    demonym names a rite ("*Greek* Orthodox").
    """
    first, head = doc[m.token_start], doc[m.head]
    if not head.text[:1].isupper() or first.tag_ in ("NNS", "NNPS"):
        return False
    if m.token_start + 1 < m.token_end and doc[m.token_start + 1].lower_ in RITE_WORDS:
        return False
    before = doc[m.token_start - 1] if m.token_start > 0 else None
    if before is not None and before.lower_ in ("and", "&") and before.i > 0:
        before = doc[before.i - 1]
    # (not a date: "on Tuesday and Iraqi National Guardsmen advanced" ends no name)
    return not (before is not None and before.pos_ == "PROPN" and before.text[:1].isupper()
                and before.ent_type_ not in ("Demonym", "DATE", "TIME") and before.lower_ not in WEEKDAYS)


def located_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``Ankara, Turkey``; ``the Iraqi city of Mosul``; ``Mosul in Iraq``.

    Not ``the camp north of Mosul``: a place taken as a landmark is outside the place it locates.
    """
    cfg = triggers()["location"]
    place_nouns = frozenset(cfg["place_nouns"])
    named = _states_named(index)
    for m in index:
        first = doc[m.token_start]
        if m.type == "Organisation" and m.country and first.ent_type_ == "Demonym" and first.ent_id_ == m.country \
                and _name_locates(m, doc):
            # "the Australian Securities Exchange": the name says where it is; the row points
            # at the closest mention of the state when the document names it.
            state = _closest_state(named, m.country, m) or _state_of(doc[first.i:first.i + 1], m.country)
            yield from _opt(_make("located-in", m, state, doc[m.head], index, doc_date, None, "located-name", 0.7))
            continue
        if m.type not in ("Place", "Facility") or m.pronoun:
            continue
        head = doc[m.head]
        # "Ankara, Turkey"
        for child in head.children:
            if child.dep_ == "appos" or (child.dep_ == "npadvmod" and child.i == m.token_end + 1):
                # the place in apposition, or a state's word qualifying what the place is ("Dabiq, a
                # *Syrian* town", "Incirlik, a *Turkish* air base"), not one qualifying the next item of a
                # list ("in Tashkent, *Uzbek* alumni of ...": a place is one thing, not several)
                one = child.tag_ not in ("NNS", "NNPS")
                # "Mumbai (Bombay)", "Yangon (Rangoon)": a town in brackets is the place's other name (a state
                # in brackets still says where it is: "Sharm el-Sheikh (Egypt)")
                bracketed = child.i > head.i and any(t.text == "(" for t in doc[head.i + 1:child.i])
                for c in actors_of(child, index, modifiers=one):
                    if c.type in ("Country", "Place") and c.actor_id != m.actor_id \
                            and not (bracketed and c.type == "Place"):
                        yield from _opt(_make("located-in", m, c, head, index, doc_date, None, "located-appos", 0.8))
        # "Mosul in Iraq"
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "inside"):
                for p in child.children:
                    if p.dep_ == "pobj":
                        for c in actors_of(p, index):
                            if c.type == "Country" or (c.type == "Place" and c.actor_id != m.actor_id):
                                yield from _opt(_make("located-in", m, c, head, index, doc_date, None, "located-in", 0.7))
        # "key towns in Northern Iraq including Rabiyah and Zumar": a place listed under a kind of
        # place that an "in" phrase locates.
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ == "pobj" and first.head.lower_ in ("including", "like") and first.head.head.pos_ == "NOUN" \
                and first.head.head.lemma_.lower() in place_nouns:
            for p in _pobjs(first.head.head, ("in", "inside")):
                for c in actors_of(p, index):
                    if c.type == "Country" and m.country in (None, c.actor_id):
                        yield from _opt(_make("located-in", m, c, head, index, doc_date, None, "located-listed", 0.7))
        # "the Iraqi city of Mosul"
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in place_nouns:
            noun = head.head.head
            for child in noun.children:
                if child.dep_ in ("amod", "compound", "poss"):
                    country = _country_of_modifier(child, doc, index)
                    if country is not None:
                        yield from _opt(_make("located-in", m, country, head, index, doc_date, None, "located-of", 0.8))


#: Nouns for a part of a town or land, which a place's name qualifies ("the Al-Sinek *neighborhood*").
QUARTER_NOUNS = frozenset({"neighborhood", "neighbourhood", "quarter", "suburb", "area", "district", "vicinity",
                           "outskirts", "suburbs", "environs", "outskirt", "province", "region", "governorate",
                           "city", "town", "village", "camp", "county", "state"})


def place_noun_in_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``the vicinity of Ayn Issa in northern Syria``, ``the Al-Sinek neighborhood in Baghdad``: a place
    named by the noun for a part of a land or town is in the place that noun's "in" phrase names (the
    parser hangs the phrase on the noun, not on the name; "Mosul in Iraq" is :func:`located_rule`'s).
    A name the NER took for an organisation is a place when it names such a part."""
    for m in index:
        if m.type not in ("Place", "Facility", "Organisation") or m.pronoun:
            continue
        head = doc[m.head]
        if head.dep_ == "compound" and head.head.i > head.i:
            noun = head.head  # "the Al-Sinek neighborhood"
        elif head.dep_ == "pobj" and head.head.lower_ == "of" and m.type != "Organisation":
            noun = head.head.head  # "the vicinity of Ayn Issa"
        else:
            continue
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in QUARTER_NOUNS:
            continue
        for c, _prep in _places(noun, index, ("in", "inside"), modifiers=False):
            if c.type in ("Country", "Place") and c.actor_id != m.actor_id and not c.pronoun \
                    and c.token_start >= m.token_end:
                yield from _opt(_make("located-in", m, c, noun, index, doc_date, None, "located-in", 0.7))


#: Participles that say where a place lies, whose "in" phrase is where it is ("Incirlik Air Base, *located* in
#: southern Turkey").
LOCATING_PARTICIPLES = frozenset({"locate", "situate", "site", "nestle", "lie"})
#: Participles of what a place is called, whose "in" phrase is where it is only when it names a state ("Qayyarah
#: Airfield West, also *called* Q-West, in northern Iraq"; not "Aleppo, known *in the West* as ...").
NAMING_PARTICIPLES = frozenset({"call", "know", "name", "dub", "nickname"})


def place_participle_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``Incirlik Air Base, located in southern Turkey``, ``Camp Bastion, situated in Helmand province``,
    ``Qayyarah Airfield West, also called Q-West, in northern Iraq``: a place or facility a participle
    of locating or naming qualifies is where that participle's "in" phrase says (also when the parser
    hangs the participle right after the name and its comma on the sentence's verb)."""
    participles = LOCATING_PARTICIPLES | NAMING_PARTICIPLES
    for m in index:
        if m.type not in ("Place", "Facility") or m.pronoun:
            continue
        head = doc[m.head]
        parts = [c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in participles]
        if m.token_end + 1 < len(doc) and doc[m.token_end].text == ",":
            # (the tagger may take the participle so hung for a past tense: "at Qayyarah, also *called* ...")
            parts += [t for t in doc[m.token_end + 1:m.token_end + 3] if t.dep_ in ("advcl", "acl", "conj")
                      and t.tag_ in ("VBN", "VBD") and t.lemma_.lower() in participles and t.head.i != head.i
                      and t.head.i < m.token_start]
        for part in parts:
            naming = part.lemma_.lower() in NAMING_PARTICIPLES
            for c, _prep in _places(part, index, ("in", "inside"), modifiers=False):
                if c.actor_id == m.actor_id or c.pronoun or c.type not in (("Country",) if naming else ("Country", "Place")):
                    continue
                yield from _opt(_make("located-in", m, c, part, index, doc_date, None, "located-participle", 0.7))


def _named_quarter(tok, index: ActorIndex) -> Optional[ActorMention]:
    """The place ``tok`` names: a place's own head, or a noun for a part of a land or town that a name
    qualifies ("Sadr City", "the Al-Sinek neighborhood")."""
    m = index.at(tok.i)
    if m is not None:
        return m if m.type in PLACE_ONLY and tok.i == m.head and not m.pronoun else None
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in QUARTER_NOUNS:
        return None
    return next((a for c in tok.lefts if c.dep_ == "compound" for a in [index.at(c.i)]
                 if a is not None and a.type in ("Place", "Facility", "Organisation") and not a.pronoun), None)


def successive_in_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``exploded in Sadr City in eastern Baghdad``: of two "in" phrases in a row on the same word, the
    first naming a town or part of one and the second a wider place, the first place is in the second
    (the parser hangs both on the verb or noun they follow)."""
    for tok in select(doc, lower=("in",)):
        if tok.dep_ != "prep":
            continue
        first = next((p for p in tok.children if p.dep_ == "pobj"), None)
        if first is None or (inner := _named_quarter(first, index)) is None:
            continue
        after = first.right_edge.i + 1
        nxt = next((c for c in tok.head.children if c.dep_ == "prep" and c.i == after and c.lower_ == "in"), None)
        if nxt is None:
            continue
        for c, _prep in _places(tok.head, index, ("in",), modifiers=False):
            if _prep == nxt and c.type in ("Country", "Place") and c.actor_id != inner.actor_id and not c.pronoun:
                yield from _opt(_make("located-in", inner, c, nxt, index, doc_date, None, "located-in", 0.7))


#: Nouns for the people of a group, a body or an armed force, whose place is the group's ("70 members of
#: the Al Bu Nimr *tribe* in Anbar", "al-Qaida *operatives* in Idlib", "UN *staff* in Gaza").
GROUP_NOUNS = frozenset({
    "tribe", "clan", "community", "member", "operative", "fighter", "militant", "militiaman", "gunman",
    "supporter", "loyalist", "follower", "unit", "cell", "force", "troop", "soldier", "personnel", "staff",
    "official", "employee", "worker", "delegation", "commander", "leader", "jihadist", "insurgent", "envoy",
    "diplomat", "representative", "volunteer", "recruit", "sailor", "airman", "marine", "servicemember",
    "serviceman", "servicewoman"})
#: Nouns for a group's people who do not fight for it, whose place is no force's post.
CIVILIAN_ROLE_NOUNS = frozenset({"official", "representative", "envoy", "diplomat", "delegation", "employee",
                                 "worker", "staff", "supporter", "follower", "sympathizer", "sympathiser"})
#: Nouns for members of a state's armed forces, which a state's name makes its military ("U.S. *service
#: members*", "British *sailors*").
SERVICE_NOUNS = frozenset({"sailor", "airman", "serviceman", "servicewoman", "servicemember", "marine"})
#: Prepositions of where a group's people are.
GROUP_PLACE_PREPS = frozenset({"in", "at", "inside"})


def _group_noun(tok) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in GROUP_NOUNS


def _service_members(noun) -> bool:
    """Whether ``noun`` names members of armed forces ("service members", "sailors")."""
    lemma = noun.lemma_.lower()
    return lemma in SERVICE_NOUNS or lemma == "member" and any(
        c.dep_ == "compound" and c.lower_ in ("service", "military") for c in noun.lefts)


def _group_places(tok, index: ActorIndex, preps: frozenset = GROUP_PLACE_PREPS) -> list[ActorMention]:
    """The places the "in"/"at" phrases of ``tok`` name, the narrowest first: "in *Anbar* province,
    Iraq" is Anbar (the state in apposition is where the province is, which is another row's)."""
    out = []
    # each place of a list: "al-Qaida operatives in Syria and Iraq"
    for p in (q for o in _pobjs(tok, preps) for q in _conjuncts(o)):
        m = index.at(p.i)
        if m is not None and m.head == p.i:
            found = [m]
        elif _place_noun(p, triggers()["location"]["place_nouns"]):
            found = [a for c in p.lefts if c.dep_ == "compound" for a in [index.at(c.i)] if a is not None]
            found = found or [a for q in _pobjs(p, ("of",)) for a in actors_of(q, index, modifiers=False)]
        else:
            found = []
        out += [a for a in found if a.type in PLACE_TYPES and not a.pronoun]
    return out


#: Modifiers of people who no longer belong to what names them ("*former* Hezbollah members").
FORMER_WORDS = frozenset({"former", "ex", "ex-", "retired", "onetime", "one-time", "erstwhile"})


def _former(noun) -> bool:
    """Whether ``noun`` names people as having once been of a body ("former US soldiers", "ex-ISIS members")."""
    return any(c.dep_ in ("amod", "advmod", "compound", "nmod") and c.lower_ in FORMER_WORDS for c in noun.lefts)


def group_place_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``70 members of the Al Bu Nimr tribe in Anbar province``, ``al-Qaida operatives in Idlib``,
    ``U.S. service members at Qayyarah Airfield West``: a group, body or force whose people a noun
    names is where the "in"/"at" phrase of that noun puts them (stationed-at for an armed force;
    a state's service members are its military).

    Only the phrase of the noun for its people counts (the parser hangs it there when it modifies
    them), not one of a verb ("praised the tribe in a speech in Baghdad"); a state or its government
    is not where some of its officials are, and an armed force named as its own head is
    :func:`stationed_rule`'s.
    """
    from .actors import _organ

    for m in index:
        if m.pronoun or m.type in PLACE_ONLY or m.type == "Government":
            continue
        head = doc[m.head]
        nouns = []
        if head.dep_ in ("compound", "amod", "poss", "nmod") and head.head.i > head.i and _group_noun(head.head):
            nouns.append(head.head)  # "al-Qaida operatives", "the Al Bu Nimr tribe"
        elif head.dep_ == "pobj" and head.head.lower_ == "of" and _group_noun(head.head.head):
            nouns.append(head.head.head)  # "members of Hezbollah"
        if not nouns:
            continue
        outer = nouns[0]
        if _former(outer):
            continue  # "former Hezbollah members in Germany" are not the group's people there
        if outer.dep_ == "pobj" and outer.head.lower_ == "of" and _group_noun(outer.head.head):
            nouns.append(outer.head.head)  # "members of the Al Bu Nimr tribe"
        group = m
        if m.type == "Country":
            if not _service_members(nouns[0]) or m.country is None and m.actor_id is None:
                continue
            group = _organ(m, "MIL", doc, min(m.token_start, nouns[0].left_edge.i), nouns[0].i + 1)
        places = [c for n in nouns for c in _group_places(n, index)]
        # "Taliban representatives in Doha" are an armed group's office there, not its forces
        armed = group.type in FORCE_TYPES and nouns[0].lemma_.lower() not in CIVILIAN_ROLE_NOUNS
        relation = "stationed-at" if armed else "located-in"
        for place in dict.fromkeys(places):
            yield from _opt(_make(relation, group, place, nouns[0], index, doc_date, None,
                                  "stationed-group" if relation == "stationed-at" else "located-group", 0.7))
            for person in _named_holders(outer, index):
                # "Abu Khalid, an ISIL commander in Raqqah": the man the noun describes is there too
                yield from _opt(_make("located-in", person, place, nouns[0], index, doc_date, None,
                                      "located-holder", 0.7))



#: Prepositions of a scene fronted before a clause ("*In* Kabul, the president met ..."): never "from" (an
#: origin), "to" (a destination), "near" (a landmark) or "across", which put no one somewhere.
FRONTED_SCENE_PREPS = frozenset({"in", "at"})
#: Verbs of an attitude or a state, whose fronted "In Aleppo," is the topic ("In Aleppo, Obama *backs* a
#: truce"), not where the subject is.
ATTITUDE_VERBS = frozenset({"support", "back", "oppose", "want", "wish", "hope", "fear", "believe", "think", "favour",
                            "favor", "prefer", "need", "like", "love", "hate", "seek", "expect", "know", "have",
                            "own", "control", "see", "face", "lose", "win", "gain", "rule", "govern", "dominate",
                            "remain", "stay", "hold"})


def _fronted_scene(sent):
    """The fronted "In X," or "At X," that opens ``sent`` (after at most one word: "Today at the museum,")
    and the verb whose clause it sets, or ``None``."""
    toks = [t for t in sent if not t.is_space]
    for prep in toks[:2]:
        if prep.lower_ not in FRONTED_SCENE_PREPS or prep.dep_ != "prep" or prep.head.pos_ != "VERB" \
                or prep.head.i <= prep.i:
            continue
        end = prep.right_edge.i + 1
        if end < len(sent.doc) and sent.doc[end].text == "," and end < prep.head.i:
            return prep, prep.head
    return None


def _fronted_scene_places(prep, index: ActorIndex) -> list[ActorMention]:
    """The towns and sites a fronted scene names: its object, and for a site or a kind of place its
    own "in" place ("At the museum in Baghdad,"); not a state (a state fronted is mostly a topic:
    "In Syria, Kerry said ...")."""
    from .actors import FACILITY_NOUNS

    out = []
    for p in (q for o in prep.children if o.dep_ == "pobj" for q in _conjuncts(o)):
        m = index.at(p.i)
        if m is not None and m.head == p.i:
            if m.type in PLACE_ONLY and not m.pronoun:
                out.append(m)
            if m.type not in ("Facility", "Place"):
                continue
        elif not _place_noun(p, triggers()["location"]["place_nouns"]) and p.lemma_.lower() not in FACILITY_NOUNS:
            continue
        out += [a for a in _group_places(p, index, frozenset({"in"})) if a.type in PLACE_ONLY]
    return out


def fronted_scene_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``In Kabul, President Ghani met tribal elders``, ``At Camp Bastion, Prince Harry told reporters``: a
    scene fronted before a clause is where the clause's subject is, when that subject is a person (a
    force's is :func:`stationed_rule`'s) and the scene a town or a site.

    Only a scene of its own, set off by a comma, before a verb of a deed or of speech (not of an
    attitude: "In Aleppo, Obama backs a truce" is about Aleppo); not a speech verb set off by commas
    ("In Aleppo, the spokesman said, rebels attacked": the scene is the reported clause's).
    """
    for sent in doc.sents:
        found = _fronted_scene(sent)
        if found is None:
            continue
        prep, verb = found
        lemma = verb.lemma_.lower()
        if lemma in ATTITUDE_VERBS or verb.i + 1 < len(doc) and doc[verb.i + 1].text == "," \
                and lemma in SPEECH_HEAD_VERBS | REPORTING_VERBS:
            continue
        places = _fronted_scene_places(prep, index)
        if not places:
            continue
        subjects, passive = _subjects(verb, index)
        for person in dict.fromkeys(m for m in subjects if m.type == "Person" and not m.pronoun):
            for place in dict.fromkeys(places):
                yield from _opt(_make("located-in", person, place, verb, index, doc_date, None, "located-scene", 0.6))

def _named_holders(noun, index: ActorIndex) -> list[ActorMention]:
    """The people a group's noun is in apposition with: "*Abu Khalid*, an ISIL commander in Raqqah",
    "an ISIL commander in Raqqah, *Abu Khalid*"."""
    heads = [noun.head] if noun.dep_ == "appos" else []
    heads += [c for c in noun.children if c.dep_ == "appos"]
    return [m for h in heads for m in [index.at(h.i)]
            if m is not None and m.type == "Person" and not m.pronoun and m.head == h.i]


#: Nouns for people who live where their "of" phrase says ("*residents* of Mosul"); not "the people of Mosul",
#: the town's whole population, which is no news of where anyone is.
RESIDENT_NOUNS = frozenset({"resident", "inhabitant", "citizen", "villager", "townspeople"})
#: Nouns for people who are where they are by living, sheltering, gathering or being caught there: not a
#: trade's people, whom a text places by where they work ("journalists in Brussels" asked questions there).
DWELLER_NOUNS = RESIDENT_NOUNS | {"people", "civilian", "refugee", "protester", "protestor", "demonstrator",
                                  "worshipper", "pilgrim", "family", "child", "woman", "hostage", "detainee",
                                  "prisoner", "student", "christian", "muslim", "yazidi", "minority"}


def people_place_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``residents of Mosul``, ``thousands of civilians in eastern Aleppo``, ``refugees at the Zaatari
    camp``: people named by a common noun for no state's organ are in the town or site its phrase
    names (as the people of that place's state, like :func:`_located_people`'s). A state named as
    the place says no more than the people's own name ("civilians in Syria"). Refugees are of the state they
    fled, where the text names it, and may be in any other ("*Syrian* refugees in Turkey")."""
    for tok in select_lemmas(doc, DWELLER_NOUNS, pos=("NOUN",)):
        if tok.lemma_.lower() not in DWELLER_NOUNS:
            continue
        found = _people_noun(tok)
        if found is None or found[1].i != tok.i:
            continue
        preps = GROUP_PLACE_PREPS | ({"of"} if tok.lemma_.lower() in RESIDENT_NOUNS else set())
        if (state := _own_state(tok, found[0], index)) is not None:
            # "Iraqi civilians in Mosul", "Syrian refugees in Turkey": the people of their own state, wherever
            # they are (not "in Iraq", which says no more than their id).
            for place in dict.fromkeys(c for c in _group_places(tok, index, preps) if c.country and not (
                    c.type == "Country" and c.country == state)):
                yield from _opt(_make("located-in", _people(state, found[0], tok), place, tok, index, doc_date,
                                      None, "located-people", 0.6))
            continue
        if _fled(*found) or actors_of(tok, index):
            continue
        places = [c for c in _group_places(tok, index, preps) if c.type in PLACE_ONLY and c.country]
        for place in dict.fromkeys(places):
            people = _people(place.country, found[0], tok)
            yield from _opt(_make("located-in", people, place, tok, index, doc_date, None, "located-people", 0.6))


#: Nouns of what forces do where they are ("Russian military *operations* in Syria", "ISIL *patrols* near Mosul").
OPERATION_NOUNS = frozenset({"operation", "mission", "patrol"})
#: Words that make a state's operations its armed forces' ("*maritime security* operations in the Gulf").
MILITARY_QUALIFIERS = frozenset({"military", "maritime", "naval", "ground", "combat", "security", "counterterrorism",
                                 "counter-terrorism", "army", "navy", "marine", "troop"})


def operations_place_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``US and British maritime security operations in the Gulf``, ``Russian military operations in
    Syria``, ``ISIL patrols near Mosul``: an armed force's operations at a place put it there, and so do a
    state's operations said to be military (its military); not "humanitarian operations in Syria"."""
    from .actors import _organ

    for tok in select_lemmas(doc, OPERATION_NOUNS, pos=("NOUN",)):
        if tok.lemma_.lower() not in OPERATION_NOUNS:
            continue
        places = [m for m, _prep in _places(tok, index, FORCE_PLACE_PREPS, modifiers=False)
                  if m.type in PLACE_TYPES and not m.pronoun]
        if not places:
            continue
        military = any(c.lower_ in MILITARY_QUALIFIERS or c.lemma_.lower() in MILITARY_QUALIFIERS
                       for c in tok.lefts if c.dep_ in ("amod", "compound"))
        owners = [m for c in tok.lefts if c.dep_ in FORCE_MODIFIERS + ("nmod",)
                  for a in _conjuncts(c) for m in [index.at(a.i)] if m is not None and not m.pronoun]
        forces = []
        for m in owners:
            if m.type in FORCE_TYPES:
                forces.append(m)
            elif m.type == "Country" and military and m.country:
                forces.append(_organ(m, "MIL", doc, m.token_start, m.token_end))
        for force in dict.fromkeys(forces):
            for place in dict.fromkeys(places):
                if place.actor_id != force.country:
                    yield from _opt(_make("stationed-at", force, place, tok, index, doc_date, None,
                                          "stationed-operations", 0.6))


#: Verbs of driving someone out of a place ("clearing Daesh from Iraq"), whose object is still there while
#: it is being done or yet to be done.
EXPULSION_VERBS = frozenset({"clear", "expel", "drive", "push", "oust", "evict", "flush", "eject", "dislodge",
                            "purge", "remove", "root"})


def _cleared_places(verb, objs: list, index: ActorIndex) -> list[ActorMention]:
    """The places ``verb`` drives its objects ``objs`` from ("drove ISIL *from Kismayo*", "pushed ISIL out of
    *Kobane*"): "from Iraq" may hang on the object, "out of Mosul" on an "out" the parser takes for a
    preposition."""
    outs = [c for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out"]
    places = [m for h in [verb] + objs for m, _prep in _places(h, index, ("from",), modifiers=False)]
    places += [m for h in outs for m, _prep in _places(h, index, ("of",), modifiers=False)]
    return [m for m in places if m.type in PLACE_TYPES and not m.pronoun]


#: Verbs whose gerund is an act done ("*finished* clearing ISIL from Ramadi", "*succeeded* in driving ...").
COMPLETION_VERBS = frozenset({"finish", "complete", "succeed", "end"})
#: Prepositions whose gerund is an act done before the main clause's ("*after* driving ISIL out of Palmyra").
DONE_BEFORE_PREPS = frozenset({"after", "since", "upon", "following"})


def _finished_gerund(verb) -> bool:
    """Whether the gerund ``verb`` is an act done: "having driven", "after driving", "since recapturing",
    "finished clearing", "succeeded in driving"."""
    if verb.tag_ not in ("VBG", "VBN"):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children):
        return True
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in COMPLETION_VERBS:
        return True
    return verb.dep_ == "pcomp" and head.dep_ == "prep" and (
        head.lower_ in DONE_BEFORE_PREPS or head.lower_ == "in" and head.head.lemma_.lower() in COMPLETION_VERBS)


def clearing_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``clearing Daesh from Iraq``, ``operations to drive ISIL out of Mosul``: an armed force to be driven
    from a place, or being driven, is there now (asserted whatever the modality of the driving: "plans to
    expel ISIL from Raqqa" says ISIL is in Raqqa). Not a finished expulsion ("pushed ISIL out of Kobane":
    no longer there), nor a finite present, which headlines use for the past."""
    for tok in select_lemmas(doc, EXPULSION_VERBS, pos=("VERB",)):
        if tok.lemma_.lower() not in EXPULSION_VERBS or tok.tag_ not in ("VBG", "VB"):
            continue
        if any(c.dep_ in PASSIVE_SUBJ + ("auxpass",) for c in tok.children):
            continue
        if _finished_gerund(tok):
            continue  # "after driving ISIL out of Palmyra", "finished clearing ISIL from Ramadi": gone from it
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        forces = [m for c in objs for m in actors_of(c, index, False) if m.type in FORCE_TYPES and not m.pronoun]
        places = _cleared_places(tok, objs, index)
        for force in dict.fromkeys(forces):
            for place in dict.fromkeys(places):
                r = _make("stationed-at", force, place, tok, index, doc_date, None, "stationed-cleared", 0.6)
                if r is not None:
                    yield replace(r, modality="asserted")


#: Verbs of going to see people where they are ("visited U.S. service members *at* Qayyarah").
VISIT_VERBS = frozenset({"visit", "greet", "address", "inspect", "tour"})


def visited_force_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``Carter flew to visit U.S. service members at Qayyarah Airfield West``, ``the general visited
    American soldiers at Bagram``: troops or fighters visited at a place are stationed there (the
    visitor's own place is the ``visits`` row's). Only armed forces named by their people ("soldiers",
    "service members"), not a state's military as a body ("visited the Pentagon's headquarters")."""
    from .actors import _organ

    for tok in select_lemmas(doc, VISIT_VERBS, pos=("VERB",)):
        if tok.lemma_.lower() not in VISIT_VERBS:
            continue
        subjects, passive = _subjects(tok, index)
        args = [c for c in tok.children if c.dep_ in (PASSIVE_SUBJ if passive else OBJ)]
        args = [a for c in args for a in _conjuncts(c)]
        places = _group_places(tok, index, MET_AT_PREPS)
        for arg in args:
            forces = []
            for m in actors_of(arg, index, modifiers=True):
                if m.type in FORCE_TYPES and m.head == arg.i and arg.pos_ == "NOUN":
                    forces.append(m)  # "American soldiers"
                elif m.type in FORCE_TYPES | {"Country"} and _group_noun(arg) and doc[m.head].head.i == arg.i:
                    if m.type != "Country":
                        forces.append(m)  # "ISIL fighters"
                    elif _service_members(arg):
                        forces.append(_organ(m, "MIL", doc, min(m.token_start, arg.left_edge.i), arg.i + 1))
            for force in dict.fromkeys(forces):
                for place in dict.fromkeys(places + _group_places(arg, index)):
                    yield from _opt(_make("stationed-at", force, place, tok, index, doc_date, None,
                                          "stationed-visited", 0.7))


#: Nouns for kinds of bodies, which a body's name can qualify ("the Guardian newspaper").
BODY_KINDS = frozenset({
    "party", "company", "firm", "movement", "union", "club", "church", "airline", "bank", "agency", "institute",
    "foundation", "militia", "group", "organisation", "organization", "newspaper", "daily", "weekly", "paper",
    "magazine", "broadcaster", "network", "channel", "station", "carrier", "university", "tank", "watchdog",
    "charity", "association", "federation", "council", "court", "ministry", "corporation", "operator", "insurer",
    "lender", "retailer", "manufacturer", "maker", "giant", "conglomerate", "consortium", "outlet", "carmaker",
    "automaker", "publisher"})
#: What a state's possessive or an "in" phrase places in that state.
OWNED_TYPES = frozenset({"Place", "Facility", "Organisation"})


def located_owner_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``Pakistan's Punjab province``, ``Germany's Bundestag``, ``Turin's La Stampa``: a place or an
    organisation a state's or a city's possessive qualifies is there; so is ``the Islamic Movement in
    Nigeria``, ``OMV of Austria``, the ``American broadcaster NBC``, ``Britain's Guardian newspaper``
    and the ``Berlin-based watchdog Transparency International``; ``the Institute for Palestine
    Studies in Beirut`` is in that city."""
    from .actors import PERSON_NOUNS, REGION_NOUNS, TITLE_NOUNS

    nouns = REGION_NOUNS | frozenset(triggers()["location"]["place_nouns"])
    for m in index:
        if m.type not in OWNED_TYPES or m.pronoun:
            continue
        head = doc[m.head]
        # "Pakistan's Punjab province": the possessive is on the noun the name qualifies.
        owner = head.head if head.dep_ == "compound" and head.head.lower_ in nouns else head
        states = [(index.at(t.i), "located-owner") for t in owner.children if t.dep_ == "poss"]
        if m.type == "Organisation":
            def kind_noun(c) -> bool:
                # "Israeli political scientist Yithak Reiter": a person the NER took for an organisation
                return c.pos_ == "NOUN" and not (m.token_start <= c.i < m.token_end) \
                    and c.lower_ not in PERSON_NOUNS | TITLE_NOUNS

            # "American broadcaster NBC", "Tabcorp, Australia's largest bookmaker": the state that
            # qualifies the noun saying what the organisation is; "Britain's Guardian newspaper",
            # "the German news agency Deutsche Presse-Agentur": the noun the name qualifies.
            kinds = [c for c in head.children if kind_noun(c)
                     and (c.dep_ in ("compound", "nmod") and c.i < m.token_start
                          or c.dep_ == "appos" and c.i > m.token_end and doc[m.token_end].text == ",")]
            if head.dep_ in ("compound", "appos") and kind_noun(head.head) and head.head.lemma_ in BODY_KINDS \
                    and (head.dep_ == "compound") == (head.head.i > head.i):
                # only a noun for a kind of body: "the Nabucco summit in Hungary" puts the summit there
                kinds.append(head.head)
            states += [(index.at(q.i), "located-kind") for k in kinds for q in k.children
                       if q.dep_ in ("poss", "amod", "compound") and q.i < k.i]
            if not kinds:
                states += [(c, "located-kind") for c in _state_before_kind(doc, m, index)]
            # "Mosul in Iraq" is located_rule's; an organisation's "in" is where it is based
            # (the state itself, not a noun it qualifies: "ThyssenKrupp ... in a South African deal");
            # "OMV of Austria" (a state only: "the Friends of the Earth" is no place).
            preps = [t for k in (head, *kinds) for t in k.children if t.dep_ == "prep" and t.lower_ in ("in", "of")]
            # each place of a list: "our partners in Syria and Iraq"
            states += [(index.at(q.i), "located-org-in" if t.lower_ == "in" else "located-org-of")
                       for t in preps for p in t.children if p.dep_ == "pobj" for q in _conjuncts(p)]
            # "the Berlin-based watchdog", "Ifo, based in Munich"
            for b in (b for t in (head, *kinds) for b in t.children if b.lower_ == "based"):
                states += [(index.at(x.i), "located-based") for x in b.children
                           if x.dep_ in ("npadvmod", "compound", "nmod") and x.i < b.i]
                states += [(index.at(p.i), "located-based") for x in b.children if x.dep_ == "prep"
                           and x.lower_ == "in" for p in x.children if p.dep_ == "pobj"]
        for c, rule in states:
            if c is None or c.pronoun or c.actor_id == m.actor_id:
                continue
            if rule == "located-org-of" and not _plainly_a_body(m):
                continue  # "Novak Djokovic of Serbia", a player the NER took for an organisation
            if c.type == "Country" and m.country in (None, c.actor_id):
                yield from _opt(_make("located-in", m, c, head, index, doc_date, None, rule, 0.7))
            elif c.type == "Place" and rule not in ("located-org-of", "located-kind") \
                    and not is_generic(m.actor_id):
                # "the Institute for Palestine Studies in Beirut", "Turin's La Stampa", "the German embassy
                # in Beirut": a city the body is in; an unnamed body's town is how the text picks it out
                # ("the regime in Damascus"), not news.
                yield from _opt(_make("located-in", m, c, head, index, doc_date, None, rule, 0.7))


def _state_before_kind(doc, m: ActorMention, index: ActorIndex) -> list[ActorMention]:
    """"The German carmaker Volkswagen" which the parser made two subjects: the state written right
    before the nouns for the kind of body written right before the name, read from the words."""
    k = m.token_start - 1
    if k < 1 or doc[k].pos_ != "NOUN" or doc[k].lemma_.lower() not in BODY_KINDS:
        return []
    j = k - 1
    while j > k - 3 and j >= 0 and doc[j].pos_ in ("NOUN", "ADJ") and index.at(j) is None:
        j -= 1  # "French *oil* giant Total"
    c = index.at(j) if j >= 0 else None
    return [c] if c is not None and c.type == "Country" and c.token_end == j + 1 else []


def _plainly_a_body(m: ActorMention) -> bool:
    """Whether a mention is an organisation whatever the NER thought: in the dictionary, named with
    a word for a body ("Liberal Party"), or an acronym ("OMV")."""
    from .actors import ORG_NAME_WORDS
    from .gazetteer import load_actors

    words = m.surface.split()
    return m.actor_id in load_actors().actors or any(w.lower() in ORG_NAME_WORDS | BODY_KINDS for w in words) \
        or (len(words) == 1 and m.surface.isupper() and len(m.surface) >= 2)


def _country_of_modifier(tok, doc, index: ActorIndex) -> Optional[ActorMention]:
    m = index.at(tok.i)
    if m is not None and m.type == "Country":
        return m
    return _demonym_country(tok)


def _named_party(tok) -> bool:
    """Whether ``tok`` is named as a party ("accused *Moscow*", "an admission *by* Moscow", "talks *with*
    Moscow"), not as a place ("departed *from* Moscow", "returned *to* Moscow"); "in" introduces a
    target only where the lexicon says so ("opened an embassy *in* Tehran")."""
    if tok.dep_ in OBJ + PASSIVE_SUBJ:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in ("by", "with", "against", "on", "upon", "over", "in")


def _capital_government(m: ActorMention) -> ActorMention:
    """The government a capital stands for ("Moscow" → Government of Russia), else ``m``."""
    from .actors import _capitals
    from .gazetteer import load_actors

    iso = None if m.type != "Place" or m.pronoun else _capitals(load_actors()).get(m.actor_id)
    return m if iso is None else _government_at(m, iso)


def _country_label(iso: str) -> str:
    from .gazetteer import load_actors

    actor = load_actors().actors.get(iso)
    return actor.name if actor is not None else iso


def _opt(r: Optional[RelationMention]) -> Iterator[RelationMention]:
    if r is not None:
        yield r


def role_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """Titles: "Turkey's President Erdogan" → leader-of Turkey; "U.S. Defense Secretary Ash Carter"
    → member-of the US government.

    A leader is also a member of what he leads: "SPD leader X" is a member of the SPD, and
    the leader of a state a member of its government ("Turkey's President Erdogan" →
    member-of TURGOV); a region's head of government is not made a member of the region.

    A past title ("former US president Jimmy Carter", "then-President Bush") gives the same
    mentions marked ``former`` (see :class:`~graphbuilder.model.RelationMention`).
    """
    for role in index.roles:
        if role.organ.type in ("Organisation", "InternationalOrganisation", "ArmedGroup") and role.organ.pronoun:
            continue
        tok = doc[role.person.head]
        targets = [("leader-of" if role.leader else "member-of", role.organ)]
        if role.leader and _led_membership(role.organ) is not None:
            targets.append(("member-of", _led_membership(role.organ)))
        for relation, organ in targets:
            r = _make(relation, role.person, organ, tok, index, doc_date, None, "role", 0.9)
            if r is not None:
                yield replace(r, trigger=role.title, modality="asserted", former=role.former)


#: Verbs of leading a body: "X heads the party", "the party, led by X".
LEAD_VERBS = frozenset({"head", "lead", "chair"})
#: What one leads by those verbs (not a state: "led Germany to victory" is a coach's).
LED_TYPES = frozenset({"Organisation", "InternationalOrganisation", "ArmedGroup", "Government"})
#: Verbs by which a person leads a state or a region, and nothing else ("X has governed Bolivia").
RULE_VERBS = frozenset({"govern", "rule"})
RULED_TYPES = frozenset({"Country", "Place"})


def lead_verb_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"X heads the Y", "X led the Y until 2009" (a past leader: ``former``), "the Y, led by X",
    "Y is chaired by X": X leader-of Y, and member-of Y as for titles.  "X has governed Bolivia",
    "X ruled Libya for 42 years": X leader-of the state (and member-of its government) or region."""
    for tok in select_lemmas(doc, LEAD_VERBS | RULE_VERBS, pos=("VERB",)):
        lemma = tok.lemma_.lower()
        rules = lemma in RULE_VERBS
        if not (lemma in LEAD_VERBS or rules) or (rules and any(c.dep_ == "prt" for c in tok.children)):
            continue  # "ruled out" rules nobody
        if lemma == "lead" and tok.dep_ == "amod" and tok.i >= 2 and doc[tok.i - 1].text == "-" \
                and (leader := index.at(tok.i - 2)) is not None and leader.token_end == tok.i - 1:
            # "the US-led coalition", "the Saudi-led coalition"; the coalition is as real as the clause
            # that names it ("would join a US-led coalition"), and "a" coalition in a gerund's clause is
            # one thought of ("mulled over returning to government in a Labour-led coalition")
            clause = next((a for a in tok.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.head.children)
            if clause is not None and indefinite and clause.tag_ == "VBG":
                continue
            for r in _led_force(leader, actors_of(tok.head, index, modifiers=False), tok, index, doc_date):
                yield replace(r, modality=modality(clause)) if clause is not None else r
            continue
        agents = _agent(tok, index)
        subjects, passive = _subjects(tok, index)
        if agents and (passive or tok.dep_ == "acl"):
            # "the party, led by X" / "the party is led by X"
            leaders, bodies = agents, subjects if passive else actors_of(tok.head, index)
            former = False
        elif not passive and not agents:
            leaders = subjects
            if rules and any(c.dep_ in SUBJ and c.lower_ in SELF_PRONOUNS for c in tok.children):
                # '"They're governing Gaza," X said': whoever "they" are, not the speaker.
                continue
            bodies = [m for c in tok.children if c.dep_ == "dobj" for m in actors_of(c, index, modifiers=False)]
            # "X led the party until 2009"; "X has led the party since 2009" still does
            former = tok.tag_ == "VBD"
        else:
            continue
        for person in leaders:
            if person.type != "Person":
                if lemma == "lead" and agents and (passive or tok.dep_ == "acl"):
                    yield from _led_force(person, bodies, tok, index, doc_date)
                continue
            for body in bodies:
                if body.type not in (RULED_TYPES if rules else LED_TYPES) or body.pronoun:
                    continue
                member = _led_membership(body)
                for relation, target in (("leader-of", body),) + ((("member-of", member),) if member else ()):
                    r = _make(relation, person, target, tok, index, doc_date, None, "lead-verb", 0.8)
                    if r is not None:
                        yield replace(r, trigger=tok.text, modality=modality(tok), former=former)


#: Leaders that are bodies: a state, its organs, an organisation ("the coalition, led by Saudi Arabia").
LEADING_BODY_TYPES = frozenset({"Country", "Government", "Military", "Organisation", "InternationalOrganisation",
                                "ArmedGroup"})
#: Words of a force or a coalition that a body leads ("Combined Task *Force* 150", "the *coalition*"):
#: a body led by a state is one of these; "the EU, led by Germany" is no such fact.
LED_FORCE_WORDS = frozenset({"coalition", "alliance", "force", "forces", "task", "mission", "contingent",
                             "taskforce", "operation"})


def _led_force(leader: ActorMention, bodies: Iterable[ActorMention], tok, index: ActorIndex,
               doc_date) -> Iterator[RelationMention]:
    """"The coalition, led by Saudi Arabia", "Combined Task Force 150, led by the Royal Navy": a
    state or a body that leads a force or a coalition (:data:`LED_FORCE_WORDS`) is leader-of it."""
    if leader.type not in LEADING_BODY_TYPES or leader.pronoun:
        return
    for body in bodies:
        words = {w.lower() for w in re.split(r"[\s\-:]+", f"{body.surface} {body.label}")}
        if body.type not in LED_TYPES or body.pronoun or not words & LED_FORCE_WORDS:
            continue
        r = _make("leader-of", leader, body, tok, index, doc_date, None, "lead-verb", 0.75)
        if r is not None:
            yield replace(r, trigger=tok.text, modality=modality(tok))


def _led_membership(body: ActorMention) -> Optional[ActorMention]:
    """What the leader of ``body`` is a member of: an organisation itself, a state's government
    ("Turkey's President Erdogan" → member-of TURGOV); nothing for a region he governs."""
    if body.type == "Place":
        return None
    return _government_at(body) if body.type == "Country" else body


#: Bodies the gazetteer's state places: the state's organs as such (``Government``, ``Military`` mentions)
#: are the state (see ``actors.ORGANS``), but one named as an organisation of its own ("the CIA",
#: "the Bundestag") is a node of its own, based in its state.
GAZETTEER_BASED_TYPES = frozenset({"Organisation", "ArmedGroup"})


def _in_a_name(doc, c: ActorMention, index: ActorIndex) -> bool:
    """Whether a state's mention ends or qualifies an organisation's name ("News Agency of *Nigeria*",
    "Air *France*-KLM"): the state's own mentions are better evidence."""
    tok = doc[c.head]
    up = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head if tok.dep_ == "compound" \
        else None
    return up is not None and (o := index.at(up.i)) is not None and o.type in ORG_TYPES


def _named_institution(doc, m) -> bool:
    """Whether ``m`` is an institution its name places in its state ("Karachi University",
    "the Australian National University"): an unlisted organisation with a state and an
    institution's noun as head (:data:`graphbuilder.actors.INSTITUTION_NOUNS`)."""
    from .actors import INSTITUTION_NOUNS

    return m.type == "Organisation" and m.actor_id.startswith("org:") and doc[m.head].lower_ in INSTITUTION_NOUNS


def gazetteer_location_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """A place or a body the gazetteer locates in a state ("Mosul", "Boko Haram" → Nigeria), once
    per place and document.

    Only when the document also names the state; the evidence is the sentence of the place's
    first mention, the target span the closest mention of the state (possibly in another
    sentence), and the rule is ``gazetteer``.
    """
    seen: set[str] = set()
    countries = _states_named(index)
    for iso, organs in _states_named_by_organs(doc, index).items():
        # "the Government of Myanmar", "Ukrainian troops": the organ's mention is the state's name too.
        countries.setdefault(iso, organs)
    known = None
    for m in index:
        if m.pronoun or not m.country or m.actor_id in seen:
            continue
        if m.type == "Government" and (place := _capital_named(m)) is not None:
            # "Berlin welcomed the decision": the government acts, and the city is still in its state.
            m = place
            if m.actor_id in seen:
                continue
        if m.type in GAZETTEER_BASED_TYPES:
            # "Boko Haram", "the Taliban": a body the dictionary gives a state is based there.
            if known is None:
                from .gazetteer import load_actors

                known = load_actors().actors
            a = known.get(m.actor_id)
            if a is None and _named_institution(doc, m):
                pass  # "Karachi University": in the state of the place (or people) that names it
            elif a is None or a.country != m.country:
                continue
        elif m.type != "Place" or not m.actor_id.startswith("place:"):
            continue
        country = _closest_state(countries, m.country, m, lambda c: _in_a_name(doc, c, index))
        if country is None:
            # Only when the document names the state too: the row points at that mention.
            continue
        seen.add(m.actor_id)
        r = _make("located-in", m, country, doc[m.head], index, doc_date, None, "gazetteer", 0.7)
        if r is not None:
            yield r


#: Heads of the names of a state's institutions ("the Interior Ministry", "the Constitutional Court"),
#: and the words that say which one ("European" and "International" say another's).
STATE_BODY_HEADS = frozenset({"ministry", "court", "parliament", "senate", "tribunal", "cabinet"})
STATE_BODY_FIELDS = frozenset({
    "interior", "defense", "defence", "foreign", "finance", "justice", "health", "economy", "economics", "economic",
    "education", "labor", "labour", "environment", "transport", "agriculture", "supreme", "constitutional",
    "federal", "high", "administrative", "national", "energy", "trade", "culture", "family", "development", "home",
    "war", "social", "affairs", "industry", "regional", "district", "appeals"})


def home_institution_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Germany has tightened its asylum rules.  The Interior Ministry said ...": a state's
    institution named without its state, in a story about one state, is that state's, and based
    there; so is a place the story introduces by its kind ("the northwestern town of Sögel",
    "the Urgun district").  Once per document; the target the state's mention closest to it.

    Only names the gazetteer does not know (it places those it knows): an institution and the
    field it is for ("Defense Ministry", "Supreme Court"; not "the European Court").
    """
    from .actors import _UNSET, _home_state, _story_state
    from .gazetteer import load_actors

    nouns = frozenset(triggers()["location"]["place_nouns"]) - {"capital"}
    seen: set[str] = set()
    story = _UNSET  # the state the story is about: counted once, for the first candidate
    for m in index:
        # A generic name of a state's body is the document's own (actors._state_body_sector), yet based in the
        # story's state all the same.
        # (a generic ministry the story's state was given, actors._story_ministries, is still placed here)
        if m.pronoun or m.country and not is_generic(m.actor_id) or m.actor_id in seen \
                or is_generic(m.actor_id) and m.type != "Organisation" \
                or load_actors().get(m.actor_id) is not None:
            continue
        if m.type == "Place":
            if not (m.actor_id.startswith("place:") and _kind_named(doc[m.head], nouns)):
                continue
        elif m.type == "Organisation":
            words = m.label.split()
            if not 2 <= len(words) <= 3 or words[-1].lower() not in STATE_BODY_HEADS \
                    or not all(w.lower() in STATE_BODY_FIELDS and w[:1].isupper() for w in words[:-1]):
                continue
        else:
            continue
        if story is _UNSET:
            story = _story_state(index.mentions, doc)
        home = _home_state(doc, index.mentions, m, story)
        if home is None:
            continue
        seen.add(m.actor_id)
        yield from _opt(_make("located-in", m, home, doc[m.head], index, doc_date, None, "home-state", 0.6))


def _kind_named(head, nouns: frozenset) -> bool:
    """Whether a place's name comes with the kind of place it is: "the town *of* Sögel", "the
    Urgun *district*"."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in nouns:
        return True
    return head.dep_ == "compound" and head.head.lower_ in nouns and head.head.i == head.i + 1


def _capital_named(m: ActorMention) -> Optional[ActorMention]:
    """The capital a government mention is written as ("Berlin said"), as a place, else ``None``."""
    from .actors import _capitals, slug
    from .gazetteer import load_actors

    place_id = f"place:{slug(m.surface)}"
    if _capitals(load_actors()).get(place_id) != m.country:
        return None
    return replace(m, actor_id=place_id, label=m.surface, type="Place", code=None)


def known_leader_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Nixon's fate after Watergate" in a story that names the United States: a person the
    gazetteer (the bundled one and the user's ``--actors`` file: ``index.leaders``) knows as a
    head of that state or its government at some time (:attr:`~graphbuilder.gazetteer.Actor.leader`)
    leads it, once per document.

    Only when the document names the state and gives the person no title nor organisation
    anywhere: what it says he is there ("Foreign Minister Alain Juppé") comes first.  The
    mention is ``former`` unless the document's date falls in one of his terms (none before the first of
    them: he is no leader yet); its rule is
    ``gazetteer``, its sentence the one of the person's first mention, its target the state's
    mention closest to it; he is a member of the state's government as well (as in :func:`role_rule`).
    """
    leaders = index.leaders
    if leaders is None:  # an index built by hand: the bundled gazetteer's leaders
        from .actors import known_leaders
        from .gazetteer import load_actors

        leaders = known_leaders(index.mentions, load_actors())
    if not leaders:
        return
    people: dict[str, list[ActorMention]] = {}
    for m in index:
        if m.type == "Person" and m.actor_id in leaders and not m.pronoun:
            people.setdefault(m.actor_id, []).append(m)
    states = _states_named(index)
    titled = {r.person.actor_id for r in index.roles}
    for actor_id, mentions in people.items():
        leader = leaders[actor_id]
        if doc_date is not None and (leader.ahead(doc_date) or leader.unknown(doc_date)):
            # "Pohamba" in a story of 2004, a year before his presidency: no leader at that date, former least
            # of all; "Netanyahu" in 2022, whom the dictionary of 2014 has in office: it cannot tell
            continue
        if leader.country not in states or actor_id in titled \
                or any(_title_tokens(doc, m) or _affiliation(doc, m, index) for m in mentions):
            continue
        person = min(mentions, key=lambda m: m.token_start)
        state = _closest_state(states, leader.country, person)
        r = _make("leader-of", person, state, doc[person.head], index, doc_date, None, "gazetteer", 0.6)
        if r is None:
            continue
        current = doc_date is not None and leader.covers(doc_date)
        yield replace(r, modality="asserted", former=not current)
        # a head of state sits in its government, as a titled one does (role_rule)
        m = _make("member-of", person, _government_at(state), doc[person.head], index, doc_date, None,
                  "gazetteer", 0.6)
        if m is not None:
            yield replace(m, modality="asserted", former=not current)


#: Who can be a member of a body: states, their organs and organisations (people's memberships come
#: from their titles, see :func:`role_rule`).
MEMBER_TYPES = ORG_TYPES | {"Country", "Government", "Military"}
BODY_TYPES = ORG_TYPES
#: Verbs whose subject is a body and object its members ("the SDF, which includes the Syrian Arab Coalition").
INCLUDING_VERBS = frozenset({"include", "comprise", "encompass"})
#: Of those, the ones whose participle after a body still lists its members ("the alliance, *comprising*
#: Egypt and Jordan"); "including" lists examples of anything ("sanctions on Iran, including ...").
COMPRISING_VERBS = frozenset({"comprise", "encompass"})
#: Verbs whose subject is a member of the body their "to" phrase names ("Turkey, which *belongs* to NATO").
BELONGING_VERBS = frozenset({"belong"})
#: Members a government has: the parties and movements that sit in it ("Hezbollah, a member of the Lebanese
#: government"); a state or an organ is no member of another's government.
GOVERNMENT_MEMBER_TYPES = frozenset({"Organisation", "ArmedGroup"})


def _named(tok, index: ActorIndex, types: frozenset) -> list[ActorMention]:
    """Actors of ``types`` that ``tok`` and its conjuncts name themselves (not through a modifier:
    "NATO's plan" names no body)."""
    return [m for t in _conjuncts(tok) for m in [index.at(t.i)] if m is not None and m.head == t.i
            and m.type in types]


#: Nouns for a member body ("Turkey, a NATO *member*", "Al-Shabaab, an al-Qaeda *affiliate*"); not
#: "part", of anything ("part of the deal"), nor "wing", "branch", "faction", said of a body's own
#: divisions as often as of members (measured: one false member-of more on DWIE).
#: ("Canada is *part* of the coalition", "Kurdish fighters, *part* of the SDF": a body's part is in it.)
MEMBERSHIP_NOUNS = frozenset({"member", "affiliate", "offshoot", "franchise", "part"})


def membership_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """States and organisations in a body: ``NATO member Turkey``, ``Turkey, a member of NATO``,
    ``Turkey is a member of NATO``, ``the SDF, which includes the Syrian Arab Coalition``."""
    for tok in select(doc, pos=("NOUN", "VERB")):
        lemma = tok.lemma_.lower()
        members: list[ActorMention] = []
        bodies: list[ActorMention] = []
        former = False
        if tok.pos_ == "NOUN" and lemma in MEMBERSHIP_NOUNS:
            # ("the PMF coalition": the name, not the generic "coalition")
            bodies = [m for p in _pobjs(tok, ("of",)) for m in _kind_named_body(p, index)
                      or _named(p, index, BODY_TYPES | {"Government"})]
            bodies += [m for c in tok.lefts if c.dep_ in ("compound", "poss", "nmod")
                       for m in _named(c, index, BODY_TYPES)]
            if tok.dep_ in ("compound", "appos"):
                members = _named(tok.head, index, MEMBER_TYPES)  # "NATO member Turkey", "Turkey, a member of"
            elif tok.dep_ == "attr":
                members = [m for c in _relative_args(tok.head, SUBJ) for m in _named(c, index, MEMBER_TYPES)]
                # "Nusra, which *was* part of al-Qaeda until 2016": a membership gone
                former = tok.head.dep_ == "relcl" and _past_hold(tok.head)
            members += [m for c in tok.rights if c.dep_ == "appos" for m in _named(c, index, MEMBER_TYPES)]
        elif tok.pos_ == "VERB" and lemma in BELONGING_VERBS:
            # "Turkey, which belongs to NATO", "Poland belongs to NATO and the EU"
            bodies = [m for p in _pobjs(tok, ("to",)) for m in _named(p, index, BODY_TYPES)]
            members = [m for c in _relative_args(tok, SUBJ) for m in _named(c, index, MEMBER_TYPES)]
            former = _past_hold(tok)
        elif tok.pos_ == "VERB" and lemma in INCLUDING_VERBS:
            subjects = [c for c in tok.children if c.dep_ in SUBJ]
            if tok.dep_ == "relcl" and all(c.lower_ in RELATIVE_PRONOUNS for c in subjects):
                subjects = [tok.head]
            elif tok.dep_ == "acl" and tok.tag_ == "VBG" and lemma in COMPRISING_VERBS and not subjects:
                subjects = [tok.head]  # "the alliance, comprising Egypt and Jordan"
            bodies = [m for c in subjects for m in _named(c, index, BODY_TYPES)]
            members = [m for c in tok.children if c.dep_ in OBJ for m in _named(c, index, MEMBER_TYPES)]
        for body in bodies:
            for member in members:
                if body.type == "Government" and member.type not in GOVERNMENT_MEMBER_TYPES:
                    continue  # "Iraq, part of the Iraqi government" says no membership
                for r in _opt(_make("member-of", member, body, tok, index, doc_date, None, "membership", 0.8)):
                    yield replace(r, former=True) if former and r.modality == "asserted" else r


#: Nouns for kinds of bodies that stand after a member body's name ("part of the Ansar Allah *movement*",
#: "a member of the NATO *alliance*").
BODY_KIND_NOUNS = BODY_KINDS | {"alliance", "coalition", "bloc", "front", "league", "network"}


def _kind_named_body(noun, index: ActorIndex) -> list[ActorMention]:
    """The body a kind noun's name modifier names ("the *Ansar Allah* movement", "the *NATO* alliance"), not
    a state's ("the *Iraqi* coalition") nor a noun of no kind of body ("the NATO *summit*")."""
    if noun.lemma_.lower() not in BODY_KIND_NOUNS:
        return []
    return [m for c in noun.lefts if c.dep_ == "compound" for m in _named(c, index, BODY_TYPES)]


def _relative_args(verb, deps) -> list:
    """The words of ``verb`` with a dependency in ``deps``, a relative clause's pronoun standing for the noun
    the clause hangs on ("*Turkey*, which belongs to NATO"; "*Mosul*, which ISIS seized in 2014")."""
    words = [c for c in verb.children if c.dep_ in deps]
    if verb.dep_ == "relcl" and verb.head.i != verb.i and words and all(
            c.lower_ in RELATIVE_PRONOUNS for c in words):
        return [verb.head]
    return words


#: Nouns naming a party to an alliance ("Turkey, a NATO *ally*", "the regime and its Russian *allies*").
ALLY_NOUNS = frozenset({"ally"})
#: Words that make an ally one no longer ("a former ally"), or none ("no ally of").
NOT_ALLY = frozenset({"former", "erstwhile", "onetime", "one-time", "ex", "no", "not"})
#: Parties to an alliance: states, their organs, bodies and armed groups (not places, not persons): who
#: can be a member of a body.
ALLY_TYPES = MEMBER_TYPES


def _allies_named(tok, index: ActorIndex) -> list[ActorMention]:
    """The allies an ally noun names itself: its demonym or name modifier ("its *Russian* allies",
    "*NATO* ally") or a name in apposition ("our ally *Turkey*")."""
    return [m for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "appos")
            for m in [_actor_or_demonym(c, index) if c.dep_ == "amod" else index.at(c.i)]
            if m is not None and m.type in ALLY_TYPES and not m.pronoun]


def ally_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """Alliances named by the noun "ally": "Turkey, a close ally of the United States", "Saudi Arabia's
    ally Bahrain", "the Syrian regime and its Russian allies", "Turkey is an ally of the US", "the
    United States and Jordan are close allies": the parties cooperate.

    One side is what the noun is said of (its apposition head, the subject of "is an ally",
    or the name it carries); the other its owner ("of" object, possessive, or, for a possessive
    pronoun, the phrase it is coordinated with: "the regime and *its* allies"). Coordinated
    subjects of "are allies" with no owner are allies of each other. A former ally is none.
    """
    for tok in select(doc, lower=("ally", "allies")):
        if tok.pos_ != "NOUN" or any(c.lower_ in NOT_ALLY for c in tok.children):
            continue
        owners = [m for p in _pobjs(tok, ("of",)) for m in _named(p, index, ALLY_TYPES)]
        for c in tok.children:
            if c.dep_ == "poss":
                m = index.at(c.i)
                if m is not None and not m.pronoun and m.type in ALLY_TYPES:
                    owners.append(m)
                elif m is None or m.pronoun:
                    if tok.dep_ == "conj" and c.lower_ in SELF_POSSESSIVES | {"his", "her"}:
                        # "the Syrian regime and its Russian allies": "its" is the first conjunct's.
                        owners += [m for m in actors_of(tok.head, index, modifiers=False) if m.type in ALLY_TYPES]
        sides = _allies_named(tok, index)
        if tok.dep_ == "appos":
            sides += [m for m in actors_of(tok.head, index, modifiers=False) if m.type in ALLY_TYPES]
        elif tok.dep_ == "attr":
            sides += [m for c in tok.head.children if c.dep_ in SUBJ
                      for m in actors_of(c, index, modifiers=False) if m.type in ALLY_TYPES]
        sides = list(dict.fromkeys(sides))
        owners = [o for o in dict.fromkeys(owners) if all(o.actor_id != s.actor_id for s in sides)]
        if owners:
            yield from _pairs("cooperates", sides, owners, tok, index, doc_date, "06", "ally", 0.75, False)
        elif tok.dep_ == "attr" and tok.tag_ != "NN":
            # "X and Y are allies" (plural): allies of each other.
            yield from _pairs("cooperates", sides, [], tok, index, doc_date, "06", "ally", 0.75, True)


#: Bodies a commander commands: military units and commands besides the bodies one leads.
COMMANDED_TYPES = LED_TYPES | {"Military"}
#: Words that make a commander second to the one who leads ("deputy commander").
DEPUTY_WORDS = frozenset({"deputy", "vice", "assistant"})


def command_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """Military command: "General X commands the task force", "General X, commander of US Central
    Command", "the commander of Y, General X", "X is the commander of Y", "Y is commanded by X":
    the person is leader-of the unit (titles before a name are :func:`role_rule`'s)."""
    for tok in select(doc, lower=("command", "commands", "commanded", "commanding", "commander")):
        leaders: list[ActorMention] = []
        bodies: list[ActorMention] = []
        if tok.pos_ == "VERB":
            agents = _agent(tok, index)
            subjects, passive = _subjects(tok, index)
            if agents and (passive or tok.dep_ == "acl"):
                leaders, bodies = agents, subjects if passive else actors_of(tok.head, index, modifiers=False)
            elif not passive and not agents:
                leaders = subjects
                bodies = [m for c in tok.children if c.dep_ == "dobj" for m in actors_of(c, index, modifiers=False)]
                # "General X, commanding general of Combined Joint Task Force": the parser makes the title
                # the verb's object; the unit is its "of" object.
                bodies += [m for c in tok.children if c.dep_ == "dobj" and c.lower_ in ("general", "officer")
                           for p in _pobjs(c, ("of",)) for m in _named(p, index, COMMANDED_TYPES)]
        elif tok.pos_ == "NOUN" and tok.lower_ == "commander":
            of = _pobjs(tok, ("of",))
            bodies = [m for p in of for m in _named(p, index, COMMANDED_TYPES)]
            # "the commander of US Central Command, General X": the name hangs on the "of" object.
            leaders = [m for p in of for c in p.rights if c.dep_ == "appos"
                       for m in _named(c, index, frozenset({"Person"}))]
            if tok.dep_ == "compound" and tok.head.i > tok.i:
                # "CENTCOM commander General X"
                bodies += [m for c in tok.lefts if c.dep_ in ("compound", "nmod", "poss")
                           for m in _named(c, index, COMMANDED_TYPES)]
                leaders += _named(tok.head, index, frozenset({"Person"}))
            elif tok.dep_ == "appos":
                leaders += actors_of(tok.head, index, modifiers=False)
                if not bodies:
                    # "General X, commander, U.S. Central Command": the unit is the next apposition.
                    bodies = [m for c in tok.head.rights if c.dep_ == "appos" and c.i > tok.i
                              for m in _named(c, index, COMMANDED_TYPES)][:1]
            elif tok.dep_ == "attr":
                leaders += [m for c in tok.head.children if c.dep_ in SUBJ for m in actors_of(c, index, modifiers=False)]
            leaders += [m for c in tok.rights if c.dep_ == "appos" for m in _named(c, index, frozenset({"Person"}))]
        # "the deputy commander of Y" is one of its officers, not its leader
        relation = "member-of" if any(c.lower_ in DEPUTY_WORDS for c in tok.lefts) else "leader-of"
        for person in dict.fromkeys(leaders):
            if person.type != "Person" or person.pronoun:
                continue
            for body in dict.fromkeys(bodies):
                if body.type in COMMANDED_TYPES and not body.pronoun:
                    r = _make(relation, person, body, tok, index, doc_date, None, "command", 0.8)
                    if r is not None:
                        yield replace(r, trigger=tok.text, modality=modality(tok))


def shoulder_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"The UK stands shoulder to shoulder with the government of Iraq": support (051), as "stand
    with" is; the parser often hangs the "with" on the second "shoulder", out of the verb's reach."""
    for tok in select(doc, lower=("shoulder",)):
        verb = tok.head
        while verb.lower_ in ("shoulder", "to", "-") and verb.head.i != verb.i:
            verb = verb.head
        if verb.lemma_.lower() != "stand" or verb.pos_ not in ("VERB", "AUX") or tok.i < verb.i:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            continue  # "stand with" is the verb's own phrase (verb_rule)
        withs = [c for t in tok.subtree if t.lower_ == "shoulder" for c in t.children
                 if c.dep_ == "prep" and c.lower_ == "with"]
        targets = [m for w in withs for p in w.children if p.dep_ == "pobj" for m in actors_of(p, index)]
        subjects, passive = _subjects(verb, index)
        if not passive:
            yield from _pairs("supports", subjects, targets, verb, index, doc_date, "051", "shoulder", 0.8, False)


def _active_verbs(doc, lemmas: frozenset, index: ActorIndex) -> Iterator[tuple]:
    """``(verb, subject actors)`` of the active verbs of ``doc`` whose lemma is in ``lemmas``."""
    for tok in select_lemmas(doc, lemmas, pos=("VERB",)):
        if tok.lemma_.lower() in lemmas:
            subjects, passive = _subjects(tok, index)
            if not passive:
                yield tok, subjects


#: Verbs of being somewhere, said of a force there ("hundreds of ISIL militants *remain* in Raqqa"); "patrol"
#: says where by its object ("Iraqi soldiers *patrol* the streets of Ramadi").
PRESENCE_VERBS = frozenset({"remain", "operate", "stay", "patrol"})
#: Verbs of being somewhere whose object is the place ("UN troops *patrol* southern Lebanon").
PATROL_VERBS = frozenset({"patrol"})
#: Participles and adjectives that, after "remain" or "stay", say how a force is somewhere: the place phrase
#: hangs on them ("ISIL militants remain *entrenched* in western Mosul", "stay *holed* up in Jilib"). Not any
#: participle: a force that "remains *banned* in Germany" is not there.
PRESENCE_STATES = frozenset({"entrenched", "holed", "dug", "stationed", "deployed", "positioned", "based",
                             "garrisoned", "hidden", "hiding", "trapped", "besieged", "encircled", "surrounded",
                             "concentrated", "massed", "present", "active", "barricaded", "embedded", "ensconced",
                             "bogged", "pinned", "cornered", "confined", "dispersed", "scattered", "stuck"})


def _presence_heads(verb) -> list:
    """The words whose place phrase says where the subject of ``verb`` is: the verb, and a participle of being
    somewhere it takes ("remain *entrenched* in western Mosul"); not the verb when another adjective takes
    the place phrase as its scope ("ISIS remains *popular* in Mosul")."""
    states = [c for c in verb.children if c.dep_ in ("acomp", "xcomp", "oprd")]
    scoped = any(c.dep_ == "acomp" and c.lower_ not in PRESENCE_STATES for c in states)
    return ([] if scoped else [verb]) + [c for c in states if c.lower_ in PRESENCE_STATES]


def force_presence_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"ISIL militants remain in Raqqa", "Royal Navy ships are operating in the Gulf": an armed force
    that remains, stays or operates at a place is stationed there."""
    for tok, subjects in _active_verbs(doc, PRESENCE_VERBS, index):
        places = [m for h in _presence_heads(tok) for m, _prep in _places(h, index, FORCE_PLACE_PREPS, False)]
        if tok.lemma_.lower() in PATROL_VERBS:
            # "patrol southern Lebanon", "patrol the streets of Ramadi": the place patrolled
            for obj in (c for c in tok.children if c.dep_ in ("dobj", "obj")):
                places += [m for m in actors_of(obj, index, False) if not m.pronoun]
                if obj.lemma_.lower() in QUARTER_NOUNS | {"street", "outskirt"}:
                    places += [m for p in _pobjs(obj, ("of",)) for m in actors_of(p, index, False)]
        places = [m for m in dict.fromkeys(places) if m.type in PLACE_ONLY or m.type == "Country"]
        none = any(_said_absent(c) for c in tok.children if c.dep_ in SUBJ)
        for force in dict.fromkeys(m for m in subjects if m.type in FORCE_TYPES or _body_troops(m, doc)):
            for place in places:
                for r in _opt(_make("stationed-at", force, place, tok, index, doc_date, None, "stationed-presence", 0.7)):
                    r = replace(r, former=True) if _bygone(tok) and r.modality == "asserted" else r
                    yield replace(r, modality="negated") if none else r


#: Verbs of censure, whose object's doer is censured ("condemned *ISIL's* attack").
CONDEMN_VERBS = frozenset({"condemn", "denounce", "deplore"})


#: Acts of violence whose author a condemnation censures: attacks, and killings ("ISIL's brutal *murder* of
#: the Jordanian pilot").
CONDEMNED_ACT_NOUNS = ATTACK_NOUNS | {"murder", "killing", "killings", "execution", "beheading", "massacre",
                                      "assassination", "kidnapping", "abduction", "atrocity", "atrocities",
                                      "rape", "torture", "arrest", "detention", "shooting"}


def _condemned_acts(verb) -> list:
    """The acts of violence the object of ``verb`` names, also those coordinated deeper in its phrase: "the
    murders of a family *and the rape* of a girl", where the parser joins the second act to the first
    act's victim."""
    found, stack, seen = [], [c for c in verb.children if c.dep_ in OBJ], set()
    while stack:
        t = stack.pop()
        if t.i in seen or len(seen) > 12:
            continue
        seen.add(t.i)
        if t.lemma_.lower() in CONDEMNED_ACT_NOUNS or t.lower_ in CONDEMNED_ACT_NOUNS:
            found.append(t)
        stack.extend(c for c in t.conjuncts if c.i > t.i)
        stack.extend(_pobjs(t, ("of",)))
    return sorted(found, key=lambda t: t.i)


def _agents_by(noun, index: ActorIndex) -> list[ActorMention]:
    """The actors of ``noun``'s "by" phrase: named ("by Israeli troops"), or the body that the people it
    names belong to ("by soldiers and militiamen *of the Philippine Army*")."""
    found = []
    for p in _pobjs(noun, ("by",)):
        # (the body named once for all: "soldiers and militiamen of the army" are the army's, not doc-generic
        # "militiamen")
        bodies = [m for q in _conjuncts(p) for m in _prep_actors(q, ("of",), index)
                  if m.type in FORCE_TYPES | {"Government"}]
        found += bodies or actors_of(p, index)
    return found


def _condemned_authors(verb, index: ActorIndex) -> list[ActorMention]:
    """Who did the acts of violence that ``verb`` condemns, named by a possessive or a name before the act's
    noun or by "by" (on the act, or, as the parser hangs it, on its victim)."""
    acts = _condemned_acts(verb)
    authors = [m for a in acts for c in a.lefts if c.dep_ in ("poss", "compound", "nmod")
               for m in actors_of(c, index, modifiers=c.dep_ == "poss")]  # "the Assad regime's attacks"
    authors += [m for a in acts for m in _agents_by(a, index)]
    # ("the killing of the ambassador *by Taliban gunmen*": the parser hangs the agent on the victim)
    authors += [m for a in acts for p in _pobjs(a, ("of",)) for q in _conjuncts(p) for m in _agents_by(q, index)]
    return [m for m in dict.fromkeys(authors) if m.type not in PLACE_TYPES and not m.pronoun]


def condemned_attacker_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Britain condemned the ISIL attack on the Bataclan", "the Foreign Secretary condemned the Assad
    regime's barrel bomb attacks on Aleppo": condemning an attack censures (111) its author, named by
    a possessive or a name before the noun or by "by". (The dictionary's "condemn attack" phrase
    relates only the victims: sympathy, 051.) A demonym is no author: "condemned the Russian attack"
    may be one on Russia."""
    for tok, subjects in _active_verbs(doc, CONDEMN_VERBS, index):
        authors = _condemned_authors(tok, index)
        yield from _pairs("opposes", subjects, authors, tok, index, doc_date, "111", "condemned-attacker", 0.7, False)


#: Verbs of serving in a body ("troops *serving with* AMISOM", "he *served in* the Royal Marines").
SERVE_VERBS = frozenset({"serve"})
#: Verbs of working for a body ("*works for* Amnesty International").
EMPLOY_VERBS = frozenset({"work"})
#: Verbs by which one is put in a unit ("was *assigned to* Explosive Ordnance Disposal Mobile Unit Two").
ASSIGN_VERBS = frozenset({"assign", "attach"})
#: Bodies one serves in: organisations, armed groups, military units (and a coalition).
UNIT_TYPES = ORG_TYPES | {"Military"}


#: What a unit "from" a body is drawn from, so one of its members ("F-16s *from* the Vermont Air National
#: Guard"): a body's named units, not people (their "from" is a title: :func:`role_rule`), nor states.
DRAWN_UNIT_TYPES = frozenset({"Organisation", "Military", "ArmedGroup"})


def _unit_of_its_own(m: ActorMention) -> bool:
    """Whether ``m`` is a named unit, a node of its own ("org:", "group:"): not a state's organ, which
    stands for all of its forces ("US Air Force B-52s from the 5th Bomb Wing" do not make the US military a
    member of the wing), nor unnamed people ("Kurdish fighters from the YPG": ``generic:fighters``)."""
    return m.type in DRAWN_UNIT_TYPES and m.actor_id.startswith(("org:", "group:", "ship:"))


def unit_membership_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """Service in a body: "Danish F-16s flew missions *as part of* the coalition", "Kenyan troops
    *serving with* AMISOM", "X *was assigned to* Mobile Unit Two", "Air Force F-16s *from* the Vermont Air
    National Guard arrived": member-of the body."""
    for tok in select(doc, lower=("as", "serve", "serves", "served", "serving", "assigned", "attached", "from",
                                  "work", "works", "worked", "working")):
        lemma = tok.lemma_.lower()
        members: list[ActorMention] = []
        bodies: list[ActorMention] = []
        former = False
        if tok.lower_ == "as" and tok.dep_ == "prep":
            parts = [p for p in tok.children if p.dep_ == "pobj" and p.lemma_.lower() == "part"]
            bodies = [m for p in parts for q in _pobjs(p, ("of",)) for m in _named(q, index, UNIT_TYPES)]
            if bodies:
                holder = tok.head
                members = _subjects(holder, index)[0] if holder.pos_ in ("VERB", "AUX") \
                    else actors_of(holder, index, modifiers=False)
        elif tok.pos_ == "VERB" and lemma in SERVE_VERBS:
            bodies = [m for p in _pobjs(tok, ("with", "in")) for m in _named(p, index, UNIT_TYPES)]
            members = _subjects(tok, index)[0] if bodies else []
        elif tok.pos_ == "VERB" and lemma in EMPLOY_VERBS:
            # "X, who works for Amnesty International", "X has worked for the UN for 17 years": a person
            # in the body's employ ("worked for": no longer)
            bodies = [m for p in _pobjs(tok, ("for",)) for m in _named(p, index, UNIT_TYPES | {"Government"})]
            holders = _relative_args(tok, SUBJ)
            # "X is a veterinarian who has worked for Y": the noun the clause hangs on is what X is
            holders += [c for h in holders if h.dep_ == "attr" for c in h.head.children if c.dep_ == "nsubj"]
            members = [m for h in holders for m in _named(h, index, frozenset({"Person"}))] if bodies else []
            former = tok.tag_ == "VBD"
        elif tok.pos_ == "VERB" and lemma in ASSIGN_VERBS:
            subjects, passive = _subjects(tok, index)
            if passive:
                bodies = [m for p in _pobjs(tok, ("to",)) for m in _named(p, index, UNIT_TYPES)]
                members = subjects if bodies else []
        elif tok.lower_ == "from" and tok.dep_ == "prep" and tok.head.pos_ in ("NOUN", "PROPN"):
            # only on the unit's own name: "withdrew its jets from the coalition" (on the verb) is leaving it,
            # "ISIL fighters from Raqqa" and "militias from Iraq" (places, states) say where they come from
            members = [m for m in index.headed_by(tok.head.i) if _unit_of_its_own(m)]
            bodies = [m for p in tok.children if p.dep_ == "pobj" for m in _named(p, index, UNIT_TYPES)]
        for member in dict.fromkeys(m for m in members if m.type in MEMBER_TYPES | {"Person"} and not m.pronoun):
            for body in dict.fromkeys(bodies):
                for r in _opt(_make("member-of", member, body, tok, index, doc_date, None, "unit-membership", 0.7)):
                    yield replace(r, former=True) if former and r.modality == "asserted" else r


#: Echelons of military units by the last word of their names, smallest first: a unit named next to a
#: larger one ("2nd Battalion, 5th Special Forces Group") is part of it; next to one of the same echelon
#: ("1st Battalion, 2nd Battalion and ...") it is another item of a list.
UNIT_ECHELONS = {"squad": 1, "section": 1, "platoon": 2, "company": 3, "battery": 3, "troop": 3,
                 "battalion": 4, "squadron": 4, "regiment": 5, "brigade": 5, "group": 5, "wing": 5,
                 "division": 6, "fleet": 6, "corps": 7, "army": 8}
#: Words that number a unit ("*Bravo* Company", "*Third* Army") besides ordinals and numerals.
UNIT_NUMBER_WORDS = frozenset({"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
                               "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo",
                               "sierra", "tango", "uniform", "victor", "whiskey", "yankee", "zulu", "headquarters",
                               "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                               "tenth", "eleventh", "twelfth"})


def _echelon(doc, m: ActorMention) -> Optional[int]:
    """The echelon of a named unit of its own (:data:`UNIT_ECHELONS`), else ``None``."""
    if m.pronoun or not _unit_of_its_own(m):
        return None
    return UNIT_ECHELONS.get(doc[m.token_end - 1].lower_)


def _numbered_unit(doc, m: ActorMention) -> bool:
    """Whether a unit's name opens with its number ("the *2nd* Battalion", "*A* Company", "*Bravo*
    Company"): a subunit, not a body that merely ends in "Group" or "Company"."""
    first = next((t for t in doc[m.token_start:m.token_end] if t.pos_ != "DET"), None)
    if first is None or first.i == m.token_end - 1:
        return False
    low = first.lower_
    return bool(first.like_num or re.fullmatch(r"\d+(?:st|nd|rd|th)", low) or low in UNIT_NUMBER_WORDS
                or (len(first.text) == 1 and first.text.isupper()))


def unit_hierarchy_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """A numbered unit written with the larger unit it belongs to: "the 2nd Battalion, 5th Special Forces
    Group" (military style, no article before the larger unit), "the 2nd Brigade of the 82nd Airborne
    Division", "the 82nd Airborne Division's 2nd Brigade": member-of the larger unit.  Read from the words:
    the parser makes the comma form anything from an apposition to a list."""
    starts = {m.token_start: m for m in index.mentions if not m.pronoun}
    for m in index.mentions:
        low = _echelon(doc, m)
        if low is None:
            continue
        j = m.token_end
        pairs = []
        if j + 1 < len(doc) and doc[j].text == "," and (up := starts.get(j + 1)) is not None:
            pairs.append((m, up))  # (no "the": "the 2nd Battalion, the 3rd Brigade and ..." is a list)
        elif j + 1 < len(doc) and doc[j].lower_ == "of":
            k = j + 2 if doc[j + 1].lower_ == "the" else j + 1
            if (up := starts.get(k)) is not None:
                pairs.append((m, up))
        if j + 1 < len(doc) and doc[j].lower_ in ("'s", "’s") and (sub := starts.get(j + 1)) is not None:
            pairs.append((sub, m))
        for sub, up in pairs:
            sub_rank, up_rank = _echelon(doc, sub), _echelon(doc, up)
            if sub_rank is None or up_rank is None or sub_rank >= up_rank or not _numbered_unit(doc, sub):
                continue
            r = _make("member-of", sub, up, doc[sub.head], index, doc_date, None, "unit-hierarchy", 0.8)
            if r is not None:
                yield replace(r, trigger=doc[j].text, modality="asserted")


def vessel_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """A warship named with what says whose it is ("*USS* Mason", "the *Russian* cruiser Moskva", "*China's*
    aircraft carrier Liaoning") is a member-of that state's military, as a title makes a person a member of
    the state's government (the prefix or the state's word is the military's mention, the trigger)."""
    from .actors import SHIP_ID_PREFIX, SHIP_PREFIXES, ship_state_word

    for ship in index.mentions:
        if not ship.actor_id.startswith(SHIP_ID_PREFIX) or not ship.country or ship.pronoun:
            continue
        first = next((t for t in doc[ship.token_start:ship.token_end] if t.text in SHIP_PREFIXES), None)
        word = ship_state_word(doc, ship.token_start, index.at)
        if (word is None or word.country != ship.country) and first is not None:
            word = replace(ship, surface=first.text, end=first.idx + len(first.text), token_end=first.i + 1,
                           head=first.i)
        if word is None or word.country != ship.country:
            continue
        r = _make("member-of", ship, _state_organ_at(word, "MIL"), doc[ship.head], index, doc_date, None, "vessel",
                  0.85)
        if r is not None:
            yield replace(r, trigger=word.surface, modality="asserted")


#: Words that make support military ("air support", "fire support").
MILITARY_SUPPORT_WORDS = frozenset({"air", "fire", "military", "aerial", "artillery", "naval", "combat"})
#: Verbs of training someone's forces.
TRAIN_VERBS = frozenset({"train", "mentor"})
#: Means that make support military ("supports the SDF through *training* and *airstrikes*").
MILITARY_MEANS = frozenset({"training", "airstrike", "strike", "weapon", "arm", "ammunition", "militia", "troop",
                            "adviser", "advisor", "munition", "equipment", "artillery", "aircraft", "fighter"})
#: Military acts whose doer, acting "in support of" someone, cooperates with him.
FIELD_ACT_NOUNS = frozenset({"strike", "airstrike", "operation", "mission", "sortie", "munition", "raid"})


def military_support_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """Military cooperation (062): "RAF jets provided air support for Kurdish forces", "the coalition
    conducted 300 strikes in support of the SDF" (a military act done in support of someone), "the
    Coalition supports the SDF through training and airstrikes" (support by military means), "US
    advisers are training Iraqi troops"; a political "support" stays :func:`verb_rule`'s 'supports'."""
    lexicon = codes.verb_lexicon()
    for tok in select(doc, lower=("support",), pos=("VERB",)):
        if tok.pos_ == "VERB":
            lemma = tok.lemma_.lower()
            if lemma in TRAIN_VERBS:
                # "US advisers are training Iraqi troops"
                partners = [m for c in tok.children if c.dep_ == "dobj" for m in actors_of(c, index)
                            if m.type in FORCE_TYPES]
            elif (e := _verb_entry(tok, lexicon)) is not None and e[0] == "supports" and any(
                    w.lemma_.lower() in MILITARY_MEANS for p in _pobjs(tok, ("through", "with", "by")) for w in p.subtree):
                # (the entry first: verb_rule has asked it of every verb, and the answer is kept on the Doc)
                # "the Coalition supports the SDF through training and airstrikes", "Iran supports the regime
                # with money, weapons and militias"
                partners = _objects(tok, index, ())
            else:
                continue
            verb = tok
        elif any(c.lower_ in MILITARY_SUPPORT_WORDS for c in tok.lefts) and tok.dep_ in OBJ \
                and tok.head.pos_ == "VERB":
            verb = tok.head
            partners = [m for h in (tok, verb) for p in _pobjs(h, ("for", "to")) for m in actors_of(p, index)]
        elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and _pobjs(tok, ("of",)):
            act = tok.head.head
            if act.pos_ == "NOUN" and act.lemma_.lower() in FIELD_ACT_NOUNS and act.dep_ in OBJ:
                verb = act.head
            elif act.pos_ == "VERB" and (any(c.dep_ in OBJ and c.lemma_.lower() in FIELD_ACT_NOUNS for c in act.children)
                                         or (e := _verb_entry(act, lexicon)) is not None
                                         and e[0] == "attacks"):
                verb = act  # "conducted strikes in support of Y", "struck ISIL in support of Y"
            else:
                continue
            partners = [m for p in _pobjs(tok, ("of",)) for m in actors_of(p, index)]
        else:
            continue
        subjects, passive = _subjects(verb, index)
        if passive:
            continue
        if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in OBJ \
                and verb.head.lemma_.lower() in FIELD_ACT_NOUNS and verb.head.head.pos_ == "VERB":
            # "the Coalition conducted 300 strikes *delivering* 850 munitions in support of its partners": the
            # strikes deliver them, and whoever conducted the strikes.
            subjects, passive = _subjects(verb.head.head, index)
            if passive:
                continue
        partners = [m for m in partners if m.type in ALLY_TYPES]
        yield from _pairs("cooperates", [m for m in subjects if m.type in ALLY_TYPES], partners, verb, index,
                          doc_date, "062", "military-support", 0.7, False)


#: Verbs of taking ground ("seized the town from ISIL").
SEIZE_VERBS = frozenset({"seize", "capture", "take", "wrest", "grab", "snatch"})


def seized_ground_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Iraqi forces seized the hospital complex from ISIL fighters", "rebels captured al-Bab from
    ISIL": taking a place from someone is fighting him (190), as retaking or liberating it is (the
    phrase overrides); only a place, or a noun for one, taken (not "seized weapons from smugglers")."""
    place_nouns = triggers()["location"]["place_nouns"]
    for tok, subjects in _active_verbs(doc, SEIZE_VERBS, index):
        taken = [c for c in tok.children if c.dep_ == "dobj"]
        if not any(_place_noun(c, place_nouns) or any(m.type in PLACE_TYPES for m in actors_of(c, index, False))
                   for c in taken):
            continue
        losers = [m for m in _prep_actors(tok, ("from",), index) if m.type not in PLACE_TYPES]
        yield from _pairs("attacks", subjects, losers, tok, index, doc_date, "190", "seized-ground", 0.7, False)


#: Prepositions by which a partner shares the subject's act ("fought *alongside* Y").
PARTNER_PREPS = frozenset({"alongside"})
#: Nouns whose "of" object, "on" them, is whom the subject acts with or for ("fought *on the side of* Y",
#: "*on behalf of* Y"), never against.
PARTNER_SIDE_NOUNS = frozenset({"side", "behalf"})
#: Acts in the field that, done alongside someone, are cooperation with him.
FIELD_VERBS = frozenset({"fight", "battle", "operate", "serve", "work", "deploy", "advance", "train", "patrol",
                         "combat", "station", "conduct", "fly", "stand", "take", "join", "participate"})


def alongside_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Hezbollah fighters are fighting alongside Syrian government forces", "US special forces are
    deployed in Syria alongside the SDF": acting in the field alongside someone is cooperation
    (the subject of the act, active or, for deployments, passive, cooperates with the partner)."""
    for tok in select(doc, lower=PARTNER_PREPS | {"on"}):
        if tok.dep_ != "prep":
            continue
        verb = tok.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in FIELD_VERBS:
            continue
        if tok.lower_ == "on":
            # "Hezbollah has been fighting *on the side of* the Syrian government"
            partners = [m for p in tok.children if p.dep_ == "pobj" and p.lemma_.lower() == "side"
                        for q in _pobjs(p, ("of",))
                        for m in actors_of(q, index) if m.type in ALLY_TYPES]
        else:
            partners = [m for p in _pobjs(verb, PARTNER_PREPS) if p.head.i == tok.i
                        for m in actors_of(p, index) if m.type in ALLY_TYPES]
        subjects, passive = _subjects(verb, index)
        if passive and verb.lemma_.lower() not in ("deploy", "station"):
            continue  # "killed alongside his guards": a victim's company, no partner
        for s in subjects:
            if s.type in ALLY_TYPES:
                yield from _pairs("cooperates", [s], partners, verb, index, doc_date, "062", "alongside", 0.7, False)


PROTEST_NOUNS = frozenset({"demonstration", "protest", "strike", "riot", "rally", "march", "sit-in",
                           "walkout"})
LOCATION_PREPS = frozenset({"in", "at", "outside", "across", "throughout", "near", "inside", "through"})
#: A state's missions abroad: a protest there is aimed at the state.
MISSION_NOUNS = frozenset({"embassy", "embassies", "consulate", "consulates", "legation"})


def protest_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """Protests name their target less often than other events: "X demonstrated in Serbia",
    "X began a hunger strike to demand the return of property seized by the Algerian
    government", "X rioted at a jail in northern Israel".

    A protest without an explicit target (those are the verb and noun rules') is aimed
    at what its clause says it is against ("in protest of Y's refusal", "to demand Y's
    resignation"), else at the government of the state where it takes place (as ICEWS
    codes demonstrations), with a lower confidence.
    """
    lexicon = codes.verb_lexicon()
    for tok in select(doc, pos=("VERB", "NOUN")):
        if tok.pos_ == "VERB":
            entry = _verb_entry(tok, lexicon)
            if entry is None or entry[0] != "protests":
                continue
            verb, cameo = tok, entry[1]
        elif tok.pos_ == "NOUN" and _protest_noun(tok) and (verb := _protest_verb(tok)) is not None \
                and (_verb_entry(verb, lexicon) is None or verb.lemma_.lower() in triggers()["support_verbs"]
                     or _during(tok)) \
                and not any(c.lemma_.lower() in MILITARY_STRIKE_MODIFIERS for c in tok.lefts):
            cameo = "140"
        else:
            continue
        if any(c.pos_ == "VERB" and (e := _verb_entry(c, lexicon)) is not None
               and e[0] == "protests" for c in _purpose_clauses(verb)):
            # "took to the streets *to protest against Y*": the protest of the purpose clause says what at.
            continue
        sources, passive = _subjects(verb, index)
        # (not a name the NER took for a place of no state: "*Yellow Vest* protesters")
        sources = [m for m in sources if m.type not in PLACE_ONLY or m.country]
        if tok.pos_ == "NOUN" and _during(tok):
            # "students hurled firebombs at police *during a protest against* X": whoever acted during the
            # protest took part in it, unless a state's organ ("police fired tear gas during a protest").
            if not any(c.dep_ == "prep" and c.lower_ in ("against", "over") for c in tok.children):
                continue
            sources = [m for m in sources if m.type not in ("Government", "Military")]
        located = not sources and not passive
        if located:
            # Crowds are named by a common noun more often than not.
            sources = _crowd(verb, index) or _ousting_crowd(verb, tok, index) or _home_crowd(verb, tok, index)
        if passive or not sources or [m for m in _objects(verb, index, modifiers=False)
                                      if m.type not in PLACE_ONLY or m.country]:
            # (An object the verb rule relates; not a place of no known state: "blocked the Europe Bridge".)
            continue
        source_ids = {m.actor_id for m in sources}
        phrases = _aim_phrases(verb, tok)
        if tok.pos_ == "NOUN" and _military_strike(tok, phrases, index, sources):
            continue
        victims = {m.token_start for p in phrases for m in _victims_of(p, index)}
        # An aim naming someone, no place (a victim, an alliance of no state), is not at the crowd's own rulers.
        aimed = any(m.type not in PLACE_ONLY for p in phrases for m in _actors_below(p, index))
        protest = _protest_of(verb, lexicon)
        targets = [m for p in phrases for m in _actors_below(p, index) if m.token_start not in victims]
        rule, confidence = "protest-aim", 0.7
        # A place aimed at is its state's government; one of no known state is no target.
        # ("protested against the dictatorship in Myanmar": a crowd against its own state is against its rulers)
        targets = [_government_at(t) if t.type in PLACE_ONLY or (t.type == "Country" and t.country in {
            m.country for m in sources}) else t for t in targets
                   if t.actor_id not in source_ids and (t.type not in PLACE_ONLY or t.country)]
        if not targets and _unnamed_government(phrases, index) and len({m.country for m in sources}) == 1 \
                and sources[0].country:
            # "workers went on strike over the government's wage bill": a crowd's "the government" is its own.
            targets = [_government_at(sources[0])]
        if not targets:
            # "*Anti-American* demonstrators marched in Seoul": the prefix names whom the crowd is against.
            targets = [m for c in _holder_subjects(verb)[1] for a in _anti_modifiers(_counted(c) or c)
                       for m in actors_of(a, index) if m.actor_id not in source_ids]
            targets = [_government_at(t) if t.type in PLACE_ONLY else t for t in targets]
        if not targets and any(p.lemma_.lower() in AIMED_EVENT_NOUNS for p in phrases):
            # "marched in Santiago, expressing anger at a summit of Pacific Rim leaders": the aim named is
            # others' gathering, not the government where the crowd marched.
            continue
        if not targets:
            targets, rule, confidence = _protest_places(verb, tok, index), "protest-place", 0.6
        if not targets and not aimed and protest is not None:
            # "went on a strike in Jaffna *to protest against army atrocities*": the protest the clause is
            # the purpose of says where (its own rule leaves the aim to the clause).
            targets = _protest_places(protest[0], protest[1], index)
        if not targets and located:
            # "students throughout Indonesia staged demonstrations": where the crowd is.
            targets = [_government_at(m) for m in sources[:1]]
        if not targets and len({m.country for m in sources}) == 1 and sources[0].country and not aimed and (
                subjects := _holder_subjects(verb)[1]) and _is_crowd(subjects[0]) and not any(
                m.country and m.country != sources[0].country and m.type not in PLACE_ONLY
                for m in index if tok.sent.start <= m.token_start < tok.sent.end) and \
                not _fled(*(_people_noun(subjects[0]) or ("", subjects[0]))):
            # "Nigerian oil workers began a strike over fuel prices": a nation's crowd protesting nowhere
            # else and at nobody named protests at home; not when the sentence names another state's actor
            # ("protested, a day after Israel killed three Egyptian policemen": the protest is at him), nor
            # when the crowd fled that home ("Syrian refugees protested": abroad, at whoever hosts them).
            targets, rule, confidence = [_government_at(sources[0])], "protest-home", 0.55
        yield from _pairs("protests", sources, targets, tok, index, doc_date, cameo, rule, confidence, False)


def _protest_noun(tok) -> bool:
    """Whether ``tok`` is a noun of :data:`PROTEST_NOUNS`, a "sit-in" too (the tokenizer splits it, and
    the parser makes "in" its head)."""
    low = tok.lemma_.lower()
    return low in PROTEST_NOUNS or (low == "in" and any(c.lower_ == "sit" for c in tok.lefts))


def _purpose_clauses(verb) -> list:
    """The purpose clauses of ``verb``, with the infinitive the parser hangs on its object as a relative
    clause ("blocked the road *to protest* against Y": ``to protest`` is relcl of ``road``)."""
    out = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]
    for obj in verb.children:
        if obj.dep_ == "dobj":
            out.extend(c for c in obj.children if c.dep_ == "relcl" and c.pos_ == "VERB"
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                       and not any(a.dep_ in SUBJ for a in c.children))
    return out


#: Relations whose noun's object is their victim ("the persecution *of the Rohingya*").
VICTIM_RELATIONS = frozenset({"attacks", "coerces"})


#: Nouns of an act suffered by whom their "of" names, which a protest against it is for him.
SUFFERED_ACT_NOUNS = frozenset({"impeachment", "arrest", "detention", "ouster", "removal", "dismissal", "jailing",
                                "imprisonment", "sentencing", "conviction", "prosecution", "expulsion",
                                "deportation", "extradition", "killing", "murder", "assassination", "execution",
                                "abduction", "kidnapping", "sacking", "persecution"})


def _victims_of(phrase, index: ActorIndex) -> list[ActorMention]:
    """Actors a protest is *for*, not against: the victims a hostile noun's patient preposition names
    ("protested against the persecution *of the Rohingya*", "the killing *of two Iranians*"); the doer
    (a modifier, "by" agent) stays the target."""
    entry = triggers()["nouns"].get(phrase.lower_) or triggers()["nouns"].get(phrase.lemma_.lower())
    if phrase.lemma_.lower() in SUFFERED_ACT_NOUNS:
        # "vented their frustrations at the impeachment *of Martin Vizcarra*": for him, against who did it.
        entry = {"relation": "coerces", "prep": ["of"]}
    if not entry or entry.get("relation") not in VICTIM_RELATIONS:
        return []
    preps = set(entry.get("prep") or ())
    return [m for c in phrase.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj" for m in _actors_below(p, index)]


#: Prepositions by which a protest's (or its happening verb's) place is named.
PROTEST_EVENT_PLACE_PREPS = frozenset({"in", "across", "throughout", "around"})


def protest_event_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Demonstrations against the United States spread across Pakistan", "anti-Japanese protests
    erupted in several Chinese cities", "anti-government protests in Venezuela": a protest that no
    one is said to stage is by the people of the state where it happens, against what it is against
    (its "against" phrase or its "anti-" modifier; "anti-government" is their own government).  Not
    riots "between" two communities, a fight among people, not a protest against anyone."""
    # ("sit-in": the tokenizer splits it, and the parser makes "in" its head, see _protest_noun)
    for tok in select_lemmas(doc, PROTEST_NOUNS | {"in"}, pos=("NOUN",)):
        # ("four protesters died *during a demonstration*": a protest no actor acted during is one nobody staged)
        if not _protest_noun(tok) or _protest_verb(tok) is not None and not (
                _during(tok) and not _subjects(_protest_verb(tok), index)[0]) \
                or any(c.dep_ == "prep" and c.lower_ in ("by", "between", "among") for c in tok.children) \
                or any(c.dep_ == "poss" or index.at(c.i) is not None and c.dep_ == "compound" for c in tok.children):
            continue
        # "Rallies were held across Pakistan *against* X": the verb that says it happened says where and at whom.
        heads = [tok] + ([tok.head] if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB" else [])
        places = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in PROTEST_EVENT_PLACE_PREPS | {
            "outside", "near", "at"}]
        places += [c for h in heads[1:] for c in h.children if c.dep_ == "prep" and c.lower_ in PROTEST_EVENT_PLACE_PREPS]
        states = {m.country for c in places for t in c.subtree for m in [index.at(t.i)]
                  if m is not None and not m.pronoun and m.type in PLACE_TYPES and m.country}
        if len(states) != 1:
            continue
        (state,) = states
        anti = _anti_modifiers(tok)
        targets = [m for c in anti for m in actors_of(c, index)] + [
            m for c in tok.children if c.dep_ == "prep" and c.lower_ == "against"
            for p in c.children if p.dep_ == "pobj" for m in _actors_below(p, index)]
        # (what the verb's "against" names may be a victim: "held *against the execution of* X"; "rallied
        # *against each other* in demonstrations": the verb the protest happens in says at whom)
        verbs = heads[1:] + ([tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "in"
                             and tok.head.head.pos_ == "VERB" else [])
        aimed = any(m.type not in PLACE_ONLY for h in heads[1:] for p in _pobjs(h, ("against", "over"))
                    for m in _actors_below(p, index)) or any(_pobjs(h, ("against",)) for h in verbs[len(heads) - 1:])
        # "Anti-Islamist protests, *counter*-protests": against another protest, no government
        # (and "Anti - Islamist protests" however parsed: a prefix just before says at whom)
        rival = any(t.lower_ in ("counter", "counter-", "anti", "anti-") or t.lower_.startswith("anti-")
                    for t in doc[max(tok.i - 3, 0):tok.i]) or (
            tok.dep_ in ("conj", "appos") and _protest_noun(tok.head) and _anti_modifiers(tok.head))
        crowd = _people(state, "OPP", tok)
        rule, confidence = "protest-event", 0.6
        if not targets and any(c.lemma_.lower() in GOVERNMENT_NOUNS for c in anti):
            targets = [_government_at(crowd)]
        if _military_strike(tok, [], index, []):
            continue
        if not targets and not anti and not aimed and not rival:
            # "a demonstration outside the Iranian consulate in Karbala": at the mission's state; "violent
            # protests erupted in Colombia": at home, unless the sentence names another state's actor.
            rule, confidence = "protest-event-place", 0.55
            mission = _protest_places(tok, tok, index)
            if mission and mission[0].country != state:
                targets = mission
            elif not any(m.country and m.country != state and m.type not in PLACE_ONLY
                         for m in index if tok.sent.start <= m.token_start < tok.sent.end):
                targets = [_government_at(crowd)]
        targets = [_government_at(t) if t.type in PLACE_ONLY else t for t in targets if t.country != state or
                   t.type in ("Government", "Person") or t.actor_id.endswith("GOV")]
        yield from _pairs("protests", [crowd], targets, tok, index, doc_date, "140", rule, confidence, False)


def _anti_modifiers(noun) -> list:
    """The words an "anti-" prefix makes a protest noun against: "*Anti-Japanese* protests" (the
    tokenizer splits "Anti", "-", "Japanese"), "*anti-government* rallies"."""
    lefts = list(noun.lefts)
    out = []
    for i, t in enumerate(lefts):
        if t.lower_ in ("anti", "anti-") and i + 1 < len(lefts):
            rest = [w for w in lefts[i + 1:] if w.text != "-"]
            out.extend(rest[:1])
        elif t.lower_.startswith("anti-") and len(t.text) > 5:
            out.append(t)
    return out


#: Words that make a strike a military one ("air strikes", "precision strikes").
MILITARY_STRIKE_WORDS = frozenset({"air", "drone", "missile", "precision", "coalition", "military", "artillery",
                                   "rocket", "retaliatory", "naval", "aerial", "punitive"})
#: Aircraft, whose strikes are attacks ("US *aircraft* carried out strikes").
AIRCRAFT_NOUNS = frozenset({"aircraft", "jet", "warplane", "plane", "drone", "bomber", "helicopter", "fighter-bomber"})
#: What a military strike is aimed at ("strikes against ISIL *targets*").
STRIKE_TARGET_NOUNS = frozenset({"target", "position", "stronghold", "base", "hideout", "fighter", "militant"})


def _military_strike(noun, phrases, index: ActorIndex, sources=()) -> bool:
    """Whether a "strike" noun is an attack, no walkout: counted ("17 strikes"), named military ("air
    strikes"), struck by armed forces or aircraft ("US aircraft carried out strikes"), or aimed at an
    armed force or its targets ("conducted strikes against Daesh targets")."""
    if noun.lemma_.lower() != "strike" or any(c.lower_ in WALKOUT_STRIKE_WORDS for c in noun.lefts):
        return False
    if any(c.dep_ == "nummod" or c.lower_ in MILITARY_STRIKE_WORDS for c in noun.lefts):
        return True
    verb = _holder(noun.head) if noun.dep_ in OBJ else None
    if any(m.type in FORCE_TYPES for m in sources) or verb is not None and any(
            c.dep_ in SUBJ and c.lemma_.lower() in AIRCRAFT_NOUNS for c in verb.children):
        return True
    return any(p.lemma_.lower() in STRIKE_TARGET_NOUNS or any(m.type in ("ArmedGroup", "Military")
                                                           for m in _actors_below(p, index)) for p in phrases)


#: What a crowd demands of its own rulers: their going.
OUSTER_NOUNS = frozenset({"resignation", "removal", "ouster", "overthrow", "departure", "dismissal", "impeachment",
                          "downfall", "fall"})


def _ousting_crowd(verb, trigger, index: ActorIndex) -> list[ActorMention]:
    """"Islamic fundamentalists continued their hunger strike *to demand the resignation of Algerian
    President X*": a crowd of no named state that demands a ruler's going is of the ruler's state."""
    subjects = _holder_subjects(verb)[1]
    found = _people_noun(subjects[0]) if subjects else None
    if found is None:
        return []
    heads = triggers()["modality"]["request_heads"]
    for head in {verb.i: verb, trigger.i: trigger}.values():
        for clause in head.children:
            if clause.dep_ not in ("advcl", "xcomp", "acl") or clause.lemma_.lower() not in heads:
                continue
            for obj in clause.children:
                if obj.dep_ in OBJ and obj.lemma_.lower() in OUSTER_NOUNS:
                    ruler = next((m for m in _actors_below(obj, index) if m.country and m.type != "Country"), None)
                    if ruler is not None:
                        return [_people(ruler.country, found[0], found[1])]
    return []


#: Actor types whose state places a story (:func:`_document_state`).
STORY_STATE_TYPES = PLACE_TYPES | {"Government", "Military"}


#: Prepositions whose object is some other state than the one where the story happens ("spying *for*
#: Iran", "returned *from* Syria", "talks *with* Iran").
ELSEWHERE_PREPS = frozenset({"for", "from", "to", "against", "with", "of", "toward", "towards", "into"})


def _names_the_scene(head) -> bool:
    """Whether a state's mention whose head is ``head`` may say where a story happens: not a word
    qualifying a thing ("waving *Palestinian* flags", "the *US* embassy"), nor the object of a phrase
    that names another state than the scene ("spying *for Iran*", "returned *from Syria*")."""
    owner = head.head
    if head.dep_ in ("amod", "compound", "nmod") and owner.i != head.i and owner.pos_ == "NOUN" \
            and not _place_noun(owner, triggers()["location"]["place_nouns"]) and agent_sector(owner) is None \
            or MISSION_NOUNS & {head.lower_, head.lemma_.lower(), owner.lower_, owner.lemma_.lower()}:
        # ("in several *French* cities", "*Belarusian* President Lukashenko" name the scene, "*Palestinian*
        # flags" do not; "the US embassy": a mission is where its state is not; "Myanmar's coup", "Kisumu's
        # city centre": a possessor is where it happens)
        return False
    node = head
    for _ in range(8):
        if node.dep_ == "pobj" and node.head.dep_ in ("prep", "dative", "agent"):
            return node.head.lower_ not in ELSEWHERE_PREPS
        if node.dep_ not in ("conj", "appos") or node.head.i == node.i:
            return True
        node = node.head
    return True


def _document_state(doc, index: ActorIndex) -> Optional[str]:
    """The one state a document names, by its actors, places and demonyms or by its dateline's country
    ("BAGHDAD, Iraq (AP) -"); ``None`` when it names none or more than one (a story that names two states
    does not say in which a crowd or an unnamed force is). Only states, their places, organs and people
    ("protesters in Iraq", ``IRQOPP``) count: a person's or a firm's state says nothing of where the story
    happens; nor does a state's word on a thing or a state in a phrase of elsewhere (:func:`_names_the_scene`)."""
    states = {m.country for m in index if m.country and not m.pronoun and (
        m.type in STORY_STATE_TYPES or (m.code or "")[:3] == m.country) and _names_the_scene(doc[m.head])}
    filed = doc_dateline_end(doc)
    if filed:
        states |= {e.ent_id_ for e in doc.ents if e.end_char <= filed and e.label_ == "Country" and e.ent_id_}
    return next(iter(states)) if len(states) == 1 else None


def _home_crowd(verb, trigger, index: ActorIndex) -> list[ActorMention]:
    """"Thousands of protesters staged rallies *across the United States*", "Protesters hurled rocks at
    police" in a story about Lebanon: a crowd named by a common noun whose own phrase names no state
    (:func:`_crowd`) is of the state where its protest is (a place in a phrase of where of the verb, of
    the protest noun or of the clause the verb is the purpose of, if they name one state), else of the
    one state the document names (:func:`_document_state`). Not people who fled their state or are
    foreigners ("*foreign* workers"), nor a crowd of a named body ("supporters *of Hezbollah*")."""
    holder, subjects = _holder_subjects(verb)
    found = _people_noun(subjects[0]) if subjects else None
    if found is not None and verb.lemma_.lower() not in DEMONSTRATE_VERBS | {"march", "demonstrate"} \
            and not _protest_noun(trigger) and found[1].lemma_.lower() not in PROTESTER_NOUNS:
        # "hoodlums looted houses": a riot (the dictionary's) only when those who riot protest.
        return []
    # (a crowd of a named body or state is that actor's: "Hezbollah supporters"; "Yellow Vest" protesters,
    # a name the NER took for a place of no state, are still a crowd)
    if found is None or _fled(*found) or any(m.type not in PLACE_ONLY or m.country for m in actors_of(
            subjects[0], index)) or any(
            c.dep_ in ("amod", "compound") and c.lower_ in ALIEN_MODIFIERS | FOREIGN_MODIFIERS
            for c in found[1].lefts) or _prep_actors(found[1], ("of",), index):
        return []
    heads = {h.i: h for h in (verb, trigger, holder)}
    states = {m.country for h in heads.values() for c in h.children if c.dep_ == "prep" and c.lower_ in LOCATION_PREPS
              for t in c.subtree for m in [index.at(t.i)]
              if m is not None and not m.pronoun and m.type in PLACE_TYPES and m.country}
    state = next(iter(states)) if len(states) == 1 else None if states else _document_state(verb.doc, index)
    return [_people(state, found[0], found[1])] if state else []


def _during(noun) -> bool:
    """Whether a protest noun says when its verb's act happened ("hurled stones *during a protest*")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("during", "at") and noun.head.dep_ == "prep"


def _protest_of(clause, lexicon):
    """The protest ``clause`` is the purpose of, as (verb, trigger): a protesting verb ("rallied ... *to
    protest*") or the verb of a protest noun ("went on strike ... *to protest*"); None if there is none."""
    if clause.dep_ not in ("advcl", "xcomp") or clause.head.i == clause.i:
        return None
    head = clause.head
    if (e := _verb_entry(head, lexicon)) is not None and e[0] == "protests":
        return head, head
    return next(((head, c) for c in head.subtree if c.pos_ == "NOUN" and c.lemma_.lower() in PROTEST_NOUNS
                 and _protest_verb(c) == head), None)


#: Where a protest noun is the object of a preposition of its verb: "went *on* strike".
PROTEST_NOUN_PREPS = frozenset({"on"})


#: Words that make a "strike" a refusal to work or eat, whoever it is aimed at ("a *hunger* strike to
#: demand the return of property seized by government forces").
WALKOUT_STRIKE_WORDS = frozenset({"hunger", "general", "labor", "labour", "wildcat", "sit-down", "sympathy",
                                  "workers", "teachers", "doctors", "nurses", "transport", "dock", "rail"})
#: Modifiers that make a strike a military one ("launched *air* strikes against Boko Haram"), no walk-out.
MILITARY_STRIKE_MODIFIERS = frozenset({"air", "drone", "missile", "military", "artillery", "rocket", "aerial",
                                       "preemptive", "pre-emptive", "nuclear", "surgical", "retaliatory", "punitive",
                                       "naval", "precision"})


def _protest_verb(noun):
    """The verb whose event the protest noun ``noun`` names: "staged *a demonstration*", "went on *strike*"."""
    if noun.dep_ in OBJ and noun.head.pos_ == "VERB":
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and (prep.lower_ in PROTEST_NOUN_PREPS or _during(noun)) and prep.head.pos_ == "VERB" \
            and prep.head.i != prep.i:
        return prep.head
    return None


def _aim_phrases(verb, trigger) -> list:
    """Phrases that say what a protest is against: "in protest of/at/against Y", "over Y",
    "to demand/press/call for ... Y", and the object of a protesting verb ("to protest *Y's claim*")."""
    out: list = []
    for head in {verb.i: verb, trigger.i: trigger}.values():
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("against", "over"):
                out.extend(p for p in child.children if p.dep_ == "pobj")
            elif child.dep_ == "prep" and child.lower_ == "in":
                for p in child.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() in ("protest", "opposition", "response"):
                        out.extend(g for q in p.children if q.dep_ == "prep" for g in q.children)
            elif child.dep_ in ("advcl", "xcomp", "acl") and child.lemma_.lower() in triggers()["modality"]["request_heads"]:
                # ("a rally *calling for* Y's resignation")
                out.extend(g for g in child.children if g.dep_ in OBJ + ("prep",))
            elif child.dep_ in ("advcl", "xcomp") and child.pos_ == "VERB" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in child.children) and (
                    e := _verb_entry(child, codes.verb_lexicon())) is not None and e[0] == "opposes":
                # "took to the streets *to denounce the United States*": whom the march denounces.
                out.extend(g for g in child.children if g.dep_ == "dobj")
            elif head is verb and head.pos_ == "VERB" and child.dep_ == "dobj":
                out.append(child)
            elif child.dep_ in ("advcl", "xcomp", "acl") and child.pos_ == "VERB" and any(
                    o.dep_ in OBJ and o.lemma_.lower() in VOICED_FEELING_NOUNS for o in child.children):
                # "marched in Santiago, *expressing anger at* a summit ..., particularly President Bush": what
                # the anger is at (the parser may hang it on the verb).
                for o in child.children:
                    holders = [o] if o.dep_ in OBJ and o.lemma_.lower() in VOICED_FEELING_NOUNS else [child]
                    if o.dep_ in OBJ and o.lemma_.lower() not in VOICED_FEELING_NOUNS:
                        out.append(o)
                    out.extend(g for h in holders for c in h.children if c.dep_ == "prep"
                               and c.lower_ in ("at", "over", "against", "toward", "towards", "with")
                               for g in c.children if g.dep_ == "pobj")
    return out


#: Nouns by which a crowd names its own state's government ("over *the government's* bill").
GOVERNMENT_NOUNS = frozenset({"government", "authorities", "regime", "cabinet"})


def _unnamed_government(phrases, index: ActorIndex) -> bool:
    """Whether a protest's aim names a government without saying whose ("the government's bill")."""
    return any(t.lemma_.lower() in GOVERNMENT_NOUNS and index.at(t.i) is None and not any(
        c.dep_ in ("poss", "amod", "compound") for c in t.children) for p in phrases for t in p.subtree)


def _actors_below(tok, index: ActorIndex, depth: int = 6) -> list[ActorMention]:
    """Actors in the phrase headed by ``tok`` ("the return of property seized by *the
    Algerian government forces*"), nearest first, without descending into clauses."""
    found: list[ActorMention] = []
    frontier = [tok]
    for _ in range(depth):
        nxt = []
        for t in frontier:
            for m in actors_of(t, index):
                if m.type != "Place" and all(m.token_start != f.token_start for f in found):
                    found.append(m)
            if t.lemma_.lower() in DEPICTION_NOUNS:
                # "against a statue *of a Spanish conquistador*": the image, not whom it shows.
                continue
            nxt.extend(c for c in t.children if c.dep_ not in ("relcl", "ccomp", "advcl", "punct", "cc"))
        frontier = nxt
    return found


#: Nouns of images and works that show someone, whose "of" names what they show, no party.
DEPICTION_NOUNS = frozenset({"statue", "monument", "memorial", "bust", "portrait", "painting", "picture", "image",
                             "photo", "photograph", "cartoon", "caricature", "film", "movie", "book", "effigy",
                             "mural", "poster"})
#: Gatherings of others a protest may be aimed at, which are no act of the government where it is held
#: ("expressing anger at a weekend *summit*" in Santiago is no protest against Chile).
AIMED_EVENT_NOUNS = frozenset({"summit", "visit", "conference", "meeting", "talks", "forum", "trip", "tour",
                               "games", "olympics", "ceremony", "convention", "congress", "gathering"})
#: Nouns of feelings a crowd voices at someone ("expressing *anger* at the summit").
VOICED_FEELING_NOUNS = frozenset({"anger", "outrage", "opposition", "frustration", "fury", "discontent",
                                  "dissatisfaction", "displeasure", "indignation", "rage", "disgust", "objection"})


def _place_subtree(prep) -> list:
    """The tokens of a location phrase, without what a protest there is against or what an image there
    shows: "at the protest *against a statue of a Spanish conquistador*" is no place in Spain."""
    out, frontier = [], [prep]
    while frontier:
        t = frontier.pop()
        out.append(t)
        if t.lemma_.lower() in DEPICTION_NOUNS:
            continue
        frontier.extend(c for c in t.children if not (c.dep_ == "prep" and c.lower_ in ("against", "over")))
    return sorted(out, key=lambda t: t.i)


def _protest_places(verb, trigger, index: ActorIndex) -> list[ActorMention]:
    """The government of the state a protest takes place in ("in Serbia", "at a jail in
    northern Israel", "in Kirkuk" → Iraq), or of the state whose mission it takes place at
    ("outside the Russian embassy in Kiev" → Russia)."""
    # "joined a rally *in Dhaka*": the place may hang on the protest noun.
    preps = [c for h in {verb.i: verb, trigger.i: trigger}.values() for c in h.children
             if c.dep_ == "prep" and c.lower_ in LOCATION_PREPS]
    for child in preps:
        for t in child.subtree:
            m = index.at(t.i)
            if m is not None and m.type == "Government" and m.country and t.lemma_.lower() in MISSION_NOUNS:
                return [_government_at(m)]
    for child in preps:
        for t in _place_subtree(child):
            m = index.at(t.i)
            if m is None or m.pronoun or m.type not in ("Country", "Place", "Facility") or not m.country:
                continue
            return [_government_at(m)]
    return []


def _government_at(m: ActorMention, iso: Optional[str] = None) -> ActorMention:
    """The government of a state, standing where ``m`` is mentioned.

    The one way the rules name a government they infer from a state, a place in it, a capital or
    a crowd of its people ("protested in Kirkuk" → Government of Iraq).

    Parameters
    ----------
    m
        The mention the government stands for: its span (and ``pronoun`` flag) are kept.
    iso
        The state; default ``m.country`` (a capital's mention names its state some other way).

    Returns
    -------
    ActorMention
        ``{ISO}GOV``, labelled with the state's gazetteer name.
    """
    return _state_organ_at(m, "GOV", iso)


def _state_organ_at(m: ActorMention, sector: str, iso: Optional[str] = None) -> ActorMention:
    """The organ of a state (:data:`~graphbuilder.actors.ORGANS` ``sector``) standing where ``m`` is mentioned."""
    from .actors import ORGANS

    iso = iso or m.country
    suffix, type_, template = ORGANS[sector]
    # The state's own name, not ``m``'s label: a place's government is not "Government of Kirkuk".
    return replace(m, actor_id=f"{iso}{suffix}", label=template.format(_country_label(iso)), type=type_,
                   country=iso, code=f"{iso}{suffix}")


CONDITION_MARKS = frozenset({"unless", "if"})
#: Acts that, announced with a condition on another actor, are a threat to that actor.
WITHHOLDING_VERBS = frozenset({"withdraw", "stop", "halt", "end", "suspend", "cut", "quit", "leave", "pull",
                               "abandon", "break", "sever", "freeze", "cancel"})


#: Verbs of warning that carry a condition themselves ("*warned of* a response if Y does V", "*threatened*
#: retaliation if ..."): the condition names whom the warning is aimed at.
CONDITIONAL_THREAT_VERBS = frozenset({"warn", "threaten"})


def ultimatum_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``X threatened to V unless Y ...``, ``X said it will withdraw ... if Y ...``: a hostile
    or withholding act announced on a condition on Y is X threatening Y (CAMEO 13x)."""
    lexicon = codes.verb_lexicon()
    for cond in select(doc, dep=("advcl",)):
        if not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in cond.children):
            continue
        targets = [m for c in cond.children if c.dep_ in SUBJ + PASSIVE_SUBJ for m in actors_of(c, index)]
        if not targets:
            continue
        act = cond.head
        entry = _verb_entry(act, lexicon)
        relation = entry[0] if entry else None
        if relation is None:
            # "would resume *fighting* (*attacks on* Y) unless ...": the act resumed is the one threatened.
            relation = next((e for c in act.children if c.dep_ == "dobj"
                             for e in [_hostile_object(c, lexicon)] if e is not None), None)
        threat = act.dep_ == "xcomp" and act.head.lemma_.lower() in ("threaten", "warn", "vow", "pledge")
        if act.lemma_.lower() in CONDITIONAL_THREAT_VERBS and not any(c.dep_ in ("ccomp", "xcomp") for c in act.children):
            # "warned of a strong response if the United States sold weapons to Taiwan", "threatened
            # retaliation if Finland joined": the warning itself is the conditional threat.
            yield from (replace(r, modality="asserted") for r in _pairs(
                "threatens", _subjects(act, index)[0], targets, act, index, doc_date, "130", "ultimatum", 0.7, False))
            continue
        announced = _clause_modality(act) == "planned"
        if not (threat or (announced and (relation in THREAT_CAMEO or act.lemma_.lower() in WITHHOLDING_VERBS))):
            continue
        anchor = act.head if threat else act
        sources, _ = _subjects(anchor, index)
        cameo = THREAT_CAMEO.get(relation or "", "130")
        for r in _pairs("threatens", sources, targets, anchor, index, doc_date, cameo, "ultimatum", 0.7, False):
            # The announcement of the act is the threat, made now; a threat denied ("did not threaten to ...
            # unless") or supposed ("might threaten") keeps its modality (the condition it is made on does not
            # make it one supposed).
            yield replace(r, modality="asserted") if r.modality == "planned" or (
                r.modality == "hypothetical" and _clause_modality(anchor) == "planned") else r


def _hostile_object(obj, lexicon) -> Optional[str]:
    """The hostile relation an object names, as a gerund ("resume *fighting*") or event noun ("resume
    *attacks*"); None for any other."""
    if obj.pos_ == "VERB":
        entry = _verb_entry(obj, lexicon)
        relation = entry[0] if entry else None
    else:
        entry = triggers()["nouns"].get(obj.lower_) or triggers()["nouns"].get(obj.lemma_.lower())
        relation = entry.get("relation") if entry else None
    return relation if relation in THREAT_CAMEO else None


def _mandative(clause) -> bool:
    """Whether a "that" clause is in the subjunctive, a demand: "insisted that Japan *apologise*" (the
    indicative would be "apologises"); a singular subject tells the base form from the present."""
    return clause.tag_ == "VB" and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children) \
        and not any(a.dep_ in ("aux", "auxpass") for a in clause.children) \
        and any(c.dep_ == "nsubj" and c.tag_ in ("NNP", "NN") for c in clause.children)


#: Nouns of a law or rule, whose "must" is a condition it sets, not a demand ("the Act says China must be ...").
RULE_NOUNS = frozenset({"act", "law", "rule", "regulation", "constitution", "treaty", "charter", "statute",
                        "code", "bill", "agreement", "accord", "convention", "directive", "guideline"})
#: Subjects by which a speaker speaks of its own side ("*we* must support the government").
FIRST_PERSON_WORDS = frozenset({"we", "i", "us"})


def _addressed(subject, clause) -> bool:
    """Whether a demanded clause's subject is someone the speaker asks to act: not the speaker's own side
    ("we must support the government"), not what something must be or must have done ("China must be a member
    of GATT", "Iran must be behind it", "Japan should have acted"); a passive's subject is what is to be done, not who is to do it
    ("Iraq must be punished"), and is no ``nsubj``."""
    if subject.pos_ == "PRON" and subject.lower_ in FIRST_PERSON_WORDS:
        return False
    if clause.lemma_.lower() == "be" and not any(c.dep_ == "acomp" for c in clause.children):
        # ("must be ready to mediate", "should be more flexible" are asked of the subject.)
        return False
    return not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children)


def _doer_mention(m: ActorMention, subject) -> bool:
    """Whether ``m`` is the demanded clause's ``subject`` itself, a conjunct of it, or its owner ("*Japan's*
    markets must open"), not an actor named inside it ("the floor price in *INRA* must be revised", "*U.S.*
    purchases must increase")."""
    heads = {subject.i} | {c.i for c in subject.conjuncts}
    owners = {c.i for h in heads for c in subject.doc[h].children if c.dep_ == "poss"}
    return m.head in heads or m.head in owners or any(
        subject.doc[o].is_ancestor(subject.doc[m.head]) and subject.doc[m.head].dep_ != "pobj"
        for o in owners if 0 <= m.head < len(subject.doc))


def demand_clause_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``X said Y must V``, ``X insisted that Y V``, ``X reiterated its demand that Y V``:
    X requests Y (CAMEO 100), whatever the demanded act is."""
    for tok in select(doc, pos=("VERB", "AUX", "NOUN")):
        clauses = []
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in ASSERTING_VERBS:
            clauses = [c for c in tok.children if c.dep_ == "ccomp"
                       and (any(a.dep_ == "aux" and a.lower_ in DEMAND_MODALS for a in c.children) or _mandative(c))]
            sources = _subjects(tok, index)[0] if clauses else []
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in WANT_VERBS:
            # "China wants Japan to stop patrols": the wanted act's doer is asked for it.
            clauses = [c for c in tok.children if c.dep_ == "ccomp"
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
            sources = _subjects(tok, index)[0] if clauses else []
        elif tok.pos_ == "NOUN" and tok.lower_ in DEMAND_NOUNS and tok.dep_ in OBJ + ("nsubj",):
            clauses = [c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl")
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
            sources = _subjects(tok.head, index)[0] if clauses and tok.dep_ in OBJ else []
        else:
            continue
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJ and c.lemma_.lower() in RULE_NOUNS for c in tok.children):
            # "The Trade Act says that China must be a member of GATT": a law's condition, no one's demand.
            continue
        for clause in clauses:
            targets = [m for c in clause.children if c.dep_ in SUBJ and _addressed(c, clause)
                       for m in actors_of(c, index) if _doer_mention(m, c)]
            for r in _pairs("requests", sources, targets, tok, index, doc_date, "100", "demand-clause", 0.75, False):
                # The demand is made; what is demanded has not happened (hence no modality from it).
                yield replace(r, modality=modality(tok))


#: Modifiers that leave "the government" the speaker's own ("the *central* government").
OWN_GOVERNMENT_MODIFIERS = frozenset({"central", "federal", "national", "interim", "new", "military", "civilian"})


def _unnamed_government_slot(tok) -> bool:
    """Whether ``tok`` is "the government" ("the authorities", "the central government") of no named
    state: no possessor, and no modifier but one of :data:`OWN_GOVERNMENT_MODIFIERS`."""
    return tok.lemma_.lower() in GOVERNMENT_NOUNS and not any(
        c.dep_ in ("poss", "compound", "nmod") or c.dep_ == "amod" and c.lower_ not in OWN_GOVERNMENT_MODIFIERS
        for c in tok.children) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _requesting_verbs(doc) -> Iterator[tuple]:
    """``(verb, lexicon entry)`` of each verb whose lexicon relation is ``requests``."""
    lexicon = codes.verb_lexicon()
    for verb in select(doc, pos=("VERB",)):
        entry = _verb_entry(verb, lexicon)
        if entry is not None and entry[0] == "requests":
            yield verb, entry


def home_government_request_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``Kenyan opposition groups urged the government to V``, ``Polish miners demanded higher wages from
    the government``, ``opposition parties in Kenya demanded that the government V``: a nation's people
    (named by a common noun: a crowd, party or group, no state organ) asking "the government", where the
    sentence names no other state, ask their own (as a crowd's protest over "the government's bill" is
    at its own: protest_rule)."""
    for verb, entry in _requesting_verbs(doc):
        sources, passive = _subjects(verb, index)
        subjects = _holder_subjects(verb)[1]
        if passive or len(sources) != 1 or not sources[0].country or sources[0].type in ("Government", "Military") \
                or not subjects or not (subjects[0].pos_ == "NOUN" or _is_crowd(subjects[0])) \
                or subjects[0].lemma_.lower() in GOVERNMENT_NOUNS:
            continue
        state = sources[0].country
        if any(m.country and m.country != state for m in index if verb.sent.start <= m.token_start < verb.sent.end):
            continue
        slots = [c for c in verb.children if c.dep_ in OBJ] + _pobjs(verb, ("on", "to", "from"))
        slots += [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in SUBJ]
        if any(_unnamed_government_slot(t) and index.at(t.i) is None for t in slots):
            yield from _pairs("requests", sources, [_government_at(sources[0])], verb, index, doc_date, entry[1],
                              "home-government", 0.7, False)


#: Verbs of asking for an act by someone whom a "for" clause names ("called *for Uganda to* release"),
#: with the CAMEO code of the request: an appeal (020) or a demand (100).
CALL_FOR_VERBS = {"call": "020", "appeal": "020", "plead": "020", "ask": "020", "lobby": "020", "push": "100",
                  "press": "100", "demand": "100", "insist": "100"}


def call_for_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``X called for Y to V``, ``X renewed its call for Y to V``, ``a call by X for Y to V``: X
    requests Y (the subject of the "for" clause), whatever Y is asked to do."""
    for clause in select(doc, dep=("advcl", "acl", "ccomp", "xcomp")):
        if any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
            targets = [m for c in clause.children if c.dep_ in SUBJ for m in actors_of(c, index)]
        elif any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            # "India's call *for Pakistan* to act": the parser makes "for Pakistan" a phrase of the call and
            # the infinitive a clause of its own.
            targets = [m for p in _pobjs(clause.head, ("for",)) if p.i < clause.i for m in actors_of(p, index)]
        else:
            continue
        head = clause.head
        if not targets or head.i == clause.i:
            continue
        lemma = head.lemma_.lower()
        if head.pos_ in ("VERB", "AUX") and lemma in CALL_FOR_VERBS:
            sources, passive = _subjects(head, index)
            if passive:
                continue
            cameo = CALL_FOR_VERBS[lemma]
        elif head.pos_ in ("NOUN", "PROPN") and head.lower_ in DEMAND_NOUNS:
            # "a call *by Germany* for Greece to", "renewed *its* call for Israel to" (said by the verb's subject)
            sources = _prep_actors(head, ("by", "from"), index) or [
                m for c in head.children if c.dep_ == "poss" for m in actors_of(c, index)]
            if not sources and head.dep_ in OBJ:
                found, passive = _subjects(head.head, index)
                sources = [] if passive else found
            cameo = "100" if head.lemma_.lower() in ("demand", "ultimatum", "insistence") else "020"
        else:
            continue
        # The request is made; what is asked for has not happened (hence no modality from it).
        for r in _pairs("requests", sources, targets, head, index, doc_date, cameo, "call-for", 0.75, False):
            yield replace(r, modality=modality(head))


#: Words of a stated intent whose complement is the act intended: "offered to mediate", "was ready to
#: resume talks", "expressed willingness to hold talks".
INTENT_VERBS = frozenset({"offer", "promise", "agree", "pledge", "vow", "undertake", "volunteer", "commit"})
INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "eager"})
INTENT_NOUNS = frozenset({"willingness", "readiness", "offer", "promise", "pledge", "commitment"})
#: Relations of acts whose announced intent is an intent to cooperate (CAMEO 03); and their 03 codes.
INTENDED_COOPERATION = {"meets": "036", "visits": "036", "aids": "033", "cooperates": "030", "supports": "030"}
#: Verbs of helping, without an event code of their own, that an intent makes cooperation.
HELPING_VERBS = {"help": "030", "assist": "033", "mediate": "039", "host": "036"}


def _intended_targets(act, index: ActorIndex) -> list[ActorMention]:
    """Whom an intended act is done with or for: its objects and their "with"/"between" phrases ("resume
    talks *with Israel*", "host talks *between Israel and* ..."), its own "between" phrase, or the subject of
    its complement ("help *Romania* rebuild")."""
    heads = [act] + [c for c in act.children if c.dep_ in OBJ]
    out = _objects(act, index, COOPERATION_PREPS, modifiers=False)
    out += [m for h in heads for m in _prep_actors(h, ("between",) if h is act else ("with", "between"), index)]
    if not out:
        out = [m for c in act.children if c.dep_ in ("ccomp", "xcomp")
               for g in c.children if g.dep_ in SUBJ for m in actors_of(g, index, False)]
    return out


def intent_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``X offered to mediate between Y and Z``, ``X said it was ready to resume talks with Y``, ``X
    expressed willingness to hold talks with Y``: X expresses an intent to cooperate with Y (CAMEO 03),
    said now, whatever becomes of the act itself."""
    lexicon = codes.verb_lexicon()
    for act in select(doc, dep=("xcomp", "acl")):
        head = act.head
        lemma = head.lemma_.lower()
        if head.i == act.i or act.pos_ not in ("VERB", "NOUN") or not any(a.dep_ == "aux" and a.lower_ == "to"
                                                              for a in act.children):
            continue
        if head.pos_ == "VERB" and lemma in INTENT_VERBS and act.dep_ == "xcomp":
            sources, passive = _subjects(head, index)
            anchor = head
        elif head.pos_ == "ADJ" and lemma in INTENT_ADJECTIVES and head.dep_ == "acomp":
            anchor = head.head
            sources, passive = _subjects(anchor, index)
        elif head.pos_ == "NOUN" and lemma in INTENT_NOUNS and act.dep_ == "acl" and head.dep_ in OBJ:
            anchor = head.head
            sources, passive = _subjects(anchor, index)
        else:
            continue
        if passive or not sources or any(c.dep_ == "neg" for c in act.children) or any(
                c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            # "vowed *not* to return the Golan Heights to Syria": an intent not to cooperate; "showed *no*
            # willingness to hold talks": none.
            continue
        entry = _verb_entry(act, lexicon)
        if entry is not None and entry[0] == "supports" and head.lemma_.lower() in STANCE_NOUNS \
                and modality(act) == "asserted":
            # "X reaffirms its commitment to support Y": a standing resolve to support is support now
            # (verb_rule's, see STANCE_NOUNS), no intent to cooperate besides.
            continue
        cameo = HELPING_VERBS.get(act.lemma_.lower())
        if entry is not None and entry[0] in INTENDED_COOPERATION:
            cameo = "039" if entry[1] == "045" else INTENDED_COOPERATION[entry[0]]
        if cameo is None:
            continue
        targets = _intended_targets(act, index)
        if act.lemma_.lower() in COMMERCE_VERBS:
            # "Dow Jones agreed to buy MarketWatch": the firm to be bought is no partner (see verb_rule).
            targets = [t for t in targets if not (doc[t.head].dep_ in OBJ and doc[t.head].head.i == act.i)]
        # The relation is the code's: an intent to meet (036) is filed under meets (codes.relation_for_cameo),
        # and is a meeting planned, not held ("ready to resume talks with Y" is no meeting yet).
        relation = codes.relation_for_cameo(cameo) or "cooperates"
        for r in _pairs(relation, sources, targets, anchor, index, doc_date, cameo, "intent", 0.75, False):
            yield replace(r, modality="planned") if relation == "meets" and r.modality == "asserted" else r


#: Verbs of saying that charge someone with what their "that" clause reports.
ACCUSING_VERBS = frozenset({"charge", "allege", "accuse", "complain", "protest"})
#: Verbs of violating what is another's, which the lexicon leaves uncoded as too vague alone, but which a
#: charge makes a complaint of a hostile act ("protested that Russian jets had *violated* its airspace").
VIOLATING_VERBS = frozenset({"violate", "infringe", "intrude", "encroach", "breach"})


def accusation_clause_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``X charged (alleged, complained) that Y had shelled Z``: X accuses Y (CAMEO 112), who did the
    hostile act the clause reports (the clause's subject, or its passive's agent)."""
    for verb in select_lemmas(doc, ACCUSING_VERBS, pos=("VERB",)):
        if verb.lemma_.lower() not in ACCUSING_VERBS:
            continue
        sources, passive = _subjects(verb, index)
        if passive or not sources:
            continue
        for clause in verb.children:
            if clause.dep_ != "ccomp" or not (_hostile_clause(clause) or clause.lemma_.lower() in VIOLATING_VERBS) \
                    or any(c.dep_ == "neg" for c in clause.children):
                continue
            doers, clause_passive = _subjects(clause, index)
            if clause_passive:
                doers = _agent(clause, index)
            if not doers:
                doers = [m for c in clause.children if c.dep_ in SUBJ for m in actors_of(c, index)]
            yield from _pairs("opposes", sources, doers, verb, index, doc_date, "112", "accusation-clause", 0.75,
                              False)


#: Nouns of an act whose doer is who a demand for it is made on: "demanded *Israel's* withdrawal", "called
#: for the withdrawal *of American warships*", "demanded the removal *of President X*".
DOER_NOMINALS = frozenset({"withdrawal", "pullout", "pull-out", "resignation", "departure", "apology",
                           "explanation", "compliance", "removal", "ouster", "surrender", "disarmament"})
#: Nouns of an act on someone, whose possessor or "of" object is its patient, and only a "by" phrase
#: names who a demand for it is made on: "demanded the release of the hostages *by Iran*" (the nouns
#: of freeing or handing over, as in verb_rule).
AGENT_ONLY_NOMINALS = RELEASED_NOUNS
#: Nouns of stopping something, whose doer a demand is made on: "called for an end to *Israeli* raids".
END_NOUNS = frozenset({"end", "halt", "cessation", "stop"})


def _demanded_of(noun, index: ActorIndex) -> list[ActorMention]:
    """Who is asked to do the act the noun ``noun`` names: its possessor or demonym, or its "of"/"by" object;
    for "an end to X's raids", the doer of what is to end."""
    lemma = noun.lemma_.lower()
    if lemma in END_NOUNS:
        return [m for p in _pobjs(noun, ("to", "of")) for m in actors_of(p, index) + _prep_actors(p, ("by",), index)]
    if lemma in AGENT_ONLY_NOMINALS:
        # "demanded the release of detained students *by the Chinese authorities*" (the parser may hang "by"
        # on the patient); "demanded Mandela's release" names who is to be freed, not who is to free him.
        return [m for h in [noun] + _pobjs(noun, ("of",)) for m in _prep_actors(h, ("by",), index)
                if m.type not in PLACE_ONLY]
    if lemma not in DOER_NOMINALS:
        return []
    return [m for c in noun.children if c.dep_ in ("poss", "amod", "compound") for m in actors_of(c, index)] + [
        m for p in _pobjs(noun, ("of", "by")) for m in actors_of(p, index)]


def demanded_act_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``X demanded Y's withdrawal``, ``X called for the withdrawal of Y's troops``, ``X called for an end to
    Y's raids``: X requests Y, who is to do (or stop) the act, when no one is addressed."""
    for verb, entry in _requesting_verbs(doc):
        sources, passive = _subjects(verb, index)
        if passive or not sources or _objects(verb, index, modifiers=False):
            continue
        nouns = [c for c in verb.children if c.dep_ in OBJ] + _pobjs(verb, ("for",))
        targets = [m for n in nouns for m in _demanded_of(n, index)]
        yield from _pairs("requests", sources, targets, verb, index, doc_date, entry[1], "demanded-act", 0.75, False)


#: Nouns for an official's opposite number in another state ("met his *Syrian counterpart*").
COUNTERPART_NOUNS = frozenset({"counterpart", "counterparts"})


def counterpart_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``X met (telephoned, urged) his Syrian counterpart``: the counterpart holds the same office in the
    state its modifier names, an organ of that state's government (the verb alone takes no modifier
    for an actor: "met *Syrian* refugees" meets no state)."""
    lexicon = codes.verb_lexicon()
    reciprocal = frozenset(triggers()["reciprocal_verbs"])
    for tok in select(doc, lower=COUNTERPART_NOUNS):
        if index.at(tok.i) is not None:
            continue
        if tok.dep_ in OBJ:
            verb = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("with", "to") and tok.head.head.pos_ == "VERB":
            verb = tok.head.head
        else:
            continue
        entry = _verb_entry(verb, lexicon)
        if entry is None or verb.i == tok.i:
            continue
        sources, passive = _subjects(verb, index)
        if passive:
            continue
        states = [_government_at(m) for c in tok.children if c.dep_ in ("amod", "compound", "poss")
                  for m in actors_of(c, index) if m.type == "Country"]
        relation, cameo, _target = entry
        yield from _pairs(relation, sources, states, verb, index, doc_date, cameo, "counterpart", 0.75,
                          verb.lemma_.lower() in reciprocal)


#: Relations of the acts one may urge others to do for someone; urging them rallies support for that
#: someone (CAMEO 053).
RALLIED_RELATIONS = frozenset({"supports", "aids"})
#: Verbs of helping without an event code of their own that, urged on others, rally support.
RALLIED_VERBS = frozenset({"help", "assist", "back", "support", "recognize", "recognise"})


def _asks_others(verb, clause, sources: list[ActorMention], index: ActorIndex) -> bool:
    """Whether the request ``verb`` asks someone other than its subject to do what ``clause`` says: an object
    or addressee ("urged *all countries* to enforce", "called *on Arabs* to unite"), or a clause's own
    subject other than the requester ("demanded that *the EC* refuse"). "Rwanda insisted that *it* would
    attack", "forces are pushing deeper south to drive out insurgents" ask no one: the subject's own act."""
    own = {m.actor_id for m in sources}
    if clause.dep_ == "ccomp":
        subj = next((c for c in clause.children if c.dep_ in SUBJ), None)
        if subj is None:
            return False
        named = actors_of(subj, index)
        if named:
            return any(m.actor_id not in own for m in named)
        return subj.lower_ not in ("it", "they", "we", "i", "he", "she")
    # ("called *on* Arabs", "appealed *to* donors"; not "pushing into the city *on* the fifth day")
    asked = [c for c in verb.children if c.dep_ in OBJ + ("dative",)] + [
        p for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon", "to")
        and c.i <= verb.i + 2 for p in c.children if p.dep_ == "pobj"]
    if clause.dep_ == "xcomp" and not asked:
        # "urged all countries to enforce": the parser may make the asked the clause's subject.
        asked = [c for c in clause.children if c.dep_ in SUBJ]
    return any(not any(m.actor_id in own for m in actors_of(a, index)) and a.lower_ not in SELF_POSSESSIVES
               for a in asked)


def _event_doer(tok, act) -> bool:
    """Whether ``tok`` modifies a noun of an event or a measure that is the object of ``act`` ("enforce *a
    United Nations* arms embargo"): the modifier names who does or imposes it."""
    nouns = triggers()["nouns"]
    head = tok.head
    return tok.dep_ in ("compound", "amod", "poss", "nmod") and head.head.i == act.i and head.dep_ in OBJ \
        and (head.lower_ in nouns or head.lemma_.lower() in nouns)


def rally_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``X urged the EC to support the PLO``, ``X called on the world to help Rwanda``, ``X appealed to
    donors to provide aid to Ethiopia``: X rallies support for whom the others are asked to support (053);
    ``X called on Arabs to unite and mobilize against Sharon``, ``X urged Muslims to boycott Israel``: X
    rallies opposition against whom they are asked to act against (113). Whom X asks is requested by the
    verb rule."""
    lexicon = codes.verb_lexicon()
    for clause in select(doc, dep=("xcomp", "ccomp", "advcl")):
        verb = clause.head
        if verb.i == clause.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in triggers()["modality"]["request_heads"]:
            continue
        if clause.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            # "called on Arabs *to unite*" (the parser's adverbial clause), not "called *after* X attacked"
            continue
        sources, passive = _subjects(verb, index)
        if passive or not _asks_others(verb, clause, sources, index):
            continue
        for act in [clause] + [c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"]:
            entry = _verb_entry(act, lexicon)
            if act.lemma_.lower() in RALLIED_VERBS or (entry is not None and entry[0] in RALLIED_RELATIONS):
                rallied, cameo, preps = "supports", "053", COOPERATION_PREPS
            elif entry is not None and entry[0] in HOSTILE:
                rallied, cameo, preps = "opposes", "113", TARGET_PREPS
            else:
                continue
            if any(c.dep_ == "neg" for c in act.children):
                continue
            # "to enforce *a United Nations* arms embargo on X": who imposes the measure is no one opposed.
            targets = [m for m in _objects(act, index, preps, modifiers=rallied == "opposes")
                       if not _event_doer(doc[m.head], act)] or [
                m for c in act.children if c.dep_ in OBJ
                for m in _prep_actors(c, ("to", "for") if rallied == "supports" else ("with", "against", "on"), index)]
            for r in _pairs(rallied, sources, targets, verb, index, doc_date, cameo, "rally", 0.7, False):
                yield replace(r, modality=modality(verb))


#: Nouns of pressing someone to act, whose author a refusal "despite" them rejects.
PRESSURE_NOUNS = frozenset({"pressure", "call", "demand", "appeal", "request", "plea", "protest", "opposition",
                            "criticism", "warning", "objection", "ultimatum", "urging"})


def despite_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``X declined to resign despite pressure by Y``, ``X refused to send troops despite calls from Y``: X
    rejects Y, who pressed for what X refuses (CAMEO 120)."""
    lexicon = codes.verb_lexicon()
    for prep in select(doc, lower=("despite",)):
        verb = prep.head
        if prep.dep_ != "prep" or verb.pos_ != "VERB":
            continue
        if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
            # "declined to resign despite pressure": the parser hangs the phrase on the act refused.
            verb = verb.head
        entry = _verb_entry(verb, lexicon)
        if entry is None or entry[0] != "rejects":
            continue
        sources, passive = _subjects(verb, index)
        if passive:
            continue
        targets = [m for n in prep.children if n.dep_ == "pobj" and n.lemma_.lower() in PRESSURE_NOUNS
                   for m in _prep_actors(n, ("by", "from", "of"), index) + [
                       m for c in n.children if c.dep_ in ("poss", "amod", "compound") for m in actors_of(c, index)]]
        yield from _pairs("rejects", sources, targets, verb, index, doc_date, "120", "despite", 0.75, False)


#: Nouns of what parties reach when they agree.
AGREEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "compromise", "settlement", "consensus", "understanding",
                             "breakthrough"})
#: Verbs of reaching an agreement ("reached a deal").
REACHING_VERBS = frozenset({"reach", "conclude", "strike", "clinch", "seal", "produce", "achieve", "hammer"})


def _failed(verb) -> bool:
    """Whether ``verb`` is said not to have come about: "failed to *reach*", "could not *agree*"."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail":
        return True
    kids = list(verb.children)
    if any(c.dep_ == "advmod" and c.lower_ == "more" for c in kids):
        # "X could not agree more with Y": full agreement.
        return False
    return any(c.dep_ == "neg" for c in kids) and any(c.dep_ == "aux" and c.lower_ in ("could", "can", "ca")
                                                     for c in kids)


def failed_agreement_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``X and Y failed to reach agreement``, ``X could not agree with Y``: parties that fail to agree reject
    each other's terms (CAMEO 12), as the failure of a negotiation is coded."""
    for verb in select_lemmas(doc, REACHING_VERBS | {"agree"}, pos=("VERB",)):
        lemma = verb.lemma_.lower()
        objs = [c for c in verb.children if c.dep_ in OBJ and c.lemma_.lower() in AGREEMENT_NOUNS]
        if not (lemma == "agree" or (lemma in REACHING_VERBS and objs)) or not _failed(verb):
            continue
        anchor = verb.head if verb.dep_ == "xcomp" else verb
        sources, passive = _subjects(anchor, index)
        if passive:
            continue
        if not sources:
            # "Talks between Ethiopia and Eritrea failed to produce an agreement": the parties to the talks.
            sources = [m for c in anchor.children if c.dep_ in SUBJ and _reciprocal_object(c)
                       for m in _prep_actors(c, ("between", "with"), index)]
        others = [m for h in [verb] + objs for m in _prep_actors(h, ("with",), index)]
        if not others and len(sources) < 2:
            continue
        pairs = [(s, t) for s in sources for t in others] or list(combinations(sources, 2))
        for s, t in pairs:
            for a, b in ((s, t), (t, s)):
                r = _make("rejects", a, b, anchor, index, doc_date, "120", "failed-agreement", 0.7)
                if r is not None and r.modality == "negated" and anchor is verb:
                    # "could not agree": the negation is the failure itself, which happened.
                    r = replace(r, modality="asserted")
                if r is not None:
                    # "If X and Y fail to reach agreement": a failure supposed or foreseen keeps its modality.
                    yield r


#: Verbs of travelling that, to a state's place for talks (or by an envoy), make a visit.
TRIP_VERBS = frozenset({"arrive", "travel", "fly", "go", "come", "head", "jet"})
#: What a trip is for, or on, when it is a visit: "flew to Damascus *for talks*", "arrived *on a visit*".
TRIP_PURPOSES = frozenset({"talks", "talk", "visit", "discussions", "discussion", "consultations", "meeting",
                           "meetings", "summit", "negotiations", "trip", "tour", "mission"})
#: People whose arrival in another state is a visit to it ("a Japanese trade delegation arrived in Beijing").
ENVOY_NOUNS = frozenset({"delegation", "envoy", "emissary", "minister", "premier", "president", "leader", "secretary",
                         "king", "diplomat", "official", "ambassador", "chancellor", "mediator"})


def trip_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``X's foreign minister flew to Damascus for talks``, ``a Japanese delegation arrived in Beijing``: a
    visit to the state of the place (042), by a government's envoy or for talks; not troops' arrival."""
    for verb in select_lemmas(doc, TRIP_VERBS, pos=("VERB",)):
        if verb.lemma_.lower() not in TRIP_VERBS:
            continue
        subjects, passive = _subjects(verb, index)
        if passive or not subjects or any(m.type == "Military" for m in subjects):
            continue
        purpose = any(p.lower_ in TRIP_PURPOSES or p.lemma_.lower() in TRIP_PURPOSES
                      for p in _pobjs(verb, ("for", "on")))
        envoy = any(c.dep_ in SUBJ and c.lemma_.lower() in ENVOY_NOUNS for c in verb.children)
        if not (purpose or envoy):
            continue
        own = {m.country for m in subjects}
        hosts = [_state_of(m) if m.type in PLACE_ONLY else m
                 for m, _tok in _places(verb, index, ("to", "in", "into"), modifiers=False)
                 if m.country and m.country not in own and m.type in PLACE_TYPES]
        yield from _pairs("visits", subjects, hosts[:1], verb, index, doc_date, "042", "trip", 0.7, False)


#: Verbs of handing over money or goods to a recipient ("donated $20 million to", "approved a loan to").
FUNDING_VERBS = GIVING_VERBS | {"lend", "loan", "allocate", "contribute", "disburse", "earmark", "approve",
                                "transfer", "channel", "release"}
#: Verbs whose subject gets what a "from" phrase gives ("received a loan from the IMF").
RECEIVING_VERBS = frozenset({"receive", "obtain", "secure", "get", "accept"})
FUNDING_OR_RECEIVING_VERBS = FUNDING_VERBS | RECEIVING_VERBS
#: What, given, is economic aid (071): money and credit.
MONEY_WORDS = frozenset({"dollar", "euro", "yen", "pound", "franc", "mark", "shilling", "ruble", "rouble", "yuan",
                         "rupee", "dinar", "riyal", "dirham", "loan", "grant", "credit", "fund", "funding"})
#: What, given, is humanitarian aid (073): relief goods.
RELIEF_WORDS = frozenset({"supply", "supplies", "food", "medicine", "medicines", "tent", "blanket", "vaccine",
                          "relief", "grain", "wheat", "rice", "flour"})
#: People in need, whom aid for them reaches in the state where they are ("victims in Armenia").
NEEDY_NOUNS = frozenset({"victim", "refugee", "survivor", "people", "population", "resident", "civilian",
                         "family", "child", "villager", "needy", "poor", "hungry"})
#: Nouns of aid whose "from" phrase names the giver ("aid from Britain reached flood victims").
AID_FROM_NOUNS = frozenset({"aid", "assistance", "loan", "loans", "grant", "grants", "credit", "credits", "donation",
                            "donations", "relief", "supplies"})


def _given(obj) -> Optional[str]:
    """The aid code of what the object ``obj`` of a verb of giving is: money 071, relief 073, else ``None``."""
    words = [obj] + _pobjs(obj, ("of", "in"))
    lemmas = {w.lemma_.lower() for w in words} | {w.lower_ for w in words}
    if lemmas & MONEY_WORDS or obj.ent_type_ == "MONEY" or any(c.tag_ == "$" for c in obj.subtree):
        return "071"
    if lemmas & RELIEF_WORDS:
        return "073"
    return None


def _recipients(tok, index: ActorIndex) -> list[ActorMention]:
    """The recipients named by ``tok``'s dative or "to" phrase: a place stands for its state ("to Gaza"),
    so do people in a place ("to earthquake victims in Armenia", where the parser may hang the place on
    ``tok``)."""
    heads = [c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    heads += [p for c in tok.children if (c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP"))
              and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    out: list[ActorMention] = []
    for h in heads:
        found = actors_of(h, index)
        if not found and h.lemma_.lower() in NEEDY_NOUNS:
            place = next((m for holder in (h, tok) for prep in holder.children
                          if prep.dep_ == "prep" and prep.lower_ == "in"
                          for m in [_place_below(prep, index, set())] if m is not None), None)
            found = [place] if place is not None else []
        out.extend(_state_of(m) if m.type in PLACE_ONLY and m.country else m for m in found)
    return out


def giving_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``X donated $20 million to Y``, ``X sent medical supplies to victims in Y``, ``X approved a loan to
    Y``, ``Y received a loan from X``, ``aid from X reached Y``: X aids Y (CAMEO 071 money, 073 relief)."""
    for tok in select(doc, pos=("VERB", "NOUN", "PROPN")):
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in FUNDING_OR_RECEIVING_VERBS:
            objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
            cameo = next((c for c in map(_given, objs) if c), None)
            if cameo is None:
                continue
            subjects, passive = _subjects(tok, index)
            if lemma in RECEIVING_VERBS:
                if passive:
                    continue
                sources = [m for o in objs for m in _prep_actors(o, ("from",), index)] + _prep_actors(
                    tok, ("from",), index)
                targets = subjects
            else:
                sources = _agent(tok, index) if passive else subjects
                targets = _recipients(tok, index)
            relation, cameo = _aid_or_pledge(tok, cameo)
            yield from _pairs(relation, sources, targets, tok, index, doc_date, cameo, "giving", 0.75, False)
        elif tok.lower_ in AID_FROM_NOUNS and tok.dep_ in SUBJ:
            # "Aid from Britain reached flood victims in Pakistan": the aid's arrival is the giving, and
            # where it arrives (or whom it reaches) is the recipient.
            sources = _prep_actors(tok, ("from",), index)
            verb = tok.head
            if not sources or verb.lemma_.lower() not in ("reach", "arrive", "flow", "go", "pour"):
                continue
            targets = [_state_of(m) if m.type in PLACE_ONLY and m.country else m
                       for c in verb.children if c.dep_ in OBJ or (c.dep_ == "prep" and c.lower_ in ("in", "to"))
                       for h in ([c] if c.dep_ in OBJ else [p for p in c.children if p.dep_ == "pobj"])
                       for m in actors_of(h, index)]
            yield from _pairs("aids", sources, targets, tok, index, doc_date, "070", "giving", 0.7, False)


#: Verbs of setting up (again, or more fully) relations between states.
TIES_VERBS = frozenset({"establish", "restore", "resume", "normalize", "normalise", "upgrade", "renew", "reestablish",
                        "re-establish", "forge"})
#: Nouns of the relations so set up.
TIES_NOUNS = frozenset({"relation", "relations", "tie", "ties", "link", "links"})


def ties_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``X and Y restored diplomatic relations``, ``X normalized ties with Y``: establishing (restoring,
    upgrading) relations is diplomatic recognition (054), between the parties named together or with
    the "with" party."""
    for verb in select_lemmas(doc, TIES_VERBS, pos=("VERB",)):
        if verb.lemma_.lower() not in TIES_VERBS or any(c.dep_ == "neg" for c in verb.children):
            continue
        objs = [c for c in verb.children if c.dep_ in OBJ and c.lemma_.lower() in TIES_NOUNS]
        if not objs:
            continue
        sources, passive = _subjects(verb, index)
        if passive:
            continue
        others = [m for h in [verb] + objs for m in _prep_actors(h, ("with", "between"), index)]
        yield from _pairs("supports", sources, others, verb, index, doc_date, "054", "ties", 0.75, not others)


#: Verbs by which parties give each other what their object names ("traded accusations").
EXCHANGE_VERBS = frozenset({"exchange", "trade", "swap", "hurl", "level"})
#: What parties exchanged name a relation between them: accusations are disapproval (112), ambassadors are
#: recognition (054).
EXCHANGED = {"accusation": ("opposes", "112"), "charge": ("opposes", "112"), "criticism": ("opposes", "111"),
             "insult": ("opposes", "111"), "recrimination": ("opposes", "112"), "barb": ("opposes", "111"),
             "threat": ("threatens", "130"), "ambassador": ("supports", "054"), "envoy": ("supports", "054")}


def each_other_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``X and Y accused (blamed, criticised) each other``, ``X and Y traded accusations``, ``X and Y exchanged
    ambassadors``: each does to the other what the verb (or what they exchanged) says, and nothing to a third
    party named inside the charge ("exchanged accusations *of supporting rebels*")."""
    lexicon = codes.verb_lexicon()
    for verb in select(doc, pos=("VERB",)):
        objs = [c for c in verb.children if c.dep_ in OBJ]
        if not objs:
            continue
        obj = objs[0]
        if obj.lower_ in ("other", "another") and any(c.lower_ in ("each", "one") for c in obj.lefts):
            entry = _verb_entry(verb, lexicon)
            if entry is None or entry[0] not in HOSTILE | {"supports", "meets", "cooperates"}:
                continue
            relation, cameo = entry[0], entry[1]
        elif verb.lemma_.lower() in EXCHANGE_VERBS and obj.lemma_.lower() in EXCHANGED:
            relation, cameo = EXCHANGED[obj.lemma_.lower()]
        else:
            continue
        parties, passive = _subjects(verb, index)
        if passive or len(parties) < 2:
            continue
        for s, t in combinations(parties, 2):
            for a, b in ((s, t), (t, s)):
                r = _make(relation, a, b, verb, index, doc_date, cameo, "each-other", 0.75)
                if r is not None:
                    yield r


#: Verbs of peacekeepers coming to a state.
ARRIVAL_VERBS = frozenset({"arrive", "deploy", "land", "enter"})
#: Nouns for a body of troops sent: "the first *deployment* of peacekeepers".
DETACHMENT_NOUNS = QUANTITY_NOUNS | {"deployment", "batch", "wave", "force", "mission"}


def _peacekeepers(tok):
    """The noun for peacekeepers that ``tok`` names, through "the first deployment *of* X", or ``None``."""
    for _ in range(3):
        if tok.lemma_.lower() == "peacekeeper" or tok.lower_ in ("peacekeepers", "peacekeeper") or any(
                c.dep_ in ("compound", "amod") and c.lower_ == "peacekeeping" for c in tok.children):
            return tok
        tok = _counted(tok, DETACHMENT_NOUNS)
        if tok is None:
            return None
    return None


def peacekeeping_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``NATO peacekeepers arrived in Bosnia``: peacekeepers who come to a state are their sender's
    military protection of it (CAMEO 074, provide peacekeeping)."""
    for tok in select_lemmas(doc, ARRIVAL_VERBS, pos=("VERB",)):
        if tok.lemma_.lower() not in ARRIVAL_VERBS:
            continue
        subject = next((c for c in tok.children if c.dep_ in SUBJ + PASSIVE_SUBJ), None)
        noun = _peacekeepers(subject) if subject is not None else None
        if noun is None:
            continue
        sources = actors_of(noun, index)
        # "arrived in Bosnia", "entered the town of Bunia in eastern Congo"
        places = [p for c in tok.children if (c.dep_ == "prep" and c.lower_ in ("in", "into", "to")) or c.dep_ in OBJ
                  for p in [_place_below(c, index, {m.actor_id for m in sources})] if p is not None]
        targets = [p if p.type == "Country" else _state_of(p) for p in places[:1]]
        yield from _pairs("aids", sources, targets, tok, index, doc_date, "074", "peacekeeping", 0.75, False)


def _state_of(where, iso: Optional[str] = None) -> ActorMention:
    """A state, as a ``Country`` mention standing where ``where`` is.

    The one way the rules name a state they infer from a place in it ("peacekeepers arrived in
    Bunia" → DR Congo), a demonym ("the *Russian* attack" → Russia) or a name that says it.

    Parameters
    ----------
    where
        An :class:`~graphbuilder.model.ActorMention` (its span and ``pronoun`` flag are kept), or
        a spaCy ``Span`` (a demonym's entity, the word of a name: no actor stands there).
    iso
        The state; default ``where.country`` (required with a ``Span``).

    Returns
    -------
    ActorMention
        The state, labelled with its gazetteer name.
    """
    if not isinstance(where, ActorMention):
        return ActorMention(actor_id=iso, label=_country_label(iso), type="Country", country=iso, code=iso,
                            surface=where.text, start=where.start_char, end=where.end_char,
                            token_start=where.start, token_end=where.end, head=where.root.i)
    iso = iso or where.country
    return replace(where, actor_id=iso, label=_country_label(iso), type="Country", country=iso, code=iso)


#: Objects of "not rule out" that are the use of force ("did not rule out *military action* against Iran").
FORCE_NOUNS = frozenset({"force", "action", "option", "intervention", "strike", "strikes", "attack", "attacks",
                         "war", "invasion", "retaliation"})
#: Of those, the ones that name force only with a "military" modifier (legal action is no force).
VAGUE_FORCE_NOUNS = frozenset({"action", "option", "intervention"})


def not_ruled_out_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``Israel said it would not rule out military action against Iran``: refusing to rule out force
    against someone is threatening them with it (CAMEO 138); ruling it out is no event."""
    for tok in select(doc, lower=("rule", "rules", "ruled", "ruling")):
        if tok.pos_ != "VERB" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children) \
                or modality(tok) != "negated":
            continue
        objects = [c for c in tok.children if c.dep_ in OBJ]
        # "the use of force against X"
        objects += [p for o in objects if o.lemma_.lower() == "use" for p in _pobjs(o, ("of",))]
        forces = [o for o in objects if o.lemma_.lower() in FORCE_NOUNS and (
            o.lemma_.lower() not in VAGUE_FORCE_NOUNS or any(a.lower_ == "military" for a in o.lefts))]
        if not forces:
            continue
        targets = [m for o in objects for m in _prep_actors(o, ("against", "on", "with"), index)] \
            + _prep_actors(tok, ("against", "on"), index)
        sources, passive = _subjects(tok, index)
        for r in _pairs("threatens", [] if passive else sources, targets, tok, index, doc_date, "138",
                        "not-ruled-out", 0.75, False):
            yield replace(r, modality="asserted")


#: Verbs of fleeing, whose subject was attacked by who made the attack they fled.
FLIGHT_VERBS = frozenset({"flee", "escape"})
#: Verbs of dying or suffering, whose subject was hit by the attack they died in.
DEATH_VERBS = DIE_VERBS | {"suffer"}
DEATH_OR_FLIGHT_VERBS = DEATH_VERBS | FLIGHT_VERBS


def died_in_attack_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``Three Iraqi soldiers died in a suicide attack by Islamic State militants``, ``A Pakistani soldier
    died in Indian shelling``, ``Iraq suffered heavy losses in the Iranian offensive``, ``Thousands of Syrian
    civilians fled Turkish shelling``: who died (or fled) was attacked by who made the attack (as "were killed
    in" says)."""
    for tok in select_lemmas(doc, DEATH_OR_FLIGHT_VERBS, pos=("VERB",)):
        lemma = tok.lemma_.lower()
        if lemma not in DEATH_OR_FLIGHT_VERBS:
            continue
        authors = _attack_authors(tok, index) if lemma in DEATH_VERBS else []
        if lemma in FLIGHT_VERBS:
            # "Thousands of Syrian civilians fled Turkish shelling": who fled an attack was attacked.
            authors = [m for c in tok.children if c.dep_ in OBJ and c.lemma_.lower() in FIGHT_NOUNS
                       for m in actors_of(c, index) + _prep_actors(c, ("by",), index) if m.type not in PLACE_ONLY]
        victims, _passive = _subjects(tok, index) if authors else ([], False)
        yield from _pairs("attacks", authors, victims, tok, index, doc_date, "190", "died-in-attack", 0.75, False)


#: Attacks one comes under ("came under shellfire").
UNDER_FIRE_NOUNS = ATTACK_NOUNS | {"shellfire"}


def came_under_attack_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``Indian border posts came under fire from Pakistani troops``, ``An Israeli patrol came under attack
    from Hezbollah``, ``Aleppo has been under siege by Syrian government forces``, ``North Korea is under UN
    sanctions``: who is (comes) under a hostile act is its target; "from", "by" or a modifier names who does it."""
    nouns = triggers()["nouns"]
    for tok in select(doc, lower=("under",)):
        verb = tok.head
        if tok.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in ("come", "be"):
            continue
        for act in _pobjs(verb, ("under",)):
            lemma = act.lemma_.lower()
            entry = nouns.get(act.lower_) or nouns.get(lemma)
            if lemma in UNDER_FIRE_NOUNS:
                relation, cameo = "attacks", "190"
            elif entry is not None and entry["relation"] in ("attacks", "coerces", "sanctions"):
                relation, cameo = entry["relation"], entry["cameo"]
            else:
                continue
            authors = _prep_actors(act, ("from", "by"), index) + _prep_actors(verb, ("from", "by"), index) + [
                m for c in act.children if c.dep_ in ("poss", "amod", "compound")
                for m in [_actor_or_demonym(c, index)] if m is not None]
            # Only armed forces fire or attack: "came under fire from critics" is criticism.
            authors = [m for m in authors if m.type in FORCE_TYPES or (
                lemma not in IDIOM_ATTACK_NOUNS and m.type not in PLACE_ONLY)]
            victims, _passive = _subjects(verb, index) if authors else ([], False)
            yield from _pairs(relation, authors, victims, act, index, doc_date, cameo, "came-under-attack", 0.75,
                              False)


#: Attack nouns that also name verbal attacks ("came under fire (attack) from critics").
IDIOM_ATTACK_NOUNS = frozenset({"fire", "attack", "attacks", "assault", "criticism"})
#: Verbs whose subject undergoes the hostile act their object names ("Russia *faces* new EU sanctions").
UNDERGO_VERBS = frozenset({"face", "receive", "incur", "endure"})
#: Verbs whose subject is only fired upon when their object is fire ("*took* fire from ISIS"): "took
#: measures" is the subject's own act. Not "draw", whose "drew fire from" is most often criticism.
FIRE_TAKING_VERBS = frozenset({"take"})
#: Nouns of shooting that the noun lexicon leaves out, being mostly idioms there ("opened fire"), that one
#: undergoes from an armed force ("received heavy fire from ISIS fighters").
TAKEN_FIRE_NOUNS = frozenset({"fire", "gunfire", "shellfire", "crossfire"})
#: Verbs whose passive subject is hit with the act their "with" names ("Iran was *hit with* new US sanctions").
HIT_WITH_VERBS = frozenset({"hit", "slap", "target", "punish", "threaten"})
UNDERGO_OR_HIT_VERBS = UNDERGO_VERBS | HIT_WITH_VERBS | FIRE_TAKING_VERBS


def undergone_measure_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``Russia faces new EU sanctions``, ``Iran was hit with new US sanctions``, ``Iraqi troops received
    heavy fire from ISIS fighters``: who undergoes a hostile measure is its target; the measure's modifier (or
    "by"/"from") names who takes it."""
    nouns = triggers()["nouns"]
    for verb in select_lemmas(doc, UNDERGO_OR_HIT_VERBS, pos=("VERB",)):
        lemma = verb.lemma_.lower()
        if lemma not in UNDERGO_OR_HIT_VERBS:
            continue
        subjects, passive = _subjects(verb, index)
        if not subjects:
            continue
        if lemma in UNDERGO_VERBS | FIRE_TAKING_VERBS and not passive:
            measures = [c for c in verb.children if c.dep_ in OBJ]
        elif lemma in HIT_WITH_VERBS and passive and not _agent(verb, index):
            measures = _pobjs(verb, ("with",))
        else:
            continue
        for noun in measures:
            entry = nouns.get(noun.lower_) or nouns.get(noun.lemma_.lower())
            fire = noun.lemma_.lower() in TAKEN_FIRE_NOUNS
            if lemma in FIRE_TAKING_VERBS and not fire:
                continue
            if fire:
                entry = {"relation": "attacks", "cameo": "190"}
            if entry is None or entry["relation"] not in ("sanctions", "coerces", "attacks", "threatens"):
                continue
            modifiers = [m for c in noun.children if c.dep_ in ("poss", "amod", "compound")
                         for m in [_actor_or_demonym(c, index)] if m is not None]
            authors = modifiers + _prep_actors(noun, ("by", "from"), index)
            if fire:
                # ("received fire from ISIS fighters": the parser hangs the shooter on the verb) Only armed
                # forces shoot: "took fire from critics" is criticism; but "received *Israeli* fire" is
                # the state's forces' fire.
                authors = [m for m in authors + _prep_actors(verb, ("from",), index)
                           if m.type in FORCE_TYPES or (m in modifiers and m.type == "Country")]
            # (the modality is the verb's: "could face sanctions" is no sanction; a town that "took fire" is
            # no party to the fighting)
            victims = [m for m in subjects if m.type not in PLACE_ONLY] if fire else subjects
            yield from _pairs(entry["relation"], [m for m in authors if m.type not in PLACE_ONLY], victims, verb,
                              index, doc_date, entry["cameo"], "undergone", 0.75, False)


#: Objects of a show of military force ("held *drills* near Taiwan").
DRILL_NOUNS = frozenset({"drill", "exercise", "manoeuvre", "maneuver", "manoeuver", "game", "wargame"})
#: Prepositions that put a show of force by another state ("*near* Taiwan", "*off* the coast of Japan").
NEAR_PREPS = frozenset({"near", "off", "around", "along", "toward", "towards"})


def show_of_force_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``China staged military drills near Taiwan``, ``Russia conducted exercises near the Ukrainian border``:
    exercises held alone next to another state are a show of force against it (CAMEO 150); held with a
    partner they are cooperation (the phrase lexicon's 062)."""
    support = frozenset(triggers()["support_verbs"]) | {"carry"}
    for verb in select_lemmas(doc, support, pos=("VERB",)):
        drills = [c for c in verb.children if c.dep_ in OBJ and c.lemma_.lower() in DRILL_NOUNS]
        if verb.lemma_.lower() not in support or not drills or _prep_actors(verb, ("with",), index) or any(
                a.lower_ in ("joint", "bilateral") or _prep_actors(d, ("with",), index)
                for d in drills for a in d.children):
            continue
        sources, passive = _subjects(verb, index)
        if passive or len(sources) != 1:
            continue
        own = {m.country for m in sources}
        targets = []
        for h in [verb] + drills:
            for p in _pobjs(h, NEAR_PREPS):
                found = actors_of(p, index) + (_prep_actors(p, ("of", "with"), index)
                                               if p.lemma_.lower() in BORDER_NOUNS | {"coast"} else [])
                targets += [_state_of(m) if m.type in PLACE_ONLY else m for m in found
                            if m.country and m.country not in own and m.type in PLACE_TYPES | {"Government"}]
        yield from _pairs("mobilizes", sources, list(dict.fromkeys(targets)), drills[0], index, doc_date, "150",
                          "show-of-force", 0.7, False)


#: Verbs of making someone do something, and what they are made to do when it is leaving.
ORDER_VERBS = frozenset({"order", "force", "compel", "instruct", "tell"})
LEAVE_VERBS = frozenset({"leave", "depart", "quit", "go", "exit"})


def ordered_out_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``Iraq ordered UN weapons inspectors to leave``, ``Eritrea ordered UN peacekeepers to leave the
    country``: ordering (forcing) someone to leave is expelling them, coded as the dictionary codes expelling
    them ('expel inspector', 'expel peacekeeper': 166; people: 174)."""
    phrases = codes.verb_lexicon()["phrases"]
    for verb in select_lemmas(doc, ORDER_VERBS, pos=("VERB",)):
        if verb.lemma_.lower() not in ORDER_VERBS or not any(
                c.dep_ == "xcomp" and c.lemma_.lower() in LEAVE_VERBS for c in verb.children):
            continue
        objects = [c for c in verb.children if c.dep_ in OBJ]
        sources, passive = _subjects(verb, index)
        if passive or not objects:
            continue
        obj = objects[0]
        hit = triggers()["phrase_overrides"].get(f"expel {obj.lemma_.lower()}") or phrases.get(
            f"expel {obj.lemma_.lower()}")
        relation, cameo = (hit["relation"], hit["cameo"]) if hit and hit.get("relation") else ("coerces", "174")
        leave = next(c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in LEAVE_VERBS)
        yield from _pairs(relation, sources, actors_of(obj, index), leave, index, doc_date, cameo, "ordered-out",
                          0.75, False)


#: Verbs that put a curfew, martial law or a state of emergency in force.
EMERGENCY_VERBS = frozenset({"declare", "impose", "proclaim", "extend", "introduce", "institute", "announce"})


def _emergency_measure(obj) -> Optional[str]:
    """The CAMEO code of a curfew (1723), martial law or a state of emergency (1724) that ``obj`` names."""
    lemma = obj.lemma_.lower()
    if lemma == "curfew":
        return "1723"
    if lemma == "law" and any(c.lower_ == "martial" for c in obj.lefts):
        return "1724"
    if lemma == "state" and any(p.lemma_.lower() in ("emergency", "siege") for p in _pobjs(obj, ("of",))):
        return "1724"
    return None


def emergency_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """``Thailand's government declared martial law``, ``Ethiopian authorities imposed a state of emergency``,
    ``The Algerian government imposed a curfew``: a state's organ putting its people under emergency rule
    coerces its state (CAMEO 1723, 1724; ICEWS codes a curfew in Cizre as Turkey coercing Turkey), or the
    state of the place it is imposed in. A state as subject ("Thailand declared martial law") acts
    through its government."""
    for verb in select_lemmas(doc, EMERGENCY_VERBS, pos=("VERB",)):
        if verb.lemma_.lower() not in EMERGENCY_VERBS:
            continue
        measures = [(o, code) for o in verb.children if o.dep_ in OBJ for code in [_emergency_measure(o)] if code]
        if not measures:
            continue
        sources, passive = _subjects(verb, index)
        organs = [m for m in sources if m.country and m.type in ("Government", "Country", "Military")]
        if passive or len(organs) != 1:
            continue
        obj, code = measures[0]
        place = _place_at(verb, index, set()) or _place_at(obj, index, set())
        target = place or _state_of(organs[0])
        # "Thailand declared martial law": a state named for its rulers is its government, which puts
        # the state's people under emergency rule (ICEWS: Government of X coerces X).
        source = _government_at(organs[0]) if organs[0].type == "Country" else organs[0]
        yield from _pairs("coerces", [source], [target], obj, index, doc_date, code, "emergency", 0.7, False)


#: Verbs of a communication whose object is the one addressed ("Carter *thanked* Abadi", "Votel *briefed*
#: the president"): CAMEO codes them as a statement (010), praise (051) or assurance (030), not as a
#: consultation, but the addressee was spoken to: the two communicated.
ADDRESS_VERBS = frozenset({"tell", "brief", "thank", "congratulate", "inform", "assure", "reassure", "update",
                           "notify", "apprise", "debrief", "welcome", "address"})
#: Of those, verbs of praise or greeting, said as often of a body far away ("thanked the Iraqi government for
#: its support", "welcomed the new government") as to people present ("welcomed Modi to the White House"):
#: only people are addressed by them.
PRAISE_VERBS = frozenset({"thank", "congratulate", "welcome"})
#: Verbs of a communication whose "to" object is the one addressed ("proposed the initiative *to* EU
#: leaders", "explained the plan *to* Iraqi officials"); not verbs of handing things over ("delivered aid
#: to"), whose object is the thing.
ADDRESS_TO_VERBS = frozenset({"propose", "present", "explain", "convey", "express", "outline", "relay",
                              "reiterate", "stress", "emphasise", "emphasize", "underline", "describe",
                              "say", "repeat", "write"})
#: Verbs of a communication whose "with" object is the one addressed ("raised the issue *with* the minister").
ADDRESS_WITH_VERBS = frozenset({"raise"})
#: Nouns for people who can be spoken to in person: officials (``MET_OFFICIAL_NOUNS``) and the people a
#: visiting official addresses ("thanked the troops", "briefed lawmakers").
ADDRESSEE_NOUNS = MET_OFFICIAL_NOUNS | {"delegation", "troop", "soldier", "personnel", "staff", "employee",
                                       "lawmaker", "legislator", "parliamentarian", "senator", "member",
                                       "partner", "colleague", "host", "governor", "mayor", "general"}
#: Bodies that sit and can be addressed as such ("briefed the Security Council"); a state cannot.
ADDRESSED_BODY_TYPES = frozenset({"Organisation", "InternationalOrganisation", "Government", "Military"})
#: What an organisation addressed must be called to be one that sits ("briefed the Armed Services
#: *Committee*"): a company, a party or a news agency ("told the German news agency") is not spoken to.
SITTING_BODY_WORDS = frozenset({"council", "committee", "assembly", "parliament", "congress", "senate", "cabinet",
                                "commission", "conference", "board", "panel"})
#: Verbs that report speech: "X told Y." after a quotation, or "X told Y" with nothing said, reports an
#: interview ("El-Sonni told DW"), not a meeting; only what they tell with a clause ("told Y that ...",
#: "told Y to ...") is addressed to Y.
REPORTING_VERBS = frozenset({"tell", "say"})


def _addressees(phrase, index: ActorIndex, people_only: bool = False) -> list[ActorMention]:
    """Who a communication verb's object or "to"/"with" object addresses, when it is someone present:
    a person ("thanked Abadi"), people named by a noun for officials ("proposed it to *EU leaders*",
    "told *Iraqi officials*": the body they speak for), or a sitting body ("briefed the Security
    Council"); not a state ("thanked Japan for its aid", said of a state, is no meeting), nor the media,
    nor a pronoun. With ``people_only`` (verbs of praise), not a body either: "thanked the Iraqi
    government for its support" is said of it, not to it."""
    out: list[ActorMention] = []
    for t in _conjuncts(phrase):
        m = index.at(t.i)
        if m is not None and m.head == t.i:
            if m.pronoun or (m.code or "").endswith("MED"):
                continue  # "told AFP", "told Al Jazeera": an interview, not a consultation
            if m.type == "Person" or (m.type in ADDRESSED_BODY_TYPES and (t.lemma_.lower() in ADDRESSEE_NOUNS or (
                    not people_only and (t.lemma_.lower() in SITTING_BODY_WORDS or m.type != "Organisation")))):
                out.append(m)
        elif t.lemma_.lower() in ADDRESSEE_NOUNS:
            # "*Iraqi* leaders", "*EU* foreign ministers", "leaders *of Hamas*", "the minister, *Ja'afari*"
            # (not "assured Iraqi leaders *of American support*": what they are assured of)
            # (not a person's: "told *Putin's* envoy" spoke to the envoy, not to Putin)
            found = [a for c in t.lefts if c.dep_ in ARG_MODIFIERS for a in [_actor_or_demonym(c, index)]
                     if a is not None and a.type != "Person"]
            found += [a for p in _pobjs(t, ("of",)) for a in [index.at(p.i)]
                      if a is not None and a.head == p.i and a.type in ADDRESSED_BODY_TYPES | ORG_TYPES]
            found += [a for c in t.rights if c.dep_ == "appos" for a in [index.at(c.i)]
                      if a is not None and a.type == "Person"]
            out.extend(_people_organ(a, t) if a.type == "Country" else a for a in found
                       if not a.pronoun and a.type not in PLACE_ONLY)
    return out


def _people_organ(state: ActorMention, noun) -> ActorMention:
    """The organ of ``state`` that people named by ``noun`` belong to: its military for soldiers ("*U.S.*
    troops", "*U.S.* service members"), else its government ("*Iraqi* leaders")."""
    from .actors import ORGANS, _sector

    if _sector(noun) != "MIL" and not (noun.lemma_.lower() == "member" and any(
            c.lower_ == "service" for c in noun.lefts)):
        return _government_at(state)
    suffix, type_, template = ORGANS["MIL"]
    return replace(state, actor_id=f"{state.country}{suffix}", label=template.format(_country_label(state.country)),
                   type=type_, code=f"{state.country}{suffix}")


def addressed_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """Communication addressed to someone present is a consultation (meets, CAMEO 040): "Carter thanked
    Abadi", "Obama told Netanyahu that ...", "Votel briefed Iraqi officials", "Mogherini proposed the
    initiative to EU leaders", "Johnson raised the issue with the Saudi foreign minister", "Abadi was
    briefed by Votel".

    The CAMEO verb dictionary codes these verbs by what is said (praise, a statement, an assurance), so
    the verb rule relates no consultation; whatever else they say it still does. Who is addressed must
    be someone who can be spoken to (see :func:`_addressees`); verbs the dictionary codes as a
    consultation already ("spoke with", "called") are the verb rule's.
    """
    lexicon = codes.verb_lexicon()
    for tok in select_lemmas(doc, ADDRESS_VERBS | ADDRESS_TO_VERBS | ADDRESS_WITH_VERBS, pos=("VERB",)):
        lemma = tok.lemma_.lower()
        if lemma not in ADDRESS_VERBS | ADDRESS_TO_VERBS | ADDRESS_WITH_VERBS:
            continue
        entry = _verb_entry(tok, lexicon)
        if entry is not None and entry[0] in ("meets", "visits"):
            continue
        if lemma in REPORTING_VERBS and not any(c.dep_ in ("ccomp", "xcomp") and c.i > tok.i for c in tok.children):
            continue
        subjects, passive = _subjects(tok, index)
        if passive:
            if lemma not in ADDRESS_VERBS:
                continue
            # "Abadi was briefed by Votel": the subject is addressed.
            sources = _agent(tok, index)
            targets = [m for c in tok.children if c.dep_ in PASSIVE_SUBJ
                       for m in _addressees(c, index, lemma in PRAISE_VERBS)]
        else:
            sources = subjects
            if lemma in ADDRESS_VERBS:
                phrases = [c for c in tok.children if c.dep_ in ("dobj", "obj", "dative")]
            else:
                preps = ("with",) if lemma in ADDRESS_WITH_VERBS else ("to",)
                phrases = _pobjs(tok, preps) + [p for c in tok.children if c.dep_ == "dative" and c.pos_ == "ADP"
                                                 and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]
                # "proposed the initiative to EU leaders": the parser may hang the "to" on the object
                phrases += [p for c in tok.children if c.dep_ in OBJ for p in _pobjs(c, preps)]
            targets = [m for p in phrases for m in _addressees(p, index, lemma in PRAISE_VERBS)]
        # (not whose envoy or spokesman spoke: "*Obama's* envoy told Netanyahu" is no word from Obama)
        sources = [s for s in sources if s.type not in PLACE_ONLY and not s.pronoun
                   and not (s.type == "Person" and doc[s.head].dep_ == "poss")]
        yield from _pairs("meets", sources, targets, tok, index, doc_date, "040", "addressed", 0.7, False)


#: Prepositions that place a member inside a body ("working with Turkey *within* NATO").
INSIDE_BODY_PREPS = frozenset({"within", "inside"})
#: Nouns of a member's part in a body, through which "within" says whose it is ("Germany's *role* within the
#: EU", "France plays a leading *role* inside the EU"); not "influence" or "divisions" one may have or sow
#: in a body one is not part of.
MEMBER_PART_NOUNS = frozenset({"role", "seat", "place", "position", "voice", "vote", "veto", "membership", "status"})
#: Bodies one can be inside of as a member: states and organisations in a multilateral body, people in
#: any body (a state is in no government: "Iran's allies within the Iraqi government").
WITHIN_BODY_TYPES = ORG_TYPES


def _inside_members(prep, index: ActorIndex) -> list[ActorMention]:
    """Who a "within"/"inside" phrase places in the body: the actor it modifies ("Turkey within NATO"), the
    owner of a part it modifies ("Germany's role within the EU"), or, on a verb with no object but such
    a part, its subject and the ones it acts with ("Britain works closely with Poland within NATO")."""
    head = prep.head
    if head.pos_ in ("NOUN", "PROPN"):
        own = [m for m in [index.at(head.i)] if m is not None and m.head == head.i]
        if own:
            return own
        if head.dep_ == "appos":
            # "Mahmoud al-Zahar, a hardliner within Hamas", "the YPG, the main force within the SDF"
            return [m for m in [index.at(head.head.i)] if m is not None and m.head == head.head.i]
        if head.dep_ == "attr":
            # "the YPG is the main force within the SDF"
            return [m for c in head.head.children if c.dep_ in SUBJ for m in [index.at(c.i)]
                    if m is not None and m.head == c.i]
        if head.lemma_.lower() not in MEMBER_PART_NOUNS:
            return []
        owners = [m for c in head.children if c.dep_ == "poss" for m in _named(c, index, MEMBER_TYPES | {"Person"})]
        if owners or head.dep_ not in OBJ or head.head.pos_ != "VERB":
            return owners
        head = head.head
    if head.pos_ != "VERB" or any(c.dep_ in OBJ and c.lemma_.lower() not in MEMBER_PART_NOUNS
                                  for c in head.children):
        return []  # "sowed divisions within NATO": what is done there, not who is there
    subjects, passive = _subjects(head, index)
    if passive:
        return []
    return subjects + [m for p in _pobjs(head, ("with", "alongside")) for m in actors_of(p, index, modifiers=False)]


def inside_body_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """Members placed inside a body: "working closely with Turkey within NATO", "Germany's role within
    the EU", "Spain plays a leading role inside the European Union": member-of the body.

    The body must be named as one (an organisation, not a state: "fighters inside Syria" are in it, not
    members of it); the members are states, their organs, organisations and people.
    """
    for prep in select(doc, lower=tuple(INSIDE_BODY_PREPS)):
        if prep.dep_ != "prep":
            continue
        bodies = [m for p in prep.children if p.dep_ == "pobj" for m in _named(p, index, WITHIN_BODY_TYPES)]
        if not bodies:
            continue
        members = [m for m in _inside_members(prep, index)
                   if (m.type in MEMBER_TYPES or m.type == "Person") and not m.pronoun]
        for body in bodies:
            for member in dict.fromkeys(members):
                r = _make("member-of", member, body, prep, index, doc_date, None, "inside-body", 0.7)
                if r is not None:
                    # "will keep working with Poland within NATO": the act is to come, the membership is
                    yield replace(r, modality="asserted")


#: Nouns for the members of a body when said of "other" ones ("Hungary and *other members* of the EU",
#: "France and other coalition *partners*", "Spain, like other NATO *members*").
FELLOW_MEMBER_NOUNS = frozenset({"member", "partner", "state", "country", "nation", "signatory", "ally"})
#: Nouns that name members only together with a body or the word "member" ("other *EU countries*", "other
#: *member states*"); alone they name any states ("Iraq and other Arab countries").
FELLOW_STATE_NOUNS = frozenset({"state", "country", "nation"})


def _fellow_bodies(noun, index: ActorIndex) -> list[ActorMention]:
    """The body whose members ``noun`` names: its "of" object ("members of the EU") or a name modifying it
    ("NATO members", "EU member states")."""
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "nmod", "poss")]
    # "EU member states": the name modifies "member"
    mods += [g for c in mods if c.lower_ == "member" for g in c.lefts if g.dep_ in ("compound", "nmod", "poss")]
    return [m for p in _pobjs(noun, ("of",)) for m in _named(p, index, BODY_TYPES)] + \
        [m for c in mods for m in _named(c, index, BODY_TYPES)]


#: Prepositions by which a clause's subject acts together with others ("worked *with* other member states").
WITH_OTHERS_PREPS = frozenset({"with", "alongside", "among"})


def _with_the_others(noun) -> bool:
    """Whether ``noun`` names those a verb's subject acts together with: the object of "with", "alongside",
    "among" on a verb ("worked with other member states"), or of "join" ("joined other EU members in ...")."""
    if noun.dep_ == "pobj" and noun.head.lower_ in WITH_OTHERS_PREPS:
        return noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB"
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() == "join"


def _sole_bloc(noun, index: ActorIndex) -> list[ActorMention]:
    """The body "other member states" belong to when the noun names none: the one international
    organisation its sentence names ("worked with other member states to secure new *EU* sanctions"); none
    when the sentence names no such body or several, or when the noun does not say "member" ("worked with other
    partners to secure EU sanctions": partners of anyone)."""
    if noun.lemma_.lower() != "member" and not any(c.lower_ == "member" for c in noun.lefts):
        return []
    sent = noun.sent
    blocs = {m.actor_id: m for m in index if sent.start <= m.token_start < sent.end
             and m.type == "InternationalOrganisation" and not m.pronoun}
    return list(blocs.values()) if len(blocs) == 1 else []


def _listed_members(noun, index: ActorIndex, types: frozenset,
                    preps: tuple = ("including", "like", "as")) -> list[ActorMention]:
    """The actors of ``types`` that a list after ``noun`` names as some of those it stands for: "EU member states,
    *including Austria and Hungary*", "NATO members *such as Turkey*", "member states, *notably France and
    Belgium*" (an apposition a focusing word opens: :data:`FOCUS_WORDS`)."""
    doc = noun.doc
    listed = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
              and (c.lower_ != "as" or any(g.lower_ == "such" for g in c.lefts) or noun.i + 1 < c.i
                   and doc[c.i - 1].lower_ == "such")
              for p in c.children if p.dep_ == "pobj"]
    listed += [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i
               and any(g.dep_ == "advmod" and g.lower_ in FOCUS_WORDS for g in c.lefts)]
    return [m for p in listed for m in _named(p, index, types)]


#: Who a body's list names as its members ("the coalition, including France and Britain"): states and their organs.
LISTED_MEMBER_TYPES = frozenset({"Country", "Government", "Military"})


def listed_member_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """States a body's own name is followed by a list of: "the coalition, including France and Britain, ...",
    "NATO, notably Turkey and Greece, ...", "the EU, such as Germany": each listed state is a member-of the
    body (a list after its members' noun is :func:`fellow_member_rule`'s).

    Only a body named alone (not "the EU and NATO, including France": whose member?), only states and their
    organs (not "Hezbollah, including its commander ...") and, of the bodies the text names by a common noun,
    only the coalition (not "armed groups, including ISIS": a kind, not a body).  Not "such as" or "like", and
    not after a body that is a preposition's object: the parser hangs there on the body the list of the noun
    before it ("exporters to the EC, such as Senegal", "imports from the EU, including France").
    """
    for body in index:
        if body.type not in BODY_TYPES or body.pronoun or is_generic(body.actor_id) and body.label != "coalition":
            continue
        noun = doc[body.head]
        if noun.conjuncts or noun.lower_ in ("groups", "coalitions") or noun.pos_ not in ("NOUN", "PROPN") \
                or noun.dep_ == "pobj" and noun.head.lower_ != "by":
            continue
        for member in dict.fromkeys(_listed_members(noun, index, LISTED_MEMBER_TYPES, ("including",))):
            if body.country is None or member.country != body.country:
                r = _make("member-of", member, body, noun, index, doc_date, None, "listed-member", 0.7)
                if r is not None:
                    yield replace(r, modality="asserted")


def fellow_member_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """Members named beside the others: "Hungary and other members of the EU", "France and other partners
    of the coalition", "Spain, like (unlike) other NATO members", "EU member states, including Austria and
    Hungary", "NATO members such as Turkey": each named one is a member-of the body; so is who acts with the
    others ("The UK has worked with other member states to secure new EU sanctions": "member states" name
    no body, and the one international organisation the sentence names is theirs).
    """
    for noun in select_lemmas(doc, FELLOW_MEMBER_NOUNS, pos=("NOUN",)):
        lemma = noun.lemma_.lower()
        if lemma not in FELLOW_MEMBER_NOUNS:
            continue
        other = any(c.dep_ == "amod" and c.lower_ in ("other", "fellow") for c in noun.children)
        bodies = _fellow_bodies(noun, index) or (_sole_bloc(noun, index) if other else [])
        if not bodies:
            continue
        if lemma in FELLOW_STATE_NOUNS and not any(c.lower_ == "member" for c in noun.lefts) \
                and not any(c.dep_ in ("compound", "nmod") for c in noun.lefts if index.at(c.i) is not None):
            continue
        members: list[ActorMention] = []
        if other and noun.dep_ == "conj":
            # "Hungary and other members of the EU"
            first = noun.head
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            members = [m for t in [first] + list(first.conjuncts) if t.i != noun.i
                       for m in [index.at(t.i)] if m is not None and m.head == t.i]
        elif other and noun.dep_ == "pobj" and noun.head.lower_ in ("like", "unlike"):
            # "Spain, like other NATO members, ...": said of the subject or the noun it follows
            up = noun.head.head
            members = _named(up, index, MEMBER_TYPES) if up.pos_ in ("NOUN", "PROPN") else \
                [m for c in up.children if c.dep_ in SUBJ for m in _named(c, index, MEMBER_TYPES)]
        elif other and _with_the_others(noun):
            # "The UK has worked with other member states", "Britain joined fellow NATO members in ...":
            # who acts together with the other members is one of them; not who only would or will ("Turkey
            # would work with other EU member states if it joined": a candidate's)
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head
            subjects, passive = _subjects(verb, index)
            members = [] if passive or modality(verb) != "asserted" else subjects
        members += _listed_members(noun, index, MEMBER_TYPES)
        members = [m for m in members if m.type in MEMBER_TYPES and not m.pronoun]
        for body in bodies:
            for member in dict.fromkeys(members):
                if member.actor_id != body.actor_id:
                    r = _make("member-of", member, body, noun, index, doc_date, None, "fellow-member", 0.7)
                    if r is not None:
                        # a membership said in passing is no act: "Britain, unlike other EU members, did not
                        # adopt the euro" is still a member
                        yield replace(r, modality="asserted")


#: Nouns for the body that governs under a head of state or government ("Abadi and his *government*").
OWN_GOVERNMENT_NOUNS = frozenset({"government", "cabinet", "administration", "regime"})


def _state_led_by(person: ActorMention, index: ActorIndex, doc_date=None) -> Optional[str]:
    """The state ``person`` is said (by a title in the document) or known (the gazetteer's leaders, not
    before their first term) to lead, if any."""
    for role in index.roles:
        if role.person.actor_id == person.actor_id and role.leader and not role.former \
                and role.organ.type in ("Country", "Government") and role.organ.country:
            return role.organ.country
    known = (index.leaders or {}).get(person.actor_id)
    return known.country if known is not None and not (doc_date is not None and known.ahead(doc_date)) else None


def own_government_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Prime Minister Abadi and his government", "President Erdogan and his cabinet", "Assad and his
    regime": the head of a state leads the government named as his; the government is the mention
    "his government" itself.

    Only for a person the document titles (or the gazetteer knows) as the head of a state: "the minister
    and his government" is a member's, not a leader's.
    """
    for noun in select_lemmas(doc, OWN_GOVERNMENT_NOUNS, pos=("NOUN",)):
        if noun.lemma_.lower() not in OWN_GOVERNMENT_NOUNS or noun.dep_ != "conj":
            continue
        poss = [c for c in noun.lefts if c.dep_ == "poss" and c.lower_ in ("his", "her")]
        if not poss:
            continue
        person = index.at(noun.head.i)
        if person is None or person.type != "Person" or person.pronoun or person.head != noun.head.i:
            continue
        iso = _state_led_by(person, index, doc_date)
        if iso is None:
            continue
        span = doc[poss[0].i:noun.i + 1]
        government = replace(_government_at(person, iso), surface=span.text, start=span.start_char,
                             end=span.end_char, token_start=span.start, token_end=span.end, head=noun.i)
        r = _make("leader-of", person, government, noun, index, doc_date, None, "own-government", 0.8)
        if r is not None:
            yield replace(r, modality="asserted")


#: Nouns for the head of a military body in apposition to a name ("General Votel, *head* of U.S. Central
#: Command", "the *chief* of the Iraqi army, General Ghanimi"); a title before a name is role_rule's, and
#: the head of another body is a title too (see actors._roles), which leaves military bodies.
MILITARY_HEAD_NOUNS = frozenset({"head", "chief"})


def military_head_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"General Votel, head of U.S. Central Command", "the chief of the Iraqi army, General Ghanimi":
    the person leads the military body (as its commander does: :func:`command_rule`)."""
    for noun in select(doc, lower=tuple(MILITARY_HEAD_NOUNS)):
        if noun.pos_ != "NOUN" or any(c.lower_ in DEPUTY_WORDS for c in noun.lefts):
            continue
        bodies = [m for p in _pobjs(noun, ("of",)) for m in actors_of(p, index, modifiers=False)
                  if m.type == "Military" and not m.pronoun]
        if not bodies:
            continue
        people = [c for c in noun.rights if c.dep_ == "appos"] + ([noun.head] if noun.dep_ == "appos" else [])
        leaders = [m for c in people for m in _named(c, index, frozenset({"Person"})) if not m.pronoun]
        for person in dict.fromkeys(leaders):
            for body in dict.fromkeys(bodies):
                r = _make("leader-of", person, body, noun, index, doc_date, None, "military-head", 0.75)
                if r is not None:
                    yield replace(r, modality="asserted")


#: Nouns of a meeting held ("talks", "meeting", "a phone call", "a conversation") whose holder the noun
#: itself may not name ("*In a phone call with* Abadi, Carter praised ...").
MEETING_EVENT_NOUNS = frozenset({"meeting", "talk", "talks", "summit", "consultation", "discussion", "conversation",
                                 "call", "negotiation", "dialogue", "contact"})
#: Occasions held together with someone or for them ("held a press *conference* with Obeidi", "hosted a
#: *dinner* for NATO leaders"): who holds them meets those.
JOINT_OCCASION_NOUNS = frozenset({"conference", "dinner", "lunch", "breakfast", "reception", "briefing"})
#: Verbs of holding such an occasion.
HOLD_VERBS = frozenset({"hold", "host", "give", "have", "attend", "co-host", "cohost"})
#: Prepositions that set a clause during or after a meeting (not before one, which may not happen).
MEETING_TIME_PREPS = frozenset({"during", "in", "at", "after", "following", "on"})
#: Verbs whose object is one's company at talks "for" which they are said ("*joined* the US Secretary
#: of State for talks", "*hosted* the Emir for talks"); not "invited" or "called for talks" (yet to come).
COMPANY_VERBS = frozenset({"join", "host", "receive", "welcome"})
#: Verbs of taking part in a meeting ("attended a meeting of coalition defence ministers").
ATTEND_VERBS = frozenset({"attend", "chair", "co-chair", "cochair", "join", "host", "convene", "address"})


def _meeting_noun(noun) -> bool:
    lemma = noun.lemma_.lower()
    if lemma == "call":
        return any(c.lower_ in ("phone", "telephone") for c in noun.lefts)  # not "a call for restraint"
    return lemma in MEETING_EVENT_NOUNS or noun.lower_ in MEETING_EVENT_NOUNS


def meeting_scene_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """A meeting that frames the clause is held by the clause's subject: "During his meeting with
    President Ghani, the Secretary discussed ...", "In a phone call with Abadi, Carter praised ...",
    "Kerry and Lavrov agreed on a ceasefire after talks in Geneva" (with each other), "The Defence
    Secretary attended a meeting of coalition defence ministers" (the ministers' body).

    Only where the noun names no holder itself ("Carter's meeting with Abadi", "talks by X": the noun
    rule's), and not for a meeting still to come ("before talks with Y").
    """
    nouns = triggers()["nouns"]
    for noun in select(doc, pos=("NOUN",)):
        held_by_verb = noun.dep_ in OBJ and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in HOLD_VERBS
        occasion = noun.lemma_.lower() in JOINT_OCCASION_NOUNS
        # "had a phone conversation with Y" (talks held are the noun rule's: "held talks with Y")
        held = held_by_verb and (occasion or (_meeting_noun(noun) and noun.lower_ not in nouns
                                              and noun.lemma_.lower() not in nouns))
        if not (_meeting_noun(noun) or held):
            continue
        if any(c.dep_ in ("poss", "compound", "amod", "nmod") and (m := index.at(c.i)) is not None and not m.pronoun
               for c in noun.lefts) or _pobjs(noun, ("by",)):
            continue
        frame = noun.head
        guests = []
        if noun.dep_ == "pobj" and frame.lower_ in MEETING_TIME_PREPS and frame.head.pos_ in ("VERB", "AUX"):
            verb, attended = frame.head, False
        elif noun.dep_ == "pobj" and frame.lower_ == "for" and frame.head.pos_ == "VERB" \
                and frame.head.lemma_.lower() in COMPANY_VERBS:
            # "joined Kerry and Lavrov for talks", "hosted the Emir for talks": the company is the object
            verb, attended = frame.head, False
            guests = [m for c in verb.children if c.dep_ in ("dobj", "obj") for m in actors_of(c, index)]
            if not guests:
                continue
        elif held or (noun.dep_ in ("dobj", "obj") and frame.pos_ == "VERB" and frame.lemma_.lower() in ATTEND_VERBS):
            verb, attended = frame, True
        else:
            continue
        sources, passive = _subjects(verb, index)
        sources = [s for s in sources if s.type not in PLACE_ONLY and not s.pronoun]
        if passive or not sources:
            continue
        targets = guests + [m for p in _pobjs(noun, ("with",)) for m in actors_of(p, index)]
        if attended:
            # "a meeting of coalition defence ministers": the body they sit for; "a dinner for NATO leaders"
            targets += [m for p in _pobjs(noun, ("of", "for") if occasion else ("of",)) for m in _addressees(p, index)]
        targets = [t for t in targets if t.type not in PLACE_ONLY and t not in sources]
        mutual = not targets and not attended and len(sources) >= 2
        # (the company's verb carries the tense: "confirmed that the leaders would join Gadhafi for a summit
        # Sunday" is planned, as "said they would meet him" is)
        yield from _pairs("meets", sources, targets, verb if guests else noun, index, doc_date, "040",
                          "meeting-scene", 0.7, mutual)


#: Verbs of making something public: said by two people together ("Kerry and Lavrov announced a
#: cessation of hostilities") they agreed on it with each other first.
JOINT_STATEMENT_VERBS = frozenset({"announce", "unveil", "launch", "present", "issue", "declare"})
#: What is exchanged in a communication ("exchanged *views* with Y"), not in a fight ("exchanged fire").
EXCHANGED_WORDS = frozenset({"view", "message", "letter", "idea", "greeting", "note", "opinion", "assessment"})


#: Adverbs by which people named together act each on their own ("*separately* announced").
APART_ADVERBS = frozenset({"separately", "independently", "respectively", "individually", "each"})


def joint_statement_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """People announcing together consulted each other: "Kerry and Lavrov announced a cessation of
    hostilities", "Ambassador Jones and Minister Rawanduzi announced a grant" (meets, mutual); and "X
    discussed the crisis with Y", where the parser hangs the "with" on what was discussed.

    Only named people as the coordinated subjects of one verb: states or bodies said to announce the
    same thing ("Russia and Iran announced ...") may each have done so on its own.
    """
    lexicon = codes.verb_lexicon()
    for verb in select(doc, pos=("VERB",)):
        lemma = verb.lemma_.lower()
        # The cheap tests of the three branches first: _subjects is the costly part.
        exchange = lemma == "exchange" and any(c.dep_ in OBJ and c.lemma_.lower() in EXCHANGED_WORDS
                                               for c in verb.children)
        entry = None
        if lemma not in JOINT_STATEMENT_VERBS and not exchange:
            entry = _verb_entry(verb, lexicon)
            if entry is None or entry[0] != "meets" or _pobjs(verb, ("with",)):
                continue
        subjects, passive = _subjects(verb, index)
        if passive:
            continue
        if lemma in JOINT_STATEMENT_VERBS:
            people = [s for s in subjects if s.type == "Person" and not s.pronoun]
            # (not "Kerry and Lavrov *separately* announced sanctions": each on his own)
            if len(people) >= 2 and len(people) == len(subjects) \
                    and all(c.dep_ != "prep" or c.lower_ != "with" for c in verb.children) \
                    and not any(c.lower_ in APART_ADVERBS for c in verb.children):
                yield from _pairs("meets", people, [], verb, index, doc_date, "040", "joint-statement", 0.65, True)
        elif exchange:
            # "exchanged views with Lavrov", "Kerry and Lavrov exchanged messages"
            targets = [m for h in [verb] + [c for c in verb.children if c.dep_ in OBJ]
                       for p in _pobjs(h, ("with",)) for m in _addressees(p, index)]
            people = [s for s in subjects if s.type not in PLACE_ONLY and not s.pronoun]
            yield from _pairs("meets", people, targets, verb, index, doc_date, "040", "exchange", 0.7, not targets)
        else:
            # "discussed the crisis with Zarif": the verb's own "with" is the verb rule's
            targets = [m for c in verb.children if c.dep_ in OBJ and index.at(c.i) is None
                       for p in _pobjs(c, ("with",)) for m in actors_of(p, index) if m.type not in PLACE_ONLY]
            yield from _pairs("meets", subjects, targets, verb, index, doc_date, entry[1], "meets-object-with", 0.7,
                              False)


#: Verbs of becoming a member ("Montenegro *joined* NATO", "he *joined* ISIL in 2014").
JOIN_VERBS = frozenset({"join", "rejoin"})
#: Verbs whose "to" complement is happening ("fighters *continue* to join the SDF").
ONGOING_VERBS = frozenset({"continue", "keep", "begin", "start"})
#: Bodies one joins as a member: multilateral bodies and coalitions for states and organisations, armed
#: groups and organisations for people (not a state or its army: "joined Syrian forces in the offensive"
#: is fighting alongside them).
JOINED_TYPES = ORG_TYPES
#: Words naming an organisation that states and bodies join ("the coalition", "the Arab League"); other
#: organisations are joined by people (a ship "joining U.S. ships" sails with them).
MULTILATERAL_WORDS = frozenset({"coalition", "alliance", "union", "league", "organisation", "organization",
                                "council", "bloc", "pact", "forum", "community", "partnership", "group"})


def joined_body_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Montenegro joined NATO", "Turkey joined the coalition against ISIL in 2015", "He joined ISIL in
    2014": member-of the body (planned or negated as the verb is: "Sweden applied to join NATO").

    Not joining someone in an act ("Russia joined the UN in calling for a ceasefire", "joined the
    coalition in airstrikes", "joined the US for talks"): that is doing it with them.
    """
    for verb in select_lemmas(doc, JOIN_VERBS, pos=("VERB",)):
        if verb.lemma_.lower() not in JOIN_VERBS:
            continue
        if verb.tag_ == "VBG" or (any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                                  and verb.head.lemma_.lower() not in ONGOING_VERBS):
            # "applied (wants, was invited) to join NATO": not a member yet ("fighters continue to join the SDF"
            # are); "is joining U.S. ships": with them
            continue
        if any(c.dep_ == "prep" and (c.lower_ == "for" or (c.lower_ == "in" and any(
                p.dep_ == "pcomp" or (p.dep_ == "pobj" and not p.ent_type_ == "DATE" and not p.like_num)
                for p in c.children))) for c in verb.children):
            continue
        subjects, passive = _subjects(verb, index)
        if passive:
            continue
        bodies = [m for c in verb.children if c.dep_ in ("dobj", "obj") for m in _named(c, index, JOINED_TYPES)
                  if not m.pronoun]
        for body in bodies:
            for member in subjects:
                if member.pronoun or member.type not in MEMBER_TYPES | {"Person"} or (
                        body.type == "ArmedGroup" and member.type not in ("Person", "ArmedGroup", "Organisation")):
                    continue  # "Hezbollah joined ..." yes; a state joins no armed group
                if member.type != "Person" and body.type == "Organisation" \
                        and doc[body.head].lemma_.lower() not in MULTILATERAL_WORDS \
                        and not (member.type == "Military" and is_task_force(body)):
                    continue  # (a warship or a state's forces join a task force: "HMAS Sydney joined CTF 150")
                yield from _opt(_make("member-of", member, body, verb, index, doc_date, None, "joined", 0.75))


#: Prepositions that tie a person's description to the body he works in ("a fighter *from* Hezbollah",
#: "professor of International Relations *at* Karachi University", "a commander *with* the FSA").
AFFILIATION_PREPS = frozenset({"at", "from", "with"})
#: Bodies a person can belong to (not a state or a place: "a refugee from Aleppo").
AFFILIATION_TYPES = ORG_TYPES | {"Military"}


def affiliation_phrase_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """A person described as one of a body's people: "Ali Hussein, a fighter from Hezbollah", "X,
    professor of International Relations at Karachi University", "X is executive director of the
    Institute at Johns Hopkins University" (of both): member-of the body.

    The description is a common noun in apposition to the person (or the complement of "is"), and the
    body is named in its "at"/"from"/"with" phrase or in an "at" phrase hanging on its "of" object; a
    title the actor index already read (a role) is :func:`role_rule`'s.
    """
    titled = {(r.person.actor_id, r.organ.actor_id) for r in index.roles}
    for noun in select(doc, pos=("NOUN",)):
        if index.at(noun.i) is not None:
            continue
        heads = []
        if noun.dep_ == "appos":
            heads = [noun.head]
        elif noun.dep_ == "attr":
            heads = [c for c in noun.head.children if c.dep_ in SUBJ]
            if noun.head.dep_ == "relcl" and all(c.lower_ in RELATIVE_PRONOUNS for c in heads):
                heads = [noun.head.head]  # "Abu Omar, who is a member of the Nusra Front"
        # "the spokesman for the Iraqi army, Brigadier General Yahya Rasool"
        heads += [c for c in noun.rights if c.dep_ == "appos"]
        people = [m for c in heads for m in [index.at(c.i)] if m is not None and m.type == "Person" and not m.pronoun]
        if not people:
            continue
        lemma = noun.lemma_.lower()
        # "a member of the Nusra Front", "a spokesman for the army": the noun's own "of" or "for" is the body's
        preps = AFFILIATION_PREPS | ({"of"} if lemma in MEMBERSHIP_NOUNS else set()) | (
            {"for", "of"} if lemma in SPOKESPEOPLE_NOUNS - {"leader", "head", "chief", "minister"} else set())
        # "professor of International Relations at Karachi University": the body may hang on the "of" object
        # (whose own name, "of International Relations", is the field, or the title's body: role_rule's)
        objects = _pobjs(noun, preps) + [q for p in _pobjs(noun, ("of",)) for q in _pobjs(p, ("at",))]
        bodies = [m for p in objects for m in _named(p, index, AFFILIATION_TYPES) if not m.pronoun]
        for person in people:
            for body in dict.fromkeys(bodies):
                if (person.actor_id, body.actor_id) in titled:
                    continue
                r = _make("member-of", person, body, noun, index, doc_date, None, "affiliation", 0.7)
                if r is not None:
                    yield replace(r, modality="asserted")


#: Participles of what a body is made of ("the SDF, *made up of* Kurdish and Arab groups", "a coalition
#: *composed of* 60 states", "the alliance, *consisting of* X and Y"), each with its particle or preposition.
COMPOSED_OF = {"make": "up", "compose": "of", "consist": "of", "comprise": "of"}


def composed_of_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"The SDF, made up of the YPG and the Syrian Arab Coalition", "the coalition is composed of 60
    states", "an alliance consisting of Hamas and Islamic Jihad": each named part is a member-of the body."""
    for verb in select_lemmas(doc, COMPOSED_OF, pos=("VERB",)):
        particle = COMPOSED_OF.get(verb.lemma_.lower())
        if particle is None:
            continue
        if particle == "up":
            if not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
                continue
            parts = _pobjs(verb, ("of",)) + [p for c in verb.children if c.dep_ == "prt" for p in _pobjs(c, ("of",))]
        else:
            parts = _pobjs(verb, ("of",))
        if verb.dep_ in ("acl", "relcl") or (verb.dep_ == "advcl" and verb.head.pos_ in ("NOUN", "PROPN")):
            wholes = [verb.head]
        else:
            wholes = [c for c in verb.children if c.dep_ in SUBJ + PASSIVE_SUBJ]
        bodies = [m for w in wholes for m in _named(w, index, UNIT_TYPES) if not m.pronoun]
        members = [m for p in parts for m in _named(p, index, MEMBER_TYPES | {"Person"}) if not m.pronoun]
        for body in bodies:
            for member in dict.fromkeys(members):
                r = _make("member-of", member, body, verb, index, doc_date, None, "composed-of", 0.75)
                if r is not None:
                    yield replace(r, modality="asserted")


#: Nouns of a sustained armed effort whose purpose clause names its enemy ("the campaign *to defeat ISIL*").
CAMPAIGN_NOUNS = frozenset({"campaign", "operation", "offensive", "fight", "war", "battle", "struggle", "effort",
                            "mission", "push", "drive", "strike", "airstrike", "assault", "onslaught",
                            "counteroffensive", "counter-offensive"})
#: Of those, the ones that are as often political (an election, a lobby) as armed.
POLITICAL_CAMPAIGN_NOUNS = frozenset({"campaign", "effort", "fight", "battle", "struggle", "push", "drive",
                                      "mission"})
#: Verbs of a hostile purpose that the lexicon codes as no attack (or not at all), but whose object an armed
#: campaign is fought against ("to *degrade* ISIL", "to *drive* the YPG from Afrin").
PURPOSE_ATTACK_VERBS = frozenset({"defeat", "destroy", "degrade", "crush", "eliminate", "eradicate", "dislodge",
                                  "oust", "expel", "drive", "rout", "dismantle", "weaken", "counter", "combat",
                                  "retake", "recapture", "liberate", "free", "clear", "fight", "root",
                                  "annihilate", "neutralize", "neutralise", "vanquish", "wipe", "hunt"})
#: Purpose verbs whose object is the place won back, and whose enemy is who it is won "from".
WINNING_BACK_VERBS = frozenset({"liberate", "free", "clear", "retake", "recapture", "drive", "expel", "oust",
                                "dislodge", "root", "wipe"})
#: Of those, the ones whose object is only ever the ground won ("to liberate *Kuwait*"), never the enemy.
PLACE_WON_VERBS = frozenset({"liberate", "free", "clear", "retake", "recapture"})
#: Verbs by which their subject carries on (or joins) an armed effort ("*launched* a campaign to destroy X").
CAMPAIGN_VERBS = frozenset({"launch", "conduct", "carry", "wage", "lead", "begin", "start", "continue", "mount",
                            "step", "intensify", "escalate", "resume", "join", "spearhead", "undertake", "pursue",
                            "prosecute", "expand", "press", "open"})
#: Nouns of trying to win a fight, whose hostile purpose clause is as much fought as a campaign's ("Baghdad's
#: *attempt* to drive ISIS out of Anbar"): an attempted attack is an attack (:func:`_attempted`).
ATTEMPT_NOUNS = frozenset({"bid", "attempt"})
#: Modifiers of a campaign that is not (yet) fought ("Iraq's *planned* offensive to retake Mosul").
UNFOUGHT_CAMPAIGN_WORDS = frozenset({"planned", "proposed", "possible", "potential", "future", "prospective",
                                     "expected", "anticipated", "upcoming", "imminent", "looming", "intended",
                                     "threatened", "rumoured", "rumored", "hypothetical"})


def _campaign_modality(noun) -> str:
    """The modality of a campaign (and so of the fighting it is for): as its noun's clause says ("will
    launch an offensive", "the offensive could begin"), but planned where a modifier says it is not fought yet."""
    found = modality(noun)
    if found == "asserted" and any(c.dep_ in ("amod", "compound") and c.lower_ in UNFOUGHT_CAMPAIGN_WORDS
                                   for c in noun.children):
        return "planned"
    return found


#: Actors that wage campaigns (not a person's or a crowd's "fight").
CAMPAIGNER_TYPES = frozenset({"Country", "Government", "Military", "ArmedGroup", "Organisation",
                              "InternationalOrganisation"})


#: Verbs of bringing about (or backing) what a campaign is for ("strikes *to enable* the defeat of ISIL").
ENABLING_VERBS = frozenset({"enable", "support", "help", "ensure", "facilitate", "hasten", "speed", "achieve",
                            "secure", "assist", "aid", "back"})
#: Nouns of an enemy's undoing, whose "of" object is whom it is brought on ("the *defeat* of ISIL").
DEFEAT_NOUNS = frozenset({"defeat", "destruction", "elimination", "expulsion", "ouster",
                          "degradation", "eradication", "annihilation", "rout", "dismantling"})


def _hostile_purpose(verb) -> bool:
    """Whether ``verb`` is an act an armed campaign is waged for ("defeat", "destroy", "drive out")."""
    entry = _verb_entry(verb, codes.verb_lexicon())
    return verb.lemma_.lower() in PURPOSE_ATTACK_VERBS or (entry is not None and entry[0] == "attacks")


def _to_clauses(tok, deps: tuple) -> list:
    """``tok``'s infinitive "to" clauses of dependency ``deps``, each with its verb conjuncts ("to degrade
    and destroy")."""
    out = []
    for c in tok.children:
        if c.dep_ in deps and c.pos_ == "VERB" and c.tag_ == "VB" \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            out += [c] + [x for x in c.conjuncts if x.i > c.i and x.pos_ == "VERB"]
    return out


def _purpose_acts(noun) -> list:
    """The hostile acts a campaign noun is for: "the campaign *to defeat* ISIL", "an operation *to drive* the
    YPG from Afrin and *destroy* its bases" (a "to" clause the parser hangs on the noun), "an operation
    *aimed at defeating* jihadists"."""
    acts = _hostile_acts(noun, ("acl", "relcl"))
    for c in noun.children:
        if c.dep_ == "acl" and c.lemma_.lower() == "aim":
            acts += [v for p in c.children if p.dep_ == "prep" and p.lower_ == "at" for v in p.children
                     if v.dep_ == "pcomp" and v.pos_ == "VERB" and _hostile_purpose(v)]
    return acts


def _enabled_enemies(verb, index: ActorIndex) -> list[ActorMention]:
    """Whom an armed act is done against by its purpose clause: "conducted strikes *to weaken the
    Houthis*", "... *to enable the defeat of ISIL*", "... *to support the offensive to defeat ISIL*"."""
    found: list[ActorMention] = []
    for act in _to_clauses(verb, ("advcl", "xcomp")):
        if _hostile_purpose(act):
            found += _purpose_enemies(act, index)
        elif act.lemma_.lower() in ENABLING_VERBS:
            # ("to enable the isolation of Raqqah and *defeat* of ISIL": each object named together)
            for obj in (o for c in act.children if c.dep_ in OBJ for o in _conjuncts(c)):
                if obj.lemma_.lower() in DEFEAT_NOUNS:
                    found += [m for p in _pobjs(obj, ("of",)) for m in actors_of(p, index, False)]
                elif obj.lemma_.lower() in CAMPAIGN_NOUNS:
                    acts = _purpose_acts(obj) + _hostile_acts(act, ("xcomp",))
                    found += _fight_enemies(obj, index, ("against",), acts)
    return [m for m in found if m.type not in PLACE_TYPES]


def _purpose_enemies(act, index: ActorIndex) -> list[ActorMention]:
    """Whom a campaign's purpose act is against: who ground is won back from ("to liberate Mosul *from
    ISIL*"), else the act's object ("to defeat *ISIL*"); a place won back is no enemy."""
    if act.lemma_.lower() in WINNING_BACK_VERBS:
        holders = [act] + [c for c in act.children if c.dep_ in OBJ or c.dep_ == "prt"]
        losers = [m for h in holders for p in _pobjs(h, ("from",)) for m in actors_of(p, index)]
        losers += [m for p in act.children if p.dep_ == "prep" and p.lower_ == "out"
                   for q in _pobjs(p, ("of",)) for m in actors_of(q, index)]
        losers = [m for m in losers if m.type not in PLACE_ONLY]
        if losers or act.lemma_.lower() in PLACE_WON_VERBS:
            return losers
    found = _objects(act, index, (), modifiers=False)
    found = found or [m for o in _stranded_objects(act) for m in actors_of(o, index, False)]
    return [m for m in found if m.type not in PLACE_TYPES]


def _stranded_objects(act) -> list:
    """The object the parser takes for a second subject of the clause above when the purpose clause of a
    subject noun has none: "Kenya's campaign to defeat *al-Shabaab* continues" (al-Shabaab made a subject
    of "continues", between the purpose verb and its own verb)."""
    noun = act.head
    if act.dep_ != "acl" or noun.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ in OBJ for c in act.children):
        return []
    verb = noun.head
    return [c for c in verb.children if c.dep_ == "nsubj" and act.i < c.i < verb.i and c.i != noun.i]


def _hostile_acts(tok, deps: tuple) -> list:
    """``tok``'s "to" clauses of dependency ``deps`` whose verb is a hostile purpose ("helping Iraq *to
    defeat* ISIL", "working with the Malian army *to hunt down* jihadists")."""
    return [v for v in _to_clauses(tok, deps) if _hostile_purpose(v)]


def _fight_enemies(head, index: ActorIndex, preps: tuple = ("against",), acts: Iterable = ()) -> list[ActorMention]:
    """Whom the fight ``head`` names is against: the actors of its enemy phrase among ``preps`` ("the fight
    *against ISIL*", "the war *on* the Taliban", "the recapture of Ramadi *from ISIS*") and the enemies of its
    hostile purpose ``acts`` ("to defeat ISIL", "to drive the YPG from Afrin"); a place is no enemy."""
    found = _prep_actors(head, preps, index) + [m for v in acts for m in _purpose_enemies(v, index)]
    found += [m for p in _restated_enemies(head, preps) for m in actors_of(p, index)]
    return [m for m in found if m.type not in PLACE_ONLY]


#: Words that single out one part of what precedes them ("against terrorism, *in particular* against ISIL").
FOCUS_WORDS = frozenset({"particular", "particularly", "especially", "notably", "specifically", "chiefly",
                         "mainly", "primarily", "above"})


def _restated_enemies(head, preps: tuple) -> list:
    """The objects of a phrase that narrows down ``head``'s own enemy phrase, which the parser hangs
    elsewhere: "their fight against terrorism, *in particular against ISIL*", "its war on terror, *especially
    against al-Shabaab*" (right after the enemy phrase, with the same preposition and a focusing word)."""
    own = [c for c in head.children if c.dep_ == "prep" and c.lower_ in preps]
    if not own:
        return []
    doc, end = head.doc, max(c.right_edge.i for c in own)
    i = end + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    # ("in particular against": the focusing phrase first, and then the preposition)
    while i < len(doc) and (doc[i].lower_ in FOCUS_WORDS or doc[i].lower_ in ("in", "all", "and")) and i - end < 5:
        i += 1
    prep = doc[i] if i < len(doc) else None
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in preps \
            or not any(t.lower_ in FOCUS_WORDS for t in doc[end + 1:prep.i]):
        return []
    return [p for p in prep.children if p.dep_ == "pobj"]


def _under_way(mentions: Iterable[RelationMention], lifted: tuple = ("planned",)) -> Iterator[RelationMention]:
    """The mentions of a fight that its frame presupposes is under way, whatever the clause above plans
    ("will support Iraq in *its* fight against ISIL", "tried to seize the airport from ISIL", "strengthened
    its defences against X"): those whose modality is among ``lifted`` are asserted."""
    for r in mentions:
        yield replace(r, modality="asserted") if r.modality in lifted else r


def _campaigners(noun, index: ActorIndex) -> list[ActorMention]:
    """Who wages a campaign whose own noun names no doer: the subject of the verb that launches, conducts
    or joins it ("*the United States* launched a campaign to ..."), or of the clause set "in" it ("In the
    campaign to defeat al-Shabaab, *Kenya* deployed troops")."""
    head = noun.head
    if noun.dep_ in OBJ and head.pos_ == "VERB" and head.lemma_.lower() in CAMPAIGN_VERBS:
        found, passive = _subjects(head, index)
        return [] if passive else found
    if noun.dep_ == "pobj" and head.lower_ == "in":
        verb = head.head
        if verb.pos_ == "ADV" and verb.dep_ == "advmod":
            verb = verb.head  # "*Elsewhere* in the campaign to defeat ISIL, the SDF have begun ..."
        if verb.pos_ in ("VERB", "AUX"):
            found, passive = _subjects(verb, index)
            return [] if passive else found
    return []


def campaign_purpose_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"The United States launched a campaign to destroy al-Qaeda", "Turkey began an operation to drive the
    YPG from Afrin", "In the campaign to defeat al-Shabaab, Kenya deployed troops": whoever wages an armed
    campaign attacks whom it is waged to defeat (190). The campaign noun is the trigger: one launched is
    under way, whatever its purpose clause leaves undone (which verb_rule files as planned)."""
    for noun in select_lemmas(doc, CAMPAIGN_NOUNS | ATTEMPT_NOUNS, pos=("NOUN",)):
        lemma = noun.lemma_.lower()
        if lemma not in CAMPAIGN_NOUNS | ATTEMPT_NOUNS:
            continue
        acts = _purpose_acts(noun)
        if not acts:
            continue
        doers = [m for c in noun.children if c.dep_ in DOER_MODIFIERS for m in _modifier_actors(c, index)]
        # ("efforts *by the Iraqi army* to retake Ramadi from ISIL")
        doers = doers or _prep_actors(noun, ("by",), index) or _campaigners(noun, index)
        doers = [m for m in doers if m.type in CAMPAIGNER_TYPES]
        enemies = _fight_enemies(noun, index, (), acts)
        if lemma in ATTEMPT_NOUNS or lemma in POLITICAL_CAMPAIGN_NOUNS:
            # A bid or an effort is no armed campaign of itself: "Russia's efforts to weaken NATO" are not,
            # nor "the Tories' campaign to defeat Labour": only one against an armed force is surely fought.
            enemies = [m for m in enemies if m.type in FORCE_TYPES]
        found = _pairs("attacks", doers, enemies, noun, index, doc_date, "190", "campaign-purpose", 0.7, False)
        yield from (replace(r, modality=mod) if (mod := _campaign_modality(noun)) != r.modality else r for r in found)
    for noun in select(doc, dep=OBJ):
        verb = noun.head
        if noun.lemma_.lower() not in CAMPAIGN_NOUNS | FIELD_ACT_NOUNS or verb.pos_ != "VERB" \
                or verb.lemma_.lower() not in CAMPAIGN_VERBS:
            continue
        # ("Jordan joined the campaign against ISIL": a campaign against an armed force is an armed one, where
        # "a campaign against the president" may be a political one)
        enemies = _enabled_enemies(verb, index) or [m for h in (noun, verb) for m in _fight_enemies(h, index)
                                                     if m.type in FORCE_TYPES]
        if enemies:
            doers, passive = _subjects(verb, index)
            if not passive:
                yield from _pairs("attacks", [m for m in doers if m.type in CAMPAIGNER_TYPES], enemies, noun, index,
                                  doc_date, "190", "campaign-purpose", 0.7, False)


    nouns = triggers()["nouns"]
    for noun in select(doc, lower=OPERATION_FIGHT_NOUNS):
        if noun.pos_ != "NOUN" or nouns.get(noun.lower_) or nouns.get(noun.lemma_.lower()):
            continue
        # "the need to continue coalition operations against Da'esh", "Kenyan operations against al-Shabaab":
        # operations by a named force against an armed one are its fight (not "a rescue operation", nor
        # operations against a state or a place, which may be police or political ones).
        doers = [m for c in noun.children if c.dep_ in DOER_MODIFIERS for m in _modifier_actors(c, index)
                 if m.type in CAMPAIGNER_TYPES]
        enemies = [m for m in _fight_enemies(noun, index) if m.type in FORCE_TYPES and m not in doers]
        found = _pairs("attacks", doers, enemies, noun, index, doc_date, "190", "campaign-purpose", 0.7, False)
        yield from (replace(r, modality=mod) if (mod := _campaign_modality(noun)) != r.modality else r for r in found)


#: Nouns of armed operations that the noun triggers leave out ("coalition *operations* against Da'esh").
OPERATION_FIGHT_NOUNS = frozenset({"operation", "operations"})


#: Verbs of helping someone to do something: the helper is party to what the helped one does.
HELPING_PURPOSE_VERBS = frozenset({"help", "assist", "aid", "support", "back", "enable", "train", "equip", "arm",
                                   "advise"})
#: Of those, the ones with no event code that a hostile purpose makes military cooperation (062); "support"
#: and "back" are support (verb_rule), "train" already cooperation (military_support_rule).
COOPERATING_VERBS = frozenset({"help", "assist", "aid"})


def helped_fight_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"The coalition is assisting the Iraqi government to degrade and destroy ISIL", "Russian advisers are
    helping Syrian troops to retake Aleppo from the rebels": who helps a force to defeat an enemy fights
    that enemy too (190), and, helping it, cooperates with it militarily (062)."""
    for verb in select_lemmas(doc, HELPING_PURPOSE_VERBS, pos=("VERB",)):
        lemma = verb.lemma_.lower()
        if lemma not in HELPING_PURPOSE_VERBS:
            continue
        acts = _hostile_acts(verb, ("xcomp", "advcl", "ccomp"))
        if not acts:
            continue
        helpers, passive = _subjects(verb, index)
        if passive:
            continue
        helpers = [m for m in helpers if m.type in CAMPAIGNER_TYPES]
        # (the parser makes the helped one the subject of the clause: "helping [the government to defeat ISIL]")
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        objs += [g for v in acts if v.dep_ == "ccomp" and v.head.i == verb.i for g in v.children if g.dep_ == "nsubj"]
        helped = [m for c in objs for m in actors_of(c, index, False) if m.type in ALLY_TYPES]
        enemies = _fight_enemies(verb, index, (), acts)
        # Only where the helped one is named: "helped to defeat ISIL" is the subject's own act (verb_rule).
        if not helped:
            continue
        enemies = [m for m in dict.fromkeys(enemies) if m not in helped]
        yield from _pairs("attacks", helpers, enemies, verb, index, doc_date, "190", "helped-fight", 0.7, False)
        if lemma in COOPERATING_VERBS and enemies:
            yield from _pairs("cooperates", helpers, helped, verb, index, doc_date, "062", "helped-fight", 0.7,
                              False)


#: Nouns of a fight someone is in, whose "against" object is the enemy ("in its *fight* against ISIL").
FIGHT_FRAME_NOUNS = frozenset({"fight", "war", "struggle", "campaign", "battle", "offensive", "effort", "efforts",
                               "operation", "operations"})
#: Verbs of backing someone "in" a fight, whose object is who fights ("supports Iraq in its fight against
#: ISIL", "stands with Afghanistan in the fight against the Taliban").
FIGHT_BACKING_VERBS = frozenset({"support", "back", "help", "assist", "aid", "stand", "join", "train", "equip",
                                 "arm", "partner", "work", "cooperate", "side", "reinforce", "assure", "reassure"})
#: Verbs of praising someone "for" a fight ("praised Baghdad for its campaign against the Islamic State").
FIGHT_PRAISING_VERBS = frozenset({"praise", "commend", "thank", "congratulate", "hail", "salute", "laud",
                                  "applaud", "credit", "reward"})
#: Nouns of backing, whose "for" (or "to", "with") object is who is backed in a fight ("support for Iraq in
#: the fight against ISIL", "solidarity with France in its fight against terrorism").
FIGHT_BACKING_NOUNS = frozenset({"support", "help", "assistance", "backing", "aid", "solidarity", "partnership",
                                 "cooperation", "commitment", "contribution"})


def _fight_holders(noun, index: ActorIndex) -> list[ActorMention]:
    """Who fights the fight ``noun`` names, by what its "in" (or "for") phrase qualifies: the object of a
    verb of backing ("backs *Somalia* in its war"), of praise ("praised *Baghdad* for its campaign"), the
    "for"/"to"/"with" object of a noun of backing ("support for *Iraq* in the fight"), or, for "its"/"their"
    fight, the subject of another verb with no actor object ("*Iraq* has made progress in its fight")."""
    prep = noun.head
    owned = any(c.dep_ == "poss" and c.lower_ in PLURAL_POSSESSIVES for c in noun.children)
    holder = prep.head
    lemma = holder.lemma_.lower()
    if holder.pos_ == "VERB":
        backing = [c for c in holder.children if c.dep_ in OBJ and c.lemma_.lower() in FIGHT_BACKING_NOUNS]
        if backing:
            # "reaffirmed its support for Mali in its struggle", "offered help to Syria in its fight": the
            # parser hangs the fight on the verb of the backing noun.
            return [m for c in backing for m in _prep_actors(c, ("for", "to", "with", "of"), index)]
        if (prep.lower_ == "in" and lemma in FIGHT_BACKING_VERBS) or (
                prep.lower_ == "for" and lemma in FIGHT_PRAISING_VERBS):
            objs = [c for c in holder.children if c.dep_ in ("dobj", "obj")]
            found = [m for c in objs for m in actors_of(c, index)]
            found = found or _prep_actors(holder, ("with",), index)
            if lemma == "join" and found:
                # "Egypt joined Saudi Arabia in the war against the Houthis": both are in it.
                found += _subjects(holder, index)[0]
            return found
        if owned and prep.lower_ == "in" and not any(index.at(c.i) for c in holder.children if c.dep_ in OBJ):
            found, passive = _subjects(holder, index)
            return [] if passive else found
        return []
    if holder.pos_ == "NOUN" and lemma in FIGHT_BACKING_NOUNS and prep.lower_ == "in":
        return _prep_actors(holder, ("for", "to", "with", "of"), index)
    return []


def fight_holder_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Kenya pledged to back Somalia in its war against al-Shabaab", "support for the Iraqi people in
    their fight against ISIL", "Washington praised Baghdad for its campaign against the Islamic State": whoever
    is backed, or praised, in (or for) a fight against an enemy attacks that enemy (190). The fight is
    presupposed by "its" or "the": it is under way whatever the backing clause plans ("will support Iraq in
    its fight"); "a war" may be one only imagined."""
    for noun in select(doc, dep=("pobj",)):
        if noun.lemma_.lower() not in FIGHT_FRAME_NOUNS and noun.lower_ not in FIGHT_FRAME_NOUNS:
            continue
        if noun.head.dep_ != "prep" or noun.head.lower_ not in ("in", "for") or not any(
                (c.dep_ == "poss" and c.lower_ in PLURAL_POSSESSIVES) or (c.dep_ == "det" and c.lower_ == "the")
                for c in noun.children):
            continue
        preps = ("against", "on") if noun.lemma_.lower() == "war" else ("against",)
        enemies = _fight_enemies(noun, index, preps)
        if not enemies:
            continue
        # ("praised *Baghdad* for its campaign": a capital named as a party is its government)
        holders = [h for m in _fight_holders(noun, index) for h in [_capital_government(m)]
                   if h.type in CAMPAIGNER_TYPES]
        yield from _under_way(_pairs("attacks", holders, enemies, noun, index, doc_date, "190", "fight-holder", 0.7,
                                     False), ("planned", "hypothetical"))


#: Verbs of sending a weapon at someone ("fired *missiles at* Saudi Arabia", "dropped bombs on X").
FIRING_VERBS = frozenset({"fire", "launch", "lob", "hurl", "shoot", "drop", "aim", "direct", "rain"})


#: Verbs of air forces' reports of ordnance dropped on a target ("*delivered* 24 munitions against ISIL targets").
DELIVERING_VERBS = frozenset({"deliver"})
#: Ordnance so delivered.
ORDNANCE_NOUNS = frozenset({"munition", "munitions", "ordnance", "bomb", "missile", "rocket", "weapon"})


def fired_at_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"The Houthis fired missiles at Saudi Arabia", "Syrian jets dropped barrel bombs on rebel-held
    Aleppo": whoever fires a weapon attacks what it is fired at, which the parser hangs on the weapon."""
    for verb, subjects in _active_verbs(doc, FIRING_VERBS, index):
        # (not "fired *warning* shots at Greek planes": a show of force that hits no one)
        weapons = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in WEAPON_NOUNS
                   and not any(g.lower_ == "warning" for g in c.lefts)]
        # (or on the verb: "dropped barrel bombs *on* rebels", which the lexicon leaves uncoded)
        targets = [m for h in weapons + [verb][:len(weapons)] for m in _prep_actors(h, AIMED_PREPS, index)]
        yield from _pairs("attacks", subjects, targets, verb, index, doc_date, "190", "fired-at", 0.75, False)
    for verb, subjects in _active_verbs(doc, DELIVERING_VERBS, index):
        # "Coalition aircraft delivered 24 munitions against ISIL targets": ordnance delivered *against* (or
        # *on*) someone is fired at him; not munitions delivered *to* or *into* a country, which are supplies.
        arms = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ORDNANCE_NOUNS]
        targets = [m for h in arms + [verb][:len(arms)] for m in _prep_actors(h, ("against", "on"), index)
                   if m.type not in PLACE_TYPES]
        yield from _pairs("attacks", subjects, targets, verb, index, doc_date, "190", "fired-at", 0.75, False)


#: Participles by which a backer's name modifies whom it backs ("*Coalition-backed* Syrian Democratic Forces").
BACKED_PARTICIPLES = frozenset({"back", "support", "sponsor"})
#: Nouns of backing whose "of" object backs who acts "with" it ("*with the support of* coalition aircraft").
WITH_BACKING_NOUNS = frozenset({"support", "backing", "help", "assistance", "aid", "blessing"})


#: Participles by whose "by" phrase of support an act is helped ("*aided by* strong support from Turkey").
AIDED_PARTICIPLES = frozenset({"aid", "help", "assist", "back", "support", "bolster", "enable"})


def backed_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Coalition-backed Syrian Democratic Forces", "Iranian-backed Houthi rebels": the backer named on the
    participle supports whom it backs (050); "Iraqi troops, with the support of coalition aircraft, attacked
    ISIS": who lends support to an act supports who does it; to an armed act, is his ally in it (062)."""
    for tok in select(doc, dep=("amod",)):
        if tok.lemma_.lower() not in BACKED_PARTICIPLES or tok.tag_ != "VBN" or tok.head.i == tok.i:
            continue
        # ("*Tehran*-backed militias": a capital backs as its government)
        backers = [_capital_government(m) for c in tok.children if c.dep_ in ("npadvmod", "compound", "nmod", "amod")
                   for m in [_actor_or_demonym(c, index)] if m is not None]
        backed = [m for m in [index.at(tok.head.i)] if m is not None]
        yield from _pairs("supports", backers, backed, tok, index, doc_date, "050", "backed", 0.7, False)
    for noun in select(doc, dep=("pobj",)):
        if noun.lemma_.lower() not in WITH_BACKING_NOUNS:
            continue
        prep = noun.head
        if prep.lower_ == "by" and prep.dep_ in ("agent", "prep") and prep.head.lemma_.lower() in AIDED_PARTICIPLES \
                and prep.head.tag_ == "VBN" and prep.head.dep_ in ("advcl", "acl") and prep.head.head.i != prep.head.i:
            # "X liberated Dabiq, *aided by* strong support from Turkey": as "with the support of"
            holder = prep.head.head
            reported = [c for c in holder.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.i < prep.i
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
            if holder.pos_ == "NOUN" and reported:
                # "the news that X liberated Dabiq, aided by ...": the parser hangs the participle on the noun
                # whose clause it follows; no news is aided, the act reported is
                holder = reported[-1]
        elif prep.lower_ == "with":
            holder = prep.head
        else:
            continue
        backers = [m for p in _pobjs(noun, ("of", "from")) for m in actors_of(p, index) if m.type not in PLACE_ONLY]
        if not backers:
            continue
        # "Iraqi troops, with the support of X, attacked": hung on the subject, or on its verb
        if holder.pos_ in ("VERB", "AUX") and holder.tag_ == "VBN" and holder.dep_ in ("advcl", "acl") \
                and not any(c.dep_ in ("aux", "auxpass") for c in holder.children):
            # "criticised the attack on Gaza, *carried out* with the support of X": a bare participle's act
            # is the passive one of what it modifies, not the main clause subject's
            doers = []
        elif holder.pos_ in ("VERB", "AUX"):
            found, passive = _subjects(holder, index)
            doers = [] if passive else found
        elif holder.dep_ in SUBJ:
            doers = actors_of(holder, index)
        elif holder.dep_ in OBJ and holder.head.pos_ == "VERB":
            # "the Iraqi forces are leading the fight against ISIL with the support of the coalition"
            found, passive = _subjects(holder.head, index)
            doers = [] if passive else found
        else:
            doers = []
        act = holder if holder.pos_ in ("VERB", "AUX") else holder.head
        if act.pos_ == "VERB" and (e := _verb_entry(act, codes.verb_lexicon())) is not None \
                and e[0] in ("opposes", "rejects"):
            # "Turkey condemned the recapture of Afrin by Kurdish forces with the support of the United States":
            # the parser hangs the support on the verb of disapproval, but it is lent to the act condemned,
            # whose doer is not the one who condemns it
            continue
        if act.pos_ == "VERB" and _hostile_purpose(act):
            # support lent to an armed act is military cooperation with its doer, as "in support of" one is
            # (military_support_rule); a political support stays 'supports'
            yield from _pairs("cooperates", [m for m in backers if m.type in ALLY_TYPES],
                              [m for m in doers if m.type in ALLY_TYPES], noun, index, doc_date, "062", "backed-armed",
                              0.7, False)
            continue
        yield from _pairs("supports", backers, doers, noun, index, doc_date, "050", "backed", 0.7, False)


def proxy_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Russian proxy forces", "Iran's proxies", "the proxies of Iran": a proxy is an armed body of its own
    (:data:`graphbuilder.actors.PROXY_WORDS`), whom the state whose proxy it is supports (050), as a backer
    does (:func:`backed_rule`); what the proxy does is not the state's own act."""
    from .actors import PROXY_WORDS

    for word in select(doc, lower=PROXY_WORDS):
        noun = word.head if word.dep_ in ("compound", "amod") and word.head.i > word.i else word
        # ("Hezbollah, *Iran's proxy* in Lebanon": the body the noun is said of)
        named = index.at(noun.head.i) if noun.dep_ == "appos" else None
        body = named if named is not None and named.type in ("ArmedGroup", "Organisation") else index.at(noun.i)
        if body is None or body.type not in ("ArmedGroup", "Organisation"):
            continue
        patrons = [m for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i != word.i
                   for m in [_actor_or_demonym(c, index)] if m is not None]
        patrons += [m for p in _pobjs(noun, ("of",)) for m in actors_of(p, index)]
        # ("*Moscow's* proxies": a capital has them as its government)
        patrons = [g for m in patrons for g in [_capital_government(m)]
                   if g.type not in PLACE_ONLY and g.actor_id != body.actor_id]
        yield from _pairs("supports", patrons, [body], word, index, doc_date, "050", "proxy", 0.7, False)


#: Nouns of a defence, whose "against" object is who threatens or attacks its owner.
DEFENCE_NOUNS = frozenset({"defence", "defense", "defences", "defenses"})


def defence_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"ISIL's defenses against the Syrian Democratic Forces", "Hamas strengthened its defences against the
    Israeli army": whom a force's defences are against attacks it (190). Not a defence system kept against a
    threat ("NATO's *missile* defence against Iran"), nor a defence only planned."""
    for noun in select(doc, lower=DEFENCE_NOUNS):
        if noun.pos_ != "NOUN" or any(c.dep_ in ("compound", "amod") and index.at(c.i) is None
                                      and _demonym_country(c) is None for c in noun.children):
            continue
        owners = [m for c in noun.children if c.dep_ in DOER_MODIFIERS for m in _modifier_actors(c, index)]
        if not owners and any(c.dep_ == "poss" and c.lower_ in PLURAL_POSSESSIVES for c in noun.children) \
                and noun.dep_ in OBJ and noun.head.pos_ == "VERB":
            # "the Taliban reinforced *their* defenses against Afghan forces"
            owners = _subjects(noun.head, index)[0]
        yield from _under_way(_pairs("attacks", _fight_enemies(noun, index), owners, noun, index, doc_date, "190",
                                     "defence", 0.7, False))


#: Nouns of ground won back, whose "from" object is whom it is won from ("the recapture of Ramadi *from ISIS*").
WON_GROUND_NOUNS = frozenset({"recapture", "liberation", "retaking", "capture", "seizure", "reconquest",
                              "takeover", "recovery"})
#: Sites held by a force and fought over ("seized the hospital *complex* from ISIL fighters").
GROUND_SITE_NOUNS = frozenset({"hospital", "complex", "airport", "airbase", "airfield", "base", "bridge", "dam",
                               "refinery", "building", "compound", "headquarters", "neighbourhood", "neighborhood",
                               "quarter", "palace", "oilfield", "field", "checkpoint", "hill", "crossing", "road",
                               "highway", "university", "stadium", "station", "barracks", "garrison", "outpost",
                               "stronghold", "position", "positions", "area", "territory"})
#: Verbs of clearing ground of a force ("cleared 40 neighborhoods *of* ISIL fighters").
CLEARING_VERBS = frozenset({"clear", "rid", "purge", "cleanse"})
#: Verbs of losing ground to someone ("lost half its territory *to* Iraqi forces").
LOSING_VERBS = frozenset({"lose", "cede"})
#: Nouns of ground held ("lost *territory*", "lost *control* of Mosul", "lost half *of* its territory").
GROUND_NOUNS = frozenset({"territory", "ground", "control", "half", "most", "much", "part", "city", "town",
                          "village", "area", "stronghold", "land", "capital", "province"})
#: What is taken when ground is: its control ("wrested *control* of Kobani from the Islamic State").
CONTROL_NOUNS = frozenset({"control"})


WON_OR_CONTROL_NOUNS = WON_GROUND_NOUNS | CONTROL_NOUNS


def won_ground_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"The Iraqi army's recapture of Ramadi from ISIS", "the liberation of Mosul from ISIL by Iraqi forces",
    "Kurdish fighters wrested control of Kobani from the Islamic State": whoever wins ground from someone
    fights him (190), as seizing a place from him is (seized_ground_rule)."""
    for noun in select_lemmas(doc, WON_OR_CONTROL_NOUNS, pos=("NOUN",)):
        lemma = noun.lemma_.lower()
        if lemma not in WON_OR_CONTROL_NOUNS:
            continue
        losers = _fight_enemies(noun, index, ("from",))
        if lemma in CONTROL_NOUNS:
            verb = noun.head
            if noun.dep_ not in OBJ or verb.pos_ != "VERB" \
                    or verb.lemma_.lower() not in SEIZE_VERBS | {"retake", "regain"}:
                continue
            winners, passive = _subjects(verb, index)
            winners = [] if passive else winners
            losers = losers or _fight_enemies(verb, index, ("from",))
            trigger = verb
        else:
            winners = [m for c in noun.children if c.dep_ in DOER_MODIFIERS for m in _modifier_actors(c, index)]
            winners = winners or _prep_actors(noun, ("by",), index)
            trigger = noun
        yield from _pairs("attacks", [m for m in winners if m.type in CAMPAIGNER_TYPES], losers, trigger, index,
                          doc_date, "190", "won-ground", 0.7, False)
    for verb, holders in _active_verbs(doc, CLEARING_VERBS | LOSING_VERBS, index):
        if verb.lemma_.lower() in CLEARING_VERBS:
            # "The Counter Terrorism Service has cleared 40 neighborhoods of ISIL fighters"
            pairs = ([m for m in holders if m.type in CAMPAIGNER_TYPES],
                     [m for c in verb.children if c.dep_ in ("dobj", "obj")
                      for m in _prep_actors(c, ("of",), index) if m.type in FORCE_TYPES])
        elif any(c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in GROUND_NOUNS or any(
                m.type in PLACE_TYPES for m in actors_of(c, index, False))) for c in verb.children):
            # "Daesh has lost more than half of its territory to Iraqi forces": who won it fought the loser
            pairs = ([m for m in _prep_actors(verb, ("to",), index) if m.type in CAMPAIGNER_TYPES],
                     [m for m in holders if m.type in FORCE_TYPES])
        else:
            continue
        yield from _pairs("attacks", *pairs, verb, index, doc_date, "190", "won-ground", 0.7, False)
    for verb, winners in _active_verbs(doc, SEIZE_VERBS | {"retake", "recapture", "regain"}, index):
        # "Iraqi Security Forces attempted to seize the hospital complex from ISIL fighters": a site (not a
        # place, seized_ground_rule) taken from a force; not goods ("seized weapons from smugglers").
        if not any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in GROUND_SITE_NOUNS for c in verb.children):
            continue
        losers = [m for m in _prep_actors(verb, ("from",), index) if m.type in FORCE_TYPES]
        found = _pairs("attacks", [m for m in winners if m.type in CAMPAIGNER_TYPES], losers, verb, index, doc_date,
                       "190", "won-ground", 0.7, False)
        # an attempt to take it is the attack, which happened (as verb_rule's)
        yield from _under_way(found) if _attempted(verb) else found


#: Kinds of military act that, done jointly, are military cooperation among those who do them.
JOINT_ACT_NOUNS = CAMPAIGN_NOUNS | FIELD_ACT_NOUNS | {"patrol", "exercise", "drill", "raid", "attack"}


def joint_operation_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Nigeria and Chad conducted joint military operations against Boko Haram", "joint operations by the
    Afghan army and NATO forces against the Taliban": those who act jointly cooperate militarily (062); a
    joint operation "by" them against someone is their attack on him (190)."""
    for noun in select_lemmas(doc, JOINT_ACT_NOUNS, pos=("NOUN",)):
        if noun.lemma_.lower() not in JOINT_ACT_NOUNS or not any(
                c.dep_ == "amod" and c.lower_ in ("joint", "combined") for c in noun.children):
            continue
        by = _pobjs(noun, ("by",))
        if by:
            doers = [m for p in by for m in actors_of(p, index)]
            enemies = [m for h in [noun] + [c for p in by for c in _conjuncts(p)]
                       for m in _fight_enemies(h, index, ("against", "on"))]
            doers = [m for m in doers if m.type in CAMPAIGNER_TYPES]
            yield from _pairs("attacks", doers, enemies, noun, index, doc_date, "190", "joint-operation", 0.7, False)
        elif noun.dep_ in OBJ and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in CAMPAIGN_VERBS | {"hold"}:
            found, passive = _subjects(noun.head, index)
            doers = [] if passive else [m for m in found if m.type in CAMPAIGNER_TYPES]
        else:
            continue
        yield from _pairs("cooperates", doers, [], noun, index, doc_date, "062", "joint-operation", 0.7, True)


#: Verbs of acting together "with" someone ("working *with* the Malian army to hunt down jihadists").
WITH_PARTNER_VERBS = frozenset({"work", "cooperate", "partner", "team", "collaborate", "coordinate", "join"})


def partnered_fight_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"French special forces are working with the Malian army to hunt down jihadists", "Ethiopian troops are
    cooperating with the Somali army to defeat al-Shabaab": acting together with a force for a hostile purpose
    is military cooperation with it (062), and the partner, too, attacks whom it is for (190)."""
    lexicon = codes.verb_lexicon()
    for verb, subjects in _active_verbs(doc, WITH_PARTNER_VERBS, index):
        acts = _hostile_acts(verb, ("advcl", "xcomp"))
        partners = [m for m in _prep_actors(verb, ("with",), index) if m.type in ALLY_TYPES]
        if not acts or not partners:
            continue
        subjects = [m for m in subjects if m.type in CAMPAIGNER_TYPES]
        yield from _pairs("cooperates", subjects, partners, verb, index, doc_date, "062", "partnered-fight", 0.7,
                          False)
        attacking = [v for v in acts if (e := _verb_entry(v, lexicon)) is None or e[0] == "attacks"]
        enemies = [m for m in _fight_enemies(verb, index, (), attacking) if m not in partners]
        yield from _pairs("attacks", partners, enemies, verb, index, doc_date, "190", "partnered-fight", 0.7, False)


#: Nouns of a part taken in a fight ("Jordan's *role* in the fight against ISIS").
ROLE_NOUNS = frozenset({"role", "part", "participation", "involvement", "contribution", "contributions", "partner",
                        "partners", "ally", "allies", "participant", "participants"})
#: Modifiers of a part or act that say it is already under way ("the *continued* role the US can play").
ONGOING_WORDS = frozenset({"continued", "continuing", "ongoing", "sustained", "enduring"})
#: Verbs by which their subject takes a part ("Jordan has *played* a key role").
ROLE_VERBS = frozenset({"play", "take", "have"})
#: Verbs whose subject takes part in what their "in" object names ("*participated* in the offensive").
PARTICIPATION_VERBS = frozenset({"participate", "engage"})


def _role_takers(verb, role, index: ActorIndex) -> list[ActorMention]:
    """The subjects of a verb of taking a part, but for the part itself, which the parser may take for a
    second subject ("the role *France and Germany* can play")."""
    found = [m for c in verb.children if c.dep_ in SUBJ and (role is None or c.i != role.i)
             for m in actors_of(c, index)]
    if not found and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
        # "five soldiers were killed *while taking part* in an operation": a gerund's doer is its clause's
        # subject, passive or not.
        found = _subjects(verb.head, index)[0]
    return found


def fight_role_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Jordan has played a key role in the fight against ISIS", "Britain's role in the campaign against the
    Taliban", "the role the Kurds have played in the battle against Islamic State", "the role France can play
    in Mali's efforts to defeat the jihadists": who takes part in a fight against an enemy attacks that enemy
    (190), as the verb of taking part says (a role that only "can" be played is no attack made)."""
    for noun in select(doc, dep=("pobj",)):
        if noun.lemma_.lower() not in FIGHT_FRAME_NOUNS and noun.lower_ not in FIGHT_FRAME_NOUNS:
            continue
        prep = noun.head
        head = prep.head
        # ("took part in *an* operation against the Houthis": one taken part in is real, where "a role in a
        # war" may be only imagined)
        joined = prep.lower_ == "in" and head.pos_ == "VERB" and (
            head.lemma_.lower() in PARTICIPATION_VERBS
            or (head.lemma_.lower() == "take" and any(c.dep_ in OBJ and c.lower_ == "part" for c in head.children)))
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "to") or not (joined or any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in noun.children)):
            continue
        enemies = _fight_enemies(noun, index, ("against",), _purpose_acts(noun))
        if joined and noun.lemma_.lower() in POLITICAL_CAMPAIGN_NOUNS:
            # ("took part in a campaign against the president" may be an electoral one)
            enemies = [m for m in enemies if m.type in FORCE_TYPES]
        takers: list[ActorMention] = []
        trigger = head
        if head.pos_ == "VERB" and head.lemma_.lower() in PARTICIPATION_VERBS and prep.lower_ == "in":
            # "Egypt participated in the campaign against the Houthis"
            takers = _role_takers(head, None, index)
        elif head.pos_ == "VERB" and head.lemma_.lower() in ROLE_VERBS:
            role = next((c for c in head.children if c.dep_ in OBJ + SUBJ and c.lemma_.lower() in ROLE_NOUNS), None)
            if role is None and head.dep_ == "relcl" and head.head.lemma_.lower() in ROLE_NOUNS:
                # "the role the US can play in Iraq's efforts": the fight hung on the relative clause's verb
                role = head.head
            takers = _role_takers(head, role, index) if role is not None else []
        elif head.pos_ == "NOUN" and head.lemma_.lower() in ROLE_NOUNS:
            takers = [m for c in head.children if c.dep_ in DOER_MODIFIERS for m in _modifier_actors(c, index)]
            takers = takers or _prep_actors(head, ("of",), index)
            taking = next((c for c in head.children if c.dep_ == "relcl" and c.lemma_.lower() in ROLE_VERBS), None)
            if not takers and taking is not None:
                # "the role the Kurds have played in the battle"
                takers, trigger = _role_takers(taking, head, index), taking
            elif not takers and head.dep_ == "attr" and head.head.lemma_.lower() == "be":
                # "France and Britain are key partners in the fight against Daesh"
                takers, trigger = _role_takers(head.head, head, index), head.head
            elif not takers and head.dep_ in ("dobj", "obj") and head.head.pos_ == "VERB" \
                    and head.head.lemma_.lower() in ROLE_VERBS:
                # "Britain has played a key role in Iraq's efforts to destroy ISIL": the parser hangs the
                # fight on the role, not on the verb of taking it.
                takers, trigger = _role_takers(head.head, head, index), head.head
        takers = [h for m in takers for h in [_capital_government(m)] if h.type in CAMPAIGNER_TYPES]
        found = _pairs("attacks", takers, [m for m in enemies if m not in takers], trigger, index, doc_date,
                       "190", "fight-role", 0.7, False)
        part = head if head.pos_ == "NOUN" else role if head.pos_ == "VERB" and head.lemma_.lower() in ROLE_VERBS \
            else None
        if part is not None and any(c.dep_ == "amod" and c.lower_ in ONGOING_WORDS for c in part.children):
            # "the continued role the US can play in Iraq's efforts": a role that goes on is being played,
            # whatever its clause says it can do.
            found = _under_way(found, ("planned", "hypothetical"))
        yield from found


#: Verbs of backing someone, whose "against" phrase names whom the backer takes sides against ("Russia has
#: *backed* President Assad against the rebels", "NATO will *defend* Estonia against Russia").
AGAINST_BACKING_VERBS = frozenset({"support", "back", "help", "assist", "aid", "arm", "defend", "protect", "side",
                                   "stand", "shield"})


def _against_actors(tok, index: ActorIndex) -> list[ActorMention]:
    """Whom ``tok``'s "against" phrase names: its object's actors, or, for an act or force that is no actor
    itself, whose it is ("against *Russian* aggression", "against the terrorism *of ISIL*"); not a place."""
    found: list[ActorMention] = []
    for p in _pobjs(tok, ("against",)):
        found += actors_of(p, index) or [m for q in _pobjs(p, ("of", "by")) for m in actors_of(q, index)]
    return [m for m in found if m.type not in PLACE_ONLY]


def backed_against_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"The UK is committed to supporting the Iraqi government against the terrorism of ISIL", "Iran supports
    the Houthis against Saudi Arabia", "the US stands with Kyiv against Russian aggression": whoever backs one
    party against another takes sides against it (CAMEO 113, opposes). Only where the backed party is an actor
    too: "supported Britain against the proposal" names no one opposed, "supported the resolution against
    Iran" backs no one (the phrase is the resolution's)."""
    for verb, backers in _active_verbs(doc, AGAINST_BACKING_VERBS, index):
        backed = [m for c in verb.children if c.dep_ in ("dobj", "obj") for m in actors_of(c, index, False)]
        backed = backed or _prep_actors(verb, ("with", "by"), index)
        if not backed:
            continue
        enemies = [m for m in _against_actors(verb, index) if m not in backed]
        yield from _pairs("opposes", [m for m in backers if m.type not in PLACE_ONLY], enemies, verb, index,
                          doc_date, "113", "backed-against", 0.7, False)


#: Verbs of standing up to someone, which said of an armed force are fighting it ("as Iraqis *confront* ISIL").
CONFRONTING_VERBS = frozenset({"confront"})


def confront_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Iraqi forces confronted ISIL fighters near Ramadi", "the Kurds confront the Islamic State in Kobani":
    a state or force that confronts an armed force fights it (190). Confronting a state, a person or a
    crowd ("Turkey confronted Russia over Syria", "police confronted protesters") says no more than that
    (the lexicon's bare verb is no event)."""
    for verb, subjects in _active_verbs(doc, CONFRONTING_VERBS, index):
        forces = [m for c in verb.children if c.dep_ in ("dobj", "obj") for m in actors_of(c, index)
                  if m.type in FORCE_TYPES]
        yield from _pairs("attacks", [m for m in subjects if m.type in CAMPAIGNER_TYPES], forces, verb, index,
                          doc_date, "190", "confront", 0.7, False)


#: Verbs of driving someone from a place ("Somali troops *drove* al-Shabaab from Kismayo").
DRIVING_OUT_VERBS = frozenset({"drive", "push", "chase", "force", "expel", "oust", "evict", "dislodge", "kick",
                               "flush", "rout", "clear", "purge"})


def drove_out_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Somali and AU troops drove al-Shabaab from the port of Kismayo", "Kurdish fighters pushed ISIL out of
    Kobani": whoever drives an armed force from a place fights it (190). Only an armed force driven "from"
    (or "out of") somewhere: "drove the car from Kabul" and "forced the government from power" are not."""
    for verb, subjects in _active_verbs(doc, DRIVING_OUT_VERBS, index):
        holders = [verb] + [c for c in verb.children if c.dep_ in OBJ or c.dep_ in ("prt", "advmod")]
        if not _pobjs_of(holders, ("from",)) and not [q for h in holders for p in h.children if p.dep_ == "prep"
                                                      and p.lower_ == "out" for q in _pobjs(p, ("of",))] \
                and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            continue
        forces = [m for c in verb.children if c.dep_ in ("dobj", "obj") for m in actors_of(c, index)
                  if m.type in FORCE_TYPES]
        yield from _pairs("attacks", [m for m in subjects if m.type in CAMPAIGNER_TYPES], forces, verb, index,
                          doc_date, "190", "drove-out", 0.7, False)


#: Nouns of the front rank of a fight ("France is *at the forefront of* the battle against jihadists").
FRONT_NOUNS = frozenset({"forefront", "frontline", "frontlines", "vanguard", "front"})


def at_war_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Pakistan has been at war with the Pakistani Taliban for a decade", "Ethiopia and Eritrea were at war":
    who is at war with someone fights him (190); "France is at the forefront of the battle against
    jihadists": who is at the front of a fight against someone fights him too."""
    for noun in select(doc, dep=("pobj",)):
        prep = noun.head
        lemma = noun.lemma_.lower()
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "on", "in"):
            continue
        if lemma == "war" and prep.lower_ == "at" and not any(c.dep_ == "det" for c in noun.children):
            enemies = _fight_enemies(noun, index, ("with", "against")) or _fight_enemies(prep.head, index, ("with",))
        elif (lemma in FRONT_NOUNS or (lemma == "line" and any(c.lower_ == "front" for c in noun.children))) \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            # ("on the *front line* of the fight")
            fights = [p for p in _pobjs(noun, ("of",)) if p.lemma_.lower() in FIGHT_FRAME_NOUNS]
            enemies = [m for f in fights for m in _fight_enemies(f, index, ("against", "on"), _purpose_acts(f))]
            if not enemies:
                continue
        else:
            continue
        verb = prep.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        found, passive = _subjects(verb, index)
        doers = [] if passive else [m for m in found if m.type in CAMPAIGNER_TYPES]
        yield from _pairs("attacks", doers, [m for m in enemies if m not in doers], noun, index, doc_date, "190",
                          "at-war", 0.7, lemma == "war")


def _enemies_above(act, index: ActorIndex) -> list[ActorMention]:
    """Whom the armed acts above a field act are against, where the act names no enemy itself: "conducted
    300 strikes delivering 850 *munitions* in support of its partners *to enable the defeat of ISIL*" (the
    munitions delivered by the strikes, the strikes conducted for the defeat), up the objects and the
    participles that bind them, at most three steps."""
    tok = act
    for _ in range(3):
        if tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB":
            tok = tok.head
            if found := _enabled_enemies(tok, index):
                return found
        elif tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in FIELD_ACT_NOUNS | CAMPAIGN_NOUNS:
            tok = tok.head
            if found := _fight_enemies(tok, index, ("against", "on"), _purpose_acts(tok)):
                return found
        else:
            break
    return []


def supported_fight_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"We will continue to strike ISIL targets in support of our partners", "the coalition conducted strikes
    against ISIL in support of Iraqi forces": whom an armed act against an enemy supports is fighting that enemy
    (190); the act itself is military cooperation (military_support_rule)."""
    lexicon = codes.verb_lexicon()
    for tok in select(doc, lower=("support",)):
        if tok.dep_ != "pobj" or tok.head.lower_ != "in" or not (backed := _pobjs(tok, ("of",))):
            continue
        act = tok.head.head
        if act.pos_ == "VERB" and (e := _verb_entry(act, lexicon)) is not None and e[0] == "attacks":
            # "struck *ISIL targets*", "... in order to defeat ISIL"
            enemies = [m for m in _objects(act, index, ("against", "on", "at")) if m.type not in PLACE_TYPES]
            enemies += _fight_enemies(act, index, (), _hostile_acts(act, ("advcl", "xcomp")))
            trigger = act
        elif act.pos_ == "NOUN" and act.lemma_.lower() in FIELD_ACT_NOUNS | CAMPAIGN_NOUNS:
            # "conducted strikes *against ISIL* in support of Iraqi forces"
            enemies, trigger = _fight_enemies(act, index, ("against", "on"), _purpose_acts(act)), act
            enemies = enemies or _enemies_above(act, index)
        else:
            continue
        supported = [m for p in backed for m in actors_of(p, index) if m.type in ALLY_TYPES]
        yield from _pairs("attacks", supported, [m for m in enemies if m not in supported], trigger, index, doc_date,
                          "190", "supported-fight", 0.7, False)


#: Words of harm suffered "at the hands of" someone ("the Yazidis' *plight* at the hands of ISIL").
HARM_WORDS = frozenset({"plight", "suffering", "suffer", "death", "deaths", "die", "killing", "killings", "kill",
                        "abuse", "abuses", "torture", "persecution", "persecute", "massacre", "slaughter", "defeat",
                        "atrocity", "atrocities", "violence", "brutality", "mistreatment", "rape", "enslavement",
                        "genocide", "execution", "executions", "loss", "losses", "beating", "murder", "murders",
                        "treatment", "humiliation", "ordeal", "oppression", "repression", "terror"})


def hands_of_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Yazidi plight on Mount Sinjar at the hands of ISIL", "Iraq's defeat at the hands of ISIS", "civilians
    who died at the hands of government forces": whoever harms someone, as "at the hands of" says, attacks him
    (190). The sufferer is the harm noun's owner ("*Yazidi* plight", "the deaths *of civilians*"), or the
    subject of the verb of suffering."""
    for hands in select(doc, lower=("hands",)):
        if hands.dep_ != "pobj" or hands.head.lower_ != "at" or hands.head.dep_ != "prep":
            continue
        doers = [m for p in _pobjs(hands, ("of",)) for m in actors_of(p, index) if m.type not in PLACE_TYPES]
        harm = hands.head.head
        if not doers or harm.lemma_.lower() not in HARM_WORDS and harm.lower_ not in HARM_WORDS:
            continue
        if harm.pos_ == "NOUN":
            victims = [m for c in harm.children if c.dep_ in DOER_MODIFIERS for m in _modifier_actors(c, index)]
            victims = victims or _prep_actors(harm, ("of",), index)
        elif harm.pos_ == "VERB":
            victims = _subjects(harm, index)[0]
        else:
            continue
        # ("Syrians killed at the hands of Assad and ISIL": a state's people harmed are no attack on the state)
        victims = [m for m in victims if m.type not in PLACE_ONLY and m not in doers and not (
            m.type == "Country" and _demonym_country(doc[m.head]) is not None)]
        yield from _pairs("attacks", doers, victims, harm, index, doc_date, "190", "hands-of", 0.7, False)


#: Verbs of fighting, whose partner "alongside" (or "with", "on the side of") shares the fight.
FIGHTING_VERBS = frozenset({"fight", "battle", "combat"})


def fought_alongside_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Hezbollah fighters have fought alongside Syrian troops against rebels", "Russia fought on the side of
    the Syrian army against ISIS": the subject and its partner both fight the enemy (190); the lexicon's "fight
    alongside" is their cooperation (alongside_rule), which leaves the enemy out."""
    for verb, subjects in _active_verbs(doc, FIGHTING_VERBS, index):
        enemies = _fight_enemies(verb, index)
        if not enemies:
            continue
        partners = _prep_actors(verb, PARTNER_PREPS, index) + [
            m for p in _pobjs(verb, ("on",)) if p.lemma_.lower() == "side" for m in _prep_actors(p, ("of",), index)]
        if not partners:
            continue
        fighters = [m for m in subjects + partners if m.type in CAMPAIGNER_TYPES]
        yield from _pairs("attacks", fighters, [m for m in enemies if m not in fighters], verb, index, doc_date,
                          "190", "fought-alongside", 0.7, False)


#: Nouns of enmity, whose owner ("Saudi Arabia's *rival*", "the *enemy* of Israel") and whom they name are
#: opposed to each other.
ENEMY_NOUNS = frozenset({"enemy", "foe", "archenemy", "arch-enemy", "nemesis", "adversary", "rival", "archrival",
                         "arch-rival"})
#: Verbs of taking someone for something ("Israel *regards* Hezbollah as its enemy").
REGARDING_VERBS = frozenset({"regard", "consider", "see", "view", "call", "brand", "label", "describe", "deem",
                             "designate", "treat", "count"})
#: Modifiers of an enmity that is over ("*former* enemies").
PAST_WORDS = frozenset({"former", "erstwhile", "onetime", "one-time", "ex", "old"})


def enemy_noun_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Iran, the arch-enemy of Saudi Arabia", "Pakistan is India's main rival": whom an enmity noun names and
    its owner oppose each other (110); "Israel regards Hezbollah as its enemy": who takes someone for an
    enemy opposes him. Not a former enemy, nor a nation's enemy only of an ill ("an enemy of progress")."""
    for noun in select(doc, pos=("NOUN",)):
        if noun.lemma_.lower() not in ENEMY_NOUNS and noun.lower_.rstrip("s") not in ENEMY_NOUNS \
                or any(c.lower_ in PAST_WORDS for c in noun.children):
            continue
        owners = [m for c in noun.children if c.dep_ in DOER_MODIFIERS for m in _modifier_actors(c, index)]
        owners = owners or _prep_actors(noun, ("of",), index)
        head = noun.head
        mutual = True
        if noun.dep_ == "appos":
            named = actors_of(head, index, False)
        elif noun.dep_ == "attr" and head.lemma_.lower() in ("be", "remain", "become"):
            named, _ = _subjects(head, index)
        elif noun.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in REGARDING_VERBS:
            # ("regards Hezbollah as *its* enemy": the possessive is the regarder's own)
            regarder, passive = _subjects(head.head, index)
            named = [m for c in head.head.children if c.dep_ in ("dobj", "obj") for m in actors_of(c, index, False)]
            owners, mutual = ([] if passive else regarder), False
        else:
            continue
        owners = [m for m in owners if m.type not in PLACE_ONLY]
        named = [m for m in named if m.type not in PLACE_ONLY and m not in owners]
        yield from _pairs("opposes", owners, named, noun, index, doc_date, "110", "enemy-noun", 0.7, False)
        if mutual:
            yield from _pairs("opposes", named, owners, noun, index, doc_date, "110", "enemy-noun", 0.7, False)


#: Nouns of a league formed against someone ("the international *coalition* against ISIL").
LEAGUE_NOUNS = frozenset({"coalition", "alliance", "front", "bloc", "axis", "league"})


def league_against_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Australia is part of the international coalition against ISIL", "an Arab alliance against Iran": a
    league named by what it is against fights an armed force it is against (190) and opposes anyone else it is
    against (113)."""
    for noun in select_lemmas(doc, LEAGUE_NOUNS, pos=("NOUN", "PROPN")):
        if noun.lemma_.lower() not in LEAGUE_NOUNS or (league := index.at(noun.i)) is None:
            continue
        for enemy in _fight_enemies(noun, index):
            armed = enemy.type in FORCE_TYPES
            yield from _pairs("attacks" if armed else "opposes", [league], [enemy], noun, index, doc_date,
                              "190" if armed else "113", "league-against", 0.7, False)


#: Who holds ground: an armed force, a state or its government ("ISIL controls Mosul", "Syria retook Palmyra").
CONTROLLER_TYPES = FORCE_TYPES | {"Country", "Government"}
#: Verbs of holding ground ("ISIL controls Mosul", "Russia occupies Crimea", "rebels hold the town of Douma").
HOLDING_GROUND_VERBS = frozenset({"control", "hold", "occupy"})
#: Verbs of taking ground: the taker holds it, whoever it was taken "from" held it ("Iraqi forces recaptured Ramadi
#: from ISIL"); spaCy leaves "retook" unlemmatised.
TAKING_VERBS = SEIZE_VERBS | {"retake", "retook", "recapture", "regain", "overrun", "liberate"}
#: Verbs by which one has or takes control ("has control of Mosul", "took control of Kunduz").
CONTROL_VERBS = SEIZE_VERBS | {"have", "retain", "maintain", "keep", "claim", "assume", "gain", "regain", "retake",
                               "establish", "exercise", "exert", "win"}
#: Of those, the verbs of a standing hold, whose past tense is a hold gone ("ISIL had control of Mosul").
STANDING_CONTROL_VERBS = frozenset({"have", "retain", "maintain", "keep", "exercise", "exert"})
#: Verbs of losing ground ("ISIL lost control of Manbij", "lost Ramadi *to* Iraqi forces").
LOSING_GROUND_VERBS = LOSING_VERBS | {"relinquish", "surrender"}
#: Words that make control less than a hold ("has *no* control over", "*partial* control").
SCANT_CONTROL_WORDS = frozenset({"no", "little", "partial", "limited", "nominal", "less", "loose"})
#: Participles of a hold written before the place ("*ISIL-held* Raqqa", "the *rebel-held* town of Douma").
HELD_FORMS = frozenset({"held", "controlled", "occupied"})
#: Nouns of a place a force holds ("*ISIL's stronghold* of Raqqa", "Raqqa, a Taliban *bastion*").
STRONGHOLD_NOUNS = frozenset({"stronghold", "bastion"})
#: Words of a hold gone ("*formerly* held by al-Shabaab", "a *former* ISIL stronghold").
ONCE_WORDS = FORMER_WORDS | PAST_WORDS | {"formerly", "previously", "once"}
#: Verbs by which a place is, or comes, under someone's control; the first three in the past tense are a hold gone.
UNDER_VERBS = frozenset({"be", "remain", "stay", "come", "fall", "lie"})
STATIVE_VERBS = frozenset({"be", "remain", "stay", "lie"})
#: Words that make a place a part of itself ("*northern* Syria", "*east* Aleppo"): who holds it holds a part.
REGION_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                          "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                          "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
                          "north-eastern", "north-western", "south-eastern", "south-western", "rural", "upper", "lower"})
#: Verbs by which a writer gives what seems so ("*appeared* still to be in control of the mosque").
SEEMING_VERBS = frozenset({"appear", "seem"})
#: Verbs that hold or take only a place or a facility: "New Zealand hold Australia 16-16", "took the United
#: States to GATT" hold and take no state.
PLACE_ONLY_VERBS = frozenset({"hold", "take"})


def _held_places(tok, index: ActorIndex) -> list[ActorMention]:
    """The places ``tok`` names, over conjuncts: a place's own name, or a place noun's "of" object or apposition
    ("the town *of Douma*"). Not a part of a place ("parts of Syria", "territory in Iraq"): who holds some of
    Syria does not hold Syria."""
    place_nouns = triggers()["location"]["place_nouns"]
    found: list[ActorMention] = []
    for t in _conjuncts(tok):
        m = index.at(t.i)
        if m is None and (t.lower_ in place_nouns or t.lemma_.lower() in place_nouns):
            found.extend(a for p in _pobjs(t, ("of",)) + [c for c in t.rights if c.dep_ == "appos"]
                         for a in [index.at(p.i)] if a is not None and _whole_place(a, tok.doc))
        elif m is not None and _whole_place(m, tok.doc):
            found.append(m)
    return found


def _whole_place(m: ActorMention, doc) -> bool:
    """Whether ``m`` names a whole place: not a state's people ("seized two *Americans*"), nor a part of a place
    written outside its name ("*northern* Syria"; "North Korea" is a name)."""
    if m.type not in PLACE_TYPES or m.pronoun or m.type == "Country" and _demonym_country(doc[m.head]) is not None:
        return False
    return not any(c.lower_ in REGION_WORDS and not m.token_start <= c.i < m.token_end for c in doc[m.head].children)


def _subject_words(verb) -> list:
    """The words a clause is about: its subject, the noun a relative or participle clause hangs on ("Mosul,
    *which* ISIL holds", "Mosul, controlled by ISIL")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJ + PASSIVE_SUBJ]
    if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i and (
            not subjects or subjects[0].lower_ in RELATIVE_PRONOUNS):
        return [verb.head]
    return subjects


def _past_hold(verb) -> bool:
    """Whether a clause gives a hold as gone: a past tense ("ISIL held Mosul until 2017", "Mosul *was* controlled
    by ISIL"), as for past leaders (:func:`lead_verb_rule`), or a word of the past ("*formerly* held by X")."""
    kids = list(verb.children)
    # "Aleppo, which the FSA *held* until 2016": a participle with a subject and no auxiliary is a past tense
    # the tagger took for a participle
    misread = verb.tag_ == "VBN" and any(c.dep_ in SUBJ for c in kids) and not any(
        c.dep_ in ("aux", "auxpass") for c in kids)
    return verb.tag_ == "VBD" or misread or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in kids) \
        or any(c.dep_ in ("advmod", "amod") and c.lower_ in ONCE_WORDS for c in kids)


def _no_longer(tok) -> bool:
    return any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in tok.children)


def _holds(holders, places, tok, index: ActorIndex, doc_date, rule: str, former: bool = False,
           confidence: float = 0.75) -> Iterator[RelationMention]:
    """``controls`` mentions of each holder that can hold ground (:data:`CONTROLLER_TYPES`; of a state, only an
    armed force) and each place;
    ``former`` for a hold gone, as is one "no longer" held (the text asserts it: a past hold, not a negation)."""
    if _bygone(tok):
        former = True  # "Iraqi forces *used to* hold Tikrit": a hold gone, though the verb is bare
    elif tok.tag_ == "VB" and tok.head.lemma_.lower() not in SEEMING_VERBS or _sport_context().search(tok.sent.text):
        return  # "to occupy Basra", "will seize": no hold yet ("appeared still to be in control" is one)
    if tok.lemma_.lower() in PLACE_ONLY_VERBS:
        places = [m for m in places if m.type in PLACE_ONLY]
    for holder in dict.fromkeys(h for h in holders if h.type in CONTROLLER_TYPES):
        for place in dict.fromkeys(places):
            if place.type == "Country" and holder.type not in FORCE_TYPES:
                continue  # "Syria controlled Lebanon" is a state's sway; "the Taliban control Afghanistan" a hold
            r = _make("controls", holder, place, tok, index, doc_date, None, rule, confidence)
            if r is None:
                continue
            if r.modality == "negated" and _no_longer(tok):
                r = replace(r, modality="asserted", former=True)
            yield replace(r, former=True) if former else r


def _holding_verbs(doc, index: ActorIndex, doc_date) -> Iterator[RelationMention]:
    """"ISIL controls Mosul", "Russia occupies Crimea", "Mosul, controlled by ISIL": the holder controls the
    place; "The Islamic State controlled Raqqa until 2017", "formerly held by al-Shabaab" are holds gone.
    Not "held Russia responsible", "held talks in Geneva" (talks are no place)."""
    for verb in select_lemmas(doc, HOLDING_GROUND_VERBS, pos=("VERB",)):
        if verb.lemma_.lower() not in HOLDING_GROUND_VERBS or any(
                c.dep_ in ("prt", "oprd", "xcomp", "ccomp", "acomp") for c in verb.children):
            continue
        subjects, passive = _subjects(verb, index)
        if passive:
            holders = _agent(verb, index)
            places = [m for w in _subject_words(verb) for m in _held_places(w, index)]
        else:
            # ("ISIL controls Mosul": the parser may take the name for an adverb)
            holders = subjects
            places = [m for c in _relative_args(verb, OBJ) + [
                c for c in verb.children if c.dep_ in ("advmod", "npadvmod") and c.pos_ == "PROPN"]
                for m in _held_places(c, index)]
        yield from _holds(holders, places, verb, index, doc_date, "controls-verb", _past_hold(verb))


def _held_adjectives(doc, index: ActorIndex, doc_date) -> Iterator[RelationMention]:
    """"ISIL-held Raqqa", "the rebel-held town of Douma", "Russian-occupied Crimea": whoever the participle
    names holds the place it modifies ("formerly ISIL-held", "the former rebel-held town": a hold gone)."""
    for held in select(doc, lower=HELD_FORMS):
        if held.dep_ not in ("amod", "compound") or held.head.i == held.i:
            continue
        holders = [m for g in held.lefts if g.dep_ in ("npadvmod", "compound", "nmod", "amod")
                   for m in [_actor_or_demonym(g, index)] if m is not None]
        former = any(c.lower_ in ONCE_WORDS for w in (held, held.head) for c in w.lefts)
        yield from _holds(holders, _held_places(held.head, index), held, index, doc_date, "controls-held", former)


def _control_nouns(doc, index: ActorIndex, doc_date) -> Iterator[RelationMention]:
    """"The Taliban has control of Kunduz", "took control of", "wrested control of Kobani from the Islamic State"
    (who it was wrested from held it), "Iraqi forces are in control of Ramadi", "Fallujah remains under the
    control of the Islamic State", "under ISIL control": the holder controls the place. "ISIL lost control of
    Manbij", "Mosul was under ISIL control": a hold gone. Not "no control", "partial control"."""
    for noun in select(doc, lower=("control",)):
        if noun.pos_ != "NOUN" or any(c.lower_ in SCANT_CONTROL_WORDS for c in noun.children):
            continue
        head = noun.head
        lemma = head.lemma_.lower()
        if noun.dep_ in OBJ and head.pos_ == "VERB" and lemma in CONTROL_VERBS | LOSING_GROUND_VERBS:
            holders, passive = _subjects(head, index)
            if passive:
                continue
            places = [m for p in _pobjs(noun, ("of", "over")) or _pobjs(head, ("of", "over"))
                      for m in _held_places(p, index)]
            lost = lemma in LOSING_GROUND_VERBS
            past = lost or lemma in STANDING_CONTROL_VERBS and _past_hold(head)
            yield from _holds(holders, places, head, index, doc_date, "controls-noun", past)
            yield from _holds(_prep_actors(noun, ("from",), index) or _prep_actors(head, ("from",), index), places,
                              head, index, doc_date, "controls-noun", True)
            if lost:
                yield from _holds(_prep_actors(noun, ("to",), index) or _prep_actors(head, ("to",), index), places,
                                  head, index, doc_date, "controls-noun")
        elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "under"):
            verb = head.head
            if head.lower_ == "in":
                if verb.lemma_.lower() not in STATIVE_VERBS:
                    continue
                holders, _ = _subjects(verb, index)
                places = [m for p in _pobjs(noun, ("of", "over")) for m in _held_places(p, index)]
            else:
                holders = _prep_actors(noun, ("of",), index) or [
                    m for c in noun.children if c.dep_ in DOER_MODIFIERS for m in _modifier_actors(c, index)]
                if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in UNDER_VERBS:
                    places = [m for w in _subject_words(verb) for m in _held_places(w, index)]
                elif verb.pos_ in ("NOUN", "PROPN"):
                    places = _held_places(verb, index)
                else:
                    continue
            past = verb.lemma_.lower() in STATIVE_VERBS and _past_hold(verb) or any(
                c.lower_ in ONCE_WORDS for c in head.children)
            yield from _holds(holders, places, verb, index, doc_date, "controls-noun", past)
    yield from _held_in_hands(doc, index, doc_date)


#: Nouns of whose hands a place is in ("Raqqa remains in the *hands* of the Islamic State").
HANDS_NOUNS = frozenset({"hands", "hand"})


def _held_in_hands(doc, index: ActorIndex, doc_date) -> Iterator[RelationMention]:
    """"Raqqa remains in the hands of the Islamic State", "Sinjar is in Kurdish hands", "Palmyra fell into the
    hands of ISIS": the holder controls the place; "Mosul was in ISIL hands until 2017": a hold gone. Only a
    place said to be (or come) in the hands: "the decision is in the hands of the UN" holds nothing."""
    for noun in select(doc, lower=HANDS_NOUNS):
        head = noun.head
        if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or head.lower_ not in ("in", "into"):
            continue
        verb = head.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in UNDER_VERBS \
                or head.lower_ == "into" and verb.lemma_.lower() not in ("fall", "come"):
            continue
        holders = _prep_actors(noun, ("of",), index) or [
            m for c in noun.children if c.dep_ in DOER_MODIFIERS for m in _modifier_actors(c, index)]
        places = [m for w in _subject_words(verb) for m in _held_places(w, index)]
        past = verb.lemma_.lower() in STATIVE_VERBS and _past_hold(verb)
        yield from _holds(holders, places, verb, index, doc_date, "controls-hands", past)


def _strongholds(doc, index: ActorIndex, doc_date) -> Iterator[RelationMention]:
    """"The Islamic State's stronghold of Raqqa", "Raqqa, a Taliban bastion", "Raqqa, ISIL's self-proclaimed
    capital": the force holds the place ("a former ISIL stronghold", "Raqqa was ISIL's stronghold": a hold gone).
    A capital only of an armed group: a state's capital lies in it."""
    for noun in select_lemmas(doc, STRONGHOLD_NOUNS | {"capital"}, pos=("NOUN",)):
        lemma = noun.lemma_.lower()
        if lemma not in STRONGHOLD_NOUNS and lemma != "capital":
            continue
        holders = [m for c in noun.children if c.dep_ in DOER_MODIFIERS for m in [index.at(c.i)] if m is not None]
        if lemma == "capital":
            holders = [m for m in holders if m.type == "ArmedGroup"]
        places = [m for p in _pobjs(noun, ("of",)) + [c for c in noun.rights if c.dep_ == "appos"]
                  for m in _held_places(p, index)]
        past = any(c.lower_ in ONCE_WORDS for c in noun.children)
        if noun.dep_ == "appos":
            places += _held_places(noun.head, index)
        elif noun.dep_ == "attr" and noun.head.lemma_.lower() in ("be", "remain", "become"):
            places += [m for w in _subject_words(noun.head) for m in _held_places(w, index)]
            past = past or noun.head.lemma_.lower() != "become" and _past_hold(noun.head)
        yield from _holds(holders, places, noun, index, doc_date, "controls-stronghold", past)


def _taken_ground(doc, index: ActorIndex, doc_date) -> Iterator[RelationMention]:
    """"Hamas seized Gaza", "Hezbollah fighters captured the town of Qusair", "Mosul was taken by ISIL", "Mosul
    fell to ISIL": the taker holds the place; "recaptured Ramadi from ISIL", "ISIL lost Ramadi to Iraqi forces":
    the one it was taken from held it (a hold gone)."""
    for verb in select(doc, pos=("VERB",)):
        lemma = verb.lemma_.lower()
        taking = lemma in TAKING_VERBS or verb.lower_ in TAKING_VERBS
        if not (taking or lemma in LOSING_GROUND_VERBS or lemma == "fall"):
            continue
        subjects, passive = _subjects(verb, index)
        if lemma == "take" and _pobjs(verb, ("to",)):
            continue  # "took the United States to GATT"
        if lemma == "fall":
            if not passive:
                places = [m for w in _subject_words(verb) for m in _held_places(w, index)]
                yield from _holds(_prep_actors(verb, ("to",), index), places, verb, index, doc_date, "controls-taken")
            continue
        if passive:
            holders, places = _agent(verb, index), [m for w in _subject_words(verb) for m in _held_places(w, index)]
        else:
            holders, places = subjects, [m for c in _relative_args(verb, OBJ) for m in _held_places(c, index)]
        if taking:
            yield from _holds(holders, places, verb, index, doc_date, "controls-taken")
            yield from _holds(_prep_actors(verb, ("from",), index), places, verb, index, doc_date, "controls-taken", True)
        elif not passive:
            yield from _holds(holders, places, verb, index, doc_date, "controls-taken", True)
            yield from _holds(_prep_actors(verb, ("to",), index), places, verb, index, doc_date, "controls-taken")


def _driven_out(doc, index: ActorIndex, doc_date) -> Iterator[RelationMention]:
    """"Somali troops drove al-Shabaab from Kismayo", "Iraqi forces pushed ISIL out of Ramadi", "ISIL was driven
    out of Tikrit by Iraqi forces", "after clearing ISIL from Ramadi": who drove an armed force from a place
    holds it, the force driven out held it (a hold gone). Only a drive done: "are clearing ISIL from Ramadi",
    "to drive ISIL out of Mosul" say the force is still there (clearing_rule)."""
    for verb in select(doc, pos=("VERB",)):
        if verb.lemma_.lower() not in DRIVING_OUT_VERBS | EXPULSION_VERBS:
            continue
        subjects, passive = _subjects(verb, index)
        done = verb.tag_ == "VBD" or _finished_gerund(verb) or verb.tag_ == "VBN" and any(
            c.dep_ in ("aux", "auxpass") for c in verb.children)
        if not done:
            continue
        if passive:
            drivers = _agent(verb, index)
            driven = [m for w in _subject_words(verb) for m in actors_of(w, index, False)]
        else:
            drivers = subjects
            driven = [m for c in verb.children if c.dep_ in ("dobj", "obj") for m in actors_of(c, index, False)]
        driven = [m for m in driven if m.type in FORCE_TYPES and not m.pronoun]
        if not driven:
            continue  # "drove the car from Kabul", "forced the government from power"
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        places = [m for m in _cleared_places(verb, objs, index) if m.type in PLACE_TYPES and _whole_place(m, doc)]
        yield from _holds([m for m in drivers if m.type in FORCE_TYPES], places, verb, index, doc_date,
                          "controls-driven")
        yield from _holds(driven, places, verb, index, doc_date, "controls-driven", True)


def controls_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """Who holds a place: an armed force, a state or its government ``controls`` a place, facility or country
    it holds, has control of, has taken or keeps as a stronghold; a hold lost or past is a ``former`` mention
    of it, as a past title is of leader-of (no current fact)."""
    for part in (_holding_verbs, _held_adjectives, _control_nouns, _strongholds, _taken_ground, _driven_out):
        yield from part(doc, index, doc_date)


#: Words of being glad of what someone did or gave ("*heartened by* the decision of X", "*grateful for* the
#: support provided by X"): their subject praises whoever did it (CAMEO 051).
APPROVAL_WORDS = frozenset({"heartened", "encouraged", "pleased", "delighted", "gratified", "grateful", "thankful",
                            "reassured", "satisfied"})
APPROVAL_PREPS = frozenset({"by", "with", "at", "for", "to"})
#: Verbs of handing support over, whose participle names the giver ("the support *provided by* X").
SUPPORT_GIVING_VERBS = frozenset({"give", "provide", "extend", "offer", "lend", "render"})
#: Nouns of (political) support, which a giver gives to whom he backs.
SUPPORT_NOUNS = frozenset({"support", "backing", "solidarity"})


def _agents(verb, index: ActorIndex) -> list[ActorMention]:
    """Actors of a participle's "by" agent ("the support *provided by Turkey*")."""
    return [m for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for p in c.children if p.dep_ == "pobj" for m in actors_of(p, index)]


def _given_support(noun, index: ActorIndex) -> tuple[list[ActorMention], list[ActorMention]]:
    """``(givers, recipients)`` of a support noun that a participle of giving qualifies ("the support
    *given to the rebels by Qatar*"); empty lists when no giver is named."""
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in SUPPORT_GIVING_VERBS:
            givers = [m for m in _agents(c, index) if m.type not in PLACE_ONLY]
            if givers:
                return givers, [m for p in _pobjs(c, ("to", "for")) + [
                    g for d in c.children if d.dep_ == "dative" for g in d.children if g.dep_ == "pobj"]
                    for m in actors_of(p, index)]
    return [], []


def approval_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"The EU is heartened by the decision of the Colombian government", "we are grateful for the support
    provided by Turkey", "pleased with Kenya's offer": who is glad of what someone did praises him (051).

    Only the word's prepositional objects count, read as the actor itself, its possessor or modifier
    ("Kenya's offer"), the "of" object of an act ("the decision of X"), or the giver of support ("the
    support provided by X"); "pleased to announce" names no one.
    """
    for tok in select(doc, pos=("ADJ", "VERB")):
        if tok.lower_ not in APPROVAL_WORDS:
            continue
        # "X is heartened by": the participle carries the subject; "X is grateful for": the adjective's verb does.
        holder = tok.head if tok.dep_ == "acomp" and tok.head.i != tok.i else tok
        if holder.pos_ == "VERB" and holder is tok and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            # "The talks encouraged Kenya": an active verb is the lexicon's, not gladness.
            continue
        sources = [m for m in _subjects(holder, index)[0] if m.type not in PLACE_ONLY]
        if not sources:
            continue
        phrases = [p for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in APPROVAL_PREPS
                   for p in c.children if p.dep_ == "pobj"]
        targets: list[ActorMention] = []
        for p in phrases:
            found = actors_of(p, index, modifiers=True) or _prep_actors(p, ("of",), index) \
                or _given_support(p, index)[0]
            targets.extend(m for m in found if m.type not in PLACE_ONLY and m not in targets)
        yield from _pairs("supports", sources, targets, tok, index, doc_date, "051", "approval", 0.7, False)
        for p in phrases:
            # "we are grateful for the support provided by Turkey", "thankful for Japan's help": the support
            # one is glad of went to oneself, when the noun names no one else it is for.
            if p.lemma_.lower() not in SUPPORT_NOUNS or _pobjs(p, ("for", "to", "of")):
                continue
            givers, recipients = _given_support(p, index)
            if not givers:
                givers = [m for c in p.children if c.dep_ == "poss" for m in _modifier_actors(c, index)]
            givers = [m for m in givers if m.type not in PLACE_ONLY and m not in sources]
            if givers and not recipients:
                yield from _pairs("supports", givers, sources, p, index, doc_date, "050", "approval-support",
                                  0.7, False)


#: Nouns of an armed fight in which one is supported ("support for Iraq *in the fight* against ISIL").
ARMED_FIGHT_NOUNS = frozenset({"fight", "war", "battle", "struggle", "campaign", "offensive", "counteroffensive"})


def _armed_backing(noun, index: ActorIndex) -> bool:
    """Whether the support noun ``noun`` is support in an armed fight against a named enemy, which makes the
    supporter an ally (062) rather than a well-wisher: "its support of the Government of Iraq *in their fight
    against ISIL*", "UK support for Iraq *in the fight against ISIL*" (the phrase hung on the noun, its verb
    or whom it is for); not "support for Iraq in this struggle", which names no enemy."""
    if noun.lemma_.lower() not in SUPPORT_NOUNS:
        return False
    heads = [noun, noun.head] + [c for p in _pobjs(noun, ("of", "for", "to")) for c in _conjuncts(p)]
    return any(f.lemma_.lower() in ARMED_FIGHT_NOUNS and _fight_enemies(f, index, ("against", "on"))
               for h in heads for f in _pobjs(h, ("in",)))


def support_given_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"The support given to the rebels by Qatar", "the United States has given the Peshmerga significant
    support", "the UK remains steadfast in its support of the Government of Iraq": who gives (or holds)
    support supports whom it goes to (050).

    The parser takes an indirect object before a modified object for the object's ``nmod``
    ("given [the Peshmerga significant support]"); a possessor of the support noun with an "of" object
    holds the support ("*its* support *of* X"; "the support of X" alone is X's own).
    """
    for noun in select_lemmas(doc, SUPPORT_NOUNS, pos=("NOUN",)):
        if noun.lemma_.lower() not in SUPPORT_NOUNS:
            continue
        givers, recipients = _given_support(noun, index)
        if givers and recipients:
            yield from _pairs("supports", givers, recipients, noun, index, doc_date, "050", "support-given", 0.7,
                              False)
            continue
        holders = [m for c in noun.children if c.dep_ == "poss" for m in _modifier_actors(c, index)]
        if holders:
            backed = [m for p in _pobjs(noun, ("of",)) for m in actors_of(p, index) if m.type not in PLACE_ONLY]
            relation, cameo = ("cooperates", "062") if _armed_backing(noun, index) else ("supports", "050")
            yield from _pairs(relation, holders, backed, noun, index, doc_date, cameo, "support-of", 0.7, False)
            continue
        verb = noun.head
        if noun.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB" or verb.lemma_.lower() not in SUPPORT_GIVING_VERBS:
            continue
        if any(c.dep_ == "dative" for c in verb.children):
            continue
        recipients = [m for c in noun.children if c.dep_ == "nmod" and c.i < noun.i
                      for m in [index.at(c.i)] if m is not None and m.type not in PLACE_ONLY]
        found, passive = _subjects(verb, index)
        if not passive:
            yield from _pairs("supports", found, recipients, verb, index, doc_date, "050", "support-given", 0.7,
                              False)


#: Verbs whose subject is, or stays, "in touch with" someone.
TOUCH_VERBS = frozenset({"be", "remain", "stay", "keep", "get"})


def in_touch_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"Kenya has been in touch with the Somali government", "we will stay in touch with X": being in
    contact with someone is consulting him (040), with the tense and negation of the verb."""
    for tok in select(doc, dep=("pobj",)):
        prep = tok.head
        if tok.lower_ != "touch" or prep.lower_ != "in" or prep.dep_ != "prep":
            continue
        verb = prep.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in TOUCH_VERBS:
            continue
        found, passive = _subjects(verb, index)
        targets = _prep_actors(tok, ("with",), index) + _prep_actors(verb, ("with",), index)
        yield from _pairs("meets", [] if passive else found, targets, verb, index, doc_date, "040", "in-touch",
                          0.75, False)


#: Words by which a subject binds itself to a purpose ("are *committed* to defeating", "*agreed* to fight").
JOINT_RESOLVE_WORDS = COMMITMENT_WORDS | frozenset({"agree", "unite", "join"})
#: Promises, which each party of a coordinated subject may make on its own ("India and Pakistan vowed to crush
#: militants"): a common cause only when said to be joint ("vowed to fight ISIS *together*").
PROMISE_WORDS = frozenset({"vow", "pledge", "promise", "commit", "resolve", "undertake", "swear"})
#: Adverbs that make an act one undertaking of all its doers.
JOINT_ADVERBS = frozenset({"together", "jointly"})
#: Words that make a coordinated subject's act each one's own, no joint undertaking ("*both* vowed to defeat
#: ISIS", "vowed *separately*").
SEVERAL_WORDS = frozenset({"both", "each", "separately", "individually", "respectively", "either", "neither"})


def _listed(tok, index: ActorIndex) -> list:
    """The items of a coordinated noun phrase, from its first: ``tok``, its conjuncts and the list the parser
    hangs on it as an apposition (:func:`_appositive_list`: "The UK, *the Coalition and the Government of
    Iraq*")."""
    return _conjuncts(tok) + _appositive_list(tok, index)


def _resolve_of(act):
    """The word of resolve whose purpose the hostile act ``act`` is ("*committed* to defeating",
    "*vowed* to fight", "*determined* to defeat"), and the verb that carries its subject; ``(None, None)``."""
    while act.dep_ == "conj" and act.head.i != act.i and act.head.pos_ == "VERB":
        act = act.head  # "committed to degrading and ultimately *defeating* Daesh"
    if (held := _commitment(act)) is not None:
        return held, (held.head if held.dep_ == "acomp" and held.head.i != held.i else held)
    head = act.head
    lemma = head.lemma_.lower()
    joint = lemma in JOINT_RESOLVE_WORDS or lemma in PROMISE_WORDS and any(
        c.lower_ in JOINT_ADVERBS for h in (head, act) for c in h.children)
    if act.dep_ != "xcomp" or head.i == act.i or not joint \
            or not any(a.dep_ == "aux" and a.lower_ == "to" for a in act.children):
        return None, None
    if head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.i != head.i:
        return head, head.head
    return (head, head) if head.pos_ == "VERB" else (None, None)


def common_cause_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"The UK, the Global Coalition and the Government of Iraq are committed to defeating these terrorists",
    "France and Germany agreed to fight ISIS", "... vowed to fight ISIS together": parties who together bind
    themselves to an act against a common enemy are allies in it (cooperation, 062), said now, whatever
    becomes of the fight.

    Only a coordinated subject of a word of resolve whose purpose is a hostile act against a named third
    party: "Kenya and Ethiopia clashed" is no common cause, nor "both agreed to defeat ISIS" or "India and
    Pakistan vowed to crush militants" (each may vow alone) one undertaking.
    """
    for act in select(doc, pos=("VERB",)):
        if not _hostile_purpose(act):
            continue
        resolve, holder = _resolve_of(act)
        if resolve is None:
            continue
        subj = next((c for c in holder.children if c.dep_ in SUBJ + PASSIVE_SUBJ), None)
        if subj is None or resolve.pos_ == "VERB" and resolve is holder and any(
                c.dep_ == "auxpass" for c in holder.children) and resolve.lower_ not in COMMITMENT_WORDS:
            continue
        if any(t.lower_ in SEVERAL_WORDS for h in (subj, holder, resolve, act) for t in h.children) \
                or any(c.dep_ == "neg" for h in (holder, resolve, act) for c in h.children):
            continue
        allies: list[ActorMention] = []
        for item in _listed(subj, index):
            m = index.at(item.i)
            if m is not None and m.type in ALLY_TYPES and not m.pronoun \
                    and all(m.actor_id != a.actor_id for a in allies):
                allies.append(m)
        if len(allies) < 2:
            continue
        enemies = [m for m in _purpose_enemies(act, index) if all(m.actor_id != a.actor_id for a in allies)]
        if not enemies:
            continue
        for a, b in combinations(allies, 2):
            yield from _opt(_make("cooperates", a, b, resolve, index, doc_date, "062", "common-cause", 0.7))


#: Nouns of winning ground back, an armed act like a campaign ("supported the *liberation* of Mosul by ...").
WINNING_BACK_NOUNS = frozenset({"liberation", "retaking", "taking", "recapture", "recapturing", "reconquest",
                                "capture", "clearance", "clearing", "advance"})
#: Campaign nouns that are armed by themselves (not "the campaign for reform"; not "strike", also a
#: walkout).
ARMED_ACT_NOUNS = frozenset({"offensive", "counteroffensive", "counter-offensive", "assault", "onslaught", "battle",
                             "war", "airstrike", "operation"})
#: Verbs by which their subject backs another's act.
BACKING_VERBS = frozenset({"support", "back", "assist", "aid"})


def _listed_subjects(verb, index: ActorIndex) -> list[ActorMention]:
    """Subject actors of ``verb``, or of the clause it is a conjunct of, read as a list (:func:`_listed`:
    "The UK, the Coalition and the Government of Iraq ... have supported"); else :func:`_subjects`'s."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i and not any(c.dep_ in SUBJ for c in head.children):
        head = head.head
    subj = next((c for c in head.children if c.dep_ in SUBJ or c.dep_ in PASSIVE_SUBJ and head is not verb), None)
    if subj is None:
        found, passive = _subjects(verb, index)
        return [] if passive else found
    out: list[ActorMention] = []
    for item in _listed(subj, index):
        m = index.at(item.i)
        if m is not None and not m.pronoun and all(m.actor_id != o.actor_id for o in out):
            out.append(m)
    return out or _subjects(verb, index)[0]


def backed_operation_rule(doc, index: ActorIndex, doc_date=None) -> Iterator[RelationMention]:
    """"The UK has supported the liberation of Mosul by Iraqi forces", "the coalition backed the Kurdish
    offensive": who backs another's armed act (a campaign, or winning ground back) is his ally in it (062),
    as "in support of" a force is (military_support_rule); backing a political act stays 'supports'."""
    for verb in select_lemmas(doc, BACKING_VERBS, pos=("VERB",)):
        if verb.lemma_.lower() not in BACKING_VERBS or any(c.dep_ in PASSIVE_SUBJ for c in verb.children):
            continue
        # (the parser splits "the re-taking by X" into objects and an adverbial noun)
        acts = [c for c in verb.children if c.dep_ in OBJ or c.dep_ == "advcl" and c.pos_ == "NOUN"]
        # a campaign that may be political ("the campaign for reform") counts by an enemy it is against
        acts = [a for a in acts if a.pos_ == "NOUN" and (a.lemma_.lower() in WINNING_BACK_NOUNS | ARMED_ACT_NOUNS or (
            a.lemma_.lower() in CAMPAIGN_NOUNS and _fight_enemies(a, index, ("against", "on"), _purpose_acts(a))))]
        if not acts or any(c.dep_ == "neg" for c in verb.children):
            continue
        doers: list[ActorMention] = []
        for act in acts:
            found = [m for p in _pobjs(act, ("by",)) for m in actors_of(p, index, False)]
            if not found and act.lemma_.lower() in CAMPAIGN_NOUNS | ARMED_ACT_NOUNS:
                # "the *Kurdish* offensive", "*Iraq's* campaign"
                found = [m for c in act.children if c.dep_ in DOER_MODIFIERS for m in _modifier_actors(c, index)]
            doers += [m for m in found if m.type in ALLY_TYPES and m not in doers]
        backers = [m for m in _listed_subjects(verb, index) if m.type in ALLY_TYPES]
        doers = [m for m in doers if all(m.actor_id != b.actor_id for b in backers)]
        yield from _pairs("cooperates", backers, doers, verb, index, doc_date, "062", "backed-operation", 0.7, False)


RULES: tuple[Callable[..., Iterator[RelationMention]], ...] = (
    verb_rule, noun_rule, adjective_rule, stationed_rule, located_rule, located_owner_rule, role_rule,
    lead_verb_rule, gazetteer_location_rule, home_institution_rule, known_leader_rule,
    demand_clause_rule, call_for_rule, home_government_request_rule, protest_event_rule, intent_rule, accusation_clause_rule, demanded_act_rule, counterpart_rule,
    rally_rule, despite_rule, failed_agreement_rule, trip_rule, giving_rule, ties_rule, each_other_rule,
    protest_rule, ultimatum_rule, membership_rule, struck_force_rule, peacekeeping_rule, met_at_rule, based_rule,
    military_base_rule,
    imposed_measure_rule, died_in_attack_rule, not_ruled_out_rule, came_under_attack_rule, undergone_measure_rule,
    show_of_force_rule, ordered_out_rule, emergency_rule, ally_rule, alongside_rule, command_rule, shoulder_rule,
    victim_place_rule, condemned_attacker_rule, unit_membership_rule, unit_hierarchy_rule, vessel_rule, military_support_rule,
    struck_force_noun_rule, seized_ground_rule, force_presence_rule, addressed_rule, inside_body_rule,
    fellow_member_rule, listed_member_rule,
    own_government_rule, military_head_rule, meeting_scene_rule, joint_statement_rule,
    joined_body_rule, affiliation_phrase_rule, composed_of_rule,
    meeting_noun_place_rule,
    place_noun_in_rule, successive_in_rule, group_place_rule, fronted_scene_rule,
    place_participle_rule,
    visited_force_rule, people_place_rule, operations_place_rule, clearing_rule,
    campaign_purpose_rule, helped_fight_rule,
    fight_holder_rule, fired_at_rule, backed_rule, proxy_rule, defence_rule, won_ground_rule, joint_operation_rule,
    partnered_fight_rule, fight_role_rule, backed_against_rule, confront_rule, drove_out_rule, at_war_rule,
    supported_fight_rule, hands_of_rule, fought_alongside_rule, enemy_noun_rule,
    league_against_rule, controls_rule, approval_rule, support_given_rule, in_touch_rule,
    common_cause_rule, backed_operation_rule,
)


#: Verbs of a secret plan: their complement is planned but not announced, so no threat.
PLOT_VERBS = frozenset({"plot", "conspire"})
#: Verbs whose complement is a threatened act.
THREAT_HEADS = frozenset({"threaten", "vow", "pledge", "swear"})
THREAT_CAMEO = {"attacks": "138", "sanctions": "131", "coerces": "137", "mobilizes": "130", "rejects": "130",
                "protests": "133"}


def _with_threats(mentions: Iterable[RelationMention], doc) -> Iterator[RelationMention]:
    """CAMEO codes an announced hostile act as a threat: "X will boycott Y" is X threatens Y
    now (the boycott itself stays a planned mention). Not an act only intended (:func:`_unannounced`)."""
    for r in mentions:
        yield r
        t = _trigger_token(r, doc) if r.relation in THREAT_CAMEO else None
        # "Iran would retaliate against Israel if attacked": a hostile act announced on a condition is
        # hypothetical, and its announcement still a threat.
        announced = r.modality == "planned" or (r.modality == "hypothetical" and t is not None and _conditioned(t)
                                                 and _clause_modality(t) == "planned")
        if announced and r.relation in THREAT_CAMEO and not r.rule.endswith("-plotted") and not (
                t is not None and _unannounced(t)):
            yield replace(r, relation="threatens", cameo=THREAT_CAMEO[r.relation], modality="asserted",
                          rule=r.rule + "+threat", confidence=round(r.confidence * 0.9, 3))


#: Verbs of intending, whose complement the text ascribes to the subject, who has announced nothing ("the
#: forces *intended* to take control of the mountain, but were pushed back").
ASCRIBED_INTENT_VERBS = frozenset({"intend", "aim"})


def _unannounced(tok) -> bool:
    """Whether the hostile act ``tok`` (or the clause its noun is in) is only intended or is what forces are
    sent to do: "intended to take control of Haylan Mountain", "deploys troops to Yemen to join the war effort
    against the Houthis". Such a plan is no statement of the planner's, and so no threat (CAMEO 13); a plan
    announced ("plans to", "will") is."""
    clause = tok
    for _ in range(4):
        if clause.head.i == clause.i:
            return False
        if clause.dep_ == "xcomp" and clause.head.lemma_.lower() in ASCRIBED_INTENT_VERBS:
            return True
        if _sent_for(clause, clause.head):
            return True
        if clause.dep_ not in ("dobj", "pobj", "prep", "xcomp", "advcl", "conj", "compound"):
            return False
        clause = clause.head
    return False


#: Relations of cooperative acts, whose announced refusal is a rejection (CAMEO 12), and the rejection's code.
REFUSED_CAMEO = {"meets": "125", "visits": "125", "cooperates": "120", "supports": "120", "aids": "122"}
#: Auxiliaries of a future that, negated, announce a refusal ("will not meet", "would not negotiate").
REFUSAL_AUX = frozenset({"will", "would", "wo", "shall", "'ll"})


def _trigger_token(r: RelationMention, doc):
    """The token that triggered ``r``: of the tokens of its sentence written as its trigger, the one
    that governs most of its parties' heads, then the closest to them ("Israel *attacked* Gaza and
    Hamas attacked Israel" has two); ``None`` when the sentence has none."""
    span = doc.char_span(r.sent_start, r.sent_end, alignment_mode="expand")
    found = [t for t in span or () if t.text == r.trigger]
    if len(found) < 2:
        return found[0] if found else None
    heads = [doc[m.head] for m in (r.source, r.target) if 0 <= m.head < len(doc)]
    return min(found, key=lambda t: (-sum(t.i == h.i or t.is_ancestor(h) for h in heads),
                                     sum(abs(t.i - h.i) for h in heads)))


def _with_refusals(mentions: Iterable[RelationMention], doc) -> Iterator[RelationMention]:
    """CAMEO codes an announced refusal to cooperate as a rejection: "Israel will not negotiate with the
    PLO", "X said it would not attend talks with Y" is X rejecting Y now (the act itself stays negated);
    a past act not done ("did not meet") is no refusal."""
    for r in mentions:
        yield r
        if r.modality != "negated" or r.relation not in REFUSED_CAMEO:
            continue
        tok = _trigger_token(r, doc)
        if tok is None or tok.pos_ != "VERB":
            continue
        kids = list(tok.children)
        if any(c.dep_ == "neg" for c in kids) and any(c.dep_ == "aux" and c.lower_ in REFUSAL_AUX for c in kids):
            yield replace(r, relation="rejects", cameo=REFUSED_CAMEO[r.relation], modality="asserted",
                          rule=r.rule + "+refusal", confidence=round(r.confidence * 0.9, 3))


#: Nouns of a state's word or deed: "shot down a *German* proposal" attacks no state, although
#: "rejected an *Indian* proposal" rejects India.
STATE_WORD_NOUNS = frozenset({"proposal", "plan", "idea", "bid", "bill", "motion", "draft", "suggestion",
                              "initiative", "offer"})
#: Relations of force, which a state's word cannot suffer.
FORCE_RELATIONS = frozenset({"attacks", "coerces", "sanctions", "threatens"})
#: Nouns of an unnamed band of a state's nationals, which acts as an armed group, not as the state:
#: "an *Iraqi* group killed a hostage", "*Palestinian* armed groups".
BAND_NOUNS = frozenset({"group", "cell", "network", "gang", "faction", "band"})
#: Nouns of a state's nationals' firms: "a *Turkish* company halted its work".
FIRM_NOUNS = frozenset({"company", "firm", "contractor", "corporation", "business"})
#: Nouns of firms of a trade the Phoenix agent dictionary misses or files elsewhere ("*US* publishers" is
#: media there): with a state's word, its business, not the state.
TRADE_NOUNS = frozenset({"bank", "lender", "insurer", "publisher", "chipmaker", "carmaker", "automaker", "refiner",
                         "shipper", "shipbuilder", "steelmaker", "broker", "brokerage", "conglomerate"})
#: Nouns the dictionary files under business that name states as often as firms ("Arab oil *producers*",
#: "*Saudi* suppliers" of a cartel).
TRADE_STATE_NOUNS = frozenset({"producer", "supplier", "consumer", "buyer", "seller"})


#: Verbs of denying a claim ("a charge Pakistan *denied*", "but Moscow *rejected* it").
DENIAL_VERBS = frozenset({"deny", "dismiss", "refute", "reject", "dispute", "rebut"})
#: Their written forms: a document with none of them has no denial to look for after each event.
DENIAL_FORMS = frozenset({"deny", "denies", "denied", "denying", "dismiss", "dismisses", "dismissed", "dismissing",
                          "refute", "refutes", "refuted", "refuting", "reject", "rejects", "rejected", "rejecting",
                          "dispute", "disputes", "disputed", "disputing", "rebut", "rebuts", "rebutted",
                          "rebutting"})
#: Words a denial names a claim by ("denied *it*", "dismissed *the accusation*").
CLAIM_WORDS = frozenset({"it", "this", "that", "claim", "claims", "charge", "charges", "accusation", "accusations",
                         "allegation", "allegations", "report", "reports", "assertion", "version"})


def _same_party(a: ActorMention, b: ActorMention) -> bool:
    """Whether ``a`` and ``b`` stand for one party: one actor, or a state and its organs, forces or
    capital ("Pakistan attacked ... which *Islamabad* denied", "Russian troops ... *Moscow* denied")."""
    return a.actor_id == b.actor_id or bool(a.country) and a.country in (b.country, b.actor_id) \
        or bool(b.country) and b.country == a.actor_id


def _denied_by_actor(r: RelationMention, tok, index: ActorIndex) -> bool:
    """Whether the sentence of the event ``tok`` triggers says its alleged author denies it, in a
    clause that follows the claim: "India said Pakistan attacked its posts, *a claim Islamabad
    denied*", "..., *which Pakistan denied*", "..., *but Moscow denied it*". (A denial that governs
    the event, "Russia denied its jets struck the convoy", already negates it: :func:`modality`.)"""
    for d in tok.sent:
        if d.i <= tok.i or d.lemma_.lower() not in DENIAL_VERBS or d.pos_ != "VERB" \
                or any(c.dep_ == "neg" for c in d.children) or tok in d.subtree:
            continue
        if d.dep_ == "relcl":
            # the relative clause hangs on the claim or on a word of it, and denies a claim
            about = (d.head.i == tok.i or d.head in tok.subtree) and _relative_denial(d)
        else:
            # "..., but Moscow denied *it*": a bare claim (not "the charge *that it harbours militants*",
            # "accusations *of torture*": another claim) denied beside the verb that reports the event
            about = d.head.i != tok.i and tok in d.head.subtree and any(
                c.dep_ in OBJ and c.lower_ in CLAIM_WORDS
                and not any(g.dep_ in ("acl", "ccomp", "relcl", "prep") for g in c.children) for c in d.children)
        if not about:
            continue
        deniers = [m for c in d.children if c.dep_ in SUBJ for m in actors_of(c, index)] + _agent(d, index)
        if any(_same_party(m, r.source) for m in deniers):
            return True
    return False


#: Relative pronouns a denial's clause may take its claim by ("a claim *which* Pakistan denied").
CLAIM_RELATIVES = frozenset({"which", "that"})


def _relative_denial(d) -> bool:
    """Whether the relative clause of the denial verb ``d`` denies a claim: it hangs on a claim noun
    ("a *claim* Islamabad denied"), or its "which" after a comma stands for the clause before
    ("attacked its posts, *which* Pakistan denied"); and the verb has no object of its own, as "deny"
    in the sense of "refuse" has ("the activist, *whom* Israel had denied *entry*")."""
    objs = [c for c in d.children if c.dep_ in OBJ]
    if any(c.lower_ not in CLAIM_RELATIVES for c in objs):
        return False
    if d.head.pos_ == "NOUN" and d.head.lemma_.lower() in CLAIM_WORDS:
        return True
    which = [c for c in objs if c.lower_ == "which"]
    return bool(which) and which[0].i > 0 and d.doc[which[0].i - 1].text == ","


#: Determiners of a claim named again in the next sentence ("denied *the* claim", "rejected *these* reports").
ANAPHORIC_DETS = frozenset({"the", "this", "that", "these", "those", "such"})
#: Nouns of a part in an event that a denial disowns ("denied *any involvement*", "denied responsibility").
INVOLVEMENT_NOUNS = frozenset({"involvement", "responsibility", "role", "part", "complicity", "link", "links"})


def _refers_back(obj) -> bool:
    """Whether a denial's object names a claim made before, and no new one: "denied *it*", "denied *the
    report*", "dismissed *such accusations*", "denied *any involvement*" (in the attack, or none said), not
    "denied *the charge that it harbours militants*", "denied *reports of torture*", "denied *a report*"."""
    kids = list(obj.children)
    lemma, lower = obj.lemma_.lower(), obj.lower_
    if lemma in INVOLVEMENT_NOUNS:
        return any(c.dep_ in ("det", "poss") and c.lower_ in ("any", "all", "its", "their", "his", "her")
                   for c in kids) or not any(c.dep_ == "det" for c in kids)
    if any(c.dep_ in ("acl", "ccomp", "relcl", "prep", "appos") for c in kids) or lower not in CLAIM_WORDS:
        return False
    return obj.pos_ == "PRON" or any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in kids)


def _denied_next(r: RelationMention, tok, index: ActorIndex) -> bool:
    """Whether the sentence after the one of the event ``tok`` triggers opens with its alleged author
    denying it: "Russian jets bombed a hospital in Idlib, activists said. *Moscow denied the claim.*",
    "... *The Kremlin has denied any involvement.*" Only a denial that is the next sentence's main verb and
    whose object refers back to a claim (:func:`_refers_back`)."""
    sent = tok.sent
    if sent.end >= len(tok.doc):
        return False
    d = tok.doc[sent.end].sent.root
    if d.lemma_.lower() not in DENIAL_VERBS or d.pos_ != "VERB" or any(c.dep_ == "neg" for c in d.children):
        return False
    kids = list(d.children)
    if any(c.dep_ in OBJ and _refers_back(c) for c in kids):
        deniers = [m for c in kids if c.dep_ in SUBJ for m in actors_of(c, index)]
    elif any(c.dep_ in PASSIVE_SUBJ and _refers_back(c) for c in kids):
        deniers = _agent(d, index)  # "The claim was denied by Moscow."
    else:
        return False
    return any(_same_party(m, r.source) for m in deniers)


def _with_denials(mentions: Iterable[RelationMention], doc, index: ActorIndex) -> Iterator[RelationMention]:
    """An event its alleged author denies in the same sentence, or at once in the next one, is claimed,
    not asserted: "India said Pakistan attacked its posts, a claim Islamabad denied", "Russia bombed a
    hospital, activists said. Moscow denied the claim." is no attack the graph may state as fact."""
    for r in mentions:
        if r.modality == "asserted" and codes.relation_info(r.relation).kind == "event":
            tok = _trigger_token(r, doc)
            if tok is not None and (_denied_by_actor(r, tok, index) or _denied_next(r, tok, index)):
                r = replace(r, modality="hypothetical", rule=r.rule + "+denied")
        yield r


def _state_adjective(r: RelationMention, m: ActorMention, doc, index: ActorIndex):
    """An argument of force that is only a state's adjective on a noun no actor covers, as what the
    noun names: ``m`` itself for the state, its people or its acts ("Israeli strikes", "killed
    Nigerian villagers"); an unnamed band of its nationals as an armed group ("an *Iraqi* group
    killed a hostage"), a firm of theirs as their business ("a *Turkish* company halted work in
    Iraq"); ``None`` for its criminals ("*Somali* pirates") and for its word ("shot down a *German*
    proposal"): a false accusation of the state otherwise."""
    from .actors import agent_sector

    if m.type != "Country" or not m.country:
        return m
    tok = doc[m.head]
    noun = tok.head
    if _business_word(tok, noun, m, index) and codes.relation_info(r.relation).kind == "event":
        # "*US* publishers filed suit to block Google", "*German* carmakers criticised France": a state's firms
        # act (and are acted on) for themselves; an analyst of the state's conduct must not see the state.
        return _people(m.country, "BUS", noun)
    if m is r.target and codes.relation_info(r.relation).kind == "event" \
            and (private := _private_people(tok, noun, index)):
        # "kills 20 *Indian* nationals", "*A Latvian* man charged by U.S.", "open fire on a *Mexican* tourist
        # convoy": private people of the state (INDCVL), whatever is done to them; the state is no party of
        # it. (Who acts is left as the rules name it: "*Indonesian* students protested" is coded as the state.)
        return _people(m.country, private, noun)
    if r.relation not in FORCE_RELATIONS | PEOPLE_ACTS:
        return m
    if tok.dep_ == "pobj" and noun.lower_ == "from" and noun.head.i < noun.i and r.relation in PEOPLE_ACTS and (
            people := _party_people(noun.head)) is not None and _fled(*people) and people[1].i == noun.head.i \
            and not any(x.token_start <= noun.head.i < x.token_end for x in index.mentions):
        # "detained refugees *from Syria*": the refugees Syria's, not Syria.
        return _people(m.country, people[0], people[1])
    if tok.dep_ not in ("amod", "compound", "nmod", "poss") or noun.i <= tok.i or noun.pos_ != "NOUN":
        return m
    if any(x.token_start <= noun.i < x.token_end for x in index.mentions):
        return m
    if (people := _party_people(noun)) is not None and people[1].i == noun.i and people[0] in PARTY_SECTORS:
        # "killed *Iraqi* civilians", "aid to *Syrian* refugees", "*Iraq's* journalists": the state's
        # people (IRQCVL, SYRREF), not the state; refugees of the state they fled, wherever they are.
        return _people(m.country, people[0], noun)
    if r.relation not in FORCE_RELATIONS or m.token_end - m.token_start != 1 or tok.dep_ == "poss":
        return m
    lemma = noun.lemma_.lower()
    if lemma in STATE_WORD_NOUNS:
        return None if r.relation in FORCE_RELATIONS else m
    if lemma in BAND_NOUNS:
        return _people(m.country, "REB", noun)
    if agent_sector(noun) == "CRM":
        return None  # "Albanian smugglers", "Somali pirates": a state's criminals do not act for it
    return m


#: Nouns of private persons that the agent dictionary files as people at large, or not at all: with a state's
#: word, its civilians ("a *Latvian* man", "20 *Indian* nationals"), not the nation ("the *Iraqi* people").
PRIVATE_PERSON_NOUNS = frozenset({"man", "woman", "person", "individual", "national", "boy", "girl", "child",
                                  "teenager", "youth", "couple", "family", "passenger", "tourist", "traveller",
                                  "traveler", "visitor", "hostage", "captive", "resident", "expatriate", "expat",
                                  "pensioner", "mother", "father", "son", "daughter", "husband", "wife"})


def _private_people(tok, noun, index: ActorIndex) -> Optional[str]:
    """The people's sector when the state's one-word mention at ``tok`` only qualifies ``noun``, a noun of
    private persons no actor covers, or a civilian thing named after them: ``CVL`` for "a *Latvian* man", "*Indian*
    nationals", "a *Mexican* tourist convoy" (the tourists'), the sector of "*Turkish* workers" (``LAB``). Not
    the nation ("the *Iraqi* people"), nor the state's organs, which are actors of their own ("*Turkish*
    soldiers", "the *Indian* embassy")."""
    if tok.dep_ not in ("amod", "compound", "nmod") or noun.i <= tok.i or noun.pos_ != "NOUN" \
            or any(x.token_start <= noun.i < x.token_end for x in index.mentions if x.head != tok.i) \
            or _anti_prefixed(tok.doc, tok.i):
        # ("*anti-American* demonstrators" are against the state, see :func:`protest_rule`)
        return None
    for word in [noun] + [c for c in noun.lefts if c.dep_ == "compound" and c.i > tok.i]:
        if word.lemma_.lower() in PRIVATE_PERSON_NOUNS or word.lower_ in PRIVATE_PERSON_NOUNS:
            return "CVL"
        found = _party_people(word)
        if found is not None and found[1].i == word.i and found[0] in PARTY_SECTORS:
            return found[0]
    return None


#: Nouns of a party another backs or is allied with: a state's word before one ("a key *U.S.* ally", "an
#: *American* partner", "*Washington's* proxies") names its patron, not the party.
PATRONAGE_NOUNS = frozenset({"ally", "client", "partner", "proxy", "protege", "protégé", "satellite", "surrogate",
                             "puppet"})


#: Nouns of a party by its tie to another: "two *neighbours of* Nigeria", "*allies of* Iran", "*rivals of*
#: Hamas" are others than the one their "of" phrase names, who is no target of an act on them.
RELATIONAL_NOUNS = PATRONAGE_NOUNS | {"neighbor", "neighbour", "rival", "enemy", "foe", "opponent", "adversary",
                                      "critic", "friend"}


def _patron_word(r: RelationMention, m: ActorMention, doc, index: ActorIndex) -> bool:
    """Whether ``m`` only qualifies a noun of :data:`PATRONAGE_NOUNS` that ``r`` is about: "militants attacked a
    key *U.S.* ally" attacks the ally, an unnamed party, not the United States. Not where the noun has an owner
    of its own, whose the modifier says the ally is ("Moscow's *Syrian* ally", "its *Iranian* partners"), nor
    where the noun is the relation's own word ("Turkey, a NATO ally": :func:`ally_rule`)."""
    tok = doc[m.head]
    noun = tok.head
    if tok.dep_ not in ("amod", "compound", "nmod", "poss") or noun.i <= tok.i or noun.pos_ != "NOUN" \
            or noun.lemma_.lower() not in PATRONAGE_NOUNS or r.trigger.lower() in (noun.lower_, noun.lemma_.lower()) \
            or codes.relation_info(r.relation).kind != "event":
        return False
    if tok.dep_ != "poss" and any(c.dep_ == "poss" for c in noun.children):
        return False
    return not any(x.token_start <= noun.i < x.token_end for x in index.mentions if x.head != m.head)


def _business_word(tok, noun, m: ActorMention, index: ActorIndex) -> bool:
    """Whether the state's one-word mention ``m`` (token ``tok``) only qualifies ``noun``, a noun of firms
    no actor covers ("*Japanese* banks", "major *US* publishers", "*German* car companies")."""
    from .actors import agent_sector

    if tok.dep_ not in ("amod", "compound", "nmod") or noun.i <= tok.i or noun.pos_ != "NOUN" \
            or m.token_end - m.token_start != 1 or any(x.token_start <= noun.i < x.token_end for x in index.mentions):
        return False
    lemma = noun.lemma_.lower()
    # (A state's craft is the state's: "an Iranian missile attack on a *Kuwaiti tanker*" attacks Kuwait.)
    return lemma in FIRM_NOUNS | TRADE_NOUNS or (agent_sector(noun) == "BUS" and lemma not in TRADE_STATE_NOUNS
                                                  and lemma not in CRAFT_NOUNS)


def _rank(r: RelationMention) -> tuple:
    """Of two mentions of one fact in one sentence, the asserted, then the current, then the more confident."""
    return r.modality == "asserted", not r.former, r.confidence


#: Rules of located-in that state where a place lies, by the gazetteer or by how the text names it
#: ("Cairo, Egypt", "the Iraqi city of Mosul"): standing facts, whatever the clause's modality.
STANDING_PLACE_RULES = frozenset({"gazetteer", "located-appos", "located-name", "located-owner", "located-kind"})


def extract_relations(doc, index: ActorIndex, doc_date=None) -> list[RelationMention]:
    """Run every rule; one mention per (relation, source, target, sentence), the most confident.

    Symmetric relations are stored once per pair, in a canonical order.
    """
    best: dict[tuple, RelationMention] = {}
    filed = doc_dateline_end(doc)
    doc.user_data[_VERB_ENTRIES] = {}  # only while the rules run: the Doc stays as it was
    doc.user_data[_SENT_STATES] = {}
    doc.user_data[_ARGUMENTS] = {}
    doc.user_data[_COLUMNS] = columns(doc)
    doc.user_data.pop(_HEADLINE, None)
    doc.user_data[_HEADLINE] = headline = headline_end(doc)
    doc.user_data[_DOC_DATE] = doc_date
    try:
        denials = bool(select(doc, lower=DENIAL_FORMS))
        for rule in RULES:
            found = _with_refusals(_with_threats(rule(doc, index, doc_date), doc), doc)
            for r in _with_denials(found, doc, index) if denials else found:
                if r.source.start < filed or r.target.start < filed:
                    continue  # a dateline's place or agency: where and by whom it was filed, no party
                if headline and (r.source.token_start < headline) != (r.target.token_start < headline) \
                        and codes.relation_info(r.relation).kind == "event":
                    continue  # a headline and the story's first sentence are two clauses, parsed as one
                if _patron_word(r, r.source, doc, index) or _patron_word(r, r.target, doc, index):
                    continue
                src, tgt = _state_adjective(r, r.source, doc, index), _state_adjective(r, r.target, doc, index)
                if src is None or tgt is None or src.actor_id == tgt.actor_id:
                    continue
                if src is not r.source or tgt is not r.target:
                    r = replace(r, source=src, target=tgt)
                if r.rule in STANDING_PLACE_RULES and r.relation == "located-in" and r.modality != "asserted":
                    # "Israel did not attack targets near Damascus, Syria", "police allegedly beat protesters in
                    # Cairo, Egypt": where a place lies is no part of what the clause denies or reports.
                    r = replace(r, modality="asserted")
                info = codes.relation_info(r.relation)
                if info.symmetric and r.source.actor_id > r.target.actor_id:
                    r = replace(r, source=r.target, target=r.source)
                key = (r.relation, r.source.actor_id, r.target.actor_id, r.sent_start)
                old = best.get(key)
                if old is None or _rank(r) > _rank(old):
                    best[key] = r
    finally:
        doc.user_data.pop(_VERB_ENTRIES, None)
        doc.user_data.pop(_SENT_STATES, None)
        doc.user_data.pop(_ARGUMENTS, None)
        doc.user_data.pop(_COLUMNS, None)
        doc.user_data.pop(_HEADLINE, None)
        doc.user_data.pop(_DOC_DATE, None)
    return sorted(best.values(), key=lambda r: (r.sent_start, r.source.start, r.target.start, r.relation))
