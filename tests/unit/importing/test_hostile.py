"""Hostile files (issue 14, item 6): each gets one sentence and the database stays exactly
as it was — sheets whose size would make python-calamine abort the process, what is not a
regular file, thousands of columns, huge folded values, more contacts than an import takes,
a header with nothing under it, control characters inside the values.

The real command's side (exit status, terminal output, read-only databases) is in
tests/e2e/test_hostile_cli.py; the window's in tests/gui/test_import_wizard.py.
"""

from __future__ import annotations

import base64
import io
import os
import random
import string
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attache_app.domain.controls import escape_controls, shown_name, strip_controls
from attache_app.importing import sheet_extent, tables
from attache_app.importing.contact import MAX_CONTACTS, ImportFileError, PackedContacts, RawContact
from attache_app.importing.reading import contacts_of, read_file
from attache_app.importing.table_contacts import _joined_columns
from attache_app.services import imports
from attache_app.storage import Store
from tests.unit.importing.test_bad_input import Write, _refused, _state

# --- workbooks that would abort the process --------------------------------------------


def _workbook_with_far_cell(path: Path, reference: str) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Email"])
    sheet.append(["Wei Chen", "wei.chen@example.org"])
    sheet[reference] = "x"
    book.save(path)
    return path


def _without_dimension(path: Path) -> Path:
    """The same workbook without its <dimension> element: the check must rest on the cell
    references, which is what calamine allocates from."""
    source = path.read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as original, zipfile.ZipFile(out, "w") as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                start = data.index(b"<dimension")
                data = data[:start] + data[data.index(b"/>", start) + 2 :]
            copy.writestr(item, data)
    path.write_bytes(out.getvalue())
    return path


@pytest.mark.parametrize(
    ("reference", "fragment"),
    [
        ("XFD1048576", "row 1,048,576"),
        ("ZZ200000", "row 200,000"),
        ("XFD400", "400 rows by 16,384 columns"),
    ],
)
def test_a_cell_far_away_is_refused_before_calamine_reads(
    store: Store, tmp_path: Path, reference: str, fragment: str
) -> None:
    """XFD1048576 made calamine ask for 550 GB and abort the process (exit 134); ZZ200000
    took 5.5 GB. Refused from the sheet's XML, whatever its <dimension> says."""
    path = _without_dimension(_workbook_with_far_cell(tmp_path / "far.xlsx", reference))
    _refused(store, path, fragment, "sheet1")


def _with_sheet_data(path: Path, sheet_data: bytes) -> Path:
    """An openpyxl workbook whose first sheet's <sheetData> is replaced by ``sheet_data``:
    rows and cells as other writers (or an attacker) put them."""
    book = openpyxl.Workbook()
    assert book.active is not None
    book.active.append(["Name", "Email"])
    book.save(path)
    out = io.BytesIO()
    with zipfile.ZipFile(path) as original, zipfile.ZipFile(out, "w") as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                start, end = data.index(b"<sheetData"), data.index(b"</sheetData>") + 12
                data = data[:start] + b"<sheetData>" + sheet_data + b"</sheetData>" + data[end:]
            copy.writestr(item, data)
    path.write_bytes(out.getvalue())
    return path


def _inline(text: str, reference: str = "") -> bytes:
    where = f' r="{reference}"' if reference else ""
    return f'<c{where} t="inlineStr"><is><t>{text}</t></is></c>'.encode()


@pytest.mark.parametrize("prefix", ["", "x:"])
def test_cells_without_references_are_counted(store: Store, tmp_path: Path, prefix: str) -> None:
    """Cells without ``r`` are placed one after the other: 300 rows of 20,000 bare cells
    (6 million cells) are refused before calamine reads them — even when a cell's text is
    full of ``r="`` that a count of references would have taken for cells."""
    rng = random.Random(14)
    noise = "".join(' r="' + "".join(rng.choices(string.ascii_letters, k=6)) for _ in range(40_000))
    wide_row = b"<row>" + _inline(noise) + b"<c/>" * 20_000 + b"</row>"
    data = wide_row + b"<row/>" * 299
    if prefix:  # .NET's Open XML SDK writes <x:row><x:c>; calamine reads them alike
        data = data.replace(b"<row", b"<x:row").replace(b"<c", b"<x:c")
        data = data.replace(b"</row", b"</x:row").replace(b"</c>", b"</x:c>")
        data = (
            b'<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            + data
            + b"</x:sheetData>"
        )
    path = _with_sheet_data(tmp_path / "bare.xlsx", data)
    _refused(store, path, "300 rows by 20,001 columns", "sheet1")


@pytest.mark.parametrize(
    "style",
    ["reference later", "no reference"],
)
def test_sound_sheets_written_otherwise_still_read(tmp_path: Path, style: str) -> None:
    """Writers that put the reference after another attribute, or leave it out, take the
    counting path, and a sound sheet of theirs reads whole."""
    people = [("Name", "Email")] + [(f"Person {n}", f"p{n}@example.org") for n in range(200)]
    rows = []
    for number, (name, email) in enumerate(people, start=1):
        if style == "reference later":
            cells = (
                f'<c t="inlineStr" r="A{number}"><is><t>{name}</t></is></c>'
                f'<c t="inlineStr" r="B{number}"><is><t>{email}</t></is></c>'
            )
            rows.append(f'<row spans="1:2" r="{number}">{cells}</row>')
        else:
            rows.append("<row>" + (_inline(name) + _inline(email)).decode() + "</row>")
    data = "".join(rows).encode()
    path = _with_sheet_data(tmp_path / f"{style}.xlsx", data)
    source = read_file(path)
    assert source.table is not None
    assert source.headers == ["Name", "Email"]
    assert [r[:2] for r in source.table.rows] == [list(p) for p in people[1:]]


def test_the_common_sheet_takes_the_quick_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Excel, LibreOffice and openpyxl write every row and cell with its reference first:
    no counting for them; a tag without it (even prefixed) sends the sheet to counting."""
    common = b'<row r="1" spans="1:2"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1"/></row>'
    assert sheet_extent._BARE.search(common) is None
    assert sheet_extent._BARE.search(b'<cols><col min="1" max="2"/></cols>') is None
    tags = (b"<c>", b"<c/>", b'<c s="1" r="A1">', b"<row>", b'<row spans="1:2">')
    for tag in tags:
        assert sheet_extent._BARE.search(tag) is not None, tag
    for tag in (b'<x:c r="A1">', b"<x:row>", b"<ss:c/>"):
        assert sheet_extent._PREFIXED.search(tag) is not None, tag


def _ods(path: Path, rows: int, columns: int) -> Path:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Contacts">'
        "<table:table-row>"
        '<table:table-cell office:value-type="string"><text:p>Name</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p>Email</text:p></table:table-cell>'
        "</table:table-row>"
        f'<table:table-row table:number-rows-repeated="{rows}">'
        f'<table:table-cell table:number-columns-repeated="{columns}" '
        'office:value-type="string"><text:p>x</text:p></table:table-cell>'
        "</table:table-row></table:table></office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "mimetype",
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        archive.writestr("content.xml", content)
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
            '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
            'manifest:full-path="/" manifest:media-type='
            '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
            'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
    return path


def test_an_opendocument_sheet_repeating_cells_millions_of_times(
    store: Store, tmp_path: Path
) -> None:
    """1.5 KB asking for 90 million cells: calamine's allocation failed and aborted."""
    _refused(store, _ods(tmp_path / "repeat.ods", 10_000, 9_000), "90,009,000 cells")
    _refused(store, _ods(tmp_path / "tall.ods", 1_048_575, 2), "row 1,048,576")


def test_a_sound_opendocument_sheet_still_reads(tmp_path: Path) -> None:
    source = read_file(_ods(tmp_path / "fine.ods", 3, 2))
    assert source.table is not None
    assert source.headers == ["Name", "Email"] and len(source.table.rows) == 3


def test_a_wide_but_sound_workbook_still_reads(tmp_path: Path) -> None:
    """60 columns (beyond Z: the exact height is then measured) and 300 rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Email", *(f"Extra {n}" for n in range(58))])
    for n in range(300):
        sheet.append([f"Person {n}", f"p{n}@example.org", *(str(c) for c in range(58))])
    book.save(tmp_path / "wide.xlsx")
    source = read_file(tmp_path / "wide.xlsx")
    assert len(contacts_of(source)) == 300


def test_a_binary_workbook_is_refused_not_read(store: Store, tmp_path: Path) -> None:
    """.xlsb sheets are binary records: nothing can check their extent before calamine
    reads them, so they are not read."""
    path = tmp_path / "classeur.xlsb"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
        archive.writestr("xl/worksheets/sheet1.bin", b"\x81\x01\x00" * 100)
    _refused(store, path, ".xlsb", ".xlsx")


# --- what is not a regular file --------------------------------------------------------


def test_a_fifo_named_csv_is_refused_without_waiting(store: Store, tmp_path: Path) -> None:
    """Opening a FIFO for reading blocks until a writer comes: nobody ever would."""
    fifo = tmp_path / "contacts.csv"
    os.mkfifo(fifo)
    _refused(store, fifo, "not a regular file")


def test_a_device_behind_a_contact_name_is_refused(store: Store, tmp_path: Path) -> None:
    link = tmp_path / "contacts.vcf"
    link.symlink_to("/dev/zero")  # endless: reading it would never finish
    _refused(store, link, "not a regular file")


# --- columns and folded values: linear -------------------------------------------------


def test_two_thousand_columns(store: Store, write: Write) -> None:
    """The full-name inference compared every triple of columns (8 billion for 2,000)."""
    headers = ",".join(f"Colonne {n}" for n in range(2000))
    rows = "\n".join(",".join(f"r{r}c{n}" for n in range(2000)) for r in range(3))
    source = read_file(write("wide.csv", f"Name,Email,{headers}\n{rows}\n"))
    assert source.table is not None and len(source.headers) == 2002


@settings(max_examples=40, deadline=None)
@given(
    width=st.integers(min_value=3, max_value=60),
    data=st.data(),
)
def test_the_joined_name_column_is_found_among_many(width: int, data: st.DataObject) -> None:
    """A full-name column placed anywhere among ``width`` text columns, with its given and
    family names elsewhere: found, whatever the order (known by construction)."""
    a, b, c = data.draw(st.permutations(range(width)))[:3]
    rng = random.Random(data.draw(st.integers(0, 1000)))
    sample: list[list[tables.Cell]] = []
    for _ in range(5):
        row: list[tables.Cell] = [
            "".join(rng.choices(string.ascii_lowercase, k=6)) for _ in range(width)
        ]
        given_name, family = f"Given{rng.randint(0, 99)}", f"Family{rng.randint(0, 99)}"
        row[b], row[c], row[a] = given_name, family, f"{given_name} {family}"
        sample.append(row)
    assert _joined_columns(sample, list(range(width))) == (a, b, c)


def test_a_27_megabyte_folded_ldif_value(store: Store, write: Write) -> None:
    """Folded into 360,000 lines: joined once (it ran for minutes), and read exactly."""
    value = (string.ascii_letters + string.digits) * ((27 << 20) // 62)  # 27 MB
    folded = "\n ".join(value[i : i + 75] for i in range(0, len(value), 75))
    path = write("book.ldif", f"dn: cn=Wei Chen\ncn: Wei Chen\ndescription: {folded}\n\n")
    (contact,) = contacts_of(read_file(path))
    assert contact.notes == value


def test_a_30_megabyte_vcard_photo(store: Store, write: Write) -> None:
    """A 2.1 base64 PHOTO of 30 MB on 400,000 lines: skipped in linear time."""
    photo = base64.b64encode(random.Random(5).randbytes(22 << 20)).decode()
    lines = "\r\n ".join(photo[i : i + 76] for i in range(0, len(photo), 76))
    path = write(
        "photo.vcf",
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Chen;Wei\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n "
        f"{lines}\r\n\r\nEMAIL:wei.chen@example.org\r\nEND:VCARD\r\n",
    )
    (contact,) = contacts_of(read_file(path))
    assert contact.emails == [("wei.chen@example.org", "")]


# --- more contacts than an import takes: refused while reading -------------------------


def test_a_csv_beyond_the_limit_is_refused_while_it_is_read(store: Store, write: Write) -> None:
    """Refused at the first row beyond the limit: the rest of the file, damaged on
    purpose, is never reached (were it read, its ragged rows would be the complaint)."""
    rows = "".join(f"P{n},p{n}@example.org\n" for n in range(MAX_CONTACTS + 1000))
    tail = "a,b,c,d,e,f\n" * 10
    message = _refused(store, write("huge.csv", "Name,Email\n" + rows + tail), "more than")
    assert f"line {tables.MAX_ROWS + 1}" in message


def test_vcards_beyond_the_limit_are_counted_before_they_are_parsed(
    store: Store, write: Write
) -> None:
    """Counted first: the last card, never closed, would otherwise be the complaint."""
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\nEND:VCARD\r\n"
    path = write("huge.vcf", card * MAX_CONTACTS + "BEGIN:VCARD\r\nFN:cut")
    _refused(store, path, f"more than {MAX_CONTACTS:,} contacts")


def test_one_contact_beyond_the_limit(store: Store, write: Write) -> None:
    rows = "".join(f"P{n},p{n}@example.org\n" for n in range(MAX_CONTACTS + 1))
    _refused(store, write("limit.csv", "Name,Email\n" + rows), f"{MAX_CONTACTS:,} contacts")


def test_a_workbook_beyond_the_limit(store: Store, tmp_path: Path) -> None:
    path = _workbook_with_far_cell(tmp_path / "tall.xlsx", f"A{MAX_CONTACTS + 1500}")
    _refused(store, path, f"row {MAX_CONTACTS + 1500:,}")


# --- control characters ----------------------------------------------------------------

_CONTROLS = [c for c in map(chr, [*range(0x20), *range(0x7F, 0xA0)]) if c not in "\t\n\r"]


def test_control_characters_are_removed_and_named(store: Store, write: Write) -> None:
    path = write(
        "evil.csv",
        "Nom,Prénom,Courriel,Notes\n"
        "Chen,Wei,wei.chen@example.org,ok\n"
        "Lin\x1b[31m,Yu\x07,yu.lin@example.org,\x1b]0;owned\x07 plain\n",
    )
    source = read_file(path)
    preview = imports.preview(store, source)
    assert source.cleaned == [("line 3", "Nom", 1), ("line 3", "Prénom", 1), ("line 3", "Notes", 2)]
    result = imports.commit(store, preview.plan)
    assert result.created == 2
    family, given, notes = store.execute(
        "SELECT family_name, given_name, notes FROM persons WHERE given_name LIKE 'Yu%'"
    ).fetchone()
    assert (family, given) == ("Lin[31m", "Yu")
    assert notes == "]0;owned plain"


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    words=st.lists(
        st.text(alphabet=string.ascii_letters + "éèçà陳", min_size=2, max_size=12),
        min_size=3,
        max_size=3,
    ),
    inserted=st.lists(
        st.tuples(st.integers(0, 2), st.integers(1, 11), st.sampled_from(_CONTROLS)),
        max_size=8,
    ),
    format=st.sampled_from(["csv", "vcf"]),
)
def test_generated_control_characters_are_all_removed_and_counted(
    tmp_path_factory: pytest.TempPathFactory,
    words: list[str],
    inserted: list[tuple[int, int, str]],
    format: str,
) -> None:
    """Controls inserted at random places of the values: the values read are the values
    without them, and the count removed is the count inserted (known by construction)."""
    values = [list(w) for w in words]
    for field, position, char in inserted:  # inside the value (its ends are trimmed anyway)
        values[field].insert(min(position, len(values[field]) - 1), char)
    given_name, family, notes = ("".join(v) for v in values)
    folder = tmp_path_factory.mktemp("controls")
    if format == "csv":
        path = folder / "list.csv"
        text = f'Prénom;Nom;Notes\n"{given_name}";"{family}";"{notes}"\n'
    else:
        path = folder / "list.vcf"
        text = (
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{family};{given_name}\r\nFN:{given_name} {family}\r\n"
            f"NOTE:{notes}\r\nEND:VCARD\r\n"
        )
    path.write_bytes(text.encode("utf-8"))
    try:
        source = read_file(path)
    except ImportFileError:
        assert "\x00" in text  # NUL makes a CSV binary: refused whole, also fine
        return
    (contact,) = contacts_of(source)
    assert contact.notes.strip() == strip_controls(notes)[0].strip()
    assert strip_controls(given_name)[0].strip() in (contact.given_name, contact.formatted_name)
    removed = sum(count for _, _, count in source.cleaned)
    in_formatted_name = sum(c in _CONTROLS for c in given_name + family) if format == "vcf" else 0
    assert removed == len(inserted) + in_formatted_name


def test_escaping_for_the_terminal() -> None:
    assert escape_controls("a\x1b[2Jb\x07\x9b") == "a\\x1b[2Jb\\x07\\x9b"
    assert escape_controls("two\nlines\r\n") == "two\nlines\n"
    assert escape_controls("over\rwrite") == "over\\rwrite"
    assert shown_name("evil\n\x1b[31m.csv") == "evil\\n\\x1b[31m.csv"
    assert shown_name("Hélène 陳.csv") == "Hélène 陳.csv"
    assert strip_controls("a\x00b\tc\nd\x7f\x85") == ("ab\tc\nd", 3)


def test_a_file_name_with_a_new_line_and_an_escape(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "évil\n\x1b[2J.csv"
    path.write_text("Name,Email\n", encoding="utf-8")
    before = _state(store)
    with pytest.raises(ImportFileError) as raised:
        imports.preview(store, read_file(path))
    message = str(raised.value)
    assert message.startswith("évil\\n\\x1b[2J.csv: ")
    assert "\n" not in message and "\x1b" not in message
    assert _state(store) == before


def test_nothing_written_by_any_refusal(store: Store, tmp_path: Path) -> None:
    """The digest of the database is the same after every refusal above (checked each
    time by ``_refused``); and a sound import afterwards still works."""
    before = _state(store)
    path = tmp_path / "fine.csv"
    path.write_text("Name,Email\nWei Chen,wei.chen@example.org\n", encoding="utf-8")
    assert imports.commit(store, imports.preview(store, read_file(path)).plan).created == 1
    assert _state(store) != before


# --- contacts of vCard and LDIF files kept packed --------------------------------------

_values = st.text(max_size=20)
_contacts = st.builds(
    RawContact,
    location=_values,
    formatted_name=_values,
    given_name=_values,
    family_name=_values,
    native_name=_values,
    organisation=_values,
    notes=st.text(max_size=200),
    emails=st.lists(st.tuples(_values, _values), max_size=3),
    phones=st.lists(st.tuples(_values, _values), max_size=3),
    urls=st.lists(_values, max_size=2),
    tags=st.lists(_values, max_size=2),
    is_organisation=st.booleans(),
    kept=st.lists(st.tuples(_values, _values), max_size=2),
    dates=st.lists(st.tuples(_values, _values, _values), max_size=2),
)


@given(contacts=st.lists(_contacts, max_size=8), data=st.data())
def test_packed_contacts_give_back_what_was_packed(
    contacts: list[RawContact], data: st.DataObject
) -> None:
    """Generated contacts (any text, control characters included) packed one by
    one: each comes back equal, by index, slice and iteration, as a new object whose lists
    can be changed without changing the packed one."""
    packed = PackedContacts(contacts)
    assert len(packed) == len(contacts)
    assert list(packed) == contacts
    if contacts:
        index = data.draw(st.integers(0, len(contacts) - 1))
        assert packed[index] == contacts[index]
        assert packed[index] is not contacts[index]
        packed[index].emails.append(("x@example.org", ""))
        assert packed[index] == contacts[index]
    start, stop = data.draw(st.integers(0, 8)), data.draw(st.integers(0, 8))
    assert packed[start:stop] == contacts[start:stop]


def test_a_vcard_file_is_read_as_packed_contacts(write: Write) -> None:
    """The cards of a vCard file are kept packed (the 100,000-card import under 500 MB,
    `benchmarks/bench_hostile.py`), and read as the cards say."""
    path = write(
        "list.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Chen;Wei;;;\r\nFN:Wei Chen\r\nORG:ITRI\r\n"
        "EMAIL;TYPE=work:wei.chen@example.org\r\nTEL;TYPE=cell:+886 912 345 678\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anne Martin\r\nEND:VCARD\r\n",
    )
    source = read_file(path)
    assert isinstance(source.contacts, PackedContacts)
    first, second = contacts_of(source)
    assert (first.given_name, first.family_name, first.organisation) == ("Wei", "Chen", "ITRI")
    assert first.emails == [("wei.chen@example.org", "work")]
    assert first.phones == [("+886 912 345 678", "mobile")]
    assert second.formatted_name == "Anne Martin"
