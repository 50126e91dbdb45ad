"""Run the simulator as a child process (the demo hub's portal, crash tests that kill the *client*)."""

from __future__ import annotations

import atexit
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass

READY_PREFIX = "portal simulator listening on "
_SPAWNED: list[SimulatorProcess] = []  # every child started here, stopped when this process exits


@atexit.register
def _stop_spawned() -> None:
    for sim in _SPAWNED:
        sim.stop()


@dataclass
class SimulatorProcess:
    process: subprocess.Popen[str]
    url: str

    def stop(self, timeout: float = 5.0) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout)

    def __enter__(self) -> SimulatorProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def spawn_simulator(args: Sequence[str] = (), *, startup_timeout: float = 20.0) -> SimulatorProcess:
    """Start ``python -m kiosk.portal.simulator --port 0 <args>`` and wait for its URL.

    ``args`` are the ``portal-sim`` options (``--faults``, ``--db``, ``--profile`` …). Raises RuntimeError
    with the child's error output when it does not come up.
    """
    cmd = [sys.executable, "-m", "kiosk.portal.simulator", "--port", "0", *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    box: list[str] = []
    reader = threading.Thread(target=lambda: box.append(proc.stdout.readline() if proc.stdout else ""), daemon=True)
    reader.start()
    reader.join(startup_timeout)
    line = box[0] if box else ""
    if not line.startswith(READY_PREFIX):
        proc.kill()
        _, err = proc.communicate(timeout=5)
        raise RuntimeError(f"portal simulator did not start: {(err or line).strip()[-500:]}")
    time.sleep(0)  # the child is serving once it printed the line
    started = SimulatorProcess(proc, line[len(READY_PREFIX):].strip())
    _SPAWNED.append(started)  # a window's training portal or a test's never outlives the process that wanted it
    return started
