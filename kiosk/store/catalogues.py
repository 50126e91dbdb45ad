"""Catalogue versions kept in the database: one active, every older one kept for its applications.

An update is parsed and validated before anything is written; the switch of the active version is one
transaction, so the counter never sees a half-applied catalogue. Applications reference the version they
were taken under, so an application queued under an old version still validates and submits.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from kiosk.domain.catalogue import Catalogue, parse_catalogue
from kiosk.domain.clock import utc_now
from kiosk.domain.errors import CatalogueError
from kiosk.store.db import Store

# Parsed catalogues by the digest of their stored text, shared by every store of the process: a full
# catalogue (~1,000 services) takes a tenth of a second to validate, and the same text is read again by
# each window, command and test that opens a store. Catalogues are immutable, so sharing is safe.
_PARSED: dict[str, Catalogue] = {}
_PARSED_MAX = 8


def _parse_text(text: str) -> tuple[dict[str, Any], Catalogue]:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    document = json.loads(text)
    catalogue = _PARSED.get(digest)
    if catalogue is None:
        catalogue = parse_catalogue(document)  # raises CatalogueError before any write
        if len(_PARSED) >= _PARSED_MAX:
            _PARSED.pop(next(iter(_PARSED)))
        _PARSED[digest] = catalogue
    return document, catalogue


class Catalogues:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: dict[str, Catalogue] = {}

    def install(self, document: dict[str, Any], *, activate: bool = True) -> Catalogue:
        """Validate and store a catalogue version; make it the active one unless told otherwise."""
        return self.install_text(json.dumps(document, ensure_ascii=False, sort_keys=True), activate=activate)

    def install_text(self, body: str, *, activate: bool = True) -> Catalogue:
        """:meth:`install` for a catalogue as JSON text (the bundled file), kept as it is written."""
        document, catalogue = _parse_text(body)
        with self.store.write() as conn:
            existing = conn.execute("SELECT body FROM catalogue_versions WHERE version = ?",
                                    (catalogue.version,)).fetchone()
            if existing is not None and existing["body"] != body and json.loads(existing["body"]) != document:
                raise CatalogueError(f"version {catalogue.version} already installed with different content")
            if existing is None:
                conn.execute("INSERT INTO catalogue_versions(version, published, body, installed_at, active) "
                             "VALUES (?, ?, ?, ?, 0)", (catalogue.version, catalogue.published, body,
                                                        utc_now().isoformat()))
            if activate:
                conn.execute("UPDATE catalogue_versions SET active = 0 WHERE active = 1")
                conn.execute("UPDATE catalogue_versions SET active = 1 WHERE version = ?", (catalogue.version,))
        self._cache[catalogue.version] = catalogue
        return catalogue

    def active_version(self) -> str | None:
        rows = self.store.query("SELECT version FROM catalogue_versions WHERE active = 1")
        return rows[0]["version"] if rows else None

    def active(self) -> Catalogue:
        version = self.active_version()
        if version is None:
            raise CatalogueError("no service catalogue is installed")
        return self.version(version)

    def version(self, version: str) -> Catalogue:
        if version not in self._cache:
            rows = self.store.query("SELECT body FROM catalogue_versions WHERE version = ?", (version,))
            if not rows:
                raise CatalogueError(f"catalogue version {version} is not installed")
            self._cache[version] = _parse_text(rows[0]["body"])[1]
        return self._cache[version]

    def document(self, version: str) -> dict[str, Any]:
        """The stored document of ``version`` (what a change set from the portal is applied to)."""
        rows = self.store.query("SELECT body FROM catalogue_versions WHERE version = ?", (version,))
        if not rows:
            raise CatalogueError(f"catalogue version {version} is not installed")
        document: dict[str, Any] = json.loads(rows[0]["body"])
        return document

    def versions(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.store.query(
            "SELECT version, published, installed_at, active FROM catalogue_versions ORDER BY installed_at")]
