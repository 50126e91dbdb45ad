"""Several counter PCs in one hub (issue 18): each PC is a counter with its own receipt-number series, so two
PCs taking applications at the same time never hand out the same number, and the portal accepts both.

Two real kiosk homes (two encrypted databases, as on two PCs) of the same demo hub send to one simulator over
loopback. Without counters they collide: the portal ends up holding two citizens' applications under each
receipt number (a citizen who asks by receipt number could be told another's status) — the defect counters end.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.app import KioskContext, build_context
from kiosk.demo import DEMO_HUB, ensure_demo_hub
from kiosk.domain.application import parse_receipt_number
from kiosk.portal.simulator import PortalSimulator
from kiosk.store.hub import load_hub, save_hub
from kiosk.store.outbox import counts
from tests.sync.conftest import drain, make_client, make_engine, sim_admin, take_apps

N = 12  # per counter


@pytest.fixture
def two_pcs(tmp_path: Path) -> Iterator[tuple[KioskContext, KioskContext]]:
    pcs = []
    for name in ("pc1", "pc2"):
        ctx = build_context(tmp_path / name, "en")
        ensure_demo_hub(ctx.database())
        pcs.append(ctx)
    yield pcs[0], pcs[1]
    for ctx in pcs:
        ctx.close()


def _take_at_once(pcs: tuple[KioskContext, ...]) -> list[list[str]]:
    taken: list[list[str]] = [[] for _ in pcs]
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            taken[i] = take_apps(pcs[i], N, docs=0)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(pcs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    return taken


def _receipts(ctx: KioskContext, uuids: list[str]) -> list[str]:
    return [ctx.applications().get(u).receipt_number for u in uuids]


def _portal_receipts(sim: PortalSimulator) -> list[str]:
    return [a["receipt_number"] for a in sim_admin(sim, "applications?limit=100000")["applications"]]


def test_two_counters_of_one_hub_never_collide_and_the_portal_takes_both(
        two_pcs: tuple[KioskContext, KioskContext], sim: PortalSimulator) -> None:
    pc1, pc2 = two_pcs
    save_hub(pc2.database(), replace(load_hub(pc2.database()), counter="2"))
    assert load_hub(pc1.database()).counter == "1"
    assert load_hub(pc2.database()).counter == "2"
    first, second = _take_at_once((pc1, pc2))
    r1, r2 = _receipts(pc1, first), _receipts(pc2, second)
    assert not set(r1) & set(r2)
    # Counter 1 keeps the hub's plain series; counter 2 has its own, each gapless from 1 on the day.
    assert {parse_receipt_number(r)[0] for r in r1} == {DEMO_HUB.code}  # type: ignore[index]
    assert {parse_receipt_number(r)[0] for r in r2} == {f"{DEMO_HUB.code}-C2"}  # type: ignore[index]
    assert sorted(parse_receipt_number(r)[2] for r in r2) == list(range(1, N + 1))  # type: ignore[index]

    for pc in (pc1, pc2):
        drain(make_engine(pc, make_client(sim.url)))
        assert counts(pc.database())["acked"] == N, counts(pc.database())
    held = _portal_receipts(sim)
    assert sorted(held) == sorted(r1 + r2)  # both PCs' applications, each number once


def test_without_counters_two_pcs_collide_and_the_portal_refuses_the_second(
        two_pcs: tuple[KioskContext, KioskContext], sim: PortalSimulator) -> None:
    pc1, pc2 = two_pcs  # both on the hub's first counter: the state before counters existed
    first, second = _take_at_once((pc1, pc2))
    assert set(_receipts(pc1, first)) == set(_receipts(pc2, second))
    for pc in (pc1, pc2):
        drain(make_engine(pc, make_client(sim.url)))
    held = _portal_receipts(sim)
    assert len(held) == 2 * N and len(set(held)) == N  # every number names two citizens' applications


def test_saving_the_hub_again_keeps_this_pcs_counter(two_pcs: tuple[KioskContext, KioskContext]) -> None:
    _, pc2 = two_pcs
    hub = load_hub(pc2.database())
    save_hub(pc2.database(), replace(hub, counter="2"))
    # The hub saved again without a counter (a new address, the demo, the wizard): the PC stays counter 2.
    save_hub(pc2.database(), replace(hub, counter="", address_en="Near the bus stand"))
    again = load_hub(pc2.database())
    assert (again.counter, again.address_en) == ("2", "Near the bus stand")
