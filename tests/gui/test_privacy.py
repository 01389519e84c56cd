"""Personal data in the window: erase for good (after the question), right of access, and
the review date in the person editor and on the dashboard."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import EmailAddress, Person
from attache_app.gui.main_window import MainWindow
from attache_app.gui.operations import erase
from attache_app.services import privacy, records
from tests.conftest import fixed_clock
from tests.gui.conftest import settle


def test_erase_for_good_from_the_window(qtbot: QtBot, window: MainWindow) -> None:
    person = records.save_person(
        window.store,
        Person(given_name="Zébulon", family_name="Quaxworth",
               emails=[EmailAddress("zq.unique@quaxmail.example")]),
    )  # fmt: skip
    assert person.id is not None
    operation = erase.erase_person(window, person.id, confirmed=True)
    assert operation is not None
    qtbot.waitUntil(lambda: not operation.busy(), timeout=20000)
    assert operation.outcome is not None and operation.outcome.traces_left == []
    settle(qtbot, window)
    assert window.undo_stack.count() == 0
    assert window.store.path is not None
    assert privacy.raw_traces(window.store.path, ["Quaxworth", "zq.unique"]) == []
    assert "erased" in window.statusBar().currentMessage()


def test_right_of_access_file(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    person_id = window.store.scalar("SELECT id FROM persons ORDER BY id LIMIT 1")
    out = erase.export_person_data(window, person_id, tmp_path / "data.json")
    assert out is not None
    data = json.loads(out.read_text("utf-8"))
    assert data["person"]["id"] == person_id


def test_review_date_in_the_editor_and_on_the_dashboard(qtbot: QtBot, window: MainWindow) -> None:
    person_id = window.store.scalar("SELECT id FROM persons ORDER BY id LIMIT 1")
    editor = window.open_record(str(RecordKind.PERSON), person_id)
    assert editor is not None
    from PySide6.QtCore import QDate

    editor.review.setDate(QDate(2026, 11, 1))  # type: ignore[attr-defined]
    editor.accept()
    assert records.get_person(window.store, person_id).review_date == "2026-11-01"
    settle(qtbot, window)
    window.dashboard.refresh()
    settle(qtbot, window)
    texts = [
        window.dashboard.attention.topLevelItem(i).text(0)
        for i in range(window.dashboard.attention.topLevelItemCount())
    ]
    assert any("due for review" in t for t in texts)
    assert [p.id for p in privacy.due_for_review(window.store, clock=fixed_clock)] == [person_id]
