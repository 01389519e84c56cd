"""Validation names the field and the reason; normalisation keeps what was typed."""

from __future__ import annotations

import pytest

from attache_app.domain import normalise
from attache_app.domain.models import Deadline, EmailAddress, Note, Organisation, Person
from attache_app.errors import ValidationError
from attache_app.services import post, records
from attache_app.storage import Store


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (Person(given_name="A", emails=[EmailAddress("not-an-email")]), "emails"),
        (Person(given_name="A", country="XX"), "country"),
        (Person(given_name="A", languages=["klingon"]), "languages"),
        (Person(), "name"),
        (Organisation(name=""), "name"),
        (Organisation(name="X", kind="castle"), "kind"),
        (Organisation(name="X", website="ftp://x"), "website"),
        (Note(title="T", date="2026-13-40"), "date"),
        (Note(title="T", date=""), "date"),
        (Note(title="T", date="2026-01-01", status="lost"), "status"),
        (Deadline(title="T"), "due"),
        (Deadline(title="T", all_day=True, due_date="soon"), "due"),
        (Deadline(title="T", due_local="2027-01-01T10:00", tz="Europe/Atlantis"), "tz"),
    ],
)
def test_invalid_fields_are_named(store: Store, record: object, field: str) -> None:
    savers = {
        Person: records.save_person,
        Organisation: records.save_organisation,
        Note: records.save_note,
        Deadline: records.save_deadline,
    }
    with pytest.raises(ValidationError) as caught:
        savers[type(record)](store, record)
    assert field in [e.field for e in caught.value.errors]
    assert all(e.message.endswith(".") for e in caught.value.errors)
    total = sum(
        store.scalar(f"SELECT count(*) FROM {t}")
        for t in ("persons", "organisations", "notes", "deadlines")
    )
    assert total == 0


def test_settings_are_validated_before_writing(store: Store) -> None:
    post.update_settings(store, timezone="Asia/Taipei", country="tw", phone_region="tw")
    with pytest.raises(ValidationError):
        post.update_settings(store, timezone="Asia/Nowhere")
    with pytest.raises(ValidationError):
        post.update_settings(store, colour="blue")
    settings = post.get_settings(store)
    assert (settings.timezone, settings.country, settings.phone_region) == (
        "Asia/Taipei",
        "TW",
        "TW",
    )


def test_phone_kept_as_entered_with_e164_when_valid() -> None:
    assert normalise.phone_entry("(02) 2345-6789", "TW").e164 == "+886223456789"
    assert normalise.phone_entry("(02) 2345-6789", "TW").number == "(02) 2345-6789"
    assert normalise.phone_entry("12", "FR").e164 == ""
    assert normalise.phone_entry("06 12 34 56 78", "FR").e164 == "+33612345678"


def test_names_keep_their_script_and_order(store: Store) -> None:
    saved = records.save_person(
        store, Person(family_name="DUPONT", given_name="Marie", native_name=" 陳志明 ")
    )
    assert (saved.family_name, saved.given_name, saved.native_name) == ("DUPONT", "Marie", "陳志明")


def test_fold() -> None:
    assert normalise.fold("Lefèvre") == normalise.fold("LEFEVRE") == "lefevre"


def test_split_labelled() -> None:
    assert normalise.split_labelled("work:a@b.org") == ("work", "a@b.org")
    assert normalise.split_labelled("+886 2 1234") == ("", "+886 2 1234")
    assert normalise.split_labelled("a@b.org") == ("", "a@b.org")
