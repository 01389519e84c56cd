"""Every non-empty cell of an imported table is accounted for: in its field, a tag, an
activity (dates of contact), the structured address, or a « Header: value » line of the
notes — or nowhere only because the user chose to ignore its column. Checked over
generated workbooks and CSV files whose expected outcome is known by construction."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils.datetime import to_excel

from attache_app.domain.normalise import fold
from attache_app.importing.mapping import KEEP, fold_header, guess_column
from attache_app.importing.reading import read_file
from attache_app.services import imports
from attache_app.storage import Store, open_store, persons
from tests.conftest import fixed_clock

_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèàüçÉ"
_WORD = st.text(alphabet=_LETTERS + "0123456789", min_size=1, max_size=9)
_VALUE = st.lists(_WORD, min_size=1, max_size=4).map(" ".join)
_FIXED = ["Nom", "Prénom", "Courriel", "Thématiques", "Dernier contact", "Rue", "CP", "Ville",
          "Pays"]  # fmt: skip
_COUNTRIES = {"France": "FR", "Japon": "JP", "Taïwan": "TW", "Allemagne": "DE", "": ""}
_NOT_DATES = ["bientôt", "à voir", "2024", "mars 2024", "31/02/2024", "vu au salon"]


def _free_header(text: str) -> bool:
    """A header the importer does not recognise (kept in the notes by default)."""
    return guess_column(text).field == KEEP and fold_header(text) not in {
        fold_header(h) for h in _FIXED
    }


_HEADER = _VALUE.filter(_free_header)


@dataclasses.dataclass
class Row:
    family: str
    given: str
    email: str
    tags: list[str]
    separator: str
    date: dt.date | None
    date_style: str
    not_date: str
    street: str
    postal: str
    city: str
    country: str
    extra: list[str | None]


@st.composite
def _rows(draw: st.DrawFn, extra_count: int, workbook: bool) -> list[Row]:
    count = draw(st.integers(min_value=1, max_value=6))
    styles = ["fr", "iso", "text", "none"] + (["cell", "serial"] if workbook else ["serial"])
    rows = []
    for number in range(count):
        tags = draw(
            st.lists(
                st.text(alphabet=_LETTERS, min_size=2, max_size=10).filter(
                    lambda t: t.casefold() not in ("mycontacts", "starred")
                ),
                max_size=3,
                unique_by=str.casefold,
            )
        )
        rows.append(
            Row(
                family=f"Famille{number}",
                given=draw(st.text(alphabet="abcdefghij", min_size=1, max_size=6)).title(),
                email=f"personne{number}@example.org",
                tags=tags,
                separator=draw(st.sampled_from(["; ", ", ", "\n", " / ", ";"])),
                date=draw(st.dates(dt.date(1960, 1, 1), dt.date(2100, 12, 31))),
                date_style=draw(st.sampled_from(styles)),
                not_date=draw(st.sampled_from(_NOT_DATES)),
                street=draw(st.sampled_from(["", "12 rue de la Paix", "3 allée des Lilas"])),
                postal=draw(st.sampled_from(["", "75002", "69001", "100-0001"])),
                city=draw(st.sampled_from(["", "Paris", "Lyon", "Taipei"])),
                country=draw(st.sampled_from(sorted(_COUNTRIES))),
                extra=[draw(st.none() | _VALUE) for _ in range(extra_count)],
            )
        )
    return rows


def _date_cell(row: Row) -> object:
    assert row.date is not None
    return {
        "fr": row.date.strftime("%d/%m/%Y"),
        "iso": row.date.isoformat(),
        "cell": row.date,
        "serial": int(to_excel(row.date)),
        "text": row.not_date,
        "none": None,
    }[row.date_style]


def _cells(row: Row) -> list[object]:
    return [
        row.family, row.given, row.email, row.separator.join(row.tags) or None, _date_cell(row),
        row.street or None, row.postal or None, row.city or None, row.country or None,
        *row.extra,
    ]  # fmt: skip


def _write(path: Path, headers: list[str], rows: list[Row]) -> None:
    if path.suffix == ".xlsx":
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(headers)
        for row in rows:
            sheet.append(_cells(row))
        book.save(path)
        return
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["" if c is None else str(c) for c in _cells(row)])
    path.write_text(buffer.getvalue(), encoding="utf-8")


@contextmanager
def _fresh_store(folder: Path) -> Iterator[Store]:
    number = len(list(folder.glob("*.db")))
    with open_store(folder / f"db{number}.db", create=True, clock=fixed_clock) as store:
        yield store


def _check(folder: Path, suffix: str, extra: list[str], ignored: set[int], rows: list[Row]) -> None:
    headers = _FIXED + extra
    path = folder / f"contacts{len(list(folder.glob('contacts*')))}{suffix}"
    _write(path, headers, rows)
    with _fresh_store(folder) as store:
        source = read_file(path)
        preview = imports.preview(store, source, ignore=[extra[i] for i in sorted(ignored)])
        # The preview lists every column and its fate.
        assert [c.header for c in preview.columns] == headers
        fates = {c.header: c.fate for c in preview.columns}
        assert all(fates[h] == "mapped" for h in _FIXED)
        for number, header in enumerate(extra):
            assert fates[header] == ("ignored" if number in ignored else "notes"), header
        result = imports.commit(store, preview.plan)
        assert result.errors == [] and result.created == len(rows)
        by_email = {p.primary_email: p for p in persons.get_many(store, _ids(store))}
        for row in rows:
            person = by_email[row.email]
            assert (person.family_name, person.given_name) == (row.family, row.given)
            assert {t.casefold() for t in person.tags} == {t.casefold() for t in row.tags}
            assert (person.street, person.postal_code, person.city, person.country) == (
                row.street, row.postal, row.city, _COUNTRIES[row.country],
            )  # fmt: skip
            dates = _activity_dates(store, person.id)
            if row.date_style in ("fr", "iso", "cell", "serial"):
                assert dates == [(row.date.isoformat() if row.date else "", "Dernier contact")]
            else:
                assert dates == []
            if row.date_style == "text":
                assert f"Dernier contact: {row.not_date}" in person.notes.splitlines()
            lines = person.notes.splitlines()
            for number, (header, value) in enumerate(zip(extra, row.extra, strict=True)):
                if value is None:
                    continue
                if number in ignored:
                    assert not [x for x in lines if x.startswith(f"{header}: ")], lines
                else:
                    assert f"{header}: {value}" in lines, (header, value, person.notes)
        imports.undo(store, result.batch or 0)
        for table in ("persons", "interactions", "tags", "interaction_persons"):
            assert store.scalar(f"SELECT count(*) FROM {table}") == 0, table


def _ids(store: Store) -> list[int]:
    return [int(r[0]) for r in store.execute("SELECT id FROM persons")]


def _activity_dates(store: Store, person_id: int | None) -> list[tuple[str, str]]:
    return [
        (str(d), str(t))
        for d, t in store.execute(
            "SELECT i.date, i.title FROM interactions i JOIN interaction_persons x "
            "ON x.interaction_id = i.id WHERE x.person_id = ? ORDER BY i.date",
            (person_id,),
        )
    ]


@st.composite
def _case(draw: st.DrawFn, workbook: bool) -> tuple[list[str], set[int], list[Row]]:
    extra = draw(st.lists(_HEADER, min_size=0, max_size=4, unique_by=fold_header))
    ignored = set(draw(st.lists(st.sampled_from(range(len(extra))), unique=True))) if extra \
        else set()  # fmt: skip
    return extra, ignored, draw(_rows(len(extra), workbook))


_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_SETTINGS
@given(case=_case(workbook=True))
def test_every_cell_of_a_workbook_is_accounted_for(
    tmp_path: Path, case: tuple[list[str], set[int], list[Row]]
) -> None:
    extra, ignored, rows = case
    _check(tmp_path, ".xlsx", extra, ignored, rows)


@_SETTINGS
@given(case=_case(workbook=False))
def test_every_cell_of_a_csv_is_accounted_for(
    tmp_path: Path, case: tuple[list[str], set[int], list[Row]]
) -> None:
    extra, ignored, rows = case
    _check(tmp_path, ".csv", extra, ignored, rows)


def test_folded_helper_is_the_importers() -> None:
    assert fold("Thématiques") == "thematiques"


def test_a_workbooks_true_false_numbers_and_dates_are_kept_as_words(tmp_path: Path) -> None:
    """Cells a spreadsheet types — TRUE/FALSE, whole numbers stored as floats, dates — in
    a column kept in the notes read as a person reads them (« yes », « 38000 »,
    « 2024-11-02 15:30:00 »), never Python's « True » or « 38000.0 »."""
    path = tmp_path / "typed.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nom", "Prénom", "Actif", "Effectif", "Vu le"])
    sheet.append(["Dupont", "Marie", True, 38000.0, dt.datetime(2024, 11, 2, 15, 30)])
    sheet.append(["Lin", "Mei", False, 12, dt.date(2023, 5, 1)])
    book.save(path)
    with _fresh_store(tmp_path) as store:
        result = imports.commit(store, imports.preview(store, imports.read(path)).plan)
        assert result.created == 2
        found = {p.family_name: p.notes.splitlines() for p in persons.get_many(store, _ids(store))}
    assert found == {
        "Dupont": ["Actif: yes", "Effectif: 38000", "Vu le: 2024-11-02 15:30:00"],
        "Lin": ["Actif: no", "Effectif: 12", "Vu le: 2023-05-01"],
    }


def test_googles_label_and_value_pairs_read_as_one_line_of_the_notes(tmp_path: Path) -> None:
    """Google's « Custom Field 1 - Label » / « - Value », « Relation 1 », « Event 1 »: the
    label names the value of the next column (« Programme: PHC Orchid »), and names nothing
    else — an empty value leaves the columns after it their own headers."""
    path = tmp_path / "google.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([
            ["First Name", "Last Name", "E-mail 1 - Label", "E-mail 1 - Value",
             "Custom Field 1 - Label", "Custom Field 1 - Value", "Relation 1 - Label",
             "Relation 1 - Value", "Event 1 - Label", "Event 1 - Value", "Nickname"],
            ["Hélène", "Lefèvre", "* Work", "helene@example.fr", "Programme", "PHC Orchid",
             "Spouse", "Marc", "", "2010-06-01", "Léna"],
            ["Mei", "Lin", "Home", "mei@example.tw", "Programme", "", "Manager", "Ken",
             "Anniversary", "", "Mimi"],
        ])  # fmt: skip
    with _fresh_store(tmp_path) as store:
        imports.commit(store, imports.preview(store, imports.read(path)).plan)
        found = {p.family_name: p.notes.splitlines() for p in persons.get_many(store, _ids(store))}
    assert found == {
        "Lefèvre": ["Programme: PHC Orchid", "Spouse: Marc", "Event 1 - Value: 2010-06-01",
                    "Nickname: Léna"],
        "Lin": ["Manager: Ken", "Nickname: Mimi"],
    }  # fmt: skip


def test_outlooks_values_for_nothing_entered_stay_out_of_the_notes(tmp_path: Path) -> None:
    """Outlook writes « Priority: Normal », « Sensitivity: Normal », « Private: False »,
    « Gender: Unspecified » and a birthday of « 0/0/00 » in every row (in French,
    « Normale », « Faux », « Non spécifié », « 00/00/00 »): they say nothing was entered
    and are not kept; any other value is. The initials, made from the names, repeat them."""
    header = ["First Name", "Last Name", "Birthday", "Anniversary", "Gender", "Initials",
              "Priority", "Private", "Sensitivity"]  # fmt: skip
    english = tmp_path / "outlook.csv"
    with english.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([
            header,
            ["Hélène", "Lefèvre", "0/0/00", "0/0/00", "Unspecified", "H.L.", "Normal", "False",
             "Normal"],
            ["Mei", "Lin", "3/12/1975", "0/0/00", "Female", "M.L.", "High", "True", "Private"],
        ])  # fmt: skip
    french = tmp_path / "outlook_fr.csv"
    with french.open("w", encoding="cp1252", newline="") as stream:
        csv.writer(stream, delimiter=";").writerows([
            ["Prénom", "Nom", "Anniversaire", "Sexe", "Initiales", "Priorité", "Privé",
             "Critère de diffusion"],
            ["Jean", "Morel", "00/00/00", "Non spécifié", "J.M.", "Normale", "Faux", "Normal"],
        ])  # fmt: skip
    with _fresh_store(tmp_path) as store:
        for path in (english, french):
            source = imports.read(path)
            report = {c.header: c for c in imports.preview(store, source).columns}
            assert report["Initials" if path == english else "Initiales"].fate == "ignored"
            imports.commit(store, imports.preview(store, source).plan)
        found = {p.family_name: p.notes.splitlines() for p in persons.get_many(store, _ids(store))}
    assert found == {
        "Lefèvre": [],
        "Lin": ["Birthday: 3/12/1975", "Gender: Female", "Priority: High", "Private: True",
                "Sensitivity: Private"],
        "Morel": [],
    }  # fmt: skip
