"""Export benchmark (issue 5), printed as a ratio to a baseline measured in the same run.

    .venv/bin/python -m benchmarks.bench_export [--db BIG.db]

The full export (`attache export all`) of 100,000 persons, 20,000 organisations, 50,000
notes and 5,000 deadlines — SQL, formatting, Excel tables, formula guard, write — against
writing the same cell values (fetched beforehand, not timed) with openpyxl's write-only mode
and nothing else. Each side runs in its own child process, three times, alternating, so that the
machine's load falls on both; the best of each is compared, and the export's peak resident
memory is its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import Figure, export_benchmark_main, peak_rss_mb


def _child(mode: str, db: Path, out: Path) -> dict[str, float]:
    from attache_app.storage import open_store

    with open_store(db, auto_backup=False) as store:
        if mode == "ours":
            from attache_app.exporting import full

            started = time.perf_counter()
            result = full.write_all(store, out)
            seconds = time.perf_counter() - started
            cells = sum(result.rows.values())
        else:
            from openpyxl import Workbook

            from attache_app.exporting.full import KINDS, _rows

            # The same cells as the export writes: empty text is no cell at all.
            sheets = [
                (k.key, [c.header for c in k.columns], [
                    [None if v == "" else v for v in row] for row in _rows(store, k)
                ])
                for k in KINDS
            ]  # fmt: skip
            cells = sum(len(rows) for _, _, rows in sheets)
            started = time.perf_counter()
            wb = Workbook(write_only=True)
            for key, headers, rows in sheets:
                ws = wb.create_sheet(key)
                ws.append(headers)
                for row in rows:
                    ws.append(row)
            wb.save(out)
            seconds = time.perf_counter() - started
    rss = peak_rss_mb()
    return {"seconds": seconds, "rows": cells, "rss_mb": rss, "size_mb": out.stat().st_size / 1e6}


def _run(mode: str, db: Path, out: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_export", "--child", mode, str(db), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def run(db: Path, folder: Path, repeats: int = 3) -> list[Figure]:
    """The export figures on the generated database ``db`` (best of ``repeats`` runs of
    each, alternating, in child processes)."""
    runs: dict[str, list[dict[str, float]]] = {"ours": [], "baseline": []}
    for _ in range(repeats):
        for mode in ("ours", "baseline"):
            runs[mode].append(_run(mode, db, folder / f"export-{mode}.xlsx"))
    ours = min(runs["ours"], key=lambda r: r["seconds"])
    base = min(runs["baseline"], key=lambda r: r["seconds"])
    for mode in ("ours", "baseline"):
        (folder / f"export-{mode}.xlsx").unlink(missing_ok=True)
    print(
        f"  export: {ours['rows']:,.0f} records, file {ours['size_mb']:.1f} MB; the baseline "
        f"holding every row in memory peaked at {base['rss_mb']:.0f} MB",
        flush=True,
    )
    return [
        Figure(
            f"full export to .xlsx ({ours['rows']:,.0f} records)",
            ours["seconds"],
            "s",
            "openpyxl write-only",
            base["seconds"],
            1.2,
        ),
        Figure("peak memory of that export", ours["rss_mb"], "MB"),
    ]


def main(argv: list[str]) -> int:
    return export_benchmark_main(argv, __doc__, _child, run)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
