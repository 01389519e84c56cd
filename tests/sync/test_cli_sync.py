"""The real `attache` command: connect, sync --json, status, conflicts, resolve; erasure
travels to every desktop, which erases the person and runs its raw-bytes check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import EmailAddress, Person
from attache_app.services import privacy, records
from tests.conftest import CliRunner
from tests.sync.conftest import MEMBERS, Desktop


def _desktop(cli: CliRunner, tmp_path: Path, user: str, url: str) -> tuple[Path, dict[str, str]]:
    path = tmp_path / f"{user}.db"
    env = {"ATTACHE_SYNC_PASSWORD": MEMBERS[user]}
    assert cli("--db", path, "init", "--post-name", "Taipei").returncode == 0
    done = cli("--db", path, "sync", "connect", url, "--user", user, env=env)
    assert done.returncode == 0, done.stderr
    assert f"Connected to {url} as {user}" in done.stdout
    assert done.stderr == ""  # the password was kept in the keyring
    assert MEMBERS[user] not in path.read_bytes().decode("latin-1")
    return path, env


def _sync(cli: CliRunner, path: Path, env: dict[str, str]) -> dict[str, int]:
    done = cli("--db", path, "sync", "--json", env=env)
    assert done.returncode == 0, done.stderr
    result: dict[str, int] = json.loads(done.stdout)
    return result


def test_cli_round_trip_with_a_conflict(
    cli: CliRunner, tmp_path: Path, hub_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A keyring that works headless (a file in the test's own home folder).
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    marie, marie_env = _desktop(cli, tmp_path, "marie", hub_url)
    paul, _ = _desktop(cli, tmp_path, "paul", hub_url)
    paul_env: dict[str, str] = {}  # Paul's password comes from the keyring
    added = cli(
        "--db", marie, "add", "person", "--given", "Wei", "--family", "Liu",
        "--title", "Professor", "--json",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    first = _sync(cli, marie, marie_env)
    assert first["pulled"] == 0 and first["pushed"] >= 1  # the person and the catalogue
    second = _sync(cli, paul, paul_env)
    assert second["pulled"] == first["pushed"]
    assert second["conflicts"] == 0
    shown = json.loads(cli("--db", paul, "list", "persons", "--json").stdout)
    (person,) = shown
    assert (person["given_name"], person["title"]) == ("Wei", "Professor")
    # The catalogue of programmes installed on both desktops stays one set, not two.
    programmes = json.loads(cli("--db", paul, "list", "programmes", "--json").stdout)
    assert len(programmes) == len({p["name"] for p in programmes})

    person_id = json.loads(added.stdout)["id"]
    cli("--db", marie, "update", "person", person_id, "--title", "Dean")
    cli("--db", paul, "update", "person", person["id"], "--title", "Director")
    _sync(cli, marie, marie_env)
    assert _sync(cli, paul, paul_env)["conflicts"] == 1
    listed = json.loads(cli("--db", paul, "conflicts", "--json").stdout)
    (conflict,) = listed
    assert {(e["value"], e["by"], e["mine"]) for e in conflict["fields"]["title"]} == {
        ("Dean", "marie", False),
        ("Director", "paul", True),
    }
    table = cli("--db", paul, "conflicts")
    assert "Dean" in table.stdout and "Director" in table.stdout and "marie" in table.stdout
    status = json.loads(cli("--db", paul, "sync", "status", "--json").stdout)
    assert status["conflicts"] == 1 and status["user"] == "paul" and status["last_error"] == ""

    wrong = cli("--db", paul, "conflicts", "resolve", conflict["id"], "--keep", "mine",
                "--field", "city")  # fmt: skip
    assert wrong.returncode == 1 and "has no field “city”" in wrong.stderr
    done = cli("--db", paul, "conflicts", "resolve", conflict["id"], "--keep", "theirs")
    assert done.returncode == 0, done.stderr
    _sync(cli, paul, paul_env)
    _sync(cli, marie, marie_env)
    for path in (marie, paul):
        (person,) = json.loads(cli("--db", path, "list", "persons", "--json").stdout)
        assert person["title"] == "Dean"
        assert json.loads(cli("--db", path, "conflicts", "--json").stdout) == []


def test_erasure_travels(cli: CliRunner, desktops: list[Desktop]) -> None:
    marie, paul, lin = desktops
    with marie.store() as store:
        records.save_person(
            store,
            Person(
                given_name="Xiaoming",
                family_name="Zhangsanfeng",
                emails=[EmailAddress("zhangsanfeng@example.tw")],
            ),
        )
    for desktop in desktops:
        desktop.sync()
    assert privacy.raw_traces(paul.path, ["Zhangsanfeng"]) == ["Zhangsanfeng"]
    with paul.store() as store:
        (pid,) = records.list_ids(store, RecordKind.PERSON)
    erased = cli("--db", paul.path, "erase", "person", pid, "--yes")
    assert erased.returncode == 0, erased.stderr + erased.stdout
    assert paul.sync()["pushed"] == 2  # the erase request and the deletion
    for desktop in (marie, lin):
        done = cli(
            "--db", desktop.path, "sync",
            env={"ATTACHE_SYNC_PASSWORD": MEMBERS[desktop.user]},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert "Erased Xiaoming Zhangsanfeng at a colleague's request." in done.stdout
        with desktop.store() as store:
            assert records.list_ids(store, RecordKind.PERSON) == []
    for desktop in desktops:
        assert privacy.raw_traces(desktop.path, ["Zhangsanfeng", "zhangsanfeng@example.tw"]) == []
    for desktop in desktops:
        assert desktop.sync() == {"pushed": 0, "pulled": 0, "conflicts": 0}
