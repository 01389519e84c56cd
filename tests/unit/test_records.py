"""Create, read, update, delete, link and tag: through the services, on a real database."""

from __future__ import annotations

import pytest

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import (
    Deadline,
    EmailAddress,
    Interaction,
    Note,
    Organisation,
    Person,
    Phone,
    Programme,
)
from attache_app.errors import NotFoundError, ValidationError
from attache_app.services import post, records
from attache_app.storage import Store


def _org(
    store: Store, name: str = "Industrial Technology Research Institute", acronym: str = "ITRI"
) -> Organisation:
    return records.save_organisation(
        store,
        Organisation(
            name=name,
            acronym=acronym,
            native_name="工業技術研究院",
            kind="research_institute",
            country="tw",
            city="Hsinchu",
            tags=["semi-conducteurs"],
        ),
    )


def test_person_round_trip_with_emails_phones_tags(store: Store) -> None:
    post.update_settings(store, phone_region="TW")
    org = _org(store)
    saved = records.save_person(
        store,
        Person(
            given_name="  Chih-Ming ",
            family_name="Chen",
            native_name="陳志明",
            organisation_id=org.id,
            title="Director",
            emails=[
                EmailAddress("Chih-Ming.Chen@ITRI.example.org", "work"),
                EmailAddress("cmchen@example.net"),
            ],
            phones=[Phone("03 591 0000", "office"), Phone("+33 1 23 45 67 89", "Paris")],
            country="tw",
            languages=["ZH", "en"],
            tags=["IA", "PHC Orchid"],
        ),
    )
    assert saved.id is not None
    again = records.get_person(store, saved.id)
    assert again == saved
    assert again.given_name == "Chih-Ming"
    assert again.native_name == "陳志明"
    assert again.organisation_name == "Industrial Technology Research Institute"
    assert [e.address for e in again.emails] == [
        "chih-ming.chen@itri.example.org",
        "cmchen@example.net",
    ]
    # Kept as entered, plus E.164 read with the post's region (TW) or the number's own.
    assert [(p.number, p.e164) for p in again.phones] == [
        ("03 591 0000", "+88635910000"),
        ("+33 1 23 45 67 89", "+33123456789"),
    ]
    assert again.country == "TW"
    assert again.languages == ["zh", "en"]
    assert again.tags == ["IA", "PHC Orchid"]
    assert again.created_at == again.updated_at == "2026-11-23T09:00:00Z"


def test_update_replaces_children_and_keeps_created_at(store: Store) -> None:
    saved = records.save_person(
        store,
        Person(
            given_name="Marie",
            family_name="Dupont",
            emails=[EmailAddress("a@example.org")],
            tags=["x"],
        ),
    )
    saved.emails = [EmailAddress("b@example.org")]
    saved.tags = ["y", "z"]
    saved.title = "Conseillère"
    updated = records.save_person(store, saved)
    assert [e.address for e in updated.emails] == ["b@example.org"]
    assert updated.tags == ["y", "z"]
    assert updated.title == "Conseillère"
    assert updated.created_at == saved.created_at
    assert store.scalar("SELECT count(*) FROM person_emails") == 1


def test_deleting_an_organisation_unlinks_its_people(store: Store) -> None:
    org = _org(store)
    person = records.save_person(store, Person(given_name="A", organisation_id=org.id))
    assert org.id is not None and person.id is not None
    assert records.delete(store, RecordKind.ORGANISATION, [org.id]) == 1
    assert records.get_person(store, person.id).organisation_id is None


def test_deleting_a_person_removes_their_links(store: Store) -> None:
    person = records.save_person(
        store, Person(given_name="A", emails=[EmailAddress("a@example.org")], tags=["t"])
    )
    assert person.id is not None
    note = records.save_note(store, Note(title="N", date="2026-11-01", person_ids=[person.id]))
    item = records.save_interaction(
        store, Interaction(kind="meeting", date="2026-11-02", title="M", person_ids=[person.id])
    )
    records.delete(store, RecordKind.PERSON, [person.id])
    assert note.id is not None and item.id is not None
    assert records.get_note(store, note.id).person_ids == []
    assert records.get_interaction(store, item.id).person_ids == []
    assert store.scalar("SELECT count(*) FROM person_emails") == 0
    assert store.scalar("SELECT count(*) FROM person_tags") == 0
    with pytest.raises(NotFoundError):
        records.get_person(store, person.id)


def test_note_links_both_ways(store: Store) -> None:
    org = _org(store)
    person = records.save_person(store, Person(given_name="A", organisation_id=org.id))
    assert org.id is not None and person.id is not None
    note = records.save_note(
        store,
        Note(
            title="TSMC 2 nm",
            date="2026-11-20",
            themes=["semi-conducteurs", "IA"],
            url="https://news.example.org/1",
            status="to_send",
            importance="high",
            organisation_ids=[org.id],
            person_ids=[person.id],
        ),
    )
    assert note.themes == ["IA", "semi-conducteurs"]
    assert records.list_ids(store, RecordKind.NOTE, organisation_id=org.id) == [note.id]
    assert records.list_ids(store, RecordKind.NOTE, person_id=person.id) == [note.id]
    assert records.list_ids(store, RecordKind.NOTE, status="to_send") == [note.id]
    assert records.list_ids(store, RecordKind.NOTE, theme="IA") == [note.id]


def test_links_to_missing_records_are_refused(store: Store) -> None:
    with pytest.raises(ValidationError) as caught:
        records.save_note(store, Note(title="N", date="2026-11-01", person_ids=[42]))
    assert caught.value.errors[0].field == "persons"
    with pytest.raises(ValidationError):
        records.save_person(store, Person(given_name="A", organisation_id=7))
    assert store.scalar("SELECT count(*) FROM notes") == 0
    assert store.scalar("SELECT count(*) FROM persons") == 0


def test_deadline_timed_and_all_day(store: Store) -> None:
    programme = records.save_programme(
        store, Programme(name="PHC Orchid", kind="phc", partner_country="TW")
    )
    timed = records.save_deadline(
        store,
        Deadline(
            title="Dépôt",
            programme_id=programme.id,
            stage="application_deadline",
            due_local="2027-05-15 23:59",
            tz="Europe/Paris",
        ),
    )
    assert timed.due_local == "2027-05-15T23:59"
    assert timed.due_utc == "2027-05-15T21:59:00Z"
    assert timed.programme_name == "PHC Orchid"
    day = records.save_deadline(
        store, Deadline(title="Comité", all_day=True, due_date="2027-10-01")
    )
    assert day.all_day and day.due_utc == "" and day.tz == ""
    assert records.list_ids(store, RecordKind.DEADLINE) == [timed.id, day.id]


def test_duplicate_programme_name_is_refused(store: Store) -> None:
    records.save_programme(store, Programme(name="ARCUS", kind="arcus"))
    with pytest.raises(ValidationError):
        records.save_programme(store, Programme(name="arcus", kind="arcus"))


def test_bulk_tag_and_untag(store: Store) -> None:
    ids = [records.save_person(store, Person(given_name=n)).id for n in "ABC"]
    assert all(i is not None for i in ids)
    int_ids = [i for i in ids if i is not None]
    records.tag(store, RecordKind.PERSON, int_ids, add=["VIP", "IA"])
    records.tag(store, RecordKind.PERSON, int_ids[:1], remove=["IA"])
    assert records.get_person(store, int_ids[0]).tags == ["VIP"]
    assert records.get_person(store, int_ids[2]).tags == ["IA", "VIP"]
    assert records.list_ids(store, RecordKind.PERSON, tag="vip") == sorted(int_ids)
    assert records.tag_names(store) == ["IA", "VIP"]


def test_filters_sort_in_sql(store: Store) -> None:
    org = _org(store)
    for given, family, country in (
        ("Zoé", "Martin", "FR"),
        ("Akira", "Sato", "JP"),
        ("Hélène", "Lefèvre", "FR"),
    ):
        records.save_person(
            store,
            Person(
                given_name=given,
                family_name=family,
                country=country,
                organisation_id=org.id if country == "FR" else None,
            ),
        )
    found = records.get_many(store, RecordKind.PERSON, records.list_ids(store, RecordKind.PERSON))
    assert [p.family_name for p in found if isinstance(p, Person)] == ["Lefèvre", "Martin", "Sato"]
    assert len(records.list_ids(store, RecordKind.PERSON, country="fr")) == 2
    assert len(records.list_ids(store, RecordKind.PERSON, without_organisation=True)) == 1


def test_unknown_ids_are_a_clear_error(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no person with id 5"):
        records.get_person(store, 5)
    with pytest.raises(NotFoundError):
        records.delete(store, RecordKind.NOTE, [3])
