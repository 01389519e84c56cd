"""An encrypted database in the window: its key is derived once per unlock (the workers
use the raw key), the window locks itself after the chosen time without use (wiping the
key and holding the background work), and the passphrase brings everything back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.gui.app import EarlyUnlock, open_with_dialogs
from attache_app.gui.idle_lock import IdleLock
from attache_app.gui.main_window import MainWindow
from attache_app.gui.preferences import Preferences
from attache_app.services.demo import load_demo
from attache_app.storage import Store, crypto, open_store
from tests.conftest import fixed_clock
from tests.gui.conftest import settle

PASS = "correct horse battery staple"


def _encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "secret.db"
    with open_store(path, create=True, clock=fixed_clock, passphrase=PASS) as store:
        load_demo(store, clock=fixed_clock)
    return path


def _window(qtbot: QtBot, store: Store, preferences: Preferences) -> MainWindow:
    window = MainWindow(store, preferences)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def test_a_passphrase_known_at_start_is_derived_once_beside_the_imports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With ATTACHE_PASSPHRASE (or the keyring), the key is derived in a thread while the
    core is imported, and the open uses it: one derivation, no question."""
    path = _encrypted(tmp_path)
    monkeypatch.setenv("ATTACHE_PASSPHRASE", PASS)
    crypto.KEYINGS.clear()
    key = EarlyUnlock(path).key()
    assert key is not None and crypto.KEYINGS["derivation"] == 1
    asked: list[str] = []

    def ask(_path: Path, message: str, _parent: object) -> str | None:
        asked.append(message)
        return None

    store = open_with_dialogs(path, ask_passphrase=ask, key=key)
    assert store is not None and asked == []
    assert store.scalar("SELECT count(*) FROM persons") == 150
    assert crypto.KEYINGS["derivation"] == 1
    store.close()
    # A wrong passphrase, a plain file, a missing one: no key, and the usual path asks.
    monkeypatch.setenv("ATTACHE_PASSPHRASE", "not the passphrase at all")
    assert EarlyUnlock(path).key() is None
    monkeypatch.setenv("ATTACHE_PASSPHRASE", PASS)
    plain = tmp_path / "plain.db"
    open_store(plain, create=True).close()
    assert EarlyUnlock(plain).key() is None
    assert EarlyUnlock(tmp_path / "absent.db").key() is None


def test_one_key_derivation_for_a_session_of_searches_and_lists(
    qtbot: QtBot, tmp_path: Path, preferences: Preferences
) -> None:
    path = _encrypted(tmp_path)
    crypto.KEYINGS.clear()
    store = open_with_dialogs(path, ask_passphrase=lambda *_: PASS)
    assert store is not None
    window = _window(qtbot, store, preferences)
    assert window.lists[RecordKind.PERSON].model.rowCount() == 150
    # The global search, one query after another, each answered by a worker.
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = window.search_popup
    for word in ("lefevre", "taipei", "phc", "chen"):
        popup.query.selectAll()
        with qtbot.waitSignal(popup.results_shown, timeout=10000):
            qtbot.keyClicks(popup.query, word)
    qtbot.keyClick(popup.query, Qt.Key.Key_Escape)
    # Every page of the navigation, each list filled by a worker.
    window.navigation.setFocus()
    window.navigation.setCurrentRow(0)
    for _page in range(window.navigation.count() - 1):
        qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
        settle(qtbot, window)
    settle(qtbot, window)
    assert crypto.KEYINGS["derivation"] == 1, crypto.KEYINGS
    # Each of those worker connections was keyed with the raw key (no derivation).
    assert crypto.KEYINGS["raw"] >= 8, crypto.KEYINGS
    window.runner.wait(5000)
    window.close()
    store.close()


def test_locked_after_fifteen_minutes_without_use_then_unlocked(
    qtbot: QtBot, tmp_path: Path, preferences: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A "minute" of 200 ms: fifteen of them pass in 3 s.
    monkeypatch.setattr(IdleLock, "MINUTE_MS", 200)
    path = _encrypted(tmp_path)
    store = open_with_dialogs(path, ask_passphrase=lambda *_: PASS)
    assert store is not None and store.key is not None
    window = _window(qtbot, store, preferences)
    lock = window.idle_lock
    assert lock is not None
    window.lock_choices[15].trigger()  # Outils › Verrouiller automatiquement › 15 minutes
    assert preferences.lock_minutes() == 15 and lock.timer.interval() == 15 * 200

    # Use keeps it open: the mouse moving over the window starts the count again (input
    # is watched once the window is on screen).
    qtbot.waitUntil(lambda: lock.watching, timeout=5000)
    qtbot.wait(400)
    waited = lock.timer.remainingTime()
    # On a real X server the move reaches the window through the server, a moment later, and
    # only if the pointer was elsewhere: two moves, then wait for the count to start again.
    qtbot.mouseMove(window, QPoint(60, 60))
    qtbot.mouseMove(window, QPoint(120, 120))
    qtbot.waitUntil(lambda: lock.timer.remainingTime() > waited, timeout=2000)
    assert not lock.locked
    crypto.KEYINGS.clear()
    qtbot.waitUntil(lambda: lock.locked, timeout=20000)
    assert not window.centralWidget().isVisible() and not window.menuBar().isEnabled()
    assert store.key.wiped  # the key is gone from memory

    # Work asked while locked waits for the unlock.
    answers: list[int] = []
    window.runner.run(lambda s: s.scalar("SELECT count(*) FROM persons"), answers.append)
    qtbot.wait(200)
    assert answers == []

    dialog = lock.dialog
    qtbot.keyClicks(dialog.passphrase, "not it")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert lock.locked and "not the passphrase" in lock.dialog.error.text()
    qtbot.keyClicks(lock.dialog.passphrase, PASS)
    qtbot.keyClick(lock.dialog.passphrase, Qt.Key.Key_Return)
    assert not lock.locked and window.centralWidget().isVisible()
    assert not store.key.wiped and crypto.opens(path, store.key)
    qtbot.waitUntil(lambda: answers == [150], timeout=10000)
    # One derivation per passphrase typed (the wrong one, then the right one).
    assert crypto.KEYINGS["derivation"] == 2, crypto.KEYINGS

    # And Fichier › Verrouiller maintenant locks at once.
    window.lock_action.trigger()
    assert lock.locked and store.key.wiped
    qtbot.keyClicks(lock.dialog.passphrase, PASS)
    qtbot.keyClick(lock.dialog.passphrase, Qt.Key.Key_Return)
    assert not lock.locked
    window.runner.wait(5000)
    window.close()
    store.close()


def test_typing_counts_as_use_and_the_watch_steps_aside_after_it(
    qtbot: QtBot, tmp_path: Path, preferences: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key press starts the count again; the application-wide filter then steps aside
    for a moment (every event of an opening dialog would pass through Python), and the
    count starts again when it comes back: the lock comes late by that moment at most,
    never early."""
    monkeypatch.setattr(IdleLock, "MINUTE_MS", 2400)  # steps aside for 200 ms
    store = open_with_dialogs(_encrypted(tmp_path), ask_passphrase=lambda *_: PASS)
    assert store is not None
    window = _window(qtbot, store, preferences)
    lock = window.idle_lock
    assert lock is not None and lock.pause_ms == 200
    window.lock_choices[15].trigger()
    qtbot.waitUntil(lambda: lock.watching, timeout=5000)
    full = 15 * 2400
    qtbot.wait(300)
    waited = lock.timer.remainingTime()
    assert waited < full - 250 and not lock.stepped_aside
    qtbot.keyClick(window, Qt.Key.Key_Shift)
    assert lock.stepped_aside and lock.timer.remainingTime() > waited
    # Unseen meanwhile: the count starts again when the filter comes back.
    qtbot.waitUntil(lambda: not lock.stepped_aside, timeout=3000)
    assert lock.timer.remainingTime() > full - 150
    # Without input, nothing starts it again.
    qtbot.wait(300)
    assert lock.timer.remainingTime() < full - 250 and not lock.locked
    window.close()
    store.close()
