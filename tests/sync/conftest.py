"""Sync tests run the kiosk's real store against the project's portal simulator over loopback HTTP."""

from __future__ import annotations

import hashlib
import os
import socket
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests

from kiosk.app import KioskContext
from kiosk.config import ASSETS_DIR
from kiosk.documents.storage import store_document
from kiosk.domain.application import DocumentRecord
from kiosk.domain.intake import take_application
from kiosk.portal.client import PortalClient
from kiosk.portal.simulator import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, PortalSimulator, SimulatorConfig
from kiosk.portal.transport import Timeouts
from kiosk.store.hub import set_setting
from kiosk.sync.backoff import Backoff
from kiosk.sync.engine import SyncEngine
from tests.forms import income_form

CATALOGUE = ASSETS_DIR / "catalogue" / "catalogue.json"
FONTS = ASSETS_DIR / "fonts"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def sim_config(**overrides: Any) -> SimulatorConfig:
    base: dict[str, Any] = {"catalogue_path": CATALOGUE, "decision_seconds": 3600.0, "stall_seconds": 0.4,
                            "connect_pause_seconds": 0.5, "trickle_seconds": 0.01, "fonts_dir": FONTS, "seed": 11,
                            "retry_after_seconds": 1}
    base.update(overrides)
    return SimulatorConfig(**base)


@pytest.fixture
def sim() -> Iterator[PortalSimulator]:
    with PortalSimulator(sim_config()) as running:
        yield running


def sim_admin(sim: PortalSimulator, path: str, body: Any = None) -> Any:
    url = f"{sim.url}/_sim/{path}"
    resp = requests.post(url, json=body, timeout=10) if body is not None else requests.get(url, timeout=10)
    assert resp.status_code < 300, resp.text
    return resp.json()


def make_client(url: str, **kw: Any) -> PortalClient:
    return PortalClient(url, DEMO_CLIENT_ID, lambda: DEMO_CLIENT_SECRET, timeouts=kw.pop("timeouts", Timeouts(0.5, 0.6)))


def make_engine(ctx: KioskContext, client: PortalClient, **kw: Any) -> SyncEngine:
    engine: SyncEngine = ctx.sync_engine(client, backoff=kw.pop("backoff", Backoff(base=0.02, cap=0.3)),
                                         language="en", heartbeat=kw.pop("heartbeat", None), **kw)
    return engine


def take_apps(ctx: KioskContext, n: int, *, docs: int = 1, doc_size: int = 3000) -> list[str]:
    """n applications through real intake, each with ``docs`` real stored documents; returns uuids."""
    cat, cal, hub = ctx.catalogue(), ctx.calendar(), ctx.hub()
    uuids = []
    for i in range(n):
        records = []
        for _ in range(docs):
            data = os.urandom(doc_size)
            sha = store_document(ctx.sealed().documents, data)
            assert sha == hashlib.sha256(data).hexdigest()
            records.append(DocumentRecord(sha, "aadhaar", "id_proof", 1, len(data), "image/jpeg", f"scan{i}.jpg"))
        result = take_application(income_form(), catalogue=cat, calendar=cal, hub_code=hub.code, operator="op1",
                                  now=ctx.now(), today=ctx.today(), documents=tuple(records))
        assert result.application is not None, result.problems
        uuids.append(ctx.applications().save_new(result.application).uuid)
    return uuids


def drain(engine: SyncEngine, **kw: Any) -> list[Any]:
    return list(engine.run(drain=True, max_wait=kw.pop("max_wait", 120.0), **kw))


@pytest.fixture
def training(ctx: KioskContext) -> Callable[[str], None]:
    def point(url: str) -> None:
        set_setting(ctx.database(), "portal.url", url)
        set_setting(ctx.database(), "portal.training", "1")
    return point
