"""`attache programmes`, `prepare-call`, `confirm-dates`, `reminders`, `applications` through
the installed command."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import CliRunner
from tests.e2e.test_cli import _assert_clean_error


def test_catalogue_call_reminders_applications(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "post.db"
    assert cli("--db", db, "init", "--timezone", "Asia/Taipei").returncode == 0
    listed = json.loads(cli("--db", db, "programmes", "--json").stdout)
    orchid = next(p for p in listed if p["name"] == "PHC Orchid")
    assert orchid["partner_country"] == "TW" and orchid["source_url"].startswith("http")
    assert len(listed) >= 12

    result = cli("--db", db, "prepare-call", "PHC Orchid", "--year", "2027", "--json")
    assert result.returncode == 0, result.stderr
    prepared = json.loads(result.stdout)
    closing = next(d for d in prepared["deadlines"] if d["stage"] == "application_deadline")
    assert (closing["due_local"], closing["tz"], closing["to_confirm"]) == (
        "2027-05-15T23:59", "Europe/Paris", True,
    )  # fmt: skip
    again = cli("--db", db, "prepare-call", "PHC Orchid", "--year", "2027")
    _assert_clean_error(again, "already has a call for 2027")
    deadlines = json.loads(cli("--db", db, "deadlines", "--json").stdout)
    shown = next(d for d in deadlines if d["id"] == closing["id"])
    assert shown["due_paris"] == "2027-05-15T23:59:00+02:00"
    assert shown["due_post"] == "2027-05-16T05:59:00+08:00"
    ids = ",".join(str(d["id"]) for d in prepared["deadlines"])
    assert "7" in cli("--db", db, "confirm-dates", ids).stdout

    # Reminders: a deadline in 5 days has its 7-day reminder due now.
    import datetime as dt

    soon = (dt.datetime.now(dt.UTC) + dt.timedelta(days=5)).strftime("%Y-%m-%d %H:%M")
    added = cli(
        "--db", db, "add", "deadline", "--programme", "ARCUS", "--title", "Dépôt ARCUS",
        "--due", soon, "--tz", "UTC", "--reminders", "7,1", "--json",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    deadline_id = json.loads(added.stdout)["id"]
    due = json.loads(cli("--db", db, "reminders", "--json").stdout)
    assert [r["key"] for r in due] == [f"{deadline_id}:7"]
    done = cli("--db", db, "reminders", "--done", f"{deadline_id}:7", "--json")
    assert json.loads(done.stdout) == []
    _assert_clean_error(cli("--db", db, "reminders", "--done", "x"), "is not a reminder")

    call_id = prepared["call"]["id"]
    result = cli(
        "--db", db, "applications", "--call", call_id, "--add", "Capteurs quantiques",
        "--french-team", "LKB", "--partner-team", "NTU", "--json",
    )  # fmt: skip
    applications = json.loads(result.stdout)
    assert [(a["title"], a["outcome"]) for a in applications] == [
        ("Capteurs quantiques", "submitted")
    ]
    _assert_clean_error(cli("--db", db, "applications", "--call", "9999", "--add", "X"), "no call")
