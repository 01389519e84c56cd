"""Splitting people's names as contact lists write them.

"DUPONT Marie" (family name in capitals first, the French administrative habit),
"Marie Dupont", "Dupont, Marie", "M. Jean-Pierre LEFÈVRE", and native-script names with no
space (陳志明: family name 陳; 歐陽娜娜: 歐陽; 김민준: 김; 山田太郎: 山田).
"""

from __future__ import annotations

import re
import unicodedata

from attache_app.domain.scripts import is_native_char

_PREFIXES = {
    "m", "m.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mme", "mme.", "mlle", "mlle.",
    "dr", "dr.", "pr", "pr.", "prof", "prof.", "me", "me.", "miss", "sir",
}  # fmt: skip
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "esq."}

# Chinese compound family names (複姓) and Korean two-syllable family names.
_COMPOUND = {
    "歐陽", "欧阳", "司馬", "司马", "諸葛", "诸葛", "上官", "東方", "东方", "皇甫", "夏侯",
    "尉遲", "尉迟", "公孫", "公孙", "慕容", "令狐", "長孫", "长孙", "宇文", "司徒", "端木",
    "남궁", "황보", "제갈", "선우", "독고", "사공", "서문",
}  # fmt: skip


def _is_kana(char: str) -> bool:
    return 0x3040 <= ord(char) <= 0x30FF


def split_native(name: str, country: str = "") -> tuple[str, str]:
    """(family, given) of a CJK name: with a space, family first; else by the usual lengths."""
    name = name.strip()
    if " " in name or "\u3000" in name:
        family, _, given = name.replace("\u3000", " ").partition(" ")
        return family, given.strip()
    for compound in _COMPOUND:
        if name.startswith(compound) and len(name) > len(compound):
            return compound, name[len(compound) :]
    if any(_is_kana(c) for c in name):  # Japanese: the family name is the leading kanji
        run = 0
        while run < len(name) and not _is_kana(name[run]) and is_native_char(name[run]):
            run += 1
        if 0 < run < len(name):
            return name[:run], name[run:]
    hangul = any(0xAC00 <= ord(c) <= 0xD7AF for c in name)
    if country.upper() == "JP" and len(name) >= 3 and not hangul:
        return name[:2], name[2:]
    if len(name) >= 2:
        return name[:1], name[1:]
    return name, ""


def _is_upper_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _title_case(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def split_full_name(text: str, country: str = "") -> tuple[str, str, str, str]:
    """(prefix, given, family, suffix) of a one-field name written in Latin script."""
    text = unicodedata.normalize("NFC", re.sub(r"\s+", " ", text)).strip()
    if not text:
        return "", "", "", ""
    if "," in text:  # "Dupont, Marie"
        family, _, given = text.partition(",")
        if family.strip() and given.strip() and " " not in family.strip():
            prefix, first, last, suffix = split_full_name(given.strip(), country)
            given_words = " ".join(w for w in (first, last) if w)
            return prefix, given_words, family.strip(), suffix
        text = text.replace(",", " ")
        text = re.sub(r"\s+", " ", text).strip()
    words = text.split(" ")
    prefix_words: list[str] = []
    while len(words) > 1 and words[0].casefold() in _PREFIXES:
        prefix_words.append(words.pop(0))
    suffix_words: list[str] = []
    while len(words) > 1 and words[-1].casefold() in _SUFFIXES:
        suffix_words.insert(0, words.pop())
    prefix, suffix = " ".join(prefix_words), " ".join(suffix_words)
    if len(words) == 1:
        return prefix, "", words[0], suffix
    upper = [_is_upper_word(w) for w in words]
    if any(upper) and not all(upper):
        # The family name is the run of capitals: "DUPONT Marie", "Marie DE LA TOUR".
        family = " ".join(w for w, u in zip(words, upper, strict=True) if u)
        given = " ".join(w for w, u in zip(words, upper, strict=True) if not u)
        return prefix, given, " ".join(_title_case(w) for w in family.split(" ")), suffix
    # Particles stay with the family name: "Charles de Gaulle", "Ludwig van Beethoven".
    for index in range(1, len(words) - 1):
        if words[index] in ("de", "du", "des", "van", "von", "der", "da", "di", "le", "la"):
            return prefix, " ".join(words[:index]), " ".join(words[index:]), suffix
    return prefix, " ".join(words[:-1]), words[-1], suffix
