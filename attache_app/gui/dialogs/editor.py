"""The base of every record editor: a form, messages beside the fields, save through services."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from attache_app.domain.enums import RecordKind
from attache_app.errors import AttacheError, FieldError, ValidationError
from attache_app.gui.widgets.fields import ErrorLabel
from attache_app.gui.widgets.links import LinksPanel
from attache_app.services import records
from attache_app.services.records import Record
from attache_app.storage.db import Store


class RecordEditor(QDialog):
    """Subclasses add their fields in ``build`` and make the record in ``collect``."""

    kind: RecordKind
    saved = Signal(object, object)
    """(record before, or None for a new one; record as saved)."""
    open_requested = Signal(str, int)

    def __init__(self, store: Store, record: Record | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.before = record
        self.result_record: Record | None = None
        self._errors: dict[str, ErrorLabel] = {}
        self._first_field: QWidget | None = None
        name = self.kind.label
        self.setWindowTitle(
            self.tr("New {kind}").format(kind=name.lower())
            if record is None
            else self.tr("{kind} — edit").format(kind=name)
        )
        self.setAccessibleName(self.windowTitle())

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form_widget = QWidget()
        form_widget.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.general_error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        body = QHBoxLayout()
        body.addWidget(scroll, 3)
        self.side = self.side_panel()
        if self.side is not None:
            side_box = QVBoxLayout()
            side_box.addWidget(QLabel("<b>{}</b>".format(self.tr("Linked records"))))
            side_box.addWidget(self.side)
            body.addLayout(side_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)
        self.build()
        self._fit_to_screen(scroll, form_widget)
        first_field: QWidget | None = getattr(self, "_first_field", None)
        if first_field is not None:
            first_field.setFocus()

    def _fit_to_screen(self, scroll: QScrollArea, form: QWidget) -> None:
        """As large as the form wants (every field whole, the note's text tall), within
        the screen: at 1024×700 the form scrolls rather than the dialog overflowing."""
        wanted_width = 1000 if self.side is not None else 680
        wanted_height = form.sizeHint().height() + 110
        room = self.screen().availableGeometry()  # the title bar and the frame: 40, 60 px
        wanted_width = min(wanted_width, room.width() - 40)
        wanted_height = min(wanted_height, room.height() - 60)
        side = 0
        if self.side is not None:
            side = 240
            self.side.setMinimumWidth(200)
        scroll.setMinimumWidth(min(form.sizeHint().width(), wanted_width - 40 - side))
        self.resize(wanted_width, max(480, wanted_height))

    # --- to override -----------------------------------------------------------------

    def build(self) -> None:
        raise TypeError(f"{type(self).__name__} must define build()")

    def collect(self) -> Record:
        raise TypeError(f"{type(self).__name__} must define collect()")

    def side_panel(self) -> QWidget | None:
        return None

    # --- helpers ---------------------------------------------------------------------

    def add_field(self, field: str, label: str, widget: QWidget) -> QWidget:
        """A labelled row with its widget and, under it, its (hidden) error message."""
        error = ErrorLabel()
        self._errors[field] = error
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        title = QLabel(label)
        title.setBuddy(widget)
        self.form.addRow(title, holder)
        widget.setAccessibleName(label.replace("&", ""))
        if self._first_field is None:
            self._first_field = widget
        return widget

    def links_panel(self) -> LinksPanel:
        record_id = self.before.id if self.before is not None else None
        panel = LinksPanel(self.store, self.kind, record_id)
        panel.open_requested.connect(self.open_requested)
        return panel

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self._errors.values():
            label.clear_message()
        self.general_error.clear_message()
        unplaced = []
        for error in errors:
            target = self._errors.get(error.field)
            if target is not None:
                previous = target.text().removeprefix("⚠ ")
                target.show_message(f"{previous} {error.message}".strip())
            else:
                unplaced.append(error.message)
        if unplaced:
            self.general_error.show_message(" ".join(unplaced))
        first = next((self._errors[e.field] for e in errors if e.field in self._errors), None)
        holder = first.parentWidget() if first is not None else None
        if holder is not None:
            holder.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- saving ----------------------------------------------------------------------

    def accept(self) -> None:
        try:
            record = self.collect()
            self.result_record = records.save(self.store, record)
        except ValidationError as error:
            self.show_errors(error.errors)
            return
        except AttacheError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.saved.emit(self.before, self.result_record)
        super().accept()
