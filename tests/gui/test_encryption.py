"""An encrypted database in the window: the passphrase asked (again when wrong), the
workers opening it, and the lock after a time without use."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.errors import DatabaseError
from attache_app.gui.app import open_with_dialogs
from attache_app.gui.main_window import MainWindow
from attache_app.gui.operations import encryption, export
from attache_app.gui.preferences import Preferences
from attache_app.services.demo import load_demo
from attache_app.storage import open_store
from tests.conftest import fixed_clock
from tests.gui.conftest import settle

PASS = "correct horse battery staple"


def _opens_with(store: object, passphrase: str) -> bool:
    """Whether the store's key is the one of ``passphrase``."""
    from attache_app.storage import Store, crypto

    assert isinstance(store, Store) and store.path is not None
    return store.key is not None and crypto.matches(store.path, store.key, passphrase)


def _encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "secret.db"
    with open_store(path, create=True, clock=fixed_clock, passphrase=PASS) as store:
        load_demo(store, clock=fixed_clock)
    return path


def test_the_passphrase_is_asked_until_right_then_the_window_works(
    qtbot: QtBot, tmp_path: Path, preferences: Preferences
) -> None:
    path = _encrypted(tmp_path)
    asked: list[str] = []

    def answer(_path: Path, message: str, _parent: object) -> str:
        asked.append(message)
        return "wrong guess!" if len(asked) == 1 else PASS

    store = open_with_dialogs(path, ask_passphrase=answer)
    assert store is not None and _opens_with(store, PASS)
    assert asked[0] == "" and "does not open" in asked[1]
    window = MainWindow(store, preferences)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    assert window.lists[RecordKind.PERSON].model.rowCount() == 150  # loaded by a worker
    assert window.idle_lock is not None and window.lock_action.isEnabled()

    window.lock_now()
    assert window.idle_lock.locked and not window.centralWidget().isVisible()
    dialog = window.idle_lock.dialog
    dialog.passphrase.setText("not it")
    dialog.accept()
    assert window.idle_lock.locked
    dialog = window.idle_lock.dialog
    assert "not the passphrase" in dialog.error.text()
    dialog.passphrase.setText(PASS)
    dialog.accept()
    assert not window.idle_lock.locked and window.centralWidget().isVisible()
    window.set_lock_minutes(5)
    assert window.idle_lock.timer.isActive() and preferences.lock_minutes() == 5
    window.runner.wait(5000)
    store.close()


def test_giving_up_the_passphrase_offers_the_usual_choices(tmp_path: Path) -> None:
    from attache_app.gui.dialogs.database_problem import Choice

    path = _encrypted(tmp_path)
    reasons: list[str] = []

    def choose(error: object, _parent: object) -> Choice:
        reasons.append(getattr(error, "reason", ""))
        return Choice.QUIT

    assert open_with_dialogs(path, ask=choose, ask_passphrase=lambda *_: None) is None
    assert reasons == ["not_database"]


def _decrypted_workbook(path: Path, password: str) -> list[str]:
    import io

    import msoffcrypto
    from python_calamine import CalamineWorkbook

    assert not path.read_bytes().startswith(b"PK")  # an encrypted container, not a zip
    clear = io.BytesIO()
    with path.open("rb") as stream:
        office = msoffcrypto.OfficeFile(stream)
        office.load_key(password=password)
        office.decrypt(clear)
    plain = path.with_name("clear-" + path.name)
    plain.write_bytes(clear.getvalue())
    return list(CalamineWorkbook.from_path(str(plain)).sheet_names)


def test_new_passphrase_dialog_says_what_is_wrong_beside_the_fields(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from attache_app.gui.dialogs.passphrase import NewPassphraseDialog

    dialog = NewPassphraseDialog(tmp_path / "post.db", None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.pair.first, "short")
    qtbot.keyClicks(dialog.pair.again, "short")
    dialog.accept()
    assert dialog.isVisible() and "8" in dialog.pair.error.text()
    dialog.pair.first.setText(PASS)
    dialog.pair.again.setText(PASS + "x")
    dialog.accept()
    assert dialog.isVisible() and "differ" in dialog.pair.error.text()
    dialog.pair.again.setText(PASS)
    dialog.accept()
    assert not dialog.isVisible() and dialog.new_passphrase == PASS

    from attache_app.storage import crypto

    secret = tmp_path / "secret.db"
    with open_store(secret, create=True, passphrase=PASS) as made:
        key = crypto.unlock(secret, PASS)
        assert made.key is not None and made.key.same_as(key)
    rekey = NewPassphraseDialog(secret, key)
    qtbot.addWidget(rekey)
    rekey.show()
    rekey.current.setText("not the one")
    rekey.pair.first.setText("another passphrase")
    rekey.pair.again.setText("another passphrase")
    rekey.accept()
    assert rekey.isVisible() and "not the current" in rekey.current_error.text()
    rekey.current.setText(PASS)
    rekey.accept()
    assert rekey.new_passphrase == "another passphrase"


def test_encrypt_change_and_remove_from_the_window(
    qtbot: QtBot, tmp_path: Path, preferences: Preferences
) -> None:
    from attache_app.storage import backup, crypto

    path = tmp_path / "post.db"
    store = open_store(path, create=True, clock=fixed_clock)
    load_demo(store, clock=fixed_clock)
    earlier = backup.backup(store)  # a plain backup, made before the encryption
    window = MainWindow(store, preferences)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    assert window.encrypt_action.isEnabled() and not window.rekey_action.isEnabled()
    assert window.encrypt_action in window.encryption_menu.actions()
    asked: list[tuple[str, str]] = []
    window.encryption_change_requested.connect(lambda c, n: asked.append((c, n)))
    assert encryption.change_encryption(window, "encrypt", PASS)
    assert asked == [("encrypt", PASS)]
    window.close()

    questions: list[str] = []
    store, message = encryption.apply(
        store, encryption.Change.ENCRYPT, PASS, confirm=lambda q: questions.append(q) or True
    )
    assert _opens_with(store, PASS) and "safety copy" in message
    assert not crypto.is_plain_sqlite(path) and PASS not in path.read_bytes().decode("latin-1")
    assert str(earlier) in questions[0] and not earlier.exists()  # plain copies deleted
    assert store.scalar("SELECT count(*) FROM persons") == 150
    window = MainWindow(store, preferences)
    qtbot.addWidget(window)
    settle(qtbot, window)
    assert not window.encrypt_action.isEnabled() and window.rekey_action.isEnabled()
    window.runner.wait(5000)
    window.close()

    store, _message = encryption.apply(store, encryption.Change.REKEY, "a new passphrase!")
    assert _opens_with(store, "a new passphrase!")
    with pytest.raises(DatabaseError):
        open_store(path, passphrase=PASS, auto_backup=False)

    # A conversion that fails leaves the database as it was, open with its passphrase.
    store, message = encryption.apply(store, encryption.Change.REKEY, "short")
    assert "8 characters" in message and _opens_with(store, "a new passphrase!")

    store, _message = encryption.apply(store, encryption.Change.DECRYPT, "")
    assert store.key is None and crypto.is_plain_sqlite(path)
    assert store.scalar("SELECT count(*) FROM persons") == 150
    store.close()


def test_report_and_full_export_can_be_protected_by_a_password(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from attache_app.gui.dialogs.export_dialogs import WorkbookDialog

    dialog = export.export_report(window)
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.report is not None, timeout=10000)
    out = tmp_path / "rapport.xlsx"
    dialog.path.setText(str(out))
    dialog.path.setModified(True)
    dialog.protection.setChecked(True)
    dialog.protection.pair.first.setText("paris-2026!")
    dialog.protection.pair.again.setText("paris-2026?")
    dialog.export()
    assert dialog.run is None and not out.exists()  # the two entries differ: nothing written
    assert "differ" in dialog.protection.pair.error.text()
    dialog.protection.pair.again.setText("paris-2026!")
    dialog.export()
    assert dialog.run is not None
    qtbot.waitUntil(lambda: not dialog.run.busy(), timeout=20000)
    assert _decrypted_workbook(out, "paris-2026!")[0] == "Overview"
    dialog.close()

    every = WorkbookDialog("Export everything", tmp_path / "tout.xlsx", window)
    qtbot.addWidget(every)
    every.protection.setChecked(True)
    every.protection.pair.first.setText("paris-2026!")
    every.protection.pair.again.setText("paris-2026!")
    every.accept()
    assert every.chosen == (tmp_path / "tout.xlsx", "paris-2026!")
    run = export.export_everything(window, *every.chosen)
    assert run is not None
    qtbot.waitUntil(lambda: not run.busy(), timeout=20000)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()
    assert "Persons" in _decrypted_workbook(tmp_path / "tout.xlsx", "paris-2026!")


def test_first_run_can_encrypt_the_new_database(qtbot: QtBot, tmp_path: Path) -> None:
    """The first-run dialog proposes the encryption, ticked, with the passphrase fields and
    a live hint of its strength; then the message — each a real modal dialog answered as a
    user would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from attache_app.gui.app import first_run
    from attache_app.gui.dialogs.post_settings import PostSettingsDialog
    from attache_app.services import post
    from attache_app.storage import crypto

    path = tmp_path / "new.db"
    store = open_store(path, create=True)
    seen: list[str] = []
    hints: list[str] = []

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, PostSettingsDialog) and "settings" not in seen:
            seen.append("settings")
            assert modal.encrypt.isChecked() and modal.passphrase.isVisible()
            assert not modal.clear_warning.isVisible()
            modal.name.setText("Service scientifique — Tokyo")
            for typed in ("short", "password1", PASS):
                modal.passphrase.first.setText(typed)
                hints.append(modal.passphrase.hint.text())
            modal.passphrase.first.setText("short")
            modal.passphrase.again.setText("short")
            modal.accept()  # refused: too short, said beside the fields
            assert modal.isVisible() and "8" in modal.passphrase.error.text()
            modal.passphrase.first.setText(PASS)
            modal.passphrase.again.setText(PASS)
            modal.accept()
        elif isinstance(modal, QMessageBox):
            seen.append("message:" + modal.text())
            modal.accept()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    store = first_run(store)
    timer.stop()
    assert seen[0] == "settings" and "safety copy" in seen[1]
    assert "Too short" in hints[0] and "Weak" in hints[1] and "Strong" in hints[2]
    assert _opens_with(store, PASS) and not crypto.is_plain_sqlite(path)
    assert post.get_settings(store).post_name == "Service scientifique — Tokyo"
    store.close()


def test_first_run_opting_out_of_encryption_is_one_click_with_a_warning(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from attache_app.gui.dialogs.post_settings import PostSettingsDialog
    from attache_app.storage import crypto

    path = tmp_path / "new.db"
    store = open_store(path, create=True)
    dialog = PostSettingsDialog(store, first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.encrypt.isChecked() and not dialog.clear_warning.isVisible()
    dialog.grab().save(str(tmp_path / "first-run.png"))
    qtbot.mouseClick(dialog.encrypt, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert not dialog.encrypt.isChecked()
    assert dialog.clear_warning.isVisible() and not dialog.passphrase.isVisible()
    assert "anyone" in dialog.clear_warning.text()
    dialog.grab().save(str(tmp_path / "first-run-clear.png"))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.new_passphrase is None
    store.close()
    assert crypto.is_plain_sqlite(path)
