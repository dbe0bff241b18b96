"""Extraction time per word on one long document against the same words as short documents.

The rules read a document's tokens, sentences and mentions; a helper that rebuilds ``doc.text``
or rescans the whole document once per mention makes the cost grow with the square of the
document's length, which a corpus of short news items never shows (a 55k-word document took
174 s instead of 21 s that way, until the dateline was read from its first tokens).

Measured in one process, alternating, with the pipeline already loaded: the bundled sample
corpora (``data/sample/*.jsonl``, shipped with the repository) extracted as their short
documents, and the same texts joined into long documents of about ``--words`` words each
(a document over :data:`graphbuilder.nlp.MAX_CHARS` characters is parsed in chunks, as a build
does). Printed: seconds and words/s of each, and the ratio long / short time per word (median
of ``--repeat`` runs). Goal: at most 1.5 (linear in the document's length, give or take the
parser's own cost of longer sentences' context).

Usage::

    python benchmarks/bench_scaling.py [--words 20000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLES = sorted((ROOT / "data" / "sample").glob("*.jsonl"))
GOAL = 1.5


def _texts() -> list[str]:
    out = []
    for path in SAMPLES:
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                text = json.loads(line).get("text")
                if isinstance(text, str) and text.strip():
                    out.append(text.strip())
    return out


def _joined(texts: list[str], words: int) -> list[str]:
    docs, current, n = [], [], 0
    for t in texts:
        current.append(t)
        n += len(t.split())
        if n >= words:
            docs.append("\n\n".join(current))
            current, n = [], 0
    if current:
        docs.append("\n\n".join(current))
    return docs


def _time(texts: list[str], nlp) -> float:
    from graphbuilder.ingest import Document
    from graphbuilder.pipeline import extract

    started = time.perf_counter()
    for _ in extract([Document(id=str(i), text=t) for i, t in enumerate(texts)], nlp=nlp):
        pass
    return time.perf_counter() - started


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--words", type=int, default=20_000, help="words per long document")
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args(argv)
    from graphbuilder.nlp import load_pipeline

    texts = _texts()
    words = sum(len(t.split()) for t in texts)
    long = _joined(texts, args.words)
    nlp = load_pipeline(None)
    _time(texts[:20], nlp)  # warm-up
    ratios, shorts, longs = [], [], []
    for _ in range(args.repeat):
        s = _time(texts, nlp)
        t = _time(long, nlp)
        shorts.append(s)
        longs.append(t)
        ratios.append(t / s)
    s, t, r = statistics.median(shorts), statistics.median(longs), statistics.median(ratios)
    print(f"{len(texts)} short documents, {words:,} words: {s:.1f} s, {words / s:,.0f} words/s")
    print(f"{len(long)} long documents of ~{args.words:,} words: {t:.1f} s, {words / t:,.0f} words/s")
    print(f"long / short time per word = {r:.2f} (runs {', '.join(f'{x:.2f}' for x in ratios)}; "
          f"goal <= {GOAL}: {'met' if r <= GOAL else 'NOT met'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
