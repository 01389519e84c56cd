"""The records of Attaché as plain dataclasses (what the services take and return)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from attache_app.domain.scripts import name_forms


@dataclass(slots=True)
class EmailAddress:
    address: str
    label: str = ""


@dataclass(slots=True)
class Phone:
    number: str
    """As entered (kept, never rewritten)."""
    label: str = ""
    e164: str = ""
    """The E.164 form when the number parses with the post's default region, else empty."""


@dataclass
class Organisation:
    name: str
    id: int | None = None
    native_name: str = ""
    acronym: str = ""
    kind: str = "other"
    country: str = ""
    city: str = ""
    website: str = ""
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    share_paris: bool = False
    """Copied to the network's database in Paris by the hub (« Partager avec Paris »)."""
    created_at: str = ""
    updated_at: str = ""
    uuid: str = ""
    """Stable identity across databases (exports, the hand-over); given at insert."""

    @property
    def display_name(self) -> str:
        if self.acronym and self.acronym.casefold() != self.name.casefold():
            return f"{self.name} ({self.acronym})"
        return self.name

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Person:
    id: int | None = None
    civility: str = ""
    given_name: str = ""
    family_name: str = ""
    native_name: str = ""
    title: str = ""
    organisation_id: int | None = None
    organisation_name: str = ""
    """Filled on read from the linked organisation; ignored on write."""
    department: str = ""
    emails: list[EmailAddress] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    country: str = ""
    """ISO 3166 alpha-2 code ("FR", "TW"), or "" — the country of the postal address,
    which also says how a national telephone number of the person is read."""
    city: str = ""
    street: str = ""
    """Street lines of the postal address (several lines joined by new lines)."""
    postal_code: str = ""
    region: str = ""
    """State, province, region or prefecture of the postal address."""
    languages: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    source: str = ""
    """Where the data comes from: the import file and sender, or "manual" entry."""
    review_date: str = ""
    """YYYY-MM-DD when the data should be checked again (kept or erased), or ""."""
    share_paris: bool = False
    """Copied to the network's database in Paris by the hub (« Partager avec Paris »)."""
    created_at: str = ""
    updated_at: str = ""
    uuid: str = ""
    """Stable identity across databases (exports, the hand-over); given at insert."""

    @property
    def display_name(self) -> str:
        latin, native = name_forms(self.given_name, self.family_name, self.native_name)
        if latin and native:
            return f"{latin} ({native})"
        return latin or native or self.primary_email or "?"

    @property
    def primary_email(self) -> str:
        return self.emails[0].address if self.emails else ""

    @property
    def has_address(self) -> bool:
        return bool(self.street or self.postal_code or self.city or self.region or self.country)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["display_name"] = self.display_name
        return data


@dataclass
class Note:
    """A technology-watch note (« veille »)."""

    title: str
    date: str
    """ISO date, YYYY-MM-DD."""
    id: int | None = None
    source_name: str = ""
    url: str = ""
    themes: list[str] = field(default_factory=list)
    country: str = ""
    importance: str = "normal"
    status: str = "draft"
    sent_date: str = ""
    body: str = ""
    organisation_ids: list[int] = field(default_factory=list)
    person_ids: list[int] = field(default_factory=list)
    private: bool = False
    """Kept home: left out of the hand-over package and of sharing with the team."""
    share_paris: bool = False
    """Copied to the network's database in Paris by the hub (« Partager avec Paris »)."""
    created_at: str = ""
    updated_at: str = ""
    uuid: str = ""
    """Stable identity across databases (exports, the hand-over); given at insert."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Interaction:
    """A meeting, visit, delegation, seminar, call or e-mail exchange."""

    kind: str
    date: str
    title: str
    id: int | None = None
    summary: str = ""
    place: str = ""
    person_ids: list[int] = field(default_factory=list)
    organisation_ids: list[int] = field(default_factory=list)
    share_paris: bool = False
    """Copied to the network's database in Paris by the hub (« Partager avec Paris »)."""
    created_at: str = ""
    updated_at: str = ""
    uuid: str = ""
    """Stable identity across databases (exports, the hand-over); given at insert."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Programme:
    name: str
    id: int | None = None
    kind: str = "other"
    partner_country: str = ""
    partner_agency: str = ""
    url: str = ""
    description: str = ""
    source_url: str = ""
    """Where the facts above come from (the catalogue gives one for each programme)."""
    template: str = ""
    """The stage template of its calls: "phc", "simple" or "" (none)."""
    share_paris: bool = False
    """Copied to the network's database in Paris by the hub (« Partager avec Paris »)."""
    created_at: str = ""
    updated_at: str = ""
    uuid: str = ""
    """Stable identity across databases (exports, the hand-over); given at insert."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Call:
    """One edition (usually yearly) of a programme."""

    programme_id: int
    year: int
    id: int | None = None
    title: str = ""
    status: str = "open"
    url: str = ""
    notes: str = ""
    share_paris: bool = False
    """Copied to the network's database in Paris by the hub (« Partager avec Paris »)."""
    created_at: str = ""
    updated_at: str = ""
    uuid: str = ""
    """Stable identity across databases (exports, the hand-over); given at insert."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


DEFAULT_REMINDERS = (30, 7, 1)
"""Days before a deadline when its reminders fall due, unless the deadline says otherwise."""


@dataclass
class Deadline:
    """A dated stage: an instant in a time zone, or an all-day date.

    Timed: ``due_local`` is the wall time (YYYY-MM-DDTHH:MM) in ``tz``; ``due_utc`` is derived.
    All-day: ``due_date`` (YYYY-MM-DD) holds on that date in every zone.
    """

    title: str
    id: int | None = None
    programme_id: int | None = None
    programme_name: str = ""
    call_id: int | None = None
    stage: str = "other"
    all_day: bool = False
    due_date: str = ""
    due_local: str = ""
    tz: str = ""
    due_utc: str = ""
    status: str = "open"
    owner: str = ""
    notes: str = ""
    person_ids: list[int] = field(default_factory=list)
    to_confirm: bool = False
    """Dates generated from a template for next year's call, not yet confirmed."""
    reminders: list[int] = field(default_factory=lambda: list(DEFAULT_REMINDERS))
    """Days before the deadline when a reminder falls due."""
    share_paris: bool = False
    """Copied to the network's database in Paris by the hub (« Partager avec Paris »)."""
    created_at: str = ""
    updated_at: str = ""
    uuid: str = ""
    """Stable identity across databases (exports, the hand-over); given at insert."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Application:
    """An application received for a programme call: which teams, who, and the outcome."""

    call_id: int
    title: str
    id: int | None = None
    french_team: str = ""
    partner_team: str = ""
    outcome: str = "submitted"
    notes: str = ""
    person_ids: list[int] = field(default_factory=list)
    organisation_ids: list[int] = field(default_factory=list)
    share_paris: bool = False
    """Copied to the network's database in Paris by the hub (« Partager avec Paris »)."""
    created_at: str = ""
    updated_at: str = ""
    uuid: str = ""
    """Stable identity across databases (exports, the hand-over); given at insert."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class PostSettings:
    """Settings of the post that owns the database (stored in the database itself)."""

    post_name: str = ""
    country: str = "FR"
    timezone: str = "Europe/Paris"
    phone_region: str = "FR"
    author: str = ""
    backup_keep: int = 7

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
