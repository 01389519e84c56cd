"""The encoding of files that are not UTF-8, found by evidence, and mis-decoded names.

The property tests write generated lists (names, organisations and cities of a language,
from Faker's locales) in the encodings that language's programs use, and ask for the text
back exactly. Where two encodings give the same text either is right: the text is compared,
not the encoding's name.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attache_app.importing import decode, plausible
from attache_app.importing.contact import ImportFileError
from attache_app.importing.reading import contacts_of, read_file
from attache_app.services import imports
from attache_app.storage import Store
from tests.unit.importing.generated_lists import CENTRAL, ENCODINGS, WESTERN, contact_list

Write = Callable[..., Path]

_ROWS = st.one_of(st.integers(1, 8), st.integers(1, 200))
"""Short lists (where evidence is scarce) as often as long ones."""
_LIST = {
    "seed": st.integers(0, 2**31),
    "rows": _ROWS,
    "delimiter": st.sampled_from([";", ",", "\t"]),
    "header": st.booleans(),
}
_SETTINGS = settings(
    max_examples=18,
    deadline=None,
    # The same lists on every run: a list that is genuinely too short to tell (one name,
    # one accent that two encodings give two plausible letters for) must not make the
    # suite flaky. `python -m benchmarks.encodings` measures the rate on fresh lists.
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _decodes_back(locale: str, encoding: str, **drawn: object) -> None:
    generated = contact_list(locale, encoding, **drawn)  # type: ignore[arg-type]
    text, used = decode.decode(generated.data, "generated.csv")
    assert text == generated.text, (used, generated.text[:300])


@pytest.mark.parametrize("locale", WESTERN)
@_SETTINGS
@given(encoding=st.sampled_from(["cp1252", "iso8859_15", "mac_roman"]), **_LIST)
def test_western_lists_read_back_exactly(locale: str, encoding: str, **drawn: object) -> None:
    _decodes_back(locale, encoding, **drawn)


@pytest.mark.parametrize("locale", CENTRAL)
@_SETTINGS
@given(**_LIST)
def test_czech_and_polish_lists_in_cp1250_read_back_exactly(locale: str, **drawn: object) -> None:
    _decodes_back(locale, "cp1250", **drawn)


@pytest.mark.parametrize("locale", ["ja_JP", "zh_TW", "zh_CN", "ko_KR"])
@_SETTINGS
@given(data=st.data(), **_LIST)
def test_east_asian_lists_read_back_exactly(
    locale: str, data: st.DataObject, **drawn: object
) -> None:
    encoding = data.draw(st.sampled_from(ENCODINGS[locale]))
    _decodes_back(locale, encoding, **drawn)


# --- the cases of the issue, and the genuinely ambiguous ones ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Prénom;Nom;Société\r\nJean;Lefèvre;CNRS\r\n",
        "Nome;Cognome\r\nNiccolò;Ammaniti\r\n",
        "Lefèvre\r\n",
        "Niccolò\r\n",
        "Nombre;Apellidos\r\nMaría;Muñoz\r\n",
        "Vorname;Nachname\r\nJürgen;Weiß\r\n",
    ],
)
def test_the_short_lists_of_the_issue(text: str) -> None:
    """« Lefèvre » came out « LefĶvre » (cp775) and « Niccolò » « Niccoḷ » (cp1258)."""
    assert decode.decode(text.encode("cp1252"), "list.csv")[0] == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        # œ is 0xBD in ISO-8859-15 and ½ in Windows-1252; € 0xA4 and ¤.
        ("Nom;Organisme\r\nSœur Marie;Cœur de France\r\n", "iso8859_15"),
        ("Nom;Montant\r\nLœtitia Bœuf;120 €\r\n", "iso8859_15"),
        ("Nom;Montant\r\nLœtitia Bœuf;120 €\r\n", "cp1252"),
        # Windows-1252 puts œ, €, ’ and Ÿ in 0x80–0x9F, control characters in ISO-8859-15.
        ("Nom;Organisme\r\nŒuvre d’Orient;L’Haÿ-les-Roses\r\n", "cp1252"),
        ("Jméno;Příjmení\r\nJiří;Dvořák\r\n", "cp1250"),
        ("Imię;Nazwisko\r\nŁucja;Wiśniewska-Żak\r\n", "cp1250"),
        # Two rows of Czech whose plain letters look Danish or Italian: read as Windows-1252
        # they gave « Vanìk » and « Vlèek » (a full-suite run drew this list).
        (
            "Emil;Holub;Valenta o.s.;Ivanovice na Hané;00420 739 092 668;rjandova@seznam.cz\r\n"
            "Boleslav;Vaněk;Šimek Vlček v.o.s.;Oslavany;00420 705 330 252;"
            "rjelinkova@chello.cz\r\n",
            "cp1250",
        ),
        (
            "Denis;Vávrová;Veselý Tůma v.o.s.;Klecany;+420 607 506 855;emilbartos@seznam.cz\r\n"
            "Nora;Sedláková;Staňková s.r.o.;Mirotice;+420 720 415 953;thavlickova@volny.cz\r\n",
            "cp1250",
        ),
        # One row, one accent: « ś » is « œ » in Windows-1252 (« Miœko »); the .pl domain
        # and the Polish words around it tell (a derandomised run drew this list).
        (
            "Emil;Miśko;Misiaszek-Zera Sp. z o.o. Sp.k.;Warszawa;32 296 33 83;"
            "marekrazniak@grupa.pl\r\n",
            "cp1250",
        ),
        # A .cz address makes Czech as likely as French: « Èech Rùžièka » in Windows-1252
        # and « Prochßzka Tesa° » in cp775 (charset-normalizer's guess) lost to it.
        ("Apolena;Čech;Růžička;Veltrusy;+420 704 336 608;matyasberanek@post.cz\r\n", "cp1250"),
        ("Nikol,Procházka,Tesař,Nechanice,00420 604 407 655,radoslav16@centrum.cz\r\n", "cp1250"),
    ],
)
def test_encodings_that_differ_in_a_few_code_points(text: str, encoding: str) -> None:
    assert decode.decode(text.encode(encoding), "list.csv")[0] == text


def test_the_header_of_a_short_french_list_is_recognised(store: Store, write: Write) -> None:
    """The issue's consequence: a misread header dropped given names, organisations, phones."""
    path = write(
        "liste.csv",
        "Prénom;Nom;Société;Téléphone\r\nHélène;Lefèvre;Société Générale;+33 1 42 14 20 00\r\n",
        encoding="cp1252",
    )
    source = read_file(path)
    assert source.encoding == "cp1252" and not source.chosen_encoding
    (contact,) = contacts_of(source)
    assert (contact.given_name, contact.family_name, contact.organisation) == (
        "Hélène",
        "Lefèvre",
        "Société Générale",
    )
    assert contact.phones == [("+33 1 42 14 20 00", "")]
    assert imports.preview(store, source).suspects == []


def test_a_chinese_file_that_is_valid_utf8_here_and_there_is_not_called_damaged() -> None:
    """GB18030 bytes sometimes form valid UTF-8 sequences; only a file that is mostly UTF-8
    is refused as damaged."""
    text = "姓名,公司\r\n雷静,万迅电脑信息有限公司\r\n刘莹,泰麒麟科技有限公司\r\n"
    data = text.encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode.decode(data, "gb.csv")[0] == text


def test_a_utf8_file_with_a_few_bad_bytes_is_still_refused(write: Write) -> None:
    data = "Nom,Courriel\nHélène Lefèvre,h@x.fr\nÉric Noël,e@x.fr\n".encode() + b"Jos\xe9,j@x.es\n"
    with pytest.raises(ImportFileError, match="UTF-8"):
        decode.decode(data, "mixed.csv")


# --- the user's encoding ------------------------------------------------------------------


def test_the_users_encoding_wins_and_unknown_names_are_one_sentence(write: Write) -> None:
    path = write("liste.csv", "Nom;Prénom\r\nLefèvre;Hélène\r\n", encoding="cp1252")
    source = read_file(path, encoding="cp775")
    assert source.encoding == "cp775" and source.chosen_encoding
    assert source.table is not None and source.table.rows[0][0] == "LefĶvre"
    with pytest.raises(ImportFileError, match="not an encoding"):
        read_file(path, encoding="klingon")
    with pytest.raises(ImportFileError, match="choose another encoding"):
        read_file(write("sjis.csv", "名前\r\n山田\r\n", encoding="cp932"), encoding="utf-8")


def test_names_of_encodings() -> None:
    assert decode.label("Windows-1252") == decode.label("cp1252") != "cp1252"
    assert imports.same_encoding("latin-9", "iso8859_15")
    codecs_offered = [choice.codec for choice in imports.encoding_choices()]
    for codec in ("utf-8", "cp1252", "iso8859_15", "mac_roman", "cp1250", "cp932", "cp950"):
        assert codec in codecs_offered
    assert all(decode.canonical(codec) for codec in codecs_offered)


# --- names that look mis-decoded ----------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["LefÃ¨vre", "LefĶvre", "Niccol\u00f2".encode("cp1252").decode("cp1258"), "Hél\x8ane",
     "Niccol½", "HŽlne", "Ren\u00e9e".encode().decode("cp1252"), "Lef鋀re"],
)  # fmt: skip
def test_mangled_names_are_flagged(value: str) -> None:
    assert plausible.mangled(value), value


@pytest.mark.parametrize(
    "value",
    ["Lefèvre", "Niccolò", "L’Oréal", "Œuvre d’Orient", "Müller-Lüdenscheidt", "Dvořák",
     "Wiśniewska-Żak", "陳志明", "山田花子", "김민준", "Saint-Étienne", "« Les Échos »",
     "Þórunn Guðmundsdóttir", "Ελένη Παπαδοπούλου", "NTTデータ", "Ana·l·lí"],
)  # fmt: skip
def test_real_names_are_not_flagged(value: str) -> None:
    assert not plausible.mangled(value), value


_LATIN_NAMES = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzéèêëàâäîïôöùûüçñáíóúãõßœæøåčřšžłąęńśźż"),
    min_size=1,
    max_size=12,
).map(str.capitalize)


@settings(max_examples=200, deadline=None)
@given(name=_LATIN_NAMES)
def test_utf8_read_as_windows_1252_is_always_flagged(name: str) -> None:
    """Mojibake by construction: the UTF-8 bytes of a name with accents, read as cp1252."""
    try:
        misread = name.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return  # bytes Windows-1252 leaves undefined: that reading fails outright
    assert plausible.mangled(misread) == (not name.isascii()), misread


def test_the_preview_lists_mangled_values(store: Store, write: Write) -> None:
    path = write("liste.csv", "Nom;Prénom\r\nLefèvre;Hélène\r\nDurand;Paul\r\n", "cp1252")
    preview = imports.preview(store, imports.read(path, encoding="cp775"))
    assert [(s.where, s.value) for s in preview.suspects] == [
        ("line 2, Nom", "LefĶvre"),
        ("line 2, Prķnom", "HķlĶne"),
    ]
    assert preview.plan.encoding == "cp775"


def test_the_encoding_is_recorded_with_the_batch(store: Store, write: Write) -> None:
    path = write("liste.csv", "Nom;Prénom\r\nLefèvre;Hélène\r\n", encoding="mac_roman")
    source = imports.read(path)
    assert source.encoding == "mac_roman"
    imports.commit(store, imports.preview(store, source).plan)
    assert imports.history(store)[0].encoding == "mac_roman"
    vcard = write("one.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Wei Chen\r\nEND:VCARD\r\n")
    imports.commit(store, imports.preview(store, imports.read(vcard)).plan)
    assert imports.history(store)[0].encoding == ""


def test_sample_names_put_accented_names_first(write: Write) -> None:
    path = write(
        "liste.csv",
        "Prénom;Nom\r\nPaul;Durand\r\nHélène;Lefèvre\r\nAnne;Martin\r\n",
        encoding="cp1252",
    )
    assert imports.sample_names(imports.read(path), 2) == ["Hélène Lefèvre", "Paul Durand"]


def test_evidence_keeps_the_header_and_the_lines_with_accents(tmp_path: Path) -> None:
    data = b"Nom;Ville\n" + b"Durand;Paris\n" * 20000 + "Lefèvre;Gen\u00e8ve\n".encode("cp1252")
    sample = decode.evidence(data)
    assert sample.startswith(b"Nom;Ville\n") and sample.endswith(
        "Lefèvre;Genève\n".encode("cp1252")
    )
    assert len(sample) < 100
    assert decode.decode(data, "long.csv")[1] == "cp1252"


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("Jan;Kowalski;jan@wp.pl\r\n", {"pl"}),
        ("Jan;Kowalski;JAN@WP.PL\r\n", {"pl"}),
        ("a;b@seznam.cz;https://www.cvut.cz/\r\n", {"cs"}),
        ("Anne;anne@ulb.be\r\n", {"fr", "nl"}),
        # Not a country's domain, or not an address: nothing said.
        ("x@example.com;y@itri.org.tw;www.cnrs.fr.example;Paris.fr\r\n", set()),
        ("x@mail.co.uk\r\n", set()),
    ],
)
def test_country_domains_of_addresses_name_languages(text: str, languages: set[str]) -> None:
    """Each country domain names the languages a list from there may be in."""
    assert plausible._domain_languages(text) == languages


@pytest.mark.parametrize(
    ("value", "suspect"),
    [("Tesa°", True), ("Dvo°ák", True), ("n° 12", False), ("N°5", False), ("20°C", False)],
)
def test_a_degree_sign_after_a_letter_looks_mis_decoded(value: str, suspect: bool) -> None:
    """« ř » is « ° » in cp775: a degree follows a number, or the n of n° (numéro)."""
    assert plausible.mangled(value) is suspect
