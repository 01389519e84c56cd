"""Readable tables and JSON for the terminal."""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any


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


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], *, max_width: int = 48) -> str:
    cells = [[str(v) if v is not None else "" for v in row] for row in rows]
    widths = [
        min(max_width, max([display_width(h)] + [display_width(r[i]) for r in cells]))
        for i, h in enumerate(headers)
    ]
    lines = ["  ".join(_fit(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("─" * w for w in widths))
    for row in cells:
        lines.append(
            "  ".join(
                _fit(v.replace("\n", " "), w) for v, w in zip(row, widths, strict=True)
            ).rstrip()
        )
    return "\n".join(lines)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_text(text: str) -> None:
    sys.stdout.write(text + "\n")
