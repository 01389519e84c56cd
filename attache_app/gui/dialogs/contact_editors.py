"""Editors of persons and organisations."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QComboBox,
    QPlainTextEdit,
    QWidget,
)

from attache_app.domain import enums, normalise, validation
from attache_app.domain.countries import country_name
from attache_app.domain.enums import RecordKind, phone_label_text
from attache_app.domain.models import EmailAddress, Organisation, Person, Phone
from attache_app.errors import FieldError, ValidationError
from attache_app.gui.dialogs.editor import RecordEditor
from attache_app.gui.widgets.fields import (
    LabelledValues,
    combo_value,
    country_combo,
    set_combo_data,
)
from attache_app.gui.widgets.inputs import date_edit, date_value, line, split_list, web_field
from attache_app.gui.widgets.pickers import RecordPicker
from attache_app.services import records


class PersonEditor(RecordEditor):
    kind = RecordKind.PERSON

    def side_panel(self) -> QWidget | None:
        return self.links_panel()

    def build(self) -> None:
        p = self.before if isinstance(self.before, Person) else Person()
        self.civility = QComboBox()
        self.civility.setEditable(True)
        self.civility.addItems(["", "Mme", "M.", "Dr", "Pr"])
        self.civility.setCurrentText(p.civility)
        self.given = line(p.given_name)
        self.family = line(p.family_name)
        self.native = line(p.native_name)
        self.native.setPlaceholderText("陳志明, 山田花子…")
        self.title = line(p.title)
        self.organisation = RecordPicker(self.store, RecordKind.ORGANISATION, p.organisation_id)
        self.organisation.open_requested.connect(self.open_requested)
        self.department = line(p.department)
        self.emails = LabelledValues(self.tr("E-mail"), [(e.label, e.address) for e in p.emails])
        self.phones = LabelledValues(self.tr("Number"), [], self.tr("International (E.164)"))
        for phone in p.phones:
            self.phones.add_row(phone_label_text(phone.label), phone.number, phone.e164)
        self.street = QPlainTextEdit(p.street)
        self.street.setTabChangesFocus(True)
        self.street.setPlaceholderText(self.tr("Street, building, post office box…"))
        self.street.setFixedHeight(self.street.fontMetrics().lineSpacing() * 3 + 12)
        self.postal_code = line(p.postal_code)
        self.postal_code.setMaximumWidth(120)
        self.country = country_combo(p.country)
        self.city = line(p.city)
        self.region = line(p.region)
        self.region.setPlaceholderText(self.tr("State, province, prefecture…"))
        self.languages = line(", ".join(p.languages))
        self.languages.setPlaceholderText("fr, en, zh")
        self.tags = line(", ".join(p.tags))
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        self.notes = QPlainTextEdit(p.notes)
        self.notes.setTabChangesFocus(True)
        self.source = line(records.source_label(p.source))
        self.add_field("civility", self.tr("Civility"), self.civility)
        self.add_field("name", self.tr("&Given name"), self.given)
        self.add_field("family_name", self.tr("&Family name"), self.family)
        self.add_field("native_name", self.tr("&Native-script name"), self.native)
        self.add_field("title", self.tr("&Title"), self.title)
        self.add_field("organisation", self.tr("&Organisation"), self.organisation)
        self.add_field("department", self.tr("Department"), self.department)
        self.add_field("emails", self.tr("&E-mails"), self.emails)
        self.add_field("phones", self.tr("&Phones"), self.phones)
        self.add_field("street", self.tr("&Street"), self.street)
        self.add_field("postal_code", self.tr("Postal code"), self.postal_code)
        self.add_field("city", self.tr("City"), self.city)
        self.add_field("region", self.tr("Region / state"), self.region)
        self.add_field("country", self.tr("Country"), self.country)
        self.add_field("languages", self.tr("Languages"), self.languages)
        self.add_field("tags", self.tr("Tags"), self.tags)
        self.add_field("notes", self.tr("Notes"), self.notes)
        self.add_field("source", self.tr("Source of the data"), self.source)
        self.review = date_edit(p.review_date, optional=True, empty_text=self.tr("no review"))
        self.review.setToolTip(
            self.tr("When to check these personal data again: keep, update or erase them")
        )
        self.add_field("review_date", self.tr("&Review the data on"), self.review)
        # The E.164 column says how each number will be read: with the person's country,
        # else the organisation's, else the post's region (the rule saving applies).
        self.phones.table.itemChanged.connect(
            lambda item: self.read_phones() if item.column() != 2 else None
        )
        self.phones.table.model().rowsRemoved.connect(self.read_phones)
        self.country.currentIndexChanged.connect(self.read_phones)
        self.organisation.edit.editingFinished.connect(self.read_phones)
        self.read_phones()

    def read_phones(self) -> None:
        """Show each number's E.164 form as it will be saved, or why it has none."""
        try:
            organisation_id = self.organisation.value()
        except ValueError:
            organisation_id = None
        region = records.phone_region_for(self.store, combo_value(self.country), organisation_id)
        for row, number in enumerate(self.phones.values()):
            found = normalise.e164(number, region) if number else ""
            if found or not number:
                self.phones.set_extra(row, found)
            else:
                self.phones.set_extra(
                    row,
                    self.tr("not valid in {country}").format(country=country_name(region))
                    if not number.lstrip().startswith(("+", "00"))
                    else self.tr("not valid"),
                    tooltip=validation.unread_phone(number, region),
                    warning=True,
                )

    def collect(self) -> Person:
        base = self.before if isinstance(self.before, Person) else Person()
        try:
            organisation_id = self.organisation.value()
        except ValueError as error:
            raise ValidationError(
                [
                    FieldError(
                        "organisation",
                        self.tr(
                            "No single organisation matches “{text}”: choose one from the list."
                        ).format(text=error.args[0]),
                    )
                ]
            ) from None
        return dataclasses.replace(
            base,
            civility=self.civility.currentText(),
            given_name=self.given.text(),
            family_name=self.family.text(),
            native_name=self.native.text(),
            title=self.title.text(),
            organisation_id=organisation_id,
            department=self.department.text(),
            emails=[EmailAddress(address, label) for label, address in self.emails.pairs()],
            phones=[Phone(number, label) for label, number in self.phones.pairs()],
            country=combo_value(self.country),
            city=self.city.text(),
            street=self.street.toPlainText().strip(),
            postal_code=self.postal_code.text(),
            region=self.region.text(),
            languages=split_list(self.languages.text()),
            tags=split_list(self.tags.text()),
            notes=self.notes.toPlainText(),
            source=records.source_code(self.source.text()),
            review_date=date_value(self.review),
        )


class OrganisationEditor(RecordEditor):
    kind = RecordKind.ORGANISATION

    def side_panel(self) -> QWidget | None:
        return self.links_panel()

    def build(self) -> None:
        o = self.before if isinstance(self.before, Organisation) else Organisation(name="")
        self.name = line(o.name)
        self.native = line(o.native_name)
        self.acronym = line(o.acronym)
        self.org_kind = QComboBox()
        for kind in enums.OrganisationKind:
            self.org_kind.addItem(kind.label, kind.value)
        set_combo_data(self.org_kind, o.kind)
        self.country = country_combo(o.country)
        self.city = line(o.city)
        website, self.website = web_field(o.website, self.tr("Open in the browser"))
        self.tags = line(", ".join(o.tags))
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        self.notes = QPlainTextEdit(o.notes)
        self.notes.setTabChangesFocus(True)
        self.add_field("name", self.tr("&Name"), self.name)
        self.add_field("native_name", self.tr("&Native-script name"), self.native)
        self.add_field("acronym", self.tr("&Acronym"), self.acronym)
        self.add_field("kind", self.tr("&Kind"), self.org_kind)
        self.add_field("country", self.tr("Country"), self.country)
        self.add_field("city", self.tr("City"), self.city)
        self.add_field("website", self.tr("&Website"), website)
        self.add_field("tags", self.tr("Tags"), self.tags)
        self.add_field("notes", self.tr("Notes"), self.notes)

    def collect(self) -> Organisation:
        base = self.before if isinstance(self.before, Organisation) else Organisation(name="")
        return dataclasses.replace(
            base,
            name=self.name.text(),
            native_name=self.native.text(),
            acronym=self.acronym.text(),
            kind=str(self.org_kind.currentData()),
            country=combo_value(self.country),
            city=self.city.text(),
            website=self.website.text(),
            tags=split_list(self.tags.text()),
            notes=self.notes.toPlainText(),
        )
