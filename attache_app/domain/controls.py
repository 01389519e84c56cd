"""Control characters: removed from what is imported, escaped wherever text reaches a terminal.

A contact list may carry ESC, BEL, NUL or the 8-bit CSI (U+009B) inside its cells; stored
as is, ``attache list`` would print them raw and let the file drive the user's terminal
(colours, a changed window title, a cleared screen). Tab and line breaks are text; every
other character of Unicode's ``Cc`` category is not.
"""

from __future__ import annotations

import re

_REMOVED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""C0 controls but tab, line feed and carriage return; DEL; C1 controls."""
_ALL = re.compile("[\x00-\x1f\x7f-\x9f]")
"""Every control character, line breaks and tab included."""


def strip_controls(text: str) -> tuple[str, int]:
    """(``text`` without control characters other than tab and line breaks, how many were
    removed)."""
    if text.isprintable():  # nearly every value: one C call, no regular expression
        return text, 0
    cleaned, count = _REMOVED.subn("", text)
    return cleaned, count


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str, *, keep_newlines: bool = True) -> str:
    """``text`` with its control characters written as ``\\x1b`` (visible, inert in a
    terminal); line feeds are kept when ``keep_newlines``."""
    if text.isprintable():
        return text
    pattern = _REMOVED if keep_newlines else _ALL
    escaped = pattern.sub(_escape, text)
    if keep_newlines and "\r" in escaped:
        escaped = escaped.replace("\r\n", "\n").replace("\r", "\\r")
    return escaped


def shown_name(name: str) -> str:
    """A file name as messages show it: a new line, a tab or an escape inside it is written
    ``\\n``, ``\\t``, ``\\x1b`` — one line, nothing a terminal would act on."""
    if name.isprintable():
        return name
    return _ALL.sub(
        lambda m: {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(m.group()) or _escape(m), name
    )
