"""Dates as the user reads and types them: jj/mm/aaaa in French, the English locale's order
in English (always with four-digit years); ISO dates (2026-11-28) are understood as typed.

:class:`DateField` is the date input of every editor and filter: a text field (Tab leaves it,
as everywhere else) with a calendar button that opens on the date shown, or on today.
The database keeps ISO dates; only what is shown and typed follows the language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

NO_DATE = QDate(2000, 1, 1)
"""What an optional field without a date answers to ``date()`` (the filters' convention)."""


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year: dd/MM/yyyy in French."""
    found = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in found:
        found = found.replace("yy", "yyyy")
    return found


def day_first(locale: QLocale | None = None) -> bool:
    fmt = date_format(locale)
    return fmt.find("d") < fmt.find("M")


def format_date(value: QDate | str) -> str:
    """An ISO date (or a QDate) as the user reads dates; other text unchanged."""
    day = QDate.fromString(value[:10], "yyyy-MM-dd") if isinstance(value, str) else value
    if not day.isValid():
        return value if isinstance(value, str) else ""
    return QLocale().toString(day, date_format())


def format_when(text: str) -> str:
    """``2026-11-28``, ``2026-11-28T23:59…`` or ``2026-11-28 23:59`` as the user reads it
    (date, then the time to the minute when there is one)."""
    if len(text) < 10 or not QDate.fromString(text[:10], "yyyy-MM-dd").isValid():
        return text
    rest = text[10:].lstrip("T ")[:5]
    return f"{format_date(text[:10])} {rest}".strip()


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_LOCAL = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})")


def parse_date(text: str, locale: QLocale | None = None) -> QDate:
    """What the user typed: ISO (2026-11-28), or day and month in the language's order
    (28/11/2026, 28.11.26 in French; 11/28/2026 in US English). Invalid QDate otherwise."""
    cleaned = text.strip()
    if found := _ISO.fullmatch(cleaned):
        year, month, day = (int(x) for x in found.groups())
    elif found := _LOCAL.fullmatch(cleaned):
        first, second, year = (int(x) for x in found.groups())
        day, month = (first, second) if day_first(locale) else (second, first)
        if year < 100:
            year += 2000
    else:
        return QDate()
    return QDate(year, month, day)


class DateField(QWidget):
    """A date typed as text or picked in a calendar; optional fields may stay empty.

    ``date()``/``setDate()``/``dateChanged`` answer like a QDateEdit's; an optional field
    without a date answers :data:`NO_DATE`. ``problem()`` says why typed text is not a date.
    """

    dateChanged = Signal(QDate)

    def __init__(
        self,
        value: QDate | None = None,
        *,
        optional: bool = False,
        empty_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.line = QLineEdit()
        self.line.setClearButtonEnabled(optional)
        example = date_format().replace("dd", "jj") if day_first() else date_format()
        self.line.setPlaceholderText(empty_text or example.lower().replace("yyyy", "aaaa"))
        self.line.setToolTip(self.tr("Type {example} or 2026-11-28").format(example=example))
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)  # drawn by the style, no font
        self.button.setAccessibleName(self.tr("Choose in a calendar"))
        self.button.setToolTip(self.button.accessibleName())
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.calendar: QCalendarWidget | None = None
        self._last = QDate()
        self.line.textChanged.connect(self._text_changed)
        self.line.editingFinished.connect(self._tidy)
        self.line.installEventFilter(self)
        self.setDate(value if value is not None else (NO_DATE if optional else QDate.currentDate()))

    # --- QDateEdit's answers ------------------------------------------------------------

    def date(self) -> QDate:
        typed = parse_date(self.line.text())
        if typed.isValid():
            return typed
        return NO_DATE if self.optional else self._last

    def setDate(self, value: QDate) -> None:
        if self.optional and (not value.isValid() or value == NO_DATE):
            self.line.setText("")
        elif value.isValid():
            self.line.setText(format_date(value))

    def minimumDate(self) -> QDate:
        return NO_DATE if self.optional else QDate(1, 1, 1)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def text(self) -> str:
        return self.line.text()

    def is_empty(self) -> bool:
        return not self.line.text().strip()

    def problem(self) -> str:
        """Why the text typed is not a date ("" when it is one, or empty and optional)."""
        text = self.line.text().strip()
        if not text:
            return "" if self.optional else self.tr("A date is needed.")
        if parse_date(text).isValid():
            return ""
        return self.tr("“{text}” is not a date: type it as {example} or 2026-11-28.").format(
            text=text, example=format_date(QDate(2026, 11, 28))
        )

    # --- behaviour ----------------------------------------------------------------------

    def _text_changed(self, text: str) -> None:
        typed = parse_date(text)
        if not typed.isValid() and self.optional and not text.strip():
            typed = NO_DATE
        if typed.isValid() and typed != self._last:
            self._last = typed
            self.dateChanged.emit(typed)

    def _tidy(self) -> None:
        """Typed in another form (ISO, two-digit year): shown back in the usual one."""
        typed = parse_date(self.line.text())
        if typed.isValid() and self.line.text() != format_date(typed):
            self.line.setText(format_date(typed))

    def eventFilter(self, watched: object, event: object) -> bool:
        if watched is self.line and isinstance(event, QFocusEvent) and not event.gotFocus():
            self._tidy()
        # Up and Down change the day, Alt+Down opens the calendar (as in a QDateEdit).
        if (
            watched is self.line
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._tidy()  # and Tab leaves the field, as in any other one
            if key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self.open_calendar()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                start = self.date() if not self.is_empty() else QDate.currentDate()
                self.setDate(start.addDays(1 if key == Qt.Key.Key_Up else -1))
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def open_calendar(self) -> QCalendarWidget:
        """The calendar, on the date shown — on today when there is none."""
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setGridVisible(True)
        calendar.setLocale(QLocale())
        shown = parse_date(self.line.text())
        day = shown if shown.isValid() else QDate.currentDate()
        calendar.setSelectedDate(day)
        calendar.setCurrentPage(day.year(), day.month())
        calendar.clicked.connect(self._picked)
        calendar.activated.connect(self._picked)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar = calendar
        calendar.show()
        calendar.setFocus()
        return calendar

    def _picked(self, day: QDate) -> None:
        self.setDate(day)
        if self.calendar is not None:
            self.calendar.close()
            self.calendar = None
        self.line.setFocus()
