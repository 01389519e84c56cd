"""Writing systems, as far as names need them."""

from __future__ import annotations


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


def has_native_script(text: str) -> bool:
    return any(is_native_char(c) for c in text)
