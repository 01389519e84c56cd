"""Long work off the GUI thread: each task gets its own SQLite connection in a pool thread."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from shiboken6 import isValid

from attache_app.domain.timeutil import Clock, system_clock
from attache_app.errors import AttacheError
from attache_app.i18n import translate
from attache_app.services.database import DB_ERRORS, RawKey, Store, connect, database_error

log = logging.getLogger(__name__)

GIL_SWITCH_INTERVAL = 0.001
"""Seconds a thread may keep the GIL while another waits for it (Python's default: 5 ms).
Every call from Qt into Python — each cell a view paints — takes the GIL again; with a
worker reading 100,000 ids, waiting 5 ms each time added up to stalls of 100–300 ms."""


class Cancelled(AttacheError):
    """The user pressed Cancel: the work stopped and nothing was written."""


class ProgressRelay(QObject):
    """Carries progress from a worker thread to the GUI thread (queued signal)."""

    changed = Signal(int, int)


class Job:
    """Cancel flag and progress of one piece of background work: ``progress`` is handed to
    the core as its progress callback, and raises :class:`Cancelled` once Cancel is pressed."""

    def __init__(self, relay: ProgressRelay) -> None:
        self.relay = relay
        self.cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise Cancelled(translate("Task", "Cancelled: nothing was written."))
        self.relay.changed.emit(done, max(total, 1))


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class _Task(QRunnable):
    def __init__(
        self,
        path: Path | None,
        clock: Clock,
        work: Callable[[Store], Any] | None,
        key: RawKey | None = None,
        free: Callable[[], Any] | None = None,
    ) -> None:
        super().__init__()
        self._free = free
        self.free = free is not None
        """Work that opens no database (its result is delivered even while held)."""
        self._key = key
        self.signals = _Signals()
        self._path = path
        self._clock = clock
        self._work = work
        self.setAutoDelete(False)

    def run(self) -> None:
        store: Store | None = None
        try:
            if self._free is not None:  # work that needs no open database
                self._emit(self.signals.finished, self._free())
                return
            assert self._work is not None
            store = Store(
                # The database exists: if it has gone (a drive removed), say so rather
                # than create an empty one in its place.
                # An encrypted one is opened with the raw key derived when it was
                # unlocked: no key derivation per task.
                connect(self._path, key=self._key, create=False),
                self._path,
                clock=self._clock,
                key=self._key,
            )
            result = self._work(store)
        except AttacheError as error:
            self._emit(self.signals.failed, str(error))
        except DB_ERRORS as error:  # one a service did not turn into a sentence
            self._emit(self.signals.failed, str(database_error(error, self._path or ":memory:")))
        except BaseException as error:
            # Also a Rust panic from a native reader (pyo3's PanicException derives from
            # BaseException): the window is told in a sentence and goes on.
            if isinstance(error, KeyboardInterrupt | SystemExit):
                raise
            log.error("background task failed:\n%s", traceback.format_exc())
            self._emit(self.signals.failed, traceback.format_exc(limit=1).strip().splitlines()[-1])
        else:
            self._emit(self.signals.finished, result)
        finally:
            if store is not None:
                store.close_connection()

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        """Deliver the result, unless the window that asked for it is already gone."""
        try:
            signal.emit(value)
        except RuntimeError:
            log.debug("result of a background task dropped: its receiver was deleted")


class TaskRunner(QObject):
    """Runs ``work(store)`` in the thread pool and calls back on the GUI thread."""

    task_failed = Signal(str)
    """A task without its own failure callback failed (the window says it)."""

    def __init__(self, store: Store | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if sys.getswitchinterval() > GIL_SWITCH_INTERVAL:
            sys.setswitchinterval(GIL_SWITCH_INTERVAL)
        self._store = store
        self._pool = QThreadPool.globalInstance()
        self._running: set[_Task] = set()
        self._stopped = False
        self._holding = False
        self._deferred: list[Callable[[], None]] = []
        self._held: list[tuple[Callable[[Store], Any], Callable[[Any], None], Any]] = []
        self._soon = 0

    def stop(self) -> None:
        """Deliver no more results: the window is closing and its database with it."""
        self._stopped = True

    def run(
        self,
        work: Callable[[Store], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        assert self._store is not None, "this runner has no database: use run_free"
        key = self._store.key
        if self._holding or (key is not None and key.wiped):
            # Locked: the key is gone from memory; the task runs once it is unlocked. Or
            # the file is being replaced (a restore): the task runs on the new one.
            self._held.append((work, done, failed))
            return
        self._start(_Task(self._store.path, self._store.clock, work, self._store.key),
                    done, failed)  # fmt: skip

    def run_free(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Like :meth:`run`, for work that opens no database (converting the file)."""
        self._start(_Task(None, system_clock, None, None, free=work), done, failed)

    def _start(
        self,
        task: _Task,
        done: Callable[[Any], None],
        failed: Callable[[str], None] | None,
    ) -> None:
        self._running.add(task)

        def finish(result: object) -> None:
            self._running.discard(task)
            # The window that asked may be gone, or closing (its database about to close).
            if isValid(self) and not self._stopped:
                if self._holding and not task.free:  # its window may read: not now
                    self._deferred.append(lambda: done(result))
                    return
                done(result)

        def fail(message: str) -> None:
            self._running.discard(task)
            if not isValid(self) or self._stopped:
                return
            if self._holding and not task.free:
                self._deferred.append(lambda: fail(message))
                return
            if failed is not None:
                failed(message)
            else:
                self.task_failed.emit(message)

        task.signals.finished.connect(finish)
        task.signals.failed.connect(fail)
        self._pool.start(task)

    def resume(self) -> None:
        """Run the tasks held while the window was locked (those asked while the runner
        holds them are held again)."""
        held, self._held = self._held, []
        for work, done, failed in held:
            self.run(work, done, failed)

    def hold(self, msecs: int = 30_000) -> None:
        """Start no task on the database until :meth:`release` (they are kept, then run),
        and wait up to ``msecs`` for those running: their connections are closed when
        this returns (a restore needs the file alone). Their results, and those of tasks
        asked meanwhile, are delivered at the release (their callbacks may read the
        database). :meth:`run_free` still runs, and delivers."""
        self._holding = True
        self.wait(msecs)

    def release(self) -> None:
        """Deliver the results that arrived since :meth:`hold`, then run the tasks held."""
        self._holding = False
        deferred, self._deferred = self._deferred, []
        for deliver in deferred:
            deliver()
        self.resume()

    def soon(self, work: Callable[[], None]) -> None:
        """Call ``work`` on the GUI thread at the next turn of the event loop (once the
        events waiting now are handled). :meth:`busy` counts it until then, so that
        waiting for the window to be loaded waits for it too."""
        done = self.expect()

        def call() -> None:
            done()
            if not self._stopped:
                work()

        QTimer.singleShot(0, self, call)  # never called once the runner is deleted

    def expect(self) -> Callable[[], None]:
        """Count as :meth:`busy` until the function returned is called (once): work that
        will start when something happens (the window's first paint)."""
        self._soon += 1
        called = [False]

        def done() -> None:
            if not called[0]:
                called[0] = True
                self._soon -= 1

        return done

    def busy(self) -> bool:
        """Whether a task runs, or work is waiting for its turn (:meth:`soon`)."""
        return bool(self._running) or self._soon > 0

    def wait(self, msecs: int = 5000) -> bool:
        return bool(self._pool.waitForDone(msecs))
