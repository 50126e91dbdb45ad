"""Ten minutes of a link that flaps between a captive Wi-Fi page, a failing portal (5xx, and connections
closed after the portal committed) and good, run in simulated time by the real loop, engine and store
against the real simulator: every application arrives exactly once, none needs a person, nobody pressed
anything."""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

from kiosk.counter.syncing import Syncing
from kiosk.portal.simulator import PortalSimulator
from kiosk.store.outbox import counts
from kiosk.sync.loop import LoopTimings, SyncLoop, watch
from tests.sync.conftest import make_client, sim_admin, take_apps

PHASE_S = 25.0
PHASES = (("captive", {"captive": 1.0}), ("failing", {"5xx": 0.6, "drop_after_commit": 0.4}), ("good", {}),
          ("failing", {"5xx": 0.3, "drop_after_commit": 0.3, "truncated": 0.2}), ("good", {}))
FLAPPING_S = 600.0
SAVES_AT = (0.0, 80.0, 170.0, 260.0, 350.0, 440.0, 530.0)


def test_a_link_flapping_for_ten_minutes_delivers_everything_exactly_once(ctx, sim: PortalSimulator,
                                                                          tmp_path: Path) -> None:
    start = time.time()
    now = [0.0]  # simulated seconds since the loop started
    wall = lambda: start + now[0]  # noqa: E731 - the engine's clock for backoffs, in the same simulated time
    phase = [""]
    uuids: list[str] = []
    loop = SyncLoop(LoopTimings(), rng=random.Random(12))
    syncing = Syncing(ctx.database, lambda: make_client(sim.url),
                      lambda client: ctx.sync_engine(client, clock=wall, language="en", heartbeat=None),
                      lock_path=tmp_path / "sync.lock", clock=wall)
    seen: dict[str, Any] = {"passes": 0, "probes": 0, "phases": set()}

    def link_at(t: float) -> None:
        name, rates = PHASES[int(t // PHASE_S) % len(PHASES)] if t < FLAPPING_S else ("good", {})
        if name != phase[0]:
            sim_admin(sim, "faults", {"clear": True, "rates": rates})
            phase[0] = name
            seen["phases"].add(name)

    def events(t0: float, t1: float) -> list[float]:
        """Phase changes and saves in (t0, t1]."""
        edges = [k * PHASE_S for k in range(int(t0 // PHASE_S) + 1, int(t1 // PHASE_S) + 1) if k * PHASE_S <= FLAPPING_S]
        return sorted([e for e in edges if t0 < e <= t1] + [s for s in SAVES_AT if t0 < s <= t1])

    def wait(seconds: float) -> bool:
        target = now[0] + seconds
        hits = events(now[0], target)
        if hits:
            now[0] = hits[0]
            link_at(now[0])
            if now[0] in SAVES_AT:
                uuids.extend(take_apps(ctx, 3, docs=1, doc_size=2500))
                loop.saved(now[0])
            return False
        now[0] = target
        settled = now[0] >= FLAPPING_S and not any(counts(ctx.database())[s] for s in ("pending", "unknown"))
        return settled or now[0] > FLAPPING_S + 3600

    def run_pass() -> Any:
        seen["passes"] += 1
        one = syncing.sync_pass()
        for _ in one.progress():
            pass
        return one.result

    def probe() -> bool:
        seen["probes"] += 1
        return syncing.probe()

    link_at(0.0)
    uuids.extend(take_apps(ctx, 3, docs=1, doc_size=2500))
    watch(loop, run_pass, probe, lambda: now[0], wait)

    stats = sim_admin(sim, "stats")
    sim_admin(sim, "faults", {"clear": True, "rates": {}})
    keys = [a["idempotency_key"] for a in sim_admin(sim, "applications?limit=5000")["applications"]]
    c = counts(ctx.database())
    assert len(uuids) == 3 * len(SAVES_AT)
    assert sorted(keys) == sorted(uuids), "each application at the portal exactly once"
    assert stats["applications_stored"] == len(uuids) == stats["distinct_receipt_numbers"]
    assert c["acked"] == len(uuids) and c["rejected"] == c["in_flight"] == 0, c
    assert seen["phases"] == {"captive", "failing", "good"}
    assert {"captive", "5xx", "drop_after_commit"} <= set(stats["faults_injected"]), stats["faults_injected"]
    print(f"\nflapping: {now[0]:.0f} s simulated, {seen['passes']} passes, {seen['probes']} probes, "
          f"faults {stats['faults_injected']}, replays {stats.get('duplicate_submissions_refused')}")
