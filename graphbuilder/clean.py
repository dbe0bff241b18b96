"""Remove page furniture (menus, share buttons, captions, bylines, size pickers).

Furniture is *blanked*, not cut: every removed character becomes a space
(line breaks are kept), so character offsets into the cleaned text are offsets into
the original document text, which is what ``events.jsonl`` promises.

The same is done with what is never text: control characters and invisible
format characters (NUL, ESC, bidi overrides, zero-width spaces) and, in a
document that is raw HTML, tags, comments and whole ``<script>``/``<style>``
elements (their content must never become an actor).

Examples
--------
>>> text = "Accessibility links\\n\\nBreaking News\\n\\nCarter met Erdogan.\\n\\nXS\\nSM\\nMD\\nLG\\n"
>>> cleaned = clean_text(text)
>>> len(cleaned) == len(text), cleaned.split()
(True, ['Carter', 'met', 'Erdogan.'])
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Iterable, Optional, Pattern

_BULLET = re.compile(r"^[\s•·▪◦\-–*]+$")
# A line opening with a lone sentence stop or comma, then a space: what is left of a cut sentence.
_STRAY_STOP = re.compile(r"^\s*([.,;:])\s+(?=\S)")
# Furniture is short; matching the patterns (some have two ``.*``) against a long
# paragraph costs quadratic time and could only produce false positives.
_MAX_FURNITURE = 1000
# What str.splitlines() breaks at: blanking keeps them, so lines stay lines.
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
# Terminal colour codes (ESC [ 31 m) whole; C0/C1 controls except tab, line feed,
# vertical tab, form feed, carriage return; invisible format characters that split
# words for the tokenizer (bidi controls, zero-width space, word joiner, BOM).
# ZWJ/ZWNJ and the soft hyphen are kept: they belong to words.
_INVISIBLE = re.compile("\x1b\\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0e-\x1f\x7f-\x9f\u061c\u180e\u200b\u200e\u200f"
                        "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# A document is treated as HTML only when it has a real tag or a comment: plain
# text that says "a <b" or "x < y" is left alone.  (Bounded: linear time.)
_HTML_MARKER = re.compile(
    r"</?(?:!doctype|html|head|body|script|style|noscript|template|div|span|p|br|a|img|meta|link|"
    r"article|section|header|footer|nav|aside|main|figure|figcaption|table|tr|td|ul|ol|li|h[1-6]|"
    r"iframe|svg|form|button|input|em|strong|b|i)\b[^<>]{0,1000}>|<!--", re.IGNORECASE)
# As a browser reads it: a tag runs to the next '>' (or to the end), a comment to
# '-->', script/style/... elements to their end tag (or to the end).
_HTML_SKIP = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|noscript|template|svg)\b[^>]*>.*?(?:</\1\s*>|\Z)"
    r"|<[A-Za-z!/?][^>]*(?:>|\Z)", re.IGNORECASE | re.DOTALL)


@functools.lru_cache(maxsize=1)
def furniture_patterns() -> tuple[Pattern[str], ...]:
    """The bundled furniture patterns (``resources/furniture.txt``), compiled."""
    text = resources.files("graphbuilder.resources").joinpath("furniture.txt").read_text("utf-8")
    return tuple(
        re.compile(rf"(?:{line.strip()})\Z", re.IGNORECASE)
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


def _blank(s: str) -> str:
    return "".join(c if c in _LINE_BREAKS else " " for c in s)


def _blank_markup(text: str) -> str:
    """In a document that looks like HTML, blank tags, comments and script/style elements.

    Text between tags is kept as it is: entities such as ``&amp;`` are not decoded,
    which would change offsets.
    """
    if "<" not in text or not _HTML_MARKER.search(text):
        return text
    return _HTML_SKIP.sub(lambda m: _blank(m.group()), text)


def clean_text(text: str, extra: Optional[Iterable[Pattern[str]]] = None) -> str:
    """Blank out lines of page furniture and repeated caption lines.

    Parameters
    ----------
    text
        The raw document text.
    extra
        More compiled patterns to treat as furniture (matched against whole lines).

    Returns
    -------
    str
        A string of the same length as ``text``.
    """
    patterns = furniture_patterns() + tuple(extra or ())
    text = _blank_markup(_INVISIBLE.sub(lambda m: " " * len(m.group()), text))
    out: list[str] = []
    seen_long: set[str] = set()
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        ending = line[len(body):]
        if (m := _STRAY_STOP.match(body)) is not None:
            # ". Near Bayji, one strike ...": the stop of a sentence cut off before the text began
            # makes the parser take the first words for a name.
            body = body[:m.start(1)] + " " + body[m.end(1):]
        stripped = body.strip().strip("•·▪◦").strip()
        drop = False
        if stripped and len(stripped) <= _MAX_FURNITURE and (
                _BULLET.match(stripped) or any(p.match(stripped) for p in patterns)):
            drop = True
        elif len(stripped) > 40:
            # Scraped pages repeat photo captions (figure + alt text); the copy adds
            # nothing but a second mention of every actor in it.
            if stripped in seen_long:
                drop = True
            seen_long.add(stripped)
        out.append((_blank(body) if drop else body) + ending)
    lines = "".join(out).splitlines(keepends=True)
    _blank_stray_labels(lines)
    return "".join(lines)


def _blank_stray_labels(lines: list[str]) -> None:
    """Blank isolated one-to-three-word lines without sentence punctuation.

    Such lines are sub-headings, bylines and widget labels ("Turkish troops",
    "VOA News"): not sentences, and the parser would glue them onto the next
    paragraph.  Only done when the document has real sentences elsewhere.
    """
    stripped = [line.strip() for line in lines]
    candidates = [
        i for i, s in enumerate(stripped)
        if s and len(s.split()) <= 3 and s[-1] not in ".!?:;\"'”)"
        and (i == 0 or not stripped[i - 1]) and (i + 1 == len(lines) or not stripped[i + 1])
    ]
    if len(candidates) == sum(1 for s in stripped if s):
        return
    for i in candidates:
        body = lines[i].rstrip("\r\n")
        lines[i] = _blank(body) + lines[i][len(body):]
