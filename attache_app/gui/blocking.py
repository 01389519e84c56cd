"""Work the user must wait for (converting or upgrading the database file) but that must
not freeze the window: it runs in a thread while a progress dialog keeps the window
painted, and its result — or its exception — comes back to the caller."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")


def run_blocking(parent: QWidget | None, title: str, text: str, work: Callable[[], T]) -> T:
    """Run ``work`` in a thread under a busy progress dialog (shown after 300 ms) and
    return its result; its exception is raised here."""
    result: list[T] = []
    error: list[BaseException] = []

    def target() -> None:
        try:
            result.append(work())
        except BaseException as caught:  # handed back to the GUI thread
            error.append(caught)

    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setWindowTitle(title)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    thread = threading.Thread(target=target, name="attache-blocking", daemon=True)
    thread.start()
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
    timer.start(30)
    if thread.is_alive():
        loop.exec()
    timer.stop()
    thread.join()
    progress.close()
    progress.deleteLater()
    if error:
        raise error[0]
    return result[0]
