"""`main.py --check-update`: stages a newer signed release from the configured portal and says where;
up to date and refused releases each get their sentence and exit code."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest

from kiosk.app import KioskContext
from kiosk.portal.releases import sign_manifest
from kiosk.portal.simulator import PortalSimulator
from kiosk.store.hub import set_setting
from kiosk.updates import check_update, staging_folder
from tests.portal.conftest import make_config
from tests.portal.test_releases import PACKAGE, manifest, private_key
from tests.sync.conftest import sim_admin


@pytest.fixture
def sim() -> Iterator[PortalSimulator]:
    with PortalSimulator(make_config()) as running:
        yield running


def _point(ctx: KioskContext, sim: PortalSimulator, package: bytes = PACKAGE) -> None:
    set_setting(ctx.database(), "portal.url", sim.url)
    set_setting(ctx.database(), "portal.client_id", "hub-test")
    sim_admin(sim, "release", {"envelope": sign_manifest(manifest(), private_key()),
                               "files": {"seva-kiosk_0.2.0_amd64.deb": base64.b64encode(package).decode()}})


def test_newer_release_is_staged_in_the_data_folder(ctx: KioskContext, sim: PortalSimulator) -> None:
    _point(ctx, sim)
    lines: list[str] = []
    assert check_update(ctx, lines.append, current="0.1.0") == 0
    staged = staging_folder(ctx) / "seva-kiosk_0.2.0_amd64.deb"
    assert staged.read_bytes() == PACKAGE
    assert "0.2.0" in lines[0] and "after day close" in lines[0]  # ctx speaks English in tests
    assert lines[-1] == f"Package: {staged}"


def test_up_to_date(ctx: KioskContext, sim: PortalSimulator) -> None:
    _point(ctx, sim)
    lines: list[str] = []
    assert check_update(ctx, lines.append, current="0.2.0") == 0
    assert lines == ["Seva Kiosk 0.2.0 is the newest release."]
    assert not staging_folder(ctx).exists()


def test_refused_release_exits_1_with_its_sentence(ctx: KioskContext, sim: PortalSimulator) -> None:
    _point(ctx, sim, PACKAGE + b"tampered")
    ctx.language = "mr"
    lines: list[str] = []
    assert check_update(ctx, lines.append, current="0.1.0") == 1
    assert "चेकसम" in lines[0]
    assert not any(staging_folder(ctx).iterdir())


def test_no_portal_configured_exits_1(ctx: KioskContext) -> None:
    set_setting(ctx.database(), "portal.training", "0")  # the demo hub would start the training portal
    lines: list[str] = []
    assert check_update(ctx, lines.append) == 1
    assert lines[0].startswith("seva-kiosk: ")
