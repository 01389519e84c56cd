"""The desktop application starts on a real database and renders its views."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pytestqt.qtbot import QtBot

from attache_app.gui.main_window import MainWindow
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
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
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
        ]
    )
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in out.glob("*.png"))
