"""The main window: it builds the navigation pane, the six views, the actions, the menus
and the toolbar. What the actions do is in :mod:`attache_app.gui.shell` (navigation,
records, the window's state) and in the workflows of :mod:`attache_app.gui.operations`."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

from attache_app.domain.enums import RecordKind
from attache_app.gui import pages
from attache_app.gui.events import Events
from attache_app.gui.kinds import NEW_RECORD_KINDS, PAGE_KINDS
from attache_app.gui.lazy_pages import AfterFirstPaint, LazyPages, ListViews
from attache_app.gui.operations import backup, export, importing
from attache_app.gui.preferences import Preferences
from attache_app.gui.shell import Shell
from attache_app.gui.texts import literal
from attache_app.gui.undo import DeleteCommand, WindowUndoKeys, retranslate
from attache_app.gui.views.dashboard import DashboardView
from attache_app.gui.widgets.search_popup import SearchPopup
from attache_app.gui.workers import TaskRunner
from attache_app.services import post
from attache_app.services.database import Store


class MainWindow(Shell):
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
        # Each page is built when first needed: the first one now, the others once the
        # window is painted (gui/lazy_pages.py); until then an empty widget holds its place.
        self.page_state = LazyPages(len(PAGE_KINDS), self._build_page)
        self.lists = ListViews(self.page_state, PAGE_KINDS)
        self.undo_keys = WindowUndoKeys(self)
        style = self.style()
        icons = [
            QStyle.StandardPixmap.SP_ComputerIcon,
            QStyle.StandardPixmap.SP_DirHomeIcon,
            QStyle.StandardPixmap.SP_DriveNetIcon,
            QStyle.StandardPixmap.SP_FileDialogDetailedView,
            QStyle.StandardPixmap.SP_FileDialogInfoView,
            QStyle.StandardPixmap.SP_FileDialogListView,
        ]
        for number, title in enumerate(self._page_titles()):
            item = QListWidgetItem(style.standardIcon(icons[number]), title)
            item.setToolTip(f"{title} (Ctrl+{number + 1})")
            self.navigation.addItem(item)
            self.pages.addWidget(QWidget())
        self.page_state.ensure(0)  # the dashboard: the reminders and the notifier use it
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
        self.runner.task_failed.connect(self.background_failed)
        self.events.records_changed.connect(self._records_changed)
        self.events.open_record.connect(self.open_record)
        self.events.settings_changed.connect(self.reload_post_settings)
        from attache_app.gui.sync.controller import SyncController

        self.sync = SyncController(self.store, self.runner, self.events, self)
        self._build_actions()
        self._build_menus()
        self._restore_state()  # shows the last page used: built now (a list asks its rows)
        self.setAcceptDrops(True)
        self._start_watchers()
        self.lock_action.setEnabled(self.idle_lock is not None)
        self.lock_menu.setEnabled(self.idle_lock is not None)
        encrypted = self.store.key is not None
        self.encrypt_action.setEnabled(not encrypted and not self.store.readonly)
        self.rekey_action.setEnabled(encrypted and not self.store.readonly)
        self.decrypt_action.setEnabled(encrypted and not self.store.readonly)
        AfterFirstPaint(self, self.runner, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """Once the window is on screen: the dashboard's data (read in a worker: a second
        of Python over 100,000 persons, which would slow the first paint), the counts of
        the status bar, the daily backup, the reminders' first look, the idle lock's watch
        of the input (an encrypted database); then the other pages,
        one per turn of the event loop, and the warm-up of the editors."""
        self.dashboard.refresh()
        self._update_status()
        backup.daily_backup(self)
        self.notifier.start()
        if self.idle_lock is not None:
            self.idle_lock.watch_input()
        self.runner.soon(self.build_next_page)

    def change_encryption(self, change: str) -> None:
        """Encrypt, re-key or decrypt (its dialogs imported on first use, not at start-up)."""
        from attache_app.gui.operations import encryption

        encryption.change_encryption(self, change)

    def _build_page(self, number: int) -> None:
        """Build page ``number`` and put it in its place (called by ``page_state``)."""
        kind = PAGE_KINDS[number]
        if kind is None:
            self.dashboard = DashboardView(self.store, self.runner, self.post_tz)
            self.dashboard.open_requested.connect(self.open_record)
            self.dashboard.undoable.connect(self._reminders_changed)
            page: QWidget = self.dashboard
        else:
            page = pages.list_view(self, kind, self.delete_records)
            if kind is RecordKind.DEADLINE:
                self._deadlines_page = pages.deadlines_page(self, self.lists[kind])
                page = self._deadlines_page
        pages.put(self.pages, number, page)

    # --- structure -------------------------------------------------------------------

    def _page_titles(self) -> list[str]:
        return [
            self.tr("Dashboard"),
            self.tr("Contacts"),
            self.tr("Organisations"),
            self.tr("Watch"),
            self.tr("Deadlines & programmes"),
            self.tr("Activities"),
        ]

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.new_action = self._action(
            self.tr("&New…"), self.new_in_current_view, QKeySequence.StandardKey.New, sp.SP_FileIcon
        )
        self.open_db_action = self._action(
            self.tr("&Open a database…"), self.open_database, QKeySequence.StandardKey.Open
        )
        self.backup_action = self._action(
            self.tr("&Back up now"), lambda: backup.backup_now(self), None, sp.SP_DialogSaveButton
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
            self.tr("&Import contacts…"),
            lambda: importing.import_contacts(self),
            "Ctrl+I",
            sp.SP_DialogOpenButton,
        )
        self.history_action = self._action(
            self.tr("Import &history…"), lambda: importing.import_history(self)
        )
        self.report_action = self._action(
            self.tr("&Report to Paris…"),
            lambda: export.export_report(self),
            "Ctrl+E",
            sp.SP_FileDialogDetailedView,
        )
        self.consolidate_action = self._action(
            self.tr("&Consolidate reports…"), lambda: export.consolidate_reports(self)
        )
        self.export_all_action = self._action(
            self.tr("&Everything (Excel workbook)…"), lambda: export.export_everything(self)
        )
        self.handover_action = self._action(self.tr("&Hand-over…"), partial(export.hand_over, self))
        self.export_persons_csv_action = self._action(
            self.tr("&Contacts shown, as CSV…"),
            lambda: export.export_list(self, RecordKind.PERSON, "csv"),
        )
        self.export_vcf_action = self._action(
            self.tr("Contacts shown, as &vCard…"),
            lambda: export.export_list(self, RecordKind.PERSON, "vcf"),
        )
        self.export_vcf_folder_action = self._action(
            self.tr("Contacts shown, one vCard file each (for O&utlook)…"),
            lambda: export.export_list(self, RecordKind.PERSON, "vcf-folder"),
        )
        self.export_vcf_folder_action.setStatusTip(
            self.tr(
                "One .vcf file per person in a new folder: Outlook for Windows reads only "
                "the first card of a file"
            )
        )
        self.export_orgs_csv_action = self._action(
            self.tr("&Organisations shown, as CSV…"),
            lambda: export.export_list(self, RecordKind.ORGANISATION, "csv"),
        )
        self.export_ics_action = self._action(
            self.tr("&Deadlines shown, as a calendar (.ics)…"),
            lambda: export.export_list(self, RecordKind.DEADLINE, "ics"),
        )
        self.settings_action = self._action(self.tr("Settings of the &post…"), self.edit_settings)
        self.check_action = self._action(
            self.tr("&Check the database"), lambda: backup.check_database(self)
        )
        self.restore_action = self._action(
            self.tr("&Restore…"), lambda: backup.restore_backup(self)
        )
        self.lock_action = self._action(self.tr("&Lock now"), self.lock_now, "Ctrl+L")
        self.lock_action.setToolTip(
            self.tr("Hide everything until the passphrase is typed again (encrypted databases)")
        )
        self.encrypt_action = self._action(
            self.tr("&Encrypt the database…"), partial(self.change_encryption, "encrypt")
        )
        self.rekey_action = self._action(
            self.tr("&Change the passphrase…"), partial(self.change_encryption, "rekey")
        )
        self.decrypt_action = self._action(
            self.tr("&Remove the encryption…"), partial(self.change_encryption, "decrypt")
        )
        self.demo_action = self._action(
            self.tr("Load the &example data"), lambda: backup.load_example(self)
        )
        self.about_action = self._action(self.tr("&About Attaché"), self.about)
        self.about_qt_action = self._action(self.tr("About &Qt"), QApplication.aboutQt)
        self.view_actions = []
        for number, title in enumerate(self._page_titles()):
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
        for kind in NEW_RECORD_KINDS:
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
        file_menu.addActions([self.consolidate_action, self.handover_action])
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
        tools_menu.addSeparator()
        for action in (self.sync.connect_action, self.sync.sync_action, self.sync.conflicts_action):
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

    # --- records ---------------------------------------------------------------------

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

    def delete_selected(self) -> None:
        view = self.current_list()
        if view is not None:
            self.delete_records(view.kind, view.selected_ids())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if importing.dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = importing.dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        importing.import_contacts(self, path)
