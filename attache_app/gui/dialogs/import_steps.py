"""The import wizard's common parts: the background steps (:class:`ImportSteps`, which the
wizard is), the file page, the tables of rows, and undoing a batch (also from the import
history).

Reading, planning and writing run in the thread pool through the application's one
background mechanism (:class:`~attache_app.gui.background.Background`), shown by the page's
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
    QTableView,
    QWidget,
    QWizard,
    QWizardPage,
)

from attache_app.domain.countries import country_name
from attache_app.errors import AttacheError
from attache_app.gui.background import Background
from attache_app.gui.widgets.dates import format_when
from attache_app.gui.widgets.fields import combo_value, country_combo
from attache_app.gui.workers import Job, TaskRunner
from attache_app.i18n import translate
from attache_app.importing.plan import CREATE, MERGE, SKIP
from attache_app.services import imports, post
from attache_app.services.database import Store
from attache_app.services.imports import BatchResult, Preview, Source

FILE_FILTER_SUFFIXES = imports.IMPORTABLE_SUFFIXES

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


def table_view(model: QAbstractTableModel, name: str, stretch: int = -1) -> QTableView:
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


class ImportSteps(QWizard):
    """The wizard as its pages see it: the file read, the preview planned, the outcome
    written, and the one step running in the background."""

    imported = Signal(int)
    """A batch was written (its id)."""
    package_chosen = Signal(str)
    """The file chosen is a hand-over package (its path): the window opens it instead."""

    store: Store
    runner: TaskRunner
    source: Source | None
    preview: Preview | None
    outcome: BatchResult | None
    full_plan: imports.FullPlan | None
    """The plan of a full export (read back whole: ``full_import_page``)."""
    full_outcome: imports.FullResult | None
    job: Job | None
    _closing: bool
    file_page: FilePage

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
        mechanism (:class:`~attache_app.gui.background.Background`), its progress shown by
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
    def __init__(self, wizard: ImportSteps) -> None:
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
        from attache_app.services.handover_reading import is_package

        if is_package(Path(key)):  # a hand-over package: its own dialog (gui/handover_import)
            self.wiz.package_chosen.emit(key)
            return False
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
