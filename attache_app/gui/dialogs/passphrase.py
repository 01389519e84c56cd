"""Asking for the passphrase of an encrypted database (never stored in clear; the system
keyring may remember it when the user asks), and the lock after a time without use."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from attache_app.gui.unlock import KEYRING_SERVICE as KEYRING_SERVICE
from attache_app.gui.unlock import forget as forget
from attache_app.gui.unlock import keyring_module as _keyring
from attache_app.gui.unlock import remember as remember
from attache_app.gui.unlock import remembered as remembered
from attache_app.gui.widgets.fields import ErrorLabel
from attache_app.services import encryption

MINIMUM_LENGTH = encryption.MINIMUM_LENGTH
"""Shortest passphrase or export password accepted (the core refuses shorter ones too)."""


class PassphraseDialog(QDialog):
    def __init__(
        self, path: Path, message: str = "", parent: QWidget | None = None, *, unlock: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Locked") if unlock else self.tr("Encrypted database"))
        self.setAccessibleName(self.windowTitle())
        text = QLabel(
            self.tr("Attaché is locked. Type the passphrase of {name} to go on.")
            if unlock
            else self.tr("{name} is encrypted. Type its passphrase to open it.")
        )
        text.setText(text.text().format(name=path.name))
        text.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.error = QLabel(message)
        self.error.setStyleSheet("color: #a00000")
        self.error.setWordWrap(True)
        self.remember = QCheckBox(self.tr("Remember it in this computer's keyring"))
        self.remember.setVisible(not unlock and _keyring() is not None)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (text, self.passphrase, self.error, self.remember):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.passphrase.setFocus()


def ask_passphrase(path: Path, message: str, parent: QWidget | None) -> str | None:
    """The passphrase of ``path``: from ATTACHE_PASSPHRASE, the keyring, or the user."""
    if not message:
        given = os.environ.get("ATTACHE_PASSPHRASE") or remembered(path)
        if given:
            return given
    dialog = PassphraseDialog(path, message, parent)
    if not dialog.exec():
        return None
    value = dialog.passphrase.text()
    if dialog.remember.isChecked():
        remember(path, value)
    return value


def strength_hint(text: str) -> tuple[str, str]:
    """(words, colour) saying how hard ``text`` is to guess, for the live hint under a new
    passphrase: never colour alone — the words say it."""
    translate = QCoreApplication.translate
    if not text:
        return (
            translate(
                "PassphraseDialog",
                "At least {count} characters. A few unrelated words are easy to remember "
                "and hard to guess.",
            ).format(count=MINIMUM_LENGTH),
            "palette(mid)",
        )
    if len(encryption.normalised(text)) < MINIMUM_LENGTH:
        return (
            translate("PassphraseDialog", "Too short: at least {count} characters.").format(
                count=MINIMUM_LENGTH
            ),
            "#a00000",
        )
    score = encryption.strength(text)
    if score <= 1:
        return (
            translate(
                "PassphraseDialog",
                "Weak: guessed quickly (a common word, a name, a date or a keyboard "
                "pattern). Add another word or two.",
            ),
            "#a00000",
        )
    if score == 2:
        return (
            translate("PassphraseDialog", "Fair: add another uncommon word to make it strong."),
            "#8a5a00",
        )
    if score == 3:
        return translate("PassphraseDialog", "Good."), "#18753c"
    return translate("PassphraseDialog", "Strong."), "#18753c"


class PasswordPair(QWidget):
    """A new passphrase or password, typed twice; what is wrong is said beside the fields,
    and how hard it is to guess under the first one, as it is typed."""

    def __init__(self, first: str, again: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.again = QLineEdit()
        self.error = ErrorLabel()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(
            QCoreApplication.translate("PassphraseDialog", "Strength of the passphrase")
        )
        for field, name in ((self.first, first), (self.again, again)):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name.replace("&", "").rstrip(" :"))
            field.textChanged.connect(lambda _t: self.error.clear_message())
        self.first.textChanged.connect(self._show_strength)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(first, self.first)
        form.addRow("", self.hint)
        form.addRow(again, self.again)
        form.addRow("", self.error)
        self._show_strength("")

    def _show_strength(self, text: str) -> None:
        words, colour = strength_hint(text)
        self.hint.setText(words)
        self.hint.setStyleSheet(f"color: {colour}")

    def value(self) -> str | None:
        """The password (normalised: NFC) when both fields agree and it is long enough;
        else None, with the reason shown beside the fields."""
        text = encryption.normalised(self.first.text())
        if len(text) < MINIMUM_LENGTH:
            self.error.show_message(
                QCoreApplication.translate(
                    "PassphraseDialog", "It needs at least {count} characters."
                ).format(count=MINIMUM_LENGTH)
            )
            self.first.setFocus()
            return None
        if text != encryption.normalised(self.again.text()):
            self.error.show_message(
                QCoreApplication.translate(
                    "PassphraseDialog", "The two entries differ: type it again."
                )
            )
            self.again.selectAll()
            self.again.setFocus()
            return None
        self.error.clear_message()
        return text


class ProtectionBox(QGroupBox):
    """The option of every Excel export that leaves the machine: a password that Excel and
    LibreOffice ask before opening the workbook."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Protect the workbook with a password"))
        self.setCheckable(True)
        self.setChecked(False)
        self.setAccessibleName(self.tr("Protect the workbook with a password"))
        self.pair = PasswordPair(self.tr("Password:"), self.tr("Once more:"))
        hint = QLabel(
            self.tr(
                "Excel and LibreOffice will ask for it. Send it by another channel than the "
                "file (telephone, another message)."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pair)
        layout.addWidget(hint)
        self.toggled.connect(lambda on: on and self.pair.first.setFocus())

    def password(self) -> tuple[bool, str | None]:
        """(usable, password): not usable when the box is ticked and the password is not
        right yet (the reason is shown); the password is None when unprotected."""
        if not self.isChecked():
            return True, None
        value = self.pair.value()
        return value is not None, value


class NewPassphraseDialog(QDialog):
    """A new passphrase for the database (encrypting it, or changing its passphrase); the
    current one is asked too when there is one, so that an unlocked, unattended window is
    not enough to change it."""

    def __init__(
        self,
        path: Path,
        current: encryption.RawKey | None,
        parent: QWidget | None = None,
        *,
        ask_new: bool = True,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._current = current
        self.setWindowTitle(
            self.tr("Encrypt the database")
            if current is None
            else self.tr("Change the passphrase")
            if ask_new
            else self.tr("Remove the encryption")
        )
        self.setAccessibleName(self.windowTitle())
        if current is None:
            text = self.tr(
                "Every record of {name}, its search index and its future backups will be "
                "encrypted (AES-256). Without the passphrase nobody — not even you — can read "
                "them again: keep it somewhere safe."
            )
        elif ask_new:
            text = self.tr("Type the current passphrase of {name}, then the new one twice.")
        else:
            text = self.tr(
                "{name} will be stored in clear again: anyone who has the file can read it. "
                "Type the passphrase to confirm."
            )
        explanation = QLabel(text.format(name=path.name))
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.current_error = ErrorLabel()
        if current is not None:
            form.addRow(self.tr("&Current passphrase:"), self.current)
            form.addRow("", self.current_error)
        layout.addLayout(form)
        self.pair = PasswordPair(self.tr("&New passphrase:"), self.tr("&Once more:"))
        self.pair.setVisible(ask_new)
        layout.addWidget(self.pair)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ask_new = ask_new
        self.new_passphrase: str | None = None
        self.setMinimumWidth(500)
        (self.current if current is not None else self.pair.first).setFocus()

    def accept(self) -> None:
        if self._current is not None and not encryption.matches(
            self._path, self._current, self.current.text()
        ):
            self.current_error.show_message(self.tr("This is not the current passphrase."))
            self.current.selectAll()
            self.current.setFocus()
            self.adjustSize()
            return
        self.current_error.clear_message()
        if self.ask_new:
            value = self.pair.value()
            if value is None:
                self.adjustSize()
                return
            self.new_passphrase = value
        super().accept()
