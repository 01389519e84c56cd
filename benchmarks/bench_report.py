"""Report benchmark (issue 15), printed as ratios to baselines measured in the same run.

    .venv/bin/python -m benchmarks.bench_report [--db BIG.db]

1. The year report to Paris of the generated database (100,000 persons, 50,000 notes,
   5,000 deadlines) — SQL, the comparison with the previous year and the year before,
   formatting, charts, the Indicateurs sheet, write — against writing the same cells
   (gathered beforehand, not timed) with openpyxl's write-only mode and nothing else. Each
   side runs in its own child process, three times, alternating; the best of each is
   compared, and the report's peak resident memory is its own.
2. Consolidating 130 quarterly reports (of 130 posts, made from that database) into the
   network's workbook, against the one-minute target.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import Figure, export_benchmark_main, peak_rss_mb

YEAR = "2026"
POSTS = 130


def _clock() -> dt.datetime:
    return dt.datetime(2027, 1, 15, 9, 0, tzinfo=dt.UTC)


def _cells(report: Any) -> list[tuple[str, list[str], list[list[Any]]]]:
    """Every sheet's header and rows, as plain values (links as their text)."""
    from attache_app.exporting.report import INDICATOR_HEADERS
    from attache_app.exporting.sheets import Link

    found: list[tuple[str, list[str], list[list[Any]]]] = [
        ("cover", ["Figure", "Value", "Previous", "Year before"], [
            [f.label, f.value, f.previous, f.year_before] for f in report.figures
        ]),
    ]  # fmt: skip
    for section in report.sections:
        rows = [
            [v.text if isinstance(v, Link) else (None if v == "" else v) for v in row]
            for row in section.rows
        ]
        found.append((section.key, [c.header for c in section.columns], rows))
    found.append(
        ("statistics", ["Label", "Count"], [[k, n] for s in report.statistics for k, n in s.rows])
    )
    found.append(("indicators", list(INDICATOR_HEADERS), [
        ["post", "TW", YEAR, report.period.start, report.period.end, k, v, k]
        for k, v in report.indicators.items()
    ]))  # fmt: skip
    return found


def _child(mode: str, db: Path, out: Path) -> dict[str, float]:
    from attache_app.storage import open_store

    with open_store(db, auto_backup=False) as store:
        from attache_app.exporting import report
        from attache_app.exporting.period import parse_period

        period = parse_period(YEAR)
        if mode == "ours":
            started = time.perf_counter()
            built = report.build(store, period, clock=_clock)
            report.write(built, out)
            seconds = time.perf_counter() - started
            cells = sum(len(s.rows) for s in built.sections)
        else:
            from openpyxl import Workbook

            sheets = _cells(report.build(store, period, clock=_clock))
            cells = sum(
                len(rows)
                for key, _, rows in sheets
                if key not in ("cover", "indicators", "statistics")
            )
            started = time.perf_counter()
            wb = Workbook(write_only=True)
            for key, headers, rows in sheets:
                ws = wb.create_sheet(key)
                ws.append(headers)
                for row in rows:
                    ws.append(row)
            wb.save(out)
            seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "rows": cells,
        "rss_mb": peak_rss_mb(),
        "size_mb": out.stat().st_size / 1e6,
    }


def _run(mode: str, db: Path, out: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_report", "--child", mode, str(db), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def _quarterly_reports(db: Path, folder: Path, count: int) -> list[Path]:
    """``count`` quarterly reports of as many posts (one report written, then given each
    post's name and country in its Indicateurs sheet, as 130 posts would send them)."""
    import openpyxl

    from attache_app.exporting import report
    from attache_app.exporting.period import parse_period
    from attache_app.storage import open_store

    first = folder / "post-000.xlsx"
    with open_store(db, auto_backup=False) as store:
        report.write(report.build(store, parse_period(f"{YEAR}-Q4"), clock=_clock), first)
    paths = [first]
    book = openpyxl.load_workbook(first)
    sheet = book.worksheets[-1]
    for n in range(1, count):
        for row in range(2, sheet.max_row + 1):
            sheet.cell(row=row, column=1).value = f"Poste {n:03d}"
        path = folder / f"post-{n:03d}.xlsx"
        book.save(path)
        paths.append(path)
    return paths


def run(db: Path, folder: Path, repeats: int = 3) -> list[Figure]:
    runs: dict[str, list[dict[str, float]]] = {"ours": [], "baseline": []}
    for _ in range(repeats):
        for mode in ("ours", "baseline"):
            runs[mode].append(_run(mode, db, folder / f"report-{mode}.xlsx"))
    ours = min(runs["ours"], key=lambda r: r["seconds"])
    base = min(runs["baseline"], key=lambda r: r["seconds"])
    for mode in ("ours", "baseline"):
        (folder / f"report-{mode}.xlsx").unlink(missing_ok=True)
    print(
        f"  report {YEAR}: {ours['rows']:,.0f} rows, file {ours['size_mb']:.1f} MB",
        flush=True,
    )
    reports = folder / "posts"
    reports.mkdir(exist_ok=True)
    paths = _quarterly_reports(db, reports, POSTS)
    from attache_app.services import exports

    started = time.perf_counter()
    written = exports.consolidate_reports(paths, folder / "reseau.xlsx")
    consolidated = time.perf_counter() - started
    assert written.count == POSTS, written.details
    shutil.rmtree(reports, ignore_errors=True)
    return [
        Figure(
            f"year report to Paris ({ours['rows']:,.0f} rows)",
            ours["seconds"],
            "s",
            "openpyxl write-only",
            base["seconds"],
            1.2,
        ),
        Figure("peak memory of that report", ours["rss_mb"], "MB", target=200),
        Figure(f"consolidating {POSTS} quarterly reports", consolidated, "s", target=60),
    ]


def main(argv: list[str]) -> int:
    return export_benchmark_main(argv, __doc__, _child, run)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
