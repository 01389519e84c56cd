"""The sync of the window: rounds in the background, the status bar, the menu entries.

A round runs every 5 minutes and 30 seconds after a change, always off the GUI thread
(:class:`~attache_app.gui.workers.TaskRunner`, its own connection), one at a time. The
status bar says « synchronisé il y a N min », « M modifications en attente », « hors
ligne » or the last error in one sentence; clicking it opens the conflicts when some wait.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QPushButton

from attache_app.domain.timeutil import parse_utc
from attache_app.gui.events import Events
from attache_app.gui.workers import TaskRunner
from attache_app.services.database import Store
from attache_app.services.sync_status import Status, is_connected

# The sync service (its engine, the merge, the HTTP client) is imported by the first round,
# the first status of a connected database, or the dialogs: not with the window.

OFFLINE = ("unreachable", "timeout")
"""Reasons of a failed round that mean « hors ligne » rather than an error to show."""
PERIOD_MS = 5 * 60 * 1000


@dataclasses.dataclass(frozen=True)
class _Failed:
    """A round that failed: its sentence and why (SyncError's reason)."""

    message: str
    reason: str


AFTER_CHANGE_MS = 30 * 1000


class SyncController(QObject):
    """Owns the timers, the status bar button and the two actions of Outils."""

    round_ended = Signal(object)
    """The RoundResult of a round that ended well."""
    round_failed = Signal(str)

    def __init__(
        self, store: Store, runner: TaskRunner, events: Events, window: QMainWindow
    ) -> None:
        super().__init__(window)
        self.store, self.runner, self.events, self.window = store, runner, events, window
        self.password: str | None = None
        """The password typed this session when the system has no usable keyring."""
        self.running = False
        self.offline = False
        self.status = Status(connected=is_connected(store))
        self.connect_action = QAction(self.tr("&Team sharing…"), window)
        self.connect_action.triggered.connect(lambda _checked=False: self.open_connect())
        self.conflicts_action = QAction(self.tr("&Conflicts…"), window)
        self.conflicts_action.triggered.connect(lambda _checked=False: self.open_conflicts())
        self.sync_action = QAction(self.tr("&Synchronise now"), window)
        self.sync_action.triggered.connect(lambda _checked=False: self.start())
        self.label = QPushButton(window)
        self.label.setFlat(True)
        self.label.setAccessibleName(self.tr("Team sharing"))
        self.label.clicked.connect(lambda _checked=False: self._label_clicked())
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(PERIOD_MS)
        self.timer.timeout.connect(self.start)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(AFTER_CHANGE_MS)
        self.soon.timeout.connect(self.start)
        events.records_changed.connect(self._changed)
        self.minute = QTimer(self)  # « il y a N min » stays true
        self.minute.setInterval(60 * 1000)
        self.minute.timeout.connect(self.show_status)
        self.minute.start()
        self.timer.start()
        self.show_status()
        if self.status.connected:  # else the status is known: nothing to share, nothing shown
            self._refresh()

    # --- the rounds --------------------------------------------------------------------

    def _changed(self, _kind: str) -> None:
        if self.status.connected and not self.running:
            self.soon.start()

    def start(self) -> bool:
        """One round in the background now (none when not connected or one is running)."""
        if not self.status.connected or self.running:
            return False
        self.running = True
        self.show_status()
        password = self.password

        def work(store: Store) -> Any:
            from attache_app.sync import service as sync

            try:
                return sync.sync(store, password=password)
            except sync.SyncError as error:  # with its reason: offline, or an error
                return _Failed(str(error), error.reason)

        self.runner.run(work, self._ended, self._failed)
        return True

    def _ended(self, result: Any) -> None:
        if isinstance(result, _Failed):
            self._failed(result.message, offline=result.reason in OFFLINE)
            return
        self.running = False
        self.offline = False
        self._refresh()
        if result.pulled:
            self.events.records_changed.emit("")
        self.round_ended.emit(result)

    def _failed(self, message: str, *, offline: bool = False) -> None:
        self.running = False
        self.offline = offline
        self._refresh()
        self.status.last_error = message
        self.show_status()
        self.round_failed.emit(message)

    def _refresh(self) -> None:
        def work(store: Store) -> Any:
            from attache_app.sync import service as sync

            return sync.status(store)

        def done(status: Any) -> None:
            self.status = status
            self.show_status()

        self.runner.run(work, done, lambda _message: None)

    # --- the status bar ----------------------------------------------------------------

    def status_text(self, now: dt.datetime | None = None) -> str:
        status = self.status
        if not status.connected:
            return ""
        if self.running:
            return self.tr("Synchronising…")
        if self.offline:
            text = self.tr("Offline")
        elif status.last_error:
            return "⚠ " + status.last_error
        elif status.last_sync:
            minutes = int(
                ((now or self.store.clock()) - parse_utc(status.last_sync)).total_seconds() // 60
            )
            text = self.tr("Synced %n min ago", "", max(minutes, 0))
        else:
            text = self.tr("Never synced")
        if status.waiting:
            text += " · " + self.tr("%n change(s) waiting", "", status.waiting)
        if status.conflicts:
            text += " · " + self.tr("%n conflict(s)", "", status.conflicts)
        return text

    def show_status(self) -> None:
        text = self.status_text()
        self.label.setText(text)
        self.label.setVisible(bool(text))
        why = self.status.last_error if self.offline else ""  # what « offline » means
        self.label.setToolTip("\n".join(t for t in (self.status.url, why) if t))
        self.conflicts_action.setEnabled(self.status.conflicts > 0)
        self.sync_action.setEnabled(self.status.connected and not self.running)

    def _label_clicked(self) -> None:
        if self.status.conflicts:
            self.open_conflicts()
        else:
            self.start()

    # --- dialogs -----------------------------------------------------------------------

    def open_connect(self) -> None:
        from attache_app.gui.sync.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.store, self.runner, self.status, self.window)
        if dialog.exec():
            self.password = None if dialog.remembered else dialog.password
            self.status = Status(connected=True, url=dialog.url)
            self.start()

    def open_conflicts(self) -> None:
        from attache_app.gui.sync.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.store, self.window)
        dialog.exec()
        if dialog.changed:
            self.events.records_changed.emit("")
            self.start()
