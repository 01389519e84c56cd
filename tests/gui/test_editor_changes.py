"""Editors never lose typed work: Escape, Annuler or the window's close button on an editor
with changes asks « Enregistrer les modifications ? »; with no change, it just closes.

Every editor is opened the way a user does (Fichier › Nouvel enregistrement, or the list's
record), typed into with the keyboard, and answered through the real message box."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.gui.dialogs.application_dialog import ApplicationDialog
from attache_app.gui.dialogs.editor import RecordEditor
from attache_app.gui.main_window import MainWindow
from attache_app.services import records
from tests.gui.conftest import settle

KINDS = [
    RecordKind.PERSON,
    RecordKind.ORGANISATION,
    RecordKind.NOTE,
    RecordKind.INTERACTION,
    RecordKind.DEADLINE,
    RecordKind.PROGRAMME,
]


def _editor() -> RecordEditor:
    return next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, RecordEditor) and w.isVisible()
    )


def _answer(choice: QMessageBox.StandardButton, asked: list[str]) -> Callable[[], None]:
    """Click ``choice`` in the question once it is shown (polling, as a user would)."""

    tries = [50]  # half a second: a question that is not asked is not waited for

    def click() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                asked.append(widget.text())
                button = widget.button(choice)
                assert button is not None
                button.click()
                return
        tries[0] -= 1
        if tries[0] > 0:
            QTimer.singleShot(10, click)

    return click


def _first_line(editor: RecordEditor) -> QLineEdit:
    return next(
        w for w in editor.findChildren(QLineEdit) if w.isVisible() and w.isEnabled()
        and not w.isReadOnly() and w.parentWidget() is not None
        and type(w.parentWidget()).__name__ not in ("QComboBox", "QDateEdit", "QTimeEdit")
    )  # fmt: skip


def _count(window: MainWindow, kind: RecordKind) -> int:
    return len(records.list_ids(window.store, kind))


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_escape_without_changes_closes_at_once(
    qtbot: QtBot, window: MainWindow, kind: RecordKind
) -> None:
    window.new_record_actions[kind].trigger()
    editor = _editor()
    qtbot.waitExposed(editor)
    asked: list[str] = []
    QTimer.singleShot(0, _answer(QMessageBox.StandardButton.Cancel, asked))
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())
    qtbot.wait(600)  # the answerer gives up: nothing was asked
    assert asked == []


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_escape_with_changes_asks_and_each_answer_does_what_it_says(
    qtbot: QtBot, window: MainWindow, kind: RecordKind
) -> None:
    before = _count(window, kind)
    window.new_record_actions[kind].trigger()
    editor = _editor()
    qtbot.waitExposed(editor)
    field = _first_line(editor)
    field.setFocus()
    qtbot.keyClicks(field, "Typed work")
    asked: list[str] = []

    # Annuler: the editor stays open with what was typed.
    QTimer.singleShot(0, _answer(QMessageBox.StandardButton.Cancel, asked))
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == ["Save the changes?"]
    assert editor.isVisible() and field.text().endswith("Typed work")

    # The window's close button asks too; Ne pas enregistrer closes and writes nothing.
    QTimer.singleShot(0, _answer(QMessageBox.StandardButton.Discard, asked))
    editor.close()
    assert len(asked) == 2
    assert not editor.isVisible()
    assert _count(window, kind) == before


def test_save_from_the_question_saves_and_is_undoable(qtbot: QtBot, window: MainWindow) -> None:
    before = _count(window, RecordKind.ORGANISATION)
    window.new_record_actions[RecordKind.ORGANISATION].trigger()
    editor = _editor()
    qtbot.keyClicks(editor.name, "Institut des questions")  # type: ignore[attr-defined]
    asked: list[str] = []
    QTimer.singleShot(0, _answer(QMessageBox.StandardButton.Save, asked))
    editor.buttons.button(editor.buttons.StandardButton.Cancel).click()
    assert asked == ["Save the changes?"]
    assert not editor.isVisible()
    assert _count(window, RecordKind.ORGANISATION) == before + 1
    window.undo_action.trigger()
    assert _count(window, RecordKind.ORGANISATION) == before


def test_save_of_an_invalid_form_keeps_the_editor_open(qtbot: QtBot, window: MainWindow) -> None:
    window.new_record_actions[RecordKind.PERSON].trigger()
    editor = _editor()
    editor.city.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor.city, "Taipei")  # type: ignore[attr-defined]  # no name: invalid
    asked: list[str] = []
    QTimer.singleShot(0, _answer(QMessageBox.StandardButton.Save, asked))
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked and editor.isVisible()
    assert editor.general_error.isVisible() or any(e.isVisible() for e in editor._errors.values())
    QTimer.singleShot(0, _answer(QMessageBox.StandardButton.Discard, asked))
    editor.close()


def test_an_existing_record_reopened_and_closed_unchanged_asks_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    for kind in KINDS:
        ids = records.list_ids(window.store, kind)
        if not ids:
            continue
        editor = window.open_record(str(kind), ids[0])
        assert editor is not None
        qtbot.waitExposed(editor)
        asked: list[str] = []
        QTimer.singleShot(0, _answer(QMessageBox.StandardButton.Cancel, asked))
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda e=editor: not e.isVisible())  # type: ignore[misc]
        qtbot.wait(600)
        assert asked == [], kind
        settle(qtbot, window)


def test_application_dialog_asks_too(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(4)
    page = window.deadlines_page
    call_item = next(
        top.child(0)
        for i in range(page.tree.topLevelItemCount())
        if (top := page.tree.topLevelItem(i)) is not None and top.childCount()
    )
    page.tree.setCurrentItem(call_item)
    page.add_application_button.click()
    dialog = next(
        w for w in QApplication.topLevelWidgets()
        if isinstance(w, ApplicationDialog) and w.isVisible()
    )  # fmt: skip
    qtbot.keyClicks(dialog.title, "Equipe franco-taiwanaise")
    asked: list[str] = []
    QTimer.singleShot(0, _answer(QMessageBox.StandardButton.Discard, asked))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Save the changes?"] and not dialog.isVisible()
