"""Processes the window benchmarks time from outside (run as a script, never imported by the kiosk).

``bare``: the floor — a bare PySide6 window shown, the same settle as ``main.py --exit-when-ready``, then
the seconds since the process started, measured the same way (``kiosk.ui.application.process_seconds``).
``dashboard HOME``: the operator's main window on an offline kiosk, idle on the dashboard once its
figures and the start-up check are in; prints its memory as JSON (RSS now, and the peak).
"""

from __future__ import annotations

import json
import sys
import time


def _bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from kiosk.ui.application import SETTLE_MS, process_seconds

    app = QApplication([sys.argv[0]])
    window = QWidget()
    window.show()

    def report() -> None:
        print(f"ready in {process_seconds():.3f} s", flush=True)
        app.exit(0)

    QTimer.singleShot(SETTLE_MS, report)
    return int(app.exec())


def _memory() -> dict[str, float]:
    found = {}
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = round(int(value.split()[0]) / 1024, 1)
    return found


def _dashboard(home: str, idle_s: float) -> int:
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.app import build_context
    from kiosk.counter.login import Operator
    from kiosk.portal.client import PortalClient
    from kiosk.ui.application import Shell, make_app, prepare
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.sync_control import SyncController

    app = make_app([])
    ctx = build_context(home, "en")
    ctx.check = "later"
    counter = ctx.use_cases()
    prepare(app, counter)
    shell = Shell(app, counter)
    shell.start()
    shell.run_start_up_checks()
    clock = QElapsedTimer()
    clock.start()
    offline = SyncController(counter.syncing, client_factory=lambda: PortalClient("http://127.0.0.1:9", "x", lambda: "x"))
    window = MainWindow(counter, Operator("operator1", "Operator 1"), sync=offline)
    window.show()
    dash = window.pages["dashboard"]
    while dash.data is None or shell.start_check is None:
        QApplication.processEvents()
        time.sleep(0.01)
    figures_ms = clock.elapsed()
    end = time.monotonic() + idle_s
    while time.monotonic() < end:  # idle: the event loop runs, nobody touches anything
        QApplication.processEvents()
        time.sleep(0.02)
    print(json.dumps({"dashboard_figures_ms": figures_ms, **_memory()}), flush=True)
    window.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        sys.exit(_bare())
    sys.exit(_dashboard(sys.argv[2], float(sys.argv[3]) if len(sys.argv) > 3 else 3.0))
