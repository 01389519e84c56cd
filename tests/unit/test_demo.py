"""The example post: realistic, deterministic, and never stale."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Deadline, Person
from attache_app.errors import AttacheError
from attache_app.services import deadlines, post, records
from attache_app.services.demo import load_demo
from attache_app.services.stats import counts
from attache_app.storage import Store, open_store
from attache_app.storage.backup import check
from tests.conftest import FIXED_NOW, fixed_clock


def test_counts_are_those_of_a_real_post(demo_store: Store) -> None:
    found = counts(demo_store)
    assert 35 <= found["organisations"] <= 50
    assert found["persons"] == 150
    assert found["notes"] == 60
    assert found["programmes"] >= 6
    assert found["interactions"] >= 20
    assert check(demo_store).ok


def test_settings_of_the_taipei_post(demo_store: Store) -> None:
    settings = post.get_settings(demo_store)
    assert settings.timezone == "Asia/Taipei"
    assert settings.phone_region == "TW"


def test_people_are_invented_with_native_names_and_example_emails(demo_store: Store) -> None:
    people = [
        p
        for p in records.get_many(
            demo_store, RecordKind.PERSON, records.list_ids(demo_store, RecordKind.PERSON)
        )
        if isinstance(p, Person)
    ]
    assert sum(1 for p in people if re.search(r"[\u4e00-\u9fff]", p.native_name)) > 60
    assert any(p.native_name.startswith("陳") for p in people)
    assert all(p.primary_email.endswith((".example.org", "@example.net")) for p in people)
    assert any(p.organisation_id is None for p in people)
    assert all(p.phones[0].e164 for p in people if p.phones)


def test_deadlines_both_past_and_upcoming(demo_store: Store) -> None:
    views = deadlines.views(demo_store, clock=fixed_clock)
    assert any(v.days_left < 0 for v in views)
    assert any(0 <= v.days_left < 7 for v in views)
    assert any(7 <= v.days_left < 60 for v in views)
    assert any(v.urgency == "overdue" for v in views)
    assert any(v.deadline.all_day for v in views)
    assert {v.deadline.programme_name for v in views} >= {
        "PHC Orchid",
        "PHC Sakura",
        "PHC Cai Yuanpei",
        "PHC Star",
        "ARCUS",
    }


def test_a_delegation_and_a_seminar(demo_store: Store) -> None:
    kinds = {
        records.get_interaction(demo_store, i).kind
        for i in records.list_ids(demo_store, RecordKind.INTERACTION)
    }
    assert {"delegation", "seminar", "meeting"} <= kinds


def test_deterministic_for_a_given_day(demo_template: Path, tmp_path: Path) -> None:
    other = tmp_path / "again.db"
    with open_store(other, create=True, clock=fixed_clock, auto_backup=False) as store:
        load_demo(store, clock=fixed_clock)
        again = [
            p.to_dict()
            for p in records.get_many(
                store, RecordKind.PERSON, records.list_ids(store, RecordKind.PERSON)
            )
        ]
    with open_store(demo_template, auto_backup=False) as store:
        first = [
            p.to_dict()
            for p in records.get_many(
                store, RecordKind.PERSON, records.list_ids(store, RecordKind.PERSON)
            )
        ]
    assert [p["display_name"] for p in again] == [p["display_name"] for p in first]


def test_dates_follow_today(tmp_path: Path) -> None:
    later = FIXED_NOW + dt.timedelta(days=400)
    path = tmp_path / "later.db"
    with open_store(path, create=True, auto_backup=False) as store:
        load_demo(store, clock=lambda: later)
        upcoming = deadlines.views(store, upcoming_days=60, clock=lambda: later)
    assert upcoming, "a demo loaded later still has upcoming deadlines"
    assert all(isinstance(v.deadline, Deadline) for v in upcoming)


def test_refuses_a_database_that_holds_records(demo_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    shutil.copyfile(demo_path, copy)
    with open_store(copy, auto_backup=False) as store:
        before = counts(store)
        with pytest.raises(AttacheError, match="already holds records"):
            load_demo(store)
        assert counts(store) == before
