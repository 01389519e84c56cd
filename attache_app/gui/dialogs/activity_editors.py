"""Editors of watch notes, activities, deadlines and programmes."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QTimeEdit,
    QWidget,
)

from attache_app.domain import enums
from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Deadline, Interaction, Note, Programme
from attache_app.domain.timeutil import PARIS, in_zone, local_to_utc
from attache_app.errors import FieldError, ValidationError
from attache_app.gui.dialogs.editor import RecordEditor
from attache_app.gui.widgets.fields import (
    combo_value,
    country_combo,
    timezone_combo,
)
from attache_app.gui.widgets.inputs import (
    date_edit,
    date_value,
    enum_combo,
    line,
    split_list,
    web_field,
)
from attache_app.gui.widgets.pickers import MultiRecordPicker, RecordPicker
from attache_app.gui.widgets.share import follow_private
from attache_app.services import post


class NoteEditor(RecordEditor):
    kind = RecordKind.NOTE

    def build(self) -> None:
        n = (
            self.before
            if isinstance(self.before, Note)
            else Note(title="", date=dt.date.today().isoformat())
        )
        self.title = line(n.title)
        self.date = date_edit(n.date)
        self.source = line(n.source_name)
        url_widget, self.url = web_field(n.url, self.tr("Open the source"))
        self.themes = line(", ".join(n.themes))
        self.themes.setPlaceholderText(self.tr("IA, semi-conducteurs, 5G…"))
        self.country = country_combo(n.country)
        self.importance = enum_combo(enums.Importance, n.importance)
        self.status = enum_combo(enums.NoteStatus, n.status)
        self.sent_date = date_edit(n.sent_date, optional=True)
        self.private = QCheckBox(self.tr("Pri&vate: kept out of the hand-over and of sharing"))
        self.private.setChecked(n.private)
        self.private.setToolTip(
            self.tr(
                "A private note stays in this database: it is left out of the hand-over "
                "package to your successor and is not shared with the team."
            )
        )
        self.organisations = MultiRecordPicker(
            self.store, RecordKind.ORGANISATION, n.organisation_ids
        )
        self.persons = MultiRecordPicker(self.store, RecordKind.PERSON, n.person_ids)
        for picker in (self.organisations, self.persons):
            picker.open_requested.connect(self.open_requested)
        self.body = QPlainTextEdit(n.body)
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(self.tr("Markdown: ## headings, - lists, **bold**…"))
        self.preview = QTextBrowser()
        self.preview.setOpenExternalLinks(True)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.body, self.tr("Text"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.tabs.currentChanged.connect(self._update_preview)
        self.tabs.setMinimumHeight(280)  # the note itself: the largest field of the form
        self.add_field("title", self.tr("&Title"), self.title)
        self.add_field("date", self.tr("&Date"), self.date)
        self.add_field("source_name", self.tr("&Source"), self.source)
        self.add_field("url", self.tr("Source &address"), url_widget)
        self.add_field("themes", self.tr("T&hemes"), self.themes)
        self.add_field("country", self.tr("Country"), self.country)
        self.add_field("importance", self.tr("Importance"), self.importance)
        self.add_field("status", self.tr("Stat&us"), self.status)
        self.add_field("sent_date", self.tr("Sent to Paris on"), self.sent_date)
        self.add_field("private", "", self.private)
        follow_private(self.add_share_box(), self.private)
        self.add_field("organisations", self.tr("Organisations"), self.organisations)
        self.add_field("persons", self.tr("Persons"), self.persons)
        self.add_field("body", self.tr("&Body"), self.tabs)
        self.status.currentIndexChanged.connect(self._status_changed)

    def _status_changed(self) -> None:
        """Set to « Envoyée »: sent today, unless another day is already there (editable)."""
        if self.status.currentData() == enums.NoteStatus.SENT and self.sent_date.is_empty():
            self.sent_date.setDate(QDate.currentDate())

    def _update_preview(self) -> None:
        self.preview.setMarkdown(self.body.toPlainText())

    def collect(self) -> Note:
        base = self.before if isinstance(self.before, Note) else Note(title="", date="")
        return dataclasses.replace(
            base,
            title=self.title.text(),
            date=date_value(self.date),
            source_name=self.source.text(),
            url=self.url.text(),
            themes=split_list(self.themes.text()),
            country=combo_value(self.country),
            importance=str(self.importance.currentData()),
            status=str(self.status.currentData()),
            sent_date=date_value(self.sent_date),
            organisation_ids=self.organisations.values(),
            person_ids=self.persons.values(),
            body=self.body.toPlainText(),
            private=self.private.isChecked(),
        )


class InteractionEditor(RecordEditor):
    kind = RecordKind.INTERACTION

    def build(self) -> None:
        i = (
            self.before
            if isinstance(self.before, Interaction)
            else Interaction(kind="meeting", date=dt.date.today().isoformat(), title="")
        )
        self.interaction_kind = enum_combo(enums.InteractionKind, i.kind)
        self.date = date_edit(i.date)
        self.title = line(i.title)
        self.place = line(i.place)
        self.summary = QPlainTextEdit(i.summary)
        self.summary.setTabChangesFocus(True)
        self.persons = MultiRecordPicker(self.store, RecordKind.PERSON, i.person_ids)
        self.organisations = MultiRecordPicker(
            self.store, RecordKind.ORGANISATION, i.organisation_ids
        )
        for picker in (self.organisations, self.persons):
            picker.open_requested.connect(self.open_requested)
        self.add_field("kind", self.tr("&Kind"), self.interaction_kind)
        self.add_field("date", self.tr("&Date"), self.date)
        self.add_field("title", self.tr("&Title"), self.title)
        self.add_field("place", self.tr("&Place"), self.place)
        self.add_field("participants", self.tr("Participants"), self.persons)
        self.add_field("organisations", self.tr("Organisations"), self.organisations)
        self.add_field("summary", self.tr("&Summary"), self.summary)

    def collect(self) -> Interaction:
        base = (
            self.before
            if isinstance(self.before, Interaction)
            else Interaction(kind="meeting", date="", title="")
        )
        return dataclasses.replace(
            base,
            kind=str(self.interaction_kind.currentData()),
            date=date_value(self.date),
            title=self.title.text(),
            place=self.place.text(),
            summary=self.summary.toPlainText(),
            person_ids=self.persons.values(),
            organisation_ids=self.organisations.values(),
        )


class DeadlineEditor(RecordEditor):
    kind = RecordKind.DEADLINE

    def build(self) -> None:
        d = (
            self.before
            if isinstance(self.before, Deadline)
            else Deadline(title="", stage="application_deadline", due_local="", tz=PARIS)
        )
        self.post_tz = post.get_settings(self.store).timezone
        self.programme = RecordPicker(self.store, RecordKind.PROGRAMME, d.programme_id)
        self.programme.open_requested.connect(self.open_requested)
        self.title = line(d.title)
        self.stage = enum_combo(enums.StageKind, d.stage)
        self.all_day = QCheckBox(self.tr("All day (the same date in every time zone)"))
        self.all_day.setChecked(d.all_day)
        day = d.due_date if d.all_day else d.due_local[:10]
        self.date = date_edit(day)
        self.time = QTimeEdit(QTime.fromString(d.due_local[11:16] or "23:59", "HH:mm"))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time"))
        self.zone = timezone_combo(d.tz or PARIS)
        self.zone.setAccessibleName(self.tr("Time zone"))
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date)
        row.addWidget(self.time)
        row.addWidget(self.zone, 1)
        self.both_times = QLabel()
        self.both_times.setAccessibleName(self.tr("The deadline in Paris time and post time"))
        self.status = enum_combo(enums.DeadlineStatus, d.status)
        self.owner = line(d.owner)
        self.notes = QPlainTextEdit(d.notes)
        self.notes.setTabChangesFocus(True)
        self.persons = MultiRecordPicker(self.store, RecordKind.PERSON, d.person_ids)
        self.persons.open_requested.connect(self.open_requested)
        self.to_confirm = QCheckBox(self.tr("Date to confirm (made from last year's call)"))
        self.to_confirm.setChecked(d.to_confirm)
        self.reminders = line(", ".join(str(n) for n in d.reminders))
        self.reminders.setPlaceholderText(self.tr("e.g. 30, 7, 1 — empty: no reminder"))
        self.reminders.setToolTip(
            self.tr("Days before the deadline when a reminder is shown (and set in the .ics)")
        )
        self.add_field("programme", self.tr("&Programme"), self.programme)
        self.add_field("title", self.tr("&Title"), self.title)
        self.add_field("stage", self.tr("&Stage"), self.stage)
        self.add_field("all_day", "", self.all_day)
        self.add_field("due", self.tr("&Due"), when)
        self.add_field("tz", self.tr("Paris / post"), self.both_times)
        self.add_field("to_confirm", "", self.to_confirm)
        self.add_field("reminders", self.tr("&Reminders (days before)"), self.reminders)
        self.add_field("status", self.tr("Stat&us"), self.status)
        self.add_field("owner", self.tr("&Owner"), self.owner)
        self.add_field("persons", self.tr("Persons"), self.persons)
        self.add_field("notes", self.tr("Notes"), self.notes)
        for signal in (
            self.all_day.toggled,
            self.date.dateChanged,
            self.time.timeChanged,
            self.zone.currentTextChanged,
        ):
            signal.connect(self._update_times)
        self._update_times()

    def _update_times(self, *_args: object) -> None:
        all_day = self.all_day.isChecked()
        self.time.setEnabled(not all_day)
        self.zone.setEnabled(not all_day)
        day = self.date.date().toString("yyyy-MM-dd")
        if all_day:
            self.both_times.setText(self.tr("{day} in Paris and at the post").format(day=day))
            return
        try:
            instant = local_to_utc(
                f"{day}T{self.time.time().toString('HH:mm')}", self.zone.currentText()
            )
        except (ValueError, KeyError):
            self.both_times.setText(self.tr("Choose a time zone from the list."))
            return
        paris = in_zone(instant, PARIS).strftime("%Y-%m-%d %H:%M")
        post = in_zone(instant, self.post_tz).strftime("%Y-%m-%d %H:%M")
        self.both_times.setText(
            self.tr("Paris: {paris}   ·   Post ({zone}): {post}").format(
                paris=paris, zone=self.post_tz, post=post
            )
        )

    def collect(self) -> Deadline:
        base = self.before if isinstance(self.before, Deadline) else Deadline(title="")
        try:
            programme_id = self.programme.value()
        except ValueError as error:
            raise ValidationError(
                [
                    FieldError(
                        "programme",
                        self.tr("No programme matches “{text}”: choose one from the list.").format(
                            text=error.args[0]
                        ),
                    )
                ]
            ) from None
        day = self.date.date().toString("yyyy-MM-dd")
        all_day = self.all_day.isChecked()
        try:
            reminder_days = [
                int(part) for part in self.reminders.text().replace(" ", "").split(",") if part
            ]
        except ValueError:
            raise ValidationError(
                [
                    FieldError(
                        "reminders",
                        self.tr("Write whole days separated by commas, e.g. 30, 7, 1."),
                    )
                ]
            ) from None
        return dataclasses.replace(
            base,
            programme_id=programme_id,
            title=self.title.text(),
            stage=str(self.stage.currentData()),
            all_day=all_day,
            due_date=day if all_day else "",
            due_local="" if all_day else f"{day}T{self.time.time().toString('HH:mm')}",
            tz="" if all_day else self.zone.currentText(),
            status=str(self.status.currentData()),
            owner=self.owner.text(),
            notes=self.notes.toPlainText(),
            person_ids=self.persons.values(),
            to_confirm=self.to_confirm.isChecked(),
            reminders=reminder_days,
        )


class ProgrammeEditor(RecordEditor):
    kind = RecordKind.PROGRAMME

    def build(self) -> None:
        g = self.before if isinstance(self.before, Programme) else Programme(name="")
        self.name = line(g.name)
        self.programme_kind = enum_combo(enums.ProgrammeKind, g.kind)
        self.country = country_combo(g.partner_country)
        self.agency = line(g.partner_agency)
        url_widget, self.url = web_field(g.url, self.tr("Open in the browser"))
        self.description = QPlainTextEdit(g.description)
        self.description.setTabChangesFocus(True)
        source_widget, self.source_url = web_field(g.source_url, self.tr("Open the source"))
        self.template = QComboBox()
        for value, text in (
            ("", self.tr("None (stages added by hand)")),
            ("phc", self.tr("Hubert Curien Partnership: opening, French and partner deadlines, "
                            "joint committee, results, funding year")),
            ("simple", self.tr("Opening and closing date")),
        ):  # fmt: skip
            self.template.addItem(text, value)
        self.template.setCurrentIndex(max(0, self.template.findData(g.template)))
        self.template.setAccessibleName(self.tr("Stage template"))
        self.add_field("name", self.tr("&Name"), self.name)
        self.add_field("kind", self.tr("&Kind"), self.programme_kind)
        self.add_field("partner_country", self.tr("Partner &country"), self.country)
        self.add_field("partner_agency", self.tr("Partner &agency"), self.agency)
        self.add_field("url", self.tr("Web &site"), url_widget)
        self.add_field("source_url", self.tr("&Source of these facts"), source_widget)
        self.add_field("template", self.tr("Stages of its &calls"), self.template)
        self.add_field("description", self.tr("Description"), self.description)

    def collect(self) -> Programme:
        base = self.before if isinstance(self.before, Programme) else Programme(name="")
        return dataclasses.replace(
            base,
            name=self.name.text(),
            kind=str(self.programme_kind.currentData()),
            partner_country=combo_value(self.country),
            partner_agency=self.agency.text(),
            url=self.url.text(),
            description=self.description.toPlainText(),
            source_url=self.source_url.text(),
            template=str(self.template.currentData()),
        )
