"""Read documents from ``.txt``, ``.jsonl``, ``.jsonl.gz`` files, directories and stdin.

Reading is streaming (one document in memory at a time) and forgiving: a bad
document is reported through ``on_error`` with a one-line coded message and the
others are still read.

Examples
--------
>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.jsonl").write_text('{"id": "x", "text": "Hi.", "date": "2016-10-21"}\\nnot json\\n')
>>> problems = []
>>> [doc.id for doc in read_documents([d / "a.jsonl"], on_error=problems.append)]
['x']
>>> print(problems[0])  # doctest: +ELLIPSIS
E004 .../a.jsonl:2: not valid JSON (...)
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import re
import sys
import unicodedata
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from .errors import Errors, InputError

PathLike = Union[str, "os.PathLike[str]"]
SUFFIXES = (".txt", ".jsonl", ".jsonl.gz")
# What reading a (possibly compressed) file can raise: gzip.BadGzipFile is an OSError,
# a truncated .gz raises EOFError, a corrupt deflate stream raises zlib.error.
_READ_ERRORS = (OSError, EOFError, zlib.error)
_SURROGATE = re.compile("[\ud800-\udfff]")
_EOL = re.compile(rb"\r\n|\r|\n")


@dataclass(frozen=True)
class Document:
    """One input document.

    ``origin`` is ``path`` or ``path:line``, used in messages.
    """

    id: str
    text: str
    title: Optional[str] = None
    date: Optional[dt.date] = None
    url: Optional[str] = None
    source: Optional[str] = None
    origin: str = field(default="", compare=False)


_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                        "nov", "dec"), start=1)}
_DMY = re.compile(r"(\d{1,2})[- ]([A-Za-z]{3})[A-Za-z]*\.?[- ](\d{4})\b")
_MDY = re.compile(r"([A-Za-z]{3})[A-Za-z]*\.? (\d{1,2}),? (\d{4})\b")


def parse_date(value: str) -> dt.date:
    """Parse a document date: ISO 8601 (``2016-10-21``, ``2016-10-21T08:15:00Z``, ``2016-10``,
    ``1946``), and the newswire forms ``16-MAR-1987 15:12:34.12``, ``16 March 1987``,
    ``March 16, 1987`` and RFC 2822 (``Mon, 16 Mar 1987 15:12:34 GMT``).

    A month or a year alone gives its first day.

    >>> parse_date("2016-10-21T08:15:00Z"), parse_date("16-MAR-1987 15:12:34.12"), parse_date("1946")
    (datetime.date(2016, 10, 21), datetime.date(1987, 3, 16), datetime.date(1946, 1, 1))
    """
    value = value.strip()
    if len(value) >= 10 and value[4:5] == "-":
        return dt.date.fromisoformat(value[:10])
    if re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 1, 1)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return dt.date(int(value[:4]), int(value[5:]), 1)
    body = re.sub(r"^[A-Za-z]{3},\s*", "", value)  # RFC 2822 weekday
    m = _DMY.match(body)
    if m and m.group(2).lower() in _MONTHS:
        return dt.date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    m = _MDY.match(body)
    if m and m.group(1).lower() in _MONTHS:
        return dt.date(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
    return dt.date.fromisoformat(value)


def _expand(inputs: Iterable[PathLike | str], on_error: Callable[[InputError], None]) -> Iterator[Union[Path, str]]:
    for raw in inputs:
        if str(raw) == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.name.endswith(SUFFIXES) and not child.name.startswith("."):
                    yield child
        elif path.exists():
            if not path.name.endswith(SUFFIXES):
                on_error(InputError(Errors.E008.format(path=path)))
                continue
            yield path
        else:
            on_error(InputError(Errors.E001.format(path=path)))


def _document_from_record(record: object, where: str, line: int, fallback_id: str) -> Document:
    path = where
    if not isinstance(record, dict):
        raise InputError(Errors.E007.format(path=path, line=line, field="record", expected="a JSON object"))
    # JSON can spell lone surrogates ("\\ud800"); they cannot be written back as UTF-8,
    # so they become U+FFFD (one code point for one: offsets are unchanged).
    record = {k: _SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for k, v in record.items()}
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(Errors.E005.format(path=path, line=line))
    if not text.strip():
        raise InputError(Errors.E006.format(path=path, line=line))
    values: dict[str, Optional[str]] = {}
    for name in ("title", "url", "source"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise InputError(Errors.E007.format(path=path, line=line, field=name, expected="a string"))
        values[name] = value
    # Without an id, the URL identifies the document (the same article read from another
    # file is the same document); the file name and line number only when there is neither.
    url = (values["url"] or "").strip()
    doc_id = record["id"] if "id" in record else (url or fallback_id)
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise InputError(Errors.E007.format(path=path, line=line, field="id", expected="a non-empty string"))
    date = None
    raw_date = record.get("date")
    if raw_date not in (None, ""):
        try:
            if not isinstance(raw_date, str):
                raise ValueError
            date = parse_date(raw_date)
        except ValueError:
            raise InputError(Errors.E007.format(path=path, line=line, field="date",
                                                expected="a date (ISO 8601 YYYY-MM-DD or e.g. 16-MAR-1987)")) from None
    return Document(id=doc_id.strip(), text=text, date=date, origin=f"{path}:{line}", **values)


def _text_lines(stream: io.TextIOBase) -> Iterator[str]:
    return iter(stream.readline, "")


def _binary_lines(raw) -> Iterator[bytes]:
    """Lines of a binary stream, undecoded, with universal newlines (a lone CR ends a line too).

    Decoding line by line means one bad byte costs one record, not the rest of the file.
    """
    first = True
    for chunk in iter(raw.readline, b""):
        if first:
            first = False
            chunk = chunk.removeprefix(b"\xef\xbb\xbf")
        parts = _EOL.split(chunk)
        if parts[-1] == b"":
            parts.pop()
        yield from parts


def _read_jsonl(lines: Iterator[Union[str, bytes]], where: str,
                on_error: Callable[[InputError], None]) -> Iterator[Document]:
    line_no = 0
    while True:
        try:
            line = next(lines, None)
        except UnicodeDecodeError as exc:  # a text stream cannot resynchronise
            on_error(InputError(Errors.E003.format(path=f"{where}:{line_no + 1}", offset=exc.start)))
            return
        except _READ_ERRORS as exc:
            on_error(InputError(Errors.E002.format(path=where, reason=str(exc) or type(exc).__name__)))
            return
        if line is None:
            return
        line_no += 1
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                on_error(InputError(Errors.E003.format(path=f"{where}:{line_no}", offset=exc.start)))
                continue
        # A BOM can start any line of concatenated files (cat a.jsonl b.jsonl).
        line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            on_error(InputError(Errors.E004.format(path=where, line=line_no, reason=exc.msg)))
            continue
        except RecursionError:
            on_error(InputError(Errors.E004.format(path=where, line=line_no, reason="nested too deeply")))
            continue
        try:
            yield _document_from_record(record, where, line_no, f"{Path(where).name.split('.')[0]}-{line_no}")
        except InputError as exc:
            on_error(exc)


def _read_txt(path: Path, on_error: Callable[[InputError], None]) -> Iterator[Document]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        on_error(InputError(Errors.E002.format(path=path, reason=exc.strerror or exc)))
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        on_error(InputError(Errors.E003.format(path=path, offset=exc.start)))
        return
    if not text.strip():
        on_error(InputError(Errors.E006.format(path=path, line=1)))
        return
    yield Document(id=path.stem, text=text, title=_title_of(text), date=_date_from_name(path.stem),
                   origin=str(path))


_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def _date_from_name(stem: str) -> Optional[dt.date]:
    """``voa-us-turkey-2016-10-21`` → 2016-10-21: a plain-text file has no other place for its date."""
    m = _NAME_DATE.search(stem)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _title_of(text: str) -> Optional[str]:
    """The first line of real text (after page furniture) when it looks like a headline."""
    from .clean import clean_text

    for line in clean_text(text[:5000]).splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= 200 else None
    return None


def read_documents(
    inputs: Iterable[PathLike | str],
    on_error: Optional[Callable[[InputError], None]] = None,
    stdin: Optional[io.TextIOBase] = None,
) -> Iterator[Document]:
    """Stream the documents of ``inputs`` (files, directories, ``-`` for stdin).

    Parameters
    ----------
    inputs
        Paths of ``.txt``/``.jsonl``/``.jsonl.gz`` files or directories (read recursively);
        ``"-"`` reads JSONL from ``stdin``.
    on_error
        Called with an :class:`~graphbuilder.errors.InputError` for every unusable file or
        record (missing path, bad UTF-8, bad JSON, no ``text``, empty, duplicate id).
        Defaults to raising it.
    stdin
        Text stream used for ``"-"`` (defaults to ``sys.stdin``).

    Yields
    ------
    Document
        One per usable document, in input order.
    """

    def _raise(exc: InputError) -> None:
        raise exc

    sink = on_error or _raise

    def report(exc: InputError) -> None:
        message = str(exc)
        sink(exc if _is_one_line(message) else InputError(_one_line(message)))

    seen: dict[str, str] = {}
    for item in _expand(inputs, report):
        if item == "-":
            lines = _text_lines(stdin) if stdin is not None else _binary_lines(sys.stdin.buffer)
            docs = _read_jsonl(lines, "<stdin>", report)
        elif item.name.endswith(".txt"):
            docs = _read_txt(item, report)
        else:
            docs = _iter_jsonl_file(item, report)
        for doc in docs:
            if doc.id in seen:
                report(InputError(Errors.E009.format(where=doc.origin, doc_id=doc.id, first=seen[doc.id])))
                continue
            seen[doc.id] = doc.origin
            yield doc


def _iter_jsonl_file(path: Path, report: Callable[[InputError], None]) -> Iterator[Document]:
    try:
        raw = gzip.open(path, "rb") if path.name.endswith(".gz") else open(path, "rb")
    except OSError as exc:
        report(InputError(Errors.E002.format(path=path, reason=exc.strerror or exc)))
        return
    with raw:
        yield from _read_jsonl(_binary_lines(raw), str(path), report)


def _is_one_line(message: str) -> bool:
    return not any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in message)


def _one_line(message: str) -> str:
    """Escape line breaks and other control characters (from ids or file names) in a message."""
    return "".join(c.encode("unicode_escape").decode("ascii")
                   if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in message)
