"""Exports from the window: the report dialog with its preview, and lists exported as they
are filtered or selected — through real widgets, read back with independent readers."""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from attache_app.domain.enums import RecordKind
from attache_app.gui.dialogs.consolidate_dialog import ConsolidateDialog
from attache_app.gui.dialogs.export_dialogs import ExportRun
from attache_app.gui.dialogs.report_dialog import ReportDialog, period_choices
from attache_app.gui.main_window import MainWindow
from attache_app.gui.operations import export
from attache_app.services import exports
from attache_app.services.exports import Written
from attache_app.storage import Store
from tests.gui.conftest import settle


def _finish(qtbot: QtBot, run: ExportRun | None) -> ExportRun:
    assert run is not None
    qtbot.waitUntil(lambda: not run.busy(), timeout=20000)
    for widget in QApplication.topLevelWidgets():  # the "export finished" message
        if isinstance(widget, QMessageBox):
            widget.close()
    return run


def test_report_dialog_previews_then_writes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = export.export_report(window)
    assert isinstance(dialog, ReportDialog)
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.report is not None, timeout=10000)
    dialog.period_box.setCurrentIndex(dialog.period_box.findData("2026"))
    themes = dialog.themes
    for i in range(themes.count()):
        if themes.item(i).text() == "IA":
            themes.item(i).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(
        lambda: (
            not dialog.busy()
            and dialog.report is not None
            and dialog.report.period.code == "2026"
            and dialog.report.themes == ["IA"]
        ),
        timeout=10000,
    )
    notes = dialog.report.section("notes")
    query = (
        "SELECT count(*) FROM notes n JOIN note_themes t ON t.note_id = n.id "
        "WHERE t.theme = 'IA' AND n.date BETWEEN '2026-01-01' AND '2026-12-31' "
        "AND n.private = 0"
    )
    expected = window.store.scalar(query + " AND n.status != 'draft'")
    with_drafts = window.store.scalar(query)
    assert len(notes.rows) == expected
    shown = dialog.preview.topLevelItem(0)
    assert [shown.child(i).text(1) for i in range(shown.childCount())][2] == str(expected)
    assert "Persons are not named" in dialog.persons_note.text()

    # Drafts and named persons on request; the dialog says what naming means.
    for box in (dialog.drafts, dialog.named):  # a click on the box itself
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert dialog.drafts.isChecked() and dialog.named.isChecked()
    assert "personal data" in dialog.persons_note.text()
    qtbot.waitUntil(
        lambda: (
            not dialog.busy()
            and dialog.report is not None
            and dialog.report.include_drafts
            and dialog.report.named_persons
        ),
        timeout=10000,
    )
    assert len(dialog.report.section("notes").rows) == with_drafts
    dialog.highlights.setFocus()
    qtbot.keyClicks(dialog.highlights, "Three agreements signed")

    out = tmp_path / "rapport.xlsx"
    dialog.path.setText(str(out))
    dialog.path.setModified(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    run = _finish(qtbot, dialog.run)
    assert run.written is not None and run.written.path == out
    book = CalamineWorkbook.from_path(str(out))
    assert len(book.get_sheet_by_name("Watch").to_python()) - 1 == with_drafts
    assert "Persons" in book.sheet_names
    cover = [r[0] for r in book.get_sheet_by_name("Overview").to_python()]
    assert "Three agreements signed" in cover
    dialog.close()

    # The highlights were kept for the period: the next dialog shows them again.
    again = export.export_report(window)
    again.period_box.setCurrentIndex(again.period_box.findData("2026"))
    assert again.highlights.toPlainText() == "Three agreements signed"
    qtbot.waitUntil(lambda: not again.busy(), timeout=10000)
    again.close()


def test_report_dialog_names_the_private_notes_left_out(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Fichier › Rapport pour Paris… (Ctrl+E): the year of the example post has private
    notes; the dialog names them as left out, and the file written holds none of them."""
    window.report_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReportDialog))
    dialog.period_box.setCurrentIndex(dialog.period_box.findData("2026"))
    qtbot.waitUntil(
        lambda: (
            not dialog.busy() and dialog.report is not None and dialog.report.period.code == "2026"
        ),
        timeout=10000,
    )
    private = [
        str(t)
        for (t,) in window.store.execute(
            "SELECT title FROM notes WHERE private != 0 AND status != 'draft' "
            "AND date BETWEEN '2026-01-01' AND '2026-12-31' ORDER BY date, id"
        )
    ]
    assert private  # the example post keeps a few notes at home
    assert dialog.status.text().endswith(
        f" {len(private)} private watch notes of the period left out: they stay at post."
    )
    assert dialog.left_out.isVisible()
    shown = dialog.left_out.toPlainText().splitlines()
    assert shown == [f"Private note — {title}" for title in private]

    out = tmp_path / "annee.xlsx"
    dialog.path.setText(str(out))
    dialog.path.setModified(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    _finish(qtbot, dialog.run)
    book = CalamineWorkbook.from_path(str(out))
    titles = {str(r[2]) for r in book.get_sheet_by_name("Watch").to_python()[1:]}
    assert titles and not titles & set(private)

    # A period without private notes: nothing said.
    dialog.period_box.setCurrentIndex(dialog.period_box.findData("2025"))
    qtbot.waitUntil(
        lambda: (
            not dialog.busy() and dialog.report is not None and dialog.report.period.code == "2025"
        ),
        timeout=10000,
    )
    assert not dialog.left_out.isVisible()
    assert "private" not in dialog.status.text()
    dialog.close()


def test_report_dialog_custom_dates_and_a_bad_range(qtbot: QtBot, window: MainWindow) -> None:
    dialog = export.export_report(window)
    combo: QComboBox = dialog.period_box
    combo.setCurrentIndex(combo.findData(ReportDialog.CUSTOM))
    assert dialog.dates.isVisible()
    dialog.start_edit.setDate(dialog.end_edit.date().addDays(3))
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
    assert "before it starts" in dialog.status.text()
    assert not dialog.export_button.isEnabled()
    dialog.close()


def test_period_choices_offer_recent_quarters() -> None:
    import datetime as dt

    codes = [code for code, _ in period_choices(dt.date(2026, 11, 23))]
    assert codes[:3] == ["2026-Q4", "2026-Q3", "2026-Q2"]
    assert "2025-Q3" in codes and "2026" in codes and "2026-11" in codes


def test_contacts_exported_as_the_list_is_filtered(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.show_page(1)
    view = window.lists[RecordKind.PERSON]
    tag = view.filters["tag"]
    assert isinstance(tag, QComboBox)
    tag.setCurrentIndex(tag.findData("VIP"))
    settle(qtbot, window)
    shown = view.model.ids()
    assert 0 < len(shown) < 150
    out = tmp_path / "vip.csv"
    _finish(qtbot, export.export_list(window, RecordKind.PERSON, "csv", path=out))
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert len(rows) - 1 == len(shown)

    # Two rows selected: only those two.
    view.table.selectRow(0)
    view.table.selectionModel().select(
        view.model.index(1, 0),
        view.table.selectionModel().SelectionFlag.Select
        | view.table.selectionModel().SelectionFlag.Rows,
    )
    assert len(view.selected_ids()) == 2
    out = tmp_path / "two.vcf"
    _finish(qtbot, export.export_list(window, RecordKind.PERSON, "vcf", path=out))
    assert out.read_text("utf-8").count("BEGIN:VCARD") == 2


def test_deadlines_to_calendar_and_everything_to_a_workbook(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    out = tmp_path / "deadlines.ics"
    _finish(qtbot, export.export_list(window, RecordKind.DEADLINE, "ics", path=out))
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert len(events) == len(window.lists[RecordKind.DEADLINE].model.ids())

    out = tmp_path / "all.xlsx"
    run = _finish(qtbot, export.export_everything(window, out))
    assert run.written is not None and run.written.details["rows"]["persons"] == 150
    assert CalamineWorkbook.from_path(str(out)).sheet_names[0] == "Persons"


def test_cancelled_export_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, go = threading.Event(), threading.Event()
    real = exports.write_all

    def gated(
        store: Store,
        path: Path,
        *,
        progress: Callable[[int, int], None],
        password: str | None = None,
    ) -> Written:
        def step(done: int, total: int) -> None:
            started.set()  # the worker is writing: the test presses Cancel now
            go.wait(10)
            progress(done, total)

        return real(store, path, progress=step, password=password)

    monkeypatch.setattr(exports, "write_all", gated)
    out = tmp_path / "all.xlsx"
    run = export.export_everything(window, out)
    assert run is not None and started.wait(10)
    run.cancel()
    go.set()
    _finish(qtbot, run)
    assert run.written is None and "Cancelled" in run.error
    assert [p.name for p in tmp_path.iterdir() if "all.xlsx" in p.name] == []


def test_export_menu_is_in_the_file_menu(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "&Report to Paris…" in texts and "E&xport" in texts
    assert window.report_action.shortcut().toString() == "Ctrl+E"


def test_contacts_one_vcard_file_each_from_the_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import vobject
    from PySide6.QtWidgets import QFileDialog

    (tmp_path / "other.txt").write_text("not ours")  # a folder in use: a new one inside it
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path))
    )
    window.show_page(1)
    settle(qtbot, window)
    shown = window.lists[RecordKind.PERSON].model.ids()
    window.export_vcf_folder_action.trigger()
    run = _finish(qtbot, window.last_export)
    assert run.written is not None and run.written.count == len(shown)
    folder = run.written.path
    assert folder.parent == tmp_path and folder.is_dir()
    assert (tmp_path / "other.txt").read_text() == "not ours"
    files = list(folder.glob("*.vcf"))
    assert len(files) == len(shown)
    assert all(len(list(vobject.readComponents(f.read_text("utf-8")))) == 1 for f in files)


def test_consolidate_reports_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    first, second = tmp_path / "t3.xlsx", tmp_path / "t4.xlsx"
    exports.write_report(window.store, first, exports.parse_period("2026-Q3"))
    exports.write_report(window.store, second, exports.parse_period("2026-Q4"))
    junk = tmp_path / "notes.txt"
    junk.write_text("not a report", encoding="utf-8")
    window.consolidate_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ConsolidateDialog))
    assert not dialog.consolidate_button.isEnabled()  # no report yet
    dialog.add_files([first, second, junk])  # what the Add reports… file dialog gives
    out = tmp_path / "reseau.xlsx"
    dialog.path.setText(str(out))
    dialog.path.setModified(True)
    qtbot.mouseClick(dialog.consolidate_button, Qt.MouseButton.LeftButton)
    assert dialog.run is not None
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20000)
    box = dialog.result_box
    assert box is not None
    assert box.text().startswith("2 report") and "consolidated into reseau.xlsx" in box.text()
    assert "notes.txt: it is not an Excel workbook (.xlsx)." in box.informativeText()
    header = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Indicators by post")
    assert "Total 2026-Q4" in header.to_python()[0]
    box.close()
    dialog.close()
