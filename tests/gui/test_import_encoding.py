"""The import wizard shows the encoding it read a file in, a sample of the names as read,
and lets the user choose another encoding, which reads the file again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from attache_app.gui.dialogs.import_history import ImportHistoryDialog
from attache_app.gui.dialogs.import_wizard import PAGE_MAPPING, PAGE_PREVIEW
from attache_app.gui.main_window import MainWindow
from attache_app.services import imports
from tests.gui.test_import_wizard import _next, _wizard

LIST = "Prénom;Nom;Société\r\nHélène;Lefèvre;Société Générale\r\nPaul;Durand;CNRS\r\n"


def test_the_encoding_can_be_seen_and_changed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(LIST.encode("cp1252"))
    wizard = _wizard(qtbot, window, path)
    _next(qtbot, wizard, PAGE_MAPPING)
    page = wizard.mapping_page
    assert page.encoding.isVisible() and page.encoding.currentData() == "cp1252"
    assert page.encoding.currentText() == "Western European (Windows-1252)"
    assert page.encoding_origin.text() == "(found in the file)"
    assert page.sample.text() == "Names as read: Hélène Lefèvre · Paul Durand"
    assert not page.mangled.isVisible()
    wizard.grab().save(str(tmp_path / "found.png"))

    # The user picks the next encodings down the list with the keyboard, as in a form.
    page.encoding.setFocus()
    for _ in range(2):  # ISO-8859-15, then Mac Roman
        qtbot.keyClick(page.encoding, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: not wizard.busy(), timeout=20000)
    assert page.encoding.currentData() == "mac_roman"
    assert wizard.source is not None and wizard.source.encoding == "mac_roman"
    assert page.encoding_origin.text() == "(your choice)"
    assert "HÈlËne LefËvre" in page.sample.text()
    assert page.mangled.isVisible() and "« HÈlËne »" in page.mangled.text()
    assert page.columns.item(0, 1).text().startswith("HÈlËne")
    wizard.grab().save(str(tmp_path / "chosen.png"))

    # The preview says it too, and back to Windows-1252 the names are right again.
    _next(qtbot, wizard, PAGE_PREVIEW)
    preview = wizard.preview_page
    assert "Read as Western European (Mac Roman)." in preview.summary.text()
    assert preview.mangled.isVisible() and "mis-decoded" in preview.mangled.text()
    wizard.back()
    page.encoding.setFocus()
    for _ in range(2):
        qtbot.keyClick(page.encoding, Qt.Key.Key_Up)
        qtbot.waitUntil(lambda: not wizard.busy(), timeout=20000)
    assert wizard.source is not None and wizard.source.encoding == "cp1252"
    assert not page.mangled.isVisible()
    _next(qtbot, wizard, PAGE_PREVIEW)
    model = preview.new_model
    assert model.data(model.index(0, 1)) == "Hélène Lefèvre"
    assert "Read as Western European (Windows-1252)." in preview.summary.text()
    assert not preview.mangled.isVisible()


def test_a_workbook_shows_no_encoding(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Prénom", "Nom"])
    sheet.append(["Hélène", "Lefèvre"])
    path = tmp_path / "liste.xlsx"
    book.save(path)
    wizard = _wizard(qtbot, window, path)
    _next(qtbot, wizard, PAGE_MAPPING)
    assert not wizard.mapping_page.encoding.isVisible()
    assert not wizard.mapping_page.sample.isVisible()


def test_the_history_shows_the_encoding(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(LIST.encode("mac_roman"))
    imports.commit(window.store, imports.preview(window.store, imports.read(path)).plan)
    window.history_action.trigger()
    dialog = window.findChild(ImportHistoryDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(8)]
    assert headers[7] == "Encoding"
    assert dialog.table.item(0, 7).text() == "Western European (Mac Roman)"
    dialog.close()
