"""Readable tables and JSON for the terminal.

Everything printed goes through here, and control characters in it are written visibly
(``\x1b``): a record stored before imports removed them, or typed with ``attache add``,
must not drive the user's terminal (ESC sequences, BEL, the 8-bit CSI).
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any

from attache_app.domain.controls import escape_controls


def display_width(text: str) -> int:
    """Columns a string takes in a terminal: CJK ideographs and fullwidth forms take two."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def _fit(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` columns (with an ellipsis) and pad it to exactly that."""
    if display_width(text) > width:
        out, used = [], 0
        for c in text:
            w = display_width(c)
            if used + w > width - 1:
                break
            out.append(c)
            used += w
        text = "".join(out) + "…"
    return text + " " * (width - display_width(text))


def _cell(value: Any) -> str:
    """One line of a table: line breaks and tabs become spaces, other controls visible."""
    if value is None:
        return ""
    text = str(value)
    if not text.isprintable():
        for blank in ("\r\n", "\n", "\r", "\t"):
            text = text.replace(blank, " ")
        text = escape_controls(text, keep_newlines=False)
    return text


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], *, max_width: int = 48) -> str:
    headers = [_cell(h) for h in headers]
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [
        min(max_width, max([display_width(h)] + [display_width(r[i]) for r in cells]))
        for i, h in enumerate(headers)
    ]
    lines = ["  ".join(_fit(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("─" * w for w in widths))
    for row in cells:
        lines.append("  ".join(_fit(v, w) for v, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


_C1 = {code: f"\\u{code:04x}" for code in range(0x7F, 0xA0)}
"""DEL and the C1 controls, which JSON lets through raw (it escapes only U+0000–U+001F)."""


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2).translate(_C1) + "\n")


def print_text(text: str) -> None:
    sys.stdout.write(escape_controls(text) + "\n")


def print_error(text: str) -> None:
    """A message on standard error, its control characters made visible."""
    sys.stderr.write(escape_controls(text) + "\n")
