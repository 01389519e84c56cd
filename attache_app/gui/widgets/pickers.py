"""Pickers with completion for organisations, persons and programmes, single or several.

Suggestions come from the search index as one types (a few dozen at a time), so a picker
opens at once whether the post has 100 contacts or 100,000.
"""

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
from attache_app.services import search as index
from attache_app.services.database import Store


class _Suggestions:
    """Text shown for a record ↔ its id, filled from the search index as needed."""

    def __init__(self, store: Store, kind: RecordKind) -> None:
        self.store = store
        self.kind = kind
        self.by_text: dict[str, int] = {}
        self.by_id: dict[int, str] = {}

    def _text(self, record_id: int, title: str, subtitle: str) -> str:
        text = title
        if self.kind is RecordKind.PERSON:
            text = f"{title} — {subtitle} #{record_id}" if subtitle else f"{title} #{record_id}"
        self.by_text[text] = record_id
        self.by_id[record_id] = text
        return text

    def text_of(self, record_id: int) -> str:
        if record_id not in self.by_id:
            found = index.describe(self.store, self.kind, record_id)
            return self._text(record_id, *found) if found else f"#{record_id}"
        return self.by_id[record_id]

    def matching(self, typed: str) -> list[str]:
        return [self._text(i, t, s) for i, t, s in index.suggest(self.store, typed, self.kind)]

    def resolve(self, typed: str) -> int | None:
        """The id the typed text names: a suggestion, or the only record matching it."""
        text = typed.strip()
        if not text:
            return None
        if text in self.by_text:
            return self.by_text[text]
        found = index.suggest(self.store, text, self.kind, limit=2)
        if len(found) == 1:
            return found[0][0]
        raise ValueError(text)


def _completing_edit(suggestions: _Suggestions, parent: QWidget) -> tuple[QLineEdit, QCompleter]:
    edit = QLineEdit()
    model = QStringListModel(parent)
    completer = QCompleter(model, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    completer.setMaxVisibleItems(12)
    edit.setCompleter(completer)

    def refresh(text: str) -> None:
        model.setStringList(suggestions.matching(text) if len(text.strip()) >= 1 else [])

    edit.textEdited.connect(refresh)
    return edit, completer


class RecordPicker(QWidget):
    """Choose one record by typing part of its name; a button opens the chosen record."""

    open_requested = Signal(str, int)

    def __init__(self, store: Store, kind: RecordKind, current: int | None) -> None:
        super().__init__()
        self.kind = kind
        self._suggestions = _Suggestions(store, kind)
        self.edit, _completer = _completing_edit(self._suggestions, self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Type to search…"))
        self.edit.setAccessibleName(kind.label)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the chosen record"))
        self.open_button.clicked.connect(self._open)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.open_button)
        self.set_value(current)

    def set_value(self, record_id: int | None) -> None:
        self.edit.setText(self._suggestions.text_of(record_id) if record_id is not None else "")

    def value(self) -> int | None:
        """The chosen id; None when empty. Text that names nothing raises ValueError."""
        return self._suggestions.resolve(self.edit.text())

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
        self._suggestions = _Suggestions(store, kind)
        self.list = QListWidget()
        self.list.setAccessibleName(kind.plural_label)
        self.list.setMaximumHeight(72)  # three lines: the forms stay short on a small screen
        self.list.itemDoubleClicked.connect(
            lambda item: self.open_requested.emit(
                str(self.kind), int(item.data(Qt.ItemDataRole.UserRole))
            )
        )
        for record_id in current:
            self._add_id(record_id)
        self.edit, completer = _completing_edit(self._suggestions, self)
        self.edit.setPlaceholderText(self.tr("Type a name to add…"))
        self.edit.setAccessibleName(self.tr("Add to {what}").format(what=kind.plural_label))
        completer.activated.connect(self._add_text)
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
        item = QListWidgetItem(self._suggestions.text_of(record_id))
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        self.list.addItem(item)

    def _add_text(self, text: str) -> None:
        try:
            record_id = self._suggestions.resolve(text)
        except ValueError:
            return
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
