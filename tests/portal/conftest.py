"""Fixtures: a real simulator on loopback per test (fresh in-memory DB), a client, the test keyring (tests/file_keyring.py)."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from kiosk.portal import PortalClient, Timeouts
from kiosk.portal.simulator import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, PortalSimulator, SimulatorConfig
from kiosk.portal.simulator.server import SEED_CATALOGUE
from tests.file_keyring import FileKeyring  # noqa: F401 - the autouse fixture is tests/conftest.py's

FONTS = Path(__file__).resolve().parents[2] / "assets" / "fonts"


def make_config(**overrides: Any) -> SimulatorConfig:
    base: dict[str, Any] = {"catalogue_path": SEED_CATALOGUE, "decision_seconds": 3600.0, "stall_seconds": 1.0, "connect_pause_seconds": 1.5,
                            "trickle_seconds": 0.1, "fonts_dir": FONTS if FONTS.is_dir() else None, "seed": 7}
    base.update(overrides)
    return SimulatorConfig(**base)


@pytest.fixture
def sim_config() -> SimulatorConfig:
    return make_config()


@pytest.fixture
def sim(sim_config: SimulatorConfig) -> Iterator[PortalSimulator]:
    with PortalSimulator(sim_config) as running:
        yield running


@pytest.fixture
def client(sim: PortalSimulator) -> Iterator[PortalClient]:
    with PortalClient(sim.url, DEMO_CLIENT_ID, lambda: DEMO_CLIENT_SECRET, timeouts=Timeouts(0.5, 0.5)) as c:
        yield c


def admin(sim: PortalSimulator, path: str, body: Any = None) -> Any:
    url = f"{sim.url}/_sim/{path}"
    resp = requests.post(url, json=body or {}, timeout=5) if body is not None else requests.get(url, timeout=5)
    assert resp.status_code < 300, resp.text
    return resp.json()


def stats(sim: PortalSimulator) -> dict[str, Any]:
    result: dict[str, Any] = admin(sim, "stats")
    return result


def script(sim: PortalSimulator, *faults: str, path: str = "/applications") -> None:
    admin(sim, "faults", {"script": list(faults), "path": path})


def wait_stall(sim: PortalSimulator) -> None:
    """Let a stalled request (timeout / late-answer fault) on the server finish."""
    time.sleep(sim.config.stall_seconds + 0.2)


def application(receipt: str = "HUB1-20250825-0001", docs: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "schema": "seva-kiosk/application@1", "receipt_number": receipt, "service_code": "income_certificate",
        "catalogue_version": "sim-2025.08.25",
        "applicant": {"name": {"en": "Asha Patil", "mr": "आशा पाटील"}, "aadhaar_last4": "1234"},
        "form": {"annual_income": 8500000, "purpose": "scholarship"},
        "fees": {"total_paise": 6900}, "documents": [{"sha256": d, "type": "aadhaar"} for d in docs or []],
    }
    body.update(extra)
    return body


def random_doc(size: int) -> tuple[bytes, str]:
    data = os.urandom(size)
    return data, hashlib.sha256(data).hexdigest()


@pytest.fixture
def new_client(sim: PortalSimulator) -> Iterator[Callable[..., PortalClient]]:
    made: list[PortalClient] = []

    def make(**kw: Any) -> PortalClient:
        kw.setdefault("timeouts", Timeouts(0.5, 0.5))
        secret = kw.pop("secret", DEMO_CLIENT_SECRET)
        c = PortalClient(kw.pop("url", sim.url), kw.pop("client_id", DEMO_CLIENT_ID),
                         kw.pop("secret_provider", lambda: secret), **kw)
        made.append(c)
        return c

    yield make
    for c in made:
        c.close()
