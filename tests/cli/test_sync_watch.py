"""`seva-kiosk sync --watch` as a technician runs it (a real process, the real simulator over loopback):
it waits for a portal that is down when it starts, drains when the portal comes up on the same port, and
SIGTERM/SIGINT finish the item in hand and exit 0; after a SIGKILL mid-pass the next start sends the rest,
each application reaching the portal exactly once."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import KioskContext
from kiosk.portal.simulator import spawn_simulator
from kiosk.store.hub import set_setting
from kiosk.store.outbox import counts
from tests.sync.conftest import CATALOGUE, free_port, sim_admin, take_apps

REPO = Path(__file__).resolve().parents[2]


class Watcher:
    """The watcher process with its output read line by line on a thread (so waiting never blocks)."""

    def __init__(self, ctx: KioskContext, url: str) -> None:
        env = {**os.environ, "KIOSK_HOME": str(ctx.paths.home), "KIOSK_LANG": "en"}
        self.proc = subprocess.Popen([sys.executable, "-m", "kiosk", "sync", "--watch", "--portal", url], env=env,
                                     cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line)

    def wait_for(self, text: str, timeout: float = 60.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.5)
            except queue.Empty:
                assert self.proc.poll() is None, f"watcher exited: {self.seen}"
                continue
            self.seen.append(line)
            if text in line:
                return line
        raise AssertionError(f"no {text!r} from the watcher: {self.seen}")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 60.0) -> int:
        self.proc.send_signal(sig)
        return self.proc.wait(timeout)


def training(ctx: KioskContext) -> None:
    set_setting(ctx.database(), "portal.training", "1")  # the simulator's published demo credentials


def waiting(ctx: KioskContext) -> int:
    c = counts(ctx.database())
    return c["pending"] + c["unknown"] + c["in_flight"]


def until(check: Any, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "not settled in time"
        time.sleep(0.2)


@pytest.mark.timeout(240)
def test_portal_down_at_start_then_up_on_the_same_port_everything_arrives(ctx: KioskContext) -> None:
    training(ctx)
    before = take_apps(ctx, 3)
    port = free_port()
    watcher = Watcher(ctx, f"http://127.0.0.1:{port}")
    try:
        watcher.wait_for("portal not reachable")
        assert watcher.proc.poll() is None, "it waits, it does not exit"
        during = take_apps(ctx, 2)  # the counter keeps saving while the portal is away
        with spawn_simulator(["--port", str(port), "--catalogue", str(CATALOGUE), "--decision-seconds", "3600"]) as sim:
            until(lambda: waiting(ctx) == 0)
            after = take_apps(ctx, 2)  # a save once it is up: the watcher sees the queue grow and sends it
            until(lambda: waiting(ctx) == 0)
            keys = [a["idempotency_key"] for a in sim_admin(sim, "applications?limit=100")["applications"]]
            assert watcher.stop(signal.SIGINT) == 0
    finally:
        if watcher.proc.poll() is None:
            watcher.proc.kill()
    assert sorted(keys) == sorted(before + during + after)
    assert counts(ctx.database())["acked"] == 7


@pytest.mark.timeout(300)
def test_sigterm_finishes_the_item_in_hand_and_sigkill_loses_nothing(ctx: KioskContext) -> None:
    training(ctx)
    uuids = take_apps(ctx, 8, docs=1, doc_size=60_000)  # ~1.3 s each on the 3G profile: a pass takes a while
    with spawn_simulator(["--catalogue", str(CATALOGUE), "--profile", "3g", "--decision-seconds", "3600"]) as sim:
        stored = lambda: sim_admin(sim, "stats")["applications_stored"]  # noqa: E731
        watcher = Watcher(ctx, sim.url)
        try:
            until(lambda: stored() >= 2)
            assert watcher.stop(signal.SIGTERM) == 0
        finally:
            if watcher.proc.poll() is None:
                watcher.proc.kill()
        c = counts(ctx.database())
        assert c["in_flight"] == 0, "the item in hand was finished, not abandoned"
        assert 2 <= c["acked"] < 8, c  # stopped mid-pass
        assert c["acked"] == stored()

        watcher = Watcher(ctx, sim.url)
        try:
            until(lambda: stored() >= c["acked"] + 2)
            watcher.proc.send_signal(signal.SIGKILL)
            watcher.proc.wait(30)
        finally:
            if watcher.proc.poll() is None:
                watcher.proc.kill()

        watcher = Watcher(ctx, sim.url)  # the next start resends what was in flight, under the same key
        try:
            until(lambda: waiting(ctx) == 0)
            assert watcher.stop(signal.SIGTERM) == 0
        finally:
            if watcher.proc.poll() is None:
                watcher.proc.kill()
        keys = [a["idempotency_key"] for a in sim_admin(sim, "applications?limit=100")["applications"]]
    assert sorted(keys) == sorted(uuids), "each application at the portal exactly once"
    assert counts(ctx.database())["acked"] == 8
