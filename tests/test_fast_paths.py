"""The throughput work must not change what comes out.

Every fast path here has a slow twin that it must match exactly: the gazetteer labels
hidden from the NER against an NER that sees them, forked worker processes against one
process. (Speed itself is measured by ``benchmarks/``, never asserted here.)
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SAMPLE, SEED

pytestmark = pytest.mark.model

WIKITIMES = SAMPLE / "wikitimes_cep.jsonl"


def _entities(doc) -> list[tuple]:
    return [(t.ent_iob_, t.ent_type_, t.ent_id_, t.ent_kb_id_) for t in doc]


def test_masked_gazetteer_labels_give_the_entities_of_an_unmasked_run(nlp):
    from graphbuilder.nlp import load_pipeline

    unmasked = load_pipeline()
    unmasked.get_pipe("gb_gazetteer").mask_labels(None)
    unmasked.remove_pipe("gb_unmask_ents")
    ner_labels = set(nlp.get_pipe("ner").labels)
    texts = [SEED.read_text("utf-8")] + [json.loads(line)["text"]
                                         for line in WIKITIMES.read_text("utf-8").splitlines()[:40]]
    for text, masked_doc, plain_doc in zip(texts, nlp.pipe(texts), unmasked.pipe(texts)):
        assert _entities(masked_doc) == _entities(plain_doc), text[:80]
        assert masked_doc._.gb_actors == plain_doc._.gb_actors
        assert masked_doc._.gb_masked_ents is None
    # The point of masking: the NER never grew transitions for the gazetteer's types.
    assert set(nlp.get_pipe("ner").labels) == ner_labels
    assert "Country" in unmasked.get_pipe("ner").labels


def test_gazetteer_patterns_stay_out_of_the_model_vocabulary(nlp):
    """The ruler tokenises its 30k names with its own vocabulary (a large one slows the tokenizer)."""
    doc = nlp("Recep Tayyip Erdogan met Ash Carter.")
    assert [(e.text, e.label_) for e in doc.ents][:2] == [("Recep Tayyip Erdogan", "Person"), ("Ash Carter", "Person")]
    from graphbuilder.components import _gazetteer, actor_patterns

    assert "Tayyip" in nlp.vocab  # seen in a document
    names = {w for p in actor_patterns(_gazetteer(None)) for w in p["pattern"].split()}
    assert sum(w in nlp.vocab for w in names) < len(names) / 10  # all of them before


def _write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_worker_processes_write_the_files_of_one_process(tmp_path):
    from graphbuilder.distributed import fork_available
    from graphbuilder.pipeline import build

    if not fork_available():
        pytest.skip("worker processes inherit the pipeline only with the fork start method")
    records = [json.loads(line) for line in WIKITIMES.read_text("utf-8").splitlines()[:50]]
    corpus = _write_jsonl(tmp_path / "c.jsonl", records)
    outs = {n: tmp_path / f"n{n}" for n in (1, 2)}
    for n, out in outs.items():
        _graph, report = build([corpus], out, n_process=n, batch_size=8)
        assert report.documents == len(records)
    for name in ("graph.ttl", "events.jsonl", "graph.html"):
        assert (outs[1] / name).read_bytes() == (outs[2] / name).read_bytes(), name


def test_cached_lemmatizer_writes_the_models_lemmas():
    from spacy.attrs import LEMMA, MORPH, POS

    import graphbuilder.attributes as attributes
    from graphbuilder.nlp import load_pipeline

    cached = load_pipeline()
    assert type(cached.get_pipe("lemmatizer")).__name__ == "CachedLemmatizer"
    real = attributes.cache_lemmatizer
    attributes.cache_lemmatizer = lambda nlp, name="lemmatizer": False
    try:
        plain = load_pipeline()
    finally:
        attributes.cache_lemmatizer = real
    assert type(plain.get_pipe("lemmatizer")).__name__ != "CachedLemmatizer"
    texts = [SEED.read_text("utf-8")] + [json.loads(line)["text"]
                                         for line in WIKITIMES.read_text("utf-8").splitlines()[:40]]
    # Twice: the second pass reads the kept lemmas.
    for _ in range(2):
        for text, a, b in zip(texts, cached.pipe(texts), plain.pipe(texts)):
            assert [t.lemma_ for t in a] == [t.lemma_ for t in b], text[:80]
            assert (a.to_array([LEMMA, POS, MORPH]) == b.to_array([LEMMA, POS, MORPH])).all()
            assert a._.gb_relations == b._.gb_relations
