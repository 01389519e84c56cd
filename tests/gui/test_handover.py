"""The hand-over in the window: private notes, Fichier › Passation…, the successor's side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Note
from attache_app.gui.dialogs.activity_editors import NoteEditor
from attache_app.gui.main_window import MainWindow
from attache_app.services import records
from tests.gui.conftest import settle


def _note_editor(qtbot: QtBot, window: MainWindow) -> NoteEditor:
    window.new_record_actions[RecordKind.NOTE].trigger()
    editor = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, NoteEditor) and w.isVisible()
    )
    qtbot.waitExposed(editor)
    return editor


def test_a_note_marked_private_in_the_editor(qtbot: QtBot, window: MainWindow) -> None:
    editor = _note_editor(qtbot, window)
    assert not editor.private.isChecked()
    qtbot.keyClicks(editor.title, "Confidences du directeur")
    qtbot.mouseClick(editor.private, Qt.MouseButton.LeftButton)
    assert editor.private.isChecked()
    assert editor.has_changes()
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    saved = editor.result_record
    assert isinstance(saved, Note) and saved.private and saved.id is not None
    assert records.get(window.store, RecordKind.NOTE, saved.id).private  # type: ignore[union-attr]
    # The list shows it, and sorts the private notes first on its column.
    window.view_actions[2].trigger()
    settle(qtbot, window)
    view = window.lists[RecordKind.NOTE]
    model = view.model
    column = next(i for i, c in enumerate(model.columns) if c.key == "private")
    view.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    settle(qtbot, window)
    flagged = [model.data(model.index(row, column)) for row in range(min(model.rowCount(), 10))]
    assert flagged[0] == "Private" and "" in flagged
    # Ctrl+Z takes the note back out.
    window.undo_action.trigger()
    assert saved.id not in records.list_ids(window.store, RecordKind.NOTE)
