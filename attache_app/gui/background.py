"""The one way long work runs in the application: a :class:`Background` piece of work, most
often shown as an :class:`Operation`.

:class:`Background` is the mechanism itself: the work in the thread pool on its own SQLite
connection, its progress carried to the GUI thread, Cancel as a flag the core's progress
callback checks, the outcome called back on the GUI thread. :class:`Operation` shows one
under a progress dialog; the import wizard shows its steps (reading, planning, writing)
under its own progress bar, with its own Cancel — the same mechanism underneath.

An operation is a use case of the core run in the thread pool (on its own SQLite connection,
through :class:`~attache_app.gui.workers.TaskRunner`), under a progress dialog with Cancel
that shows itself after 300 ms, with a success and a failure callback called back on the GUI
thread — Anki's ``aqt/operations``. A failure always reaches the user: by the caller's
failure callback, or else by a message box saying why. Cancel stops the work at its next
progress step (the core's transaction rolls back) and says nothing more.

:func:`wait_for` is the same thing for the few moments where there is no window to go back to
(converting or upgrading the database file before it is opened): the caller waits for the
result while the event loop keeps the screen painted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from attache_app.gui.workers import Job, ProgressRelay, TaskRunner
from attache_app.services.database import Store

T = TypeVar("T")
Progress = Callable[[int, int], None]
"""(done, total); raises :class:`~attache_app.gui.workers.Cancelled` once Cancel is pressed."""


class Background(QObject):
    """``work(store, job)`` started at once in the thread pool (or ``free(job)``, which opens
    no database). ``progress(done, total)`` is called on the GUI thread as the work reports
    it through ``job.progress``; :meth:`cancel` makes that call raise
    :class:`~attache_app.gui.workers.Cancelled` at the work's next step (its transaction
    rolls back). ``finished(result)`` or ``failed(message)`` is called on the GUI thread
    when the work ends, cancelled or not (:meth:`cancelled` says which)."""

    def __init__(
        self,
        runner: TaskRunner,
        work: Callable[[Store, Job], Any] | None,
        finished: Callable[[Any], None],
        failed: Callable[[str], None],
        *,
        progress: Callable[[int, int], None] | None = None,
        free: Callable[[Job], Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.relay = ProgressRelay(self)
        if progress is not None:  # connected before the work can report anything
            self.relay.changed.connect(progress)
        self.job = Job(self.relay)
        self.ended = False
        self._finished, self._failed = finished, failed
        job = self.job
        if free is not None:
            runner.run_free(lambda: free(job), self._done, self._fail)
        else:
            assert work is not None
            runner.run(lambda store: work(store, job), self._done, self._fail)

    def busy(self) -> bool:
        return not self.ended

    def cancel(self) -> None:
        """Stop the work at its next progress step; nothing it was writing is kept."""
        if not self.ended:
            self.job.cancel.set()

    def cancelled(self) -> bool:
        return self.job.cancel.is_set()

    def _done(self, result: object) -> None:
        self.ended = True
        self._finished(result)

    def _fail(self, message: str) -> None:
        self.ended = True
        self._failed(message)


class Operation(QProgressDialog, Generic[T]):
    """``work(store, progress)`` in the thread pool, with a progress bar and Cancel.

    ``success(result)`` or ``failure(message)`` is called on the GUI thread when it ends; with
    no failure callback, the message is shown in a warning box (``failure_box``). A cancelled
    operation calls neither.
    """

    def __init__(
        self,
        parent: QWidget | None,
        runner: TaskRunner,
        title: str,
        work: Callable[[Store, Progress], T],
        *,
        text: str = "",
        success: Callable[[T], None] | None = None,
        failure: Callable[[str], None] | None = None,
        cancellable: bool = True,
        free: Callable[[Progress], T] | None = None,
    ) -> None:
        super().__init__(text or title, self.tr("Cancel"), 0, 0, parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(300)
        self.setAutoClose(False)
        self.setAutoReset(False)
        if not cancellable:
            self.setCancelButton(None)
        self.title = title
        self.outcome: T | None = None
        self.error = ""
        self.succeeded = False
        self.failure_box: QMessageBox | None = None
        self._ended = False
        self._success = success
        self._failure = failure
        self.canceled.connect(self._cancel_pressed)
        self.background = Background(
            runner,
            lambda store, job: work(store, job.progress),
            self._finished,
            self._failed,
            progress=self._show_progress,
            free=None if free is None else (lambda job: free(job.progress)),
            parent=self,
        )
        self.relay, self.job = self.background.relay, self.background.job

    # --- state -------------------------------------------------------------------------

    def busy(self) -> bool:
        return not self._ended

    def cancelled(self) -> bool:
        return self.job.cancel.is_set()

    def cancel(self) -> None:
        """Stop the work at its next step; nothing it was writing is kept."""
        if not self._ended:
            self.job.cancel.set()
        super().cancel()

    def _cancel_pressed(self) -> None:
        # QProgressDialog also emits ``canceled`` when it is closed: once the work has
        # ended, that is not the user pressing Cancel.
        if not self._ended:
            self.job.cancel.set()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._ended:
            event.accept()
            return
        super().closeEvent(event)  # the window's close button is Cancel

    # --- outcome -----------------------------------------------------------------------

    def _show_progress(self, done: int, total: int) -> None:
        if not self._ended:
            self.setMaximum(total)
            self.setValue(done)

    def _end(self) -> None:
        self._ended = True
        self.reset()
        self.hide()

    def _finished(self, result: object) -> None:
        cancelled = self.cancelled()
        self._end()
        if cancelled:  # only work that stops or only reads offers Cancel
            return
        self.outcome = result  # type: ignore[assignment]
        self.succeeded = True
        if self._success is not None:
            self._success(result)  # type: ignore[arg-type]

    def _failed(self, message: str) -> None:
        cancelled = self.cancelled()
        self._end()
        self.error = message
        if cancelled:
            return
        if self._failure is not None:
            self._failure(message)
        else:
            self.failure_box = show_failure(self.parentWidget(), self.title, message)


def show_failure(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """A warning that does not block the caller (the user reads it when they want)."""
    ok = QMessageBox.StandardButton.Ok
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAccessibleName(title)
    box.open()
    return box


def run(
    parent: QWidget | None,
    runner: TaskRunner,
    title: str,
    work: Callable[[Store, Progress], T],
    **options: Any,
) -> Operation[T]:
    """Start ``work`` as an operation (see :class:`Operation` for the options)."""
    return Operation(parent, runner, title, work, **options)


def wait_for(parent: QWidget | None, title: str, text: str, work: Callable[[], T]) -> T:
    """Run ``work`` (which needs no open database) as an operation without Cancel and wait
    for it, the screen kept painted; its result is returned, its failure raised here."""
    runner = TaskRunner(None, parent)
    outcome: list[Any] = []
    failure: list[BaseException] = []
    loop = QEventLoop()

    def free(_progress: Progress) -> T:
        try:
            return work()
        except BaseException as caught:  # handed back to the caller on the GUI thread
            failure.append(caught)
            raise

    def done(result: T) -> None:
        outcome.append(result)
        loop.quit()

    def failed(_message: str) -> None:
        loop.quit()

    operation: Operation[T] = Operation(
        parent,
        runner,
        title,
        _no_store_work,
        text=text,
        success=done,
        failure=failed,
        cancellable=False,
        free=free,
    )
    if operation.busy():
        loop.exec()
    runner.stop()
    runner.deleteLater()
    if failure:
        raise failure[0]
    return outcome[0]  # type: ignore[no-any-return]


def _no_store_work(_store: Store, _progress: Progress) -> Any:
    raise TypeError("an operation run with free= does not open the database")
