"""Dates follow the interface language (jj/mm/aaaa in French), typing accepts the French and
ISO forms, Tab leaves the field without touching the date, pickers open on today, and a
note set to « Envoyée » gets today as its sending date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from attache_app.domain import enums
from attache_app.domain.enums import RecordKind
from attache_app.gui.dialogs.activity_editors import NoteEditor
from attache_app.gui.main_window import MainWindow
from attache_app.gui.widgets.dates import DateField, format_date, format_when, parse_date
from attache_app.services import records
from tests.gui.conftest import settle

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
ENGLISH = QLocale(QLocale.Language.English)


@pytest.fixture
def french() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(FRENCH)
    yield
    QLocale.setDefault(previous)


days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))


@settings(max_examples=200, deadline=None)
@given(days)
def test_shown_dates_read_back_in_both_languages(day: dt.date) -> None:
    qdate = QDate(day.year, day.month, day.day)
    for locale in (FRENCH, ENGLISH):
        QLocale.setDefault(locale)
        try:
            shown = format_date(qdate)
            assert parse_date(shown) == qdate
            assert parse_date(day.isoformat()) == qdate  # ISO is understood in both
        finally:
            QLocale.setDefault(ENGLISH)
    QLocale.setDefault(FRENCH)
    try:
        assert format_date(qdate) == day.strftime("%d/%m/%Y")  # jj/mm/aaaa, the oracle
        assert format_when(day.isoformat() + "T23:59:00") == day.strftime("%d/%m/%Y 23:59")
    finally:
        QLocale.setDefault(ENGLISH)


def test_english_follows_the_english_locale() -> None:
    QLocale.setDefault(ENGLISH)
    assert format_date(QDate(2026, 11, 28)) == "11/28/2026"
    assert parse_date("11/28/2026") == QDate(2026, 11, 28)
    assert not parse_date("28/11/2026").isValid()  # no 28th month: not silently another day


def _note_editor(qtbot: QtBot, window: MainWindow) -> NoteEditor:
    window.new_record_actions[RecordKind.NOTE].trigger()
    editor = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, NoteEditor) and w.isVisible()
    )
    qtbot.waitExposed(editor)
    return editor


@pytest.mark.usefixtures("french")
def test_typing_iso_or_french_dates_and_tab(qtbot: QtBot, window: MainWindow) -> None:
    editor = _note_editor(qtbot, window)
    field: DateField = editor.date  # type: ignore[assignment]
    assert field.text() == QDate.currentDate().toString("dd/MM/yyyy")
    field.line.setFocus()
    field.line.selectAll()
    qtbot.keyClicks(field.line, "2026-11-28")
    assert field.date() == QDate(2026, 11, 28)
    assert editor.focusWidget() is field.line
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)  # leaves the field; the date stays
    assert editor.focusWidget() is not field.line
    assert field.date() == QDate(2026, 11, 28) and field.text() == "28/11/2026"
    field.line.setFocus()
    field.line.selectAll()
    qtbot.keyClicks(field.line, "3/4/27")
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    assert field.date() == QDate(2027, 4, 3) and field.text() == "03/04/2027"
    editor.title.setText("Dates")  # type: ignore[attr-defined]
    editor.accept()
    saved = records.get(window.store, RecordKind.NOTE, max(records.list_ids(window.store, "note")))
    assert saved.date == "2027-04-03"  # type: ignore[union-attr]


@pytest.mark.usefixtures("french")
def test_text_that_is_not_a_date_is_refused_beside_the_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    before = len(records.list_ids(window.store, RecordKind.NOTE))
    editor = _note_editor(qtbot, window)
    editor.title.setText("Bad date")  # type: ignore[attr-defined]
    editor.date.line.setText("31/02/2026")  # type: ignore[attr-defined]
    editor.accept()
    assert editor.isVisible()
    assert "31/02/2026" in editor._errors["date"].text()
    assert len(records.list_ids(window.store, RecordKind.NOTE)) == before
    editor.date.line.setText("28/02/2026")  # type: ignore[attr-defined]
    editor.accept()
    assert not editor.isVisible()


def test_the_calendar_opens_on_today_for_an_empty_date(qtbot: QtBot, window: MainWindow) -> None:
    editor = _note_editor(qtbot, window)
    sent: DateField = editor.sent_date  # type: ignore[assignment]
    assert sent.is_empty()
    sent.button.click()
    calendar = sent.calendar
    assert calendar is not None and calendar.isVisible()
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    day = today.addDays(-3)
    calendar.setSelectedDate(day)
    calendar.activated.emit(day)  # Enter on a day, as the keyboard does
    assert sent.date() == day and not calendar.isVisible()


@pytest.mark.usefixtures("french")
def test_sent_status_fills_the_sending_date_with_today(qtbot: QtBot, window: MainWindow) -> None:
    editor = _note_editor(qtbot, window)
    sent: DateField = editor.sent_date  # type: ignore[assignment]
    status = editor.status  # type: ignore[attr-defined]
    status.setCurrentIndex(status.findData(enums.NoteStatus.SENT.value))
    assert sent.date() == QDate.currentDate()
    sent.line.setText("20/11/2026")  # still editable; choosing « Envoyée » again keeps it
    status.setCurrentIndex(status.findData(enums.NoteStatus.DRAFT.value))
    status.setCurrentIndex(status.findData(enums.NoteStatus.SENT.value))
    assert sent.date() == QDate(2026, 11, 20)
    editor.mark_unchanged()
    editor.reject()


@pytest.mark.usefixtures("french")
def test_lists_show_french_dates(qtbot: QtBot, window: MainWindow) -> None:
    window.view_actions[3].trigger()  # Veille
    settle(qtbot, window)
    model = window.lists[RecordKind.NOTE].model
    column = next(i for i, c in enumerate(model.columns) if c.key == "date")
    shown = model.data(model.index(0, column))
    note = records.get(window.store, RecordKind.NOTE, model.id_at(0))
    iso = note.date  # type: ignore[union-attr]
    assert shown == f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"
    assert not any(
        isinstance(w, QLineEdit) and w.text() == iso for w in window.findChildren(QLineEdit)
    )
