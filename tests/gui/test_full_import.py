"""Fichier › Importer on a full export: the wizard shows what it holds and what differs,
writes it as one batch, and undoes it — driven through the menu action."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from attache_app.gui.dialogs.import_wizard import PAGE_FULL, PAGE_FULL_RESULT, ImportWizard
from attache_app.gui.main_window import MainWindow
from attache_app.services import exports, records
from tests.gui.conftest import settle


def _wizard() -> ImportWizard:
    return next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard) and w.isVisible()
    )


def _next(qtbot: QtBot, wizard: ImportWizard, page: int) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page and not wizard.busy(), timeout=20000)


def test_full_export_preview_merge_and_undo(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = window.store
    out = tmp_path / "all.xlsx"
    exports.write_all(store, out)
    # Since the export: a note deleted, a person's title changed (the database is newer).
    note_id = int(store.scalar("SELECT min(id) FROM notes"))
    note_uuid = store.scalar("SELECT uuid FROM notes WHERE id = ?", (note_id,))
    records.delete(store, records.kind_of(records.get_note(store, note_id)), [note_id])
    person = records.get_person(store, 1)
    exported_title = person.title
    person.title = "Directrice adjointe"
    store.clock = lambda: dt.datetime(2030, 1, 1, tzinfo=dt.UTC)  # after the export
    records.save_person(store, person)

    window.import_action.trigger()
    wizard = _wizard()
    wizard.file_page.path.setText(str(out))
    _next(qtbot, wizard, PAGE_FULL)
    page = wizard.full_page
    counts = {
        page.counts.item(r, 0).text(): [page.counts.item(r, c).text() for c in range(1, 6)]
        for r in range(page.counts.rowCount())
    }
    assert counts["Watch notes"][1] == "1"  # the deleted note comes back
    rows = [
        [page.changes.item(r, c).text() for c in range(4)] for r in range(page.changes.rowCount())
    ]
    row = next(i for i, r in enumerate(rows) if r[1] == "Title" and "Directrice" in r[2])
    assert rows[row][3] == exported_title
    box = page.changes.item(row, 4)
    assert box.checkState() == Qt.CheckState.Unchecked  # the database's record is newer
    box.setCheckState(Qt.CheckState.Checked)  # the user takes the file's value
    assert (
        counts["Persons"][2] == "0"
        and page.counts.item(list(counts).index("Persons"), 3).text() == "1"
    )
    settle(qtbot, window)
    wizard.grab().save(str(tmp_path / "full-preview.png"))
    wizard.grab().save("/tmp/fe-full-preview.png")
    _next(qtbot, wizard, PAGE_FULL_RESULT)
    result = wizard.full_result_page
    assert "1 record created, 1 updated" in result.text.text()
    assert records.get_person(store, 1).title == exported_title
    assert store.scalar("SELECT count(*) FROM notes WHERE uuid = ?", (note_uuid,)) == 1

    asked: list[str] = []

    def answer(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    result.undo_button.click()
    assert records.get_person(store, 1).title == "Directrice adjointe"
    assert store.scalar("SELECT count(*) FROM notes WHERE uuid = ?", (note_uuid,)) == 0
    assert "was undone" in result.text.text()
    assert asked and "Other records it created: 1 will be deleted" in asked[0]
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()
    wizard.close()
