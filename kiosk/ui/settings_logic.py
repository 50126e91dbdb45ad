"""What the Settings screen does, without Qt: portal address and credentials, printers, restore.

The portal secret goes only to the OS keyring (``kiosk.portal.credentials``); the database keeps the
address and the client id. A restore replaces the whole database, so the store is closed first and the
session ends (the restored file may hold other accounts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from kiosk.receipts.format import group_indian
from kiosk.store.hub import set_setting
from kiosk.ui.i18n import tr

if TYPE_CHECKING:
    from kiosk.app import KioskContext

PRINTER_SETTING = "print.printer"
ESCPOS_SETTING = "print.escpos_uri"
CLIENT_ID = re.compile(r"[A-Za-z0-9._-]{3,64}")
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def portal_problems(url: str, client_id: str) -> list[str]:
    """Every reason the portal address or client id cannot be used (empty: fine)."""
    found = []
    parts = urlsplit(url.strip())
    secure = parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in LOOPBACK)
    if not parts.hostname or not secure or any(c.isspace() for c in url.strip()):
        found.append(tr("Portal address: use {secure} ({plain} only for this computer).").format(
            secure="https://…", plain="http://"))
    if not CLIENT_ID.fullmatch(client_id.strip()):
        found.append(tr("Client id: 3 to 64 letters, digits, '.', '_' or '-'."))
    return found


def is_loopback(url: str) -> bool:
    return urlsplit(url.strip()).hostname in LOOPBACK


def has_secret(client_id: str) -> bool:
    from kiosk.portal.credentials import load_secret

    try:
        return bool(client_id) and bool(load_secret(client_id))
    except Exception:  # noqa: BLE001 - no keyring or no secret: both mean "not stored"
        return False


def save_portal(ctx: KioskContext, url: str, client_id: str, secret: str) -> None:
    """Secret first (keyring; raises SecretStoreUnavailable), then the address and id. The caller makes
    sure a secret is typed or already stored. Nothing is written to the database when the keyring refuses."""
    from kiosk.portal.credentials import store_secret

    url, client_id = url.strip(), client_id.strip()
    if secret:
        store_secret(client_id, secret)
    store = ctx.database()
    set_setting(store, "portal.url", url.rstrip("/"))
    set_setting(store, "portal.client_id", client_id)


def check_escpos_uri(uri: str) -> None:
    """Raises the receipts package's DeviceError (bad_printer_uri) for an address it cannot use."""
    from kiosk.receipts.printers import parse_escpos_uri

    parse_escpos_uri(uri.strip())


@dataclass(frozen=True)
class BackupRow:
    path: Path
    size_bytes: int

    @property
    def label(self) -> str:
        stamp = self.path.stem.removeprefix("kiosk-backup-")
        day, time = stamp[:8], stamp[9:15]
        return f"{day[6:8]}-{day[4:6]}-{day[0:4]} {time[0:2]}:{time[2:4]}:{time[4:6]} · {group_indian(max(1, self.size_bytes // 1024))} KB"


def backups(folder: Path) -> list[BackupRow]:
    from kiosk.store.backup import list_backups

    return [BackupRow(p, p.stat().st_size) for p in list_backups(folder) if p.is_file()]


def verify_for_restore(ctx: KioskContext, backup: Path) -> None:
    """Raises BackupError when ``backup`` cannot be restored (slow: run it off the GUI thread). The
    hub's data keys come from ``ctx``: a backup is encrypted like the database."""
    from kiosk.domain.errors import BackupError

    problem = ctx.backup_problem(backup)
    if problem:
        raise BackupError(f"{backup.name} cannot be restored: {problem}")


def restore(ctx: KioskContext, backup: Path, *, verified: bool = False) -> Path | None:
    """Verify (unless the caller just did), close the store, replace the database, reopen. Raises
    BackupError for a bad backup (the live database is untouched then). Returns where the replaced
    database was kept."""
    if not verified:
        verify_for_restore(ctx, backup)
    ctx.close()
    try:
        return ctx.restore_backup(backup)
    finally:
        ctx.database()  # reopen whatever is there now (the restored file, or the old one on failure)
