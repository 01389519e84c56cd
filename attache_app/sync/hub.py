"""A small CouchDB client over httpx: the few endpoints the sync uses, and readable failures.

Every failure becomes a :class:`SyncError` with one sentence that names the hub and says
why (unreachable, wrong password, not a member, no such database, a server error, an answer
that is not JSON, a time-out). Nothing here touches the local database.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit, urlunsplit

from attache_app.errors import AttacheError
from attache_app.i18n import translate

_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
"""Bodies sent as compact UTF-8 (names in Chinese or Japanese as such, not as escapes)."""

# httpx (with http.client, ssl and the e-mail parser) is imported by the first Hub: the
# window reads the sync's status at start-up, and most databases never meet a hub.
if TYPE_CHECKING:
    import ssl

    import httpx

DEFAULT_TIMEOUT = 30.0
"""Seconds to wait for one answer of the hub."""


class SyncError(AttacheError):
    """The hub could not be used; ``str(error)`` is the sentence for the user."""

    def __init__(self, message: str, *, reason: str = "other") -> None:
        super().__init__(message)
        self.reason = reason  # unreachable, auth, forbidden, missing, server, malformed, timeout


def clean_url(url: str) -> str:
    """The database URL without credentials nor a trailing slash (what is stored)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError(
            translate(
                "Sync",
                "“{url}” is not the address of a database on a hub "
                "(expected https://server/database).",
            ).format(url=url),
            reason="usage",
        )
    path = parts.path.rstrip("/")
    if not path.strip("/"):
        raise SyncError(
            translate(
                "Sync",
                "The address {url} names no database: add its name (https://server/database).",
            ).format(url=url),
            reason="usage",
        )
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, path, "", ""))


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """The certificates trusted for https hubs, read once per process: reading them takes
    a tenth of a second, and every round opens a client (the window syncs every 5 min)."""
    import httpx

    return httpx.create_ssl_context()


def database_name(url: str) -> str:
    return urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]


class Hub:
    """One database on a CouchDB (or pouchdb-server) hub, used as ``user``."""

    def __init__(
        self,
        url: str,
        user: str,
        password: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        import httpx

        self.url = clean_url(url)
        self.user = user
        self._client = httpx.Client(
            base_url=self.url + "/",
            auth=(user, password) if user else None,
            timeout=timeout,
            transport=transport,
            headers={"Accept": "application/json"},
            verify=_tls_context(),
        )
        self.timeout = timeout

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Hub:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- the requests ------------------------------------------------------------------

    def _request(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        params: dict[str, str] | None = None,
        accept: Sequence[int] = (),
    ) -> Any:
        """Send one request; the decoded JSON answer. Statuses in ``accept`` are answers."""
        import httpx

        try:
            response = self._client.request(
                method,
                path,
                params=params,
                content=None if body is None else _JSON.encode(body).encode("utf-8"),
                headers={"Content-Type": "application/json"} if body is not None else None,
            )
        except httpx.TimeoutException as error:
            raise SyncError(
                translate("Sync", "The hub {url} did not answer within {seconds} seconds.").format(
                    url=self.url, seconds=f"{self.timeout:g}"
                ),
                reason="timeout",
            ) from error
        except httpx.HTTPError as error:
            raise SyncError(
                translate("Sync", "The hub {url} cannot be reached ({why}).").format(
                    url=self.url, why=str(error) or type(error).__name__
                ),
                reason="unreachable",
            ) from error
        if response.status_code >= 400 and response.status_code not in accept:
            raise self._status_error(response)
        try:
            return response.json()
        except ValueError as error:
            raise SyncError(
                translate(
                    "Sync",
                    "The hub {url} sent an answer that is not valid JSON "
                    "(HTTP {status}): is the address that of a CouchDB database?",
                ).format(url=self.url, status=response.status_code),
                reason="malformed",
            ) from error

    def _status_error(self, response: httpx.Response) -> SyncError:
        status = response.status_code
        reason = ""
        try:
            answer = response.json()
            if isinstance(answer, dict):
                reason = str(answer.get("reason") or answer.get("error") or "")
        except ValueError:
            reason = response.text[:200].strip()
        if status == 401:
            return SyncError(
                translate(
                    "Sync", "The hub {url} refused the user name “{user}” or its password."
                ).format(url=self.url, user=self.user),
                reason="auth",
            )
        if status == 403:
            return SyncError(
                translate(
                    "Sync",
                    "The user “{user}” is not a member of the database {url}: ask the "
                    "hub's administrator to add them.",
                ).format(url=self.url, user=self.user),
                reason="forbidden",
            )
        if status == 404:
            return SyncError(
                translate("Sync", "The hub has no database {url}.").format(url=self.url),
                reason="missing",
            )
        return SyncError(
            translate("Sync", "The hub {url} answered with an error (HTTP {status}): {why}").format(
                url=self.url, status=status, why=reason or response.reason_phrase
            ),
            reason="server",
        )

    def _expect(self, answer: Any, kind: type, what: str) -> Any:
        if not isinstance(answer, kind):
            raise SyncError(
                translate(
                    "Sync", "The hub {url} sent an answer of an unexpected shape to {what}."
                ).format(url=self.url, what=what),
                reason="malformed",
            )
        return answer

    # --- the endpoints -----------------------------------------------------------------

    def info(self) -> dict[str, Any]:
        """The database's information (checks the address, the user and the password)."""
        answer: dict[str, Any] = self._expect(self._request("GET", ""), dict, "GET /db")
        if "db_name" not in answer and "update_seq" not in answer:
            raise SyncError(
                translate("Sync", "{url} answers, but it is not a CouchDB database.").format(
                    url=self.url
                ),
                reason="malformed",
            )
        return answer

    def changes(self, since: Any, limit: int) -> tuple[list[dict[str, Any]], Any]:
        """Up to ``limit`` changes after ``since``, with their documents; and the last seq."""
        params = {
            "since": since if isinstance(since, str) else json.dumps(since),
            "include_docs": "true",
            "limit": str(limit),
            "style": "main_only",
        }
        answer = self._expect(self._request("GET", "_changes", params=params), dict, "_changes")
        results = answer.get("results")
        if not isinstance(results, list):
            raise SyncError(
                translate(
                    "Sync", "The hub {url} sent an answer of an unexpected shape to {what}."
                ).format(url=self.url, what="_changes"),
                reason="malformed",
            )
        return [r for r in results if isinstance(r, dict)], answer.get("last_seq", since)

    def bulk_docs(self, docs: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        """Write documents (each with the ``_rev`` it replaces); one result per document."""
        answer = self._request("POST", "_bulk_docs", body={"docs": list(docs)})
        return [r for r in self._expect(answer, list, "_bulk_docs") if isinstance(r, dict)]

    def bulk_get(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The current revision of each document (deleted ones with ``_deleted``)."""
        wanted = [{"id": i} for i in ids]
        if not wanted:
            return {}
        answer = self._expect(
            self._request("POST", "_bulk_get", body={"docs": wanted}), dict, "_bulk_get"
        )
        found: dict[str, dict[str, Any]] = {}
        for result in answer.get("results") or []:
            for entry in (result or {}).get("docs") or []:
                doc = (entry or {}).get("ok")
                if isinstance(doc, dict) and "_id" in doc:
                    found[str(doc["_id"])] = doc
        return found

    def get_local(self, name: str) -> dict[str, Any] | None:
        answer = self._request("GET", f"_local/{quote(name, safe='')}", accept=(404,))
        if not isinstance(answer, dict) or answer.get("error") == "not_found":
            return None
        return answer

    def put_local(self, name: str, body: dict[str, Any]) -> None:
        """Write a ``_local`` document (not replicated; here: a desktop's checkpoint)."""
        current = self.get_local(name)
        doc = dict(body)
        if current is not None and "_rev" in current:
            doc["_rev"] = current["_rev"]
        self._request("PUT", f"_local/{quote(name, safe='')}", body=doc)

    def put(self, doc_id: str, doc: dict[str, Any]) -> dict[str, Any]:
        answer: dict[str, Any] = self._expect(
            self._request("PUT", quote(doc_id, safe=":"), body=doc), dict, "PUT"
        )
        return answer
