"""The last resort: an exception nobody caught (in a slot, or in a thread) is written to the
user's log folder and shown in a dialog with « Copier les détails »; the window goes on.

Installed once by the application (:func:`install`) as ``sys.excepthook`` and
``threading.excepthook``. Exceptions from other threads reach the dialog through a queued
signal, on the GUI thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from attache_app import __version__
from attache_app.i18n import translate

log = logging.getLogger(__name__)
LOG_NAME = "attache-app.log"


def log_folder() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("Attache", appauthor=False))


def write_log(details: str) -> Path | None:
    """Append the details to the application's log file; its path, or None when even that
    cannot be written (the dialog still shows the details)."""
    with contextlib.suppress(OSError):
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        with path.open("a", encoding="utf-8") as handle:
            stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            handle.write(f"--- {stamp} Attaché {__version__}\n{details}\n")
        return path
    return None


class CrashReporter(QObject):
    """Shows uncaught exceptions; one per GUI thread, created by :func:`install`."""

    raised = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.boxes: list[QMessageBox] = []
        self.raised.connect(self.show, Qt.ConnectionType.QueuedConnection)

    def report(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("uncaught exception:\n%s", details)
        self.raised.emit(details)  # queued: shown by the GUI thread, after this slot

    def show(self, details: str) -> None:
        path = write_log(details)
        parent = QApplication.activeWindow()
        box = QMessageBox(parent if isinstance(parent, QWidget) else None)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("Crash", "Unexpected error"))
        box.setText(
            translate(
                "Crash",
                "Something unexpected went wrong: what you were doing may not have "
                "finished. Your data is safe (every change is saved whole or not at all), "
                "and Attaché goes on.",
            )
        )
        where = (
            translate("Crash", "The details were written to {path}.").format(path=path)
            if path is not None
            else translate("Crash", "The details could not be written to the log folder.")
        )
        box.setInformativeText(
            where
            + " "
            + translate("Crash", "Please send them to whoever looks after Attaché for you.")
        )
        box.setDetailedText(details)
        copy = box.addButton(
            translate("Crash", "Copy the details"),
            QMessageBox.ButtonRole.ActionRole,
        )
        # The button copies and leaves the box open.
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: copy_details(details, path))
        box.addButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self.boxes.remove(box) if box in self.boxes else None)
        self.boxes.append(box)
        box.open()


def copy_details(details: str, path: Path | None) -> None:
    clipboard = QGuiApplication.clipboard()
    header = f"Attaché {__version__}, Python {sys.version.split()[0]}"
    if path is not None:
        header += f"\n{path}"
    clipboard.setText(f"{header}\n\n{details}")


def install(parent: QObject | None = None) -> Callable[[], None]:
    """Route uncaught exceptions to a :class:`CrashReporter`; returns how to undo it."""
    reporter = CrashReporter(parent)
    previous_hook = sys.excepthook
    previous_thread_hook = threading.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous_hook(kind, error, trace)
            return
        reporter.report(kind, error, trace)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        reporter.report(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
    installed.append(reporter)

    def uninstall() -> None:
        sys.excepthook = previous_hook
        threading.excepthook = previous_thread_hook
        if reporter in installed:
            installed.remove(reporter)

    return uninstall


installed: list[CrashReporter] = []
"""The reporter in place (tests look at its boxes)."""
