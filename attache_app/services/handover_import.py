"""Importing a hand-over package: its records are the full export's, read back whole.

:func:`plan_package` opens the package with its password, reads its note, and plans the
import of its sheets (``importing/full.py``): what would be created, what merged — nothing
is written. :func:`apply_package` writes that plan as one import batch, undone like any
other (Fichier › Historique des imports, ``attache undo-import``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from attache_app.importing import full
from attache_app.importing.full_read import ORDER
from attache_app.services import imports
from attache_app.services.handover_reading import Note, opened
from attache_app.storage.db import Store

Progress = Callable[[int, int], None]


@dataclass
class PackagePlan:
    """A package opened and planned: its note, its version, and the full import's plan."""

    source: Path
    version: int
    note: Note
    plan: full.FullPlan

    @property
    def file_name(self) -> str:
        return self.source.name

    @property
    def sender(self) -> str:
        """Who handed it over, for the import history: the note's author, and the post."""
        facts = self.note.facts()
        author = facts[3][1] if len(facts) > 3 else ""  # the note's fourth fact: its author
        post = self.plan.full.post
        return f"{author} ({post})" if author and post else author or post

    def counts(self) -> dict[str, dict[str, int]]:
        return self.plan.counts()

    def to_dict(self) -> dict[str, Any]:
        return {
            "package": {
                "file": self.file_name,
                "version": self.version,
                "note": {"title": self.note.title, "facts": dict(self.note.facts())},
            },
            **self.plan.to_dict(),
        }


def plan_package(
    store: Store,
    path: Path,
    password: str | None,
    *,
    prefer: str = "newer",
    progress: Progress | None = None,
) -> PackagePlan:
    """Open the package and plan its import; one sentence (PackageError, ImportFileError)
    when it cannot be read. Nothing is written."""
    with opened(path, password) as package:
        plan = imports.plan_full(store, package.plain, prefer=prefer, progress=progress)
    return PackagePlan(Path(path), package.version, package.note, plan)


def apply_package(
    store: Store, planned: PackagePlan, *, sender: str = "", progress: Progress | None = None
) -> full.FullResult:
    """Write the planned import as one batch (or nothing, when Cancel raises in
    ``progress``)."""
    return imports.apply_full(store, planned.plan, sender=sender, progress=progress)


def kinds() -> tuple[str, ...]:
    """The kinds of records of a package, in the order of the preview."""
    return tuple(ORDER)
