"""Pictures of the window for the README and the release notes (`attache-app
--screenshots FOLDER`): every view, an editor, the search, the report dialog with its
preview and the import wizard on a colleague's list — rendered offscreen, from the data
the services give (no SQL here)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from attache_app.domain.enums import RecordKind
from attache_app.gui.main_window import MainWindow
from attache_app.gui.operations import export, importing
from attache_app.services import records, stats

SCREENSHOT_NAMES = ["dashboard", "contacts", "organisations", "veille", "echeances", "activites"]


def save_screenshots(window: MainWindow, folder: Path) -> bool:
    """Every view, an editor, the search, the report dialog and the import wizard, as PNG
    files in ``folder`` (`attache-app --screenshots`; the README's pictures)."""
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1400, 860)
    window.show()
    window.wait_until_loaded()
    ok = True
    for number, name in enumerate(SCREENSHOT_NAMES):
        window.show_page(number)
        window.wait_until_loaded()
        ok = window.grab().save(str(folder / f"{name}.png")) and ok
    window.show_page(1)
    people = window.lists[RecordKind.PERSON]
    if people.model.rowCount():
        people.table.selectRow(0)
        editor = window.editor_for(
            RecordKind.PERSON, records.get(window.store, RecordKind.PERSON, people.model.id_at(0))
        )
        editor.show()
        window.wait_until_loaded()
        ok = editor.grab().save(str(folder / "editor.png")) and ok
        editor.close()
    window.search_popup.open_search("chen")
    window.search_popup._search()
    window.wait_until_loaded()
    ok = window.search_popup.grab().save(str(folder / "search.png")) and ok
    window.search_popup.hide()
    ok = _import_screenshots(window, folder) and ok
    return _report_screenshot(window, folder) and ok


def _report_screenshot(window: MainWindow, folder: Path) -> bool:
    """The report dialog with its preview, for the year of the example data."""
    app = QApplication.instance()
    assert app is not None
    dialog = export.export_report(window)
    year = stats.last_note_year(window.store)
    found = dialog.period_box.findData(str(year))
    if found >= 0:
        dialog.period_box.setCurrentIndex(found)
    dialog.timer.stop()  # no need to wait for the typing pause
    dialog.refresh_preview()
    for _ in range(500):
        app.processEvents()
        if not dialog.busy() and dialog.report is not None:
            break
        window.runner.wait(20)
    app.processEvents()
    ok = dialog.grab().save(str(folder / "export-report.png"))
    dialog.close()
    return ok


def _import_screenshots(window: MainWindow, folder: Path) -> bool:
    """The import wizard on a colleague's list (mapping and duplicates pages)."""
    from attache_app.gui.dialogs.import_wizard import PAGE_MAPPING, PAGE_PREVIEW

    known = stats.first_person_with_email(window.store)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "liste-SST-Tokyo.csv"
        rows = [
            "Nom;Prénom;Organisme;Fonction;Courriel;Tél.;Pays",
            "LEFÈVRE;Hélène;Institut Pasteur;Directrice de recherche;"
            "helene.lefevre@pasteur.fr;01 45 68 80 00;France",
            "YAMADA;Taro;AIST;Senior researcher;t.yamada@aist.go.jp;+81 29 861 2000;Japon",
            "陳;志明;國立臺灣大學;教授;chen.zm@ntu.edu.tw;02 3366 1234;台灣",
        ]
        if known:
            rows.append(
                f"{known[1].upper()};{known[0]};ITRI;Directeur;{known[2]};+886 3 591 0000;Taïwan"
            )
        rows.append(";;;;sans-nom;;")
        path.write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-8-sig"))
        wizard = importing.import_contacts(window, path)
        app = QApplication.instance()
        assert app is not None
        ok = True
        for page, name in ((PAGE_MAPPING, "import-mapping"), (PAGE_PREVIEW, "import-preview")):
            for _ in range(500):
                app.processEvents()
                if wizard.currentId() == page and not wizard.busy():
                    break
                window.runner.wait(20)
            if page == PAGE_PREVIEW:
                wizard.preview_page.tabs.setCurrentIndex(1)
                app.processEvents()
            ok = wizard.grab().save(str(folder / f"{name}.png")) and ok
            if page == PAGE_MAPPING:
                wizard.next()
        wizard.reject()
    return ok
