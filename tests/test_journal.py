"""An interrupted build resumes without redoing or duplicating documents."""

import json

import pytest

from conftest import SAMPLE
from graphbuilder.ingest import read_documents
from graphbuilder.journal import Journal
from graphbuilder.pipeline import build, extract

pytestmark = pytest.mark.model


class Interrupted(Exception):
    pass


def test_resume_equals_uninterrupted_run(tmp_path):
    docs = list(read_documents([SAMPLE / "wikitimes_cep.jsonl"]))[:40]
    full, interrupted = tmp_path / "full", tmp_path / "resumed"
    build([], full, documents=docs, html=False)

    def dying_extract(documents, **kw):
        for n, x in enumerate(extract(documents, **kw)):
            if n == 25:
                raise Interrupted
            yield x

    with pytest.raises(Interrupted):
        build([], interrupted, documents=docs, html=False, extractor=dying_extract)
    assert not (interrupted / "events.jsonl").exists()
    assert sum(1 for _ in Journal(interrupted).replay()) == 25

    seen = []

    def counting_extract(documents, **kw):
        for x in extract(documents, **kw):
            seen.append(x.document.id)
            yield x

    _graph, report = build([], interrupted, documents=docs, html=False, resume=True, extractor=counting_extract)
    assert len(seen) == 15 and report.resumed == 25 and report.documents == 40
    assert (interrupted / "events.jsonl").read_bytes() == (full / "events.jsonl").read_bytes()
    assert (interrupted / "graph.ttl").read_bytes() == (full / "graph.ttl").read_bytes()
    assert not (interrupted / ".graphbuilder").exists()


def test_torn_journal_line_is_dropped(tmp_path):
    docs = list(read_documents([SAMPLE / "wikitimes_cep.jsonl"]))[:3]
    j = Journal(tmp_path)
    j.start(resume=False)
    for x in extract(docs):
        j.record(x.document, x.actors, x.relations)
    j.close()
    with open(j.path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"doc": {"id": "half"}})[:10])
    assert [d.id for d, _a, _r, _t in j.replay()] == [d.id for d in docs]
    assert j.path.read_bytes().endswith(b"\n")


def test_resumed_documents_keep_their_extraction_time(tmp_path, monkeypatch):
    from rdflib import Graph
    from rdflib.namespace import PROV

    docs = list(read_documents([SAMPLE / "wikitimes_cep.jsonl"]))[:8]

    def dying_extract(documents, **kw):
        for n, x in enumerate(extract(documents, **kw)):
            if n == 5:
                raise Interrupted
            yield x

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1480550400")  # the first run: 2016-12-01
    with pytest.raises(Interrupted):
        build([], tmp_path, documents=docs, html=False, extractor=dying_extract)
    assert {t for _d, _a, _r, t in Journal(tmp_path).replay()} == {"2016-12-01T00:00:00Z"}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1577836800")  # the resumed run: 2020-01-01
    build([], tmp_path, documents=docs, html=False, resume=True)
    g = Graph().parse(tmp_path / "graph.ttl")
    by_doc = {}
    for m, t in g.subject_objects(PROV.generatedAtTime):
        by_doc.setdefault(str(g.value(m, PROV.wasDerivedFrom)).rsplit("/", 1)[-1], set()).add(t.toPython().year)
    first = {d.id for d in docs[:5]}
    assert by_doc and all(v == {2016 if d in first else 2020} for d, v in by_doc.items())
    assert first & set(by_doc) and set(by_doc) - first
