"""Property tests of :func:`graphbuilder.ingest.read_documents` over generated files.

"Nothing lost, nothing crashes, nothing injected": whatever bytes are in the input
files, reading never raises (every problem goes through ``on_error``), every
message is one line that starts with its code and names the file, every valid
record comes out exactly once and in input order, and nothing else comes out.

No spaCy model is needed; each property runs a modest number of examples.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphbuilder.errors import InputError
from graphbuilder.ingest import read_documents

FUZZ = settings(max_examples=60, deadline=None, report_multiple_bugs=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.large_base_example])
CODE = re.compile(r"E0\d\d ")
SURROGATE = re.compile("[\ud800-\udfff]")


# --------------------------------------------------------------------------- helpers

def _read(paths, stdin=None):
    """Read everything; any exception other than through on_error fails the test."""
    errors: list[InputError] = []
    docs = list(read_documents(paths, on_error=errors.append, stdin=stdin))
    assert all(isinstance(e, InputError) for e in errors)
    return docs, [str(e) for e in errors]


def _check_messages(messages, paths):
    names = [str(p) for p in paths]
    for m in messages:
        assert CODE.match(m), m
        assert len(m.splitlines()) == 1 and "\n" not in m and "\r" not in m, repr(m)
        assert any(n in m for n in names), (m, names)


def _key(doc):
    return (doc.id, doc.text, doc.date, doc.title, doc.url, doc.source)


# --------------------------------------------------------------------------- generated lines
#
# Every generated line is (bytes without line breaks, expectation) where the
# expectation is ("doc", fields) for a record that must come out, ("error",) for
# a line that must produce exactly one message and no document, ("blank",) for a
# line that is silently skipped.

TRICKY = "\x00\x01\x1b\x7f\x85\u2028\u2029\u202e\u2066\u200b\u200d\ufeff\r\n\t\x0b\x0c\x1c\"\\<>&"
ANY_CHAR = st.one_of(st.characters(), st.characters(categories=["Cs"]),  # lone surrogates too
                     st.sampled_from(TRICKY))
TEXT = st.text(ANY_CHAR, min_size=1, max_size=80).filter(lambda s: s.strip())
IDS = st.one_of(
    st.sampled_from(["a", "b", "c", " a ", "b\t", "x\ny", "ünï-códe", "\u202eevil", "id\u2028sep"]),
    st.integers(min_value=0, max_value=3),
    st.text(ANY_CHAR, min_size=1, max_size=12).filter(lambda s: s.strip()),
)
DATES = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
OPT_STR = st.one_of(st.none(), st.text(ANY_CHAR, max_size=30))
BAD_DATES = st.one_of(
    st.integers(), st.floats(allow_nan=False), st.booleans(), st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=1),
    st.sampled_from(["yesterday", "2016-13-01", "21/10/2016", "2016-02-30", "  ", "T", "2016-1", "10-2016",
                     "0000-01-01", "\x00"]),
)
WRONG_TYPE = st.one_of(st.integers(), st.floats(allow_nan=False), st.booleans(),
                       st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3),
                                                                             st.integers(), max_size=1))


def _scrub(s):
    return SURROGATE.sub("\ufffd", s) if isinstance(s, str) else s


def _dumps(record, ensure_ascii):
    # Lone surrogates can only be spelled as \\u escapes.
    text = json.dumps(record, ensure_ascii=False)
    return json.dumps(record) if ensure_ascii or SURROGATE.search(text) else text


@st.composite
def valid_line(draw):
    raw_id = draw(IDS)
    text = draw(TEXT)
    record = {"id": raw_id, "text": text}
    date = None
    kind = draw(st.sampled_from(["none", "null", "empty", "date", "datetime"]))
    if kind == "null":
        record["date"] = None
    elif kind == "empty":
        record["date"] = ""
    elif kind == "date":
        date = draw(DATES)
        record["date"] = date.isoformat()
    elif kind == "datetime":
        date = draw(DATES)
        record["date"] = date.isoformat() + draw(st.sampled_from(["T08:15:00Z", "T00:00:00+02:00", " 10:00"]))
    fields = {}
    for name in ("title", "url", "source"):
        value = draw(OPT_STR)
        if value is not None or draw(st.booleans()):
            record[name] = value
        fields[name] = _scrub(value)
    if draw(st.booleans()):
        record["extra"] = draw(WRONG_TYPE)  # unknown fields are ignored
    doc_id = str(raw_id) if isinstance(raw_id, int) else _scrub(raw_id).strip()
    line = _dumps(record, draw(st.booleans())).encode("utf-8")
    return line, ("doc", {"id": doc_id, "text": _scrub(text), "date": date, **fields})


@st.composite
def fallback_id_line(draw):
    """No 'id': the id is '<file stem>-<line number>', filled in when the file is assembled."""
    text = draw(TEXT)
    line = _dumps({"text": text}, draw(st.booleans())).encode("utf-8")
    return line, ("doc", {"id": None, "text": _scrub(text), "date": None, "title": None, "url": None,
                          "source": None})


@st.composite
def bad_record_line(draw):
    base = {"id": draw(st.sampled_from(["p", "q"])), "text": "Turkey met Iraq."}
    what = draw(st.sampled_from(["id", "blank_id", "no_text", "text", "blank_text", "date", "title",
                                 "url", "source", "not_object"]))
    if what == "id":
        base["id"] = draw(st.one_of(st.lists(st.text(max_size=3), max_size=2), st.floats(allow_nan=False),
                                    st.booleans(), st.none(),
                                    st.dictionaries(st.text(max_size=2), st.integers(), max_size=1)))
    elif what == "blank_id":
        base["id"] = draw(st.sampled_from(["", " ", "\t\n", "\u3000"]))
    elif what == "no_text":
        del base["text"]
    elif what == "text":
        base["text"] = draw(st.one_of(WRONG_TYPE, st.none()))
    elif what == "blank_text":
        base["text"] = draw(st.text(st.sampled_from(" \t\n\r\x0b\x0c\u00a0\u2003\u3000"), max_size=20))
    elif what == "date":
        base["date"] = draw(BAD_DATES)
    elif what in ("title", "url", "source"):
        base[what] = draw(WRONG_TYPE)
    else:
        base = draw(st.one_of(st.lists(st.integers(), max_size=3), st.integers(), st.text(max_size=5),
                              st.none(), st.booleans()))
    return json.dumps(base).encode("utf-8"), ("error",)


@st.composite
def garbage_line(draw):
    """Not JSON at all (maybe not UTF-8 either): '#' can start neither JSON nor a blank line."""
    data = draw(st.binary(max_size=200)).replace(b"\r", b"").replace(b"\n", b"")
    return b"#" + data, ("error",)


@st.composite
def invalid_utf8_line(draw):
    bad = draw(st.sampled_from([b"\xff", b"\xfe\xfe", b"\xc3", b"\xed\xa0\x80", b"\xe2\x82", b"\x80abc",
                                b"\xf8\x88\x80\x80\x80", b"\xc0\xaf"]))
    head = json.dumps({"id": draw(st.sampled_from(["u", "v"])), "text": "Iraq "}).encode("utf-8")
    return head[:-2] + bad + head[-2:], ("error",)


@st.composite
def deep_line(draw):
    depth = draw(st.integers(min_value=2_000, max_value=50_000))
    return draw(st.sampled_from([b"[", b'{"a":'])) * depth, ("error",)


@st.composite
def huge_line(draw):
    n = draw(st.integers(min_value=1, max_value=12_000))
    text = "Turkey attacked Iraq on Monday. " * n
    return json.dumps({"id": f"huge-{n}", "text": text}).encode("utf-8"), (
        "doc", {"id": f"huge-{n}", "text": text, "date": None, "title": None, "url": None, "source": None})


blank_line = st.sampled_from([b"", b" ", b"\t", b"   \t  "]).map(lambda b: (b, ("blank",)))

LINES = st.one_of(valid_line(), valid_line(), fallback_id_line(), bad_record_line(), garbage_line(),
                  invalid_utf8_line(), blank_line, deep_line(), huge_line())


@st.composite
def jsonl_file(draw):
    """(suffix, bytes, per-line expectations) of one JSONL file."""
    lines = draw(st.lists(LINES, max_size=12))
    eol = draw(st.sampled_from([b"\n", b"\r\n", b"\r"]))
    data = eol.join(line for line, _ in lines)
    if lines and draw(st.booleans()):
        data += eol
    if draw(st.booleans()):
        data = b"\xef\xbb\xbf" + data
    suffix = draw(st.sampled_from([".jsonl", ".jsonl.gz"]))
    return suffix, data, [expect for _, expect in lines]


@st.composite
def txt_file(draw):
    data = draw(st.one_of(st.binary(max_size=300),
                          st.text(ANY_CHAR.filter(lambda c: not SURROGATE.match(c)), max_size=300)
                          .map(lambda s: s.encode("utf-8")),
                          st.sampled_from([b"", b"   \n\t", b"\xef\xbb\xbf", b"\xef\xbb\xbfTurkey met Iraq.\r\n",
                                           b"Turkey\x00met\x00Iraq.", b"A\rB\r\nC\n"])))
    return ".txt", data, None


def _expected_txt(name, data):
    """('doc', fields) or ('error',) for a .txt file."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ("error",)
    if not text.strip():
        return ("error",)
    return ("doc", {"id": name, "text": text})


def _write(directory: Path, index: int, suffix: str, data: bytes) -> Path:
    path = directory / f"f{index}{suffix}"
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    return path


def _expected(files):
    """Expected documents (in order) and number of errors for written files."""
    docs, errors, seen = [], 0, set()
    for path, suffix, data, expects in files:
        if expects is None:
            outcome = [_expected_txt(path.name[:-len(suffix)], data)]
        else:
            outcome = []
            for line_no, expect in enumerate(expects, start=1):
                if expect[0] == "doc" and expect[1]["id"] is None:
                    expect = ("doc", {**expect[1], "id": f"{path.name.split('.')[0]}-{line_no}"})
                outcome.append(expect)
        for expect in outcome:
            if expect[0] == "error":
                errors += 1
            elif expect[0] == "doc":
                if expect[1]["id"] in seen:
                    errors += 1  # duplicate ids are reported, never merged
                else:
                    seen.add(expect[1]["id"])
                    docs.append(expect[1])
    return docs, errors


# --------------------------------------------------------------------------- properties

@FUZZ
@given(st.lists(st.one_of(jsonl_file(), jsonl_file(), txt_file()), min_size=1, max_size=3),
       st.booleans())
def test_nothing_lost_nothing_raised_nothing_injected(files, as_directory):
    with tempfile.TemporaryDirectory() as d:
        directory = Path(d)
        written = [(_write(directory, i, suffix, data), suffix, data, expects)
                   for i, (suffix, data, expects) in enumerate(files)]
        paths = [p for p, *_ in written]
        docs, messages = _read([directory] if as_directory else paths)
        expected_docs, expected_errors = _expected(written)
        _check_messages(messages, paths)
        got = [{k: getattr(doc, k) for k in expected_docs[i]} if i < len(expected_docs) else _key(doc)
               for i, doc in enumerate(docs)]
        assert got == expected_docs
        assert len(messages) == expected_errors, messages
        assert len({doc.id for doc in docs}) == len(docs)


@FUZZ
@given(st.lists(st.one_of(valid_line(), fallback_id_line(), bad_record_line(), blank_line), max_size=10))
def test_stdin_reads_like_a_file(lines):
    data = "\n".join(line.decode("utf-8") for line, _ in lines)
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "<stdin>.jsonl"  # same fallback ids ('<stdin>-N') as standard input
        path.write_text(data, encoding="utf-8")
        from_file, file_messages = _read([path])
    from_stdin, stdin_messages = _read(["-"], stdin=io.StringIO(data))
    assert [_key(d) for d in from_stdin] == [_key(d) for d in from_file]
    assert [m.replace("<stdin>", str(path)) for m in stdin_messages] == file_messages
    _check_messages(stdin_messages, ["<stdin>"])


@FUZZ
@given(st.lists(valid_line(), min_size=1, max_size=30), st.data())
def test_truncated_gzip_yields_a_prefix_and_one_e002(lines, data):
    payload = b"\n".join(line for line, _ in lines) + b"\n"
    blob = gzip.compress(payload)
    cut = data.draw(st.integers(min_value=1, max_value=len(blob) - 1), label="cut")
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "t.jsonl.gz"
        path.write_bytes(blob[:cut])
        docs, messages = _read([path])
        full, _ = _read([_write(Path(d), 9, ".jsonl", payload)])
    _check_messages(messages, [path])
    assert [_key(x) for x in docs] == [_key(x) for x in full[:len(docs)]]
    assert [m.split()[0] for m in messages][-1:] == ["E002"]
    assert all(m.split()[0] in ("E002", "E009", "E004", "E003") for m in messages)


@FUZZ
@given(st.lists(valid_line(), min_size=1, max_size=30), st.data())
def test_corrupt_gzip_never_raises(lines, data):
    payload = b"\n".join(line for line, _ in lines) + b"\n"
    blob = bytearray(gzip.compress(payload))
    for _ in range(data.draw(st.integers(min_value=1, max_value=4), label="flips")):
        i = data.draw(st.integers(min_value=0, max_value=len(blob) - 1), label="at")
        blob[i] ^= data.draw(st.integers(min_value=1, max_value=255), label="xor")
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "c.jsonl.gz"
        path.write_bytes(bytes(blob))
        docs, messages = _read([path])
        full, _ = _read([_write(Path(d), 9, ".jsonl", payload)])
    _check_messages(messages, [path])
    if not messages:
        # A corruption that went unnoticed must have been harmless (e.g. the mtime field).
        assert [_key(x) for x in docs] == [_key(x) for x in full]


# --------------------------------------------------------------------------- examples

def test_one_bad_byte_costs_one_record_not_the_rest_of_the_file(tmp_path):
    p = tmp_path / "mixed.jsonl"
    bad = b'{"id": "b", "text": "Erdo\xf0an met Carter."}'
    p.write_bytes(b'{"id": "a", "text": "Turkey met Iraq."}\n' + bad + b'\n'
                  b'{"id": "c", "text": "Iraq met Turkey."}\n')
    docs, messages = _read([p])
    assert [d.id for d in docs] == ["a", "c"]
    assert messages == [f"E003 {p}:2: not valid UTF-8 (byte {bad.index(bytes([0xf0]))})"]


def test_one_bad_byte_in_a_gzip_file(tmp_path):
    p = tmp_path / "mixed.jsonl.gz"
    p.write_bytes(gzip.compress(b"".join(b'{"id": "ok%d", "text": "Turkey met Iraq."}\n' % i for i in range(500))
                                + b'{"id": "bad", "text": "\xff"}\n'
                                + b'{"id": "after", "text": "Iraq met Turkey."}\n'))
    docs, messages = _read([p])
    assert len(docs) == 501 and docs[-1].id == "after"
    assert [m.split()[0] for m in messages] == ["E003"] and f"{p}:501:" in messages[0]


def test_deeply_nested_json_is_a_bad_line_not_a_crash(tmp_path):
    p = tmp_path / "deep.jsonl"
    p.write_text("[" * 100_000 + "\n" + '{"id": "z", "text": "Turkey met Iraq."}\n', encoding="utf-8")
    docs, messages = _read([p])
    assert [d.id for d in docs] == ["z"]
    assert [m.split()[0] for m in messages] == ["E004"] and f"{p}:1:" in messages[0]


def test_corrupt_deflate_stream_is_e002_not_a_crash(tmp_path):
    blob = bytearray(gzip.compress(b"".join(b'{"id": "g%d", "text": "hello world"}\n' % i for i in range(200))))
    for i in range(30, 60):
        blob[i] ^= 0x55
    p = tmp_path / "c.jsonl.gz"
    p.write_bytes(bytes(blob))
    _docs, messages = _read([p])
    assert messages and all(m.startswith("E002 ") for m in messages)


def test_not_gzip_at_all_and_gzip_named_jsonl(tmp_path):
    fake = tmp_path / "fake.jsonl.gz"
    fake.write_bytes(b'{"id": "a", "text": "plain"}\n')
    real = tmp_path / "real.jsonl"
    real.write_bytes(gzip.compress(b'{"id": "b", "text": "zipped"}\n' * 50, mtime=0))
    docs, messages = _read([fake, real])
    assert docs == []
    _check_messages(messages, [fake, real])
    assert messages[0].startswith(f"E002 {fake}:")
    assert messages[1:] and {m.split()[0] for m in messages[1:]} <= {"E003", "E004", "E007"}


def test_duplicate_ids_are_reported_not_merged_and_the_first_wins(tmp_path):
    a = tmp_path / "a.jsonl"
    a.write_text('{"id": "x", "text": "first"}\n{"id": " x ", "text": "second"}\n{"id": 1, "text": "int"}\n',
                 encoding="utf-8")
    b = tmp_path / "b.jsonl"
    b.write_text('{"id": "1", "text": "str"}\n{"id": "x", "text": "third"}\n', encoding="utf-8")
    docs, messages = _read([a, b])
    assert [(d.id, d.text) for d in docs] == [("x", "first"), ("1", "int")]
    assert [m.split()[0] for m in messages] == ["E009"] * 3
    assert f"{a}:2" in messages[0] and f"first seen at {a}:1" in messages[0]
    assert f"{b}:1" in messages[1] and f"{b}:2" in messages[2]


def test_an_id_with_a_line_break_still_gives_one_line_messages(tmp_path):
    p = tmp_path / "ids.jsonl"
    p.write_text(json.dumps({"id": "x\ny", "text": "a"}) + "\n" + json.dumps({"id": "x\ny", "text": "b"}) + "\n"
                 + json.dumps({"id": "p\u2028q", "text": "c"}) + "\n" + json.dumps({"id": "p\u2028q", "text": "d"})
                 + "\n", encoding="utf-8")
    docs, messages = _read([p])
    assert [d.id for d in docs] == ["x\ny", "p\u2028q"]  # the id itself is kept as given
    assert len(messages) == 2
    _check_messages(messages, [p])


def test_a_file_name_with_a_line_break_gives_one_line_messages(tmp_path):
    p = tmp_path / "bad\nname.jsonl"
    p.write_text("not json\n", encoding="utf-8")
    docs, messages = _read([p])
    assert docs == [] and len(messages) == 1
    assert CODE.match(messages[0]) and len(messages[0].splitlines()) == 1
    assert "bad\\nname.jsonl:1" in messages[0]


def test_lone_surrogates_become_replacement_characters_offsets_unchanged(tmp_path):
    # json.loads accepts "\\ud800"; such a string cannot be written as UTF-8 (graph, events).
    p = tmp_path / "s.jsonl"
    p.write_text('{"id": "s\\ud800", "text": "Turkey \\udc80 met Iraq.", "title": "t\\udfff"}\n'
                 '{"id": "pair", "text": "ok \\ud83d\\ude00 emoji"}\n', encoding="utf-8")
    docs, messages = _read([p])
    assert messages == []
    assert [(d.id, d.text, d.title) for d in docs] == [("s\ufffd", "Turkey \ufffd met Iraq.", "t\ufffd"),
                                                       ("pair", "ok \U0001f600 emoji", None)]
    for d in docs:
        (d.id + d.text + (d.title or "")).encode("utf-8")


def test_a_bom_at_the_start_of_a_later_line_concatenated_files(tmp_path):
    one = b'\xef\xbb\xbf{"id": "a", "text": "Turkey met Iraq."}\r\n'
    two = b'\xef\xbb\xbf{"id": "b", "text": "Iraq met Turkey."}\r\n'
    p = tmp_path / "cat.jsonl"
    p.write_bytes(one + two)
    docs, messages = _read([p])
    assert [d.id for d in docs] == ["a", "b"] and messages == []


def test_crlf_and_cr_only_line_ends_count_lines_alike(tmp_path):
    body = ['{"id": "a", "text": "A."}', "", "oops", '{"id": "b", "text": "B."}', '{"text": "C."}']
    for name, eol in (("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")):
        p = tmp_path / f"{name}.jsonl"
        p.write_bytes(eol.join(body).encode("utf-8"))
        docs, messages = _read([p])
        assert [d.id for d in docs] == ["a", "b", f"{name}-5"], name
        assert messages == [f"E004 {p}:3: not valid JSON (Expecting value)"], name


def test_raw_unicode_line_separators_inside_strings_do_not_split_records(tmp_path):
    p = tmp_path / "seps.jsonl"
    text = "Turkey\u2028met\x85Iraq\x0bon\x0cMonday\x1c."
    p.write_bytes(json.dumps({"id": "s", "text": text}, ensure_ascii=False).encode("utf-8") + b"\n")
    docs, messages = _read([p])
    assert messages == [] and [d.text for d in docs] == [text]


def test_without_on_error_the_first_problem_is_raised_as_input_error(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_bytes(b'{"id": "a", "text": "ok"}\n\xff\n')
    with pytest.raises(InputError, match=r"^E003 "):
        list(read_documents([p]))


@pytest.mark.parametrize("data", [b"", b" \n\t\r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf  \n"])
def test_empty_and_whitespace_only_files(tmp_path, data):
    for suffix in (".txt", ".jsonl", ".jsonl.gz"):
        p = _write(tmp_path, 0, suffix, data)
        docs, messages = _read([p])
        assert docs == []
        if suffix == ".txt":
            assert [m.split()[0] for m in messages] == ["E006"]
        else:
            assert messages == []  # an empty JSONL file holds no records, which is not an error
