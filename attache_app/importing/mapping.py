"""Which column holds what: automatic from French and English header names, presets
recognised by their headers (Outlook in English and French, Google Contacts old and new,
Thunderbird, Attaché's own export), editable, and savable by name for the next file.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from attache_app.i18n import translate

KEEP = "keep"
"""The "field" of a column kept in the notes, each cell as a « Header: value » line."""

# The fields a column can be mapped to ("" = ignored).
FIELDS: tuple[str, ...] = (
    "full_name",
    "prefix",
    "given_name",
    "middle_name",
    "family_name",
    "suffix",
    "native_name",
    "organisation",
    "department",
    "title",
    "email",
    "phone",
    "street",
    "postal_code",
    "city",
    "region",
    "country",
    "address",
    "website",
    "birthday",
    "tags",
    "last_contact",
    "notes",
    "languages",
    "review_date",
    "created_at",
    "label",
    KEEP,
)
ADDRESS_PARTS = ("street", "postal_code", "city", "region", "country", "address")
"""Fields of a postal address; a column's label names its address ("work", "home", "2"…)
so that the parts of one address are never mixed with those of another."""
MULTI = {
    "email", "phone", "website", "notes", "tags", "languages", "last_contact", KEEP,
    *ADDRESS_PARTS,
}  # fmt: skip
"""Fields that several columns may feed (E-mail 1, E-mail 2…, the parts of several
addresses, several dates of contact, every column kept in the notes)."""

REPEATS = "repeats"
"""The label of a column ignored by default because it repeats other columns (Outlook's
"E-mail Display Name" and "E-mail Type"; our own export's ids and time stamps)."""


OUTLOOK_DEFAULT = "outlook-default"
"""The label of a column kept in the notes except for the value Outlook writes in every
row when nothing was entered (« Priority: Normal », « Private: False », « Gender:
Unspecified »): see :data:`OUTLOOK_DEFAULTS`."""

OUTLOOK_DEFAULTS = frozenset({"normal", "normale", "false", "faux", "unspecified", "non specifie"})
"""Outlook's values for « nothing entered » in those columns (folded)."""


def fate(column: Column) -> str:
    """What becomes of a column's cells: "mapped" (to a field), "notes" (kept in the
    person's notes as « Header: value ») or "ignored"."""
    if column.field == KEEP:
        return "notes"
    return "mapped" if column.field else "ignored"


def field_label(name: str) -> str:
    labels = {
        "": translate("Import", "(ignored)"),
        KEEP: translate("Import", "(kept in the notes)"),
        "full_name": translate("Import", "Full name"),
        "prefix": translate("Import", "Civility"),
        "given_name": translate("Import", "Given name"),
        "middle_name": translate("Import", "Middle name"),
        "family_name": translate("Import", "Family name"),
        "suffix": translate("Import", "Name suffix"),
        "native_name": translate("Import", "Native-script name"),
        "organisation": translate("Import", "Organisation"),
        "department": translate("Import", "Department"),
        "title": translate("Import", "Job title"),
        "email": translate("Import", "E-mail"),
        "phone": translate("Import", "Telephone"),
        "street": translate("Import", "Street"),
        "postal_code": translate("Import", "Postal code"),
        "city": translate("Import", "City"),
        "region": translate("Import", "Region / state"),
        "country": translate("Import", "Country"),
        "address": translate("Import", "Address (in one cell)"),
        "last_contact": translate("Import", "Date of contact (an activity)"),
        "website": translate("Import", "Web site"),
        "birthday": translate("Import", "Birthday"),
        "tags": translate("Import", "Tags"),
        "notes": translate("Import", "Notes"),
        "languages": translate("Import", "Languages"),
        "review_date": translate("Import", "Review date"),
        "created_at": translate("Import", "Added on (kept from a hand-over)"),
        "label": translate("Import", "Label of the next column"),
    }
    return labels.get(name, name)


def fold_header(text: str) -> str:
    """ "Tél. (bureau)" → "tel bureau"; "E-mail 2 Address" → "email 2 address"."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("e-mail", "email").replace("e mail", "email")
    return re.sub(r"[^0-9a-z\u3000-\u9fff\uac00-\ud7af]+", " ", plain).strip()


@dataclass(frozen=True)
class Column:
    field: str
    label: str = ""
    """For phones and e-mails: work, home, mobile, fax… taken from the header."""


# (pattern on the folded header, field, label). First match wins.
_RULES: tuple[tuple[str, str, str], ...] = (
    (r"(email|courriel|mail|messagerie|adresse electronique).*(type|label|libelle)", "label", ""),
    (r"(phone|telephone|tel).* (type|label|libelle)$", "label", ""),
    (r"(website|web site|site web).* (type|label)$", "label", ""),
    (r"(address|adresse) \d+ (type|label)$", "label", ""),
    (r"^(custom field|relation|event|im|instant message|champ personnalise) \d+ (type|label)$",
     "label", ""),  # Google's pairs: the label names the value in the next column
    (r"email display name|nom complet de messagerie|nom d affichage de messagerie", "",
     REPEATS),
    (r"(email type|email routing|type de messagerie)", "", REPEATS),
    (r"^(initials|initiales)$", "", REPEATS),  # Outlook makes them from the names
    (r"^(priority|priorite|sensitivity|critere de diffusion|private|prive|gender|sexe)$",
     KEEP, OUTLOOK_DEFAULT),
    (r"^(secondary email|adresse electronique secondaire|email 2.*|courriel 2.*)$",
     "email", "other"),
    (r"^(email|e mail|mail|courriel|primary email|adresse electronique principale"
     r"|adresse electronique|adresse de messagerie|adresse mail|adresse email"
     r"|email address|emails?|courriels?)( \d+)?( address| value| adresse)?$", "email", ""),
    (r"^(adresse de messagerie|email) \d+", "email", ""),
    (r"(mobile|portable|cellulaire|cell|gsm|handy)", "phone", "mobile"),
    (r"(fax|telecopie)", "phone", "fax"),
    (r"(pager|bip|radiomessagerie)", "phone", "pager"),
    (r"^(work phone|business phone|tel professionnel|telephone professionnel"
     r"|telephone bureau|tel bureau|telephone travail).*", "phone", "work"),
    (r"^(home phone|tel personnel|telephone personnel|telephone domicile|tel domicile).*",
     "phone", "home"),
    (r"^(phone|telephone|tel|tel fixe|telephone fixe|numero de telephone|phones|telephones"
     r"|phone number|primary phone|other phone|autre telephone)( \d+)?( value)?$", "phone", ""),
    (r"(phone|telephone)( \d+)? value$", "phone", ""),
    (r"^(display name|nom a afficher|nom complet|full name|name|nom et prenom|prenom nom"
     r"|nom prenom|contact|personne|formatted name|fn)$", "full_name", ""),
    (r"^(first name|given name|prenom|firstname|first|prenoms)$", "given_name", ""),
    (r"^(middle name|additional name|deuxieme prenom|autres prenoms|second prenom)$",
     "middle_name", ""),
    (r"^(last name|family name|surname|nom|nom de famille|lastname|last|patronyme"
     r"|nom d usage)$", "family_name", ""),
    (r"^(name prefix|civilite|civility|salutation|prefix|titre de civilite|mr mrs)$",
     "prefix", ""),
    (r"^(name suffix|suffix|suffixe)$", "suffix", ""),
    (r"^(native name|nom natif|nom en ecriture locale|nom local|chinese name|nom chinois"
     r"|japanese name|nom japonais|korean name|nom coreen|中文姓名|姓名|氏名|이름)$",
     "native_name", ""),
    (r"^(company|organization|organisation|organization name|organization 1 name|societe"
     r"|organisme|entreprise|etablissement|institution|employer|employeur|structure"
     r"|affiliation|organisme de rattachement|compagnie|company name)$", "organisation", ""),
    (r"^(department|organization department|organization 1 department|service|departement"
     r"|direction|division|unite|laboratoire|labo)$", "department", ""),
    (r"^(job title|organization title|organization 1 title|title|position|fonction|poste"
     r"|titre|role|profession|job|intitule du poste)$", "title", ""),
    (r"(dernier|derniere|last|latest|most recent|dernieres?) (contact|rencontre|echange"
     r"|entretien|rendez vous|rdv|meeting|interaction)|^(date )?(du |de |of )?(dernier )?"
     r"(contact|rencontre|rendez vous|rdv|entretien|meeting)( date| le)?$|date (de |du |d )?"
     r"(la |l )?(rencontre|contact|entretien|rendez vous|rdv|reunion)|(met|contacted) on"
     r"|(meeting|contact) date|rencontre le", "last_contact", ""),
    (r"(address|adresse)( \d+)? formatted|formatted address|adresse (complete|formatee)",
     "address", ""),
    (r"(po box|p o box|boite postale|^bp\b|pobox)", "street", ""),
    (r"(postal code|code postal|zip ?code|\bzip\b|postcode|post code|^cp\b|\bcp$|^npa$"
     r"|postleitzahl)", "postal_code", ""),
    (r"(country|pays)", "country", ""),
    (r"(city|ville|locality|localite|commune|town)", "city", ""),
    (r"(state|region|province|prefecture|county|^dep\b|canton)", "region", ""),
    (r"(street|\brue\b|address line|adresse ligne|extended address|complement d adresse"
     r"|numero et rue|\\bvoie\\b)", "street", ""),
    (r"(address|adresse)", "address", ""),
    (r"^(web page|web site|website|site web|site internet|url|homepage|page web)( \d+)?"
     r"( value)?$", "website", ""),
    (r"(birthday|anniversaire|date de naissance|birth date)", "birthday", ""),
    (r"^(categories|categorie|labels|group membership|groupes?|tags?|mots cles|mot cle"
     r"|etiquettes?|themes?|thematiques?|domaines?|domaines? d (expertise|activite|interet)"
     r"|keywords?|key words|topics?|subjects?|sujets?|interests?|centres? d interets?"
     r"|secteurs?|secteurs? d activite|fields?|areas?|research (fields?|areas?|topics?)"
     r"|expertise|specialites?|specialities|specialties)$", "tags", ""),
    (r"^(notes?|commentaires?|remarques?|comments?|observations?|description|memo)$",
     "notes", ""),
    (r"^(languages?|langues?( parlees)?|spoken languages)$", "languages", ""),
)  # fmt: skip
_COMPILED = tuple((re.compile(p), f, label) for p, f, label in _RULES)

_GROUPS = (
    (re.compile(r"\b(business|bureau|work|professionnel(le)?|pro|office|travail)\b"), "work"),
    (re.compile(r"\b(home|domicile|personnel(le)?|private|privee?|perso)\b"), "home"),
    (re.compile(r"\b(other|autre)\b"), "other"),
    (re.compile(r"\b(?:address|adresse) (\d+) \w"), ""),
)


def address_group(folded: str) -> str:
    """Which address of the row a column describes: "work", "home", "other", "2"…, or ""
    (the one address of a list, or the one any unqualified column completes)."""
    for pattern, name in _GROUPS:
        found = pattern.search(folded)
        if found:
            return name or found.group(1)
    return ""


_MEETING = re.compile(r"rencontre|meeting|met on|entretien|rendez vous|rdv|reunion")

# Own export: the field names themselves are headers.
_OWN = {
    "given_name": Column("given_name"),
    "family_name": Column("family_name"),
    "native_name": Column("native_name"),
    "civility": Column("prefix"),
    "title": Column("title"),
    "organisation": Column("organisation"),
    "department": Column("department"),
    "emails": Column("email"),
    "phones": Column("phone"),
    "country": Column("country"),
    "city": Column("city"),
    "street": Column("street"),
    "postal_code": Column("postal_code"),
    "region": Column("region"),
    "tags": Column("tags"),
    "notes": Column("notes"),
    "languages": Column("languages"),
    "review_date": Column("review_date"),
    # The exporting database's own bookkeeping: nothing the receiving one can use.
    "id": Column("", REPEATS),
    "organisation_id": Column("", REPEATS),
    "source": Column("", REPEATS),
    # …except the date each record was first added: a hand-over keeps it (issue 15).
    "created_at": Column("created_at"),
    "updated_at": Column("", REPEATS),
    # The international forms of the typed numbers: computed again from the numbers and the
    # contact's country. The identities: the contact-list import does not match by them.
    "phones_e164": Column("", REPEATS),
    "uuid": Column("", REPEATS),
    # « Partager avec Paris »: the exporting post's choice for its hub, not the receiver's.
    "share_paris": Column("", REPEATS),
}


def guess_column(header: str) -> Column:
    """The field a header names, or a column kept in the notes."""
    raw = str(header).strip()
    if raw in _OWN:
        return _OWN[raw]
    folded = fold_header(raw)
    if not folded:
        return Column(KEEP)
    for pattern, name, label in _COMPILED:
        if pattern.search(folded):
            if name in ADDRESS_PARTS:
                return Column(name, address_group(folded))
            if name == "last_contact":
                return Column(name, "meeting" if _MEETING.search(folded) else "contact")
            return Column(name, label)
    return Column(KEEP)


def column_for(header: str, name: str) -> Column:
    """The column a user maps to ``name`` (the wizard's choice): with the label that field
    takes from this header — which address, what kind of contact — when it has one."""
    if name in ADDRESS_PARTS:
        return Column(name, address_group(fold_header(header)))
    if name == "last_contact":
        return Column(name, "meeting" if _MEETING.search(fold_header(header)) else "contact")
    guessed = guess_column(header)
    if guessed.field == name and name:
        return guessed
    return Column(name)


@dataclass(frozen=True)
class Preset:
    key: str
    name: str
    signature: frozenset[str]
    """Folded headers that, together, identify the program that wrote the file."""
    overrides: dict[str, Column] = field(default_factory=dict)


PRESETS: tuple[Preset, ...] = (
    Preset(
        "outlook_en",
        "Outlook",
        frozenset({"first name", "middle name", "last name", "job title", "business phone",
                   "email address", "email 2 address"}),
        {"title": Column("prefix")},
    ),
    Preset(
        "outlook_fr",
        "Outlook (français)",
        frozenset({"prenom", "deuxieme prenom", "nom", "suffixe", "societe",
                   "adresse de messagerie", "telephone bureau"}),
        {"titre": Column("prefix")},
    ),
    Preset(
        "google_new",
        "Google Contacts",
        frozenset({"first name", "last name", "email 1 value", "phone 1 value",
                   "organization name", "labels"}),
    ),
    Preset(
        "google_old",
        "Google Contacts (ancien format)",
        frozenset({"name", "given name", "family name", "group membership", "email 1 value",
                   "organization 1 name"}),
    ),
    Preset(
        "thunderbird",
        "Thunderbird",
        frozenset({"first name", "last name", "display name", "nickname", "primary email",
                   "secondary email"}),
    ),
    Preset(
        "attache",
        "Attaché",
        frozenset({"given name", "family name", "native name", "emails", "phones"}),
    ),
)  # fmt: skip


def detect_preset(headers: list[str]) -> Preset | None:
    folded = {fold_header(h) for h in headers}
    best: tuple[float, Preset] | None = None
    for preset in PRESETS:
        share = len(preset.signature & folded) / len(preset.signature)
        if share >= 0.6 and (best is None or share > best[0]):
            best = (share, preset)
    return best[1] if best else None


@dataclass
class Mapping:
    """One field (and label) per column index; saved by header name so it survives a
    re-ordered file from the same sender."""

    columns: dict[int, Column]
    preset: str = ""
    name: str = ""
    saved_headers: list[str] = field(default_factory=list)

    def to_json(self, headers: list[str]) -> str:
        return json.dumps(
            {
                "version": 2,
                "preset": self.preset,
                "columns": {
                    _key(headers, i): [c.field, c.label]
                    for i, c in sorted(self.columns.items())
                    if i < len(headers)
                },
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str, headers: list[str], name: str = "") -> Mapping:
        data = json.loads(text)
        by_header = {h: Column(f, label) for h, (f, label) in data.get("columns", {}).items()}
        if data.get("version", 1) < 2:
            # Before version 2 an unknown column was ignored without a choice being made:
            # such a column now takes today's default (kept in the notes).
            by_header = {h: c for h, c in by_header.items() if c.field}
        columns = {
            i: by_header.get(_key(headers, i), guess_column(h)) for i, h in enumerate(headers)
        }
        named = [h for h in by_header if not h.startswith("#")]
        return cls(columns, data.get("preset", ""), name, named)


def _key(headers: list[str], index: int) -> str:
    """A column's key in a saved mapping: its header, or "#3" for a column without one."""
    return headers[index] or f"#{index + 1}"


def automatic(headers: list[str]) -> Mapping:
    preset = detect_preset(headers)
    columns: dict[int, Column] = {}
    for index, header in enumerate(headers):
        column = guess_column(header)
        if preset is not None:
            column = preset.overrides.get(fold_header(header), column)
        columns[index] = column
    # One column per single-valued field: the first wins, later ones are kept in the notes.
    seen: set[str] = set()
    for index in sorted(columns):
        name = columns[index].field
        if name and name not in MULTI and name != "label":
            if name in seen:
                columns[index] = Column(KEEP)
            seen.add(name)
    return Mapping(columns, preset.key if preset else "")


def header_score(cells: Sequence[object]) -> int:
    """How much a row looks like a header: the number of cells naming a known field."""
    score = 0
    for cell in cells:
        if isinstance(cell, str) and cell.strip() and len(cell) < 80:
            if "@" in cell:
                return 0
            if guess_column(cell).field not in ("", KEEP):
                score += 1
    return score
