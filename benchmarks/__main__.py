"""Run every benchmark: `.venv/bin/python -m benchmarks [--db BIG.db] [--markdown FILE]`.

One generated database (benchmarks/generate.py: 100,000 persons, 20,000 organisations,
50,000 notes, 5,000 deadlines, multilingual names) serves the desktop client, import and
export benchmarks in turn; the team-sharing group (sync) starts pouchdb-server (Node.js) on
loopback. Each figure is printed beside its baseline measured in this same
run and the ratio, then all of them as one table (and, with --markdown, written as the
table of benchmarks/RESULTS.md). About 6 minutes on a 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import (
    bench_export,
    bench_gui,
    bench_hostile,
    bench_import,
    bench_report,
    bench_roundtrip,
    bench_sync,
)
from benchmarks.common import Figure, markdown, table

GROUPS = ["gui", "import", "export", "report", "hostile", "roundtrip", "sync"]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="an existing generated database (copied)")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    parser.add_argument(
        "--only",
        choices=GROUPS,
        action="append",
        help="run only these",
    )
    args = parser.parse_args(argv)
    wanted = set(args.only or GROUPS)
    load_before = _load()
    began = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="attache-bench-"))
    db = folder / "big.db"
    try:
        if args.db is not None:
            shutil.copyfile(args.db, db)
        else:
            from benchmarks.generate import generate

            print("Generating 100,000 persons, 20,000 organisations, 50,000 notes, "
                  "5,000 deadlines…", flush=True)  # fmt: skip
            seconds = generate(
                db, persons=100_000, organisations=20_000, notes=50_000, deadlines=5_000
            )
            print(f"  generated in {sum(seconds.values()):.1f} s", flush=True)
        figures: list[Figure] = []
        steps: list[tuple[str, Callable[[], list[Figure]]]] = [
            ("gui", lambda: bench_gui.run(db)),
            ("export", lambda: bench_export.run(db, folder)),
            ("report", lambda: bench_report.run(db, folder)),
            ("import", lambda: bench_import.run(db, folder)),
            ("hostile", lambda: bench_hostile.run(folder)),
            ("roundtrip", lambda: bench_roundtrip.run(db, folder)),
            ("sync", lambda: bench_sync.run_or_say(db, folder)),
        ]
        for name, step in steps:
            if name not in wanted:
                continue
            print(f"\n== {name} ==", flush=True)
            started = time.perf_counter()
            found = step()
            print(table(found))
            print(f"  ({time.perf_counter() - started:.0f} s)", flush=True)
            figures.extend(found)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    elapsed = time.perf_counter() - began
    print(
        f"\n== every figure (whole run {elapsed / 60:.1f} min; load {load_before} → {_load()}) =="
    )
    print(table(figures))
    if args.markdown is not None:
        header = (
            f"Run of {time.strftime('%Y-%m-%d %H:%M')}, Python {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}, {elapsed / 60:.1f} min, {os.cpu_count()} cores, "
            f"load average {load_before} at the start and {_load()} at the end.\n\n"
        )
        args.markdown.write_text(header + markdown(figures) + "\n", encoding="utf-8")
    targeted = [f for f in figures if f.met is not None]
    print(f"\n== every target ({sum(1 for f in targeted if f.met)} of {len(targeted)} met) ==")
    for figure in targeted:
        print(f"  {'met    ' if figure.met else 'NOT met'}  {figure.name}")
    missed = [f.name for f in figures if f.met is False]
    if missed:
        print("\nTargets not met: " + "; ".join(missed))
    return 0


def _load() -> str:
    """The machine's load average over the last minute (the figures move with it)."""
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "?"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
