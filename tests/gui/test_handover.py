"""The hand-over in the window: private notes, Fichier › Passation…, the successor's side."""

from __future__ import annotations

import io
from pathlib import Path

import msoffcrypto
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Note
from attache_app.gui.dialogs.activity_editors import NoteEditor
from attache_app.gui.handover import HandoverDialog, HandoverRun
from attache_app.gui.main_window import MainWindow
from attache_app.services import records
from tests.gui.conftest import settle


def _note_editor(qtbot: QtBot, window: MainWindow) -> NoteEditor:
    window.new_record_actions[RecordKind.NOTE].trigger()
    editor = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, NoteEditor) and w.isVisible()
    )
    qtbot.waitExposed(editor)
    return editor


def test_a_note_marked_private_in_the_editor(qtbot: QtBot, window: MainWindow) -> None:
    editor = _note_editor(qtbot, window)
    assert not editor.private.isChecked()
    qtbot.keyClicks(editor.title, "Confidences du directeur")
    qtbot.mouseClick(editor.private, Qt.MouseButton.LeftButton)
    assert editor.private.isChecked()
    assert editor.has_changes()
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    saved = editor.result_record
    assert isinstance(saved, Note) and saved.private and saved.id is not None
    assert records.get(window.store, RecordKind.NOTE, saved.id).private  # type: ignore[union-attr]
    # The list shows it, and sorts the private notes first on its column.
    window.view_actions[2].trigger()
    settle(qtbot, window)
    view = window.lists[RecordKind.NOTE]
    model = view.model
    column = next(i for i, c in enumerate(model.columns) if c.key == "private")
    view.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    settle(qtbot, window)
    flagged = [model.data(model.index(row, column)) for row in range(min(model.rowCount(), 10))]
    assert flagged[0] == "Private" and "" in flagged
    # Ctrl+Z takes the note back out.
    window.undo_action.trigger()
    assert saved.id not in records.list_ids(window.store, RecordKind.NOTE)


def _decrypt(path: Path, password: str) -> bytes:
    clear = io.BytesIO()
    with path.open("rb") as stream:
        office = msoffcrypto.OfficeFile(stream)
        office.load_key(password=password)
        office.decrypt(clear)
    return clear.getvalue()


def _dialog() -> HandoverDialog | None:
    return next(
        (w for w in QApplication.topLevelWidgets()
         if isinstance(w, HandoverDialog) and w.isVisible()),
        None,
    )  # fmt: skip


def _fill(qtbot: QtBot, path: Path, password: str, seen: dict[str, object]) -> None:
    """Fill the dialog as a user does, once it is shown (it is modal)."""

    def fill() -> None:
        dialog = _dialog()
        if dialog is None:
            QTimer.singleShot(20, fill)
            return
        seen["counts"] = {k: label.text() for k, label in dialog.count_labels.items()}
        seen["left_out"] = dialog.left_out.text()
        seen["names"] = dialog.names.toPlainText()
        dialog.file.line.setText(str(path))
        qtbot.keyClicks(dialog.pair.first, password)
        qtbot.keyClicks(dialog.pair.again, password)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    QTimer.singleShot(20, fill)


def _run(window: MainWindow) -> HandoverRun:
    runs = window.findChildren(HandoverRun)
    assert runs
    return runs[-1]


def test_the_package_is_written_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "passation.xlsx"
    out.parent.mkdir()
    seen: dict[str, object] = {}
    _fill(qtbot, out, "releve de septembre", seen)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.handover_action in file_menu.actions()
    window.handover_action.trigger()
    run = _run(window)
    qtbot.waitUntil(lambda: not run.busy(), timeout=30000)
    assert run.written is not None and run.written.protected
    assert run.result_box is not None and "passation.xlsx" in run.result_box.text()
    run.result_box.close()
    counts = seen["counts"]
    assert isinstance(counts, dict)
    assert counts["notes"] == str(len(records.list_ids(window.store, RecordKind.NOTE)) - 3)
    assert "Private watch notes: 3" in str(seen["left_out"])
    book = CalamineWorkbook.from_filelike(io.BytesIO(_decrypt(out, "releve de septembre")))
    assert book.sheet_names[0] == "Hand-over note"
    assert [p.name for p in out.parent.iterdir()] == ["passation.xlsx"]


def test_a_password_typed_differently_keeps_the_dialog_open(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    out = tmp_path / "p.xlsx"
    checked: dict[str, object] = {}

    def fill() -> None:
        dialog = _dialog()
        if dialog is None:
            QTimer.singleShot(20, fill)
            return
        dialog.file.line.setText(str(out))
        qtbot.keyClicks(dialog.pair.first, "releve de septembre")
        qtbot.keyClicks(dialog.pair.again, "releve de septembrE")
        dialog.accept()
        checked["open"] = dialog.isVisible()
        checked["error"] = dialog.pair.error.text()
        # Unticking the protection warns in red, and writing without a password is allowed
        # for a database in clear.
        dialog.protection.setChecked(False)
        checked["warning"] = dialog.unprotected_warning.isVisible()
        dialog.reject()

    QTimer.singleShot(20, fill)
    window.handover_action.trigger()
    assert checked["open"] is True and "differ" in str(checked["error"])
    assert checked["warning"] is True
    assert not out.exists()


def test_a_failure_is_one_sentence_and_leaves_no_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    _fill(qtbot, blocker / "p.xlsx", "releve de septembre", {})
    window.handover_action.trigger()
    run = _run(window)
    qtbot.waitUntil(lambda: not run.busy(), timeout=30000)
    assert run.written is None and run.error
    assert "p.xlsx" in run.error and "\n" not in run.error
    qtbot.waitUntil(lambda: run.failure_box is not None and run.failure_box.isVisible())
    assert run.failure_box is not None
    run.failure_box.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]
