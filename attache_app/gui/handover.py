"""Fichier › Passation… : the hand-over package, written as an operation.

The dialog says what goes into the package (counts per kind) and what is left out (the
private notes, the persons whose review date has come — named, with a box to hand them over
all the same), asks where to write it and a password typed twice (the same strength hint and
minimum as the encryption dialog), then writes it off the GUI thread under a progress dialog.
A failure is one sentence in a message box, and no file is left behind (the package is
written beside its destination and renamed when complete).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from attache_app.gui.background import Operation
from attache_app.gui.dialogs.export_dialogs import (
    WorkbookField,
    confirm_replace,
    documents_folder,
)
from attache_app.gui.dialogs.passphrase import PasswordPair
from attache_app.services import handover
from attache_app.services.database import Store

if TYPE_CHECKING:
    from attache_app.gui.shell import Shell


SHOWN = 200
"""Records left out named in the dialog (of each kind); the command names them all."""


def kind_label(key: str) -> str:
    return {
        "persons": QCoreApplication.translate("HandoverDialog", "Persons"),
        "organisations": QCoreApplication.translate("HandoverDialog", "Organisations"),
        "notes": QCoreApplication.translate("HandoverDialog", "Watch notes"),
        "interactions": QCoreApplication.translate("HandoverDialog", "Activities"),
        "programmes": QCoreApplication.translate("HandoverDialog", "Programmes"),
        "deadlines": QCoreApplication.translate("HandoverDialog", "Deadlines"),
    }[key]


class HandoverDialog(QDialog):
    """What the package holds, where it goes, its password."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Hand-over package"))
        self.setAccessibleName(self.windowTitle())
        self.scope = handover.scope(store)
        explanation = QLabel(
            self.tr(
                "Everything your successor needs to take over the post's network, in one "
                "Excel workbook: a hand-over note to read or print (key organisations and "
                "contacts by theme, open follow-ups, the next 12 months' deadlines, the "
                "programmes followed), then every record, which Attaché imports whole."
            )
        )
        explanation.setWordWrap(True)

        held = QGroupBox(self.tr("In the package"))
        self.counts = QFormLayout(held)
        self.count_labels: dict[str, QLabel] = {}
        for key in handover.KINDS:
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.count_labels[key] = label
            self.counts.addRow(kind_label(key), label)

        left = QGroupBox(self.tr("Left out"))
        left_layout = QVBoxLayout(left)
        self.left_out = QLabel()
        self.left_out.setWordWrap(True)
        self.names = QPlainTextEdit()
        self.names.setReadOnly(True)
        self.names.setAccessibleName(self.tr("Records left out"))
        self.names.setMaximumHeight(110)
        self.include_overdue = QCheckBox(
            self.tr("&Hand over the persons whose review date has come as well ({count})").format(
                count=len(self.scope.overdue_persons)
            )
        )
        self.include_overdue.setEnabled(bool(self.scope.overdue_persons))
        self.include_overdue.toggled.connect(self._rescope)
        left_layout.addWidget(self.left_out)
        left_layout.addWidget(self.names)
        left_layout.addWidget(self.include_overdue)

        suggested = documents_folder() / handover.suggested_name(store)
        self.file = WorkbookField(self.windowTitle(), str(suggested))
        form = QFormLayout()
        form.addRow(self.file.label, self.file)

        self.protection = QGroupBox(self.tr("&Protect the package with a password"))
        self.protection.setCheckable(True)
        self.protection.setChecked(True)
        self.protection.setAccessibleName(self.tr("Protect the package with a password"))
        self.pair = PasswordPair(self.tr("Password:"), self.tr("Once more:"))
        # The form gives a wrapped hint one line; its longest text takes two.
        self.pair.hint.setMinimumHeight(self.pair.hint.fontMetrics().lineSpacing() * 2 + 2)
        hint = QLabel(
            self.tr(
                "Excel and LibreOffice ask for it too, so your successor can read the note "
                "without Attaché. Give it by another channel than the file (in person, by "
                "telephone)."
            )
        )
        hint.setWordWrap(True)
        box = QVBoxLayout(self.protection)
        box.addWidget(self.pair)
        box.addWidget(hint)
        self.unprotected_warning = QLabel(
            self.tr("Without a password, anyone who gets the file can read every contact in it.")
        )
        self.unprotected_warning.setWordWrap(True)
        self.unprotected_warning.setStyleSheet("color: #a00000")
        self.protection.toggled.connect(self._protection_toggled)
        if store.encrypted:
            self.protection.setCheckable(False)  # always protected: the database is encrypted
            self.protection.setToolTip(
                self.tr("The database is encrypted: its hand-over package is always protected.")
            )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Write the package"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(held)
        layout.addWidget(left)
        layout.addLayout(form)
        layout.addWidget(self.protection)
        layout.addWidget(self.unprotected_warning)
        layout.addWidget(buttons)
        self._protection_toggled(self.protection.isChecked() or store.encrypted)
        self._rescope()
        self.setMinimumWidth(620)
        self.pair.first.setFocus()
        self.chosen: tuple[Path, str | None, bool] | None = None

    def _protection_toggled(self, on: bool) -> None:
        self.unprotected_warning.setVisible(not on)
        if on:
            self.pair.first.setFocus()

    def _rescope(self) -> None:
        self.scope.include_overdue_review = self.include_overdue.isChecked()
        counts = self.scope.counts
        for key, label in self.count_labels.items():
            label.setText(str(counts[key]))
        lines = self.scope.left_out()
        self.left_out.setText("\n".join(lines) or self.tr("Nothing: every record goes in."))
        private = self.tr("Private note — {title}")
        due = self.tr("Due for review — {name}")
        names = [private.format(title=t) for _i, t in self.scope.private_notes[:SHOWN]]
        names += [due.format(name=n) for _i, n in self.scope.left_out_persons[:SHOWN]]
        hidden = len(self.scope.private_notes) + len(self.scope.left_out_persons) - len(names)
        if hidden > 0:
            names.append(self.tr("… and %n more", "", hidden))
        self.names.setPlainText("\n".join(names))
        self.names.setVisible(bool(names))

    def accept(self) -> None:
        protected = self.protection.isChecked() or self.store.encrypted
        password = None
        if protected:
            password = self.pair.value()
            if password is None:
                return
        path = self.file.path()
        if path is None:
            return
        if path.exists() and not confirm_replace(self, path):
            return
        self.chosen = (path, password, self.include_overdue.isChecked())
        super().accept()


class HandoverRun(Operation[handover.Package]):
    """Writing the package in the background; says what was written, or why not."""

    def __init__(
        self,
        window: Shell,
        path: Path,
        password: str | None,
        include_overdue_review: bool,
    ) -> None:
        super().__init__(
            window,
            window.runner,
            self.tr("Hand-over package"),
            lambda store, progress: handover.write_package(
                store,
                path,
                password=password,
                include_overdue_review=include_overdue_review,
                progress=progress,
            ),
            text=self.tr("Writing the hand-over package {file}…").format(file=path.name),
            success=self._written,
        )
        self.written: handover.Package | None = None
        self.result_box: QMessageBox | None = None

    def _written(self, package: handover.Package) -> None:
        self.written = package
        box = QMessageBox(self.parentWidget())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Hand-over package written"))
        box.setText(
            (
                self.tr("The hand-over package {file} is written, protected by its password.")
                if package.protected
                else self.tr("The hand-over package {file} is written, without a password.")
            ).format(file=package.path.name)
        )
        counts = ", ".join(
            f"{kind_label(k).lower()}: {package.scope.counts[k]}" for k in handover.KINDS
        )
        box.setInformativeText("\n".join([str(package.path), counts, *package.scope.left_out()]))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result_box = box
        box.show()


def start_handover(window: Shell) -> HandoverRun | None:
    """Fichier › Passation… : the dialog, then the package written as an operation."""
    dialog = HandoverDialog(window.store, window)
    if not dialog.exec() or dialog.chosen is None:
        return None
    path, password, include = dialog.chosen
    return HandoverRun(window, path, password, include)
