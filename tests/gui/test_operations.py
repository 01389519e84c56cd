"""Long work runs as operations, off the GUI thread, started through the window's actions:
backup, check, restore, example data; their outcome reaches the user."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.gui.background import Operation, wait_for
from attache_app.gui.main_window import MainWindow
from attache_app.gui.operations import backup
from attache_app.gui.preferences import Preferences
from attache_app.services import demo
from attache_app.storage import Store
from attache_app.storage import backup as backups
from tests.gui.conftest import settle


def _spy(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[str]:
    """Record the thread each call runs in; the real function still runs."""
    threads: list[str] = []
    real: Callable[..., Any] = getattr(owner, name)

    def watched(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, watched)
    return threads


def _wait(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=20000)
    qtbot.wait(20)


def test_backup_now_runs_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = _spy(monkeypatch, backups, "backup")
    assert window.store.path is not None
    before = set(backups.list_backups(window.store.path))
    window.backup_action.trigger()
    _wait(qtbot, window)
    assert threads and threading.main_thread().name not in threads
    made = set(backups.list_backups(window.store.path)) - before
    assert len(made) == 1
    assert str(made.pop()) in window.statusBar().currentMessage()


def test_check_runs_off_the_gui_thread_and_tells_the_result(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = _spy(monkeypatch, backups, "check")
    window.check_action.trigger()
    qtbot.waitUntil(lambda: window.check_result is not None and window.check_result.isVisible())
    assert threads and threading.main_thread().name not in threads
    assert window.check_result is not None and "sound" in window.check_result.text()
    window.check_result.close()


def test_example_data_loads_off_the_gui_thread(
    qtbot: QtBot, store: Store, preferences: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = _spy(monkeypatch, demo, "load_demo")
    main = MainWindow(store, preferences)
    qtbot.addWidget(main)
    main.show()
    settle(qtbot, main)
    main.demo_action.trigger()
    _wait(qtbot, main)
    settle(qtbot, main)
    assert threads and threading.main_thread().name not in threads
    assert main.lists[RecordKind.PERSON].model.rowCount() > 0
    # Loaded twice: the second time is refused, and the user is told why.
    main.demo_action.trigger()
    _wait(qtbot, main)
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert boxes and "already holds records" in boxes[0].text()
    boxes[0].close()
    main.runner.wait(5000)


def test_restore_of_a_bad_file_says_why_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "not-a-backup.db"
    bad.write_bytes(b"this is not a database" * 100)
    persons = window.store.scalar("SELECT count(*) FROM persons")
    operation = backup.restore_backup(window, bad, confirmed=True)
    assert operation is not None
    qtbot.waitUntil(lambda: not operation.busy(), timeout=20000)
    assert operation.error and operation.failure_box is not None
    assert operation.failure_box.text() == operation.error
    assert window.store.scalar("SELECT count(*) FROM persons") == persons
    operation.failure_box.close()


def test_wait_for_returns_the_result_or_raises_in_the_caller(qtbot: QtBot) -> None:
    assert wait_for(None, "t", "working…", lambda: threading.current_thread().name) != (
        threading.main_thread().name
    )

    def fails() -> None:
        raise ValueError("broken on purpose")

    with pytest.raises(ValueError, match="broken on purpose"):
        wait_for(None, "t", "working…", fails)


def test_an_operation_can_be_cancelled_quietly(qtbot: QtBot, window: MainWindow) -> None:
    started = threading.Event()
    release = threading.Event()
    outcomes: list[object] = []

    def work(_store: Store, progress: Callable[[int, int], None]) -> int:
        started.set()
        release.wait(10)
        progress(1, 2)  # raises: Cancel was pressed
        return 1

    operation: Operation[int] = Operation(
        window, window.runner, "t", work, success=outcomes.append, failure=outcomes.append
    )
    assert started.wait(10)
    operation.cancel()
    release.set()
    qtbot.waitUntil(lambda: not operation.busy(), timeout=10000)
    assert operation.cancelled() and outcomes == [] and operation.failure_box is None


def test_first_run_loads_the_example_off_the_gui_thread(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer

    from attache_app.gui.app import first_run
    from attache_app.gui.dialogs.post_settings import PostSettingsDialog
    from attache_app.storage import open_store

    threads = _spy(monkeypatch, demo, "load_demo")

    def answer() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets()
             if isinstance(w, PostSettingsDialog) and w.isVisible()),
            None,
        )  # fmt: skip
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        dialog.load_example.setChecked(True)
        dialog.encrypt.setChecked(False)
        dialog.accept()

    with open_store(db_path, create=True) as store:
        QTimer.singleShot(0, answer)
        same = first_run(store)
        assert same is store
        assert threads and threading.main_thread().name not in threads
        assert store.scalar("SELECT count(*) FROM persons") > 0
