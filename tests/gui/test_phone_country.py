"""The person editor reads phones with the person's country, else the organisation's,
else the post's region (issue 14, item 4), and says so in the E.164 column."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from attache_app.domain.models import Organisation, Person, Phone
from attache_app.gui.dialogs.contact_editors import PersonEditor
from attache_app.gui.dialogs.import_wizard import (
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_RESULT,
    ImportWizard,
)
from attache_app.gui.main_window import MainWindow
from attache_app.gui.operations import importing
from attache_app.gui.widgets.fields import set_combo_data
from attache_app.services import post, records
from attache_app.storage import Store
from tests.gui.conftest import settle


def _new_person(qtbot: QtBot, window: MainWindow) -> PersonEditor:
    window.show_page(1)  # Contacts: Ctrl+N makes a person
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.findChild(PersonEditor)
    assert isinstance(editor, PersonEditor)
    return editor


def _save(qtbot: QtBot, editor: PersonEditor) -> None:
    button = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _e164_column(editor: PersonEditor) -> list[str]:
    table = editor.phones.table
    return [table.item(row, 2).text() for row in range(table.rowCount())]  # type: ignore[union-attr]


def _saved(store: Store, family: str) -> Person:
    found = store.scalar("SELECT id FROM persons WHERE family_name = ?", (family,))
    assert found is not None
    return records.get_person(store, int(found))


def test_a_french_number_of_a_person_in_france_is_french(
    qtbot: QtBot, window: MainWindow, demo_store: Store
) -> None:
    assert post.get_settings(demo_store).phone_region == "TW"  # the post: Taipei
    editor = _new_person(qtbot, window)
    qtbot.keyClicks(editor.family, "Quiniou")
    editor.phones.add_row("bureau", "02 40 12 34 56")
    editor.phones.add_row("", "12 34")
    # No country yet: the post's region reads it (a Taiwanese number, flagged by nothing).
    assert _e164_column(editor)[0] == "+886240123456"
    set_combo_data(editor.country, "FR")
    assert _e164_column(editor)[0] == "+33240123456"
    flagged = editor.phones.table.item(1, 2)
    assert flagged is not None and "France" in flagged.text()
    assert "kept as typed" in flagged.toolTip() and not flagged.icon().isNull()
    _save(qtbot, editor)
    settle(qtbot, window)
    person = _saved(demo_store, "Quiniou")
    assert [(p.number, p.e164) for p in person.phones] == [
        ("02 40 12 34 56", "+33240123456"),
        ("12 34", ""),
    ]


def test_without_a_country_the_organisation_decides(
    qtbot: QtBot, window: MainWindow, demo_store: Store
) -> None:
    org = records.save_organisation(demo_store, Organisation(name="Inria Rennes", country="FR"))
    assert org.id is not None
    editor = _new_person(qtbot, window)
    qtbot.keyClicks(editor.family, "Le Goff")
    qtbot.keyClicks(editor.organisation.edit, "Inria Rennes")
    qtbot.keyClick(editor.organisation.edit, Qt.Key.Key_Tab)  # leaving the field
    editor.phones.add_row("", "02 99 84 71 00")
    assert _e164_column(editor) == ["+33299847100"]
    _save(qtbot, editor)
    settle(qtbot, window)
    assert [p.e164 for p in _saved(demo_store, "Le Goff").phones] == ["+33299847100"]


def _next(qtbot: QtBot, wizard: ImportWizard, page: int) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page and not wizard.busy(), timeout=20000)


def test_the_wizard_reads_phones_with_the_row_country_then_the_chosen_one(
    qtbot: QtBot, window: MainWindow, demo_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(
        "Nom;Prénom;Pays;Tél.\r\n"
        "GIRARD;Luc;France;04 76 51 46 00\r\n"
        "QUINIOU;Anne;;02 40 12 34 56\r\n"
        "SATO;Ken;Japon;12 34\r\n".encode("cp1252")
    )
    wizard = importing.import_contacts(window)
    wizard.file_page.path.setText(str(path))
    region = wizard.file_page.region
    assert "Taiwan" in region.itemText(0)  # by default, the post's region comes last
    set_combo_data(region, "FR")  # the file comes from France
    _next(qtbot, wizard, PAGE_MAPPING)
    _next(qtbot, wizard, PAGE_PREVIEW)
    preview = wizard.preview_page
    assert preview.tabs.isTabVisible(3)
    assert preview.tabs.tabText(3) == "Telephones kept as typed (1)"
    model = preview.phone_model
    assert [model.data(model.index(0, c)) for c in range(4)] == [
        "line 4", "Ken Sato", "12 34", "Japan",
    ]  # fmt: skip
    assert "1 telephone number not valid" in preview.summary.text()
    wizard.grab().save(str(tmp_path / "preview.png"))
    _next(qtbot, wizard, PAGE_RESULT)
    result = wizard.result_page
    assert "1 telephone number was kept as typed" in result.text.text()
    assert result.phone_view.isVisible()
    assert result.phones.rowCount() == 1
    settle(qtbot, window)
    assert [p.e164 for p in _saved(demo_store, "Girard").phones] == ["+33476514600"]
    assert [p.e164 for p in _saved(demo_store, "Quiniou").phones] == ["+33240123456"]
    assert [(p.number, p.e164) for p in _saved(demo_store, "Sato").phones] == [("12 34", "")]


def test_checking_the_database_lists_numbers_of_another_country(
    qtbot: QtBot, window: MainWindow, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def checked() -> QMessageBox:  # the check runs in the background, then says
        window.check_result = None
        window.check_action.trigger()
        qtbot.waitUntil(lambda: window.check_result is not None, timeout=20000)
        assert window.check_result is not None
        return window.check_result

    box = checked()
    assert box.informativeText() == "" and "sound" in box.text()
    box.close()
    saved = records.save_person(
        demo_store, Person(family_name="Quiniou", phones=[Phone("02 40 12 34 56")])
    )
    assert saved.id is not None and saved.phones[0].e164 == "+886240123456"
    demo_store.execute("UPDATE persons SET country = 'FR' WHERE id = ?", (saved.id,))
    box = checked()
    assert "1 stored telephone number belongs" in box.informativeText()
    assert box.detailedText() == (
        f"Person {saved.id} (Quiniou): “02 40 12 34 56” is stored as +886240123456, a number "
        "of Taiwan, but the person is in France."
    )
