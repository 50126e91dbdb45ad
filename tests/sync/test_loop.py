"""The sync loop's rules, in simulated time: when it passes, when it only probes, and never two at once."""

from __future__ import annotations

import random

from kiosk.sync.backoff import Backoff
from kiosk.sync.loop import LoopTimings, Next, PassResult, SyncLoop, watch


def make_loop(**kw: object) -> SyncLoop:
    return SyncLoop(LoopTimings(**kw), rng=random.Random(7))  # type: ignore[arg-type]


def test_start_passes_at_once_and_a_burst_of_saves_is_one_debounced_pass() -> None:
    loop = make_loop(debounce=3.0, max_debounce=30.0, steady=300.0)
    loop.started(0.0)
    assert loop.next() == Next("pass", 0.0)
    assert loop.begin("pass")
    loop.pass_done(1.0, PassResult(online=True))
    assert loop.next() == Next("pass", 301.0)  # steady timer
    loop.saved(10.0)
    loop.saved(11.0)
    loop.saved(12.5)
    assert loop.next() == Next("pass", 15.5)  # each save pushes the pass back by the debounce
    for t in range(13, 60):  # an operator saving every second for a minute: the cap holds
        loop.saved(float(t))
    assert loop.next() == Next("pass", 40.0)


def test_never_two_at_once_and_a_save_during_a_pass_gets_its_own_pass() -> None:
    loop = make_loop(debounce=3.0)
    loop.started(0.0)
    assert loop.begin("pass")
    assert not loop.begin("pass") and not loop.begin("probe")
    assert loop.next() is None  # nothing is due while a pass runs
    loop.saved(5.0)  # saved while the pass sends the earlier items
    loop.pass_done(6.0, PassResult(online=True))
    assert loop.next() == Next("pass", 8.0)


def test_offline_only_probes_on_a_full_jitter_backoff_and_a_good_probe_drains_at_once() -> None:
    loop = make_loop(probe=Backoff(base=5.0, cap=120.0))
    loop.started(0.0)
    loop.begin("pass")
    loop.pass_done(0.5, PassResult(online=False))
    now, probes = 0.5, 0
    while now < 3600.0:  # an hour of dead link
        step = loop.next()
        assert step is not None and step.action == "probe"
        assert step.at - now <= 120.0
        now = step.at
        loop.begin("probe")
        probes += 1
        loop.saved(now)  # saves while offline do not bring passes: the probe says when the link is back
        loop.probe_done(now, False)
    assert 30 <= probes <= 200, probes  # about one GET /health a minute: a dead link costs almost nothing
    loop.begin("probe")
    loop.probe_done(now, True)
    assert loop.next() == Next("pass", now)


def test_the_network_coming_back_probes_at_once_and_going_away_stops_passes() -> None:
    loop = make_loop()
    loop.started(0.0)
    loop.begin("pass")
    loop.pass_done(1.0, PassResult(online=True))
    loop.network_changed(2.0, False)
    step = loop.next()
    assert step is not None and step.action == "probe" and step.at > 2.0
    loop.network_changed(50.0, True)
    assert loop.next() == Next("probe", 50.0)


def test_items_waiting_on_backoff_bring_the_next_pass_forward_and_a_failing_pass_backs_off() -> None:
    loop = make_loop(steady=300.0, min_gap=1.0)
    loop.started(0.0)
    loop.begin("pass")
    loop.pass_done(10.0, PassResult(online=True, retry_in=7.0))
    assert loop.next() == Next("pass", 17.0)
    loop.begin("pass")
    loop.pass_done(20.0, PassResult(online=True, retry_in=0.0))
    assert loop.next() == Next("pass", 21.0)  # never spins
    loop.begin("pass")
    loop.pass_done(30.0, PassResult(online=False, failed=True))
    step = loop.next()
    assert step is not None and step.action == "pass" and 30.0 <= step.at <= 40.0
    loop.begin("pass")
    loop.pass_done(31.0, PassResult(online=True, retry_in=30.0, skipped=True))  # the watcher was mid-pass
    assert loop.next() == Next("pass", 61.0)


def test_watch_ends_when_asked_and_survives_a_failing_pass() -> None:
    clock = [0.0]
    passes: list[float] = []
    errors: list[BaseException] = []

    def run_pass() -> PassResult:
        passes.append(clock[0])
        if len(passes) == 2:
            raise OSError("disk full")
        return PassResult(online=True, retry_in=None)

    def wait(seconds: float) -> bool:
        clock[0] += seconds
        return clock[0] > 1000.0

    watch(make_loop(steady=300.0), run_pass, lambda: True, lambda: clock[0], wait, on_error=errors.append)
    assert len(errors) == 1 and passes[0] == 0.0 and passes[1] == 300.0 and len(passes) >= 3
