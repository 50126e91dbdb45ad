"""A simulator child never outlives the process that started it (a window's training portal, a test's portal):
before this rule, window tests left dozens of simulators running on the shared machine."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

STARTS_ONE = textwrap.dedent("""
    from kiosk.portal.simulator import spawn_simulator
    print(spawn_simulator([]).process.pid, flush=True)
""")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is not alive either: it is only waiting for its (gone) parent's wait()
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().split(") ", 1)[1][0] != "Z"


def test_a_spawned_simulator_stops_when_its_parent_exits() -> None:
    done = subprocess.run([sys.executable, "-c", STARTS_ONE], capture_output=True, text=True, timeout=60, check=True)
    child = int(done.stdout.strip())
    deadline = time.monotonic() + 10  # a bound for a slow CI, not a timing claim
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)
