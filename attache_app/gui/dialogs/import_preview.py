"""The import wizard's last pages: the preview of what the import would do (new records,
duplicates with the action for each, errors, numbers kept as typed, the columns), then
what it did, with its undo."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from attache_app.domain.controls import shown_name
from attache_app.gui.dialogs.import_steps import (
    ImportSteps,
    RowsModel,
    action_label,
    phone_model,
    table_view,
    undo_batch,
)
from attache_app.gui.texts import literal
from attache_app.gui.workers import Job
from attache_app.i18n import translate
from attache_app.importing.plan import CREATE, MERGE, SKIP, Plan
from attache_app.importing.reading import cleaned_summary, not_read_summary
from attache_app.services import imports
from attache_app.services.database import Store
from attache_app.services.imports import BatchResult, Preview


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportSteps) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("What will happen"))
        self.setSubTitle(self.tr("Nothing is written before you press Import."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary of the import"))
        self.mangled = QLabel()
        self.mangled.setWordWrap(True)
        self.mangled.setStyleSheet("color: #b00020")
        self.mangled.setAccessibleName(self.tr("Names that look mis-decoded"))
        self.mangled.hide()
        self.tabs = QTabWidget()
        self.new_model = RowsModel(
            [self.tr("Where"), self.tr("Name"), self.tr("Organisation"), self.tr("E-mail"),
             self.tr("Remarks")],
            [],
            self._new_cells,
        )  # fmt: skip
        self.new_view = table_view(self.new_model, self.tr("New records"))
        self.dup_model = RowsModel(
            [self.tr("Where"), self.tr("In the file"), self.tr("Already known"),
             self.tr("Why"), self.tr("Action")],
            [],
            self._dup_cells,
        )  # fmt: skip
        self.dup_view = table_view(self.dup_model, self.tr("Duplicates"), stretch=3)
        self.dup_view.selectionModel().currentRowChanged.connect(self._show_duplicate)
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Action for this duplicate"))
        for action in (MERGE, SKIP, CREATE):
            self.action.addItem(action_label(action), action)
        self.action.activated.connect(self._set_action)
        self.fields = QTableWidget(0, 4)
        self.fields.setAccessibleName(self.tr("Fields of the merge"))
        self.fields.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Current value"), self.tr("In the file"), self.tr("Keep")]
        )
        self.fields.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fields.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 3):
            self.fields.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.fields.verticalHeader().hide()
        self.fields.itemChanged.connect(self._field_toggled)
        all_row = QHBoxLayout()
        all_row.addWidget(QLabel(self.tr("This duplicate:")))
        all_row.addWidget(self.action)
        all_row.addStretch(1)
        all_row.addWidget(QLabel(self.tr("All duplicates:")))
        for action in (MERGE, SKIP, CREATE):
            button = QPushButton(literal(action_label(action)))
            button.setAccessibleName(
                self.tr("{action} every duplicate").format(action=action_label(action))
            )
            button.clicked.connect(lambda _c=False, a=action: self._set_all(a))
            all_row.addWidget(button)
        dup_page = QWidget()
        dup_layout = QVBoxLayout(dup_page)
        dup_layout.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.dup_view)
        split.addWidget(self.fields)
        dup_layout.addLayout(all_row)
        dup_layout.addWidget(split, 1)
        self.error_model = RowsModel(
            [self.tr("Where"), self.tr("Name"), self.tr("Problem")], [], self._error_cells
        )
        self.error_view = table_view(self.error_model, self.tr("Errors"))
        self.phone_model = phone_model()
        self.phone_view = table_view(self.phone_model, self.tr("Telephones kept as typed"))
        self.column_model = RowsModel(
            [self.tr("Column"), self.tr("Filled rows"), self.tr("Goes to")],
            [],
            self._column_cells,
        )
        self.column_view = table_view(self.column_model, self.tr("Columns of the file"))
        self.tabs.addTab(self.new_view, "")
        self.tabs.addTab(dup_page, "")
        self.tabs.addTab(self.error_view, "")
        self.tabs.addTab(self.phone_view, "")
        self.tabs.addTab(self.column_view, "")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.mangled)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)

    # cells ------------------------------------------------------------------------------

    def _plan(self) -> Plan:
        assert self.wiz.preview is not None
        return self.wiz.preview.plan

    def _new_cells(self, index: int) -> list[str]:
        item = self._plan().items[index]
        person = item.person
        return [
            item.location,
            item.name,
            person.organisation_name if person else self.tr("(organisation)"),
            person.primary_email if person else "",
            " ".join(item.warnings),
        ]

    def _dup_cells(self, index: int) -> list[str]:
        dup = self._plan().duplicates[index]
        item = self._plan().items[dup.item]
        return [item.location, item.name, dup.current_name, dup.reason, action_label(dup.action)]

    def _column_cells(self, index: int) -> list[str]:
        assert self.wiz.preview is not None
        column = self.wiz.preview.columns[index]
        return [column.header, str(column.filled), column.describe()]

    def _error_cells(self, index: int) -> list[str]:
        error = self._plan().errors[index]
        return [error.location, error.name, error.message]

    # life -------------------------------------------------------------------------------

    def initializePage(self) -> None:
        if self.wiz.preview is not None:
            self._show()
            return
        source = self.wiz.source
        assert source is not None
        for model in (
            self.new_model, self.dup_model, self.error_model, self.phone_model,
            self.column_model,
        ):  # fmt: skip
            model.rows = []
            model.refresh()
        self.summary.setText(self.tr("Reading {file}…").format(file=shown_name(source.file_name)))
        self.message.clear()

        region = self.wiz.file_page.region_code()

        def work(store: Store, job: Job) -> Preview:
            return imports.preview(store, source, progress=job.progress, region=region)

        def done(preview: object) -> None:
            assert isinstance(preview, Preview)
            self.wiz.preview = preview
            self._show()

        self.wiz.start(work, done, self.message.setText, self.progress)

    def _show(self) -> None:
        plan = self._plan()
        counts = plan.counts()
        self.new_model.rows = [i.index for i in plan.new_items]
        self.dup_model.rows = list(plan.duplicates)
        self.error_model.rows = list(range(len(plan.errors)))
        self.phone_model.rows = plan.phone_problems()
        assert self.wiz.preview is not None
        columns = self.wiz.preview.columns
        self.column_model.rows = list(range(len(columns)))
        for model in (
            self.new_model, self.dup_model, self.error_model, self.phone_model,
            self.column_model,
        ):  # fmt: skip
            model.refresh()
        self.tabs.setTabText(0, self.tr("New (%n)", "", counts["new"]))
        self.tabs.setTabText(1, self.tr("Duplicates (%n)", "", counts["duplicates"]))
        self.tabs.setTabText(2, self.tr("Errors (%n)", "", counts["errors"]))
        phones = len(self.phone_model.rows)
        self.tabs.setTabText(3, self.tr("Telephones kept as typed (%n)", "", phones))
        self.tabs.setTabVisible(3, bool(phones))
        self.tabs.setTabText(4, self.tr("Columns (%n)", "", len(columns)))
        self.tabs.setTabVisible(4, bool(columns))
        text = plan.summary()
        kept = sum(1 for c in columns if c.fate == "notes" and c.filled)
        ignored = sum(1 for c in columns if c.fate == "ignored" and c.filled)
        if kept:
            text += " " + self.tr("%n columns kept in the notes.", "", kept)
        if ignored:
            text += " " + self.tr("%n columns ignored.", "", ignored)
        activities = sum(len(i.activities) for i in plan.items if not i.error)
        if activities:
            text += " " + self.tr("%n dates of contact become activities.", "", activities)
        if plan.new_organisations:
            text += " " + self.tr("%n new organisations.", "", len(plan.new_organisations))
        if phones:
            text += " " + self.tr(
                "%n telephone number(s) not valid in the country they were read with: kept as "
                "typed, without an international form.",
                "",
                phones,
            )
        if plan.already_imported is not None:
            text += " " + self.tr(
                "This very file was already imported on {date} (import {batch}): importing "
                "it again creates nothing."
            ).format(date=plan.already_imported[1], batch=plan.already_imported[0])
        source = self.wiz.preview.source if self.wiz.preview else None
        if source is not None and source.encoding:
            text += " " + self.tr("Read as {encoding}.").format(
                encoding=imports.encoding_label(source.encoding)
            )
        if source is not None and source.cleaned:
            text += " " + cleaned_summary(source.cleaned)
        if source is not None and not_read_summary(source):
            text += " " + not_read_summary(source)
        self.summary.setText(text)
        suspects = self.wiz.preview.suspects if self.wiz.preview else []
        self.mangled.setVisible(bool(suspects))
        if suspects:
            self.mangled.setText(
                self.tr(
                    "%n values look mis-decoded, such as {values}. Go back to choose another "
                    "encoding if names read wrong.",
                    "",
                    len(suspects),
                ).format(values=", ".join(f"« {s.value} » ({s.where})" for s in suspects[:3]))
            )
        if plan.duplicates:
            self.dup_view.selectRow(0)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wiz.preview is not None and not self.wiz.busy()

    def _current_duplicate(self) -> int | None:
        row = self.dup_view.currentIndex().row()
        if row < 0 or row >= len(self.dup_model.rows):
            return None
        return int(self.dup_model.rows[row])

    def _show_duplicate(self) -> None:
        key = self._current_duplicate()
        self.fields.blockSignals(True)
        self.fields.setRowCount(0)
        if key is not None:
            dup = self._plan().duplicates[key]
            self.action.setCurrentIndex(self.action.findData(dup.action))
            self.fields.setRowCount(len(dup.fields))
            for row, choice in enumerate(dup.fields):
                self.fields.setItem(row, 0, QTableWidgetItem(_field_name(choice.field)))
                self.fields.setItem(row, 1, QTableWidgetItem(choice.current))
                self.fields.setItem(row, 2, QTableWidgetItem(choice.incoming))
                keep = QTableWidgetItem(self.tr("the file's value"))
                keep.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                keep.setCheckState(
                    Qt.CheckState.Checked if choice.keep == "incoming" else Qt.CheckState.Unchecked
                )
                self.fields.setItem(row, 3, keep)
        self.fields.blockSignals(False)

    def _field_toggled(self, item: QTableWidgetItem) -> None:
        key = self._current_duplicate()
        if key is None or item.column() != 3:
            return
        choice = self._plan().duplicates[key].fields[item.row()]
        choice.keep = "incoming" if item.checkState() == Qt.CheckState.Checked else "current"

    def _set_action(self) -> None:
        key = self._current_duplicate()
        if key is not None:
            self._plan().set_action(str(self.action.currentData()), item=key)
            self.dup_model.refresh()
            self.dup_view.selectRow(self.dup_model.rows.index(key))

    def _set_all(self, action: str) -> None:
        self._plan().set_action(action)
        self.dup_model.refresh()
        self._show_duplicate()

    def validatePage(self) -> bool:
        if self.wiz.outcome is not None:
            return True
        plan = self._plan()
        sender = self.wiz.file_page.sender_edit.text().strip()

        def work(store: Store, job: Job) -> BatchResult:
            return imports.commit(store, plan, sender=sender, progress=job.progress)

        def done(result: object) -> None:
            assert isinstance(result, BatchResult)
            self.wiz.outcome = result
            if result.batch is not None:
                self.wiz.imported.emit(result.batch)
            self.wiz.next()

        def failed(message: str) -> None:
            self.message.setText(message)
            self.completeChanged.emit()

        self.summary.setText(self.tr("Writing…"))
        self.wiz.start(work, done, failed, self.progress)
        self.completeChanged.emit()
        return False


def _field_name(name: str) -> str:
    names = {
        "civility": translate("Import", "Civility"),
        "given_name": translate("Import", "Given name"),
        "family_name": translate("Import", "Family name"),
        "native_name": translate("Import", "Native-script name"),
        "title": translate("Import", "Job title"),
        "organisation_name": translate("Import", "Organisation"),
        "department": translate("Import", "Department"),
        "street": translate("Import", "Street"),
        "postal_code": translate("Import", "Postal code"),
        "city": translate("Import", "City"),
        "region": translate("Import", "Region / state"),
        "country": translate("Import", "Country"),
        "emails": translate("Import", "E-mails"),
        "phones": translate("Import", "Telephones"),
        "tags": translate("Import", "Tags"),
        "notes": translate("Import", "Notes"),
    }
    return names.get(name, name)


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportSteps) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Done"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Result of the import"))
        self.undo_button = QPushButton(self.tr("&Undo this import"))
        self.undo_button.clicked.connect(self._undo)
        self.errors = RowsModel(
            [self.tr("Where"), self.tr("Name"), self.tr("Not imported because")],
            [],
            lambda e: [e["where"], e["name"], e["message"]],
        )
        self.error_view = table_view(self.errors, self.tr("Rows not imported"))
        self.phones = phone_model()
        self.phone_view = table_view(self.phones, self.tr("Telephones kept as typed"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addWidget(self.error_view, 1)
        layout.addWidget(self.phone_view, 1)

    def nextId(self) -> int:
        return -1  # the last page (the full export's pages come after it in number)

    def initializePage(self) -> None:
        result = self.wiz.outcome
        assert result is not None
        if result.already_imported is not None:
            self.text.setText(
                self.tr(
                    "This file was already imported (import {batch}); nothing was created."
                ).format(batch=result.already_imported)
            )
            self.undo_button.hide()
            self.error_view.hide()
            self.phone_view.hide()
            return
        text = self.tr(
            "Import {batch}: {counts} ({orgs}). It can be undone here or later from "
            "Tools › Import history."
        ).format(
            batch=result.batch,
            counts=result.counts_text(),
            orgs=self.tr("%n new organisation(s)", "", result.organisations_created),
        )
        if result.activities:
            text += " " + self.tr(
                "%n activities written for the dates of contact.", "", result.activities
            )
        phones = len(result.phones_kept_as_typed)
        if phones:
            text += " " + self.tr(
                "%n telephone number(s) were kept as typed, without an international form "
                "(listed below): they are not valid in the country they were read with.",
                "",
                phones,
            )
        source = self.wiz.source
        if source is not None and source.cleaned:
            text += " " + cleaned_summary(source.cleaned)
        self.text.setText(text)
        self.undo_button.show()
        self.errors.rows = list(result.errors)
        self.errors.refresh()
        self.error_view.setVisible(bool(result.errors))
        self.phones.rows = list(result.phones_kept_as_typed)
        self.phones.refresh()
        self.phone_view.setVisible(bool(phones))

    def _undo(self) -> None:
        result = self.wiz.outcome
        assert result is not None and result.batch is not None
        if undo_batch(self, self.wiz.store, result.batch):
            self.text.setText(self.tr("Import {batch} was undone.").format(batch=result.batch))
            self.undo_button.hide()
            self.wiz.imported.emit(result.batch)
