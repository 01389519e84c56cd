"""National phone numbers read with the contact's country (issue 14, item 4).

The expected E.164 forms come from phonenumbers itself (Google's libphonenumber data),
not from Attaché's own fast path; the countries' names from Babel (CLDR).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import phonenumbers
import pytest
from babel import Locale
from hypothesis import given, settings
from hypothesis import strategies as st

from attache_app.domain.countries import is_country
from attache_app.domain.models import EmailAddress, Organisation, Person, Phone
from attache_app.errors import AttacheError
from attache_app.importing.reading import read_file
from attache_app.services import imports, phones, post, records
from attache_app.storage import Store, persons

Write = Callable[..., Path]


def _oracle(number: str, region: str) -> str:
    """The E.164 form phonenumbers gives ``number`` read in ``region``, or ""."""
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_valid_number(parsed):
        return ""
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def _national(region: str, kind: int = phonenumbers.PhoneNumberType.FIXED_LINE) -> str:
    example = phonenumbers.example_number_for_type(region, kind)
    assert example is not None
    return str(phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL))


def _csv(rows: list[list[str]], header: list[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


@pytest.fixture
def taipei(store: Store) -> Store:
    """A post in Taipei: the post's phone region is TW."""
    post.update_settings(store, country="TW", phone_region="TW", timezone="Asia/Taipei")
    return store


def _plan(store: Store, path: Path, region: str = "") -> imports.Plan:  # type: ignore[name-defined]
    return imports.preview(store, read_file(path), region=region).plan


def _by_family(plan: object) -> dict[str, Person]:
    return {i.person.family_name: i.person for i in plan.items if i.person}  # type: ignore[attr-defined]


def test_the_issue_a_grenoble_number_of_a_row_in_france(taipei: Store, write: Write) -> None:
    path = write(
        "liste.csv",
        "Nom;Prénom;Pays;Téléphone\r\nGIRARD;Luc;France;04 76 51 46 00\r\n",
        encoding="cp1252",
    )
    plan = _plan(taipei, path)
    person = _by_family(plan)["Girard"]
    assert person.phones[0].e164 == _oracle("04 76 51 46 00", "FR") == "+33476514600"
    assert plan.phone_problems() == []


COUNTRY_WRITINGS = [
    ("France", "FR"), ("FR", "FR"), ("fr", "FR"), ("Japon", "JP"), ("Japan", "JP"),
    ("日本", "JP"), ("Taïwan", "TW"), ("Taiwan", "TW"), ("台灣", "TW"), ("Corée du Sud", "KR"),
    ("South Korea", "KR"), ("대한민국", "KR"), ("UK", "GB"), ("Royaume-Uni", "GB"),
    ("USA", "US"), ("États-Unis", "US"), ("Allemagne", "DE"), ("Deutschland", "DE"),
    ("Chine", "CN"), ("中国", "CN"), ("Singapour", "SG"), ("Inde", "IN"),
]  # fmt: skip


def test_countries_written_every_way_read_their_numbers(taipei: Store, write: Write) -> None:
    rows = [
        [f"N{n:02d}", "Test", written, _national(code)]
        for n, (written, code) in enumerate(COUNTRY_WRITINGS)
    ]
    path = write("pays.csv", _csv(rows, ["Nom", "Prénom", "Pays", "Tél."]))
    found = _by_family(_plan(taipei, path))
    for n, (written, code) in enumerate(COUNTRY_WRITINGS):
        person = found[f"N{n:02d}"]
        assert person.country == code, written
        expected = _oracle(_national(code), code)
        assert expected and person.phones[0].e164 == expected, (written, person.phones)


def test_the_organisation_then_the_file_then_the_post(taipei: Store, write: Write) -> None:
    records.save_organisation(taipei, Organisation(name="Inria", country="FR"))
    records.save_organisation(taipei, Organisation(name="RIKEN", country="JP"))
    records.save_organisation(taipei, Organisation(name="Sans Pays"))
    number_fr, number_jp = _national("FR"), _national("JP")
    rows = [
        ["A", "Row", "Japon", "Inria", number_jp],  # the row's country first
        ["B", "Org", "", "Inria", number_fr],  # then the organisation's
        ["C", "Org", "", "riken", number_jp],  # (matched as the import matches it)
        ["D", "File", "", "Sans Pays", "02 40 12 34 56"],  # then the file's region
        ["E", "File", "", "", "+886 2 2345 6789"],  # international: as written
        ["F", "Address", "", "", "04 76 51 46 00", "5 rue X, 38000 Grenoble, France"],
    ]
    path = write("ordre.csv", _csv(rows, ["Nom", "Prénom", "Pays", "Organisme", "Tél.", "Adresse"]))
    found = _by_family(_plan(taipei, path, region="FR"))
    assert found["A"].phones[0].e164 == _oracle(number_jp, "JP")
    assert found["B"].phones[0].e164 == _oracle(number_fr, "FR")
    assert found["C"].phones[0].e164 == _oracle(number_jp, "JP")
    assert found["D"].phones[0].e164 == _oracle("02 40 12 34 56", "FR") == "+33240123456"
    assert found["E"].phones[0].e164 == "+886223456789"
    assert found["F"].phones[0].e164 == "+33476514600"
    # Without a region for the file, the post's (Taiwan) reads row D: last, and only then.
    found = _by_family(_plan(taipei, path))
    assert found["D"].phones[0].e164 == _oracle("02 40 12 34 56", "TW")
    assert found["B"].phones[0].e164 == _oracle(number_fr, "FR")


def test_an_organisation_card_of_the_file_gives_its_country(taipei: Store, write: Write) -> None:
    """Attaché's own export lists the organisations first: their country counts."""
    from openpyxl import Workbook

    book = Workbook()
    people = book.active
    assert people is not None
    people.title = "Persons"
    people.append(["given_name", "family_name", "organisation", "phones"])
    people.append(["Luc", "Girard", "CNRS Grenoble", "04 76 51 46 00"])
    orgs = book.create_sheet("Organisations")
    orgs.append(["id", "name", "native_name", "acronym", "kind", "country"])
    orgs.append([1, "CNRS Grenoble", "", "", "research", "FR"])
    path = write("export.xlsx", b"")
    book.save(path)
    found = _by_family(_plan(taipei, path))
    assert found["Girard"].phones[0].e164 == "+33476514600"


def test_a_number_not_valid_there_is_kept_as_typed_and_listed(taipei: Store, write: Write) -> None:
    path = write(
        "faux.csv",
        "Nom;Prénom;Pays;Tél.;Courriel\r\n"
        "SATO;Ken;Japon;12 34;ken@example.jp\r\n"
        "GIRARD;Luc;France;0476 51;luc@example.fr\r\n"
        "LIN;Mei;;+33 12;mei@example.tw\r\n",
    )
    plan = _plan(taipei, path)
    problems = plan.phone_problems()
    assert [(p["where"], p["number"], p["region"]) for p in problems] == [
        ("line 2", "12 34", "JP"),
        ("line 3", "0476 51", "FR"),
        ("line 4", "+33 12", "TW"),
    ]
    assert "Japan" in problems[0]["message"] and "kept as typed" in problems[0]["message"]
    assert "Taiwan" not in problems[2]["message"]  # an international number has no region
    for item in plan.items:
        assert item.person is not None
        assert item.person.phones[0].e164 == ""
        assert item.person.phones[0].number in item.warnings[0]
    result = imports.commit(taipei, plan)
    assert [p["number"] for p in result.phones_kept_as_typed] == ["12 34", "0476 51", "+33 12"]
    stored = persons.get_many(taipei, [r[0] for r in taipei.execute("SELECT id FROM persons")])
    assert sorted(p.phones[0].number for p in stored) == ["+33 12", "0476 51", "12 34"]
    # Importing the same file again skips its rows: nothing new is listed.
    assert imports.commit(taipei, _plan(taipei, path)).phones_kept_as_typed == []


def test_a_region_for_the_file_is_a_country_by_code_or_name() -> None:
    assert imports.file_region("fr") == "FR"
    assert imports.file_region("Japon") == "JP"
    assert imports.file_region(" 台灣 ") == "TW"
    assert imports.file_region("") == ""
    with pytest.raises(AttacheError, match="Groland"):
        imports.file_region("Groland")


# --- generated: never a wrong country ------------------------------------------------------

REGIONS = sorted(
    r for r in phonenumbers.SUPPORTED_REGIONS
    if phonenumbers.example_number_for_type(r, phonenumbers.PhoneNumberType.FIXED_LINE)
    and is_country(r)  # not AC, TA…: territories the country list leaves out
)  # fmt: skip
KINDS = (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE)


@settings(max_examples=60, deadline=None)
@given(
    region=st.sampled_from(REGIONS),
    kind=st.sampled_from(KINDS),
    language=st.sampled_from(["fr", "en", "code"]),
    post_region=st.sampled_from(["TW", "JP", "FR", "US"]),
)
def test_a_national_number_takes_its_row_country_never_the_post(
    tmp_path_factory: pytest.TempPathFactory,
    region: str,
    kind: int,
    language: str,
    post_region: str,
) -> None:
    from attache_app.importing.contact import RawContact
    from attache_app.importing.normalising import _PhoneCache, normalise_contact

    example = phonenumbers.example_number_for_type(region, kind)
    if example is None:
        return
    national = str(phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL))
    written = region if language == "code" else Locale.parse(language).territories[region]
    item = normalise_contact(
        RawContact(family_name="X", country=written, phones=[(national, "")]),
        0,
        region=post_region,
        country=post_region,
        phones=_PhoneCache(post_region),
    )
    assert item.person is not None
    stored = item.person.phones[0]
    assert stored.number == national  # kept as typed, whatever happens
    expected = _oracle(national, region)
    assert stored.e164 == expected
    if stored.e164:  # a country, and the right one
        assert region in phonenumbers.region_codes_for_country_code(example.country_code or 0)
        assert item.unread_phones == []
    else:
        assert [n for n, _ in item.unread_phones] == [national]


# --- the person service and `attache check` -------------------------------------------


def test_the_person_service_reads_with_the_person_then_the_organisation(taipei: Store) -> None:
    saved = records.save_person(
        taipei, Person(family_name="Quiniou", country="FR", phones=[_phone("02 40 12 34 56")])
    )
    assert saved.phones[0].e164 == "+33240123456"
    org = records.save_organisation(taipei, Organisation(name="Kyoto U", country="JP"))
    saved = records.save_person(
        taipei, Person(family_name="Sato", organisation_id=org.id, phones=[_phone("075 753 7531")])
    )
    assert saved.phones[0].e164 == _oracle("075 753 7531", "JP")
    alone = records.save_person(taipei, Person(family_name="Lin", phones=[_phone("02 2345 6789")]))
    assert alone.phones[0].e164 == "+886223456789"  # the post's region, last
    bad = records.save_person(
        taipei, Person(family_name="Bad", country="FR", phones=[_phone("12 34")])
    )
    assert bad.phones[0].number == "12 34" and bad.phones[0].e164 == ""
    assert records.phone_warnings(taipei, bad) == [
        "“12 34” is not a valid telephone number in France; kept as typed."
    ]


def _phone(number: str) -> Phone:
    return Phone(number)


def test_check_lists_numbers_whose_country_is_not_their_person_s(taipei: Store) -> None:
    lin = records.save_person(taipei, Person(family_name="Lin", phones=[_phone("02 2345 6789")]))
    assert lin.id is not None
    fine = records.save_person(
        taipei, Person(family_name="Ok", country="FR", phones=[_phone("+33 1 45 68 80 00")])
    )
    mobile = records.save_person(  # a French person's Taiwanese mobile: listed, to look at
        taipei, Person(family_name="Roux", country="FR", phones=[_phone("+886 912 345 678")])
    )
    assert fine.id is not None and mobile.id is not None
    # What an earlier version stored: the number read with the post's region, for a
    # person whose country is France.
    taipei.execute("UPDATE persons SET country = 'FR' WHERE id = ?", (lin.id,))
    found = phones.country_mismatches(taipei)
    assert [(m.person_id, m.e164, m.number_countries, m.country) for m in found] == [
        (lin.id, "+886223456789", ("TW",), "FR"),
        (mobile.id, "+886912345678", ("TW",), "FR"),
    ]
    assert found[0].message() == (
        f"Person {lin.id} (Lin): “02 2345 6789” is stored as +886223456789, a number of "
        "Taiwan, but the person is in France."
    )
    # Saving the record again reads the number with the person's country.
    records.save_person(taipei, records.get_person(taipei, lin.id))
    assert [m.person_id for m in phones.country_mismatches(taipei)] == [mobile.id]


def test_a_row_without_country_merged_into_a_person_in_france(taipei: Store, write: Write) -> None:
    """The row says no country; the person it merges into is in France: their number is
    French, not Taiwanese."""
    known = records.save_person(
        taipei,
        Person(family_name="Quiniou", given_name="Anne", country="FR",
               emails=[EmailAddress("anne.quiniou@example.fr")]),
    )  # fmt: skip
    path = write(
        "maj.csv",
        "Nom;Prénom;Courriel;Tél.\r\n"
        "QUINIOU;Anne;anne.quiniou@example.fr;02 40 12 34 56\r\n"
        "QUINIOU;Anne;anne.quiniou@example.fr;12 34\r\n",
    )
    plan = _plan(taipei, path)
    first = plan.items[0]
    assert first.person is not None and first.person.phones[0].e164 == "+33240123456"
    assert first.phone_region == "FR"
    assert [p["region"] for p in plan.phone_problems()] == ["FR"]
    imports.commit(taipei, plan)
    assert known.id is not None
    stored = records.get_person(taipei, known.id)
    assert [(p.number, p.e164) for p in stored.phones] == [
        ("02 40 12 34 56", "+33240123456"),
        ("12 34", ""),
    ]
    assert phones.country_mismatches(taipei) == []
