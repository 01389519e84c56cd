"""Every column's fate in the wizard (mapping page choices, the preview's Columns tab), and
the postal address in the person editor — through the real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.gui.dialogs.contact_editors import PersonEditor
from attache_app.gui.dialogs.import_wizard import PAGE_MAPPING, PAGE_PREVIEW, PAGE_RESULT
from attache_app.gui.main_window import MainWindow
from attache_app.importing.mapping import KEEP
from attache_app.services import records, search
from tests.gui.conftest import settle
from tests.gui.test_import_wizard import _next, _wizard

CSV = (
    "Nom;Prénom;Courriel;Thématiques;Dernier contact;Ville;CP;Couleur;Divers\r\n"
    "Zorglub;Anne;anne.zorglub@example.org;IA; robotique;12/03/2024;Lyon;69001;bleu;x1\r\n"
)


def test_columns_kept_ignored_and_mapped_in_the_wizard(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "collegue.csv"
    path.write_text(CSV.replace("IA; robotique", '"IA; robotique"'), encoding="utf-8")
    wizard = _wizard(qtbot, window, path)
    _next(qtbot, wizard, PAGE_MAPPING)
    combos = wizard.mapping_page.combos
    assert [c.currentData() for c in combos] == [
        "family_name", "given_name", "email", "tags", "last_contact", "city", "postal_code",
        KEEP, KEEP,
    ]  # fmt: skip
    divers = combos[8]
    divers.setFocus()
    divers.setCurrentIndex(divers.findData(""))  # the user ignores « Divers »
    _next(qtbot, wizard, PAGE_PREVIEW)
    preview = wizard.preview_page
    assert preview.tabs.tabText(4) == "Columns (9)"
    model = preview.column_model
    rows = [[model.data(model.index(r, c)) for c in range(3)] for r in range(model.rowCount())]
    assert rows[7] == ["Couleur", "1", "kept in the notes as « Couleur: value »"]
    assert rows[8] == ["Divers", "1", "ignored (your choice)"]
    assert rows[3] == ["Thématiques", "1", "Tags"]
    assert "1 column kept in the notes" in preview.summary.text()
    assert "1 date of contact becomes an activity" in preview.summary.text()
    preview.tabs.setCurrentIndex(4)
    wizard.grab().save(str(tmp_path / "columns.png"))
    _next(qtbot, wizard, PAGE_RESULT)
    assert "1 activity written" in wizard.result_page.text.text()
    (hit,) = [h for h in search.search(window.store, "zorglub") if h.kind == "person"]
    person = records.get_person(window.store, hit.id)
    assert person.tags == ["IA", "robotique"]
    assert (person.city, person.postal_code) == ("Lyon", "69001")
    assert "Couleur: bleu" in person.notes and "x1" not in person.notes
    settle(qtbot, window)


def test_the_person_editor_edits_the_postal_address(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    editor = window.new_record(RecordKind.PERSON)
    assert isinstance(editor, PersonEditor)
    qtbot.keyClicks(editor.given, "Amelie")
    qtbot.keyClicks(editor.family, "Adresse")
    editor.street.setFocus()
    qtbot.keyClicks(editor.street, "3 allee des Lilas")
    qtbot.keyClick(editor.street, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.street, "Batiment B")
    qtbot.keyClicks(editor.postal_code, "92330")
    qtbot.keyClicks(editor.city, "Sceaux")
    qtbot.keyClicks(editor.region, "Ile-de-France")
    editor.grab().save(str(tmp_path / "editor.png"))
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    (hit,) = [h for h in search.search(window.store, "sceaux") if h.kind == "person"]
    person = records.get_person(window.store, hit.id)
    assert (person.street, person.postal_code, person.city, person.region) == (
        "3 allee des Lilas\nBatiment B", "92330", "Sceaux", "Ile-de-France",
    )  # fmt: skip
    again = window.open_record("person", hit.id)
    assert isinstance(again, PersonEditor)
    assert again.street.toPlainText() == person.street
    assert again.postal_code.text() == "92330"
    again.reject()
