"""The example post: the science service of the French office in Taipei.

Generated deterministically from ``resources/example/taipei.json`` (a fixed seed) with dates
relative to today, so that a fresh demo always has deadlines both past and upcoming. Every
person is invented; e-mails are under example.org.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import unicodedata
from dataclasses import dataclass
from typing import Any

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import (
    Call,
    Deadline,
    EmailAddress,
    Interaction,
    Note,
    Organisation,
    Person,
    Phone,
    PostSettings,
    Programme,
)
from attache_app.domain.timeutil import Clock, system_clock
from attache_app.errors import AttacheError
from attache_app.i18n import translate
from attache_app.resources import resource_path
from attache_app.services import records
from attache_app.services.stats import counts
from attache_app.storage import programmes as programme_store
from attache_app.storage import writes
from attache_app.storage.db import Store
from attache_app.storage.settings import is_configured, save_settings

SEED = 2026
PERSON_COUNT = 150
NOTE_COUNT = 60


@dataclass(frozen=True)
class DemoSummary:
    counts: dict[str, int]


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in ascii_text.lower() if c.isalnum() or c == "-").strip("-")


def load_example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path("example", "taipei.json").read_text(encoding="utf-8")
    )
    return data


def load_demo(store: Store, *, clock: Clock = system_clock) -> DemoSummary:
    """Fill an empty database with the example post (one transaction)."""
    # The programme catalogue (loaded into every new database) does not make it non-empty.
    if any(n for kind, n in counts(store).items() if kind != "programmes"):
        raise AttacheError(
            translate(
                "Demo",
                "The database {path} already holds records; the example data is only loaded "
                "into an empty database.",
            ).format(path=store.path)
        )
    data = load_example()
    rng = random.Random(SEED)
    today = clock().astimezone(dt.UTC).date()
    with writes.recording(store):
        if not is_configured(store):
            save_settings(store, PostSettings(**data["post"]))
        org_ids = _organisations(store, data)
        person_ids = _persons(store, data, rng, org_ids)
        _notes(store, data, rng, today, org_ids, person_ids)
        _interactions(store, data, rng, today, org_ids, person_ids)
        _programmes(store, today, person_ids)
    return DemoSummary(counts(store))


def _organisations(store: Store, data: dict[str, Any]) -> dict[str, tuple[int, dict[str, Any]]]:
    result = {}
    for spec in data["organisations"]:
        fields = {k: v for k, v in spec.items() if k != "key"}
        website = f"https://{_slug(spec['acronym'] or spec['name'])[:24]}.example.org"
        org = records.save_organisation(store, Organisation(**fields, website=website))
        assert org.id is not None
        result[spec["key"]] = (org.id, spec)
    return result


def _orgs_by_country(
    org_ids: dict[str, tuple[int, dict[str, Any]]], country: str
) -> list[tuple[int, dict[str, Any]]]:
    return [
        value
        for value in org_ids.values()
        if value[1]["country"] == country and value[1]["kind"] != "french_network"
    ]


def _phone(rng: random.Random, country: str) -> str:
    if country == "TW":
        return f"+886 2 {rng.randint(2300, 2799)} {rng.randint(1000, 9999)}"
    if country == "JP":
        return f"+81 3 {rng.randint(3200, 6999)} {rng.randint(1000, 9999)}"
    if country == "KR":
        return f"+82 42 {rng.randint(350, 869)} {rng.randint(1000, 9999)}"
    return (
        f"+33 1 {rng.randint(40, 79)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)}"
    )


def _persons(
    store: Store,
    data: dict[str, Any],
    rng: random.Random,
    org_ids: dict[str, tuple[int, dict[str, Any]]],
) -> list[int]:
    weights = {"TW": 0.62, "FR": 0.26, "JP": 0.07, "KR": 0.05}
    french_network = [v for v in org_ids.values() if v[1]["kind"] == "french_network"]
    seen: set[tuple[str, str]] = set()
    ids: list[int] = []
    while len(ids) < PERSON_COUNT:
        country = rng.choices(list(weights), weights=list(weights.values()))[0]
        pool = data["names"][country]
        family, family_native = rng.choice(pool["family"])
        given, given_native = rng.choice(pool["given"])
        if (family, given) in seen:
            continue
        seen.add((family, given))
        if country == "FR":
            civility = "Mme" if given_native == "F" else "M."
            native = ""
            candidates = _orgs_by_country(org_ids, "FR") + french_network
        else:
            civility = ""
            native = family_native + given_native
            candidates = _orgs_by_country(org_ids, country)
        # One contact in twelve has no organisation yet (the dashboard asks about them).
        org = None if len(ids) % 12 == 5 else rng.choice(candidates)
        kind = org[1]["kind"] if org else "other"
        domain = (
            f"{_slug(org[1]['acronym'] or org[1]['name'])[:20]}.example.org"
            if org
            else "example.net"
        )
        email = f"{_slug(given)}.{_slug(family)}@{domain}"
        tags = []
        if rng.random() < 0.3:
            tags.append(
                rng.choice(
                    [
                        "PHC Orchid",
                        "IA",
                        "semi-conducteurs",
                        "alumni France",
                        "photonique",
                        "5G",
                        "quantique",
                    ]
                )
            )
        if rng.random() < 0.1:
            tags.append("VIP")
        person = Person(
            civility=civility,
            given_name=given,
            family_name=family,
            native_name=native,
            title=rng.choice(data["titles"][kind]),
            organisation_id=org[0] if org else None,
            department=rng.choice(data["departments"]) if rng.random() < 0.4 else "",
            emails=[EmailAddress(email, "travail")],
            phones=[Phone(_phone(rng, country), "work")] if rng.random() < 0.8 else [],
            country=country,
            city=org[1]["city"] if org else "",
            languages=list(pool["languages"]),
            tags=tags,
            notes="Rencontré lors du salon SEMICON Taiwan." if rng.random() < 0.1 else "",
            source="Exemple (données fictives)",
        )
        saved = records.save_person(store, person)
        assert saved.id is not None
        ids.append(saved.id)
    return ids


def _notes(
    store: Store,
    data: dict[str, Any],
    rng: random.Random,
    today: dt.date,
    org_ids: dict[str, tuple[int, dict[str, Any]]],
    person_ids: list[int],
) -> None:
    taiwanese = _orgs_by_country(org_ids, "TW")
    themes = data["themes"]
    for n in range(NOTE_COUNT):
        theme = list(themes)[n % len(themes)]
        topic = rng.choice(themes[theme])
        org_id, org = rng.choice(taiwanese)
        age = rng.randint(0, 180)
        date = today - dt.timedelta(days=age)
        title = rng.choice(data["note_titles"]).format(
            org=org["acronym"] or org["name"], topic=topic, year=today.year + 1
        )
        status = "draft" if age < 10 else "to_send" if age < 25 else "sent"
        body = (
            f"## Contexte\n\n{org['name']} ({org['native_name'] or org['city']}) "
            f"a présenté ses orientations en {topic}.\n\n"
            f"## Points clés\n\n- Budget annoncé : {rng.randint(2, 90)} M TWD\n"
            f"- Partenaires cités : {rng.choice(['Europe', 'Japon', 'États-Unis', 'France'])}\n"
            f"- Calendrier : {rng.choice(['2027', '2027–2029', 'fin 2026'])}\n\n"
            "## Intérêt pour la France\n\nPistes de coopération à explorer avec les "
            "laboratoires français du domaine."
        )
        records.save_note(
            store,
            Note(
                title=title,
                date=date.isoformat(),
                source_name=rng.choice(data["sources"]),
                url=f"https://news.example.org/{date.isoformat()}/{n + 1}",
                themes=[theme] + ([rng.choice(list(themes))] if rng.random() < 0.25 else []),
                country="TW",
                importance=rng.choice(["low", "normal", "normal", "high"]),
                status=status,
                sent_date=(date + dt.timedelta(days=rng.randint(3, 14))).isoformat()
                if status == "sent"
                else "",
                body=body,
                organisation_ids=[org_id],
                person_ids=rng.sample(person_ids, k=rng.randint(0, 2)),
                private=n % 20 == 13,  # a few kept home: out of the hand-over
            ),
        )


def _interactions(
    store: Store,
    data: dict[str, Any],
    rng: random.Random,
    today: dt.date,
    org_ids: dict[str, tuple[int, dict[str, Any]]],
    person_ids: list[int],
) -> None:
    people = records.get_many(store, RecordKind.PERSON, person_ids)
    with_org = [p for p in people if isinstance(p, Person) and p.organisation_id]
    topics = [t for values in data["themes"].values() for t in values]
    for n in range(24):
        kind = ["meeting", "meeting", "visit", "call", "email"][n % 5]
        person = rng.choice(with_org)
        title = rng.choice(data["interaction_titles"][kind]).format(
            person=f"{person.given_name} {person.family_name}",
            org=person.organisation_name,
            topic=rng.choice(topics),
        )
        records.save_interaction(
            store,
            Interaction(
                kind=kind,
                date=(today - dt.timedelta(days=rng.randint(1, 150))).isoformat(),
                title=title,
                summary="Échanges sur les priorités de coopération et les prochaines échéances.",
                place=person.city,
                person_ids=[person.id] if person.id else [],
                organisation_ids=[person.organisation_id] if person.organisation_id else [],
            ),
        )
    leti, itri, tsri = (org_ids[k][0] for k in ("leti", "itri", "tsri"))
    records.save_interaction(
        store,
        Interaction(
            kind="delegation",
            date=(today + dt.timedelta(days=18)).isoformat(),
            title="Délégation CEA-Leti et Minalogic à Hsinchu (ITRI, TSRI)",
            summary="Programme de deux jours : visites de laboratoires, table ronde sur le "
            "packaging avancé, rencontre avec le Hsinchu Science Park Bureau.",
            place="Hsinchu",
            person_ids=rng.sample(person_ids, k=5),
            organisation_ids=[leti, itri, tsri, org_ids["minalogic"][0]],
        ),
    )
    records.save_interaction(
        store,
        Interaction(
            kind="seminar",
            date=(today - dt.timedelta(days=40)).isoformat(),
            title="Séminaire franco-taïwanais sur la photonique",
            summary="Une journée à NTU avec ALPHA-RLH ; 80 participants, 12 intervenants.",
            place="Taipei",
            person_ids=rng.sample(person_ids, k=8),
            organisation_ids=[org_ids["ntu"][0], org_ids["rlh"][0]],
        ),
    )


# (name, kind, partner country, partner agency, offset of the application deadline in days)
_PROGRAMMES = [
    ("PHC Orchid", "phc", "TW", "National Science and Technology Council (NSTC)", 12),
    ("PHC Sakura", "phc", "JP", "Japan Society for the Promotion of Science (JSPS)", 45),
    ("PHC Cai Yuanpei", "phc", "CN", "China Scholarship Council", -5),
    ("PHC Star", "phc", "KR", "", 3),
    ("ARCUS", "arcus", "", "", 70),
    ("AMI Semi-conducteurs France–Taïwan (exemple)", "call_for_interest", "TW", "", 25),
]


def _programmes(store: Store, today: dt.date, person_ids: list[int]) -> None:
    from attache_app.services.programmes import load_catalogue

    catalogue = {p.name: p for p in load_catalogue().programmes}
    for n, (name, kind, country, agency, offset) in enumerate(_PROGRAMMES):
        existing = programme_store.find_programme(store, name)
        if existing is not None:  # from the catalogue: its calls are added to it
            programme = records.get_programme(store, existing)
        else:
            known = catalogue.get(name)
            programme = records.save_programme(
                store,
                Programme(
                    name=name,
                    kind=kind,
                    partner_country=country,
                    partner_agency=agency,
                    description=known.description if known else "",
                    source_url=known.source_url if known else "",
                    template=known.template if known else "simple",
                ),
            )
        assert programme.id is not None
        deadline_day = today + dt.timedelta(days=offset)
        # Last year's edition, closed; this year's, with stages around the deadline.
        for year, shift, closed in (
            (deadline_day.year - 1, -365, True),
            (deadline_day.year, 0, False),
        ):
            call_id = programme_store.insert_call(
                store,
                Call(
                    programme_id=programme.id,
                    year=year,
                    title=f"{name} {year}",
                    status="closed" if closed else "open",
                ),
            )
            day = deadline_day + dt.timedelta(days=shift)
            stages: list[tuple[str, str, dt.date, str, str]] = [
                ("call_opens", "Ouverture de l'appel", day - dt.timedelta(days=60), "", ""),
                (
                    "application_deadline",
                    "Clôture des candidatures (plateforme française)",
                    day,
                    "23:59",
                    "Europe/Paris",
                ),
            ]
            if kind == "phc":
                stages += [
                    (
                        "partner_deadline",
                        "Clôture côté partenaire",
                        day + dt.timedelta(days=7),
                        "17:00",
                        "Asia/Taipei"
                        if country == "TW"
                        else {"JP": "Asia/Tokyo", "CN": "Asia/Shanghai", "KR": "Asia/Seoul"}[
                            country
                        ],
                    ),
                    ("joint_committee", "Comité mixte", day + dt.timedelta(days=150), "", ""),
                    ("results", "Publication des résultats", day + dt.timedelta(days=180), "", ""),
                ]
            for stage, label, when, hour, zone in stages:
                past = when < today
                records.save_deadline(
                    store,
                    Deadline(
                        title=f"{name} {year} — {label}",
                        programme_id=programme.id,
                        call_id=call_id,
                        stage=stage,
                        all_day=not hour,
                        due_date=when.isoformat() if not hour else "",
                        due_local=f"{when.isoformat()}T{hour}" if hour else "",
                        tz=zone,
                        status="done"
                        if past and (closed or stage != "application_deadline")
                        else "open",
                        owner="Claire Moreau",
                        person_ids=[person_ids[(n * 7) % len(person_ids)]]
                        if stage == "application_deadline"
                        else [],
                    ),
                )
