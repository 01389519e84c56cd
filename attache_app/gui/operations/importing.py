"""Fichier › Importer des contacts (or a list dropped on the window) and Outils ›
Historique des imports: the wizard and the history, each in its own window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from attache_app.gui.shell import Shell
from attache_app.importing import IMPORTABLE_SUFFIXES

# The wizard is imported when first opened, not at start-up.
if TYPE_CHECKING:
    from attache_app.gui.dialogs.import_history import ImportHistoryDialog
    from attache_app.gui.dialogs.import_wizard import ImportWizard


def import_contacts(window: Shell, path: Path | None = None) -> ImportWizard:
    """Open the import wizard (on ``path`` when a file was dropped on the window)."""
    from attache_app.gui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(window.store, window.runner, path, window)
    wizard.imported.connect(lambda _batch: window.events.records_changed.emit(""))
    wizard.package_chosen.connect(lambda p: _take_over(window, wizard, Path(p)))
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    if path is not None:
        wizard.file_page.validatePage()
    return wizard


def _take_over(window: Shell, wizard: ImportWizard, path: Path) -> None:
    """A hand-over package chosen in the wizard: its own dialog (gui/handover_import.py)."""
    from attache_app.gui import handover_import

    wizard.close()
    handover_import.open_dialog(window, path)


def import_history(window: Shell) -> ImportHistoryDialog:
    from attache_app.gui.dialogs.import_history import ImportHistoryDialog

    dialog = ImportHistoryDialog(window.store, window)
    dialog.undone.connect(lambda _batch: window.events.records_changed.emit(""))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local file of a kind the importer reads, dragged onto the window."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile():
        path = Path(urls[0].toLocalFile())
        if path.suffix.lower() in IMPORTABLE_SUFFIXES:
            return path
    return None
