"""When the database cannot be opened: say why, and offer a way out — never a traceback."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from attache_app.errors import DatabaseError


class Choice(Enum):
    OPEN_OTHER = "open_other"
    RESTORE = "restore"
    NEW = "new"
    RETRY = "retry"
    QUIT = "quit"


def explain(error: DatabaseError) -> str:
    hints = {
        "locked": QCoreApplication.translate(
            "DatabaseProblem",
            "Another Attaché window, or another program, is using this database. Close it "
            "and try again, or open another database.",
        ),
        "read_only": QCoreApplication.translate(
            "DatabaseProblem",
            "You may not write to this file or its folder. Copy it somewhere you may write "
            "to, or open another database.",
        ),
        "not_database": QCoreApplication.translate(
            "DatabaseProblem",
            "The file may be encrypted, damaged, or not an Attaché database at all. It was "
            "left as it was. Restore a backup, or open another database.",
        ),
        "corrupt": QCoreApplication.translate(
            "DatabaseProblem", "Restore the latest backup: it was made automatically."
        ),
        "newer": QCoreApplication.translate(
            "DatabaseProblem", "Install the newer version of Attaché that made it."
        ),
        "unavailable": QCoreApplication.translate(
            "DatabaseProblem",
            "The disk or folder holding it is not available (a removed drive, a network "
            "share). Reconnect it and try again.",
        ),
    }
    return hints.get(error.reason, "")


def problem_box(
    error: DatabaseError, parent: QWidget | None = None
) -> tuple[QMessageBox, dict[Choice, QAbstractButton]]:
    """The message box that explains ``error``, and its buttons by choice."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("DatabaseProblem", "The database cannot be opened")
    )
    box.setText(str(error))
    box.setInformativeText(explain(error))
    buttons: dict[Choice, QAbstractButton] = {
        Choice.OPEN_OTHER: box.addButton(
            QCoreApplication.translate("DatabaseProblem", "Open another…"),
            QMessageBox.ButtonRole.AcceptRole,
        ),
        Choice.RESTORE: box.addButton(
            QCoreApplication.translate("DatabaseProblem", "Restore a backup…"),
            QMessageBox.ButtonRole.ActionRole,
        ),
        Choice.NEW: box.addButton(
            QCoreApplication.translate("DatabaseProblem", "New database…"),
            QMessageBox.ButtonRole.ActionRole,
        ),
        Choice.RETRY: box.addButton(
            QCoreApplication.translate("DatabaseProblem", "Try again"),
            QMessageBox.ButtonRole.ActionRole,
        ),
        Choice.QUIT: box.addButton(QMessageBox.StandardButton.Close),
    }
    box.setAccessibleName(box.windowTitle())
    return box, buttons


def chosen(box: QMessageBox, buttons: dict[Choice, QAbstractButton]) -> Choice:
    clicked = box.clickedButton()
    return next((choice for choice, button in buttons.items() if button is clicked), Choice.QUIT)


def ask(error: DatabaseError, parent: QWidget | None = None) -> Choice:
    box, buttons = problem_box(error, parent)
    box.exec()
    return chosen(box, buttons)


def backups_folder(path: Path) -> Path:
    return path.parent / "backups"
