"""Team sharing in the window, driven as a user does (actions, clicks, the real test hub):
the « Partager avec Paris » box of the editors, the round that follows a change by itself
in the background, « Hors ligne » when the hub cannot be reached (nothing changed
locally), and a look at each window at 1024×700."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Application, Note, Person
from attache_app.gui.dialogs.activity_editors import NoteEditor
from attache_app.gui.dialogs.application_dialog import ApplicationDialog
from attache_app.gui.dialogs.contact_editors import PersonEditor
from attache_app.gui.dialogs.editor import RecordEditor
from attache_app.gui.main_window import MainWindow
from attache_app.gui.preferences import Preferences
from attache_app.services import programmes, records
from attache_app.storage import Store, open_store
from attache_app.storage import sync_state as state
from tests.conftest import fixed_clock
from tests.gui.conftest import settle
from tests.sync.conftest import (  # noqa: F401  (the hub's fixtures)
    MEMBERS,
    Desktop,
    desktops,
    hub_server,
    hub_url,
)
from tests.sync.server import free_port

SMALL = (1024, 700)


@pytest.fixture
def marie_window(
    qtbot: QtBot,
    desktops: list[Desktop],  # noqa: F811
    preferences: Preferences,
) -> Iterator[tuple[MainWindow, Store]]:
    marie = desktops[0]
    with open_store(marie.path, clock=fixed_clock, auto_backup=False) as store:
        window = MainWindow(store, preferences)
        window.sync.password = MEMBERS["marie"]  # this machine's keyring is not usable
        qtbot.addWidget(window)
        window.resize(*SMALL)
        window.show()
        settle(qtbot, window)
        yield window, store
        window.runner.wait(5000)


def _editor(qtbot: QtBot, window: MainWindow, kind: RecordKind) -> RecordEditor:
    window.new_record_actions[kind].trigger()
    editor = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, RecordEditor) and w.isVisible()
    )
    qtbot.waitExposed(editor)
    return editor


def _click(qtbot: QtBot, widget: QWidget) -> None:
    """Click a box as a user does: scrolled into view first when the editor's form is
    taller than its window (the Paris box is the form's last row)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        parent.ensureWidgetVisible(widget)
    # On its box, where a user clicks: the row is as wide as the form, and its middle (where
    # a click lands by default) is empty space beyond the label with some styles.
    option = QStyleOptionButton()
    option.initFrom(widget)
    box = widget.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, widget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=box.center())


def _save(qtbot: QtBot, editor: RecordEditor) -> None:
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def test_share_with_paris_box_and_the_round_after_a_change(
    qtbot: QtBot,
    desktops: list[Desktop],  # noqa: F811
    marie_window: tuple[MainWindow, Store],
    tmp_path: Path,
) -> None:
    window, store = marie_window
    window.sync.soon.setInterval(200)  # « shortly after a change »: 30 s in real use
    editor = _editor(qtbot, window, RecordKind.PERSON)
    assert isinstance(editor, PersonEditor)
    assert not editor.share_paris.isChecked()
    qtbot.keyClicks(editor.given, "Mei")
    qtbot.keyClicks(editor.family, "Chen")
    _click(qtbot, editor.share_paris)
    editor.grab().save(str(tmp_path / "person-editor.png"))
    _save(qtbot, editor)
    saved = editor.result_record
    assert isinstance(saved, Person) and saved.share_paris and saved.id is not None
    assert records.get_person(store, saved.id).share_paris
    # A round every 5 minutes, and one shortly after each change, in the background.
    assert window.sync.timer.isActive() and window.sync.timer.interval() == 5 * 60 * 1000
    # The change starts a round by itself, in the background.
    qtbot.waitUntil(lambda: window.sync.running, timeout=10000)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30000)
    settle(qtbot, window)
    assert window.sync.label.text() == "Synced 0 min ago"
    with httpx.Client(auth=("marie", MEMBERS["marie"])) as client:
        doc = client.get(f"{desktops[0].url}/person:{saved.uuid}").raise_for_status().json()
    assert doc["fields"]["share_paris"] is True
    window.grab().save(str(tmp_path / "window-synced.png"))

    # A private note cannot be shared with Paris: the box follows « Privée ».
    note_editor = _editor(qtbot, window, RecordKind.NOTE)
    assert isinstance(note_editor, NoteEditor)
    qtbot.keyClicks(note_editor.title, "Roadmap")
    _click(qtbot, note_editor.share_paris)
    assert note_editor.share_paris.isChecked()
    _click(qtbot, note_editor.private)
    assert not note_editor.share_paris.isChecked() and not note_editor.share_paris.isEnabled()
    note_editor.grab().save(str(tmp_path / "note-editor.png"))
    _save(qtbot, note_editor)
    note = note_editor.result_record
    assert isinstance(note, Note) and note.private and not note.share_paris


def test_the_application_dialog_has_the_box(
    qtbot: QtBot, marie_window: tuple[MainWindow, Store], tmp_path: Path
) -> None:
    _window, store = marie_window
    programmes.install_catalogue(store)
    call = programmes.prepare_call(
        store, records.resolve_programme(store, "PHC Orchid"), year=2027
    ).call
    dialog = ApplicationDialog(store, Application(call_id=call.id or 0, title=""))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Quantum sensing")
    _click(qtbot, dialog.share_paris)
    dialog.grab().save(str(tmp_path / "application.png"))
    dialog.accept()
    assert dialog.result_application is not None and dialog.result_application.share_paris


def test_offline_is_said_and_nothing_changes(
    qtbot: QtBot, marie_window: tuple[MainWindow, Store], tmp_path: Path
) -> None:
    window, store = marie_window
    records.save_person(store, Person(given_name="Wei", family_name="Liu"))
    with store.transaction():  # the hub moved away: nobody answers on that port
        state.put(store, "url", f"http://127.0.0.1:{free_port()}/post")
    window.sync.sync_action.trigger()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30000)
    settle(qtbot, window)
    assert window.sync.label.text() == "Offline · 1 change waiting"
    assert "cannot be reached" in window.sync.label.toolTip()
    assert [records.get_person(store, i).given_name for i in records.list_ids(
        store, RecordKind.PERSON)] == ["Wei"]  # fmt: skip
    window.grab().save(str(tmp_path / "window-offline.png"))
