"""Tools › Import history: every batch, what it did, and Undo."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attache_app.gui.dialogs.import_steps import undo_batch
from attache_app.services import imports
from attache_app.services.database import Store


def _local_time(iso_utc: str) -> str:
    """ "2026-11-23T09:00:00Z" in this computer's time and the interface's date format."""
    if not iso_utc:
        return ""
    moment = QDateTime.fromString(iso_utc, Qt.DateFormat.ISODate).toLocalTime()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class ImportHistoryDialog(QDialog):
    undone = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Import history"))
        self.setAccessibleName(self.windowTitle())
        self.table = QTableWidget(0, 8)
        self.table.setAccessibleName(self.tr("Import batches"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Date"),
                self.tr("File"),
                self.tr("Sent by"),
                self.tr("Created"),
                self.tr("Updated"),
                self.tr("Undone"),
                self.tr("Encoding"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.undo_button = QPushButton(self.tr("&Undo the import"))
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(860, 420)
        self.refresh()

    def refresh(self) -> None:
        batches = imports.history(self.store)
        self.table.setRowCount(len(batches))
        for row, batch in enumerate(batches):
            values = [
                str(batch.id),
                _local_time(batch.imported_at),
                batch.file_name,
                batch.sender,
                str(batch.counts.get("created", 0)),
                str(batch.counts.get("updated", 0)),
                _local_time(batch.undone_at),
                imports.encoding_label(batch.encoding) if batch.encoding else "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, batch.id)
                if column in (0, 4, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if batches:
            self.table.selectRow(0)
        self._selection_changed()

    def _selected(self) -> tuple[int, bool] | None:
        row = self.table.currentRow()
        first, last = self.table.item(row, 0), self.table.item(row, 6)
        if row < 0 or first is None or last is None:
            return None
        return int(first.data(Qt.ItemDataRole.UserRole)), bool(last.text())

    def _selection_changed(self) -> None:
        selected = self._selected()
        self.undo_button.setEnabled(selected is not None and not selected[1])

    def undo_selected(self) -> None:
        selected = self._selected()
        if selected is None or selected[1]:
            return
        if undo_batch(self, self.store, selected[0]):
            self.undone.emit(selected[0])
            self.refresh()
