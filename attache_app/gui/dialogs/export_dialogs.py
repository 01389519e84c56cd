"""Exports in the application: what every export dialog shares (where to write, the run
under a progress dialog with Cancel, what was written), and the full workbook's dialog.
The report to Paris has its dialog in ``report_dialog``, the consolidation of several
posts' reports in ``consolidate_dialog``.

Every export runs in the thread pool through :mod:`attache_app.services.exports` — the same
code as ``attache export`` — and writes its file atomically: Cancel leaves nothing behind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from attache_app.gui.background import Operation
from attache_app.gui.dialogs.passphrase import ProtectionBox
from attache_app.gui.workers import TaskRunner
from attache_app.i18n import translate
from attache_app.services.database import Store
from attache_app.services.exports import Written

Work = Callable[[Store, Callable[[int, int], None]], Written]


def documents_folder() -> Path:
    """The user's Documents folder, created when it does not exist yet (a new account, a
    desktop without one); the home folder when it cannot be."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not found:
        return Path.home()
    folder = Path(found)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return folder


def safe_file_name(text: str) -> str:
    """A file name from free text: no separators or characters Windows refuses."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    return re.sub(r"\s+", "_", cleaned.strip())[:80] or "export"


class ExportRun(Operation[Written]):
    """One export as an operation (progress bar, Cancel); tells the outcome: the file
    written, or why it could not be."""

    def __init__(
        self,
        parent: QWidget,
        runner: TaskRunner,
        title: str,
        work: Work,
        *,
        done: Callable[[Written], None] | None = None,
        quiet: bool = False,
    ) -> None:
        super().__init__(
            parent,
            runner,
            title,
            work,
            success=self._written,
            failure=(lambda _message: None) if quiet else None,
        )
        self.written: Written | None = None
        self._quiet = quiet
        self._done = done

    def _written(self, result: Written) -> None:
        self.written = result
        if self._done is not None:
            self._done(result)
        if not self._quiet:
            tell_written(self.parentWidget(), result)


def tell_written(parent: QWidget | None, written: Written) -> None:
    """Say what was written, and offer to open the file or its folder."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("ExportRun", "Export finished"))
    count = written.count
    box.setText(
        translate("ExportRun", "%n record(s) written to {file}.", "", count).format(
            file=written.path.name
        )
    )
    box.setInformativeText(str(written.path))
    cut = int(written.details.get("cells_cut") or 0)
    if cut:
        box.setDetailedText(
            translate(
                "ExportRun",
                "%n cell(s) longer than Excel allows (32,767 characters) were cut.",
                "",
                cut,
            )
        )
    open_file = box.addButton(
        translate("ExportRun", "Open the file"), QMessageBox.ButtonRole.AcceptRole
    )
    open_folder = box.addButton(
        translate("ExportRun", "Show the folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def clicked(button: object) -> None:
        if button is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.path)))
        elif button is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.path.parent)))

    box.buttonClicked.connect(clicked)
    box.show()


# --- the report to Paris ---------------------------------------------------------------


class WorkbookField(QWidget):
    """Where an Excel export goes: the path, a Choose… button, and the form's label."""

    def __init__(self, title: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.line = QLineEdit(text)
        self.line.setAccessibleName(self.tr("File"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(choose)
        self.label = QLabel(self.tr("&File:"))
        self.label.setBuddy(self.line)

    def choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.title, self.line.text(), self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            self.line.setText(name if name.lower().endswith(".xlsx") else name + ".xlsx")
            self.line.setModified(True)

    def path(self) -> Path | None:
        """The workbook named (the file dialog when none is), ending in .xlsx; None when
        the user chose nothing."""
        if not self.line.text().strip():
            self.choose()
        text = self.line.text().strip()
        if not text:
            return None
        path = Path(text)
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def confirm_replace(parent: QWidget, path: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        parent.windowTitle(),
        translate("ReportDialog", "{file} already exists. Replace it?").format(file=path.name),
    )
    return answer == QMessageBox.StandardButton.Yes


class WorkbookDialog(QDialog):
    """Fichier › Exporter › Tout : where to write the workbook, and whether to protect it
    with a password."""

    def __init__(self, title: str, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.file = WorkbookField(title, str(suggested))
        self.path = self.file.line
        form = QFormLayout()
        form.addRow(self.file.label, self.file)
        explanation = QLabel(
            self.tr(
                "Every record in one Excel workbook, one sheet per kind, that Attaché can "
                "import again."
            )
        )
        explanation.setWordWrap(True)
        self.protection = ProtectionBox()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.protection)
        layout.addWidget(buttons)
        self.resize(560, 0)
        self.chosen: tuple[Path, str | None] | None = None

    def accept(self) -> None:
        path = self.file.path()
        if path is None:
            return
        usable, password = self.protection.password()
        if not usable:
            return
        if path.exists() and not confirm_replace(self, path):
            return
        self.chosen = (path, password)
        super().accept()


# --- consolidation of several posts' reports ---------------------------------------------


FORMATS: dict[str, tuple[str, str]] = {
    # key: (suffix, file dialog filter)
    "csv": (".csv", "CSV (*.csv)"),
    "vcf": (".vcf", "vCard (*.vcf)"),
    "ics": (".ics", "iCalendar (*.ics)"),
}


def ask_path(parent: QWidget, title: str, suggested: str, key: str) -> Path | None:
    suffix, pattern = FORMATS[key]
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(documents_folder() / (safe_file_name(suggested) + suffix)), pattern
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def new_folder_in(chosen: Path, suggested: str) -> Path:
    """Where one file per record goes: the folder chosen when it is empty, else a new
    folder named ``suggested`` inside it (``suggested (2)`` when that one exists), so that
    an export never mixes its files with others."""
    if chosen.is_dir() and not any(chosen.iterdir()):
        return chosen
    stem = safe_file_name(suggested)
    target, n = chosen / stem, 1
    while target.exists():
        n += 1
        target = chosen / f"{stem} ({n})"
    return target


def ask_new_folder(parent: QWidget, title: str, suggested: str) -> Path | None:
    """A folder for an export of one file per record (see :func:`new_folder_in`)."""
    name = QFileDialog.getExistingDirectory(parent, title, str(documents_folder()))
    if not name:
        return None
    return new_folder_in(Path(name), suggested)


def start_export(
    parent: QWidget,
    runner: TaskRunner,
    title: str,
    work: Work,
    **options: Any,
) -> ExportRun:
    return ExportRun(parent, runner, title, work, **options)
