"""Undo covers what the user does to the data, from the keyboard as from the menu: an edit
after the filter box had focus, « Préparer l'appel de l'an prochain », confirming dates —
and the undo history survives a language switch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Deadline, Person
from attache_app.gui.app import in_language, install_translators
from attache_app.gui.dialogs.contact_editors import PersonEditor
from attache_app.gui.main_window import MainWindow
from attache_app.gui.preferences import Preferences
from attache_app.services import records
from attache_app.storage import Store, backup
from attache_app.storage import programmes as programme_store
from tests.gui.conftest import settle

CTRL = Qt.KeyboardModifier.ControlModifier


def _edit_first_person(qtbot: QtBot, window: MainWindow, title: str) -> int:
    view = window.lists[RecordKind.PERSON]
    person_id = view.model.id_at(0)
    editor = window.open_record(str(RecordKind.PERSON), person_id)
    assert isinstance(editor, PersonEditor)
    editor.title.setText(title)
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    settle(qtbot, window)
    window.activateWindow()  # the window manager's part (offscreen has none)
    qtbot.waitUntil(window.isActiveWindow)
    return person_id


def test_ctrl_z_in_the_filter_box_undoes_the_edit(qtbot: QtBot, window: MainWindow) -> None:
    window.view_actions[1].trigger()
    view = window.lists[RecordKind.PERSON]
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)  # Ctrl+F: the filter box
    qtbot.keyClicks(view.filter_box, "a")
    settle(qtbot, window)
    before = records.get_person(window.store, view.model.id_at(0))
    person_id = _edit_first_person(qtbot, window, "Titre modifié")
    assert window.focusWidget() is view.table  # back to the list after saving
    view.filter_box.setFocus()
    qtbot.keyClick(view.filter_box, Qt.Key.Key_Z, CTRL)
    settle(qtbot, window)
    assert records.get_person(window.store, person_id).title == before.title
    assert view.filter_box.text() == "a"  # the filter text is not what Ctrl+Z undid
    qtbot.keyClick(view.filter_box, Qt.Key.Key_Y, CTRL)
    settle(qtbot, window)
    assert records.get_person(window.store, person_id).title == "Titre modifié"


def _select_programme(window: MainWindow, name: str) -> int:
    window.view_actions[4].trigger()
    page = window.deadlines_page
    found = programme_store.find_programme(window.store, name)
    assert found is not None
    for i in range(page.tree.topLevelItemCount()):
        item = page.tree.topLevelItem(i)
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == found:
            page.tree.setCurrentItem(item)
    return found


def test_preparing_next_years_call_can_be_undone_and_redone(
    qtbot: QtBot, window: MainWindow
) -> None:
    orchid = _select_programme(window, "PHC Orchid")
    page = window.deadlines_page
    calls_before = {c.year for c in programme_store.get_calls(window.store, orchid)}
    deadlines_before = records.list_ids(window.store, RecordKind.DEADLINE)
    page.prepare_button.click()
    settle(qtbot, window)
    year = max(calls_before) + 1
    assert {c.year for c in programme_store.get_calls(window.store, orchid)} == calls_before | {
        year
    }
    assert "Prepare the call" in window.undo_action.text()
    window.undo_action.trigger()
    settle(qtbot, window)
    assert {c.year for c in programme_store.get_calls(window.store, orchid)} == calls_before
    assert records.list_ids(window.store, RecordKind.DEADLINE) == deadlines_before
    assert backup.check(window.store).ok  # the search index has no stage left behind
    window.redo_action.trigger()
    settle(qtbot, window)
    assert year in {c.year for c in programme_store.get_calls(window.store, orchid)}


def test_confirming_dates_can_be_undone(qtbot: QtBot, window: MainWindow) -> None:
    _select_programme(window, "PHC Orchid")
    page = window.deadlines_page
    prepared = page.prepare_call()
    assert prepared is not None
    settle(qtbot, window)
    view = window.lists[RecordKind.DEADLINE]
    new_ids = {d.id for d in prepared.deadlines}
    selection = view.table.selectionModel()
    view.table.clearSelection()
    for row in range(view.model.rowCount()):
        if view.model.id_at(row) in new_ids:
            selection.select(
                view.model.index(row, 0),
                selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
            )
    page.confirm_button.click()

    def to_confirm() -> list[bool]:
        found = records.get_many(window.store, RecordKind.DEADLINE, list(new_ids))
        return [d.to_confirm for d in found if isinstance(d, Deadline)]

    assert not any(to_confirm())
    window.undo_action.trigger()
    assert all(to_confirm()) and len(to_confirm()) == len(new_ids)
    window.redo_action.trigger()
    assert not any(to_confirm())


def test_the_undo_history_survives_a_language_switch(
    qtbot: QtBot, demo_store: Store, preferences: Preferences
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = MainWindow(demo_store, preferences)  # replaced (and deleted) by the switch
    window.show()
    settle(qtbot, window)
    window.view_actions[1].trigger()
    settle(qtbot, window)
    person_id = window.lists[RecordKind.PERSON].model.id_at(0)
    before = records.get_person(window.store, person_id)
    _edit_first_person(qtbot, window, "Avant la langue")
    try:
        french = in_language(app, window, "fr")
        qtbot.addWidget(french)
        settle(qtbot, french)
        assert french.menuBar().actions()[0].text() == "&Fichier"
        assert french.undo_stack.count() == 1
        french.undo_action.trigger()
        settle(qtbot, french)
        found = records.get_person(french.store, person_id)
        assert isinstance(found, Person) and found.title == before.title
        french.runner.wait(5000)
    finally:
        install_translators(app, "en")
