"""The report to Paris: what happened at post during a period, as an Excel workbook.

:func:`build` gathers everything from the database into a :class:`Report` (also what the
application previews); :func:`write` lays it out: a cover sheet with the attaché's highlights
and the key figures beside the previous period and the same period a year earlier, one
formatted sheet per subject, native Excel charts, and the machine-readable « Indicateurs »
sheet that :mod:`attache_app.exporting.consolidate` stacks for the whole network.

Every figure and row belongs to the period:

- deadlines due in the period (met, missed or overdue, open), and those upcoming in the
  90 days after the period's end (from today when the period includes today);
- programme calls open at some point of the period (from their « call opens » stage to
  their application deadline);
- applications received (recorded) in the period;
- watch notes dated in the period that are sent or to send (drafts only when asked);
- contacts added in the period, those that came in by an import counted apart by batch.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from attache_app.bulk import collector_paused
from attache_app.domain.countries import country_name
from attache_app.domain.enums import (
    Importance,
    InteractionKind,
    NoteStatus,
    OrganisationKind,
    StageKind,
    label_of,
    outcome_label,
)
from attache_app.domain.models import Deadline, Interaction, Note
from attache_app.domain.timeutil import PARIS, Clock, in_zone, system_clock
from attache_app.exporting import sheets
from attache_app.exporting.period import Period, period_key, previous_period, year_before
from attache_app.exporting.report_gather import (
    CANCELLED,
    UPCOMING_DAYS,
    gather,
    paris_cell,
    paris_day,
    upcoming_window,
)
from attache_app.exporting.report_layout import write_report
from attache_app.exporting.report_model import (
    FORMAT_VERSION,
    INDICATOR_HEADERS,
    Figure,
    Report,
    Section,
    Statistic,
    indicator_labels,
    state_label,
)
from attache_app.exporting.report_text import month_label, note_text, summary_of
from attache_app.exporting.sheets import DATE, DATETIME, NUMBER, WRAP, Column, Cut, Link
from attache_app.i18n import current_language, translate
from attache_app.storage import interactions, organisations, persons
from attache_app.storage import settings as stored
from attache_app.storage.db import Store
from attache_app.storage.settings import load_settings

# --- the attaché's highlights, saved per period ------------------------------------------

_HIGHLIGHTS_KEY = "report_highlights:"


def load_highlights(store: Store, period: Period) -> str:
    value = store.scalar(
        "SELECT value FROM settings WHERE key = ?", (_HIGHLIGHTS_KEY + period_key(period),)
    )
    if value is None:
        return ""
    return str(json.loads(str(value)))


def save_highlights(store: Store, period: Period, text: str) -> None:
    """Keep the « Faits marquants » of a period (an empty text removes them)."""
    key = _HIGHLIGHTS_KEY + period_key(period)
    text = text.strip()
    if not text:
        stored.delete_value(store, key)
    else:
        stored.put_value(store, key, json.dumps(text, ensure_ascii=False))


def _folded(text: str) -> str:
    return text.replace("’", "'").casefold()


def _deadline_row(deadline: Deadline, state: str, calls: dict[int, str]) -> list[Any]:
    """Date, the call (or programme), what is due — its stage, and what the title adds —,
    the status, the owner: nothing said twice."""
    call = calls.get(deadline.call_id, "") if deadline.call_id else ""
    programme = call or deadline.programme_name
    stage = label_of(StageKind, deadline.stage)
    rest = deadline.title.strip()
    for prefix in (call, deadline.programme_name):
        if prefix and _folded(rest).startswith(_folded(prefix)):
            rest = rest[len(prefix) :].lstrip(" —–-:,")
    if deadline.stage == StageKind.OTHER:
        what = rest or stage
    elif not rest or _folded(rest) == _folded(stage):
        what = stage
    elif _folded(rest).startswith(_folded(stage)):
        what = rest
    else:
        what = f"{stage} : {rest}" if current_language() == "fr" else f"{stage}: {rest}"
    return [paris_cell(deadline), programme, what, state_label(state), deadline.owner]


def _deadline_columns() -> list[Column]:
    return [
        Column(translate("Report", "Date (Paris time)"), DATETIME, max_width=17),
        Column(translate("Report", "Programme or call"), WRAP, max_width=40),
        Column(translate("Report", "What is due"), WRAP, max_width=56),
        Column(translate("Report", "Status"), max_width=14),
        Column(translate("Report", "Owner"), WRAP, max_width=22),
    ]


def build(
    store: Store,
    period: Period,
    *,
    themes: Sequence[str] = (),
    include_drafts: bool = False,
    named_persons: bool = False,
    highlights: str | None = None,
    compare: bool = True,
    clock: Clock = system_clock,
) -> Report:
    """Everything the report holds. ``highlights`` None: those saved for the period.

    A year of a large database is bulk work (thousands of rows, none in a reference
    cycle): it runs with the cyclic collector paused, as imports do."""
    with collector_paused():
        return _build(
            store, period, themes=themes, include_drafts=include_drafts,
            named_persons=named_persons, highlights=highlights, compare=compare, clock=clock,
        )  # fmt: skip


def _build(
    store: Store,
    period: Period,
    *,
    themes: Sequence[str],
    include_drafts: bool,
    named_persons: bool,
    highlights: str | None,
    compare: bool,
    clock: Clock,
) -> Report:
    settings = load_settings(store)
    zone = settings.timezone or PARIS
    now_utc = clock().astimezone(dt.UTC)
    now = in_zone(now_utc, zone)
    # Themes as stored (note_themes compares without case).
    gathered = gather(
        store,
        period,
        now=now_utc,
        zone=zone,
        themes=list(themes),
        include_drafts=include_drafts,
        person_ids=named_persons,
        whole=True,
    )
    values = gathered.indicators()
    drafts_left_out = gathered.notes.drafts_left_out

    # Deadlines, with their programme's call.
    calls = {
        int(row["id"]): str(row["title"] or f"{row['name']} {row['year']}")
        for row in store.query(
            "SELECT c.id, c.year, c.title, p.name FROM calls c "
            "JOIN programmes p ON p.id = c.programme_id"
        )
    }
    due_rows = [_deadline_row(d, s, calls) for d, s in gathered.deadlines.due]
    upcoming_rows = [_deadline_row(d, s, calls) for d, s in gathered.deadlines.upcoming]
    _first, last = upcoming_window(period, now.date())
    month_counts: Counter[str] = Counter()
    month = period.start.replace(day=1)
    while month <= max(period.end, last):  # every month, those without a deadline too
        month_counts[f"{month.year}-{month.month:02d}"] = 0
        month = (month + dt.timedelta(days=32)).replace(day=1)
    seen: set[int | None] = set()
    for deadline, state in [*gathered.deadlines.due, *gathered.deadlines.upcoming]:
        if deadline.id in seen or state == CANCELLED:
            continue
        seen.add(deadline.id)
        day = paris_day(deadline)
        month_counts[f"{day.year}-{day.month:02d}"] += 1

    # Watch notes, grouped by theme with their whole text.
    wanted = {t.casefold() for t in themes}
    note_list = gathered.notes.records
    theme_counts: Counter[str] = Counter()
    grouped: list[tuple[str, Note]] = []
    no_theme = translate("Report", "(no theme)")
    for note in note_list:
        chosen = [t for t in note.themes if not wanted or t.casefold() in wanted]
        for theme in chosen or [no_theme]:
            theme_counts[theme] += 1
        grouped.append(((chosen or [no_theme])[0], note))
    grouped.sort(key=lambda tn: (tn[0] == no_theme, tn[0].casefold(), tn[1].date, tn[1].id or 0))
    importance = {v: label_of(Importance, v) for v in {n.importance for n in note_list}}
    status = {v: label_of(NoteStatus, v) for v in {n.status for n in note_list}}
    note_rows = [
        [
            theme,
            dt.date.fromisoformat(note.date),
            note.title,
            note_text(note.body),
            Link(note.source_name or note.url, note.url),
            importance[note.importance],
            status[note.status],
        ]
        for theme, note in grouped
    ]

    # Contacts: counts by organisation kind and country; persons only when asked.
    def kind_label(kind: str) -> str:
        if not kind:
            return translate("Report", "(no organisation)")
        return label_of(OrganisationKind, kind)

    contacts = gathered.contacts
    kind_counts: Counter[str] = Counter()
    contact_rows: list[list[Any]] = []
    for (kind, country), (new, imported, updated) in contacts.by_kind_country.items():
        kind_counts[kind_label(kind)] += new
        contact_rows.append(
            [kind_label(kind), country_name(country) if country else "", new, imported, updated]
        )
    contact_rows.sort(key=lambda r: (r[0].casefold(), r[1].casefold()))

    org_met = dict(gathered.organisations)
    org_rows: list[list[Any]] = [
        [
            org.display_name,
            label_of(OrganisationKind, org.kind) if org.kind else "",
            country_name(org.country) if org.country else "",
            org_met[org.id or 0],
        ]
        for org in organisations.get_many(store, sorted(org_met))
    ]
    org_rows.sort(key=lambda r: (-int(r[3]), str(r[0]).casefold()))

    person_rows: list[list[Any]] = []
    if named_persons:
        for person in persons.get_many(store, sorted(contacts.ids)):
            assert person.id is not None
            change = contacts.ids[person.id]
            if change == "updated":
                shown = translate("Report", "Updated")
            elif change.startswith("imported:"):
                shown = translate("Report", "Imported: {batch}").format(batch=change[9:])
            else:
                shown = translate("Report", "New")
            person_rows.append(
                [
                    person.family_name,
                    person.given_name,
                    person.organisation_name,
                    person.title,
                    country_name(person.country) if person.country else "",
                    person.primary_email,
                    shown,
                ]
            )
        person_rows.sort(key=lambda r: (str(r[0]).casefold(), str(r[1]).casefold()))

    # Activities of the period, with their participants.
    activity_ids = [i for i, _ in gathered.activities]
    activities = [
        a for a in interactions.get_many(store, activity_ids)
        if isinstance(a, Interaction)
    ]  # fmt: skip
    people = {
        p.id: p.display_name
        for p in persons.get_many(store, sorted({i for a in activities for i in a.person_ids}))
    }
    org_ids = sorted({i for a in activities for i in a.organisation_ids})
    orgs = {o.id: o.display_name for o in organisations.get_many(store, org_ids)}
    activity_rows = [
        [
            dt.date.fromisoformat(activity.date),
            label_of(InteractionKind, activity.kind),
            activity.title,
            activity.place,
            "\n".join(people[i] for i in activity.person_ids if i in people),
            "\n".join(orgs[i] for i in activity.organisation_ids if i in orgs),
            summary_of(activity.summary),
        ]
        for activity in activities
    ]

    # The key figures, beside the previous period and the same period a year earlier.
    before = previous_period(period) if compare else None
    earlier = year_before(period) if compare else None
    compared: list[dict[str, int]] = []
    for other in (before, earlier):
        if other is None:
            compared.append({})
        elif compared and before and (other.start, other.end) == (before.start, before.end):
            compared.append(compared[0])  # a year: the previous period is the year before
        else:
            compared.append(
                gather(
                    store,
                    other,
                    now=now_utc,
                    zone=zone,
                    themes=list(themes),
                    include_drafts=include_drafts,
                ).indicators()
            )
    labels = indicator_labels()

    def figure(key: str, level: int = 0) -> Figure:
        return Figure(
            labels[key],
            values[key],
            key,
            level,
            compared[0].get(key),
            compared[1].get(key),
        )

    figures = [figure("contacts.new"), figure("contacts.imported", 1)]
    figures += [Figure(batch, n, level=2) for batch, n in contacts.imported.most_common()]
    figures += [figure("contacts.updated"), figure("organisations.met"), figure("activities")]
    figures += [
        figure(f"activities.{kind.value}", 1)
        for kind in InteractionKind
        if values[f"activities.{kind.value}"]
    ]
    figures += [figure("notes"), figure("notes.sent", 1), figure("notes.to_send", 1)]
    if include_drafts:
        figures.append(figure("notes.draft", 1))
    figures += [
        figure("deadlines.due"),
        figure("deadlines.met", 1),
        figure("deadlines.missed", 1),
        figure("deadlines.open", 1),
        figure("deadlines.upcoming"),
        figure("calls.open"),
    ]
    figures += [
        Figure(title or f"{name} {year}", None, level=1) for name, year, title in gathered.calls
    ]
    figures.append(figure("applications.received"))
    for title, count, outcomes in gathered.applications:
        detail = ", ".join(f"{outcome_label(o)} {n}" for o, n in sorted(outcomes.items()))
        figures.append(Figure(f"{title} ({detail})", count, level=1))

    sections = [
        Section(
            "deadlines",
            translate("Report", "Deadlines"),
            _deadline_columns(),
            due_rows,
        ),
        Section(
            "upcoming",
            translate("Report", "Upcoming"),
            _deadline_columns(),
            upcoming_rows,
        ),
        Section(
            "notes",
            translate("Report", "Watch"),
            [
                Column(translate("Report", "Theme"), WRAP, max_width=16),
                Column(translate("Report", "Date"), DATE),
                Column(translate("Report", "Title"), WRAP, max_width=30),
                Column(translate("Report", "Text"), WRAP, max_width=62),
                Column(translate("Report", "Source"), sheets.LINK, max_width=16),
                Column(translate("Report", "Importance"), max_width=12),
                Column(translate("Report", "Status"), max_width=11),
            ],
            note_rows,
        ),
        Section(
            "contacts",
            translate("Report", "Contacts"),
            [
                Column(translate("Report", "Organisation kind"), max_width=30),
                Column(translate("Report", "Country"), max_width=24),
                Column(translate("Report", "New contacts"), NUMBER),
                Column(translate("Report", "of which imported"), NUMBER),
                Column(translate("Report", "Contacts updated"), NUMBER),
            ],
            contact_rows,
        ),
        Section(
            "organisations",
            translate("Report", "Organisations met"),
            [
                Column(translate("Report", "Organisation"), WRAP, max_width=60),
                Column(translate("Report", "Kind"), max_width=30),
                Column(translate("Report", "Country"), max_width=24),
                Column(translate("Report", "Activities"), NUMBER),
            ],
            org_rows,
        ),
    ]
    if named_persons:
        sections.append(
            Section(
                "persons",
                translate("Report", "Persons"),
                [
                    Column(translate("Report", "Family name"), max_width=22),
                    Column(translate("Report", "Given name"), max_width=20),
                    Column(translate("Report", "Organisation"), WRAP, max_width=34),
                    Column(translate("Report", "Position"), WRAP, max_width=28),
                    Column(translate("Report", "Country"), max_width=16),
                    Column(translate("Report", "E-mail"), max_width=30),
                    Column(translate("Report", "Change"), WRAP, max_width=18),
                ],
                person_rows,
            )
        )
    sections.append(
        Section(
            "activities",
            translate("Report", "Activities"),
            [
                Column(translate("Report", "Date"), DATE),
                Column(translate("Report", "Kind"), max_width=14),
                Column(translate("Report", "Title"), WRAP, max_width=32),
                Column(translate("Report", "Place"), WRAP, max_width=18),
                Column(translate("Report", "Participants"), WRAP, max_width=22),
                Column(translate("Report", "Organisations"), WRAP, max_width=22),
                Column(translate("Report", "Summary"), WRAP, max_width=40),
            ],
            activity_rows,
        )
    )
    statistics = [
        Statistic(
            translate("Report", "Watch notes per theme"),
            (translate("Report", "Theme"), translate("Report", "Notes")),
            sorted(theme_counts.items(), key=lambda kv: (-kv[1], kv[0])),
        ),
        Statistic(
            translate("Report", "New contacts per organisation kind"),
            (translate("Report", "Organisation kind"), translate("Report", "Contacts")),
            sorted(((k, n) for k, n in kind_counts.items() if n), key=lambda kv: (-kv[1], kv[0])),
        ),
        Statistic(
            translate("Report", "Deadlines per month"),
            (translate("Report", "Month"), translate("Report", "Deadlines")),
            [(month_label(m), n) for m, n in sorted(month_counts.items())],
        ),
    ]
    return Report(
        settings,
        period,
        list(themes),
        now,
        figures,
        sections,
        statistics,
        indicators=values,
        highlights=load_highlights(store, period) if highlights is None else highlights.strip(),
        include_drafts=include_drafts,
        named_persons=named_persons,
        drafts_left_out=drafts_left_out,
        private_left_out=gathered.notes.private_left_out,
        previous=before,
        year_before=earlier,
    )


def write(report: Report, path: Path, *, password: str | None = None) -> Cut:
    """Write the report workbook to ``path`` (atomically; with ``password``, protected by
    Excel's encryption). Returns the cells cut to fit."""
    with collector_paused():
        return write_report(report, path, password=password)


__all__ = [
    "FORMAT_VERSION",
    "INDICATOR_HEADERS",
    "UPCOMING_DAYS",
    "Figure",
    "Report",
    "Section",
    "Statistic",
    "build",
    "indicator_labels",
    "load_highlights",
    "month_label",
    "note_text",
    "save_highlights",
    "summary_of",
    "upcoming_window",
    "write",
]
