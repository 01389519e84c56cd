"""What the « note de passation » says: the network as the successor needs to find it.

Gathered from the database the package is made of (private notes and the persons left out
are already gone from it): the key organisations and contacts of each watch theme, the
follow-ups still open, the deadlines and reminders of the next twelve months, and the
programmes followed. Every list is bounded, so that the note stays a few printed pages
whatever the size of the database. :mod:`attache_app.exporting.handover_sheet` lays it out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from attache_app.domain import enums
from attache_app.domain.countries import country_name
from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Organisation, Person
from attache_app.domain.timeutil import Clock, system_clock, today_in
from attache_app.i18n import translate
from attache_app.services import deadlines, programmes, records
from attache_app.services.programmes import outcome_label
from attache_app.storage.db import Store
from attache_app.storage.settings import load_settings

THEMES = 6
"""Watch themes shown, the most written about first."""
ORGANISATIONS_PER_THEME = 4
CONTACTS_PER_ORGANISATION = 3
OTHER_PARTNERS = 6
"""Organisations met most often that no theme listed."""
FOLLOW_UPS = 40
UPCOMING_DAYS = 365


@dataclass
class KeyOrganisation:
    name: str
    kind: str
    place: str
    contacts: list[str]
    """One line per contact: name, position, e-mail, telephone."""
    notes: int
    activities: int


@dataclass
class ThemeSection:
    theme: str
    notes: int
    organisations: list[KeyOrganisation]


@dataclass
class FollowUp:
    what: str
    day: dt.date | None
    title: str
    detail: str


@dataclass
class Upcoming:
    post_time: dt.date | dt.datetime
    paris: dt.datetime | None
    """The same instant in Paris time; None for an all-day deadline."""
    programme: str
    title: str
    stage: str
    reminders: str
    owner: str


@dataclass
class FollowedProgramme:
    name: str
    kind: str
    partner: str
    calls: int
    next_deadline: dt.date | dt.datetime | None
    """In the post's time."""
    url: str


@dataclass
class HandoverNote:
    post: str
    country: str
    timezone: str
    author: str
    made_on: dt.date
    counts: dict[str, int]
    left_out: list[str]
    """Sentences saying what was left out of the package and why."""
    themes: list[ThemeSection] = field(default_factory=list)
    other_partners: list[KeyOrganisation] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    upcoming: list[Upcoming] = field(default_factory=list)
    programmes: list[FollowedProgramme] = field(default_factory=list)


def _contact_line(person: Person) -> str:
    """« Name, position — e-mail » (the telephones are in the package's Persons sheet)."""
    who = ", ".join(p for p in (person.display_name, person.title) if p)
    reach = person.primary_email or (
        (person.phones[0].e164 or person.phones[0].number) if person.phones else ""
    )
    return " — ".join(p for p in (who, reach) if p)


def _key_contacts(store: Store, organisation_id: int, theme: str | None) -> list[str]:
    """The persons of an organisation the attaché dealt with most: linked to the theme's
    notes first, then by activities and notes shared."""
    ids = [
        int(r[0])
        for r in store.execute(
            "SELECT p.id FROM persons p WHERE p.organisation_id = ? ORDER BY "
            "(SELECT count(*) FROM note_persons np JOIN note_themes nt "
            " ON nt.note_id = np.note_id WHERE np.person_id = p.id AND nt.theme = ?) DESC, "
            "(SELECT count(*) FROM interaction_persons ip WHERE ip.person_id = p.id) DESC, "
            "(SELECT count(*) FROM note_persons np WHERE np.person_id = p.id) DESC, "
            "p.family_name COLLATE NOCASE, p.id LIMIT ?",
            (organisation_id, theme or "", CONTACTS_PER_ORGANISATION),
        )
    ]
    found = records.get_many(store, RecordKind.PERSON, ids)
    return [_contact_line(p) for p in found if isinstance(p, Person)]


def _organisation(store: Store, organisation_id: int, theme: str | None) -> KeyOrganisation:
    found = records.get_many(store, RecordKind.ORGANISATION, [organisation_id])
    org = found[0]
    assert isinstance(org, Organisation)
    name = f"{org.name} ({org.acronym})" if org.acronym and org.acronym != org.name else org.name
    if org.native_name and org.native_name != org.name:
        name += f"\n{org.native_name}"
    place = ", ".join(p for p in (org.city, country_name(org.country)) if p)
    notes = int(
        store.scalar(
            "SELECT count(*) FROM note_organisations WHERE organisation_id = ?", (organisation_id,)
        )
        or 0
    )
    activities = int(
        store.scalar(
            "SELECT count(*) FROM interaction_organisations WHERE organisation_id = ?",
            (organisation_id,),
        )
        or 0
    )
    return KeyOrganisation(
        name,
        enums.label_of(enums.OrganisationKind, org.kind),
        place,
        _key_contacts(store, organisation_id, theme),
        notes,
        activities,
    )


_THEME_ORGANISATIONS = (
    "SELECT org_id FROM ("
    " SELECT x.organisation_id AS org_id, nt.note_id FROM note_themes nt "
    " JOIN note_organisations x ON x.note_id = nt.note_id WHERE nt.theme = ? "
    " UNION "
    " SELECT p.organisation_id, nt.note_id FROM note_themes nt "
    " JOIN note_persons np ON np.note_id = nt.note_id JOIN persons p ON p.id = np.person_id "
    " WHERE nt.theme = ? AND p.organisation_id IS NOT NULL"
    ") GROUP BY org_id ORDER BY count(*) DESC, org_id LIMIT ?"
)


def _themes(store: Store) -> list[ThemeSection]:
    sections = []
    for theme, count in store.execute(
        "SELECT theme, count(*) FROM note_themes GROUP BY theme "
        "ORDER BY count(*) DESC, theme COLLATE NOCASE LIMIT ?",
        (THEMES,),
    ).fetchall():
        ids = [
            int(r[0])
            for r in store.execute(_THEME_ORGANISATIONS, (theme, theme, ORGANISATIONS_PER_THEME))
        ]
        sections.append(
            ThemeSection(str(theme), int(count), [_organisation(store, i, theme) for i in ids])
        )
    return sections


def _other_partners(store: Store, listed: set[str]) -> list[KeyOrganisation]:
    """The organisations met most often (activities) that no theme listed."""
    result: list[KeyOrganisation] = []
    for (org_id,) in store.execute(
        "SELECT organisation_id FROM interaction_organisations GROUP BY organisation_id "
        "ORDER BY count(*) DESC, organisation_id LIMIT ?",
        (OTHER_PARTNERS + len(listed),),
    ).fetchall():
        item = _organisation(store, int(org_id), None)
        if item.name not in listed and len(result) < OTHER_PARTNERS:
            result.append(item)
    return result


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _follow_ups(store: Store, now: dt.datetime, zone: str) -> list[FollowUp]:
    items: list[FollowUp] = []
    for title, day, status in store.execute(
        "SELECT title, date, status FROM notes WHERE status != 'sent' "
        "ORDER BY date DESC, id DESC LIMIT ?",
        (FOLLOW_UPS,),
    ).fetchall():
        items.append(
            FollowUp(
                translate("Handover", "Watch note: {status}").format(
                    status=enums.label_of(enums.NoteStatus, status).lower()
                ),
                _day(day),
                str(title),
                "",
            )
        )
    for view in deadlines.views(store, post_tz=zone, clock=lambda: now, include_closed=False):
        d = view.deadline
        if view.urgency == "overdue":
            what = translate("Handover", "Deadline passed, still open")
        elif d.to_confirm:
            what = translate("Handover", "Date to confirm")
        else:
            continue
        items.append(FollowUp(what, _day(view.due_post), d.title, d.programme_name))
    for title, call, outcome, day in store.execute(
        "SELECT a.title, p.name || ' ' || c.year, a.outcome, a.created_at FROM applications a "
        "JOIN calls c ON c.id = a.call_id JOIN programmes p ON p.id = c.programme_id "
        "WHERE a.outcome IN ('submitted', 'eligible') ORDER BY a.created_at DESC LIMIT ?",
        (FOLLOW_UPS,),
    ).fetchall():
        items.append(
            FollowUp(
                translate("Handover", "Application awaiting its outcome"),
                _day(day),
                str(title),
                f"{call} — {outcome_label(outcome)}",
            )
        )
    return items


def _upcoming(store: Store, now: dt.datetime, zone: str) -> list[Upcoming]:
    items = []
    for view in deadlines.views(
        store, upcoming_days=UPCOMING_DAYS, post_tz=zone, clock=lambda: now, include_closed=False
    ):
        d = view.deadline
        when: dt.date | dt.datetime
        paris: dt.datetime | None = None
        if d.all_day:
            when = dt.date.fromisoformat(d.due_date)
        else:
            when = dt.datetime.fromisoformat(view.due_post).replace(tzinfo=None)
            paris = dt.datetime.fromisoformat(view.due_paris).replace(tzinfo=None)
        items.append(
            Upcoming(
                when,
                paris,
                d.programme_name,
                d.title,
                enums.label_of(enums.StageKind, d.stage),
                ", ".join(
                    translate("Handover", "D-{days}").format(days=n)
                    for n in sorted(d.reminders, reverse=True)
                ),
                d.owner,
            )
        )
    return items


def _programmes(store: Store, clock: Clock, zone: str) -> list[FollowedProgramme]:
    result = []
    for summary in programmes.summaries(store, clock=clock):
        p = summary.programme
        partner = ", ".join(x for x in (country_name(p.partner_country), p.partner_agency) if x)
        next_deadline: dt.date | dt.datetime | None = None
        if len(summary.next_deadline) == 10:
            next_deadline = dt.date.fromisoformat(summary.next_deadline)
        elif summary.next_deadline:
            instant = dt.datetime.fromisoformat(summary.next_deadline.replace("Z", "+00:00"))
            next_deadline = instant.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
        result.append(
            FollowedProgramme(
                p.name,
                enums.label_of(enums.ProgrammeKind, p.kind),
                partner,
                summary.calls,
                next_deadline,
                p.url,
            )
        )
    return result


def gather(
    store: Store, counts: dict[str, int], left_out: list[str], *, clock: Clock = system_clock
) -> HandoverNote:
    """The note of the database ``store`` (the package's, already without what is left out)."""
    settings = load_settings(store)
    zone = settings.timezone or "Europe/Paris"
    now = clock()
    note = HandoverNote(
        post=settings.post_name,
        country=country_name(settings.country),
        timezone=zone,
        author=settings.author,
        made_on=today_in(zone, clock),
        counts=counts,
        left_out=left_out,
    )
    note.themes = _themes(store)
    listed = {o.name for t in note.themes for o in t.organisations}
    note.other_partners = _other_partners(store, listed)
    note.follow_ups = _follow_ups(store, now, zone)
    note.upcoming = _upcoming(store, now, zone)
    note.programmes = _programmes(store, clock, zone)
    return note
