"""Carried sync: a bundle from an offline home hub, relayed by another hub's kiosk, stays the home hub's.

The round trip is the one a ring lives: the home kiosk takes applications while offline, exports them to a
stick, a kiosk of another hub imports and syncs them, the portal decides, and the home kiosk's own sync
brings the statuses and certificates home — and the home kiosk prints the certificate on a real CUPS queue.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.domain.errors import VoidNotAllowed
from kiosk.domain.status import Status
from kiosk.portal.simulator.relay import relay_stats
from kiosk.receipts import print_certificate
from kiosk.store.outbox import counts, voidable
from kiosk.sync.bundle import BundleError, set_ring_key
from kiosk.sync.carried import held_grants
from tests.receipts.conftest import cups  # noqa: F401 - the session's private CUPS scheduler
from tests.receipts.cups_server import CupsServer
from tests.sync import carriers
from tests.sync.carriers import CARRIER, CARRIER_SECRET, HOME, HOME_SECRET, carry, export, sync
from tests.sync.conftest import sim_admin, take_apps

ring = carriers.ring  # the portal, the home kiosk and a carrier kiosk of another hub


def filed_under(sim) -> dict[str, str]:
    return {a["idempotency_key"]: a["hub_id"] for a in sim_admin(sim, "applications")["applications"]}


def test_round_trip_home_bundle_carrier_portal_and_the_certificate_printed_at_home(
        ring, tmp_path: Path, cups: CupsServer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    sim, home, carrier = ring
    uuids = take_apps(home, 3, docs=2)
    bundle = export(home, tmp_path / "usb")
    assert (bundle.items, bundle.documents) == (3, 6)
    assert carry(carrier, bundle.path).new == 3

    relayed = sync(carrier, sim, CARRIER, CARRIER_SECRET)
    assert relayed.sent == 3 and counts(carrier.database())["acked"] == 3
    assert filed_under(sim) == dict.fromkeys(uuids, HOME), "carried items are filed under the home hub"
    assert relay_stats(sim.simulation.portal)["filed_for_another_hub"] == 3
    portal_ids = [a["id"] for a in sim_admin(sim, "applications")["applications"]]
    for portal_id in portal_ids:
        sim_admin(sim, "decide", {"application_id": portal_id, "status": "approved"})
    # the carrier hears nothing of another hub's decisions
    assert sync(carrier, sim, CARRIER, CARRIER_SECRET).status_applied == 0

    # the home kiosk's link comes back: its own sync sends the same items (answered from the first filing,
    # without uploading the scans again), then the feed brings the decisions and its own login fetches the
    # certificates
    uploaded = sim_admin(sim, "stats")["upload_bytes_received"]
    report = sync(home, sim, HOME, HOME_SECRET)
    assert sim_admin(sim, "stats")["upload_bytes_received"] == uploaded, "the carrier's uploads were enough"
    assert (report.status_applied, report.certificates) == (3, 3)
    stats = sim_admin(sim, "stats")
    assert stats["applications_stored"] == 3 and stats["distinct_idempotency_keys"] == 3, "exactly once"
    assert counts(home.database())["acked"] == 3
    handover = home.use_cases().handover
    for uuid in uuids:
        app = home.applications().get(uuid)
        assert app.status == Status.APPROVED and app.portal_number in portal_ids
        assert handover.certificate(uuid) is not None

    monkeypatch.setenv("CUPS_SERVER", str(cups.socket))
    queue = cups.add_queue("HomeHubA4")
    before = set(cups.out.rglob("*.pdf"))
    kept = handover.certificate(uuids[0])
    assert kept is not None
    job = print_certificate(kept, queue, sealed=home.sealed().certificates)
    assert job.printer == queue
    printed = cups.wait_for_pdf(before)
    assert printed.read_bytes().startswith(b"%PDF") and printed.stat().st_size > 500


def test_exporting_counts_as_offering_a_void_is_refused_after_and_allowed_before(ring, tmp_path: Path) -> None:
    sim, home, carrier = ring
    kept, voided_first = take_apps(home, 2)
    home.use_cases().voiding.void(voided_first, "duplicate", actor="supervisor")
    bundle = export(home, tmp_path / "usb")
    assert bundle.items == 1, "a voided application never leaves on a stick"
    assert not voidable(home.database(), kept), "the window greys Void for an exported application"
    with pytest.raises(VoidNotAllowed):
        home.use_cases().voiding.void(kept, "duplicate", actor="supervisor")
    assert home.applications().get(kept).status == Status.QUEUED
    # the carrier relays it anyway, as it may days later: the portal holds no voided application
    carry(carrier, bundle.path)
    sync(carrier, sim, CARRIER, CARRIER_SECRET)
    assert list(filed_under(sim)) == [kept]
    assert sync(home, sim, HOME, HOME_SECRET).sent == 1
    assert sim_admin(sim, "stats")["applications_stored"] == 1


def test_a_repeat_import_queues_nothing_new_and_a_second_export_carries_what_is_still_waiting(
        ring, tmp_path: Path) -> None:
    sim, home, carrier = ring
    take_apps(home, 2)
    first = export(home, tmp_path / "usb")
    assert carry(carrier, first.path).new == 2
    again = carry(carrier, first.path)
    assert (again.items, again.new) == (2, 0)
    assert counts(carrier.database())["pending"] == 2
    take_apps(home, 1)
    second = export(home, tmp_path / "usb")  # still waiting at home: the two carried ones and the new one
    assert second.items == 3
    assert carry(carrier, second.path).new == 1
    sync(carrier, sim, CARRIER, CARRIER_SECRET)
    assert carry(carrier, second.path).new == 0, "sent items are not queued again either"


def test_a_carried_item_altered_on_the_way_is_quarantined_at_the_carrier_and_the_rest_go(
        ring, tmp_path: Path) -> None:
    sim, home, carrier = ring
    uuids = take_apps(home, 2)
    bundle = export(home, tmp_path / "usb")
    carry(carrier, bundle.path)
    with carrier.database().write() as conn:  # a carrier rewriting a name it relays
        conn.execute("UPDATE outbox SET payload = json_set(payload, '$.application.applicant.name.en', 'Someone') "
                     "WHERE idempotency_key = ?", (uuids[0],))
    sync(carrier, sim, CARRIER, CARRIER_SECRET)
    assert counts(carrier.database())["rejected"] == 1 and counts(carrier.database())["acked"] == 1
    assert "RELAY_NOT_ACCEPTED" in carrier.use_cases().corrections.quarantined()[0].last_error
    assert list(filed_under(sim)) == [uuids[1]]
    assert sync(home, sim, HOME, HOME_SECRET).sent == 2  # the home hub's own copy is the real one


def test_altered_truncated_old_or_foreign_bundles_refused(ring, tmp_path: Path) -> None:
    _, home, carrier = ring
    take_apps(home, 2)
    bundle = export(home, tmp_path / "usb")
    data = bundle.path.read_bytes()
    cases = {"flipped": data[:200] + bytes([data[200] ^ 1]) + data[201:], "cut": data[: len(data) // 2],
             "empty": b"", "not-a-bundle": b"PK\x03\x04" + b"x" * 200, "old": b"SKB1" + data[4:]}
    for name, content in cases.items():
        bad = tmp_path / f"{name}.skb"
        bad.write_bytes(content)
        with pytest.raises(BundleError, match="older Seva Kiosk" if name == "old" else None):
            carry(carrier, bad)
    set_ring_key()  # another ring's key
    with pytest.raises(BundleError, match="another ring key"):
        carry(carrier, bundle.path)
    assert sum(counts(carrier.database()).values()) == 0, "nothing queued from a bad bundle"


def test_with_nothing_waiting_the_bundle_still_carries_the_read_grant(ring, tmp_path: Path) -> None:
    _, home, carrier = ring
    summary = export(home, tmp_path / "usb")
    assert summary.path.is_file() and summary.items == 0
    assert carry(carrier, summary.path).new == 0
    assert [g.hub_id for g in held_grants(carrier.database())] == [HOME]


def test_the_start_up_sweep_keeps_the_scans_a_carrier_still_has_to_relay_and_drops_them_once_relayed(
        ring, tmp_path: Path) -> None:
    import os
    import time

    sim, home, carrier = ring
    take_apps(home, 1, docs=2)
    carry(carrier, export(home, tmp_path / "usb").path)
    folder = carrier.sealed().documents
    scans = [p for p in folder.path.rglob("*") if p.is_file()]
    assert len(scans) == 2
    day_ago = time.time() - 86400
    for p in scans:  # the link stayed bad all day; the carrier kiosk is restarted
        os.utime(p, (day_ago, day_ago))
    carrier.use_cases().start_up.run()
    assert all(p.is_file() for p in scans), "the start-up sweep took scans a carried item still needs"
    assert sync(carrier, sim, CARRIER, CARRIER_SECRET).sent == 1
    assert counts(carrier.database())["acked"] == 1
    for p in scans:
        os.utime(p, (day_ago, day_ago))
    carrier.use_cases().start_up.run()
    assert not any(p.is_file() for p in scans), "another hub's citizens' scans do not stay on the carrier"


def test_on_a_carrier_its_own_json_goes_before_the_scans_of_carried_items(ring, tmp_path: Path) -> None:
    from kiosk.store.outbox import claim_next

    _, home, carrier = ring
    take_apps(home, 1, docs=2)
    carry(carrier, export(home, tmp_path / "usb").path)
    [own] = take_apps(carrier, 1, docs=0)  # the carrier's own application, nothing to upload
    first = claim_next(carrier.database(), 1e12)
    assert first is not None and first.idempotency_key == own, "2G manners hold for relayed items too"
