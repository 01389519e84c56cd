"""Bad input: one clear message (file, row or line, reason), no hang, no memory blow-up,
and the database exactly as it was."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attache_app.errors import AttacheError
from attache_app.importing.contact import ImportFileError
from attache_app.importing.reading import read_file
from attache_app.services import imports
from attache_app.storage import Store

Write = Callable[..., Path]


def _state(store: Store) -> str:
    """A digest of every row of every table: equal means nothing was written."""
    digest = hashlib.sha256()
    tables = [r[0] for r in store.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in sorted(tables):
        for row in sorted(repr(r) for r in store.execute(f"SELECT * FROM {table}")):
            digest.update(row.encode())
    return digest.hexdigest()


def _refused(store: Store, path: Path, *fragments: str) -> str:
    before = _state(store)
    with pytest.raises(ImportFileError) as raised:
        preview = imports.preview(store, read_file(path))
        imports.commit(store, preview.plan)
    message = str(raised.value)
    assert message.startswith(path.name) or str(path) in message
    for fragment in fragments:
        assert fragment in message, message
    assert "Traceback" not in message
    assert _state(store) == before
    return message


def _xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Email"])
    for n in range(200):
        sheet.append([f"Person {n}", f"p{n}@example.org"])
    book.save(path)
    return path


def test_empty_file(store: Store, write: Write) -> None:
    _refused(store, write("empty.csv", b""), "empty")
    _refused(store, write("blank.csv", b"\r\n \r\n"), "empty")


def test_binary_file_named_csv(store: Store, write: Write) -> None:
    _refused(store, write("photo.csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8), "PNG")
    _refused(store, write("noise.csv", bytes(range(256)) * 64), "not a text file")


def test_truncated_xlsx(store: Store, tmp_path: Path) -> None:
    whole = _xlsx(tmp_path / "whole.xlsx").read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole[: len(whole) // 2])
    _refused(store, cut, "truncated")


def test_xlsx_with_a_damaged_compressed_part(store: Store, tmp_path: Path) -> None:
    """Found by the fuzzer (tests/fuzz): one flipped byte inside a deflated part made the
    zip module raise zlib.error instead of a sentence."""
    whole = bytearray(_xlsx(tmp_path / "whole.xlsx").read_bytes())
    with zipfile.ZipFile(tmp_path / "whole.xlsx") as archive:
        first = archive.infolist()[0]
    start = first.header_offset + 30 + len(first.filename.encode()) + len(first.extra)
    whole[start + 16] ^= 0xFF  # inside the compressed data of the first part
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(bytes(whole))
    _refused(store, damaged, "not a complete")


def test_xlsx_zip_bomb(store: Store, tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "bomb.xlsx")
    block = b"<row>" + b" " * (1 << 20) + b"</row>"
    with (
        zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/worksheets/sheet9.xml", "w", force_zip64=True) as member,
    ):
        for _ in range(120):  # 120 MB of near-nothing, deflated to ~120 KB
            member.write(block)
    assert path.stat().st_size < 2 << 20
    _refused(store, path, "zip bomb")


def _entity(n: int) -> str:
    inner = ("&lol" + str(n - 1) + ";") * 10 if n > 1 else "&lol;" * 10
    return f'<!ENTITY lol{n} "{inner}">'


def test_xlsx_xml_entity_bomb(store: Store, tmp_path: Path) -> None:
    source = _xlsx(tmp_path / "plain.xlsx")
    path = tmp_path / "lol.xlsx"
    lol = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(_entity(n).encode() for n in range(1, 10))
        + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        b'count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
    )
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as bomb:
        for item in original.infolist():
            data = original.read(item.filename)
            bomb.writestr(item, lol if item.filename == "xl/sharedStrings.xml" else data)
        if "xl/sharedStrings.xml" not in original.namelist():
            bomb.writestr("xl/sharedStrings.xml", lol)
    _refused(store, path, "entit")


def test_fifty_megabytes_on_one_line(store: Store, write: Write) -> None:
    path = write("one-line.csv", b"Name,Email," + b"x" * (50 << 20))
    _refused(store, path, "line 1", "characters long")


def test_rows_with_more_values_than_columns(store: Store, write: Write) -> None:
    path = write(
        "ragged.csv",
        "Name,Email\nWei Chen,w.chen@ntu.edu.tw\nYu Lin,y.lin@ntu.edu.tw,Taipei,extra\n"
        "Ana Wu,a.wu@ntu.edu.tw\n",
    )
    _refused(store, path, "line 3", "more values than the header has columns (2)")


def test_rows_with_fewer_values_are_fine(store: Store, write: Write) -> None:
    path = write("short.csv", "Name,Email,City\nWei Chen,w.chen@ntu.edu.tw\n")
    result = imports.commit(store, imports.preview(store, read_file(path)).plan)
    assert result.created == 1


def test_invalid_utf8_inside_a_utf8_file(store: Store, write: Write) -> None:
    path = write(
        "mixed.csv",
        "Name,Email\nHélène Lefèvre,h.lefevre@pasteur.fr\n".encode()
        + b"Jos\xe9 Garc\xeda,j.garcia@example.es\n",
    )
    _refused(store, path, "line 3", "UTF-8")


def test_vcard_without_end(store: Store, write: Write) -> None:
    path = write(
        "cut.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Wei Chen\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Yu Lin\r\nEMAIL:y.lin@ntu.edu.tw\r\n",
    )
    _refused(store, path, "line 5", "END:VCARD")


def test_a_spreadsheet_name_on_something_else(store: Store, write: Write) -> None:
    _refused(store, write("list.xlsx", "Name,Email\nWei,w@x.org\n"), "not one")


def test_missing_file_and_folder(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="no such file"):
        read_file(tmp_path / "nowhere.csv")
    with pytest.raises(ImportFileError, match="folder"):
        read_file(tmp_path)


def test_a_file_of_only_headers_is_refused(store: Store, write: Write) -> None:
    """Not "imported" as an empty batch: refused, and no batch is recorded."""
    _refused(store, write("headers.csv", "Name,Email\n"), "header row (Name, Email)", "no contact")
    _refused(store, write("totals.csv", "Name,Email\nTotal,0\n\n"), "no contact")


# --- generated input -------------------------------------------------------------------

_CELL = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=20,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.lists(_CELL, min_size=1, max_size=6), min_size=0, max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_generated_csv_never_crashes(
    tmp_path_factory: pytest.TempPathFactory,
    rows: list[list[str]],
    delimiter: str,
    encoding: str,
) -> None:
    import csv

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    folder = tmp_path_factory.mktemp("csv")
    path = folder / "generated.csv"
    path.write_bytes(buffer.getvalue().encode(encoding, "replace"))
    _import_or_refuse(folder, path)


_VCARD_LINES = st.one_of(
    st.sampled_from(
        [
            "BEGIN:VCARD",
            "END:VCARD",
            "VERSION:2.1",
            "VERSION:3.0",
            "N:Doe;John;;;",
            "FN:John Doe",
            "EMAIL;TYPE=work:john@example.org",
            "TEL;CELL:+33 6 12 34 56 78",
            "NOTE;ENCODING=QUOTED-PRINTABLE:G=C3=BCnther=",
            "ORG:ACME;R&D",
            " folded",
            "PHOTO;ENCODING=BASE64:AAAA",
            "item1.EMAIL:x@y.org",
            "item1.X-ABLabel:Work",
            "FN;CHARSET=SHIFT_JIS:\\u5b89",
            "=",
            "",
            "N:;;;;",
            "ADR:;;;;;;",
        ]
    ),
    _CELL,
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(_VCARD_LINES, max_size=25))
def test_generated_vcards_never_crash(
    tmp_path_factory: pytest.TempPathFactory, lines: list[str]
) -> None:
    folder = tmp_path_factory.mktemp("vcf")
    path = folder / "generated.vcf"
    path.write_bytes(("BEGIN:VCARD\r\n" + "\r\n".join(lines)).encode("utf-8"))
    _import_or_refuse(folder, path)


def _import_or_refuse(folder: Path, path: Path) -> None:
    from attache_app.storage import open_store

    with open_store(folder / "db.sqlite", create=True, auto_backup=False) as store:
        before = _state(store)
        try:
            preview = imports.preview(store, read_file(path))
            imports.commit(store, preview.plan)
        except AttacheError as error:
            assert str(error).startswith(path.name)
            assert _state(store) == before
