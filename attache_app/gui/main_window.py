"""The main window: navigation pane, the six views, menus, toolbar, status bar, undo."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

from attache_app import __version__
from attache_app.domain.enums import RecordKind
from attache_app.errors import AttacheError
from attache_app.gui import database_tools
from attache_app.gui.dialogs.activity_editors import EDITORS
from attache_app.gui.dialogs.contact_editors import OrganisationEditor, PersonEditor
from attache_app.gui.dialogs.editor import RecordEditor
from attache_app.gui.dialogs.post_settings import PostSettingsDialog
from attache_app.gui.dialogs.tag_dialog import TagDialog
from attache_app.gui.events import Events
from attache_app.gui.preferences import Preferences
from attache_app.gui.screen import fitted
from attache_app.gui.texts import literal
from attache_app.gui.undo import (
    DeleteCommand,
    PostSettingsCommand,
    ReminderCommand,
    SaveCommand,
    TagCommand,
    WindowUndoKeys,
    retranslate,
)
from attache_app.gui.views.dashboard import DashboardView
from attache_app.gui.views.deadlines import DeadlinesPage
from attache_app.gui.views.record_list import RecordListView
from attache_app.gui.widgets.search_popup import SearchPopup
from attache_app.gui.workers import TaskRunner
from attache_app.services import post, records, reminders
from attache_app.services.records import Record
from attache_app.services.stats import counts
from attache_app.storage import backup as backups
from attache_app.storage.crypto import available as encryption_available
from attache_app.storage.db import Store

EDITOR_CLASSES: dict[RecordKind, type[RecordEditor]] = {
    RecordKind.PERSON: PersonEditor,
    RecordKind.ORGANISATION: OrganisationEditor,
    **EDITORS,
}
# The pages in navigation order, with the kind each lists.
PAGE_KINDS: list[RecordKind | None] = [
    None,
    RecordKind.PERSON,
    RecordKind.ORGANISATION,
    RecordKind.NOTE,
    RecordKind.DEADLINE,
    RecordKind.INTERACTION,
]
SCREENSHOT_NAMES = ["dashboard", "contacts", "organisations", "veille", "echeances", "activites"]

if TYPE_CHECKING:
    from attache_app.gui.database_tools import CheckOutcome
    from attache_app.gui.dialogs.export_dialogs import ConsolidateDialog, ExportRun, ReportDialog
    from attache_app.gui.dialogs.import_history import ImportHistoryDialog
    from attache_app.gui.dialogs.import_wizard import ImportWizard
    from attache_app.gui.operations import Operation
    from attache_app.services.demo import DemoSummary
    from attache_app.services.privacy import ErasureReport

IMPORTABLE_SUFFIXES = (
    ".csv", ".tsv", ".txt", ".vcf", ".vcard", ".ldif", ".ldi", ".xlsx", ".xlsm", ".xls", ".ods",
)  # fmt: skip
"""Files dropped on the window that start the import wizard."""


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)
    database_change_requested = Signal(str)
    encryption_change_requested = Signal(str, str)
    """(change, new passphrase): the application closes this window and converts the file
    (gui/encryption.py)."""

    def __init__(
        self,
        store: Store,
        preferences: Preferences | None = None,
        parent: QWidget | None = None,
        *,
        history: tuple[QUndoStack, Events] | None = None,
    ) -> None:
        """``history``: the undo stack and the events its commands tell, handed over by
        the window this one replaces (another language: the undo history goes on)."""
        super().__init__(parent)
        self.store = store
        self.preferences = preferences or Preferences()
        if history is not None:
            self.undo_stack, self.events = history
            self.undo_stack.setParent(self)
            self.events.setParent(self)
            retranslate(self.undo_stack)  # the labels in the language just chosen
        else:
            self.undo_stack, self.events = QUndoStack(self), Events(self)
        self.runner = TaskRunner(store, self)
        self._last_failure = ""
        self.check_result: QMessageBox | None = None
        self._post_tz = post.get_settings(store).timezone
        self.setWindowTitle(
            self.tr("Attaché — {post}").format(
                post=post.get_settings(store).post_name or store.path
            )
        )

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.pages = QStackedWidget()
        self.dashboard = DashboardView(store, self.runner, self.post_tz)
        self.dashboard.open_requested.connect(self.open_record)
        self.dashboard.undoable.connect(self._reminders_changed)
        self.lists: dict[RecordKind, RecordListView] = {}
        for kind in PAGE_KINDS[1:]:
            assert kind is not None
            view = RecordListView(store, kind, self.runner, self.preferences, self.post_tz)
            view.open_requested.connect(self.open_record)
            view.new_requested.connect(lambda k: self.new_record(RecordKind(k)))
            view.delete_requested.connect(lambda k, ids: self.delete_records(RecordKind(k), ids))
            view.tag_requested.connect(lambda k, ids: self.tag_records(RecordKind(k), ids))
            view.export_requested.connect(
                lambda k, fmt, ids: self.export_list(RecordKind(k), fmt, ids=ids)
            )
            view.privacy_requested.connect(
                lambda what, person_id: (
                    self.export_person_data(person_id)
                    if what == "access"
                    else self.erase_person(person_id)
                )
            )
            self.lists[kind] = view
        self.deadlines_page = DeadlinesPage(store, self.lists[RecordKind.DEADLINE], self.events)
        self.deadlines_page.undoable.connect(self.undo_stack.push)
        self.deadlines_page.open_requested.connect(self.open_record)
        self.deadlines_page.changed.connect(self.events.records_changed.emit)
        self.deadlines_page.status_message.connect(
            lambda text: self.statusBar().showMessage(text, 10_000)
        )
        self.deadlines_page.new_programme_requested.connect(
            lambda: self.new_record(RecordKind.PROGRAMME)
        )

        style = self.style()
        icons = [
            QStyle.StandardPixmap.SP_ComputerIcon,
            QStyle.StandardPixmap.SP_DirHomeIcon,
            QStyle.StandardPixmap.SP_DriveNetIcon,
            QStyle.StandardPixmap.SP_FileDialogDetailedView,
            QStyle.StandardPixmap.SP_FileDialogInfoView,
            QStyle.StandardPixmap.SP_FileDialogListView,
        ]
        for number, (title, widget) in enumerate(self._page_titles()):
            item = QListWidgetItem(style.standardIcon(icons[number]), title)
            item.setToolTip(f"{title} (Ctrl+{number + 1})")
            self.navigation.addItem(item)
            self.pages.addWidget(widget)
        # Wide enough for its longest title (« Échéances & programmes »), in any language.
        self.navigation.setMinimumWidth(
            self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 8
        )
        self.navigation.currentRowChanged.connect(self._page_changed)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([self.navigation.minimumWidth(), 1000])
        self.setCentralWidget(self.splitter)

        self.search_popup = SearchPopup(self.runner, self)
        self.search_popup.open_requested.connect(self.open_record)

        self.undo_keys = WindowUndoKeys(self)
        for view in self.lists.values():
            view.filter_box.installEventFilter(self.undo_keys)
        self.runner.task_failed.connect(self.background_failed)
        self.events.records_changed.connect(self._records_changed)
        self.events.open_record.connect(self.open_record)
        self.events.settings_changed.connect(self.reload_post_settings)
        self._build_actions()
        self._build_menus()
        self._restore_state()
        self._update_status()
        self.dashboard.refresh()
        for view in self.lists.values():
            view.refresh()
        self.setAcceptDrops(True)
        self._daily_backup()
        from attache_app.gui.notifier import ReminderNotifier

        self.notifier = ReminderNotifier(self.store, self.runner, self, self.windowIcon())
        self.notifier.open_requested.connect(self._show_reminders)
        self.notifier.notified.connect(lambda _due: self.dashboard.refresh())
        self.notifier.start()
        self.idle_lock = None
        if self.store.key is not None and self.store.path is not None:
            from attache_app.gui.dialogs.passphrase import IdleLock

            self.idle_lock = IdleLock(
                self, self.store.path, self.store.key, self.preferences.lock_minutes()
            )
            self.idle_lock.unlocked.connect(self.runner.resume)
        self.lock_action.setEnabled(self.idle_lock is not None)
        self.lock_menu.setEnabled(self.idle_lock is not None)
        encrypted = self.store.key is not None
        self.encrypt_action.setEnabled(not encrypted and not self.store.readonly)
        self.rekey_action.setEnabled(encrypted and not self.store.readonly)
        self.decrypt_action.setEnabled(encrypted and not self.store.readonly)

    def change_encryption(self, change: str, new: str | None = None) -> bool:
        """Encrypt the database, change its passphrase or decrypt it: the passphrases are
        asked (unless given), then the application converts the file and reopens it."""
        from attache_app.gui import encryption

        what = encryption.Change(change)
        if self.store.path is None:
            return False
        if what is not encryption.Change.DECRYPT and not encryption_available():
            QMessageBox.warning(
                self,
                self.tr("Encryption"),
                self.tr(
                    "Encryption is not available in this installation (the sqlcipher3 "
                    "package is missing)."
                ),
            )
            return False
        if new is None:
            new = encryption.ask(self.store.path, self.store.key, what, self)
            if new is None:
                return False
        self.encryption_change_requested.emit(what.value, new)
        return True

    def background_failed(self, message: str) -> None:
        """A list, the dashboard or a search could not read the database (its drive removed,
        the disk failing…): say it once, in a message and in the status bar; the window
        goes on with what it shows."""
        self.statusBar().showMessage("⚠ " + message)
        if message == self._last_failure:
            return
        self._last_failure = message
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Database"), message, QMessageBox.StandardButton.Ok,
            self,
        )  # fmt: skip
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.failure_box = box

    def set_lock_minutes(self, minutes: int) -> None:
        self.preferences.set_lock_minutes(minutes)
        for value, choice in self.lock_choices.items():
            choice.setChecked(value == minutes)
        if self.idle_lock is not None:
            self.idle_lock.set_minutes(minutes)

    def lock_now(self) -> None:
        if self.idle_lock is not None:
            self.idle_lock.lock()

    def _show_reminders(self) -> None:
        """From a notification: the window in front, on the dashboard."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.show_page(0)

    def _daily_backup(self) -> None:
        """The first open of each day backs the database up — in a worker, never in the way."""
        keep = post.get_settings(self.store).backup_keep

        def done(path: object) -> None:
            if isinstance(path, Path):
                self.statusBar().showMessage(
                    self.tr("Daily backup written to {path}").format(path=path), 8000
                )

        def failed(message: str) -> None:
            self.statusBar().showMessage(message, 15000)

        if not self.store.readonly:
            self.runner.run(lambda store: backups.daily_backup(store, keep), done, failed)

    # --- structure -------------------------------------------------------------------

    def _page_titles(self) -> list[tuple[str, QWidget]]:
        return [
            (self.tr("Dashboard"), self.dashboard),
            (self.tr("Contacts"), self.lists[RecordKind.PERSON]),
            (self.tr("Organisations"), self.lists[RecordKind.ORGANISATION]),
            (self.tr("Watch"), self.lists[RecordKind.NOTE]),
            (self.tr("Deadlines & programmes"), self.deadlines_page),
            (self.tr("Activities"), self.lists[RecordKind.INTERACTION]),
        ]

    def post_tz(self) -> str:
        return self._post_tz

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        assert callable(slot)
        # Never hand Qt's ``checked`` argument to the slot: a slot with an optional
        # parameter (a path, a password…) would take False for it.
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.new_action = self._action(
            self.tr("&New…"), self.new_in_current_view, QKeySequence.StandardKey.New, sp.SP_FileIcon
        )
        self.open_db_action = self._action(
            self.tr("&Open a database…"), self.open_database, QKeySequence.StandardKey.Open
        )
        self.backup_action = self._action(
            self.tr("&Back up now"), self.backup_now, None, sp.SP_DialogSaveButton
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # The platform's Redo keys and Ctrl+Y, each once: a key given twice to one action
        # is "ambiguous" to Qt, which then runs neither (Ctrl+Y is already Redo on Linux).
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.setIcon(self.style().standardIcon(sp.SP_ArrowForward))
        self.open_action = self._action(self.tr("&Open the record"), self.open_selected)
        self.delete_action = self._action(
            self.tr("&Delete…"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
            sp.SP_TrashIcon,
        )
        self.tag_action = self._action(self.tr("&Tag…"), self.tag_selected, "Ctrl+T")
        self.search_action = self._action(
            self.tr("&Search everything…"), self.open_search, "Ctrl+K", sp.SP_FileDialogContentsView
        )
        self.filter_action = self._action(
            self.tr("&Filter this list"), self.focus_filter, QKeySequence.StandardKey.Find
        )
        self.import_action = self._action(
            self.tr("&Import contacts…"), self.import_contacts, "Ctrl+I", sp.SP_DialogOpenButton
        )
        self.history_action = self._action(self.tr("Import &history…"), self.import_history)
        self.report_action = self._action(
            self.tr("&Report to Paris…"), self.export_report, "Ctrl+E", sp.SP_FileDialogDetailedView
        )
        self.consolidate_action = self._action(
            self.tr("&Consolidate reports…"), self.consolidate_reports
        )
        self.export_all_action = self._action(
            self.tr("&Everything (Excel workbook)…"), self.export_everything
        )
        self.handover_action = self._action(self.tr("&Hand-over…"), self.hand_over)
        self.export_persons_csv_action = self._action(
            self.tr("&Contacts shown, as CSV…"),
            lambda: self.export_list(RecordKind.PERSON, "csv"),
        )
        self.export_vcf_action = self._action(
            self.tr("Contacts shown, as &vCard…"),
            lambda: self.export_list(RecordKind.PERSON, "vcf"),
        )
        self.export_vcf_folder_action = self._action(
            self.tr("Contacts shown, one vCard file each (for O&utlook)…"),
            lambda: self.export_list(RecordKind.PERSON, "vcf-folder"),
        )
        self.export_vcf_folder_action.setStatusTip(
            self.tr(
                "One .vcf file per person in a new folder: Outlook for Windows reads only "
                "the first card of a file"
            )
        )
        self.export_orgs_csv_action = self._action(
            self.tr("&Organisations shown, as CSV…"),
            lambda: self.export_list(RecordKind.ORGANISATION, "csv"),
        )
        self.export_ics_action = self._action(
            self.tr("&Deadlines shown, as a calendar (.ics)…"),
            lambda: self.export_list(RecordKind.DEADLINE, "ics"),
        )
        self.settings_action = self._action(self.tr("Settings of the &post…"), self.edit_settings)
        self.check_action = self._action(self.tr("&Check the database"), self.check_database)
        self.restore_action = self._action(self.tr("&Restore…"), self.restore_backup)
        self.lock_action = self._action(self.tr("&Lock now"), self.lock_now, "Ctrl+L")
        self.lock_action.setToolTip(
            self.tr("Hide everything until the passphrase is typed again (encrypted databases)")
        )
        self.encrypt_action = self._action(
            self.tr("&Encrypt the database…"), lambda: self.change_encryption("encrypt")
        )
        self.rekey_action = self._action(
            self.tr("&Change the passphrase…"), lambda: self.change_encryption("rekey")
        )
        self.decrypt_action = self._action(
            self.tr("&Remove the encryption…"), lambda: self.change_encryption("decrypt")
        )
        self.demo_action = self._action(self.tr("Load the &example data"), self.load_example)
        self.about_action = self._action(self.tr("&About Attaché"), self.about)
        self.about_qt_action = self._action(self.tr("About &Qt"), QApplication.aboutQt)
        self.view_actions = []
        for number, (title, _widget) in enumerate(self._page_titles()):
            self.view_actions.append(
                self._action(literal(title), partial(self.show_page, number), f"Ctrl+{number + 1}")
            )
        self.language_actions = {}
        for code, name in (("fr", "Français"), ("en", "English")):
            action = self._action(name, partial(self.change_language, code))
            action.setCheckable(True)
            action.setChecked(self.preferences.language == code)
            self.language_actions[code] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        new_menu = QMenu(self.tr("New &record"), self)
        self.new_record_actions: dict[RecordKind, QAction] = {}
        for kind in (
            RecordKind.PERSON,
            RecordKind.ORGANISATION,
            RecordKind.NOTE,
            RecordKind.INTERACTION,
            RecordKind.DEADLINE,
            RecordKind.PROGRAMME,
        ):
            self.new_record_actions[kind] = self._action(
                literal(kind.label), partial(self.new_record, kind)
            )
            new_menu.addAction(self.new_record_actions[kind])
        file_menu.addAction(self.new_action)
        file_menu.addMenu(new_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.open_db_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.report_action)
        file_menu.addAction(self.consolidate_action)
        export_menu = file_menu.addMenu(self.tr("E&xport"))
        for item in (
            self.export_all_action,
            self.export_persons_csv_action,
            self.export_vcf_action,
            self.export_vcf_folder_action,
            self.export_orgs_csv_action,
            self.export_ics_action,
        ):
            export_menu.addAction(item)
        file_menu.addAction(self.handover_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for action in (
            self.undo_action,
            self.redo_action,
            None,
            self.open_action,
            self.tag_action,
            self.delete_action,
            None,
            self.search_action,
            self.filter_action,
        ):
            if action is None:
                edit_menu.addSeparator()
            else:
                edit_menu.addAction(action)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.view_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.columns_menu = view_menu.addMenu(self.tr("&Columns"))
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        for action in self.language_actions.values():
            language_menu.addAction(action)
        tools_menu = bar.addMenu(self.tr("&Tools"))
        for action in (
            self.settings_action,
            self.history_action,
            self.check_action,
            self.backup_action,
            self.restore_action,
            self.lock_action,
            None,
            self.demo_action,
        ):
            if action is None:
                tools_menu.addSeparator()
            else:
                tools_menu.addAction(action)
        self.encryption_menu = tools_menu.addMenu(self.tr("E&ncryption"))
        for action in (self.encrypt_action, self.rekey_action, self.decrypt_action):
            self.encryption_menu.addAction(action)
        self.lock_menu = tools_menu.addMenu(self.tr("Lock &automatically"))
        self.lock_choices = {}
        for minutes, text in (
            (0, self.tr("Never")),
            (5, self.tr("After 5 minutes without use")),
            (15, self.tr("After 15 minutes without use")),
            (30, self.tr("After 30 minutes without use")),
            (60, self.tr("After an hour without use")),
        ):
            choice = self.lock_menu.addAction(literal(text))
            choice.setCheckable(True)
            choice.setChecked(minutes == self.preferences.lock_minutes())
            choice.triggered.connect(lambda _c=False, m=minutes: self.set_lock_minutes(m))
            self.lock_choices[minutes] = choice
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)

        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.new_action,
            self.delete_action,
            self.undo_action,
            self.redo_action,
            self.search_action,
        ):
            toolbar.addAction(action)

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        view = self.current_list()
        if view is None:
            self.columns_menu.addAction(self.tr("(no list on this page)")).setEnabled(False)
            return
        for action in view.column_actions(self.columns_menu):
            self.columns_menu.addAction(action)

    # --- state -----------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.preferences.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(fitted(self, 1280, 800))
        state = self.preferences.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.preferences.splitter("main")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        deadlines = self.preferences.splitter("deadlines")
        if deadlines is not None:
            self.deadlines_page.splitter.restoreState(deadlines)
        self.show_page(min(max(self.preferences.last_view, 0), len(PAGE_KINDS) - 1))

    def save_state(self) -> None:
        self.preferences.set_geometry(self.saveGeometry())
        self.preferences.set_window_state(self.saveState())
        self.preferences.set_splitter("main", self.splitter.saveState())
        self.preferences.set_splitter("deadlines", self.deadlines_page.splitter.saveState())
        self.preferences.last_view = self.navigation.currentRow()
        self.preferences.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.notifier.timer.stop()  # no new work once the window is closing
        if self.idle_lock is not None:
            self.idle_lock.timer.stop()
        self.runner.wait(5000)
        self.runner.stop()
        super().closeEvent(event)

    # --- navigation ------------------------------------------------------------------

    def show_page(self, number: int) -> None:
        self.navigation.setCurrentRow(number)

    def _page_changed(self, number: int) -> None:
        self.pages.setCurrentIndex(number)
        if self.pages.currentWidget() is self.deadlines_page:
            self.deadlines_page.scroll_to_upcoming()
        kind = PAGE_KINDS[number] if 0 <= number < len(PAGE_KINDS) else None
        self.tag_action.setEnabled(kind in (RecordKind.PERSON, RecordKind.ORGANISATION))
        self.delete_action.setEnabled(kind is not None)

    def current_kind(self) -> RecordKind | None:
        number = self.navigation.currentRow()
        return PAGE_KINDS[number] if 0 <= number < len(PAGE_KINDS) else None

    def current_list(self) -> RecordListView | None:
        kind = self.current_kind()
        return self.lists.get(kind) if kind is not None else None

    def _records_changed(self, kind: str) -> None:
        if kind in ("", str(RecordKind.PROGRAMME)):
            self._post_tz = post.get_settings(self.store).timezone
        for view in self.lists.values():
            view.records_changed(kind)
        self.deadlines_page.records_changed(kind)
        self.dashboard.records_changed(kind)
        self._update_status()

    def _update_status(self) -> None:
        found = counts(self.store)
        self.statusBar().showMessage(
            self.tr(
                "{path} — {persons} persons, {organisations} organisations, {notes} notes, "
                "{deadlines} deadlines"
            ).format(path=self.store.path, **found)
        )

    # --- records ---------------------------------------------------------------------

    def editor_for(self, kind: RecordKind, record: Record | None) -> RecordEditor:
        editor = EDITOR_CLASSES[kind](self.store, record, self)
        editor.saved.connect(self._record_saved)
        editor.open_requested.connect(lambda k, i: self.open_record(k, i, parent=editor))
        return editor

    def open_record(
        self, kind: str, record_id: int, parent: QWidget | None = None
    ) -> RecordEditor | None:
        record_kind = RecordKind(kind)
        try:
            record = records.get(self.store, record_kind, record_id)
        except AttacheError as error:
            QMessageBox.information(self, self.tr("Attaché"), str(error))
            return None
        page = PAGE_KINDS.index(record_kind) if record_kind in PAGE_KINDS else 4
        if parent is None:
            self.show_page(page)
            view = self.lists.get(record_kind)
            if view is not None:
                view.select_id(record_id)
        editor = self.editor_for(record_kind, record)
        if parent is not None:
            editor.setParent(parent, editor.windowFlags())
        editor.open()
        return editor

    def new_record(self, kind: RecordKind) -> RecordEditor:
        editor = self.editor_for(kind, None)
        programme = self.deadlines_page.selected_programme()
        if kind is RecordKind.DEADLINE and programme and self.current_kind() is kind:
            editor.programme.set_value(programme)  # type: ignore[attr-defined]
            editor.mark_unchanged()  # what was filled in for the user is not a change
        editor.open()
        return editor

    def new_in_current_view(self) -> None:
        self.new_record(self.current_kind() or RecordKind.PERSON)

    def _record_saved(self, before: Record | None, after: Record) -> None:
        self.undo_stack.push(SaveCommand(self.store, self.events, before, after))
        view = self.current_list()
        if view is not None:  # back to the list, not to its filter box
            view.table.setFocus()

    def open_selected(self) -> None:
        view = self.current_list()
        if view is not None:
            view.open_current()

    def delete_selected(self) -> None:
        view = self.current_list()
        if view is not None:
            self.delete_records(view.kind, view.selected_ids())

    def delete_records(self, kind: RecordKind, ids: list[int]) -> None:
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete %n record(s)? You can undo it with Ctrl+Z.", "", len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.run_command(DeleteCommand(self.store, self.events, kind, ids))

    def run_command(self, command: DeleteCommand | TagCommand | SaveCommand) -> None:
        try:
            self.undo_stack.push(command)
        except AttacheError as error:
            QMessageBox.warning(self, self.tr("Attaché"), str(error))

    def tag_selected(self) -> None:
        view = self.current_list()
        if view is not None:
            self.tag_records(view.kind, view.selected_ids())

    def tag_records(self, kind: RecordKind, ids: list[int]) -> None:
        if not ids or kind not in (RecordKind.PERSON, RecordKind.ORGANISATION):
            return
        dialog = TagDialog(len(ids), records.tag_names(self.store), self)
        if dialog.exec() and (dialog.tags_to_add() or dialog.tags_to_remove()):
            self.run_command(
                TagCommand(
                    self.store,
                    self.events,
                    kind,
                    ids,
                    dialog.tags_to_add(),
                    dialog.tags_to_remove(),
                )
            )

    # --- search ----------------------------------------------------------------------

    def open_search(self) -> None:
        self.search_popup.open_search()

    def focus_filter(self) -> None:
        view = self.current_list()
        if view is not None:
            view.focus_filter()
        else:
            self.open_search()

    # --- tools -----------------------------------------------------------------------

    # --- import ----------------------------------------------------------------------

    def import_contacts(self, path: Path | None = None) -> ImportWizard:
        """Open the import wizard (on ``path`` when a file was dropped on the window)."""
        from attache_app.gui.dialogs.import_wizard import ImportWizard  # not at start-up

        wizard = ImportWizard(self.store, self.runner, path, self)
        wizard.imported.connect(lambda _batch: self.events.records_changed.emit(""))
        wizard.package_chosen.connect(lambda p: (wizard.close(), self.take_over(Path(p))))
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.show()
        if path is not None:
            wizard.file_page.validatePage()
        return wizard

    def import_history(self) -> ImportHistoryDialog:
        from attache_app.gui.dialogs.import_history import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.store, self)
        dialog.undone.connect(lambda _batch: self.events.records_changed.emit(""))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # --- export ----------------------------------------------------------------------

    def export_report(self) -> ReportDialog:
        """Fichier › Exporter le rapport pour Paris…"""
        from attache_app.gui.dialogs.export_dialogs import ReportDialog

        dialog = ReportDialog(self.store, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def consolidate_reports(self) -> ConsolidateDialog:
        """Fichier › Consolider des rapports… (the reports of several posts, side by side)."""
        from attache_app.gui.dialogs.export_dialogs import ConsolidateDialog

        dialog = ConsolidateDialog(self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def export_everything(
        self, path: Path | None = None, password: str | None = None
    ) -> ExportRun | None:
        """Every record to one workbook that the importer reads back (protected by a
        password when asked)."""
        from attache_app.gui.dialogs import export_dialogs
        from attache_app.services import exports

        title = self.tr("Export everything")
        if path is None:
            suggested = export_dialogs.documents_folder() / (
                export_dialogs.safe_file_name(f"Attache_{self._post_name()}") + ".xlsx"
            )
            dialog = export_dialogs.WorkbookDialog(title, suggested, self)
            if not dialog.exec() or dialog.chosen is None:
                return None
            path, password = dialog.chosen
        target = path
        self.last_export = export_dialogs.ExportRun(
            self,
            self.runner,
            self.tr("Writing every record to {file}…").format(file=target.name),
            lambda store, progress: exports.write_all(
                store, target, progress=progress, password=password
            ),
        )
        return self.last_export

    def hand_over(self) -> object:
        """Fichier › Passation… (gui/handover.py)."""
        from attache_app.gui import handover

        return handover.start_handover(self)

    def take_over(self, path: Path | None = None) -> object:
        """A hand-over package opened and imported (gui/handover_import.py)."""
        from attache_app.gui import handover_import

        return handover_import.open_dialog(self, path)

    def export_list(
        self,
        kind: RecordKind,
        fmt: str,
        *,
        ids: list[int] | None = None,
        path: Path | None = None,
    ) -> ExportRun | None:
        """Export what a list shows: its selection when several rows are selected, else
        every row its filters keep."""
        from attache_app.gui.dialogs import export_dialogs
        from attache_app.services import exports

        view = self.lists[kind]
        if ids is None:
            selected = view.selected_ids()
            ids = selected if len(selected) > 1 else view.model.ids()
        if not ids:
            QMessageBox.information(
                self, self.tr("Export"), self.tr("This list is empty: there is nothing to export.")
            )
            return None
        title = self.tr("Export {count} {kind}").format(
            count=len(ids), kind=kind.plural_label.lower()
        )
        if path is None and fmt == "vcf-folder":
            path = export_dialogs.ask_new_folder(
                self, title, f"vCard_{kind.plural_label}_{self._post_name()}"
            )
            if path is None:
                return None
        elif path is None:
            path = export_dialogs.ask_path(
                self, title, f"{kind.plural_label}_{self._post_name()}", fmt
            )
            if path is None:
                return None
        target, chosen = path, list(ids)
        work: export_dialogs.Work
        if fmt == "csv":
            work = lambda store, progress: exports.write_csv(  # noqa: E731
                store, target, kind, chosen, progress=progress
            )
        elif fmt in ("vcf", "vcf-folder"):
            each = fmt == "vcf-folder"
            work = lambda store, progress: exports.write_vcf(  # noqa: E731
                store, target, chosen, one_per_person=each, progress=progress
            )
        else:
            work = lambda store, progress: exports.write_ics(  # noqa: E731
                store, target, ids=chosen, progress=progress
            )
        self.last_export = export_dialogs.ExportRun(self, self.runner, title + "…", work)
        return self.last_export

    # --- personal data (GDPR) --------------------------------------------------------

    def export_person_data(self, person_id: int, path: Path | None = None) -> Path | None:
        """Everything held about one person, to a JSON file (right of access)."""
        from attache_app.gui.dialogs.export_dialogs import documents_folder, safe_file_name
        from attache_app.services import privacy

        try:
            person = records.get_person(self.store, person_id)
            if path is None:
                suggested = documents_folder() / (
                    safe_file_name(self.tr("Data of {name}").format(name=person.display_name))
                    + ".json"
                )
                name, _ = QFileDialog.getSaveFileName(
                    self, self.tr("Right of access"), str(suggested), "JSON (*.json)"
                )
                if not name:
                    return None
                path = Path(name)
            written = privacy.write_person_data(self.store, person_id, path)
        except AttacheError as error:
            QMessageBox.warning(self, self.tr("Right of access"), str(error))
            return None
        self.statusBar().showMessage(
            self.tr("Everything held about {name} written to {file}").format(
                name=person.display_name, file=written
            ),
            10_000,
        )
        return written

    def erase_person(
        self, person_id: int, *, confirmed: bool = False
    ) -> Operation[ErasureReport] | None:
        """Erase a person for good, after a clear question (in a worker)."""
        return database_tools.erase_person(self, person_id, confirmed=confirmed)

    def _post_name(self) -> str:
        return post.get_settings(self.store).post_name.split("—")[0].strip() or "Attache"

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile():
            path = Path(urls[0].toLocalFile())
            if path.suffix.lower() in IMPORTABLE_SUFFIXES:
                return path
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_contacts(path)

    def _reminders_changed(
        self,
        change: tuple[dict[str, reminders.ReminderState], dict[str, reminders.ReminderState], bool],
    ) -> None:
        """Reminders marked done or snoozed on the dashboard: one step of the undo history."""
        before, after, snoozed = change
        self.undo_stack.push(
            ReminderCommand(self.store, self.events, before, after, snoozed=snoozed)
        )

    def edit_settings(self) -> None:
        before = post.get_settings(self.store)
        if PostSettingsDialog(self.store, parent=self).exec():
            after = post.get_settings(self.store)
            if after != before:
                self.undo_stack.push(PostSettingsCommand(self.store, self.events, before, after))
            self.reload_post_settings()
            self.events.records_changed.emit("")

    def backup_now(self) -> Operation[Path]:
        return database_tools.backup_now(self)

    def check_database(self) -> Operation[CheckOutcome]:
        return database_tools.check_database(self)

    def restore_backup(
        self, source: Path | None = None, *, confirmed: bool = False
    ) -> Operation[Path] | None:
        """Outils › Restaurer… : replace the data by a backup's (the current state is
        backed up first; the operation's result is that copy)."""
        return database_tools.restore_backup(self, source, confirmed=confirmed)

    def load_example(self) -> Operation[DemoSummary]:
        return database_tools.load_example(self)

    def reload_post_settings(self) -> None:
        self._post_tz = post.get_settings(self.store).timezone

    def open_database(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a database"),
            str(Path(self.store.path or ".").parent),
            self.tr("Attaché databases (*.db);;All files (*)"),
        )
        if name:
            self.database_change_requested.emit(name)

    def hand_over_history(self) -> tuple[QUndoStack, Events]:
        """Detach the undo stack and its events from this closing window, for the one
        that replaces it."""
        for signal, slot in (
            (self.events.records_changed, self._records_changed),
            (self.events.open_record, self.open_record),
            (self.events.settings_changed, self.reload_post_settings),
        ):
            signal.disconnect(slot)
        app = QApplication.instance()
        self.undo_stack.setParent(app)
        self.events.setParent(app)
        return self.undo_stack, self.events

    def change_language(self, code: str) -> None:
        for other, action in self.language_actions.items():
            action.setChecked(other == code)
        if code != self.preferences.language:
            self.preferences.language = code
            self.save_state()
            self.language_change_requested.emit(code)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Attaché"),
            self.tr(
                "<h3>Attaché {version}</h3><p>Contacts, technology watch and programme "
                "deadlines for the science and technology attachés of French embassies.</p>"
                "<p>Your data stays on this computer: {path}</p>"
            ).format(version=__version__, path=self.store.path),
        )

    # --- screenshots -----------------------------------------------------------------

    def wait_until_loaded(self) -> None:
        """Process events until every background query has been answered."""
        app = QApplication.instance()
        assert app is not None
        for _ in range(500):
            app.processEvents()
            if not self.runner.busy():
                app.processEvents()
                return
            self.runner.wait(20)

    def save_screenshots(self, folder: Path) -> bool:
        folder.mkdir(parents=True, exist_ok=True)
        self.resize(1400, 860)
        self.show()
        self.wait_until_loaded()
        ok = True
        for number, name in enumerate(SCREENSHOT_NAMES):
            self.show_page(number)
            self.wait_until_loaded()
            ok = self.grab().save(str(folder / f"{name}.png")) and ok
        self.show_page(1)
        people = self.lists[RecordKind.PERSON]
        if people.model.rowCount():
            people.table.selectRow(0)
            editor = self.editor_for(
                RecordKind.PERSON, records.get(self.store, RecordKind.PERSON, people.model.id_at(0))
            )
            editor.show()
            self.wait_until_loaded()
            ok = editor.grab().save(str(folder / "editor.png")) and ok
            editor.close()
        self.search_popup.open_search("chen")
        self.search_popup._search()
        self.wait_until_loaded()
        ok = self.search_popup.grab().save(str(folder / "search.png")) and ok
        self.search_popup.hide()
        ok = self._import_screenshots(folder) and ok
        return self._report_screenshot(folder) and ok

    def _report_screenshot(self, folder: Path) -> bool:
        """The report dialog with its preview, for the year of the example data."""
        app = QApplication.instance()
        assert app is not None
        dialog = self.export_report()
        year = self.store.scalar("SELECT max(substr(date, 1, 4)) FROM notes") or ""
        found = dialog.period_box.findData(str(year))
        if found >= 0:
            dialog.period_box.setCurrentIndex(found)
        dialog.timer.stop()  # no need to wait for the typing pause
        dialog.refresh_preview()
        for _ in range(500):
            app.processEvents()
            if not dialog.busy() and dialog.report is not None:
                break
            self.runner.wait(20)
        app.processEvents()
        ok = dialog.grab().save(str(folder / "export-report.png"))
        dialog.close()
        return ok

    def _import_screenshots(self, folder: Path) -> bool:
        """The import wizard on a colleague's list (mapping and duplicates pages)."""
        import tempfile

        from attache_app.gui.dialogs.import_wizard import PAGE_MAPPING, PAGE_PREVIEW

        known = self.store.execute(
            "SELECT p.given_name, p.family_name, e.address FROM persons p "
            "JOIN person_emails e ON e.person_id = p.id ORDER BY p.id LIMIT 1"
        ).fetchone()
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "liste-SST-Tokyo.csv"
            rows = [
                "Nom;Prénom;Organisme;Fonction;Courriel;Tél.;Pays",
                "LEFÈVRE;Hélène;Institut Pasteur;Directrice de recherche;"
                "helene.lefevre@pasteur.fr;01 45 68 80 00;France",
                "YAMADA;Taro;AIST;Senior researcher;t.yamada@aist.go.jp;+81 29 861 2000;Japon",
                "陳;志明;國立臺灣大學;教授;chen.zm@ntu.edu.tw;02 3366 1234;台灣",
            ]
            if known:
                rows.append(
                    f"{known[1].upper()};{known[0]};ITRI;Directeur;{known[2]};+886 3 591 0000;"
                    "Taïwan"
                )
            rows.append(";;;;sans-nom;;")
            path.write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-8-sig"))
            wizard = self.import_contacts(path)
            app = QApplication.instance()
            assert app is not None
            ok = True
            for page, name in ((PAGE_MAPPING, "import-mapping"), (PAGE_PREVIEW, "import-preview")):
                for _ in range(500):
                    app.processEvents()
                    if wizard.currentId() == page and not wizard.busy():
                        break
                    self.runner.wait(20)
                if page == PAGE_PREVIEW:
                    wizard.preview_page.tabs.setCurrentIndex(1)
                    app.processEvents()
                ok = wizard.grab().save(str(folder / f"{name}.png")) and ok
                if page == PAGE_MAPPING:
                    wizard.next()
            wizard.reject()
        return ok
