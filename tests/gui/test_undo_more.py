"""Undo covers the rest of what changes data: applications to a call (created, edited,
deleted), reminders marked done or snoozed, the settings of the post — through Ctrl+Z and
Ctrl+Y or the Édition menu's actions — and the undo labels follow a language switch.
The settings of the post ask before throwing typed changes away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from attache_app.gui.app import in_language, install_translators
from attache_app.gui.dialogs.application_dialog import ApplicationDialog
from attache_app.gui.dialogs.post_settings import PostSettingsDialog
from attache_app.gui.main_window import MainWindow
from attache_app.gui.preferences import Preferences
from attache_app.services import post, reminders
from attache_app.storage import Store
from tests.conftest import fixed_clock
from tests.gui.conftest import settle

CTRL = Qt.KeyboardModifier.ControlModifier


def _key(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    window.activateWindow()  # the window manager's part (offscreen has none)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, CTRL)
    settle(qtbot, window)


def _select_a_call(window: MainWindow) -> int:
    window.view_actions[4].trigger()
    page = window.deadlines_page
    for i in range(page.tree.topLevelItemCount()):
        top = page.tree.topLevelItem(i)
        if top is not None and top.childCount():
            page.tree.setCurrentItem(top.child(0))
            break
    call_id = page.selected_call()
    assert call_id
    return call_id


def _applications(store: Store, call_id: int) -> list[dict[str, object]]:
    return store.query(
        "SELECT a.id, a.title, a.outcome, a.created_at, "
        "(SELECT group_concat(person_id) FROM application_persons p "
        " WHERE p.application_id = a.id) AS persons "
        "FROM applications a WHERE call_id = ? ORDER BY a.id",
        [call_id],
    )


def _open_dialog(page: object) -> ApplicationDialog:
    found = [d for d in page.findChildren(ApplicationDialog) if d.isVisible()]  # type: ignore[attr-defined]
    assert len(found) == 1
    return found[0]


def test_applications_created_edited_and_deleted_can_be_undone(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    call_id = _select_a_call(window)
    page = window.deadlines_page
    empty = _applications(window.store, call_id)
    qtbot.mouseClick(page.add_application_button, Qt.MouseButton.LeftButton)
    dialog = _open_dialog(page)
    dialog.title.setText("Capteurs quantiques LKB–NTU")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("submitted"))
    dialog.accept()
    settle(qtbot, window)
    created = _applications(window.store, call_id)
    assert len(created) == len(empty) + 1
    assert "Create the application Capteurs quantiques" in window.undo_action.text()

    # Edited: undo gives the first outcome back, redo the second.
    page.applications.setCurrentItem(page.applications.topLevelItem(len(created) - 1))
    page.applications.itemActivated.emit(page.applications.currentItem(), 0)
    dialog = _open_dialog(page)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("selected"))
    dialog.accept()
    settle(qtbot, window)
    edited = _applications(window.store, call_id)
    assert edited[-1]["outcome"] == "selected"
    _key(qtbot, window, Qt.Key.Key_Z)
    assert _applications(window.store, call_id) == created
    _key(qtbot, window, Qt.Key.Key_Y)
    assert _applications(window.store, call_id) == edited

    # Deleted: undo brings it back with its id and its creation date.
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )
    page.applications.setCurrentItem(page.applications.topLevelItem(len(edited) - 1))
    delete = next(b for b in page.findChildren(QPushButton) if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert _applications(window.store, call_id) == empty
    assert "Delete the application" in window.undo_action.text()
    _key(qtbot, window, Qt.Key.Key_Z)
    assert _applications(window.store, call_id) == edited
    assert page.applications.topLevelItemCount() == len(edited)  # the pane shows it again
    _key(qtbot, window, Qt.Key.Key_Y)
    assert _applications(window.store, call_id) == empty

    # And all the way back: nothing was created.
    for _ in range(3):
        window.undo_action.trigger()
    assert _applications(window.store, call_id) == empty
    window.undo_action.trigger()  # the creation itself
    assert _applications(window.store, call_id) == empty
    window.redo_action.trigger()
    assert _applications(window.store, call_id) == created


def _states(store: Store) -> list[dict[str, object]]:
    return store.query(
        "SELECT deadline_id, days_before, state, snoozed_until FROM reminder_states "
        "ORDER BY deadline_id, days_before"
    )


def test_reminders_done_or_snoozed_can_be_undone(qtbot: QtBot, window: MainWindow) -> None:
    dashboard = window.dashboard
    due = [r.key for r in reminders.due_reminders(window.store, clock=fixed_clock)]
    assert len(due) >= 2, "the example post has reminders due"
    original = _states(window.store)
    first = dashboard.reminders.topLevelItem(0)
    assert isinstance(first, QTreeWidgetItem)
    dashboard.reminders.setCurrentItem(first)
    qtbot.mouseClick(dashboard.done_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    done = _states(window.store)
    assert done != original
    assert window.undo_action.text().endswith("Mark 1 reminder done")
    _key(qtbot, window, Qt.Key.Key_Z)
    assert _states(window.store) == original
    assert [r.key for r in reminders.due_reminders(window.store, clock=fixed_clock)] == due
    _key(qtbot, window, Qt.Key.Key_Y)
    assert _states(window.store) == done

    dashboard.reminders.setCurrentItem(dashboard.reminders.topLevelItem(0))
    menu = dashboard.snooze_button.menu()
    assert menu is not None
    menu.actions()[0].trigger()
    settle(qtbot, window)
    assert "Snooze 1 reminder" in window.undo_action.text()
    window.undo_action.trigger()
    settle(qtbot, window)
    assert _states(window.store) == done
    window.undo_action.trigger()
    settle(qtbot, window)
    assert _states(window.store) == original


def _in_settings(action: object) -> None:
    def act() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets()
             if isinstance(w, PostSettingsDialog) and w.isVisible()),
            None,
        )  # fmt: skip
        if dialog is None:
            QTimer.singleShot(10, act)
            return
        action(dialog)  # type: ignore[operator]

    QTimer.singleShot(0, act)


def test_the_settings_of_the_post_can_be_undone(qtbot: QtBot, window: MainWindow) -> None:
    before = post.get_settings(window.store)

    def change(dialog: PostSettingsDialog) -> None:
        dialog.name.setText("Ambassade de France à Séoul — Service scientifique")
        dialog.keep.setValue(before.backup_keep + 3)
        dialog.accept()

    _in_settings(change)
    window.settings_action.trigger()
    after = post.get_settings(window.store)
    assert after.post_name.startswith("Ambassade de France à Séoul")
    assert "Change the settings of the post" in window.undo_action.text()
    _key(qtbot, window, Qt.Key.Key_Z)
    assert post.get_settings(window.store) == before
    _key(qtbot, window, Qt.Key.Key_Y)
    assert post.get_settings(window.store) == after


@pytest.mark.parametrize("answer", ["discard", "cancel", "save"])
def test_the_settings_of_the_post_ask_before_losing_changes(
    qtbot: QtBot, window: MainWindow, answer: str
) -> None:
    before = post.get_settings(window.store)
    outcome: dict[str, object] = {}

    def escape(dialog: PostSettingsDialog) -> None:
        dialog.author.setText("Camille Martin")

        def reply() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(10, reply)
                return
            outcome["question"] = box.text()
            button = {
                "discard": QMessageBox.StandardButton.Discard,
                "cancel": QMessageBox.StandardButton.Cancel,
                "save": QMessageBox.StandardButton.Save,
            }[answer]
            box.button(button).click()

        QTimer.singleShot(0, reply)
        dialog.reject()  # Escape / Annuler / the close button
        outcome["still_open"] = dialog.isVisible()
        if dialog.isVisible():
            dialog.done(0)  # out of the test (answer "cancel" kept it open)

    _in_settings(escape)
    window.settings_action.trigger()
    assert outcome["question"]
    assert outcome["still_open"] is (answer == "cancel")
    author = post.get_settings(window.store).author
    assert author == ("Camille Martin" if answer == "save" else before.author)
    # Unchanged: closing asks nothing.
    plain = PostSettingsDialog(window.store, parent=window)
    plain.show()
    plain.reject()
    assert not plain.isVisible()


def test_undo_labels_follow_a_language_switch(
    qtbot: QtBot, demo_store: Store, preferences: Preferences
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = MainWindow(demo_store, preferences)  # replaced (and deleted) by the switch
    window.show()
    settle(qtbot, window)
    before = post.get_settings(window.store)

    def change(dialog: PostSettingsDialog) -> None:
        dialog.author.setText("Camille Martin")
        dialog.accept()

    _in_settings(change)
    window.settings_action.trigger()
    assert window.undo_action.text().endswith("Change the settings of the post")
    try:
        french = in_language(app, window, "fr")
        qtbot.addWidget(french)
        settle(qtbot, french)
        assert french.undo_stack.text(0) == "Modifier les réglages du poste"
        assert french.undo_action.text().endswith("Modifier les réglages du poste")
        french.undo_action.trigger()
        settle(qtbot, french)
        assert post.get_settings(french.store) == before
        assert french.redo_action.text().endswith("Modifier les réglages du poste")
        french.runner.wait(5000)
    finally:
        install_translators(app, "en")
