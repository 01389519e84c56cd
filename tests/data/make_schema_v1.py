"""Make ``schema_v1.db``: a database as the first schema wrote it, with a few records.

Run once and committed; the migration tests copy it and prove it upgrades without loss.
Only raw SQL of schema version 1 is used here (no current repository code), so the file
stays what a real first-release database looked like.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from attache_app.storage import migrations

HERE = Path(__file__).parent
STAMP = "2026-01-15T08:00:00Z"


def main() -> None:
    path = HERE / "schema_v1.db"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    migrations.apply(conn, target=1)
    ins = conn.execute
    ins("BEGIN")
    ins("INSERT INTO settings VALUES ('post_name', '\"Tokyo\"', ?, ?)", (STAMP, STAMP))
    ins("INSERT INTO settings VALUES ('timezone', '\"Asia/Tokyo\"', ?, ?)", (STAMP, STAMP))
    ins(
        "INSERT INTO organisations (id, name, native_name, acronym, kind, country, city, "
        "created_at, updated_at) VALUES (1, 'National Institute of Advanced Industrial Science "
        "and Technology', '産業技術総合研究所', 'AIST', 'research_institute', 'JP', "
        "'Tsukuba', ?, ?)",
        (STAMP, STAMP),
    )
    ins(
        "INSERT INTO persons (id, given_name, family_name, native_name, title, organisation_id,"
        " country, languages, notes, created_at, updated_at) VALUES (1, 'Hanako', 'Yamada', "
        "'山田花子', 'Principal Researcher', 1, 'JP', 'ja,en', 'Rencontrée à Tsukuba', ?, ?)",
        (STAMP, STAMP),
    )
    ins(
        "INSERT INTO persons (id, given_name, family_name, country, created_at, updated_at) "
        "VALUES (2, 'Hélène', 'Lefèvre', 'FR', ?, ?)",
        (STAMP, STAMP),
    )
    ins(
        "INSERT INTO person_emails (person_id, address, label, position, created_at, "
        "updated_at) VALUES (1, 'hanako.yamada@aist.example.org', 'work', 0, ?, ?)",
        (STAMP, STAMP),
    )
    ins(
        "INSERT INTO person_phones (person_id, number, e164, label, position, created_at, "
        "updated_at) VALUES (1, '029-861-0000', '+81298610000', 'office', 0, ?, ?)",
        (STAMP, STAMP),
    )
    ins(
        "INSERT INTO tags (id, name, created_at, updated_at) VALUES (1, 'PHC Sakura', ?, ?)",
        (STAMP, STAMP),
    )
    ins("INSERT INTO person_tags VALUES (1, 1)")
    ins(
        "INSERT INTO notes (id, title, date, source_name, url, status, body, created_at, "
        "updated_at) VALUES (1, 'Feuille de route quantique du MEXT', '2026-01-10', 'NHK', "
        "'https://news.example.org/1', 'sent', 'Texte de la note', ?, ?)",
        (STAMP, STAMP),
    )
    ins("INSERT INTO note_themes VALUES (1, 'quantique')")
    ins("INSERT INTO note_persons VALUES (1, 1)")
    ins(
        "INSERT INTO interactions (id, kind, date, title, place, created_at, updated_at) "
        "VALUES (1, 'visit', '2026-01-12', 'Visite AIST Tsukuba', 'Tsukuba', ?, ?)",
        (STAMP, STAMP),
    )
    ins("INSERT INTO interaction_persons VALUES (1, 1)")
    ins(
        "INSERT INTO programmes (id, name, kind, partner_country, created_at, updated_at) "
        "VALUES (1, 'PHC Sakura', 'phc', 'JP', ?, ?)",
        (STAMP, STAMP),
    )
    ins(
        "INSERT INTO deadlines (id, programme_id, title, stage, due_local, tz, due_utc, "
        "sort_key, created_at, updated_at) VALUES (1, 1, 'Sakura 2027 — dépôt', "
        "'application_deadline', '2026-06-15T23:59', 'Europe/Paris', '2026-06-15T21:59:00Z', "
        "'2026-06-15T21:59:00Z', ?, ?)",
        (STAMP, STAMP),
    )
    ins("COMMIT")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("VACUUM")
    conn.close()


if __name__ == "__main__":
    main()
