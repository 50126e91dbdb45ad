"""The chaos harness of the suite, scaled up (KIOSK_BENCH_CHAOS_N, default 10,000 applications)."""

from __future__ import annotations

import os

from tests.benchmarks.conftest import report
from tests.sync.test_chaos import run_chaos


def test_chaos_at_scale(ctx) -> None:
    figures = run_chaos(ctx, int(os.environ.get("KIOSK_BENCH_CHAOS_N", "10000")))
    report("sync.chaos", **figures)
