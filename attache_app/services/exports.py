"""Exports: the one path for the command line and the application's dialogs.

Each function takes the records to export either as explicit ids (the application passes
what a list view shows or what is selected) or as the same filters as ``attache list``.
Files are written atomically; ``progress`` may raise :class:`Cancelled` to stop.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from attache_app.domain.enums import RecordKind
from attache_app.domain.timeutil import Clock, system_clock
from attache_app.errors import AttacheError
from attache_app.exporting import calendar, contacts, full, report
from attache_app.exporting.files import Cancelled, ExportError, Progress, no_progress
from attache_app.exporting.period import Period, between, parse_period
from attache_app.exporting.report import Report
from attache_app.i18n import translate
from attache_app.services import records
from attache_app.storage.db import Store

__all__ = [
    "Cancelled",
    "ExportError",
    "Period",
    "Report",
    "between",
    "build_report",
    "consolidate_reports",
    "load_highlights",
    "parse_period",
    "save_highlights",
    "select",
    "write_all",
    "write_csv",
    "write_ics",
    "write_report",
    "write_vcf",
]


@dataclass
class Written:
    """What an export wrote, for a message or ``--json``."""

    path: Path
    kind: str
    count: int
    details: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"file": str(self.path), "kind": self.kind, "count": self.count, **self.details}


def select(
    store: Store,
    kind: RecordKind,
    *,
    ids: Sequence[int] | None = None,
    tag: str = "",
    country: str = "",
) -> list[int]:
    """The ids to export: those given (checked to exist, order kept), or all filtered."""
    if ids is not None:
        existing = set(records.list_ids(store, kind)) if ids else set()
        missing = [i for i in ids if i not in existing]
        if missing:
            raise AttacheError(
                translate("Export", "There is no {kind} with the id {id}.").format(
                    kind=kind.label.lower(), id=missing[0]
                )
            )
        return list(dict.fromkeys(ids))
    filters: dict[str, Any] = {}
    if tag:
        filters["tag"] = tag
    if country:
        filters["country"] = country
    return records.list_ids(store, kind, **filters)


def build_report(
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
    """What the report of ``period`` holds (``highlights`` None: those saved for it;
    ``compare`` False: without the previous periods' figures, as the preview)."""
    return report.build(
        store,
        period,
        themes=themes,
        include_drafts=include_drafts,
        named_persons=named_persons,
        highlights=highlights,
        compare=compare,
        clock=clock,
    )


def load_highlights(store: Store, period: Period) -> str:
    """The « Faits marquants » the attaché wrote for ``period`` ("" when none)."""
    return report.load_highlights(store, period)


def save_highlights(store: Store, period: Period, text: str) -> None:
    """Keep the « Faits marquants » of ``period`` for its report (empty: forget them)."""
    report.save_highlights(store, period, text)


def write_report(
    store: Store,
    path: Path,
    period: Period,
    *,
    themes: Sequence[str] = (),
    include_drafts: bool = False,
    named_persons: bool = False,
    highlights: str | None = None,
    clock: Clock = system_clock,
    password: str | None = None,
) -> Written:
    """Write the report of ``period``. ``highlights`` given: saved for the period first."""
    if highlights is not None:
        report.save_highlights(store, period, highlights)
    built = report.build(
        store,
        period,
        themes=themes,
        include_drafts=include_drafts,
        named_persons=named_persons,
        clock=clock,
    )
    cut = report.write(built, path, password=password)
    rows = {s.key: len(s.rows) for s in built.sections}
    return Written(
        Path(path),
        "report",
        sum(rows.values()),
        {
            "period": {
                "start": period.start.isoformat(),
                "end": period.end.isoformat(),
                "label": period.label,
            },
            "rows": rows,
            "indicators": built.indicators,
            "drafts_included": include_drafts,
            "drafts_left_out": built.drafts_left_out,
            "private_left_out": [{"id": i, "title": t} for i, t in built.private_left_out],
            "persons_named": named_persons,
            "cells_cut": cut.count,
        },
    )


def consolidate_reports(
    paths: Sequence[Path],
    out: Path,
    *,
    password: str | None = None,
    progress: Progress = no_progress,
) -> Written:
    """The network's view of the reports of several posts (``attache consolidate`` and
    Fichier › Consolider des rapports…). Files that are not reports are skipped with their
    sentence, a second report of the same post and period is flagged and not counted."""
    from attache_app.exporting import consolidate

    result = consolidate.consolidate(paths, password=password, progress=progress)
    cut = consolidate.write(result, out)
    return Written(
        Path(out),
        "consolidation",
        len(result.reports),
        {**result.to_dict(), "cells_cut": cut.count},
    )


def write_all(
    store: Store, path: Path, *, progress: Progress = no_progress, password: str | None = None
) -> Written:
    result = full.write_all(store, path, progress=progress, password=password)
    return Written(
        Path(path),
        "all",
        sum(result.rows.values()),
        {"rows": result.rows, "cells_cut": result.cut.count},
    )


def write_csv(
    store: Store,
    path: Path,
    kind: RecordKind,
    ids: Sequence[int],
    *,
    delimiter: str = ";",
    progress: Progress = no_progress,
) -> Written:
    if kind not in (RecordKind.PERSON, RecordKind.ORGANISATION):
        raise AttacheError(translate("Export", "Only persons and organisations go to CSV."))
    table = "persons" if kind == RecordKind.PERSON else "organisations"
    count = contacts.write_csv(store, table, ids, path, delimiter=delimiter, progress=progress)
    return Written(Path(path), table, count, {"delimiter": delimiter})


def write_vcf(
    store: Store,
    path: Path,
    ids: Sequence[int],
    *,
    one_per_person: bool = False,
    progress: Progress = no_progress,
) -> Written:
    """Persons as vCard 3.0: one file, or (``one_per_person``) a new or empty folder ``path``
    holding one file per person, for Outlook for Windows, which reads only the first card."""
    if one_per_person:
        count = contacts.write_vcf_folder(store, ids, path, progress=progress)
    else:
        count = contacts.write_vcf(store, ids, path, progress=progress)
    return Written(
        Path(path), "persons", count, {"version": "3.0", "one_per_person": one_per_person}
    )


def write_ics(
    store: Store,
    path: Path,
    *,
    ids: Sequence[int] | None = None,
    include_closed: bool = False,
    clock: Clock = system_clock,
    progress: Progress = no_progress,
) -> Written:
    count = calendar.write_ics(
        store, path, ids=ids, include_closed=include_closed, clock=clock, progress=progress
    )
    return Written(Path(path), "deadlines", count, {})


def default_period(today: dt.date) -> str:
    """The quarter before today's: what a quarterly report usually covers."""
    from attache_app.exporting.period import previous_quarter

    return previous_quarter(today)
