"""A three-day doorstep visit (issue 18), synced by a carried bundle, exactly once at the portal.

The home kiosk is taken to a village of the ring: the operator opens a visit, takes applications there on
three days (fully offline: no portal is reached), closes it with the bag's cash counted, and the visit's
work leaves on a stick. A kiosk of another hub relays it; then the home kiosk's own link comes back and its
sync sends the same items under the same keys. The portal holds each application once, filed under the home
hub, each with the visit's id and the doorstep fee line of the GR.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.app import KioskContext
from kiosk.documents.storage import store_document
from kiosk.domain.application import DocumentRecord
from kiosk.domain.visit import DOORSTEP_FEE_KIND, VISIT_KEY
from kiosk.store.hub import load_hub, save_hub
from kiosk.store.outbox import counts
from kiosk.store.visits import visits_between
from tests.forms import income_form
from tests.sync import carriers
from tests.sync.carriers import CARRIER, CARRIER_SECRET, HOME, HOME_SECRET, carry, export, sync
from tests.sync.conftest import sim_admin, take_apps

ring = carriers.ring  # the portal, the home kiosk and a carrier kiosk of another hub

MONDAY = datetime(2026, 12, 7, 4, 30, tzinfo=UTC)  # 10:00 IST
PER_DAY = (2, 2, 1)


def _take(home: KioskContext, intake, n: int, day: int) -> list[str]:  # noqa: ANN001 - the kiosk's Intake
    uuids = []
    for i in range(n):
        data = f"scan of day {day} citizen {i}".encode() * 40
        sha = store_document(home.sealed().documents, data)
        doc = DocumentRecord(sha, "aadhaar", "id_proof", 1, len(data), "image/jpeg", "scan.jpg")
        form = income_form(applicant__mobile=f"98220{day}{i:04d}",
                           payment={"method": "pending"} if (day, i) == (2, 0) else {"method": "cash"})
        result = intake.check(form, "op1", [doc])
        assert result.application is not None, result.problems
        uuids.append(intake.save(result.application).uuid)
    return uuids


def test_a_three_day_visit_carried_by_bundle_reaches_the_portal_exactly_once(ring, tmp_path: Path,
                                                                            monkeypatch) -> None:  # noqa: ANN001
    sim, home, carrier = ring
    clock = [MONDAY]
    monkeypatch.setattr(home, "now", lambda: clock[0])
    intake = home.use_cases().intake
    intake.prepare()
    fee = intake.visits.doorstep_fee()
    assert fee.paise == 10000 and "2025-03-27" in fee.gr

    visit = intake.visits.open("वडगाव / Wadgaon", "op1")
    assert visit.day == MONDAY.date() and visit.fee_paise == 10000
    taken: list[str] = []
    for day, n in enumerate(PER_DAY):
        clock[0] = MONDAY + timedelta(days=day)
        taken += _take(home, intake, n, day)
    apps = [home.applications().get(u) for u in taken]
    catalogue_total = sum(f.paise for f in home.catalogue().service("income-certificate").fees)
    for app in apps:
        assert app.extra[VISIT_KEY] == visit.id
        assert [f.paise for f in app.fees if f.kind == DOORSTEP_FEE_KIND] == [10000]
        assert app.total_paise == catalogue_total + 10000
    assert len({a.receipt_number for a in apps}) == 5  # the counter's one series, across the three days

    clock[0] = MONDAY + timedelta(days=2, hours=8)
    expected_cash = 4 * (catalogue_total + 10000)  # one of the five did not pay yet
    closed = intake.visits.close(expected_cash - 5000, "op1")  # ₹50 short in the bag
    assert (closed.applications, closed.doorstep_paise, closed.cash_paise) == (5, 50000, expected_cash)
    assert closed.pending_paise == catalogue_total + 10000
    assert closed.visit.difference_paise == -5000 and intake.visit is None
    # After the close the counter is back at the hub: the next application carries no visit.
    clock[0] = MONDAY + timedelta(days=3)
    after = intake.check(income_form(), "op1", [])
    assert after.application is not None and VISIT_KEY not in after.application.extra
    # The dashboard's and the day close's reading: the visit overlaps Tuesday alone, and not the Thursday.
    tuesday = (MONDAY + timedelta(days=1)).date()
    assert [f.visit.id for f in visits_between(home.database(), tuesday, tuesday)] == [visit.id]
    assert visits_between(home.database(), tuesday + timedelta(days=2), tuesday + timedelta(days=2)) == []

    bundle = export(home, tmp_path / "usb")
    assert (bundle.items, bundle.documents) == (5, 5)
    assert carry(carrier, bundle.path).new == 5
    assert carry(carrier, bundle.path).new == 0, "the same stick read twice queues nothing twice"
    assert sync(carrier, sim, CARRIER, CARRIER_SECRET).sent == 5

    home_report = sync(home, sim, HOME, HOME_SECRET)  # the hub's own link: same keys, first answers
    assert home_report.rejected == 0 and not home_report.errors
    assert counts(home.database())["acked"] == 5
    stats = sim_admin(sim, "stats")
    assert stats["applications_stored"] == 5 and stats["distinct_idempotency_keys"] == 5, "exactly once"
    rows = sim.simulation.portal.store.all("SELECT idempotency_key, hub_id, body FROM applications")
    assert sorted(r["idempotency_key"] for r in rows) == sorted(taken)
    assert {r["hub_id"] for r in rows} == {HOME}
    for r in rows:
        body = json.loads(r["body"])
        assert body["doorstep_visit"] == {"visit_id": visit.id, "village": "वडगाव / Wadgaon"}
        assert [f["paise"] for f in body["fees"] if f["kind"] == DOORSTEP_FEE_KIND] == [10000]


def test_back_at_the_hub_its_own_counter_pc_relays_the_laptops_stick(ring, tmp_path: Path,
                                                                     monkeypatch) -> None:  # noqa: ANN001
    """The laptop is counter 2 of the hub; back home, its stick goes into the hub's counter-1 PC (same hub,
    same portal login), which also took applications of its own: the portal holds every one once, both
    series apart, all filed under the hub."""
    sim, laptop, hub_pc = ring
    save_hub(laptop.database(), replace(load_hub(laptop.database()), counter="2"))
    carriers.log_in(hub_pc, sim.url, HOME, HOME_SECRET)  # the hub's own PC: the hub's own login
    monkeypatch.setattr(laptop, "now", lambda: MONDAY)
    intake = laptop.use_cases().intake
    intake.prepare()
    intake.visits.open("Kesnand", "op1")
    on_visit = _take(laptop, intake, 3, 0)
    intake.visits.close(0, "op1")
    at_hub = take_apps(hub_pc, 2, docs=0)

    assert carry(hub_pc, export(laptop, tmp_path / "usb").path).new == 3
    assert sync(hub_pc, sim, HOME, HOME_SECRET).sent == 5  # its own two and the laptop's three
    sync(laptop, sim, HOME, HOME_SECRET)  # the laptop's own link later: the same keys, answered once
    stats = sim_admin(sim, "stats")
    assert stats["applications_stored"] == 5 and stats["distinct_idempotency_keys"] == 5
    held = {a["idempotency_key"]: a for a in sim_admin(sim, "applications")["applications"]}
    assert set(held) == set(on_visit + at_hub) and {a["hub_id"] for a in held.values()} == {HOME}
    series = {a["receipt_number"].rsplit("-", 2)[0] for a in held.values()}
    assert series == {laptop.hub().code, f"{laptop.hub().code}-C2"}
