"""Countries (ISO 3166-1 alpha-2) and languages (ISO 639-1), named in the interface language."""

from __future__ import annotations

from functools import cache

from babel import Locale

from attache_app.i18n import current_language

# Codes Babel lists that are not countries in ISO 3166-1 (regions, or exceptionally reserved).
_NOT_COUNTRIES = {
    "EU",
    "EZ",
    "UN",
    "QO",
    "ZZ",
    "XA",
    "XB",
    "XK",
    "AC",
    "CP",
    "DG",
    "EA",
    "IC",
    "TA",
}


@cache
def _territories(language: str) -> dict[str, str]:
    names = Locale.parse(language).territories
    return {
        code: name
        for code, name in names.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }


@cache
def _languages(language: str) -> dict[str, str]:
    names = Locale.parse(language).languages
    return {code: name for code, name in names.items() if len(code) in (2, 3) and code.isalpha()}


def is_country(code: str) -> bool:
    return code.upper() in _territories("en")


def country_name(code: str, language: str | None = None) -> str:
    """The country's name in ``language`` (default: the interface language)."""
    if not code:
        return ""
    names = _territories(language or current_language())
    return names.get(code.upper(), code.upper())


def countries(language: str | None = None) -> list[tuple[str, str]]:
    """All (code, name) pairs sorted by name in ``language``."""
    names = _territories(language or current_language())
    return sorted(names.items(), key=lambda item: item[1].casefold())


def is_language(code: str) -> bool:
    return code.lower() in _languages("en")


def language_name(code: str, language: str | None = None) -> str:
    return _languages(language or current_language()).get(code.lower(), code)


_ALIASES = {
    "usa": "US", "us": "US", "u s a": "US", "united states of america": "US", "etats unis": "US",
    "uk": "GB", "england": "GB", "angleterre": "GB", "great britain": "GB",
    "taiwan roc": "TW", "republic of china": "TW", "roc": "TW", "prc": "CN",
    "chine populaire": "CN", "south korea": "KR", "coree du sud": "KR", "korea": "KR",
    "coree": "KR", "deutschland": "DE", "nihon": "JP", "nippon": "JP",
    "台灣": "TW", "臺灣": "TW", "台湾": "TW", "中國": "CN", "中国": "CN", "日本": "JP",
    "한국": "KR", "대한민국": "KR", "香港": "HK",
}  # fmt: skip


def _fold(text: str) -> str:
    import re
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", plain).strip()


@cache
def _names_to_codes() -> dict[str, str]:
    table: dict[str, str] = {}
    for language in ("en", "fr", "de", "es", "zh_Hant", "zh_Hans", "ja", "ko"):
        for code, name in _territories(language).items():
            table.setdefault(_fold(name), code)
    table.update({_fold(k): v for k, v in _ALIASES.items()})
    return table


@cache
def country_code(text: str) -> str:
    """The ISO code of a country written as a code or a name in a common language, or ""."""
    text = text.strip()
    if len(text) == 2 and text.isalpha() and is_country(text):
        return text.upper()
    return _names_to_codes().get(_fold(text), "")
