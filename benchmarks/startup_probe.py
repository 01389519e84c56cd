"""Start a window and exit as soon as it is shown (for the start-up benchmark).

python startup_probe.py bare|attache|attache-full|attache-data DB

``attache`` stops when Attaché's main window is first on screen (its frame: title, menus,
navigation, size — gui/startup.py), ``attache-full`` when the real window has replaced it
with the database open and its first page built (the dashboard, its data asked for),
``attache-data`` when that dashboard shows its data (the counts, deadlines, notes…). All
follow the path `attache-app` takes.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

mode, db = sys.argv[1], sys.argv[2]
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget  # noqa: E402


def wait_exposed(app: QApplication, window: QWidget) -> None:
    while window.windowHandle() is None or not window.windowHandle().isExposed():
        app.processEvents()
    app.processEvents()


app = QApplication([])
if mode == "bare":
    window = QMainWindow()
    window.show()
    wait_exposed(app, window)
    os._exit(0)

from attache_app.gui import app as gui  # noqa: E402

early = gui.EarlyUnlock(Path(db))  # as main() does, before the skeleton
from attache_app.gui.preferences import Preferences  # noqa: E402

gui.install_translators(app, "fr")
prefs = Preferences(QSettings(f"{tempfile.mkdtemp()}/p.ini", QSettings.Format.IniFormat))
skeleton = gui.show_skeleton(prefs, db)
wait_exposed(app, skeleton)
if mode == "attache":
    os._exit(0)
loaded = gui.load_main_window(skeleton, Path(db), prefs, early)
assert loaded is not None
wait_exposed(app, loaded[0])
if mode == "attache-data":
    while loaded[0].dashboard.data is None:
        app.processEvents()
        loaded[0].runner.wait(1)
os._exit(0)
