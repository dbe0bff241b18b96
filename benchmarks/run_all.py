"""Run every ``benchmarks/bench_*.py`` as a subprocess and print its output.

Each benchmark runs with its default (subset) sizes, one after the other (they measure
throughput: running them side by side would skew each other), with the same Python.
A benchmark whose data is missing (``../shared``, Chromium) prints why and exits 0.

Usage::

    python benchmarks/run_all.py [--only throughput memory] [--skip render] [--timeout 1800]

The exit code is 0 when every benchmark exited 0, else 1 (the failing ones are listed).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def benchmarks() -> list[Path]:
    return sorted(p for p in HERE.glob("bench_*.py") if p.is_file())


def _name(path: Path) -> str:
    return path.stem[len("bench_"):]


def _kill_group(proc: subprocess.Popen) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=10)
            return
        except subprocess.TimeoutExpired:
            continue


def run(path: Path, timeout: float) -> tuple[int, float]:
    """Run one benchmark in its own process group, echoing its output; (exit code, seconds)."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-u", str(path)], cwd=HERE.parent, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, errors="replace", start_new_session=True)
    assert proc.stdout is not None
    expired = threading.Event()

    def expire() -> None:
        expired.set()
        _kill_group(proc)

    timer = threading.Timer(timeout, expire)
    timer.daemon = True
    timer.start()
    try:
        for line in proc.stdout:
            sys.stdout.write(line)
            sys.stdout.flush()
        code = proc.wait()
    except KeyboardInterrupt:
        _kill_group(proc)
        raise
    finally:
        timer.cancel()
    if expired.is_set():
        print(f"{path.name}: stopped after {timeout:.0f} s")
        code = 124
    return code, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="+", default=None, metavar="NAME",
                    help="run only these (names without bench_ and .py, e.g. throughput)")
    ap.add_argument("--skip", nargs="+", default=[], metavar="NAME")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per benchmark")
    ap.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = ap.parse_args(argv)

    found = benchmarks()
    if args.list:
        for p in found:
            print(_name(p))
        return 0
    unknown = [n for n in (args.only or []) + args.skip if n not in {_name(p) for p in found}]
    if unknown:
        ap.error(f"unknown benchmark(s): {', '.join(unknown)} (have: {', '.join(_name(p) for p in found)})")
    chosen = [p for p in found if (args.only is None or _name(p) in args.only) and _name(p) not in args.skip]
    results = []
    started = time.perf_counter()
    for path in chosen:
        print(f"\n=== {path.name} ===", flush=True)
        code, seconds = run(path, args.timeout)
        results.append((path.name, code, seconds))
        print(f"=== {path.name}: exit {code}, {seconds:.0f} s ===", flush=True)
    print(f"\n=== summary ({time.perf_counter() - started:.0f} s) ===")
    for name, code, seconds in results:
        print(f"  {name:28s} {'ok' if code == 0 else f'FAILED (exit {code})':18s} {seconds:6.0f} s")
    return 0 if all(code == 0 for _, code, _ in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
