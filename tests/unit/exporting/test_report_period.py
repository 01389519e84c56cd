"""The report to Paris holds its period, and only its period.

A database is built with records just inside and just outside every boundary of 2026-Q2
(in a post whose day starts eight hours before UTC's), and every figure of the report, as
written and read back by python-calamine, is checked against what the construction says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter
from python_calamine import CalamineWorkbook

from attache_app.domain.models import Application, Call, Deadline, Note, Person, Programme
from attache_app.exporting.period import Period, parse_period, previous_period, year_before
from attache_app.exporting.report import note_text
from attache_app.services import exports, imports, post, records
from attache_app.services import programmes as programme_service
from attache_app.storage import Store, open_store
from attache_app.storage import programmes as programme_rows
from tests.conftest import fixed_clock

Q2 = parse_period("2026-Q2")


def _at(stamp: str) -> dt.datetime:
    return dt.datetime.fromisoformat(stamp).replace(tzinfo=dt.UTC)


def _set_created(store: Store, table: str, row_id: int, stamp: str) -> None:
    with store.transaction():
        store.execute(
            f"UPDATE {table} SET created_at = ?, updated_at = ? WHERE id = ?",
            (stamp, stamp, row_id),
        )


@pytest.fixture
def bounded(tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "bounds.db"
    with open_store(path, create=True, clock=fixed_clock, auto_backup=False) as store:
        post.update_settings(store, post_name="Taipei", country="TW", timezone="Asia/Taipei")
        # Persons: Q2 starts at 2026-03-31T16:00Z in Taipei and ends at 2026-06-30T16:00Z.
        for name, stamp in (
            ("Before", "2026-03-31T15:59:59Z"),
            ("First", "2026-03-31T16:00:00Z"),
            ("Last", "2026-06-30T15:59:59Z"),
            ("After", "2026-06-30T16:00:00Z"),
        ):
            person = records.save_person(store, Person(given_name=name, family_name="Bound"))
            assert person.id is not None
            _set_created(store, "persons", person.id, stamp)
        # Notes: dates at the edges; a draft inside.
        for title, date, status in (
            ("n-before", "2026-03-31", "sent"),
            ("n-first", "2026-04-01", "sent"),
            ("n-last", "2026-06-30", "to_send"),
            ("n-draft", "2026-05-15", "draft"),
            ("n-after", "2026-07-01", "sent"),
        ):
            records.save_note(
                store, Note(title=title, date=date, status=status, themes=["IA"], body="x")
            )
        # Programme, calls and their stages.
        programme = records.save_programme(store, Programme(name="Orchid", kind="phc"))
        assert programme.id is not None
        call_ids = {}
        for year, title in ((2025, "Orchid 2025"), (2026, "Orchid 2026"), (2027, "Orchid 2027")):
            with store.transaction():
                call_ids[year] = programme_rows.insert_call(
                    store, Call(programme_id=programme.id, year=year, title=title, status="closed")
                )

        def deadline(title: str, day: str, status: str, stage: str, call: int | None) -> None:
            records.save_deadline(
                store,
                Deadline(
                    title=title, programme_id=programme.id, call_id=call, stage=stage,
                    all_day=True, due_date=day, status=status,
                ),
            )  # fmt: skip

        deadline("d-before", "2026-03-31", "open", "other", None)
        deadline("d-first-done", "2026-04-01", "done", "other", None)
        deadline("d-missed", "2026-05-10", "missed", "other", None)
        deadline("d-cancelled", "2026-05-11", "cancelled", "other", None)
        deadline("d-last-open", "2026-06-30", "open", "other", None)  # passed: overdue
        deadline("d-up-first", "2026-07-01", "open", "other", None)
        deadline("d-up-last", "2026-09-28", "done", "other", None)  # 90 days after 30 June
        deadline("d-up-after", "2026-09-29", "open", "other", None)
        # Calls: 2025 closed before the period, 2026 open across its end, 2027 opens after.
        deadline("c25", "2026-03-31", "done", "application_deadline", call_ids[2025])
        deadline("c26-open", "2026-06-30", "done", "call_opens", call_ids[2026])
        deadline("c26-close", "2026-08-01", "done", "application_deadline", call_ids[2026])
        deadline("c27-open", "2026-07-01", "done", "call_opens", call_ids[2027])
        # Applications received just inside and just outside.
        for title, stamp in (
            ("a-before", "2026-03-31T15:59:59Z"),
            ("a-in", "2026-03-31T16:00:00Z"),
            ("a-after", "2026-06-30T16:00:00Z"),
        ):
            saved = programme_service.save_application(
                store, Application(call_id=call_ids[2026], title=title)
            )
            assert saved.id is not None
            _set_created(store, "applications", saved.id, stamp)
    # Persons imported during the period, named by their batch's sender.
    csv = path.parent / "sst.csv"
    csv.write_text(
        "Prénom;Nom;Adresse de messagerie\nAki;Sato;aki@example.jp\nKen;Ito;ken@example.jp\n",
        encoding="cp1252",
    )
    with open_store(path, clock=lambda: _at("2026-05-05T03:00:00"), auto_backup=False) as store:
        preview = imports.preview(store, imports.read(csv))
        imports.commit(store, preview.plan, sender="liste SST Tokyo")
    with open_store(path, clock=fixed_clock, auto_backup=False) as store:
        yield store


def _cover(path: Path) -> dict[str, object]:
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Overview").to_python()
    return {str(r[0]).strip(): r[1] for r in rows if r and r[0]}


def _titles(path: Path, sheet: str, column: int) -> list[str]:
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()
    return sorted(str(r[column]) for r in rows[1:] if r[column] != "Nothing in this period.")


def test_every_figure_belongs_to_the_period(bounded: Store, tmp_path: Path) -> None:
    out = tmp_path / "q2.xlsx"
    written = exports.write_report(bounded, out, Q2, clock=fixed_clock)
    values = written.details["indicators"]
    assert values["contacts.new"] == 4  # First, Last and the two imported
    assert values["contacts.imported"] == 2
    assert values["notes"] == 2 and values["notes.sent"] == 1 and values["notes.to_send"] == 1
    assert values["notes.draft"] == 0 and written.details["drafts_left_out"] == 1
    assert values["deadlines.due"] == 4  # cancelled apart; c26-open is a stage of a call
    assert values["deadlines.met"] == 2  # d-first-done and the call's opening
    assert values["deadlines.missed"] == 2  # the missed one, and the open one now overdue
    assert values["deadlines.open"] == 0
    assert values["deadlines.upcoming"] == 4  # d-up-first, d-up-last, c26-close, c27-open
    assert values["calls.open"] == 1
    assert values["applications.received"] == 1

    cover = _cover(out)
    assert cover["New contacts"] == 4
    assert cover["liste SST Tokyo"] == 2  # the batch, named
    assert cover["Orchid 2026"] is None or cover["Orchid 2026"] == ""
    assert "Orchid 2025" not in cover and "Orchid 2027" not in cover

    due = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Deadlines").to_python()
    states = {r[2]: r[3] for r in due[1:]}
    assert states["d-last-open"] == "Overdue"
    assert states["d-first-done"] == "Met"
    assert states["d-cancelled"] == "Cancelled"
    assert "d-before" not in states and "d-up-first" not in states
    assert _titles(out, "Watch", 2) == ["n-first", "n-last"]


def test_upcoming_is_the_ninety_days_after_the_period(bounded: Store, tmp_path: Path) -> None:
    out = tmp_path / "q2.xlsx"
    exports.write_report(bounded, out, Q2, clock=fixed_clock)
    upcoming = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Upcoming").to_python()
    shown = sorted(str(r[2]) for r in upcoming[1:])
    assert shown == sorted(
        ["d-up-first", "d-up-last", "Application deadline: c26-close",
         "Call opens: c27-open"]
    )  # fmt: skip


def test_drafts_only_when_asked(bounded: Store, tmp_path: Path) -> None:
    out = tmp_path / "drafts.xlsx"
    written = exports.write_report(bounded, out, Q2, include_drafts=True, clock=fixed_clock)
    assert written.details["indicators"]["notes.draft"] == 1
    assert _titles(out, "Watch", 2) == ["n-draft", "n-first", "n-last"]


def test_persons_are_counted_unless_named(bounded: Store, tmp_path: Path) -> None:
    out = tmp_path / "counted.xlsx"
    exports.write_report(bounded, out, Q2, clock=fixed_clock)
    book = CalamineWorkbook.from_path(str(out))
    assert "Persons" not in book.sheet_names
    every_cell = " ".join(
        str(c) for name in book.sheet_names for r in book.get_sheet_by_name(name).to_python()
        for c in r
    )  # fmt: skip
    for name in ("Bound", "Sato", "aki@example.jp"):
        assert name not in every_cell
    contacts = book.get_sheet_by_name("Contacts").to_python()
    assert sum(int(r[2]) for r in contacts[1:]) == 4
    assert sum(int(r[3]) for r in contacts[1:]) == 2

    named = tmp_path / "named.xlsx"
    exports.write_report(bounded, named, Q2, named_persons=True, clock=fixed_clock)
    people = CalamineWorkbook.from_path(str(named)).get_sheet_by_name("Persons").to_python()
    assert sorted((r[1], r[6]) for r in people[1:]) == [
        ("Aki", "Imported: liste SST Tokyo"), ("First", "New"),
        ("Ken", "Imported: liste SST Tokyo"), ("Last", "New"),
    ]  # fmt: skip


def test_indicators_sheet_and_comparison(bounded: Store, tmp_path: Path) -> None:
    out = tmp_path / "q2.xlsx"
    written = exports.write_report(bounded, out, Q2, clock=fixed_clock)
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Indicators").to_python()
    assert rows[0] == ["post", "country", "period", "start", "end", "indicator", "value", "label"]
    assert {r[5]: r[6] for r in rows[1:]} == written.details["indicators"]
    assert {(r[0], r[1], r[2], r[3], r[4]) for r in rows[1:]} == {
        ("Taipei", "TW", "2026-Q2", dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    }
    # The cover's columns: this period, the previous one (Q1: "Before", n-before…), a year
    # earlier (nothing).
    built = exports.build_report(bounded, Q2, clock=fixed_clock)
    new = next(f for f in built.figures if f.key == "contacts.new")
    assert (new.value, new.previous, new.year_before) == (4, 1, 0)
    notes = next(f for f in built.figures if f.key == "notes")
    assert (notes.value, notes.previous, notes.year_before) == (2, 1, 0)


def test_highlights_are_kept_per_period(bounded: Store, tmp_path: Path) -> None:
    out = tmp_path / "q2.xlsx"
    exports.write_report(bounded, out, Q2, highlights="Trois accords.\n\nUne visite.")
    assert exports.load_highlights(bounded, Q2) == "Trois accords.\n\nUne visite."
    assert exports.load_highlights(bounded, parse_period("2026-Q3")) == ""
    cover = _cover(out)
    assert "Trois accords." in cover and "Une visite." in cover
    exports.write_report(bounded, out, Q2)  # not given: the saved ones
    assert "Trois accords." in _cover(out)


def test_the_chart_has_every_month_with_whole_ticks(bounded: Store, tmp_path: Path) -> None:
    built = exports.build_report(bounded, Q2, clock=fixed_clock)
    months = next(s for s in built.statistics if s.title == "Deadlines per month")
    assert [label for label, _ in months.rows] == [
        "Apr 2026", "May 2026", "Jun 2026", "Jul 2026", "Aug 2026", "Sep 2026",
    ]  # fmt: skip
    assert [n for _, n in months.rows] == [1, 1, 2, 2, 1, 1]


def test_note_text_keeps_the_structure() -> None:
    body = (
        "## Contexte\n\nITRI a présenté **ses** orientations\nsur deux lignes.\n\n"
        "## Points clés\n\n- Budget : 3 M\n- Partenaires\n  cités : Japon\n1. premier\n\n"
        "## Intérêt pour la France\n\nPistes [CNRS](https://cnrs.fr)."
    )
    assert note_text(body) == (
        "Contexte\nITRI a présenté ses orientations sur deux lignes.\n\n"
        "Points clés\n• Budget : 3 M\n• Partenaires cités : Japon\n1. premier\n\n"
        "Intérêt pour la France\nPistes CNRS."
    )


@settings(max_examples=60, deadline=None)
@given(st.dates(dt.date(2001, 1, 1), dt.date(2099, 12, 1)), st.integers(0, 400))
def test_previous_and_year_before_periods(start: dt.date, days: int) -> None:
    custom = Period(start, start + dt.timedelta(days=days))
    before = previous_period(custom)
    assert before.end == custom.start - dt.timedelta(days=1)
    assert (before.end - before.start) == (custom.end - custom.start)
    earlier = year_before(custom)
    assert earlier.start.year == custom.start.year - 1
    code = f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    quarter = parse_period(code)
    assert previous_period(quarter).end == quarter.start - dt.timedelta(days=1)
    assert year_before(quarter).code == f"{start.year - 1}{code[4:]}"


@settings(max_examples=15, deadline=None)
@given(
    st.lists(st.integers(-3 * 86400, 95 * 86400), max_size=12),
    st.lists(
        st.tuples(st.integers(-5, 95), st.sampled_from(["draft", "to_send", "sent"])),
        max_size=12,
    ),
    st.sampled_from(["Asia/Taipei", "Europe/Paris", "America/Santiago"]),
)
def test_counts_match_the_construction(
    tmp_path_factory: pytest.TempPathFactory,
    person_offsets: list[int],
    notes: list[tuple[int, str]],
    zone: str,
) -> None:
    """Persons created and notes dated around 2026-Q2, in a post of any zone: the report
    counts exactly those whose day at post falls in the quarter."""
    from zoneinfo import ZoneInfo

    start = dt.datetime(2026, 4, 1, tzinfo=ZoneInfo(zone)).astimezone(dt.UTC)
    path = tmp_path_factory.mktemp("prop") / "p.db"
    with open_store(path, create=True, clock=fixed_clock, auto_backup=False) as store:
        post.update_settings(store, post_name="P", country="CL", timezone=zone)
        expected_persons = 0
        for n, offset in enumerate(person_offsets):
            instant = start + dt.timedelta(seconds=offset)
            saved = records.save_person(store, Person(given_name=f"G{n}", family_name="F"))
            assert saved.id is not None
            _set_created(store, "persons", saved.id, instant.strftime("%Y-%m-%dT%H:%M:%SZ"))
            expected_persons += Q2.contains(instant.astimezone(ZoneInfo(zone)).date())
        expected_notes = 0
        for n, (days, status) in enumerate(notes):
            day = dt.date(2026, 4, 1) + dt.timedelta(days=days)
            records.save_note(store, Note(title=f"n{n}", date=day.isoformat(), status=status))
            expected_notes += Q2.contains(day) and status != "draft"
        values = exports.build_report(store, Q2, clock=fixed_clock).indicators
    assert values["contacts.new"] == expected_persons
    assert values["notes"] == expected_notes


def _print_scale(ws: object) -> float:
    """The scale at which a sheet printed one page wide fits an A4 page: its columns'
    widths in points (Excel: 7 pixels a character plus 5 of padding, at 96 dpi) against
    the landscape (or portrait) page less its side margins."""
    sheet: Any = ws
    last = sheet.max_column
    widths = [
        sheet.column_dimensions[get_column_letter(i)].width or 8.43 for i in range(1, last + 1)
    ]
    points = sum(0.75 * (7 * w + 5) for w in widths)
    page = 841.89 if sheet.page_setup.orientation == "landscape" else 595.28
    room = page - 72 * (sheet.page_margins.left + sheet.page_margins.right)
    return min(1.0, room / points)


def test_every_sheet_prints_one_page_wide_at_85_percent_or_more(
    demo_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "year.xlsx"
    exports.write_report(
        demo_store, out, parse_period("2026"), named_persons=True, include_drafts=True,
        clock=fixed_clock,
    )  # fmt: skip
    book = openpyxl.load_workbook(out)
    for ws in book.worksheets:
        if ws.title == "Statistics":
            continue  # charts beside a two-column table, set by hand
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert _print_scale(ws) >= 0.85, (ws.title, _print_scale(ws))
        footer = ws.oddFooter.left.text
        assert footer.startswith("2026 — "), footer  # the period first, never cut off
    # Wrapped text makes its row tall enough: every note's lines, within Excel's limit.
    watch = book["Watch"]
    for row in range(2, watch.max_row + 1):
        text = str(watch.cell(row=row, column=4).value or "")
        height = watch.row_dimensions[row].height or 15
        assert height >= min(409, 15 * (text.count("\n") + 1)), row


def test_a_hand_over_keeps_the_original_dates(bounded: Store, tmp_path: Path) -> None:
    """The successor imports the predecessor's full export: the persons keep the dates
    they were first added, so the report of an old period still counts them there, and
    they are not « imported » in the period of the hand-over."""
    everything = tmp_path / "tout.xlsx"
    exports.write_all(bounded, everything)
    original = exports.build_report(bounded, Q2, clock=fixed_clock).indicators
    with open_store(tmp_path / "successor.db", create=True, clock=fixed_clock) as successor:
        post.update_settings(successor, post_name="Taipei", country="TW", timezone="Asia/Taipei")
        source = imports.read(everything)
        assert source.mapping is not None and source.mapping.preset == "attache"
        imports.commit(successor, imports.preview(successor, source).plan, sender="passation")
        kept = exports.build_report(successor, Q2, clock=fixed_clock).indicators
        now = exports.build_report(successor, parse_period("2026-Q4"), clock=fixed_clock).indicators
        stamps = sorted(str(r[0]) for r in successor.execute("SELECT created_at FROM persons"))
    assert kept["contacts.new"] == original["contacts.new"] == 4
    assert kept["contacts.imported"] == 0
    assert now["contacts.new"] == 0  # the hand-over itself added nobody new
    assert stamps[0] == "2026-03-31T15:59:59Z"
