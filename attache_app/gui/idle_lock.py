"""The lock of an encrypted database's window after a time without use (the key wiped,
the data hidden, the background work held until the passphrase is typed again).

Apart from the passphrase dialogs (gui/dialogs/passphrase.py, imported when the window
locks): the lock is made with the window, and those dialogs' module is not needed before
its first paint."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QTabletEvent, QTouchEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from attache_app.errors import AttacheError
from attache_app.services import encryption

_INPUT_EVENTS = (QKeyEvent, QMouseEvent, QWheelEvent, QTouchEvent, QTabletEvent)
"""What a user does (PySide gives an event filter the event's own class): not the hover
and enter events Qt makes when a window appears under a still pointer."""


class IdleLock(QObject):
    """Locks the window after ``minutes`` without keyboard or mouse input (0: never).

    Locking hides the data, wipes the database's raw key from memory and holds the
    background tasks; typing the passphrase derives the key again (once) and goes on."""

    unlocked = Signal()
    MINUTE_MS = 60_000
    """A minute of the timer (the tests make it shorter: no test waits 15 minutes)."""

    def __init__(
        self, window: QMainWindow, path: Path, key: encryption.RawKey, minutes: int
    ) -> None:
        super().__init__(window)
        self.window = window
        self.path = path
        self.key = key
        self.locked = False
        self.watching = False
        self.stepped_aside = False
        """Whether the input filter is off for a few seconds after seeing input."""
        self._counting = False
        """Whether input starts the count again (a limit is set and the window is open)."""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # To the millisecond: a coarse timer of 15 minutes may be 45 s early or late.
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes)

    def watch_input(self) -> None:
        """Start the count again when the user types, clicks, scrolls, moves the mouse or
        touches the screen, in any window of the application. Called once the window is
        on screen.

        An application-wide event filter sees every event of the application — thousands
        when a dialog opens — and each one calls into Python: seen for every event, it
        made opening an editor three times slower. So the filter looks at an event's class
        only (no enum conversion), and once it has seen input it steps aside for a few
        seconds (:meth:`_pause`): the count starts again when it comes back, so the window
        locks at most that long after the limit, never before."""
        if self.watching:
            return
        app = QApplication.instance()
        if app is None:
            return
        app.installEventFilter(self)
        self.watching = True

    @property
    def pause_ms(self) -> int:
        """How long the filter steps aside after seeing input: 5 s (a twelfth of a
        minute of the timer, for the tests' short minutes)."""
        return min(5_000, self.MINUTE_MS // 12)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self._counting = minutes > 0 and not self.locked
        if minutes > 0:
            self.timer.start(minutes * self.MINUTE_MS)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here while watching: the cheapest test.
        if self._counting and isinstance(event, _INPUT_EVENTS):
            self.timer.start()
            self._pause()
        return False

    def _pause(self) -> None:
        app = QApplication.instance()
        if app is None:
            return
        app.removeEventFilter(self)
        self.stepped_aside = True
        QTimer.singleShot(self.pause_ms, self, self._resume)

    def _resume(self) -> None:
        app = QApplication.instance()
        if app is None:
            return
        app.installEventFilter(self)
        self.stepped_aside = False
        if self._counting:
            self.timer.start()  # input may have come meanwhile: never lock early

    def check(self, text: str) -> bool:
        """Whether ``text`` is the passphrase; when locked, a right one brings the key
        back (one key derivation)."""
        if not self.key.wiped:
            return encryption.matches(self.path, self.key, text)
        try:
            found = encryption.unlock(self.path, text)
        except AttacheError:
            return False
        self.key.load(found)
        found.wipe()
        return True

    def lock(self) -> None:
        """Hide the data, forget the key and ask for the passphrase until it is given."""
        if self.locked:
            return
        self.locked = True
        self._counting = False
        self.timer.stop()
        self.key.wipe()
        central = self.window.centralWidget()
        if central is not None:
            central.hide()
        self.window.menuBar().setEnabled(False)
        self._ask("")

    def _ask(self, message: str) -> None:
        from attache_app.gui.dialogs.passphrase import PassphraseDialog

        self.dialog = PassphraseDialog(self.path, message, self.window, unlock=True)
        self.dialog.finished.connect(self._answered)
        self.dialog.open()

    def _answered(self, _result: int) -> None:
        text = self.dialog.passphrase.text()
        if not self.check(text):
            self._ask(QCoreApplication.translate("PassphraseDialog", "This is not the passphrase."))
            return
        central = self.window.centralWidget()
        if central is not None:
            central.show()
        self.window.menuBar().setEnabled(True)
        self.locked = False
        self.set_minutes(self.minutes)
        self.unlocked.emit()
