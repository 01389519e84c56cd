"""`attache show` says every field of a record in the interface's language: the window's
labels, the vocabularies' words (« Institut de recherche », not « research_institute »),
countries by name, yes or no — and leaves none out. The oracle is the record's own
``--json``: every non-empty value has its row."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from attache_app.cli.views import _SHOWN_ELSEWHERE
from tests.conftest import CliRunner

KINDS = ["person", "organisation", "note", "interaction", "programme", "deadline"]
CODES = re.compile(r"^[a-z]+(_[a-z]+)+$")
"""A stored code or a field's key (``research_institute``, ``given_name``)."""


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import subprocess

    from tests.conftest import BIN

    db = tmp_path_factory.mktemp("show") / "demo.db"
    subprocess.run([str(BIN / "attache"), "--db", str(db), "demo"], check=True, capture_output=True)
    return db


def _rows(text: str) -> list[tuple[str, str]]:
    lines = text.rstrip("\n").splitlines()[2:]  # the header and its rule
    return [(line[: line.index("  ")].strip(), line[line.index("  ") :].strip()) for line in lines]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_field_is_shown_in_words(
    cli: CliRunner, demo: Path, kind: str, language: str
) -> None:
    env = {"ATTACHE_LANG": language}
    record = json.loads(cli("--db", demo, "show", kind, "1", "--json", env=env).stdout)
    shown = _rows(cli("--db", demo, "show", kind, "1", env=env).stdout)
    expected = [
        key
        for key, value in record.items()
        if value not in ("", None, [], False) and key not in _SHOWN_ELSEWHERE
    ]
    assert len(shown) == len(expected)
    labels = [label for label, _value in shown]
    assert len(set(labels)) == len(labels)
    assert [label for label in labels if CODES.match(label) or label in expected] == []
    codes = [value for _label, value in shown if CODES.match(value)]
    assert codes == []
    assert "True" not in [value for _label, value in shown]
    if language == "fr":
        assert shown[0][0] in ("Prénom", "Nom", "Titre", "Type")
        assert not {"Created", "Modified", "Field", "Value"} & set(labels)


@pytest.mark.parametrize("kind", ["note", "interaction"])
def test_linked_records_are_named(cli: CliRunner, demo: Path, kind: str) -> None:
    """A note's or an activity's persons and organisations by name, beside their ids."""
    record = json.loads(cli("--db", demo, "show", kind, "1", "--json").stdout)
    shown = dict(_rows(cli("--db", demo, "show", kind, "1", env={"ATTACHE_LANG": "fr"}).stdout))
    for key, other, label in (
        ("person_ids", "person", "Personnes (n°)"),
        ("organisation_ids", "organisation", "Organismes (n°)"),
    ):
        for linked in record[key]:
            name = json.loads(cli("--db", demo, "show", other, str(linked), "--json").stdout)
            words = name.get("display_name") or name["name"]
            assert f"{words}"[:20] in shown[label], (shown[label], words)
            assert f"({linked})" in shown[label]
