"""Words the window shows (plurals in English, & in labels, codes in words, phone labels)
and the list filter's spellings and ranking, driven as a user does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Person, Phone
from attache_app.gui.app import install_translators
from attache_app.gui.dialogs.contact_editors import PersonEditor
from attache_app.gui.main_window import MainWindow
from attache_app.gui.preferences import Preferences
from attache_app.gui.texts import literal, shown
from attache_app.services import records
from attache_app.storage import Store
from tests.gui.conftest import settle


@pytest.fixture
def french() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "fr")
    yield
    install_translators(app, "en")


@pytest.fixture
def french_window(
    qtbot: QtBot, french: None, demo_store: Store, preferences: Preferences
) -> Iterator[MainWindow]:
    main = MainWindow(demo_store, preferences)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    settle(qtbot, main)
    yield main
    main.runner.wait(5000)


def _filter(qtbot: QtBot, window: MainWindow, text: str) -> list[int]:
    view = window.lists[RecordKind.PERSON]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.filter_box
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.filter_box.clear()
        if text.isascii():
            qtbot.keyClicks(view.filter_box, text)
        else:
            view.filter_box.insert(text)  # what an input method commits
    return [view.model.id_at(row) for row in range(view.model.rowCount())]


def test_english_plurals_after_switching_language(
    qtbot: QtBot, french_window: MainWindow, demo_store: Store, preferences: Preferences
) -> None:
    day = "DashboardView"
    assert QCoreApplication.translate(day, "%n day(s)", "", 1) == "1 jour"
    assert QCoreApplication.translate(day, "%n day(s)", "", 2) == "2 jours"
    with qtbot.waitSignal(french_window.language_change_requested):
        french_window.language_actions["en"].trigger()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, preferences.language)  # what the application does on the signal
    assert QCoreApplication.translate(day, "%n day(s)", "", 1) == "1 day"
    assert QCoreApplication.translate(day, "%n day(s)", "", 2) == "2 days"
    assert QCoreApplication.translate(day, "%n person(s) without organisation", "", 1) == (
        "1 person without organisation"
    )
    english = MainWindow(demo_store, preferences)
    qtbot.addWidget(english)
    english.show()
    settle(qtbot, english)
    count = english.lists[RecordKind.PERSON].count_label.text()
    assert count == "150 records", count
    assert "(s)" not in count
    english.runner.wait(5000)


def test_menu_labels_show_an_ampersand_as_written(french_window: MainWindow) -> None:
    titles = [french_window.navigation.item(n).text() for n in range(6)]
    assert "Échéances & programmes" in titles
    # View › the six pages: each entry shows its page's title, & included.
    assert [shown(a.text()) for a in french_window.view_actions] == titles
    french_window.show_page(1)
    menu = french_window.columns_menu
    menu.aboutToShow.emit()
    view = french_window.lists[RecordKind.PERSON]
    headers = [c.header() for c in view.model.columns]
    assert [shown(a.text()) for a in menu.actions()] == headers
    assert shown(literal("R&D & co")) == "R&D & co"


def test_codes_are_shown_in_words(
    qtbot: QtBot, french_window: MainWindow, demo_store: Store
) -> None:
    person = records.save_person(
        demo_store,
        Person(
            given_name="Ya-Ting",
            family_name="Zhuo",
            phones=[Phone("+886 2 2345 6789", "work"), Phone("+886 912 345 678", "portable")],
        ),
    )
    assert person.id is not None and person.source == "manual"
    assert [p.label for p in person.phones] == ["work", "mobile"]
    found = _filter(qtbot, french_window, "zhuo yating")
    assert found == [person.id]
    view = french_window.lists[RecordKind.PERSON]
    view.table.selectRow(0)
    french_window.open_action.trigger()
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PersonEditor))
    assert editor.source.text() == "Saisie manuelle"
    labels = [editor.phones.table.item(r, 0).text() for r in range(editor.phones.table.rowCount())]
    assert labels == ["Bureau", "Portable"]
    # Saved as it was shown: the codes stay codes.
    button = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    saved = records.get_person(demo_store, person.id)
    assert saved.source == "manual"
    assert [p.label for p in saved.phones] == ["work", "mobile"]


def test_list_filter_spellings_and_exact_first(
    qtbot: QtBot, window: MainWindow, demo_store: Store
) -> None:
    made = {
        name: records.save_person(demo_store, Person(given_name=given, family_name=name)).id
        for name, given in (("Cheng", "Aaron"), ("Chen", "Zoe"), ("Ohno", "Taro"))
    }
    found = _filter(qtbot, window, "chen")
    assert found.index(made["Chen"]) < found.index(made["Cheng"])
    # Every record whose name holds the word « chen » whole comes before any that does not.
    names = [records.get_person(demo_store, i) for i in found]
    whole = [("chen" in f"{p.given_name} {p.family_name}".lower().split()) for p in names]
    assert whole == sorted(whole, reverse=True)
    for spelling in ("Ōno", "Oono", "ono taro"):
        assert made["Ohno"] in _filter(qtbot, window, spelling), spelling


def test_every_count_in_a_message_is_a_real_plural_in_both_languages() -> None:
    """« %n » made outside ``self.tr`` (QCoreApplication.translate) is not taken as a plural
    by lupdate: the label then shows « record(s) » in every language."""
    import xml.etree.ElementTree as ET

    from attache_app.i18n import translations_dir

    for language in ("fr", "en"):
        root = ET.parse(translations_dir() / f"attache_{language}.ts").getroot()
        singular = [
            message.findtext("source")
            for message in root.iter("message")
            if "%n" in (message.findtext("source") or "") and message.get("numerus") != "yes"
        ]
        assert singular == [], language
    for context in ET.parse(translations_dir() / "attache_fr.ts").getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                forms = [f.text for f in message.iter("numerusform")]
                assert len(forms) == 2 and all(forms), message.findtext("source")


def test_undo_labels_with_a_count_in_french_and_english(french: None) -> None:
    from attache_app.gui.undo import WORDS

    assert WORDS.delete_records(1) == "Supprimer 1 fiche"
    assert WORDS.delete_records(2) == "Supprimer 2 fiches"
    assert WORDS.mark_reminders_done(3) == "Marquer 3 rappels comme faits"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "en")
    assert WORDS.delete_records(1) == "Delete 1 record"
    assert WORDS.tag_records(151) == "Tag 151 records"
    assert WORDS.confirm_dates(1) == "Confirm 1 date"
