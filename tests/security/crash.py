"""Shared by the crash test and its 1,000-run benchmark: run the crash driver against a simulator."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from kiosk.config import ASSETS_DIR
from kiosk.portal.simulator import spawn_simulator

REPO = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("crash_driver.py")


def run_crash_driver(home: Path, *, runs: int, seed: int, batch: int = 3, sim_args: tuple[str, ...] = (),
                     timeout: float = 600.0) -> dict[str, Any]:
    """Start a portal simulator process and the driver; return the driver's JSON figures."""
    args = ["--decision-seconds", "3600", "--catalogue", str(ASSETS_DIR / "catalogue" / "catalogue.json"),
            *sim_args]
    with spawn_simulator(args) as sim:
        env = {**os.environ, "KIOSK_HOME": str(home), "KIOSK_LANG": "en"}
        proc = subprocess.run([sys.executable, str(DRIVER), str(home), sim.url, "--runs", str(runs),
                               "--seed", str(seed), "--batch", str(batch)],
                              env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])
