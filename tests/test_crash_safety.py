"""Crash safety of ``graphbuilder build``: a real process, killed with SIGKILL.

After a kill at any moment, every output present is complete, parseable and equal
to what a complete run writes (the previous outputs, or none in a new directory);
no file that could be mistaken for an output is left, and the hidden temporary
files a kill leaves (``.graph.ttl.XXXX.tmp``) are removed by the next build.

The kill moments are drawn from a seeded generator: one while the model loads or
documents are processed, the others just after each output's temporary file
appears, which is where a non-atomic write would leave a truncated file.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[1]
WIKITIMES = ROOT / "data" / "sample" / "wikitimes_cep.jsonl"
N_DOCS = 200
OUTPUTS = ("graph.ttl", "events.jsonl", "graph.html")
TEMP = re.compile(r"\.(?:graph\.ttl|events\.jsonl|graph\.html)\.[^/]+\.tmp")
STATE_DIR = ".graphbuilder"  # a build's own hidden state (the --resume journal), never an output
SEED = 20161021


def _env() -> dict:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("GRAPHBUILDER_DEBUG", None)
    return env


def _command(corpus: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "graphbuilder", "build", str(corpus), "--out", str(out), "--no-progress", *extra]


def _run(corpus: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(_command(corpus, out, *extra), check=False, capture_output=True, text=True,
                          env=_env(), cwd=out.parent, timeout=300)


def _temporaries(out: Path, name: str | None = None) -> list[str]:
    if not out.is_dir():
        return []
    return [n for n in os.listdir(out) if TEMP.fullmatch(n) and (name is None or n.startswith(f".{name}."))]


def _journal_lines(out: Path) -> int:
    path = out / STATE_DIR / "journal.jsonl"
    try:
        return path.read_bytes().count(b"\n")
    except OSError:
        return 0


def _kill(corpus: Path, out: Path, *, after: float | None = None, on_temp_of: str | None = None,
          on_journal: int | None = None, delay: float = 0.0, extra: tuple = ()) -> bool:
    """Start a build and SIGKILL it ``after`` seconds, or ``delay`` s after the temporary file
    of output ``on_temp_of`` appears, or once the resume journal holds ``on_journal`` documents.
    True when the process was killed (not finished first)."""
    proc = subprocess.Popen(_command(corpus, out, *extra), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=_env(), cwd=out.parent, start_new_session=True)
    started = time.monotonic()
    fire_at = started + after if after is not None else None
    try:
        while proc.poll() is None and time.monotonic() - started < 120:
            now = time.monotonic()
            if fire_at is None and (_journal_lines(out) >= on_journal if on_journal is not None
                                    else _temporaries(out, on_temp_of)):
                fire_at = now + delay
            if fire_at is not None and now >= fire_at:
                os.kill(proc.pid, signal.SIGKILL)  # only the process this test started
                break
            time.sleep(0.002)
    finally:
        if proc.poll() is None and time.monotonic() - started >= 120:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    return proc.returncode == -signal.SIGKILL


def _event_lines(data: bytes) -> list[bytes]:
    return [line for line in data.split(b"\n") if line]


def _check_complete(out: Path, reference: dict[str, bytes], *, allow_missing: bool) -> list[str]:
    """Every output present is complete and parseable and equals the reference; return names present."""
    from rdflib import Graph

    stray = [n for n in os.listdir(out) if n not in OUTPUTS and not TEMP.fullmatch(n) and n != STATE_DIR]
    assert not stray, f"files that could be mistaken for outputs: {stray}"
    present = []
    for name in OUTPUTS:
        path = out / name
        if not path.exists():
            assert allow_missing, f"{name} disappeared"
            continue
        present.append(name)
        data = path.read_bytes()
        if name == "graph.ttl":
            Graph().parse(data=data.decode("utf-8"), format="turtle")
        elif name == "events.jsonl":
            assert data.endswith(b"\n")
            for line in _event_lines(data):
                json.loads(line)
        else:
            assert data.rstrip().endswith(b"</html>")
        assert len(data) == len(reference[name]) and data == reference[name], f"{name} differs from a complete run"
    return present


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "wikitimes.jsonl"
    lines = WIKITIMES.read_text("utf-8").split("\n")[:N_DOCS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    """An uninterrupted run: (output directory, {name: bytes}, seconds)."""
    out = tmp_path_factory.mktemp("reference") / "out"
    started = time.monotonic()
    r = _run(corpus, out)
    seconds = time.monotonic() - started
    assert r.returncode == 0, r.stderr
    assert f"documents: {N_DOCS} processed" in r.stdout
    return out, {name: (out / name).read_bytes() for name in OUTPUTS}, seconds


def _leftovers(out: Path) -> list[str]:
    """What a complete build must not leave: temporary files, its resume state."""
    return _temporaries(out) + [n for n in os.listdir(out) if n == STATE_DIR]


def test_outputs_of_a_complete_run(reference):
    out, data, _seconds = reference
    _check_complete(out, data, allow_missing=False)
    assert not _leftovers(out)
    assert Counter(_event_lines(data["events.jsonl"]))  # non-empty
    # Written through a temporary file, the outputs must still get ordinary permissions
    # (mkstemp creates 0600 files: unreadable to a web server or a colleague).
    modes = {name: (out / name).stat().st_mode & 0o777 for name in OUTPUTS}
    assert modes["graph.ttl"] == modes["events.jsonl"] == modes["graph.html"], modes


def test_sigkill_at_random_moments_leaves_previous_outputs_or_none(corpus, reference, tmp_path):
    _ref_out, ref, seconds = reference
    rng = random.Random(SEED)
    started = time.monotonic()
    kills = []

    # 1. A new directory, killed just after the first output's temporary file appears:
    #    afterwards each output is absent or complete, never truncated.
    fresh = tmp_path / "fresh"
    killed = _kill(corpus, fresh, on_temp_of="events.jsonl", delay=rng.uniform(0.0, 0.02))
    kills.append(("fresh/events", killed))
    if fresh.exists():
        _check_complete(fresh, ref, allow_missing=True)

    # 2. A directory holding a complete run, killed at a random moment of the run and
    #    while each output is being written.
    out = tmp_path / "out"
    shutil.copytree(_ref_out, out)
    # (graph.html's temporary file lives for milliseconds: that kill may come too late.)
    plans = [{"on_temp_of": "graph.html", "delay": rng.uniform(0.0, 0.005)},
             {"after": rng.uniform(0.3, 0.9) * seconds}]
    for plan in plans:
        killed = _kill(corpus, out, **plan)
        kills.append((plan, killed))
        _check_complete(out, ref, allow_missing=False)
    # A kill while graph.ttl is being written: its temporary file lives for milliseconds
    # (the turtle is streamed), so a kill may land just after the rename; try until one
    # lands inside the write, which is what leaves the temporary file behind.
    inside = False
    for _attempt in range(8):
        killed = _kill(corpus, out, on_temp_of="graph.ttl", delay=0.0)
        kills.append(("graph.ttl", killed))
        _check_complete(out, ref, allow_missing=False)
        if killed and _temporaries(out, "graph.ttl"):
            inside = True
            break
    assert sum(k for _, k in kills) >= 3, kills  # the kills did land before the process ended
    assert inside, f"no kill landed while graph.ttl was being written: {kills}"

    # 3. The next build finishes, writes the same outputs and removes what the kills left.
    leftovers = _leftovers(out)
    r = _run(corpus, out)
    assert r.returncode == 0, r.stderr
    _check_complete(out, ref, allow_missing=False)
    assert not _leftovers(out), f"left after a complete build: {_leftovers(out)}"
    print(f"kills: {kills}; leftovers cleaned: {leftovers}; {time.monotonic() - started:.1f} s")


def _has_resume() -> bool:
    import argparse

    from graphbuilder.cli import make_parser

    sub = next(a for a in make_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return any("--resume" in a.option_strings for a in sub.choices["build"]._actions)


@pytest.mark.xfail(not _has_resume(), strict=True, reason="--resume not implemented yet")
def test_resume_finishes_a_killed_run_without_duplicating_anything(corpus, reference, tmp_path):
    _ref_out, ref, _seconds = reference
    out = tmp_path / "out"
    # Killed mid-run, when a third of the documents are journalled: a moment the run itself
    # marks, not a time, which a loaded machine would shift past the end of the run.
    assert _kill(corpus, out, on_journal=N_DOCS // 3)
    assert 0 < _journal_lines(out) < N_DOCS and not (out / "events.jsonl").exists()
    r = _run(corpus, out, "--resume")
    assert r.returncode == 0, r.stderr
    assert f"documents: {N_DOCS} processed" in r.stdout
    _check_complete(out, ref, allow_missing=False)
    events = _event_lines((out / "events.jsonl").read_bytes())
    assert Counter(events) == Counter(_event_lines(ref["events.jsonl"]))  # nothing twice, nothing lost
    assert not _leftovers(out)


def test_outputs_are_replaced_together_or_not_at_all(tmp_path):
    """A failure while any output is being written leaves every previous output as it was
    (no new events.jsonl beside the old graph.ttl) and no temporary file."""
    from graphbuilder.pipeline import AtomicOutputs

    for name in OUTPUTS:
        (tmp_path / name).write_text(f"old {name}\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="disk gone"), AtomicOutputs() as outputs:
        with outputs.open(tmp_path / "events.jsonl") as fh:
            fh.write("new events\n")
        with outputs.open(tmp_path / "graph.ttl") as fh:
            fh.write("half a gra")
            raise RuntimeError("disk gone")
    assert sorted(os.listdir(tmp_path)) == sorted(OUTPUTS)
    assert all((tmp_path / n).read_text("utf-8") == f"old {n}\n" for n in OUTPUTS)

    with AtomicOutputs() as outputs:
        for name in OUTPUTS:
            with outputs.open(tmp_path / name) as fh:
                fh.write(f"new {name}\n")
        assert all((tmp_path / n).read_text("utf-8") == f"old {n}\n" for n in OUTPUTS)  # not before commit
        outputs.commit()
    assert sorted(os.listdir(tmp_path)) == sorted(OUTPUTS)
    assert all((tmp_path / n).read_text("utf-8") == f"new {n}\n" for n in OUTPUTS)
