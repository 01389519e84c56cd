"""Fichier › Consolider des rapports: the reports of several posts (their workbooks, some
protected by a password), side by side in one workbook for Paris."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from attache_app.gui.background import show_failure
from attache_app.gui.dialogs.export_dialogs import (
    ExportRun,
    WorkbookField,
    confirm_replace,
    documents_folder,
    safe_file_name,
)
from attache_app.gui.workers import TaskRunner
from attache_app.services import exports
from attache_app.services.database import Store
from attache_app.services.exports import Written


class ConsolidationRun(ExportRun):
    """An :class:`ExportRun` whose outcome the consolidation dialog tells itself (how many
    reports, which files were skipped and why); a failure is still said in a message."""

    def _failed(self, message: str) -> None:
        super()._failed(message)  # quiet: the message is said here, once
        if not self.cancelled():
            self.failure_box = show_failure(self.parentWidget(), self.title, message)


class ConsolidateDialog(QDialog):
    """Fichier › Consolider des rapports… : the reports of several posts side by side, for
    a desk officer in Paris (no database of theirs is needed)."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.run: ConsolidationRun | None = None
        self.result_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Consolidate reports"))
        self.setAccessibleName(self.windowTitle())
        explanation = QLabel(
            self.tr(
                "Reports to Paris written by Attaché at several posts: each key figure by post "
                "and period with totals, the watch notes of every post by theme, the upcoming "
                "deadlines, and a chart. A file that is not a report is skipped with the reason; "
                "two reports of the same post and period are counted once."
            )
        )
        explanation.setWordWrap(True)
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Reports"))
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add = QPushButton(self.tr("&Add reports…"))
        add.clicked.connect(self.choose_files)
        self.remove = QPushButton(self.tr("&Remove"))
        self.remove.clicked.connect(self.remove_selected)
        buttons_column = QVBoxLayout()
        buttons_column.addWidget(add)
        buttons_column.addWidget(self.remove)
        buttons_column.addStretch(1)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_row.addLayout(buttons_column)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password of the reports"))
        self.password.setPlaceholderText(self.tr("only for reports protected by a password"))
        self.file = WorkbookField(
            self.tr("Save the consolidation"),
            str(documents_folder() / (safe_file_name(self.tr("Network")) + ".xlsx")),
        )
        self.path = self.file.line
        form = QFormLayout()
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, self.password)
        form.addRow(self.file.label, self.file)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.consolidate_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.consolidate_button.setText(self.tr("&Consolidate"))
        self.buttons.accepted.connect(self.consolidate)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(files_row, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(640, 460)
        self._update()

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def add_files(self, paths: list[Path]) -> None:
        known = set(self.paths())
        for path in paths:
            if path not in known:
                self.files.addItem(str(path))
                known.add(path)
        self._update()

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Reports to consolidate"),
            str(documents_folder()),
            self.tr("Excel workbook (*.xlsx)"),
        )
        self.add_files([Path(n) for n in names])

    def remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._update()

    def _update(self) -> None:
        self.consolidate_button.setEnabled(self.files.count() > 0)
        self.remove.setEnabled(self.files.count() > 0)

    def busy(self) -> bool:
        return bool(self.run and self.run.busy())

    def consolidate(self) -> None:
        paths = self.paths()
        if not paths:
            return
        out = self.file.path()
        if out is None:
            return
        if out in paths:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("{file} is one of the reports: choose another file to write.").format(
                    file=out.name
                ),
            )
            return
        if out.exists() and not confirm_replace(self, out):
            return
        password = self.password.text() or None

        def work(_store: Store, progress: Callable[[int, int], None]) -> Written:
            return exports.consolidate_reports(paths, out, password=password, progress=progress)

        count = len(paths)
        self.run = ConsolidationRun(
            self,
            self.runner,
            self.tr("Consolidating %n report(s)…", "", count),
            work,
            done=self._done,
            quiet=True,
        )

    def _done(self, written: Written) -> None:
        problems = [
            p["reason"] for p in (*written.details["duplicates"], *written.details["skipped"])
        ]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning if problems else QMessageBox.Icon.Information)
        box.setWindowTitle(self.windowTitle())
        box.setText(
            self.tr("%n report(s) consolidated into {file}.", "", written.count).format(
                file=written.path.name
            )
        )
        if problems:
            box.setInformativeText("\n".join(problems))
        open_file = box.addButton(self.tr("Open the file"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: (
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.path)))
                if button is open_file
                else None
            )
        )
        self.result_box = box
        box.show()


# --- the other exports -----------------------------------------------------------------
