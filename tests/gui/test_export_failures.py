"""A failed export says why, through the window, for every export flow; it leaves no file.

The destination is made impossible to write in ways that do not depend on permissions (the
tests may run as root): a folder that does not exist, and a regular file standing where the
folder should be.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from attache_app.gui.dialogs import export_dialogs
from attache_app.gui.dialogs.export_dialogs import WorkbookDialog
from attache_app.gui.dialogs.report_dialog import ReportDialog
from attache_app.gui.main_window import MainWindow
from attache_app.gui.operations import export


def _bad_targets(tmp_path: Path) -> list[tuple[Path, str]]:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file, not a folder")
    return [
        (tmp_path / "missing" / "export", "the folder does not exist"),
        (blocker / "export", "Not a directory"),
    ]


def _warning(qtbot: QtBot) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible() and w.icon() == QMessageBox.Icon.Warning
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=20000)
    return found[0]


def _close_boxes() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox | WorkbookDialog | ReportDialog):
            widget.close()


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.name != "not-a-folder")


@pytest.mark.parametrize(
    ("action_name", "suffix"),
    [
        ("export_persons_csv_action", ".csv"),
        ("export_vcf_action", ".vcf"),
        ("export_orgs_csv_action", ".csv"),
        ("export_ics_action", ".ics"),
    ],
)
def test_list_exports_say_why_they_failed(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    action_name: str,
    suffix: str,
) -> None:
    for target, reason in _bad_targets(tmp_path):
        chosen = str(target) + suffix
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *_a, _c=chosen, **_k: (_c, ""))
        )
        before = _files(tmp_path)
        getattr(window, action_name).trigger()
        box = _warning(qtbot)
        assert reason in box.text() and (target.name + suffix) in box.text()
        assert _files(tmp_path) == before  # nothing written, not even a temporary file
        _close_boxes()


def _fill_workbook_dialog(path: str) -> Callable[[], None]:
    def fill() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, WorkbookDialog) and widget.isVisible():
                widget.path.setText(path)
                widget.accept()
                return
        QTimer.singleShot(20, fill)

    return fill


def test_exporting_everything_says_why_it_failed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    for target, reason in _bad_targets(tmp_path):
        before = _files(tmp_path)
        QTimer.singleShot(20, _fill_workbook_dialog(str(target) + ".xlsx"))
        window.export_all_action.trigger()
        box = _warning(qtbot)
        assert reason in box.text()
        assert _files(tmp_path) == before
        _close_boxes()


def test_the_report_says_why_it_failed(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.report_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReportDialog))
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.report is not None, timeout=10000)
    for target, reason in _bad_targets(tmp_path):
        before = _files(tmp_path)
        dialog.path.setText(str(target) + ".xlsx")
        dialog.path.setModified(True)
        dialog.export_button.click()
        box = _warning(qtbot)
        assert reason in box.text()
        assert dialog.run is not None and dialog.run.error and not dialog.run.cancelled()
        assert _files(tmp_path) == before
        box.close()
    dialog.close()


def test_a_missing_documents_folder_is_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    folder = export_dialogs.documents_folder()
    assert folder.is_dir()
    assert folder.is_relative_to(home)


def test_cancel_is_quiet_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Cancel is not a failure: no warning, no file."""
    target = tmp_path / "all.xlsx"
    run = export.export_everything(window, path=target)
    assert run is not None
    run.cancel()
    qtbot.waitUntil(lambda: not run.busy(), timeout=20000)
    qtbot.wait(50)
    assert run.cancelled() and not target.exists()
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_a_full_disk_is_said(
    qtbot: QtBot,
    window: MainWindow,
    small_disk: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    filler = small_disk / "filler"
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 1_048_576)
                handle.flush()
        except OSError:
            pass
    target = small_disk / "contacts.vcf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    window.export_vcf_action.trigger()
    box = _warning(qtbot)
    assert "disk is full" in box.text()
    assert sorted(small_disk.iterdir()) == [filler]
    box.close()
