"""The first thing on screen: the main window's frame, before the core is loaded.

Importing the Python core (SQLite layer, validation, Babel) and opening the database take
a few hundred milliseconds; a window that appears only after them feels slow. The skeleton
has the main window's title, menus, navigation and size (restored from the preferences), and
says what it is opening; the core is imported in a thread meanwhile, so that the skeleton
stays responsive, and the real window takes its place as soon as it is built.

This module imports only Qt and the preferences: it must stay light.
"""

from __future__ import annotations

import importlib
import threading

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from attache_app.gui.preferences import Preferences
from attache_app.gui.screen import fitted

# Translated in the MainWindow context, where the real window uses the same words.
_MENUS = ("&File", "&Edit", "&View", "&Tools", "&Help")
_PAGES = ("Dashboard", "Contacts", "Organisations", "Watch", "Deadlines & programmes", "Activities")
HEAVY_MODULES = ("attache_app.gui.main_window", "attache_app.services.post")


def _main_window_tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class Skeleton(QMainWindow):
    def __init__(self, preferences: Preferences, where: str) -> None:
        super().__init__()
        self.setWindowTitle("Attaché")
        self.setAccessibleName(self.windowTitle())
        for title in _MENUS:
            self.menuBar().addMenu(_main_window_tr(title)).setEnabled(False)
        navigation = QListWidget()
        navigation.setIconSize(QSize(20, 20))
        navigation.setMinimumWidth(180)
        navigation.setEnabled(False)
        for title in _PAGES:  # no icons: Qt's style enums take longer to load than a window
            navigation.addItem(QListWidgetItem(_main_window_tr(title)))
        waiting = QWidget()
        layout = QVBoxLayout(waiting)
        message = QLabel(self.tr("Opening {where}…").format(where=where))
        busy = QProgressBar()
        busy.setRange(0, 0)
        busy.setFixedWidth(320)
        layout.addStretch(1)
        # Centred by stretches on both sides: importing Qt's enum namespace (Qt.Alignment…)
        # costs 25–40 ms, a sixth of a bare window's start.
        for widget in (message, busy):
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(widget)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(navigation)
        splitter.addWidget(waiting)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 1000])
        self.setCentralWidget(splitter)
        self.statusBar().showMessage(self.tr("Opening {where}…").format(where=where))
        geometry = preferences.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(fitted(self, 1200, 800))


def load_in_background(
    modules: tuple[str, ...] = HEAVY_MODULES, after: threading.Event | None = None
) -> None:
    """Import ``modules`` in a thread while the event loop keeps the skeleton alive; with
    ``after``, once it is set (another thread's imports are done).

    Importing defines classes and functions only (no widget is made off the GUI thread).
    An import error is raised here, on the GUI thread, as if imported directly.
    """
    failure: list[BaseException] = []

    def work() -> None:
        try:
            if after is not None:
                after.wait()
            for name in modules:
                importlib.import_module(name)
        except BaseException as error:  # re-raised below, on the GUI thread
            failure.append(error)

    thread = threading.Thread(target=work, name="attache-preload", daemon=True)
    thread.start()
    while thread.is_alive():
        QApplication.processEvents()
        thread.join(0.005)
    if failure:
        raise failure[0]
