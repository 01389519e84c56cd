"""Team sharing in the window, against the real test hub: Outils › Partage d'équipe… with its
connection test, a round from the menu in the background with the status bar, and the
« Conflits » dialog choosing field by field."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Person
from attache_app.gui.main_window import MainWindow
from attache_app.gui.preferences import Preferences
from attache_app.gui.sync.conflicts_dialog import ConflictsDialog
from attache_app.gui.sync.connect_dialog import ConnectDialog
from attache_app.services import records
from attache_app.storage import Store, open_store
from tests.conftest import fixed_clock
from tests.gui.conftest import settle
from tests.sync.conftest import (  # noqa: F401  (the hub's fixtures)
    MEMBERS,
    Desktop,
    desktops,
    hub_server,
    hub_url,
)


@pytest.fixture
def paul_window(
    qtbot: QtBot,
    desktops: list[Desktop],  # noqa: F811
    preferences: Preferences,
) -> Iterator[tuple[MainWindow, Store]]:
    paul = desktops[1]
    with open_store(paul.path, clock=fixed_clock, auto_backup=False) as store:
        window = MainWindow(store, preferences)
        window.sync.password = MEMBERS["paul"]  # this machine's keyring is not usable
        qtbot.addWidget(window)
        window.show()
        settle(qtbot, window)
        yield window, store
        window.runner.wait(5000)


def _when_modal(kind: type, act: Callable[[QDialog], None]) -> None:
    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)


def _round(qtbot: QtBot, window: MainWindow) -> None:
    window.sync.sync_action.trigger()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30000)
    settle(qtbot, window)


def test_a_round_from_the_menu_and_the_conflicts_dialog(
    qtbot: QtBot,
    desktops: list[Desktop],  # noqa: F811
    paul_window: tuple[MainWindow, Store],
    tmp_path: Path,
) -> None:
    marie = desktops[0]
    window, store = paul_window
    with marie.store() as marie_store:
        person = records.save_person(
            marie_store, Person(given_name="Hui", family_name="Lin", title="Professor")
        )
    marie.sync()
    assert window.sync.label.isVisible() and "Never synced" in window.sync.label.text()
    _round(qtbot, window)
    assert window.sync.label.text() == "Synced 0 min ago"
    ids = records.list_ids(store, RecordKind.PERSON)
    assert [records.get_person(store, i).title for i in ids] == ["Professor"]
    assert window.lists[RecordKind.PERSON].model.rowCount() == 1

    with marie.store() as marie_store:
        person.title = "Dean"
        records.save_person(marie_store, person)
    marie.sync()
    mine = records.get_person(store, ids[0])
    mine.title = "Director"
    records.save_person(store, mine)
    _round(qtbot, window)
    assert "1 conflict" in window.sync.label.text()
    assert window.sync.conflicts_action.isEnabled()

    seen: dict[str, str] = {}

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, ConflictsDialog)
        seen["mine"] = dialog.table.item(0, 2).text()
        seen["theirs"] = dialog.table.item(0, 3).text()
        dialog.grab().save(str(tmp_path / "conflicts.png"))
        dialog.table.selectRow(0)
        dialog.mine.click()
        seen["after"] = dialog.intro.text()
        dialog.reject()

    _when_modal(ConflictsDialog, choose)
    window.sync.conflicts_action.trigger()
    assert seen == {
        "mine": "Director",
        "theirs": "Dean (marie)",
        "after": "No conflict waits.",
    }
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30000)
    assert records.get_person(store, ids[0]).title == "Director"
    marie.sync()
    with marie.store() as marie_store:
        assert records.get_person(marie_store, person.id or 0).title == "Director"
    window.grab().save(str(tmp_path / "window.png"))


def test_connect_dialog_tests_the_connection_first(
    qtbot: QtBot,
    hub_url: str,  # noqa: F811
    preferences: Preferences,
    tmp_path: Path,
) -> None:
    with open_store(tmp_path / "new.db", create=True, clock=fixed_clock) as store:
        window = MainWindow(store, preferences)
        qtbot.addWidget(window)
        window.show()
        settle(qtbot, window)
        assert not window.sync.label.isVisible()
        assert not window.sync.sync_action.isEnabled()
        messages: list[str] = []

        def fill(dialog: QDialog) -> None:
            assert isinstance(dialog, ConnectDialog)
            dialog.url_edit.setText(hub_url)
            dialog.user_edit.setText("lin")
            dialog.password_edit.setText("not-the-password")
            dialog.buttons.accepted.emit()
            qtbot.waitUntil(dialog.buttons.isEnabled, timeout=30000)
            messages.append(dialog.message.text())
            dialog.grab().save(str(tmp_path / "connect.png"))
            dialog.password_edit.setText(MEMBERS["lin"])
            dialog.buttons.accepted.emit()

        _when_modal(ConnectDialog, fill)
        window.sync.connect_action.trigger()
        assert messages and "refused the user name “lin” or its password" in messages[0]
        qtbot.waitUntil(lambda: not window.sync.running, timeout=30000)
        settle(qtbot, window)
        assert window.sync.label.text().startswith("Synced 0 min ago")
        assert window.sync.sync_action.isEnabled()
        window.runner.wait(5000)
