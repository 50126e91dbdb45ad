"""The simulator as a process: `seva-kiosk portal-sim`, `spawn_simulator`, and a database that survives
restarts (idempotency holds across a portal restart too)."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from kiosk.portal import PortalClient, Timeouts
from kiosk.portal.simulator import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, spawn_simulator
from kiosk.portal.simulator.process import READY_PREFIX
from tests.portal.conftest import application

CLI = [sys.executable, "-m", "kiosk"]


def test_portal_sim_command_serves_and_stops_cleanly(tmp_path: Path) -> None:
    proc = subprocess.Popen([*CLI, "--home", str(tmp_path), "portal-sim", "--port", "0", "--faults", "5xx=0.0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith(READY_PREFIX), proc.stderr.read() if proc.stderr else line
        url = line[len(READY_PREFIX):].strip()
        assert requests.get(f"{url}/health", timeout=5).json()["status"] == "ok"
        with PortalClient(url, DEMO_CLIENT_ID, lambda: DEMO_CLIENT_SECRET) as c:
            fetched = c.fetch_catalogue()
            assert fetched.parse().has("income-certificate")  # the kiosk's bundled catalogue, not the seed
        assert (tmp_path / "portal-simulator" / "portal.sqlite3").is_file()
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(10) == 0


@pytest.mark.parametrize(("args", "text"), [
    (["--faults", "5xx=2"], "between 0 and 1"),
    (["--faults", "meteor=0.1"], "unknown fault"),
    (["--client", "nocolon"], "ID:SECRET"),
])
def test_bad_options_give_one_line(tmp_path: Path, args: list[str], text: str) -> None:
    done = subprocess.run([*CLI, "--home", str(tmp_path), "--lang", "en", "portal-sim", "--port", "0", *args],
                          capture_output=True, text=True, timeout=30)
    assert done.returncode != 0
    assert text in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_port_in_use_is_a_clear_error(tmp_path: Path) -> None:
    with spawn_simulator() as running:
        port = running.url.rsplit(":", 1)[1]
        done = subprocess.run([*CLI, "--home", str(tmp_path), "portal-sim", "--port", port],
                              capture_output=True, text=True, timeout=30)
    assert done.returncode != 0 and "cannot listen" in done.stderr and "Traceback" not in done.stderr


def test_idempotency_survives_a_portal_restart(tmp_path: Path) -> None:
    db = tmp_path / "portal.sqlite3"
    with spawn_simulator(["--db", str(db)]) as first, \
            PortalClient(first.url, DEMO_CLIENT_ID, lambda: DEMO_CLIENT_SECRET, timeouts=Timeouts(2, 5)) as c:
        original = c.submit_application("restart-key-0001", application(service_code="income-certificate"))
        assert original.acked
    with spawn_simulator(["--db", str(db)]) as second, \
            PortalClient(second.url, DEMO_CLIENT_ID, lambda: DEMO_CLIENT_SECRET, timeouts=Timeouts(2, 5)) as c:
        again = c.submit_application("restart-key-0001", application(service_code="income-certificate"))
        assert again.acked and again.replayed and again.data == original.data
        assert requests.get(f"{second.url}/_sim/stats", timeout=5).json()["applications_stored"] == 1


def test_spawn_reports_a_child_that_cannot_start() -> None:
    with pytest.raises(RuntimeError, match="did not start"):
        spawn_simulator(["--profile", "carrier-pigeon"])
