"""Échéances & programmes: the programmes and their yearly calls beside the deadlines."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attache_app.domain.countries import country_name
from attache_app.domain.enums import ProgrammeKind, RecordKind
from attache_app.domain.timeutil import system_clock
from attache_app.gui.views.record_list import RecordListView
from attache_app.storage import programmes
from attache_app.storage.db import Store

PROGRAMME_ROLE = Qt.ItemDataRole.UserRole


class DeadlinesPage(QWidget):
    open_requested = Signal(str, int)
    new_programme_requested = Signal()

    def __init__(
        self, store: Store, deadlines: RecordListView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.deadlines = deadlines
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Programme"), self.tr("Partner")])
        self.tree.setAccessibleName(self.tr("Programmes and their calls"))
        self.tree.currentItemChanged.connect(self._chosen)
        self.tree.itemActivated.connect(self._activate)
        new = QPushButton(self.tr("New programme"))
        new.clicked.connect(self.new_programme_requested)
        edit = QPushButton(self.tr("Edit programme"))
        edit.clicked.connect(lambda: self._activate(self.tree.currentItem()))
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(edit)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Programmes"))))
        left_layout.addWidget(self.tree)
        left_layout.addLayout(buttons)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(deadlines)
        self.splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        deadlines.loaded.connect(self._scroll_to_upcoming)
        self.reload()

    def _scroll_to_upcoming(self, _count: int) -> None:
        self.scroll_to_upcoming()

    def scroll_to_upcoming(self) -> None:
        """Open on the first deadline still to come, not on last year's closed stages."""
        now = system_clock().strftime("%Y-%m-%dT%H:%M:%SZ")
        for record_id in programmes.deadline_ids(
            self.store, after=now, limit=1, **self.deadlines.extra_filters
        ):
            row = self.deadlines.model.row_of(record_id)
            if row is not None:
                self.deadlines.table.scrollTo(
                    self.deadlines.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop
                )

    def reload(self) -> None:
        current = self.selected_programme()
        self.tree.blockSignals(True)
        self.tree.clear()
        everything = QTreeWidgetItem(self.tree, [self.tr("All programmes"), ""])
        everything.setData(0, PROGRAMME_ROLE, 0)
        for programme in programmes.get_programmes(
            self.store, programmes.programme_ids(self.store)
        ):
            assert programme.id is not None
            item = QTreeWidgetItem(
                self.tree,
                [
                    programme.name,
                    " · ".join(
                        x
                        for x in (country_name(programme.partner_country), programme.partner_agency)
                        if x
                    ),
                ],
            )
            item.setData(0, PROGRAMME_ROLE, programme.id)
            item.setToolTip(0, ProgrammeKind(programme.kind).label)
            for call in programmes.get_calls(self.store, programme.id):
                child = QTreeWidgetItem(item, [call.title or str(call.year), call.status])
                child.setData(0, PROGRAMME_ROLE, programme.id)
            if programme.id == current:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None:
            self.tree.setCurrentItem(everything)
        self.tree.expandToDepth(0)
        self.tree.resizeColumnToContents(0)
        self.tree.blockSignals(False)

    def selected_programme(self) -> int:
        item = self.tree.currentItem()
        return int(item.data(0, PROGRAMME_ROLE) or 0) if item is not None else 0

    def _chosen(self, *_args: object) -> None:
        programme_id = self.selected_programme()
        if programme_id:
            self.deadlines.extra_filters = {"programme_id": programme_id}
        else:
            self.deadlines.extra_filters = {}
        self.deadlines.refresh()

    def _activate(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        programme_id = int(item.data(0, PROGRAMME_ROLE) or 0)
        if programme_id:
            self.open_requested.emit(str(RecordKind.PROGRAMME), programme_id)

    def records_changed(self, kind: str) -> None:
        if kind in ("", str(RecordKind.PROGRAMME), str(RecordKind.DEADLINE)):
            self.reload()
