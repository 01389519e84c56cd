"""What other programs need from the vCard and iCalendar files: international numbers,
a name for native-only persons, one file per person (Outlook), alarms of all-day deadlines
at 09:00 post time, and no alarm for a deadline done or past. Read back with vobject,
icalendar and phonenumbers, which Attaché does not use to write them."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import phonenumbers
import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attache_app.domain.enums import phone_label_code
from attache_app.domain.models import Deadline, Person, Phone
from attache_app.exporting import contacts
from attache_app.exporting.files import Cancelled, ExportError
from attache_app.importing.reading import contacts_of, read_file
from attache_app.services import exports, records
from attache_app.storage import Store
from attache_app.storage.settings import load_settings, save_settings
from tests.conftest import BIN, FIXED_NOW, fixed_clock


def _cards(text: str) -> list[vobject.base.Component]:
    return list(vobject.readComponents(text))


def test_phones_are_international_with_their_labels(store: Store, tmp_path: Path) -> None:
    typed = [("0912 345 678", "mobile"), ("(02) 2345-6789", "bureau"), ("+33 1 44 55 66 77", "")]
    person = records.save_person(
        store,
        Person(
            given_name="Chih-Ming",
            family_name="Chen",
            country="TW",
            phones=[Phone(n, label) for n, label in typed],
        ),
    )
    out = tmp_path / "p.vcf"
    exports.write_vcf(store, out, [person.id])
    card = vobject.readOne(out.read_text("utf-8"))
    expected = [
        phonenumbers.format_number(phonenumbers.parse(n, "TW"), phonenumbers.PhoneNumberFormat.E164)
        for n, _ in typed
    ]
    assert [t.value for t in card.contents["tel"]] == expected
    # The labels: as Apple's X-ABLabel of the same group, and as a TYPE where one fits.
    labels = {c.group: c.value for c in card.contents["x-ablabel"]}
    tels = card.contents["tel"]
    # « bureau » is stored as the one phone label « work » (enums.PhoneLabel).
    stored = [phone_label_code(label) for _, label in typed]
    assert [labels.get(t.group, "") for t in tels] == stored
    assert "CELL" in tels[0].params["TYPE"] and "WORK" in tels[1].params["TYPE"]
    # Attaché reads its own card back to the same numbers and labels.
    assert contacts_of(read_file(out))[0].phones == list(zip(expected, stored, strict=True))


def test_a_number_without_e164_form_is_written_as_typed(store: Store, tmp_path: Path) -> None:
    person = records.save_person(
        store, Person(given_name="A", family_name="B", phones=[Phone("poste 1234", "")])
    )
    assert person.phones[0].e164 == ""
    out = tmp_path / "p.vcf"
    exports.write_vcf(store, out, [person.id])
    assert vobject.readOne(out.read_text("utf-8")).tel.value == "poste 1234"


def test_native_only_person_has_a_name_in_n(store: Store, tmp_path: Path) -> None:
    native_only = records.save_person(store, Person(native_name="陳志明"))
    both = records.save_person(
        store, Person(given_name="Shu-Fen", family_name="Lin", native_name="林淑芬")
    )
    assert (native_only.given_name, native_only.family_name) == ("", "")
    out = tmp_path / "p.vcf"
    exports.write_vcf(store, out, [native_only.id, both.id])
    text = out.read_text("utf-8")
    assert "N:;;;;" not in text
    first, second = _cards(text)
    assert first.n.value.family == "陳志明" and first.n.value.given == ""
    assert first.fn.value == "陳志明"
    assert "sort-string" not in first.contents  # no romanised form to sort by
    assert second.n.value.family == "Lin" and second.n.value.given == "Shu-Fen"
    assert second.contents["sort-string"][0].value == "Lin"
    assert second.contents["x-attache-native-name"][0].value == "林淑芬"


def test_one_file_per_person(demo_store: Store, tmp_path: Path) -> None:
    ids = exports.select(demo_store, records.RecordKind.PERSON)[:40]
    twin = records.get_person(demo_store, ids[0])
    twin.id, twin.uuid = None, ""  # a copy is another record
    ids.append(records.save_person(demo_store, twin).id)  # two cards of the same name
    folder = tmp_path / "cards"
    written = exports.write_vcf(demo_store, folder, ids, one_per_person=True)
    assert written.count == len(ids) and written.details["one_per_person"]
    files = sorted(folder.iterdir())
    assert len(files) == len(ids)
    assert all(f.suffix == ".vcf" for f in files)
    uids = []
    for file in files:
        cards = _cards(file.read_text("utf-8"))
        assert len(cards) == 1  # Outlook reads the first card only: there is one
        uids.append(cards[0].uid.value)
        assert file.stem.startswith(contacts.card_file_name(records.get_person(
            demo_store, int(cards[0].uid.value.removeprefix("attache-person-"))
        )))  # fmt: skip
    assert sorted(uids) == sorted(f"attache-person-{i}" for i in ids)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_one_file_per_person_refuses_a_folder_with_files(store: Store, tmp_path: Path) -> None:
    person = records.save_person(store, Person(given_name="A", family_name="B"))
    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    with pytest.raises(ExportError, match="not empty"):
        exports.write_vcf(store, folder, [person.id], one_per_person=True)
    assert [p.name for p in folder.iterdir()] == ["keep.txt"]
    assert not [p for p in tmp_path.iterdir() if ".part" in p.name]


def test_one_file_per_person_cancelled_leaves_nothing(demo_store: Store, tmp_path: Path) -> None:
    ids = exports.select(demo_store, records.RecordKind.PERSON)
    seen: list[int] = []

    def cancel_midway(done: int, total: int) -> None:
        seen.append(done)
        if done:
            raise Cancelled

    contacts.CHUNK, saved = 10, contacts.CHUNK
    try:
        with pytest.raises(Cancelled):
            exports.write_vcf(
                demo_store, tmp_path / "out", ids, one_per_person=True, progress=cancel_midway
            )
    finally:
        contacts.CHUNK = saved
    assert seen == [0, 10]
    assert not (tmp_path / "out").exists()
    assert not [p for p in tmp_path.iterdir() if ".part" in p.name]


@given(st.text(min_size=0, max_size=120))
@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_card_file_names_are_valid_everywhere(name: str) -> None:
    stem = contacts.card_file_name(Person(given_name=name))
    assert stem and len(stem) <= 81
    assert not set(stem) & set('\\/:*?"<>|') and all(ord(c) >= 32 for c in stem)
    assert stem == stem.strip(" .") or stem.startswith("_")
    assert stem.split(".")[0].upper() not in ("CON", "PRN", "AUX", "NUL")


def test_cli_one_file_per_person(demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cards"
    done = subprocess.run(
        [str(BIN / "attache"), "--db", str(demo_path), "export", "vcf", str(folder),
         "--one-per-person", "--tag", "VIP"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    files = list(folder.iterdir())
    assert files and all(len(_cards(f.read_text("utf-8"))) == 1 for f in files)
    again = subprocess.run(
        [str(BIN / "attache"), "--db", str(demo_path), "export", "vcf", str(folder),
         "--one-per-person"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert again.returncode != 0 and "Traceback" not in again.stderr
    assert str(folder) in again.stderr and len(list(folder.iterdir())) == len(files)


# --- iCalendar -------------------------------------------------------------------------


def _events(store: Store, out: Path) -> dict[str, icalendar.Event]:
    exports.write_ics(store, out, include_closed=True, clock=fixed_clock)
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    return {str(e["summary"]): e for e in cal.walk("VEVENT")}


def test_all_day_alarms_ring_at_nine_post_time(store: Store, tmp_path: Path) -> None:
    records.save_deadline(
        store,
        Deadline(title="Comité", due_date="2027-03-28", all_day=True, reminders=[30, 7, 1]),
    )
    tz = load_settings(store).timezone or "Europe/Paris"
    event = _events(store, tmp_path / "d.ics")["Comité"]
    triggers = sorted(a.decoded("trigger") for a in event.walk("VALARM"))
    expected = sorted(
        dt.datetime.combine(
            dt.date(2027, 3, 28) - dt.timedelta(days=d), dt.time(9), tzinfo=ZoneInfo(tz)
        )
        for d in (30, 7, 1)
    )
    assert triggers == expected
    assert all(t.tzinfo is not None for t in triggers)
    assert {t.astimezone(ZoneInfo(tz)).hour for t in triggers} == {9}


@pytest.mark.parametrize("zone", ["Asia/Taipei", "America/Los_Angeles", "Europe/Paris"])
def test_all_day_alarm_hour_in_every_post_zone(store: Store, tmp_path: Path, zone: str) -> None:
    post = load_settings(store)
    post.timezone = zone
    save_settings(store, post)
    records.save_deadline(
        store, Deadline(title="Jour", due_date="2027-06-10", all_day=True, reminders=[7])
    )
    (alarm,) = _events(store, tmp_path / "d.ics")["Jour"].walk("VALARM")
    assert alarm.decoded("trigger") == dt.datetime(2027, 6, 3, 9, tzinfo=ZoneInfo(zone))


def test_no_alarms_for_deadlines_done_or_past(store: Store, tmp_path: Path) -> None:
    today = FIXED_NOW.date()
    cases = {
        "open ahead": dict(due_date=(today + dt.timedelta(days=60)).isoformat(), all_day=True),
        "done ahead": dict(
            due_date=(today + dt.timedelta(days=60)).isoformat(), all_day=True, status="done"
        ),
        "open past": dict(due_date=(today - dt.timedelta(days=3)).isoformat(), all_day=True),
        "timed past": dict(
            due_local=(FIXED_NOW - dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"), tz="UTC"
        ),
        "timed soon": dict(
            due_local=(FIXED_NOW + dt.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M"), tz="UTC"
        ),
    }
    for title, fields in cases.items():
        records.save_deadline(store, Deadline(title=title, reminders=[30, 7, 1], **fields))  # type: ignore[arg-type]
    events = _events(store, tmp_path / "d.ics")
    alarms = {title: event.walk("VALARM") for title, event in events.items()}
    assert len(alarms["open ahead"]) == 3
    assert alarms["done ahead"] == alarms["open past"] == alarms["timed past"] == []
    # Three days ahead: the 30- and 7-day alarms would ring at once; only the 1-day one stays.
    assert [a.decoded("trigger") for a in alarms["timed soon"]] == [-dt.timedelta(days=1)]
