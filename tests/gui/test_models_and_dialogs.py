"""Table models checked by qtmodeltester; the first-run and unopenable-database dialogs."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.errors import DatabaseError
from attache_app.gui.app import open_with_dialogs
from attache_app.gui.dialogs.database_problem import Choice, chosen, explain, problem_box
from attache_app.gui.dialogs.post_settings import PostSettingsDialog
from attache_app.gui.models.record_table import RecordTableModel
from attache_app.services import post, records
from attache_app.storage import Store, open_store


@pytest.mark.parametrize("kind", list(RecordKind))
def test_models_pass_qtmodeltester(
    qtmodeltester: object, demo_store: Store, kind: RecordKind
) -> None:
    model = RecordTableModel(demo_store, kind, lambda: "Asia/Taipei")
    model.set_ids(records.list_ids(demo_store, kind))
    assert model.rowCount() > 0
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_deadline_rows_carry_urgency_as_colour_and_word(demo_store: Store) -> None:
    model = RecordTableModel(demo_store, RecordKind.DEADLINE, lambda: "Asia/Taipei")
    model.set_ids(records.list_ids(demo_store, RecordKind.DEADLINE))
    urgency = next(n for n, c in enumerate(model.columns) if c.key == "urgency")
    words = {model.data(model.index(r, urgency)) for r in range(model.rowCount())}
    assert "Overdue" in words
    overdue = next(
        r for r in range(model.rowCount()) if model.data(model.index(r, urgency)) == "Overdue"
    )
    from PySide6.QtCore import Qt

    assert model.data(model.index(overdue, 0), Qt.ItemDataRole.BackgroundRole) is not None


def test_first_run_asks_for_the_post(qtbot: QtBot, db_path: Path) -> None:
    with open_store(db_path, create=True) as store:
        assert not post.is_configured(store)
        dialog = PostSettingsDialog(store, first_run=True)
        qtbot.addWidget(dialog)
        assert dialog.load_example.isVisibleTo(dialog)
        dialog.encrypt.setChecked(False)  # proposed, ticked; here the user opts out
        dialog.name.setText("Service scientifique — Séoul")
        dialog.timezone.setCurrentText("Asia/Seoul")
        dialog.author.setText("Jean Martin")
        dialog.accept()
        settings = post.get_settings(store)
        assert settings.post_name == "Service scientifique — Séoul"
        assert settings.timezone == "Asia/Seoul"
        assert post.is_configured(store)


def test_first_run_refuses_an_unknown_zone(qtbot: QtBot, store: Store) -> None:
    dialog = PostSettingsDialog(store, first_run=True)
    qtbot.addWidget(dialog)
    dialog.encrypt.setChecked(False)
    dialog.timezone.setCurrentText("Asia/Atlantis")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog)
    assert "Asia/Atlantis" in dialog.error.text()
    assert not post.is_configured(store)


@pytest.mark.parametrize(
    "reason", ["locked", "read_only", "not_database", "corrupt", "newer", "unavailable"]
)
def test_every_reason_is_explained(reason: str) -> None:
    assert explain(DatabaseError("x", reason=reason)).endswith(".")


def _click(button_text: str, shown: list[str]) -> object:
    """Answer the problem box as a person would: show it, read it, click a button."""

    def answer(error: DatabaseError, parent: object = None) -> Choice:
        box, buttons = problem_box(error)
        box.show()
        shown.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == button_text).click()
        return chosen(box, buttons)

    return answer


def test_unopenable_database_dialog_offers_choices(tmp_path: Path) -> None:
    junk = tmp_path / "contacts.db"
    junk.write_bytes(b"this is not a database" * 50)
    before = hashlib.sha256(junk.read_bytes()).hexdigest()
    shown: list[str] = []
    assert open_with_dialogs(junk, ask=_click("Close", shown)) is None  # type: ignore[arg-type]
    assert "not an Attaché database" in shown[0]
    assert hashlib.sha256(junk.read_bytes()).hexdigest() == before
    box, buttons = problem_box(DatabaseError("x", reason="locked"))
    buttons[Choice.RETRY].click()
    assert chosen(box, buttons) is Choice.RETRY


def test_unopenable_database_then_a_new_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    junk = tmp_path / "junk.db"
    junk.write_bytes(b"junk" * 100)
    fresh = tmp_path / "fresh.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    store = open_with_dialogs(junk, ask=_click("New database…", []))  # type: ignore[arg-type]
    assert store is not None and store.path == fresh
    store.close()


def test_an_old_database_is_upgraded_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file of schema version 1 is migrated in a thread (the frame stays painted), then
    opened; a current file goes straight to the open."""
    import shutil
    import threading

    from attache_app.gui import app
    from attache_app.services.database import needs_upgrade
    from attache_app.storage import migrations

    old = tmp_path / "old.db"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "data" / "schema_v1.db", old)
    assert needs_upgrade(old, None)
    threads: list[str] = []
    real = migrations.upgrade

    def watched(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(migrations, "upgrade", watched)  # a spy: it still migrates
    store = app.open_with_dialogs(old)
    assert store is not None
    assert migrations.current_version(store.conn) == migrations.LATEST_VERSION
    assert threads[0] != threading.main_thread().name  # migrated in an operation's thread
    assert not needs_upgrade(old, None)
    store.close()
