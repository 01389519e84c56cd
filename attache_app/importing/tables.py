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
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from attache_app.domain.controls import strip_controls
from attache_app.i18n import translate
from attache_app.importing import decode
from attache_app.importing.contact import (
    ImportFileError,
    line_at,
    line_template,
    row_at,
    row_template,
    too_many,
)
from attache_app.importing.mapping import header_score
from attache_app.importing.sheet_extent import MAX_ROWS, check_zip

Cell = str | float | int | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None

MAX_LINE = 1 << 20
"""A physical line longer than this (1 MB) is not a contact list."""
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
    skipped: list[tuple[int, str]] = field(default_factory=list)
    """Rows with values that are not contacts: (line or row number, why) — ``"title"``
    above the header, ``"totals"`` a « Total: 42 » row, ``"notes"`` sentences under the
    table after a blank line."""

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
    """The delimiter giving the most rows with the same number (> 1) of fields (a short
    list's title or notes, one field with any delimiter, do not outvote its rows)."""
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
        several = [c for c in counts if c > 1]  # one-field lines (notes, titles) say nothing
        if not several:
            continue
        common = max(set(several), key=lambda c: (several.count(c), c))
        score = several.count(common) + common / 100
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
                # A row written with another delimiter (Thunderbird mixes tabs and commas);
                # not a sentence with a comma (« Source : annuaire, mise à jour 2025 »).
                for other in _DELIMITERS:
                    if other != delimiter and other in record[0]:
                        fields = next(csv.reader([record[0]], delimiter=other))
                        if len(fields) >= 3:
                            record = fields
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
            check_zip(path, file_name)
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
_TOTAL_INITIALS = frozenset("tTsScCnN") | frozenset(
    chr(c) for c in range(0x3000 + 1) if chr(c).isspace()
)
"""The first character of a value that may begin a totals row (a letter of ``_TOTAL``, or
white space before it): the one test most rows of a sheet take."""


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


def _footer(rows: list[list[Cell]], numbers: list[int], skipped: list[tuple[int, str]]) -> None:
    """Take out the notes written under a table: after a blank line, rows of one sentence
    in one cell (« Source : annuaire du SST, mise à jour 2025 ») — not a contact named so.
    They are named as not read (``"notes"``)."""
    start = len(rows)
    while start > 0:
        values = [c for c in rows[start - 1] if not _blank(c)]
        if len(values) != 1 or not isinstance(values[0], str):
            break
        text = values[0].strip()
        if ":" not in text and len(text.split()) < 4:
            break
        start -= 1
    if 0 < start < len(rows) and numbers[start] > numbers[start - 1] + 1:
        skipped.extend((n, "notes") for n in numbers[start:])
        del rows[start:], numbers[start:]


def _tabulate(rows: list[list[Cell]], numbers: list[int], file_name: str, text_rows: bool) -> Table:
    kept: list[tuple[int, list[Cell]]] = []
    firsts: list[Cell] = []  # the first value of each kept row
    for n, r in zip(numbers, rows, strict=True):
        for cell in r:  # the first value, inline: this loop runs on every row of the sheet
            if cell is None or cell == "" or (cell.__class__ is str and cell.isspace()):
                continue
            kept.append((n, r))
            firsts.append(cell)
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
        body_firsts = firsts[header_index + 1 :]
        has_header = True
    else:
        width = max(len(r) for _, r in kept)
        headers = []
        body = kept
        body_firsts = firsts
        has_header = False
        header_index = -1
        headers = [""] * width
    while has_header and headers and not headers[-1]:
        headers.pop()
    width = len(headers)
    too_wide: list[int] = []
    kept_rows: list[list[Cell]] = []
    kept_numbers: list[int] = []
    initials = _TOTAL_INITIALS
    skipped = [(n, "title") for n, _cells in kept[: max(header_index, 0)]]
    for (n, cells), first in zip(body, body_firsts, strict=True):  # one pass over the body
        size = len(cells)
        row = cells
        if size != width:  # too wide, or padded to the header's width
            if size > width and any(not _blank(c) for c in cells[width:]):
                too_wide.append(n)
                continue
            row = cells[:width] + [None] * (width - size)
        if first.__class__ is str and first[:1] in initials and _is_totals(row, first):
            skipped.append((n, "totals"))
            continue
        kept_rows.append(row)
        kept_numbers.append(n)
    if has_header:
        _footer(kept_rows, kept_numbers, skipped)
    if has_header and too_wide:
        where = ", ".join(str(n) for n in too_wide[:5]) + ("…" if len(too_wide) > 5 else "")
        wide = len(too_wide)
        raise ImportFileError(
            file_name,
            translate(
                "Import",
                "%n row(s) with more values than the header has columns ({width}): "
                "{where}. A value probably holds an unquoted delimiter; nothing was imported.",
                "",
                wide,
            ).format(width=width, where=where),
            location=(line_at if text_rows else row_at)(too_wide[0]),
        )
    return Table(
        headers=headers,
        rows=kept_rows,
        row_numbers=kept_numbers,
        has_header=has_header,
        skipped=skipped,
    )
