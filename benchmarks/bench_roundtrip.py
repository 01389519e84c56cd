"""Re-import benchmark (issue 16): reading a full export back, against its floor.

    .venv/bin/python -m benchmarks.bench_roundtrip [--db BIG.db]

The full export of the generated database (100,000 persons, 20,000 organisations, 50,000
notes, 5,000 deadlines) is read back into an empty database by `attache import` — the
workbook read with python-calamine, every row checked (identities, references), the plan,
then every record, child, link and search entry written as one batch — against its floor,
measured in the same run: the same workbook read by python-calamine, and the same rows of
every table and the same search entries (taken from the source database beforehand, not
timed) written into an empty database with one `executemany` per table, in one
transaction; nothing checked, matched or built (the import floor of bench_import, for
every table). Each side runs in its own child process, twice, alternating; the best of each
is compared (issue 16: ≤ 2×).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import Figure, export_benchmark_main, peak_rss_mb

TARGET = 2.0


def _fresh(path: Path) -> None:
    from attache_app.storage import open_store

    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    with open_store(path, create=True, auto_backup=False):
        pass


def _floor(source: Path, workbook: Path, target: Path) -> tuple[float, float]:
    from python_calamine import CalamineWorkbook

    conn = sqlite3.connect(source)
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_index%' AND name NOT IN ('schema_migrations', "
            "'import_batches', 'import_changes', 'journal', 'tombstones')"
        )
    ]
    data = {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    columns = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in tables}
    entries = conn.execute(
        "SELECT rowid, kind, ref_id, display, subtitle, title, body FROM search_index"
    ).fetchall()
    conn.close()
    started, cpu = time.perf_counter(), time.process_time()
    book = CalamineWorkbook.from_path(str(workbook))
    for name in book.sheet_names:
        book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    out = sqlite3.connect(target, isolation_level=None)
    out.execute("PRAGMA foreign_keys = OFF")  # rows in any order: the floor checks nothing
    out.execute("BEGIN")
    for table in tables:
        if data[table]:
            marks = ", ".join("?" for _ in columns[table])
            out.executemany(
                f"INSERT OR REPLACE INTO {table} ({', '.join(columns[table])}) VALUES ({marks})",
                data[table],
            )
    out.executemany(
        "INSERT INTO search_index (rowid, kind, ref_id, display, subtitle, title, body) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        entries,
    )
    out.execute("COMMIT")
    out.close()
    return time.perf_counter() - started, time.process_time() - cpu


def _child(mode: str, db: Path, out: Path) -> dict[str, Any]:
    """``out`` is the workbook; the database read into is made beside it."""
    target = out.with_suffix(f".{mode}.db")
    _fresh(target)
    if mode == "floor":
        seconds, cpu = _floor(db, out, target)
        created = 0
    else:
        from attache_app.services import imports
        from attache_app.storage import open_store

        with open_store(target, auto_backup=False) as store:
            started, cpu_started = time.perf_counter(), time.process_time()
            plan = imports.plan_full(store, out)
            planned = time.perf_counter()
            result = imports.apply_full(store, plan)
            seconds = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
            created = sum(result.created.values())
        print(f"  (read and plan {planned - started:.1f} s)", file=sys.stderr)
    for old in target.parent.glob(target.name + "*"):
        old.unlink()
    return {"seconds": seconds, "cpu": cpu, "created": created, "rss_mb": peak_rss_mb()}


def _run(mode: str, db: Path, out: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_roundtrip", "--child", mode, str(db), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def run(db: Path, folder: Path, repeats: int = 2) -> list[Figure]:
    """Export ``db`` once, then read the workbook back ``repeats`` times each way."""
    from attache_app.services import exports
    from attache_app.storage import open_store

    workbook = folder / "roundtrip.xlsx"
    with open_store(db, auto_backup=False) as store:
        exports.write_all(store, workbook)
    runs: dict[str, list[dict[str, Any]]] = {"ours": [], "floor": []}
    for _ in range(repeats):
        for mode in ("ours", "floor"):
            runs[mode].append(_run(mode, db, workbook))
    ours = min(runs["ours"], key=lambda r: r["seconds"])
    floor = min(runs["floor"], key=lambda r: r["seconds"])
    workbook.unlink(missing_ok=True)
    figure = Figure(
        f"re-import of the full export ({ours['created']:,} records)",
        ours["seconds"],
        "s",
        "import floor",
        floor["seconds"],
        TARGET,
    )
    print(
        f"  re-import: {'met' if figure.met else 'NOT met'} (≤ {TARGET:g}× the floor); "
        f"processor time {ours['cpu']:.1f} s against {floor['cpu']:.1f} s "
        f"({ours['cpu'] / max(floor['cpu'], 1e-9):.2f}×)",
        flush=True,
    )
    return [figure, Figure("peak memory of that re-import", ours["rss_mb"], "MB")]


def main(argv: list[str]) -> int:
    return export_benchmark_main(argv, __doc__, _child, run)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
