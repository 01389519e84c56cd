"""Reminder notifications: a system-tray message when a reminder falls due while Attaché runs,
and at start-up for those that fell due while it was closed.

Every minute the due reminders not yet shown are looked up in a worker; each is shown once
(remembered in the database), again only after a snooze. Where the desktop has no system
tray (or offscreen), the message goes to the status bar and the dashboard lists it anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

from attache_app.gui.workers import TaskRunner
from attache_app.i18n import translate
from attache_app.services import reminders
from attache_app.services.database import Store
from attache_app.services.reminders import Reminder

CHECK_EVERY_MS = 60_000


class ReminderNotifier(QObject):
    notified = Signal(list)
    """The reminders just shown (a list of :class:`Reminder`)."""
    open_requested = Signal()

    def __init__(self, store: Store, runner: TaskRunner, window: QMainWindow, icon: QIcon) -> None:
        super().__init__(window)
        self.store = store
        self.runner = runner
        self.window = window
        self._checking = False
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("Attaché")
            menu = QMenu(window)
            show = QAction(translate("Notifier", "Open Attaché"), menu)
            show.triggered.connect(self.open_requested.emit)
            menu.addAction(show)
            self.tray.setContextMenu(menu)
            self.tray.messageClicked.connect(self.open_requested.emit)
            self.tray.activated.connect(lambda _reason: self.open_requested.emit())
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        """Show what fell due while Attaché was closed, then check every minute."""
        self.check_now()
        self.timer.start()

    def check_now(self) -> None:
        if self._checking:
            return
        self._checking = True
        clock = self.store.clock

        def work(store: Store) -> list[Reminder]:
            due = reminders.to_notify(store, clock=clock)
            if due:
                reminders.mark_notified(store, due, clock=clock)
            return due

        def done(result: object) -> None:
            self._checking = False
            assert isinstance(result, list)
            if result:
                self.show(result)

        def failed(_message: str) -> None:
            self._checking = False

        self.runner.run(work, done, failed)

    def show(self, due: list[Reminder]) -> None:
        if len(due) == 1:
            title = translate("Notifier", "Deadline reminder")
            text = due[0].message()
        else:
            title = translate("Notifier", "{count} deadline reminders").format(count=len(due))
            text = "\n".join(r.message() for r in due[:5])
            if len(due) > 5:
                text += "\n…"
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 15_000)
        status = self.window.statusBar()
        status.showMessage(f"{title} — {due[0].message()}", 30_000)
        self.notified.emit(due)
