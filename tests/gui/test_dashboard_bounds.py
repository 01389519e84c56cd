"""The dashboard lists a bounded number of lines, whatever the size of the post (4,242
deadlines and 14,895 lines of suspected duplicates froze the window at each refresh)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from attache_app.domain.models import Deadline
from attache_app.gui.main_window import MainWindow
from attache_app.gui.views import dashboard as view
from attache_app.services.dashboard import DuplicateGroup
from attache_app.services.deadlines import DeadlineView
from tests.gui.conftest import settle


def _views(urgencies: list[str]) -> list[DeadlineView]:
    return [
        DeadlineView(Deadline(id=n, title=f"D{n}"), "", "", n, urgency)
        for n, urgency in enumerate(urgencies)
    ]


@given(
    overdue=st.integers(min_value=0, max_value=400),
    coming=st.integers(min_value=0, max_value=400),
)
def test_the_nearest_overdue_and_the_first_coming_are_shown(overdue: int, coming: int) -> None:
    views = _views(["overdue"] * overdue + ["week"] * coming)  # in date order, as built
    shown = view.shown_deadlines(views)
    ids = [v.days_left for v in shown]  # the position in date order
    assert len(shown) == min(len(views), view.DEADLINES_SHOWN)
    assert ids == sorted(ids)  # still in date order
    shown_overdue = [i for i in ids if i < overdue]
    shown_coming = [i for i in ids if i >= overdue]
    # The overdue ones kept are the latest, the coming ones the first: no gap inside each.
    assert shown_overdue == list(range(overdue - len(shown_overdue), overdue))
    assert shown_coming == list(range(overdue, overdue + len(shown_coming)))
    if len(views) > view.DEADLINES_SHOWN:
        # Coming deadlines never give up more than a third of the list to overdue ones.
        assert len(shown_coming) >= min(coming, view.DEADLINES_SHOWN * 2 // 3)


def test_the_dashboard_says_how_many_more(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = window.dashboard.data
    assert data is not None and len(data.deadlines) > 5
    monkeypatch.setattr(view, "DEADLINES_SHOWN", 5)
    monkeypatch.setattr(view, "GROUP_SHOWN", 1)
    many = dataclasses.replace(data, duplicates=[DuplicateGroup("name", "chen ya-ting", (1, 2, 3))])
    window.dashboard.show_data(many)
    tree = window.dashboard.deadlines
    assert tree.topLevelItemCount() == 6
    last = tree.topLevelItem(5)
    assert last is not None
    assert last.text(4) == f"… and {len(data.deadlines) - 5} more on the Deadlines page"
    texts = [
        item.text(0)
        for n in range(window.dashboard.attention.topLevelItemCount())
        if (item := window.dashboard.attention.topLevelItem(n)) is not None
    ]
    assert "   … and 2 more" in texts
    window.dashboard.refresh()
    settle(qtbot, window)
