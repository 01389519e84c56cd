"""E.164 forms: the import's fast validity check says exactly what phonenumbers says."""

from __future__ import annotations

import random

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers.phonemetadata import PhoneMetadata

from attache_app.domain import normalise

SINGLE_REGION = sorted(
    code
    for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items()
    if len(regions) == 1 and regions[0] != phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY
)


def library_says(code: int, national: str) -> bool:
    number = phonenumbers.PhoneNumber(country_code=code, national_number=int(national))
    return bool(phonenumbers.is_valid_number(number))


def examples(code: int) -> list[str]:
    """The example number of every type of the code's region."""
    region = phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code][0]
    metadata = PhoneMetadata.metadata_for_region(region)
    assert metadata is not None
    found = []
    for name in (
        "fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "voip",
        "personal_number", "pager", "uan", "voicemail",
    ):  # fmt: skip
        desc = getattr(metadata, name)
        if desc is not None and desc.example_number:
            found.append(desc.example_number)
    return found


def test_every_single_region_code_has_a_fast_check() -> None:
    assert len(SINGLE_REGION) > 150
    assert all(normalise._validator(code) is not None for code in SINGLE_REGION)
    # Shared and non-geographic codes keep the library's own call.
    assert normalise._validator(1) is None
    assert normalise._validator(44) is None
    assert normalise._validator(800) is None


@pytest.mark.parametrize("code", SINGLE_REGION)
def test_fast_check_agrees_with_phonenumbers(code: int) -> None:
    """Every example number of every type, and thousands of variations of them (digits
    changed, added, removed), are judged alike."""
    valid = normalise._validator(code)
    assert valid is not None
    rng = random.Random(code)
    seen_valid = 0
    for example in examples(code):
        candidates = {example}
        for _ in range(60):
            digits = list(example)
            move = rng.random()
            if move < 0.5:
                digits[rng.randrange(len(digits))] = str(rng.randrange(10))
            elif move < 0.75:
                digits.insert(rng.randrange(len(digits) + 1), str(rng.randrange(10)))
            elif len(digits) > 1:
                del digits[rng.randrange(len(digits))]
            candidates.add("".join(digits))
        for national in candidates:
            if not national or national.startswith("0"):
                continue  # leading zeros go through the parser, not this check
            expected = library_says(code, national)
            assert valid(national) is expected, (code, national)
            seen_valid += expected
    if any(not e.startswith("0") for e in examples(code)):
        assert seen_valid > 0


@settings(max_examples=1000, deadline=None)
@given(
    code=st.sampled_from(SINGLE_REGION),
    national=st.from_regex(r"[1-9][0-9]{0,16}", fullmatch=True),
)
def test_fast_check_agrees_on_any_digits(code: int, national: str) -> None:
    valid = normalise._validator(code)
    assert valid is not None
    assert valid(national) is library_says(code, national)


@pytest.mark.parametrize(
    ("typed", "region", "expected"),
    [
        ("+886 2 2345 6789", "TW", "+886223456789"),
        ("+886 912 345 678", "TW", "+886912345678"),
        ("+886 2 2345", "TW", ""),
        ("00 33 1 42 75 80 00", "TW", "+33142758000"),
        ("+33 (0)1 42 75 80 00", "TW", "+33142758000"),
        ("+1 112 555 0123", "TW", ""),
        ("+1 650 253 0000", "TW", "+16502530000"),
        ("+44 20 7946 0958", "FR", "+442079460958"),
        ("+39 06 6982 0000", "FR", "+390669820000"),
        ("02 2345 6789", "TW", "+886223456789"),
        ("01 42 75 80 00", "FR", "+33142758000"),
        ("pas de numéro", "FR", ""),
    ],
)
def test_e164(typed: str, region: str, expected: str) -> None:
    assert normalise.e164(typed, region) == expected


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  DUPONT   Marie ", "DUPONT Marie"),
        ("a\tb\nc\u00a0d\u3000e", "a b c d e"),
        ("", ""),
        (None, ""),
        ("\u2028x\u2029", "x"),
    ],
)
def test_clean_text_folds_every_white_space(raw: str | None, clean: str) -> None:
    assert normalise.clean_text(raw) == clean
