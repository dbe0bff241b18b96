"""The journal of a build in progress, so that ``build --resume`` finishes a killed run.

Each processed document is appended to ``DIR/.graphbuilder/journal.jsonl`` with its text
and its extraction, and flushed; a run that completes deletes the journal.  ``--resume``
replays the journal (no re-parsing), skips the documents it holds and processes the rest,
so the outputs equal those of an uninterrupted run.  A line cut short by the kill is
dropped (its document is processed again).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import time
from pathlib import Path
from typing import Optional

from .ingest import Document
from .model import ActorMention, RelationMention

STATE_DIR = ".graphbuilder"
JOURNAL = "journal.jsonl"


def _doc_data(d: Document) -> dict:
    return {"id": d.id, "text": d.text, "title": d.title, "date": d.date.isoformat() if d.date else None,
            "url": d.url, "source": d.source, "origin": d.origin}


def _doc_from(data: dict) -> Document:
    date = dt.date.fromisoformat(data["date"]) if data.get("date") else None
    return Document(id=data["id"], text=data["text"], title=data.get("title"), date=date, url=data.get("url"),
                    source=data.get("source"), origin=data.get("origin") or "")


class Journal:
    """Append-only record of the documents a build has finished."""

    def __init__(self, out: Path, sync_every: float = 2.0):
        self.dir = Path(out) / STATE_DIR
        self.path = self.dir / JOURNAL
        self.sync_every = sync_every
        self._fh = None
        self._last_sync = 0.0

    def replay(self):
        """Yield ``(document, actors, relations, extracted_at)`` for every complete line; cut off a torn tail.

        ``extracted_at`` is ``None`` for a line written before journals kept it.
        """
        if not self.path.exists():
            return
        good = 0
        with open(self.path, "rb") as fh:
            for raw in fh:
                if not raw.endswith(b"\n"):
                    break
                try:
                    data = json.loads(raw)
                    item = (_doc_from(data["doc"]),
                            tuple(ActorMention.from_data(a) for a in data["actors"]),
                            tuple(RelationMention.from_data(r) for r in data["relations"]),
                            data.get("extracted_at"))
                except (ValueError, KeyError, TypeError):
                    break
                good += len(raw)
                yield item
        with open(self.path, "r+b") as fh:
            fh.truncate(good)

    def start(self, resume: bool) -> None:
        """Open for appending; without ``resume`` an old journal is discarded."""
        self.dir.mkdir(parents=True, exist_ok=True)
        if not resume and self.path.exists():
            self.path.unlink()
        self._fh = open(self.path, "a", encoding="utf-8")

    def record(self, document: Document, actors, relations, extracted_at: Optional[str] = None) -> None:
        line = json.dumps({"doc": _doc_data(document), "actors": [a.to_data() for a in actors],
                           "relations": [r.to_data() for r in relations], "extracted_at": extracted_at},
                          ensure_ascii=False)
        self._fh.write(line + "\n")
        # A flush per document survives a killed process; fsync (power loss) is rationed.
        self._fh.flush()
        now = time.monotonic()
        if now - self._last_sync >= self.sync_every:
            os.fsync(self._fh.fileno())
            self._last_sync = now

    def close(self) -> None:
        if self._fh is not None:
            self._fh.flush()
            self._fh.close()
            self._fh = None

    def finish(self) -> None:
        """The run completed and its outputs are in place: the journal is no longer needed."""
        self.close()
        shutil.rmtree(self.dir, ignore_errors=True)
