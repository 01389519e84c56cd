"""The programme calendar in the window: reminders on the dashboard (done, snooze), the
notification of reminders due, next year's call prepared from the programmes pane, and the
new fields of the programme and deadline editors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Deadline, Programme
from attache_app.gui.main_window import MainWindow
from attache_app.services import records, reminders
from attache_app.storage import programmes as programme_store
from tests.conftest import fixed_clock
from tests.gui.conftest import settle


def _due_keys(window: MainWindow) -> list[str]:
    return [r.key for r in reminders.due_reminders(window.store, clock=fixed_clock)]


def test_dashboard_lists_reminders_and_marks_them_done(qtbot: QtBot, window: MainWindow) -> None:
    dashboard = window.dashboard
    due = _due_keys(window)
    assert due, "the example post has deadlines whose reminders are due"
    shown = [
        dashboard.reminders.topLevelItem(i).data(1, Qt.ItemDataRole.UserRole)
        for i in range(dashboard.reminders.topLevelItemCount())
    ]
    assert shown == due
    first = dashboard.reminders.topLevelItem(0)
    assert isinstance(first, QTreeWidgetItem)
    dashboard.reminders.setCurrentItem(first)
    qtbot.mouseClick(dashboard.done_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert _due_keys(window) == due[1:]
    assert dashboard.reminders.topLevelItemCount() == max(1, len(due) - 1)

    if len(due) > 1:
        dashboard.reminders.setCurrentItem(dashboard.reminders.topLevelItem(0))
        dashboard.snooze(24)
        settle(qtbot, window)
        assert due[1] not in _due_keys(window)


def test_reminders_due_are_notified_once(qtbot: QtBot, window: MainWindow) -> None:
    window.store.execute("DELETE FROM reminder_states")  # as if never shown
    window.store.conn.commit()
    with qtbot.waitSignal(window.notifier.notified, timeout=10000) as blocker:
        window.notifier.check_now()
    shown = blocker.args[0]
    assert [r.key for r in shown] == _due_keys(window)
    assert "Paris time" in window.statusBar().currentMessage()
    with qtbot.assertNotEmitted(window.notifier.notified, wait=300):
        window.notifier.check_now()
        settle(qtbot, window)


def test_prepare_next_years_call_from_the_programmes_pane(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(4)
    page = window.deadlines_page
    orchid = programme_store.find_programme(window.store, "PHC Orchid")
    assert orchid is not None
    for i in range(page.tree.topLevelItemCount()):
        item = page.tree.topLevelItem(i)
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == orchid:
            page.tree.setCurrentItem(item)
    before = {c.year for c in programme_store.get_calls(window.store, orchid)}
    prepared = page.prepare_call()
    assert prepared is not None and prepared.call.year == max(before) + 1
    settle(qtbot, window)
    view = window.lists[RecordKind.DEADLINE]
    titles = [view.model.data(view.model.index(r, 4)) for r in range(view.model.rowCount())]
    assert any("(date to confirm)" in str(t) for t in titles)
    new_ids = {d.id for d in prepared.deadlines}
    view.table.clearSelection()
    for row in range(view.model.rowCount()):
        if view.model.id_at(row) in new_ids:
            view.table.selectionModel().select(
                view.model.index(row, 0),
                view.table.selectionModel().SelectionFlag.Select
                | view.table.selectionModel().SelectionFlag.Rows,
            )
    assert page.confirm_dates() == len(new_ids)
    assert not any(
        d.to_confirm
        for d in records.get_many(window.store, RecordKind.DEADLINE, list(new_ids))
        if isinstance(d, Deadline)
    )
    # A second time for the same year is refused with a message, nothing created.
    assert page.prepare_call() is not None  # the year after
    years = {c.year for c in programme_store.get_calls(window.store, orchid)}
    assert years == before | {max(before) + 1, max(before) + 2}


def test_editors_show_the_source_template_and_reminders(qtbot: QtBot, window: MainWindow) -> None:
    orchid = programme_store.find_programme(window.store, "PHC Orchid")
    editor = window.open_record(str(RecordKind.PROGRAMME), orchid or 0)
    assert editor is not None
    assert editor.template.currentData() == "phc"  # type: ignore[attr-defined]
    editor.source_url.setText("https://example.org/orchid")  # type: ignore[attr-defined]
    editor.accept()
    saved = records.get_programme(window.store, orchid or 0)
    assert isinstance(saved, Programme) and saved.source_url == "https://example.org/orchid"

    deadline_id = window.store.scalar("SELECT id FROM deadlines ORDER BY id LIMIT 1")
    editor = window.open_record(str(RecordKind.DEADLINE), deadline_id)
    assert editor is not None
    assert editor.reminders.text() == "30, 7, 1"  # type: ignore[attr-defined]
    editor.reminders.setText("14, two")  # type: ignore[attr-defined]
    editor.accept()
    assert editor.isVisible()
    assert "whole days" in editor._errors["reminders"].text()
    editor.reminders.setText("14, 2")  # type: ignore[attr-defined]
    editor.accept()
    assert records.get_deadline(window.store, deadline_id).reminders == [14, 2]


def test_applications_to_a_call(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(4)
    page = window.deadlines_page
    call_item = None
    for i in range(page.tree.topLevelItemCount()):
        top = page.tree.topLevelItem(i)
        if top is not None and top.childCount():
            call_item = top.child(0)
            break
    assert call_item is not None
    page.tree.setCurrentItem(call_item)
    assert page.applications_box.isVisibleTo(page)
    dialog = page.edit_application(new=True)
    assert dialog is not None
    dialog.accept()  # no title: refused, said beside the form
    assert "title" in dialog.error.text() and dialog.isVisible()
    dialog.title.setText("Capteurs quantiques LKB–NTU")
    dialog.french_team.setText("LKB, Paris")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("selected"))
    dialog.accept()
    assert not dialog.isVisible()
    assert page.applications.topLevelItemCount() == 1
    row = page.applications.topLevelItem(0)
    assert row is not None and row.text(2) == "Selected"
    call_id = page.selected_call()
    saved = window.store.query(
        "SELECT title, outcome FROM applications WHERE call_id = ?", [call_id]
    )
    assert saved == [{"title": "Capteurs quantiques LKB–NTU", "outcome": "selected"}]
