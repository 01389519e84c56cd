"""A row naming only an organisation (no person's name, no e-mail) lands on that
organisation, created or already known: its notes, tags, job title, dates and the fields
the organisation lacks are never dropped (issue 14, item 3). A known organisation is
completed, never overwritten, and undo gives it back exactly."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from attache_app.domain.cells import from_csv
from attache_app.domain.models import Organisation
from attache_app.importing.reading import read_file
from attache_app.services import imports
from attache_app.storage import Store, open_store, organisations
from tests.conftest import fixed_clock
from tests.fault_tools import cli

Write = Callable[..., Path]

_HEADER = "Nom;Prénom;Organisme;Notes;Thématiques;Ville;Pays;Fonction;Couleur\n"


def _import(store: Store, path: Path) -> imports.BatchResult:
    return imports.commit(store, imports.preview(store, read_file(path)).plan)


def _org_rows(store: Store) -> list[tuple[object, ...]]:
    """Every organisation with its tags, as stored (timestamps included)."""
    rows = store.execute(
        "SELECT o.*, (SELECT group_concat(t.name, '|') FROM organisation_tags x "
        "JOIN tags t ON t.id = x.tag_id WHERE x.organisation_id = o.id) "
        "FROM organisations o ORDER BY o.id"
    ).fetchall()
    return [tuple(r) for r in rows]


def _known(store: Store) -> int:
    return organisations.insert(
        store,
        Organisation(name="CNRS", city="Paris", country="FR", tags=["recherche"],
                     notes="Partenaire historique."),
    )  # fmt: skip


def test_a_row_naming_a_known_organisation_completes_it(store: Store, write: Write) -> None:
    org_id = _known(store)
    before = _org_rows(store)
    path = write(
        "orgs.csv",
        _HEADER + ";;CNRS;Contact pris au salon;IA, robotique;Grenoble;France;Directeur;bleu\n"
        "Martin;Luc;CNRS;;;;;;\n",
    )
    preview = imports.preview(store, read_file(path))
    (item,) = [i for i in preview.plan.items if i.organisation is not None]
    assert any("CNRS" in w and "completes" in w for w in item.warnings)
    result = imports.commit(store, preview.plan)
    assert (result.organisations_updated, result.organisations_created) == (1, 0)
    assert result.created == 1 and result.skipped == 0
    org = organisations.get(store, org_id)
    assert org is not None
    # Nothing it had is overwritten; every value of the row is somewhere.
    assert (org.name, org.city, org.country) == ("CNRS", "Paris", "FR")
    lines = org.notes.splitlines()
    assert lines[0] == "Partenaire historique."
    for line in ("Contact pris au salon", "City: Grenoble", "Job title: Directeur",
                 "Couleur: bleu"):  # fmt: skip
        assert line in lines, line
    assert sorted(org.tags, key=str.casefold) == ["IA", "recherche", "robotique"]
    # The person of the second row joined it.
    assert store.scalar("SELECT organisation_id FROM persons") == org_id
    # Undo gives the organisation back exactly, and removes the person.
    assert imports.undo(store, result.batch or 0)["restored"] == 1
    assert _org_rows(store) == before
    assert store.scalar("SELECT count(*) FROM persons") == 0


def test_the_same_row_twice_adds_nothing_the_second_time(store: Store, write: Write) -> None:
    _known(store)
    row = ";;CNRS;Contact pris au salon;IA;;;;\n"
    first = _import(store, write("a.csv", _HEADER + row))
    assert first.organisations_updated == 1
    after_first = _org_rows(store)
    second = _import(store, write("b.csv", _HEADER + row + ";;CNRS;;;;;;\n"))
    assert (second.organisations_updated, second.updated, second.unchanged) == (0, 0, 2)
    assert _org_rows(store) == after_first


def test_a_new_organisation_named_on_two_rows_keeps_both(store: Store, write: Write) -> None:
    path = write(
        "new.csv",
        _HEADER + ";;Institut Néel;Cryogénie;physique;Grenoble;France;;\n"
        ";;Institut Néel;Visite en mars;quantique;;;;\n",
    )
    result = _import(store, path)
    assert (result.organisations_created, result.organisations_updated) == (1, 0)
    (org_id,) = [r[0] for r in store.execute("SELECT id FROM organisations")]
    org = organisations.get(store, org_id)
    assert org is not None and org.city == "Grenoble" and org.country == "FR"
    assert org.notes.splitlines() == ["Cryogénie", "", "Visite en mars"]
    assert sorted(org.tags) == ["physique", "quantique"]
    imports.undo(store, result.batch or 0)
    assert store.scalar("SELECT count(*) FROM organisations") == 0


def test_undo_names_an_organisation_edited_since(store: Store, write: Write) -> None:
    org_id = _known(store)
    result = _import(store, write("a.csv", _HEADER + ";;CNRS;Nouveau;;;;;\n"))
    org = organisations.get(store, org_id)
    assert org is not None
    org.website = "https://www.cnrs.fr"
    organisations.update(store, org)
    try:
        imports.undo(store, result.batch or 0)
    except imports.UndoConflict as conflict:
        assert conflict.names == ["CNRS"]
    else:
        raise AssertionError("undo overwrote an edit made after the import")


_TEXT = (
    st.text(alphabet="abcdefghijklmnoprstuvéèàçÉ -'", min_size=1, max_size=20)
    .map(str.strip)
    .filter(lambda t: t and ";" not in t)
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    notes=st.lists(_TEXT, min_size=1, max_size=3),
    tags=st.lists(_TEXT.filter(lambda t: "," not in t), max_size=3, unique_by=str.casefold),
    colour=_TEXT,
)
@example(notes=["'-"], tags=[], colour="'=a")  # the spreadsheet's text mark
def test_every_cell_of_organisation_rows_lands_on_it(
    tmp_path_factory: object, notes: list[str], tags: list[str], colour: str
) -> None:
    folder: Path = tmp_path_factory.mktemp("orgrows")  # type: ignore[attr-defined]
    path = folder / "rows.csv"
    path.write_text(
        _HEADER + "".join(f";;CNRS;{n};{', '.join(tags)};;;;{colour}\n" for n in notes),
        encoding="utf-8",
    )
    with open_store(folder / "t.db", create=True, clock=fixed_clock) as store:
        org_id = _known(store)
        _import(store, path)
        org = organisations.get(store, org_id)
        assert org is not None
        # A leading apostrophe before = + - @ is the spreadsheet's text mark (the one the
        # exports add against formulas, domain/cells.py): read as the text it guards.
        for note in notes:
            assert from_csv(note) in org.notes
        assert f"Couleur: {from_csv(colour)}" in org.notes
        have = {t.casefold() for t in org.tags}
        # A tag's runs of white space are folded, as every one-line value's.
        assert {" ".join(t.split()).casefold() for t in tags} <= have


def test_cli_dry_run_says_the_row_completes_the_organisation(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    cli("--db", db, "init", check=True)
    with open_store(db) as store:
        _known(store)
    path = tmp_path / "c.csv"
    path.write_text(_HEADER + ";;CNRS;Contact;IA;;;;\n", encoding="utf-8")
    report = json.loads(cli("--db", db, "import", path, "--dry-run", "--json", check=True).stdout)
    assert [w["where"] for w in report["warnings"] if "CNRS" in w["message"]] == ["line 2"]
    done = json.loads(cli("--db", db, "import", path, "--json", check=True).stdout)
    assert done["organisations_updated"] == 1 and done["updated"] == 1
