"""The last-resort handler: an exception raised in a slot (triggered through an action) or in
a thread is logged in the user's log folder and shown with « Copier les détails »; the
window goes on."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from attache_app.gui import crash
from attache_app.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def reporter(qtbot: QtBot) -> Iterator[crash.CrashReporter]:
    uninstall = crash.install()
    yield crash.installed[-1]
    uninstall()


def _box(qtbot: QtBot, reporter: crash.CrashReporter) -> QMessageBox:
    qtbot.waitUntil(lambda: bool(reporter.boxes) and reporter.boxes[-1].isVisible())
    return reporter.boxes[-1]


def test_an_exception_in_a_slot_is_shown_logged_and_survived(
    qtbot: QtBot, window: MainWindow, reporter: crash.CrashReporter
) -> None:
    def broken() -> None:
        raise ZeroDivisionError("a bug in a slot")

    action = QAction("Broken", window)
    action.setShortcut("Ctrl+Shift+F11")
    action.triggered.connect(broken)
    window.addAction(action)
    action.trigger()
    box = _box(qtbot, reporter)
    assert "ZeroDivisionError: a bug in a slot" in box.detailedText()
    log = crash.log_folder() / crash.LOG_NAME
    assert "a bug in a slot" in log.read_text("utf-8")
    assert str(log) in box.informativeText()

    copy = next(b for b in box.findChildren(QPushButton) if b.text() == "Copy the details")
    copy.click()
    assert "ZeroDivisionError: a bug in a slot" in QGuiApplication.clipboard().text()
    assert box.isVisible()  # copying leaves the box open
    box.close()

    # The window goes on: its actions still work.
    window.view_actions[2].trigger()
    assert window.navigation.currentRow() == 2 and window.isVisible()


def test_an_exception_in_a_thread_reaches_the_dialog(
    qtbot: QtBot, window: MainWindow, reporter: crash.CrashReporter
) -> None:
    def broken() -> None:
        raise KeyError("a bug in a thread")

    thread = threading.Thread(target=broken)
    thread.start()
    thread.join()
    box = _box(qtbot, reporter)
    assert "a bug in a thread" in box.detailedText()
    box.close()
