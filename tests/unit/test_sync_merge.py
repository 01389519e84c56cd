"""The three-way merge of one record (pure functions), and the hub address check."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from attache_app.sync import merge
from attache_app.sync.hub import SyncError, clean_url

ME = ("paul", "desk-p")
THEM = ("marie", "desk-m")


def _doc(conflicts: dict[str, Any] | None = None, **fields: Any) -> dict[str, Any]:
    return {"fields": fields, "conflicts": conflicts or {}}


def test_one_side_changed_takes_that_side() -> None:
    base = _doc(title="Professor", city="Taipei")
    mine = _doc(title="Dean", city="Taipei")
    theirs = _doc(title="Professor", city="Hsinchu")
    merged = merge.merge(base, mine, theirs, me=ME, them=THEM)
    assert merged.fields == {"title": "Dean", "city": "Hsinchu"}
    assert merged.conflicts == {} and merged.new_conflicts == []


def test_both_changed_keeps_both_values_in_a_conflict() -> None:
    merged = merge.merge(
        _doc(title="Professor"), _doc(title="Dean"), _doc(title="Director"), me=ME, them=THEM
    )
    assert merged.fields == {"title": "Director"}  # the hub's value shows
    assert sorted((e["value"], e["by"]) for e in merged.conflicts["title"]) == [
        ("Dean", "paul"),
        ("Director", "marie"),
    ]
    assert merged.new_conflicts == ["title"]


def test_a_conflict_resolved_on_one_side_is_resolved() -> None:
    listed = {"title": [merge.entry("Dean", *ME), merge.entry("Director", *THEM)]}
    base = _doc(listed, title="Director")
    resolved = _doc(title="Dean")
    merged = merge.merge(base, _doc(listed, title="Director"), resolved, me=ME, them=THEM)
    assert merged.fields == {"title": "Dean"} and merged.conflicts == {}


def test_never_agreed_versions_conflict_on_every_difference() -> None:
    merged = merge.merge(None, _doc(a=1, b=2), _doc(a=1, b=3), me=ME, them=THEM)
    assert merged.fields == {"a": 1, "b": 3}
    assert list(merged.conflicts) == ["b"]


values = st.one_of(st.none(), st.integers(0, 3), st.sampled_from(["x", "y"]))
docs = st.dictionaries(st.sampled_from(["a", "b", "c"]), values, max_size=3)


@given(base=docs, mine=docs, theirs=docs)
def test_no_value_is_dropped(
    base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]
) -> None:
    """Every value either side changed is in the result or in that field's conflict."""
    merged = merge.merge(_doc(**base), _doc(**mine), _doc(**theirs), me=ME, them=THEM)
    for side in (mine, theirs):
        for name, value in side.items():
            if merge.canonical(value) == merge.canonical(base.get(name)):
                continue
            listed = [e["value"] for e in merged.conflicts.get(name, [])]
            assert merged.fields[name] == value or value in listed


@given(base=docs, mine=docs, theirs=docs)
def test_merging_is_symmetric_up_to_the_shown_value(
    base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]
) -> None:
    one = merge.merge(_doc(**base), _doc(**mine), _doc(**theirs), me=ME, them=THEM)
    two = merge.merge(_doc(**base), _doc(**theirs), _doc(**mine), me=THEM, them=ME)
    assert one.conflicts == two.conflicts
    for name, value in one.fields.items():
        if name not in one.conflicts:
            assert two.fields[name] == value


@pytest.mark.parametrize(
    ("given_url", "expected"),
    [
        ("https://user:pw@hub.example.org/taipei/", "https://hub.example.org/taipei"),
        ("http://127.0.0.1:5984/post", "http://127.0.0.1:5984/post"),
    ],
)
def test_clean_url_drops_credentials(given_url: str, expected: str) -> None:
    assert clean_url(given_url) == expected


@pytest.mark.parametrize(
    "bad", ["hub.example.org/taipei", "ftp://hub/x", "https://hub.example.org/"]
)
def test_clean_url_refuses_what_names_no_database(bad: str) -> None:
    with pytest.raises(SyncError):
        clean_url(bad)
