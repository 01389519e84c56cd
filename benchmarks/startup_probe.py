"""Start a window and exit as soon as it is shown (for the start-up benchmark).

python startup_probe.py bare|attache DB
"""

from __future__ import annotations

import os
import sys
import tempfile

mode, db = sys.argv[1], sys.argv[2]
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

app = QApplication([])
if mode == "bare":
    window = QMainWindow()
else:
    from attache_app.gui.app import install_translators
    from attache_app.gui.main_window import MainWindow
    from attache_app.gui.preferences import Preferences
    from attache_app.storage import open_store

    install_translators(app, "fr")
    prefs = Preferences(QSettings(f"{tempfile.mkdtemp()}/p.ini", QSettings.Format.IniFormat))
    window = MainWindow(open_store(db), prefs)
window.show()
while window.windowHandle() is None or not window.windowHandle().isExposed():
    app.processEvents()
app.processEvents()
os._exit(0)
