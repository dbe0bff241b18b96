"""Shared fixtures: hand-built ``Doc`` objects for rule tests, and the sample paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI and `make test` run the same examples every time (a red build must be reproducible);
# `pytest --hypothesis-profile=explore` draws new ones (and keeps failures in .hypothesis/).
settings.register_profile("ci", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
SEED = SAMPLE / "voa-us-turkey-2016-10-21.txt"
SHARED = ROOT.parent / "shared"


def make_doc(spec: str, ents: tuple = ()):
    """Build a parsed ``Doc`` by hand from ``word/POS/dep/head[/lemma][/tag]`` items.

    ``head`` is the absolute index of the head token (its own index for the root).
    ``ents`` are ``(start, end, label, kb_id)`` token spans.
    """
    from spacy.tokens import Doc, Span

    nlp = _blank()
    words, pos, deps, heads, lemmas, tags = [], [], [], [], [], []
    for item in spec.split():
        parts = item.split("/")
        word, p, dep, head = parts[0].replace("_", " "), parts[1], parts[2], int(parts[3])
        words.append(word)
        pos.append(p)
        deps.append(dep)
        heads.append(head)
        lemmas.append(parts[4] if len(parts) > 4 and parts[4] else word.lower())
        tags.append(parts[5] if len(parts) > 5 else "")
    doc = Doc(nlp.vocab, words=words, pos=pos, deps=deps, heads=heads, lemmas=lemmas,
              tags=[t or "XX" for t in tags])
    # The gazetteer ruler writes the actor id as the span id (`ent_id_`), like SpanRuler patterns.
    doc.ents = [Span(doc, s, e, label=label, kb_id=kb or "", span_id=kb or "") for s, e, label, kb in ents]
    return doc


_NLP = None


def _blank():
    global _NLP
    if _NLP is None:
        import spacy

        _NLP = spacy.blank("en")
    return _NLP


def mention(doc, start: int, end: int, actor_id: str, type_: str, country=None, label=None, head=None):
    from graphbuilder.model import ActorMention

    span = doc[start:end]
    return ActorMention(actor_id=actor_id, label=label or span.text, type=type_, country=country,
                        code=actor_id if type_ in ("Country", "Government", "Military") else None,
                        surface=span.text, start=span.start_char, end=span.end_char, token_start=start,
                        token_end=end, head=end - 1 if head is None else head)


@pytest.fixture(scope="session")
def nlp():
    """The real pipeline (model-dependent tests only)."""
    from graphbuilder.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The reference article built once for the model tests: (graph, report, out_dir)."""
    from graphbuilder.pipeline import build

    out = tmp_path_factory.mktemp("seed")
    graph, report = build([SEED], out)
    return graph, report, out

# Mentions carry their extraction time (prov:generatedAtTime); pinned here so that outputs of the
# same input compare byte for byte across runs, processes and Dask workers, as SOURCE_DATE_EPOCH
# lets users do. Tests of the clock itself unset it.
os.environ.setdefault("SOURCE_DATE_EPOCH", "1480550400")  # 2016-12-01T00:00:00Z


# A document the relation rules fail on, for the "one bad document" tests: three chunks (runs of
# spaces are cheap to parse), only the middle one poisoned; what the others found must not come out.
LONG_POISON = ("Turkey attacked Iraq on Monday.\n\n" + " " * 120_000 + "\n\nPoisoned. Russia met China.\n\n"
               + " " * 120_000 + "\n\nTurkey attacked Iraq on Monday.\n")


@pytest.fixture()
def poisoned_rules(monkeypatch):
    """The relation rules raise (a two-line message) on any document that says "Poisoned"."""
    from graphbuilder import components

    real = components.extract_relations

    def flaky(doc, index, date=None):
        if "Poisoned" in doc.text:
            raise RuntimeError("boom\non two lines")
        return real(doc, index, date)

    monkeypatch.setattr(components, "extract_relations", flaky)
    monkeypatch.delenv("GRAPHBUILDER_DEBUG", raising=False)
