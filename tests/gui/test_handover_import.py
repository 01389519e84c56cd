"""The successor's side in the window: Fichier › Importer recognises a package, and the
first-run dialog takes the predecessor's network over — through the real dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from attache_app.gui import handover_import
from attache_app.gui.dialogs.import_wizard import ImportWizard
from attache_app.gui.handover_import import PackageDialog
from attache_app.gui.main_window import MainWindow
from attache_app.gui.preferences import Preferences
from attache_app.services import handover, imports
from attache_app.storage import Store, open_store
from tests.conftest import fixed_clock
from tests.gui.conftest import settle

PASSWORD = "releve de septembre"  # typed with keyClicks: ASCII


@pytest.fixture
def package(demo_store: Store, tmp_path: Path) -> Path:
    out = tmp_path / "out" / "Passation_Taipei.xlsx"
    out.parent.mkdir()
    handover.write_package(demo_store, out, password=PASSWORD, clock=fixed_clock)
    return out


@pytest.fixture
def successor(qtbot: QtBot, tmp_path: Path, preferences: Preferences) -> tuple[MainWindow, Store]:
    store = open_store(tmp_path / "successor.db", create=True)
    main = MainWindow(store, preferences)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    settle(qtbot, main)
    return main, store


def _package_dialog() -> PackageDialog | None:
    return next(
        (w for w in QApplication.topLevelWidgets()
         if isinstance(w, PackageDialog) and w.isVisible()),
        None,
    )  # fmt: skip


def test_file_import_recognises_a_package(
    qtbot: QtBot, successor: tuple[MainWindow, Store], package: Path
) -> None:
    window, store = successor
    window.import_action.trigger()
    wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard))
    wizard.file_page.path.setText(str(package))
    wizard.next()  # Suivant: the file is a package, its own dialog opens instead
    qtbot.waitUntil(lambda: _package_dialog() is not None, timeout=10000)
    dialog = _package_dialog()
    assert dialog is not None and dialog.path.text() == str(package)
    assert not wizard.isVisible()
    # A wrong password: one sentence under the field, nothing written.
    qtbot.keyClicks(dialog.password, "not the password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20000)
    assert "password does not open" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    assert store.scalar("SELECT count(*) FROM persons") == 0
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.planned is not None, timeout=30000)
    shown = dialog.preview.toPlainText()
    assert "Hand-over note" in shown and "Private watch notes: 3" in shown
    assert dialog.import_button.isEnabled()
    assert store.scalar("SELECT count(*) FROM persons") == 0  # nothing before « Import »
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.outcome is not None, timeout=30000)
    assert dialog.outcome is not None and dialog.outcome.batch is not None
    assert store.scalar("SELECT count(*) FROM persons") > 0
    assert store.scalar("SELECT count(*) FROM notes WHERE private != 0") == 0
    batch = dialog.outcome.batch
    assert [b.id for b in imports.history(store)][:1] == [batch]
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30000)
    assert store.scalar("SELECT count(*) FROM persons") == 0
    dialog.close()


def test_a_damaged_package_is_one_sentence(
    qtbot: QtBot, successor: tuple[MainWindow, Store], package: Path, tmp_path: Path
) -> None:
    window, store = successor
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(package.read_bytes()[:30000])
    dialog = handover_import.open_dialog(window, damaged)
    assert isinstance(dialog, PackageDialog)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy() and bool(dialog.message.text()), timeout=20000)
    assert "damaged.xlsx" in dialog.message.text() and "\n" not in dialog.message.text()
    assert store.scalar("SELECT count(*) FROM import_batches") == 0
    dialog.close()


def test_first_run_takes_the_predecessors_network_over(
    qtbot: QtBot, tmp_path: Path, package: Path
) -> None:
    from attache_app.gui.app import first_run
    from attache_app.gui.dialogs.post_settings import PostSettingsDialog

    store = open_store(tmp_path / "first.db", create=True)
    seen: list[str] = []

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, PostSettingsDialog) and "settings" not in seen:
            seen.append("settings")
            modal.name.setText("Service scientifique — Taipei")
            modal.encrypt.setChecked(False)
            modal.take_over.setChecked(True)
            assert not modal.load_example.isChecked()
            modal.accept()
        elif isinstance(modal, PackageDialog) and "package" not in seen:
            if modal.busy():
                return
            if modal.planned is None:
                if not modal.path.text():
                    modal.path.setText(str(package))
                    modal.password.setText(PASSWORD)
                    modal.open_button.click()
                return
            if modal.outcome is None:
                if modal.import_button.isEnabled():
                    seen.append("preview:" + modal.preview.toPlainText()[:200])
                    modal.import_button.click()
                return
            seen.append("package")
            modal.close()
        elif isinstance(modal, QMessageBox):
            modal.accept()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    store = first_run(store)
    timer.stop()
    assert seen[0] == "settings" and seen[-1] == "package"
    assert any(s.startswith("preview:") and "Hand-over note" in s for s in seen)
    assert store.scalar("SELECT count(*) FROM persons") > 0
    store.close()


def test_closing_while_it_works_stops_it_and_writes_nothing(
    qtbot: QtBot, successor: tuple[MainWindow, Store], package: Path
) -> None:
    window, store = successor
    dialog = handover_import.open_dialog(window, package)
    assert isinstance(dialog, PackageDialog)
    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.busy()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30000)
    assert dialog.outcome is None
    assert store.scalar("SELECT count(*) FROM import_batches") == 0
