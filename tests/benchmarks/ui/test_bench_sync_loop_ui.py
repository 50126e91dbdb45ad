"""The GUI thread while the window syncs by itself: 1,000 queued applications, the portal down when the
window starts (the loop probes), then up on the same port; a 10 ms heartbeat timer on the GUI thread
measures the worst gap from the first probe to the queue drained (target: 100 ms). The floor is the same
heartbeat with nothing running, measured just before (the box's own scheduling noise)."""

from __future__ import annotations

import random
import time
from typing import Any

from PySide6.QtCore import QElapsedTimer, QTimer

from kiosk.portal.simulator import PortalSimulator
from kiosk.store.outbox import counts
from kiosk.sync.backoff import Backoff
from kiosk.sync.loop import LoopTimings, SyncLoop
from tests.benchmarks.conftest import report
from tests.sync.conftest import free_port, sim_config, take_apps
from tests.ui.conftest import make_client, operator

N = 1000


class Heartbeat:
    def __init__(self) -> None:
        self.gaps: list[int] = []
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = self.clock.elapsed()
        self.timer = QTimer()
        self.timer.timeout.connect(self.beat)
        self.timer.start(10)

    def beat(self) -> None:
        now = self.clock.elapsed()
        self.gaps.append(now - self.last)
        self.last = now

    def stop(self) -> list[int]:
        self.timer.stop()
        return self.gaps


def test_gui_stall_while_the_loop_drains_1000_items(qtbot: Any, ctx: Any) -> None:
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.sync_control import SyncController

    take_apps(ctx, N, docs=0)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    loop = SyncLoop(LoopTimings(debounce=0.5, steady=300.0, probe=Backoff(base=0.5, cap=2.0)), rng=random.Random(1))
    controller = SyncController(ctx.use_cases().syncing, client_factory=lambda: make_client(url), loop=loop)
    window = MainWindow(ctx.use_cases(), operator(), sync=controller)
    qtbot.addWidget(window)
    window.show()
    idle = Heartbeat()
    qtbot.wait(2000)
    floor = idle.stop()
    beat = Heartbeat()
    controller.automate(watch_network=False)
    qtbot.waitUntil(lambda: controller.state.online is False and not controller.running, timeout=20_000)
    with PortalSimulator(sim_config(port=port)):
        up = time.perf_counter()
        qtbot.waitUntil(lambda: counts(ctx.database())["acked"] == N, timeout=600_000)
        drained = time.perf_counter() - up
        qtbot.waitUntil(lambda: not controller.running, timeout=60_000)
        controller.stop()
    gaps = sorted(beat.stop())
    report("ui_sync_loop_stall", items=N, reachable_to_drained_s=round(drained, 2),
           heartbeat_10ms_worst_gap_ms=gaps[-1], p99_gap_ms=gaps[int(len(gaps) * 0.99)],
           idle_floor_worst_gap_ms=max(floor), ratio_to_floor=round(gaps[-1] / max(max(floor), 1), 2),
           target_ms=100)
