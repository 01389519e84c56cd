"""Global search (Ctrl+K): type-ahead over every kind, grouped by kind, Enter opens."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attache_app.domain.enums import RecordKind
from attache_app.gui.workers import TaskRunner
from attache_app.services.database import Store
from attache_app.services.search import SearchHit, search_grouped

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class _QueryEdit(QLineEdit):
    """The search field: Up/Down move in the results, Enter opens the chosen one."""

    moved = Signal(int)
    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.moved.emit(1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()
        else:
            super().keyPressEvent(event)


class SearchPopup(QDialog):
    open_requested = Signal(str, int)
    results_shown = Signal(int)
    """Emitted with the number of hits each time results are shown."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._generation = 0
        self._pending = False
        self._open_when_ready = False
        self.setWindowTitle(self.tr("Search everything"))
        self.setAccessibleName(self.windowTitle())
        self.resize(640, 460)
        self.query = _QueryEdit()
        self.query.moved.connect(self._move)
        self.query.entered.connect(self._enter)
        self.query.setPlaceholderText(self.tr("Name, 陳, organisation, note, deadline…"))
        self.query.setAccessibleName(self.tr("Search text"))
        self.query.setClearButtonEnabled(True)
        self.results = QTreeWidget()
        self.results.setHeaderLabels([self.tr("Result"), self.tr("Details")])
        self.results.setRootIsDecorated(False)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.itemActivated.connect(self._open_item)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._search)
        self.query.textChanged.connect(lambda _t: self._timer.start())

    def open_search(self, text: str = "") -> None:
        self.query.setText(text)
        self.query.selectAll()
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()

    def _search(self) -> None:
        self._generation += 1
        generation = self._generation
        text = self.query.text()
        self._pending = True

        def work(store: Store) -> dict[str, list[SearchHit]]:
            return search_grouped(store, text)

        def done(groups: object) -> None:
            if generation == self._generation and isinstance(groups, dict):
                self._pending = False
                self.show_results(groups)
                if self._open_when_ready:
                    self._open_when_ready = False
                    self._open_item(self.results.currentItem())

        self.runner.run(work, done)

    def show_results(self, groups: dict[str, list[SearchHit]]) -> None:
        self.results.clear()
        bold = QFont()
        bold.setBold(True)
        first: QTreeWidgetItem | None = None
        count = 0
        for kind, hits in groups.items():
            header = QTreeWidgetItem(self.results, [RecordKind(kind).plural_label, ""])
            header.setFont(0, bold)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for hit in hits:
                item = QTreeWidgetItem(self.results, [f"   {hit.title}", hit.subtitle])
                item.setData(0, KIND_ROLE, hit.kind)
                item.setData(0, ID_ROLE, hit.id)
                first = first or item
                count += 1
        if first is not None:
            self.results.setCurrentItem(first)
        self.results.resizeColumnToContents(0)
        self.status.setText(self.tr("%n result(s)", "", count) if self.query.text().strip() else "")
        self.results_shown.emit(count)

    def _open_item(self, item: QTreeWidgetItem | None) -> None:
        if item is None or not item.data(0, KIND_ROLE):
            return
        self.hide()
        self.open_requested.emit(str(item.data(0, KIND_ROLE)), int(item.data(0, ID_ROLE)))

    def _enter(self) -> None:
        """Enter opens the chosen result (or the best one, once the search answers)."""
        if self._timer.isActive():
            self._timer.stop()
            self._search()
        if self._pending:
            self._open_when_ready = True
        else:
            self._open_item(self.results.currentItem())

    def _move(self, step: int) -> None:
        items = [self.results.topLevelItem(i) for i in range(self.results.topLevelItemCount())]
        selectable = [i for i in items if i is not None and i.data(0, KIND_ROLE)]
        if not selectable:
            return
        current = self.results.currentItem()
        position = selectable.index(current) if current in selectable else -1
        self.results.setCurrentItem(selectable[(position + step) % len(selectable)])
