"""Versioned schema migrations, recorded in the database itself.

Ids are AUTOINCREMENT: an id is never given again after its record is deleted, so that an
undo (or the undo of an import) can always put a record back under its own id.

Each migration is a numbered, named list of statements applied in one transaction together
with its row in ``schema_migrations``: it happens whole or not at all. A database made by
any earlier release opens and upgrades; one made by a newer release is refused rather than
damaged. Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from attache_app.domain.timeutil import Clock, iso_utc, system_clock
from attache_app.storage import journal, search


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]
    rebuild_search: bool = False
    """Rebuild the full-text index once every pending migration has run."""
    then: Callable[[sqlite3.Connection, str], None] | None = None
    """Python work done after the statements, in the same transaction (given the time)."""


_STAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"

_INITIAL = (
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        """
    + _STAMPS
    + """
    )""",
    """CREATE TABLE organisations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        native_name TEXT NOT NULL DEFAULT '',
        acronym TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'other',
        country TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        """
    + _STAMPS
    + """
    )""",
    "CREATE INDEX organisations_name ON organisations(name COLLATE NOCASE)",
    "CREATE INDEX organisations_acronym ON organisations(acronym COLLATE NOCASE)",
    """CREATE TABLE persons (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        civility TEXT NOT NULL DEFAULT '',
        given_name TEXT NOT NULL DEFAULT '',
        family_name TEXT NOT NULL DEFAULT '',
        native_name TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
        department TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        """
    + _STAMPS
    + """
    )""",
    "CREATE INDEX persons_family_name ON persons(family_name COLLATE NOCASE, given_name)",
    "CREATE INDEX persons_organisation ON persons(organisation_id)",
    """CREATE TABLE person_emails (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        address TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        """
    + _STAMPS
    + """
    )""",
    "CREATE INDEX person_emails_person ON person_emails(person_id)",
    "CREATE INDEX person_emails_address ON person_emails(address)",
    """CREATE TABLE person_phones (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        number TEXT NOT NULL,
        e164 TEXT NOT NULL DEFAULT '',
        label TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        """
    + _STAMPS
    + """
    )""",
    "CREATE INDEX person_phones_person ON person_phones(person_id)",
    "CREATE INDEX person_phones_e164 ON person_phones(e164)",
    """CREATE TABLE tags (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        """
    + _STAMPS
    + """
    )""",
    """CREATE TABLE person_tags (
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (person_id, tag_id)
    )""",
    "CREATE INDEX person_tags_tag ON person_tags(tag_id)",
    """CREATE TABLE organisation_tags (
        organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (organisation_id, tag_id)
    )""",
    "CREATE INDEX organisation_tags_tag ON organisation_tags(tag_id)",
    """CREATE TABLE notes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        source_name TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        importance TEXT NOT NULL DEFAULT 'normal',
        status TEXT NOT NULL DEFAULT 'draft',
        sent_date TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        """
    + _STAMPS
    + """
    )""",
    "CREATE INDEX notes_date ON notes(date)",
    "CREATE INDEX notes_status ON notes(status)",
    """CREATE TABLE note_themes (
        note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        theme TEXT NOT NULL COLLATE NOCASE,
        PRIMARY KEY (note_id, theme)
    )""",
    "CREATE INDEX note_themes_theme ON note_themes(theme)",
    """CREATE TABLE note_organisations (
        note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        PRIMARY KEY (note_id, organisation_id)
    )""",
    "CREATE INDEX note_organisations_org ON note_organisations(organisation_id)",
    """CREATE TABLE note_persons (
        note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        PRIMARY KEY (note_id, person_id)
    )""",
    "CREATE INDEX note_persons_person ON note_persons(person_id)",
    """CREATE TABLE interactions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        date TEXT NOT NULL,
        title TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        """
    + _STAMPS
    + """
    )""",
    "CREATE INDEX interactions_date ON interactions(date)",
    """CREATE TABLE interaction_persons (
        interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        PRIMARY KEY (interaction_id, person_id)
    )""",
    "CREATE INDEX interaction_persons_person ON interaction_persons(person_id)",
    """CREATE TABLE interaction_organisations (
        interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
        organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        PRIMARY KEY (interaction_id, organisation_id)
    )""",
    "CREATE INDEX interaction_organisations_org ON interaction_organisations(organisation_id)",
    """CREATE TABLE programmes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        kind TEXT NOT NULL DEFAULT 'other',
        partner_country TEXT NOT NULL DEFAULT '',
        partner_agency TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        """
    + _STAMPS
    + """
    )""",
    """CREATE TABLE calls (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        year INTEGER NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open',
        url TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        """
    + _STAMPS
    + """,
        UNIQUE (programme_id, year)
    )""",
    """CREATE TABLE deadlines (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        programme_id INTEGER REFERENCES programmes(id) ON DELETE SET NULL,
        call_id INTEGER REFERENCES calls(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        stage TEXT NOT NULL DEFAULT 'other',
        all_day INTEGER NOT NULL DEFAULT 0,
        due_date TEXT NOT NULL DEFAULT '',
        due_local TEXT NOT NULL DEFAULT '',
        tz TEXT NOT NULL DEFAULT '',
        due_utc TEXT NOT NULL DEFAULT '',
        sort_key TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open',
        owner TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        """
    + _STAMPS
    + """
    )""",
    "CREATE INDEX deadlines_sort_key ON deadlines(sort_key)",
    "CREATE INDEX deadlines_programme ON deadlines(programme_id)",
    "CREATE INDEX deadlines_call ON deadlines(call_id)",
    """CREATE TABLE deadline_persons (
        deadline_id INTEGER NOT NULL REFERENCES deadlines(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        PRIMARY KEY (deadline_id, person_id)
    )""",
    "CREATE INDEX deadline_persons_person ON deadline_persons(person_id)",
    """CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        format TEXT NOT NULL,
        sender TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL,
        counts TEXT NOT NULL DEFAULT '{}',
        mapping TEXT NOT NULL DEFAULT '{}',
        undone_at TEXT NOT NULL DEFAULT '',
        """
    + _STAMPS
    + """
    )""",
    "CREATE INDEX import_batches_sha256 ON import_batches(sha256)",
    """CREATE TABLE import_changes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        ref_id INTEGER NOT NULL,
        action TEXT NOT NULL,
        before TEXT NOT NULL DEFAULT '',
        after TEXT NOT NULL DEFAULT '',
        """
    + _STAMPS
    + """
    )""",
    "CREATE INDEX import_changes_batch ON import_changes(batch_id)",
    "CREATE INDEX import_changes_ref ON import_changes(kind, ref_id)",
)

# Full-text search over every kind. Text is stored pre-segmented (CJK ideographs, kana and
# hangul one character per token) so that 陳 or 山田 are found; unicode61 with
# remove_diacritics 2 makes "lefevre" find "Lefèvre". The rowid encodes (kind, id) so that
# a record is re-indexed by rowid, never by a scan. display/subtitle are what lists show.
_SEARCH = (
    """CREATE VIRTUAL TABLE search_index USING fts5(
        kind UNINDEXED,
        ref_id UNINDEXED,
        display UNINDEXED,
        subtitle UNINDEXED,
        title,
        body,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
    )""",
)

# Programme calendar (issue 6): catalogue sources and stage templates, dates to confirm,
# reminders per deadline (the days before; what the user did with each is remembered), and
# the applications received for each call.
_CALENDAR = (
    "ALTER TABLE programmes ADD COLUMN source_url TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE programmes ADD COLUMN template TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE deadlines ADD COLUMN to_confirm INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE deadlines ADD COLUMN reminders TEXT NOT NULL DEFAULT '30,7,1'",
    """CREATE TABLE reminder_states (
        deadline_id INTEGER NOT NULL REFERENCES deadlines(id) ON DELETE CASCADE,
        days_before INTEGER NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',
        snoozed_until TEXT NOT NULL DEFAULT '',
        notified_at TEXT NOT NULL DEFAULT '',
        """
    + _STAMPS
    + """,
        PRIMARY KEY (deadline_id, days_before)
    )""",
    """CREATE TABLE applications (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        french_team TEXT NOT NULL DEFAULT '',
        partner_team TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT 'submitted',
        notes TEXT NOT NULL DEFAULT '',
        """
    + _STAMPS
    + """
    )""",
    "CREATE INDEX applications_call ON applications(call_id)",
    """CREATE TABLE application_persons (
        application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        PRIMARY KEY (application_id, person_id)
    )""",
    "CREATE INDEX application_persons_person ON application_persons(person_id)",
    """CREATE TABLE application_organisations (
        application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        PRIMARY KEY (application_id, organisation_id)
    )""",
    "CREATE INDEX application_organisations_org ON application_organisations(organisation_id)",
)

# Stable identities (issue 19): every record and tag has a ``uuid`` (a random version-4 UUID
# in its canonical text form), which exports and the hand-over carry so that a record is
# recognised in another database; integer ids stay local keys. Existing rows get theirs here,
# in SQL (16 random bytes per row, the version and variant bits set as RFC 9562 says); new
# rows get theirs at insert, in the storage layer. The unique index makes an insert that
# forgot it fail at once rather than leave two records with one identity.
_UUID4 = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || "
    "'-' || lower(hex(randomblob(6)))"
)
_IDENTITY_TABLES = (
    "persons", "organisations", "notes", "interactions", "programmes", "calls",
    "deadlines", "applications", "tags",
)  # fmt: skip
_IDENTITIES = tuple(
    statement
    for table in _IDENTITY_TABLES
    for statement in (
        f"ALTER TABLE {table} ADD COLUMN uuid TEXT NOT NULL DEFAULT ''",
        f"UPDATE {table} SET uuid = {_UUID4}",
        f"CREATE UNIQUE INDEX {table}_uuid ON {table}(uuid)",
    )
)

# Team sharing through a hub (issue 20): the last version agreed with the hub of each record
# (its revision and document, for three-way merges), the conflicts waiting for a person,
# the connection and the checkpoint, and the documents waiting to be sent (erase requests).
# What is here is this desktop's state: it never travels.
_SYNC = (
    """CREATE TABLE sync_base (
        uuid TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        rev TEXT NOT NULL,
        doc TEXT NOT NULL,
        unresolved INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX sync_base_kind ON sync_base(kind)",
    """CREATE TABLE sync_conflicts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uuid TEXT NOT NULL,
        kind TEXT NOT NULL,
        field TEXT NOT NULL,
        entries TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (uuid, field)
    )""",
    """CREATE TABLE sync_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE sync_outbox (
        doc_id TEXT PRIMARY KEY,
        doc TEXT NOT NULL
    )""",
)

# « Partager avec Paris » (issue 20): a record so marked is copied by the hub's own
# replicator to the network's database in Paris (packaging/hub/paris-replication.json).
SHARED_WITH_PARIS = (
    "persons", "organisations", "notes", "interactions", "programmes", "calls",
    "deadlines", "applications",
)  # fmt: skip
_SHARE_PARIS = tuple(
    f"ALTER TABLE {table} ADD COLUMN share_paris INTEGER NOT NULL DEFAULT 0"
    for table in SHARED_WITH_PARIS
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _INITIAL),
    Migration(2, "full-text search index", _SEARCH, rebuild_search=True),
    Migration(3, "programme calendar: sources, templates, reminders, applications", _CALENDAR),
    Migration(
        4,
        "review date of personal data",
        (
            "ALTER TABLE persons ADD COLUMN review_date TEXT NOT NULL DEFAULT ''",
            "CREATE INDEX persons_review_date ON persons(review_date) WHERE review_date != ''",
        ),
    ),
    Migration(
        5,
        "encoding of imported files",
        ("ALTER TABLE import_batches ADD COLUMN encoding TEXT NOT NULL DEFAULT ''",),
    ),
    Migration(
        6,
        "postal address of persons",
        (
            "ALTER TABLE persons ADD COLUMN street TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE persons ADD COLUMN postal_code TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE persons ADD COLUMN region TEXT NOT NULL DEFAULT ''",
        ),
        rebuild_search=True,  # the index now holds the address and the country's names
    ),
    # The index now holds the other spellings of romanised names (Ya-Ting → yating,
    # Ohno → ono): entries written before lack them, so the index is rebuilt.
    Migration(7, "search index: spellings of romanised names", (), rebuild_search=True),
    # One vocabulary of phone labels (enums.PhoneLabel): « bureau » typed by hand and
    # « work » from an import are the same label, stored as its code.
    Migration(
        8,
        "phone labels: one vocabulary",
        tuple(
            f"UPDATE person_phones SET label = '{code}' "
            f"WHERE lower(trim(label)) IN ({', '.join(repr(w) for w in words)})"
            for code, words in (
                (
                    "work",
                    (
                        "bureau",
                        "travail",
                        "office",
                        "pro",
                        "professionnel",
                        "work",
                        "tel bureau",
                        "tél. bureau",
                        "téléphone bureau",
                        "business",
                    ),
                ),
                ("mobile", ("portable", "mobile", "cell", "cellulaire", "gsm", "handy")),
                ("home", ("domicile", "personnel", "perso", "home", "maison", "privé")),
                ("fax", ("fax", "télécopie", "telecopie", "work fax", "home fax")),
            )
        ),
    ),
    Migration(9, "stable identities (uuid) of every record", _IDENTITIES),
    # The change journal and the tombstones (storage/writes.py writes them); every record
    # already there gets its creation entry, so that each history starts somewhere.
    Migration(10, "change journal and tombstones", journal.TABLES, then=journal.baseline),
    # A note marked private stays home: out of the hand-over package and of sharing with
    # the team.
    Migration(
        11,
        "private notes",
        ("ALTER TABLE notes ADD COLUMN private INTEGER NOT NULL DEFAULT 0",),
    ),
    Migration(12, "team sharing: base versions, conflicts, checkpoint", _SYNC),
    Migration(13, "share with Paris", _SHARE_PARIS),
    # The report to Paris counts a period's contacts by organisation and country, its
    # notes by status, and the persons each import created: read from indexes that hold
    # every column asked for (one pass over 100,000 short entries, not over the rows).
    # The new persons' and notes' indexes begin with the column of the ones they replace.
    Migration(
        14,
        "indexes of the report to Paris",
        (
            "CREATE INDEX persons_added ON persons"
            "(organisation_id, country, created_at, updated_at)",
            "DROP INDEX persons_organisation",
            "CREATE INDEX notes_period ON notes(date, status, private)",
            "DROP INDEX notes_date",
            "CREATE INDEX journal_created_persons ON journal(origin, record_id) "
            "WHERE kind = 'person' AND action = 'create'",
        ),
    ),
    # Each round asks for the records whose links had not arrived: few, found without
    # reading the base versions of a network of 100,000 persons.
    Migration(
        15,
        "team sharing: records waiting for their links",
        ("CREATE INDEX sync_base_unresolved ON sync_base(uuid) WHERE unresolved = 1",),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version


def current_version(conn: sqlite3.Connection) -> int:
    """The schema version of this database; 0 for an empty one, -1 for a foreign one."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "schema_migrations" not in tables:
        return 0 if not tables else -1
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def pending(conn: sqlite3.Connection, target: int | None = None) -> list[Migration]:
    """The migrations not applied yet, up to ``target`` — also one numbered below the
    latest applied (10 was reserved while 11 shipped first)."""
    goal = LATEST_VERSION if target is None else target
    applied: set[int] = set()
    if current_version(conn) > 0:
        applied = {int(r[0]) for r in conn.execute("SELECT version FROM schema_migrations")}
    return [m for m in MIGRATIONS if m.version not in applied and m.version <= goal]


def apply(
    conn: sqlite3.Connection, target: int | None = None, clock: Clock = system_clock
) -> list[Migration]:
    """Apply every pending migration up to ``target``, each in its own transaction."""
    applied: list[Migration] = []
    for migration in pending(conn, target):
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                """CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied_at TEXT NOT NULL
                )"""
            )
            for statement in migration.statements:
                conn.execute(statement)
            if migration.then is not None:
                migration.then(conn, iso_utc(clock()))
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, iso_utc(clock())),
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(migration)
    return applied


def history(conn: sqlite3.Connection) -> list[tuple[int, str, str]]:
    if current_version(conn) <= 0:
        return []
    rows = conn.execute(
        "SELECT version, name, applied_at FROM schema_migrations ORDER BY version"
    ).fetchall()
    return [(int(v), str(n), str(a)) for v, n, a in rows]


def upgrade(conn: sqlite3.Connection, clock: Clock = system_clock) -> list[Migration]:
    """Apply every pending migration, then rebuild the search index if one asked for it."""
    applied = apply(conn, clock=clock)
    if any(m.rebuild_search for m in applied):
        conn.execute("BEGIN IMMEDIATE")
        try:
            search.rebuild(conn)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return applied
