"""The hub's day close (issue 18): two counter PCs of one hub (each its own database and receipt series)
take fees in cash, by UPI and pending; each sends the heartbeat the kiosk builds to the simulator over
loopback; counter 1's hub close is its own day close read fresh plus counter 2's from the portal, and adds
up to the two day closes. Offline it is counter 1's alone, saying why."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import KioskContext, build_context
from kiosk.counter.hub_day_close import combine, own_close
from kiosk.demo import ensure_demo_hub
from kiosk.domain.errors import PortalUnavailable
from kiosk.portal.simulator import PortalSimulator
from kiosk.security.verify import chain_head
from kiosk.store.hub import COUNTER_SETTING, set_setting
from kiosk.sync.heartbeat import build_heartbeat
from tests.counter.conftest import saved
from tests.sync.conftest import make_client, sim_config

UTR = "412345678901"


@pytest.fixture
def sim() -> Iterator[PortalSimulator]:
    with PortalSimulator(sim_config()) as running:
        yield running


@pytest.fixture
def second_counter(tmp_path: Path) -> Iterator[KioskContext]:
    context = build_context(tmp_path / "counter-2", "en")
    ensure_demo_hub(context.database())
    set_setting(context.database(), COUNTER_SETTING, "2")
    yield context
    context.close()


def _send_heartbeat(ctx: KioskContext, url: str) -> dict[str, Any]:
    store = ctx.database()
    beat = build_heartbeat(store, ctx.today(), chain_head(store))
    assert make_client(url).send_heartbeat(beat).acked
    return beat


def test_the_hub_close_adds_the_counters_closes(ctx: KioskContext, second_counter: KioskContext,
                                                sim: PortalSimulator) -> None:
    one, two = ctx.use_cases(), second_counter.use_cases()
    saved(one)
    saved(one, payment={"method": "upi", "upi_ref": UTR})
    saved(one, payment={"method": "pending"})
    saved(two)
    saved(two)
    pending = saved(two, payment={"method": "pending"})
    two.payments.take(pending.receipt_number, "cash", "", "operator1")  # paid later the same day: cash
    day = ctx.today()
    closes = {"1": one.day_close.report(day), "2": two.day_close.report(day)}
    for counter, context in (("1", ctx), ("2", second_counter)):
        totals = _send_heartbeat(context, sim.url)["day_totals"]  # the heartbeat's split is the day close's
        data = closes[counter]
        assert (totals["cash_paise"], totals["upi_paise"], totals["pending_paise"]) == \
            (data.cash_paise, data.upi_paise, data.pending_paise)
    assert closes["1"].upi_paise > 0 and closes["1"].pending_paise > 0 and any(e.late for e in closes["2"].entries)

    hub = combine(day, own_close("1", closes["1"]), lambda: make_client(sim.url).hub_day_close(day.isoformat()))
    assert hub.others_unknown is None and [c.counter for c in hub.counters] == ["1", "2"]
    assert hub.counters[0].own and not hub.counters[1].own
    assert hub.total("applications") == 6
    for name in ("cash_paise", "upi_paise", "pending_paise"):
        assert hub.total(name) == getattr(closes["1"], name) + getattr(closes["2"], name), name
    assert hub.total("fees_paise") == closes["1"].total_paise + closes["2"].total_paise

    def offline() -> list[dict[str, Any]]:
        raise PortalUnavailable("no route to the portal")

    alone = combine(day, own_close("1", closes["1"]), offline)
    assert [c.counter for c in alone.counters] == ["1"] and isinstance(alone.others_unknown, PortalUnavailable)
