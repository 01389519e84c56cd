"""Writing systems, as far as names need them."""

from __future__ import annotations

import functools
import re


def is_native_char(char: str) -> bool:
    """CJK ideographs, kana and hangul: scripts whose names are written without spaces."""
    code = ord(char)
    return (
        0x3040 <= code <= 0x30FF
        or 0x3400 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xAC00 <= code <= 0xD7AF
        or 0x1100 <= code <= 0x11FF
        or 0x20000 <= code <= 0x2FA1F
    )


@functools.cache
def _native() -> re.Pattern[str]:
    """Compiled on first use (a class spanning two Unicode planes: ≈ 2 ms of the window's
    start)."""
    return re.compile(
        "[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\U00020000-\U0002fa1f]"
    )


def has_native_script(text: str) -> bool:
    """Whether ``text`` holds a CJK ideograph, kana or hangul (one regex scan)."""
    return not text.isascii() and _native().search(text) is not None


def is_native_name(text: str) -> bool:
    """Whether ``text`` is a name written in a native script only: every letter a CJK
    ideograph, kana or hangul (陳志明, 山田 花子, 김민준) — not « YAMADA 花子», whose family
    name is romanised."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(is_native_char(c) for c in letters)


def is_mixed_script(text: str) -> bool:
    """Whether ``text`` mixes native-script letters with letters of another script
    (« YAMADA 花子 », « Kim 민준 »)."""
    return has_native_script(text) and not is_native_name(text)


def name_forms(given: str, family: str, native: str) -> tuple[str, str]:
    """(the name in its written order, the native-script name to show beside it).

    陳 + 志明 is written 陳志明, family name first; « YAMADA » + « 花子 » (a name in two
    scripts) is written « YAMADA 花子 », family name first too; a Latin name is written
    given name first, with its native form beside it.
    """
    if has_native_script(given) or has_native_script(family):
        if is_native_name(given + family):
            return "", native or f"{family}{given}"
        return " ".join(p for p in (family, given) if p), native
    return " ".join(p for p in (given, family) if p), native
