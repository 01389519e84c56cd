"""The report and the full workbook, read back by independent readers (python-calamine,
and openpyxl for formats), and the full export read back by the importer without loss."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import phonenumbers
import pytest
from python_calamine import CalamineWorkbook

from attache_app.errors import AttacheError
from attache_app.exporting.files import Cancelled
from attache_app.i18n import set_translator, use_ts_file
from attache_app.services import exports, imports, records
from attache_app.storage import Store, open_store
from attache_app.storage.settings import load_settings
from tests.conftest import fixed_clock


def sheet(path: Path, name: str) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python()


def test_period_codes() -> None:
    q3 = exports.parse_period("2026-Q3")
    assert (q3.start, q3.end) == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert exports.parse_period("2026-T1").end == dt.date(2026, 3, 31)
    assert exports.parse_period("2024-02").end == dt.date(2024, 2, 29)
    assert exports.parse_period("2026-S2").start == dt.date(2026, 7, 1)
    assert exports.parse_period("2026").end == dt.date(2026, 12, 31)
    for bad in ("2026-Q5", "Q3", "2026-13", "next year", ""):
        with pytest.raises(AttacheError, match="is not a period"):
            exports.parse_period(bad)
    with pytest.raises(AttacheError, match=r"ends .* before it starts"):
        exports.between("2026-05-01", "2026-04-01")


def test_report_matches_the_database(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    period = exports.parse_period("2026")
    written = exports.write_report(demo_store, out, period, clock=fixed_clock)
    book = CalamineWorkbook.from_path(str(out))
    assert book.sheet_names == [
        "Overview", "Deadlines", "Upcoming", "Watch", "Contacts", "Organisations met",
        "Activities", "Statistics", "Indicators",
    ]  # fmt: skip

    # Watch: every note dated in 2026 that is sent or to send, as real dates, by theme —
    # but the private ones, which stay at post.
    expected_notes = demo_store.query(
        "SELECT date, title FROM notes WHERE date BETWEEN '2026-01-01' AND '2026-12-31' "
        "AND status != 'draft' AND private = 0 ORDER BY date, id"
    )
    watch = sheet(out, "Watch")
    assert watch[0][:4] == ["Theme", "Date", "Title", "Text"]
    assert sorted((r[1], r[2]) for r in watch[1:]) == sorted(
        (dt.date.fromisoformat(n["date"]), n["title"]) for n in expected_notes
    )
    assert [r[0].casefold() for r in watch[1:]] == sorted(r[0].casefold() for r in watch[1:])
    assert all("Intérêt pour la France" in r[3] and "\n• " in r[3] for r in watch[1:])
    assert written.details["rows"]["notes"] == len(expected_notes)

    # Activities: the period's interactions with their participants' names.
    activities = sheet(out, "Activities")
    count = demo_store.scalar(
        "SELECT count(*) FROM interactions WHERE date BETWEEN '2026-01-01' AND '2026-12-31'"
    )
    assert len(activities) - 1 == count
    first = demo_store.query(
        "SELECT i.title, group_concat(p.family_name) AS names FROM interactions i "
        "JOIN interaction_persons x ON x.interaction_id = i.id "
        "JOIN persons p ON p.id = x.person_id "
        "WHERE i.date >= '2026-01-01' GROUP BY i.id ORDER BY i.date, i.id LIMIT 1"
    )[0]
    row = next(r for r in activities[1:] if r[2] == first["title"])
    for family in first["names"].split(","):
        assert family in str(row[4])

    # Cover: key figures agree with SQL.
    cover = {str(r[0]).strip(): r[1] for r in sheet(out, "Overview") if r and r[0]}
    created = demo_store.scalar(
        "SELECT count(*) FROM persons "
        "WHERE created_at >= '2026-01-01' AND created_at < '2027-01-01'"
    )
    assert cover["New contacts"] == created
    assert cover["Applications received in the period"] == 0
    assert cover["Watch notes"] == len(expected_notes)
    assert cover["Period"] == "2026"

    # Deadlines: dated in Paris time.
    deadlines = sheet(out, "Deadlines")
    assert deadlines[0][0] == "Date (Paris time)"
    assert all(isinstance(r[0], dt.date) for r in deadlines[1:])


def test_report_formatting(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    exports.write_report(demo_store, out, exports.parse_period("2026"), clock=fixed_clock)
    book = openpyxl.load_workbook(out)
    assert book.properties.title.startswith("Science and technology report")
    assert book.properties.creator == load_settings(demo_store).author
    for name in ("Deadlines", "Watch", "Contacts", "Activities"):
        ws = book[name]
        assert ws.freeze_panes == "A2"
        assert len(ws.tables) == 1
        table = next(iter(ws.tables.values()))
        assert table.ref.startswith("A1:") and table.tableStyleInfo.name
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$1:$1"
        assert "&P" in ws.oddFooter.right.text
        assert all(ws.column_dimensions[c].width >= 8 for c in "ABC")
    watch = book["Watch"]
    assert watch["B2"].number_format == "yyyy-mm-dd" and watch["B2"].is_date
    links = [c.hyperlink.target for c in watch["E"][1:] if c.hyperlink]
    assert links and all(link.startswith("http") for link in links)
    assert watch["D2"].alignment.wrap_text
    with zipfile.ZipFile(out) as archive:
        charts = [n for n in archive.namelist() if re.match(r"xl/charts/chart\d+\.xml", n)]
    assert len(charts) == 3


def test_report_in_french(demo_store: Store, tmp_path: Path) -> None:
    use_ts_file("fr")
    try:
        out = tmp_path / "rapport.xlsx"
        exports.write_report(demo_store, out, exports.parse_period("2026-Q3"), clock=fixed_clock)
    finally:
        set_translator(None, "en")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [
        "Synthèse", "Échéances", "À venir", "Veille", "Contacts", "Organisations rencontrées",
        "Activités", "Statistiques", "Indicateurs",
    ]  # fmt: skip
    assert book["Veille"]["B1"].value == "Date"
    assert book["Veille"]["B2"].number_format == "dd/mm/yyyy"
    assert book["Synthèse"]["B4"].value == "3e trimestre 2026"


def test_report_of_an_empty_period_says_so(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "empty.xlsx"
    exports.write_report(demo_store, out, exports.parse_period("1999"), clock=fixed_clock)
    watch = sheet(out, "Watch")
    assert watch[1][0] == "Nothing in this period."


def test_full_export_keeps_ids_and_every_record(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    written = exports.write_all(demo_store, out)
    for table, title in (
        ("persons", "Persons"), ("organisations", "Organisations"), ("notes", "Watch notes"),
        ("interactions", "Activities"), ("programmes", "Programmes"), ("calls", "Calls"),
        ("deadlines", "Deadlines"),
    ):  # fmt: skip
        rows = sheet(out, title)
        ids = [int(r[0]) for r in rows[1:]]
        assert ids == [r[0] for r in demo_store.execute(f"SELECT id FROM {table} ORDER BY id")]
        assert written.details["rows"][table] == len(ids)
    notes = sheet(out, "Watch notes")
    assert isinstance(notes[1][1], dt.date)
    book = openpyxl.load_workbook(out)
    ws = book["Watch notes"]
    assert ws["B2"].is_date and ws["B2"].number_format == "yyyy-mm-dd"
    assert ws.freeze_panes == "A2" and len(ws.tables) == 1
    bodies = [c for c in ws["K"][1:] if c.value]
    assert bodies and all(c.alignment.wrap_text for c in bodies if "\n" in c.value)


def _rows_without(path: Path, name: str, skip: set[str]) -> list[tuple[object, ...]]:
    rows = sheet(path, name)
    keep = [i for i, h in enumerate(rows[0]) if h not in skip]
    return sorted(tuple(r[i] for i in keep) for r in rows[1:])


def test_full_export_persons_sheet_reads_as_a_contact_list(
    demo_store: Store, tmp_path: Path
) -> None:
    """The whole file is read back by the full import (tests/unit/importing/
    test_full_roundtrip.py); its Persons sheet alone, chosen as a sheet, is still a contact
    list that any import reads: names, organisations, e-mails and numbers."""
    first = tmp_path / "all.xlsx"
    exports.write_all(demo_store, first)
    with open_store(tmp_path / "new.db", create=True, clock=fixed_clock) as fresh:
        source = imports.read(first, sheet="Persons")
        assert source.mapping is not None and source.mapping.preset == "attache"
        preview = imports.preview(fresh, source, on_duplicate="create")
        assert not preview.plan.errors
        imports.commit(fresh, preview.plan)
        second = tmp_path / "again.xlsx"
        exports.write_all(fresh, second)
    kept = {"given_name", "family_name", "native_name", "organisation", "emails", "phones",
            "phones_e164", "country", "city"}  # fmt: skip
    persons = _rows_without(first, "Persons", set(sheet(first, "Persons")[0]) - kept)
    assert persons == _rows_without(second, "Persons", set(sheet(second, "Persons")[0]) - kept)


def test_cancelled_full_export_leaves_nothing(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    out.write_bytes(b"previous export")

    def stop(done: int, total: int) -> None:
        if done > 100:
            raise Cancelled

    with pytest.raises(Cancelled):
        exports.write_all(demo_store, out, progress=stop)
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if "all.xlsx" in p.name) == ["all.xlsx"]


def test_export_to_a_place_that_cannot_be_written(demo_store: Store, tmp_path: Path) -> None:
    period = exports.parse_period("2026")
    with pytest.raises(exports.ExportError, match="the folder does not exist"):
        exports.write_report(demo_store, tmp_path / "missing" / "r.xlsx", period)
    with pytest.raises(exports.ExportError, match="a folder, not a file"):
        exports.write_all(demo_store, tmp_path)
    assert list(tmp_path.iterdir()) == [p for p in tmp_path.iterdir() if p.name != "r.xlsx"]


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice is not installed here (CI installs libreoffice-calc-nogui)",
)
def test_report_converts_to_pdf_with_libreoffice(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    exports.write_report(demo_store, out, exports.parse_period("2026"), clock=fixed_clock)
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    pdf = tmp_path / "report.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) >= 6  # a page at least per sheet


def test_full_export_carries_identities_and_international_numbers(
    demo_store: Store, tmp_path: Path
) -> None:
    """Every sheet's ``uuid`` column holds the records' identities (read with calamine),
    and ``phones_e164`` the international form of each typed number, line for line."""
    out = tmp_path / "all.xlsx"
    exports.write_all(demo_store, out)
    book = CalamineWorkbook.from_path(str(out))
    tables = {
        "Persons": "persons", "Organisations": "organisations", "Watch notes": "notes",
        "Activities": "interactions", "Programmes": "programmes", "Calls": "calls",
        "Deadlines": "deadlines",
    }  # fmt: skip
    for sheet, table in tables.items():
        rows = book.get_sheet_by_name(sheet).to_python()
        header = [str(h) for h in rows[0]]
        written = {int(r[header.index("id")]): str(r[header.index("uuid")]) for r in rows[1:]}
        stored = {
            int(r["id"]): str(r["uuid"]) for r in demo_store.query(f"SELECT id, uuid FROM {table}")
        }
        assert written == stored and all(stored.values()), sheet
    rows = book.get_sheet_by_name("Persons").to_python()
    header = [str(h) for h in rows[0]]
    checked = 0
    for row in rows[1:]:
        person = records.get_person(demo_store, int(row[header.index("id")]))
        typed = str(row[header.index("phones")]).split("\n") if person.phones else []
        e164 = str(row[header.index("phones_e164")]).split("\n") if person.phones else []
        assert len(typed) == len(e164) == len(person.phones)
        for phone, shown, international in zip(person.phones, typed, e164, strict=True):
            assert shown.endswith(phone.number) and international == phone.e164
            if phone.e164:
                parsed = phonenumbers.parse(phone.e164)
                assert phonenumbers.is_valid_number(parsed)
                assert (
                    phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
                    == international
                )
                checked += 1
    assert checked > 50
