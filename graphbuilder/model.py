"""Frozen value objects passed between the pipeline stages.

Rules yield them; the spaCy components store them on ``doc._`` as plain tuples
(so that multi-process ``nlp.pipe`` can ship them back) and
:func:`ActorMention.from_data` / :func:`RelationMention.from_data` rebuild them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any, Optional, Sequence

ACTOR_TYPES = (
    "Country", "Government", "Military", "Person", "ArmedGroup",
    "InternationalOrganisation", "Organisation", "Place", "Facility",
)
MODALITIES = ("asserted", "planned", "hypothetical", "negated")
#: Prefix of the id of an actor the text names only by a common noun or an office ("the coalition").
GENERIC_PREFIX = "generic:"


def is_generic(actor_id: str) -> bool:
    """Whether ``actor_id`` is an unnamed actor ("the coalition") that only its document identifies."""
    return actor_id.startswith(GENERIC_PREFIX)


@dataclass(frozen=True)
class ActorMention:
    """One mention of an actor in a document.

    ``start``/``end`` are character offsets in the document text, ``token_start``/
    ``token_end`` token offsets in the ``Doc``; ``actor_id`` is canonical
    (``TUR``, ``TURMIL``, ``person:recep-tayyip-erdogan`` ...).
    """

    actor_id: str
    label: str
    type: str
    country: Optional[str]
    code: Optional[str]
    surface: str
    start: int
    end: int
    token_start: int
    token_end: int
    head: int
    pronoun: bool = False

    def to_data(self) -> tuple:
        # attrgetter, not dataclasses.astuple: astuple deep-copies every field (a third of
        # the journal's time); the fields are immutable values.
        return _actor_values(self)

    @classmethod
    def from_data(cls, data: Sequence[Any]) -> "ActorMention":
        return cls(*data)


@dataclass(frozen=True)
class RelationMention:
    """One relation stated in one sentence.

    ``relation`` is the kebab-case vocabulary name; ``source``/``target`` are the
    actor mentions; ``sent_start``/``sent_end`` the sentence's character offsets.

    ``former`` marks a role the source held once and holds no longer ("former US president
    Jimmy Carter" leader-of the United States, ``trigger`` "former president"): the text
    asserts it (its ``modality`` is ``asserted``) but it is no current fact, so the graph
    keeps it as a mention (``gb:former true``) and makes no direct triple of it.
    """

    relation: str
    source: ActorMention
    target: ActorMention
    sent_start: int
    sent_end: int
    trigger: str
    cameo: Optional[str] = None
    modality: str = "asserted"
    confidence: float = 0.8
    date: Optional[str] = None
    date_precision: Optional[str] = None
    date_text: Optional[str] = None
    speaker: Optional[str] = None
    rule: str = ""
    former: bool = False

    def to_data(self) -> tuple:
        values = _relation_values(self)
        return (values[0], values[1].to_data(), values[2].to_data(), *values[3:])

    @classmethod
    def from_data(cls, data: Sequence[Any]) -> "RelationMention":
        items = list(data)
        items[1] = ActorMention.from_data(items[1])
        items[2] = ActorMention.from_data(items[2])
        return cls(*items)


_actor_values = attrgetter(*(f.name for f in fields(ActorMention)))
_relation_values = attrgetter(*(f.name for f in fields(RelationMention)))
