"""Crash safety: the real `attache` command killed with SIGKILL at moments spread over its
whole run — during an import, a merge, an undo and an export — many times. After each kill,
`attache check` passes and the database holds exactly the state before the command or the
state after it, never anything in between; an export's file is absent or complete.

The moments are spread evenly (not drawn at random) from the process start to past its end,
so that every run sees kills before, during and after the writes, and the test can insist
that both outcomes happened. ATTACHE_CRASH_RUNS sets how many kills per command (default 8).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from tests.conftest import BIN
from tests.fault_tools import ROWS, cli, state, write_list

RUNS = int(os.environ.get("ATTACHE_CRASH_RUNS", "8"))

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is a POSIX signal")


def killed_at(command: list[object], delay: float) -> int | None:
    """Start ``command``, SIGKILL it after ``delay`` seconds; its exit code if it ended
    first, else None."""
    process = subprocess.Popen(
        [str(BIN / "attache"), *map(str, command)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.perf_counter() + delay
    while time.perf_counter() < deadline:
        if process.poll() is not None:
            return process.returncode
        time.sleep(0.005)
    if process.poll() is not None:
        return process.returncode
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    return None


def timed(command: list[object], db: Path) -> tuple[float, float]:
    """Run ``command`` to its end: (seconds until it began writing to the database — its
    write-ahead log grew —, seconds until it ended)."""
    wal = Path(str(db) + "-wal")

    def size() -> int:
        try:
            return wal.stat().st_size
        except FileNotFoundError:
            return 0

    initial = size()
    started = time.perf_counter()
    writing = None
    process = subprocess.Popen(
        [str(BIN / "attache"), *map(str, command)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    while process.poll() is None:
        if writing is None and size() > initial:
            writing = time.perf_counter() - started
        time.sleep(0.002)
    duration = time.perf_counter() - started
    _out, errors = process.communicate()
    assert process.returncode == 0, errors
    return (writing if writing is not None else 0.0), duration


def crash_many_times(
    folder: Path,
    before_db: Path,
    command: Callable[[Path], list[object]],
    extra_check: Callable[[Path, Path], None] | None = None,
) -> dict[str, int]:
    """Run ``command`` once to the end for the state after, then kill it ``RUNS`` times at
    moments spread over its duration; returns how many kills left each state."""
    reference = folder / "reference"
    reference.mkdir()
    shutil.copytree(before_db.parent, reference, dirs_exist_ok=True)
    writing, duration = timed(command(reference / before_db.name), reference / before_db.name)
    before, after = state(before_db), state(reference / before_db.name)
    assert before != after or extra_check is not None
    seen = {"before": 0, "after": 0}
    # Half the kills spread over the whole run (and past its end), half over the part where
    # it writes (from the first growth of the write-ahead log to the end).
    half = RUNS // 2
    moments = [duration * 1.2 * (i + 0.5) / (RUNS - half) for i in range(RUNS - half)]
    moments += [writing + (duration - writing) * (i + 0.5) / half for i in range(half)]
    moments.append(duration * 5)  # and one that lets it finish, however loaded the machine
    random.Random(11).shuffle(moments)
    for number, moment in enumerate(moments):
        run = folder / f"run{number}"
        shutil.copytree(before_db.parent, run)
        db = run / before_db.name
        killed_at(command(db), moment)
        checked = cli("--db", db, "check", check=False)
        assert checked.returncode == 0, f"check failed after a kill at {moment:.2f} s: " + (
            checked.stdout + checked.stderr
        )
        now = state(db)
        assert now in (before, after), f"a state in between after a kill at {moment:.2f} s"
        seen["before" if now == before else "after"] += 1
        if extra_check is not None:
            extra_check(run, db)
        shutil.rmtree(run)
    return seen


def test_import_killed_at_any_moment(tmp_path: Path, post_on: Path) -> None:
    more = write_list(tmp_path / "more.csv", title="Engineer", start=ROWS)
    seen = crash_many_times(tmp_path, post_on, lambda db: ["--db", db, "import", more])
    assert seen["before"] and seen["after"], seen


def test_merge_killed_at_any_moment(tmp_path: Path, post_on: Path) -> None:
    """The same persons again (same e-mails), with a new title: every row is merged."""
    changed = write_list(tmp_path / "changed.csv", title="Director")
    seen = crash_many_times(
        tmp_path, post_on, lambda db: ["--db", db, "import", changed, "--on-duplicate", "merge"]
    )
    assert seen["before"] and seen["after"], seen


def test_undo_killed_at_any_moment(tmp_path: Path, post_on: Path) -> None:
    seen = crash_many_times(tmp_path, post_on, lambda db: ["--db", db, "undo-import", "1"])
    assert seen["before"] and seen["after"], seen


def test_export_killed_at_any_moment(tmp_path: Path, post_on: Path) -> None:
    """The database is untouched; the workbook is absent, or complete and readable."""
    outcomes: list[str] = []
    shared_before = set(Path(tempfile.gettempdir()).glob("openpyxl.*"))

    def workbook(run: Path, _db: Path) -> None:
        out = run / "tout.xlsx"
        if not out.exists():
            outcomes.append("absent")
            return
        sheet = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
        assert sheet, "an empty workbook"
        persons = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Persons").to_python()
        assert len(persons) - 1 == ROWS
        outcomes.append("complete")

    crash_many_times(
        tmp_path,
        post_on,
        lambda db: ["--db", db, "export", "all", db.parent / "tout.xlsx"],
        extra_check=workbook,
    )
    assert "absent" in outcomes and "complete" in outcomes, outcomes
    # The killed exports' temporary sheets (rows of contacts in clear) went to a private
    # folder, not the shared one, and each next start of the command removed them.
    private = Path(os.environ["XDG_CACHE_HOME"]) / "Attache" / "tmp"
    assert not any(private.rglob("*")), sorted(private.rglob("*"))
    # A file another program's export has open for a moment is not a leftover: a killed
    # export's file stays.
    left = set(Path(tempfile.gettempdir()).glob("openpyxl.*")) - shared_before
    if left:
        time.sleep(2)
    assert {path for path in left if path.exists()} == set()
