"""`attache erase person`, `attache person-data`, `attache review` through the installed
command; the raw file is searched for the erased person's words."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import CliRunner
from tests.e2e.test_cli import _assert_clean_error


def test_erase_access_review(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "post.db"
    assert cli("--db", db, "init").returncode == 0
    added = cli(
        "--db", db, "add", "person", "--given", "Zébulon", "--family", "Quaxworth",
        "--email", "zq.unique@quaxmail.example", "--notes", "projet Plumbago",
        "--review-date", "2020-01-01", "--json",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    person = json.loads(added.stdout)
    assert person["source"] == "manual"
    due = json.loads(cli("--db", db, "review", "--json").stdout)
    assert [p["id"] for p in due] == [person["id"]]
    out = tmp_path / "access.json"
    assert cli("--db", db, "person-data", person["id"], out).returncode == 0
    assert json.loads(out.read_text("utf-8"))["person"]["family_name"] == "Quaxworth"

    _assert_clean_error(cli("--db", db, "erase", "person", person["id"]), "--yes")
    erased = cli("--db", db, "erase", "person", person["id"], "--yes", "--json")
    assert erased.returncode == 0, erased.stderr
    assert json.loads(erased.stdout)["traces_left"] == []
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("post.db*") if p.is_file())
    for word in (b"Quaxworth", b"zq.unique", b"Plumbago", "Zébulon".encode()):
        assert word not in raw
    _assert_clean_error(cli("--db", db, "erase", "person", person["id"], "--yes"))
