"""Normalisation that never loses what the user typed.

E-mails are lower-cased; phones are kept as entered and gain an E.164 form when they are
valid read with the country of their person (else their organisation's, else the post's
region: :func:`phone_region`); names keep their script and their order.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

from attache_app.domain.enums import phone_label_code
from attache_app.domain.models import EmailAddress, Phone


def clean_text(value: str | None) -> str:
    """Trim and fold runs of white space inside one-line fields (what ``str.isspace``
    calls white space, as the regular expression ``\\s`` does)."""
    if not value:  # None, and the many empty fields of a row: nothing to split
        return ""
    return " ".join(str(value).split())


def clean_multiline(value: str | None) -> str:
    if value is None:
        return ""
    return "\n".join(line.rstrip() for line in str(value).strip().splitlines())


def normalise_email(address: str) -> str:
    return clean_text(address).lower()


def email_entry(address: str, label: str = "") -> EmailAddress:
    return EmailAddress(address=normalise_email(address), label=clean_text(label))


_INTERNATIONAL = re.compile(r"^\s*(?:\+|00)\s*([\d\s.\-/]+)$")
_NOT_DIGITS = re.compile(r"\D")


def _fast_international(number: str) -> str | None:
    """E.164 of a number already written "+CC …" without parsing it (an import reads
    100,000 of them); None when the full parser must decide."""
    found = _INTERNATIONAL.match(number)
    if not found:
        return None
    import phonenumbers

    digits = _NOT_DIGITS.sub("", found.group(1))
    if not 8 <= len(digits) <= 15:
        return None
    for size in (1, 2, 3):
        code = int(digits[:size])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            rest = digits[size:]
            if rest.startswith("0"):  # Italian leading zeros, "(0)" habits: the parser knows
                return None
            valid = _validator(code)
            if valid is not None:
                return f"+{digits}" if valid(rest) else None
            candidate = phonenumbers.PhoneNumber(country_code=code, national_number=int(rest))
            return f"+{digits}" if phonenumbers.is_valid_number(candidate) else None
    return None


_LONGEST_NUMBER = 17


@functools.cache
def _validator(code: int) -> Callable[[str], bool] | None:
    """``phonenumbers.is_valid_number`` for the national numbers of a calling code that
    belongs to one region, with the region's patterns compiled once.

    The library tries up to eleven number types one by one, compiling (from its cache)
    each pattern on every call: most of an import's time went there. A number is valid
    when it matches the general description and the description of any type, each with
    its possible lengths — so, per length, one pattern uniting the types that allow it.
    Codes shared by several regions (+1, +44, +7…) and non-geographic ones keep the
    library's own call. tests/unit/test_phones.py compares both on many numbers.
    """
    import phonenumbers
    from phonenumbers.phonemetadata import PhoneMetadata

    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code, ())
    if len(regions) != 1 or regions[0] == phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY:
        return None
    metadata = PhoneMetadata.metadata_for_region(regions[0])
    general = metadata.general_desc if metadata is not None else None
    if metadata is None or general is None or not general.national_number_pattern:
        return None
    descriptions = (
        metadata.premium_rate, metadata.toll_free, metadata.shared_cost, metadata.voip,
        metadata.personal_number, metadata.pager, metadata.uan, metadata.voicemail,
        metadata.fixed_line, metadata.mobile,
    )  # fmt: skip
    types = [d for d in descriptions if d is not None and d.national_number_pattern]
    by_length: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}
    for length in range(1, _LONGEST_NUMBER + 1):
        if general.possible_length and length not in general.possible_length:
            continue
        patterns = [
            desc.national_number_pattern
            for desc in types
            if not desc.possible_length or length in desc.possible_length
        ]
        if patterns:
            union = "|".join(f"(?:{p})" for p in dict.fromkeys(patterns))
            by_length[length] = (
                re.compile(general.national_number_pattern),
                re.compile(f"(?:{union})"),
            )

    def valid(national: str) -> bool:
        found = by_length.get(len(national))
        return (
            found is not None
            and found[0].fullmatch(national) is not None
            and found[1].fullmatch(national) is not None
        )

    return valid


def e164(number: str, region: str) -> str:
    """The E.164 form of ``number`` read with ``region`` as default, or "" when invalid."""
    fast = _fast_international(number)
    if fast is not None:
        return fast
    import phonenumbers  # here, not at start-up: only saving a phone needs it

    try:
        parsed = phonenumbers.parse(number, region.upper() if region else None)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_valid_number(parsed):
        return ""
    if parsed.italian_leading_zero:
        return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))
    return f"+{parsed.country_code}{parsed.national_number}"


@functools.cache
def phone_region(*countries: str) -> str:
    """The first of ``countries`` (ISO codes, the most specific first: the person's, the
    organisation's, the file's, the post's) that has a telephone numbering plan, or ""."""
    import phonenumbers

    for code in countries:
        if code and code.upper() in phonenumbers.SUPPORTED_REGIONS:
            return code.upper()
    return ""


def phone_entry(number: str, region: str, label: str = "") -> Phone:
    raw = clean_text(number)
    return Phone(number=raw, label=phone_label_code(clean_text(label)), e164=e164(raw, region))


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and accent-insensitive key: "Lefèvre" and "LEFEVRE" fold alike (names repeat:
    the last 65,536 are remembered)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def split_labelled(value: str) -> tuple[str, str]:
    """Split "label:value" (as typed on the command line) into (label, value).

    A value that itself contains ":" (a URL, "+33 1 …") is left whole unless the part before
    the first colon is a plain word of letters.
    """
    head, sep, tail = value.partition(":")
    if sep and head and head.replace("-", "").replace(" ", "").isalpha() and "@" not in head:
        return clean_text(head), tail.strip()
    return "", value.strip()
