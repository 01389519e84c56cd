"""Tables from CSV/TSV/semicolon files and spreadsheets (.xlsx, .xls, .ods).

The header row is found even below title rows, merged cells and blank lines; empty rows and
totals rows are skipped; dates stay dates. Spreadsheets are read with python-calamine (a
Rust reader, about ten times faster than openpyxl's read-only mode), after checks that
refuse zip bombs, XML entity bombs and truncated files before anything is parsed.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from attache_app.domain.controls import strip_controls
from attache_app.i18n import translate
from attache_app.importing import decode
from attache_app.importing.contact import (
    MAX_CONTACTS,
    ImportFileError,
    line_at,
    line_template,
    row_at,
    row_template,
    too_many,
)
from attache_app.importing.mapping import header_score

Cell = str | float | int | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None

MAX_LINE = 1 << 20
"""A physical line longer than this (1 MB) is not a contact list."""
MAX_UNCOMPRESSED = 1 << 30
"""A spreadsheet that would inflate beyond 1 GB is refused before it is read."""
MAX_RATIO = 200
MAX_CELLS = 5_000_000
"""A sheet whose cells span more than this (rows × columns, empty ones included) is refused
before python-calamine reads it: calamine allocates the whole rectangle at once, and a single
cell at XFD1048576 asks for 550 GB — an allocation failure that aborts the process."""
MAX_ROWS = MAX_CONTACTS + 1000
"""Rows of a sheet (or records of a CSV): the contacts, a header and some title rows."""
_HEADER_SEARCH = 30
_DELIMITERS = (",", ";", "\t", "|")


@dataclass
class Table:
    headers: list[str]
    rows: list[list[Cell]]
    row_numbers: list[int]
    """The line (CSV) or row (sheet) number of each row, for messages."""
    has_header: bool = True
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""

    def where(self, index: int) -> str:
        number = self.row_numbers[index]
        return line_at(number) if self.delimiter else row_at(number)

    def column_name(self, index: int) -> str:
        """A column as messages name it: its header, else "column 3"."""
        header = self.headers[index] if index < len(self.headers) else ""
        return header or translate("Import", "column {n}").format(n=index + 1)

    def locations(self) -> list[str]:
        """Where every row is, for messages ("line 12", "row 7"), translated once."""
        template = line_template() if self.delimiter else row_template()
        return [template.format(n=number) for number in self.row_numbers]


# --- CSV -------------------------------------------------------------------------------


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
"""A physical line with its ending (\\r\\n, \\r or \\n), as ``newline=""`` reads them."""


def _checked_lines(text: str, file_name: str) -> Iterator[str]:
    # Matched in place: a StringIO would copy the text into four bytes per character
    # (280 MB for a 70 MB file).
    for number, match in enumerate(_LINE.finditer(text), start=1):
        line = match.group()
        if len(line) > MAX_LINE:
            raise ImportFileError(
                file_name,
                translate(
                    "Import",
                    "this line is {n:,} characters long; a contact list has no such lines.",
                ).format(n=len(line)),
                location=line_at(number),
            )
        yield line


def sniff_delimiter(text: str) -> str:
    """The delimiter giving the most rows with the same number (> 1) of fields."""
    sample = text[:65536]
    lines = sample.splitlines()[:50]
    if len(sample) == 65536 and len(lines) > 1:
        lines = lines[:-1]  # the last one may be cut
    best, best_score = ",", -1.0
    for delimiter in _DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delimiter) if r]
        except csv.Error:
            continue
        if not counts:
            continue
        common = max(set(counts), key=counts.count)
        if common <= 1:
            continue
        score = counts.count(common) + common / 100
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(data: bytes, file_name: str, encoding: str = "") -> Table:
    """A table from delimited text; ``encoding`` is found from the bytes when not given."""
    if not data.strip():
        raise ImportFileError(file_name, translate("Import", "the file is empty."))
    text, encoding = decode.decode(data, file_name, encoding)
    text = text.removeprefix("\ufeff")
    delimiter = sniff_delimiter(text)
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    reader = csv.reader(_checked_lines(text, file_name), delimiter=delimiter)
    try:
        for parsed in reader:
            record = parsed
            if len(record) == 1:
                # A row written with another delimiter (Thunderbird mixes tabs and commas).
                for other in _DELIMITERS:
                    if other != delimiter and other in record[0]:
                        record = next(csv.reader([record[0]], delimiter=other))
                        break
            rows.append(list(record))
            numbers.append(reader.line_num)
            if len(rows) > MAX_ROWS:  # refused while reading: 3,000,000 rows never held
                raise too_many(file_name, line_at(reader.line_num))
    except csv.Error as error:
        raise ImportFileError(
            file_name,
            translate("Import", "the CSV cannot be read ({error}).").format(error=error),
            location=line_at(reader.line_num),
        ) from None
    table = _tabulate(rows, numbers, file_name, text_rows=True)
    table.encoding, table.delimiter = encoding, delimiter
    return table


# --- spreadsheets ----------------------------------------------------------------------


def _check_zip(path: Path, file_name: str) -> None:
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


def _check_extent(archive: zipfile.ZipFile, member: zipfile.ZipInfo, file_name: str) -> None:
    """Refuse a worksheet whose cells reach beyond :data:`MAX_ROWS` rows or span more than
    :data:`MAX_CELLS`, reading its XML as a stream (4 MB at a time) before calamine
    allocates anything. The common case costs a few searches per chunk: every reference
    is only collected when the sheet is wider than column Z; cells without a reference
    (``<c>``) count by their number."""
    rows = columns = bare_cells = row_tags = 0
    wide = False
    row_numbers: set[bytes] = set()
    with archive.open(member) as stream:
        for chunk in _xml_chunks(stream):
            for letters, digits in set(_NOTABLE.findall(chunk)):
                rows = max(rows, int(digits))
                if len(letters) > 1:
                    wide = True
                    columns = max(columns, _column_number(letters))
            if wide:  # the exact height matters only for a sheet wider than column Z
                row_numbers.update(_ANY_ROW.findall(chunk))
            row_refs = chunk.count(b'<row r="')
            referenced = chunk.count(b' r="') - row_refs
            if chunk.count(b"<c") - chunk.count(b"<col") > referenced:
                # Cells without a reference, which calamine places after the previous one:
                # the widest row, counting its cells.
                bare_cells = max(
                    bare_cells,
                    *(
                        r.count(b"<c ") + r.count(b"<c>") + r.count(b"<c/>")
                        for r in chunk.split(b"<row")
                    ),
                )
            row_tags += chunk.count(b"<row")
    if wide:
        rows = max(rows, _highest(list(row_numbers)))
    else:  # at most column Z: MAX_ROWS rows of it are below MAX_CELLS
        columns = 26
    columns = max(columns, bare_cells)
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


def _reraise_interrupt(error: BaseException) -> None:
    """A Rust panic inside calamine reaches Python as ``pyo3_runtime.PanicException``,
    which derives from ``BaseException``: it is a damaged file like any other. Ctrl+C and
    exits are not."""
    if isinstance(error, KeyboardInterrupt | SystemExit | GeneratorExit):
        raise error


def sheet_names(path: Path, file_name: str) -> list[str]:
    workbook = _open_workbook(path, file_name)
    return list(workbook.sheet_names)


def _open_workbook(path: Path, file_name: str):  # type: ignore[no-untyped-def]
    from python_calamine import CalamineWorkbook

    with path.open("rb") as stream:
        if stream.read(2) == b"PK":  # .xlsx and .ods are zip archives
            _check_zip(path, file_name)
    try:
        return CalamineWorkbook.from_path(str(path))
    except BaseException as error:  # calamine's own errors, and its Rust panics
        _reraise_interrupt(error)
        raise ImportFileError(
            file_name,
            translate("Import", "the workbook cannot be read ({error}).").format(
                error=str(error)[:200]
            ),
        ) from None


def read_sheet(path: Path, file_name: str, sheet: str = "") -> Table:
    workbook = _open_workbook(path, file_name)
    names = list(workbook.sheet_names)
    if not names:
        raise ImportFileError(file_name, translate("Import", "the workbook has no sheet."))
    if sheet and sheet not in names:
        raise ImportFileError(
            file_name,
            translate("Import", "there is no sheet “{sheet}” (sheets: {names}).").format(
                sheet=sheet, names=", ".join(names)
            ),
        )
    # The chosen sheet, or the first whose first rows hold a header (each read once).
    candidates = [sheet] if sheet else names
    chosen, rows = candidates[0], []
    for name in candidates:
        try:
            values = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except BaseException as error:
            _reraise_interrupt(error)
            raise ImportFileError(
                file_name,
                translate("Import", "the sheet “{sheet}” cannot be read ({error}).").format(
                    sheet=name, error=str(error)[:200]
                ),
            ) from None
        if name == candidates[0]:
            chosen, rows = name, values
        if any(header_score(r) >= 2 for r in values[:_HEADER_SEARCH]):
            chosen, rows = name, values
            break
    table = _tabulate(rows, list(range(1, len(rows) + 1)), file_name, text_rows=False)
    table.sheet, table.sheets = chosen, names
    return table


def promote_header(table: Table, wanted: set[str]) -> bool:
    """Use as header the first row holding at least two of ``wanted`` (the headers of a
    saved mapping), for files whose headers say nothing by themselves."""
    if table.has_header:
        return False
    for index, row in enumerate(table.rows[:_HEADER_SEARCH]):
        cells = [str(c).strip() if not _blank(c) else "" for c in row]
        if len(wanted & set(cells)) >= min(2, len(wanted)):
            table.headers = cells
            table.rows = table.rows[index + 1 :]
            table.row_numbers = table.row_numbers[index + 1 :]
            table.has_header = True
            return True
    return False


# --- shared ----------------------------------------------------------------------------

_TOTAL = re.compile(r"^(total|totaux|sous total|sum|somme|count|nombre)\b", re.IGNORECASE)


def _blank(cell: Cell) -> bool:
    return cell is None or cell == "" or (isinstance(cell, str) and cell.isspace())


_TOTAL_STARTS = frozenset(("tot", "sou", "sum", "som", "cou", "nom"))
"""How the words of ``_TOTAL`` begin: other rows are let through without the pattern."""


def _is_totals(row: list[Cell], first: Cell) -> bool:
    """A "Total: 42" row (``first`` is its first value), which is not a contact."""
    if first.__class__ is not str:
        return False
    text = first.strip()
    if text[:3].lower() not in _TOTAL_STARTS or not _TOTAL.match(text):
        return False
    filled = [c for c in row if not _blank(c)]
    return all(isinstance(c, int | float) or str(c).strip().isdigit() for c in filled[1:])


_EMAIL_OR_PHONE = re.compile(r"^(?:[^@\s]+@[^@\s]+|\+?[\d\s().\-/]{6,})$")


def _first_row_is_header(kept: list[tuple[int, list[Cell]]]) -> bool:
    """Headers in words nobody foresaw ("Qui", "Mél"): the first row is text where the
    rows below hold e-mails or telephone numbers."""
    if len(kept) < 2:
        return False
    first, rest = kept[0][1], [r for _, r in kept[1:21]]
    for index, cell in enumerate(first):
        if not isinstance(cell, str) or _EMAIL_OR_PHONE.match(cell.strip()):
            continue
        values = [str(r[index]).strip() for r in rest if index < len(r) and not _blank(r[index])]
        if values and sum(bool(_EMAIL_OR_PHONE.match(v)) for v in values) >= 0.8 * len(values):
            return True
    return False


def _tabulate(rows: list[list[Cell]], numbers: list[int], file_name: str, text_rows: bool) -> Table:
    kept: list[tuple[int, list[Cell]]] = []
    first_of: dict[int, Cell] = {}
    for n, r in zip(numbers, rows, strict=True):
        for cell in r:  # the first value, inline: this loop runs on every row of the sheet
            if cell is None or cell == "" or (cell.__class__ is str and cell.isspace()):
                continue
            kept.append((n, r))
            first_of[n] = cell
            break
    if not kept:
        raise ImportFileError(file_name, translate("Import", "the file holds no rows."))
    scores = [header_score(r) for _, r in kept[:_HEADER_SEARCH]]
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    if (
        scores[best] >= 2
        or (scores[best] == 1 and len(kept) > 1 and len(kept[best][1]) <= 2)
        or (scores[best] <= 1 and _first_row_is_header(kept))
    ):
        best = best if scores[best] >= 2 or len(kept[best][1]) <= 2 else 0
        header_index = best
        header_cells = kept[header_index][1]
        # A header is shown and saved with the mapping: no control characters in it.
        headers = [strip_controls(str(c).strip())[0] if not _blank(c) else "" for c in header_cells]
        body = kept[header_index + 1 :]
        has_header = True
    else:
        width = max(len(r) for _, r in kept)
        headers = []
        body = kept
        has_header = False
        header_index = -1
        headers = [""] * width
    while has_header and headers and not headers[-1]:
        headers.pop()
    width = len(headers)
    too_wide: list[int] = []
    kept_rows: list[list[Cell]] = []
    kept_numbers: list[int] = []
    for n, r in body:  # one pass: too wide, totals, padded to the header's width
        size = len(r)
        if size > width and any(not _blank(c) for c in r[width:]):
            too_wide.append(n)
            continue
        first = first_of[n]
        if first.__class__ is str and _is_totals(r, first):
            continue
        kept_rows.append(r if size == width else r[:width] + [None] * (width - size))
        kept_numbers.append(n)
    if has_header and too_wide:
        where = ", ".join(str(n) for n in too_wide[:5]) + ("…" if len(too_wide) > 5 else "")
        raise ImportFileError(
            file_name,
            translate(
                "Import",
                "{count} rows have more values than the header has columns ({width}): "
                "{where}. A value probably holds an unquoted delimiter; nothing was imported.",
            ).format(count=len(too_wide), width=width, where=where),
            location=(line_at if text_rows else row_at)(too_wide[0]),
        )
    return Table(
        headers=headers,
        rows=kept_rows,
        row_numbers=kept_numbers,
        has_header=has_header,
    )
