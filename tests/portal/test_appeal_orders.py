"""Issue 17, the portal's side of appeals: the third level, and each order carried back on the status feed."""

from __future__ import annotations

from kiosk.portal import PortalClient
from kiosk.portal.simulator import PortalSimulator
from tests.portal.conftest import admin, application


def _appeal(client: PortalClient, key: str, app_id: str, level: int, **more: str):  # noqa: ANN202
    return client.file_appeal(key, {"application_id": app_id, "level": level, "grounds": "g", **more})


def test_orders_ride_on_the_feed_up_to_the_commission(client: PortalClient, sim: PortalSimulator) -> None:
    app_id = client.submit_application("order-app-0001", application()).data["application_id"]
    assert _appeal(client, "order-key-0001", app_id, 1, ground="time_limit_passed").acked  # lapsed, no decision
    assert _appeal(client, "order-key-0003", app_id, 3).code == "APPEAL_NOT_ALLOWED"  # level 2 first
    admin(sim, "appeal-order", {"application_id": app_id, "level": 1, "outcome": "dismissed"})
    assert _appeal(client, "order-key-0002", app_id, 2, reason_code="no_decision", ground="order").acked
    admin(sim, "appeal-order", {"application_id": app_id, "level": 2, "outcome": "dismissed"})
    third = _appeal(client, "order-key-0003", app_id, 3, ground="order")
    assert third.acked and third.data["level"] == 3
    admin(sim, "appeal-order", {"appeal_id": third.data["appeal_id"], "outcome": "allowed"})
    events = [e for page in client.iter_status_feed(None) for e in page.events if e.application_id == app_id]
    orders = [(e.status, e.appeal.level, e.appeal.outcome) for e in events if e.appeal is not None]
    assert orders == [("rejected", 1, "dismissed"), ("rejected", 2, "dismissed"), ("approved", 3, "allowed")]
    assert events[-1].appeal is not None and events[-1].appeal.appeal_id == third.data["appeal_id"]
    assert events[-1].reason is not None and "State Commission" in events[-1].reason.en
    assert _appeal(client, "order-key-0004", app_id, 3).code == "APPEAL_NOT_ALLOWED"  # granted, and filed


def test_an_appeal_not_ordered_by_hand_is_decided_on_the_portal_clock(client: PortalClient,
                                                                       sim: PortalSimulator) -> None:
    app_id = client.submit_application("order-app-0002", application()).data["application_id"]
    admin(sim, "decide", {"application_id": app_id, "status": "rejected"})
    assert _appeal(client, "order-key-0011", app_id, 1).acked
    admin(sim, "advance", {"seconds": 2 * 3600 + 1})
    events = [e for page in client.iter_status_feed(None) for e in page.events if e.appeal is not None]
    assert len(events) == 1 and events[0].appeal is not None and events[0].appeal.level == 1
    assert events[0].status == ("approved" if events[0].appeal.outcome == "allowed" else "rejected")
    bad = admin_status(sim, {"application_id": app_id, "level": 1, "outcome": "maybe"})
    assert bad == 400


def admin_status(sim: PortalSimulator, body: dict[str, object]) -> int:
    import requests

    return requests.post(f"{sim.url}/_sim/appeal-order", json=body, timeout=5).status_code


def test_an_allowed_appeal_delivers_the_certificate_on_the_citizens_channels(client: PortalClient,
                                                                             sim: PortalSimulator) -> None:
    """The order issues the certificate: each channel is tried as on a normal issue, reported on the order's
    event (before, an allowed appeal reached WhatsApp and e-mail citizens only at the counter)."""
    channels = [{"channel": "whatsapp", "contact": "9876500000", "consent_at": "2025-08-25T10:00:00+05:30"},
                {"channel": "email", "contact": "asha@example.org", "consent_at": "2025-08-25T10:00:00+05:30"}]
    app_id = client.submit_application("order-app-0003", application(delivery_channels=channels)).data[
        "application_id"]
    admin(sim, "decide", {"application_id": app_id, "status": "rejected"})
    assert _appeal(client, "order-key-0021", app_id, 1).acked
    admin(sim, "appeal-order", {"application_id": app_id, "level": 1, "outcome": "allowed"})
    (event,) = [e for page in client.iter_status_feed(None) for e in page.events if e.appeal is not None]
    assert event.status == "approved" and event.appeal is not None and event.appeal.outcome == "allowed"
    sent = sorted((a.kind, a.channel, a.outcome) for a in event.deliveries)
    assert sent == [("certificate", "email", "delivered"), ("certificate", "whatsapp", "not_on_whatsapp")]


def test_a_dismissed_appeal_sends_nothing(client: PortalClient, sim: PortalSimulator) -> None:
    channels = [{"channel": "email", "contact": "asha@example.org", "consent_at": "2025-08-25T10:00:00+05:30"}]
    app_id = client.submit_application("order-app-0004", application(delivery_channels=channels)).data[
        "application_id"]
    admin(sim, "decide", {"application_id": app_id, "status": "rejected"})
    assert _appeal(client, "order-key-0031", app_id, 1).acked
    admin(sim, "appeal-order", {"application_id": app_id, "level": 1, "outcome": "dismissed"})
    (event,) = [e for page in client.iter_status_feed(None) for e in page.events if e.appeal is not None]
    assert event.status == "rejected" and event.deliveries == ()
