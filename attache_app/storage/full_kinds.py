"""What the full export writes: one sheet per kind of record, its columns and its query.

The layout is the file format of the full export (``FORMAT_VERSION``), read back by
``importing/full_read.py``. Headers are the fields' own names, the same in every language;
sheet titles are in the interface language, and the « About » sheet names each kind's sheet,
so that a file made in French is read by an installation in English. Records refer to each
other by their stable identity (``…_uuid`` columns, one per line where there are several),
never by the local integer ids, which are shown (``id``) for the reader only. Beside each
list of identities, a column names the records for a person reading the sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from attache_app.domain.cells import DATE, WRAP, Column
from attache_app.i18n import translate

FORMAT_VERSION = 2
"""Version of the layout. 1 was the export before identities, settings and links by
identity (no marker); a file of another version is refused in one sentence."""

MARKER = "AttacheExport"
"""The custom document property holding ``FORMAT_VERSION``."""


@dataclass(frozen=True)
class Kind:
    key: str
    """The kind's key (the table's name), written in the « About » sheet."""
    columns: tuple[Column, ...]
    count_sql: str
    sql: str
    dates: tuple[int, ...] = ()
    """Columns holding an ISO date, written as real date cells."""

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    @property
    def title(self) -> str:
        return kind_title(self.key)


def kind_title(key: str) -> str:
    """The sheet title of a kind, in the interface language."""
    return {
        "persons": translate("Export", "Persons"),
        "organisations": translate("Export", "Organisations"),
        "notes": translate("Export", "Watch notes"),
        "interactions": translate("Export", "Activities"),
        "programmes": translate("Export", "Programmes"),
        "calls": translate("Export", "Calls"),
        "deadlines": translate("Export", "Deadlines"),
        "applications": translate("Export", "Applications"),
        "reminder_states": translate("Export", "Reminders"),
        "tags": translate("Export", "Tags"),
        "settings": translate("Export", "Settings"),
    }[key]


def record_label(key: str, name: str) -> str:
    """A record named for the user with its kind: « Persons: Chih-Ming Liu »."""
    return translate("Export", "{kind}: {name}").format(kind=kind_title(key), name=name)


def _cols(*names: str, wrap: Sequence[str] = (), dates: Sequence[str] = ()) -> tuple[Column, ...]:
    return tuple(
        Column(n, WRAP if n in wrap else DATE if n in dates else "text", max_width=50)
        for n in names
    )


def _lines(select: str) -> str:
    """A subquery's values (column ``v``, in its order) joined one per line."""
    return f"(SELECT group_concat(v, char(10)) FROM ({select}))"


_PERSON_NAME = (
    "CASE WHEN trim(x.given_name || ' ' || x.family_name) != '' "
    "THEN trim(x.given_name || ' ' || x.family_name) ELSE x.native_name END"
)


def _linked(table: str, owner: str, owner_ref: str, other: str, kind: str) -> tuple[str, str]:
    """(names, identities) of the persons or organisations a record links to, by id."""
    target = "persons" if kind == "person" else "organisations"
    name = _PERSON_NAME if kind == "person" else "x.name"
    base = (
        f"FROM {table} l JOIN {target} x ON x.id = l.{other} "
        f"WHERE l.{owner} = {owner_ref} ORDER BY x.id"
    )
    return _lines(f"SELECT {name} AS v {base}"), _lines(f"SELECT x.uuid AS v {base}")


def _person_children(column: str, table: str) -> str:
    return _lines(f"SELECT {column} AS v FROM {table} WHERE person_id = p.id ORDER BY position")


_TAGS = (
    "(SELECT group_concat(name, char(10)) FROM (SELECT t.name FROM {table} x "
    "JOIN tags t ON t.id = x.tag_id WHERE x.{column} = {ref} ORDER BY t.name COLLATE NOCASE))"
)

_NOTE_ORGS = _linked("note_organisations", "note_id", "n.id", "organisation_id", "organisation")
_NOTE_PERSONS = _linked("note_persons", "note_id", "n.id", "person_id", "person")
_ACT_PERSONS = _linked("interaction_persons", "interaction_id", "i.id", "person_id", "person")
_ACT_ORGS = _linked(
    "interaction_organisations", "interaction_id", "i.id", "organisation_id", "organisation"
)
_DEADLINE_PERSONS = _linked("deadline_persons", "deadline_id", "d.id", "person_id", "person")
_APP_PERSONS = _linked("application_persons", "application_id", "a.id", "person_id", "person")
_APP_ORGS = _linked(
    "application_organisations", "application_id", "a.id", "organisation_id", "organisation"
)

KINDS: tuple[Kind, ...] = (
    Kind(
        "persons",
        _cols(
            "id", "civility", "given_name", "family_name", "native_name", "title",
            "organisation", "department", "emails", "email_labels", "phones", "phone_labels",
            "phones_e164", "country", "city", "street", "postal_code", "region", "languages",
            "tags", "notes", "source", "review_date", "share_paris", "organisation_uuid",
            "created_at", "updated_at", "uuid",
            wrap=("emails", "email_labels", "phones", "phone_labels", "phones_e164", "street",
                  "tags", "notes"),
        ),
        "SELECT count(*) FROM persons",
        "SELECT p.id, p.civility, p.given_name, p.family_name, p.native_name, p.title, "
        "coalesce(o.name, ''), p.department, "
        + ", ".join(
            _person_children(c, t)
            for c, t in (
                ("address", "person_emails"), ("label", "person_emails"),
                ("number", "person_phones"), ("label", "person_phones"),
                ("e164", "person_phones"),
            )
        )
        + ", p.country, p.city, p.street, p.postal_code, p.region, p.languages, "
        + _TAGS.format(table="person_tags", column="person_id", ref="p.id")
        + ", p.notes, p.source, p.review_date, p.share_paris, coalesce(o.uuid, ''), "
        "p.created_at, "
        "p.updated_at, p.uuid "
        "FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id ORDER BY p.id",
    ),
    Kind(
        "organisations",
        _cols(
            "id", "name", "native_name", "acronym", "kind", "country", "city", "website",
            "tags", "notes", "share_paris", "created_at", "updated_at", "uuid",
            wrap=("tags", "notes"),
        ),
        "SELECT count(*) FROM organisations",
        "SELECT o.id, o.name, o.native_name, o.acronym, o.kind, o.country, o.city, o.website, "
        + _TAGS.format(table="organisation_tags", column="organisation_id", ref="o.id")
        + ", o.notes, o.share_paris, o.created_at, o.updated_at, o.uuid "
        "FROM organisations o ORDER BY o.id",
    ),
    Kind(
        "notes",
        _cols(
            "id", "date", "title", "themes", "source_name", "url", "country", "importance",
            "status", "sent_date", "body", "private", "share_paris", "organisations", "persons",
            "organisation_uuids", "person_uuids", "created_at", "updated_at", "uuid",
            wrap=("themes", "body", "organisations", "persons", "organisation_uuids",
                  "person_uuids"),
            dates=("date", "sent_date"),
        ),
        "SELECT count(*) FROM notes",
        "SELECT n.id, n.date, n.title, "
        + _lines("SELECT theme AS v FROM note_themes WHERE note_id = n.id ORDER BY theme")
        + ", n.source_name, n.url, n.country, n.importance, n.status, n.sent_date, n.body, "
        "n.private, n.share_paris, "
        + f"{_NOTE_ORGS[0]}, {_NOTE_PERSONS[0]}, {_NOTE_ORGS[1]}, {_NOTE_PERSONS[1]}, "
        "n.created_at, n.updated_at, n.uuid FROM notes n ORDER BY n.id",
        dates=(1, 9),
    ),
    Kind(
        "interactions",
        _cols(
            "id", "date", "kind", "title", "place", "summary", "persons", "organisations",
            "person_uuids", "organisation_uuids", "share_paris", "created_at", "updated_at",
            "uuid",
            wrap=("summary", "persons", "organisations", "person_uuids", "organisation_uuids"),
            dates=("date",),
        ),
        "SELECT count(*) FROM interactions",
        "SELECT i.id, i.date, i.kind, i.title, i.place, i.summary, "
        + f"{_ACT_PERSONS[0]}, {_ACT_ORGS[0]}, {_ACT_PERSONS[1]}, {_ACT_ORGS[1]}, "
        "i.share_paris, i.created_at, i.updated_at, i.uuid FROM interactions i ORDER BY i.id",
        dates=(1,),
    ),
    Kind(
        "programmes",
        _cols(
            "id", "name", "kind", "partner_country", "partner_agency", "url", "description",
            "source_url", "template", "share_paris", "created_at", "updated_at", "uuid",
            wrap=("description",),
        ),
        "SELECT count(*) FROM programmes",
        "SELECT id, name, kind, partner_country, partner_agency, url, description, source_url, "
        "template, share_paris, created_at, updated_at, uuid FROM programmes ORDER BY id",
    ),
    Kind(
        "calls",
        _cols(
            "id", "programme", "year", "title", "status", "url", "notes", "programme_uuid",
            "share_paris", "created_at", "updated_at", "uuid", wrap=("notes",),
        ),
        "SELECT count(*) FROM calls",
        "SELECT c.id, p.name, c.year, c.title, c.status, c.url, c.notes, p.uuid, "
        "c.share_paris, c.created_at, c.updated_at, c.uuid FROM calls c "
        "JOIN programmes p ON p.id = c.programme_id ORDER BY c.id",
    ),
    Kind(
        "deadlines",
        _cols(
            "id", "programme", "title", "stage", "all_day", "due_date", "due_local", "tz",
            "due_utc", "status", "owner", "notes", "to_confirm", "reminders", "persons",
            "programme_uuid", "call_uuid", "person_uuids", "share_paris", "created_at",
            "updated_at", "uuid",
            wrap=("notes", "persons", "person_uuids"),
        ),
        "SELECT count(*) FROM deadlines",
        "SELECT d.id, coalesce(p.name, ''), d.title, d.stage, d.all_day, d.due_date, "
        "d.due_local, d.tz, d.due_utc, d.status, d.owner, d.notes, d.to_confirm, d.reminders, "
        + f"{_DEADLINE_PERSONS[0]}, coalesce(p.uuid, ''), coalesce(c.uuid, ''), "
        + f"{_DEADLINE_PERSONS[1]}, d.share_paris, d.created_at, d.updated_at, d.uuid "
        "FROM deadlines d LEFT JOIN programmes p ON p.id = d.programme_id "
        "LEFT JOIN calls c ON c.id = d.call_id ORDER BY d.id",
    ),
    Kind(
        "applications",
        _cols(
            "id", "programme", "year", "title", "french_team", "partner_team", "outcome",
            "notes", "persons", "organisations", "call_uuid", "person_uuids",
            "organisation_uuids", "share_paris", "created_at", "updated_at", "uuid",
            wrap=("notes", "persons", "organisations", "person_uuids", "organisation_uuids"),
        ),
        "SELECT count(*) FROM applications",
        "SELECT a.id, p.name, c.year, a.title, a.french_team, a.partner_team, a.outcome, "
        + f"a.notes, {_APP_PERSONS[0]}, {_APP_ORGS[0]}, c.uuid, {_APP_PERSONS[1]}, "
        + f"{_APP_ORGS[1]}, a.share_paris, a.created_at, a.updated_at, a.uuid "
        "FROM applications a "
        "JOIN calls c ON c.id = a.call_id JOIN programmes p ON p.id = c.programme_id "
        "ORDER BY a.id",
    ),
    Kind(
        "reminder_states",
        _cols(
            "deadline", "days_before", "state", "snoozed_until", "notified_at",
            "deadline_uuid", "created_at", "updated_at",
        ),
        "SELECT count(*) FROM reminder_states",
        "SELECT d.title, r.days_before, r.state, r.snoozed_until, r.notified_at, d.uuid, "
        "r.created_at, r.updated_at FROM reminder_states r "
        "JOIN deadlines d ON d.id = r.deadline_id ORDER BY r.deadline_id, r.days_before",
    ),
    Kind(
        "tags",
        _cols("id", "name", "created_at", "updated_at", "uuid"),
        "SELECT count(*) FROM tags",
        "SELECT id, name, created_at, updated_at, uuid FROM tags ORDER BY id",
    ),
    Kind(
        "settings",
        _cols("key", "value", "created_at", "updated_at", wrap=("value",)),
        "SELECT count(*) FROM settings",
        "SELECT key, value, created_at, updated_at FROM settings ORDER BY key",
    ),
)  # fmt: skip

BY_KEY = {kind.key: kind for kind in KINDS}

ABOUT_HEADERS = ("key", "value", "meaning")
"""The columns of the « About » sheet: a machine key, its value, what it means."""
