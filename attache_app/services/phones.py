"""Stored telephone numbers whose country is not their person's (``attache check``).

Numbers are read with the person's country, else the organisation's, else the post's
region; an earlier version read every national number with the post's region, so that
« 02 40 12 34 56 » of a person in France may be stored as a Taiwanese number. This lists
them, for the user to look at; it changes nothing.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from attache_app.domain.countries import country_name
from attache_app.domain.models import Person
from attache_app.i18n import translate
from attache_app.storage import persons
from attache_app.storage.db import Store


@dataclass(frozen=True)
class PhoneMismatch:
    person_id: int
    name: str
    number: str
    """As typed."""
    e164: str
    number_countries: tuple[str, ...]
    """The countries sharing the number's calling code (ISO codes)."""
    country: str
    """The person's country (or, when the person has none, the organisation's)."""

    def message(self) -> str:
        return translate(
            "Check",
            "Person {id} ({name}): “{number}” is stored as {e164}, a number of {where}, "
            "but the person is in {country}.",
        ).format(
            id=self.person_id,
            name=self.name,
            number=self.number,
            e164=self.e164,
            where=", ".join(country_name(c) for c in self.number_countries[:3]),
            country=country_name(self.country),
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["number_countries"] = list(self.number_countries)
        data["message"] = self.message()
        return data


def _regions(e164: str) -> tuple[str, ...]:
    """The regions of the number's calling code, from its leading digits (no parsing:
    a database holds 100,000 numbers); () for non-geographic codes (+800…)."""
    import phonenumbers

    digits = e164.lstrip("+")
    for size in (1, 2, 3):
        found = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(digits[:size] or 0))
        if found:
            return tuple(r for r in found if r != phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY)
    return ()


def country_mismatches(store: Store) -> list[PhoneMismatch]:
    """Every stored number whose calling code does not belong to its person's country
    (or, for a person without one, their organisation's)."""
    found: list[PhoneMismatch] = []
    for (
        pid,
        given,
        family,
        native,
        number,
        e164,
        country,
        org_country,
    ) in persons.phones_and_countries(store):
        expected = (country or org_country).upper()
        if not expected:
            continue
        regions = _regions(e164)
        if regions and expected not in regions:
            name = Person(given_name=given, family_name=family, native_name=native).display_name
            found.append(PhoneMismatch(pid, name, number, e164, regions, expected))
    return found


def read_again(before: Person, after: Person) -> list[str]:
    """One sentence per number typed the same before and after a save whose international
    form changed: a national number is read with the person's country, so changing the
    country (or the organisation) reads « 02 40 12 34 56 » again — the window shows it in
    its E.164 column as the country is chosen; the command line says it."""
    old = {p.number: p.e164 for p in before.phones}
    sentences = []
    for phone in after.phones:
        previous = old.get(phone.number)
        if previous is None or previous == phone.e164:
            continue
        sentences.append(
            translate(
                "Check",
                "“{number}” is now read as {new} (a number of {new_where}); it was {old} "
                "(a number of {old_where}). National numbers are read with the person's "
                "country.",
            ).format(
                number=phone.number,
                new=phone.e164 or translate("Check", "no international number"),
                new_where=_where(phone.e164),
                old=previous or translate("Check", "no international number"),
                old_where=_where(previous),
            )
        )
    return sentences


def _where(e164: str) -> str:
    regions = _regions(e164) if e164 else ()
    return ", ".join(country_name(c) for c in regions[:3]) or "—"
