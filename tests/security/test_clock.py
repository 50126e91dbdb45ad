"""The PC clock set wrong: a day ahead, a day behind, back to the year 2000, and back to the truth.

Receipt numbers are counted per hub per IST day; a clock that returns to a day already used must continue
that day's sequence (never restart it: a UNIQUE violation would block every save, a reuse would give two
citizens one number). Sync must deliver everything exactly once whatever the clock says about retry
times. TLS: a certificate that looks expired or not yet valid is explained as a clock problem.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import requests

import tests.portal.test_tls as tls_pki
from kiosk.app import KioskContext
from kiosk.domain.application import parse_receipt_number
from kiosk.domain.clock import local_day
from kiosk.domain.errors import ClockSkew
from kiosk.domain.messages import describe
from kiosk.portal import PortalClient, Timeouts
from kiosk.portal.simulator import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, spawn_simulator
from kiosk.store.outbox import counts
from kiosk.sync.backoff import Backoff
from kiosk.sync.engine import SyncEngine
from tests.conftest import FIXED_NOW
from tests.portal.conftest import application
from tests.security.intake import simulator_args, take

DAY = dt.timedelta(days=1)
Y2K = dt.datetime(2000, 1, 1, 3, 0, tzinfo=dt.UTC)


def test_receipt_numbers_stay_unique_when_the_clock_jumps_around(ctx: KioskContext) -> None:
    plan = [(FIXED_NOW, 3), (FIXED_NOW + DAY, 2), (FIXED_NOW, 2), (FIXED_NOW - DAY, 1), (Y2K, 2),
            (FIXED_NOW + DAY, 1), (FIXED_NOW, 1)]
    saved = []
    for when, n in plan:
        saved += take(ctx, n, now=when)
    numbers = [a.receipt_number for a in saved]
    assert len(set(numbers)) == len(numbers) == 12
    per_day: dict[dt.date, list[int]] = {}
    for a in saved:
        parsed = parse_receipt_number(a.receipt_number)
        assert parsed is not None and parsed[1] == local_day(a.created_at)
        per_day.setdefault(parsed[1], []).append(parsed[2])
    # Each day's sequence continued where it stopped, in save order, without a gap.
    assert per_day[local_day(FIXED_NOW)] == [1, 2, 3, 4, 5, 6]
    assert per_day[local_day(FIXED_NOW + DAY)] == [1, 2, 3]
    assert per_day[local_day(FIXED_NOW - DAY)] == [1]
    assert per_day[dt.date(2000, 1, 1)] == [1, 2]
    store = ctx.database()
    assert store.query("SELECT count(*) FROM applications")[0][0] == 12
    assert store.query("SELECT count(DISTINCT receipt_number) FROM applications")[0][0] == 12


def _engine(ctx: KioskContext, client: PortalClient, offset: float) -> SyncEngine:
    engine: SyncEngine = ctx.sync_engine(client, backoff=Backoff(base=0.02, cap=0.2), heartbeat=None,
                                         clock=lambda: time.time() + offset, language="en")
    return engine


def test_sync_with_a_wrong_clock_delivers_everything_exactly_once(ctx: KioskContext) -> None:
    """Items left 'unknown' (the portal committed, the answer was lost) while the clock was a day ahead
    carry retry times a day in the future; with the clock set back they must still go, once."""
    take(ctx, 4, now=FIXED_NOW)
    take(ctx, 3, now=FIXED_NOW + DAY)
    take(ctx, 3, now=Y2K)
    args = [*simulator_args(), "--faults", "drop_after_commit=0.4", "--seed", "9", "--stall-seconds", "0.2"]
    with spawn_simulator(args) as sim:
        for offset in (DAY.total_seconds(), 0.0, -DAY.total_seconds(), (Y2K - FIXED_NOW).total_seconds()):
            client = PortalClient(sim.url, DEMO_CLIENT_ID, lambda: DEMO_CLIENT_SECRET, timeouts=Timeouts(0.5, 0.5))
            try:
                for _ in _engine(ctx, client, offset).run(drain=False):
                    pass
            finally:
                client.close()
        client = PortalClient(sim.url, DEMO_CLIENT_ID, lambda: DEMO_CLIENT_SECRET, timeouts=Timeouts(0.5, 0.5))
        try:
            for _ in _engine(ctx, client, (Y2K - FIXED_NOW).total_seconds()).run(drain=True, max_wait=60):
                pass
        finally:
            client.close()
        stats = requests.get(f"{sim.url}/_sim/stats", timeout=5).json()
    c = counts(ctx.database())
    assert c["acked"] == 10 and c["pending"] == c["unknown"] == c["in_flight"] == c["rejected"] == 0, c
    assert stats["applications_stored"] == stats["distinct_idempotency_keys"] == 10
    assert stats["distinct_receipt_numbers"] == 10
    assert stats["faults_injected"], "no answer was lost, so the retry path was not exercised"


def test_expired_looking_certificate_is_explained_as_a_clock_problem(tmp_path: Path) -> None:
    """The PC clock is ahead (or the certificate really expired): the operator is told to check the clock.
    (The clock-behind case, a certificate 'not yet valid', is tests/portal/test_tls.py.)"""
    expired_from = dt.datetime.now(dt.UTC) - dt.timedelta(days=11)  # valid for 10 days: ended yesterday
    sim, ca = tls_pki._tls_sim(tmp_path, expired_from)  # noqa: SLF001 - the portal tests' throwaway PKI
    with sim, PortalClient(sim.url, DEMO_CLIENT_ID, lambda: DEMO_CLIENT_SECRET, ca_bundle=ca,
                           timeouts=Timeouts(1, 2)) as c:
        out = c.submit_application("clock-key-0001", application())
        assert out.unknown and out.halt and out.code == "clock_skew"
        assert isinstance(out.error, ClockSkew)
        assert sim.simulation.stats()["applications_stored"] == 0
    en, mr = describe(out.error, "en"), describe(out.error, "mr")
    assert "date and time" in en, en
    assert "तारीख व वेळ" in mr, mr
