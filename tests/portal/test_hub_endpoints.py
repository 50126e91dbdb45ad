"""Heartbeat, appeals and citizen feedback."""

from __future__ import annotations

import requests

from kiosk.portal import PortalClient
from kiosk.portal.simulator import PortalSimulator
from tests.portal.conftest import admin, application, stats

HEAD = "a" * 64


def test_heartbeat_is_stored_for_the_dashboard(client: PortalClient, sim: PortalSimulator) -> None:
    beat = {"at": "2025-08-25T10:00:00Z", "queue_depth": 3, "audit_head": HEAD, "app_version": "0.1.0",
            "day_totals": {"applications": 41, "paise": 282900, "synced": 38}}
    out = client.send_heartbeat(beat)
    assert out.acked and out.status == 202 and out.data["hub_id"] == "demo-hub" and out.data["server_time"]
    assert admin(sim, "heartbeat?hub=demo-hub")["heartbeat"] == beat
    assert stats(sim)["heartbeats_received"] == 1
    assert client.transport.clock_offset is not None and abs(client.transport.clock_offset) < 5


def test_bad_heartbeats_are_rejected(client: PortalClient) -> None:
    for bad in ({"queue_depth": -1}, {"queue_depth": "3"}, {"queue_depth": 1, "audit_head": "zz"},
                {"queue_depth": 1, "day_totals": []}):
        out = client.send_heartbeat(bad)
        assert out.rejected and out.code == "INVALID_REQUEST", bad


def test_appeals_follow_the_rts_ladder(client: PortalClient, sim: PortalSimulator) -> None:
    app_id = client.submit_application("appeal-app-0001", application()).data["application_id"]
    early = client.file_appeal("appeal-key-0001", {"application_id": app_id, "level": 1, "grounds": "delay"})
    assert early.rejected and early.code == "APPEAL_NOT_ALLOWED"  # not rejected yet
    admin(sim, "decide", {"application_id": app_id, "status": "rejected"})
    skip = client.file_appeal("appeal-key-0002", {"application_id": app_id, "level": 2, "grounds": "x"})
    assert skip.rejected and skip.code == "APPEAL_NOT_ALLOWED"  # second appeal needs a first
    first = client.file_appeal("appeal-key-0001", {"application_id": app_id, "level": 1, "grounds": "delay"})
    assert first.acked and first.data["level"] == 1 and first.data["status"] == "filed"
    replay = client.file_appeal("appeal-key-0001", {"application_id": app_id, "level": 1, "grounds": "delay"})
    assert replay.replayed and replay.data == first.data
    twice = client.file_appeal("appeal-key-0003", {"application_id": app_id, "level": 1, "grounds": "again"})
    assert twice.rejected and twice.code == "APPEAL_NOT_ALLOWED"
    second = client.file_appeal("appeal-key-0004", {"application_id": app_id, "level": 2, "grounds": "FAA silent"})
    assert second.acked and stats(sim)["appeals_stored"] == 2
    for bad in ({"application_id": app_id, "level": 4, "grounds": "x"}, {"application_id": app_id, "level": 1},
                {"level": 1, "grounds": "x"}):
        assert client.file_appeal("appeal-key-0009", bad).rejected
    unknown_app = client.file_appeal("appeal-key-0010", {"application_id": "NOPE", "level": 1, "grounds": "x"})
    assert unknown_app.rejected and unknown_app.status == 404


def test_feedback_for_quality_verification(client: PortalClient, sim: PortalSimulator) -> None:
    body = {"receipt_number": "HUB1-20250825-0001", "rating": 4, "comment": "जलद सेवा", "language": "mr",
            "consent_to_call": True}
    out = client.send_feedback("fb-key-00001", body)
    assert out.acked and out.status == 202 and out.data["feedback_id"].startswith("FB")
    assert client.send_feedback("fb-key-00001", body).replayed
    for bad in ({"rating": 0}, {"rating": 6}, {"rating": True}, {"rating": 3, "comment": "x" * 2001},
                {"rating": 3, "consent_to_call": "yes"}):
        assert client.send_feedback("fb-key-00002", bad).rejected
    assert stats(sim)["feedback_stored"] == 1


def test_unknown_route_and_method(sim: PortalSimulator) -> None:
    assert requests.get(f"{sim.url}/nope", timeout=5).status_code == 404
    resp = requests.delete(f"{sim.url}/applications", timeout=5)
    assert resp.status_code == 405 and resp.json()["error"]["code"] == "INVALID_REQUEST"
    raw = requests.post(f"{sim.url}/applications", data=b"{", timeout=5, headers={"Content-Type": "application/json"})
    assert raw.status_code == 401  # authentication before anything is read as an application
