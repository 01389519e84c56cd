"""Faults under the open window: a full disk, the database's drive removed, a restore —
each gets one clear sentence, loses nothing, and the window goes on running. The file
systems are real (tests/e2e/test_faults.py); they need root, as in CI."""

from __future__ import annotations

import os
import shutil
import subprocess
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


def _answer_warnings(seen: list[str]) -> QTimer:
    """Close each warning box as a user would, noting what it said."""

    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                widget.close()

    timer = QTimer()
    timer.timeout.connect(close)
    timer.start(20)
    return timer


def _save_person(window: MainWindow, family: str) -> bool:
    editor = window.new_record(RecordKind.PERSON)
    editor.family.setText(family)  # type: ignore[attr-defined]
    editor.accept()
    saved = editor.result() == 1
    editor.close()
    return saved


def test_full_disk_under_the_window(
    qtbot: QtBot, post_on: Path, small_disk: Path, preferences: Preferences
) -> None:
    db = small_disk / "post.db"
    shutil.copyfile(post_on, db)
    store = open_store(db, auto_backup=False)
    window = MainWindow(store, preferences)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    filler = fill(small_disk, leave=0)
    seen: list[str] = []
    timer = _answer_warnings(seen)
    for number in range(40):  # until SQLite needs a page it cannot have
        if not _save_person(window, f"Plein{number}"):
            break
    assert seen and "full" in seen[-1]
    assert window.isVisible()
    filler.unlink()
    assert _save_person(window, "Retour")
    timer.stop()
    window.close()  # its workers done, before its database closes
    store.close()
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
        store = open_store(drive / "post.db", auto_backup=False)
        window = MainWindow(store, preferences)
        qtbot.addWidget(window)
        window.show()
        settle(qtbot, window)
        assert _save_person(window, "Avant")
        subprocess.run(["umount", "-l", str(drive)], check=True)
        seen: list[str] = []
        timer = _answer_warnings(seen)
        assert not _save_person(window, "Après")
        assert seen and "no longer reachable" in seen[-1]
        window.lists[RecordKind.PERSON].refresh()
        qtbot.waitUntil(lambda: "⚠" in window.statusBar().currentMessage(), timeout=10000)
        assert window.isVisible()
        timer.stop()
        window.close()
        store.close()
    finally:
        subprocess.run(["umount", "-l", str(drive)], check=False)
    with open_store(post_on, auto_backup=False) as again:
        families = {r[0] for r in again.execute("SELECT family_name FROM persons")}
    assert "Avant" in families and "Après" not in families
    assert cli("--db", post_on, "check").returncode == 0


def test_restore_in_the_application_backs_up_first(
    qtbot: QtBot, post_on: Path, preferences: Preferences
) -> None:
    from attache_app.storage import backup

    store = open_store(post_on, auto_backup=False)
    window = MainWindow(store, preferences)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    earlier = backup.backup(store)
    assert _save_person(window, "Ajoutée après la sauvegarde")
    safety = window.restore_backup(earlier, confirmed=True)
    assert safety is not None and safety.exists()
    settle(qtbot, window)
    assert window.lists[RecordKind.PERSON].model.rowCount() == ROWS
    with open_store(safety, auto_backup=False, readonly=True) as kept:
        assert kept.scalar(
            "SELECT count(*) FROM persons WHERE family_name = 'Ajoutée après la sauvegarde'"
        )
    assert window.undo_stack.count() == 0
    window.close()  # its workers done, before its database closes
    store.close()
