"""How plausible a decoded text is: the evidence that chooses a file's encoding, and the
test that flags names which look mis-decoded (« LefÃ¨vre », « LefĶvre », C1 controls).

A text read in the wrong encoding betrays itself: control characters where letters should
be, symbols inside words (« Niccol½ »), a capital in the middle of a word (« HŽlne »),
Latin letters glued to an ideograph, combining marks, letters that no single language of
the file would use together (« Lefčvre » beside « Société »), rare ideographs and hangul
where a list of names holds common ones. Each decoding of the same bytes is scored on what
it produces; the highest score wins.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

# --- letters of the languages written in Latin script -----------------------------------

# Frequency of each accented letter, in % of the letters of running text (rounded, from the
# usual letter-frequency tables); only the relative sizes matter.
_LANGUAGES: dict[str, dict[str, float]] = {
    "fr": {"é": 1.5, "è": 0.27, "ê": 0.22, "à": 0.49, "â": 0.05, "ç": 0.09, "ù": 0.06,
           "û": 0.06, "î": 0.05, "ï": 0.01, "ô": 0.03, "ë": 0.01, "œ": 0.1, "æ": 0.002,
           "ÿ": 0.001},
    "de": {"ä": 0.58, "ö": 0.44, "ü": 1.0, "ß": 0.31, "é": 0.01},
    "es": {"á": 0.5, "é": 0.43, "í": 0.73, "ó": 0.83, "ú": 0.17, "ñ": 0.31, "ü": 0.02},
    "it": {"à": 0.64, "è": 0.26, "é": 0.1, "ì": 0.03, "í": 0.01, "ò": 0.2, "ó": 0.01,
           "ù": 0.17, "ú": 0.01},
    "pt": {"á": 0.47, "à": 0.07, "â": 0.1, "ã": 0.73, "ç": 0.53, "é": 0.34, "ê": 0.45,
           "í": 0.13, "ó": 0.3, "ô": 0.1, "õ": 0.3, "ú": 0.2, "ü": 0.01},
    "nl": {"ë": 0.05, "é": 0.03, "è": 0.01, "ï": 0.02, "ö": 0.01, "ü": 0.01, "á": 0.01},
    "fy": {"â": 0.5, "ê": 0.5, "é": 0.3, "ô": 0.3, "û": 0.5, "ú": 0.3},
    "ca": {"à": 0.5, "è": 0.4, "é": 0.4, "í": 0.2, "ï": 0.05, "ò": 0.2, "ó": 0.3, "ú": 0.1,
           "ü": 0.05, "ç": 0.1},
    "sv": {"å": 1.34, "ä": 1.8, "ö": 1.31, "é": 0.01},
    "da": {"æ": 0.87, "ø": 0.94, "å": 1.19, "é": 0.01},
    "fi": {"ä": 3.6, "ö": 0.44, "å": 0.01},
    "is": {"á": 1.8, "ð": 4.4, "é": 0.6, "í": 1.6, "ó": 1.0, "ú": 0.6, "ý": 0.9, "þ": 1.5,
           "æ": 0.9, "ö": 0.8},
    # ň, ď and ť are rare in Czech prose but not in names (Staňková, Vaňková, Zdeňka,
    # Laďka, Kuťák): at prose rates, « Staòková » in Windows-1252 beat the right reading.
    "cs": {"á": 1.5, "č": 0.46, "ď": 0.05, "é": 0.63, "ě": 1.22, "í": 1.64, "ň": 0.1,
           "ó": 0.02, "ř": 0.38, "š": 0.69, "ť": 0.05, "ú": 0.05, "ů": 0.2, "ý": 1.0,
           "ž": 0.72},
    "sk": {"á": 2.0, "ä": 0.1, "č": 0.9, "ď": 0.1, "é": 0.5, "í": 1.5, "ĺ": 0.01, "ľ": 0.3,
           "ň": 0.1, "ó": 0.1, "ô": 0.2, "ŕ": 0.01, "š": 0.6, "ť": 0.3, "ú": 0.5, "ý": 1.0,
           "ž": 0.7},
    "pl": {"ą": 0.7, "ć": 0.74, "ę": 1.04, "ł": 2.11, "ń": 0.36, "ó": 1.14, "ś": 0.81,
           "ź": 0.08, "ż": 0.71},
    "hu": {"á": 3.4, "é": 4.0, "í": 0.6, "ó": 1.0, "ö": 1.0, "ő": 0.9, "ú": 0.3, "ü": 0.5,
           "ű": 0.1},
    "hr": {"č": 1.0, "ć": 0.5, "đ": 0.2, "š": 0.7, "ž": 0.7},
    "ro": {"ă": 2.4, "â": 0.8, "î": 1.0, "ș": 1.5, "ş": 1.5, "ț": 1.0, "ţ": 1.0},
}  # fmt: skip
_UNKNOWN = 0.0005
"""The share of a letter the language does not use (a name from elsewhere)."""
_MAIN = 0.85
"""A list is mostly in one language; the rest of its letters may come from a second one."""
_PER_LETTER = 4.0
"""What a letter as likely as the usual ones of its language is worth, against the
penalties of :func:`_char_penalty` and the scores of ideographs and hangul."""

_PRIOR = {"fr": 0.0, "de": -0.5, "es": -0.5, "it": -0.5, "pt": -0.5, "nl": -0.5, "ca": -1.0,
          "cs": -1.0, "pl": -1.0}  # fmt: skip
"""Which languages the lists of a French embassy are in (log-odds; the others: -1.5). They
only settle lists too short to tell, such as one name with one accent."""
_SECOND_COST = 1.5

_SHARES = {
    language: {letter: f / sum(letters.values()) for letter, f in letters.items()}
    for language, letters in _LANGUAGES.items()
}


def _latin_score(
    letters: Counter[str], fit: dict[str, float] | None = None, named: frozenset[str] = frozenset()
) -> float:
    """How likely the accented letters are under the language, or the main and second
    language (a French list with German names), that explains them best. ``fit`` says
    how well each language explains the rest of the text (0 for the best, negative for
    the others): « Matusewicz » makes « Mięt » Polish rather than French « Miêt ».
    Languages ``named`` by the text's country domains (:func:`_domain_languages`) are
    taken as likely as French, the lists' usual language, whatever their letters' pairs."""
    if not letters:
        return 0.0
    fit = fit or {}
    shares = {
        language: [shares.get(c, 0.0) for c in letters] for language, shares in _SHARES.items()
    }
    counts = list(letters.values())
    best = -math.inf
    for main, a in shares.items():
        for second, b in shares.items():
            mix = _MAIN if second != main else 1.0
            likelihood = 0.0 if main in named else _PRIOR.get(main, -1.5) + fit.get(main, 0.0)
            likelihood -= _SECOND_COST if mix < 1 else 0.0
            likelihood += sum(
                n * math.log(mix * x + (1 - mix) * y + _UNKNOWN)
                for n, x, y in zip(counts, a, b, strict=True)
            )
            best = max(best, likelihood)
    return best + _PER_LETTER * sum(counts)


# Which letters follow which, per language, from the names of countries, languages, scripts
# and currencies in that language (Babel's CLDR data: some 17,000 characters of proper names
# each). « Iksiński » is Polish by its « ski », where « Iksiñski » is no Spanish.
_BIGRAM_WEIGHT = 0.5
_SMOOTHING = 0.5
_WORD = re.compile(r"[^\W\d_]+")
_ADDRESSES = re.compile(r"[^\s,;|]+@[^\s,;|]+|\w+://[^\s,;|]+")
"""E-mail addresses and URLs, which say little of the language."""


@functools.cache
def _bigram_models() -> dict[str, tuple[dict[str, float], float]]:
    from babel import Locale

    models = {}
    for language in _LANGUAGES:
        locale = Locale.parse(language)
        names = [
            *locale.territories.values(),
            *locale.languages.values(),
            *locale.scripts.values(),
            *locale.currencies.values(),
        ]
        counts = _bigrams(" ".join(names))
        total = sum(counts.values()) + _SMOOTHING * 1000
        uniform = math.log(1 / 1000)  # about as many bigrams as a language uses
        models[language] = (
            {b: math.log((n + _SMOOTHING) / total) - uniform for b, n in counts.items()},
            math.log(_SMOOTHING / total) - uniform,
        )
    return models


def _bigrams(text: str) -> Counter[str]:
    words = [
        word
        for word in _WORD.findall(_ADDRESSES.sub(" ", text.lower()))
        if word.isascii() or word[0].isascii() or _script(word[0]) == "LATIN"
    ]
    padded = " " + "  ".join(words) + " "
    counts = Counter(map(str.__add__, padded, padded[1:]))  # every pair, in C
    del counts["  "]  # between two words
    return counts


_FIT_WEIGHT = 0.3
_FIT_FLOOR = -2.0
"""The most that plain-letter bigrams may count against a language: they come from CLDR's
names, not from people's names, so two rows of Czech names (« Holub », « Valenta ») can
look Danish or Italian to them; at -6 they outweighed « ě » and « č » read together."""


_COUNTRY_DOMAINS = {
    "fr": ("fr",), "be": ("fr", "nl"), "lu": ("fr", "de"), "ch": ("de", "fr", "it"),
    "de": ("de",), "at": ("de",), "es": ("es", "ca"), "mx": ("es",), "ar": ("es",),
    "cl": ("es",), "co": ("es",), "cat": ("ca",), "it": ("it",), "pt": ("pt",),
    "br": ("pt",), "nl": ("nl",), "se": ("sv",), "dk": ("da",), "fi": ("fi",), "is": ("is",),
    "cz": ("cs",), "sk": ("sk",), "pl": ("pl",), "hu": ("hu",), "hr": ("hr",), "ro": ("ro",),
}  # fmt: skip
"""The languages a country's internet domain says a list may be in."""
_DOMAIN = re.compile(r"[@.][a-z0-9-]+\.([a-z]{2,3})(?![a-z0-9.-])")


def _domain_languages(text: str) -> frozenset[str]:
    """The languages that the country domains of the text's e-mail addresses and web
    sites point at (« marek@grupa.pl »: Polish). A list's letters are weighed against
    them as against its best-fitting language: plain-letter bigrams, learnt from CLDR's
    names, tell people's names apart poorly (`_FIT_FLOOR`), and a one-row list with one
    accent (« Miśko », which Windows-1252 reads « Miœko ») has little else to go by."""
    found: set[str] = set()
    for address in _ADDRESSES.findall(text.lower()):
        for domain in _DOMAIN.findall(address):
            found.update(_COUNTRY_DOMAINS.get(domain, ()))
    return frozenset(found)


def _bigram_evidence(text: str) -> tuple[float, dict[str, float]]:
    """(what the bigrams holding accented letters add to how well the text's best-fitting
    language explains it, how well each language explains the bigrams of plain letters
    compared with the best one)."""
    counts = _bigrams(text)
    accented = {b: n for b, n in counts.items() if not b.isascii()}
    plain = {b: n for b, n in counts.items() if b.isascii()}
    best_all = -math.inf
    plain_fit = {}
    for language, (model, unseen) in _bigram_models().items():
        a = sum(n * model.get(b, unseen) for b, n in plain.items())
        plain_fit[language] = a
        best_all = max(best_all, a + sum(n * model.get(b, unseen) for b, n in accented.items()))
    best_plain = max(plain_fit.values())
    fit = {
        language: max(_FIT_FLOOR, _FIT_WEIGHT * (value - best_plain))
        for language, value in plain_fit.items()
    }
    # Proper names are rarer than the CLDR names: a letter costs at most 1.
    extra = max(_BIGRAM_WEIGHT * (best_all - best_plain), -1.0 * sum(accented.values()) / 2)
    return extra, fit


# --- ideographs, kana and hangul --------------------------------------------------------


def _decoded_range(encoding: str, leads: range, trails: range) -> frozenset[str]:
    chars = set()
    for lead in leads:
        for trail in trails:
            try:
                chars.add(bytes((lead, trail)).decode(encoding))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


@functools.cache
def _common_sets() -> dict[str, frozenset[str]]:
    """The level-1 (everyday) characters of each national standard."""
    big5_level1 = _decoded_range("big5", range(0xA4, 0xC7), range(0x40, 0xFF))
    return {
        "gb": _decoded_range("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)),
        "gb_all": _decoded_range("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF)),
        "big5": big5_level1,
        "jis": _decoded_range("euc_jp", range(0xB0, 0xD0), range(0xA1, 0xFF)),
        "jis_all": _decoded_range("euc_jp", range(0xB0, 0xF5), range(0xA1, 0xFF)),
        "hangul": _decoded_range("euc_kr", range(0xB0, 0xC9), range(0xA1, 0xFF)),
    }


_HAN_FAMILY = {
    "gb18030": "gb", "gbk": "gb", "gb2312": "gb", "hz": "gb",
    "big5": "big5", "cp950": "big5", "big5hkscs": "big5",
    "cp932": "jis", "shift_jis": "jis", "euc_jp": "jis", "shift_jis_2004": "jis",
    "shift_jisx0213": "jis", "iso2022_jp": "jis",
    "cp949": "ko", "euc_kr": "ko", "johab": "ko",
}  # fmt: skip


def _han_score(char: str, family: str) -> float:
    """An ideograph: everyday characters of the encoding's own standard are expected."""
    sets = _common_sets()
    if family == "gb":
        return 1.5 if char in sets["gb"] else (0.3 if char in sets["gb_all"] else -1.5)
    if family == "big5":
        return 1.5 if char in sets["big5"] else -0.5
    if family == "jis":
        return 1.5 if char in sets["jis"] else (0.3 if char in sets["jis_all"] else -1.5)
    if family == "ko":
        return 0.0  # hanja: possible, but Korean lists are written in hangul
    return 0.5 if char in sets["gb"] or char in sets["big5"] or char in sets["jis"] else -1.0


# --- the score --------------------------------------------------------------------------

_TYPOGRAPHY = frozenset("’‘‚“”„«»–—…·•°€ ")
"""Punctuation that real lists hold beside words (L’Oréal, « Saint-Étienne », l·l)."""
_INSIDE_WORDS = frozenset("’·")
_OPENING = frozenset("‘“„«")
"""…and the part of it that may stand between two letters."""
_CELL_START = frozenset(",;\t|\n\"' ")
_CONTROL = frozenset(("Cc", "Co", "Cn", "Cs"))
_SCRIPTS = ("LATIN", "CJK", "HIRAGANA", "KATAKANA", "HANGUL", "CYRILLIC", "GREEK")
_EAST_ASIAN = frozenset(("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))


@functools.cache
def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    if name.startswith("HALFWIDTH KATAKANA"):
        return "HALFWIDTH"
    for script in _SCRIPTS:
        if name.startswith(script):
            return script
    return name.split(" ", 1)[0] if name else ""


def _is_letter(char: str) -> bool:
    return char.isalpha()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _char_penalty(text: str, i: int, family: str) -> tuple[float, str]:
    """(score of the character at ``i``, its Latin letter folded or "")."""
    char = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    category = unicodedata.category(char)
    if category in _CONTROL or char == "\ufffd":
        return -10.0, ""
    if category == "Mn":
        return -6.0, ""
    if category == "Cf":
        return -3.0, ""
    if category[0] != "L":
        if char in _TYPOGRAPHY:
            if _is_letter(before) and _is_letter(after):
                return (-0.5 if char in _INSIDE_WORDS else -3.0), ""  # « pr—prio »
            if _inside_word(text, i):  # « Compa–’a »: a run of marks between two letters
                return -3.0, ""
            if char in _OPENING and _is_letter(before):
                return -3.0, ""  # « Zo‘ »: quotes open after a space
            if char == "·" and (_is_letter(before) or _is_letter(after)):
                return -3.0, ""  # « S· »: the middle dot stands between two l (l·l)
            if char == "°" and _is_letter(before) and before not in "nN":
                return -3.0, ""  # « Tesa° » for « Tesař »: a degree follows a number, or n°
            return 0.0, ""
        if 0x3000 <= ord(char) <= 0x303F or 0xFF01 <= ord(char) <= 0xFF60:
            return (0.0 if ord(before) > 0x2E80 or ord(after) > 0x2E80 else -1.0), ""
        if _is_letter(before) or _is_letter(after):
            return -4.0, ""
        return -1.0, ""
    script = _script(char)
    if script == "LATIN":
        score = 0.0
        if char.isupper() and before.isalpha() and (before.islower() or after.islower()):
            score -= 4.0  # a capital inside a word: « HŽlne », « LefĶvre », « BËgue »
        elif char.islower() and before in _CELL_START and after.islower():
            score -= 1.5  # names and places start with a capital: « çvila » for « Ávila »
        if not before.isalpha() and not after.isalpha() and before != "'":
            score -= 2.0  # a letter alone: « 120 Ä » for « 120 € »
        if (before.isalpha() and ord(before) > 0x2E80) or (after.isalpha() and ord(after) > 0x2E80):
            score -= 3.0
        return score, char.lower() if category in ("Lu", "Ll") else ""
    if script in _EAST_ASIAN:
        latin_before = before.isascii() and before.isalpha()
        latin_after = after.isascii() and after.isalpha()
        if latin_before and latin_after:
            return -6.0, ""  # « Lef鋀re »: a Latin word read as a double-byte encoding
        if latin_before or latin_after:
            return -4.0, ""  # « Jonkersl穗 » (possible, as in « KDDI株式会社 », but rare)
        if script == "HANGUL":
            if family not in ("ko", ""):
                return -2.0, ""
            if char in _common_sets()["hangul"]:
                score = 2.5
            else:
                score = -2.0 if 0xAC00 <= ord(char) <= 0xD7A3 else -1.0
            if _script(before) == "CJK" or _script(after) == "CJK":
                score -= 3.0  # hangul and hanja mixed inside a word
            return score, ""
        if script in ("HIRAGANA", "KATAKANA"):
            return (2.0 if family in ("jis", "") else -0.5), ""
        return _han_score(char, family), ""
    if script == "HALFWIDTH":
        return -2.0, ""
    # Other scripts (Cyrillic, Greek, Arabic…): plausible when words keep to one script.
    for neighbour in (before, after):
        if neighbour.isalpha() and _script(neighbour) != script:
            return -4.0, ""
    return 0.5, ""


def _inside_word(text: str, i: int) -> bool:
    """Whether the run of non-ASCII marks around ``i`` has a letter on both sides."""
    start, end = i, i
    while start > 0 and not text[start - 1].isascii() and not text[start - 1].isalpha():
        start -= 1
    while end + 1 < len(text) and not text[end + 1].isascii() and not text[end + 1].isalpha():
        end += 1
    return (
        start > 0 and end + 1 < len(text) and text[start - 1].isalpha() and text[end + 1].isalpha()
    )


_MIXED_WORD = -2.0
_ALPHABETS = tuple(frozenset(letters) for letters in _LANGUAGES.values())
_ACCENTED_WORD = re.compile(r"[^\W\d_]*[^\x00-\x7f][^\W\d_]*")


def _mixed_words(text: str) -> int:
    """Words whose accented letters no single language writes together: « Rùžièka » (ù,
    ž, è) is « Růžička » read in Windows-1252. A name takes its letters from one language;
    a list may mix languages, a word does not."""
    mixed = 0
    for word in set(_ACCENTED_WORD.findall(text.lower())):
        accented = {c for c in word if not c.isascii() and _script(c) == "LATIN"}
        if len(accented) > 1 and not any(accented <= alphabet for alphabet in _ALPHABETS):
            mixed += 1
    return mixed


def score(text: str, encoding: str = "") -> float:
    """How plausible ``text`` is as a contact list read with ``encoding`` (higher is better)."""
    family = _HAN_FAMILY.get(encoding.lower().replace("-", "_"), "")
    total = 0.0
    letters: Counter[str] = Counter()
    for match in _NON_ASCII.finditer(text):
        value, letter = _char_penalty(text, match.start(), family)
        total += value
        if letter:
            letters[letter] += 1
    if letters:
        total += _MIXED_WORD * _mixed_words(text)
        extra, fit = _bigram_evidence(text)
        total += _latin_score(letters, fit, _domain_languages(text)) + extra
    return total


# --- names that look mis-decoded ---------------------------------------------------------

_UTF8_AS_LATIN = re.compile("[ÂÃÄÅÆÇÐÑØÙÚÛÜÝÞß][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


def mangled(value: str) -> bool:
    """Whether ``value`` looks mis-decoded: UTF-8 read as Windows-1252 (« LefÃ¨vre »),
    control characters, combining marks, a symbol or a capital inside a word (« LefĶvre »,
    « Niccol½ »), Latin letters glued to an ideograph."""
    if value.isascii():
        return False
    if _UTF8_AS_LATIN.search(value):
        try:
            if value.encode("cp1252").decode("utf-8") != value:
                return True
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    for match in _NON_ASCII.finditer(value):
        penalty, _letter = _char_penalty(value, match.start(), "")
        if penalty <= -3.0 and (penalty <= -6.0 or _script(match.group()) not in _EAST_ASIAN):
            return True  # (an ideograph or kana beside one Latin letter: « NTTデータ »)
    return False


def mangled_values(values: Iterable[tuple[str, str]], limit: int = 50) -> list[tuple[str, str]]:
    """The (where, value) pairs whose value looks mis-decoded, at most ``limit``."""
    found: list[tuple[str, str]] = []
    clean: set[str] = set()
    """Values already judged well decoded: a list repeats its countries and organisations
    on every row, and the verdict depends on the value alone."""
    for where, value in values:
        if not value or value in clean:
            continue
        if mangled(value):
            found.append((where, value))
            if len(found) >= limit:
                break
        else:
            clean.add(value)
    return found
