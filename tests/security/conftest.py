"""Fixtures for the security tests: a fresh migrated hub database, a cheap Argon2 hasher, a fake clock.

The cheap hasher keeps the suite fast (the real parameters cost ~tens of ms per hash); one test uses the
production defaults to prove rehash-on-login moves old hashes to them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kiosk.security.migrations import SECURITY_MIGRATIONS
from kiosk.store.db import Store, open_store
from tests.conftest import FIXED_NOW


class FakeClock:
    """An injected wall clock the tests move by hand."""

    def __init__(self, start: datetime = FIXED_NOW) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "hub.sqlite3", [SECURITY_MIGRATIONS])
    yield s
    s.close()


@pytest.fixture
def hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
