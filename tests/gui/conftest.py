"""GUI tests run offscreen with pytest-qt; Qt warnings fail a test (qt_log_level_fail)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from attache_app.gui.main_window import MainWindow
from attache_app.gui.preferences import Preferences
from attache_app.storage import Store


@pytest.fixture(scope="session", autouse=True)
def _english_interface(qapp: QApplication) -> None:
    """English as the application installs it: its translator holds the plural forms
    (« 1 record », « 2 records »), so no test depends on which test switched language first."""
    from attache_app.gui.app import install_translators

    install_translators(qapp, "en")


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot: QtBot, demo_store: Store, preferences: Preferences) -> Iterator[MainWindow]:
    main = MainWindow(demo_store, preferences)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    settle(qtbot, main)
    yield main
    main.runner.wait(5000)


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until every background query has been answered and shown."""
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=10000)
    qtbot.wait(10)
