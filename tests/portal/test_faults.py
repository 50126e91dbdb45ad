"""Every fault the simulator injects ends in the classification the sync engine relies on, and a retry
with the same key then leaves exactly one application on the portal."""

from __future__ import annotations

import time

import pytest

from kiosk.domain.errors import PortalUnavailable
from kiosk.portal import PortalClient, Timeouts
from kiosk.portal.errors import CaptivePortalDetected, PortalBadResponse
from kiosk.portal.simulator import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, PortalSimulator
from kiosk.portal.simulator.faults import ALL_FAULTS, FaultPlan, parse_fault_rates, parse_profile
from tests.portal.conftest import application, make_config, script, stats, wait_stall

KEY = "0f6c2d9e-8d43-4c1e-b1f4-5a8f9e7d6c5b"
# fault → (code, halt, retry_after, error type, committed before the failure)
EXPECTED = {
    "5xx": ("server_error", False, None, PortalUnavailable, False),
    "429": ("RATE_LIMITED", False, 1.0, PortalUnavailable, False),
    "503": ("server_error", False, 1.0, PortalUnavailable, False),
    "timeout": ("read_timeout", False, None, PortalUnavailable, False),
    "captive": ("captive_portal", True, None, CaptivePortalDetected, False),
    "redirect_offsite": ("redirect_refused", True, None, CaptivePortalDetected, False),
    "wrong_content_type": ("wrong_content_type", False, None, PortalBadResponse, False),
    "huge_body": ("body_too_large", False, None, PortalBadResponse, False),
    "drop_after_commit": ("connection_dropped", False, None, PortalUnavailable, True),
    "late_answer": ("read_timeout", False, None, PortalUnavailable, True),
    "truncated": ("truncated", False, None, PortalBadResponse, True),
    "invalid_json": ("invalid_json", False, None, PortalBadResponse, True),
}


@pytest.mark.parametrize("fault", sorted(EXPECTED))
def test_fault_is_classified_unknown_and_retry_is_exactly_once(fault: str, client: PortalClient,
                                                              sim: PortalSimulator) -> None:
    code, halt, retry_after, error_type, committed = EXPECTED[fault]
    script(sim, fault)
    out = client.submit_application(KEY, application())
    assert out.kind == "unknown", out
    assert out.code == code and out.halt is halt and out.retry_after == retry_after
    assert isinstance(out.error, error_type)
    assert stats(sim)["applications_stored"] == (1 if committed else 0)
    if fault in ("timeout", "late_answer"):
        wait_stall(sim)
    retry = client.submit_application(KEY, application())
    assert retry.acked and retry.replayed is committed
    s = stats(sim)
    assert s["applications_stored"] == 1 and s["faults_injected"][fault] == 1


def test_slow_trickle_completes_because_the_timeout_is_for_silence(client: PortalClient, sim: PortalSimulator) -> None:
    script(sim, "slow")
    started = time.monotonic()
    out = client.submit_application(KEY, application())
    took = time.monotonic() - started
    assert out.acked and out.data["status"] == "submitted"
    assert took > client.transport.timeouts.read  # longer than the read timeout in total, yet never silent that long
    assert stats(sim)["faults_injected"]["slow"] == 1


def test_connect_timeout_is_real_and_halts(client: PortalClient, sim: PortalSimulator) -> None:
    script(sim, "connect_timeout", path="/health")
    assert client.check_connectivity().online  # answered, then the listener goes deaf
    out = client.submit_application(KEY, application())
    assert out.unknown and out.code == "connect_timeout" and out.halt
    # Bounded by the connect timeout, not by the server: the client has given up while the listener is still
    # deaf (no wall-clock assert; the listener's deaf spell is longer than the client's connect timeout).
    assert client.check_connectivity(Timeouts(0.3, 0.3)).state == "offline"
    time.sleep(sim.config.connect_pause_seconds)
    assert client.submit_application(KEY, application()).acked
    assert stats(sim)["faults_injected"]["connect_timeout"] == 1


def test_refused_connection_is_offline(new_client: object) -> None:
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    c = new_client(url=f"http://127.0.0.1:{port}")  # type: ignore[operator]
    out = c.submit_application(KEY, application())
    assert out.unknown and out.code == "offline" and out.halt
    assert c.check_connectivity().state == "offline"


def test_random_faults_still_store_each_application_once() -> None:
    rates = {f: 0.02 for f in ALL_FAULTS if f != "connect_timeout"}
    cfg = make_config(faults=rates, stall_seconds=0.5, trickle_seconds=0.02)
    outcomes = {}
    with PortalSimulator(cfg) as sim, PortalClient(sim.url, DEMO_CLIENT_ID, lambda: DEMO_CLIENT_SECRET,
                                                   timeouts=Timeouts(0.3, 0.3)) as client:
        for i in range(40):
            key = f"chaos-{i:06d}"
            for _attempt in range(40):
                out = client.submit_application(key, application(receipt=f"R-{i}"))
                if not out.unknown:
                    break
                time.sleep(min(out.retry_after or 0.05, 0.2))  # the sync engine's backoff, shortened
            outcomes[key] = out.kind
        assert set(outcomes.values()) == {"acked"}
        time.sleep(0.6)  # a late answer may still be on its way to nobody
        s = stats(sim)
    assert s["applications_stored"] == 40 and s["distinct_receipt_numbers"] == 40
    assert s["distinct_idempotency_keys"] == 40
    assert sum(s["faults_injected"].values()) > 0


def test_fault_spec_parsing() -> None:
    assert parse_fault_rates("5xx=0.05, timeout=0.1,drop=0.02") == {"5xx": 0.05, "timeout": 0.1,
                                                                   "drop_after_commit": 0.02}
    assert parse_fault_rates("") == {}
    for bad in ("5xx", "5xx=abc", "5xx=1.5", "nonsense=0.1", "5xx=0.6,timeout=0.6"):
        with pytest.raises(ValueError):
            parse_fault_rates(bad)
    assert parse_profile("2G").bytes_per_second == 6250
    with pytest.raises(ValueError):
        parse_profile("5g")


def test_scripted_faults_match_path_and_method() -> None:
    plan = FaultPlan(seed=1)
    plan.script(["5xx"], "/uploads", "PATCH")
    assert plan.pick("POST", "/applications") is None
    assert plan.pick("HEAD", "/uploads/ab") is None
    assert plan.pick("PATCH", "/uploads/ab") == "5xx"
    assert plan.pick("PATCH", "/uploads/ab") is None
