"""Bytes to text: byte-order marks, UTF-16 without BOM, UTF-8, then a maintained detector.

A file that is UTF-8 almost everywhere but holds a few invalid bytes is refused with the
line where they are, rather than silently read in another encoding: mixing encodings is a
damaged file, and guessing would mangle every accented name in it.
"""

from __future__ import annotations

import codecs

from attache_app.i18n import translate
from attache_app.importing.contact import ImportFileError, line_at

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 1 << 20
"""The detector reads at most this much (a contact list's encoding shows in its first MB)."""


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > half * 0.4 and even_zeros < half * 0.05:
        return "utf-16-le"
    if even_zeros > half * 0.4 and odd_zeros < half * 0.05:
        return "utf-16-be"
    return None


def bom_or_utf16(data: bytes) -> str | None:
    """The encoding a byte-order mark or the zeros of UTF-16 reveal, else None."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return _utf16_without_bom(data)


def detect(data: bytes, file_name: str) -> str:
    """The encoding of ``data``, or an :class:`ImportFileError` for binary or mixed bytes."""
    marked = bom_or_utf16(data)
    if marked:
        return marked
    if b"\x00" in data[:_SAMPLE]:
        raise ImportFileError(
            file_name,
            translate("Import", "this is not a text file (it holds binary data)."),
        )
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        # Valid multi-byte UTF-8 before the bad byte: a UTF-8 file with damaged bytes.
        if _has_utf8_sequences(data[: error.start]):
            line = data.count(b"\n", 0, error.start) + 1
            raise ImportFileError(
                file_name,
                translate(
                    "Import",
                    "invalid UTF-8 (byte 0x{byte:02X}) in a file that is otherwise UTF-8; "
                    "the file is damaged or mixes encodings.",
                ).format(byte=data[error.start]),
                location=line_at(line),
            ) from None
        return _guess(data)
    return "utf-8"


def _has_utf8_sequences(data: bytes) -> bool:
    return any(b >= 0x80 for b in data)


def _guess(data: bytes) -> str:
    from charset_normalizer import from_bytes  # only files that are not UTF-8 need it

    sample = data[:_SAMPLE]
    best = from_bytes(sample).best()
    if best is None:
        return "cp1252"
    encoding = str(best.encoding)
    if encoding in _CJK and _reads_as_japanese(sample):
        return "cp932"
    if encoding in _CENTRAL and _western_reads_better(sample, encoding):
        return "cp1252"
    # The detector's Latin guesses for French Excel files: cp1252 is the superset in use.
    if encoding in ("latin_1", "iso8859_1", "iso8859_15"):
        return "cp1252"
    return encoding


_CJK = {
    "cp949",
    "euc_kr",
    "johab",
    "big5",
    "big5hkscs",
    "cp950",
    "gb2312",
    "gbk",
    "gb18030",
    "hz",
    "cp932",
    "shift_jis",
    "shift_jis_2004",
    "shift_jisx0213",
    "euc_jp",
    "iso2022_jp",
}


_CENTRAL = {"cp1250", "iso8859_2", "cp1257", "iso8859_13", "iso8859_16", "mac_latin2"}
_WESTERN_LETTERS = set("éèêëàâäîïôöùûüÿçœæÉÈÊËÀÂÄÎÏÔÖÙÛÜŸÇŒÆßñÑ")
_CENTRAL_LETTERS = set("ąćęłńśźżčďěňřšťůžőűĄĆĘŁŃŚŹŻČĎĚŇŘŠŤŮŽŐŰ")


def _western_reads_better(sample: bytes, encoding: str) -> bool:
    """French accents read as cp1250 turn into Czech letters ("Hélène" → "Hélčne");
    prefer cp1252 when it yields more Western letters than the other yields Central ones."""
    try:
        western = sample.decode("cp1252")
        central = sample.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return sum(c in _WESTERN_LETTERS for c in western) > sum(c in _CENTRAL_LETTERS for c in central)


def _reads_as_japanese(sample: bytes) -> bool:
    """Short Shift-JIS samples are often taken for Korean; full-width kana settle it.

    Decoded as Shift-JIS, Big5, GB or Korean bytes give kanji and half-width katakana, but
    hardly ever hiragana or full-width katakana, which every Japanese name list holds.
    """
    try:
        text = sample.decode("cp932")
    except UnicodeDecodeError:
        return False
    wide = [c for c in text if ord(c) > 0x7F]
    kana = sum(0x3040 <= ord(c) <= 0x30FF for c in wide)
    halfwidth = sum(0xFF61 <= ord(c) <= 0xFF9F for c in wide)
    return bool(wide) and kana >= max(1, len(wide) // 10) and halfwidth <= kana // 4


def guess_fragment(data: bytes) -> str:
    """The encoding of a fragment that is not UTF-8 (a vCard value without CHARSET)."""
    return _guess(data)


def decode(data: bytes, file_name: str) -> tuple[str, str]:
    """(text, encoding) of a text file; undecodable bytes raise with their line."""
    encoding = detect(data, file_name)
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ImportFileError(
            file_name,
            translate("Import", "bytes that are not {encoding} text.").format(encoding=encoding),
            location=line_at(line),
        ) from None
