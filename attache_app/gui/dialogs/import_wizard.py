"""The import wizard: file → sheet and mapping → preview → result.

Reading, planning and writing run in the thread pool through the application's one
background mechanism (:class:`~attache_app.gui.operations.Background`), shown by the page's
own progress bar; Cancel stops them, and a cancelled write is rolled back whole. Nothing is
written before the last step.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from attache_app.domain.controls import shown_name
from attache_app.domain.countries import country_name
from attache_app.errors import AttacheError
from attache_app.gui.dialogs.full_import_page import FullPage, FullResultPage
from attache_app.gui.main_window import IMPORTABLE_SUFFIXES
from attache_app.gui.operations import Background
from attache_app.gui.texts import literal
from attache_app.gui.widgets.dates import format_when
from attache_app.gui.widgets.fields import combo_value, country_combo
from attache_app.gui.workers import Job, TaskRunner
from attache_app.i18n import translate
from attache_app.importing.mapping import FIELDS, KEEP, Column, column_for, field_label
from attache_app.importing.plan import CREATE, MERGE, SKIP, Plan
from attache_app.importing.reading import cell_text, cleaned_summary
from attache_app.services import imports, post
from attache_app.services.imports import BatchResult, Preview, Source
from attache_app.storage.db import Store

FILE_FILTER_SUFFIXES = IMPORTABLE_SUFFIXES

PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_RESULT, PAGE_FULL, PAGE_FULL_RESULT = range(6)


class RowsModel(QAbstractTableModel):
    """A read-only table over a list, computed as rows are shown (100,000 rows are fine)."""

    def __init__(
        self, headers: list[str], rows: list[Any], cells: Callable[[Any], list[str]]
    ) -> None:
        super().__init__()
        self.headers = headers
        self.rows = rows
        self.cells = cells

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            return self.cells(self.rows[index.row()])[index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()


def _table_view(model: QAbstractTableModel, name: str, stretch: int = -1) -> QTableView:
    """A read-only list; column ``stretch`` takes the spare width, the others fit their
    content (measured on the rows shown, so 100,000 rows cost nothing)."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(50)
    for column in range(model.columnCount()):
        header.setSectionResizeMode(
            column,
            QHeaderView.ResizeMode.Stretch
            if column == (stretch % model.columnCount())
            else QHeaderView.ResizeMode.ResizeToContents,
        )
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    return view


def action_label(action: str) -> str:
    return {
        MERGE: translate("Import", "Merge"),
        SKIP: translate("Import", "Skip"),
        CREATE: translate("Import", "Create anyway"),
    }[action]


class ImportWizard(QWizard):
    imported = Signal(int)
    """A batch was written (its id)."""

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
        self.source: Source | None = None
        self.preview: Preview | None = None
        self.outcome: BatchResult | None = None
        self.full_plan: imports.FullPlan | None = None
        """The plan of a full export (read back whole: ``full_import_page``)."""
        self.full_outcome: imports.FullResult | None = None
        self.job: Job | None = None
        self._closing = False
        self.setWindowTitle(self.tr("Import contacts"))
        self.setAccessibleName(self.windowTitle())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        self.setPage(PAGE_FILE, self.file_page)
        self.setPage(PAGE_MAPPING, self.mapping_page)
        self.setPage(PAGE_PREVIEW, self.preview_page)
        self.setPage(PAGE_RESULT, self.result_page)
        self.full_page = FullPage(self)
        self.full_result_page = FullResultPage(self)
        self.setPage(PAGE_FULL, self.full_page)
        self.setPage(PAGE_FULL_RESULT, self.full_result_page)
        self.resize(980, 640)
        if path is not None:
            self.file_page.path.setText(str(path))

    # --- background work ---------------------------------------------------------------

    def busy(self) -> bool:
        return self.job is not None

    def start(
        self,
        work: Callable[[Store, Job], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
        progress: QProgressBar,
    ) -> None:
        """Run one step (read, plan, write) through the application's one background
        mechanism (:class:`~attache_app.gui.operations.Background`), its progress shown by
        the page's own bar; the wizard's Cancel stops it."""
        progress.setRange(0, 0)
        progress.show()

        def show(done_count: int, total: int) -> None:
            progress.setRange(0, total)
            progress.setValue(done_count)

        def ended() -> None:
            self.job = None
            progress.hide()
            background.deleteLater()

        def finish(result: object) -> None:
            ended()
            if self._closing:
                if isinstance(result, BatchResult) and result.batch is not None:
                    self.imported.emit(result.batch)  # written before Cancel was seen
                QWizard.reject(self)
                return
            done(result)

        def fail(message: str) -> None:
            ended()
            if self._closing:
                QWizard.reject(self)
                return
            failed(message)

        background = Background(self.runner, work, finish, fail, progress=show, parent=self)
        self.job = background.job

    def reject(self) -> None:
        if self.job is not None:
            # Stop the work (a write in progress rolls back) and go at once; the wizard
            # closes for good when the work has stopped, without blocking the window.
            self.job.cancel.set()
            self._closing = True
            self.hide()
            return
        super().reject()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Which file?"))
        self.setSubTitle(
            self.tr(
                "CSV or TSV (from Excel, Outlook, Google, Thunderbird), Excel or OpenDocument "
                "workbooks, vCards from phones and mail programs, LDIF address books."
            )
        )
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.textChanged.connect(self._changed)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.sender_edit = QLineEdit()
        self.sender_edit.setAccessibleName(self.tr("Sent by"))
        self.sender_edit.setPlaceholderText(self.tr("e.g. SST Tokyo, Business France, a colleague"))
        self.mapping = QComboBox()
        self.mapping.setAccessibleName(self.tr("Saved mapping"))
        self.mapping.addItem(self.tr("Automatic (from the column names)"), "")
        for name in imports.mapping_names(wizard.store):
            self.mapping.addItem(name, name)
        # National phone numbers are read with the row's country, else its organisation's,
        # else this region, and the post's only last.
        self.region = country_combo("")
        post_region = post.get_settings(wizard.store).phone_region
        self.region.setItemText(
            0, self.tr("the post's region ({country})").format(country=country_name(post_region))
        )
        self.region.setAccessibleName(self.tr("Country of the telephone numbers"))
        self.region.setToolTip(
            self.tr(
                "National numbers (without +) are read with the country of their row, else of "
                "their organisation, else this one. A number that is not valid there is kept "
                "as typed and listed before anything is written."
            )
        )
        self.region.currentIndexChanged.connect(self._region_changed)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.message.setAccessibleName(self.tr("Problem with the file"))
        self.progress = QProgressBar()
        self.progress.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("&File:"), row)
        form.addRow(self.tr("Sent &by:"), self.sender_edit)
        form.addRow(self.tr("&Mapping:"), self.mapping)
        form.addRow(self.tr("&Telephones of rows without a country:"), self.region)
        form.addRow(self.message)
        form.addRow(self.progress)
        self._loaded_for = ""

    def _browse(self) -> None:
        patterns = " ".join(f"*{s}" for s in FILE_FILTER_SUFFIXES)
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            str(Path(self.path.text()).parent) if self.path.text() else str(Path.home()),
            self.tr("Contact lists ({patterns});;All files (*)").format(patterns=patterns),
        )
        if name:
            self.path.setText(name)

    def _changed(self) -> None:
        self.message.clear()
        self.completeChanged.emit()

    def _region_changed(self) -> None:
        self.wiz.preview = None  # read the numbers again

    def region_code(self) -> str:
        return combo_value(self.region)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and not self.wiz.busy()

    def validatePage(self) -> bool:
        key = self.path.text().strip()
        loaded = self.wiz.source is not None or self.wiz.full_plan is not None
        if loaded and self._loaded_for == key:
            return True
        self.load(Path(key))
        return False

    def load(self, path: Path, sheet: str = "") -> None:
        self.message.clear()
        self.completeChanged.emit()

        def work(store: Store, job: Job) -> Source | imports.FullPlan:
            job.progress(0, 1)
            if not sheet and imports.is_full_export(path):
                return imports.plan_full(store, path, progress=job.progress)
            return imports.read(path, sheet=sheet)

        def done(source: object) -> None:
            self.wiz.full_plan = source if isinstance(source, imports.FullPlan) else None
            if self.wiz.full_plan is not None:
                self.wiz.source = None
                self._loaded_for = str(path)
                self.completeChanged.emit()
                self.wiz.next()
                return
            assert isinstance(source, Source)
            self.wiz.source = source
            self.wiz.preview = None
            self._loaded_for = str(path)
            self.completeChanged.emit()
            self.wiz.next()

        def failed(message: str) -> None:
            self.message.setText(message)
            self.completeChanged.emit()

        self.wiz.start(work, done, failed, self.progress)

    def nextId(self) -> int:
        if self.wiz.full_plan is not None:
            return PAGE_FULL  # a full export: read back whole, no mapping
        source = self.wiz.source
        if source is not None and source.table is None:
            return PAGE_PREVIEW  # vCard and LDIF need no mapping
        return PAGE_MAPPING


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Which column holds what?"))
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.sheet.activated.connect(self._sheet_chosen)
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet)
        # The encoding of a text file, as LibreOffice's text import shows it: found from
        # the bytes, and the user's to change when the names below read wrong.
        self.encoding = QComboBox()
        self.encoding.setAccessibleName(self.tr("Encoding"))
        self.encoding.activated.connect(self._encoding_chosen)
        self.encoding_label = QLabel(self.tr("&Encoding:"))
        self.encoding_label.setBuddy(self.encoding)
        self.encoding_origin = QLabel()
        self.sample = QLabel()
        self.sample.setWordWrap(True)
        self.sample.setAccessibleName(self.tr("Names as read"))
        self.mangled = QLabel()
        self.mangled.setWordWrap(True)
        self.mangled.setStyleSheet("color: #b00020")
        self.mangled.setAccessibleName(self.tr("Names that look mis-decoded"))
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.columns = QTableWidget(0, 3)
        self.columns.setAccessibleName(self.tr("Columns of the file"))
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("First values"), self.tr("Goes to")]
        )
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().hide()
        self.save_as = QLineEdit()
        self.save_as.setAccessibleName(self.tr("Save this mapping as"))
        self.save_as.setPlaceholderText(self.tr("a name, to map the next file from this sender"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        top = QHBoxLayout()
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet, 1)
        top.addWidget(self.encoding_label)
        top.addWidget(self.encoding, 1)
        top.addWidget(self.encoding_origin)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.about)
        layout.addWidget(self.sample)
        layout.addWidget(self.mangled)
        layout.addWidget(self.columns, 1)
        save_row = QFormLayout()
        save_row.addRow(self.tr("Save the mapping &as:"), self.save_as)
        layout.addLayout(save_row)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        source = self.wiz.source
        assert source is not None and source.table is not None
        name = self.wiz.file_page.mapping.currentData()
        if name:
            try:
                self.wiz.preview = None
                source.mapping = imports.load_mapping(self.wiz.store, name, source.headers)
            except AttacheError as error:
                self.message.setText(str(error))
        table = source.table
        self.sheet.clear()
        self.sheet.addItems(table.sheets)
        self.sheet.setCurrentText(table.sheet)
        self.sheet.setVisible(bool(table.sheets))
        self.sheet_label.setVisible(bool(table.sheets))
        self._show_encoding(source)
        rows = len(table.rows)
        details = [
            self.tr("%n row(s)", "", rows),
            self.tr("header on row {row}").format(row=table.row_numbers[0] - 1)
            if table.has_header and table.row_numbers
            else self.tr("no header row: columns recognised from their content"),
        ]
        assert source.mapping is not None
        preset = source.mapping.preset
        if preset and preset != "inferred":
            details.append(self.tr("recognised as {program}").format(program=_preset_name(preset)))
        self.about.setText(" · ".join(d for d in details if d))
        self._fill(source)

    def _fill(self, source: Source) -> None:
        assert source.table is not None and source.mapping is not None
        table = source.table
        self.columns.setRowCount(len(table.headers))
        self.combos = []
        for index, header in enumerate(table.headers):
            samples = [
                cell_text(row[index])
                for row in table.rows[:50]
                if index < len(row) and cell_text(row[index])
            ][:3]
            title = header or self.tr("Column {n}").format(n=index + 1)
            self.columns.setItem(index, 0, QTableWidgetItem(title))
            self.columns.setItem(index, 1, QTableWidgetItem(" · ".join(samples)))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for {column}").format(column=title))
            for name in ("", KEEP, *(f for f in FIELDS if f != KEEP)):
                combo.addItem(field_label(name), name)
            combo.insertSeparator(2)
            combo.setToolTip(
                self.tr(
                    "Where the values of this column go: a field, the notes of the person "
                    "(as « {header}: value »), or nowhere when you ignore the column."
                ).format(header=title)
            )
            column = source.mapping.columns.get(index, Column(""))
            combo.setCurrentIndex(max(0, combo.findData(column.field)))
            combo.setProperty("label", column.label)
            combo.setProperty("field", column.field)
            combo.setProperty("header", header)
            self.combos.append(combo)
            self.columns.setCellWidget(index, 2, combo)
        self.columns.resizeColumnToContents(0)
        self.columns.setColumnWidth(2, 220)

    def _sheet_chosen(self) -> None:
        source = self.wiz.source
        if source is None or source.table is None or self.sheet.currentText() == source.table.sheet:
            return

        def work(_store: Store, job: Job) -> Source:
            job.progress(0, 1)
            return imports.read(source.path, sheet=self.sheet.currentText())

        def done(fresh: object) -> None:
            assert isinstance(fresh, Source)
            self.wiz.source = fresh
            self.wiz.preview = None
            self.initializePage()

        self.wiz.start(work, done, self.message.setText, self.progress)

    def _show_encoding(self, source: Source) -> None:
        """The encoding used, a sample of the names as read, and those that look wrong."""
        text = bool(source.encoding)
        for widget in (self.encoding_label, self.encoding, self.encoding_origin, self.sample):
            widget.setVisible(text)
        self.mangled.clear()
        self.mangled.setVisible(False)
        if not text:
            return
        self.encoding.clear()
        for choice in imports.encoding_choices():
            self.encoding.addItem(choice.label, choice.codec)
        index = next(
            (
                i
                for i in range(self.encoding.count())
                if imports.same_encoding(str(self.encoding.itemData(i)), source.encoding)
            ),
            -1,
        )
        if index < 0:  # the detector's guess, outside the usual list
            self.encoding.addItem(source.encoding, source.encoding)
            index = self.encoding.count() - 1
        self.encoding.setCurrentIndex(index)
        self.encoding_origin.setText(
            self.tr("(your choice)") if source.chosen_encoding else self.tr("(found in the file)")
        )
        names = imports.sample_names(source, 6)
        self.sample.setText(
            self.tr("Names as read: {names}").format(names=" · ".join(names)) if names else ""
        )
        suspects = imports.mangled_values(source, 100)
        if suspects:
            shown = ", ".join(f"« {s.value} »" for s in suspects[:3])
            self.mangled.setText(
                self.tr(
                    "%n values look mis-decoded ({values}): if names read wrong, choose "
                    "another encoding.",
                    "",
                    len(suspects),
                ).format(values=shown)
            )
            self.mangled.setVisible(True)

    def _encoding_chosen(self) -> None:
        source = self.wiz.source
        chosen = str(self.encoding.currentData() or "")
        if source is None or not chosen or imports.same_encoding(chosen, source.encoding):
            return
        self.message.clear()

        def work(_store: Store, job: Job) -> Source:
            job.progress(0, 1)
            return imports.read(source.path, encoding=chosen)

        def done(fresh: object) -> None:
            assert isinstance(fresh, Source)
            self.wiz.source = fresh
            self.wiz.preview = None
            self.initializePage()

        def failed(message: str) -> None:
            self.message.setText(message)
            self._show_encoding(source)  # back to the encoding still in use

        self.wiz.start(work, done, failed, self.progress)

    def mapping_columns(self) -> dict[int, Column]:
        """The columns as the combos say; a column whose field was changed takes the label
        the new field gives its header (which address it belongs to…)."""
        columns: dict[int, Column] = {}
        for index, combo in enumerate(self.combos):
            chosen = str(combo.currentData())
            if chosen == str(combo.property("field") or ""):
                columns[index] = Column(chosen, str(combo.property("label") or ""))
            else:
                columns[index] = column_for(str(combo.property("header") or ""), chosen)
        return columns

    def validatePage(self) -> bool:
        source = self.wiz.source
        assert source is not None and source.mapping is not None
        columns = self.mapping_columns()
        if columns != source.mapping.columns:
            source.mapping.columns = columns
            self.wiz.preview = None
        fields = {c.field for c in columns.values()}
        if not fields & {"full_name", "given_name", "family_name", "native_name", "email"}:
            self.message.setText(self.tr("Map at least one column to a name or an e-mail."))
            return False
        if self.save_as.text().strip():
            try:
                imports.save_mapping(self.wiz.store, self.save_as.text(), source)
            except AttacheError as error:
                self.message.setText(str(error))
                return False
        return True


def _preset_name(key: str) -> str:
    from attache_app.importing.mapping import PRESETS

    return next((p.name for p in PRESETS if p.key == key), key)


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
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
        self.new_view = _table_view(self.new_model, self.tr("New records"))
        self.dup_model = RowsModel(
            [self.tr("Where"), self.tr("In the file"), self.tr("Already known"),
             self.tr("Why"), self.tr("Action")],
            [],
            self._dup_cells,
        )  # fmt: skip
        self.dup_view = _table_view(self.dup_model, self.tr("Duplicates"), stretch=3)
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
        self.error_view = _table_view(self.error_model, self.tr("Errors"))
        self.phone_model = phone_model()
        self.phone_view = _table_view(self.phone_model, self.tr("Telephones kept as typed"))
        self.column_model = RowsModel(
            [self.tr("Column"), self.tr("Filled rows"), self.tr("Goes to")],
            [],
            self._column_cells,
        )
        self.column_view = _table_view(self.column_model, self.tr("Columns of the file"))
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
    def __init__(self, wizard: ImportWizard) -> None:
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
        self.error_view = _table_view(self.errors, self.tr("Rows not imported"))
        self.phones = phone_model()
        self.phone_view = _table_view(self.phones, self.tr("Telephones kept as typed"))
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
            "Import {batch}: {created} created, {updated} updated, {skipped} skipped, "
            "{errors} errors ({orgs} new organisations). It can be undone here or later "
            "from Tools › Import history."
        ).format(
            batch=result.batch,
            created=result.created,
            updated=result.updated,
            skipped=result.skipped,
            errors=len(result.errors),
            orgs=result.organisations_created,
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


def phone_model() -> RowsModel:
    """The numbers kept as typed: where, who, the number, the country it was read with."""
    return RowsModel(
        [translate("Import", "Where"), translate("Import", "Name"),
         translate("Import", "Number"), translate("Import", "Read as a number of")],
        [],
        lambda p: [p["where"], p["name"], p["number"], country_name(p["region"])],
    )  # fmt: skip


def undo_batch(parent: QWidget, store: Store, batch_id: int) -> bool:
    """Undo a batch after a question saying what will be undone (and another when records
    were edited since), then a summary of what was; True when undone."""
    title = translate("Import", "Undo the import")
    info = next((b for b in imports.history(store) if b.id == batch_id), None)
    pending = imports.undo_preview(store, batch_id)
    question = translate("Import", "Undo the import of {file} ({date})?").format(
        file=info.file_name if info else batch_id,
        date=format_when(info.imported_at) if info else "",
    )
    details = translate(
        "Import",
        "Persons it created: {persons} and organisations: {organisations} will be deleted; "
        "persons it updated: {updated} and organisations it completed: {completed} get "
        "their previous values back.",
    ).format(
        persons=pending["persons_created"],
        organisations=pending["organisations_created"],
        updated=pending["persons_updated"],
        completed=pending["organisations_updated"],
    )
    # A full export's batch also holds notes, activities, programmes, settings…
    main = {"persons_created", "organisations_created", "persons_updated", "tags_created"}
    others_created = sum(v for k, v in pending.items() if k.endswith("_created") and k not in main)
    others_updated = sum(v for k, v in pending.items() if k.endswith("_updated") and k not in main)
    if others_created or others_updated:
        details += " " + translate(
            "Import",
            "Other records it created: {created} will be deleted; other records it "
            "changed: {updated} get their previous values back.",
        ).format(created=others_created, updated=others_updated)
    answer = QMessageBox.question(
        parent,
        title,
        question + "\n\n" + details,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        try:
            done = imports.undo(store, batch_id)
        except imports.UndoConflict as conflict:
            answer = QMessageBox.question(
                parent,
                title,
                str(conflict),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            done = imports.undo(store, batch_id, force=True)
    except AttacheError as error:
        QMessageBox.warning(parent, title, str(error))
        return False
    summary = QMessageBox(
        QMessageBox.Icon.Information,
        title,
        translate(
            "Import",
            "Import undone. Deleted: {removed}. Given their previous values back: "
            "{restored}. Organisations kept because other persons joined them: {kept}.",
        ).format(**done),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    summary.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    summary.open()
    return True
