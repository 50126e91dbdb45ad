"""Where the kiosk keeps things: the one place that builds a platform path.

platformdirs gives the per-user data folder on Windows and Linux; ``KIOSK_HOME`` (or ``--home``) puts
everything under one folder instead — tests always use a temporary home, and a portable install on a USB
stick uses it too.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "SevaKiosk"
ASSETS_DIR = Path(__file__).resolve().parent.parent / "assets"


def _assets_dir() -> Path:
    # A frozen (PyInstaller) build unpacks assets beside the executable's _MEIPASS folder.
    frozen = os.environ.get("KIOSK_ASSETS")
    return Path(frozen) if frozen else ASSETS_DIR


@dataclass(frozen=True)
class KioskPaths:
    home: Path
    assets: Path

    @property
    def database(self) -> Path:
        return self.home / "kiosk.sqlite3"

    @property
    def documents(self) -> Path:
        return self.home / "documents"

    @property
    def certificates(self) -> Path:
        return self.home / "certificates"

    @property
    def receipts(self) -> Path:
        return self.home / "receipts"

    @property
    def sync_lock(self) -> Path:
        """Held during a sync pass: the window and the headless watcher never pass at once."""
        return self.home / "sync.lock"

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def scan_inbox(self) -> Path:
        return self.home / "scan-inbox"

    @property
    def simulator(self) -> Path:
        return self.home / "portal-simulator"

    @property
    def exports(self) -> Path:
        return self.home / "exports"

    def ensure(self) -> KioskPaths:
        for p in (self.home, self.documents, self.certificates, self.receipts, self.backups, self.logs,
                  self.scan_inbox, self.exports):
            p.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(home: str | os.PathLike[str] | None = None) -> KioskPaths:
    """``home`` (from ``--home``) wins, then ``KIOSK_HOME``, then the platform's user data folder."""
    chosen = home or os.environ.get("KIOSK_HOME")
    base = Path(chosen).expanduser() if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return KioskPaths(home=base.resolve(), assets=_assets_dir())
