"""An application received for a programme call: teams, persons, organisations, outcome."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Application
from attache_app.errors import AttacheError, ValidationError
from attache_app.gui.dialogs.editor import GuardedDialog
from attache_app.gui.widgets.history import HistoryView, add_history_tab
from attache_app.gui.widgets.pickers import MultiRecordPicker
from attache_app.gui.widgets.share import share_box
from attache_app.services import programmes
from attache_app.services.database import Store


class ApplicationDialog(GuardedDialog):
    def __init__(
        self, store: Store, application: Application, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.before = application
        self.result_application: Application | None = None
        self.setWindowTitle(self.tr("Application") if application.id is None else application.title)
        self.setAccessibleName(self.windowTitle())
        self.title = QLineEdit(application.title)
        self.french_team = QLineEdit(application.french_team)
        self.partner_team = QLineEdit(application.partner_team)
        self.outcome = QComboBox()
        for value in programmes.OUTCOMES:
            self.outcome.addItem(programmes.outcome_label(value), value)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(application.outcome)))
        self.persons = MultiRecordPicker(store, RecordKind.PERSON, application.person_ids)
        self.organisations = MultiRecordPicker(
            store, RecordKind.ORGANISATION, application.organisation_ids
        )
        self.notes = QPlainTextEdit(application.notes)
        self.share_paris = share_box(application.share_paris)
        self.notes.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a00000")
        self.error.setWordWrap(True)
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Title"), self.title),
            (self.tr("&French lab or team"), self.french_team),
            (self.tr("&Partner lab or team"), self.partner_team),
            (self.tr("&Outcome"), self.outcome),
            (self.tr("Persons"), self.persons),
            (self.tr("Organisations"), self.organisations),
            (self.tr("Notes"), self.notes),
            ("", self.share_paris),
        ):
            title = QLabel(label)
            title.setBuddy(widget)
            if label:
                widget.setAccessibleName(label.replace("&", ""))
            form.addRow(title, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.history: HistoryView | None = None
        if application.id is not None and application.uuid:
            # An application already recorded: its form and its history (read when shown).
            self.record_tabs = QTabWidget()
            page = QWidget()
            page.setLayout(form)
            self.record_tabs.addTab(page, self.tr("Application"))
            self.history = HistoryView(store, "application", application.uuid)
            add_history_tab(self.record_tabs, self.history)
            layout.addWidget(self.record_tabs)
        else:
            layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 480)
        self.mark_unchanged()

    def collect(self) -> Application:
        return dataclasses.replace(
            self.before,
            title=self.title.text(),
            french_team=self.french_team.text(),
            partner_team=self.partner_team.text(),
            outcome=str(self.outcome.currentData()),
            person_ids=self.persons.values(),
            organisation_ids=self.organisations.values(),
            notes=self.notes.toPlainText(),
            share_paris=self.share_paris.isChecked(),
        )

    def accept(self) -> None:
        try:
            self.result_application = programmes.save_application(self.store, self.collect())
        except ValidationError as error:
            self.error.setText("⚠ " + " ".join(e.message for e in error.errors))
            return
        except AttacheError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        super().accept()
