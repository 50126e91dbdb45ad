"""When to sync, decided in one place for the window and for ``seva-kiosk sync --watch``.

A pass runs soon after a save (debounced, so a burst of saves is one pass), when the network comes back,
and on a steady timer for the portal's answers; while the portal cannot be reached only a cheap ``/health``
probe runs, on a full-jitter backoff, so a dead link costs almost nothing. Never two passes at once.

:class:`SyncLoop` is a state machine without threads or a clock of its own: callers tell it what happened
and when (monotonic seconds) and ask it what to do next. The window drives it with a QTimer and the thread
pool (``kiosk.ui.sync_control``); :func:`watch` drives it headless with a blocking wait — the same rules,
and tests can run ten minutes of a flapping link in simulated time.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from kiosk.sync.backoff import Backoff

Action = Literal["pass", "probe"]


@dataclass(frozen=True)
class LoopTimings:
    debounce: float = 3.0  # after a save: the operator's next few saves join the same pass
    max_debounce: float = 30.0  # … but a steady stream of saves does not hold the queue back longer than this
    steady: float = 300.0  # online with nothing due: statuses and certificates every five minutes
    min_gap: float = 1.0  # between two passes, whatever is due: a pass that cannot settle an item never spins
    # Offline: probe after 0–5 s, then up to 0–120 s (full jitter, so a ring of kiosks does not come back
    # in step). On average one /health a minute: nothing for a dead link, and a link that returns without
    # the OS saying so is found within two minutes.
    probe: Backoff = field(default_factory=lambda: Backoff(base=5.0, cap=120.0))


@dataclass(frozen=True)
class PassResult:
    """What the loop needs from a finished pass: was the portal reached, and when is the next item due."""

    online: bool
    retry_in: float | None = None  # seconds until the earliest item waiting on its backoff is due
    failed: bool = False  # the pass raised (a bug or a full disk): back off as if offline
    skipped: bool = False  # another process was mid-pass on this data folder: try again in ``retry_in``


@dataclass(frozen=True)
class Next:
    action: Action
    at: float


class SyncLoop:
    def __init__(self, timings: LoopTimings | None = None, *, rng: random.Random | None = None) -> None:
        self.timings = timings or LoopTimings()
        if rng is not None:
            self.timings.probe.rng = rng
        self.online: bool | None = None  # None until the portal has been tried
        self.busy: Action | None = None
        self._pass_at: float | None = None
        self._probe_at: float | None = None
        self._saved_since: float | None = None  # first save not yet covered by a pass
        self._probes_failed = 0
        self._errors = 0

    # ------------------------------------------------------------------------------------------ events
    def started(self, now: float) -> None:
        """At start-up: a pass at once (it begins with a probe, and drains what waits if the portal is up)."""
        self._pass_at = now

    def saved(self, now: float) -> None:
        """Something was queued. Offline, the probe's schedule rules: a save says nothing about the link."""
        if self.online is False:
            return
        if self._saved_since is None:
            self._saved_since = now
            at = now + self.timings.debounce
            self._pass_at = at if self._pass_at is None else min(self._pass_at, at)
            return
        # a later save pushes the save's pass back (debounce), never past the cap from the first save
        self._pass_at = min(now + self.timings.debounce, self._saved_since + self.timings.max_debounce)

    def network_changed(self, now: float, reachable: bool) -> None:
        """The operating system says the network came or went (Qt's QNetworkInformation, where it exists)."""
        if reachable:
            self._probes_failed = 0
            if self.online is not True:
                self._probe_at = now  # the probe confirms it before a pass is spent on it
        else:
            self.online = False
            self._pass_at = None
            self._probe_after_failure(now)

    def asked(self, now: float) -> None:
        """The operator pressed "sync now": they know the link is back."""
        self._pass_at = now
        self._probe_at = None

    def begin(self, action: Action) -> bool:
        """Mark ``action`` as running; False (and nothing changes) if something already runs."""
        if self.busy is not None:
            return False
        self.busy = action
        if action == "pass":
            self._pass_at = None
            self._probe_at = None
            self._saved_since = None
        else:
            self._probe_at = None
        return True

    def pass_done(self, now: float, result: PassResult) -> None:
        self.busy = None
        if result.skipped:
            self._pass_at = now + max(result.retry_in or 0.0, self.timings.min_gap)
            return
        if result.failed:
            self._errors += 1
            self._pass_at = self._earliest(self._pass_at, now + self.timings.probe.delay(self._errors))
            return
        self._errors = 0
        if not result.online:
            self.online = False
            self._pass_at = None
            self._saved_since = None
            self._probe_after_failure(now)
            return
        self.online = True
        self._probes_failed = 0
        self._probe_at = None
        wait = self.timings.steady if result.retry_in is None else min(max(result.retry_in, self.timings.min_gap),
                                                                          self.timings.steady)
        self._pass_at = self._earliest(self._pass_at, now + wait)

    def probe_done(self, now: float, online: bool) -> None:
        self.busy = None
        if online:
            self._probes_failed = 0
            self._pass_at = now  # the portal answers: drain at once
            return
        self.online = False
        self._probe_after_failure(now)

    # ------------------------------------------------------------------------------------------ asking
    def next(self) -> Next | None:
        """The next thing to do and when (None while something runs, or when nothing is scheduled)."""
        if self.busy is not None:
            return None
        if self._pass_at is not None and (self._probe_at is None or self._pass_at <= self._probe_at):
            return Next("pass", self._pass_at)
        if self._probe_at is not None:
            return Next("probe", self._probe_at)
        return None

    # ------------------------------------------------------------------------------------------ inside
    def _probe_after_failure(self, now: float) -> None:
        self._probes_failed += 1
        at = now + self.timings.probe.delay(self._probes_failed)
        self._probe_at = self._earliest(self._probe_at, at) if self._probe_at and self._probe_at > now else at

    @staticmethod
    def _earliest(a: float | None, b: float) -> float:
        return b if a is None else min(a, b)


def watch(loop: SyncLoop, run_pass: Callable[[], PassResult], probe: Callable[[], bool],
          clock: Callable[[], float], wait: Callable[[float], bool],
          on_error: Callable[[BaseException], None] = lambda exc: None) -> None:
    """Drive ``loop`` until ``wait`` returns True (asked to stop): the headless watcher's whole life.

    ``wait(seconds)`` sleeps at most that long and says whether a stop was asked (a threading.Event's
    ``wait``; a simulated clock in tests). ``run_pass`` checks the same stop request between items, so a
    stop finishes the item in hand and returns here."""
    loop.started(clock())
    while True:
        step = loop.next()
        if step is None:  # nothing scheduled cannot happen after start-up; keep the watcher honest anyway
            loop.pass_done(clock(), PassResult(online=loop.online is not False))
            continue
        delay = step.at - clock()
        if delay > 0:
            if wait(delay):
                return
            continue  # woke early or on time: ask again (the schedule may have moved)
        loop.begin(step.action)
        if step.action == "probe":
            try:
                online = probe()
            except Exception as exc:  # noqa: BLE001 - a probe never ends the watcher
                on_error(exc)
                online = False
            loop.probe_done(clock(), online)
        else:
            try:
                result = run_pass()
            except Exception as exc:  # noqa: BLE001 - logged by the caller; the watcher keeps watching
                on_error(exc)
                result = PassResult(online=False, failed=True)
            loop.pass_done(clock(), result)
        if wait(0):
            return
