"""How a vCard's properties without a field of their own are named in the notes
(« Surnom : Léna », « Profil sur un réseau social (linkedin) : … »), and which properties
describe the card rather than the person (read past) or hold a picture (named as not
imported). Used by :mod:`attache_app.importing.vcard`."""

from __future__ import annotations

from attache_app.i18n import QT_TRANSLATE_NOOP, translate

TECHNICAL = frozenset({
    "BEGIN", "END", "VERSION", "PRODID", "REV", "UID", "X-ABLABEL", "X-ABUID", "X-ABSHOWAS",
    "KIND", "CLIENTPIDMAP", "SOURCE", "NAME", "MAILER", "CLASS", "SORT-STRING",
    "X-ATTACHE-NATIVE-NAME", "PROFILE", "X-ABADR", "X-CLASS", "X-ID", "X-MS-OL-DESIGN",
    "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "X-ABSHOWAS-ABSHOWAS", "X-MOZILLA-HTML",
    "X-EVOLUTION-FILE-AS", "X-EVOLUTION-BLOG-URL-TYPE", "X-GENERATOR", "X-ETAG", "X-FC-LIST-ID",
    "X-FC-TAGS",
})  # fmt: skip
"""Properties that describe the card, not the person (its version, the program that wrote
it, its revision, identifiers): read past without a word."""

PICTURES = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
"""Binary properties: Attaché keeps no pictures, sounds or keys (named in the preview)."""


_MESSAGING = frozenset({
    "X-AIM", "X-ICQ", "X-JABBER", "X-MSN", "X-YAHOO", "X-SKYPE", "X-SKYPE-USERNAME", "X-QQ",
    "X-WECHAT", "X-LINE", "X-GOOGLE-TALK", "X-GADUGADU", "X-MS-IMADDRESS",
})  # fmt: skip
"""Instant messaging addresses written as X- properties (before vCard 4's IMPP)."""


_WORDS = {
    "NICKNAME": QT_TRANSLATE_NOOP("Import", "Nickname"),
    "TITLE": QT_TRANSLATE_NOOP("Import", "Job title"),
    "ROLE": QT_TRANSLATE_NOOP("Import", "Role"),
    "ORG": QT_TRANSLATE_NOOP("Import", "Organisation"),
    "BDAY": QT_TRANSLATE_NOOP("Import", "Birthday"),
    "ANNIVERSARY": QT_TRANSLATE_NOOP("Import", "Anniversary"),
    "GENDER": QT_TRANSLATE_NOOP("Import", "Gender"),
    "IMPP": QT_TRANSLATE_NOOP("Import", "Instant messaging"),
    "X-SOCIALPROFILE": QT_TRANSLATE_NOOP("Import", "Social profile"),
    "GEO": QT_TRANSLATE_NOOP("Import", "Geographic position"),
    "TZ": QT_TRANSLATE_NOOP("Import", "Time zone"),
    "RELATED": QT_TRANSLATE_NOOP("Import", "Related person"),
    "MEMBER": QT_TRANSLATE_NOOP("Import", "Member"),
    "X-PHONETIC-FIRST-NAME": QT_TRANSLATE_NOOP("Import", "Phonetic given name"),
    "X-PHONETIC-LAST-NAME": QT_TRANSLATE_NOOP("Import", "Phonetic family name"),
    "X-PHONETIC-MIDDLE-NAME": QT_TRANSLATE_NOOP("Import", "Phonetic middle name"),
    "PHOTO": QT_TRANSLATE_NOOP("Import", "Photo"),
    "LOGO": QT_TRANSLATE_NOOP("Import", "Logo"),
    "SOUND": QT_TRANSLATE_NOOP("Import", "Sound"),
    "KEY": QT_TRANSLATE_NOOP("Import", "Public key"),
    "CALURI": QT_TRANSLATE_NOOP("Import", "Calendar"),
    "FBURL": QT_TRANSLATE_NOOP("Import", "Free/busy calendar"),
    "LABEL": QT_TRANSLATE_NOOP("Import", "Address label"),
    "AGENT": QT_TRANSLATE_NOOP("Import", "Agent"),
    "EXPERTISE": QT_TRANSLATE_NOOP("Import", "Expertise"),
    "HOBBY": QT_TRANSLATE_NOOP("Import", "Hobby"),
    "INTEREST": QT_TRANSLATE_NOOP("Import", "Interest"),
    "ORG-DIRECTORY": QT_TRANSLATE_NOOP("Import", "Directory"),
    "X-SPOUSE": QT_TRANSLATE_NOOP("Import", "Spouse"),
    "X-MANAGER": QT_TRANSLATE_NOOP("Import", "Manager"),
    "X-ASSISTANT": QT_TRANSLATE_NOOP("Import", "Assistant"),
    "X-IRMC-N": QT_TRANSLATE_NOOP("Import", "Phonetic name"),
}
"""Properties named in words in the notes (their English source; the others keep their
own name, « X-CUSTOM-FIELD »)."""

_ALIASES = {
    "X-MS-SPOUSE": "X-SPOUSE", "X-EVOLUTION-SPOUSE": "X-SPOUSE", "X-MS-MANAGER": "X-MANAGER",
    "X-EVOLUTION-MANAGER": "X-MANAGER", "X-MS-ASSISTANT": "X-ASSISTANT",
    "X-EVOLUTION-ASSISTANT": "X-ASSISTANT", "X-ANNIVERSARY": "ANNIVERSARY",
    "X-MS-ANNIVERSARY": "ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY": "ANNIVERSARY",
    "X-GENDER": "GENDER", "X-ABRELATEDNAMES": "RELATED", "X-NICKNAME": "NICKNAME",
}  # fmt: skip
"""Other programs' names of the same properties."""


def header(name: str, params: dict[str, list[str]]) -> str:
    """How a kept property (``name``, its parameters) is named in the notes: in words for
    the common ones, with its label (« Profil sur un réseau social (linkedin) »); else its
    own name (« X-CUSTOM-FIELD »)."""
    types = [t for t in params.get("TYPE", []) if t.upper() not in ("PREF", "INTERNET")]
    kind = _ALIASES.get(name, name)
    if name in _MESSAGING:  # X-SKYPE: « Messagerie instantanée (skype) »
        types = [name.removeprefix("X-MS-").removeprefix("X-").lower()]
        kind = "IMPP"
    elif name == "SOUND" and "X-IRMC-N" in {t.upper() for t in types}:
        return translate("Import", _WORDS["X-IRMC-N"])  # a Japanese phone's reading of the name
    if kind in _WORDS:
        words = translate("Import", _WORDS[kind])
    elif name.startswith("X-FCENCODED-"):  # FullContact's own names, hex-encoded
        try:
            words = bytes.fromhex(name.removeprefix("X-FCENCODED-")).decode("utf-8")
        except ValueError:
            words = name
    else:
        words = name
    return f"{words} ({', '.join(t.lower() for t in types)})" if types else words
