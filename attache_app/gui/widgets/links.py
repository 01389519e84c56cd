"""What a record is linked to, each line opening the linked record (links both ways)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from attache_app.domain.enums import RecordKind
from attache_app.services.database import Store
from attache_app.services.related import linked

KIND_ROLE = Qt.ItemDataRole.UserRole + 1


class LinksPanel(QWidget):
    open_requested = Signal(str, int)

    def __init__(self, store: Store, kind: RecordKind, record_id: int | None) -> None:
        super().__init__()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Linked records"))
        self.list.itemActivated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        if record_id is None:
            self.list.addItem(self.tr("Links appear once the record is saved."))
            return
        groups = linked(store, kind, record_id)
        if not groups:
            self.list.addItem(self.tr("Nothing is linked to this record yet."))
        bold = QFont()
        bold.setBold(True)
        for linked_kind, items in groups.items():
            header = QListWidgetItem(f"{linked_kind.plural_label} ({len(items)})")
            header.setFont(bold)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(header)
            for item_id, text in items:
                item = QListWidgetItem(f"   {text}")
                item.setData(Qt.ItemDataRole.UserRole, item_id)
                item.setData(KIND_ROLE, str(linked_kind))
                item.setToolTip(self.tr("Double-click or Enter to open"))
                self.list.addItem(item)

    def _activate(self, item: QListWidgetItem) -> None:
        kind = item.data(KIND_ROLE)
        if kind:
            self.open_requested.emit(str(kind), int(item.data(Qt.ItemDataRole.UserRole)))
