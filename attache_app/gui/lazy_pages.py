"""What the window does once it is on screen rather than before: its pages other than
the first, each built the first time it is needed, and the work the first page does not
need.

At start-up the window builds only the page it opens on (the dashboard, or the page shown
when it was last closed); the others are built once the window is painted, one per turn of
the event loop (so that it stays responsive), or at once when something asks for one first
— the user opening it, a record opened from the search, ``window.lists[kind]``. Building
every page before the first paint was a fifth of the start-up (issue 18).

This module knows nothing of the main window (no import of it): the window gives the
function that builds a page, and adds each list view it builds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from attache_app.domain.enums import RecordKind

if TYPE_CHECKING:
    from attache_app.gui.views.record_list import RecordListView
    from attache_app.gui.workers import TaskRunner


class AfterFirstPaint(QObject):
    """Calls ``then`` once ``window`` is on screen: at the turn of the event loop after
    its first exposure (the expose event is where it is painted), so that nothing else
    delays the first paint. A window that is not shown (a test, the screenshots) calls
    it at the next turn. Until then the runner counts as busy (``TaskRunner.busy``)."""

    def __init__(self, window: QWidget, runner: TaskRunner, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._then = then
        self._done = runner.expect()
        runner.soon(self._check)

    def _check(self) -> None:
        handle = self._window.windowHandle()
        if self._window.isVisible() and handle is not None and not handle.isExposed():
            handle.installEventFilter(self)  # the expose event: see eventFilter
            return
        self._go()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose:
            watched.removeEventFilter(self)
            self._go()  # posted: it runs after this event has painted the window
        return False

    def _go(self) -> None:
        self._runner.soon(self._then)
        self._done()


class LazyPages:
    """Which of the window's pages are built; :meth:`ensure` builds one when needed."""

    def __init__(self, count: int, build: Callable[[int], None]) -> None:
        self.count = count
        self._build = build
        self._built: set[int] = set()

    def ensure(self, number: int) -> None:
        """Build page ``number`` unless it is built (or being built) already."""
        if 0 <= number < self.count and number not in self._built:
            self._built.add(number)
            self._build(number)

    def is_built(self, number: int) -> bool:
        return number in self._built

    def waiting(self) -> list[int]:
        """The pages not built yet, in navigation order."""
        return [number for number in range(self.count) if number not in self._built]


class ListViews(Mapping[RecordKind, "RecordListView"]):
    """The list views by the kind they list. Asking for one builds its page first; to
    reach every list already built without building the others, use :meth:`built`."""

    def __init__(self, pages: LazyPages, page_kinds: Sequence[RecordKind | None]) -> None:
        self._pages = pages
        self._page_of = {kind: n for n, kind in enumerate(page_kinds) if kind is not None}
        self._views: dict[RecordKind, RecordListView] = {}

    def add(self, view: RecordListView) -> None:
        """The window built ``view`` (in its page)."""
        self._views[view.kind] = view

    def built(self) -> list[RecordListView]:
        """The list views built so far (what a change of the data must refresh: a list
        built later reads the data as it is then)."""
        return list(self._views.values())

    def __getitem__(self, kind: RecordKind) -> RecordListView:
        if kind not in self._views and kind in self._page_of:
            self._pages.ensure(self._page_of[kind])
        return self._views[kind]  # KeyError for a kind without a list (programmes)

    def __iter__(self) -> Iterator[RecordKind]:
        return iter(self._page_of)

    def __len__(self) -> int:
        return len(self._page_of)
