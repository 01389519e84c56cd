"""Pickers with completion for organisations, persons and programmes, single or several."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from attache_app.domain.enums import RecordKind
from attache_app.storage.db import Store


def choices(store: Store, kind: RecordKind) -> dict[str, int]:
    """ "Display text" → id for every record of ``kind`` that a picker offers."""
    if kind is RecordKind.ORGANISATION:
        rows = store.execute(
            "SELECT id, name, acronym, native_name FROM organisations ORDER BY name COLLATE NOCASE"
        )
        found = {}
        for oid, name, acronym, native in rows:
            text = name + (f" ({acronym})" if acronym else "") + (f" {native}" if native else "")
            found[text] = int(oid)
        return found
    if kind is RecordKind.PERSON:
        rows = store.execute(
            "SELECT p.id, p.given_name, p.family_name, p.native_name, coalesce(o.acronym, "
            "o.name, '') FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id "
            "ORDER BY p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE"
        )
        found = {}
        for pid, given, family, native, org in rows:
            name = " ".join(x for x in (given, family) if x)
            text = " ".join(x for x in (name, native) if x) + (f" — {org}" if org else "")
            found[f"{text} #{pid}"] = int(pid)
        return found
    rows = store.execute("SELECT id, name FROM programmes ORDER BY name COLLATE NOCASE")
    return {str(name): int(pid) for pid, name in rows}


def _completer(texts: list[str], parent: QWidget) -> QCompleter:
    completer = QCompleter(QStringListModel(texts, parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setMaxVisibleItems(12)
    return completer


class RecordPicker(QWidget):
    """Choose one record by typing part of its name; a button opens the chosen record."""

    open_requested = Signal(str, int)

    def __init__(self, store: Store, kind: RecordKind, current: int | None) -> None:
        super().__init__()
        self.kind = kind
        self._choices = choices(store, kind)
        self._texts = {v: k for k, v in self._choices.items()}
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Type to search…"))
        self.edit.setAccessibleName(kind.label)
        self.edit.setCompleter(_completer(list(self._choices), self))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the chosen record"))
        self.open_button.clicked.connect(self._open)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.open_button)
        self.set_value(current)

    def set_value(self, record_id: int | None) -> None:
        self.edit.setText(self._texts.get(record_id, "") if record_id is not None else "")

    def value(self) -> int | None:
        """The chosen id; None when empty. Text that names nothing raises ValueError."""
        text = self.edit.text().strip()
        if not text:
            return None
        if text in self._choices:
            return self._choices[text]
        matches = [v for k, v in self._choices.items() if text.casefold() in k.casefold()]
        if len(matches) == 1:
            return matches[0]
        raise ValueError(text)

    def _open(self) -> None:
        try:
            value = self.value()
        except ValueError:
            return
        if value is not None:
            self.open_requested.emit(str(self.kind), value)


class MultiRecordPicker(QWidget):
    """Several records: a list, with a completing field to add and a button to remove."""

    open_requested = Signal(str, int)

    def __init__(self, store: Store, kind: RecordKind, current: list[int]) -> None:
        super().__init__()
        self.kind = kind
        self._choices = choices(store, kind)
        self._texts = {v: k for k, v in self._choices.items()}
        self.list = QListWidget()
        self.list.setAccessibleName(kind.plural_label)
        self.list.setMaximumHeight(96)
        self.list.itemDoubleClicked.connect(
            lambda item: self.open_requested.emit(
                str(self.kind), int(item.data(Qt.ItemDataRole.UserRole))
            )
        )
        for record_id in current:
            self._add_id(record_id)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Type a name to add…"))
        self.edit.setAccessibleName(self.tr("Add to {what}").format(what=kind.plural_label))
        completer = _completer(list(self._choices), self)
        completer.activated.connect(self._add_text)
        self.edit.setCompleter(completer)
        self.edit.returnPressed.connect(lambda: self._add_text(self.edit.text()))
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(
            self.tr("Remove the selected {what}").format(what=kind.plural_label.lower())
        )
        remove.clicked.connect(self._remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.edit)
        row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def _add_id(self, record_id: int) -> None:
        if record_id in self.values():
            return
        item = QListWidgetItem(self._texts.get(record_id, f"#{record_id}"))
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        self.list.addItem(item)

    def _add_text(self, text: str) -> None:
        record_id = self._choices.get(text.strip())
        if record_id is not None:
            self._add_id(record_id)
            self.edit.clear()

    def _remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def values(self) -> list[int]:
        return [
            int(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
        ]
