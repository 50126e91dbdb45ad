"""`seva-kiosk sync --watch`: the window's sync loop without the window (systemd user unit, Windows task).

It never exits because the portal is away: it probes on a backoff and drains when the portal answers.
SIGTERM and SIGINT only set a flag that the engine checks between items, so the item in hand finishes
and the watcher exits 0; a SIGKILL mid-item leaves it ``in_flight``, which the next start treats as
``unknown`` and resends under the same idempotency key (the portal answers with its first result).
"""

from __future__ import annotations

import signal
import sys
import threading
import time
from datetime import datetime
from typing import TYPE_CHECKING, Any

from kiosk.sync.loop import PassResult, SyncLoop, watch

if TYPE_CHECKING:
    from kiosk.app import KioskContext

QUEUE_LOOK_EVERY_S = 5.0  # the window is closed, but `seva-kiosk` commands may still queue items


def watch_until_stopped(ctx: KioskContext, portal: str | None, *, quiet: bool = False,
                        loop: SyncLoop | None = None) -> int:
    syncing = ctx.use_cases().syncing
    client = lambda: ctx.portal_client(portal)  # noqa: E731
    client().close()  # a missing portal configuration is a mistake to say now, not a link to wait for
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGTERM, signal.SIGINT)}
    loop = loop or SyncLoop()
    seen: dict[str, Any] = {"waiting": syncing.queue().pending, "online": None}

    def say(text: str) -> None:
        if not quiet:
            print(f"{datetime.now().isoformat(timespec='seconds')} {text}", flush=True)

    def run_pass() -> PassResult:
        one = syncing.sync_pass(client)
        for _ in one.progress(stop.is_set):
            pass
        report, waiting = one.report, syncing.queue().pending
        seen["waiting"] = waiting
        if one.skipped:
            return one.result
        if report.offline_reason:
            if seen["online"] is not False:
                say(f"portal not reachable ({report.offline_reason}); {waiting} waiting; will keep trying")
        elif report.sent or report.rejected or report.status_applied or report.certificates or not seen["online"]:
            say(f"sent {report.sent}, quarantined {report.rejected}, still waiting {waiting}, "
                f"statuses {report.status_applied}, certificates {report.certificates}")
        seen["online"] = report.online
        return one.result

    def probe() -> bool:
        return syncing.probe(client)

    def wait(seconds: float) -> bool:
        """Sleep up to ``seconds``; True if asked to stop. Looks at the queue now and then: a new item
        is a save, and the loop sends it soon."""
        deadline = time.monotonic() + seconds
        while True:
            left = deadline - time.monotonic()
            if stop.wait(max(0.0, min(left, QUEUE_LOOK_EVERY_S))):
                return True
            if left <= QUEUE_LOOK_EVERY_S:
                return False
            waiting = syncing.queue().pending
            if waiting > seen["waiting"]:
                seen["waiting"] = waiting
                loop.saved(time.monotonic())
                return False
            seen["waiting"] = waiting

    say(f"watching the queue ({seen['waiting']} waiting); SIGTERM or Ctrl+C to stop")
    try:
        watch(loop, run_pass, probe, time.monotonic, wait, on_error=lambda exc: _complain(exc))
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    say("stopped")
    return 0


def _complain(exc: BaseException) -> Any:
    print(f"seva-kiosk: sync pass failed, will try again: {exc}", file=sys.stderr, flush=True)
