"""Splitting people's names as contact lists write them.

"DUPONT Marie" (family name in capitals first, the French administrative habit),
"Marie Dupont", "Dupont, Marie", "M. Jean-Pierre LEFÈVRE", native-script names with no
space (陳志明: family name 陳; 歐陽娜娜: 歐陽; 김민준: 김; 山田太郎: 山田), and names written in
two scripts ("YAMADA 花子", "Kim 민준", "Hanako Yamada 山田花子").
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from attache_app.domain.scripts import has_native_script, is_native_char, is_native_name

_PREFIXES = {
    "m", "m.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mme", "mme.", "mlle", "mlle.",
    "dr", "dr.", "pr", "pr.", "prof", "prof.", "me", "me.", "miss", "sir",
}  # fmt: skip
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "esq."}
_PARTICLES = {"de", "du", "des", "van", "von", "der", "da", "di", "le", "la", "del", "della",
              "dos", "das", "ten", "ter", "zu"}  # fmt: skip
"""Words that begin a family name (« Charles de Gaulle », « Van der Berg, Anna »)."""

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
    if "," in text:  # "Dupont, Marie", "Van der Berg, Anna", "DE LA TOUR, Marie"
        family, _, given = text.partition(",")
        words = family.split()
        familyish = bool(words) and (
            len(words) == 1
            or words[0].casefold() in _PARTICLES
            or all(_is_upper_word(w) for w in words)
        )
        if given.strip() and familyish and given.strip().casefold() not in _SUFFIXES:
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
        if words[index] in _PARTICLES:
            return prefix, " ".join(words[:index]), " ".join(words[index:]), suffix
    return prefix, " ".join(words[:-1]), words[-1], suffix


_SCRIPT_RUNS = re.compile(
    "([\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\U00020000-\U0002fa1f]+)"
)


def _script_words(text: str) -> list[str]:
    """The words of ``text``, a word mixing scripts cut where the script changes
    ("YAMADA花子" → "YAMADA", "花子"); brackets and the ideographic space are spaces."""
    plain = re.sub(r"[()\[\]（）【】「」\u3000]", " ", text)
    words: list[str] = []
    for word in plain.split():
        if is_native_name(word) or not has_native_script(word):
            words.append(word)
        else:
            words.extend(part for part in _SCRIPT_RUNS.split(word) if part.strip(" ,"))
    return [w.strip(",") for w in words if w.strip(",")]


def split_mixed(text: str, country: str = "") -> tuple[str, str, str, str]:
    """(prefix, given, family, native) of a one-field name that mixes a native script
    with Latin letters.

    A native-script name is a name written in one native script only, so « YAMADA 花子 »
    (family name romanised, given name in kanji) has no native name: its family name is
    YAMADA and its given name 花子. A romanised word in capitals is the family name
    (« 花子 YAMADA », « CHEN 志明 »); otherwise the first word is, in the East Asian order
    (« 山田 Hanako », « Kim 민준 »). A full Latin name beside a full native one
    (« Hanako YAMADA 山田花子 », « Chen Chih-ming (陳志明) ») is the same name twice: the
    Latin words give the given and family names, the native words the native name.
    """
    words = _script_words(unicodedata.normalize("NFC", text))
    prefix_words: list[str] = []
    while len(words) > 2 and words[0].casefold() in _PREFIXES:
        prefix_words.append(words.pop(0))
    prefix = " ".join(prefix_words)
    native_words = [w for w in words if is_native_name(w)]
    latin_words = [w for w in words if not is_native_name(w)]
    if not native_words or not latin_words:  # one script after all
        if native_words:
            native = " ".join(native_words)
            family, given = split_native(native, country)
            return prefix, given, family, native
        _, given, family, suffix = split_full_name(" ".join(latin_words), country)
        return prefix, given, " ".join(p for p in (family, suffix) if p), ""
    kinds = [is_native_name(w) for w in words]
    blocks = sum(1 for a, b in itertools.pairwise(kinds) if a != b) + 1
    if len(latin_words) >= 2 and blocks == 2:
        # The Latin name and the native name, side by side.
        _, given, family, suffix = split_full_name(" ".join(latin_words), country)
        return prefix, given, " ".join(p for p in (family, suffix) if p), " ".join(native_words)
    capitals = [w for w in latin_words if _is_upper_word(w)]
    family_words = capitals if capitals and len(capitals) < len(words) else [words[0]]
    given = " ".join(w for w in words if w not in family_words)
    return prefix, given, " ".join(family_words), ""
