"""Outils › Sauvegarder, Vérifier, Restaurer, the daily backup and the example data: each
runs as an :class:`~attache_app.gui.background.Operation`, off the GUI thread, and says
how it ended."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from attache_app.gui import background as operations
from attache_app.gui.background import Operation, Progress
from attache_app.gui.shell import Shell
from attache_app.i18n import translate
from attache_app.services import database as backups
from attache_app.services import post
from attache_app.services.database import Store

if TYPE_CHECKING:  # the phones and the example data: imported when first used
    from attache_app.services import phones
    from attache_app.services.demo import DemoSummary


class DatabaseTools(QObject):
    """The translation context of the messages with a count (pyside6-lupdate takes a plural,
    « %n », only from ``self.tr`` inside a class)."""

    def mismatches(self, count: int) -> str:
        return self.tr(
            "%n stored telephone number(s) belong to another country than their person's: see "
            "the details. Saving such a record again reads a national number with the person's "
            "country.",
            "",
            count,
        )


@dataclass(frozen=True)
class CheckOutcome:
    report: backups.CheckReport
    mismatches: list[phones.PhoneMismatch]


def backup_now(window: Shell) -> Operation[Path]:
    def work(store: Store, _progress: Progress) -> Path:
        return backups.backup(store)

    def done(path: Path) -> None:
        window.statusBar().showMessage(
            translate("DatabaseTools", "Backed up to {path}").format(path=path),
            8000,
        )

    return operations.run(
        window,
        window.runner,
        translate("DatabaseTools", "Back up"),
        work,
        success=done,
        cancellable=False,
        text=translate("DatabaseTools", "Backing the database up…"),
    )


def check_database(window: Shell) -> Operation[CheckOutcome]:
    """Outils › Vérifier la base: the problems, or that the database is sound — with, to
    look at, the stored phone numbers whose country is not their person's (as `attache
    check` lists them). The box is ``window.check_result``."""

    def work(store: Store, _progress: Progress) -> CheckOutcome:
        from attache_app.services import phones

        report = backups.check(store)
        return CheckOutcome(report, phones.country_mismatches(store) if report.ok else [])

    def done(outcome: CheckOutcome) -> None:
        title = translate("DatabaseTools", "Check the database")
        report = outcome.report
        box = QMessageBox(window)
        box.setWindowTitle(title)
        box.setAccessibleName(title)
        if not report.ok:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText("\n".join(report.problems))
        else:
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(
                translate("DatabaseTools", "The database is sound (schema version {v}).").format(
                    v=report.schema_version
                )
            )
            if outcome.mismatches:
                box.setInformativeText(DatabaseTools().mismatches(len(outcome.mismatches)))
                box.setDetailedText("\n".join(m.message() for m in outcome.mismatches))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.check_result = box
        box.open()

    return operations.run(
        window,
        window.runner,
        translate("DatabaseTools", "Check the database"),
        work,
        success=done,
        text=translate("DatabaseTools", "Checking the database…"),
    )


def restore_backup(
    window: Shell, source: Path | None = None, *, confirmed: bool = False
) -> Operation[Path] | None:
    """Replace the data by a backup's, after backing up the current state (whose path is
    the operation's result, and shown)."""
    assert window.store.path is not None
    if source is None:
        folder = str(backups.backups_dir(window.store.path))
        name, _filter = QFileDialog.getOpenFileName(
            window,
            translate("DatabaseTools", "Restore a backup"),
            folder,
            translate("DatabaseTools", "Attaché databases (*.db)"),
        )
        if not name:
            return None
        source = Path(name)
    if not confirmed:
        answer = QMessageBox.question(
            window,
            translate("DatabaseTools", "Restore"),
            translate(
                "DatabaseTools",
                "Replace the current data by {file}? The current state is backed up first.",
            ).format(file=source.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return _restore_exclusively(window, source)


def _restore_exclusively(window: Shell, source: Path) -> Operation[Path]:
    """The restore holds the file alone from its first read to the swap, like `attache
    restore` (storage/backup.restore_file): the window's workers are held and its own
    connection closed meanwhile (the progress is shown at once, modal: nothing in the window
    reads), then it reconnects — to the restored file, or the unchanged one on failure."""
    store = window.store
    assert store.path is not None
    path, clock = store.path, store.clock
    key = store.key.copy() if store.key is not None else None
    window.runner.hold()
    store.suspend(backups.restoring(path))

    def work(_progress: Progress) -> Path:
        return backups.restore_file(path, source, key=key, clock=clock)

    def reopen() -> None:
        if key is not None:
            key.wipe()
        store.reconnect()
        window.runner.release()

    def done(safety: Path) -> None:
        reopen()
        window.undo_stack.clear()
        window.events.records_changed.emit("")
        window.statusBar().showMessage(
            translate("DatabaseTools", "Restored. The previous state is in {path}").format(
                path=safety
            ),
            10000,
        )

    def failed(message: str) -> None:
        reopen()
        window.events.records_changed.emit("")
        operation.failure_box = operations.show_failure(window, operation.title, message)

    operation: Operation[Path] = operations.Operation(
        window,
        window.runner,
        translate("DatabaseTools", "Restore"),
        _no_store,
        success=done,
        failure=failed,
        cancellable=False,
        free=work,
        text=translate("DatabaseTools", "Restoring {file}…").format(file=source.name),
    )
    operation.show()  # at once: the window must not read its closed database
    return operation


def _no_store(_store: Store, _progress: Progress) -> Path:
    raise TypeError("the restore runs with free=: it opens the file itself, exclusively")


def load_example(window: Shell) -> Operation[DemoSummary]:
    from attache_app.services import demo

    def work(store: Store, _progress: Progress) -> DemoSummary:
        return demo.load_demo(store)

    def done(_summary: DemoSummary) -> None:
        window.reload_post_settings()
        window.undo_stack.clear()
        window.events.records_changed.emit("")

    return operations.run(
        window,
        window.runner,
        translate("DatabaseTools", "Example data"),
        work,
        success=done,
        cancellable=False,
        text=translate("DatabaseTools", "Loading the example data…"),
    )


def daily_backup(window: Shell) -> None:
    """The first open of each day backs the database up — in a worker, never in the way."""
    keep = post.get_settings(window.store).backup_keep

    def done(path: object) -> None:
        if isinstance(path, Path):
            window.show_message(
                translate("MainWindow", "Daily backup written to {path}").format(path=path),
                8000,
            )

    if not window.store.readonly:
        window.runner.run(
            lambda store: backups.daily_backup(store, keep),
            done,
            lambda message: window.show_message(message, 15000),
        )
