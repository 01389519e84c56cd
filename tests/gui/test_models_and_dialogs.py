"""Table models checked by qtmodeltester; the first-run and unopenable-database dialogs."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.errors import DatabaseError
from attache_app.gui.app import open_with_dialogs
from attache_app.gui.dialogs.database_problem import Choice, ask, explain
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


def _click_later(button_text: str) -> None:
    """Click a button of the message box once it is shown (as a person would)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        box.close()

    QTimer.singleShot(20, click)


def test_unopenable_database_dialog_offers_choices(qtbot: QtBot, tmp_path: Path) -> None:
    junk = tmp_path / "contacts.db"
    junk.write_bytes(b"this is not a database" * 50)
    before = hashlib.sha256(junk.read_bytes()).hexdigest()
    _click_later("Close")
    assert open_with_dialogs(junk) is None
    assert hashlib.sha256(junk.read_bytes()).hexdigest() == before
    _click_later("Try again")
    assert ask(DatabaseError("x", reason="locked")) is Choice.RETRY
