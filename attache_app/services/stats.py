"""Key counts of a database."""

from __future__ import annotations

from attache_app.storage.db import Store

COUNTED = {
    "persons": "persons",
    "organisations": "organisations",
    "notes": "notes",
    "deadlines": "deadlines",
    "interactions": "interactions",
    "programmes": "programmes",
}


def counts(store: Store) -> dict[str, int]:
    return {
        key: int(store.scalar(f"SELECT count(*) FROM {table}")) for key, table in COUNTED.items()
    }


def last_note_year(store: Store) -> str:
    """The year of the most recent watch note ("" when there is none)."""
    return str(store.scalar("SELECT max(substr(date, 1, 4)) FROM notes") or "")


def first_person_with_email(store: Store) -> tuple[str, str, str] | None:
    """(given name, family name, e-mail) of the first person who has an e-mail address."""
    row = store.execute(
        "SELECT p.given_name, p.family_name, e.address FROM persons p "
        "JOIN person_emails e ON e.person_id = p.id ORDER BY p.id LIMIT 1"
    ).fetchone()
    return (str(row[0]), str(row[1]), str(row[2])) if row else None
