"""Small input helpers every editor uses: a line, a web address with its button, a list
typed as words, a combo box of a vocabulary, a date field on an ISO date."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from attache_app.gui.texts import literal
from attache_app.gui.widgets.dates import NO_DATE, DateField
from attache_app.gui.widgets.fields import set_combo_data


def split_list(text: str) -> list[str]:
    """« a, b; c » → ["a", "b", "c"]: the words of a field that holds a list."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def line(text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setClearButtonEnabled(True)
    return edit


def web_field(url: str, open_text: str) -> tuple[QWidget, QLineEdit]:
    """A web address with a button that opens it in the browser."""
    edit = line(url)
    edit.setPlaceholderText("https://…")
    button = QPushButton(literal(open_text))
    button.setAccessibleName(open_text)
    button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(edit.text().strip())))
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit)
    row.addWidget(button)
    return holder, edit


def enum_combo(enum: type[StrEnum], current: str) -> QComboBox:
    combo = QComboBox()
    for member in enum:
        combo.addItem(str(getattr(member, "label")), member.value)  # noqa: B009
    set_combo_data(combo, current)
    return combo


def date_edit(value: str, *, optional: bool = False, empty_text: str = "") -> DateField:
    """A date field on the ISO date ``value`` (today for a required field without one)."""
    parsed = QDate.fromString(value, "yyyy-MM-dd") if value else QDate()
    return DateField(parsed if parsed.isValid() else None, optional=optional, empty_text=empty_text)


def date_value(edit: DateField) -> str:
    """The ISO date of the field ("" for an optional field left empty)."""
    if edit.optional and (edit.is_empty() or edit.date() == NO_DATE):
        return ""
    return edit.date().toString("yyyy-MM-dd")
