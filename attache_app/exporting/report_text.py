"""The report's text of a watch note: its Markdown body as structured plain text, and the
months of the deadlines' chart in the reader's language."""

from __future__ import annotations

import datetime as dt
import re

from babel.dates import format_date

from attache_app.i18n import current_language

_INLINE = (
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links and images: their text
    (re.compile(r"(\*\*|__|\*|_|`)(.+?)\1"), r"\2"),  # emphasis and code
)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^(\s*)(\d+)[.)]\s+(.*)$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


def note_text(body: str) -> str:
    """A Markdown body as structured plain text: headings on their own line, paragraphs
    apart, list items as « • » lines (numbers kept), every section kept."""
    if "\n" not in body and "\r" not in body:  # one line: one paragraph, unless it is markup
        line = body.strip()
        if not line:
            return ""
        if not (_HEADING.match(line) or _BULLET.match(line) or _NUMBERED.match(line)
                or _QUOTE.match(line)):  # fmt: skip
            plain = not ("[" in line or "*" in line or "_" in line or "`" in line)
            return line if plain else _inline(line)
    blocks: list[list[str]] = []
    current: list[str] = []
    paragraph: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            current.append(" ".join(paragraph))
            paragraph.clear()

    def end_block() -> None:
        end_paragraph()
        if current:
            blocks.append(current.copy())
            current.clear()

    after_heading = False  # a heading stays with what follows it, blank line or not
    for raw in body.replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            if not after_heading:
                end_block()
            continue
        if heading := _HEADING.match(line):
            end_block()
            current.append(_inline(heading.group(1)))
            after_heading = True
            continue
        after_heading = False
        if bullet := _BULLET.match(line):
            end_paragraph()
            indent = "   " * (len(bullet.group(1)) // 2)
            current.append(f"{indent}• {_inline(bullet.group(2).strip())}")
            continue
        if numbered := _NUMBERED.match(line):
            end_paragraph()
            indent = "   " * (len(numbered.group(1)) // 2)
            current.append(f"{indent}{numbered.group(2)}. {_inline(numbered.group(3).strip())}")
            continue
        if quote := _QUOTE.match(line):
            line = quote.group(1)
        if current and not paragraph and (current[-1].lstrip()[:1] == "•"):
            # a lazy continuation of a list item
            current[-1] += " " + _inline(line.strip())
            continue
        paragraph.append(_inline(line.strip()))
    end_block()
    return "\n\n".join("\n".join(block) for block in blocks)


def summary_of(body: str, limit: int = 400) -> str:
    """The first paragraph of a Markdown body, as plain text, at most ``limit`` characters
    (the activities' summaries)."""
    text = note_text(body)
    paragraph = " ".join(text.split("\n\n")[0].split()) if text else ""
    if len(paragraph) > limit:
        paragraph = paragraph[: limit - 1].rsplit(" ", 1)[0] + "…"
    return paragraph


def month_label(month: str) -> str:
    """ "2026-07" as "juil. 2026" or "Jul 2026"."""
    day = dt.date.fromisoformat(month + "-01")
    return str(format_date(day, "MMM yyyy", locale=current_language()))
