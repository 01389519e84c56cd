"""The command line finds romanised names in every spelling, like the window (real
`attache` command in a subprocess)."""

from __future__ import annotations

import json
from pathlib import Path

from attache_app.domain.models import Person
from attache_app.services import records
from attache_app.storage import open_store
from tests.conftest import CliRunner, fixed_clock


def test_search_and_list_filter_find_every_spelling(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    with open_store(db, create=True, clock=fixed_clock) as store:
        for given, family in (
            ("Ya-Ting", "Chen"),
            ("Po-Han", "Lin"),
            ("Taro", "Ōno"),
            ("Ann", "Cheng"),
        ):
            records.save_person(store, Person(given_name=given, family_name=family))
    for query, expected in (
        ("Chen Yating", ["Ya-Ting Chen"]),
        ("pohan", ["Po-Han Lin"]),
        ("oono taro", ["Taro Ōno"]),
    ):
        found = cli("--db", db, "search", query, "--json")
        assert found.returncode == 0, found.stderr
        assert [hit["title"] for hit in json.loads(found.stdout)] == expected, query
    listed = cli("--db", db, "list", "persons", "--filter", "chen", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [p["family_name"] for p in json.loads(listed.stdout)] == ["Chen", "Cheng"]
    first = cli("--db", db, "list", "persons", "--filter", "chen", "--limit", "1", "--json")
    assert [p["family_name"] for p in json.loads(first.stdout)] == ["Chen"]
