"""How words are written in the search index: lower case without diacritics, each CJK
character its own token, and the other spellings of romanised names (Ya-Ting, Ya Ting and
Yating; Ōno, Ono, Ohno, Oono and Ouno) as extra words — see :mod:`.search`."""

from __future__ import annotations

import functools
import re
import unicodedata
from itertools import pairwise

# Han (with extensions and compatibility ideographs), kana, hangul, bopomofo.
_CJK_CLASS = (
    "["
    "\u1100-\u11ff\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31a0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
    "\U00020000-\U0003134f"
    "]"
)


@functools.cache
def cjk() -> re.Pattern[str]:
    """One CJK character (compiled on first use: the character class spans several
    Unicode planes, and compiling it took ≈ 1.5 ms of the window's start)."""
    return re.compile(f"({_CJK_CLASS})")


@functools.cache
def _cjk_run() -> re.Pattern[str]:
    return re.compile(f"{_CJK_CLASS}+")


WORD = re.compile(r"\w+")
LETTERS = re.compile(r"[a-z]+")
_OH = re.compile(r"oh(?![aeiou])")
_VOWEL_RUN = re.compile(r"([aeiou])\1+")


def plain(word: str) -> str:
    """A word as the index's tokenizer keeps it: lower case, diacritics removed."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_long_vowels(word: str) -> str:
    """One spelling for Hepburn's long vowels: Ōno, Ono, Ohno, Oono, Ouno all give « ono »;
    Yūko, Yuuko → « yuko »; Satoh, Satou, Satō → « sato ». ``word`` is plain (lower case,
    no diacritics)."""
    while True:
        folded = _VOWEL_RUN.sub(r"\1", _OH.sub("o", word).replace("ou", "o"))
        if folded == word:
            return word
        word = folded


def name_variants(*names: str) -> list[str]:
    """The other spellings of romanised names, as extra index words: each name's words
    joined (« Ya-Ting » → yating; with three words also each neighbouring pair) and the
    long-vowel-folded form of every word (« Ohno » → ono). Only new words are returned."""
    extra: list[str] = []
    for name in names:
        if not name:
            continue
        for candidate in _variants_of(name):
            if candidate not in extra:
                extra.append(candidate)
    return extra


@functools.lru_cache(maxsize=1 << 15)
def _variants_of(name: str) -> tuple[str, ...]:
    """The new spellings of one name (those that are not already its words). Names repeat
    in a list (family names above all), so each is worked out once: an import indexes
    100,000 persons."""
    words = [plain(w) for w in WORD.findall(name)]
    words = [w for w in words if LETTERS.fullmatch(w)]
    forms = list(words)
    if len(words) >= 2:
        forms.append("".join(words))
        if len(words) >= 3:
            forms.extend(a + b for a, b in pairwise(words))
    extra: list[str] = []
    for form in forms:
        folded = fold_long_vowels(form)
        for candidate in (form, folded):
            if candidate not in words and candidate not in extra:
                extra.append(candidate)
    return tuple(extra)


def segment(text: str) -> str:
    """Put spaces around every CJK character, so that each one is its own token."""
    if text.isascii():  # most text, and a check far cheaper than the substitution
        return text
    return _cjk_run().sub(_spaced, text)


def _spaced(run: re.Match[str]) -> str:
    """A run of CJK characters, each between spaces (« 陳志明 » → « 陳  志  明 »): what
    one substitution per character gives, one call per run of them (a group's template
    in ``re.sub`` is expanded in Python for every match: 100,000 names and addresses in
    Chinese took half a second)."""
    return " " + "  ".join(run.group()) + " "
