"""`attache-app`: start the desktop application."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from attache_app import __version__
from attache_app.errors import DatabaseError
from attache_app.i18n import set_translator, translations_dir
from attache_app.storage import default_database_path, open_store


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="attache-app", description="Attaché")
    parser.add_argument("--db", type=Path, help="database file")
    parser.add_argument("--lang", choices=["fr", "en"], default="fr")
    parser.add_argument(
        "--screenshots",
        type=Path,
        metavar="DIR",
        help="save a PNG of each main view into DIR, then exit",
    )
    parser.add_argument("--version", action="version", version=f"attache-app {__version__}")
    return parser.parse_args(list(argv))


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own strings and Attaché's, in ``language``; the core translates through Qt too."""
    installed: list[QTranslator] = []
    if language != "en":
        qt = QTranslator(app)
        if qt.load(
            QLocale(language),
            "qtbase",
            "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        ):
            app.installTranslator(qt)
            installed.append(qt)
        ours = QTranslator(app)
        if ours.load(str(translations_dir() / f"attache_{language}.qm")):
            app.installTranslator(ours)
            installed.append(ours)
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    set_translator(QCoreApplication.translate, language)
    return installed


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("Attaché")
    app.setOrganizationName("Attache")
    app.setApplicationVersion(__version__)
    install_translators(app, args.lang)

    from attache_app.gui.main_window import MainWindow

    path = args.db or default_database_path()
    try:
        store = open_store(path, create=True)
    except DatabaseError as error:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Attaché"), str(error))
        return 1
    window = MainWindow(store)
    if args.screenshots:
        return 0 if window.save_screenshots(args.screenshots) else 1
    window.show()
    code = app.exec()
    store.close()
    return int(code)
