"""Remove page furniture (menus, share buttons, captions, bylines, size pickers).

Furniture is *blanked*, not cut: every removed character becomes a space
(newlines are kept), so character offsets into the cleaned text are offsets into
the original document text, which is what ``events.jsonl`` promises.

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
    return "".join("\n" if c == "\n" else " " for c in s)


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
    out: list[str] = []
    seen_long: set[str] = set()
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        ending = line[len(body):]
        stripped = body.strip().strip("•·▪◦").strip()
        drop = False
        if stripped and (_BULLET.match(stripped) or any(p.match(stripped) for p in patterns)):
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
