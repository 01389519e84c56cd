"""Normalisation that never loses what the user typed.

E-mails are lower-cased; phones are kept as entered and gain an E.164 form when they parse
with the post's default region; names keep their script and their order.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from attache_app.domain.models import EmailAddress, Phone

_SPACES = re.compile(r"\s+")


def clean_text(value: str | None) -> str:
    """Trim and fold runs of white space inside one-line fields."""
    if value is None:
        return ""
    return _SPACES.sub(" ", str(value)).strip()


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
            candidate = phonenumbers.PhoneNumber(country_code=code, national_number=int(rest))
            return f"+{digits}" if phonenumbers.is_valid_number(candidate) else None
    return None


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


def phone_entry(number: str, region: str, label: str = "") -> Phone:
    raw = clean_text(number)
    return Phone(number=raw, label=clean_text(label), e164=e164(raw, region))


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
