"""The main window as the workflows see it: the open database, the task runner, the events
and the undo history, the pages and lists, navigation, the records (open, new, tag), the
window's state, and what the menus call that is not a workflow of its own.

:class:`~attache_app.gui.main_window.MainWindow` derives from :class:`Shell` and only builds
it (pages, actions, menus). Each workflow (``gui/operations/``: export, erase, backup and
restore, encryption, import) is a module of functions taking the shell, so that no
operation module imports the window that calls it (import-linter's acyclic contract).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QListWidget,
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
from attache_app.gui.events import Events
from attache_app.gui.kinds import DEADLINES_PAGE, PAGE_KINDS, editor_class
from attache_app.gui.lazy_pages import LazyPages, ListViews
from attache_app.gui.preferences import Preferences
from attache_app.gui.screen import fitted
from attache_app.gui.undo import (
    DeleteCommand,
    PostSettingsCommand,
    ReminderCommand,
    SaveCommand,
    TagCommand,
    WindowUndoKeys,
)
from attache_app.gui.views.dashboard import DashboardView
from attache_app.gui.widgets.search_popup import SearchPopup
from attache_app.gui.workers import TaskRunner
from attache_app.i18n import translate
from attache_app.services import post, records, reminders
from attache_app.services.database import Store
from attache_app.services.records import Record
from attache_app.services.stats import counts

# The editors and the dialogs are imported when first opened, not with the window: the
# start-up imports what the first page needs (tests/gui/test_startup_imports.py).
if TYPE_CHECKING:
    from attache_app.gui.dialogs.editor import RecordEditor
    from attache_app.gui.dialogs.export_dialogs import ExportRun
    from attache_app.gui.idle_lock import IdleLock
    from attache_app.gui.notifier import ReminderNotifier
    from attache_app.gui.views.deadlines import DeadlinesPage
    from attache_app.gui.views.record_list import RecordListView


class Shell(QMainWindow):
    """What every workflow needs of the window (built by ``MainWindow.__init__``)."""

    language_change_requested = Signal(str)
    database_change_requested = Signal(str)
    encryption_change_requested = Signal(str, str)
    """(change, new passphrase): the application closes this window and converts the file
    (gui/operations/encryption.py)."""

    store: Store
    preferences: Preferences
    runner: TaskRunner
    events: Events
    undo_stack: QUndoStack
    navigation: QListWidget
    pages: QStackedWidget
    splitter: QSplitter
    dashboard: DashboardView
    page_state: LazyPages
    lists: ListViews
    _deadlines_page: DeadlinesPage
    search_popup: SearchPopup
    undo_keys: WindowUndoKeys
    notifier: ReminderNotifier
    idle_lock: IdleLock | None
    columns_menu: QMenu
    tag_action: QAction
    delete_action: QAction
    language_actions: dict[str, QAction]
    lock_choices: dict[int, QAction]
    check_result: QMessageBox | None
    """The last « Vérifier la base » answer (kept for the tests and the screenshots)."""
    last_export: ExportRun | None
    """The last export started (its progress dialog, its outcome)."""
    failure_box: QMessageBox
    _last_failure: str
    _post_tz: str

    def post_tz(self) -> str:
        """The post's time zone, as the lists and the dashboard show dates in it."""
        return self._post_tz

    def reload_post_settings(self) -> None:
        self._post_tz = post.get_settings(self.store).timezone

    def post_name(self) -> str:
        """The post's short name, for the names of exported files."""
        return post.get_settings(self.store).post_name.split("—")[0].strip() or "Attache"

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

    def _start_watchers(self) -> None:
        """The reminders' notifier, and the idle lock of an encrypted database."""
        from attache_app.gui.notifier import ReminderNotifier

        self.notifier = ReminderNotifier(self.store, self.runner, self, self.windowIcon())
        self.notifier.open_requested.connect(self._show_reminders)
        self.notifier.notified.connect(lambda _due: self.dashboard.refresh())
        self.notifier.start()
        self.idle_lock = None
        if self.store.key is not None and self.store.path is not None:
            from attache_app.gui.idle_lock import IdleLock

            self.idle_lock = IdleLock(
                self, self.store.path, self.store.key, self.preferences.lock_minutes()
            )
            self.idle_lock.unlocked.connect(self.runner.resume)

    def show_message(self, text: str, milliseconds: int = 0) -> None:
        """One line in the status bar (for ``milliseconds``; 0: until the next one)."""
        self.statusBar().showMessage(text, milliseconds)

    def background_failed(self, message: str) -> None:
        """A list, the dashboard or a search could not read the database (its drive removed,
        the disk failing…): say it once, in a message and in the status bar; the window
        goes on with what it shows."""
        self.statusBar().showMessage("⚠ " + message)
        if message == self._last_failure:
            return
        self._last_failure = message
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("MainWindow", "Database"),
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
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

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        view = self.current_list()
        if view is None:
            self.columns_menu.addAction(
                translate("MainWindow", "(no list on this page)")
            ).setEnabled(False)
            return
        for action in view.column_actions(self.columns_menu):
            self.columns_menu.addAction(action)

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
        self.show_page(min(max(self.preferences.last_view, 0), len(PAGE_KINDS) - 1))

    def save_state(self) -> None:
        self.preferences.set_geometry(self.saveGeometry())
        self.preferences.set_window_state(self.saveState())
        self.preferences.set_splitter("main", self.splitter.saveState())
        if self.page_state.is_built(DEADLINES_PAGE):  # else its splitter is as it was saved
            self.preferences.set_splitter("deadlines", self._deadlines_page.splitter.saveState())
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

    def show_page(self, number: int) -> None:
        self.navigation.setCurrentRow(number)

    @property
    def deadlines_page(self) -> DeadlinesPage:
        """The page of the deadlines and programmes (built if it was not yet)."""
        self.page_state.ensure(DEADLINES_PAGE)
        return self._deadlines_page

    def build_next_page(self) -> None:
        """Build the next page not built yet, then the others, one per turn of the event
        loop (each ready before it is asked for, the window answering between them); then
        freeze the start-up's objects for the garbage collector and warm the editors up
        (gui/warm_up.py)."""
        waiting = self.page_state.waiting()
        if waiting:
            self.page_state.ensure(waiting[0])
            self.runner.soon(self.build_next_page)
        else:
            from attache_app.gui import warm_up

            warm_up.freeze_start_up()
            warm_up.start(self.runner)

    def _page_changed(self, number: int) -> None:
        self.page_state.ensure(number)
        self.pages.setCurrentIndex(number)
        if number == DEADLINES_PAGE:
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
        for view in self.lists.built():  # a page built later reads the data then
            view.records_changed(kind)
        if self.page_state.is_built(DEADLINES_PAGE):
            self._deadlines_page.records_changed(kind)
        self.dashboard.records_changed(kind)
        self._update_status()

    def _update_status(self) -> None:
        """The counts in the status bar, counted in a worker (a scan of each table)."""
        shown = self.statusBar().currentMessage()

        def done(found: dict[str, int]) -> None:
            if self.statusBar().currentMessage() not in ("", shown):
                return  # a message said meanwhile (« erased », « restored ») stays
            persons, orgs = found["persons"], found["organisations"]
            notes, deadlines = found["notes"], found["deadlines"]
            counts = [
                translate("MainWindow", "%n person(s)", "", persons),
                translate("MainWindow", "%n organisation(s)", "", orgs),
                translate("MainWindow", "%n note(s)", "", notes),
                translate("MainWindow", "%n deadline(s)", "", deadlines),
            ]
            self.statusBar().showMessage(
                translate("MainWindow", "{path} — {counts}").format(
                    path=self.store.path, counts=", ".join(counts)
                )
            )

        self.runner.run(counts, done)

    def editor_for(self, kind: RecordKind, record: Record | None) -> RecordEditor:
        editor = editor_class(kind)(self.store, record, self)
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
            QMessageBox.information(self, translate("MainWindow", "Attaché"), str(error))
            return None
        page = PAGE_KINDS.index(record_kind) if record_kind in PAGE_KINDS else DEADLINES_PAGE
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
        shown = kind is RecordKind.DEADLINE and self.current_kind() is kind
        programme = self.deadlines_page.selected_programme() if shown else None
        if programme:
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

    def run_command(self, command: DeleteCommand | TagCommand | SaveCommand) -> None:
        try:
            self.undo_stack.push(command)
        except AttacheError as error:
            QMessageBox.warning(self, translate("MainWindow", "Attaché"), str(error))

    def tag_selected(self) -> None:
        view = self.current_list()
        if view is not None:
            self.tag_records(view.kind, view.selected_ids())

    def tag_records(self, kind: RecordKind, ids: list[int]) -> None:
        if not ids or kind not in (RecordKind.PERSON, RecordKind.ORGANISATION):
            return
        from attache_app.gui.dialogs.tag_dialog import TagDialog

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

    def open_search(self) -> None:
        self.search_popup.open_search()

    def focus_filter(self) -> None:
        view = self.current_list()
        if view is not None:
            view.focus_filter()
        else:
            self.open_search()

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
        from attache_app.gui.dialogs.post_settings import PostSettingsDialog

        before = post.get_settings(self.store)
        if PostSettingsDialog(self.store, parent=self).exec():
            after = post.get_settings(self.store)
            if after != before:
                self.undo_stack.push(PostSettingsCommand(self.store, self.events, before, after))
            self.reload_post_settings()
            self.events.records_changed.emit("")

    def open_database(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open a database"),
            str(Path(self.store.path or ".").parent),
            translate("MainWindow", "Attaché databases (*.db);;All files (*)"),
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
            translate("MainWindow", "About Attaché"),
            translate(
                "MainWindow",
                "<h3>Attaché {version}</h3><p>Contacts, technology watch and programme "
                "deadlines for the science and technology attachés of French embassies.</p>"
                "<p>Your data stays on this computer: {path}</p>",
            ).format(version=__version__, path=self.store.path),
        )

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
