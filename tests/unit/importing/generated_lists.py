"""Contact lists generated in a language, for the encoding tests: names, organisations and
cities of that language (Faker's locales), a header in that language or none, and one of the
delimiters spreadsheet programs write. The text is known, so whatever the bytes are decoded
to can be compared with it."""

from __future__ import annotations

from dataclasses import dataclass

from faker import Faker

HEADERS = {
    "fr_FR": ("Prénom", "Nom", "Société", "Ville", "Téléphone", "Courriel"),
    "de_DE": ("Vorname", "Nachname", "Firma", "Ort", "Telefon", "E-Mail"),
    "es_ES": ("Nombre", "Apellidos", "Empresa", "Ciudad", "Teléfono", "Correo electrónico"),
    "it_IT": ("Nome", "Cognome", "Società", "Città", "Telefono", "E-mail"),
    "pt_PT": ("Nome próprio", "Apelido", "Empresa", "Localidade", "Telefone", "E-mail"),
    "nl_NL": ("Voornaam", "Achternaam", "Bedrijf", "Plaats", "Telefoon", "E-mail"),
    "cs_CZ": ("Jméno", "Příjmení", "Společnost", "Město", "Telefon", "E-mail"),
    "pl_PL": ("Imię", "Nazwisko", "Firma", "Miejscowość", "Telefon", "E-mail"),
    "ja_JP": ("名", "姓", "会社名", "市区町村", "電話番号", "メール"),
    "zh_TW": ("名字", "姓氏", "公司", "城市", "電話", "電子郵件"),
    "zh_CN": ("名字", "姓氏", "公司", "城市", "电话", "电子邮件"),
    "ko_KR": ("이름", "성", "회사", "도시", "전화", "이메일"),
}

WESTERN = ("fr_FR", "de_DE", "es_ES", "it_IT", "pt_PT", "nl_NL")
CENTRAL = ("cs_CZ", "pl_PL")

ENCODINGS = {
    **{locale: ("cp1252", "iso8859_15", "mac_roman") for locale in WESTERN},
    **{locale: ("cp1250",) for locale in CENTRAL},
    "ja_JP": ("shift_jis", "cp932"),
    "zh_TW": ("big5", "cp950"),
    "zh_CN": ("gb18030", "gbk"),
    "ko_KR": ("cp949", "euc_kr"),
}
"""The encodings each language's lists are written in by the programs of its users."""

_FAKERS: dict[str, Faker] = {}


def _faker(locale: str) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


@dataclass
class GeneratedList:
    locale: str
    text: str
    encoding: str

    @property
    def data(self) -> bytes:
        return self.text.encode(self.encoding)


def _encodable(value: str, encoding: str) -> bool:
    try:
        value.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def contact_list(
    locale: str, encoding: str, seed: int, rows: int, delimiter: str, header: bool
) -> GeneratedList:
    """``rows`` contacts of ``locale`` as CSV text that ``encoding`` can write.

    A few generated values hold characters the encoding lacks (a rare kanji in Shift-JIS);
    those are drawn again, as a user of that encoding could not have typed them either.
    """
    fake = _faker(locale)
    fake.seed_instance(seed)
    lines = [delimiter.join(HEADERS[locale])] if header else []
    for _ in range(rows):
        values = []
        for make in (fake.first_name, fake.last_name, fake.company, fake.city):
            value = make()
            for _attempt in range(20):
                if _encodable(value, encoding) and delimiter not in value and '"' not in value:
                    break
                value = make()
            else:
                value = "x"
            values.append(value)
        values.append(fake.phone_number())
        values.append(fake.ascii_email())
        lines.append(delimiter.join(values))
    return GeneratedList(locale, "\r\n".join(lines) + "\r\n", encoding)
