"""Status feed paging with cursors, per-hub scoping, and certificate PDFs (rendered and looked at)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

from kiosk.domain.errors import PortalRejected
from kiosk.portal import PortalClient
from kiosk.portal.errors import PortalBadResponse, outcome_of
from kiosk.portal.simulator import PortalSimulator, SimulatorConfig
from tests.portal.conftest import admin, application, make_config, script


@pytest.fixture
def sim_config() -> SimulatorConfig:
    return make_config(decision_seconds=100.0, clients={"demo-hub": "s1", "other-hub": "s2"})


@pytest.fixture
def client(sim: PortalSimulator, new_client: object) -> PortalClient:
    return new_client(client_id="demo-hub", secret="s1")  # type: ignore[operator,no-any-return]


def _submit(client: PortalClient, n: int) -> list[str]:
    ids = []
    for i in range(n):
        out = client.submit_application(f"feed-key-{i:04d}", application(receipt=f"HUB1-20250825-{i:04d}"))
        assert out.acked
        ids.append(out.data["application_id"])
    return ids


def test_feed_pages_through_every_change_once(client: PortalClient, sim: PortalSimulator) -> None:
    ids = _submit(client, 5)
    admin(sim, "advance", {"seconds": 101})  # scrutiny, then a decision, for all five
    pages = list(client.iter_status_feed(None, limit=4))
    events = [e for p in pages for e in p.events]
    assert len(events) == 15 and len(pages) == 4
    assert [p.has_more for p in pages] == [True, True, True, False]
    assert [e.seq for e in events] == sorted({e.seq for e in events})
    final = {e.application_id: e.status for e in events}
    assert set(final) == set(ids)
    assert set(final.values()) <= {"approved", "rejected", "documents_pending"}
    for e in events:
        if e.status == "rejected":
            assert e.reason is not None and e.reason.en and e.reason.mr
        if e.status == "approved":
            assert e.certificate_href == f"/applications/{e.application_id}/certificate"
    # resuming from the last cursor yields nothing new; a new change shows up alone
    last = pages[-1].next_cursor
    assert client.status_page(last).events == ()
    admin(sim, "decide", {"application_id": ids[0], "status": "approved"})
    fresh = client.status_page(last)
    assert [(e.application_id, e.status) for e in fresh.events] == [(ids[0], "approved")]


def test_feed_is_scoped_to_the_hub(client: PortalClient, sim: PortalSimulator, new_client: object) -> None:
    _submit(client, 2)
    other: PortalClient = new_client(client_id="other-hub", secret="s2")  # type: ignore[operator]
    assert other.status_page(None).events == ()
    assert len(client.status_page(None).events) == 2


def test_bad_cursor_is_a_rejection(client: PortalClient) -> None:
    with pytest.raises(PortalRejected) as info:
        client.status_page("not-a-cursor")
    assert outcome_of(info.value).code == "INVALID_REQUEST"


def test_certificate_for_approved_application(client: PortalClient, sim: PortalSimulator, tmp_path: Path) -> None:
    (app_id,) = _submit(client, 1)
    with pytest.raises(PortalRejected) as info:
        client.download_certificate(app_id)
    assert outcome_of(info.value).code == "CERTIFICATE_NOT_READY"
    admin(sim, "decide", {"application_id": app_id, "status": "approved"})
    cert = client.download_certificate(app_id)
    assert cert.pdf.startswith(b"%PDF-") and len(cert.sha256) == 64
    assert client.download_certificate(app_id).pdf == cert.pdf  # issued once, served the same
    pdf = tmp_path / "cert.pdf"
    pdf.write_bytes(cert.pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf), str(tmp_path / "cert")], check=True)
    img = Image.open(tmp_path / "cert.png").convert("L")
    dark = sum(img.histogram()[:128])
    assert img.size[0] > 400 and dark > 2000  # text and table lines, not a blank page


def test_certificate_faults_are_detected(client: PortalClient, sim: PortalSimulator) -> None:
    (app_id,) = _submit(client, 1)
    admin(sim, "decide", {"application_id": app_id, "status": "approved"})
    for fault in ("truncated", "captive", "wrong_content_type"):
        script(sim, fault, path=f"/applications/{app_id}/certificate")
        with pytest.raises(PortalBadResponse if fault != "captive" else Exception) as info:
            client.download_certificate(app_id)
        assert outcome_of(info.value).unknown
    assert client.download_certificate(app_id).pdf.startswith(b"%PDF-")


def test_unknown_application(client: PortalClient) -> None:
    with pytest.raises(PortalRejected):
        client.application_status("MHSIM000")
