"""Pronouns that stand for a body the document names: "we", "our", "its", "their", "they", "it".

A pronoun becomes an actor mention of its antecedent (same id, label, type and country; the
pronoun's own span, ``pronoun=True``) only when the antecedent is clear; an ambiguous pronoun
stays no actor.  Persons' "he"/"she" are :func:`graphbuilder.actors._corefer_people`'s.

* First person inside a quotation speaks for its speaker: "'We will not allow al-Qaida to
  grow,' said British Foreign Secretary Robin Cook" — "we" is the Government of the United
  Kingdom (the organ of the speaker's title), "I" is Cook.  A body that speaks stands for
  itself ("'Our forces struck ...,' the Russian Defence Ministry said").
* First person plural outside a quotation is the author of a statement, the body the
  previous sentence is about: "The Coalition complies with the law. *We* will continue to strike ISIL".
* "its" and "their" (and "it"/"they" said of a speaker) stand for the body that both binds the
  pronoun (the subject of a clause above it) and is the closest noun before it that agrees
  in number: "Russia said *it* would send warships", "Hamas said *its* fighters ...".
  "The EU imposed sanctions on Russia over *its* annexation of Crimea" names two candidates
  (the subject, and the closer Russia): neither is taken.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from .actors import ARMED_BODIES, ARMED_GROUP_WORDS, GENERIC_BODIES, GENERIC_MEN
from .model import ActorMention, is_generic
from .tokens import doc_text, select

FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
FIRST_SINGULAR = frozenset({"i", "me", "my", "myself"})
FIRST_PERSON = FIRST_PLURAL | FIRST_SINGULAR
NEUTER = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "themselves"})
#: Pronouns that stand for a body only through a clause above them: "it" is as often the weather,
#: an event or an expletive ("it is a fight we must win").
BOUND_ONLY = frozenset({"it", "them", "itself", "themselves"})
BODY_TYPES = frozenset({"Country", "Government", "Military", "Organisation", "InternationalOrganisation",
                        "ArmedGroup"})
#: Verbs that introduce what someone says (``speech_verbs`` of ``triggers.json`` and the verbs of quoting).
QUOTE_VERBS = frozenset({"say", "tell", "add", "announce", "claim", "declare", "insist", "report", "state", "warn",
                         "allege", "stress", "note", "explain", "vow", "pledge", "write", "tweet", "reply",
                         "respond", "confirm", "deny", "emphasise", "emphasize", "assure", "acknowledge",
                         "continue", "conclude", "argue", "urge", "promise", "predict", "threaten"})
#: Nouns for who speaks for a body: "a *spokesman for* the Afghan government said".
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials", "statement",
                          "spokesmen", "representative", "source", "sources"})
SUBJECTS = ("nsubj", "nsubjpass")
RELATIVES = frozenset({"who", "which", "that"})
#: Entity types of nouns that name no thing a pronoun could stand for ("Russia on *Tuesday* said its ...").
NON_REFERRING = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
PLURAL_TAGS = ("NNS", "NNPS")
#: Tokens at most between a quotation and the next one its attribution runs on to.
MAX_ATTRIBUTION = 16
OPENING_MARKS = frozenset({"\u201c", "\u2018", "\u00ab", "``"})
CLOSING_MARKS = frozenset({"\u201d", "\u2019", "\u00bb", "''"})
#: Common nouns for people: no "it", and no body a pronoun stands for.
PERSON_WORDS = frozenset({"soldier", "officer", "man", "woman", "person", "fighter", "militant", "civilian", "child",
                          "boy", "girl", "victim", "leader", "spokesman", "spokeswoman", "spokesperson", "official",
                          "representative", "commander", "people", "officials", "source"})


def corefer_bodies(doc, mentions: Sequence[ActorMention], roles: Sequence = ()) -> list[ActorMention]:
    """Mentions of the pronouns whose antecedent body (or, for "I", person) is clear.

    Parameters
    ----------
    doc
        A parsed ``Doc``.
    mentions
        The document's actor mentions (persons' pronouns included).
    roles
        The :class:`~graphbuilder.actors.Role` of its persons: a titled speaker's "we" is the organ
        of the title.

    Returns
    -------
    list of ActorMention
        New mentions, one per resolved pronoun, in document order.
    """
    by_token: dict[int, ActorMention] = {}
    for m in mentions:
        for i in range(m.token_start, m.token_end):
            by_token.setdefault(i, m)
    wanted = FIRST_PLURAL | FIRST_SINGULAR | NEUTER | PLURAL
    pronouns = [t for t in select(doc, lower=wanted) if t.i not in by_token and t.tag_ in ("PRP", "PRP$")]
    if not pronouns:
        return []
    quotes = quotations(doc)
    out: list[ActorMention] = []
    resolved: dict[int, ActorMention] = {}
    for tok in pronouns:
        low = tok.lower_
        if tok.dep_ == "poss" and any(c.dep_ in ("compound", "amod", "nmod") and (c.i in by_token or c.ent_type_ == "Demonym")
                                      for c in tok.head.children):
            # "its European Community partners", "its Russian allies": the noun says whose it is.
            continue
        if low in FIRST_PLURAL or low in FIRST_SINGULAR:
            found = _first_person(doc, tok, quotes, by_token, resolved, roles)
        else:
            found = _third_person(doc, tok, by_token, resolved)
        if found is None:
            continue
        m = replace(found, surface=tok.text, start=tok.idx, end=tok.idx + len(tok.text), token_start=tok.i,
                    token_end=tok.i + 1, head=tok.i, pronoun=True)
        resolved[tok.i] = m
        out.append(m)
    return out


# ----------------------------------------------------------------------------- quotations


def quotations(doc) -> list[tuple[int, int, Optional[int]]]:
    """Quoted passages as ``(start, end, verb)``: the tokens between a pair of quotation marks
    and the verb that introduces them ("X *said*, "..."", ""...," *said* X"), else ``None``.

    A quotation left open at a paragraph's end closes there (the convention of a quote that runs
    over paragraphs, reopened in the next); one reopened so keeps its speaker's verb, and so does
    one that goes on right after its attribution (""...," Kerry told reporters. "We are ..."").
    """
    marks = [t for t in select(doc, tag=("``", "''")) if not t.is_alpha]
    out: list[tuple[int, int, Optional[int]]] = []
    open_at: Optional[int] = None
    carried: Optional[int] = None  # verb of a quotation left open at the end of the previous paragraph
    last: Optional[tuple[int, int]] = None  # closing mark and verb of the last quotation with a speaker
    text = doc_text(doc)
    for t in marks:
        if open_at is not None and "\n" in text[doc[open_at].idx:t.idx]:
            end = _paragraph_end(doc, open_at)
            verb = _quote_verb(doc, open_at, end)
            out.append((open_at + 1, end, verb))
            carried, open_at = verb, None
        if t.text == '"':
            opens = open_at is None  # a straight quotation mark opens and closes in turn
        elif t.text in OPENING_MARKS or t.text in CLOSING_MARKS:
            opens = t.text in OPENING_MARKS
        else:
            opens = t.tag_ == "``"
        if opens:
            open_at = t.i
        elif open_at is not None:
            verb = _quote_verb(doc, open_at, t.i)
            if verb is None and carried is not None and doc[open_at].i > 0 \
                    and "\n" in text[max(0, doc[open_at].idx - 2):doc[open_at].idx + 1]:
                verb = carried
            elif verb is None and last is not None and last[0] < last[1] < open_at <= last[0] + MAX_ATTRIBUTION \
                    and "\n" not in text[doc[last[0]].idx:doc[open_at].idx]:
                verb = last[1]
            out.append((open_at + 1, t.i, verb))
            if verb is not None:
                last = (t.i, verb)
            open_at, carried = None, None
    if open_at is not None:
        end = _paragraph_end(doc, open_at)
        out.append((open_at + 1, end, _quote_verb(doc, open_at, end)))
    return out


def _paragraph_end(doc, i: int) -> int:
    """The index after the last token of ``i``'s paragraph."""
    for t in doc[i:]:
        if "\n" in t.whitespace_ or "\n" in t.text:
            return t.i + 1 if "\n" in t.whitespace_ else t.i
    return len(doc)


def _quote_verb(doc, open_mark: int, close_mark: int) -> Optional[int]:
    """The verb outside a quotation that says who speaks it: after it in its last sentence
    (""...," *said* Cook"), else before it in its first ("Cook *said*: "..."")."""
    if close_mark < len(doc):
        sent = doc[close_mark].sent
        for t in doc[close_mark + 1:sent.end]:
            if t.tag_ in ("``", "''") and not t.is_alpha:
                break
            if t.pos_ == "VERB" and t.lemma_.lower() in QUOTE_VERBS:
                return t.i
    sent = doc[open_mark].sent
    for t in reversed(doc[sent.start:open_mark]):
        if t.tag_ in ("``", "''") and not t.is_alpha:
            break
        if t.pos_ == "VERB" and t.lemma_.lower() in QUOTE_VERBS:
            return t.i
    return None


def _speaker(doc, verb: int, by_token: dict, resolved: dict) -> Optional[ActorMention]:
    """The actor whose words ``verb`` reports: its subject ("a spokesman *for X*": X)."""
    subj = next((c for c in doc[verb].children if c.dep_ in SUBJECTS), None)
    if subj is None:
        return None
    m = resolved.get(subj.i) or by_token.get(subj.i)
    if m is None:
        m = next((by_token[c.i] for c in subj.children if c.dep_ == "appos" and c.i in by_token), None)
    if m is None and subj.pos_ == "NOUN" and _speaks_for(subj):
        # "a spokesman for the Afghan government", "a Free Syrian Army commander", "the Taliban spokesman"
        m = next((by_token[g.i] for c in subj.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                  for g in c.children if g.dep_ == "pobj" and g.i in by_token), None) or \
            next((by_token[c.i] for c in subj.children if c.dep_ in ("compound", "poss", "amod", "nmod")
                  and c.i in by_token and by_token[c.i].type in BODY_TYPES), None)
    return m


def _speaks_for(noun) -> bool:
    """Whether a common noun names who speaks for a body ("spokesman", "commander", "statement")."""
    from .actors import TITLE_NOUNS

    return noun.lower_ in SPOKESPEOPLE or noun.lemma_.lower() in SPOKESPEOPLE or noun.lemma_.lower() in TITLE_NOUNS


def _speech_verb(tok) -> Optional[int]:
    """The reporting verb whose complement clause holds ``tok`` ("Cook said *we* would ...")."""
    head = tok
    for _ in range(6):
        if head.head.i == head.i:
            return None
        if head.dep_ in ("ccomp", "parataxis") and head.head.pos_ == "VERB" \
                and head.head.lemma_.lower() in QUOTE_VERBS:
            return head.head.i
        head = head.head
    return None


def _speaker_body(doc, speaker: ActorMention, roles: Sequence, by_token: dict) -> Optional[ActorMention]:
    """The body a speaker's "we" is: the speaker itself if a body, else the one organ of the
    person's current titles ("Foreign Secretary Robin Cook": the Government of the United Kingdom),
    else the one body its title names ("Pentagon spokesman Peter Cook", "Joseph Votel, commander
    of U.S. Central Command")."""
    from .actors import FORMER, _title_tokens

    if speaker.type in BODY_TYPES:
        return speaker
    if speaker.type != "Person":
        return None
    organs = {r.organ.actor_id: r.organ for r in roles
              if r.person.actor_id == speaker.actor_id and not r.former and r.organ.type in BODY_TYPES}
    if organs:
        return next(iter(organs.values())) if len(organs) == 1 else None
    if speaker.pronoun:
        return None
    title = _title_tokens(doc, speaker)
    if any(t.lower_ in FORMER for t in title):
        return None
    # The body that qualifies the title's noun or follows it ("president *of* X"), not one inside
    # that body's name ("president of *Rwanda's* Democratic Green Party").
    words = [c for t in title if _speaks_for(t) for c in t.children if c.dep_ in ("compound", "amod", "poss", "nmod")] \
        + [g for t in title if _speaks_for(t) for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "at")
           for g in c.children if g.dep_ == "pobj"]
    bodies = {m.actor_id: m for t in words for m in [by_token.get(t.i)] if m is not None and m.type in BODY_TYPES}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _first_person(doc, tok, quotes, by_token: dict, resolved: dict, roles) -> Optional[ActorMention]:
    """"we"/"our" (a body) or "I"/"my" (a person) by who speaks: the quotation's speaker, the
    speaker of a reported clause ("Cook said *we* would ..."), else, for "we", the author."""
    quote = next((q for q in quotes if q[0] <= tok.i < q[1]), None)
    # Inside a quotation, its speaker speaks, whatever clause it reports ("'Russia says *we* are weak'").
    verb = quote[2] if quote is not None else _speech_verb(tok)
    if verb is not None:
        speaker = _speaker(doc, verb, by_token, resolved)
        if speaker is None:
            if tok.lower_ in FIRST_SINGULAR:
                return None
            return _spokesman_body(doc, verb, min(verb, quote[0]) if quote else verb, by_token, resolved)
        if tok.lower_ in FIRST_SINGULAR:
            return speaker if speaker.type == "Person" else None
        body = _speaker_body(doc, speaker, roles, by_token)
        if body is not None or quote is None:
            return body
        # A speaker whose body the text does not give: the body the quotation is about ("'The
        # Coalition is trained. We've trained the ISF,' said Volesky").
        return _author(doc, tok, by_token, resolved, within=quote)
    if quote is not None or tok.lower_ in FIRST_SINGULAR:
        return None
    return _author(doc, tok, by_token, resolved)


def _spokesman_body(doc, verb: int, start: int, by_token: dict, resolved: dict) -> Optional[ActorMention]:
    """"The Pentagon said its troops would stay. "We are there ...," *a spokesman* said": a speaker
    who is only a spokesman or an official speaks for the one body the previous sentence is about."""
    subj = next((c for c in doc[verb].children if c.dep_ in SUBJECTS), None)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in SPOKESPEOPLE \
            or any(c.dep_ not in ("det", "amod") or c.ent_type_ for c in subj.children):
        return None
    sent = doc[start].sent
    if sent.start == 0:
        return None
    return _one_subject_body(doc[sent.start - 1].sent, by_token, resolved)


def _author(doc, tok, by_token: dict, resolved: dict, within=None) -> Optional[ActorMention]:
    """The body an unattributed "we" speaks for: the body that is the subject of the clause above
    the pronoun ("The United States remains committed to working with *our* partners"), else,
    when no clause above has a subject, the one body that is the main subject of the previous
    sentence (inside ``within``, a quotation, if given).  "France is one of *our* partners" says
    who we are not."""
    # "We"/"us" is not who the clause above is about ("Perhaps the Russians have arguments to convince
    # *us*"); "our" is its own subject's only ("the opposition liberated Dabiq, aided by *our* ally":
    # the author's ally, not the opposition's).
    for verb, subj in (_governing_subjects(tok) if tok.dep_ == "poss" else ()):
        m = resolved.get(subj.i) or by_token.get(subj.i)
        if verb.lemma_.lower() == "be" or m is None or m.type not in BODY_TYPES or _listed(subj) \
                or not _controls(subj, verb) or (within is not None and not within[0] <= subj.i < within[1]):
            return None
        return m
    sent = tok.sent
    if sent.start == 0:
        return None
    return _one_subject_body(doc[sent.start - 1].sent, by_token, resolved, within)


def _controls(subj, verb) -> bool:
    """Whether ``subj`` is ``verb``'s own subject or that of the verb it completes ("We will continue
    *to strike*"), not one a participle or a conjunct borrows ("..., *aided* by our ally")."""
    while subj.head.i != verb.i:
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return True


def _one_subject_body(sent, by_token: dict, resolved: dict, within=None) -> Optional[ActorMention]:
    """The one body that is a main subject of ``sent`` (inside ``within`` if given), persons aside;
    ``None`` if a subject is no body ("the strikes", "fighters") or there are several."""
    found = {}
    for subj in _main_subjects(sent):
        if within is not None and not within[0] <= subj.i < within[1]:
            continue
        m = resolved.get(subj.i) or by_token.get(subj.i)
        if m is None:
            # "*its* troops", "Iraq's army": the body whose forces they are
            m = next((resolved.get(c.i) or by_token.get(c.i) for c in subj.children if c.dep_ == "poss"), None)
        if m is not None and m.type in BODY_TYPES and not _listed(subj):
            found[m.actor_id] = m
        elif m is None or m.type != "Person":
            return None
    return next(iter(found.values())) if len(found) == 1 else None


def _listed(subj) -> bool:
    """Whether a subject is one of several ("The UK, the Coalition and Iraq *are* committed", the
    list parsed as an apposition; "X and Y")."""
    if subj.conjuncts or any(c.dep_ == "appos" and c.conjuncts for c in subj.children):
        return True
    verb = subj.head
    return subj.tag_ in ("NN", "NNP") and any(t.tag_ == "VBP" for t in [verb, *verb.children]
                                                 if t.i == verb.i or t.dep_ in ("aux", "auxpass"))


def _main_subjects(sent) -> list:
    """Subjects of a sentence's main clause, of the clauses coordinated with it and of what its
    reporting verb reports ("Philip Hammond said: *The UK* has worked ...")."""
    root = sent.root
    clauses = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if root.lemma_.lower() in QUOTE_VERBS:
        clauses += [c for c in root.children if c.dep_ in ("ccomp", "parataxis")]
    return sorted((c for v in clauses for c in v.children if c.dep_ in SUBJECTS), key=lambda t: t.i)


# ----------------------------------------------------------------------------- third person


def _plural(tok) -> bool:
    return tok.lower_ in PLURAL


#: Nouns for a whole people ("the Iraqi *people*"), which its state's demonym names.
PEOPLE_NOUNS = frozenset({"people", "population"})
#: Words for nobody in particular: "no *one* was biting their nails" stands for no body.
INDEFINITES = frozenset({"one", "anyone", "someone", "everyone", "nobody", "everybody", "anybody", "somebody",
                         "no-one", "each", "all", "both", "none"})


def _head(doc, m: ActorMention):
    """The head token of mention ``m``: its last token when the head lies outside it (a resolved
    pronoun's head is the pronoun)."""
    return doc[m.head] if m.token_start <= m.head < m.token_end else doc[m.token_end - 1]


def _agrees(m: ActorMention, doc, plural: bool) -> bool:
    """Whether the body ``m`` can be "it" (one body, not named by a plural) or "they" (named
    by a plural: "Iraqi forces", "the Kurds"; or an armed group)."""
    if m.type not in BODY_TYPES:
        return False
    head = _head(doc, m)
    if m.pronoun:
        # a pronoun already resolved is "it" or "they" by its own number, never "we"
        return head.lower_ in (PLURAL if plural else NEUTER)
    # ("the United States said *it*", "the Philippines ... *it*": a state's name is one body, whatever its "s")
    named_plural = head.tag_ in PLURAL_TAGS and m.type not in ("Country", "Government")
    # A named armed group is "it" and "they" alike ("the FARC must hand over its weapons", "the Taliban
    # said they"); "militants" are only "they".
    return (m.type == "ArmedGroup" and not is_generic(m.actor_id)) or named_plural == plural


def _candidate(doc, t, by_token: dict, resolved: dict, plural: bool, pronoun=None):
    """``(agrees, mention)`` for a noun ``t`` as a possible antecedent: ``agrees`` says whether
    it could be the pronoun at all (number, a thing or body rather than a person), ``mention``
    the body it names if any (``None``: a thing, or bodies the pronoun cannot tell apart)."""
    if t.lower_ in INDEFINITES and t.pos_ in ("PRON", "NUM", "NOUN", "DET"):
        return True, None
    if t.conjuncts and t.pos_ in ("NOUN", "PROPN") and not (pronoun is not None and any(
            c.left_edge.i <= pronoun.i <= c.right_edge.i for c in t.conjuncts)):
        # "Washington and Kabul ... *they*": several at once, none of them alone.
        return plural, None
    m = resolved.get(t.i) or by_token.get(t.i)
    if m is not None:
        if m.type == "Person":
            return False, None
        if m.type in BODY_TYPES:
            return _agrees(m, doc, plural), m
        # a place: "Mosul and *its* suburbs"
        return not plural, None
    if t.pos_ == "PRON":
        # a pronoun left unresolved may still be the one: it hides what comes before it
        return t.lower_ in (PLURAL if plural else NEUTER), None
    if t.pos_ not in ("NOUN", "PROPN") or t.ent_type_ in NON_REFERRING or t.ent_type_ == "PERSON":
        return False, None
    if plural and t.lemma_.lower() in PEOPLE_NOUNS:
        # "the Iraqi people ... as *they* confront ISIL": a people named by its state's demonym is that state.
        state = [x for c in t.children if c.dep_ in ("amod", "compound") for x in [by_token.get(c.i)]
                 if x is not None and x.type == "Country" and not x.pronoun]
        if len(state) == 1:
            return True, state[0]
    if _around_speech(t):
        return False, None
    if t.dep_ == "compound" or (not plural and _personal(t)):
        # ("officials" may be "they": a noun for people hides what comes before it)
        return False, None
    return (t.tag_ in PLURAL_TAGS) == plural, None


def _around_speech(t) -> bool:
    """Whether a noun only says how or to whom something was said ("said *in a statement* that its
    jets ...", "told *reporters* they ..."): no antecedent."""
    verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head
    return t.dep_ in ("pobj", "dobj", "dative") and verb.pos_ == "VERB" and verb.lemma_.lower() in QUOTE_VERBS \
        and any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)


def _personal(t) -> bool:
    """Whether a common noun names a person ("the ambassador", "officials"): no "it"."""
    from .actors import PERSON_NOUNS, TITLE_NOUNS

    low = t.lemma_.lower()
    return low in TITLE_NOUNS or low in PERSON_NOUNS or low in PERSON_WORDS or t.lower_ in PERSON_WORDS


def _modifier(doc, m: ActorMention) -> bool:
    """Whether a mention only qualifies a noun outside it ("*UK* manufacturers", "*ISIL* positions"):
    the phrase is the noun's, which is what a pronoun would stand for."""
    head = _head(doc, m)
    return head.dep_ in ("compound", "amod", "nmod", "poss") and not m.token_start <= head.head.i < m.token_end \
        and head.head.pos_ in ("NOUN", "PROPN")


def _nearest(doc, tok, start: int, by_token: dict, resolved: dict, plural: bool):
    """The closest token before ``tok`` (from ``start``) that could be the pronoun:
    ``(token, mention or None)``, or ``None``.  A mention counts once, at its head; one that
    only qualifies a noun not at all."""
    for t in reversed(doc[start:tok.i]):
        m = resolved.get(t.i) or by_token.get(t.i)
        if m is not None and not m.pronoun and (
                (m.token_start <= m.head < m.token_end and t.i != m.head) or _modifier(doc, m)):
            continue
        agrees, found = _candidate(doc, t, by_token, resolved, plural, tok)
        if agrees:
            return t, found
    return None


def _subject_of(verb):
    """The token that is the subject of ``verb``'s clause, its own or the one it inherits: a
    relative clause's noun, an infinitive's object or subject above ("urged X *to* provide"), a
    conjunct's or adverbial participle's ("..., accusing Y").  ``None`` when there is none."""
    for _ in range(6):
        subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subj is not None:
            if subj.lower_ in RELATIVES and verb.dep_ == "relcl":
                return verb.head
            return subj
        head = verb.head
        if head.i == verb.i:
            return None
        if verb.dep_ == "xcomp":
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
            verb = head
        elif verb.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
            verb = head
        elif verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            # "accused Russia of *sending* its troops": the accused does it.
            obj = next((c for c in head.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
            verb = head.head
        else:
            return None
    return None


def _governing_subjects(tok):
    """``(verb, subject)`` of the clauses above ``tok``, closest first: only subjects written
    before the pronoun, not the pronoun's own phrase."""
    t = tok
    seen = set()
    while t.head.i != t.i:
        t = t.head
        if t.pos_ not in ("VERB", "AUX"):
            continue
        subj = _subject_of(t)
        if subj is None or subj.i in seen:
            continue
        seen.add(subj.i)
        own = subj.left_edge.i <= tok.i <= subj.right_edge.i and not (t.dep_ == "relcl" and subj.i == t.head.i)
        if subj.i >= tok.i or own:
            continue
        yield t, subj


#: :func:`_binder`'s answer when the clauses above say the pronoun is no one they name.
BLOCKED = (None, None)


def _binder(doc, tok, by_token: dict, resolved: dict, plural: bool):
    """The subject of the closest clause above ``tok`` that could be the pronoun, skipping persons
    and subjects of the other number: ``(token, mention or None)``, ``None``, or :data:`BLOCKED`."""
    for verb, subj in _governing_subjects(tok):
        agrees, found = _candidate(doc, subj, by_token, resolved, plural, tok)
        if agrees:
            return subj, found
        if verb.dep_ == "relcl":
            # "India accused Pakistan of sheltering militants who attacked *its* base": a relative
            # clause about others leaves the owner open.
            return BLOCKED
    return None


def _third_person(doc, tok, by_token: dict, resolved: dict) -> Optional[ActorMention]:
    if (tok.dep_ not in SUBJECTS and tok.dep_ != "poss") or _bare_subject(tok):
        # An object is not its own clause's subject ("Afghanistan criticised Pakistan for not
        # giving *it* access", "asked the UN to help *it* investigate"), and which other noun it is
        # the parse does not say.
        return None
    plural = _plural(tok)
    sent = tok.sent
    bound = _binder(doc, tok, by_token, resolved, plural)
    if bound is BLOCKED:
        return None
    near = _nearest(doc, tok, sent.start, by_token, resolved, plural)
    if bound is not None:
        if near is None or bound[1] is None or near[1] is None or _against_own(tok, bound[0]):
            return None
        return bound[1] if bound[1].actor_id == near[1].actor_id else None
    if tok.lower_ in BOUND_ONLY:
        return None
    if near is not None:
        # No clause above binds it: only "Saudi Arabia and *its* allies", the first of a pair, and "stands with
        # the Iraqi people *as they* confront ISIL", the subject of an adverbial clause whose main clause has a
        # subject (of the other number) and the nearest noun that agrees names a body.
        return near[1] if _possessive_of_conjunct(tok, near[1]) or _object_of_clause(tok, near[0]) \
            or _adverbial_subject(tok, near[0]) else None
    if sent.start == 0 or any(t.pos_ in ("NOUN", "PROPN") for t in doc[sent.start:tok.i]):
        return None
    # "Iraqi forces pushed into Mosul. *They* met fierce resistance": the subject of the previous
    # sentence, when it is also the closest noun there that could be the pronoun.
    prev = doc[sent.start - 1].sent
    near = _nearest(doc, doc[sent.start], prev.start, by_token, resolved, plural)
    subjects = _main_subjects(prev)
    if near is None or near[1] is None or not subjects:
        return None
    topic = subjects[0]
    m = resolved.get(topic.i) or by_token.get(topic.i)
    if m is None or m.actor_id != near[1].actor_id or not _agrees(m, doc, plural) or _listed(topic):
        return None
    return near[1]


#: Acts done to what is someone else's: "Eritrea invaded *its* territory" is not Eritrea's territory.
AGAINST_OWNER = frozenset({"attack", "invade", "strike", "bomb", "shell", "ambush", "raid", "target", "hit", "fire",
                           "interfere", "violate", "enter", "occupy", "seize", "annex", "threaten", "shoot",
                           "besiege", "blockade", "infringe", "encroach", "intrude", "overfly", "storm", "loot",
                           "destroy", "damage", "capture", "overrun"})


def _against_own(tok, binder) -> bool:
    """Whether a possessive names what the act of the clause it is in does to someone else's, the
    binder being that act's agent ("China warned Japan not to interfere in *its* affairs", "rebels
    ambushed *their* convoy")."""
    if tok.dep_ != "poss":
        return False
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.lemma_.lower() in AGAINST_OWNER and _subject_of(verb) is not None and _subject_of(verb).i == binder.i


def _adverbial_subject(tok, noun) -> bool:
    """Whether a subject pronoun opens an adverbial clause ("*as they* confront ISIL", "*while they*
    retreated") hung on a verb whose clause holds ``noun`` and has a subject of its own (which, as the pronoun
    went unbound, cannot be the pronoun)."""
    clause = tok.head
    if tok.dep_ not in SUBJECTS or clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in ("as", "while", "when", "because", "after", "before", "until", "since")
            for c in clause.children):
        return False
    main = clause.head
    return main.left_edge.i <= noun.i < clause.left_edge.i and _subject_of(main) is not None


def _possessive_of_conjunct(tok, m: Optional[ActorMention]) -> bool:
    """"Saudi Arabia and *its* allies", "the regime and *its* backers": a possessive in the second
    conjunct of a pair is the first's."""
    if m is None or tok.dep_ != "poss":
        return False
    noun = tok.head
    return noun.dep_ == "conj" and m.token_start <= noun.head.i < m.token_end


def _object_of_clause(tok, noun) -> bool:
    """"We will support *the SDF* in *their* fight", "urged Turkey to withdraw *its* troops": the
    object of a verb above the possessive, when no subject there could be it."""
    if tok.dep_ != "poss":
        return False
    obj = noun
    while obj.dep_ == "conj" and obj.head.i != obj.i:
        obj = obj.head
    return obj.dep_ == "dobj" and obj.head.left_edge.i <= tok.i <= obj.head.right_edge.i


def _bare_subject(tok) -> bool:
    """Whether a subject pronoun is the object of the verb above ("help *it* investigate", "let
    *them* go"): the subject of a bare infinitive."""
    verb = tok.head
    return tok.dep_ in SUBJECTS and verb.tag_ == "VB" and verb.dep_ in ("ccomp", "xcomp") \
        and not any(c.dep_ == "aux" for c in verb.children)


# ----------------------------------------------------------------------------- definite descriptions

#: Nouns by which news refers back to an armed group it has named ("Boko Haram ... *the militants*"):
#: the plural armed bodies of :data:`~graphbuilder.actors.GENERIC_BODIES`, but "the gunmen", whom news
#: names by not knowing who they are.
ARMED_DESCRIPTIONS = frozenset(w for w, key in GENERIC_BODIES.items() if key in ARMED_BODIES
                               and w.endswith(("s", "men")) and w != "gunmen") | {"militia", "guerrillas"}
#: Nouns by which it refers back to any non-state body ("the group", "the movement").
BODY_DESCRIPTIONS = frozenset({"group", "organisation", "organization", "movement", "outfit", "faction"})
#: Armed descriptions news gives the other side of a named group's fight as readily as the group
#: ("The YPG attacked the town. *The jihadists* fled"); not "the militants", "the fighters".
PARTISAN_DESCRIPTIONS = frozenset({"rebels", "jihadists", "extremists", "insurgents", "terrorists", "separatists"})
#: Words that make such a body armed ("the *militant* group").
ARMED_WORDS = ARMED_GROUP_WORDS | {"terror", "jihadi", "islamist", "radical", "guerrilla"}
#: Nouns (lemmas) that introduce some other body of the kind a description names ("*a group* of
#: gunmen", "attacked *rebels*"): the description may be that one.
BODY_NOUNS = BODY_DESCRIPTIONS | {"guerrillas"} | frozenset(
    w for w, key in GENERIC_BODIES.items() if key in ARMED_BODIES)
#: Acts of armed men (lemmas): a description doing one is an armed body, and a named group doing
#: one has an enemy there.  Taking a place is none ("The Taliban seized Kunduz. *The insurgents* ...").
ARMED_ACTS = frozenset({"attack", "strike", "bomb", "shell", "ambush", "raid", "shoot", "storm", "kill", "fight",
                        "clash", "battle", "assault", "massacre", "behead", "execute", "besiege", "invade"})
#: Objects (lemmas) that make a verb an armed act ("opened *fire*", "launched an *offensive*").
ARMED_ACT_OBJECTS = frozenset({"fire", "attack", "attacks", "offensive", "assault", "raid", "strike", "strikes",
                               "airstrike", "bombardment"})
#: Ids of bodies with a name of their own (armed groups, organisations).
NAMED_BODY_PREFIXES = ("group:", "org:")
#: Sentences before a description in which its antecedent is looked for.
DESCRIPTION_WINDOW = 2


def corefer_descriptions(doc, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The mentions with each definite description of a named body that is clear replaced by a
    mention of that body: "Boko Haram attacked a village. *The group* has killed thousands";
    "Hezbollah fighters crossed into Syria. *The militant group* is backed by Iran".

    A description ("the group", "the militants", "the armed movement") stands for a body only when
    exactly one named non-state body of a kind it can name (an armed group for "the militants" or
    for a description doing an armed act; an armed group or organisation for "the group") comes
    before it, in its sentence or the :data:`DESCRIPTION_WINDOW` sentences before; in its own
    sentence only as the subject of another clause ("Hamas said *the group* would ..."), never as
    the other party of the antecedent's own verb ("Hezbollah fought the militants").  A modifier
    naming something ("the Kurdish group", "the group's leader", "the group of states") makes it no
    description of that kind; the generic body the description was (``generic:militants``) gives way.

    It stays unresolved when the text names some other body it may be: one of its kind without a
    name between the antecedent and it ("Amnesty criticised Israel. *A group of gunmen* attacked ...
    The group ..."), its own noun used of others in the window ("attacked *rebels* in Qusair. The
    rebels ..."), or the enemy of an antecedent that fights ("The YPG attacked the town. The
    jihadists fled", for :data:`PARTISAN_DESCRIPTIONS`).

    Parameters
    ----------
    doc
        A parsed ``Doc``.
    mentions
        The document's actor mentions.

    Returns
    -------
    list of ActorMention
        ``mentions`` with the resolved descriptions (``pronoun=True``, the description's span).
    """
    nouns = list(select(doc, lower=ARMED_DESCRIPTIONS | BODY_DESCRIPTIONS))
    if not nouns:
        return list(mentions)
    taken = {i for m in mentions if not m.pronoun and not is_generic(m.actor_id)
             for i in range(m.token_start, m.token_end)}
    # Only a body with a name of its own: "Syrian rebels" (SYRREB) or "Shiite Muslims" are
    # descriptions themselves, which "the militants" need not take up.
    named = [m for m in mentions if not m.pronoun and m.actor_id.startswith(NAMED_BODY_PREFIXES)]
    named_tokens = {i for m in named for i in range(m.token_start, m.token_end)}
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    sent_index = {t.i: k for k, s in enumerate(sents) for t in s}
    out = list(mentions)
    for tok in nouns:
        if tok.i in taken or tok.pos_ != "NOUN" or tok.dep_ in ("compound", "poss", "amod"):
            continue
        types = _described_types(tok)
        if types is None:
            continue
        k = sent_index.get(tok.i, 0)
        start = sents[max(0, k - DESCRIPTION_WINDOW)].start
        candidates = [m for m in named if start <= m.token_start and m.token_end <= tok.left_edge.i
                      and m.type in types and (not _modifier(doc, m) or _names_its_men(doc, m))]
        if len({m.actor_id for m in candidates}) != 1:
            continue
        antecedent = candidates[-1]
        if sent_index.get(antecedent.token_start) == k and not _own_clause(doc, tok, antecedent):
            continue
        if _other_body_between(doc, tok, antecedent, named_tokens) or _said_of_others(doc, tok, start, named_tokens):
            continue
        if tok.lower_ in PARTISAN_DESCRIPTIONS and any(
                m.actor_id == antecedent.actor_id and _fights(_acting_noun(doc, m)) for m in candidates):
            continue
        # ("the *Iran*-backed rebels": a name inside stays its own mention)
        first = max([tok.left_edge.i] + [i + 1 for i in range(tok.left_edge.i, tok.i) if i in taken])
        while first < tok.i and doc[first].is_punct:
            first += 1
        span = doc[first:tok.i + 1]
        found = replace(antecedent, surface=span.text, start=span.start_char, end=span.end_char,
                        token_start=span.start, token_end=span.end, head=tok.i, pronoun=True)
        out = [m for m in out if not (is_generic(m.actor_id) and m.token_start <= tok.i < m.token_end)]
        out.append(found)
        taken.update(range(span.start, span.end))
        named_tokens.update(range(span.start, span.end))
    return out


#: Nouns for a body's men, which its name qualifies ("*Hezbollah* fighters", "*ISIL* terrorists") and which
#: stand for it; not "soldiers", whom a name qualifying them ("*Black Watch* soldiers") leaves a state's.
MEN_NOUNS = (GENERIC_MEN - {"aircraft", "airstrikes", "group", "groups", "soldiers"}) | ARMED_DESCRIPTIONS \
    | {"members", "units"}


def _names_its_men(doc, m: ActorMention) -> bool:
    return _head(doc, m).head.lower_ in MEN_NOUNS


def _acting_noun(doc, m: ActorMention):
    """The noun that acts for mention ``m`` in its clause: its men's when it names them ("*Hezbollah*
    fighters attacked"), else its head."""
    head = _head(doc, m)
    return head.head if head.dep_ in ("compound", "poss") and _names_its_men(doc, m) else head


def _described_types(tok) -> Optional[frozenset]:
    """The kinds of body the definite description headed by ``tok`` can name, or ``None`` when it
    is no definite description of one."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(c.dep_ in ("poss", "appos", "relcl", "acl") or (c.dep_ == "prep" and c.lower_ in ("of", "from", "in"))
           for c in tok.children):
        # "the group's leader" is the leader's; "the group of states", "the militants in Syria", "the group,
        # Ansar al-Sharia,", "the group that ..." say which one themselves.
        return None
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "nummod")]
    if any(c.ent_type_ and c.ent_type_ != "NORP" or c.dep_ == "nummod" or c.lower_ in ("other", "same", "new")
           for c in mods):
        # "the Kurdish group", "the two groups", "the other militants": not the one named before.
        return None
    # ("The group opened fire": an organisation does no armed act)
    armed = tok.lower_ in ARMED_DESCRIPTIONS or any(c.lower_ in ARMED_WORDS for c in mods) or _fights(tok)
    return frozenset({"ArmedGroup"}) if armed else frozenset({"ArmedGroup", "Organisation"})


def _fights(noun) -> bool:
    """Whether ``noun`` (or the first of the conjuncts it is one of) is the subject of an armed act
    (:data:`ARMED_ACTS`), by its verb or a verb conjoined to it that has no subject of its own
    ("Hezbollah crossed the border and *attacked*", "the group *opened fire*")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "nsubj":
        return False
    verbs, todo = [], [noun.head]
    while todo:
        verb = todo.pop()
        verbs.append(verb)
        todo.extend(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                    and not any(s.dep_ in SUBJECTS for s in c.children))
    return any(v.lemma_.lower() in ARMED_ACTS or any(c.dep_ == "dobj" and c.lemma_.lower() in ARMED_ACT_OBJECTS
                                                     for c in v.children) for v in verbs)


def _unnamed_body(tok, named: set[int], nouns: frozenset = BODY_NOUNS) -> bool:
    """Whether ``tok`` heads a phrase naming a body of ``nouns`` (lemmas) that has no name of its own
    ("*a group* of gunmen", "attacked *rebels*", "Syrian *rebels*", "*the rebels*" left generic); not
    a named body's own men ("Boko Haram *militants*", ``named`` holding the named bodies' tokens),
    nor what a name is ("Hezbollah, *a militant group*,", "is *a group*", "designated Hamas as *a group*")."""
    if tok.i in named or tok.pos_ != "NOUN" or not (tok.lower_ in nouns or tok.lemma_.lower() in nouns):
        return False
    if tok.dep_ in ("compound", "amod", "poss", "appos", "attr", "npadvmod") or tok.head.lower_ == "as":
        return False
    # ("the environmental organization *Deutsche Umwelthilfe*": the noun is the name's)
    return not any(c.i in named for c in tok.children if c.dep_ in ("compound", "poss", "nmod", "amod", "appos"))


#: NER labels of a body's name (spaCy's own: a name the gazetteer labels is an actor's).
UNTAKEN_BODY_LABELS = frozenset({"ORG", "NORP"})


def _other_body_between(doc, tok, antecedent: ActorMention, named: set[int]) -> bool:
    """Whether some other body the description could name comes between its antecedent and it
    ("Amnesty criticised Israel. *A group of gunmen* attacked a checkpoint. The group ...").  An
    armed description may be any armed body; "the group" only another group ("Hezbollah attacked
    rebels. The group said" is still Hezbollah)."""
    nouns = BODY_NOUNS if tok.lower_ in ARMED_DESCRIPTIONS else BODY_DESCRIPTIONS | {"militia"}
    # (A name the NER found that no actor took is a body all the same: "the Commission ... a spokesman
    # for *the European Anti-Fraud Office* said the organisation ...")
    return any(_unnamed_body(doc[i], named, nouns) or doc[i].ent_type_ in UNTAKEN_BODY_LABELS and i not in named
               for i in range(antecedent.token_end, tok.left_edge.i))


def _said_of_others(doc, tok, start: int, named: set[int]) -> bool:
    """Whether the description's own noun names an unnamed body in the window before it ("attacked
    *rebels* in Qusair. *The rebels* shelled ..."): the description is that body, taken up again."""
    lemma = tok.lemma_.lower()
    return any(doc[i].lemma_.lower() == lemma and _unnamed_body(doc[i], named)
               for i in range(start, tok.left_edge.i))


def _own_clause(doc, tok, antecedent: ActorMention) -> bool:
    """Whether the description in the antecedent's sentence is the subject of a clause of its own
    ("Hamas said *the group* would ..."), not a party of the antecedent's verb."""
    if tok.dep_ not in SUBJECTS:
        return False
    verb = _head(doc, antecedent)
    while verb.dep_ not in SUBJECTS + ("dobj", "pobj", "ROOT") and verb.head.i != verb.i:
        verb = verb.head
    return tok.head.i != verb.head.i
