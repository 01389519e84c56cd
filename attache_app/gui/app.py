"""`attache-app`: start the desktop application."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from attache_app import __version__
from attache_app.errors import AttacheError, DatabaseError
from attache_app.gui import pyside_feature
from attache_app.gui.command_line import parse_args
from attache_app.gui.dialogs.database_problem import Choice
from attache_app.gui.unlock import EarlyUnlock as EarlyUnlock
from attache_app.i18n import set_translator, translations_dir
from attache_app.resources import resource_path

pyside_feature.install()  # before the core is imported: see gui/pyside_feature.py

# The core (SQLite layer, services) is imported inside the functions, after the skeleton
# window is on screen (gui/startup.py): importing it takes longer than showing a window.
if TYPE_CHECKING:
    from attache_app.gui.main_window import MainWindow
    from attache_app.gui.preferences import Preferences
    from attache_app.services.database import RawKey, Store

log = logging.getLogger(__name__)


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own strings and Attaché's in ``language``; the core translates through Qt too."""
    for old in getattr(app, "_attache_translators", []):
        app.removeTranslator(old)
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
    # English too: its file holds the plural forms (« %n day(s) » → « 1 day », « 2 days »).
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"attache_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    app._attache_translators = installed  # type: ignore[attr-defined]
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    set_translator(QCoreApplication.translate, language)
    return installed


def application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName("Attaché")
    app.setOrganizationName("Attache")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "attache.svg"))))
    return app


def open_with_dialogs(
    path: Path,
    parent: QWidget | None = None,
    ask: Callable[[DatabaseError, QWidget | None], Choice] | None = None,
    ask_passphrase: Callable[[Path, str, QWidget | None], str | None] | None = None,
    *,
    key: RawKey | None = None,
) -> Store | None:
    """Open the database (asking for the passphrase of an encrypted one); when it cannot
    be opened, explain and offer choices (or None). ``key``: the key of ``path`` derived
    already (:class:`EarlyUnlock`), used instead of asking when it opens the file."""
    from attache_app.gui.dialogs import database_problem
    from attache_app.services import database, encryption

    ask = ask or database_problem.ask
    ask_passphrase = ask_passphrase or _ask_passphrase

    early, key = key, None
    while True:
        try:
            key = None
            encrypted = encryption.available() and encryption.looks_encrypted(path)
            if encrypted and early is not None:
                key, early = early, None  # unlock checked already that it opens the file
            elif encrypted:
                key = _passphrase_until_right(path, parent, ask_passphrase)
            if database.needs_upgrade(path, key):
                _upgrade_in_thread(path, key, parent)
            # The daily backup runs in a worker once the window is shown (MainWindow).
            return database.open_store(path, create=True, auto_backup=False, key=key)
        except DatabaseError as error:
            choice = ask(error, parent)
        if choice is Choice.QUIT:
            return None
        if choice is Choice.OPEN_OTHER:
            name, _f = QFileDialog.getOpenFileName(
                parent,
                QCoreApplication.translate("App", "Open a database"),
                str(path.parent),
                QCoreApplication.translate("App", "Attaché databases (*.db);;All files (*)"),
            )
            path = Path(name) if name else path
        elif choice is Choice.NEW:
            name, _f = QFileDialog.getSaveFileName(
                parent,
                QCoreApplication.translate("App", "New database"),
                str(path.parent / "attache.db"),
                QCoreApplication.translate("App", "Attaché databases (*.db)"),
            )
            path = Path(name) if name else path
        elif choice is Choice.RESTORE:
            name, _f = QFileDialog.getOpenFileName(
                parent,
                QCoreApplication.translate("App", "Choose a backup"),
                str(database.backups_dir(path)),
                QCoreApplication.translate("App", "Attaché databases (*.db)"),
            )
            if name:
                restored = _restore_into(path, Path(name), parent)
                if restored is not None:
                    return restored


def _upgrade_in_thread(path: Path, key: RawKey | None, parent: QWidget | None) -> None:
    """An old file's migrations may take long: they run in a thread, the frame painted
    (a failure is raised here, and explained by the caller's dialog)."""
    from attache_app.gui.background import wait_for
    from attache_app.services.database import open_store

    def upgrade() -> None:
        open_store(path, auto_backup=False, key=key).close()

    wait_for(
        parent,
        QCoreApplication.translate("App", "Attaché"),
        QCoreApplication.translate(
            "App", "Upgrading {name} for this version of Attaché (a copy is kept)…"
        ).format(name=path.name),
        upgrade,
    )


def _ask_passphrase(path: Path, message: str, parent: QWidget | None) -> str | None:
    """The passphrase dialog (its module imported when a passphrase is asked for: a known
    passphrase or a plain database never needs it)."""
    from attache_app.gui.dialogs import passphrase

    return passphrase.ask_passphrase(path, message, parent)


def _passphrase_until_right(
    path: Path,
    parent: QWidget | None,
    ask_passphrase: Callable[[Path, str, QWidget | None], str | None],
) -> RawKey | None:
    """Ask until the passphrase opens the file; None when the user gives up (the file is
    then reported as encrypted, with the usual choices). Returns the database's key: the
    one key derivation of this unlock."""
    from attache_app.services import encryption

    message = ""
    while True:
        given = ask_passphrase(path, message, parent)
        if given is None:
            return None
        try:
            return encryption.unlock(path, given)
        except DatabaseError as error:
            if error.reason != "passphrase":
                raise
            message = QCoreApplication.translate("App", "This passphrase does not open it.")


def _restore_into(path: Path, source: Path, parent: QWidget | None) -> Store | None:
    """Put a backup in place of a database that cannot be opened (kept aside, not deleted)."""
    from attache_app.services import database

    try:
        return database.restore_into(path, source)
    except (AttacheError, OSError) as error:
        QMessageBox.warning(parent, QCoreApplication.translate("App", "Restore"), str(error))
        return None


def first_run(store: Store, parent: QWidget | None = None) -> Store:
    """Ask for the post at the first start, offer the example data and the encryption;
    returns the store to use (another one when the database was encrypted)."""
    from attache_app.services import post

    if post.is_configured(store):
        return store
    from attache_app.gui.dialogs.post_settings import PostSettingsDialog
    from attache_app.services.programmes import install_catalogue

    dialog = PostSettingsDialog(store, first_run=True, parent=parent)
    accepted = dialog.exec()
    if not accepted:
        post.update_settings(store)  # keep the defaults; do not ask again
    install_catalogue(store)  # the programmes followed from every post (PHC, ARCUS…)
    if not accepted:
        return store
    if dialog.load_example.isChecked() and store.path is not None:
        from attache_app.gui.background import wait_for
        from attache_app.services import demo
        from attache_app.services.database import open_store

        path, key = store.path, store.key

        def load() -> None:  # off the GUI thread, on its own connection (the raw key)
            with open_store(path, auto_backup=False, key=key) as own:
                demo.load_demo(own)

        try:
            wait_for(
                parent,
                dialog.windowTitle(),
                QCoreApplication.translate("App", "Loading the example data…"),
                load,
            )
        except AttacheError as error:
            QMessageBox.information(parent, dialog.windowTitle(), str(error))
    if dialog.new_passphrase and store.path is not None:
        from attache_app.gui.operations import encryption

        store, message = encryption.apply(
            store, encryption.Change.ENCRYPT, dialog.new_passphrase, parent
        )
        QMessageBox.information(
            parent, QCoreApplication.translate("Encryption", "Encryption"), message
        )
    if dialog.take_over.isChecked():
        from attache_app.gui import handover_import

        handover_import.at_first_run(store, parent)
    return store


def show_skeleton(preferences: Preferences, where: str) -> QWidget:
    """The main window's frame, on screen before the core is imported (gui/startup.py)."""
    from attache_app.gui.startup import Skeleton

    skeleton = Skeleton(preferences, where)
    skeleton.show()
    return skeleton


def load_main_window(
    skeleton: QWidget | None,
    path: Path | None,
    preferences: Preferences,
    early: EarlyUnlock | None = None,
) -> tuple[MainWindow, Store] | None:
    """Import the core (in a thread, the skeleton staying alive), open the database (with
    the dialogs when it cannot be), and put the real window in the skeleton's place.
    ``early``: the key's derivation started already (by :func:`main`, before the
    skeleton), else started here."""
    from attache_app.gui.startup import load_in_background

    early = early or EarlyUnlock(path)
    load_in_background(after=early.imported())
    from attache_app.tempfiles import use_private_temp

    use_private_temp()  # exports' temporary files: private, and cleaned after a crash
    from attache_app.gui.main_window import MainWindow
    from attache_app.services.database import default_database_path

    store = open_with_dialogs(path or default_database_path(), skeleton, key=early.key())
    if store is None:
        return None
    store = first_run(store, skeleton)
    window = MainWindow(store, preferences)
    if skeleton is not None and preferences.geometry() is None:
        window.setGeometry(skeleton.geometry())
    window.show()
    if skeleton is not None:
        skeleton.close()
        skeleton.deleteLater()
    return window, store


def main(argv: Sequence[str] | None = None) -> int:
    """`attache-app` as installed before gui/launch.py became its entry point: the same
    start, the key's derivation begun once Qt is imported rather than before."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    return run(args, None if args.screenshots else EarlyUnlock(args.db))


def run(args: argparse.Namespace, early: EarlyUnlock | None) -> int:
    """`attache-app`, once gui/launch.py has read the command line ``args`` and started
    ``early``, the derivation of an encrypted database's key (gui/unlock.py)."""
    app = application()
    from attache_app.gui import crash

    crash.install(app)  # an unexpected error is shown and logged; the window goes on
    from attache_app.gui.preferences import Preferences

    preferences = Preferences()
    language = args.lang or preferences.language
    install_translators(app, language)
    if args.screenshots:
        return _screenshots(args, preferences)
    where = str(args.db) if args.db else QCoreApplication.translate("App", "your database")
    loaded = load_main_window(show_skeleton(preferences, where), args.db, preferences, early)
    if loaded is None:
        return 1
    first_window, store = loaded
    from attache_app.gui.main_window import MainWindow

    state: dict[str, Any] = {"store": store}

    def connect(window: MainWindow) -> MainWindow:
        window.language_change_requested.connect(lambda code: rebuild(window, code))
        window.database_change_requested.connect(lambda name: switch(window, name))
        window.encryption_change_requested.connect(
            lambda change, new: reencrypt(window, change, new)
        )
        return window

    def show(language: str | None = None) -> MainWindow:
        if language is not None:
            install_translators(app, language)
        window = connect(MainWindow(state["store"], preferences))
        window.show()
        return window

    def rebuild(window: MainWindow, code: str) -> None:
        state["window"] = connect(in_language(app, window, code))

    def switch(window: MainWindow, name: str) -> None:
        other = open_with_dialogs(Path(name), window)
        if other is None:
            return
        window.close()
        window.deleteLater()
        _close_and_forget(state["store"])
        state["store"] = first_run(other)
        state["window"] = show()

    def reencrypt(window: MainWindow, change: str, new: str) -> None:
        from attache_app.gui.operations import encryption

        window.runner.wait(30_000)  # the workers close their connections when done
        window.close()
        window.deleteLater()
        store, message = encryption.apply(state["store"], encryption.Change(change), new)
        state["store"] = store
        state["window"] = show()
        QMessageBox.information(
            state["window"], QCoreApplication.translate("Encryption", "Encryption"), message
        )

    state["window"] = connect(first_window)
    code = app.exec()
    _close_and_forget(state["store"])
    return int(code)


def _close_and_forget(store: Store) -> None:
    """Close the database and wipe its key from memory."""
    store.close()
    if store.key is not None:
        store.key.wipe()


def in_language(app: QApplication, window: MainWindow, code: str) -> MainWindow:
    """The window again, in another language, on the same database — with its undo
    history: Ctrl+Z still undoes what was done before the switch."""
    from attache_app.gui.main_window import MainWindow

    history = window.hand_over_history()
    window.close()
    window.deleteLater()
    install_translators(app, code)
    other = MainWindow(window.store, window.preferences, history=history)
    other.show()
    return other


def _screenshots(args: argparse.Namespace, preferences: Preferences) -> int:
    from attache_app.gui.main_window import MainWindow
    from attache_app.gui.screenshots import save_screenshots
    from attache_app.services import post
    from attache_app.services.database import default_database_path

    store = open_with_dialogs(args.db or default_database_path())
    if store is None:
        return 1
    if not post.is_configured(store):
        post.update_settings(store)
    window = MainWindow(store, preferences)
    ok = save_screenshots(window, args.screenshots)
    window.close()
    store.close()
    return 0 if ok else 1
