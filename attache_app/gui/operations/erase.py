"""The personal data of one person (GDPR): everything held about them, to a file (right of
access), and erasing them for good (right to erasure) — after a clear question, in a
worker, the undo history emptied so that no command brings them back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from attache_app.errors import AttacheError
from attache_app.gui import background as operations
from attache_app.gui.background import Operation, Progress
from attache_app.gui.shell import Shell
from attache_app.i18n import translate
from attache_app.services import records
from attache_app.services.database import Store

if TYPE_CHECKING:
    from attache_app.services.privacy import ErasureReport


def export_person_data(window: Shell, person_id: int, path: Path | None = None) -> Path | None:
    """Everything held about one person, to a JSON file (right of access)."""
    from attache_app.gui.dialogs.export_dialogs import documents_folder, safe_file_name

    title = translate("MainWindow", "Right of access")
    try:
        person = records.get_person(window.store, person_id)
        if path is None:
            suggested = documents_folder() / (
                safe_file_name(
                    translate("MainWindow", "Data of {name}").format(name=person.display_name)
                )
                + ".json"
            )
            name, _ = QFileDialog.getSaveFileName(window, title, str(suggested), "JSON (*.json)")
            if not name:
                return None
            path = Path(name)
        from attache_app.services import privacy

        written = privacy.write_person_data(window.store, person_id, path)
    except AttacheError as error:
        QMessageBox.warning(window, title, str(error))
        return None
    window.show_message(
        translate("MainWindow", "Everything held about {name} written to {file}").format(
            name=person.display_name, file=written
        ),
        10_000,
    )
    return written


def erase_person(
    window: Shell, person_id: int, *, confirmed: bool = False
) -> Operation[ErasureReport] | None:
    """Erase a person for good, after a clear question; the undo history is emptied."""
    title = translate("DatabaseTools", "Erase for good")
    try:
        person = records.get_person(window.store, person_id)
    except AttacheError as error:
        QMessageBox.warning(window, title, str(error))
        return None
    if not confirmed:
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(
            translate(
                "DatabaseTools", "Erase {name} and every trace of them from this database?"
            ).format(name=person.display_name)
        )
        box.setInformativeText(
            translate(
                "DatabaseTools",
                "The record, its links, its search entries and its import history are "
                "removed and the file is rewritten. This cannot be undone; backups made "
                "before keep their copy.",
            )
        )
        erase = box.addButton(title, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not erase:
            return None

    from attache_app.services import privacy

    def work(store: Store, _progress: Progress) -> privacy.ErasureReport:
        return privacy.erase_person(store, person_id)

    def done(report: privacy.ErasureReport) -> None:
        window.undo_stack.clear()  # no command may bring the person back
        window.events.records_changed.emit("")
        message = translate("DatabaseTools", "{name} erased.").format(name=report.name)
        if report.traces_left:
            message += " " + translate(
                "DatabaseTools", "Still readable in the file: {words}"
            ).format(words=", ".join(report.traces_left))
        window.statusBar().showMessage(message, 15_000)

    return operations.run(
        window,
        window.runner,
        title,
        work,
        success=done,
        cancellable=False,
        text=translate("DatabaseTools", "Erasing {name} and rewriting the file…").format(
            name=person.display_name
        ),
    )
