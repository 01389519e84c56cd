"""Conversions are exclusive (issue 18, item 5): a restore started from the window races
an import by a second `attache` process, like `attache restore` in
tests/e2e/test_conversion_race.py (same contact list, moments and outcomes; its
ATTACHE_RACE_RUNS sets the number of races here too)."""

from __future__ import annotations

import json
import random
import shutil
import time
from collections import Counter
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.gui.background import Operation
from attache_app.gui.main_window import MainWindow
from attache_app.gui.operations import backup
from attache_app.gui.preferences import Preferences
from attache_app.storage import open_store
from tests.e2e.test_conversion_race import (
    ROWS,
    RUNS,
    _contact_list,
    _import_duration,
    _rows,
    _start,
)
from tests.e2e.test_conversion_race import _cli as cli


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A plain post (the example data) and a backup of it beside it, snapshot.db."""
    plain = tmp_path_factory.mktemp("window-race") / "plain" / "post.db"
    plain.parent.mkdir()
    assert cli("--db", plain, "demo").returncode == 0
    made = cli("--db", plain, "backup", plain.parent / "snapshot.db")
    assert made.returncode == 0, made.stderr
    return {"plain": plain}


def _idle(window: MainWindow) -> bool:
    return not window.runner.busy()


def _ended(operation: Operation[Path]) -> bool:
    return not operation.busy()


@pytest.mark.slow
def test_an_import_racing_a_restore_from_the_window_is_never_lost(
    qtbot: QtBot, tmp_path: Path, templates: dict[str, Path]
) -> None:
    """The same race against Outils › Restaurer in the window: the window holds the file
    alone from its first read to the swap too (its workers held, its own connection
    closed), then shows the restored data."""
    contacts = _contact_list(tmp_path / "contacts.csv")
    probe = tmp_path / "probe" / "post.db"
    shutil.copytree(templates["plain"].parent, probe.parent)
    duration = _import_duration(probe, contacts, None)
    outcomes: Counter[str] = Counter()
    rng = random.Random("restore from the window")
    for number in range(RUNS):
        run = tmp_path / f"run{number}"
        shutil.copytree(templates["plain"].parent, run)
        db = run / "post.db"
        offset = duration * (1.6 * (number + rng.random()) / RUNS - 0.7)
        where = f"window restore run {number}, restore at {offset:+.2f} s"
        store = open_store(db, auto_backup=False)
        window = MainWindow(
            store, Preferences(QSettings(str(run / "p.ini"), QSettings.Format.IniFormat))
        )
        qtbot.addWidget(window)
        try:
            window.show()
            qtbot.waitUntil(partial(_idle, window), timeout=20000)
            importer_args = ["--db", db, "import", contacts, "--json"]
            if offset >= 0:
                importer = _start(importer_args, {})
                time.sleep(offset)
                operation = backup.restore_backup(window, run / "snapshot.db", confirmed=True)
            else:
                operation = backup.restore_backup(window, run / "snapshot.db", confirmed=True)
                qtbot.wait(int(-offset * 1000))
                importer = _start(importer_args, {})
            assert operation is not None
            qtbot.waitUntil(partial(_ended, operation), timeout=60000)
            out, err = importer.communicate(timeout=120)
            assert operation.succeeded, f"{where}: {operation.error}"
            assert "Traceback" not in err, where
            qtbot.waitUntil(partial(_idle, window), timeout=20000)
            found = _rows(db, None, check=True)
            # The window reads the restored file, and its list shows it (with the import's
            # rows when they were written before the list was read again).
            shown = window.lists[RecordKind.PERSON].model.rowCount()
            base = window.store.scalar("SELECT count(*) FROM persons") - found
            assert shown in (base, base + found), where
            if importer.returncode == 0:
                assert json.loads(out)["created"] == ROWS, where
                if found == 0:
                    assert operation.outcome is not None
                    assert _rows(operation.outcome, None) == ROWS, f"{where}: rows lost"
                    outcomes["written, then restored over (in the safety copy)"] += 1
                else:
                    assert found == ROWS, f"{where}: the import said {ROWS}, the file has {found}"
                    outcomes["written, in the result"] += 1
            else:
                assert found == 0, f"{where}: refused, yet {found} rows are there"
                message = err.strip()
                assert message and len(message.splitlines()) == 1, f"{where}: {err}"
                outcomes["refused: " + message.removeprefix("attache: ").replace(str(db), "…")] += 1
        finally:
            window.runner.wait(10000)
            window.close()
            store.close()
        shutil.rmtree(run)
    print(f"\nwindow restore: {RUNS} races, import ≈ {duration:.2f} s: {dict(outcomes)}")
    assert sum(outcomes.values()) == RUNS
