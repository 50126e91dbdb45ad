"""Carried sync: a bundle from an offline kiosk, sent by another; exactly-once when both send."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.app import build_context
from kiosk.demo import ensure_demo_hub
from kiosk.portal.simulator import PortalSimulator
from kiosk.store.outbox import counts
from kiosk.sync.bundle import BundleError, export_bundle, import_bundle, set_ring_key
from tests.sync.conftest import drain, make_client, make_engine, sim_admin, take_apps


def export(ctx, folder: Path):
    return export_bundle(ctx.database(), ctx.sealed().documents, folder, ctx.hub().code)


@pytest.fixture
def carrier(tmp_path: Path):
    other = build_context(tmp_path / "carrier-home", "en")
    ensure_demo_hub(other.database())
    yield other
    other.close()


def test_bundle_carried_then_home_sends_too(ctx, carrier, sim: PortalSimulator, tmp_path: Path) -> None:
    set_ring_key()
    uuids = take_apps(ctx, 4, docs=2)
    summary = export(ctx, tmp_path / "usb")
    assert summary.items == 4 and summary.documents == 8
    imported = import_bundle(carrier.database(), summary.path, carrier.sealed().documents)
    assert imported.items == 4 and imported.documents == 8
    drain(make_engine(carrier, make_client(sim.url)))
    assert counts(carrier.database())["acked"] == 4
    # the home kiosk comes online later and sends the same items with the same keys
    engine = make_engine(ctx, make_client(sim.url))
    drain(engine)
    stats = sim_admin(sim, "stats")
    assert stats["applications_stored"] == 4, "exactly once, although both kiosks sent every item"
    assert stats["duplicate_submissions_refused"] >= 4
    for uuid in uuids:
        assert ctx.applications().get(uuid).portal_number.startswith("MHSIM")
    # re-importing the same bundle queues nothing new
    again = import_bundle(carrier.database(), summary.path, carrier.sealed().documents)
    assert again.items == 4 and counts(carrier.database())["pending"] == 0


def test_altered_truncated_or_foreign_bundles_refused(ctx, carrier, tmp_path: Path) -> None:
    set_ring_key()
    take_apps(ctx, 2)
    path = export(ctx, tmp_path / "usb").path
    data = path.read_bytes()
    cases = {"flipped": data[:200] + bytes([data[200] ^ 1]) + data[201:], "cut": data[: len(data) // 2],
             "empty": b"", "not-a-bundle": b"PK\x03\x04" + b"x" * 200}
    for name, content in cases.items():
        bad = tmp_path / f"{name}.skb"
        bad.write_bytes(content)
        with pytest.raises(BundleError):
            import_bundle(carrier.database(), bad, carrier.sealed().documents)
    set_ring_key()  # another ring's key
    with pytest.raises(BundleError, match="another ring key"):
        import_bundle(carrier.database(), path, carrier.sealed().documents)
    assert sum(counts(carrier.database()).values()) == 0, "nothing queued from a bad bundle"
