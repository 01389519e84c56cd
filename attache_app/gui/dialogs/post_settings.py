"""The post's settings: asked at first run, editable later (Outils › Réglages du poste)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from attache_app.domain.countries import main_timezone
from attache_app.domain.models import PostSettings
from attache_app.errors import ValidationError
from attache_app.gui.dialogs.editor import GuardedDialog
from attache_app.gui.dialogs.passphrase import PasswordPair
from attache_app.gui.widgets.fields import (
    ErrorLabel,
    combo_value,
    country_combo,
    set_combo_data,
    timezone_combo,
)
from attache_app.services import encryption, post
from attache_app.services.database import Store


def system_defaults() -> PostSettings:
    """Sensible first values: this machine's country and time zone, when it knows them."""
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "Europe/Paris"
    territory = QLocale.system().territory()
    code = QLocale.territoryToCode(territory) if territory != QLocale.Country.AnyTerritory else ""
    code = code if len(code) == 2 else "FR"
    return PostSettings(
        country=code, timezone=zone if "/" in zone else "Europe/Paris", phone_region=code
    )


class PostSettingsDialog(GuardedDialog):
    """Closing it with changes asks « Enregistrer les modifications ? » (as the editors do),
    at first run too."""

    def __init__(
        self, store: Store, *, first_run: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        current = post.get_settings(store)
        if first_run and not post.is_configured(store):
            current = system_defaults()
        self.setWindowTitle(
            self.tr("Welcome to Attaché") if first_run else self.tr("Settings of the post")
        )
        self.setAccessibleName(self.windowTitle())
        self.name = QLineEdit(current.post_name)
        self.name.setPlaceholderText(
            self.tr("e.g. Bureau français de Taipei — Service scientifique")
        )
        self.country = country_combo(current.country, allow_empty=False)
        self.timezone = timezone_combo(current.timezone)
        self.region = country_combo(current.phone_region, allow_empty=False)
        self.author = QLineEdit(current.author)
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.setValue(current.backup_keep)
        self.load_example = QCheckBox(self.tr("Load the example post (Taipei) to try Attaché"))
        self.take_over = QCheckBox(
            self.tr("Take over my &predecessor's network (their hand-over package)")
        )
        self.take_over.setToolTip(
            self.tr(
                "Next, choose the package your predecessor left you and type its password: "
                "you see what it holds before importing it."
            )
        )
        self.take_over.toggled.connect(self._one_start)
        self.load_example.toggled.connect(self._one_start)
        # Encryption is proposed, ticked: the passphrase is typed here, with a live hint
        # of its strength; unticking it is one click, and says plainly what it means.
        self.encrypt = QCheckBox(self.tr("&Encrypt this database with a passphrase"))
        self.encrypt.setToolTip(
            self.tr(
                "A lost or stolen computer then shows nothing of your contacts and notes. "
                "It can also be done later: Tools › Encryption."
            )
        )
        self.encrypt.setEnabled(encryption.available())
        self.encrypt.setChecked(encryption.available())
        self.passphrase = PasswordPair(self.tr("&Passphrase:"), self.tr("&Once more:"))
        self.passphrase_note = QLabel(
            self.tr(
                "It is asked each time Attaché opens and after a time without use. Without "
                "it nobody — not even you — can read the data again: keep it somewhere safe."
            )
        )
        self.passphrase_note.setWordWrap(True)
        self.clear_warning = QLabel(
            self.tr(
                "⚠ Not encrypted: anyone who has this computer, its disk or a copy of the "
                "file can read every contact, note and deadline. You can encrypt it later: "
                "Tools › Encryption."
            )
        )
        self.clear_warning.setWordWrap(True)
        self.clear_warning.setStyleSheet("color: #a00000")
        self.clear_warning.setAccessibleName(self.tr("Warning: not encrypted"))
        self.encrypt.toggled.connect(self._show_encryption)
        self.error = ErrorLabel()
        form = QFormLayout()
        for label, widget in (
            (self.tr("Name of the &post"), self.name),
            (self.tr("&Country"), self.country),
            (self.tr("&Time zone"), self.timezone),
            (self.tr("Default &phone region"), self.region),
            (self.tr("&Author of the reports"), self.author),
            (self.tr("Daily &backups kept"), self.keep),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            title = QLabel(label)
            title.setBuddy(widget)
            form.addRow(title, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel(
                self.tr(
                    "Attaché keeps your contacts, watch notes and programme deadlines on this "
                    "computer. Tell it about your post; you can change this later in "
                    "Tools › Settings of the post."
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(form)
        if first_run:
            layout.addWidget(self.take_over)
            layout.addWidget(self.load_example)
            layout.addWidget(self.encrypt)
            layout.addWidget(self.passphrase)
            layout.addWidget(self.passphrase_note)
            layout.addWidget(self.clear_warning)
            self._show_encryption(self.encrypt.isChecked())
        else:
            hidden: tuple[QWidget, ...] = (
                self.take_over, self.load_example, self.encrypt, self.passphrase,
                self.passphrase_note, self.clear_warning,
            )  # fmt: skip
            for extra in hidden:
                extra.hide()
        self.first_run = first_run
        self.new_passphrase: str | None = None
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)
        self.country.currentIndexChanged.connect(self._country_chosen)
        self.mark_unchanged()

    def _one_start(self, on: bool) -> None:
        """The example data or the predecessor's network: ticking one unticks the other."""
        if on:
            other = self.load_example if self.sender() is self.take_over else self.take_over
            other.setChecked(False)

    def _country_chosen(self) -> None:
        """A country chosen sets the time zone and the phone region (both still editable)."""
        code = combo_value(self.country)
        if not code:
            return
        zone = main_timezone(code)
        if zone:
            self.timezone.setCurrentText(zone)
        set_combo_data(self.region, code)

    def _show_encryption(self, on: bool) -> None:
        self.passphrase.setVisible(on)
        self.passphrase_note.setVisible(on)
        self.clear_warning.setVisible(not on and encryption.available())
        if on:
            self.passphrase.first.setFocus()
        self.adjustSize()

    def accept(self) -> None:
        self.new_passphrase = None
        if self.first_run and self.encrypt.isChecked():
            self.new_passphrase = self.passphrase.value()
            if self.new_passphrase is None:  # the reason is shown beside the fields
                return
        try:
            post.update_settings(
                self.store,
                post_name=self.name.text(),
                country=combo_value(self.country),
                timezone=self.timezone.currentText(),
                phone_region=combo_value(self.region),
                author=self.author.text(),
                backup_keep=self.keep.value(),
            )
        except ValidationError as error:
            self.error.show_message(" ".join(e.message for e in error.errors))
            return
        super().accept()
