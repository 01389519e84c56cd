"""Dates as contact lists write them: French (jj/mm/aaaa, « 5 mars 2024 »), ISO, English
("March 5, 2024"), and Excel's serial numbers (days since 1899-12-30)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

_MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "january": 1,
    "fevrier": 2, "fevr": 2, "fev": 2, "feb": 2, "february": 2,
    "mars": 3, "mar": 3, "march": 3,
    "avril": 4, "avr": 4, "apr": 4, "april": 4,
    "mai": 5, "may": 5,
    "juin": 6, "jun": 6, "june": 6,
    "juillet": 7, "juil": 7, "jul": 7, "july": 7,
    "aout": 8, "aou": 8, "aug": 8, "august": 8,
    "septembre": 9, "sept": 9, "sep": 9, "september": 9,
    "octobre": 10, "oct": 10, "october": 10,
    "novembre": 11, "nov": 11, "november": 11,
    "decembre": 12, "dec": 12, "december": 12,
}  # fmt: skip

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:\s+\d{1,2}[:h]\d{2}.*)?$")
_YEAR_FIRST = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_DAY_MONTH = re.compile(r"^(?:[a-z]+\s+)?(\d{1,2})(?:er)?\s+([a-z]+)\.?\s+(\d{4})$")
_MONTH_DAY = re.compile(r"^(?:[a-z]+\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s+(\d{4})$")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace(",", " ").split())


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def parse_date(text: str) -> dt.date | None:
    """The date ``text`` writes, or None when it is not a whole, valid date (a month
    alone, "31/02/2024", "bientôt"). Numeric dates are read day first (French), unless the
    second number cannot be a month ("03/25/2024" is then American)."""
    value = text.strip()
    if not value:
        return None
    found = _ISO.match(value)
    if found:
        return _date(int(found[1]), int(found[2]), int(found[3]))
    found = _YEAR_FIRST.match(value)
    if found:
        return _date(int(found[1]), int(found[2]), int(found[3]))
    found = _NUMERIC.match(value)
    if found:
        first, second, year = int(found[1]), int(found[2]), _year(found[3])
        if second > 12 >= first:
            return _date(year, first, second)
        return _date(year, second, first)
    if _SERIAL.match(value):
        serial = float(value)
        if 20000 <= serial <= 80000:  # 1954 to 2119: a date cell read as a number
            return _EXCEL_EPOCH + dt.timedelta(days=int(serial))
        return None
    folded = _fold(value)
    found = _DAY_MONTH.match(folded)
    if found and found[2] in _MONTHS:
        return _date(int(found[3]), _MONTHS[found[2]], int(found[1]))
    found = _MONTH_DAY.match(folded)
    if found and found[1] in _MONTHS:
        return _date(int(found[3]), _MONTHS[found[1]], int(found[2]))
    return None
