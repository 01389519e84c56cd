"""The whole database as one workbook: a sheet per kind, ids kept, streamed.

Every record carries its stable identity (``uuid``), by which another database recognises
it. Column headers are the fields' own names (``given_name``, ``emails``…), the same in every
language, so that Attaché's importer recognises the file and reads persons and
organisations back without loss. Several values share a cell, one per line; an e-mail or
telephone with a label is written ``label: value``; beside the numbers as typed,
``phones_e164`` holds their international forms, line for line (empty where a number has
none). Sheets are written in write-only mode straight from SQL cursors, so memory stays
flat whatever the number of rows.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from attache_app import __version__
from attache_app.exporting.files import Cancelled, Progress, no_progress, workbook_output
from attache_app.exporting.sheets import DATE, WRAP, Column, Cut, StreamedSheet
from attache_app.i18n import translate
from attache_app.storage.db import Store
from attache_app.storage.settings import load_settings

CHUNK = 2000
"""Rows between two progress reports (and chances to cancel)."""

_LABELLED = "CASE WHEN label != '' THEN label || ': ' || {v} ELSE {v} END"


@dataclass(frozen=True)
class Kind:
    key: str
    columns: tuple[Column, ...]
    count_sql: str
    sql: str
    dates: tuple[int, ...] = ()
    """Columns holding an ISO date, written as real date cells."""

    @property
    def title(self) -> str:
        return {
            "persons": translate("Export", "Persons"),
            "organisations": translate("Export", "Organisations"),
            "notes": translate("Export", "Watch notes"),
            "interactions": translate("Export", "Activities"),
            "programmes": translate("Export", "Programmes"),
            "calls": translate("Export", "Calls"),
            "deadlines": translate("Export", "Deadlines"),
        }[self.key]


def _cols(*names: str, wrap: Sequence[str] = (), dates: Sequence[str] = ()) -> tuple[Column, ...]:
    return tuple(
        Column(n, WRAP if n in wrap else DATE if n in dates else "text", max_width=50)
        for n in names
    )


def _ids(table: str, key: str, value: str, ref: str) -> str:
    return f"(SELECT group_concat({value}, char(10)) FROM {table} WHERE {key} = {ref})"


KINDS: tuple[Kind, ...] = (
    Kind(
        "persons",
        _cols(
            "id", "civility", "given_name", "family_name", "native_name", "title",
            "organisation", "department", "emails", "phones", "phones_e164", "country", "city",
            "street", "postal_code", "region", "languages", "tags", "notes", "source",
            "review_date", "organisation_id", "created_at", "updated_at", "uuid",
            wrap=("emails", "phones", "phones_e164", "street", "tags", "notes"),
        ),
        "SELECT count(*) FROM persons",
        "SELECT p.id, p.civility, p.given_name, p.family_name, p.native_name, p.title, "
        "coalesce(o.name, ''), p.department, "
        "(SELECT group_concat(v, char(10)) FROM (SELECT "
        + _LABELLED.format(v="address")
        + " AS v FROM person_emails WHERE person_id = p.id ORDER BY position)), "
        "(SELECT group_concat(v, char(10)) FROM (SELECT "
        + _LABELLED.format(v="number")
        + " AS v FROM person_phones WHERE person_id = p.id ORDER BY position)), "
        "(SELECT group_concat(e164, char(10)) FROM (SELECT e164 FROM person_phones "
        "WHERE person_id = p.id ORDER BY position)), "
        "p.country, p.city, p.street, p.postal_code, p.region, p.languages, "
        "(SELECT group_concat(name, char(10)) FROM (SELECT t.name FROM person_tags x "
        "JOIN tags t ON t.id = x.tag_id WHERE x.person_id = p.id ORDER BY t.name COLLATE NOCASE)), "
        "p.notes, p.source, p.review_date, p.organisation_id, p.created_at, p.updated_at, p.uuid "
        "FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id ORDER BY p.id",
    ),
    Kind(
        "organisations",
        _cols(
            "id", "name", "native_name", "acronym", "kind", "country", "city", "website",
            "tags", "notes", "created_at", "updated_at", "uuid", wrap=("tags", "notes"),
        ),
        "SELECT count(*) FROM organisations",
        "SELECT o.id, o.name, o.native_name, o.acronym, o.kind, o.country, o.city, o.website, "
        "(SELECT group_concat(name, char(10)) FROM (SELECT t.name FROM organisation_tags x "
        "JOIN tags t ON t.id = x.tag_id WHERE x.organisation_id = o.id "
        "ORDER BY t.name COLLATE NOCASE)), o.notes, o.created_at, o.updated_at, o.uuid "
        "FROM organisations o ORDER BY o.id",
    ),
    Kind(
        "notes",
        _cols(
            "id", "date", "title", "themes", "source_name", "url", "country", "importance",
            "status", "sent_date", "body", "organisation_ids", "person_ids", "private",
            "created_at", "updated_at", "uuid",
            wrap=("themes", "body", "organisation_ids", "person_ids"), dates=("date",),
        ),
        "SELECT count(*) FROM notes",
        "SELECT n.id, n.date, n.title, "
        + _ids("note_themes", "note_id", "theme", "n.id")
        + ", n.source_name, n.url, n.country, n.importance, n.status, n.sent_date, n.body, "
        + _ids("note_organisations", "note_id", "organisation_id", "n.id")
        + ", "
        + _ids("note_persons", "note_id", "person_id", "n.id")
        + ", n.private, n.created_at, n.updated_at, n.uuid FROM notes n ORDER BY n.id",
        dates=(1,),
    ),
    Kind(
        "interactions",
        _cols(
            "id", "date", "kind", "title", "place", "summary", "person_ids",
            "organisation_ids", "created_at", "updated_at", "uuid",
            wrap=("summary", "person_ids", "organisation_ids"), dates=("date",),
        ),
        "SELECT count(*) FROM interactions",
        "SELECT i.id, i.date, i.kind, i.title, i.place, i.summary, "
        + _ids("interaction_persons", "interaction_id", "person_id", "i.id")
        + ", "
        + _ids("interaction_organisations", "interaction_id", "organisation_id", "i.id")
        + ", i.created_at, i.updated_at, i.uuid FROM interactions i ORDER BY i.id",
        dates=(1,),
    ),
    Kind(
        "programmes",
        _cols(
            "id", "name", "kind", "partner_country", "partner_agency", "url", "description",
            "created_at", "updated_at", "uuid", wrap=("description",),
        ),
        "SELECT count(*) FROM programmes",
        "SELECT id, name, kind, partner_country, partner_agency, url, description, "
        "created_at, updated_at, uuid FROM programmes ORDER BY id",
    ),
    Kind(
        "calls",
        _cols(
            "id", "programme_id", "programme", "year", "title", "status", "url", "notes",
            "created_at", "updated_at", "uuid", wrap=("notes",),
        ),
        "SELECT count(*) FROM calls",
        "SELECT c.id, c.programme_id, p.name, c.year, c.title, c.status, c.url, c.notes, "
        "c.created_at, c.updated_at, c.uuid FROM calls c "
        "JOIN programmes p ON p.id = c.programme_id ORDER BY c.id",
    ),
    Kind(
        "deadlines",
        _cols(
            "id", "programme_id", "programme", "call_id", "title", "stage", "all_day",
            "due_date", "due_local", "tz", "due_utc", "status", "owner", "notes",
            "person_ids", "created_at", "updated_at", "uuid", wrap=("notes", "person_ids"),
        ),
        "SELECT count(*) FROM deadlines",
        "SELECT d.id, d.programme_id, coalesce(p.name, ''), d.call_id, d.title, d.stage, "
        "d.all_day, d.due_date, d.due_local, d.tz, d.due_utc, d.status, d.owner, d.notes, "
        + _ids("deadline_persons", "deadline_id", "person_id", "d.id")
        + ", d.created_at, d.updated_at, d.uuid "
        "FROM deadlines d LEFT JOIN programmes p ON p.id = d.programme_id ORDER BY d.id",
    ),
)  # fmt: skip


@dataclass
class FullResult:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)
    cut: Cut = field(default_factory=Cut)

    def to_dict(self) -> dict[str, Any]:
        return {"file": str(self.path), "rows": self.rows, "cells_cut": self.cut.count}


def _rows(store: Store, kind: Kind) -> Iterator[tuple[Any, ...]]:
    cursor = store.conn.execute(kind.sql)
    while batch := cursor.fetchmany(CHUNK):
        if kind.dates:
            for row in batch:
                values = list(row)
                for i in kind.dates:
                    with contextlib.suppress(TypeError, ValueError):  # else kept as written
                        values[i] = dt.date.fromisoformat(values[i])
                yield tuple(values)
        else:
            yield from batch


@contextlib.contextmanager
def _closed_on_failure(wb: Workbook) -> Iterator[None]:
    """A cancelled write-only workbook closes its sheets' streams (else they leak)."""
    try:
        yield
    except BaseException:
        for ws in wb.worksheets:
            with contextlib.suppress(Exception):
                ws.close()
        raise


Preface = Callable[[Workbook, Cut], None]
"""Writes sheets (and document properties) before the records' sheets: the hand-over
package's note."""


def write_all(
    store: Store,
    path: Path,
    *,
    progress: Progress = no_progress,
    password: str | None = None,
    preface: Preface | None = None,
) -> FullResult:
    """Write every record to ``path`` (atomically); ``progress`` may raise to cancel.
    ``preface`` adds its sheets first."""
    settings = load_settings(store)
    counts = {k.key: int(store.scalar(k.count_sql) or 0) for k in KINDS}
    total = sum(counts.values())
    result = FullResult(Path(path))
    title = translate("Export", "Attaché — full export — {post}").format(
        post=settings.post_name or "?"
    )
    wb = Workbook(write_only=True)
    wb.properties.title = title
    wb.properties.creator = settings.author or "Attaché"
    wb.properties.description = translate("Export", "Made with Attaché {version}").format(
        version=__version__
    )
    done = 0
    progress(0, total)
    with workbook_output(path, password) as temporary, _closed_on_failure(wb):
        if preface is not None:
            preface(wb, result.cut)
        for kind in KINDS:
            rows = _rows(store, kind)
            sample = list(itertools.islice(rows, 200))
            sheet = StreamedSheet(
                wb.create_sheet(kind.title),
                kind.columns,
                row_count=counts[kind.key],
                sample=sample,
                title=title,
                footer=kind.title,
                cut=result.cut,
            )
            written = 0
            for row in itertools.chain(sample, rows):
                sheet.append(row)
                written += 1
                if written % CHUNK == 0:
                    progress(done + written, total)
            result.rows[kind.key] = written
            done += written
            progress(done, total)
        wb.save(temporary)
    return result


__all__ = ["KINDS", "Cancelled", "FullResult", "write_all"]
