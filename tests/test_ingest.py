import datetime as dt
import gzip
import io
import json

import pytest

from graphbuilder.errors import InputError
from graphbuilder.ingest import read_documents


def _read(paths, stdin=None):
    errors = []
    docs = list(read_documents(paths, on_error=errors.append, stdin=stdin))
    return docs, [str(e) for e in errors]


def test_txt_file_gets_id_title_and_date_from_name(tmp_path):
    p = tmp_path / "voa-2016-10-21.txt"
    p.write_text("Accessibility links\n\nCarter met Erdogan in Ankara.\n", encoding="utf-8")
    (doc,), errors = _read([p])
    assert errors == []
    assert doc.id == "voa-2016-10-21"
    assert doc.date == dt.date(2016, 10, 21)
    assert doc.title == "Carter met Erdogan in Ankara."


def test_jsonl_gz_and_directory_recursive(tmp_path):
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    with gzip.open(sub / "x.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "text": "Iraq opposes Turkey.", "date": "2016-10-21T10:00:00Z",
                             "title": "T", "url": "http://example.org/1", "source": "S"}) + "\n")
    (tmp_path / "a" / "y.txt").write_text("Turkey met Iraq.", encoding="utf-8")
    (tmp_path / "a" / "ignored.csv").write_text("nope", encoding="utf-8")
    docs, errors = _read([tmp_path])
    assert errors == []
    assert sorted(d.id for d in docs) == ["g1", "y"]
    g1 = next(d for d in docs if d.id == "g1")
    assert (g1.date, g1.title, g1.url, g1.source) == (dt.date(2016, 10, 21), "T", "http://example.org/1", "S")


def test_stdin_jsonl():
    stream = io.StringIO('{"id": "s1", "text": "A met B."}\n\n{"id": 7, "text": "C met D."}\n')
    docs, errors = _read(["-"], stdin=stream)
    assert [d.id for d in docs] == ["s1", "7"] and errors == []


def test_bad_records_are_reported_with_file_and_line_and_others_survive(tmp_path):
    p = tmp_path / "mixed.jsonl"
    p.write_text("\n".join([
        '{"id": "ok1", "text": "Fine."}',
        'not json',
        '{"id": "notext"}',
        '{"id": "empty", "text": "   "}',
        '{"id": "baddate", "text": "x", "date": "yesterday"}',
        '{"id": "badtitle", "text": "x", "title": 5}',
        '{"id": "ok1", "text": "duplicate id"}',
        '[1, 2]',
        '{"id": "ok2", "text": "Also fine."}',
    ]) + "\n", encoding="utf-8")
    docs, errors = _read([p])
    assert [d.id for d in docs] == ["ok1", "ok2"]
    codes = [e.split()[0] for e in errors]
    assert codes == ["E004", "E005", "E006", "E007", "E007", "E009", "E007"]
    assert f"{p}:2:" in errors[0]
    assert all("\n" not in e for e in errors)


def test_missing_path_non_utf8_and_unsupported(tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Erdo\xf0an".encode("latin-1"))
    other = tmp_path / "notes.pdf"
    other.write_bytes(b"%PDF")
    docs, errors = _read([tmp_path / "missing.txt", bad, other])
    assert docs == []
    assert [e.split()[0] for e in errors] == ["E001", "E003", "E008"]
    assert "latin1.txt" in errors[1]


def test_default_is_to_raise(tmp_path):
    with pytest.raises(InputError, match="E001"):
        list(read_documents([tmp_path / "nope.jsonl"]))


def test_a_record_without_id_is_identified_by_its_url(tmp_path):
    """The same article (no id, same URL) read from two files is one document; no URL: file-line."""
    from graphbuilder.vocab import document_iri

    record = {"text": "Turkey met Iraq.", "url": " http://example.org/news/1 "}
    for name in ("a.jsonl", "b.jsonl"):
        (tmp_path / name).write_text(json.dumps({"text": "x"}) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    for name in ("a", "b"):
        docs, errors = _read([tmp_path / f"{name}.jsonl"])
        assert errors == []
        assert [d.id for d in docs] == [f"{name}-1", "http://example.org/news/1"]
    docs, errors = _read([tmp_path / "a.jsonl", tmp_path / "b.jsonl"])
    assert [d.id for d in docs] == ["a-1", "http://example.org/news/1", "b-1"]
    assert len(errors) == 1 and errors[0].startswith("E009")  # the same article twice
    assert str(document_iri(docs[1].id)) == "https://w3id.org/graphbuilder/doc/http%3A%2F%2Fexample.org%2Fnews%2F1"
    (tmp_path / "c.jsonl").write_text(json.dumps({**record, "id": None}) + "\n", encoding="utf-8")
    docs, errors = _read([tmp_path / "c.jsonl"])
    assert docs == [] and "E007" in errors[0] and "id" in errors[0]
