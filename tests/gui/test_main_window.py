"""The desktop client driven through its real widgets, on a real database (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Deadline, Note, Person
from attache_app.gui.dialogs.activity_editors import DeadlineEditor, NoteEditor
from attache_app.gui.dialogs.contact_editors import PersonEditor
from attache_app.gui.dialogs.editor import RecordEditor
from attache_app.gui.main_window import MainWindow
from attache_app.gui.preferences import Preferences
from attache_app.gui.views.record_list import RecordListView
from attache_app.services import records
from attache_app.storage import Store
from tests.gui.conftest import settle


def save(qtbot: QtBot, editor: RecordEditor) -> None:
    button = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def contacts(window: MainWindow) -> RecordListView:
    return window.lists[RecordKind.PERSON]


def test_six_views_reachable_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    assert window.navigation.count() == 6
    for number in range(6):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentIndex() == number
    titles = [window.menuBar().actions()[i].text() for i in range(5)]
    assert titles == ["&File", "&Edit", "&View", "&Tools", "&Help"]


def test_lists_show_every_record_lazily(window: MainWindow) -> None:
    view = contacts(window)
    assert view.model.rowCount() == 150
    view.model.invalidate()
    assert view.model.data(view.model.index(0, 0)) is not None
    # Reading the first cell fetched one page, not the whole list.
    assert len(view.model._rows) == view.model.PAGE


def test_create_person_then_undo_and_redo(
    qtbot: QtBot, window: MainWindow, demo_store: Store
) -> None:
    window.show_page(1)
    editor = window.new_record(RecordKind.PERSON)
    assert isinstance(editor, PersonEditor)
    qtbot.keyClicks(editor.given, "Amelie")
    qtbot.keyClicks(editor.family, "Zyx")
    editor.native.insert("陳美")  # what an input method commits
    save(qtbot, editor)
    assert not editor.isVisible()
    settle(qtbot, window)
    found = [
        p
        for p in records.get_many(
            demo_store, RecordKind.PERSON, records.list_ids(demo_store, RecordKind.PERSON)
        )
        if isinstance(p, Person) and p.family_name == "Zyx"
    ]
    assert len(found) == 1 and found[0].native_name == "陳美"
    assert contacts(window).model.rowCount() == 151
    window.undo_action.trigger()
    settle(qtbot, window)
    assert contacts(window).model.rowCount() == 150
    window.redo_action.trigger()
    settle(qtbot, window)
    assert contacts(window).model.rowCount() == 151
    assert found[0].id is not None
    assert records.get_person(demo_store, found[0].id).native_name == "陳美"


def test_edit_then_undo_restores_previous_values(
    qtbot: QtBot, window: MainWindow, demo_store: Store
) -> None:
    editor = window.open_record("person", 1)
    assert isinstance(editor, PersonEditor)
    before = records.get_person(demo_store, 1)
    editor.title.clear()
    qtbot.keyClicks(editor.title, "Conseiller special")
    save(qtbot, editor)
    assert records.get_person(demo_store, 1).title == "Conseiller special"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    restored = records.get_person(demo_store, 1)
    assert restored.title == before.title
    assert restored.emails == before.emails and restored.tags == before.tags


def test_validation_message_beside_the_field(
    qtbot: QtBot, window: MainWindow, demo_store: Store
) -> None:
    editor = window.new_record(RecordKind.PERSON)
    assert isinstance(editor, PersonEditor)
    qtbot.keyClicks(editor.given, "Bad")
    editor.emails.add_row("travail", "not-an-address")
    save(qtbot, editor)
    assert editor.isVisible()
    label = editor._errors["emails"]
    assert label.isVisible()
    assert "not an e-mail address" in label.text()
    assert demo_store.scalar("SELECT count(*) FROM persons") == 150

    def discard() -> None:  # the typed work is not lost without a question
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Discard).click()

    QTimer.singleShot(0, discard)
    editor.reject()
    assert not editor.isVisible()


def test_delete_asks_and_can_be_undone(
    qtbot: QtBot, window: MainWindow, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = []

    def answer(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.show_page(1)
    view = contacts(window)
    view.table.selectRow(0)
    first = view.model.id_at(0)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    settle(qtbot, window)
    assert asked and "Ctrl+Z" in str(asked[0])
    assert records.get_many(demo_store, RecordKind.PERSON, [first]) == []
    assert view.model.rowCount() == 149
    window.undo_action.trigger()
    settle(qtbot, window)
    assert view.model.rowCount() == 150
    assert records.get_person(demo_store, first).id == first


def test_quick_filter_finds_cjk_and_accents(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(1)
    view = contacts(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.filter_box
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.filter_box.insert("陳")  # what an input method commits
    assert 0 < view.model.rowCount() < 150
    native = [view.model.data(view.model.index(r, 1)) for r in range(view.model.rowCount())]
    assert all("陳" in n for n in native)


def test_sorting_happens_in_sql(qtbot: QtBot, window: MainWindow) -> None:
    view = contacts(window)
    country = next(n for n, c in enumerate(view.model.columns) if c.key == "country")
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.table.sortByColumn(country, Qt.SortOrder.DescendingOrder)
    values = [view.model.data(view.model.index(r, country)) for r in range(150)]
    codes = [
        r.country for r in (view.model.record_at(i) for i in range(150)) if isinstance(r, Person)
    ]
    assert codes == sorted(codes, reverse=True)
    assert values[0] != ""


def test_filters_narrow_the_list(qtbot: QtBot, window: MainWindow) -> None:
    view = contacts(window)
    orphans = view.filters["without_organisation"]
    with qtbot.waitSignal(view.loaded, timeout=5000):
        orphans.setChecked(True)  # type: ignore[attr-defined]
    assert 0 < view.model.rowCount() < 150
    organisation = next(n for n, c in enumerate(view.model.columns) if c.key == "organisation")
    assert all(
        not view.model.data(view.model.index(r, organisation)) for r in range(view.model.rowCount())
    )


def test_global_search_enter_opens_the_record(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = window.search_popup
    assert popup.isVisible()
    with qtbot.waitSignal(popup.results_shown, timeout=5000):
        qtbot.keyClicks(popup.query, "lefevre")
    with qtbot.waitSignal(popup.open_requested, timeout=5000) as opened:
        qtbot.keyClick(popup.query, Qt.Key.Key_Return)
    kind, record_id = opened.args
    assert kind == "person"
    assert records.get_person(window.store, record_id).family_name == "Lefèvre"


def test_note_editor_markdown_preview(qtbot: QtBot, window: MainWindow, demo_store: Store) -> None:
    editor = window.new_record(RecordKind.NOTE)
    assert isinstance(editor, NoteEditor)
    qtbot.keyClicks(editor.title, "Veille test")
    editor.body.setPlainText("## Titre\n\n- **point** important")
    editor.tabs.setCurrentIndex(1)
    assert "important" in editor.preview.toPlainText()
    assert "**" not in editor.preview.toPlainText()
    save(qtbot, editor)
    saved = editor.result_record
    assert isinstance(saved, Note) and saved.body.startswith("## Titre")


def test_deadline_editor_shows_paris_and_post_time(qtbot: QtBot, window: MainWindow) -> None:
    editor = window.new_record(RecordKind.DEADLINE)
    assert isinstance(editor, DeadlineEditor)
    from PySide6.QtCore import QDate, QTime

    editor.date.setDate(QDate(2027, 5, 15))
    editor.time.setTime(QTime(23, 59))
    editor.zone.setCurrentText("Europe/Paris")
    assert "2027-05-15 23:59" in editor.both_times.text()
    assert "2027-05-16 05:59" in editor.both_times.text()  # Taipei
    qtbot.keyClicks(editor.title, "Depot PHC")
    save(qtbot, editor)
    saved = editor.result_record
    assert isinstance(saved, Deadline) and saved.due_utc == "2027-05-15T21:59:00Z"


def test_linked_records_navigate_both_ways(
    qtbot: QtBot, window: MainWindow, demo_store: Store
) -> None:
    org_id = records.resolve_organisation(demo_store, "ITRI")
    editor = window.open_record("organisation", org_id)
    assert editor is not None and editor.side is not None
    panel = editor.side
    items = [panel.list.item(i) for i in range(panel.list.count())]  # type: ignore[attr-defined]
    person_item = next(i for i in items if i is not None and i.data(Qt.ItemDataRole.UserRole))
    with qtbot.waitSignal(editor.open_requested) as opened:
        panel.list.itemActivated.emit(person_item)  # type: ignore[attr-defined]
    assert opened.args[0] == "person"
    person = records.get_person(demo_store, opened.args[1])
    assert person.organisation_id == org_id


def test_state_is_remembered(qtbot: QtBot, demo_store: Store, preferences: Preferences) -> None:
    first = MainWindow(demo_store, preferences)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.show_page(3)
    first.resize(790, 557)  # within the offscreen screen (800×600) and above the minimum
    size = (first.width(), first.height())
    assert size[1] == 557
    first.close()
    first.runner.wait(5000)
    second = MainWindow(demo_store, preferences)
    qtbot.addWidget(second)
    assert second.pages.currentIndex() == 3
    assert second.height() == size[1]
    second.runner.wait(5000)


def test_dashboard_lists_deadlines_and_attention(qtbot: QtBot, window: MainWindow) -> None:
    dashboard = window.dashboard
    assert dashboard.data is not None
    assert dashboard.deadlines.topLevelItemCount() == len(dashboard.data.deadlines) > 0
    first = dashboard.deadlines.topLevelItem(0)
    assert first is not None and first.text(0) in {
        "Overdue",
        "Within 7 days",
        "Within 30 days",
        "Later",
    }
    assert "150" in dashboard.count_labels["persons"].text()
    assert dashboard.attention.topLevelItemCount() > 0
    with qtbot.waitSignal(dashboard.open_requested) as opened:
        dashboard.deadlines.itemActivated.emit(first, 0)
    assert opened.args[0] == "deadline"


def test_switching_language(qtbot: QtBot, demo_store: Store, preferences: Preferences) -> None:
    from attache_app.gui.app import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        install_translators(app, "fr")
        french = MainWindow(demo_store, preferences)
        qtbot.addWidget(french)
        assert french.navigation.item(0).text() == "Tableau de bord"
        assert french.menuBar().actions()[0].text() == "&Fichier"
        with qtbot.waitSignal(french.language_change_requested) as asked:
            french.language_actions["en"].trigger()
        assert asked.args == ["en"]
        assert preferences.language == "en"
        french.runner.wait(5000)
    finally:
        install_translators(app, "en")
    english = MainWindow(demo_store, preferences)
    qtbot.addWidget(english)
    assert english.navigation.item(0).text() == "Dashboard"
    english.runner.wait(5000)


def test_daily_backup_runs_in_the_background(
    qtbot: QtBot, demo_path: Path, preferences: Preferences
) -> None:
    from attache_app.storage import backup, open_store

    assert backup.list_backups(demo_path) == []
    with open_store(demo_path, auto_backup=False) as store:
        main = MainWindow(store, preferences)
        qtbot.addWidget(main)
        settle(qtbot, main)
        made = backup.list_backups(demo_path)
        assert len(made) == 1 and "daily" in made[0].name
        backup.validate_backup_file(made[0])
        main.runner.wait(5000)


def test_pickers_suggest_from_the_index(qtbot: QtBot, demo_store: Store) -> None:
    from attache_app.gui.widgets.pickers import MultiRecordPicker, RecordPicker

    itri = records.resolve_organisation(demo_store, "ITRI")
    picker = RecordPicker(demo_store, RecordKind.ORGANISATION, itri)
    qtbot.addWidget(picker)
    assert "ITRI" in picker.edit.text()
    assert picker.value() == itri
    picker.edit.setText("")
    qtbot.keyClicks(picker.edit, "tsing")
    shown = picker.edit.completer().model().stringList()  # type: ignore[union-attr]
    assert any("Tsing Hua" in text for text in shown)
    picker.edit.setText("Tsing Hua")
    assert picker.value() == records.resolve_organisation(demo_store, "NTHU")
    picker.edit.setText("National")
    with pytest.raises(ValueError):
        picker.value()
    people = MultiRecordPicker(demo_store, RecordKind.PERSON, [1])
    qtbot.addWidget(people)
    qtbot.keyClicks(people.edit, "lefevre")
    qtbot.keyClick(people.edit, Qt.Key.Key_Return)
    lefevre = [
        p
        for p in records.get_many(demo_store, RecordKind.PERSON, people.values())
        if isinstance(p, Person) and p.family_name == "Lefèvre"
    ]
    assert people.values()[0] == 1 and len(lefevre) == 1
