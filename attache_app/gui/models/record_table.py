"""A lazy table model: it holds the ids in display order and fetches rows in pages.

As in Anki's browser, a query gives the ids (filtered and sorted in SQL, in a worker); the
model asks the store for the records of one page when a view first needs a cell of it and
caches them. 100,000 contacts open at once: only what is on screen is ever read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from attache_app.domain.enums import RecordKind
from attache_app.domain.timeutil import system_clock
from attache_app.gui.models.columns import Column, Context, columns, deadline_view
from attache_app.services import records
from attache_app.services.database import Store
from attache_app.services.records import Record

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

# Urgency shows as a word in its own column too: colour never carries meaning alone.
URGENCY_COLOURS = {
    "overdue": QColor("#FDE2E1"),  # a light tint of Rouge Marianne
    "week": QColor("#FFE9C7"),
    "month": QColor("#FFF8D6"),
}

AnyIndex = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    PAGE = 50
    """Rows read at once when a view first shows one of them (on the GUI thread: half a
    screen more than a screen, so that scrolling reads little at a time)."""

    sort_requested = Signal(str, bool)
    """(sort key, descending): the view re-queries the ids in that order."""

    def __init__(
        self,
        store: Store,
        kind: RecordKind,
        post_tz: Callable[[], str],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.columns: list[Column] = columns(kind)
        self._post_tz = post_tz
        self._ids: list[int] = []
        self._rows: dict[int, Record] = {}
        self._context: Context | None = None

    # --- ids -------------------------------------------------------------------------

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = {}
        self._context = None
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def invalidate(self, ids: Sequence[int] | None = None) -> None:
        """Forget cached rows (all, or these) so that they are read again when shown."""
        if ids is None:
            self._rows = {}
        else:
            for record_id in ids:
                self._rows.pop(record_id, None)
        self._context = None
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1)
            )

    # --- rows ------------------------------------------------------------------------

    def record_at(self, row: int) -> Record | None:
        record_id = self._ids[row]
        found = self._rows.get(record_id)
        if found is None and self.store.suspended:
            return None  # the file is being restored: read once it is back (a refresh)
        if found is None:
            start = (row // self.PAGE) * self.PAGE
            page = [i for i in self._ids[start : start + self.PAGE] if i not in self._rows]
            for record in records.get_many(self.store, self.kind, page):
                assert record.id is not None
                self._rows[record.id] = record
            found = self._rows.get(record_id)
        return found

    def context(self) -> Context:
        if self._context is None:
            self._context = Context(self._post_tz(), system_clock())
        return self._context

    def set_now(self, now: dt.datetime) -> None:
        """For tests and for the day changing while the application runs."""
        self._context = Context(self._post_tz(), now)

    # --- Qt model interface ----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.AccessibleTextRole,
            RECORD_ROLE,
        ):
            return None
        record = self.record_at(index.row())
        if record is None:  # deleted meanwhile: shown empty until the next refresh
            return None
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.kind is RecordKind.DEADLINE:
                colour = URGENCY_COLOURS.get(deadline_view(record, self.context()).urgency)
                return QBrush(colour) if colour else None
            return None
        return self.columns[index.column()].value(record, self.context())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return self.columns[section].header()
            return None
        return section + 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort if 0 <= column < len(self.columns) else None
        if key:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)
