"""What every benchmark reports: a figure of the project's, the baseline measured in the
same run, their ratio and the target from the issues — printed as one table."""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def peak_rss_mb() -> float:
    """This process's own peak resident memory. ``/proc/self/status`` VmHWM, not
    ``ru_maxrss``: on Linux the latter survives ``execve``, so a child process started by a
    big parent would report the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass(frozen=True)
class Figure:
    name: str
    ours: float
    unit: str  # "s", "ms", "MB"
    baseline_name: str = ""
    baseline: float | None = None
    target: float | None = None
    """Upper bound of the ratio (when there is a baseline) or of the figure itself."""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.ours / self.baseline

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        value = self.ratio if self.ratio is not None else self.ours
        return value <= self.target


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    return f"{value:.0f} {unit}"


def _row(figure: Figure) -> list[str]:
    ratio = figure.ratio
    target = (
        "—"
        if figure.target is None
        else (f"≤ {figure.target:g}" if ratio is not None else f"≤ {figure.target:g} {figure.unit}")
    )
    verdict = {None: "", True: "met", False: "NOT met"}[figure.met]
    return [
        figure.name,
        _amount(figure.ours, figure.unit),
        f"{figure.baseline_name} {_amount(figure.baseline, figure.unit)}".strip()
        if figure.baseline is not None
        else "—",
        f"{ratio:.2f}" if ratio is not None else "—",
        f"{target} {verdict}".strip(),
    ]


HEADER = ["figure", "Attaché", "baseline (same run)", "ratio", "target"]


def table(figures: list[Figure]) -> str:
    """A plain-text table for the terminal."""
    rows = [HEADER, *(_row(f) for f in figures)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADER))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(r)) for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown(figures: list[Figure]) -> str:
    """The same table for benchmarks/RESULTS.md."""
    rows = [HEADER, ["---"] * len(HEADER), *(_row(f) for f in figures)]
    return "\n".join("| " + " | ".join(r) + " |" for r in rows)


def export_benchmark_main(
    argv: list[str],
    description: str | None,
    child: Callable[[str, Path, Path], dict[str, Any]],
    run: Callable[[Path, Path], list[Figure]],
) -> int:
    """The command line of a benchmark that writes from the generated database in child
    processes (``--child MODE DB OUT``): with ``--db`` on that database, else on a new one."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--db", type=Path, help="an existing generated database")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        mode, db, out = args.child
        print(json.dumps(child(mode, Path(db), Path(out))))
        return 0
    folder = Path(tempfile.mkdtemp())
    db = args.db
    if db is None:
        from benchmarks.generate import generate

        db = folder / "big.db"
        print("Generating 100,000 persons, 20,000 organisations, 50,000 notes…", flush=True)
        generate(db, persons=100_000, organisations=20_000, notes=50_000, deadlines=5_000)
    print(table(run(db, folder)))
    shutil.rmtree(folder, ignore_errors=True)
    return 0
