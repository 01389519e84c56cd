"""Who wrote a hub document, and writing in their name.

A document carries ``changed_by`` (the colleague) and ``changed_on`` (their desktop); what
a round writes on their behalf is journaled with the origin ``sync:<colleague>``, so that
a record's history says which colleague changed what.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from attache_app.storage.db import Store


def by(doc: dict[str, Any]) -> tuple[str, str]:
    """(colleague, desktop) who wrote ``doc``."""
    return (str(doc.get("changed_by", "")), str(doc.get("changed_on", "")))


def signed(doc: dict[str, Any], them: tuple[str, str]) -> dict[str, Any]:
    """A pulled version kept as the base, with who wrote it: the links it names that have
    not arrived yet are written later (``retry_unresolved``) in that colleague's name. The
    merge compares fields and conflicts only (``merge.differs``)."""
    return {**doc, "changed_by": them[0], "changed_on": them[1]}


def origin_name(them: tuple[str, str]) -> str:
    """The journal's origin of what is written in the name of ``them``."""
    return f"sync:{them[0] or '?'}"


@contextlib.contextmanager
def origin(store: Store, name: str) -> Iterator[None]:
    """Writes inside are journaled as coming from ``name`` (once the journal exists)."""
    setter = getattr(store, "origin", None)
    if setter is None:
        yield
        return
    with setter(name):
        yield
