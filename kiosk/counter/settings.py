"""What the Settings screen does, without Qt: language and text size, portal address and credentials,
printers, the service list's update, backup and restore.

The portal secret goes only to the OS keyring (``kiosk.portal.credentials``); the database keeps the
address and the client id. A restore replaces the whole database, so the store is closed first and the
session ends (the restored file may hold other accounts). Problems come back as codes: the screen says
them in the operator's language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kiosk.counter.ports import Clock, OpenStore
from kiosk.domain.application import FIRST_COUNTER
from kiosk.domain.catalogue_report import catalogue_counts, service_row, unknowns
from kiosk.domain.errors import BackupError
from kiosk.security.audit import record
from kiosk.store.backup import DEFAULT_KEEP, BackupInfo, backup_database, list_backups
from kiosk.store.catalogues import Catalogues
from kiosk.store.hub import COUNTER_SETTING, Hub, get_setting, load_hub, set_setting
from kiosk.sync.engine import PortalClientLike, pull_catalogue

PRINTER_SETTING = "print.printer"
ESCPOS_SETTING = "print.escpos_uri"
FONT_SETTING = "ui.font_size"
LANGUAGE_SETTING = "ui.language"
WINDOW_SETTING = "ui.window_geometry"  # where the operator left the window on this PC (Qt's saveGeometry, hex)
FONT_DEFAULT, FONT_MIN, FONT_MAX = 13, 9, 24
CLIENT_ID = re.compile(r"[A-Za-z0-9._-]{3,64}")
LOOPBACK = ("127.0.0.1", "localhost", "::1")



@dataclass(frozen=True)
class CatalogueReview:
    version: str
    rows: list[dict[str, Any]]
    counts: dict[str, Any]
    unknowns: dict[str, list[str]]

class PortalProblem(StrEnum):
    ADDRESS = "address"  # not https (http only for this computer), or no host
    CLIENT_ID = "client_id"  # 3 to 64 letters, digits, '.', '_' or '-'
    TRAINING_HUB = "training_hub"  # a training hub talks to simulators on this computer only
    NO_SECRET = "no_secret"  # none typed and none stored for this client id


def portal_problems(url: str, client_id: str) -> list[PortalProblem]:
    """Every reason the portal address or client id cannot be used (empty: fine)."""
    found = []
    parts = urlsplit(url.strip())
    secure = parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in LOOPBACK)
    if not parts.hostname or not secure or any(c.isspace() for c in url.strip()):
        found.append(PortalProblem.ADDRESS)
    if not CLIENT_ID.fullmatch(client_id.strip()):
        found.append(PortalProblem.CLIENT_ID)
    return found


def is_loopback(url: str) -> bool:
    return urlsplit(url.strip()).hostname in LOOPBACK


def has_secret(client_id: str) -> bool:
    from kiosk.portal.credentials import load_secret

    try:
        return bool(client_id) and bool(load_secret(client_id))
    except Exception:  # noqa: BLE001 - no keyring or no secret: both mean "not stored"
        return False


def check_escpos_uri(uri: str) -> None:
    """Raises the receipts package's DeviceError (bad_printer_uri) for an address it cannot use."""
    from kiosk.receipts.printers import parse_escpos_uri

    parse_escpos_uri(uri.strip())


def font_size_of(raw: str) -> int:
    return int(raw) if raw.isdigit() and FONT_MIN <= int(raw) <= FONT_MAX else FONT_DEFAULT


@dataclass(frozen=True)
class PortalSettings:
    url: str
    client_id: str
    training: bool
    secret_stored: bool


@dataclass(frozen=True)
class SettingsView:
    """Everything the Settings screen shows, read in one go (on the window's worker pool)."""

    font_size: int
    portal: PortalSettings
    printer: str
    escpos_uri: str
    hub: Hub
    backups: list[BackupRow]


@dataclass(frozen=True)
class BackupRow:
    path: Path
    size_bytes: int

    @property
    def label(self) -> str:
        stamp = self.path.stem.removeprefix("kiosk-backup-")
        day, time = stamp[:8], stamp[9:15]
        from kiosk.receipts.format import group_indian  # the receipts package is heavy: not at start-up

        return f"{day[6:8]}-{day[4:6]}-{day[0:4]} {time[0:2]}:{time[2:4]}:{time[4:6]} · {group_indian(max(1, self.size_bytes // 1024))} KB"


def backups(folder: Path) -> list[BackupRow]:
    return [BackupRow(p, p.stat().st_size) for p in list_backups(folder) if p.is_file()]


class Settings:
    """Built by the composition root: ``backup_problem`` and ``restore_backup`` know the hub's data keys
    (a backup is encrypted like the database) and close the store before the file is replaced."""

    def __init__(self, store: OpenStore, clock: Clock, backups_folder: Path, *,
                 backup_problem: Callable[[Path], str | None],
                 restore_backup: Callable[[Path], Path | None]) -> None:
        self.store = store
        self.clock = clock
        self.backups_folder = backups_folder
        self._backup_problem = backup_problem
        self._restore_backup = restore_backup

    def view(self) -> SettingsView:
        hub = replace(load_hub(self.store()), counter=self.value(COUNTER_SETTING) or FIRST_COUNTER)  # this PC's
        return SettingsView(self.font_size(), self.portal(), self.printer(), self.escpos_uri(), hub, self.backups())

    # ------------------------------------------------------------------------------ plain settings
    def value(self, key: str, default: str = "") -> str:
        return get_setting(self.store(), key, default)

    def training(self) -> bool:
        return self.value("portal.training") == "1"

    def font_size(self) -> int:
        return font_size_of(self.value(FONT_SETTING))

    def save_font_size(self, size: int) -> None:
        set_setting(self.store(), FONT_SETTING, str(size))

    def remembered_language(self) -> str:
        return self.value(LANGUAGE_SETTING)

    def remember_language(self, language: str) -> None:
        set_setting(self.store(), LANGUAGE_SETTING, language)

    def window_geometry(self) -> bytes:
        """The window's last geometry on this PC (empty: never moved, so it opens maximised)."""
        raw = self.value(WINDOW_SETTING)
        try:
            return bytes.fromhex(raw)
        except ValueError:  # written by hand or damaged: forget it rather than refuse to start
            return b""

    def remember_window(self, geometry: bytes) -> None:
        set_setting(self.store(), WINDOW_SETTING, geometry.hex())

    # ------------------------------------------------------------------------------------ portal
    def portal(self) -> PortalSettings:
        client_id = self.value("portal.client_id")
        return PortalSettings(self.value("portal.url"), client_id, self.training(), has_secret(client_id))

    def portal_problems(self, url: str, client_id: str, secret: str) -> list[PortalProblem]:
        found = portal_problems(url, client_id)
        if self.training() and not is_loopback(url):
            # Demo applications must never reach a real portal: the training hub talks to simulators only.
            found.append(PortalProblem.TRAINING_HUB)
        if not secret and not has_secret(client_id.strip()):
            found.append(PortalProblem.NO_SECRET)
        return found

    def save_portal(self, url: str, client_id: str, secret: str) -> None:
        """Secret first (keyring; raises SecretStoreUnavailable), then the address and id. The caller makes
        sure a secret is typed or already stored. Nothing is written to the database when the keyring refuses."""
        from kiosk.portal.credentials import store_secret

        url, client_id = url.strip(), client_id.strip()
        if secret:
            store_secret(client_id, secret)
        store = self.store()
        set_setting(store, "portal.url", url.rstrip("/"))
        set_setting(store, "portal.client_id", client_id)

    # ---------------------------------------------------------------------------------- printers
    def printer(self) -> str:
        return self.value(PRINTER_SETTING)

    def save_printer(self, name: str) -> None:
        set_setting(self.store(), PRINTER_SETTING, name)

    def escpos_uri(self) -> str:
        return self.value(ESCPOS_SETTING)

    def save_escpos_uri(self, uri: str) -> None:
        """An empty ``uri`` removes the receipt printer; a bad one raises DeviceError and saves nothing."""
        uri = uri.strip()
        if uri:
            check_escpos_uri(uri)
        set_setting(self.store(), ESCPOS_SETTING, uri)

    # ------------------------------------------------------------------------------ service list
    def catalogue_version(self) -> str:
        return Catalogues(self.store()).active().version

    def catalogue_review(self) -> CatalogueReview:
        """The service list in use as a supervisor checks it: each service's row, the counts, the unknowns."""
        catalogue = Catalogues(self.store()).active()
        return CatalogueReview(catalogue.version, [service_row(s) for s in catalogue.services],
                               catalogue_counts(catalogue.services), unknowns(catalogue))

    def pull_catalogue(self, client: PortalClientLike) -> str | None:
        """A newer service list from the portal, installed; None when this one is the newest."""
        return pull_catalogue(self.store(), client)

    # --------------------------------------------------------------------------- backup, restore
    def backups(self) -> list[BackupRow]:
        return backups(self.backups_folder)

    def back_up(self, actor: str, folder: Path | None = None, *, keep: int = DEFAULT_KEEP) -> BackupInfo:
        """A verified backup (into the backups folder unless ``folder``), the newest ``keep`` kept there. A
        damaged database is still backed up; it just cannot take the audit entry."""
        store = self.store()
        info = backup_database(store, folder or self.backups_folder, keep=keep)
        if store.writable:
            with store.write() as conn:
                record(conn, actor, "backup.made", file=info.path.name)
        return info

    def verify_for_restore(self, backup: Path) -> None:
        """Raises BackupError when ``backup`` cannot be restored (slow: an integrity check of the whole file)."""
        problem = self._backup_problem(backup)
        if problem:
            raise BackupError(f"{backup.name} cannot be restored: {problem}")

    def restore(self, backup: Path, actor: str, *, verified: bool = False) -> Path | None:
        """Verify (unless the caller just did), replace the database, reopen, and record the restore in the
        restored chain after its last entry. Raises BackupError for a bad backup (the live database is
        untouched then). Returns where the replaced database was kept."""
        if not verified:
            self.verify_for_restore(backup)
        try:
            aside = self._restore_backup(backup)
        finally:
            store = self.store()  # reopen whatever is there now (the restored file, or the old one on failure)
        with store.write() as conn:
            record(conn, actor, "backup.restored", file=backup.name)
        return aside
