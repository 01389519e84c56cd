"""Bytes to text: byte-order marks, UTF-16 without BOM, UTF-8, then evidence.

A file that is not UTF-8 is decoded in each candidate encoding — the usual ones of the
users' programs (Windows-1252, ISO-8859-15, Mac Roman, Windows-1250, Shift-JIS, Big5,
GB18030, Windows-949) and charset-normalizer's guess — and each text is judged by what it
holds (:mod:`attache_app.importing.plausible`: control characters, symbols or capitals
inside words, letters no language of the file would use together, rare ideographs) and by
whether its first line is a header we recognise. The detector's guess is one candidate among
others, not the answer.

A file that is UTF-8 almost everywhere but holds a few invalid bytes is refused with the
line where they are, rather than silently read in another encoding: mixing encodings is a
damaged file, and guessing would mangle every accented name in it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from attache_app.i18n import translate
from attache_app.importing import plausible
from attache_app.importing.contact import ImportFileError, line_at

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 1 << 20
"""The binary check and the detector read at most this much."""
_EVIDENCE = 64 << 10
"""The candidates are judged on the first line and on lines with non-ASCII bytes, this much."""

_PRIORS = {
    "cp1252": 1.0, "iso8859_15": 0.5, "mac_roman": 0.5, "cp1250": 0.3, "cp932": 0.3,
    "cp950": 0.3, "big5": 0.2, "gb18030": 0.3, "cp949": 0.3,
}  # fmt: skip
"""The encodings every file that is not UTF-8 is tried in, with how usual each is in the
files an embassy receives (Excel and Outlook in French Windows first); a tie goes to the
first."""
CANDIDATES = tuple(_PRIORS)


@dataclass(frozen=True)
class Encoding:
    codec: str
    label: str


def choices() -> list[Encoding]:
    """The encodings a user may choose (the import wizard's list), named for people."""
    return [
        Encoding("utf-8", translate("Import", "Unicode (UTF-8)")),
        Encoding("utf-16", translate("Import", "Unicode (UTF-16)")),
        Encoding("cp1252", translate("Import", "Western European (Windows-1252)")),
        Encoding("iso8859_15", translate("Import", "Western European (ISO-8859-15)")),
        Encoding("mac_roman", translate("Import", "Western European (Mac Roman)")),
        Encoding("cp850", translate("Import", "Western European (DOS 850)")),
        Encoding("cp1250", translate("Import", "Central European (Windows-1250)")),
        Encoding("iso8859_2", translate("Import", "Central European (ISO-8859-2)")),
        Encoding("cp1251", translate("Import", "Cyrillic (Windows-1251)")),
        Encoding("koi8_r", translate("Import", "Cyrillic (KOI8-R)")),
        Encoding("cp1253", translate("Import", "Greek (Windows-1253)")),
        Encoding("cp1254", translate("Import", "Turkish (Windows-1254)")),
        Encoding("cp1257", translate("Import", "Baltic (Windows-1257)")),
        Encoding("cp932", translate("Import", "Japanese (Shift-JIS)")),
        Encoding("euc_jp", translate("Import", "Japanese (EUC-JP)")),
        Encoding("cp950", translate("Import", "Traditional Chinese (Big5)")),
        Encoding("gb18030", translate("Import", "Simplified Chinese (GB18030)")),
        Encoding("cp949", translate("Import", "Korean (Windows-949)")),
    ]


def canonical(name: str) -> str:
    """Python's name of an encoding ("Windows-1252" → "cp1252", "latin-9" →
    "iso8859_15"); ``LookupError`` for a name no codec has."""
    name = name.strip()
    for spelling in (name, name.replace("-", ""), name.replace(" ", "")):  # « latin-9 »
        try:
            return codecs.lookup(spelling).name.replace("-", "_")
        except LookupError:
            continue
    raise LookupError(name)


def label(codec: str) -> str:
    """The name people know an encoding by ("Western European (Windows-1252)")."""
    try:
        name = canonical(codec)
    except LookupError:
        return codec
    for choice in choices():
        if canonical(choice.codec) == name:
            return choice.label
    return codec


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
        best = ranked(data)
        if _mostly_utf8(data) and not _reads_cleanly(data, best):
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
        return best[0][1] if best else "cp1252"
    return "utf-8"


_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_HIGH = re.compile(rb"[\x80-\xff]")


def _mostly_utf8(data: bytes) -> bool:
    """Valid multi-byte UTF-8 sequences make up at least half of the non-ASCII bytes: a
    UTF-8 file with damaged bytes (other encodings form such sequences only by chance)."""
    sample = data[:_SAMPLE]
    valid = sum(len(m.group()) for m in _UTF8_SEQUENCE.finditer(sample))
    return valid > 0 and valid * 2 >= len(_HIGH.findall(sample))


def _reads_cleanly(data: bytes, best: list[tuple[float, str]]) -> bool:
    """Whether the best other encoding reads ``data`` as plausible text with no value that
    looks mis-decoded (a short GBK list may look like UTF-8 by chance; UTF-8 with a few
    Windows-1252 bytes, read as Windows-1252, shows « HÃ©lÃ¨ne »)."""
    if not best or best[0][0] <= 0:
        return False
    text = evidence(data).decode(best[0][1])
    return not any(plausible.mangled(value) for value in re.split(r"[,;\t|\r\n]", text))


def evidence(data: bytes) -> bytes:
    """The first line and lines holding non-ASCII bytes, about 64 KB: where encodings differ.

    Cut only at line feeds, which no candidate encoding uses inside a character."""
    end = data.find(b"\n")
    first = data if end < 0 else data[: end + 1]
    parts = [first[:_EVIDENCE]]
    size = len(parts[0])
    position = len(first)
    while size < _EVIDENCE:
        match = _HIGH.search(data, position)
        if match is None:
            break
        start = data.rfind(b"\n", 0, match.start()) + 1
        end = data.find(b"\n", match.start())
        end = len(data) if end < 0 else end + 1
        parts.append(data[start:end])
        size += end - start
        position = end
    return b"".join(parts)


def _detector_guess(data: bytes) -> str:
    from charset_normalizer import from_bytes  # only files that are not UTF-8 need it

    best = from_bytes(data).best()
    return str(best.encoding) if best is not None else ""


def _header_bonus(text: str) -> float:
    from attache_app.importing.mapping import header_score  # mapping imports tables

    first = text.split("\n", 1)[0].strip("\r\ufeff")
    best = 0
    for delimiter in (",", ";", "\t", "|"):
        if delimiter in first:
            best = max(best, header_score(first.split(delimiter)))
    return 3.0 * best


def ranked(data: bytes) -> list[tuple[float, str]]:
    """(score, encoding) of every candidate that decodes ``data``'s evidence, best first."""
    sample = evidence(data)
    guess = _detector_guess(sample)
    candidates = list(CANDIDATES)
    if guess and guess not in candidates:
        candidates.append(guess)
    scored: list[tuple[float, int, str]] = []
    seen: dict[str, float] = {}
    for order, encoding in enumerate(candidates):
        try:
            text = sample.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if text in seen:  # the same text as a better-placed candidate: the same score
            continue
        value = plausible.score(text, encoding) + _header_bonus(text)
        value += _PRIORS.get(encoding, 0.0)
        if encoding == guess:
            value += 0.25
        seen[text] = value
        scored.append((value, -order, encoding))
    scored.sort(reverse=True)
    return [(value, encoding) for value, _order, encoding in scored]


def _guess(data: bytes) -> str:
    best = ranked(data)
    return best[0][1] if best else "cp1252"


def guess_fragment(data: bytes) -> str:
    """The encoding of a fragment that is not UTF-8 (a vCard value without CHARSET)."""
    return _guess(data)


def decode(data: bytes, file_name: str, encoding: str = "") -> tuple[str, str]:
    """(text, encoding) of a text file; undecodable bytes raise with their line.

    ``encoding`` is the user's choice; without it the encoding is found from the bytes,
    and when the best candidate fails further on in a file the next one is tried."""
    if encoding:
        return _decode_as(data, file_name, encoding), encoding
    detected = detect(data, file_name)
    try:
        return data.decode(detected), detected
    except UnicodeDecodeError as error:
        if detected in CANDIDATES or not detected.startswith("utf"):
            for _score, other in ranked(data)[1:]:
                try:
                    return data.decode(other), other
                except UnicodeDecodeError:
                    continue
        line = data.count(b"\n", 0, error.start) + 1
        raise ImportFileError(
            file_name,
            translate("Import", "bytes that are not {encoding} text.").format(encoding=detected),
            location=line_at(line),
        ) from None


def _decode_as(data: bytes, file_name: str, encoding: str) -> str:
    try:
        codec = canonical(encoding)
    except LookupError:
        raise ImportFileError(
            file_name,
            translate("Import", "“{encoding}” is not an encoding this program knows.").format(
                encoding=encoding
            ),
        ) from None
    try:
        return data.decode(codec)
    except UnicodeError as error:  # a UnicodeDecodeError, or UTF-16's own complaints
        start = error.start if isinstance(error, UnicodeDecodeError) else 0
        raise ImportFileError(
            file_name,
            translate(
                "Import", "bytes that are not {encoding} text; choose another encoding."
            ).format(encoding=label(encoding)),
            location=line_at(data.count(b"\n", 0, start) + 1),
        ) from None
