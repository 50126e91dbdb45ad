"""Operator's window benchmarks: cold start to the login window, dashboard with 100,000 applications,
and the worst GUI-thread stall while a 1,000-item sync runs (targets: 1.5 s, 2 s, 100 ms)."""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QTimer

from kiosk.domain.intake import take_application
from kiosk.store.hub import set_setting
from tests.benchmarks.conftest import report
from tests.forms import income_form
from tests.ui.conftest import make_client, make_window
from tests.ui.conftest import sim as sim  # noqa: F401 - fixture

REPO = Path(__file__).resolve().parents[3]
N_DASHBOARD = int(os.environ.get("KIOSK_BENCH_APPS", "100000"))


def test_cold_start_to_interactive_login(kiosk_home: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_HOME=str(kiosk_home))
    subprocess.run([sys.executable, str(REPO / "main.py"), "--training", "--exit-when-ready"], env=env, check=True,
                   capture_output=True, timeout=120)  # first run builds the .qm and the database
    walls, inside = [], []
    for _ in range(5):
        t = time.perf_counter()
        done = subprocess.run([sys.executable, str(REPO / "main.py"), "--exit-when-ready"], env=env, check=True,
                              capture_output=True, text=True, timeout=120)
        walls.append(time.perf_counter() - t)
        inside.append(float(done.stdout.split()[2]))
    floor = []
    for _ in range(5):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import PySide6.QtWidgets"], check=True, timeout=60)
        floor.append(time.perf_counter() - t)
    report("ui_cold_start", wall_p50_s=round(statistics.median(walls), 3), wall_max_s=round(max(walls), 3),
           ready_reported_p50_s=round(statistics.median(inside), 3),
           floor_import_qtwidgets_p50_s=round(statistics.median(floor), 3), target_s=1.5)


def _fill(ctx: Any, n: int) -> float:
    cat, cal, hub = ctx.catalogue(), ctx.calendar(), ctx.hub()
    apps = ctx.applications()
    rng = random.Random(5)
    t = time.perf_counter()
    for i in range(n):
        when = ctx.now() - timedelta(days=rng.randint(0, 400), minutes=rng.randint(0, 600))
        r = take_application(income_form(applicant__mobile=f"98{i:08d}"[:10]), catalogue=cat, calendar=cal,
                             hub_code=hub.code, operator="op", now=when, today=when.date())
        assert r.application is not None, r.problems
        apps.save_new(r.application)
    return time.perf_counter() - t


def test_dashboard_with_100k_applications(qtbot, ctx) -> None:
    fill_s = _fill(ctx, N_DASHBOARD)
    timer = QElapsedTimer()
    timer.start()
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    built_ms = timer.elapsed()  # screens are built on first use: only the dashboard exists now
    dash = window.pages["dashboard"]
    qtbot.waitUntil(lambda: dash.data is not None, timeout=60_000)
    shown_ms = timer.elapsed()
    first_open = {}
    for key in ("new", "applications", "sync", "dayclose", "settings"):
        t = time.perf_counter()
        window.navigate(key)
        first_open[f"first_open_{key}_ms"] = round((time.perf_counter() - t) * 1000, 1)
    from kiosk.counter.dashboard import load_dashboard

    loads = []
    for _ in range(5):
        t = time.perf_counter()
        load_dashboard(ctx.database(), ctx.today())
        loads.append(time.perf_counter() - t)
    report("ui_dashboard", applications=ctx.applications().count(), window_built_ms=built_ms,
           window_to_figures_ms=shown_ms, **first_open,
           load_p50_ms=round(statistics.median(loads) * 1000, 1), fill_s=round(fill_s, 1), target_ms=2000)


def test_gui_stall_during_a_1000_item_sync(qtbot, ctx, sim) -> None:  # noqa: F811
    from tests.sync.conftest import take_apps

    take_apps(ctx, 1000, docs=0)
    set_setting(ctx.database(), "portal.url", sim.url)
    window = make_window(qtbot, ctx, sim.url)
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.timeout.connect(beat)
    heartbeat.start(10)
    reports: list[Any] = []
    window.sync.finished.connect(reports.append)
    items: list[Any] = []
    window.sync.progress.connect(items.append)
    t = time.perf_counter()
    assert window.sync.start(drain=True, max_wait=300)
    qtbot.waitUntil(lambda: bool(reports), timeout=600_000)
    took = time.perf_counter() - t
    heartbeat.stop()
    assert reports[0].sent == 1000
    ordered = sorted(gaps)
    report("ui_sync_stall", items=1000, sync_s=round(took, 2), progress_signals=len(items),
           heartbeat_10ms_worst_gap_ms=max(gaps), p99_gap_ms=ordered[int(len(ordered) * 0.99)], target_ms=100)
    _ = make_client
