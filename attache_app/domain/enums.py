"""Closed vocabularies of the domain, with their labels for people."""

from __future__ import annotations

import re
from enum import StrEnum

from attache_app.i18n import translate


class OrganisationKind(StrEnum):
    UNIVERSITY = "university"
    RESEARCH_INSTITUTE = "research_institute"
    MINISTRY_AGENCY = "ministry_agency"
    COMPANY = "company"
    STARTUP = "startup"
    CLUSTER = "cluster"
    FRENCH_NETWORK = "french_network"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "university": translate("Vocabulary", "University"),
            "research_institute": translate("Vocabulary", "Research institute"),
            "ministry_agency": translate("Vocabulary", "Ministry or agency"),
            "company": translate("Vocabulary", "Company"),
            "startup": translate("Vocabulary", "Start-up"),
            "cluster": translate("Vocabulary", "Competitiveness cluster"),
            "french_network": translate("Vocabulary", "French network office"),
            "other": translate("Vocabulary", "Other"),
        }[self.value]


class InteractionKind(StrEnum):
    MEETING = "meeting"
    VISIT = "visit"
    DELEGATION = "delegation"
    SEMINAR = "seminar"
    CALL = "call"
    EMAIL = "email"

    @property
    def label(self) -> str:
        return {
            "meeting": translate("Vocabulary", "Meeting"),
            "visit": translate("Vocabulary", "Visit"),
            "delegation": translate("Vocabulary", "Delegation"),
            "seminar": translate("Vocabulary", "Seminar"),
            "call": translate("Vocabulary", "Call"),
            "email": translate("Vocabulary", "E-mail"),
        }[self.value]


class NoteStatus(StrEnum):
    DRAFT = "draft"
    TO_SEND = "to_send"
    SENT = "sent"

    @property
    def label(self) -> str:
        return {
            "draft": translate("Vocabulary", "Draft"),
            "to_send": translate("Vocabulary", "To send"),
            "sent": translate("Vocabulary", "Sent"),
        }[self.value]


class Importance(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"

    @property
    def label(self) -> str:
        return {
            "low": translate("Vocabulary", "Low"),
            "normal": translate("Vocabulary", "Normal"),
            "high": translate("Vocabulary", "High"),
        }[self.value]


class ProgrammeKind(StrEnum):
    PHC = "phc"
    ARCUS = "arcus"
    CALL_FOR_INTEREST = "call_for_interest"
    AGENCY_CALL = "agency_call"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "phc": translate("Vocabulary", "Hubert Curien Partnership (PHC)"),
            "arcus": translate("Vocabulary", "ARCUS"),
            "call_for_interest": translate("Vocabulary", "Call for expressions of interest"),
            "agency_call": translate("Vocabulary", "Agency call"),
            "other": translate("Vocabulary", "Other"),
        }[self.value]


class StageKind(StrEnum):
    CALL_OPENS = "call_opens"
    APPLICATION_DEADLINE = "application_deadline"
    PARTNER_DEADLINE = "partner_deadline"
    JOINT_COMMITTEE = "joint_committee"
    RESULTS = "results"
    FUNDING_START = "funding_start"
    FUNDING_END = "funding_end"
    REPORT_DUE = "report_due"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "call_opens": translate("Vocabulary", "Call opens"),
            "application_deadline": translate("Vocabulary", "Application deadline"),
            "partner_deadline": translate("Vocabulary", "Partner-side deadline"),
            "joint_committee": translate("Vocabulary", "Joint committee"),
            "results": translate("Vocabulary", "Results"),
            "funding_start": translate("Vocabulary", "Funding starts"),
            "funding_end": translate("Vocabulary", "Funding ends"),
            "report_due": translate("Vocabulary", "Report due"),
            "other": translate("Vocabulary", "Other"),
        }[self.value]


class DeadlineStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    MISSED = "missed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return {
            "open": translate("Vocabulary", "Open"),
            "done": translate("Vocabulary", "Done"),
            "missed": translate("Vocabulary", "Missed"),
            "cancelled": translate("Vocabulary", "Cancelled"),
        }[self.value]


class RecordKind(StrEnum):
    """The kinds of record that the search and the lists know."""

    PERSON = "person"
    ORGANISATION = "organisation"
    NOTE = "note"
    DEADLINE = "deadline"
    INTERACTION = "interaction"
    PROGRAMME = "programme"

    @property
    def label(self) -> str:
        return {
            "person": translate("Vocabulary", "Person"),
            "organisation": translate("Vocabulary", "Organisation"),
            "note": translate("Vocabulary", "Watch note"),
            "deadline": translate("Vocabulary", "Deadline"),
            "interaction": translate("Vocabulary", "Activity"),
            "programme": translate("Vocabulary", "Programme"),
        }[self.value]

    @property
    def plural_label(self) -> str:
        return {
            "person": translate("Vocabulary", "Persons"),
            "organisation": translate("Vocabulary", "Organisations"),
            "note": translate("Vocabulary", "Watch notes"),
            "deadline": translate("Vocabulary", "Deadlines"),
            "interaction": translate("Vocabulary", "Activities"),
            "programme": translate("Vocabulary", "Programmes"),
        }[self.value]


class PhoneLabel(StrEnum):
    """The one vocabulary of phone labels: stored as these codes, shown translated (an
    import's « work » and a typed « bureau » are the same label)."""

    WORK = "work"
    MOBILE = "mobile"
    HOME = "home"
    FAX = "fax"

    @property
    def label(self) -> str:
        return {
            "work": translate("Vocabulary", "Work"),
            "mobile": translate("Vocabulary", "Mobile"),
            "home": translate("Vocabulary", "Home"),
            "fax": translate("Vocabulary", "Fax"),
        }[self.value]


PHONE_LABEL_WORDS = {
    "work": "work", "bureau": "work", "travail": "work", "office": "work", "pro": "work",
    "professionnel": "work", "business": "work", "company": "work", "entreprise": "work",
    "mobile": "mobile", "portable": "mobile", "cell": "mobile", "cellulaire": "mobile",
    "gsm": "mobile", "handy": "mobile", "cellphone": "mobile",
    "home": "home", "domicile": "home", "personnel": "home", "perso": "home",
    "private": "home", "maison": "home", "prive": "home", "privé": "home",
    "fax": "fax", "telecopie": "fax", "télécopie": "fax",
}  # fmt: skip
"""Words that name a phone label, in French and English (lower case), and their code."""


def phone_label_code(text: str) -> str:
    """The code of a phone label as typed or imported (« Bureau », « Tél. travail »,
    « work fax » → work, work, fax); any other label is kept as typed."""
    if text in _PHONE_CODES:  # the labels importers give: no work to do
        return text
    words = [w for w in re.split(r"[^\w]+", text.strip().lower()) if w]
    codes = {PHONE_LABEL_WORDS[w] for w in words if w in PHONE_LABEL_WORDS}
    if "fax" in codes:
        return "fax"
    if len(codes) == 1 and all(w in PHONE_LABEL_WORDS or w in _PHONE_WORDS for w in words):
        return codes.pop()
    return text.strip()


_PHONE_CODES = frozenset({"", "work", "mobile", "home", "fax"})
_PHONE_WORDS = {"tel", "tél", "telephone", "téléphone", "phone", "numero", "numéro", "n"}


def phone_label_text(code: str) -> str:
    """A stored phone label as the interface shows it (« work » → « Bureau » in French)."""
    return label_of(PhoneLabel, code)


def parse_kind(word: str) -> RecordKind:
    """Accept singular or plural English names ("persons", "notes"...)."""
    aliases = {
        "person": RecordKind.PERSON,
        "persons": RecordKind.PERSON,
        "contact": RecordKind.PERSON,
        "contacts": RecordKind.PERSON,
        "organisation": RecordKind.ORGANISATION,
        "organisations": RecordKind.ORGANISATION,
        "organization": RecordKind.ORGANISATION,
        "organizations": RecordKind.ORGANISATION,
        "org": RecordKind.ORGANISATION,
        "orgs": RecordKind.ORGANISATION,
        "note": RecordKind.NOTE,
        "notes": RecordKind.NOTE,
        "deadline": RecordKind.DEADLINE,
        "deadlines": RecordKind.DEADLINE,
        "interaction": RecordKind.INTERACTION,
        "interactions": RecordKind.INTERACTION,
        "activity": RecordKind.INTERACTION,
        "activities": RecordKind.INTERACTION,
        "programme": RecordKind.PROGRAMME,
        "programmes": RecordKind.PROGRAMME,
        "program": RecordKind.PROGRAMME,
        "programs": RecordKind.PROGRAMME,
    }
    try:
        return aliases[word.strip().lower()]
    except KeyError:
        raise ValueError(word) from None


def label_of(enum: type[StrEnum], value: str) -> str:
    """The label of ``value`` in ``enum``, or the value itself when it is not one of them."""
    try:
        return str(getattr(enum(value), "label"))  # noqa: B009 - every vocabulary has one
    except ValueError:
        return value


OUTCOMES = ("submitted", "eligible", "selected", "rejected", "withdrawn")
"""What became of an application to a programme's call."""


def outcome_label(outcome: str) -> str:
    return {
        "submitted": translate("Programmes", "Submitted"),
        "eligible": translate("Programmes", "Eligible"),
        "selected": translate("Programmes", "Selected"),
        "rejected": translate("Programmes", "Not selected"),
        "withdrawn": translate("Programmes", "Withdrawn"),
    }.get(outcome, outcome)
