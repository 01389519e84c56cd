"""Fichier › Exporter: the report to Paris, the consolidation of several posts' reports,
every record to one workbook, and what a list shows (CSV, vCard, iCalendar) — each asks
where to write, then writes off the GUI thread under a progress dialog
(:class:`~attache_app.gui.dialogs.export_dialogs.ExportRun`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from attache_app.domain.enums import RecordKind
from attache_app.gui.shell import Shell
from attache_app.i18n import translate

# The dialogs and the writers are imported when first used, not at start-up.
if TYPE_CHECKING:
    from attache_app.gui.dialogs.consolidate_dialog import ConsolidateDialog
    from attache_app.gui.dialogs.export_dialogs import ExportRun
    from attache_app.gui.dialogs.report_dialog import ReportDialog


def export_report(window: Shell) -> ReportDialog:
    """Fichier › Exporter le rapport pour Paris…"""
    from attache_app.gui.dialogs.report_dialog import ReportDialog

    dialog = ReportDialog(window.store, window.runner, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def consolidate_reports(window: Shell) -> ConsolidateDialog:
    """Fichier › Consolider des rapports… (the reports of several posts, side by side)."""
    from attache_app.gui.dialogs.consolidate_dialog import ConsolidateDialog

    dialog = ConsolidateDialog(window.runner, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def export_everything(
    window: Shell, path: Path | None = None, password: str | None = None
) -> ExportRun | None:
    """Every record to one workbook that the importer reads back (protected by a password
    when asked)."""
    from attache_app.gui.dialogs import export_dialogs
    from attache_app.services import exports

    title = translate("MainWindow", "Export everything")
    if path is None:
        suggested = export_dialogs.documents_folder() / (
            export_dialogs.safe_file_name(f"Attache_{window.post_name()}") + ".xlsx"
        )
        dialog = export_dialogs.WorkbookDialog(title, suggested, window)
        if not dialog.exec() or dialog.chosen is None:
            return None
        path, password = dialog.chosen
    target = path
    window.last_export = export_dialogs.ExportRun(
        window,
        window.runner,
        translate("MainWindow", "Writing every record to {file}…").format(file=target.name),
        lambda store, progress: exports.write_all(
            store, target, progress=progress, password=password
        ),
    )
    return window.last_export


def export_list(
    window: Shell,
    kind: RecordKind,
    fmt: str,
    *,
    ids: list[int] | None = None,
    path: Path | None = None,
) -> ExportRun | None:
    """Export what a list shows (``fmt``: csv, vcf, vcf-folder or ics): its selection when
    several rows are selected, else every row its filters keep."""
    from attache_app.gui.dialogs import export_dialogs
    from attache_app.services import exports

    if ids is None:
        view = window.lists[kind]
        selected = view.selected_ids()
        ids = selected if len(selected) > 1 else view.model.ids()
    if not ids:
        QMessageBox.information(
            window,
            translate("MainWindow", "Export"),
            translate("MainWindow", "This list is empty: there is nothing to export."),
        )
        return None
    title = translate("MainWindow", "Export {count} {kind}").format(
        count=len(ids), kind=kind.plural_label.lower()
    )
    if path is None and fmt == "vcf-folder":
        path = export_dialogs.ask_new_folder(
            window, title, f"vCard_{kind.plural_label}_{window.post_name()}"
        )
        if path is None:
            return None
    elif path is None:
        path = export_dialogs.ask_path(
            window, title, f"{kind.plural_label}_{window.post_name()}", fmt
        )
        if path is None:
            return None
    target, chosen = path, list(ids)
    work: export_dialogs.Work
    if fmt == "csv":
        work = lambda store, progress: exports.write_csv(  # noqa: E731
            store, target, kind, chosen, progress=progress
        )
    elif fmt in ("vcf", "vcf-folder"):
        each = fmt == "vcf-folder"
        work = lambda store, progress: exports.write_vcf(  # noqa: E731
            store, target, chosen, one_per_person=each, progress=progress
        )
    else:
        work = lambda store, progress: exports.write_ics(  # noqa: E731
            store, target, ids=chosen, progress=progress
        )
    window.last_export = export_dialogs.ExportRun(window, window.runner, title + "…", work)
    return window.last_export


def hand_over(window: Shell) -> object:
    """Fichier › Passation… : the package for the successor (gui/handover.py)."""
    from attache_app.gui import handover

    return handover.start_handover(window)
