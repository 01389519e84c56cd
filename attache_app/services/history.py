"""The history of one record, as the user reads it (``attache history``, the « Historique »
tab of the editors): each change of the journal, newest first, with its time in the post's
time zone, who made it in words, and each field's old and new values — linked records by
their names, not their uuids. A record deleted since still has its history (by uuid)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from attache_app.domain import kinds
from attache_app.domain.enums import phone_label_text
from attache_app.domain.kinds import Kind
from attache_app.domain.timeutil import in_zone, parse_utc
from attache_app.errors import NotFoundError
from attache_app.i18n import current_language, translate
from attache_app.services import records
from attache_app.storage import journal
from attache_app.storage.db import Store
from attache_app.storage.settings import load_settings

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)

KIND_WORDS = {
    "person": "person", "persons": "person", "contact": "person",
    "organisation": "organisation", "organisations": "organisation",
    "organization": "organisation", "org": "organisation",
    "note": "note", "notes": "note",
    "activity": "interaction", "activities": "interaction", "interaction": "interaction",
    "programme": "programme", "program": "programme", "programmes": "programme",
    "call": "call", "calls": "call",
    "deadline": "deadline", "deadlines": "deadline",
    "application": "application", "applications": "application",
    # the French words of the interface
    "personne": "person", "organisme": "organisation", "activité": "interaction",
    "activite": "interaction", "appel": "call", "échéance": "deadline", "echeance": "deadline",
    "candidature": "application",
}  # fmt: skip
"""The words ``attache history`` accepts for a kind (singular, plural, English variants,
French)."""


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str
    new: str
    old_value: Any = None
    """The value as the journal holds it (linked records by uuid)."""
    new_value: Any = None


@dataclass(frozen=True)
class Event:
    """One entry of a record's history, ready to show."""

    seq: int
    at: str
    when: str
    action: str
    action_text: str
    origin: str
    origin_text: str
    changes: list[FieldChange] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq, "at": self.at, "action": self.action, "origin": self.origin,
            "origin_text": self.origin_text,
            "changes": [
                {
                    "field": c.field, "label": c.label, "old": c.old_value,
                    "new": c.new_value, "old_text": c.old, "new_text": c.new,
                }
                for c in self.changes
            ],
        }  # fmt: skip


def kind_of_word(word: str) -> Kind:
    try:
        return kinds.kind(KIND_WORDS[word.strip().lower()])
    except KeyError:
        raise NotFoundError(
            translate(
                "History",
                "“{word}” is not a kind of record: person, organisation, note, activity, "
                "programme, call, deadline or application.",
            ).format(word=word)
        ) from None


def resolve(store: Store, kind: Kind, ref: str) -> str:
    """The uuid of the record ``ref`` names: its id (while it exists) or its uuid (also
    once it was deleted, as long as the journal knows it)."""
    text = ref.strip()
    if text.isdigit():
        found = store.scalar(f"SELECT uuid FROM {kind.table} WHERE id = ?", (int(text),))
        if found:
            return str(found)
        uuid = store.scalar(
            "SELECT uuid FROM journal WHERE kind = ? AND record_id = ? ORDER BY seq DESC LIMIT 1",
            (kind.name, int(text)),
        )
        if uuid:
            return str(uuid)
    elif _UUID.match(text) and (
        journal.for_record(store, text.lower()) or journal.tombstone(store, text.lower())
    ):
        return text.lower()
    raise NotFoundError(
        translate("History", "There is no {kind} {ref}, and the history knows none.").format(
            kind=_kind_label(kind), ref=text
        )
    )


def history(store: Store, kind: Kind, uuid: str) -> list[Event]:
    """The changes of one record, newest first."""
    entries = [e for e in journal.for_record(store, uuid) if e.kind == kind.name]
    zone = load_settings(store).timezone or "Europe/Paris"
    names = _Names(store)
    hidden = set(kind.stamps)
    events = []
    for entry in reversed(entries):
        changes = [
            FieldChange(
                name,
                field_label(name, kind.name),
                names.text(kind, name, old),
                names.text(kind, name, new),
                old,
                new,
            )
            for name, (old, new) in entry.changes.items()
            if name not in hidden and not (_empty(old) and _empty(new))
        ]
        events.append(
            Event(
                entry.seq, entry.at, _when(entry.at, zone), entry.action,
                action_text(entry.action), entry.origin, origin_text(store, entry.origin),
                changes,
            )
        )  # fmt: skip
    return events


def _empty(value: Any) -> bool:
    return value is None or value in ("", [])


def _when(at: str, zone: str) -> str:
    local = in_zone(parse_utc(at), zone)
    if current_language() == "fr":
        return local.strftime("%d/%m/%Y %H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


def action_text(action: str) -> str:
    return {
        "create": translate("History", "Created"),
        "update": translate("History", "Changed"),
        "delete": translate("History", "Deleted"),
    }.get(action, action)


def origin_text(store: Store, origin: str) -> str:
    """Who made a change, in words."""
    head, _, rest = origin.partition(":")
    if head == "import" and rest.isdigit():
        name = store.scalar("SELECT file_name FROM import_batches WHERE id = ?", (int(rest),))
        return translate("History", "import {id} ({file})").format(id=rest, file=name or "?")
    if head == "sync":
        return translate("History", "synchronisation with {peer}").format(peer=rest)
    return {
        "user": translate("History", "by hand"),
        "undo": translate("History", "undo"),
        "restore": translate("History", "restore of a backup"),
        "migration": translate("History", "already there when the history began"),
    }.get(origin, origin)


def _kind_label(kind: Kind) -> str:
    record = kind.record_kind
    if record is not None:
        return record.label.lower()
    return {
        "call": translate("History", "call"),
        "application": translate("History", "application"),
        "tag": translate("History", "tag"),
    }[kind.name]


def field_label(name: str, kind: str = "") -> str:
    """A field of the journal as the user names it."""
    if kind == "person" and name == "title":
        return translate("History", "Job title")
    labels = {
        "civility": translate("History", "Civility"),
        "given_name": translate("History", "Given name"),
        "family_name": translate("History", "Family name"),
        "native_name": translate("History", "Native name"),
        "title": translate("History", "Title"),
        "department": translate("History", "Department"),
        "country": translate("History", "Country"),
        "city": translate("History", "City"),
        "street": translate("History", "Street"),
        "postal_code": translate("History", "Postal code"),
        "region": translate("History", "Region"),
        "languages": translate("History", "Languages"),
        "notes": translate("History", "Notes"),
        "source": translate("History", "Source"),
        "review_date": translate("History", "Review date"),
        "organisation": translate("History", "Organisation"),
        "organisations": translate("History", "Organisations"),
        "persons": translate("History", "Persons"),
        "tags": translate("History", "Tags"),
        "emails": translate("History", "E-mails"),
        "phones": translate("History", "Phones"),
        "name": translate("History", "Name"),
        "acronym": translate("History", "Acronym"),
        "kind": translate("History", "Kind"),
        "website": translate("History", "Website"),
        "date": translate("History", "Date"),
        "source_name": translate("History", "Source"),
        "url": translate("History", "Link"),
        "importance": translate("History", "Importance"),
        "status": translate("History", "Status"),
        "sent_date": translate("History", "Sent on"),
        "body": translate("History", "Text"),
        "themes": translate("History", "Themes"),
        "summary": translate("History", "Summary"),
        "place": translate("History", "Place"),
        "partner_country": translate("History", "Partner country"),
        "partner_agency": translate("History", "Partner agency"),
        "description": translate("History", "Description"),
        "source_url": translate("History", "Source of the dates"),
        "template": translate("History", "Template"),
        "programme": translate("History", "Programme"),
        "call": translate("History", "Call"),
        "year": translate("History", "Year"),
        "stage": translate("History", "Stage"),
        "all_day": translate("History", "All day"),
        "due_date": translate("History", "Due date"),
        "due_local": translate("History", "Due time"),
        "tz": translate("History", "Time zone"),
        "owner": translate("History", "Owner"),
        "to_confirm": translate("History", "Dates to confirm"),
        "reminders": translate("History", "Reminders"),
        "reminder_states": translate("History", "Reminders done or snoozed"),
        "french_team": translate("History", "French team"),
        "partner_team": translate("History", "Partner team"),
        "outcome": translate("History", "Outcome"),
        "private": translate("History", "Private"),
        "share_paris": translate("History", "Shared with Paris"),
    }
    return labels.get(name, name)


class _Names:
    """Names of linked records by uuid (read once per kind), for the values shown."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: dict[str, dict[str, str]] = {}

    def name(self, kind: str, uuid: str) -> str:
        if kind not in self._cache:
            self._cache[kind] = self._read(kinds.kind(kind))
        found = self._cache[kind].get(uuid)
        return found if found is not None else translate("History", "(deleted)")

    def _read(self, kind: Kind) -> dict[str, str]:
        label = {
            "persons": "trim(given_name || ' ' || family_name || "
            "CASE WHEN native_name != '' THEN ' ' || native_name ELSE '' END)",
            "calls": "CASE WHEN title != '' THEN title ELSE year END",
        }.get(kind.table, "title" if "title" in kind.fields else "name")
        return {
            str(u): str(n) for u, n in self.store.execute(f"SELECT uuid, {label} FROM {kind.table}")
        }

    def text(self, kind: Kind, name: str, value: Any) -> str:
        if _empty(value):
            return "—"
        for ref in kind.references:
            if ref.field == name:
                return self.name(ref.kind, str(value))
        for link in kind.links:
            if link.field == name:
                return ", ".join(sorted(self.name(link.kind, str(u)) for u in value))
        if name in ("all_day", "to_confirm", "private", "share_paris"):
            return translate("History", "yes") if value else translate("History", "no")
        if name == "source":
            return records.source_label(str(value))
        if name in ("emails", "phones"):
            label = phone_label_text if name == "phones" else str
            return ", ".join(
                f"{item[0]} ({label(item[1])})" if len(item) > 1 and item[1] else str(item[0])
                for item in value
            )
        if name == "reminder_states":
            states = {
                "done": translate("History", "done"),
                "snoozed": translate("History", "snoozed"),
            }
            return ", ".join(
                translate("History", "D-{days}: {state}").format(
                    days=days, state=states.get(state, state)
                )
                for days, state, _until in value
            )
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        return str(value)
