"""The way back: a home hub that never gets a link of its own still gets its answers, on a return stick."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.domain.status import Status
from kiosk.store.outbox import counts
from kiosk.sync.bundle import BundleError
from kiosk.sync.return_trip import fetch_returns, import_return
from tests.sync import carriers
from tests.sync.carriers import CARRIER, CARRIER_SECRET, HOME, HOME_SECRET, carry, export, hub_client, sync
from tests.sync.conftest import sim_admin, take_apps

ring = carriers.ring  # the portal, the home kiosk and a carrier kiosk of another hub


def bring_back(carrier, sim, folder: Path):  # type: ignore[no-untyped-def]
    client = hub_client(sim.url, CARRIER, CARRIER_SECRET)
    try:
        return fetch_returns(carrier.database(), client, folder)
    finally:
        client.close()


def test_answers_come_home_on_a_return_stick_without_the_home_ever_online(ring, tmp_path: Path) -> None:
    sim, home, carrier = ring
    approved_uuid, rejected_uuid = take_apps(home, 2)
    carry(carrier, export(home, tmp_path / "usb").path)
    sync(carrier, sim, CARRIER, CARRIER_SECRET)
    ids = {a["idempotency_key"]: a["id"] for a in sim_admin(sim, "applications")["applications"]}
    sim_admin(sim, "decide", {"application_id": ids[approved_uuid], "status": "approved"})
    sim_admin(sim, "decide", {"application_id": ids[rejected_uuid], "status": "rejected"})

    [back] = bring_back(carrier, sim, tmp_path / "usb-back")
    assert back.hub_id == HOME and back.certificates == 1 and back.events == 4 and back.path is not None
    assert back.path.read_bytes()[:4] == b"SKR2"

    result = import_return(home.database(), back.path, home.sealed().certificates, HOME)
    assert result.certificates == 1
    assert home.applications().get(approved_uuid).status == Status.APPROVED
    rejected = home.applications().get(rejected_uuid)
    assert rejected.status == Status.REJECTED and rejected.portal_number == ids[rejected_uuid]
    assert counts(home.database())["acked"] == 2, "the portal has them: nothing left to send"
    kept = home.use_cases().handover.certificate(approved_uuid)
    assert kept is not None and home.sealed().certificates.read(kept.name).startswith(b"%PDF-")
    # importing the same return file again changes nothing
    again = import_return(home.database(), back.path, home.sealed().certificates, HOME)
    assert (again.events, again.certificates) == (0, 0)
    # the home's own link comes back later: nothing new, nothing twice
    report = sync(home, sim, HOME, HOME_SECRET)
    assert (report.sent, report.status_applied, report.certificates) == (0, 0, 0)
    assert sim_admin(sim, "stats")["applications_stored"] == 2


def test_a_return_file_is_only_for_its_own_hub_and_no_news_writes_nothing(ring, tmp_path: Path) -> None:
    sim, home, carrier = ring
    take_apps(home, 1)
    carry(carrier, export(home, tmp_path / "usb").path)
    [quiet] = bring_back(carrier, sim, tmp_path / "back")
    assert quiet.path is None and quiet.events == 0 and not quiet.error, "nothing decided, nothing relayed yet"
    sync(carrier, sim, CARRIER, CARRIER_SECRET)
    [back] = bring_back(carrier, sim, tmp_path / "back")
    assert back.path is not None and back.events == 1
    with pytest.raises(BundleError, match="not of this hub"):
        import_return(carrier.database(), back.path, carrier.sealed().certificates, CARRIER)
    with pytest.raises(BundleError, match="not a Seva Kiosk bundle of this kind"):
        carry(carrier, back.path)  # a return file is not a bundle to relay


def test_an_expired_grant_is_reported_and_a_dead_link_is_an_error_not_an_empty_return(ring, tmp_path: Path) -> None:
    from kiosk.domain.errors import PortalError
    from tests.sync.conftest import free_port

    sim, home, carrier = ring
    take_apps(home, 1)
    carry(carrier, export(home, tmp_path / "usb").path)
    sync(carrier, sim, CARRIER, CARRIER_SECRET)
    offline = hub_client(f"http://127.0.0.1:{free_port()}", CARRIER, CARRIER_SECRET)
    with pytest.raises(PortalError):
        fetch_returns(carrier.database(), offline, tmp_path / "back")
    assert not (tmp_path / "back").exists()
    sim_admin(sim, "advance", {"seconds": 31 * 86400})  # the grant of that bundle was for 30 days
    [late] = bring_back(carrier, sim, tmp_path / "back")
    assert late.path is None and "expired" in late.error
