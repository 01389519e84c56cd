"""The « Historique » tab of the editors: a record's changes, newest first, read from the
journal when the tab is first shown (services/history.py, as ``attache history``)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTabWidget, QTreeWidget, QTreeWidgetItem, QWidget

from attache_app.domain import kinds
from attache_app.errors import AttacheError
from attache_app.services import history
from attache_app.services.database import Store


class HistoryView(QTreeWidget):
    """One line per change (when — what — by whom), its fields under it (before, after)."""

    def __init__(self, store: Store, kind: str, uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.kind, self.uuid = store, kinds.kind(kind), uuid
        self.loaded = False
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.setAccessibleName(self.tr("History"))
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setRootIsDecorated(False)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def load(self) -> None:
        """Read the history now (once; again after :meth:`reload`)."""
        self.loaded = True
        self.clear()
        try:
            events = history.history(self.store, self.kind, self.uuid)
        except AttacheError as error:
            item = QTreeWidgetItem([str(error)])
            self.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
            return
        if not events:
            item = QTreeWidgetItem([self.tr("No change recorded yet.")])
            self.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        for event in events:
            head = QTreeWidgetItem([f"{event.when} — {event.action_text} — {event.origin_text}"])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            for change in event.changes:
                row = QTreeWidgetItem([change.label, change.old, change.new])
                for column, text in enumerate((change.label, change.old, change.new)):
                    row.setToolTip(column, text)
                head.addChild(row)
            head.setExpanded(True)


def add_history_tab(tabs: QTabWidget, view: HistoryView) -> None:
    """Add the view as the « Historique » tab, read when the user first opens it."""
    index = tabs.addTab(view, view.tr("History"))

    def opened(current: int) -> None:
        if current == index and not view.loaded:
            view.load()

    tabs.currentChanged.connect(opened)
