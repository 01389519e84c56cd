"""A deterministic large database for the benchmarks: realistic multilingual names.

    python -m benchmarks.generate OUT.db [--persons 100000] [--organisations 20000]
                                         [--notes 50000] [--deadlines 5000]

The schema is made by the application's own migrations; rows go in with executemany in one
transaction, then the search index is rebuilt once (as after an upgrade).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from attache_app.storage import open_store
from attache_app.storage import search as index

SEED = 7
FAMILY = [
    ("Chen", "陳"),
    ("Lin", "林"),
    ("Huang", "黃"),
    ("Chang", "張"),
    ("Lee", "李"),
    ("Wang", "王"),
    ("Wu", "吳"),
    ("Liu", "劉"),
    ("Tsai", "蔡"),
    ("Yang", "楊"),
    ("Yamada", "山田"),
    ("Sato", "佐藤"),
    ("Suzuki", "鈴木"),
    ("Tanaka", "田中"),
    ("Kim", "김"),
    ("Park", "박"),
    ("Lefèvre", ""),
    ("Dupont", ""),
    ("Martin", ""),
    ("Moreau", ""),
    ("Girard", ""),
    ("Müller", ""),
    ("Nguyễn", ""),
    ("García", ""),
]
GIVEN = [
    ("Chih-Ming", "志明"),
    ("Shu-Fen", "淑芬"),
    ("Ya-Ting", "雅婷"),
    ("Hanako", "花子"),
    ("Taro", "太郎"),
    ("Min-jun", "민준"),
    ("Marie", ""),
    ("Jean", ""),
    ("Élise", ""),
    ("Thomas", ""),
    ("Hélène", ""),
    ("François", ""),
    ("Anh", ""),
    ("Lucía", ""),
]
THEMES = ["IA", "semi-conducteurs", "5G", "IoT", "photonique", "quantique", "spatial"]
KINDS = [
    "university",
    "research_institute",
    "ministry_agency",
    "company",
    "startup",
    "cluster",
    "french_network",
    "other",
]
COUNTRIES = ["TW", "JP", "KR", "FR", "DE", "VN", "ES", "CN"]
STAMP = "2026-01-01T00:00:00Z"


def _uuids(seed: int) -> Iterator[str]:
    """Version-4 UUIDs for the records (every record has one, migration 9), drawn from
    their own generator so that the records' contents do not depend on them."""
    rng = random.Random(seed)
    while True:
        yield str(uuid.UUID(int=rng.getrandbits(128), version=4))


def generate(
    path: Path, *, persons: int, organisations: int, notes: int, deadlines: int
) -> dict[str, float]:
    rng = random.Random(SEED)
    ids = _uuids(SEED + 1)
    started = time.perf_counter()
    with open_store(path, create=True, auto_backup=False) as store, store.transaction():
        conn = store.conn
        conn.executemany(
            "INSERT INTO organisations (id, name, native_name, acronym, kind, country, city, "
            "created_at, updated_at, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    i,
                    f"Institute {i} of {rng.choice(THEMES)}",
                    "研究院" if i % 3 == 0 else "",
                    f"I{i}",
                    rng.choice(KINDS),
                    rng.choice(COUNTRIES),
                    "Taipei",
                    STAMP,
                    STAMP,
                    next(ids),
                )
                for i in range(1, organisations + 1)
            ),
        )
        person_rows = []
        email_rows = []
        for i in range(1, persons + 1):
            family, family_native = rng.choice(FAMILY)
            given, given_native = rng.choice(GIVEN)
            native = family_native + given_native if family_native and given_native else ""
            org = rng.randint(1, organisations) if rng.random() < 0.95 else None
            person_rows.append(
                (
                    i,
                    given,
                    family,
                    native,
                    "Researcher",
                    org,
                    rng.choice(COUNTRIES),
                    STAMP,
                    STAMP,
                    next(ids),
                )
            )
            email_rows.append((i, f"p{i}@example.org", "work", 0, STAMP, STAMP))
        conn.executemany(
            "INSERT INTO persons (id, given_name, family_name, native_name, title, "
            "organisation_id, country, created_at, updated_at, uuid) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            person_rows,
        )
        conn.executemany(
            "INSERT INTO person_emails (person_id, address, label, position, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            email_rows,
        )
        start = dt.date(2020, 1, 1)
        conn.executemany(
            "INSERT INTO notes (id, title, date, source_name, status, body, created_at, "
            "updated_at, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    i,
                    f"Note {i} sur {rng.choice(THEMES)}",
                    (start + dt.timedelta(days=rng.randint(0, 2500))).isoformat(),
                    "Source",
                    rng.choice(["draft", "to_send", "sent"]),
                    "Texte de la note " * 5,
                    STAMP,
                    STAMP,
                    next(ids),
                )
                for i in range(1, notes + 1)
            ),
        )
        conn.executemany(
            "INSERT INTO note_themes VALUES (?, ?)",
            ((i, rng.choice(THEMES)) for i in range(1, notes + 1)),
        )
        conn.execute(
            "INSERT INTO programmes (id, name, kind, created_at, updated_at, uuid) "
            "VALUES (1, 'PHC Orchid', 'phc', ?, ?, ?)",
            (STAMP, STAMP, next(ids)),
        )
        rows = []
        for i in range(1, deadlines + 1):
            day = start + dt.timedelta(days=rng.randint(0, 3000))
            rows.append(
                (
                    i,
                    1,
                    f"Deadline {i}",
                    1,
                    day.isoformat(),
                    f"{day}T23:59:59",
                    STAMP,
                    STAMP,
                    next(ids),
                )
            )
        conn.executemany(
            "INSERT INTO deadlines (id, programme_id, title, all_day, due_date, sort_key, "
            "created_at, updated_at, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        inserted = time.perf_counter()
        index.rebuild(conn)
    done = time.perf_counter()
    return {"insert_s": inserted - started, "index_s": done - inserted}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--organisations", type=int, default=20_000)
    parser.add_argument("--notes", type=int, default=50_000)
    parser.add_argument("--deadlines", type=int, default=5_000)
    args = parser.parse_args(argv)
    if args.out.exists():
        print(f"{args.out} exists; choose a new path.", file=sys.stderr)
        return 1
    times = generate(
        args.out,
        persons=args.persons,
        organisations=args.organisations,
        notes=args.notes,
        deadlines=args.deadlines,
    )
    print(f"{args.out}: inserted in {times['insert_s']:.1f} s, indexed in {times['index_s']:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
