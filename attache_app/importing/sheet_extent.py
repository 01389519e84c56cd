"""The size of a spreadsheet, checked before python-calamine reads it.

calamine allocates the whole rectangle of a sheet's cells at once: a single cell at XFD1048576
asks for 550 GB, an allocation failure that aborts the process (a Rust abort, not a panic that
could be caught). So the archive (truncated, zip bombs, DTDs) and each worksheet's XML are
checked here, streaming, before calamine is given the file (issue 14, item 6).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from attache_app.i18n import translate
from attache_app.importing.contact import MAX_CONTACTS, ImportFileError

MAX_UNCOMPRESSED = 1 << 30
"""A spreadsheet that would inflate beyond 1 GB is refused before it is read."""
MAX_RATIO = 200
MAX_CELLS = 5_000_000
"""A sheet whose cells span more than this (rows × columns, empty ones included) is refused
before python-calamine reads it: calamine allocates the whole rectangle at once, and a single
cell at XFD1048576 asks for 550 GB — an allocation failure that aborts the process."""
MAX_ROWS = MAX_CONTACTS + 1000
"""Rows of a sheet (or records of a CSV): the contacts, a header and some title rows."""


def check_zip(path: Path, file_name: str) -> None:
    """Refuse truncated archives, zip bombs and XML with DTDs (entity bombs) up front."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            total = sum(m.file_size for m in members)
            for member in members:
                ratio = member.file_size / max(member.compress_size, 1)
                if ratio > MAX_RATIO and member.file_size > 10 << 20:
                    raise ImportFileError(
                        file_name,
                        translate(
                            "Import",
                            "“{member}” would inflate {ratio:.0f} times (a zip bomb?); "
                            "the file was not read.",
                        ).format(member=member.filename, ratio=ratio),
                    )
            if total > MAX_UNCOMPRESSED:
                raise ImportFileError(
                    file_name,
                    translate(
                        "Import", "the workbook would inflate to {size:,} MB; it was not read."
                    ).format(size=total >> 20),
                )
            for member in members:
                if _SHEET_PART.match(member.filename):
                    _check_extent(archive, member, file_name)
                elif member.filename == "content.xml":
                    _check_ods_extent(archive, member, file_name)
                elif _BINARY_SHEET.match(member.filename):
                    raise ImportFileError(
                        file_name,
                        translate(
                            "Import",
                            "this is a binary Excel workbook (.xlsb), which is not read; save "
                            "it as .xlsx in Excel and import that.",
                        ),
                    )
            for member in members:
                if member.filename.endswith((".xml", ".rels")):
                    with archive.open(member) as stream:
                        head = stream.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise ImportFileError(
                            file_name,
                            translate(
                                "Import",
                                "“{member}” declares XML entities, which no spreadsheet "
                                "program writes (an entity bomb?); the file was not read.",
                            ).format(member=member.filename),
                        )
    # A damaged deflate stream (zlib.error), an unknown compression method
    # (NotImplementedError), an encrypted member (RuntimeError): all a damaged file.
    except (
        zipfile.BadZipFile, EOFError, OSError, zlib.error, NotImplementedError, RuntimeError,
    ) as error:  # fmt: skip
        raise ImportFileError(
            file_name,
            translate(
                "Import",
                "this is not a complete Excel/OpenDocument file; it may have been truncated "
                "when it was sent ({error}).",
            ).format(error=error),
        ) from None


_BINARY_SHEET = re.compile(r"^xl/worksheets/[^/]+\.bin$", re.IGNORECASE)
"""An .xlsb worksheet: binary records, which cannot be checked by a scan before reading."""
_SHEET_PART = re.compile(r"^xl/worksheets/[^/]+\.xml$", re.IGNORECASE)
_NOTABLE = re.compile(rb'r="([A-Z]{2,3}|[A-Z]?(?=\d{6}))(\d+)"')
"""A reference (``r="…"``, of a row or a cell) beyond column Z or below row 99,999: the only
ones that can make a sheet too big. One search with a literal start: fast."""
_ANY_ROW = re.compile(rb'r="[A-Z]{0,3}(\d+)"')


def _xml_chunks(stream: IO[bytes]) -> Iterator[bytes]:
    """The XML of ``stream`` 4 MB at a time, each piece cut after a tag's end so that no
    tag straddles two pieces."""
    carry = b""
    while True:
        block = stream.read(1 << 22)
        if not block:
            if carry:
                yield carry
            return
        chunk = carry + block
        cut = chunk.rfind(b">") + 1
        if cut == 0 and len(chunk) < 1 << 24:
            carry = chunk
            continue
        cut = cut or len(chunk)
        carry = chunk[cut:]
        yield chunk[:cut]


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _highest(numbers: list[bytes]) -> int:
    return max(int(n) for n in set(numbers)) if numbers else 0


_BARE = re.compile(rb'<(?:c|row)(?! r=")[\s/>]')
"""A row or a cell that does not start with its reference (``<c>``, ``<row spans="…">``,
``<c s="1" r="A1">``), which calamine may place after the previous one: the sheet is then
measured by counting (:func:`_count_extent`). ``<`` cannot stand for itself in XML text or
attribute values, so text cannot hide such a tag; a CDATA section can only add false
alarms, which cost time, not safety."""
_PREFIXED = re.compile(rb":(?:c|row)[\s/>]")
"""A row or a cell written with a namespace prefix (``<x:c>``, as .NET's Open XML SDK
writes them), which calamine reads like the others: measured by counting too. Two searches
with a literal start are several times faster than one that allows a prefix."""


def _check_extent(archive: zipfile.ZipFile, member: zipfile.ZipInfo, file_name: str) -> None:
    """Refuse a worksheet whose cells reach beyond :data:`MAX_ROWS` rows or span more than
    :data:`MAX_CELLS`, reading its XML as a stream (4 MB at a time) before calamine
    allocates anything. The common case — every row and cell starts with its reference, as
    Excel, LibreOffice, Google Sheets and openpyxl write them — costs two searches per
    chunk: references beyond column Z or row 99,999, and a tag without a reference; every
    reference is only collected when the sheet is wider than column Z."""
    rows = columns = 0
    wide = False
    row_numbers: set[bytes] = set()
    with archive.open(member) as stream:
        for chunk in _xml_chunks(stream):
            if _BARE.search(chunk) is not None or _PREFIXED.search(chunk) is not None:
                _count_extent(archive, member, file_name)
                return
            for letters, digits in set(_NOTABLE.findall(chunk)):
                rows = max(rows, int(digits))
                if len(letters) > 1:
                    wide = True
                    columns = max(columns, _column_number(letters))
            if wide:  # the exact height matters only for a sheet wider than column Z
                row_numbers.update(_ANY_ROW.findall(chunk))
    if wide:
        rows = max(rows, _highest(list(row_numbers)))
    else:  # at most column Z: MAX_ROWS rows of it are below MAX_CELLS
        columns = 26
    sheet = member.filename.rsplit("/", 1)[-1].removesuffix(".xml")
    _refuse_extent(file_name, sheet, rows, columns)


_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s/>]")
_CELL_TAG = re.compile(rb"<(?:\w+:)?c[\s/>]")


def _count_extent(archive: zipfile.ZipFile, member: zipfile.ZipInfo, file_name: str) -> None:
    """:func:`_check_extent` for a sheet with rows or cells written without their reference
    first: the height is at least the number of rows, the width at least the most cells of
    a row, referenced or not (an over-estimate that no text of a cell can lower)."""
    rows = columns = widest = row_tags = 0
    wide = False
    row_numbers: set[bytes] = set()
    with archive.open(member) as stream:
        for chunk in _xml_chunks(stream):
            for letters, digits in set(_NOTABLE.findall(chunk)):
                rows = max(rows, int(digits))
                if len(letters) > 1:
                    wide = True
                    columns = max(columns, _column_number(letters))
            if wide:
                row_numbers.update(_ANY_ROW.findall(chunk))
            pieces = _ROW_TAG.split(chunk)
            row_tags += len(pieces) - 1
            widest = max(widest, *(len(_CELL_TAG.findall(piece)) for piece in pieces))
    if wide:
        rows = max(rows, _highest(list(row_numbers)))
    else:
        columns = 26
    columns = max(columns, widest)
    rows = max(rows, row_tags)
    sheet = member.filename.rsplit("/", 1)[-1].removesuffix(".xml")
    _refuse_extent(file_name, sheet, rows, columns)


_ODS_TAG = re.compile(
    rb"<table:table-(row|cell|covered-table-cell)\b([^>]*?)(/?)>|(</table:table-row>)"
    rb"|<table:table(\s[^>]*)?>"
)
_ODS_NAME = re.compile(rb'table:name="([^"]*)"')
_ODS_REPEAT = re.compile(rb'number-(?:rows|columns)-repeated="(\d+)"')


def _check_ods_extent(archive: zipfile.ZipFile, member: zipfile.ZipInfo, file_name: str) -> None:
    """The same for an OpenDocument spreadsheet, whose rows and cells say how many times
    they repeat: a 1.5 KB file can ask calamine for 90 million cells. Each table's extent
    is where its last non-empty cell ends."""
    height = width = row = column = row_width = 0
    repeat = 1
    name = ""
    with archive.open(member) as stream:
        for chunk in _xml_chunks(stream):
            for kind, attributes, closed, row_end, table in _ODS_TAG.findall(chunk):
                times = _ODS_REPEAT.search(attributes) if b"repeated" in attributes else None
                count = int(times.group(1)) if times else 1
                if kind in (b"cell", b"covered-table-cell"):
                    column += count
                    if not closed or b"value-type" in attributes:
                        row_width = column
                elif kind == b"row":
                    repeat, column, row_width = count, 0, 0
                    if closed:
                        row += repeat
                elif row_end:
                    if row_width:
                        width, height = max(width, row_width), row + repeat
                    row += repeat
                else:  # a new table
                    _refuse_extent(file_name, name, height, width)
                    found = _ODS_NAME.search(table)
                    name = found.group(1).decode("utf-8", "replace") if found else ""
                    height = width = row = 0
    _refuse_extent(file_name, name, height, width)


def _refuse_extent(file_name: str, sheet: str, rows: int, columns: int) -> None:
    if rows > MAX_ROWS:
        raise ImportFileError(
            file_name,
            translate(
                "Import",
                "the worksheet “{sheet}” reaches row {rows:,}; an import takes at most "
                "{max:,} contacts (split the file). Nothing was read.",
            ).format(sheet=sheet, rows=rows, max=MAX_CONTACTS),
        )
    if rows * columns > MAX_CELLS:
        raise ImportFileError(
            file_name,
            translate(
                "Import",
                "the worksheet “{sheet}” spans {rows:,} rows by {columns:,} columns "
                "({cells:,} cells, a cell far away from the others?); above {max:,} cells "
                "a sheet is not read. Nothing was imported.",
            ).format(sheet=sheet, rows=rows, columns=columns, cells=rows * columns, max=MAX_CELLS),
        )
