"""The heartbeat carries the counter's uniform dashboard (issue 18), and the portal adds its counters up:
two counter PCs of one hub (each its own database) take applications, send the heartbeat the kiosk really
builds to the simulator over loopback, and the ring's dashboard there is the sum of their own figures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import KioskContext, build_context
from kiosk.demo import ensure_demo_hub
from kiosk.domain.dashboard import FIGURES
from kiosk.portal.simulator import PortalSimulator
from kiosk.security.verify import chain_head
from kiosk.store.hub import COUNTER_SETTING, set_setting
from kiosk.sync.heartbeat import build_heartbeat
from tests.counter.conftest import saved
from tests.sync.conftest import make_client, sim_admin


@pytest.fixture
def second_counter(tmp_path: Path) -> Iterator[KioskContext]:
    context = build_context(tmp_path / "counter-2", "en")
    ensure_demo_hub(context.database())
    set_setting(context.database(), COUNTER_SETTING, "2")
    yield context
    context.close()


def _beat(ctx: KioskContext) -> dict[str, Any]:
    store = ctx.database()
    return build_heartbeat(store, ctx.today(), chain_head(store))


def test_the_ring_dashboard_adds_up_the_counters(ctx: KioskContext, second_counter: KioskContext,
                                                  sim: PortalSimulator) -> None:
    one, two = ctx.use_cases(), second_counter.use_cases()
    for village in ("Wagholi", "Wagholi", "Lonikand"):
        saved(one, applicant__address__village=village)
    for village in ("Lonikand", "Perne"):
        saved(two, applicant__address__village=village)
    beats = [_beat(ctx), _beat(second_counter)]
    assert [b["counter"] for b in beats] == ["1", "2"]
    assert beats[0]["audit_head"] and beats[0]["day_totals"]["applications"] == 3
    assert beats[0]["dashboard"] == one.dashboard.period("month").to_json()

    client = make_client(sim.url)
    for beat in beats:  # the kiosk's own heartbeat, as built: the contract takes it (it was refused before)
        out = client.send_heartbeat(beat)
        assert out.acked, (out.code, out.data)
    client.send_heartbeat(beats[0])  # a counter's newer heartbeat replaces its older one, never adds to it

    ring = sim_admin(sim, "dashboard?hub=demo-hub")
    assert ring["counters"] == [{"hub": "demo-hub", "counter": "1"}, {"hub": "demo-hub", "counter": "2"}]
    assert ring["total"]["received"] == 5 and ring["total"]["pending_in_time"] == 5
    assert set(ring["total"]) == set(FIGURES)
    assert {k: v["received"] for k, v in ring["villages"].items()} == {"wagholi": 2, "lonikand": 2, "perne": 1}
    assert ring["villages"]["lonikand"]["name"] == "Lonikand"
    assert ring["services"]["income-certificate"]["received"] == 5
