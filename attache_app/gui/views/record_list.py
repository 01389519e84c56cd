"""One list per kind of record: quick filter, filters, SQL sorting, column chooser, selection."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from attache_app.domain import enums
from attache_app.domain.enums import RecordKind
from attache_app.gui.models.columns import LISTS
from attache_app.gui.models.record_table import ID_ROLE, RecordTableModel
from attache_app.gui.preferences import Preferences
from attache_app.gui.texts import literal
from attache_app.gui.widgets.dates import NO_DATE, DateField
from attache_app.gui.workers import TaskRunner
from attache_app.services import records, search
from attache_app.services.database import Store

FILL_LEAST = 240
"""The column of each list that takes the width left over (``LISTS[kind].fill``) is never
narrower than this (nor than 40 % of the list, up to its default width), even when the list
is too narrow for every column."""


class RecordListView(QWidget):
    """The list of one kind; the main window wires its requests to editors and commands."""

    open_requested = Signal(str, int)
    new_requested = Signal(str)
    delete_requested = Signal(str, list)
    export_requested = Signal(str, str, list)
    privacy_requested = Signal(str, int)
    """("access" or "erase", person id): the right of access, or erasure."""
    """(kind, format, ids): export these records (csv, vcf or ics)."""
    tag_requested = Signal(str, list)
    loaded = Signal(int)
    """Emitted with the number of rows each time the ids arrive."""

    def __init__(
        self,
        store: Store,
        kind: RecordKind,
        runner: TaskRunner,
        preferences: Preferences,
        post_tz: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.runner = runner
        self.preferences = preferences
        self._generation = 0
        self._choices_generation = 0
        self._fitting = False
        self.extra_filters: dict[str, Any] = {}
        """Filters set from outside the list (the programme chosen beside the deadlines)."""
        self._sort_key = LISTS[kind].sort
        self._descending = False
        self.model = RecordTableModel(store, kind, post_tz, self)

        self.filter_box = QLineEdit()
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setPlaceholderText(self.tr("Filter this list…  (Ctrl+F)"))
        self.filter_box.setAccessibleName(self.tr("Quick filter"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.filter_box.textChanged.connect(lambda _text: self._debounce.start())

        # Never narrower than its placeholder (« Filtrer cette liste…  (Ctrl+F) »).
        metrics = self.filter_box.fontMetrics()
        self.filter_box.setMinimumWidth(
            metrics.horizontalAdvance(self.filter_box.placeholderText()) + 48
        )
        self.filters: dict[str, QWidget] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.filter_box, 1)
        filter_row = QHBoxLayout()
        self._build_filters(filter_row)
        filter_row.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of records shown"))
        bar.addWidget(self.count_label)
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.setAccessibleName(self.tr("New record"))
        self.new_button.clicked.connect(lambda: self.new_requested.emit(str(self.kind)))
        bar.addWidget(self.new_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(kind.plural_label)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda ix: self._open_row(ix.row()))
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        for number, column in enumerate(self.model.columns):
            header.resizeSection(number, column.width)
            header.setSectionHidden(number, not column.visible)
        saved = preferences.header(str(kind))
        if saved is not None:
            header.restoreState(saved)
        elif kind is RecordKind.DEADLINE:
            # The title right after the date: at 1024 px it is seen without scrolling.
            keys = [c.key for c in self.model.columns]
            header.moveSection(header.visualIndex(keys.index("title")), 1)
        header.setSortIndicator(self._sort_column(), Qt.SortOrder.AscendingOrder)
        # Connected once the header is set: restoring it and setting the indicator each
        # asked the model to sort, which queried the ids twice more at every start.
        self.model.sort_requested.connect(self._sort)
        header.sectionResized.connect(self._save_header)
        header.sectionMoved.connect(self._save_header)
        keys = [c.key for c in self.model.columns]
        fill = LISTS[kind].fill
        self._fill_column = keys.index(fill) if fill in keys else -1
        header.setStretchLastSection(self._fill_column < 0)
        self.table.viewport().installEventFilter(self)
        header.sectionResized.connect(self._section_resized)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        if filter_row.count() > 1:
            layout.addLayout(filter_row)
        layout.addWidget(self.table)

        open_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        open_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        open_shortcut.activated.connect(self.open_current)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fill_width()
        return super().eventFilter(watched, event)

    def _section_resized(self, number: int, _old: int, _new: int) -> None:
        if not self._fitting and number != self._fill_column:
            self.fill_width()

    def fill_width(self) -> None:
        """Give the width the other columns leave to the key column (a title is not cut
        while a status column is half the list wide)."""
        header = self.table.horizontalHeader()
        number = self._fill_column
        if number < 0 or header.isSectionHidden(number):
            header.setStretchLastSection(True)
            return
        header.setStretchLastSection(False)
        others = sum(
            header.sectionSize(i)
            for i in range(header.count())
            if i != number and not header.isSectionHidden(i)
        )
        viewport = self.table.viewport().width()
        least = min(self.model.columns[number].width, max(FILL_LEAST, int(viewport * 0.4)))
        wanted = max(least, viewport - others)
        if header.sectionSize(number) != wanted:
            self._fitting = True  # a fitted width is not the user's choice to save
            try:
                header.resizeSection(number, wanted)
            finally:
                self._fitting = False

    # --- filters ---------------------------------------------------------------------

    def _combo(self, name: str, label: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(label)
        combo.setToolTip(label)
        combo.addItem(label, "")
        for value, text in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filters[name] = combo
        return combo

    def _date(self, name: str, label: str) -> DateField:
        edit = DateField(optional=True, empty_text=label)
        edit.setAccessibleName(label)
        edit.setToolTip(label)
        edit.dateChanged.connect(lambda _d: self.refresh())
        self.filters[name] = edit
        return edit

    def _build_filters(self, bar: QHBoxLayout) -> None:
        kind = self.kind
        if kind in (RecordKind.PERSON, RecordKind.ORGANISATION):
            bar.addWidget(self._combo("tag", self.tr("All tags"), []))
            bar.addWidget(self._combo("country", self.tr("All countries"), []))
            bar.addWidget(
                self._combo(
                    "organisation_kind" if kind is RecordKind.PERSON else "kind",
                    self.tr("All kinds of organisation"),
                    [(k.value, k.label) for k in enums.OrganisationKind],
                )
            )
            if kind is RecordKind.PERSON:
                orphans = QCheckBox(self.tr("Without organisation"))
                orphans.toggled.connect(lambda _b: self.refresh())
                self.filters["without_organisation"] = orphans
                bar.addWidget(orphans)
            self.reload_choices()
        elif kind is RecordKind.NOTE:
            bar.addWidget(
                self._combo(
                    "status",
                    self.tr("All statuses"),
                    [(s.value, s.label) for s in enums.NoteStatus],
                )
            )
            bar.addWidget(self._combo("theme", self.tr("All themes"), []))
            bar.addWidget(self._date("date_from", self.tr("From")))
            bar.addWidget(self._date("date_to", self.tr("To")))
            self.reload_choices()
        elif kind is RecordKind.INTERACTION:
            bar.addWidget(
                self._combo(
                    "kind",
                    self.tr("All kinds"),
                    [(k.value, k.label) for k in enums.InteractionKind],
                )
            )
            bar.addWidget(self._date("date_from", self.tr("From")))
            bar.addWidget(self._date("date_to", self.tr("To")))
        elif kind is RecordKind.DEADLINE:
            bar.addWidget(
                self._combo(
                    "status",
                    self.tr("All statuses"),
                    [(s.value, s.label) for s in enums.DeadlineStatus],
                )
            )
            bar.addWidget(self._date("after", self.tr("From")))
            bar.addWidget(self._date("before", self.tr("To")))

    def reload_choices(self) -> None:
        """Refill the choices that come from the data (tags, countries, themes): read in a
        worker (over 100,000 contacts, the distinct countries and tags are a scan)."""
        kind = self.kind
        if kind not in (RecordKind.PERSON, RecordKind.ORGANISATION, RecordKind.NOTE):
            return
        self._choices_generation += 1
        generation = self._choices_generation

        def work(store: Store) -> dict[str, list[tuple[str, str]]]:
            return records.filter_choices(store, kind)

        def done(choices: dict[str, list[tuple[str, str]]]) -> None:
            if generation == self._choices_generation:
                self._fill_choices(choices)

        self.runner.run(work, done)

    def _fill_choices(self, choices: dict[str, list[tuple[str, str]]]) -> None:
        for name, items in choices.items():
            combo = self.filters[name]
            assert isinstance(combo, QComboBox)
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, text in items:
                combo.addItem(text, value)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def filter_values(self) -> dict[str, Any]:
        values: dict[str, Any] = dict(self.extra_filters)
        for name, widget in self.filters.items():
            if isinstance(widget, QComboBox) and widget.currentData():
                values[name] = widget.currentData()
            elif isinstance(widget, QCheckBox) and widget.isChecked():
                values[name] = True
            elif isinstance(widget, DateField) and widget.date() != NO_DATE:
                text = widget.date().toString("yyyy-MM-dd")
                values[name] = f"{text}T23:59:59Z" if name == "before" else text
        return values

    # --- loading ---------------------------------------------------------------------

    def _sort_column(self) -> int:
        for number, column in enumerate(self.model.columns):
            if column.sort == self._sort_key:
                return number
        return 0

    def _sort(self, key: str, descending: bool) -> None:
        self._sort_key, self._descending = key, descending
        self.refresh()

    def refresh(self) -> None:
        """Query the ids again (in a worker) with the current filters and order."""
        self._generation += 1
        generation = self._generation
        kind, sort, descending = self.kind, self._sort_key, self._descending
        filters = self.filter_values()
        text = self.filter_box.text().strip()

        def work(store: Store) -> list[int]:
            ids = records.list_ids(store, kind, sort=sort, **filters)
            if descending:
                ids.reverse()
            return search.filter_ids(store, kind, ids, text) if text else ids

        def done(ids: object) -> None:
            if generation != self._generation:
                return  # a newer query is on its way
            assert isinstance(ids, list)
            selected = set(self.selected_ids())
            self.model.set_ids(ids)
            self.count_label.setText(self.tr("%n record(s)", "", len(ids)))
            self._reselect(selected)
            self.loaded.emit(len(ids))

        self.runner.run(work, done)

    def _reselect(self, ids: set[int]) -> None:
        if not ids:
            return
        selection = self.table.selectionModel()
        for record_id in ids:
            row = self.model.row_of(record_id)
            if row is not None:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def records_changed(self, kind: str) -> None:
        if kind in ("", str(self.kind)) or self.kind in (RecordKind.PERSON, RecordKind.DEADLINE):
            self.reload_choices()
            self.model.invalidate()
            self.refresh()

    # --- selection and actions -------------------------------------------------------

    def selected_ids(self) -> list[int]:
        selection = self.table.selectionModel()
        return [int(self.model.data(ix, ID_ROLE)) for ix in selection.selectedRows()]

    def select_id(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        self.open_requested.emit(str(self.kind), self.model.id_at(row))

    def focus_filter(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def _context_menu(self, point: QPoint) -> None:
        ids = self.selected_ids()
        menu = QMenu(self)
        open_action = menu.addAction(self.tr("Open"))
        open_action.setEnabled(len(ids) == 1)
        open_action.triggered.connect(self.open_current)
        if self.kind in (RecordKind.PERSON, RecordKind.ORGANISATION):
            tag_action = menu.addAction(self.tr("Tag…"))
            tag_action.setEnabled(bool(ids))
            tag_action.triggered.connect(lambda: self.tag_requested.emit(str(self.kind), ids))
        formats = {
            RecordKind.PERSON: [
                ("csv", self.tr("Export as CSV…")),
                ("vcf", self.tr("Export as vCard…")),
            ],
            RecordKind.ORGANISATION: [("csv", self.tr("Export as CSV…"))],
            RecordKind.DEADLINE: [("ics", self.tr("Export as a calendar (.ics)…"))],
        }.get(self.kind, [])
        if formats:
            chosen = ids if len(ids) > 1 else self.model.ids()
            export_menu = menu.addMenu(
                literal(
                    self.tr("Export the {count} selected").format(count=len(ids))
                    if len(ids) > 1
                    else self.tr("Export the list ({count})").format(count=len(chosen))
                )
            )
            for fmt, label in formats:
                export_menu.addAction(literal(label)).triggered.connect(
                    lambda _c=False, f=fmt: self.export_requested.emit(str(self.kind), f, chosen)
                )
        if self.kind is RecordKind.PERSON:
            access = menu.addAction(self.tr("Export all their data (right of access)…"))
            access.setEnabled(len(ids) == 1)
            access.triggered.connect(lambda: self.privacy_requested.emit("access", ids[0]))
            erase = menu.addAction(self.tr("Erase for good (GDPR)…"))
            erase.setEnabled(len(ids) == 1)
            erase.triggered.connect(lambda: self.privacy_requested.emit("erase", ids[0]))
        delete_action = menu.addAction(self.tr("Delete…"))
        delete_action.setEnabled(bool(ids))
        delete_action.triggered.connect(lambda: self.delete_requested.emit(str(self.kind), ids))
        menu.exec(self.table.viewport().mapToGlobal(point))

    def column_actions(self, parent: QWidget) -> list[QAction]:
        """Checkable actions that show or hide each column (the column chooser)."""
        header = self.table.horizontalHeader()
        actions = []
        for number, column in enumerate(self.model.columns):
            action = QAction(literal(column.header()), parent)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.toggled.connect(lambda on, n=number: self._show_column(n, on))
            actions.append(action)
        return actions

    def _show_column(self, number: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(number, not visible)
        self.fill_width()
        self._save_header()

    def _header_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        menu.setTitle(self.tr("Columns"))
        for action in self.column_actions(menu):
            menu.addAction(action)
        menu.exec(self.table.horizontalHeader().mapToGlobal(point))

    def _save_header(self, *_args: object) -> None:
        if self._fitting:
            return
        header: QHeaderView = self.table.horizontalHeader()
        self.preferences.set_header(str(self.kind), header.saveState())
