"""« Reprendre le réseau de mon prédécesseur » : a hand-over package opened and imported.

One dialog for the first-run choice and for Fichier › Importer when the file chosen is a
package: the file and its password; then what the package holds — its note (post, author,
date, contents, what was left out) and, per kind of record, how many it holds and how many
are new or would be merged; then the import, one batch, which the dialog offers to undo
(and Fichier › Historique des imports undoes later). Reading and writing run off the GUI
thread; each failure is one sentence under the password, and nothing is written before the
user presses « Importer ».
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from attache_app.gui.background import Background
from attache_app.gui.widgets.fields import ErrorLabel
from attache_app.gui.workers import Job, TaskRunner
from attache_app.importing.full import FullResult
from attache_app.services import handover_import, imports
from attache_app.services.database import Store
from attache_app.services.handover_import import PackagePlan

if TYPE_CHECKING:
    from attache_app.gui.shell import Shell


def _counts_html(planned: PackagePlan) -> str:
    counts = planned.counts()
    head = "".join(
        f"<th align='{a}'>{html.escape(t)}</th>"
        for t, a in (
            (QCoreApplication.translate("PackageDialog", "Records"), "left"),
            (QCoreApplication.translate("PackageDialog", "In the package"), "right"),
            (QCoreApplication.translate("PackageDialog", "New"), "right"),
            (QCoreApplication.translate("PackageDialog", "Merged"), "right"),
            (QCoreApplication.translate("PackageDialog", "Already the same"), "right"),
        )
    )
    rows = "".join(
        f"<tr><td>{html.escape(imports.kind_title(k))}</td><td align='right'>{c['file']}</td>"
        f"<td align='right'>{c['new']}</td><td align='right'>{c['updated']}</td>"
        f"<td align='right'>{c['unchanged']}</td></tr>"
        for k, c in ((k, counts[k]) for k in handover_import.kinds())
        if c["file"]
    )
    return f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{rows}</table>"


def _note_html(planned: PackagePlan) -> str:
    facts = "".join(
        f"<tr><td valign='top'><b>{html.escape(label)}</b></td>"
        f"<td>{html.escape(value).replace(chr(10), '<br>')}</td></tr>"
        for label, value in planned.note.facts()
    )
    return f"<h3>{html.escape(planned.note.title)}</h3><table cellpadding='2'>{facts}</table>"


class PackageDialog(QDialog):
    """The file and its password, what it holds, the import (one batch), its undo."""

    imported = Signal(int)
    """The import was written: its batch."""
    undone = Signal(int)

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.planned: PackagePlan | None = None
        self.outcome: FullResult | None = None
        self.work: Background | None = None
        self._closing = False
        self.setWindowTitle(self.tr("Take over my predecessor's network"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(
            self.tr(
                "Choose the hand-over package your predecessor left you (an Excel workbook) "
                "and type its password. You will see what it holds before anything is "
                "imported, and you can undo the import."
            )
        )
        intro.setWordWrap(True)
        self.path = QLineEdit(str(path) if path is not None else "")
        self.path.setAccessibleName(self.tr("Hand-over package"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password of the package"))
        self.password.returnPressed.connect(self.open_package)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_package)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.open_button)
        form = QFormLayout()
        file_label = QLabel(self.tr("&Package:"))
        file_label.setBuddy(self.path)
        password_label = QLabel(self.tr("Pass&word:"))
        password_label.setBuddy(self.password)
        form.addRow(file_label, row)
        form.addRow(password_label, password_row)
        self.message = ErrorLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("What the package holds"))
        self.preview.setMinimumHeight(260)
        self.preview.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.undo_button = self.buttons.addButton(
            self.tr("&Undo this import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.hide()
        self.import_button.clicked.connect(self.import_package)
        self.undo_button.clicked.connect(self.undo_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.path.textChanged.connect(self._forget_plan)
        (self.password if path is not None else self.path).setFocus()

    # --- state -------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.work is not None and self.work.busy()

    def _forget_plan(self) -> None:
        self.planned = None
        self.import_button.setEnabled(False)
        self.preview.hide()

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.windowTitle(),
            self.path.text() or str(Path.home()),
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        if name:
            self.path.setText(name)
            self.password.setFocus()

    def _start(
        self,
        work: Callable[[Store, Job], object],
        done: Callable[[object], None],
        failed: Callable[[str], None],
    ) -> None:
        self.message.clear_message()
        self.progress.show()
        for widget in (self.open_button, self.import_button, self.undo_button):
            widget.setEnabled(False)

        def finish(result: object) -> None:
            if self._closing:  # Cancel was pressed: a batch written before it is still said
                if isinstance(result, FullResult) and result.batch is not None:
                    self.imported.emit(result.batch)
                QDialog.reject(self)
                return
            done(result)

        def fail(message: str) -> None:
            if self._closing:
                QDialog.reject(self)
                return
            failed(message)

        self.work = Background(self.runner, work, finish, fail, parent=self)

    def reject(self) -> None:
        """Close (Escape, Fermer): work under way is stopped first (a write in progress
        rolls back), and the dialog closes for good when it has stopped."""
        if self.busy() and self.work is not None:
            self.work.cancel()
            self._closing = True
            self.hide()
            return
        super().reject()

    def _stopped(self) -> None:
        self.progress.hide()
        self.open_button.setEnabled(True)
        self.undo_button.setEnabled(True)

    # --- open: read the package and plan its import -------------------------------------

    def open_package(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.choose()
            text = self.path.text().strip()
            if not text:
                return
        path = Path(text)
        password = self.password.text() or None

        def work(store: Store, job: Job) -> PackagePlan:
            return handover_import.plan_package(store, path, password, progress=job.progress)

        self._start(work, self._planned, self._failed)

    def _planned(self, planned: object) -> None:
        self._stopped()
        assert isinstance(planned, PackagePlan)
        self.planned = planned
        already = ""
        if planned.plan.already_imported is not None:
            already = "<p><b>{}</b></p>".format(
                html.escape(
                    self.tr("This package was already imported (import {batch}).").format(
                        batch=planned.plan.already_imported[0]
                    )
                )
            )
        self.preview.setHtml(_note_html(planned) + already + _counts_html(planned))
        self.preview.show()
        self.import_button.setEnabled(planned.plan.already_imported is None)
        self.import_button.setFocus()

    def _failed(self, message: str) -> None:
        self._stopped()
        self.message.show_message(message)
        self.password.selectAll()
        self.password.setFocus()

    # --- import: one batch --------------------------------------------------------------

    def import_package(self) -> None:
        planned = self.planned
        if planned is None:
            return
        sender = planned.sender

        def work(store: Store, job: Job) -> FullResult:
            return handover_import.apply_package(
                store, planned, sender=sender, progress=job.progress
            )

        self._start(work, self._imported, self._failed)

    def _imported(self, result: object) -> None:
        self._stopped()
        assert isinstance(result, FullResult)
        self.outcome = result
        self.open_button.setEnabled(False)
        if result.batch is None:
            self.message.show_message(
                self.tr("This package was already imported (import {batch}).").format(
                    batch=result.already_imported
                )
            )
            return
        created, merged = sum(result.created.values()), sum(result.updated.values())
        self.preview.append(
            "<p><b>{}</b></p>".format(
                html.escape(
                    self.tr(
                        "Imported (import {batch}): {created}, {merged}. You can undo it "
                        "here, or later in File › Import history."
                    ).format(
                        batch=result.batch,
                        created=self.tr("%n record(s) created", "", created),
                        merged=self.tr("%n merged", "", merged),
                    )
                )
            )
        )
        self.undo_button.show()
        self.undo_button.setEnabled(True)
        self.imported.emit(result.batch)

    def undo_import(self) -> None:
        if self.outcome is None or self.outcome.batch is None:
            return
        batch = self.outcome.batch

        def work(store: Store, _job: Job) -> dict[str, int]:
            return imports.undo(store, batch)

        def done(_counts: object) -> None:
            self._stopped()
            self.undo_button.hide()
            self.preview.append(
                "<p><b>{}</b></p>".format(
                    html.escape(self.tr("Import {batch} undone.").format(batch=batch))
                )
            )
            self.undone.emit(batch)

        self._start(work, done, self._failed)


def open_dialog(window: Shell, path: Path | None = None) -> PackageDialog:
    """Fichier › Importer on a hand-over package: the dialog, beside the window."""
    dialog = PackageDialog(window.store, window.runner, path, window)
    dialog.imported.connect(lambda _batch: window.events.records_changed.emit(""))
    dialog.undone.connect(lambda _batch: window.events.records_changed.emit(""))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def at_first_run(store: Store, parent: QWidget | None) -> None:
    """The first-run choice « Reprendre le réseau de mon prédécesseur »: the dialog, modal,
    before the window opens (its own runner on the new database)."""
    runner = TaskRunner(store, parent)
    try:
        PackageDialog(store, runner, None, parent).exec()
    finally:
        runner.stop()
        runner.deleteLater()
