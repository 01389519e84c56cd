"""Small input widgets the editors share."""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attache_app.domain.countries import countries, search_keys

SEARCH_KEYS_ROLE = Qt.ItemDataRole.UserRole + 7
"""The text a country is found by as one types (names in several languages, no accents)."""


class KeysCompleter(QCompleter):
    """Matches what is typed against each item's search keys, and puts the item's own
    text in the field (not the keys)."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


def country_combo(current: str = "", *, allow_empty: bool = True) -> QComboBox:
    """Countries in the interface language; typing « Taiwan », « taïwan », « 台灣 » or « TW »
    finds Taïwan (accents ignored, English and local names known)."""
    combo = QComboBox()
    if allow_empty:
        combo.addItem("—", "")
    for code, name in countries():
        combo.addItem(f"{name} ({code})", code)
        combo.setItemData(combo.count() - 1, search_keys(code), SEARCH_KEYS_ROLE)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = KeysCompleter(combo.model(), combo)
    completer.setCompletionRole(SEARCH_KEYS_ROLE)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    set_combo_data(combo, current.upper())
    return combo


def set_combo_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def combo_value(combo: QComboBox) -> str:
    """The data of the item whose text is shown; typed text matching no item gives ""."""
    index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchExactly)
    return str(combo.itemData(index) or "") if index >= 0 else ""


@cache
def _zones() -> list[str]:
    return sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))


def timezone_combo(current: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(_zones())
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCurrentText(current)
    return combo


class ErrorLabel(QLabel):
    """A validation message shown beside (under) its field, hidden while there is none."""

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet("color: #CE0500;")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(f"⚠ {text}")
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


class LabelledValues(QWidget):
    """A small editable table of (label, value) pairs: e-mails or phones."""

    changed = Signal()

    def __init__(
        self, value_header: str, pairs: list[tuple[str, str]], extra_header: str = ""
    ) -> None:
        super().__init__()
        headers = [self.tr("Label"), value_header] + ([extra_header] if extra_header else [])
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, max(90, header.fontMetrics().horizontalAdvance("Domicile") + 24))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if extra_header:  # the derived form (E.164, or why there is none) as wide as the value
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAccessibleName(value_header)
        self.table.setWordWrap(False)
        self.table.setMinimumWidth(360)
        self.table.setMinimumHeight(84)
        self.table.setMaximumHeight(120)
        for label, value in pairs:
            self.add_row(label, value)
        add = QPushButton(self.tr("Add"))
        add.setAccessibleName(self.tr("Add a line to {what}").format(what=value_header))
        add.clicked.connect(lambda: self.add_row("", "", edit=True))
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(
            self.tr("Remove the selected line of {what}").format(what=value_header)
        )
        remove.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, label: str, value: str, extra: str = "", *, edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(label))
        if self.table.columnCount() > 2:  # before the value: a change of value may set it
            item = QTableWidgetItem(extra)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 2, item)
        self.table.setItem(row, 1, QTableWidgetItem(value))
        if edit:
            self.table.setCurrentCell(row, 1)
            cell = self.table.item(row, 1)
            if cell is not None:
                self.table.editItem(cell)

    def values(self) -> list[str]:
        """The value of every line, empty ones included (same order as the lines)."""
        cells = [self.table.item(row, 1) for row in range(self.table.rowCount())]
        return [cell.text().strip() if cell is not None else "" for cell in cells]

    def set_extra(self, row: int, text: str, *, tooltip: str = "", warning: bool = False) -> None:
        """What the third column says about a line (read-only), with a warning icon when
        the value is kept without its derived form."""
        if self.table.columnCount() < 3:
            return
        item = QTableWidgetItem(text)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        item.setToolTip(tooltip)
        if warning:
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        blocked = self.table.blockSignals(True)
        self.table.setItem(row, 2, item)
        self.table.blockSignals(blocked)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def pairs(self) -> list[tuple[str, str]]:
        result = []
        for row in range(self.table.rowCount()):
            label = self.table.item(row, 0)
            value = self.table.item(row, 1)
            text = value.text().strip() if value else ""
            if text:
                result.append((label.text().strip() if label else "", text))
        return result
