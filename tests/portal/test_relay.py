"""POST /relay/applications: a carrier relays, the portal files under the hub that signed; nothing else passes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from kiosk.domain.errors import PortalError
from kiosk.portal import PortalClient, Timeouts
from kiosk.portal.relay import sign, sign_grant, verify
from kiosk.portal.simulator import PortalSimulator
from kiosk.portal.simulator.relay import relay_stats
from tests.portal.conftest import admin, application, make_config, random_doc, stats

HOME, HOME_SECRET = "hub-home", "home-secret-1"  # noqa: S105 - test logins
CARRIER, CARRIER_SECRET = "hub-carrier", "carrier-secret-2"  # noqa: S105
KEY = "7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d"


@pytest.fixture
def ring() -> Iterator[tuple[PortalSimulator, PortalClient, PortalClient]]:
    with PortalSimulator(make_config(clients={HOME: HOME_SECRET, CARRIER: CARRIER_SECRET})) as sim:
        home = PortalClient(sim.url, HOME, lambda: HOME_SECRET, timeouts=Timeouts(0.5, 0.5))
        carrier = PortalClient(sim.url, CARRIER, lambda: CARRIER_SECRET, timeouts=Timeouts(0.5, 0.5))
        yield sim, home, carrier
        home.close()
        carrier.close()


def envelope(body: dict[str, Any], *, hub: str = HOME, secret: str = HOME_SECRET, key: str = KEY) -> dict[str, Any]:
    return {"hub_id": hub, "application": body, "signature": sign(secret, hub, "application", key, body)}


def test_relayed_application_is_the_home_hubs_and_the_home_send_replays_it(ring) -> None:
    sim, home, carrier = ring
    data, sha = random_doc(4000)
    assert carrier.upload_document(sha, data, "image/jpeg").acked  # the carrier has the scan from the bundle
    relayed = carrier.relay_application(KEY, envelope(application(docs=[sha])))
    assert relayed.acked and relayed.status == 201 and relayed.headers.get("Relayed-For") == HOME
    portal_id = relayed.data["application_id"]
    assert [a["hub_id"] for a in admin(sim, "applications")["applications"]] == [HOME]
    # the home hub's own send of the same key is answered with the first filing
    again = home.submit_application(KEY, application(docs=[sha]))
    assert again.acked and again.replayed and again.data["application_id"] == portal_id
    assert stats(sim)["applications_stored"] == 1
    # the home hub reads it and its feed carries it; the carrier does neither
    assert home.application_status(portal_id)["status"] == "submitted"
    assert [e.idempotency_key for p in home.iter_status_feed(None) for e in p.events] == [KEY]
    assert [e for p in carrier.iter_status_feed(None) for e in p.events] == []
    with pytest.raises(PortalError):
        carrier.application_status(portal_id)
    assert relay_stats(sim.simulation.portal) == {"filed": 1, "filed_for_another_hub": 1, "refused": 0}


@pytest.mark.parametrize("forgery", ["altered body", "other key", "carrier's own secret", "unknown hub",
                                     "not hex", "empty"])
def test_a_relay_the_home_hub_did_not_sign_is_refused_and_files_nothing(ring, forgery: str) -> None:
    sim, _, carrier = ring
    body = application()
    env = envelope(body)
    if forgery == "altered body":
        env["application"] = application(receipt="HUB1-20250825-0099")
    elif forgery == "other key":
        env = envelope(body, key="0" * 36)
    elif forgery == "carrier's own secret":
        env = envelope(body, secret=CARRIER_SECRET)
    elif forgery == "unknown hub":
        env = envelope(body, hub="hub-nowhere", secret="guess")
    elif forgery == "not hex":
        env["signature"] = "ज" * 64
    else:
        env["signature"] = ""
    out = carrier.relay_application(KEY, env)
    assert out.rejected and out.status == 422 and out.code == "RELAY_NOT_ACCEPTED"
    assert stats(sim)["applications_stored"] == 0
    assert relay_stats(sim.simulation.portal)["refused"] == 1
    # the key is not used up: the genuine item still goes through
    assert carrier.relay_application(KEY, envelope(body)).acked


@pytest.mark.parametrize("body", [[], {"hub_id": HOME}, {"hub_id": 5, "application": {}, "signature": "x"},
                                  {"hub_id": HOME, "application": [], "signature": "x"},
                                  {"hub_id": HOME, "application": {}, "signature": 7}])
def test_a_malformed_relay_is_a_400_problem(ring, body: Any) -> None:
    _, _, carrier = ring
    out = carrier.relay_application(KEY, body) if isinstance(body, dict) else \
        carrier._authed("POST", "/relay/applications", json_body=body, headers={"Idempotency-Key": KEY})
    assert out.rejected and out.status == 400 and out.code == "INVALID_REQUEST"


def test_signature_is_over_the_canonical_body() -> None:
    body = {"b": 1, "a": {"y": "मराठी", "x": [1, 2]}}
    signature = sign(HOME_SECRET, HOME, "application", KEY, body)
    assert verify(HOME_SECRET, HOME, "application", KEY, dict(reversed(list(body.items()))), signature)
    assert not verify(HOME_SECRET, HOME, "appeal", KEY, body, signature)
    assert not verify(HOME_SECRET, CARRIER, "application", KEY, body, signature)
    assert not verify(HOME_SECRET, HOME, "application", KEY, body, signature.upper())


def grant(*, hub: str = HOME, secret: str = HOME_SECRET, not_after: str = "2099-01-01T00:00:00Z") -> dict[str, str]:
    return sign_grant(secret, hub, "grant-0001", not_after)


def test_a_read_grant_lets_the_carrier_read_the_home_feed_and_certificate_and_nothing_else(ring) -> None:
    sim, home, carrier = ring
    portal_id = home.submit_application(KEY, application()).data["application_id"]
    own_key = "1f2e3d4c-5b6a-4789-8a7b-6c5d4e3f2a1b"
    own_id = carrier.submit_application(own_key, application(receipt="HUB2-20250825-0001")).data["application_id"]
    for app_id in (portal_id, own_id):
        admin(sim, "decide", {"application_id": app_id, "status": "approved"})
    pages = list(carrier.relay_status_pages(grant(), None))
    assert [e.idempotency_key for p in pages for e in p.events] == [KEY, KEY], "the home hub's events only"
    later = list(carrier.relay_status_pages(grant(), pages[-1].next_cursor))
    assert [e for p in later for e in p.events] == []
    cert = carrier.relay_certificate(grant(), portal_id)
    assert cert.pdf.startswith(b"%PDF-") and cert.pdf == home.download_certificate(portal_id).pdf
    with pytest.raises(PortalError):  # the grant is for the home hub's certificates, not any other hub's
        home.relay_certificate(grant(hub=CARRIER, secret=CARRIER_SECRET), portal_id)


@pytest.mark.parametrize("bad", ["expired", "carrier's own secret", "unknown hub", "altered expiry"])
def test_a_read_grant_not_signed_by_the_home_or_expired_is_refused(ring, bad: str) -> None:
    sim, home, carrier = ring
    portal_id = home.submit_application(KEY, application()).data["application_id"]
    g = {"expired": lambda: grant(not_after="2020-01-01T00:00:00Z"),
         "carrier's own secret": lambda: grant(secret=CARRIER_SECRET),
         "unknown hub": lambda: grant(hub="hub-nowhere", secret="x"),
         "altered expiry": lambda: {**grant(not_after="2020-01-01T00:00:00Z"), "not_after": "2099-01-01T00:00:00Z"}}[bad]()
    for call in (lambda: list(carrier.relay_status_pages(g, None)), lambda: carrier.relay_certificate(g, portal_id)):
        with pytest.raises(PortalError) as caught:
            call()
        assert caught.value.outcome.code == "RELAY_NOT_ACCEPTED"  # type: ignore[attr-defined]
    assert relay_stats(sim.simulation.portal)["refused"] == 2
