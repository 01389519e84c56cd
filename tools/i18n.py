#!/usr/bin/env python3
"""Refresh the translations: extract every string with pyside6-lupdate, compile with lrelease.

    .venv/bin/python tools/i18n.py          update resources/translations/*.ts and the .qm files
    .venv/bin/python tools/i18n.py --check  exit 1 if a string has no finished translation
    .venv/bin/python tools/i18n.py --fill-from OTHER.ts
                                            update, then take the translations still missing
                                            from OTHER.ts (another branch's file: after a merge,
                                            keep one side's .ts and fill from the other's)

Source strings are English (in the code); French is in attache_fr.ts, edited with Qt
Linguist (pyside6-linguist) or by hand. Existing translations are kept by lupdate.
English needs a file too, for its plurals only: « %n day(s) » must read « 1 day », « 2 days »;
attache_en.ts holds the numerus messages alone (lupdate -pluralonly), each with its singular
and plural form, and --check requires both.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ["fr", "en"]
PLURALS_ONLY = {"en"}
"""Languages whose file holds only the plural forms (the source strings are English)."""


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install the project first (python3 dev.py setup).")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "attache_app").rglob("*.py"))


def lupdate(ts: Path) -> None:
    language = ts.stem.rsplit("_", 1)[-1]
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources(),
            *(["-pluralonly"] if language in PLURALS_ONLY else []),
            "-source-language",
            "en",
            "-target-language",
            language,
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def numerus_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    """The forms of every plural message of ``ts``, by (context, source)."""
    found: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if message.get("numerus") == "yes" and node is not None:
                found[(name, message.findtext("source") or "")] = [
                    form.text or "" for form in node.iter("numerusform")
                ]
    return found


def counted_messages(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message of ``ts`` that holds a count (``%n``)."""
    return [
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
        if "%n" in (message.findtext("source") or "")
    ]


def mark_plurals(
    ts: Path, forms: dict[tuple[str, str], list[str]], wanted: Sequence[tuple[str, str]] = ()
) -> None:
    """Make every message holding ``%n`` a plural one, with its forms from ``forms`` (the
    file before lupdate ran) or empty ones to translate, and add the ``wanted`` messages
    ``ts`` lacks (English's file, which holds the plural messages only).

    pyside6-lupdate's Python parser marks ``self.tr(text, "", n)`` as plural, but
    ``translate(context, text, "", n)`` — the core's calls — only when the count is a
    literal number: the mark is given here instead, from the ``%n`` every count shows.
    The file is edited as lupdate wrote it (its layout and escapes kept), so that a
    change of the translations stays a small diff."""
    text = ts.read_text(encoding="utf-8")
    present: set[tuple[str, str]] = set()

    def context_of(match: re.Match[str]) -> str:
        name = html.unescape(match.group(2))

        def message(found: re.Match[str]) -> str:
            source = html.unescape(found.group(3))
            present.add((name, source))
            if "%n" not in source or found.group(1):
                return found.group(0)
            return _plural_message(found.group(2), forms.get((name, source)))

        return match.group(1) + _MESSAGE.sub(message, match.group(3))

    text = _CONTEXT.sub(context_of, text)
    for name, source in wanted:
        if (name, source) in present:
            continue
        block = _plural_message(
            f"        <source>{_escape(source)}</source>\n", forms.get((name, source))
        )
        opening = f"<context>\n    <name>{_escape(name)}</name>\n"
        if opening in text:
            at = text.index("</context>", text.index(opening))
            text = text[:at] + block + text[at:]
        else:
            text = text.replace("</TS>", opening + block + "</context>\n</TS>")
        present.add((name, source))
    ts.write_text(text, encoding="utf-8")


_CONTEXT = re.compile(r"(<context>\n    <name>(.*?)</name>\n)(.*?)(?=</context>)", re.S)
_MESSAGE = re.compile(
    r'    <message( numerus="yes")?>\n'
    r"(        <source>(.*?)</source>\n(?:        <comment>.*?</comment>\n)?)"
    r"(.*?)    </message>\n",
    re.S,
)


def _escape(value: str) -> str:
    """Text as lupdate writes it (quotes as entities too)."""
    return html.escape(value, quote=True).replace("&#x27;", "&apos;")


def _plural_message(head: str, forms: list[str] | None) -> str:
    """A message with ``head`` (its source and comment lines) as a plural one."""
    done = forms is not None and len(forms) >= 2 and all(forms)
    opening = "<translation>" if done else '<translation type="unfinished">'
    texts = (forms or [])[:2] if done else ["", ""]
    lines = "".join(f"            <numerusform>{_escape(t)}</numerusform>\n" for t in texts)
    return (
        f'    <message numerus="yes">\n{head}        {opening}\n{lines}'
        "        </translation>\n    </message>\n"
    )


def update(ts: Path, wanted: Sequence[tuple[str, str]] = ()) -> None:
    """lupdate, then the plural mark of the core's counted messages (:func:`mark_plurals`)."""
    forms = numerus_forms(ts)
    lupdate(ts)
    mark_plurals(ts, forms, wanted)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation — for a plural
    message, without every one of its forms."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") == "unfinished":
                missing.append((name, message.findtext("source") or ""))
            elif message.get("numerus") == "yes":
                forms = node.findall("numerusform")
                if not forms or not all(f.text for f in forms):
                    missing.append((name, message.findtext("source") or ""))
            elif not node.text:
                missing.append((name, message.findtext("source") or ""))
    return missing


def fill_from(ts: Path, other: Path) -> int:
    """Copy into ``ts`` the finished translations of ``other`` that ``ts`` lacks."""
    known: dict[tuple[str, str, str], ET.Element] = {}
    for context in ET.parse(other).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            if not (node.text or len(node)):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            known[key] = node
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if key not in known or (node is not None and node.get("type") != "unfinished"):
                continue
            if node is not None:
                message.remove(node)
            message.append(known[key])
            filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled


def main(argv: list[str]) -> int:
    counted: list[tuple[str, str]] = []
    if "--check" in argv:
        problems = 0
        with tempfile.TemporaryDirectory() as tmp:
            for language in LANGUAGES:
                committed = TRANSLATIONS / f"attache_{language}.ts"
                fresh = Path(tmp) / committed.name
                shutil.copyfile(committed, fresh)
                update(fresh, counted if language in PLURALS_ONLY else [])
                if language not in PLURALS_ONLY:
                    counted = counted_messages(fresh)
                for context, source in unfinished(fresh):
                    print(f"{language}: untranslated [{context}] {source}")
                    problems += 1
        return 1 if problems else 0
    other = Path(argv[argv.index("--fill-from") + 1]) if "--fill-from" in argv else None
    counted = []
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"attache_{language}.ts"
        wanted = counted if language in PLURALS_ONLY else []
        update(ts, wanted)
        if other is not None and other.name.endswith(f"_{language}.ts"):
            print(f"{ts.name}: {fill_from(ts, other)} translation(s) taken from {other}")
            update(ts, wanted)  # back to lupdate's own layout
        if language not in PLURALS_ONLY:
            counted = counted_messages(ts)
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            capture_output=True,
        )
        left = unfinished(ts)
        print(f"{ts.name}: {len(left)} string(s) still to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
