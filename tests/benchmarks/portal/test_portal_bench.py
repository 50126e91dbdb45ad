"""Portal figures (printed, never asserted): simulator throughput for POST /applications through the
kiosk's client beside a bare `requests` loop of the same bodies (the floor), bytes on the wire per
application, and a resumable upload over the emulated 2G link against its bandwidth bound.

Run: .venv/bin/python -m pytest tests/benchmarks/portal -q -s --override-ini addopts=
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import requests

from kiosk.portal import PortalClient, Timeouts
from kiosk.portal.simulator import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, PortalSimulator, SimulatorConfig
from kiosk.portal.simulator.server import SEED_CATALOGUE
from tests.benchmarks.conftest import report

N = 2000


def _body(i: int, prefix: str) -> dict[str, object]:
    return {
        "schema": "seva-kiosk/application@1", "receipt_number": f"{prefix}-20250825-{i:05d}",
        "service_code": "income_certificate", "catalogue_version": "sim-2025.08.25",
        "applicant": {"name": {"en": f"Applicant {i} Patil", "mr": "आशा सुरेश पाटील"}, "aadhaar_last4": "1234",
                      "mobile": "9822012345", "address": {"village": "Shirur", "taluka": "Shirur", "pin": "412210"}},
        "form": {"annual_income": 8500000 + i, "purpose": "scholarship for higher education",
                 "occupation": "farmer", "family_members": 5},
        "fees": {"total_paise": 6900, "lines": [{"kind": "service_charge", "paise": 5000},
                                                {"kind": "gst", "paise": 900}, {"kind": "stamp", "paise": 1000}]},
        "documents": [],
        "submitted_at": "2025-08-25T10:00:00Z",
    }


def test_applications_per_second_client_vs_bare_requests(tmp_path: Path) -> None:
    cfg = SimulatorConfig(db_path=str(tmp_path / "portal.sqlite3"), catalogue_path=SEED_CATALOGUE)
    with PortalSimulator(cfg) as sim, PortalClient(sim.url, DEMO_CLIENT_ID, lambda: DEMO_CLIENT_SECRET) as client:
        token = client.tokens.token()
        assert isinstance(token, str)
        bare = requests.Session()
        bare.headers["Authorization"] = f"Bearer {token}"
        for i in range(50):  # warm both paths (threads, page cache, token)
            client.submit_application(f"warm-c-{i:06d}", _body(i, "WC"))
            bare.post(f"{sim.url}/applications", json=_body(i, "WB"), headers={"Idempotency-Key": f"warm-b-{i:06d}"})
        before = dict(client.traffic)
        t0 = time.perf_counter()
        for i in range(N):
            assert client.submit_application(f"client-{i:08d}", _body(i, "CL")).acked
        client_rate = N / (time.perf_counter() - t0)
        t0 = time.perf_counter()
        for i in range(N):
            r = bare.post(f"{sim.url}/applications", json=_body(i, "BR"), headers={"Idempotency-Key": f"bare-{i:08d}"},
                          timeout=(5, 30))
            assert r.status_code == 201
        bare_rate = N / (time.perf_counter() - t0)
        t0 = time.perf_counter()
        for i in range(N // 3):
            assert client.submit_application(f"client-{i:08d}", _body(i, "CL")).replayed
        replay_rate = (N // 3) / (time.perf_counter() - t0)
        up = (client.traffic["bytes_up"] - before["bytes_up"]) / (N + N // 3)
        down = (client.traffic["bytes_down"] - before["bytes_down"]) / (N + N // 3)
        stored = requests.get(f"{sim.url}/_sim/stats", timeout=5).json()["applications_stored"]
    report("portal.post_applications", n=N, client_apps_per_s=round(client_rate, 1),
           bare_requests_apps_per_s=round(bare_rate, 1), client_vs_bare=round(client_rate / bare_rate, 2),
           replays_per_s=round(replay_rate, 1), body_bytes_up_per_app_gzip=round(up),
           body_bytes_down_per_app=round(down), stored=stored)


def test_upload_over_2g_against_the_bandwidth_bound() -> None:
    data = os.urandom(150 * 1024)
    sha = hashlib.sha256(data).hexdigest()
    cfg = SimulatorConfig(profile="2g", seed=3, catalogue_path=SEED_CATALOGUE)
    with PortalSimulator(cfg) as sim, PortalClient(sim.url, DEMO_CLIENT_ID, lambda: DEMO_CLIENT_SECRET,
                                                  timeouts=Timeouts(10, 30)) as client:
        client.tokens.token()
        t0 = time.perf_counter()
        out = client.upload_document(sha, data, "image/jpeg")
        took = time.perf_counter() - t0
        assert out.acked
        requests_made = client.traffic["requests"]
    bound = len(data) / (50_000 / 8)
    report("portal.upload_150kb_2g", seconds=round(took, 1), bandwidth_bound_s=round(bound, 1),
           ratio_to_bound=round(took / bound, 2), requests=requests_made, final_chunk_bytes=client.sizer.size)
