"""``/_sim/*`` rewinds the clock, decides applications and arms faults: never open to the network by accident."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from kiosk.portal.simulator import PortalSimulator, spawn_simulator
from tests.portal.conftest import make_config

TOKEN = "admin-token-for-the-drill-0001"


def test_a_non_loopback_address_needs_an_admin_token() -> None:
    with pytest.raises(ValueError, match="admin token"):
        PortalSimulator(make_config(host="0.0.0.0")).start()
    with PortalSimulator(make_config(host="127.0.0.2")):  # all of 127/8 is loopback
        pass


def test_with_a_token_every_admin_call_must_carry_it() -> None:
    with PortalSimulator(make_config(host="0.0.0.0", admin_token=TOKEN)) as sim:
        port = sim.url.rsplit(":", 1)[1]
        base = f"http://127.0.0.1:{port}"
        bare = requests.get(f"{base}/_sim/stats", timeout=5)
        assert bare.status_code == 401 and bare.json()["error"]["code"] == "INVALID_TOKEN"
        wrong = requests.post(f"{base}/_sim/advance", json={"seconds": 9e9}, headers={"Sim-Admin-Token": "x"}, timeout=5)
        assert wrong.status_code == 401
        assert requests.get(f"{base}/_sim/stats", headers={"Sim-Admin-Token": TOKEN}, timeout=5).status_code == 200
        assert requests.get(f"{base}/health", timeout=5).status_code == 200  # the contract itself is unchanged


def test_the_command_line_refuses_and_takes_the_token_from_a_file_not_argv(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="admin token"):
        spawn_simulator(["--host", "0.0.0.0"])
    token_file = tmp_path / "admin-token"
    token_file.write_text(TOKEN + "\n", encoding="utf-8")
    with spawn_simulator(["--host", "0.0.0.0", "--admin-token-file", str(token_file)]) as proc:
        port = proc.url.rsplit(":", 1)[1]
        assert requests.get(f"http://127.0.0.1:{port}/_sim/stats", timeout=5).status_code == 401
        ok = requests.get(f"http://127.0.0.1:{port}/_sim/stats", headers={"Sim-Admin-Token": TOKEN}, timeout=5)
        assert ok.status_code == 200
        assert TOKEN not in " ".join(proc.process.args)  # type: ignore[arg-type]
