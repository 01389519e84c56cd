"""The desktop application starts on a real database and renders its views."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow
from pytestqt.qtbot import QtBot

from attache_app.gui.main_window import MainWindow
from attache_app.gui.preferences import Preferences
from attache_app.storage import Store
from tests.conftest import BIN


def test_main_window_shows_the_navigation(qtbot: QtBot, demo_store: Store) -> None:
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.navigation.count() == 6
    window.navigation.setCurrentRow(3)
    assert window.pages.currentIndex() == 3


def test_screenshots_mode_writes_one_png_per_view(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    result = subprocess.run(
        [str(BIN / "attache-app"), "--db", str(demo_path), "--screenshots", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    pngs = sorted(p.name for p in out.glob("*.png"))
    assert pngs == sorted(
        [
            "dashboard.png",
            "contacts.png",
            "organisations.png",
            "veille.png",
            "echeances.png",
            "activites.png",
            "editor.png",
            "search.png",
            "import-mapping.png",
            "import-preview.png",
            "export-report.png",
        ]
    )
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in out.glob("*.png"))


def test_the_frame_is_on_screen_before_the_core_is_imported() -> None:
    """`attache-app` shows its window's frame first: importing gui.app and showing the
    skeleton must not import the SQLite layer or the services."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from PySide6.QtCore import QSettings\n"
        "from attache_app.gui import app as gui\n"
        "from attache_app.gui.preferences import Preferences\n"
        "prefs = Preferences(QSettings(sys.argv[1], QSettings.Format.IniFormat))\n"
        "gui.show_skeleton(prefs, 'x.db')\n"
        "heavy = [m for m in sys.modules if m.startswith(('attache_app.storage', "
        "'attache_app.services', 'sqlite_utils', 'babel'))]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(Path(tempfile.mkdtemp()) / "p.ini")],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.strip() == ""


def test_skeleton_then_the_real_window(
    qtbot: QtBot, demo_path: Path, preferences: Preferences
) -> None:
    from attache_app.gui import app as gui

    gui.install_translators(QApplication.instance(), "fr")  # type: ignore[arg-type]
    try:
        skeleton = gui.show_skeleton(preferences, str(demo_path))
        qtbot.waitExposed(skeleton)
        assert isinstance(skeleton, QMainWindow)
        menus = [a.text() for a in skeleton.menuBar().actions()]
        assert menus == ["&Fichier", "É&dition", "&Affichage", "&Outils", "&Aide"]
        navigation = skeleton.findChild(QListWidget)
        assert navigation is not None and navigation.count() == 6
        assert navigation.item(0).text() == "Tableau de bord"
        loaded = gui.load_main_window(skeleton, demo_path, preferences)
        assert loaded is not None
        window, store = loaded
        qtbot.waitExposed(window)
        assert window.navigation.count() == 6 and not skeleton.isVisible()
        assert window.store.path == demo_path
        window.runner.wait(5000)
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        store.close()
    finally:
        gui.install_translators(QApplication.instance(), "en")  # type: ignore[arg-type]
