"""The pages of the window other than the dashboard, built when first needed
(:mod:`attache_app.gui.lazy_pages`): a list of records, and the deadlines beside the
programmes. Their modules are imported here, by the first page built, not with the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QWidget

from attache_app.domain.enums import RecordKind
from attache_app.gui.shell import Shell

if TYPE_CHECKING:
    from attache_app.gui.views.deadlines import DeadlinesPage
    from attache_app.gui.views.record_list import RecordListView


def list_view(
    window: Shell, kind: RecordKind, delete: Callable[[RecordKind, list[int]], None]
) -> RecordListView:
    """The list of the records of ``kind``, tied to the window (``delete``: its « Delete
    these records », which asks first); its rows are asked for."""
    from attache_app.gui.operations import erase, export
    from attache_app.gui.views.record_list import RecordListView

    view = RecordListView(window.store, kind, window.runner, window.preferences, window.post_tz)
    view.open_requested.connect(window.open_record)
    view.new_requested.connect(lambda k: window.new_record(RecordKind(k)))
    view.delete_requested.connect(lambda k, ids: delete(RecordKind(k), ids))
    view.tag_requested.connect(lambda k, ids: window.tag_records(RecordKind(k), ids))
    view.export_requested.connect(
        lambda k, fmt, ids: export.export_list(window, RecordKind(k), fmt, ids=ids)
    )
    view.privacy_requested.connect(
        lambda what, person_id: (
            erase.export_person_data(window, person_id)
            if what == "access"
            else erase.erase_person(window, person_id)
        )
    )
    view.filter_box.installEventFilter(window.undo_keys)
    window.lists.add(view)
    view.refresh()
    return view


def deadlines_page(window: Shell, deadlines: RecordListView) -> DeadlinesPage:
    """The deadlines' page: the programmes and their calls beside the list ``deadlines``."""
    from attache_app.gui.views.deadlines import DeadlinesPage

    page = DeadlinesPage(window.store, deadlines, window.events)
    page.undoable.connect(window.undo_stack.push)
    page.open_requested.connect(window.open_record)
    page.changed.connect(window.events.records_changed.emit)
    page.status_message.connect(lambda text: window.show_message(text, 10_000))
    page.new_programme_requested.connect(lambda: window.new_record(RecordKind.PROGRAMME))
    state = window.preferences.splitter("deadlines")
    if state is not None:
        page.splitter.restoreState(state)
    return page


def put(stack: QStackedWidget, number: int, page: QWidget) -> None:
    """``page`` in the place of the empty widget that held page ``number``."""
    placeholder = stack.widget(number)
    stack.insertWidget(number, page)
    if placeholder is not None:
        stack.removeWidget(placeholder)
        placeholder.deleteLater()
