"""spaCy components (registered with ``@Language.factory``).

Results travel on ``doc._`` as plain tuples so that multi-process
``nlp.pipe`` can send them back from the workers.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from dataclasses import replace
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .gazetteer import era_mention, era_state
from .actors import NAME_LOWER_PARTICLES, ActorIndex, KnownLeader, Role, article_name_of, find_actors, longer_name
from .model import ActorMention, RelationMention
from .relations import extract_relations
from .tokens import select, texts

for _name, _default in (("gb_date", None), ("gb_actors", None), ("gb_roles", None), ("gb_relations", None),
                         ("gb_error", None), ("gb_masked_ents", None), ("gb_leaders", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@functools.lru_cache(maxsize=4)
def _gazetteer(actors: Optional[str]):
    from .gazetteer import load_actors

    return load_actors(Path(actors) if actors else None)


#: Abbreviated titles before a name ("Sen.", and "Capt", which the English tokenizer splits from
#: its period): the name after one never opens a sentence.
TITLE_ABBREVIATIONS = frozenset({
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Gens", "Adm", "Rev", "Lt", "Col",
    "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Pfc", "Spc", "Cmdr", "Cdr", "Brig", "Lieut", "Pres", "Amb", "Supt",
    "Insp", "Msgr", "Hon", "Atty", "Lt.-Gen", "Maj.-Gen", "Brig.-Gen", "Lt.-Col"})


#: Tags of words no name begins with (determiners, pronouns, prepositions, conjunctions, wh-words).
SENTENCE_OPENING_TAGS = frozenset({"DT", "PRP", "PRP$", "IN", "CC", "WDT", "WP", "WP$", "WRB", "EX", "PDT"})


def _title_abbreviation_end(doc, i: int) -> Optional[int]:
    """The index of the last token of an abbreviated title at ``i`` ("Sen." or "Capt" "."), else ``None``."""
    text = doc[i].text
    if text.endswith(".") and text[:-1] in TITLE_ABBREVIATIONS:
        return i
    if text in TITLE_ABBREVIATIONS and i + 1 < len(doc) and doc[i + 1].text == "." and not doc[i].whitespace_:
        return i + 1
    return None


def _ends_a_name(doc, i: int) -> bool:
    """Whether the abbreviation-like word at ``i`` is the last of a person's name: one the bundled
    gazetteer knows ("Hun Sen." is Cambodia's prime minister, no senator), or a name's word
    after a title ("Prime Minister Hen Sen.": no title stands between a title and its name)."""
    if i == 0 or not doc[i - 1].text[:1].isupper():
        return False
    from .actors import TITLE_WORDS
    from .gazetteer import load_actors

    if i >= 2 and doc[i - 2].lower_ in TITLE_WORDS and doc[i - 1].lower_ not in TITLE_WORDS:
        return True

    name = f"{doc[i - 1].text} {doc[i].text.rstrip('.')}"
    return any(a.type == "Person" for a in load_actors().by_alias(name, include_ambiguous=False))


@Language.component("gb_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, captions and paragraphs never merge.  A name after
    an abbreviated title ("Brig. Gen. Richard Coe", "Capt. Jeff Davis") does not open one; after
    a name that ends like one ("Prime Minister Hun Sen. Tabcorp ...") a capital does."""
    # Only a word with a line break or an abbreviated title can start or join a sentence here: the
    # others are passed over as strings, without making their tokens.
    for i, word in enumerate(texts(doc)[:-1]):
        if "\n" not in word and word not in TITLE_ABBREVIATIONS \
                and not (word.endswith(".") and word[:-1] in TITLE_ABBREVIATIONS):
            continue
        tok = doc[i]
        if "\n" in tok.text or "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
        elif (last := _title_abbreviation_end(doc, tok.i)) is not None and last + 1 < len(doc) \
                and doc[last + 1].text[:1].isupper() and "\n" not in doc[last].whitespace_ \
                and _ends_a_name(doc, tok.i):
            doc[last + 1].is_sent_start = True
        elif (last := _title_abbreviation_end(doc, tok.i)) is not None and last + 1 < len(doc) \
                and doc[last + 1].text[:1].isupper() and "\n" not in doc[last].whitespace_:
            for i in range(tok.i + 1, last + 1):
                doc[i].is_sent_start = False
            # "Prime Minister Hun Sen. The company ...": a title comes before a name, never before
            # "The" or "He"; there the abbreviation's period ended the sentence.
            doc[last + 1].is_sent_start = doc[last + 1].tag_ in SENTENCE_OPENING_TAGS
    return doc


#: Past tense, past participle, gerund: the forms whose "-e" the rule lemmatiser can lose.
PARTICIPLE_TAGS = ("VBD", "VBN", "VBG")
#: A single vowel between consonants at the end of a stem: a verb like "stag" or "wag" doubles its last
#: consonant before "-ed"/"-ing" ("stagged"), so "staged" and "waging" come from "stage" and "wage".
_SHORT_STEM = re.compile(r"^[^aeiouy]*[aeiou][bcdfgklmnprstvz]$")


def verb_lemma(lower: str, lemma: str, tag: str) -> str:
    """The lemma of a past or present participle whose "-e" the rule lemmatiser dropped.

    The lemmatiser takes the first candidate it knows as a verb, and "stag" and "wag" are verbs:
    "staged" became "stag", "waged" "wag".  A one-syllable stem ending in one vowel and one
    consonant would double the consonant before the ending, so the form without doubling
    ends in a silent "e".

    >>> verb_lemma("staged", "stag", "VBD"), verb_lemma("waging", "wag", "VBG"), verb_lemma("visited", "visit", "VBD")
    ('stage', 'wage', 'visit')
    """
    if tag not in PARTICIPLE_TAGS:
        return lemma
    ending = "ing" if tag == "VBG" else "ed"
    if lower.endswith(ending) and lemma == lower[:-len(ending)] and _SHORT_STEM.match(lemma):
        return lemma + "e"
    return lemma


@Language.component("gb_lemmas")
def lemmas(doc: Doc) -> Doc:
    """Give participles the "-e" the rule lemmatiser took off ("staged" → "stage", not "stag")."""
    for tok in select(doc, tag=PARTICIPLE_TAGS):
        fixed = verb_lemma(tok.lower_, tok.lemma_, tok.tag_)
        if fixed != tok.lemma_:
            tok.lemma_ = fixed
    return doc


def _is_pattern_worthy(alias: str) -> bool:
    # Lower-case aliases would fire on ordinary words ("us", "is", "chad").
    return len(alias) >= 2 and any(c.isupper() for c in alias)


def actor_patterns(gazetteer) -> list[dict]:
    """SpanRuler phrase patterns: label = actor type (``Demonym`` for adjectives), id = actor id.

    An alias shared by several actors goes to the one the gazetteer ranks first (user
    entries, then unambiguous names, then states before organisations before persons).
    """
    patterns = []
    taken: set[str] = set()
    # Demonyms first: "Turkish" is an adjective of Turkey, never Turkey itself.
    for actor in gazetteer.actors.values():
        for demonym in sorted(getattr(actor, "demonyms", ()) or ()):
            if demonym not in taken and _is_pattern_worthy(demonym):
                taken.add(demonym)
                patterns.append({"label": "Demonym", "pattern": demonym, "id": actor.id})
    for actor in gazetteer.actors.values():
        for alias in sorted({actor.name, *actor.aliases}):
            if alias in taken or not _is_pattern_worthy(alias):
                continue
            if _given_name_alias(alias, actor, gazetteer):
                continue
            if actor.type == "Person" and alias in actor.ambiguous_aliases:
                # A person the dictionaries know by one shared name ("Hussein": King Hussein; "Hassan"):
                # the word inside "Omar Hassan al-Bashir" or "Saddam Hussein" is no match of its own;
                # written alone it is a lone surname, resolved with its title (actors._known_surname).
                continue
            best = gazetteer.by_alias(alias, include_ambiguous=False)
            owner = best[0] if best else actor
            for form in _name_forms(alias, owner.type, owner.name):
                if form not in taken:
                    taken.add(form)
                    patterns.append({"label": owner.type, "pattern": form, "id": owner.id})
    return patterns


#: Types of the bodies a one-word given name is no alias of (:func:`_given_name_alias`).
BODY_TYPES = frozenset({"ArmedGroup", "Organisation", "InternationalOrganisation"})


def _given_name_alias(alias: str, actor, gazetteer) -> bool:
    """Whether ``alias`` is one capitalised word that opens known people's names, given as a bundled body's
    alias: "Mohammad" (Jaish-e-Mohammad), "Muhannad", "Shahin" are far more often a man's given name
    ("Major General Mohammad Ali Jafari") than the group, whose news names are longer ("Jaish-e-Mohammad",
    "JEM").  An acronym ("AMAL", "ETA") stays, and so does what the user's own file gives."""
    return actor.type in BODY_TYPES and actor.id not in gazetteer.user_ids and " " not in alias \
        and "-" not in alias and alias[:1].isupper() and alias[1:].islower() and gazetteer.is_given_name(alias)


def _article_forms(form: str, name: str) -> list[str]:
    """The other letter case of the article that opens an armed group's own name: news writes "al-Shabab"
    and "Al-Shabab", "Al-Nusra" at a sentence's start as "al-Nusra" inside one, and the matching is
    case-sensitive.  Only a form of the group's own name (the word after the article opens as in the
    name's): "Al Awlaki", an alias of Al-Qaeda in the Arabian Peninsula, is also a man's surname.

    >>> _article_forms("Al-Shabab", "Al-Shabaab"), _article_forms("Al Awlaki", "Al-Qaeda in the Arabian Peninsula")
    (['al-Shabab'], [])
    """
    return [form[0].swapcase() + form[1:]] if article_name_of(form, name) else []


#: An armed group named "of" a place is also written "in" it: the dictionary has "Islamic State of
#: Iraq and Syria" and "... in Iraq and Syria", but "... in Iraq and the Levant" only with "of".
_OF_PLACE = re.compile(r" of (?=[A-Z])")


def _name_forms(alias: str, type_: str, name: str = "") -> list[str]:
    """The ways ``alias`` is written (:func:`_apostrophe_forms`; an armed group's "of" a place also "in" it).

    >>> _name_forms("Islamic State of Iraq and the Levant", "ArmedGroup")
    ['Islamic State of Iraq and the Levant', 'Islamic State in Iraq and the Levant']
    >>> _name_forms("Bank of England", "Organisation")
    ['Bank of England']
    """
    forms = _apostrophe_forms(alias)
    if type_ == "Person":
        # "Daniel arap Moi", "Zine El Abidine Ben Ali": news writes a name's inner particles in lower
        # case or capitalised whichever way the dictionary has them ("Daniel Arap Moi", "Zine el
        # Abidine Ben Ali"), and matching is case-sensitive.
        for case in (str.lower, str.capitalize):
            cased = [" ".join(case(w) if w.lower() in NAME_LOWER_PARTICLES and 0 < i < len(f.split()) - 1 else w
                              for i, w in enumerate(f.split())) for f in forms]
            forms += [f for f in cased if f not in forms]
    if type_ == "Person" and alias.rsplit(" ", 1)[-1] in TITLE_ABBREVIATIONS and " " in alias:
        # "Hun Sen." at a sentence's end: the tokenizer keeps the period on what it takes for "Sen."
        forms += [f + "." for f in forms]
    if type_ == "ArmedGroup":
        forms += [_OF_PLACE.sub(" in ", f) for f in forms if _OF_PLACE.search(f)]
        forms += [a for f in forms for a in _article_forms(f, name) if a not in forms]
    return forms


#: Apostrophes a name is written with: news sets "Da'esh" as "Da’esh" (U+2019), the gazetteer has one form.
APOSTROPHES = ("'", "\u2019")


def _apostrophe_forms(alias: str) -> list[str]:
    """``alias`` and, if it has an apostrophe, the same name with each other apostrophe.

    >>> _apostrophe_forms("Da'esh")
    ["Da'esh", 'Da’esh']
    """
    forms = [alias]
    for a in APOSTROPHES:
        if a in alias:
            forms.extend(alias.replace(a, b) for b in APOSTROPHES if b != a)
    return forms


class GazetteerRuler(SpanRuler):
    """The gazetteer's SpanRuler; optionally hides its labels from the statistical NER.

    The NER keeps preset entities, but a preset label it does not know makes it add
    four transitions per label and resize its output layer on the first such ``Doc``:
    the gazetteer's types made every NER step score up to 114 transitions instead of 74
    (102 on the benchmark corpus), about 18 % of the NER's time. The new transitions start unseen (scored at the minimum),
    so they can only be taken where a preset entity forces them, and there the label
    is only compared for equality. :meth:`mask_labels` therefore writes the entities
    under one label the NER knows, and ``gb_unmask_ents`` (right after the NER) puts
    the real labels back: the entities are those of an unmasked run, NER ones included.
    """

    masked_label: Optional[str] = None
    gazetteer = None

    def _whole_names(self, doc: Doc, matches) -> list[Span]:
        """Matches that are only part of a longer name (:func:`~graphbuilder.actors.longer_name`)
        give way to that name, unknown to the dictionary: an ``ORG`` or ``PERSON`` without an id."""
        kept = filter_spans(matches)
        taken = {i for span in kept for i in range(span.start, span.end)}
        out = []
        for span in kept:
            whole = longer_name(span, taken, self.gazetteer)
            if whole is None:
                out.append(span)
            else:
                out.append(Span(doc, whole.start, whole.end, label="PERSON" if span.label_ == "Person" else "ORG"))
        return filter_spans(out)

    def mask_labels(self, label: Optional[str]) -> None:
        """Write entities as ``label`` (one the NER knows) until ``gb_unmask_ents``; ``None``: off."""
        self.masked_label = label
        if label is not None:
            self.nlp.vocab.strings.add(label)

    def set_annotations(self, doc: Doc, matches) -> None:
        if self.gazetteer is not None:
            matches = self._whole_names(doc, matches)
        super().set_annotations(doc, matches)
        if self.masked_label is None:
            return
        ents = doc.ents
        if ents:
            doc._.gb_masked_ents = [(e.start, e.end, e.label, e.kb_id) for e in ents]
            # default="unmodified": token ent_id (the actor id) and the O tokens stay as they are.
            doc.set_ents([Span(doc, e.start, e.end, label=self.masked_label, kb_id=e.kb_id) for e in ents],
                         default="unmodified")


@Language.factory("gb_gazetteer", default_config={"actors": None})
def make_gazetteer(nlp: Language, name: str, actors: Optional[str]) -> GazetteerRuler:
    """The gazetteer as a SpanRuler writing ``doc.ents`` before the statistical NER."""
    import spacy

    from spacy.tokenizer import Tokenizer

    # SpanRuler turns phrase patterns into Docs with its pipeline; with ORTH matching only
    # the tokenizer matters, and running the tagger and parser over 30k names took ~25 s.
    # Its own vocabulary: the 30k names and match keys would add ~65k lexemes to the
    # model's, which made tokenizing news twice as slow. Matching compares string hashes,
    # the same in every vocabulary.
    tokenizer_only = spacy.blank(nlp.lang)
    tokenizer_only.tokenizer = Tokenizer(tokenizer_only.vocab).from_bytes(nlp.tokenizer.to_bytes())
    ruler = GazetteerRuler(tokenizer_only, name, spans_key=None, annotate_ents=True, phrase_matcher_attr="ORTH",
                           overwrite=False, validate=False)
    ruler.add_patterns(actor_patterns(_gazetteer(actors)))
    ruler.gazetteer = _gazetteer(actors)
    ruler.nlp = nlp
    return ruler


@Language.component("gb_unmask_ents")
def unmask_ents(doc: Doc) -> Doc:
    """Give the entities :class:`GazetteerRuler` masked for the NER their own labels back."""
    masked = doc._.gb_masked_ents
    if masked:
        doc.set_ents([Span(doc, start, end, label=label, kb_id=kb_id) for start, end, label, kb_id in masked],
                     default="unmodified")
        doc._.gb_masked_ents = None
    return doc


class ActorComponent:
    """Actor mentions, organs, titles and in-document coreference → ``doc._.gb_actors``."""

    def __init__(self, actors: Optional[str]):
        self.actors = actors

    def __call__(self, doc: Doc) -> Doc:
        try:
            index = find_actors(doc, _gazetteer(self.actors))
            on = dt.date.fromisoformat(doc._.gb_date) if doc._.gb_date else None
            doc._.gb_actors = [era_mention(m, on).to_data() for m in index.mentions]
            doc._.gb_roles = [(era_mention(r.person, on).to_data(), r.title, era_mention(r.organ, on).to_data(),
                               r.leader, r.former) for r in index.roles]
            doc._.gb_leaders = {k: replace(v, country=era_state(v.country, on)).to_data()
                                for k, v in (index.leaders or {}).items()}
        except Exception as exc:
            _failed(doc, exc)
        return doc


def _failed(doc: Doc, exc: Exception) -> None:
    """One document that breaks a rule must not stop the corpus: the error travels on
    ``doc._.gb_error`` (a string, so that it crosses ``n_process`` workers) and
    :func:`graphbuilder.pipeline.extract` reports the document instead of using it."""
    if os.environ.get("GRAPHBUILDER_DEBUG"):
        raise exc
    doc._.gb_error = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
    doc._.gb_actors = doc._.gb_roles = doc._.gb_relations = doc._.gb_leaders = None


@Language.factory("gb_actors", default_config={"actors": None})
def make_actors(nlp: Language, name: str, actors: Optional[str]) -> ActorComponent:
    return ActorComponent(actors)


def actor_index(doc: Doc) -> ActorIndex:
    """Rebuild the :class:`ActorIndex` stored on ``doc._`` by ``gb_actors``."""
    mentions = [ActorMention.from_data(d) for d in doc._.gb_actors or ()]
    roles = [Role(ActorMention.from_data(p), title, ActorMention.from_data(o), *rest)
             for p, title, o, *rest in doc._.gb_roles or ()]
    leaders = doc._.gb_leaders
    return ActorIndex(mentions, roles, None if leaders is None else
                      {k: KnownLeader.from_data(v) for k, v in leaders.items()})


@Language.component("gb_relations")
def relations_component(doc: Doc) -> Doc:
    """Relation mentions → ``doc._.gb_relations``; the document date comes from ``doc._.gb_date``."""
    if doc._.gb_error:
        return doc
    try:
        date = dt.date.fromisoformat(doc._.gb_date) if doc._.gb_date else None
        # Rules that name a state from the gazetteer ("Moscow" as its government) name it as of the story too.
        found = (_era_relation(r, date) for r in extract_relations(doc, actor_index(doc), date))
        doc._.gb_relations = [r.to_data() for r in found if r.source.actor_id != r.target.actor_id]
    except Exception as exc:
        _failed(doc, exc)
    return doc


def _era_relation(r: RelationMention, on: Optional[dt.date]) -> RelationMention:
    source, target = era_mention(r.source, on), era_mention(r.target, on)
    return r if source is r.source and target is r.target else replace(r, source=source, target=target)


def relations_of(doc: Doc) -> list[RelationMention]:
    """The relation mentions a processed ``Doc`` carries."""
    return [RelationMention.from_data(d) for d in doc._.gb_relations or ()]


def actors_of_doc(doc: Doc) -> list[ActorMention]:
    """The actor mentions a processed ``Doc`` carries."""
    return [ActorMention.from_data(d) for d in doc._.gb_actors or ()]
