"""Outils › Partage d'équipe…: the hub's address, the user and the password, tested on the
hub (in the background) before anything is kept."""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from attache_app.gui.workers import TaskRunner
from attache_app.services.database import Store
from attache_app.sync import service as sync


class ConnectDialog(QDialog):
    def __init__(
        self, store: Store, runner: TaskRunner, status: sync.Status, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.setWindowTitle(self.tr("Team sharing"))
        self.url = status.url
        self.password = ""
        self.remembered = False
        intro = QLabel(
            self.tr(
                "Share this post's contacts, notes, activities, deadlines and programmes with "
                "the team through the post's hub. Private notes stay on this computer; the "
                "hub copies to Paris only the records marked « Share with Paris »."
            )
        )
        intro.setWordWrap(True)
        self.url_edit = QLineEdit(status.url)
        self.url_edit.setPlaceholderText("https://hub.example.org/taipei")
        self.user_edit = QLineEdit(status.user or getpass.getuser())
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Hub database address:"), self.url_edit)
        form.addRow(self.tr("User name:"), self.user_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Connection test"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Test and connect"))
        self.buttons.accepted.connect(self.test)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def test(self) -> None:
        url, user = self.url_edit.text().strip(), self.user_edit.text().strip()
        password = self.password_edit.text()
        if not url or not user or not password:
            self.message.setText(
                "⚠ " + self.tr("Give the address, the user name and the password.")
            )
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Testing the connection…"))

        def work(store: Store) -> sync.Connection:
            return sync.connect(store, url, user, password)

        def done(connection: sync.Connection) -> None:
            self.url, self.password = connection.url, password
            self.remembered = connection.remembered
            self.buttons.setEnabled(True)
            self.accept()

        def failed(message: str) -> None:
            self.buttons.setEnabled(True)
            self.message.setText("⚠ " + message)

        self.runner.run(work, done, failed)
