"""« Conflits »: what two colleagues changed differently, side by side, field by field; the
user keeps one value (or, for two look-alike persons, merges or keeps both). The choice is
sent at the next round."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attache_app.domain.enums import RecordKind
from attache_app.errors import AttacheError
from attache_app.gui.models.columns import columns
from attache_app.services import history
from attache_app.services.database import Store
from attache_app.sync import merge
from attache_app.sync import service as sync


class ConflictsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.store = store
        self.changed = False
        self.rows: list[tuple[sync.ConflictView, str]] = []
        self.setWindowTitle(self.tr("Conflicts"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("This computer"), self.tr("Colleague")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.mine = QPushButton(self.tr("Keep &mine"))
        self.theirs = QPushButton(self.tr("Keep the &colleague's"))
        self.both = QPushButton(self.tr("Keep &both persons"))
        self.mine.clicked.connect(lambda _checked=False: self.choose("mine"))
        self.theirs.clicked.connect(lambda _checked=False: self.choose("theirs"))
        self.both.clicked.connect(lambda _checked=False: self.choose("both"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        for button in (self.mine, self.theirs, self.both):
            buttons.addWidget(button)
        buttons.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(860, 420)
        self.reload()

    def _value(self, field: str, value: Any) -> str:
        if field == merge.DELETED:
            return self.tr("deleted") if value is None else self.tr("kept, with changes")
        if field == merge.DUPLICATE:
            return self.tr("another person with the same e-mail")
        if isinstance(value, str):
            return value
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return ", ".join(value)
        return json.dumps(value, ensure_ascii=False)

    def _field(self, kind: str, field: str) -> str:
        """The field's name as the lists show it (their column header), where they do."""
        special = {merge.DELETED: self.tr("Deletion"), merge.DUPLICATE: self.tr("Duplicate?")}
        if field in special:
            return special[field]
        if kind not in set(RecordKind):  # calls and applications have no list of their own
            return history.field_label(field, kind)
        headers = {c.key: c.header() for c in columns(RecordKind(kind))}
        return headers.get(field, field.replace("_", " "))

    def reload(self) -> None:
        views = sync.conflicts(self.store)
        self.rows = [(view, field) for view in views for field in view.fields]
        self.intro.setText(
            self.tr(
                "Two colleagues changed the same field differently. The record shows the "
                "value that reached the hub first; choose the one to keep."
            )
            if self.rows
            else self.tr("No conflict waits.")
        )
        self.table.setRowCount(len(self.rows))
        for row, (view, field) in enumerate(self.rows):
            entries = view.fields[field]
            mine = [e for e in entries if e.get("mine")]
            theirs = [e for e in entries if not e.get("mine")]
            cells = [
                view.record or view.uuid,
                self._field(view.kind, field),
                "\n".join(self._value(field, e.get("value")) for e in mine) or "—",
                "\n".join(
                    f"{self._value(field, e.get('value'))} ({e.get('by', '')})" for e in theirs
                ),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        if self.rows:
            self.table.selectRow(0)
        self._selection_changed()

    def _selected(self) -> tuple[sync.ConflictView, str] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        selected = self._selected()
        duplicate = selected is not None and selected[1] == merge.DUPLICATE
        has_mine = selected is not None and any(
            e.get("mine") for e in selected[0].fields[selected[1]]
        )
        self.mine.setEnabled(selected is not None and (has_mine or duplicate))
        self.theirs.setEnabled(selected is not None)
        self.both.setVisible(duplicate)

    def choose(self, keep: str) -> None:
        selected = self._selected()
        if selected is None:
            return
        view, field = selected
        try:
            sync.resolve(self.store, view.id, keep, field)
        except AttacheError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.changed = True
        self.reload()
