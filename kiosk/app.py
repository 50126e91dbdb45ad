"""The composition root: paths → settings → database → adapters → the Qt window or the CLI.

Everything is built here, once, and each part gets the narrow thing it needs. Nothing else in the kiosk
builds a path, opens the database or picks an adapter. ``KioskContext`` is deliberately not a global: the
CLI makes one per command, the GUI one per window, the tests one per temporary home.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlite_utils import Migrations

from kiosk.config import KioskPaths, resolve_paths
from kiosk.counter.use_cases import UseCases
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.clock import local_day, utc_now
from kiosk.sealed import Cipher, FolderNotSealed, LazyCipher, SealedFolders
from kiosk.store.applications import Applications
from kiosk.store.catalogues import Catalogues
from kiosk.store.db import Store, open_store
from kiosk.store.hub import Hub, get_setting, load_hub

if TYPE_CHECKING:
    from kiosk.domain.calendar import WorkingCalendar
    from kiosk.portal.client import PortalClient
    from kiosk.portal.simulator.process import SimulatorProcess
    from kiosk.sync.engine import PortalClientLike, SyncEngine

# Packages that keep tables in the hub database register their schema steps here (module, attribute);
# the store applies them after its own without importing those packages.
MIGRATION_SETS: tuple[tuple[str, str], ...] = (
    ("kiosk.security.migrations", "SECURITY_MIGRATIONS"),
)


def _migration_sets() -> list[Migrations]:
    return [getattr(importlib.import_module(module_name), attr) for module_name, attr in MIGRATION_SETS]


_SPAWN_LOCK = threading.RLock()


@dataclass
class KioskContext:
    paths: KioskPaths
    language: str = "mr"
    # When the database's full check runs (kiosk.store.db): at open when due for a command; the window
    # sets "later" and runs a due check on the pool once the login shows.
    check: str = "when_due"
    _store: Store | None = field(default=None, repr=False)
    _applications: Applications | None = field(default=None, repr=False)
    _catalogues: Catalogues | None = field(default=None, repr=False)
    _calendar: WorkingCalendar | None = field(default=None, repr=False)
    _simulator: SimulatorProcess | None = field(default=None, repr=False)
    _data_key: bytes | None = field(default=None, repr=False)
    _cipher: Cipher | None = field(default=None, repr=False)

    # --------------------------------------------------------------------------------------- storage

    def database(self) -> Store:
        if self._store is None:
            self.paths.ensure()
            # A context that has unlocked the data key keeps it while it lives (a restore or a window's
            # refresh reopens the store): the keyring is asked once, as for the audit key.
            key = self._data_key or self.unlock()
            self._store = open_store(self.paths.database, _migration_sets(), key=key, check=self.check)
            if self._store.writable:
                self._install_bundled_catalogue(self._store)
        return self._store

    store = database

    def use_throwaway_key(self) -> None:
        """A random data key that is never stored, for a throw-away data folder (the self-test): the
        keyring is not touched and nothing opens that folder again."""
        import secrets

        from kiosk.security.atrest import DataKeys, FileCipher

        self._data_key = secrets.token_bytes(32)
        self._cipher = FileCipher(DataKeys(current=self._data_key))

    def sealed_folders(self) -> list[Path]:
        """The folders whose files are encrypted under the data key (documents, certificates, kept receipts)."""
        return [self.paths.documents, self.paths.certificates, self.paths.receipts]

    def sealed(self) -> SealedFolders:
        """Every folder holding personal data in files, sealed with the data key's file cipher (unlocked when a
        file is first sealed or opened): the only way such a file is written (kiosk.sealed)."""
        return SealedFolders.of(self.paths, LazyCipher(self.file_cipher))

    def file_cipher(self) -> Cipher:
        if self._cipher is None:
            self.unlock()
        if self._cipher is None:  # pragma: no cover - unlock() sets it or raises
            raise FolderNotSealed("the data key was unlocked but gave no file cipher")
        return self._cipher

    def unlock(self) -> bytes:
        """Encryption at rest: the data key from this PC's keyring (created on a new hub; an old release's
        plaintext files encrypted in place), and the file cipher of the sealed folders."""
        from kiosk.security.encryption import unlock

        key, self._cipher = unlock(self.paths.database, self.sealed_folders())
        self._data_key = key
        return key

    def data_keys(self) -> list[bytes]:
        """Every data key this hub holds (current first): a backup may be under an older one."""
        from kiosk.security.atrest import load_keys

        keys = load_keys(self.paths.database)
        return keys.all() if keys else []

    def backup_problem(self, backup: Path) -> str | None:
        """What is wrong with a backup file (None when it restores), trying every key this hub holds."""
        from kiosk.store.backup import verify_backup

        return verify_backup(backup, [*self.data_keys(), None])

    def restore_backup(self, backup: Path) -> Path | None:
        """Close the store and replace the database by ``backup`` (written under the current data key);
        returns where the replaced database was kept."""
        from kiosk.security.encryption import unlock
        from kiosk.store.backup import restore_database

        self.close()
        keys = self.data_keys()
        if not keys:
            keys = [unlock(self.paths.database, self.sealed_folders())[0]]
        return restore_database(backup, self.paths.database, key=keys[0], backup_keys=keys[1:])

    def read_certificate(self, sha256: str) -> bytes:
        """A downloaded certificate's PDF bytes, decrypted into memory."""
        return self.sealed().certificates.read(f"{sha256}.pdf")

    def applications(self) -> Applications:
        if self._applications is None:
            from kiosk.security.audit import record

            # Every save, status change and void is chained into the audit trail in its own transaction.
            self._applications = Applications(self.database(), audit=record)
        return self._applications

    def catalogues(self) -> Catalogues:
        if self._catalogues is None:
            self._catalogues = Catalogues(self.database())
        return self._catalogues

    def catalogue(self) -> Catalogue:
        return self.catalogues().active()

    def _install_bundled_catalogue(self, store: Store) -> None:
        cats = Catalogues(store)
        if cats.active_version() is None:
            # The full catalogue: every notified service (built from assets/catalogue/sources).
            cats.install_text((self.paths.assets / "catalogue" / "catalogue-full.json").read_text("utf-8"))
        self._catalogues = cats

    def use_cases(self) -> UseCases:
        """The counter's use cases, each given the narrow parts it needs from this context."""
        from kiosk.counter.answers import PortalNews
        from kiosk.counter.appeal import Appeals
        from kiosk.counter.correction import Corrections
        from kiosk.counter.hub_setup import HubSetup
        from kiosk.counter.login import Login
        from kiosk.counter.settings import Settings
        from kiosk.counter.start_up import StartUp, StartUpFolders
        from kiosk.counter.use_cases import Later
        from kiosk.counter.users import Users
        from kiosk.counter.void import Voiding

        # Providers, not open objects: nothing is opened until a use case runs, and a restore's reopened
        # store is what every use case sees next. What the login does not need is built on first use
        # (``Later``): its modules (PDF layouts, shaping, sync, documents) stay unimported until then.
        paths, store, clock, today = self.paths, self.database, self.now, self.today
        apps, catalogues, calendar, sealed = self.applications, self.catalogues, self.calendar, self.sealed()

        def later(module: str, name: str, *args: Any, **kwargs: Any) -> Later[Any]:
            return Later(lambda: getattr(importlib.import_module(f"kiosk.counter.{module}"), name)(*args, **kwargs))

        def sync_engine(client: Any) -> SyncEngine:  # worded in the operator's language at the time of the sync
            return self.sync_engine(client, language=use_cases.language)

        def intake() -> Any:  # the receipts use case is shared with the intake that prints them
            return importlib.import_module("kiosk.counter.intake").Intake(apps, catalogues, calendar, self.hub, clock,
                                                                          use_cases.receipts, paths.assets)

        use_cases = UseCases(
            language=self.language, paths=paths,
            hub=HubSetup(store, clock),
            login=Login(store, clock),
            users=Users(store, clock),
            settings=Settings(store, clock, paths.backups, backup_problem=self.backup_problem,
                              restore_backup=self.restore_backup),
            dashboard=later("dashboard", "Dashboard", store, today, self.catalogue),
            day_close=later("day_close", "DayClose", store, apps, self.catalogue, paths.exports, clock, today),
            start_up=StartUp(store, StartUpFolders(paths.documents, paths.certificates, paths.receipts,
                                                    paths.scan_inbox),
                             self._draft_documents),
            syncing=later("syncing", "Syncing", store, self.portal_client, sync_engine, lock_path=paths.sync_lock),
            news=PortalNews(store),
            intake=Later(intake),
            draft=later("draft", "Draft", sealed.drafts, sealed.documents),
            receipts=later("receipt", "Receipts", apps, catalogues, self.hub, sealed.receipts, paths.exports),
            attachments=later("attach", "AttachDocuments", apps, catalogues, calendar, today, sealed.documents),
            handover=later("handover", "Handover", apps, sealed.certificates),
            appeals=Appeals(apps, today, calendar, lambda: use_cases.receipts),
            voiding=Voiding(apps), corrections=Corrections(apps, catalogues, today),
            more_documents=later("more_documents", "MoreDocuments", apps, catalogues, today, calendar),
            finder=later("app_filters", "Finder", apps, catalogues),  # reads receipts' QR text: receipts package
            deliveries=later("delivery", "Deliveries", apps, catalogues, clock, today, self.portal_client),
            payments=later("payment", "Payments", store, apps, clock, today, catalogues, calendar),
        )
        return use_cases

    def _draft_documents(self) -> set[str]:
        from kiosk.counter.draft import draft_documents

        return draft_documents(self.sealed().drafts)  # attached to a form not saved yet

    def hub(self) -> Hub:
        return load_hub(self.database())

    def setting(self, key: str, default: str = "") -> str:
        return get_setting(self.database(), key, default)

    # ------------------------------------------------------------------------------------ calendar/time

    def calendar(self) -> WorkingCalendar:
        """The working-day calendar: bundled holiday lists, replaced by the portal's when it sends one."""
        if self._calendar is None:
            from dataclasses import replace

            from kiosk.domain.calendar import WorkingCalendar, parse_holidays

            lists = {}
            for p in sorted((self.paths.assets / "calendar").glob("holidays-*.json")):
                parsed = parse_holidays(json.loads(p.read_text("utf-8")))
                lists[parsed.year] = parsed
            # The portal's lists (stored by sync) replace the bundled ones for their years, and its rule for
            # which Saturdays are off wins for every year: one calendar, one weekly rule.
            stored = self.setting("calendar.portal")
            portal = [parse_holidays(raw) for raw in (json.loads(stored) if stored else [])]
            for parsed in portal:
                lists[parsed.year] = parsed
            if portal:
                rule = portal[0].saturdays_off
                lists = {y: replace(hl, saturdays_off=rule) for y, hl in lists.items()}
            self._calendar = WorkingCalendar.from_lists(lists.values())
        return self._calendar

    # ------------------------------------------------------------------------------------------ portal

    def portal_client(self, url: str | None = None) -> PortalClient:
        from kiosk.portal.client import PortalClient
        from kiosk.portal.credentials import secret_provider

        configured, client_id = self.setting("portal.url"), self.setting("portal.client_id")
        base = url or configured
        if not base and self.setting("portal.training") == "1":
            base = self.training_portal()
        if not base:
            from kiosk.domain.errors import PortalUnavailable

            raise PortalUnavailable("no portal configured: seva-kiosk portal-config URL CLIENT_ID, "
                                    "or seva-kiosk sync --portal URL")
        if self.setting("portal.training") == "1":
            # Training mode talks to the bundled simulator with its published demo credentials: nothing
            # secret is involved, so it works on a PC without a keyring.
            from kiosk.portal.simulator import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

            return PortalClient(base, DEMO_CLIENT_ID, lambda: DEMO_CLIENT_SECRET)
        return PortalClient(base, client_id, secret_provider(client_id))

    def training_portal(self) -> str:
        """Start the bundled portal simulator (training mode) in a child process for this context's life.

        Its database lives in the data folder, so training applications keep their portal state between
        runs; it moves them through scrutiny to a decision in a few minutes so the whole flow can be seen.
        """
        # The window's sync loop and its update check ask from pool threads, possibly at once, and possibly
        # after close() (a pass started just before the window went): one spawn at a time (and spawn_simulator
        # stops what it started when this process exits, so no simulator outlives its kiosk).
        with _SPAWN_LOCK:
            if self._simulator is None:
                from kiosk.portal.simulator import spawn_simulator

                self.paths.simulator.mkdir(parents=True, exist_ok=True)
                self._simulator = spawn_simulator([
                    "--db", str(self.paths.simulator / "portal.sqlite3"), "--decision-seconds", "120",
                    "--catalogue", str(self.paths.assets / "catalogue" / "catalogue-full.json")])
            return str(self._simulator.url)

    def sync_engine(self, client: PortalClientLike, **overrides: object) -> SyncEngine:
        """The sync engine wired to this hub's store and encrypted files (``overrides``: backoff, clock …)."""
        from kiosk.documents.storage import document_path, read_document
        from kiosk.sync.engine import SyncEngine
        from kiosk.sync.heartbeat import build_heartbeat

        store = self.database()
        from kiosk.security.audit import record
        from kiosk.security.verify import chain_head

        sealed = self.sealed()
        wiring: dict[str, Any] = {
            "document_path": lambda sha: document_path(sealed.documents, sha),
            "certificates": sealed.certificates, "language": self.language,
            "heartbeat": lambda: build_heartbeat(store, self.today(), chain_head(store)), "audit": record,
            "read_document": lambda sha: read_document(sealed.documents, sha)}
        return SyncEngine(store, client, **cast(dict[str, Any], {**wiring, **overrides}))

    def now(self) -> datetime:
        return utc_now()

    def today(self) -> date:
        return local_day(self.now())

    def close(self) -> None:
        with _SPAWN_LOCK:
            if self._simulator is not None:
                self._simulator.stop()
                self._simulator = None
        if self._store is not None:
            self._store.close()
            self._store = None
            self._applications = None
            self._catalogues = None


def build_context(home: str | os.PathLike[str] | None = None, language: str | None = None) -> KioskContext:
    paths = resolve_paths(home)
    lang = language or os.environ.get("KIOSK_LANG", "mr")
    return KioskContext(paths=paths, language=lang if lang in ("mr", "en", "hi") else "mr")


def _context_from_args(args: argparse.Namespace) -> KioskContext:
    return build_context(getattr(args, "home", None), getattr(args, "lang", None))


def _display_available() -> bool:
    if sys.platform != "linux":
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal", "vnc")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


NO_DISPLAY_MESSAGE = (
    "seva-kiosk: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open.\n"
    "  On a machine without a screen, run it under a virtual one:\n"
    "    xvfb-run -a bash installers/bootstrap.sh run\n"
    "  or use the command line: .venv/bin/seva-kiosk --help"
)


def run_gui(argv: Sequence[str]) -> int:
    if not _display_available():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2

    from kiosk.ui import application as ui_app

    def started_context(home: str | None = None, language: str | None = None) -> KioskContext:
        # The window opens the database without reading it all: a due full check and the start-up sweeps
        # run on the pool once the login shows (kiosk.ui.application.Shell.run_start_up_checks).
        ctx = build_context(home, language)
        ctx.check = "later"
        return ctx

    return int(ui_app.run(list(argv), started_context))


GUI_FLAGS = ("--exit-when-ready", "--fullscreen", "--training")


def main(argv: Sequence[str] | None = None) -> int:
    """`main.py` and `seva-kiosk`: no command → the operator's window; a command → the CLI."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] in (["--self-test"], ["--check-update"], ["--screenshots"]):
        from kiosk.technician import run_technician, technician_parser

        return run_technician(technician_parser().parse_args(args))
    if all(a in GUI_FLAGS for a in args):
        return run_gui(args)
    from kiosk import cli

    return cli.run(args, _context_from_args)
