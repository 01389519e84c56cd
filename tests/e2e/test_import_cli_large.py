"""`attache import` of a list large enough for the commit's producer thread
(``storage/persons_bulk.py``), through the command's own entry point in a child process:
the JSON result, the records, the search index and the history, and the undo."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CliRunner

_RUN = """
import sys
from attache_app import cli
from attache_app.storage import persons, persons_bulk
persons_bulk.second_core_free = lambda: True  # whatever the machine's load
persons_bulk.CHUNK = 700
persons.PIPELINE_MIN = 1400
built = []
builder = persons_bulk.builder
def counted(*args):
    build = builder(*args)
    return lambda start, count: built.append(count) or build(start, count)
persons_bulk.builder = counted
code = cli.main(sys.argv[1:])
print(f"chunks built by the producer: {len(built)}", file=sys.stderr)
sys.exit(code)
"""


def _attache(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _RUN, *[str(a) for a in args]],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.slow
def test_a_large_list_is_imported_on_two_threads_and_undone(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "post.db"
    assert cli("--db", db, "init").returncode == 0
    rows = ["Nom;Prénom;Organisme;Courriel;Téléphone;Pays"]
    for n in range(6000):
        phone = f"+33 1 45 {n // 100:02d} {n % 100:02d} 00"
        rows.append(f"LEFÈVRE{n};Hélène;Institut {n % 40};h{n}@example.org;{phone};France")
    rows.append(rows[1].replace("+33 1 45 00 00 00", "+33 6 12 34 56 78"))  # merged into row 1
    path = tmp_path / "large.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")

    out = _attache("--db", db, "import", path, "--from", "Ambassade", "--json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert (result["created"], result["updated"], result["errors"]) == (6000, 0, [])
    assert "chunks built by the producer: 9" in out.stderr  # 6,000 persons by 700
    found = json.loads(cli("--db", db, "search", "lefevre5999", "--json").stdout)
    assert found and "LEFÈVRE5999" in json.dumps(found, ensure_ascii=False).upper()
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM persons").fetchone()[0] == 6000
        assert conn.execute("SELECT count(*) FROM person_phones").fetchone()[0] == 6001
        entries = conn.execute(
            "SELECT count(*) FROM journal WHERE kind = 'person' AND action = 'create'"
        ).fetchone()[0]
        assert entries == 6000
    finally:
        conn.close()
    undone = cli("--db", db, "undo-import", str(result["batch"]))
    assert undone.returncode == 0, undone.stderr
    assert json.loads(cli("--db", db, "stats", "--json").stdout)["persons"] == 0
