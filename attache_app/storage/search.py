"""Full-text search over every kind of record (SQLite FTS5).

Why not a trigram tokenizer: it cannot find words shorter than three characters, and Chinese
family names (陳, 林) or Japanese ones (山田) are one or two. Instead, CJK ideographs, kana
and hangul are indexed one character per token, and a CJK query becomes a phrase of those
characters, so 山田 matches exactly the adjacent pair 山 田 and 陳 matches the character
陳. Latin text goes through unicode61 with diacritics removed: "lefevre" finds "Lefèvre".
Every term is a prefix, for type-ahead.

Romanised names are written several ways: Ya-Ting, Ya Ting and Yating; Ōno, Ono, Ohno,
Oono and Ouno (Hepburn's long vowels). The index stores, beside the words of a name, the
words of a hyphenated or spaced name joined (« yating ») and the long-vowel-folded form of
each (« ono »); a query asks for the same forms (the words typed, their neighbours joined,
the folded form), so that every spelling finds every other one.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from attache_app.domain import kinds
from attache_app.domain.enums import RecordKind
from attache_app.domain.scripts import name_forms
from attache_app.storage.spellings import LETTERS, WORD, cjk
from attache_app.storage.spellings import fold_long_vowels as fold_long_vowels
from attache_app.storage.spellings import name_variants as name_variants
from attache_app.storage.spellings import plain as plain
from attache_app.storage.spellings import segment as segment

_KIND_CODES = {kind: k.search_code for kind, k in kinds.RECORD_KINDS.items()}
"""Each kind's code in the rowids (the registry's ``search_code``)."""

_CHUNK = 500
_MAX_JOINED_TERMS = 4
"""Neighbouring words typed are also tried joined (Ya Ting → yating; Ya Ya Ting → yayating)
when a query has at most this many words (2 ** (n - 1) groupings)."""


def rowid(kind: RecordKind, ref_id: int) -> int:
    return ref_id * 8 + _KIND_CODES[kind]


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: int
    title: str
    subtitle: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _term(raw: str, prefix: bool) -> tuple[str, str]:
    """The expression of one typed word, and its letters (plain, joined) when it is a
    Latin word that may be joined to its neighbour ("" otherwise)."""
    parts = [p for p in WORD.findall(segment(raw)) if p.strip("_")]
    if not parts:
        return "", ""
    phrase = _quoted(" ".join(parts))
    if any(cjk().search(p) for p in parts):
        return (f"{phrase}*" if prefix else phrase), ""
    plains = [plain(p) for p in parts]
    letters = "".join(plains) if all(LETTERS.fullmatch(p) for p in plains) else ""
    if len(parts) == 1 and len(parts[0]) == 1:
        alternatives = [phrase]  # one letter: the word itself, not every word it begins
    elif not prefix:
        alternatives = [phrase]
    else:
        # The exact word scores twice: "chen" ranks Chen above Cheng.
        alternatives = [phrase, f"{phrase}*"] if len(parts) == 1 else [f"{phrase}*"]
    if letters:
        alternatives.extend(_spellings(letters, joined=len(parts) > 1, prefix=prefix))
    unique = list(dict.fromkeys(alternatives))
    return (unique[0] if len(unique) == 1 else f"({' OR '.join(unique)})"), letters


def _spellings(letters: str, *, joined: bool, prefix: bool) -> list[str]:
    """Other spellings of a Latin word: joined (Ya-Ting → yating) and long vowels folded."""
    found = []
    if joined:
        found.append(_quoted(letters))
        if prefix:
            found.append(_quoted(letters) + "*")
    folded = fold_long_vowels(letters)
    if folded != letters:
        found.append(_quoted(folded))
    return found


def match_expression(query: str, *, prefix: bool = True) -> str:
    """Turn what a person typed into a safe FTS5 expression ("" when nothing to search).

    Every word must match, as a prefix (unless ``prefix`` is false: whole words only), in
    any of its spellings; two neighbouring words may also match as one (Ya Ting → Yating).
    """
    terms = [_term(raw, prefix) for raw in unicodedata.normalize("NFC", query).split()]
    terms = [t for t in terms if t[0]]
    base = " AND ".join(expression for expression, _letters in terms)
    if len(terms) < 2 or len(terms) > _MAX_JOINED_TERMS:
        return base
    alternatives = []
    for groups in _groupings(len(terms)):
        if all(len(group) == 1 for group in groups):
            continue
        if any(len(group) > 1 and not all(terms[i][1] for i in group) for group in groups):
            continue
        alternatives.append(
            " AND ".join(
                terms[group[0]][0]
                if len(group) == 1
                else _joined("".join(terms[i][1] for i in group), prefix)
                for group in groups
            )
        )
    if not alternatives:
        return base
    return " OR ".join(f"({expression})" for expression in [base, *alternatives])


def _groupings(count: int) -> Iterable[list[list[int]]]:
    """Every way of cutting 0..count-1 into runs of neighbours: [[0], [1, 2]], …"""
    for cuts in range(2 ** (count - 1)):
        groups, current = [], [0]
        for i in range(1, count):
            if cuts >> (i - 1) & 1:
                current.append(i)
            else:
                groups.append(current)
                current = [i]
        groups.append(current)
        yield groups


def _joined(letters: str, prefix: bool) -> str:
    spellings = [_quoted(letters), *([_quoted(letters) + "*"] if prefix else [])]
    spellings.extend(_spellings(letters, joined=False, prefix=prefix))
    return spellings[0] if len(spellings) == 1 else f"({' OR '.join(spellings)})"


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    kinds: Sequence[RecordKind] | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    """Records matching every word of ``query``, best first (bm25, titles weigh most)."""
    expression = match_expression(query)
    if not expression:
        return []
    sql = (
        "SELECT kind, ref_id, display, subtitle, "
        "bm25(search_index, 0, 0, 0, 0, 10.0, 1.0) AS score "
        "FROM search_index WHERE search_index MATCH ?"
    )
    params: list[Any] = [expression]
    if kinds:
        sql += f" AND kind IN ({', '.join('?' for _ in kinds)})"
        params.extend(str(k) for k in kinds)
    sql += " ORDER BY score, rowid LIMIT ?"
    params.append(limit)
    return [
        SearchHit(kind=k, id=int(i), title=d, subtitle=s, score=float(score))
        for k, i, d, s, score in conn.execute(sql, params)
    ]


def suggest(
    conn: sqlite3.Connection, text: str, kind: RecordKind, limit: int = 30
) -> list[tuple[int, str, str]]:
    """(id, title, subtitle) of up to ``limit`` records of ``kind`` matching ``text``, for
    completion as one types (first matches, alphabetical; no ranking over every match)."""
    expression = match_expression(text)
    if not expression:
        return []
    rows = conn.execute(
        "SELECT ref_id, display, subtitle FROM search_index "
        "WHERE search_index MATCH ? AND kind = ? LIMIT ?",
        (expression, str(kind), limit),
    ).fetchall()
    return sorted(((int(i), d, s) for i, d, s in rows), key=lambda r: r[1].casefold())


def describe(conn: sqlite3.Connection, kind: RecordKind, ref_id: int) -> tuple[str, str] | None:
    """The (title, subtitle) the index shows for one record, or None."""
    row = conn.execute(
        "SELECT display, subtitle FROM search_index WHERE rowid = ?", (rowid(kind, ref_id),)
    ).fetchone()
    return (str(row[0]), str(row[1])) if row else None


def search_ids(conn: sqlite3.Connection, query: str, kind: RecordKind) -> set[int]:
    """Ids of every record of ``kind`` matching ``query`` (for filtering a list)."""
    return set(ranked_ids(conn, query, kind))


def ranked_ids(conn: sqlite3.Connection, query: str, kind: RecordKind) -> dict[int, int]:
    """{id: rank} of every record of ``kind`` matching ``query``: 0 when the name (title)
    holds every word whole, 1 when the record does elsewhere, 2 for prefixes only — so
    that a list filtered on « chen » shows Chen before Cheng."""
    expression = match_expression(query)
    if not expression:
        return {}
    exact = match_expression(query, prefix=False)
    rows = conn.execute(
        "SELECT ref_id FROM search_index WHERE search_index MATCH ? AND kind = ?",
        (expression, str(kind)),
    )
    ranks = {int(row[0]): 2 for row in rows}
    if not ranks:
        return ranks
    for rank, wanted in ((1, exact), (0, f"title : ({exact})")):
        for row in conn.execute(
            "SELECT ref_id FROM search_index WHERE search_index MATCH ? AND kind = ?",
            (wanted, str(kind)),
        ):
            ranks[int(row[0])] = rank
    return ranks


def group_by_kind(hits: Iterable[SearchHit]) -> dict[str, list[SearchHit]]:
    """Hits grouped by kind; the kind with the best hit comes first."""
    groups: dict[str, list[SearchHit]] = {}
    for hit in hits:
        groups.setdefault(hit.kind, []).append(hit)
    return groups


# --- documents -------------------------------------------------------------------------


def _join(*parts: object) -> str:
    return " ".join([p if type(p) is str else str(p) for p in parts if p])


def _where_ids(column: str, ids: Sequence[int] | None) -> tuple[str, list[int]]:
    if ids is None:
        return "", []
    return f" WHERE {column} IN ({', '.join('?' for _ in ids)})", list(ids)


def person_document(
    pid: int,
    civ: str,
    given: str,
    family: str,
    native: str,
    title: str,
    dept: str,
    place: str,
    country: str,
    notes: str,
    source: str,
    org: str | None,
    acronym: str | None,
    org_native: str | None,
    emails: str | None,
    phones: str | None,
    tags: str | None,
) -> tuple[Any, ...]:
    """The index entry of a person: (kind, id, display, subtitle, title, body)."""
    latin, shown_native = name_forms(given, family, native)  # as Person.display_name
    display = (
        f"{latin} ({shown_native})" if latin and shown_native else latin or shown_native or emails
    ) or "?"
    subtitle = " · ".join(x for x in (title, acronym or org) if x)
    body = _join(
        civ, title, dept, org, acronym, org_native, emails, phones, place, country, tags, notes,
        source,
    )  # fmt: skip
    title_words = _join(given, family, native, *name_variants(given, family))
    return (RecordKind.PERSON, pid, display, subtitle, title_words, body)


def _person_docs(conn: sqlite3.Connection, ids: Sequence[int] | None) -> Iterable[tuple[Any, ...]]:
    where, params = _where_ids("p.id", ids)
    rows = conn.execute(
        """SELECT p.id, p.civility, p.given_name, p.family_name, p.native_name, p.title,
                  p.department, p.street, p.postal_code, p.city, p.region,
                  p.country, p.notes, p.source,
                  o.name, o.acronym, o.native_name,
                  (SELECT group_concat(address, ' ') FROM person_emails e
                    WHERE e.person_id = p.id),
                  (SELECT group_concat(number || ' ' || e164, ' ') FROM person_phones f
                    WHERE f.person_id = p.id),
                  (SELECT group_concat(t.name, ' ') FROM person_tags pt
                    JOIN tags t ON t.id = pt.tag_id WHERE pt.person_id = p.id)
           FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id"""
        + where,
        params,
    )
    for row in rows:
        pid, civ, given, family, native, title, dept, street, postal, city, region = row[:11]
        where = place(street, postal, city, region, row[11])
        yield person_document(pid, civ, given, family, native, title, dept, where, *row[11:])


def place(street: str, postal_code: str, city: str, region: str, country: str) -> str:
    """The words of a postal address the index holds: its parts, and the country's name in
    French and in English (the index does not depend on the interface language), so that
    "Japon", "Japan" and "JP" all find the persons living there."""
    names = ""
    if country:
        from attache_app.domain.countries import country_name

        french, english = country_name(country, "fr"), country_name(country, "en")
        names = french if french == english else f"{french} {english}"
    return _join(street, postal_code, city, region, names)


def _organisation_docs(
    conn: sqlite3.Connection, ids: Sequence[int] | None
) -> Iterable[tuple[Any, ...]]:
    where, params = _where_ids("o.id", ids)
    rows = conn.execute(
        """SELECT o.id, o.name, o.native_name, o.acronym, o.kind, o.city, o.country,
                  o.website, o.notes,
                  (SELECT group_concat(t.name, ' ') FROM organisation_tags ot
                    JOIN tags t ON t.id = ot.tag_id WHERE ot.organisation_id = o.id)
           FROM organisations o"""
        + where,
        params,
    )
    for oid, name, native, acronym, _kind, city, country, website, notes, tags in rows:
        display = f"{name} ({acronym})" if acronym and acronym.lower() != name.lower() else name
        yield (
            RecordKind.ORGANISATION,
            oid,
            display,
            _join(native, city, country),
            _join(name, native, acronym, *name_variants(name)),
            _join(city, country, website, tags, notes),
        )


def _note_docs(conn: sqlite3.Connection, ids: Sequence[int] | None) -> Iterable[tuple[Any, ...]]:
    where, params = _where_ids("n.id", ids)
    rows = conn.execute(
        """SELECT n.id, n.title, n.date, n.source_name, n.url, n.country, n.body,
                  (SELECT group_concat(theme, ' ') FROM note_themes t WHERE t.note_id = n.id)
           FROM notes n"""
        + where,
        params,
    )
    for nid, title, date, source, url, country, body, themes in rows:
        yield (
            RecordKind.NOTE,
            nid,
            title,
            " · ".join(x for x in (date, source) if x),
            title,
            _join(source, themes, country, url, body),
        )


def _deadline_docs(
    conn: sqlite3.Connection, ids: Sequence[int] | None
) -> Iterable[tuple[Any, ...]]:
    where, params = _where_ids("d.id", ids)
    rows = conn.execute(
        """SELECT d.id, d.title, d.stage, d.all_day, d.due_date, d.due_local, d.tz, d.owner,
                  d.notes, p.name, p.partner_agency, c.year
           FROM deadlines d
           LEFT JOIN programmes p ON p.id = d.programme_id
           LEFT JOIN calls c ON c.id = d.call_id"""
        + where,
        params,
    )
    for (
        did,
        title,
        _stage,
        all_day,
        due_date,
        due_local,
        tz,
        owner,
        notes,
        programme,
        agency,
        year,
    ) in rows:
        due = due_date if all_day else f"{due_local.replace('T', ' ')} {tz}"
        yield (
            RecordKind.DEADLINE,
            did,
            title,
            " · ".join(x for x in (programme, due) if x),
            _join(title, programme),
            _join(agency, year, owner, notes),
        )


def _interaction_docs(
    conn: sqlite3.Connection, ids: Sequence[int] | None
) -> Iterable[tuple[Any, ...]]:
    where, params = _where_ids("i.id", ids)
    rows = conn.execute(
        "SELECT i.id, i.title, i.date, i.place, i.summary FROM interactions i" + where, params
    )
    for iid, title, date, place, summary in rows:
        yield (
            RecordKind.INTERACTION,
            iid,
            title,
            " · ".join(x for x in (date, place) if x),
            title,
            _join(place, summary),
        )


def _programme_docs(
    conn: sqlite3.Connection, ids: Sequence[int] | None
) -> Iterable[tuple[Any, ...]]:
    where, params = _where_ids("p.id", ids)
    rows = conn.execute(
        "SELECT p.id, p.name, p.partner_country, p.partner_agency, p.description "
        "FROM programmes p" + where,
        params,
    )
    for pid, name, country, agency, description in rows:
        yield (
            RecordKind.PROGRAMME,
            pid,
            name,
            " · ".join(x for x in (agency, country) if x),
            name,
            _join(agency, country, description),
        )


Documents = Callable[[sqlite3.Connection, Sequence[int] | None], Iterable[tuple[Any, ...]]]
"""The index's documents of the records with these ids (all of the kind for None)."""

_BUILDERS: dict[RecordKind, Documents] = {
    RecordKind.PERSON: _person_docs,
    RecordKind.ORGANISATION: _organisation_docs,
    RecordKind.NOTE: _note_docs,
    RecordKind.DEADLINE: _deadline_docs,
    RecordKind.INTERACTION: _interaction_docs,
    RecordKind.PROGRAMME: _programme_docs,
}


def insert_documents(conn: sqlite3.Connection, docs: Iterable[tuple[Any, ...]]) -> None:
    """Index records from their documents (kind, id, display, subtitle, title, body), as
    the builders below or :func:`person_document` make them; nothing is removed first."""
    conn.executemany(
        "INSERT INTO search_index (rowid, kind, ref_id, display, subtitle, title, body) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            (
                rowid(kind, ref_id),
                str(kind),
                ref_id,
                display,
                subtitle,
                segment(title),
                segment(body),
            )
            for kind, ref_id, display, subtitle, title, body in docs
        ),
    )


def remove(conn: sqlite3.Connection, kind: RecordKind, ids: Iterable[int]) -> None:
    conn.executemany("DELETE FROM search_index WHERE rowid = ?", [(rowid(kind, i),) for i in ids])


def reindex(conn: sqlite3.Connection, kind: RecordKind, ids: Iterable[int]) -> None:
    """Bring the index up to date for these records (removed ones simply disappear)."""
    id_list = list(dict.fromkeys(ids))
    for start in range(0, len(id_list), _CHUNK):
        chunk = id_list[start : start + _CHUNK]
        remove(conn, kind, chunk)
        insert_documents(conn, _BUILDERS[kind](conn, chunk))


def rebuild(conn: sqlite3.Connection) -> None:
    """Re-create the whole index from the records (after a migration, or by `attache check`)."""
    conn.execute("DELETE FROM search_index")
    for builder in _BUILDERS.values():
        insert_documents(conn, builder(conn, None))
    conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")


def missing_entries(conn: sqlite3.Connection) -> int:
    """How many records have no entry in the index (0 when the index is whole)."""
    missing = 0
    for k in kinds.RECORD_KINDS.values():
        table, code = k.table, k.search_code
        missing += int(
            conn.execute(
                f"SELECT count(*) FROM {table} t WHERE NOT EXISTS "
                f"(SELECT 1 FROM search_index s WHERE s.rowid = t.id * 8 + {code})"
            ).fetchone()[0]
        )
    return missing


def index_new(conn: sqlite3.Connection, kind: RecordKind, ids: Iterable[int]) -> None:
    """Index records just inserted, which have no entry yet (:func:`reindex` without the
    removal first: bulk inserts of whole records)."""
    id_list = list(dict.fromkeys(ids))
    for start in range(0, len(id_list), _CHUNK):
        insert_documents(conn, _BUILDERS[kind](conn, id_list[start : start + _CHUNK]))
