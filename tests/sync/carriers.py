"""Two hubs of a ring on one portal: the home hub (offline, exports) and the carrier (online, relays).

Each is a real kiosk (its own data folder, store and sealed folders) with its own portal login, the secret
in the test keyring as ``seva-kiosk portal-config --secret-stdin`` would put it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import KioskContext, build_context
from kiosk.commands.outbox import hub_signer
from kiosk.demo import ensure_demo_hub
from kiosk.portal.client import PortalClient
from kiosk.portal.credentials import store_secret
from kiosk.portal.simulator import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, PortalSimulator, SimulatorConfig
from kiosk.portal.transport import Timeouts
from kiosk.store.hub import set_setting
from kiosk.sync.bundle import BundleSummary, export_bundle, import_bundle, set_ring_key
from kiosk.sync.progress import SyncReport
from tests.sync.conftest import drain, make_engine, sim_config

HOME, HOME_SECRET = "hub-home-velhe", "home-secret-9f2c41"  # noqa: S105 - test logins
CARRIER, CARRIER_SECRET = "hub-carrier-bhor", "carrier-secret-77ab"  # noqa: S105


def ring_config(**overrides: Any) -> SimulatorConfig:
    clients = {HOME: HOME_SECRET, CARRIER: CARRIER_SECRET, DEMO_CLIENT_ID: DEMO_CLIENT_SECRET}
    return sim_config(clients=clients, **overrides)


def log_in(ctx: KioskContext, url: str, client_id: str, secret: str) -> None:
    store_secret(client_id, secret)
    store = ctx.database()
    set_setting(store, "portal.url", url)
    set_setting(store, "portal.client_id", client_id)
    set_setting(store, "portal.training", "0")


def hub_client(url: str, client_id: str, secret: str) -> PortalClient:
    return PortalClient(url, client_id, lambda: secret, timeouts=Timeouts(0.5, 0.6))


def carrier_kiosk(folder: Path) -> KioskContext:
    other = build_context(folder, "en")
    ensure_demo_hub(other.database())
    return other


def export(ctx: KioskContext, folder: Path) -> BundleSummary:
    return export_bundle(ctx.database(), ctx.sealed().documents, folder, ctx.hub().code, hub_signer(ctx))


def carry(carrier: KioskContext, bundle: Path) -> BundleSummary:
    return import_bundle(carrier.database(), bundle, carrier.sealed().documents)


@pytest.fixture
def ring(ctx: KioskContext, tmp_path: Path) -> Iterator[tuple[PortalSimulator, KioskContext, KioskContext]]:
    """The portal, the home kiosk (``ctx``) and a carrier kiosk of another hub, each with its own login."""
    set_ring_key()
    with PortalSimulator(ring_config()) as sim:
        carrier = carrier_kiosk(tmp_path / "carrier-home")
        log_in(ctx, sim.url, HOME, HOME_SECRET)
        log_in(carrier, sim.url, CARRIER, CARRIER_SECRET)
        yield sim, ctx, carrier
        carrier.close()


def sync(kiosk: KioskContext, sim: PortalSimulator, hub: str, secret: str) -> SyncReport:
    engine = make_engine(kiosk, hub_client(sim.url, hub, secret))
    drain(engine)
    return engine.report
