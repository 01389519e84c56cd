"""The whole database as one workbook: a sheet per kind, streamed, read back whole.

Every record carries its stable identity (``uuid``), its creation and change dates and its
links to other records by identity, so that ``importing/full.py`` rebuilds the same
database (the layout is in ``full_kinds.py``). Several values share a cell, one per line;
e-mails and telephones have their labels in the next column, line for line, and beside the
numbers as typed ``phones_e164`` holds their international forms (empty where a number has
none). The last sheet, « About », says what the file is: the format's version (also a
custom document property, ``AttacheExport``), the post, when, and which sheet holds which
kind. Sheets are written in write-only mode straight from SQL cursors, so memory stays flat
whatever the number of rows.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty

from attache_app import __version__
from attache_app.exporting.files import Cancelled, Progress, no_progress, workbook_output
from attache_app.exporting.sheets import TEXT, WRAP, Column, Cut, StreamedSheet
from attache_app.i18n import translate
from attache_app.storage.db import Store
from attache_app.storage.full_kinds import (
    ABOUT_HEADERS,
    FORMAT_VERSION,
    KINDS,
    MARKER,
    Kind,
)
from attache_app.storage.settings import load_settings

CHUNK = 2000
"""Rows between two progress reports (and chances to cancel)."""


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
                    values[i] = _date(values[i])
                yield tuple(values)
        else:
            yield from batch


def _date(value: Any) -> Any:
    """An ISO date as a date cell; anything else (empty, or not exactly an ISO date) kept
    as written, so that it reads back the same."""
    if isinstance(value, str) and len(value) == 10:
        with contextlib.suppress(ValueError):
            day = dt.date.fromisoformat(value)
            if day.isoformat() == value:
                return day
    return value


def _about_rows(
    store: Store, title: str, counts: dict[str, int], exported_at: str
) -> list[tuple[str, str, str]]:
    settings = load_settings(store)
    rows = [
        ("format", "attache-full-export",
         translate("Export", "A full export of an Attaché database, to be read back whole "
                             "with File › Import or « attache import ».")),
        ("version", str(FORMAT_VERSION), translate("Export", "Version of this file's layout.")),
        ("application", __version__, translate("Export", "Version of Attaché that wrote it.")),
        ("post", settings.post_name, translate("Export", "Post whose database this is.")),
        ("exported_at", exported_at, translate("Export", "When it was written (UTC).")),
        ("title", title, ""),
    ]  # fmt: skip
    for kind in KINDS:
        rows.append(
            (
                f"sheet.{kind.key}",
                kind.title,
                translate("Export", "Sheet of this kind of record; rows: {count}.").format(
                    count=counts[kind.key]
                ),
            )
        )
    return rows


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
package's note (``services/handover_sheet.py``)."""


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
    custom: Any = wb.custom_doc_props  # type: ignore[attr-defined]  # (openpyxl ≥ 3.1)
    custom.append(StringProperty(name=MARKER, value=str(FORMAT_VERSION)))
    custom.append(StringProperty(name="AttacheVersion", value=__version__))
    exported_at = store.now()
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
        about = _about_rows(store, title, counts, exported_at)
        sheet = StreamedSheet(
            wb.create_sheet(translate("Export", "About")),
            (Column(ABOUT_HEADERS[0], TEXT, 24), Column(ABOUT_HEADERS[1], TEXT, 40),
             Column(ABOUT_HEADERS[2], WRAP, 80)),
            row_count=len(about),
            sample=about,
            title=title,
            footer=translate("Export", "About"),
            cut=result.cut,
        )  # fmt: skip
        for row in about:
            sheet.append(row)
        wb.save(temporary)
    return result


__all__ = ["FORMAT_VERSION", "KINDS", "Cancelled", "FullResult", "Kind", "write_all"]
