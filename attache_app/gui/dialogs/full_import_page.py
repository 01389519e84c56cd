"""The import wizard's pages for a full export: what it holds and what will change, then
the result (undone like any import, here or from Tools › Import history)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from attache_app.gui.widgets.dates import format_when
from attache_app.i18n import translate
from attache_app.importing.full_read import ORDER
from attache_app.services import imports
from attache_app.services.database import Store

if TYPE_CHECKING:
    from attache_app.gui.dialogs.import_steps import ImportSteps
    from attache_app.gui.workers import Job


def field_label(name: str) -> str:
    """A field of a record as the user knows it (its code when it has no name)."""
    names = {
        "given_name": translate("Import", "Given name"),
        "family_name": translate("Import", "Family name"),
        "native_name": translate("Import", "Native-script name"),
        "title": translate("FullImport", "Title"),
        "emails": translate("Import", "E-mails"),
        "phones": translate("Import", "Telephones"),
        "tags": translate("Import", "Tags"),
        "notes": translate("Import", "Notes"),
        "country": translate("Import", "Country"),
        "city": translate("Import", "City"),
        "name": translate("FullImport", "Name"),
        "value": translate("FullImport", "Value"),
        "body": translate("FullImport", "Text"),
        "organisation_uuid": translate("Import", "Organisation"),
        "person_uuids": translate("FullImport", "Persons linked"),
        "organisation_uuids": translate("FullImport", "Organisations linked"),
    }
    return names.get(name, name)


def _shown(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(
            " ".join(str(v) for v in item if v) if isinstance(item, list | tuple) else str(item)
            for item in value
        )
    return str(value)


class FullPage(QWizardPage):
    """What the full export holds, per kind, and every field where it differs from the
    database, each with a box: ticked, the file's value is written."""

    def __init__(self, wizard: ImportSteps) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Full export of an Attaché database"))
        self.setSubTitle(self.tr("Nothing is written before you press Import."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary of the import"))
        self.counts = QTableWidget(0, 6)
        self.counts.setAccessibleName(self.tr("Records per kind"))
        self.counts.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("In the file"), self.tr("New"), self.tr("Updated"),
             self.tr("Unchanged"), self.tr("Values kept")]
        )  # fmt: skip
        self.counts.verticalHeader().hide()
        self.counts.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.counts.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.counts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.prefer = QComboBox()
        self.prefer.setAccessibleName(self.tr("Where a field differs"))
        for code, text in (
            ("newer", self.tr("the newer record's value (an empty one never wins)")),
            ("file", self.tr("the file's value")),
            ("database", self.tr("the database's value")),
        ):
            self.prefer.addItem(text, code)
        self.prefer.activated.connect(self._prefer_chosen)
        prefer_row = QHBoxLayout()
        prefer_row.addWidget(QLabel(self.tr("Where a field differs, keep:")))
        prefer_row.addWidget(self.prefer, 1)
        self.changes = QTableWidget(0, 5)
        self.changes.setAccessibleName(self.tr("Fields that differ"))
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("In the database"),
             self.tr("In the file"), self.tr("Take the file's")]
        )  # fmt: skip
        self.changes.verticalHeader().hide()
        self.changes.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.changes.horizontalHeader()
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.changes.itemChanged.connect(self._toggled)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.counts, 3)
        layout.addLayout(prefer_row)
        layout.addWidget(self.changes, 2)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        self._filling = False

    def initializePage(self) -> None:
        plan = self.wiz.full_plan
        assert plan is not None
        text = self.tr("{file}: full export of {post}, written {date}.").format(
            file=plan.file_name, post=plan.full.post or "?", date=format_when(plan.full.exported_at)
        )
        if plan.already_imported is not None:
            text += " " + self.tr(
                "This very file was already imported (import {batch}); importing it again "
                "writes nothing."
            ).format(batch=plan.already_imported[0])
        self.summary.setText(text)
        self.prefer.setCurrentIndex(max(0, self.prefer.findData(plan.prefer)))
        self._fill()

    def _fill(self) -> None:
        plan = self.wiz.full_plan
        assert plan is not None
        counts = plan.counts()
        shown = [k for k in ORDER if counts[k]["file"]]
        self.counts.setRowCount(len(shown))
        for row, kind in enumerate(shown):
            c = counts[kind]
            for column, value in enumerate(
                [
                    imports.kind_title(kind),
                    c["file"],
                    c["new"],
                    c["updated"],
                    c["unchanged"],
                    c["kept"],
                ]
            ):
                item = QTableWidgetItem(str(value))
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.counts.setItem(row, column, item)
        self._filling = True
        changes = plan.changes()
        self.changes.setRowCount(len(changes))
        for row, (match, change) in enumerate(changes):
            cells = [
                imports.record_label(match.kind, match.current.name or match.record.name),
                field_label(change.field),
                _shown(change.database),
                _shown(change.file),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(text)
                self.changes.setItem(row, column, item)
            box = QTableWidgetItem()
            box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            box.setCheckState(
                Qt.CheckState.Checked if change.take_file else Qt.CheckState.Unchecked
            )
            box.setData(Qt.ItemDataRole.AccessibleTextRole, cells[1])
            self.changes.setItem(row, 4, box)
        self.changes.setVisible(bool(changes))
        self._filling = False

    def _prefer_chosen(self) -> None:
        plan = self.wiz.full_plan
        assert plan is not None
        plan.set_preference(str(self.prefer.currentData()))
        self._fill()

    def _toggled(self, item: QTableWidgetItem) -> None:
        plan = self.wiz.full_plan
        if self._filling or plan is None or item.column() != 4:
            return
        _match, change = plan.changes()[item.row()]
        change.take_file = item.checkState() == Qt.CheckState.Checked
        self._filling = True
        counts = plan.counts()
        shown = [k for k in ORDER if counts[k]["file"]]
        for row, kind in enumerate(shown):
            for column, key in ((3, "updated"), (4, "unchanged"), (5, "kept")):
                cell = self.counts.item(row, column)
                if cell is not None:
                    cell.setText(str(counts[kind][key]))
        self._filling = False

    def isComplete(self) -> bool:
        return not self.wiz.busy()

    def validatePage(self) -> bool:
        if self.wiz.full_outcome is not None:
            return True
        plan = self.wiz.full_plan
        assert plan is not None
        sender = self.wiz.file_page.sender_edit.text().strip()

        def work(store: Store, job: Job) -> imports.FullResult:
            return imports.apply_full(store, plan, sender=sender, progress=job.progress)

        def done(result: object) -> None:
            assert isinstance(result, imports.FullResult)
            self.wiz.full_outcome = result
            if result.batch is not None:
                self.wiz.imported.emit(result.batch)
            self.wiz.next()

        def failed(message: str) -> None:
            self.message.setText(message)
            self.completeChanged.emit()

        self.message.clear()
        self.wiz.start(work, done, failed, self.progress)
        self.completeChanged.emit()
        return False


class FullResultPage(QWizardPage):
    def __init__(self, wizard: ImportSteps) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Done"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Result of the import"))
        self.undo_button = QPushButton(self.tr("&Undo this import"))
        self.undo_button.clicked.connect(self._undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def nextId(self) -> int:
        return -1

    def initializePage(self) -> None:
        result = self.wiz.full_outcome
        assert result is not None
        if result.already_imported is not None:
            self.text.setText(
                self.tr(
                    "This file was already imported (import {batch}); nothing was created."
                ).format(batch=result.already_imported)
            )
            self.undo_button.hide()
            return
        created, updated = sum(result.created.values()), sum(result.updated.values())
        lines = [
            self.tr(
                "Import {batch}: {created}, {updated}. It can be undone here or later from "
                "Tools › Import history."
            ).format(
                batch=result.batch,
                created=self.tr("%n record(s) created", "", created),
                updated=self.tr("%n updated", "", updated),
            )
        ]
        for kind in ORDER:
            created, updated = result.created.get(kind, 0), result.updated.get(kind, 0)
            if created or updated:
                lines.append(
                    self.tr("{kind}: {created}, {updated}.").format(
                        kind=imports.kind_title(kind),
                        created=self.tr("%n created", "", created),
                        updated=self.tr("%n updated", "", updated),
                    )
                )
        self.text.setText("\n".join(lines))
        self.undo_button.show()

    def _undo(self) -> None:
        from attache_app.gui.dialogs.import_steps import undo_batch

        result = self.wiz.full_outcome
        assert result is not None and result.batch is not None
        if undo_batch(self, self.wiz.store, result.batch):
            self.text.setText(self.tr("Import {batch} was undone.").format(batch=result.batch))
            self.undo_button.hide()
            self.wiz.imported.emit(result.batch)
