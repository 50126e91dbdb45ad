"""Full-jitter backoff: bounded, honours Retry-After, survives absurd attempt counts."""

from __future__ import annotations

import random

from kiosk.sync.backoff import Backoff


def test_full_jitter_bounds_and_retry_after() -> None:
    b = Backoff(base=2.0, cap=60.0, rng=random.Random(1))
    for attempt in range(1, 12):
        ceiling = min(60.0, 2.0 * 2 ** (attempt - 1))
        samples = [b.delay(attempt) for _ in range(200)]
        assert all(0 <= s <= ceiling for s in samples)
        assert max(samples) > ceiling * 0.8  # the jitter really spans the range
    assert b.delay(1, retry_after=30.0) >= 30.0
    assert b.delay(1, retry_after=10_000.0) == 60.0  # a hostile Retry-After is capped
    assert 0 <= b.delay(5000) <= 60.0  # no float overflow after thousands of failures
