"""The base of every record editor: a form, messages beside the fields, save through services."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from attache_app.domain.enums import RecordKind
from attache_app.errors import AttacheError, FieldError, ValidationError
from attache_app.gui.widgets.dates import DateField
from attache_app.gui.widgets.fields import ErrorLabel
from attache_app.gui.widgets.history import HistoryView, add_history_tab
from attache_app.gui.widgets.links import LinksPanel
from attache_app.gui.widgets.share import share_box
from attache_app.services import records
from attache_app.services.database import Store
from attache_app.services.records import Record


class GuardedDialog(QDialog):
    """A dialog holding a form: closing it with changes asks whether to save them.
    Subclasses call :meth:`mark_unchanged` once the form is filled, and save in
    ``accept``."""

    _unchanged: list[object] | None = None

    def mark_unchanged(self) -> None:
        """What the form shows now is what closing it without a question keeps."""
        self._unchanged = form_state(self)

    def has_changes(self) -> bool:
        return self._unchanged is not None and form_state(self) != self._unchanged

    def reject(self) -> None:
        """Escape, Annuler and the window's close button: typed work is never lost
        without a question."""
        if not self.has_changes():
            super().reject()
            return
        answer = ask_to_save(self)
        if answer is QMessageBox.StandardButton.Save:
            self.accept()  # stays open, with the reasons beside the fields, when invalid
        elif answer is QMessageBox.StandardButton.Discard:
            super().reject()


class RecordEditor(GuardedDialog):
    """Subclasses add their fields in ``build`` and make the record in ``collect``."""

    kind: RecordKind
    share_paris: QCheckBox
    saved = Signal(object, object)
    """(record before, or None for a new one; record as saved)."""
    open_requested = Signal(str, int)

    def __init__(self, store: Store, record: Record | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.before = record
        self.result_record: Record | None = None
        self._errors: dict[str, ErrorLabel] = {}
        self._fields: dict[str, QWidget] = {}
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
        self.history: HistoryView | None = None
        if record is not None and record.uuid:
            # An existing record: its form and, beside it, its history (read when shown).
            self.record_tabs = QTabWidget()
            page = QWidget()
            page.setLayout(body)
            self.record_tabs.addTab(page, self.tr("Record"))
            self.history = HistoryView(store, str(self.kind), record.uuid)
            add_history_tab(self.record_tabs, self.history)
            layout.addWidget(self.record_tabs)
        else:
            layout.addLayout(body)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)
        self.build()
        if "share_paris" not in self._fields:
            self.add_share_box()
        self._fit_to_screen(scroll, form_widget)
        first_field: QWidget | None = getattr(self, "_first_field", None)
        if first_field is not None:
            first_field.setFocus()
        self.mark_unchanged()

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
        self._fields[field] = widget
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        title = QLabel(label)
        title.setBuddy(widget)
        self.form.addRow(title, holder)
        if label:  # a check box without a label names itself by its text
            widget.setAccessibleName(label.replace("&", ""))
        if self._first_field is None:
            self._first_field = widget
        return widget

    def add_share_box(self) -> QCheckBox:
        """« Partager avec Paris »: added at the end of the form unless ``build`` placed it."""
        self.share_paris = share_box(bool(getattr(self.before, "share_paris", False)))
        self.add_field("share_paris", "", self.share_paris)
        return self.share_paris

    def links_panel(self) -> LinksPanel:
        record_id = self.before.id if self.before is not None else None
        panel = LinksPanel(self.store, self.kind, record_id)
        panel.open_requested.connect(self.open_requested)
        return panel

    def check_dates(self) -> None:
        """Text typed in a date field that is not a date is said beside it, never taken
        for another day."""
        errors = [
            FieldError(field, problem)
            for field, widget in self._fields.items()
            for date in [widget, *widget.findChildren(DateField)]
            if isinstance(date, DateField) and (problem := date.problem())
        ]
        if errors:
            raise ValidationError(errors)

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
            self.check_dates()
            record = dataclasses.replace(self.collect(), share_paris=self.share_paris.isChecked())
            self.result_record = records.save(self.store, record)
        except ValidationError as error:
            self.show_errors(error.errors)
            return
        except AttacheError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.saved.emit(self.before, self.result_record)
        super().accept()


def form_state(root: QWidget) -> list[object]:
    """What the user can change in a form, in a comparable form: the text of every field,
    the choice of every list, check box and date, the rows of every table."""
    state: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
        elif isinstance(widget, QDateTimeEdit):
            state.append(widget.dateTime().toString(Qt.DateFormat.ISODate))
        elif isinstance(widget, QAbstractSpinBox):
            state.append(widget.text())
        elif isinstance(widget, QTableWidget):
            state.append(
                [
                    [(item.text() if (item := widget.item(r, c)) else "")
                     for c in range(widget.columnCount())]
                    for r in range(widget.rowCount())
                ]
            )  # fmt: skip
        elif isinstance(widget, QListWidget):
            state.append(
                [
                    (widget.item(r).text(), widget.item(r).checkState())
                    for r in range(widget.count())
                ]
            )
    return state


def ask_to_save(parent: QWidget) -> QMessageBox.StandardButton:
    """« Enregistrer les modifications ? » — Enregistrer / Ne pas enregistrer / Annuler."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.windowTitle())
    box.setText(QCoreApplication.translate("RecordEditor", "Save the changes?"))
    box.setInformativeText(
        QCoreApplication.translate(
            "RecordEditor", "Closing without saving loses what was typed in this form."
        )
    )
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    for button, text in (
        (buttons.Save, QCoreApplication.translate("RecordEditor", "&Save")),
        (buttons.Discard, QCoreApplication.translate("RecordEditor", "&Don't save")),
        (buttons.Cancel, QCoreApplication.translate("RecordEditor", "Cancel")),
    ):
        box.button(button).setText(text)
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    box.setAccessibleName(box.text())
    box.exec()
    clicked = box.clickedButton()
    for button in (buttons.Save, buttons.Discard):
        if clicked is box.button(button):
            return button
    return buttons.Cancel
