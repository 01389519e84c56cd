"""The programme calendar: the shipped catalogue, stage templates, next year's call, and the
applications received for each call.

The catalogue (``resources/programmes/catalogue.json``) lists the programmes an attaché
follows — PHC partnerships with their partner country and agency, ARCUS, agency calls —
each with a public source. It is loaded into a new database and never overwrites what the
user edited. A programme's template gives the stages of its yearly call; "prepare next
year's call" copies last year's dates one year on (or the template's usual dates when there
is no earlier call) and marks them *to confirm* until someone checks them.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from attache_app.domain.enums import OUTCOMES as OUTCOMES
from attache_app.domain.enums import RecordKind
from attache_app.domain.enums import outcome_label as outcome_label
from attache_app.domain.models import Application, Call, Deadline, Programme
from attache_app.domain.timeutil import Clock, in_zone, system_clock
from attache_app.errors import AttacheError, FieldError, NotFoundError, ValidationError
from attache_app.i18n import translate
from attache_app.resources import resource_path
from attache_app.services import records
from attache_app.storage import links, programmes, rows, writes
from attache_app.storage.db import Store
from attache_app.storage.settings import load_settings


def call_status_label(status: str) -> str:
    """A call's status as shown (the stored code « open » in words)."""
    return {
        "open": translate("Programmes", "Open"),
        "closed": translate("Programmes", "Closed"),
    }.get(status, status)


# --- catalogue and templates -----------------------------------------------------------


@dataclass(frozen=True)
class StageTemplate:
    stage: str
    title: str
    month: int
    day: int
    time: str = ""
    """Wall time (HH:MM) in ``tz``; empty for an all-day stage."""
    tz: str = ""
    next_year: bool = False
    """The stage falls in the year after the call's (funding periods)."""

    def date_in(self, year: int) -> dt.date:
        return dt.date(year + self.next_year, self.month, self.day)


@dataclass
class Catalogue:
    programmes: list[Programme]
    templates: dict[str, list[StageTemplate]] = field(default_factory=dict)
    template_sources: dict[str, str] = field(default_factory=dict)


def load_catalogue() -> Catalogue:
    """The catalogue shipped with Attaché."""
    data = json.loads(resource_path("programmes", "catalogue.json").read_text(encoding="utf-8"))
    programmes_ = [
        Programme(
            name=p["name"],
            kind=p["kind"],
            partner_country=p["partner_country"],
            partner_agency=p["partner_agency"],
            description=p["description"],
            source_url=p["source_url"],
            template=p["template"],
        )
        for p in data["programmes"]
    ]
    templates = {
        key: [StageTemplate(**stage) for stage in value["stages"]]
        for key, value in data["templates"].items()
    }
    sources = {key: value.get("source_url", "") for key, value in data["templates"].items()}
    return Catalogue(programmes_, templates, sources)


def install_catalogue(store: Store) -> list[str]:
    """Add the catalogue's programmes missing from the database (by name); returns their
    names. Programmes already there are left as the user made them."""
    added = []
    with writes.recording(store):
        for programme in load_catalogue().programmes:
            if programmes.find_programme(store, programme.name) is None:
                records.save_programme(store, programme)
                added.append(programme.name)
    return added


@dataclass
class ProgrammeSummary:
    programme: Programme
    calls: int
    next_deadline: str
    """ISO instant or date of the next open deadline, or ""."""

    def to_dict(self) -> dict[str, Any]:
        data = self.programme.to_dict()
        data.update(calls=self.calls, next_deadline=self.next_deadline)
        return data


def summaries(store: Store, *, clock: Clock = system_clock) -> list[ProgrammeSummary]:
    now = clock().strftime("%Y-%m-%dT%H:%M:%SZ")
    found = records.get_many(store, RecordKind.PROGRAMME, programmes.programme_ids(store))
    result = []
    for programme in found:
        assert isinstance(programme, Programme) and programme.id is not None
        calls = int(
            store.scalar("SELECT count(*) FROM calls WHERE programme_id = ?", (programme.id,)) or 0
        )
        row = store.execute(
            "SELECT CASE all_day WHEN 1 THEN due_date ELSE due_utc END FROM deadlines "
            "WHERE programme_id = ? AND status = 'open' AND sort_key >= ? "
            "ORDER BY sort_key LIMIT 1",
            (programme.id, now),
        ).fetchone()
        result.append(ProgrammeSummary(programme, calls, row[0] if row else ""))
    return result


# --- next year's call --------------------------------------------------------------------


@dataclass
class PreparedCall:
    call: Call
    deadlines: list[Deadline]

    def to_dict(self) -> dict[str, Any]:
        return {
            "call": self.call.to_dict(),
            "deadlines": [d.to_dict() for d in self.deadlines],
        }


def _shift_year(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def prepare_call(
    store: Store,
    programme_id: int,
    *,
    year: int | None = None,
    clock: Clock = system_clock,
) -> PreparedCall:
    """Create the next edition of a programme's call with its stages, dates to confirm.

    Last edition's stages are copied one year on (same day, hour and zone); without an
    earlier edition, the template's usual dates are used. Raises if the programme has no
    template or the edition exists already.
    """
    programme = records.get_programme(store, programme_id)
    template = load_catalogue().templates.get(programme.template)
    if not template:
        raise AttacheError(
            translate(
                "Programmes",
                "{name} has no stage template: choose one (phc or simple) in the programme, "
                "or add its stages by hand.",
            ).format(name=programme.name)
        )
    calls = programmes.get_calls(store, programme_id)
    settings = load_settings(store)
    if year is None:
        today = in_zone(clock(), settings.timezone or "Europe/Paris").date()
        year = max((c.year for c in calls), default=today.year - 1) + 1
    if any(c.year == year for c in calls):
        raise AttacheError(
            translate("Programmes", "{name} already has a call for {year}.").format(
                name=programme.name, year=year
            )
        )
    earlier = max((c for c in calls if c.year < year), key=lambda c: c.year, default=None)
    previous: dict[str, Deadline] = {}
    if earlier is not None and earlier.id is not None:
        ids = [
            int(r[0])
            for r in store.execute(
                "SELECT id FROM deadlines WHERE call_id = ? ORDER BY sort_key", (earlier.id,)
            )
        ]
        for deadline in records.get_many(store, RecordKind.DEADLINE, ids):
            assert isinstance(deadline, Deadline)
            previous.setdefault(deadline.stage, deadline)
    gap = year - earlier.year if earlier is not None else 0
    with writes.recording(store):
        call = Call(programme_id=programme_id, year=year, title=f"{programme.name} {year}")
        call = programmes.get_calls_by_id(store, [programmes.insert_call(store, call)])[0]
        made: list[Deadline] = []
        for stage in template:
            before = previous.get(stage.stage)
            deadline = Deadline(
                title=f"{programme.name} {year} — {stage.title}",
                programme_id=programme_id,
                call_id=call.id,
                stage=stage.stage,
                owner=before.owner if before else settings.author,
                to_confirm=True,
                reminders=list(before.reminders) if before else list(Deadline("").reminders),
            )
            if before is not None and before.all_day:
                deadline.all_day = True
                deadline.due_date = _shift_year(
                    dt.date.fromisoformat(before.due_date), gap
                ).isoformat()
            elif before is not None:
                local = dt.datetime.fromisoformat(before.due_local)
                day = _shift_year(local.date(), gap)
                deadline.due_local = f"{day.isoformat()}T{local.strftime('%H:%M')}"
                deadline.tz = before.tz
            elif stage.time:
                deadline.due_local = f"{stage.date_in(year).isoformat()}T{stage.time}"
                deadline.tz = stage.tz
            else:
                deadline.all_day = True
                deadline.due_date = stage.date_in(year).isoformat()
            made.append(records.save_deadline(store, deadline))
    return PreparedCall(call, made)


def withdraw_call(store: Store, call_id: int) -> None:
    """Take back a call made by :func:`prepare_call` (undo): the call and its stages go,
    in one transaction. Refused once applications were recorded for it."""
    with writes.recording(store):
        received = store.scalar("SELECT count(*) FROM applications WHERE call_id = ?", [call_id])
        if received:
            title = store.scalar("SELECT title FROM calls WHERE id = ?", [call_id])
            raise AttacheError(
                translate(
                    "Programmes",
                    "{call} already holds applications ({count}): it is kept.",
                ).format(call=title, count=received)
            )
        ids = [
            int(r[0])
            for r in store.execute("SELECT id FROM deadlines WHERE call_id = ?", (call_id,))
        ]
        records.delete(store, RecordKind.DEADLINE, ids)
        programmes.delete_call(store, call_id)


def confirm_dates(store: Store, deadline_ids: list[int]) -> int:
    """Mark dates checked: they are no longer shown "to confirm"."""
    with writes.recording(store):
        count = 0
        for deadline in records.get_many(store, RecordKind.DEADLINE, deadline_ids):
            assert isinstance(deadline, Deadline)
            if deadline.to_confirm:
                deadline.to_confirm = False
                records.save_deadline(store, deadline)
                count += 1
    return count


# --- calls -----------------------------------------------------------------------------

CALL_STATUSES = ("open", "closed")


def save_call(store: Store, call: Call) -> Call:
    """Create or change one edition of a programme's call (team sharing writes pulled calls
    through here)."""
    errors = []
    if not store.scalar("SELECT 1 FROM programmes WHERE id = ?", (call.programme_id,)):
        errors.append(
            FieldError(
                "programme",
                translate("Programmes", "There is no programme with the id {id}.").format(
                    id=call.programme_id
                ),
            )
        )
    if not 1900 <= int(call.year) <= 2200:
        errors.append(
            FieldError(
                "year",
                translate("Programmes", "“{value}” is not a year of a call.").format(
                    value=call.year
                ),
            )
        )
    if call.status not in CALL_STATUSES:
        errors.append(
            FieldError(
                "status",
                translate("Programmes", "“{value}” is not a status of a call ({choices}).").format(
                    value=call.status, choices=", ".join(CALL_STATUSES)
                ),
            )
        )
    if errors:
        raise ValidationError(errors)
    with writes.recording(store):
        if call.id is None:
            call_id = programmes.insert_call(store, call)
        else:
            call_id = call.id
            programmes.update_call(store, call)
    return programmes.get_calls_by_id(store, [call_id])[0]


def get_calls(store: Store, ids: list[int]) -> list[Call]:
    return programmes.get_calls_by_id(store, ids)


def find_call(store: Store, programme_id: int, year: int) -> int | None:
    return programmes.find_call(store, programme_id, year)


def delete_calls(store: Store, ids: list[int]) -> int:
    """Delete calls with their stages (deadlines, through their repository for the search
    index) and their applications."""
    with writes.recording(store):
        count = 0
        for call_id in ids:
            stages = [
                int(r[0])
                for r in store.execute("SELECT id FROM deadlines WHERE call_id = ?", (call_id,))
            ]
            records.delete(store, RecordKind.DEADLINE, stages)
            if store.scalar("SELECT 1 FROM calls WHERE id = ?", (call_id,)):
                programmes.delete_call(store, call_id)
                count += 1
    return count


def delete_applications(store: Store, ids: list[int]) -> int:
    return rows.delete_rows(store, "applications", None, ids)


# --- applications ----------------------------------------------------------------------


def _check_application(store: Store, application: Application) -> None:
    errors = []
    if not application.title.strip():
        errors.append(FieldError("title", translate("Programmes", "An application needs a title.")))
    if application.outcome not in OUTCOMES:
        errors.append(
            FieldError(
                "outcome",
                translate("Programmes", "“{value}” is not an outcome ({choices}).").format(
                    value=application.outcome, choices=", ".join(OUTCOMES)
                ),
            )
        )
    if not store.scalar("SELECT 1 FROM calls WHERE id = ?", (application.call_id,)):
        errors.append(
            FieldError(
                "call",
                translate("Programmes", "There is no call with the id {id}.").format(
                    id=application.call_id
                ),
            )
        )
    if errors:
        raise ValidationError(errors)


def save_application(store: Store, application: Application) -> Application:
    return _write_application(store, application, restore=False)


def restore_application(store: Store, application: Application) -> Application:
    """Put a deleted application back as it was: its id, its creation date, its links
    (undoing a deletion)."""
    if application.id is None:
        return save_application(store, application)
    return _write_application(store, application, restore=True)


def _write_application(store: Store, application: Application, *, restore: bool) -> Application:
    _check_application(store, application)
    row = {
        "call_id": application.call_id,
        "title": application.title.strip(),
        "french_team": application.french_team.strip(),
        "partner_team": application.partner_team.strip(),
        "outcome": application.outcome,
        "notes": application.notes,
        "share_paris": application.share_paris,
    }
    with writes.recording(store):
        if application.id is None:
            application_id = rows.insert_row(
                store, "applications", row, application.created_at, application.uuid
            )
        elif restore:
            application_id = rows.insert_row(
                store,
                "applications",
                {"id": application.id} | row,
                application.created_at,
                application.uuid,
            )
        else:
            application_id = application.id
            rows.update_row(store, "applications", application_id, row)
        links.set_links(
            store, "application_persons", "application_id", "person_id",
            application_id, application.person_ids,
        )  # fmt: skip
        links.set_links(
            store, "application_organisations", "application_id", "organisation_id",
            application_id, application.organisation_ids,
        )  # fmt: skip
    return get_application(store, application_id)


def get_application(store: Store, application_id: int) -> Application:
    found = applications(store, ids=[application_id])
    if not found:
        raise NotFoundError(
            translate("Programmes", "There is no application with the id {id}.").format(
                id=application_id
            )
        )
    return found[0]


def applications(
    store: Store, *, call_id: int | None = None, ids: list[int] | None = None
) -> list[Application]:
    clauses, params = [], []
    if call_id is not None:
        clauses.append("call_id = ?")
        params.append(call_id)
    if ids is not None:
        clauses.append(f"id IN ({', '.join('?' * len(ids))})" if ids else "0")
        params.extend(ids)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    found = [
        Application(**(row | {"share_paris": bool(row["share_paris"])}))
        for row in store.query(f"SELECT * FROM applications{where} ORDER BY call_id, id", params)
    ]
    by_id = {a.id: a for a in found}
    for table, column, attribute in (
        ("application_persons", "person_id", "person_ids"),
        ("application_organisations", "organisation_id", "organisation_ids"),
    ):
        for row in store.execute(f"SELECT application_id, {column} FROM {table}"):
            if row[0] in by_id:
                getattr(by_id[row[0]], attribute).append(int(row[1]))
    return found


def delete_application(store: Store, application_id: int) -> None:
    rows.delete_rows(store, "applications", None, [application_id])


def application_counts(store: Store) -> list[tuple[str, int, dict[str, int]]]:
    """Per call (its title): the number of applications and the count of each outcome."""
    result: dict[str, dict[str, int]] = {}
    for row in store.execute(
        "SELECT c.title, c.year, p.name, a.outcome, count(*) FROM applications a "
        "JOIN calls c ON c.id = a.call_id JOIN programmes p ON p.id = c.programme_id "
        "GROUP BY a.call_id, a.outcome ORDER BY p.name COLLATE NOCASE, c.year"
    ):
        title = str(row[0] or f"{row[2]} {row[1]}")
        result.setdefault(title, {})[str(row[3])] = int(row[4])
    return [(title, sum(counts.values()), counts) for title, counts in result.items()]


def programmes_and_calls(store: Store) -> list[tuple[Programme, list[Call]]]:
    """Every programme, in its natural order, with its calls."""
    found = programmes.get_programmes(store, programmes.programme_ids(store))
    return [(g, programmes.get_calls(store, g.id)) for g in found if g.id is not None]
