"""The window syncs by itself: the portal is down when it starts, applications are saved, the portal comes
up on the same port, and everything arrives with no one pressing F5 — the loop runs passes and probes on
the pool, so the GUI thread never touches the store or the network for it."""

from __future__ import annotations

import random
import threading
from typing import Any

from kiosk.app import KioskContext
from kiosk.portal.simulator import PortalSimulator
from kiosk.store.outbox import counts
from kiosk.sync.backoff import Backoff
from kiosk.sync.loop import LoopTimings, SyncLoop
from tests.sync.conftest import free_port, sim_admin, sim_config, take_apps
from tests.ui.conftest import make_client, operator


def fast_loop() -> SyncLoop:
    # The real rules with seconds shrunk, so the test waits ~1 s where a counter would wait up to 2 min.
    return SyncLoop(LoopTimings(debounce=0.3, max_debounce=2.0, steady=60.0, min_gap=0.2,
                                probe=Backoff(base=0.2, cap=0.8)), rng=random.Random(4))


def test_portal_down_at_start_then_up_everything_arrives_with_no_human_action(qtbot: Any, ctx: KioskContext) -> None:
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.sync_control import SyncController

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    first = take_apps(ctx, 2)
    gui = threading.get_ident()
    threads: set[int] = set()
    syncing = ctx.use_cases().syncing
    probe = syncing.probe

    def recorded_probe(*a: Any, **kw: Any) -> bool:
        threads.add(threading.get_ident())
        return probe(*a, **kw)

    syncing.probe = recorded_probe  # type: ignore[method-assign]
    controller = SyncController(syncing, client_factory=lambda: make_client(url), loop=fast_loop())
    window = MainWindow(ctx.use_cases(), operator(), sync=controller)
    qtbot.addWidget(window)
    window.show()
    states: list[tuple[bool | None, bool]] = []
    controller.changed.connect(lambda s: states.append((s.online, s.running)))
    controller.automate(watch_network=False)
    qtbot.waitUntil(lambda: controller.state.online is False and not controller.running, timeout=20_000)
    assert "offline" in controller.state.offline_reason
    qtbot.waitUntil(lambda: bool(threads), timeout=20_000)  # probing while the portal is away
    later = take_apps(ctx, 2)  # saved while offline
    controller.refresh()  # what a screen does after a save
    with PortalSimulator(sim_config(port=port)) as sim:
        qtbot.waitUntil(lambda: counts(ctx.database())["acked"] == 4, timeout=30_000)
        qtbot.waitUntil(lambda: controller.state.online is True and not controller.running, timeout=20_000)
        more = take_apps(ctx, 1)  # a save while online: a debounced pass sends it soon
        controller.refresh()
        qtbot.waitUntil(lambda: counts(ctx.database())["acked"] == 5, timeout=30_000)
        keys = [a["idempotency_key"] for a in sim_admin(sim, "applications?limit=100")["applications"]]
        controller.stop()
        qtbot.waitUntil(lambda: not controller.running, timeout=20_000)
    assert sorted(keys) == sorted(first + later + more)
    assert gui not in threads, "the probe ran on the pool, not on the GUI thread"
    assert (True, False) in states and (False, False) in states


def test_a_pass_the_loop_starts_is_not_a_second_one(qtbot: Any, ctx: KioskContext, sim: PortalSimulator) -> None:
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.sync_control import SyncController

    take_apps(ctx, 3)
    controller = SyncController(ctx.use_cases().syncing, client_factory=lambda: make_client(sim.url), loop=fast_loop())
    window = MainWindow(ctx.use_cases(), operator(), sync=controller)
    qtbot.addWidget(window)
    second: list[bool] = []

    def press_f5_meanwhile(state: Any) -> None:
        if state.running and not second:
            second.append(controller.start())  # F5 while the loop's pass runs: "a sync is already running"
            second.append(controller.loop.begin("pass"))

    controller.changed.connect(press_f5_meanwhile)
    controller.automate(watch_network=False)
    qtbot.waitUntil(lambda: counts(ctx.database())["acked"] == 3 and not controller.running, timeout=30_000)
    controller.stop()
    assert second == [False, False]


def test_the_network_coming_back_probes_at_once_instead_of_waiting_out_the_backoff(qtbot: Any, ctx: KioskContext) -> None:
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.sync_control import SyncController

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    mine = take_apps(ctx, 2)
    # A probe backoff of ten minutes or more: without the OS's word the test would time out.
    patient = SyncLoop(LoopTimings(steady=3600.0, probe=Backoff(base=600.0, cap=3600.0, rng=random.Random(2))))
    controller = SyncController(ctx.use_cases().syncing, client_factory=lambda: make_client(url), loop=patient)
    window = MainWindow(ctx.use_cases(), operator(), sync=controller)
    qtbot.addWidget(window)
    controller.automate(watch_network=False)
    qtbot.waitUntil(lambda: controller.state.online is False and not controller.running, timeout=20_000)
    step = patient.next()
    assert step is not None and step.action == "probe"
    controller.network_changed(False)  # the cable is out: nothing changes but the header
    with PortalSimulator(sim_config(port=port)) as sim:
        controller.network_changed(True)  # QNetworkInformation: reachable again
        qtbot.waitUntil(lambda: counts(ctx.database())["acked"] == 2, timeout=30_000)
        keys = [a["idempotency_key"] for a in sim_admin(sim, "applications?limit=100")["applications"]]
        qtbot.waitUntil(lambda: not controller.running, timeout=20_000)
        controller.stop()
    assert sorted(keys) == sorted(mine)
