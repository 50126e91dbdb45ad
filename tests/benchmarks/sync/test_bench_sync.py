"""Sync benchmarks: applications/second on loopback beside a bare requests loop (the floor), bytes on the
wire per application, and draining applications with two 150 KB scans each over the 2G profile against
the pure bandwidth bound (bytes ÷ link rate).

Targets: ≥ 100 apps/s and ≥ half the bare loop's rate on loopback; 2G drain within 1.25× of the bound.
KIOSK_BENCH_2G_APPS (default 20; the full run takes ~17 minutes at 50 kbit/s) sets the 2G sample size.
"""

from __future__ import annotations

import gzip
import json
import os
import time

import requests

from kiosk.portal.simulator import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, spawn_simulator
from kiosk.portal.transport import Timeouts
from kiosk.store.outbox import counts
from tests.benchmarks.conftest import report
from tests.sync.conftest import CATALOGUE, drain, make_client, make_engine, take_apps

N_LOOPBACK = 500
LINK_BITS_PER_SECOND = 50_000  # the simulator's 2g profile


def test_loopback_rate_and_bytes(ctx) -> None:
    take_apps(ctx, N_LOOPBACK, docs=0)
    bodies = [r[0] for r in ctx.database().query("SELECT payload FROM outbox ORDER BY id")]
    with spawn_simulator(["--catalogue", str(CATALOGUE), "--decision-seconds", "3600"]) as sim:
        client = make_client(sim.url)
        engine = make_engine(ctx, client)
        t = time.perf_counter()
        drain(engine)
        kiosk_s = time.perf_counter() - t
        assert counts(ctx.database())["acked"] == N_LOOPBACK
        traffic = client.traffic
        # the floor: the same bodies POSTed by a bare requests loop, gzip'd like the client does
        token = requests.post(f"{sim.url}/oauth/token", data={"grant_type": "client_credentials",
                              "client_id": DEMO_CLIENT_ID, "client_secret": DEMO_CLIENT_SECRET}, timeout=10).json()
        session = requests.Session()
        headers = {"Authorization": f"Bearer {token['access_token']}", "Content-Type": "application/json",
                   "Content-Encoding": "gzip"}
        t = time.perf_counter()
        for i, body in enumerate(bodies):
            payload = json.loads(body)
            payload["receipt_number"] = f"BARE-{i}"
            session.post(f"{sim.url}/applications", data=gzip.compress(json.dumps(payload).encode()),
                         headers={**headers, "Idempotency-Key": f"bare-{i}-{os.getpid()}"}, timeout=10)
        bare_s = time.perf_counter() - t
    kiosk_rate, bare_rate = N_LOOPBACK / kiosk_s, N_LOOPBACK / bare_s
    report("sync.loopback", apps=N_LOOPBACK, kiosk_apps_per_s=round(kiosk_rate, 1),
           bare_loop_apps_per_s=round(bare_rate, 1), ratio=round(kiosk_rate / bare_rate, 2),
           bytes_up_per_app=round(traffic.get("bytes_up", 0) / N_LOOPBACK),
           bytes_down_per_app=round(traffic.get("bytes_down", 0) / N_LOOPBACK),
           requests_per_app=round(traffic.get("requests", 0) / N_LOOPBACK, 2),
           target=">= 100 apps/s and >= 0.5x bare loop")


def test_2g_drain_against_bandwidth_bound(ctx) -> None:
    n = int(os.environ.get("KIOSK_BENCH_2G_APPS", "20"))
    take_apps(ctx, n, docs=2, doc_size=150_000)
    with spawn_simulator(["--catalogue", str(CATALOGUE), "--profile", "2g", "--decision-seconds", "3600"]) as sim:
        client = make_client(sim.url, timeouts=Timeouts(connect=10.0, read=60.0))
        engine = make_engine(ctx, client)
        t = time.perf_counter()
        drain(engine, max_wait=7200.0)
        took = time.perf_counter() - t
        traffic = client.traffic
    assert counts(ctx.database())["acked"] == n
    wire = traffic.get("bytes_up", 0) + traffic.get("bytes_down", 0)
    bound = wire * 8 / LINK_BITS_PER_SECOND
    report("sync.2g_drain", apps=n, scans_per_app=2, scan_kb=150, seconds=round(took, 1),
           wire_bytes=wire, bandwidth_bound_s=round(bound, 1), ratio=round(took / bound, 2),
           target="<= 1.25x bound")
