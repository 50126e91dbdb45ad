"""Issue 17 at the contract: the delivery channels and acknowledgement an application carries, the attempts
the status feed reports, and ``POST /delivery-changes`` — through the real client and the simulator."""

from __future__ import annotations

from pathlib import Path

import yaml

from kiosk.portal import PortalClient
from kiosk.portal.simulator import PortalSimulator
from tests.portal.conftest import admin, application

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "kiosk/portal/openapi.yaml").read_text("utf-8"))
CHANNELS = [{"channel": "whatsapp", "contact": "9822010000", "consent_at": "2026-12-03T10:00:00+00:00"},
            {"channel": "email", "contact": "asha@example.org", "consent_at": "2026-12-03T10:00:00+00:00"},
            {"channel": "print_at_hub", "contact": "", "consent_at": None}]


def events(client: PortalClient) -> list:
    return [e for page in client.iter_status_feed(None) for e in page.events]


def test_the_acknowledgement_and_each_channel_are_reported_in_the_feed(client: PortalClient,
                                                                       sim: PortalSimulator) -> None:
    body = application(delivery_channels=CHANNELS,
                       acknowledgement={"channel": "whatsapp", "to": "9822010000", "language": "mr"})
    app_id = client.submit_application("key-delivery-0001", body).data["application_id"]
    submitted = events(client)[0]
    assert [(d.kind, d.channel, d.outcome) for d in submitted.deliveries] == \
        [("acknowledgement", "whatsapp", "not_on_whatsapp")]
    admin(sim, "deliveries", {"outcomes": {"email": "mailbox_full"}})
    admin(sim, "decide", {"application_id": app_id, "status": "approved"})
    approved = events(client)[-1]
    assert approved.status == "approved"
    assert [(d.channel, d.outcome) for d in approved.deliveries] == \
        [("whatsapp", "not_on_whatsapp"), ("email", "mailbox_full"), ("print_at_hub", "ready_at_hub")]


def test_a_change_waits_for_its_application_and_is_attempted_once_issued(client: PortalClient,
                                                                         sim: PortalSimulator) -> None:
    change = {"application_key": "key-delivery-0002", "channels": [{"channel": "email", "contact": "a@b.in"}]}
    early = client.change_delivery("chg-0002-a", change)
    assert early.unknown and early.status == 409  # not received yet: tried again, never quarantined
    app_id = client.submit_application("key-delivery-0002", application(delivery_channels=CHANNELS[:1])).data[
        "application_id"]
    kept = client.change_delivery("chg-0002-b", change)
    assert kept.acked and kept.data["attempted"] is False
    admin(sim, "decide", {"application_id": app_id, "status": "approved"})
    assert [(d.channel, d.outcome) for d in events(client)[-1].deliveries] == [("email", "delivered")]
    later = client.change_delivery("chg-0002-c", {**change, "channels": [{"channel": "whatsapp",
                                                                         "contact": "9822012345"}]})
    assert later.acked and later.data["attempted"] is True
    last = events(client)[-1]
    assert last.status == "approved" and [(d.channel, d.outcome) for d in last.deliveries] == \
        [("whatsapp", "delivered")]
    again = client.change_delivery("chg-0002-c", {**change, "channels": [{"channel": "whatsapp",
                                                                        "contact": "9822012345"}]})
    assert again.acked and again.data == later.data  # replayed, not attempted twice
    assert len(events(client)) == 3  # submitted, approved, the change's own event — the replay added none
    for bad in ({"application_key": "key-delivery-0002", "channels": []},
                {"application_key": "key-delivery-0002", "channels": [{"channel": "pigeon"}]}):
        out = client.change_delivery("chg-0002-bad-" + str(len(bad["channels"])), bad)
        assert out.rejected and out.code == "INVALID_REQUEST"


def test_the_contract_lists_the_delivery_shapes() -> None:
    schemas = SPEC["components"]["schemas"]
    assert schemas["DeliveryChannel"]["properties"]["channel"]["enum"] == \
        ["print_at_hub", "whatsapp", "email", "portal_download"]
    assert "deliveries" in schemas["StatusEvent"]["properties"]
    assert {"delivery_channels", "acknowledgement"} <= set(schemas["Application"]["properties"])
    assert "post" in SPEC["paths"]["/delivery-changes"]
