"""First run and new records: countries found as typed (accents, English and local names),
a country choosing the time zone and the phone region, a person named only in Chinese shown
in the Nom column, a new deadline taking the programme selected beside the list."""

from __future__ import annotations

import unicodedata

from babel import Locale
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Person
from attache_app.gui.dialogs.activity_editors import DeadlineEditor
from attache_app.gui.dialogs.post_settings import PostSettingsDialog
from attache_app.gui.main_window import MainWindow
from attache_app.gui.widgets.fields import combo_value, country_combo
from attache_app.services import post, records
from attache_app.storage import programmes as programme_store
from tests.gui.conftest import settle


def _found(qtbot: QtBot, combo: QComboBox, typed: str) -> list[str]:
    completer = combo.completer()
    assert completer is not None
    completer.setCompletionPrefix(typed)
    model = completer.completionModel()
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def test_countries_are_found_without_accents_and_by_other_names(qtbot: QtBot) -> None:
    combo = country_combo("")
    qtbot.addWidget(combo)
    for typed in ("Taiwan", "taïwan", "台灣", "TW", "Taïw"):
        assert any("(TW)" in shown for shown in _found(qtbot, combo, typed)), typed
    # Every country, typed as Babel's English name without its accents (an oracle we did
    # not write), is offered.
    english = Locale.parse("en").territories
    for row in range(1, combo.count()):
        code = str(combo.itemData(row))
        name = _plain(english[code])
        assert combo.itemText(row) in _found(qtbot, combo, name), name


def test_choosing_a_completion_puts_the_country_in_the_field(qtbot: QtBot) -> None:
    combo = country_combo("")
    qtbot.addWidget(combo)
    completer = combo.completer()
    assert completer is not None
    completer.setCompletionPrefix("Taiwan")
    index = completer.completionModel().index(0, 0)
    # What goes into the field is the country as listed, never the search keys.
    assert completer.pathFromIndex(index) == combo.itemText(combo.findData("TW"))


def test_a_country_sets_the_time_zone_and_phone_region(qtbot: QtBot, window: MainWindow) -> None:
    seen: dict[str, str] = {}

    def choose() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets()
             if isinstance(w, PostSettingsDialog) and w.isVisible()),
            None,
        )  # fmt: skip
        if dialog is None:
            QTimer.singleShot(10, choose)
            return
        dialog.country.setCurrentIndex(dialog.country.findData("JP"))
        seen["zone"] = dialog.timezone.currentText()
        seen["region"] = combo_value(dialog.region)
        dialog.timezone.setCurrentText("Asia/Seoul")  # still editable
        dialog.accept()

    QTimer.singleShot(0, choose)
    window.settings_action.trigger()
    assert seen == {"zone": "Asia/Tokyo", "region": "JP"}
    assert post.get_settings(window.store).timezone == "Asia/Seoul"
    assert post.get_settings(window.store).phone_region == "JP"


def test_a_person_named_only_in_chinese_has_a_name_in_the_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    saved = records.save_person(window.store, Person(native_name="林美玲"))
    window.events.records_changed.emit(str(RecordKind.PERSON))
    window.view_actions[1].trigger()
    view = window.lists[RecordKind.PERSON]
    view.filter_box.insert("林美玲")  # as an input method commits it
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    settle(qtbot, window)
    assert view.model.id_at(0) == saved.id
    name_column = next(i for i, c in enumerate(view.model.columns) if c.key == "name")
    assert view.model.data(view.model.index(0, name_column)) == "林美玲"


def test_a_new_deadline_takes_the_selected_programme(qtbot: QtBot, window: MainWindow) -> None:
    window.view_actions[4].trigger()
    page = window.deadlines_page
    orchid = programme_store.find_programme(window.store, "PHC Orchid")
    for i in range(page.tree.topLevelItemCount()):
        item = page.tree.topLevelItem(i)
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == orchid:
            page.tree.setCurrentItem(item)
    assert page.selected_programme() == orchid
    window.new_action.trigger()
    editor = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, DeadlineEditor) and w.isVisible()
    )
    assert editor.programme.value() == orchid
    assert not editor.has_changes()  # filled in for the user: Escape asks nothing
    editor.reject()
    assert not editor.isVisible()
