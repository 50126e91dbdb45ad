"""Issue 18: a supervisor's change to the ring reaches the portal through the outbox (the whole ring, by
version), exactly once per change, and a late retry of an older version never overwrites a newer one; an
application picked from the ring carries the village's code to the portal. Real store, real engine, the
simulator over loopback."""

from __future__ import annotations

import json

from kiosk.app import KioskContext
from kiosk.domain.intake import take_application
from kiosk.portal.simulator import PortalSimulator
from kiosk.security.roles import Operator, Role
from kiosk.store.outbox import counts
from tests.forms import income_form
from tests.sync.conftest import drain, make_client, make_engine

BOSS = Operator("boss", Role.SUPERVISOR, "Asha")


def sync(ctx: KioskContext, sim: PortalSimulator) -> None:
    engine = make_engine(ctx, make_client(sim.url))
    drain(engine)
    assert engine.report.errors == []


def test_ring_changes_reach_the_portal_newest_first_wins(ctx: KioskContext, sim: PortalSimulator) -> None:
    hub = ctx.use_cases().hub
    assert [v.caption() for v in hub.ring()[:2]] == ["Wagholi — वाघोली", "Lonikand — लोणीकंद"]  # training ring
    client = make_client(sim.url)
    assert client.ring() == {"version": 0, "villages": []}
    hub.add_village(BOSS, "Shikrapur", "शिक्रापूर", "556790", "412208")
    hub.remove_village(BOSS, "Dongargaon")
    sync(ctx, sim)
    assert counts(ctx.database()).get("acked", 0) >= 2
    held = client.ring()
    assert held["version"] == 2
    codes = [v["code"] for v in held["villages"]]
    assert "556790" in codes and len(codes) == 12  # 12 + Shikrapur − Dongargaon
    assert not any(v["name_en"] == "Dongargaon" for v in held["villages"])

    # A retry of version 1 arriving after version 2 (its first answer was lost) is acknowledged, not kept.
    late = client.send_ring("ring:late-retry-0001", {"version": 1, "villages": held["villages"][:3]})
    assert late.acked and late.data["kept"] is False and late.data["version"] == 2
    assert client.ring()["version"] == 2


def test_an_application_from_a_ring_village_carries_its_code(ctx: KioskContext, sim: PortalSimulator) -> None:
    lonikand = ctx.use_cases().hub.ring()[1]
    form = income_form()
    form["applicant"]["address"].update(village=lonikand.name_en, village_code=lonikand.code)
    result = take_application(form, catalogue=ctx.catalogue(), calendar=ctx.calendar(), hub_code=ctx.hub().code,
                              operator="op1", now=ctx.now(), today=ctx.today())
    assert result.application is not None, result.problems
    uuid = ctx.applications().save_new(result.application).uuid
    sync(ctx, sim)
    row = sim.server.sim.store.one("SELECT body FROM applications WHERE idempotency_key = ?", (uuid,))
    assert row is not None
    assert json.loads(row["body"])["applicant"]["address"]["village_code"] == lonikand.code == "ring-2"
