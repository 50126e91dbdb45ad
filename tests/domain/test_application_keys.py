"""An application's UUID (also its outbox idempotency key): version 7, time first, so a day's keys sort
together at the end of every index keyed by them (issue 15), and still unique with the clock wrong."""

from __future__ import annotations

import time
import uuid

import pytest

from kiosk.domain import application
from kiosk.domain.application import new_uuid


def test_a_key_is_a_version_7_uuid_with_the_time_in_front() -> None:
    before = time.time_ns() // 1_000_000
    key = uuid.UUID(new_uuid())
    after = time.time_ns() // 1_000_000
    assert key.version == 7 and key.variant == uuid.RFC_4122
    assert before <= key.int >> 80 <= after


def test_keys_taken_later_sort_later() -> None:
    keys = []
    for _ in range(5):
        keys.append(new_uuid())
        time.sleep(0.002)
    assert keys == sorted(keys)


def test_a_clock_set_back_or_stopped_still_gives_distinct_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(application.time, "time_ns", lambda: 1_700_000_000_000_000_000)  # one frozen instant
    keys = {new_uuid() for _ in range(20_000)}
    assert len(keys) == 20_000
    assert {uuid.UUID(k).int >> 80 for k in keys} == {1_700_000_000_000}
