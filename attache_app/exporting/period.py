"""Reporting periods: "2026-Q3", "2026-S1", "2026-09", "2026", or two dates."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from attache_app.errors import AttacheError
from attache_app.i18n import current_language, translate


class PeriodError(AttacheError):
    pass


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    """Inclusive."""
    code: str = ""
    """How the user wrote it ("2026-Q3"), or "" for two dates."""

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def file_code(self) -> str:
        """The code as a file name says it in the interface language: a quarter is T4 in
        French (« trimestre »), Q4 in English; a half year S2 in French, H2 in English."""
        french = current_language() == "fr"
        if re.fullmatch(r"\d{4}-Q[1-4]", self.code):
            return self.code.replace("Q", "T") if french else self.code
        if re.fullmatch(r"\d{4}-S[12]", self.code):
            return self.code if french else self.code.replace("S", "H")
        return self.code or f"{self.start.isoformat()}_{self.end.isoformat()}"

    @property
    def label(self) -> str:
        """ "3e trimestre 2026", "Q3 2026", "du 01/07/2026 au 15/08/2026"…"""
        french = current_language() == "fr"
        quarter = re.fullmatch(r"(\d{4})-Q([1-4])", self.code)
        if quarter:
            year, n = quarter.groups()
            if french:
                return f"{n}{'er' if n == '1' else 'e'} trimestre {year}"
            return f"Q{n} {year}"
        half = re.fullmatch(r"(\d{4})-S([12])", self.code)
        if half:
            year, n = half.groups()
            if french:
                return f"{n}{'er' if n == '1' else 'nd'} semestre {year}"
            return f"H{n} {year}"
        if re.fullmatch(r"\d{4}", self.code):
            return self.code
        if re.fullmatch(r"\d{4}-\d{2}", self.code):
            return _month_label(self.start, french)
        return translate("Export", "from {start} to {end}").format(
            start=_date_label(self.start, french), end=_date_label(self.end, french)
        )


_FR_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)  # fmt: skip


def _month_label(day: dt.date, french: bool) -> str:
    if french:
        return f"{_FR_MONTHS[day.month - 1]} {day.year}"
    return day.strftime("%B %Y")


def _date_label(day: dt.date, french: bool) -> str:
    return day.strftime("%d/%m/%Y") if french else day.isoformat()


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_period(text: str) -> Period:
    """A period from its code: YYYY, YYYY-QN (quarter), YYYY-SN (half year), YYYY-MM."""
    code = text.strip().upper().replace("T", "Q").replace("H", "S")
    if m := re.fullmatch(r"(\d{4})", code):
        year = int(m.group(1))
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), code)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", code):
        year, quarter = int(m.group(1)), int(m.group(2))
        first = 3 * quarter - 2
        return Period(dt.date(year, first, 1), _month_end(year, first + 2), code)
    if m := re.fullmatch(r"(\d{4})-S([12])", code):
        year, half = int(m.group(1)), int(m.group(2))
        first = 6 * half - 5
        return Period(dt.date(year, first, 1), _month_end(year, first + 5), code)
    if (m := re.fullmatch(r"(\d{4})-(\d{2})", code)) and 1 <= int(m.group(2)) <= 12:
        year, month = int(m.group(1)), int(m.group(2))
        return Period(dt.date(year, month, 1), _month_end(year, month), code)
    raise PeriodError(
        translate(
            "Export",
            "“{text}” is not a period: write a year (2026), a quarter (2026-Q3), a half year "
            "(2026-S1) or a month (2026-09).",
        ).format(text=text)
    )


def parse_day(text: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise PeriodError(
            translate("Export", "{what}: “{text}” is not a date (YYYY-MM-DD).").format(
                what=what, text=text
            )
        ) from None


def between(start: str, end: str) -> Period:
    first = parse_day(start, translate("Export", "start"))
    last = parse_day(end, translate("Export", "end"))
    if last < first:
        raise PeriodError(
            translate("Export", "the period ends ({end}) before it starts ({start}).").format(
                start=first.isoformat(), end=last.isoformat()
            )
        )
    return Period(first, last)


def quarter_of(day: dt.date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def previous_quarter(day: dt.date) -> str:
    first = dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return quarter_of(first - dt.timedelta(days=1))


def _year_back(day: dt.date, years: int = 1) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def previous_period(period: Period) -> Period:
    """The period just before: the previous quarter, half year, month or year; for two
    dates, as many days just before."""
    code = period.code
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", code):
        year, n = int(m.group(1)), int(m.group(2))
        return parse_period(f"{year}-Q{n - 1}" if n > 1 else f"{year - 1}-Q4")
    if m := re.fullmatch(r"(\d{4})-S([12])", code):
        year, n = int(m.group(1)), int(m.group(2))
        return parse_period(f"{year}-S1" if n == 2 else f"{year - 1}-S2")
    if re.fullmatch(r"\d{4}", code):
        return parse_period(str(int(code) - 1))
    if re.fullmatch(r"\d{4}-\d{2}", code):
        last = period.start - dt.timedelta(days=1)
        return parse_period(f"{last.year}-{last.month:02d}")
    days = (period.end - period.start).days + 1
    return Period(period.start - dt.timedelta(days=days), period.start - dt.timedelta(days=1))


def year_before(period: Period) -> Period:
    """The same period a year earlier."""
    if m := re.fullmatch(r"(\d{4})(.*)", period.code):
        return parse_period(f"{int(m.group(1)) - 1}{m.group(2)}")
    return Period(_year_back(period.start), _year_back(period.end))


def period_key(period: Period) -> str:
    """A stable name of the period: its code, or "START_END" for two dates."""
    return period.code or f"{period.start.isoformat()}_{period.end.isoformat()}"
