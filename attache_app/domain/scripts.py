"""Writing systems, as far as names need them."""

from __future__ import annotations

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


_NATIVE = re.compile(
    "[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\U00020000-\U0002fa1f]"
)


def has_native_script(text: str) -> bool:
    """Whether ``text`` holds a CJK ideograph, kana or hangul (one regex scan)."""
    return not text.isascii() and _NATIVE.search(text) is not None
