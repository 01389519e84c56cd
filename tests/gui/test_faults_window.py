"""Faults under the open window: a full disk, the database's drive removed, a restore —
each gets one clear sentence, loses nothing, and the window goes on running. The file
systems are real (tests/e2e/test_faults.py); they need root, as in CI."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.gui.main_window import MainWindow
from attache_app.gui.preferences import Preferences
from attache_app.storage import open_store
from tests.fault_tools import ROWS, cli, fill, mount
from tests.gui.conftest import settle


@contextlib.contextmanager
def answering_warnings() -> Iterator[list[str]]:
    """Close each warning box as a user would, noting what it said (in the order seen);
    stopped on the way out, even when the test fails."""
    seen: list[str] = []

    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                widget.close()

    timer = QTimer()
    timer.timeout.connect(close)
    timer.start(20)
    try:
        yield seen
    finally:
        timer.stop()
        timer.timeout.disconnect(close)


@contextlib.contextmanager
def opened(qtbot: QtBot, path: Path, preferences: Preferences) -> Iterator[MainWindow]:
    """A shown window on ``path``; closed (its workers done) before its database, even when
    the test fails."""
    store = open_store(path, auto_backup=False)
    window = MainWindow(store, preferences)
    qtbot.addWidget(window)
    try:
        window.show()
        settle(qtbot, window)
        yield window
    finally:
        window.close()
        store.close()


def _save_person(window: MainWindow, family: str) -> bool:
    editor = window.new_record(RecordKind.PERSON)
    editor.family.setText(family)  # type: ignore[attr-defined]
    editor.accept()
    saved = editor.result() == 1
    if not saved:  # give the typed work up: « Ne pas enregistrer »
        QTimer.singleShot(0, _discard)
    editor.close()
    return saved


def _discard() -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Discard).click()


def test_full_disk_under_the_window(
    qtbot: QtBot, post_on: Path, small_disk: Path, preferences: Preferences
) -> None:
    db = small_disk / "post.db"
    shutil.copyfile(post_on, db)
    with opened(qtbot, db, preferences) as window, answering_warnings() as seen:
        filler = fill(small_disk, leave=0)
        for number in range(40):  # until SQLite needs a page it cannot have
            if not _save_person(window, f"Plein{number}"):
                break
        assert any("full" in message for message in seen), seen
        assert window.isVisible()
        filler.unlink()
        assert _save_person(window, "Retour")
    assert cli("--db", db, "check").returncode == 0


def test_drive_removed_under_the_window(
    qtbot: QtBot, tmp_path: Path, post_on: Path, preferences: Preferences
) -> None:
    """The database's drive disappears while the window is open: saving is refused with a
    sentence (never written to a file nobody could open again), the lists say they cannot
    read, the window goes on; what was saved before is intact on the drive."""
    if os.geteuid() != 0:
        pytest.skip("a bind mount needs root (CI runs as root)")
    drive = tmp_path / "usb"
    drive.mkdir()
    assert mount("--bind", str(post_on.parent), str(drive))
    try:
        with opened(qtbot, drive / "post.db", preferences) as window:
            assert _save_person(window, "Avant")
            subprocess.run(["umount", "-l", str(drive)], check=True)
            with answering_warnings() as seen:
                assert not _save_person(window, "Après")
                assert any("no longer reachable" in message for message in seen), seen
                window.lists[RecordKind.PERSON].refresh()
                qtbot.waitUntil(lambda: "⚠" in window.statusBar().currentMessage(), timeout=10000)
                assert window.isVisible()
            # The lists' workers did not create an empty database where the real one was.
            assert list(drive.iterdir()) == []
    finally:
        subprocess.run(["umount", "-l", str(drive)], check=False)
    with open_store(post_on, auto_backup=False) as again:
        families = {r[0] for r in again.execute("SELECT family_name FROM persons")}
    assert "Avant" in families and "Après" not in families
    assert cli("--db", post_on, "check").returncode == 0


def test_restore_in_the_application_backs_up_first(
    qtbot: QtBot, post_on: Path, preferences: Preferences
) -> None:
    from attache_app.gui.operations import backup
    from attache_app.storage import backup as backups

    with opened(qtbot, post_on, preferences) as window:
        earlier = backups.backup(window.store)
        assert _save_person(window, "Ajoutée après la sauvegarde")
        operation = backup.restore_backup(window, earlier, confirmed=True)
        assert operation is not None
        qtbot.waitUntil(lambda: not operation.busy(), timeout=20000)
        safety = operation.outcome
        assert safety is not None and safety.exists()
        settle(qtbot, window)
        assert window.lists[RecordKind.PERSON].model.rowCount() == ROWS
        assert window.undo_stack.count() == 0
    with open_store(safety, auto_backup=False, readonly=True) as kept:
        assert kept.scalar(
            "SELECT count(*) FROM persons WHERE family_name = 'Ajoutée après la sauvegarde'"
        )
