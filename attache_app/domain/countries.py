"""Countries (ISO 3166-1 alpha-2) and languages (ISO 639-1), named in the interface language."""

from __future__ import annotations

from functools import cache

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
    from babel import Locale  # the first name asked for, not the window's start-up

    names = Locale.parse(language).territories
    return {
        code: name
        for code, name in names.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }


@cache
def _languages(language: str) -> dict[str, str]:
    from babel import Locale

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


@cache
def _zone_table() -> dict[str, str]:
    """Country code → its first time zone in the tz database's zone.tab (the most
    populated first: America/New_York for US), from the tzdata package or the system."""
    import importlib.resources
    from pathlib import Path

    text = ""
    try:
        text = (importlib.resources.files("tzdata.zoneinfo") / "zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, OSError):
        system = Path("/usr/share/zoneinfo/zone.tab")
        text = system.read_text("utf-8") if system.is_file() else ""
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            parts = line.split("\t")
            if len(parts) >= 3:
                table.setdefault(parts[0], parts[2])
    return table


def main_timezone(code: str) -> str:
    """The time zone a post in this country most likely keeps ("" when unknown)."""
    code = code.upper()
    found = _zone_table().get(code, "")
    if not found:
        from babel.core import get_global

        zones = get_global("territory_zones").get(code, [])
        found = zones[0] if zones else ""
    return found


@cache
def search_keys(code: str) -> str:
    """What finds a country when typed: its code and its names in French, English and the
    region's languages, as written and without accents (Taiwan finds Taïwan, 台灣 too)."""
    names = {code.lower()}
    for language in ("fr", "en", "de", "es", "zh_Hant", "zh_Hans", "ja", "ko"):
        name = _territories(language).get(code.upper(), "")
        if name:
            import unicodedata

            lower = name.casefold()
            decomposed = unicodedata.normalize("NFKD", lower)
            names.add(lower)
            names.add("".join(c for c in decomposed if not unicodedata.combining(c)))
            names.add(_fold(name))
    names.update(alias.casefold() for alias, target in _ALIASES.items() if target == code.upper())
    return " | ".join(sorted(names))


def warm_up() -> None:
    """Compute once what the country fields show and search (names in the interface
    language, every country's search keys), so that the first editor opens at once."""
    countries()
    for code in _territories("en"):
        search_keys(code)
