"""Catalogue versions kept in the database: one active, every older one kept for its applications.

An update is parsed and validated before anything is written; the switch of the active version is one
transaction, so the counter never sees a half-applied catalogue. Applications reference the version they
were taken under, so an application queued under an old version still validates and submits.
"""

from __future__ import annotations

import json
from typing import Any

from kiosk.domain.catalogue import Catalogue, parse_catalogue
from kiosk.domain.clock import utc_now
from kiosk.domain.errors import CatalogueError
from kiosk.store.db import Store


class Catalogues:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: dict[str, Catalogue] = {}

    def install(self, document: dict[str, Any], *, activate: bool = True) -> Catalogue:
        """Validate and store a catalogue version; make it the active one unless told otherwise."""
        catalogue = parse_catalogue(document)  # raises CatalogueError before any write
        body = json.dumps(document, ensure_ascii=False, sort_keys=True)
        with self.store.write() as conn:
            existing = conn.execute("SELECT body FROM catalogue_versions WHERE version = ?",
                                    (catalogue.version,)).fetchone()
            if existing is not None and existing["body"] != body:
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
            self._cache[version] = parse_catalogue(json.loads(rows[0]["body"]))
        return self._cache[version]

    def versions(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.store.query(
            "SELECT version, published, installed_at, active FROM catalogue_versions ORDER BY installed_at")]
