"""The hand-over package: the post's network for the successor, in one protected workbook.

The package is one ``.xlsx`` file: first the « note de passation » (a readable summary, laid
out for print), then the sheets of the full export, which Attaché reads back whole. It is
encrypted with Excel's own password protection (ECMA-376 agile encryption, by
msoffcrypto-tool), so that Excel or LibreOffice open it with the password and a person can
read it without Attaché; the plain workbook is only ever written in the process's private
temporary folder. The package of an encrypted database is always protected.

Left out: the watch notes marked private, and the persons whose review date has come
(unless the user includes them). They are removed from a copy of the database made in the
private temporary folder (encrypted with the database's own key when the database is), and
the package is written from that copy, so that nothing links to them either: a note's
persons, an activity's participants. The copy is deleted when the package is written.

The workbook carries ``AttacheHandover`` (the package's format version) as a custom
document property, beside the full export's own marker; :mod:`attache_app.services.
handover_reading` recognises a package by it.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Person
from attache_app.domain.timeutil import Clock, system_clock, today_in
from attache_app.errors import AttacheError
from attache_app.exporting import full
from attache_app.exporting.files import MINIMUM_PASSWORD, Progress, no_progress
from attache_app.exporting.sheets import Cut
from attache_app.i18n import translate
from attache_app.services import handover_note, handover_sheet, records
from attache_app.storage import backup, notes, open_store, persons
from attache_app.storage.db import Store
from attache_app.storage.settings import load_settings

PACKAGE_MARKER = "AttacheHandover"
"""The custom document property that says a workbook is a hand-over package."""
PACKAGE_VERSION = 1
"""Version of the package's layout (the note sheet first, then the full export)."""

KINDS = ("persons", "organisations", "notes", "interactions", "programmes", "deadlines")
"""The kinds counted in the summary, in the order they are shown."""


class HandoverError(AttacheError):
    """The package cannot be made; the message says why."""


@dataclass
class Scope:
    """What goes into the package: every record but those left out."""

    totals: dict[str, int]
    """Records of each kind in the database."""
    private_notes: list[tuple[int, str]] = field(default_factory=list)
    """(id, title) of the watch notes marked private, always left out."""
    overdue_persons: list[tuple[int, str]] = field(default_factory=list)
    """(id, name) of the persons whose review date has come (as ``attache review`` and the
    dashboard list them)."""
    include_overdue_review: bool = False
    """Whether those persons go in all the same (the user's choice)."""

    @property
    def left_out_persons(self) -> list[tuple[int, str]]:
        return [] if self.include_overdue_review else self.overdue_persons

    @property
    def counts(self) -> dict[str, int]:
        """Records of each kind that go into the package."""
        counts = dict(self.totals)
        counts["notes"] -= len(self.private_notes)
        counts["persons"] -= len(self.left_out_persons)
        return counts

    def left_out(self) -> list[str]:
        """What is left out, in sentences for the note and the messages."""
        lines = []
        if self.private_notes:
            lines.append(
                translate("Handover", "Private watch notes: {count} (kept home).").format(
                    count=len(self.private_notes)
                )
            )
        if self.left_out_persons:
            lines.append(
                translate(
                    "Handover", "Persons whose review date has come: {count} (not handed over)."
                ).format(count=len(self.left_out_persons))
            )
        elif self.overdue_persons:
            lines.append(
                translate(
                    "Handover",
                    "Persons whose review date has come: {count}, handed over all the same "
                    "(the author's choice).",
                ).format(count=len(self.overdue_persons))
            )
        return lines

    def to_dict(self) -> dict[str, Any]:
        return {
            "counts": self.counts,
            "left_out": {
                "private_notes": [{"id": i, "title": t} for i, t in self.private_notes],
                "persons_past_review": [{"id": i, "name": n} for i, n in self.left_out_persons],
            },
            "include_overdue_review": self.include_overdue_review,
            "persons_past_review": len(self.overdue_persons),
        }


def scope(
    store: Store, *, include_overdue_review: bool = False, clock: Clock = system_clock
) -> Scope:
    """What a package made now would hold, and what it would leave out."""
    zone = load_settings(store).timezone or "Europe/Paris"
    today = today_in(zone, clock).isoformat()
    private = [
        (int(i), str(t))
        for i, t in store.execute("SELECT id, title FROM notes WHERE private != 0 ORDER BY id")
    ]
    due = [
        int(r[0])
        for r in store.execute(
            "SELECT id FROM persons WHERE review_date != '' AND review_date <= ? "
            "ORDER BY review_date, id",
            (today,),
        )
    ]
    overdue = [
        (p.id or 0, p.display_name)
        for p in records.get_many(store, RecordKind.PERSON, due)
        if isinstance(p, Person)
    ]
    result = Scope({}, private, overdue, include_overdue_review)
    total = {
        "persons": "SELECT count(*) FROM persons",
        "organisations": "SELECT count(*) FROM organisations",
        "notes": "SELECT count(*) FROM notes",
        "interactions": "SELECT count(*) FROM interactions",
        "programmes": "SELECT count(*) FROM programmes",
        "deadlines": "SELECT count(*) FROM deadlines",
    }
    for key in KINDS:
        result.totals[key] = int(store.scalar(total[key]) or 0)
    return result


@dataclass
class Package:
    """What was written."""

    path: Path
    protected: bool
    scope: Scope
    rows: dict[str, int]
    cells_cut: int = 0

    @property
    def count(self) -> int:
        return sum(self.rows.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "protected": self.protected,
            "rows": self.rows,
            "cells_cut": self.cells_cut,
            **self.scope.to_dict(),
        }


def check_password(password: str | None, store: Store) -> None:
    if password is None:
        if store.encrypted:
            raise HandoverError(
                translate(
                    "Handover",
                    "The database is encrypted, so its hand-over package must be protected "
                    "by a password.",
                )
            )
        return
    if len(password) < MINIMUM_PASSWORD:
        raise HandoverError(
            translate("Handover", "The password needs at least {count} characters.").format(
                count=MINIMUM_PASSWORD
            )
        )


def write_package(
    store: Store,
    path: Path,
    *,
    password: str | None,
    include_overdue_review: bool = False,
    progress: Progress = no_progress,
    clock: Clock = system_clock,
) -> Package:
    """Write the hand-over package to ``path`` (atomically; nothing is left on failure or
    Cancel). ``password`` None writes it unprotected (refused for an encrypted database)."""
    check_password(password, store)
    chosen = scope(store, include_overdue_review=include_overdue_review, clock=clock)
    with tempfile.TemporaryDirectory(prefix="attache-handover-") as folder:
        copy = Path(folder) / "handover.db"
        backup.copy_database(store.conn, copy, copy, key=store.key)
        with open_store(copy, key=store.key, auto_backup=False, clock=clock) as scratch:
            with scratch.transaction():
                notes.delete(scratch, [i for i, _t in chosen.private_notes])
                persons.delete(scratch, [i for i, _n in chosen.left_out_persons])
            note = handover_note.gather(scratch, chosen.counts, chosen.left_out(), clock=clock)

            def preface(wb: Workbook, cut: Cut) -> None:
                custom: Any = wb.custom_doc_props  # type: ignore[attr-defined]
                custom.append(StringProperty(name=PACKAGE_MARKER, value=str(PACKAGE_VERSION)))
                wb.properties.subject = handover_sheet.sheet_title()
                handover_sheet.write(wb, note, cut)

            result = full.write_all(
                scratch, path, progress=progress, password=password, preface=preface
            )
    return Package(Path(path), password is not None, chosen, result.rows, result.cut.count)


def suggested_name(store: Store, clock: Clock = system_clock) -> str:
    """« Passation_Taipei_2026-11-28.xlsx »."""
    settings = load_settings(store)
    post = "_".join(
        "".join(c if c.isalnum() or c == "-" else " " for c in settings.post_name).split()[:4]
    )
    day = today_in(settings.timezone or "Europe/Paris", clock).isoformat()
    word = translate("Handover", "Handover")
    return f"{word}_{post or 'Attache'}_{day}.xlsx"


__all__ = [
    "PACKAGE_MARKER",
    "PACKAGE_VERSION",
    "HandoverError",
    "Package",
    "Scope",
    "scope",
    "suggested_name",
    "write_package",
]
