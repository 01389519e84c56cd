"""Full-text search over every kind of record (SQLite FTS5).

Why not a trigram tokenizer: it cannot find words shorter than three characters, and Chinese
family names (陳, 林) or Japanese ones (山田) are one or two. Instead, CJK ideographs, kana
and hangul are indexed one character per token, and a CJK query becomes a phrase of those
characters, so 山田 matches exactly the adjacent pair 山 田 and 陳 matches the character
陳. Latin text goes through unicode61 with diacritics removed: "lefevre" finds "Lefèvre".
Every term is a prefix, for type-ahead.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from attache_app.domain.enums import RecordKind
from attache_app.domain.scripts import name_forms

_KIND_CODES = {
    RecordKind.PERSON: 1,
    RecordKind.ORGANISATION: 2,
    RecordKind.NOTE: 3,
    RecordKind.DEADLINE: 4,
    RecordKind.INTERACTION: 5,
    RecordKind.PROGRAMME: 6,
}

# Han (with extensions and compatibility ideographs), kana, hangul, bopomofo.
_CJK = re.compile(
    "(["
    "\u1100-\u11ff\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31a0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
    "\U00020000-\U0003134f"
    "])"
)
_WORD = re.compile(r"\w+")
_CHUNK = 500


def segment(text: str) -> str:
    """Put spaces around every CJK character, so that each one is its own token."""
    if text.isascii():  # most text, and a check far cheaper than the substitution
        return text
    return _CJK.sub(r" \1 ", text)


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


def match_expression(query: str) -> str:
    """Turn what a person typed into a safe FTS5 expression ("" when nothing to search)."""
    terms = []
    for raw in unicodedata.normalize("NFC", query).split():
        parts = _WORD.findall(segment(raw))
        parts = [p for p in parts if p.strip("_")]
        if parts:
            phrase = " ".join(parts).replace('"', '""')
            if len(parts) == 1 and len(phrase) == 1 and not _CJK.search(phrase):
                # One Latin letter: the word itself, not the whole index of its prefixes.
                terms.append(f'"{phrase}"')
            elif len(parts) == 1 and not _CJK.search(phrase):
                # The exact word scores twice: "chen" ranks Chen above Cheng.
                terms.append(f'("{phrase}" OR "{phrase}"*)')
            else:
                terms.append(f'"{phrase}"*')
    return " AND ".join(terms)


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


def search_per_kind(conn: sqlite3.Connection, query: str, per_kind: int) -> list[SearchHit]:
    """The best ``per_kind`` hits of every kind, in one pass over the matches, best first."""
    expression = match_expression(query)
    if not expression:
        return []
    rows = conn.execute(
        "SELECT kind, ref_id, display, subtitle, score FROM ("
        "  SELECT kind, ref_id, display, subtitle, score,"
        "         row_number() OVER (PARTITION BY kind ORDER BY score, rowid) AS n"
        "  FROM (SELECT kind, ref_id, display, subtitle, rowid,"
        "               bm25(search_index, 0, 0, 0, 0, 10.0, 1.0) AS score"
        "        FROM search_index WHERE search_index MATCH ?)"
        ") WHERE n <= ? ORDER BY score",
        (expression, per_kind),
    )
    return [
        SearchHit(kind=k, id=int(i), title=d, subtitle=s, score=float(score))
        for k, i, d, s, score in rows
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
    expression = match_expression(query)
    if not expression:
        return set()
    return {
        int(row[0])
        for row in conn.execute(
            "SELECT ref_id FROM search_index WHERE search_index MATCH ? AND kind = ?",
            (expression, str(kind)),
        )
    }


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
    return (RecordKind.PERSON, pid, display, subtitle, _join(given, family, native), body)


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
            _join(name, native, acronym),
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


_BUILDERS = {
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
    tables = {
        RecordKind.PERSON: "persons",
        RecordKind.ORGANISATION: "organisations",
        RecordKind.NOTE: "notes",
        RecordKind.DEADLINE: "deadlines",
        RecordKind.INTERACTION: "interactions",
        RecordKind.PROGRAMME: "programmes",
    }
    missing = 0
    for kind, table in tables.items():
        code = _KIND_CODES[kind]
        missing += int(
            conn.execute(
                f"SELECT count(*) FROM {table} t WHERE NOT EXISTS "
                f"(SELECT 1 FROM search_index s WHERE s.rowid = t.id * 8 + {code})"
            ).fetchone()[0]
        )
    return missing
