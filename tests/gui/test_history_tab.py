"""The « Historique » tab of the editors: read when first opened, newest change first, each
field before → after, also after an undo; a new record has no history tab."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.gui.dialogs.contact_editors import PersonEditor
from attache_app.gui.dialogs.editor import RecordEditor
from attache_app.gui.main_window import MainWindow
from attache_app.services import records
from tests.gui.conftest import settle


def _open_history(qtbot: QtBot, editor: RecordEditor) -> None:
    bar = editor.record_tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert editor.record_tabs.currentIndex() == 1


def _lines(editor: RecordEditor) -> list[tuple[str, list[tuple[str, str, str]]]]:
    view = editor.history
    assert view is not None
    found = []
    for i in range(view.topLevelItemCount()):
        head = view.topLevelItem(i)
        assert head is not None
        rows = []
        for j in range(head.childCount()):
            child = head.child(j)
            rows.append((child.text(0), child.text(1), child.text(2)))
        found.append((head.text(0), rows))
    return found


def test_history_tab_lists_changes_newest_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    person_id = records.list_ids(window.store, RecordKind.PERSON)[0]
    editor = window.open_record("person", person_id)
    assert isinstance(editor, PersonEditor)
    qtbot.waitExposed(editor)
    editor.title.clear()
    qtbot.keyClicks(editor.title, "Directrice de recherche")
    qtbot.mouseClick(
        editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    settle(qtbot, window)
    window.undo_action.trigger()  # the edit undone: a second change, made by « undo »
    settle(qtbot, window)

    editor = window.open_record("person", person_id)
    assert isinstance(editor, PersonEditor)
    qtbot.waitExposed(editor)
    assert editor.history is not None and not editor.history.loaded  # lazily read
    _open_history(qtbot, editor)
    assert editor.history.loaded
    lines = _lines(editor)
    assert len(lines) == 3
    assert "Changed — undo" in lines[0][0]
    assert "Changed — by hand" in lines[1][0]
    assert "Created — already there when the history began" not in lines[2][0]
    assert lines[2][0].split(" — ")[1] == "Created"
    edited = dict((label, (old, new)) for label, old, new in lines[1][1])
    assert edited["Job title"][1] == "Directrice de recherche"
    undone = dict((label, (old, new)) for label, old, new in lines[0][1])
    assert undone["Job title"] == ("Directrice de recherche", edited["Job title"][0])
    editor.resize(900, 600)
    if os.environ.get("ATTACHE_SHOTS"):
        editor.grab().save(str(Path(os.environ["ATTACHE_SHOTS"]) / "history_tab.png"))
    editor.reject()  # nothing typed: closes without a question


def test_a_new_record_has_no_history_tab(qtbot: QtBot, window: MainWindow) -> None:
    editor = window.new_record(RecordKind.NOTE)
    assert editor is not None
    assert editor.history is None and not hasattr(editor, "record_tabs")
    editor.reject()


def test_every_editor_of_an_existing_record_has_its_history(
    qtbot: QtBot, window: MainWindow
) -> None:
    for kind in RecordKind:
        editor = window.open_record(str(kind), records.list_ids(window.store, kind)[0])
        assert editor is not None and editor.history is not None, kind
        qtbot.waitExposed(editor)
        _open_history(qtbot, editor)
        lines = _lines(editor)
        assert lines and "Created" in lines[-1][0], kind  # the example data's creation
        editor.reject()
