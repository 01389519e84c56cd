"""The three-way merge of one record: field by field, against the last common version.

Pure functions over plain JSON values, no I/O. For each field, with ``base`` the version
both sides last agreed on:

- both sides agree → that value;
- only one side changed it → that side's value;
- both changed it differently → a **conflict**: the record shows the hub's value (the one
  that reached the hub first) and the field's conflict lists both values with who gave
  them, until a person chooses. Nothing is dropped.

Conflicts are part of the document (``conflicts``: field → entries), so every desktop lists
the same ones, and a choice made on one desktop travels like any edit. They merge the same
way, entry by entry: a conflict resolved on one side and untouched on the other is resolved;
a conflict that grew on both sides keeps every value. Entries are sorted, so that every
desktop computes the same document whatever the order in which it heard of the changes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

DELETED = "*deleted"
"""The conflict of a deletion against an edit (an entry's value ``None`` = deleted)."""
DUPLICATE = "*duplicate"
"""A suggestion: this person looks like another one (same e-mail), created separately."""

_MISSING = object()


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def entry(value: Any, by: str, desktop: str) -> dict[str, Any]:
    """One value of a conflict, with the colleague (and desktop) who gave it."""
    return {"value": value, "by": by, "desktop": desktop}


def union(*lists: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entries of several lists, each once, in a stable order."""
    seen: dict[str, dict[str, Any]] = {}
    for entries in lists:
        for item in entries:
            seen.setdefault(canonical(item), item)
    return [seen[k] for k in sorted(seen)]


@dataclass
class Merged:
    fields: dict[str, Any]
    conflicts: dict[str, list[dict[str, Any]]]
    new_conflicts: list[str] = field(default_factory=list)
    """Fields that became a conflict in this merge (for the round's count)."""


def _three_way(base: Any, mine: Any, theirs: Any) -> tuple[Any, bool]:
    """(value, conflict?) of one field."""
    if canonical(mine) == canonical(theirs):
        return mine, False
    if canonical(mine) == canonical(base):
        return theirs, False
    if canonical(theirs) == canonical(base):
        return mine, False
    return theirs, True


def merge(
    base: dict[str, Any] | None,
    mine: dict[str, Any],
    theirs: dict[str, Any],
    *,
    me: tuple[str, str],
    them: tuple[str, str],
) -> Merged:
    """Merge the ``fields`` and ``conflicts`` of two versions of a record against ``base``
    (None when the two sides never agreed: every differing field is then a conflict).
    ``me`` and ``them`` are (user, desktop) of each side, for the entries of new conflicts."""
    base_fields: dict[str, Any] = (base or {}).get("fields") or {}
    base_conflicts: dict[str, Any] = (base or {}).get("conflicts") or {}
    my_fields: dict[str, Any] = mine.get("fields") or {}
    their_fields: dict[str, Any] = theirs.get("fields") or {}
    fields: dict[str, Any] = {}
    new: dict[str, list[dict[str, Any]]] = {}
    for name in sorted(set(my_fields) | set(their_fields)):
        b = base_fields.get(name)
        m = my_fields.get(name, b)
        t = their_fields.get(name, b)
        value, clash = _three_way(b, m, t)
        fields[name] = value
        if clash:
            new[name] = [entry(m, *me), entry(t, *them)]
    conflicts = merge_conflicts(
        base_conflicts, mine.get("conflicts") or {}, theirs.get("conflicts") or {}
    )
    for name, entries in new.items():
        conflicts[name] = union(conflicts.get(name, []), entries)
    return Merged(fields, conflicts, sorted(new))


def merge_conflicts(
    base: dict[str, list[dict[str, Any]]],
    mine: dict[str, list[dict[str, Any]]],
    theirs: dict[str, list[dict[str, Any]]],
) -> dict[str, list[dict[str, Any]]]:
    """Three-way merge of the conflict lists: resolved on one side and untouched on the
    other → resolved; changed on both → every entry of both."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name in sorted(set(base) | set(mine) | set(theirs)):
        b = base.get(name, _MISSING)
        m = mine.get(name, _MISSING)
        t = theirs.get(name, _MISSING)
        kb, km, kt = (_key(v) for v in (b, m, t))
        if km == kt:
            chosen = m
        elif km == kb:
            chosen = t
        elif kt == kb:
            chosen = m
        else:
            chosen = union(*(v for v in (m, t) if isinstance(v, list)))
        if isinstance(chosen, list) and chosen:
            out[name] = union(chosen)
    return out


def _key(value: Any) -> str:
    return "" if value is _MISSING else canonical(value)


def differs(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Whether two versions differ in what the user sees (fields and conflicts)."""
    if a is None or b is None:
        return (a is None) != (b is None)
    return canonical(
        {"fields": a.get("fields") or {}, "conflicts": a.get("conflicts") or {}}
    ) != canonical({"fields": b.get("fields") or {}, "conflicts": b.get("conflicts") or {}})
