"""The import wizard, the import history and file drops, through the real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from attache_app.gui.dialogs.import_wizard import (
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_RESULT,
    ImportWizard,
)
from attache_app.gui.main_window import MainWindow
from attache_app.gui.operations import importing
from attache_app.services import imports
from attache_app.storage import Store
from tests.gui.conftest import settle

CSV = (
    "Nom;Prénom;Organisme;Courriel;Tél.\r\n"
    "LEFÈVRE;Hélène;Institut Pasteur;helene.lefevre@pasteur.fr;+33 1 45 68 80 00\r\n"
    "WANG;Li;ITRI;li.wang@itri.org.tw;+886 3 591 0000\r\n"
)


def _persons(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM persons"))


def _wizard(qtbot: QtBot, window: MainWindow, path: Path) -> ImportWizard:
    wizard = importing.import_contacts(window)  # a child of the window, deleted when closed
    wizard.file_page.path.setText(str(path))
    wizard.file_page.sender_edit.setText("SST Paris")
    return wizard


def _next(qtbot: QtBot, wizard: ImportWizard, page: int) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page and not wizard.busy(), timeout=20000)


def test_import_a_french_csv_from_file_to_result(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(CSV.encode("cp1252"))
    organisations_before = window.store.scalar("SELECT count(*) FROM organisations")
    before = _persons(window.store)
    wizard = _wizard(qtbot, window, path)
    _next(qtbot, wizard, PAGE_MAPPING)
    mapping = wizard.mapping_page
    assert mapping.columns.rowCount() == 5
    assert [c.currentData() for c in mapping.combos] == [
        "family_name", "given_name", "organisation", "email", "phone",
    ]  # fmt: skip
    assert mapping.encoding.currentData() == "cp1252"
    assert "Hélène" in mapping.columns.item(1, 1).text()
    mapping.save_as.setText("Pasteur list")
    _next(qtbot, wizard, PAGE_PREVIEW)
    preview = wizard.preview_page
    assert preview.tabs.tabText(0) == "New (2)"
    assert preview.new_model.rowCount() == 2
    assert preview.new_model.data(preview.new_model.index(0, 1)) == "Hélène Lefèvre"
    assert _persons(window.store) == before  # nothing written yet
    _next(qtbot, wizard, PAGE_RESULT)
    assert "2 created" in wizard.result_page.text.text()
    assert _persons(window.store) == before + 2
    assert imports.mapping_names(window.store) == ["Pasteur list"]
    assert imports.history(window.store)[0].sender == "SST Paris"
    settle(qtbot, window)
    wizard.grab().save(str(tmp_path / "result.png"))
    # Undo from the last page: first a question saying what will be undone.
    asked: list[str] = []

    def answer(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    organisations = window.store.scalar("SELECT count(*) FROM organisations WHERE id > ?", [0])
    made = organisations - organisations_before
    monkeypatch.setattr(QMessageBox, "question", answer)
    wizard.result_page.undo_button.click()
    assert len(asked) == 1 and "Persons it created: 2 and organisations: " + str(made) in asked[0]
    assert _persons(window.store) == before
    summary = next(
        w for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and "Import undone" in w.text()
    )  # fmt: skip
    assert f"Deleted: {2 + made}." in summary.text()
    summary.close()


def test_duplicates_are_shown_with_their_merge_and_can_be_skipped(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    known = window.store.execute(
        "SELECT p.given_name, p.family_name, e.address FROM persons p "
        "JOIN person_emails e ON e.person_id = p.id LIMIT 1"
    ).fetchone()
    path = tmp_path / "dups.csv"
    path.write_text(
        f"First Name,Last Name,E-mail,Job Title\n{known[0]},{known[1]},{known[2]},Dean\n"
        "Nouveau,Contact,nouveau.contact@example.fr,\n",
        encoding="utf-8",
    )
    before = _persons(window.store)
    wizard = _wizard(qtbot, window, path)
    _next(qtbot, wizard, PAGE_MAPPING)
    _next(qtbot, wizard, PAGE_PREVIEW)
    preview = wizard.preview_page
    assert preview.tabs.tabText(1) == "Duplicates (1)"
    assert preview.dup_model.rowCount() == 1
    assert "same e-mail" in preview.dup_model.data(preview.dup_model.index(0, 3))
    fields = [preview.fields.item(r, 0).text() for r in range(preview.fields.rowCount())]
    assert "Job title" in fields
    preview.action.setCurrentIndex(preview.action.findData("skip"))
    preview.action.activated.emit(preview.action.currentIndex())
    assert preview.dup_model.data(preview.dup_model.index(0, 4)) == "Skip"
    _next(qtbot, wizard, PAGE_RESULT)
    assert _persons(window.store) == before + 1
    assert "1 skipped" in wizard.result_page.text.text()


def test_vcards_skip_the_mapping_page(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "card.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:G=C3=BCnther;"
        "Hans\r\nEMAIL:hans.guenther@example.de\r\nEND:VCARD\r\n",
        encoding="ascii",
    )
    wizard = _wizard(qtbot, window, path)
    _next(qtbot, wizard, PAGE_PREVIEW)
    model = wizard.preview_page.new_model
    assert model.data(model.index(0, 1)) == "Hans Günther"


def test_a_bad_file_is_explained_on_the_first_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 truncated")
    wizard = _wizard(qtbot, window, path)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy() and bool(wizard.file_page.message.text()))
    assert wizard.currentId() == 0
    assert "broken.xlsx" in wizard.file_page.message.text()
    assert "truncated" in wizard.file_page.message.text()


def test_cancel_while_writing_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "many.csv"
    path.write_text(
        "Name,Email\n" + "".join(f"Person {n},p{n}@example.org\n" for n in range(3000)),
        encoding="utf-8",
    )
    before = _persons(window.store)
    wizard = _wizard(qtbot, window, path)
    _next(qtbot, wizard, PAGE_MAPPING)
    _next(qtbot, wizard, PAGE_PREVIEW)
    wizard.next()  # starts writing in a worker…
    assert wizard.busy()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # …and Cancel stops it, at once:
    assert not wizard.isVisible()  # the window is not blocked while the work stops
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=20000)
    window.runner.wait(20000)
    assert _persons(window.store) == before
    assert imports.history(window.store) == []


def test_dropping_a_file_on_the_window_opens_the_wizard(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "drop.csv"
    path.write_text("Name,Email\nWei Chen,w.chen@ntu.edu.tw\n", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, drop)
    wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard)]
    assert wizards
    wizard = wizards[-1]
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_MAPPING, timeout=20000)
    assert wizard.source is not None and wizard.source.file_name == "drop.csv"
    wizard.close()


def test_history_lists_batches_and_undoes_with_a_question_on_conflict(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "h.csv"
    path.write_text("Name,Email\nWei Chen,w.chen@ntu.edu.tw\n", encoding="utf-8")
    preview = imports.preview(window.store, imports.read(path))
    result = imports.commit(window.store, preview.plan, sender="NTU")
    person_id = window.store.scalar(
        "SELECT person_id FROM person_emails WHERE address = 'w.chen@ntu.edu.tw'"
    )
    window.store.execute("UPDATE persons SET title = 'Dean' WHERE id = ?", (person_id,))
    dialog = importing.import_history(window)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 3).text() == "NTU"
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.undo_button.click()
    assert "h.csv" in asked[0] and "Persons it created: 1" in asked[0]  # what will be undone
    assert "Wei Chen" in asked[1]  # then the conflict
    assert window.store.scalar("SELECT count(*) FROM persons WHERE id = ?", (person_id,)) == 0
    assert dialog.table.item(0, 6).text()
    assert not dialog.undo_button.isEnabled()
    assert result.batch == 1
    assert window.import_action.shortcut().toString() == "Ctrl+I"


def test_a_workbook_that_would_abort_the_process_gets_a_sentence(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A cell at XFD1048576 made python-calamine abort the whole process (exit 134),
    losing the window's unsaved work. Opened through Fichier › Importer (Ctrl+I): the
    first page says why in one sentence, the window goes on, nothing is written."""
    import openpyxl

    from tests.unit.importing.test_bad_input import _state

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Email"])
    sheet.append(["Wei Chen", "wei.chen@example.org"])
    sheet["XFD1048576"] = "x"
    path = tmp_path / "far.xlsx"
    book.save(path)
    before = _state(window.store)
    window.import_action.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy() and bool(wizard.file_page.message.text()))
    message = wizard.file_page.message.text()
    assert message.startswith("far.xlsx: ") and "row 1,048,576" in message
    assert wizard.currentId() == 0 and wizard.isVisible() and window.isVisible()
    assert _state(window.store) == before
    wizard.grab().save(str(tmp_path / "refused.png"))
    # The same wizard then reads a sound file.
    good = tmp_path / "good.csv"
    good.write_bytes(CSV.encode("cp1252"))
    wizard.file_page.path.setText(str(good))
    _next(qtbot, wizard, PAGE_MAPPING)


def test_a_reader_that_panics_in_the_worker_gets_a_sentence(
    qtbot: QtBot, window: MainWindow
) -> None:
    """pyo3 turns a Rust panic into ``PanicException``, a ``BaseException``: raised in a
    worker, it is told in a sentence, and the window goes on."""

    class PanicException(BaseException):  # what pyo3_runtime.PanicException derives from
        pass

    def work(_store: Store) -> None:
        raise PanicException("index out of bounds: the len is 3 but the index is 7")

    failures: list[str] = []
    window.runner.run(work, lambda _r: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=10000)
    assert "index out of bounds" in failures[0]
    assert window.isVisible()
    settle(qtbot, window)


def test_control_characters_removed_are_named_in_the_wizard(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "evil.csv"
    path.write_text(
        "Nom,Prénom,Courriel,Notes\nLin\x1b[2J,Yu\x07,yu.lin@example.org,\x1b]0;x\x07 title\n",
        encoding="utf-8",
    )
    wizard = _wizard(qtbot, window, path)
    _next(qtbot, wizard, PAGE_MAPPING)
    _next(qtbot, wizard, PAGE_PREVIEW)
    named = "Control characters removed: 4 (line 2, Nom: 1; line 2, Prénom: 1; line 2, Notes: 2)."
    assert named in wizard.preview_page.summary.text()
    _next(qtbot, wizard, PAGE_RESULT)
    assert named in wizard.result_page.text.text()
    stored = window.store.execute(
        "SELECT family_name, given_name FROM persons WHERE given_name = 'Yu'"
    ).fetchone()
    assert tuple(stored) == ("Lin[2J", "Yu")


def test_the_wizard_steps_run_as_background_operations(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Read, plan and write go through the one background mechanism (operations.Background)
    that every operation uses; each step's Background goes once it has ended."""
    from attache_app.gui.background import Background

    path = tmp_path / "contacts.csv"
    path.write_bytes(CSV.encode("cp1252"))
    wizard = _wizard(qtbot, window, path)
    seen: list[tuple[bool, bool]] = []
    for page in (PAGE_MAPPING, PAGE_PREVIEW, PAGE_RESULT):
        wizard.next()
        running = [b for b in wizard.findChildren(Background) if b.busy()]
        assert len(running) == 1 and wizard.job is running[0].job
        qtbot.waitUntil(lambda p=page: wizard.currentId() == p and not wizard.busy(), timeout=20000)
        seen.append((running[0].ended, running[0].cancelled()))
        qtbot.waitUntil(lambda: not wizard.findChildren(Background), timeout=5000)
    assert seen == [(True, False)] * 3
    assert "2 created" in wizard.result_page.text.text()


def test_a_row_naming_a_known_organisation_completes_it_in_the_wizard(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from attache_app.domain.models import Organisation
    from attache_app.storage import organisations

    org_id = organisations.insert(window.store, Organisation(name="Institut Néel", city="Paris"))
    path = tmp_path / "orgs.csv"
    path.write_bytes(
        (
            "Nom;Prénom;Organisme;Notes;Thématiques;Ville\r\n"
            ";;Institut Néel;Partenaire du labex;cryogénie;Grenoble\r\n"
        ).encode("cp1252")
    )
    wizard = _wizard(qtbot, window, path)
    _next(qtbot, wizard, PAGE_MAPPING)
    _next(qtbot, wizard, PAGE_PREVIEW)
    preview = wizard.preview_page
    assert preview.new_model.rowCount() == 1
    warning = preview.new_model.data(preview.new_model.index(0, 4))
    assert "“Institut Néel” is already known: this row completes it" in warning
    settle(qtbot, window)
    wizard.grab().save(str(tmp_path / "preview.png"))
    _next(qtbot, wizard, PAGE_RESULT)
    assert "0 created, 1 updated" in wizard.result_page.text.text()
    org = organisations.get(window.store, org_id)
    assert org is not None and org.city == "Paris" and org.tags == ["cryogénie"]
    assert org.notes.splitlines() == ["Partenaire du labex", "City: Grenoble"]
    asked: list[str] = []

    def answer(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    wizard.result_page.undo_button.click()
    assert "organisations it completed: 1" in asked[0]
    org = organisations.get(window.store, org_id)
    assert org is not None and (org.notes, org.tags) == ("", [])
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.close()
