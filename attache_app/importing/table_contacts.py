"""Rows of a table to contacts: the mapping inferred for columns whose header says
nothing (from their content), cells to text, several values in one cell, tags, postal
addresses written in one cell, and every non-empty cell to its field or the notes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from attache_app.domain.cells import from_csv
from attache_app.domain.controls import strip_controls
from attache_app.domain.normalise import fold
from attache_app.i18n import translate
from attache_app.importing import tables
from attache_app.importing.contact import RawContact
from attache_app.importing.mapping import (
    KEEP,
    OUTLOOK_DEFAULT,
    OUTLOOK_DEFAULTS,
    REPEATS,
    Column,
    Mapping,
)
from attache_app.importing.tables import Cell, Table

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{6,}$")
_ROUTING = re.compile(r"^(smtp|ex|x400|x500|sip|internet)$", re.IGNORECASE)
"""Outlook's address types (how mail is routed), never a label of the address."""


def infer_mapping(table: Table, named: Mapping) -> Mapping:
    """Columns whose header says nothing (or a file without header), from their content
    (e-mails, phones, names); columns the headers named keep their field."""
    width = len(table.headers)
    sample = table.rows[:200]

    def share(index: int, pattern: re.Pattern[str]) -> float:
        values = [str(r[index]).strip() for r in sample if not tables._blank(r[index])]
        return sum(bool(pattern.match(v)) for v in values) / len(values) if values else 0.0

    def filled(index: int) -> bool:
        return any(not tables._blank(r[index]) for r in sample)

    # Outlook's « E-mail Type » (after the address it describes) holds a routing type —
    # SMTP, EX — not a label like Google's « E-mail 1 - Type » (before its value): it
    # repeats what the address says, and would label the next address "smtp".
    for index, column in list(named.columns.items()):
        if (
            column.field == "label"
            and index < width
            and filled(index)
            and (share(index, _ROUTING) == 1.0)
        ):
            named.columns[index] = Column("", REPEATS)
    columns: dict[int, Column] = {i: named.columns.get(i, Column("")) for i in range(width)}
    taken = {c.field for c in columns.values() if c.field not in ("", KEEP)}
    if {"full_name", "given_name", "family_name", "native_name"} & taken and "email" in taken:
        return named
    text_columns: list[int] = []
    for index in range(width):
        if columns[index].field != KEEP:
            continue
        if share(index, _EMAIL) > 0.8 and "email" not in taken:
            columns[index] = Column("email")
        elif share(index, _PHONE) > 0.8 and "phone" not in taken:
            columns[index] = Column("phone")
        elif filled(index):
            text_columns.append(index)
    # "John Doe,John,Doe": a column that is the join of two others is the full name.
    joined = _joined_columns(sample, text_columns)
    if joined is not None:
        a, b, c = joined
        columns[a], columns[b], columns[c] = (
            Column("full_name"),
            Column("given_name"),
            Column("family_name"),
        )
        return Mapping(columns, named.preset or "inferred")
    names = {"full_name", "given_name", "family_name", "native_name"}
    if text_columns and not names & taken:
        columns[text_columns[0]] = Column("full_name")
    return Mapping(columns, named.preset or ("inferred" if columns != named.columns else ""))


def _joined_columns(
    sample: list[list[Cell]], text_columns: list[int]
) -> tuple[int, int, int] | None:
    """The first (a, b, c) of ``text_columns`` where every filled cell of column a is
    "b c" — found in linear time: the candidates come from splitting one value of a at its
    spaces and looking the halves up, never from trying every triple (a header of 2,000
    columns made that eight billion comparisons)."""
    by_value: dict[int, dict[str, list[int]]] = {}

    def text(row: list[Cell], index: int) -> str:
        return str(row[index]).strip()

    def columns_holding(row_index: int, value: str) -> list[int]:
        if row_index not in by_value:
            found: dict[str, list[int]] = {}
            for index in text_columns:
                found.setdefault(text(sample[row_index], index), []).append(index)
            by_value[row_index] = found
        return by_value[row_index].get(value, [])

    for a in text_columns:
        first = next((i for i, r in enumerate(sample) if not tables._blank(r[a])), None)
        if first is None:
            continue
        value = text(sample[first], a)
        candidates = sorted(
            (b, c)
            for cut, char in enumerate(value)
            if char == " "
            for b in columns_holding(first, value[:cut])
            for c in columns_holding(first, value[cut + 1 :])
            if len({a, b, c}) == 3
        )
        for b, c in candidates:
            if all(
                text(r, a) == f"{text(r, b)} {text(r, c)}"
                for r in sample
                if not tables._blank(r[a])
            ):
                return a, b, c
    return None


def cell_text(cell: Cell) -> str:
    if type(cell) is str:  # nearly every cell: the checks below are for spreadsheets
        text = cell.strip()
        return from_csv(text) if text[:1] == "'" else text
    if cell is None:
        return ""
    if isinstance(cell, bool):  # a spreadsheet's TRUE/FALSE: words, not Python's True
        return translate("Import", "yes") if cell else translate("Import", "no")
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return from_csv(str(cell).strip())


_MULTI_SEPARATOR = re.compile(r"\s*:::\s*|\s*\n\s*|\s*;\s*")


# "travail: marie@example.org", "bureau: +886 2 …": a label before the value (our own
# export writes labelled values so; other lists sometimes do too).
_LABELLED = re.compile(r"^([^\W\d][\w .'’/-]{0,29}):\s+(\S.*)$")


def _labelled(value: str, label: str) -> tuple[str, str]:
    if ":" not in value:
        return value, label
    match = _LABELLED.match(value)
    if match and match.group(1).casefold() not in ("mailto", "tel", "http", "https"):
        return match.group(2), match.group(1).strip().lower()
    return value, label


def _values(text: str) -> list[str]:
    """Google's " ::: ", new lines and semicolons separate several values in one cell."""
    if ":" not in text and "\n" not in text and ";" not in text:
        return [text] if text else []
    return [v for v in _MULTI_SEPARATOR.split(text) if v]


NO_DATE = frozenset({"0/0/00", "00/00/00", "0/0/0000", "00/00/0000", "0.0.00", "00.00.0000"})
"""What Outlook writes in a date column (Birthday, Anniversary) when nothing was entered."""


def _clean_label(text: str) -> str:
    return text.removeprefix("* ").strip().lower()


_SINGLE = frozenset(
    (
        "full_name", "prefix", "given_name", "middle_name", "family_name", "suffix",
        "native_name", "organisation", "department", "title", "birthday", "review_date",
        "created_at",
    )
)  # fmt: skip
"""Fields that take the first non-empty cell mapped to them (a different value in a later
column is kept in the notes)."""

_ATTRIBUTE = {"full_name": "formatted_name"}

_TAG_SEPARATOR = re.compile(r"\s*(?::::|[,;\n|•]|(?<![A-Z0-9])/|/(?![A-Z0-9]))\s*")
"""Tags are separated by commas, semicolons, new lines, bars, bullets, Google's ":::",
and slashes — except a slash between capitals or digits ("TCP/IP", "4G/5G", "R/D")."""


_TAG_MARKS = frozenset(",;\n|•/:*")


def split_tags(text: str) -> list[str]:
    """ "IA; robotique / Santé" → ["IA", "robotique", "Santé"]; "TCP/IP" stays one tag."""
    if _TAG_MARKS.isdisjoint(text):  # one tag: most cells of most lists
        return [text] if text.casefold() not in ("mycontacts", "starred") else []
    return [
        t
        for t in (v.strip().removeprefix("* ").strip() for v in _TAG_SEPARATOR.split(text))
        if t and t.casefold() not in ("mycontacts", "starred", ":")
    ]


def column_title(headers: list[str], index: int) -> str:
    """A column's header, or "Column 3" for a column without one (notes, reports)."""
    header = headers[index].strip() if index < len(headers) else ""
    return header or translate("Import", "Column {n}").format(n=index + 1)


_POSTAL_CITY = re.compile(r"^(?:([A-Z]{1,2}-)?(\d{4,5}(?:-\d{4})?|\d{3}-\d{4}))\s+(\D.*)$")
"""The "75002 Paris", "F-67000 Strasbourg", "100-0001 Tokyo" line of an address."""


def split_address(text: str) -> tuple[list[str], str, str, str]:
    """(street lines, postal code, city, country) of an address written in one cell:
    the last line or comma-separated part gives the country when it names one, the one
    before it the postal code and city when it reads "75002 Paris" (or the city alone,
    a short part without digits, after a country). What is not recognised stays in the
    street lines, so nothing is lost."""
    from attache_app.domain.countries import country_code

    parts = [p.strip() for p in re.split(r"\s*(?:\n|,)\s*", text) if p.strip()]
    country = postal = city = ""
    if len(parts) > 1 and country_code(parts[-1]):
        country = parts.pop()
    if len(parts) > 1 or (parts and country):
        found = _POSTAL_CITY.match(parts[-1])
        if found:
            postal, city = found.group(2), found.group(3).strip()
            parts.pop()
        elif country and not _DIGIT.search(parts[-1]) and len(parts[-1].split()) <= 3:
            city = parts.pop()
    if not (postal or city or country):
        return [text.strip()], "", "", ""
    return parts, postal, city, country


_DIGIT = re.compile(r"\d")


_PART_ORDER = ("street", "postal_code", "city", "region", "country")


def _says_more(text: str, parts: list[str]) -> bool:
    """Whether a formatted address holds a word its parts beside it do not: Google's
    « Address 1 - Formatted » repeats the street, postal code, city and country of the
    columns after it and leaves the region out — nothing more to keep."""
    rest = text.casefold()
    for value in sorted(parts, key=len, reverse=True):
        rest = rest.replace(value.casefold(), " ")
    return any(c.isalnum() for c in rest)


def _assemble_addresses(contact: RawContact, groups: dict[str, list[tuple[str, str, str]]]) -> None:
    """The one postal address of the contact from the address columns of a row, grouped
    by address ("work", "home", "1"…): the first address with a value, completed by the
    unqualified columns when they do not contradict it; the other addresses' cells go to
    the notes, never mixed into it."""
    if len(groups) == 1:
        (cells,) = groups.values()
        names = [name for name, _title, _text in cells]
        if "address" not in names and len(set(names)) == len(names):
            # One address, one column per part: the usual row, set as it is.
            for name, _title, text in cells:
                setattr(contact, name, text)
            return
    chosen: dict[str, list[str]] = {}
    primary = ""
    qualified = False
    for number, (group, cells) in enumerate(groups.items()):
        parts: dict[str, list[str]] = {}
        for name, _title, text in cells:
            parts.setdefault(name, []).append(text)
        streets = parts.get("street", [])
        for text in parts.pop("address", []):
            known = [v for k in _PART_ORDER for v in parts.get(k, [])]
            if known and not _says_more(text, known):
                continue  # a formatted address made of the parts beside it
            if streets:
                streets.append(text)
                continue
            lines, postal, city, country = split_address(text)
            streets.extend(lines)
            for key, value in (("postal_code", postal), ("city", city), ("country", country)):
                if value and not parts.get(key):
                    parts[key] = [value]
                elif value and value.casefold() not in [v.casefold() for v in parts[key]]:
                    streets.append(value)
        if streets:
            parts["street"] = streets
        mergeable = number == 0 or (
            (group == "" or (primary == "" and not qualified))
            and all(
                not chosen.get(k) or [v.casefold() for v in chosen[k]] == [
                    v.casefold() for v in parts[k]]
                for k in parts if k != "street"
            )
            and not (chosen.get("street") and parts.get("street"))
        )  # fmt: skip
        if number == 0:
            primary = group
        if mergeable and group:
            qualified = True  # one qualified address ("work", "home"…) at most
        if mergeable:
            for key, values in parts.items():
                if key == "street":
                    chosen.setdefault("street", []).extend(values)
                elif not chosen.get(key):
                    chosen[key] = values[:1]
                    for extra in values[1:]:
                        if extra.casefold() != values[0].casefold():
                            contact.kept.append((_title_of(cells, key), extra))
        else:
            contact.kept.extend((title, text) for _name, title, text in cells)
    contact.street = "\n".join(dict.fromkeys(chosen.get("street", [])))
    for key in ("postal_code", "city", "region", "country"):
        if chosen.get(key):
            setattr(contact, key, chosen[key][0])


def _title_of(cells: list[tuple[str, str, str]], name: str) -> str:
    return next((title for n, title, _t in cells if n == name), name)


def iter_table_contacts(
    table: Table, columns: Mapping, cleaned: list[tuple[str, str, int]] | None = None
) -> Iterator[RawContact]:
    """Apply a mapping to every row, one contact at a time (an import of 100,000 rows
    then never holds them all before they are normalised). Every non-empty cell ends up
    somewhere: in its field, in the notes as « Header: value », or nowhere only when its
    column is ignored. Control characters other than tab and line breaks are removed from
    the values, and ``cleaned`` says where."""
    from attache_app.importing.mapping import ADDRESS_PARTS

    plan = [
        (
            index,
            column.field,
            column.label,
            column_title(table.headers, index),
            _ATTRIBUTE.get(column.field, column.field),
        )
        for index, column in sorted(columns.columns.items())
        if column.field
    ]
    address_parts = frozenset(ADDRESS_PARTS)
    for row, location in zip(table.rows, table.locations(), strict=True):
        contact = RawContact(location=location)
        pending_label = ""
        pending_header = ("", -1)  # a label as written, and the column it names (the next)
        notes: list[str] = []
        groups: dict[str, list[tuple[str, str, str]]] = {}
        width = len(row)
        for column_index, name, column_label, title, attribute in plan:
            if column_index >= width:
                continue
            cell = row[column_index]
            if cell.__class__ is str and not cell.isprintable():
                cell, removed = strip_controls(cell)
                if removed and cleaned is not None:
                    cleaned.append((location, table.column_name(column_index), removed))
            text = cell_text(cell)
            if text in NO_DATE:
                text = ""  # Outlook's empty birthday or anniversary
            if name in _SINGLE:
                if text:
                    current = getattr(contact, attribute)
                    if not current:
                        setattr(contact, attribute, text)
                    elif current != text:
                        contact.kept.append((title, text))
                continue
            if name == "label":
                pending_label = _clean_label(text)
                pending_header = (text.removeprefix("* ").strip(), column_index + 1)
                continue
            if not text:
                if name in ("email", "phone", "website"):
                    pending_label = ""
                continue
            label = pending_label or column_label
            if name == KEEP and column_label == OUTLOOK_DEFAULT and fold(text) in OUTLOOK_DEFAULTS:
                continue  # Outlook's « Priority: Normal » in every row: nothing entered
            if name == KEEP:  # « Custom Field 1 - Label » names the value after it
                named = pending_header[0] if pending_header[1] == column_index else ""
                contact.kept.append((named or title, text))
            elif name in address_parts:
                groups.setdefault(column_label, []).append((name, title, text))
            elif name == "email":
                contact.emails += [_labelled(v, label) for v in _values(text)]
                pending_label = ""
            elif name == "phone":
                if ":" in text or "\n" in text:
                    contact.phones.extend(
                        _labelled(v.strip(), label)
                        for v in re.split(r"\s*:::\s*|\n", text)
                        if v.strip()
                    )
                else:
                    contact.phones.append((text, label))
                pending_label = ""
            elif name == "website":
                contact.urls.extend(_values(text))
                pending_label = ""
            elif name == "tags":
                contact.tags.extend(split_tags(text))
            elif name == "languages":
                contact.languages.extend(v for v in re.split(r"[\s,;/]+", text) if v)
            elif name == "last_contact":
                contact.dates.append((title, text, column_label or "contact"))
            elif name == "notes":
                notes.append(text)
        if groups:
            _assemble_addresses(contact, groups)
        if notes:
            contact.notes = "\n".join(notes)
        yield contact
