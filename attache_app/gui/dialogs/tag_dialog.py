"""Add or remove tags on several records at once."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from attache_app.gui.widgets.inputs import split_list


class TagDialog(QDialog):
    def __init__(self, count: int, known: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tag %n record(s)", "", count))
        self.setAccessibleName(self.windowTitle())
        self.add = QLineEdit()
        self.add.setPlaceholderText(self.tr("tags to add, comma-separated"))
        self.remove = QLineEdit()
        self.remove.setPlaceholderText(self.tr("tags to remove, comma-separated"))
        for edit in (self.add, self.remove):
            completer = QCompleter(QStringListModel(known, self), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            edit.setCompleter(completer)
        form = QFormLayout()
        form.addRow(self.tr("&Add"), self.add)
        form.addRow(self.tr("&Remove"), self.remove)
        self.add.setAccessibleName(self.tr("Tags to add"))
        self.remove.setAccessibleName(self.tr("Tags to remove"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Known tags: {tags}").format(tags=", ".join(known) or "—")))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def tags_to_add(self) -> list[str]:
        return split_list(self.add.text())

    def tags_to_remove(self) -> list[str]:
        return split_list(self.remove.text())
