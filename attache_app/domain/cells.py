"""Cell values safe for spreadsheets: no formula injection, no characters XML refuses.

A value beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula
to Excel and LibreOffice when typed or read from a CSV file (OWASP "CSV injection"). In a
workbook such text is written as a string cell with Excel's quote prefix (shown as typed,
kept as text when edited); in a CSV file, where there are no cell types, it gets a leading
apostrophe, which Excel hides and which Attaché's importer removes again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from unicodedata import east_asian_width

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

TEXT, WRAP, DATE, DATETIME, NUMBER, LINK = "text", "wrap", "date", "datetime", "number", "link"
"""The kinds of column of a sheet (how ``exporting/sheets.py`` writes their cells)."""


@dataclass(frozen=True)
class Column:
    """A column of a sheet: its header, the kind of its cells, its widest width."""

    header: str
    kind: str = TEXT
    max_width: int = 60
    number_format: str = ""
    """The dates' format when not the interface language's."""


EXCEL_MAX_CHARS = 32_767
"""Excel refuses a cell longer than this (and offers to "repair" the workbook)."""

# Control characters XML 1.0 cannot hold (openpyxl raises on them); tab, LF and CR stay.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_safe(text: str) -> str:
    """The text as a CSV cell that no spreadsheet evaluates."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def from_csv(text: str) -> str:
    """Undo :func:`csv_safe` (the importer's side)."""
    if text.startswith("'") and text[1:2] and text[1] in "=+-@\t\r":
        return text[1:]
    return text


def xml_safe(text: str) -> str:
    """The text as an .xlsx cell can hold it: without the control characters XML refuses,
    and with line ends as LF (XML readers turn a raw CR into LF anyway)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL.sub("", text) if _ILLEGAL.search(text) else text


def display_width(text: str) -> int:
    """Columns a text takes on screen: East Asian wide and fullwidth characters count
    double; dashes, quotes and other punctuation of Western text count once."""
    if text.isascii():
        return len(text)
    wide = sum(1 for c in text if c >= "\u1100" and east_asian_width(c) in _WIDE)
    return len(text) + wide


_WIDE = frozenset("WF")
