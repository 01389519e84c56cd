"""vCard 2.1, 3.0 and 4.0 reader, tolerant of what phones and mail programs really write.

Handled: folded lines (3.0/4.0) and quoted-printable soft line breaks (2.1), QP with or
without CHARSET (a value without CHARSET that is not UTF-8 is decoded with one encoding
guessed from all such values of the file), 8-bit values in a CHARSET, base64 PHOTO blocks
with or without their closing blank line (skipped, never breaking the parse), bare 2.1
parameters (``TEL;WORK;VOICE:``), ``itemN.`` groups with ``X-ABLabel``, several
EMAIL/TEL/URL, ORG with departments, escapes, nested cards (each one a contact), comment
lines and other junk between properties (ignored). A card never closed by ``END:VCARD``
is an error naming its line: a truncated file must not be half-imported.

``vobject`` was measured first on the corpus of real files and failed on quoted-printable
soft breaks, 2.1 base64 blocks, Shift-JIS values and UTF-16 files; hence this reader.
"""

from __future__ import annotations

import binascii
import contextlib
import io
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from attache_app.domain.enums import PhoneLabel, label_of
from attache_app.domain.scripts import has_native_script, is_mixed_script, is_native_name
from attache_app.i18n import translate
from attache_app.importing import decode
from attache_app.importing.contact import (
    MAX_CONTACTS,
    ImportFileError,
    PackedContacts,
    RawContact,
    line_at,
    too_many,
)
from attache_app.importing.vcard_words import PICTURES, TECHNICAL, header

_NAME = re.compile(rb"^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9_-]+)$")
_B64_LINE = re.compile(rb"^[A-Za-z0-9+/=\s]*$")
_MAX_CARDS = 1_000_000
_BEGIN = re.compile(rb"^[ \t]*BEGIN[ \t]*:[ \t]*VCARD", re.IGNORECASE | re.MULTILINE)


@dataclass(slots=True)
class _Property:
    group: str
    name: str
    params: dict[str, list[str]]
    raw: bytes
    line: int
    text: str = ""


@dataclass(slots=True)
class _Card:
    line: int
    version: str = ""
    properties: list[_Property] = field(default_factory=list)


_DONE = _Card(line=0)


def _split_params(head: bytes) -> tuple[bytes, dict[str, list[str]]]:
    parts = _split_unquoted(head, ord(";"))
    name = parts[0].strip()
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        text = part.decode("ascii", "replace").strip()
        if not text:
            continue
        key, sep, value = text.partition("=")
        if not sep:  # 2.1 bare parameter: TEL;WORK;VOICE
            key, value = ("ENCODING", key) if key.upper() in _ENCODINGS else ("TYPE", key)
        values = [v.strip().strip('"') for v in value.split(",")]
        params.setdefault(key.strip().upper(), []).extend(v for v in values if v)
    return name, params


_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}


def _split_unquoted(data: bytes, sep: int) -> list[bytes]:
    if 0x22 not in data:  # no quotes: nearly every line
        return data.split(bytes((sep,)))
    parts: list[bytes] = []
    quoted = False
    start = 0
    for index, byte in enumerate(data):
        if byte == 0x22:
            quoted = not quoted
        elif byte == sep and not quoted:
            parts.append(data[start:index])
            start = index + 1
    parts.append(data[start:])
    return parts


def _colon(line: bytes) -> int:
    """Index of the colon ending the property name and parameters (quotes respected)."""
    colon = line.find(b":")
    if colon < 0 or 0x22 not in line[:colon]:  # no quote before it: nearly every line
        return colon
    quoted = False
    for index, byte in enumerate(line):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return index
    return -1


def _lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """Physical lines with their numbers, folded lines joined (RFC 6350 §3.2), one at a
    time (the lines of 100,000 cards are never all held). The pieces of a folded line are
    joined once: a 30 MB PHOTO folded into 400,000 lines takes linear time."""
    number, pieces = 0, list[bytes]()
    for index, physical in enumerate(io.BytesIO(data), start=1):
        line = physical.rstrip(b"\r\n")
        if line[:1] in (b" ", b"\t") and pieces and pieces[0]:
            pieces.append(line[1:])
            continue
        if pieces:
            yield number, pieces[0] if len(pieces) == 1 else b"".join(pieces)
        number, pieces = index, [line]
    if pieces:
        yield number, pieces[0] if len(pieces) == 1 else b"".join(pieces)


class _Lines:
    """The joined lines, with one line of look-ahead (a value running over the next)."""

    def __init__(self, data: bytes) -> None:
        self._lines = _lines(data)
        self._back: tuple[int, bytes] | None = None

    def next(self) -> tuple[int, bytes] | None:
        if self._back is not None:
            line, self._back = self._back, None
            return line
        return next(self._lines, None)

    def unread(self, line: tuple[int, bytes]) -> None:
        self._back = line


def _is_qp(params: dict[str, list[str]]) -> bool:
    return any(v.upper() in ("QUOTED-PRINTABLE", "QP") for v in params.get("ENCODING", []))


def _is_b64(params: dict[str, list[str]]) -> bool:
    return any(v.upper() in ("BASE64", "B") for v in params.get("ENCODING", []))


def _parse(data: bytes, file_name: str) -> list[_Card]:
    lines = _Lines(data)
    cards: list[_Card] = []
    stack: list[_Card] = []
    while (current := lines.next()) is not None:
        number, line = current
        if not line.strip():
            continue
        colon = _colon(line)
        if colon <= 0:
            continue  # comment or junk between properties: ignored, as phones do
        head, value = line[:colon], line[colon + 1 :]
        name_part, params = _split_params(head)
        match = _NAME.match(name_part)
        if not match:
            continue
        group = (match.group(1) or b"").decode("ascii").lower()
        name = match.group(2).decode("ascii").upper()
        if name == "BEGIN" and value.strip().upper() == b"VCARD":
            if len(cards) + len(stack) >= _MAX_CARDS:
                raise ImportFileError(
                    file_name, translate("Import", "too many cards."), location=line_at(number)
                )
            stack.append(_Card(line=number))
            continue
        if name == "END" and value.strip().upper() == b"VCARD":
            if stack:
                cards.append(stack.pop())
            continue
        if not stack:
            continue
        if _is_qp(params):
            # Soft line breaks: a value ending in "=" goes on with the next physical line.
            soft: list[bytes] = []
            while value.endswith(b"=") and (following := lines.next()) is not None:
                if following[1].strip().upper() == b"END:VCARD":
                    lines.unread(following)
                    break
                soft.append(value[:-1])
                value = following[1].lstrip(b" \t")
            if soft:
                value = b"".join([*soft, value])
        elif _is_b64(params) and stack[-1].version.startswith("2"):
            # 2.1 base64 runs over the following lines, closed by a blank line (or not).
            block = [value]
            while (following := lines.next()) is not None:
                text = following[1]
                if not text.strip():
                    break
                if _colon(text) >= 0 or not _B64_LINE.match(text):
                    lines.unread(following)
                    break
                block.append(text.strip())
            value = b"".join(block)
        card = stack[-1]
        if name == "VERSION":
            card.version = value.strip().decode("ascii", "replace")
        card.properties.append(_Property(group, name, params, value, number))
    if stack:
        raise ImportFileError(
            file_name,
            translate(
                "Import",
                "the vCard that starts here is never closed by END:VCARD "
                "(the file may be truncated).",
            ),
            location=line_at(stack[0].line),
        )
    cards.sort(key=lambda c: c.line)
    return cards


def _decode_values(cards: list[_Card], file_name: str) -> None:
    """Turn every property's bytes into text, with its CHARSET, UTF-8, or one encoding
    guessed from all the values that are neither (2.1 files from old phones)."""
    orphans: list[_Property] = []
    utf8_seen = False
    for card in cards:
        for prop in card.properties:
            raw = prop.raw
            prop.raw = b""  # the text replaces the bytes (kept below only when undecided)
            if _is_b64(prop.params):
                prop.text = ""  # binary (PHOTO, SOUND, KEY): not kept
                continue
            qp = _is_qp(prop.params)
            if qp:
                with contextlib.suppress(ValueError, binascii.Error):
                    raw = quopri.decodestring(raw)
            charset = (prop.params.get("CHARSET") or [""])[0]
            if charset:
                try:
                    prop.text = raw.decode(charset, "replace")
                    continue
                except LookupError:
                    pass
            try:
                prop.text = raw.decode("utf-8")
                utf8_seen = utf8_seen or (not qp and any(b >= 0x80 for b in raw))
            except UnicodeDecodeError:
                prop.raw = raw
                orphans.append(prop)
    if not orphans:
        return
    damaged = [p for p in orphans if not _is_qp(p.params)]
    if utf8_seen and damaged:
        raise ImportFileError(
            file_name,
            translate(
                "Import",
                "invalid UTF-8 in a file that is otherwise UTF-8; the file is damaged or "
                "mixes encodings.",
            ),
            location=line_at(damaged[0].line),
        )
    encoding = decode.guess_fragment(b"\n".join(p.raw for p in orphans))
    for prop in orphans:
        prop.text = prop.raw.decode(encoding, "replace")


_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    out: list[str] = []
    chars = iter(text)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append(_ESCAPES.get(following, following))
        else:
            out.append(char)
    return "".join(out)


def _components(text: str) -> list[str]:
    """Split a structured value (N, ADR, ORG) on unescaped semicolons."""
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for char in text:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ";":
            parts.append(_unescape("".join(current)))
            current = []
        else:
            current.append(char)
    parts.append(_unescape("".join(current)))
    return [p.strip() for p in parts]


_LABELS = {
    "WORK": "work",
    "HOME": "home",
    "CELL": "mobile",
    "FAX": "fax",
    "PAGER": "pager",
    "MAIN": "main",
    "OTHER": "other",
}


def _label(prop: _Property, ab_labels: dict[str, str]) -> str:
    if prop.group and prop.group in ab_labels:
        label = ab_labels[prop.group]
        # Apple's built-in labels look like _$!<Mobile>!$_
        return label.removeprefix("_$!<").removesuffix(">!$_").lower()
    types = [t.upper() for t in prop.params.get("TYPE", [])]
    words = [_LABELS[t] for t in types if t in _LABELS]
    if "mobile" in words:
        return "mobile"
    if "fax" in words:
        return " ".join(w for w in words if w in ("work", "home")) + (" fax" if words else "fax")
    return words[0] if words else ""


def _contact(card: _Card) -> RawContact:
    contact = RawContact(location=line_at(card.line))
    ab_labels = {
        p.group: _unescape(p.text) for p in card.properties if p.name == "X-ABLABEL" and p.group
    }
    names: list[tuple[str, str]] = []  # (FN text, language)
    structured: list[list[str]] = []
    notes: list[str] = []
    own_native = ""
    phonetic: list[tuple[_Property, str]] = []
    has_address = any(p.name == "ADR" and p.text.strip(" ;") for p in card.properties)
    for prop in card.properties:
        text = prop.text.strip()
        if prop.name == "FN":
            names.append((_unescape(text), (prop.params.get("LANGUAGE") or [""])[0]))
        elif prop.name == "N":
            structured.append(_components(text))
        elif prop.name == "ORG" and not contact.organisation:
            parts = [p.strip() for p in _components(text)]
            if any(parts):  # "ORG:;Lab": a department without an organisation name
                contact.organisation = parts[0]
                contact.department = contact.department or " / ".join(p for p in parts[1:] if p)
        elif prop.name in ("TITLE", "ROLE") and not contact.title:
            contact.title = _unescape(text)
        elif prop.name == "EMAIL" and text:
            contact.emails.append((_unescape(text), _label(prop, ab_labels)))
        elif prop.name == "TEL" and text:
            number = _unescape(text).removeprefix("tel:")
            contact.phones.append((number, _label(prop, ab_labels)))
        elif prop.name == "URL" and text:
            contact.urls.append(_unescape(text))
        elif prop.name == "ADR" and text:
            _address(contact, _components(text), _label(prop, ab_labels))
        elif prop.name == "NOTE" and text:
            notes.append(_unescape(prop.text).strip())
        elif prop.name == "CATEGORIES" and text:
            contact.tags.extend(t.strip() for t in text.split(",") if t.strip())
        elif prop.name == "X-ATTACHE-NATIVE-NAME" and text:  # our own export
            own_native = _unescape(text)
        elif prop.name == "BDAY" and text and not contact.birthday:
            contact.birthday = _unescape(text)
        elif prop.name == "LANG" and text:
            contact.languages.append(_unescape(text))
        elif prop.name in ("X-ABSHOWAS", "KIND") and text.upper() in ("COMPANY", "ORG"):
            contact.is_organisation = True
        elif prop.name == "LABEL" and has_address:
            continue  # the address as printed on an envelope: the same as its ADR
        elif prop.name in ("X-PHONETIC-FIRST-NAME", "X-PHONETIC-LAST-NAME") and text:
            phonetic.append((prop, text))
        else:
            _keep(contact, prop, text)
    contact.notes = "\n\n".join(notes)
    _set_names(contact, names, structured)
    if own_native and not contact.native_name:
        contact.native_name = own_native
    _phonetic_names(contact, phonetic)
    return contact


def _phonetic_names(contact: RawContact, phonetic: list[tuple[_Property, str]]) -> None:
    """A name written only in Chinese characters (or hangul, or kana) whose phone gives its
    romanisation as the phonetic name (« 王小明 », pinyin Wang / Xiaoming): the romanised
    name is the given and family names, the written one the native name — as Attaché shows
    « Xiaoming Wang (王小明) ». A phonetic name in kana (a Japanese reading), or beside a
    Latin name, is kept in the notes like any property without a field."""
    firsts: dict[str, tuple[_Property, str]] = {}
    for prop, text in phonetic:
        firsts.setdefault(prop.name, (prop, text))
    given = _unescape(firsts.get("X-PHONETIC-FIRST-NAME", (None, ""))[1])
    family = _unescape(firsts.get("X-PHONETIC-LAST-NAME", (None, ""))[1])
    written = (
        contact.native_name
        or contact.formatted_name
        or (f"{contact.family_name}{contact.given_name}")
    )
    used: list[tuple[_Property, str]] = []
    if (
        (given or family)
        and not has_native_script(given + family)
        and is_native_name(written)
        and (not contact.formatted_name or is_native_name(contact.formatted_name))
    ):
        contact.native_name = written
        contact.given_name, contact.family_name = given, family
        contact.formatted_name = " ".join(p for p in (given, family) if p)
        used = list(firsts.values())
    for prop, text in phonetic:
        if (prop, text) not in used:
            _keep(contact, prop, text)


def _keep(contact: RawContact, prop: _Property, text: str) -> None:
    """A property the record has no field for — a nickname, a second title, an instant
    messaging address, a social profile, a time zone, any X- property — kept in the
    notes as « Header: value »; a picture or a sound is named as not imported. Nothing a
    card holds about the person is dropped without a word."""
    if prop.name in TECHNICAL:
        return
    value = ", ".join(p for p in _components(text) if p) if ";" in text else _unescape(text)
    phonetic = "X-IRMC-N" in {t.upper() for t in prop.params.get("TYPE", [])}
    if prop.name in PICTURES and not (phonetic or value.lower().startswith(("http:", "https:"))):
        contact.dropped.append(
            header(prop.name, prop.params)
        )  # the data itself (base64): said, not kept
        return
    if prop.name in ("TITLE", "ROLE") and value == contact.title:
        return  # the same words as the title already read
    if prop.name == "ORG" and value.split(", ")[0] == contact.organisation:
        return
    if value:
        contact.kept.append((header(prop.name, prop.params), value))


def _address(contact: RawContact, parts: list[str], label: str) -> None:
    """ADR (post office box; extended; street; locality; region; postal code; country):
    the first one fills the structured address, later ones go to the notes whole."""
    parts = [p.strip() for p in parts] + [""] * (7 - len(parts))
    pobox, extended, street, city, region, postal, country = parts[:7]
    if not any(parts):
        return
    lines = [line.strip() for p in (pobox, extended, street) for line in p.split("\n")]
    if not (contact.street or contact.city or contact.postal_code or contact.country):
        contact.street = "\n".join(line for line in lines if line)
        contact.city, contact.region = city, region
        contact.postal_code, contact.country = postal, country
        return
    text = ", ".join(p.replace("\n", ", ") for p in parts if p)
    header = translate("Import", "Address ({label})").format(label=label_of(PhoneLabel, label)) \
        if label else translate("Import", "Other address")  # fmt: skip
    contact.kept.append((header, text))


def _set_names(
    contact: RawContact, names: list[tuple[str, str]], structured: list[list[str]]
) -> None:
    latin = [n for n, _ in names if n and not has_native_script(n)]
    native = [n for n, _ in names if n and is_native_name(n)]
    mixed = [n for n, _ in names if n and is_mixed_script(n)]  # "YAMADA 花子"
    if latin:
        contact.formatted_name = latin[0]
    elif mixed:
        contact.formatted_name = mixed[0]
    elif native:
        contact.formatted_name = native[0]
    if structured:
        parts = structured[0] + [""] * (5 - len(structured[0]))
        family, given, middle, prefix, suffix = (p.replace(",", " ").strip() for p in parts[:5])
        contact.family_name, contact.given_name, contact.middle_name = family, given, middle
        contact.prefix, contact.suffix = prefix, suffix
    if latin and native:
        contact.native_name = native[0]
    nameless = not (contact.formatted_name or contact.given_name or contact.family_name)
    if nameless and contact.organisation and not contact.emails:
        contact.is_organisation = True


def read(data: bytes, file_name: str) -> PackedContacts:
    """Every card of a vCard file, in file order (nested cards each count as one), packed
    as each is made (100,000 cards: the objects of one at a time)."""
    encoding = decode.bom_or_utf16(data)
    if encoding:
        data = data.decode(encoding, "replace").encode("utf-8").removeprefix(b"\xef\xbb\xbf")
    if len(_BEGIN.findall(data)) > MAX_CONTACTS:  # before anything is built
        raise too_many(file_name)
    cards = _parse(data, file_name)
    if not cards:
        raise ImportFileError(
            file_name, translate("Import", "no vCard (BEGIN:VCARD) in this file.")
        )
    _decode_values(cards, file_name)
    contacts = PackedContacts()
    for index, card in enumerate(cards):
        contacts.append(_contact(card))
        cards[index] = _DONE  # each card freed once it is a contact: one of the two at a time
    return contacts


def looks_like_vcard(data: bytes) -> bool:
    head = data[:4096].replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe \r\n\t")
    return head[:11].upper() == b"BEGIN:VCARD"
