"""The programme calendar: the shipped catalogue, next year's call from a template, reminders
walked through time with an injected clock, applications counted in the report."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import pytest
from python_calamine import CalamineWorkbook

from attache_app.domain.countries import is_country
from attache_app.domain.enums import ProgrammeKind, StageKind
from attache_app.domain.models import Application, Call, Deadline, Programme
from attache_app.errors import AttacheError, ValidationError
from attache_app.resources import resource_path
from attache_app.services import exports, post, programmes, records, reminders
from attache_app.storage import Store
from attache_app.storage import programmes as programme_store
from tests.conftest import fixed_clock


def _at(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=dt.UTC)


def _clock(instant: dt.datetime):  # type: ignore[no-untyped-def]
    return lambda: instant


def test_the_catalogue_is_well_formed() -> None:
    data = json.loads(resource_path("programmes", "catalogue.json").read_text("utf-8"))
    catalogue = programmes.load_catalogue()
    assert len(catalogue.programmes) == len(data["programmes"]) >= 12
    names = [p.name for p in catalogue.programmes]
    assert len(set(names)) == len(names)
    for programme in catalogue.programmes:
        assert programme.kind in ProgrammeKind.__members__.values()
        assert not programme.partner_country or is_country(programme.partner_country)
        assert programme.template in catalogue.templates
        if "(modèle)" not in programme.name:  # every fact has its public source
            assert programme.source_url.startswith(("http://", "https://")), programme.name
    for stages in catalogue.templates.values():
        assert all(s.stage in StageKind.__members__.values() for s in stages)
    phc = {p.name: p for p in catalogue.programmes}
    assert phc["PHC Orchid"].partner_country == "TW" and "NSTC" in phc["PHC Orchid"].partner_agency
    assert "JSPS" in phc["PHC Sakura"].partner_agency
    assert "China Scholarship Council" in phc["PHC Cai Yuanpei"].partner_agency


def test_installing_the_catalogue_keeps_what_the_user_edited(store: Store) -> None:
    added = programmes.install_catalogue(store)
    assert "PHC Orchid" in added and "ARCUS" in added
    orchid = records.get_programme(store, programme_store.find_programme(store, "PHC Orchid") or 0)
    orchid.partner_agency = "NSTC — Department of International Cooperation"
    records.save_programme(store, orchid)
    assert programmes.install_catalogue(store) == []
    again = records.get_programme(store, orchid.id or 0)
    assert again.partner_agency == "NSTC — Department of International Cooperation"


def _phc(store: Store, name: str = "PHC Test") -> int:
    saved = records.save_programme(store, Programme(name=name, kind="phc", template="phc"))
    assert saved.id is not None
    return saved.id


def test_first_call_takes_the_template_dates(store: Store) -> None:
    prepared = programmes.prepare_call(store, _phc(store), year=2027, clock=fixed_clock)
    stages = {d.stage: d for d in prepared.deadlines}
    assert prepared.call.year == 2027 and prepared.call.title == "PHC Test 2027"
    deadline = stages["application_deadline"]
    assert (deadline.due_local, deadline.tz, deadline.all_day) == (
        "2027-05-15T23:59", "Europe/Paris", False,
    )  # fmt: skip
    assert stages["funding_start"].due_date == "2028-01-01"
    assert stages["funding_end"].due_date == "2028-12-31"
    assert all(d.to_confirm for d in prepared.deadlines)
    assert len(prepared.deadlines) == 7


def test_next_year_copies_last_year_one_year_on(store: Store) -> None:
    programme_id = _phc(store)
    call_id = programme_store.insert_call(store, Call(programme_id=programme_id, year=2026))
    records.save_deadline(
        store,
        Deadline(
            title="Clôture 2026", programme_id=programme_id, call_id=call_id,
            stage="application_deadline", due_local="2026-04-30T12:00", tz="Asia/Taipei",
            owner="Claire", reminders=[14, 2],
        ),
    )  # fmt: skip
    records.save_deadline(
        store,
        Deadline(
            title="Comité 2026", programme_id=programme_id, call_id=call_id,
            stage="joint_committee", all_day=True, due_date="2026-09-29",
        ),
    )  # fmt: skip
    prepared = programmes.prepare_call(store, programme_id, clock=fixed_clock)
    assert prepared.call.year == 2027
    stages = {d.stage: d for d in prepared.deadlines}
    closing = stages["application_deadline"]
    assert (closing.due_local, closing.tz, closing.owner, closing.reminders) == (
        "2027-04-30T12:00", "Asia/Taipei", "Claire", [14, 2],
    )  # fmt: skip
    assert stages["joint_committee"].due_date == "2027-09-29"
    assert stages["call_opens"].due_date == "2027-03-01"  # not in 2026: from the template
    with pytest.raises(AttacheError, match="already has a call for 2027"):
        programmes.prepare_call(store, programme_id, year=2027)
    ids = [d.id for d in prepared.deadlines if d.id is not None]
    assert programmes.confirm_dates(store, ids) == 7
    assert not any(d.to_confirm for d in records.get_many(store, records.RecordKind.DEADLINE, ids))


def test_a_programme_without_template_says_so(store: Store) -> None:
    saved = records.save_programme(store, Programme(name="Ad hoc"))
    with pytest.raises(AttacheError, match="no stage template"):
        programmes.prepare_call(store, saved.id or 0)
    with pytest.raises(ValidationError):
        records.save_programme(store, Programme(name="X", template="weekly"))


def _closing(store: Store, **fields: object) -> Deadline:
    values = {"title": "Orchid 2027 — clôture", "due_local": "2027-05-15T23:59",
              "tz": "Europe/Paris", **fields}  # fmt: skip
    return records.save_deadline(store, Deadline(**values))  # type: ignore[arg-type]


def test_reminders_fall_due_30_7_and_1_days_before(store: Store) -> None:
    post.update_settings(store, timezone="Asia/Taipei")
    deadline = _closing(store)  # 2027-05-15 21:59 UTC
    key = f"{deadline.id}:30"

    def due(instant: dt.datetime) -> list[str]:
        return [r.key for r in reminders.due_reminders(store, clock=_clock(instant))]

    assert due(_at(2027, 4, 15, 21, 58)) == []
    assert due(_at(2027, 4, 15, 21, 59)) == [key]
    reminders.mark_done(store, key)
    assert due(_at(2027, 4, 20)) == []
    assert due(_at(2027, 5, 8, 21, 59)) == [f"{deadline.id}:7"]
    reminders.snooze(store, f"{deadline.id}:7", hours=24, clock=_clock(_at(2027, 5, 9)))
    assert due(_at(2027, 5, 9, 23)) == []
    assert due(_at(2027, 5, 10, 0, 1)) == [f"{deadline.id}:7"]
    assert due(_at(2027, 5, 14, 21, 59)) == [f"{deadline.id}:1"]  # the closest wins
    assert due(_at(2027, 5, 15, 22)) == []  # the deadline has passed: no reminder
    view = reminders.due_reminders(store, clock=_clock(_at(2027, 5, 14, 22)))[0]
    assert view.view.due_post == "2027-05-16T05:59:00+08:00"
    assert "tomorrow" in view.message() or "1" in view.message()


def test_all_day_reminders_come_at_nine_in_the_post_zone(store: Store) -> None:
    post.update_settings(store, timezone="Asia/Tokyo")
    deadline = records.save_deadline(
        store, Deadline(title="Comité", all_day=True, due_date="2027-03-28", reminders=[7])
    )
    # 21 March 2027 09:00 in Tokyo is 00:00 UTC.
    before = reminders.due_reminders(store, clock=_clock(_at(2027, 3, 20, 23, 59)))
    after = reminders.due_reminders(store, clock=_clock(_at(2027, 3, 21, 0, 0)))
    assert before == [] and [r.key for r in after] == [f"{deadline.id}:7"]


def test_notifications_are_shown_once_and_again_after_a_snooze(store: Store) -> None:
    deadline = _closing(store, reminders=[7])
    key = f"{deadline.id}:7"
    moment = _at(2027, 5, 9)
    first = reminders.to_notify(store, clock=_clock(moment))
    assert [r.key for r in first] == [key]
    reminders.mark_notified(store, first, clock=_clock(moment))
    assert reminders.to_notify(store, clock=_clock(moment + dt.timedelta(hours=1))) == []
    reminders.snooze(store, key, hours=2, clock=_clock(moment + dt.timedelta(hours=1)))
    assert reminders.to_notify(store, clock=_clock(moment + dt.timedelta(hours=2))) == []
    later = reminders.to_notify(store, clock=_clock(moment + dt.timedelta(hours=4)))
    assert [r.key for r in later] == [key]


def test_a_closed_deadline_has_no_reminder_and_bad_keys_are_explained(store: Store) -> None:
    deadline = _closing(store, status="done")
    assert reminders.due_reminders(store, clock=_clock(_at(2027, 5, 14, 23))) == []
    with pytest.raises(AttacheError, match="is not a reminder"):
        reminders.mark_done(store, "twelve")
    with pytest.raises(AttacheError, match="no reminder 5 days before"):
        reminders.mark_done(store, f"{deadline.id}:5")
    with pytest.raises(ValidationError):
        _closing(store, reminders=[400])


def test_ics_alarms_follow_each_deadline(store: Store, tmp_path: Path) -> None:
    _closing(store, reminders=[14, 2])
    out = tmp_path / "d.ics"
    exports.write_ics(store, out, clock=fixed_clock)
    event = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")[0]
    assert sorted(a.decoded("trigger") for a in event.walk("VALARM")) == [
        -dt.timedelta(days=14), -dt.timedelta(days=2),
    ]  # fmt: skip


def test_applications_are_counted_in_the_report(demo_store: Store, tmp_path: Path) -> None:
    call_id = demo_store.scalar("SELECT id FROM calls ORDER BY id DESC LIMIT 1")
    for title, outcome in (("A", "selected"), ("B", "rejected"), ("C", "selected")):
        programmes.save_application(
            demo_store, Application(call_id=call_id, title=title, outcome=outcome)
        )
    with pytest.raises(ValidationError, match="outcome"):
        programmes.save_application(
            demo_store, Application(call_id=call_id, title="D", outcome="maybe")
        )
    with pytest.raises(ValidationError, match="no call"):
        programmes.save_application(demo_store, Application(call_id=9999, title="E"))
    counts = programmes.application_counts(demo_store)
    assert [(n, outcomes) for _, n, outcomes in counts] == [(3, {"rejected": 1, "selected": 2})]
    out = tmp_path / "r.xlsx"
    exports.write_report(demo_store, out, exports.parse_period("2026"), clock=fixed_clock)
    cover = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Overview").to_python()
    figures = {str(r[0]).strip(): r[1] for r in cover if r and r[0]}
    assert figures["Applications received in the period"] == 3
