"""Security benchmarks: Argon2id verify at production parameters, audit append (batched and one commit
per entry, as real writes do), and verifying a 100,000-entry chain. Prints figures beside a floor
(a bare SHA-256 HMAC loop) measured in the same run; no timing asserts."""

from __future__ import annotations

import hashlib
import hmac
import time
from pathlib import Path

from argon2 import PasswordHasher

from kiosk.security.audit import record
from kiosk.security.migrations import SECURITY_MIGRATIONS
from kiosk.security.verify import chain_keys, verify_chain
from kiosk.store.db import open_store
from tests.benchmarks.conftest import report, summary_ms
from tests.conftest import FIXED_NOW

ENTRIES = 100_000


def test_argon2_verify_time() -> None:
    ph = PasswordHasher()
    stored = ph.hash("Sahyadri#2026")
    samples = []
    for _ in range(10):
        t = time.perf_counter()
        ph.verify(stored, "Sahyadri#2026")
        samples.append(time.perf_counter() - t)
    report("security.argon2_verify", time_cost=ph.time_cost, memory_kib=ph.memory_cost,
           parallelism=ph.parallelism, **summary_ms(samples))


def test_audit_append_and_verify_100k(tmp_path: Path) -> None:
    store = open_store(tmp_path / "hub.sqlite3", [SECURITY_MIGRATIONS])
    uuid = "7f9c2ba4-e88f-41d5-9df4-a1b2c3d4e5f6"
    t = time.perf_counter()
    done = 0
    while done < ENTRIES:
        with store.write() as conn:
            for _ in range(1000):
                done += 1
                record(conn, "operator1", "application.save", now=FIXED_NOW, application=uuid, seq_hint=done)
    batched = time.perf_counter() - t
    singles = []
    for i in range(300):  # one durable commit per entry, as an application save does
        t = time.perf_counter()
        with store.write() as conn:
            record(conn, "operator1", "receipt.print", now=FIXED_NOW, application=uuid, copy=i)
        singles.append(time.perf_counter() - t)
    keys = chain_keys(store)
    t = time.perf_counter()
    result = verify_chain(store, keys)
    verify_s = time.perf_counter() - t
    assert result.ok and result.entries == ENTRIES + 300
    key = next(iter(keys.values()))
    t = time.perf_counter()
    for i in range(result.entries):
        hmac.new(key, b"x" * 160 + str(i).encode(), hashlib.sha256).hexdigest()
    floor_s = time.perf_counter() - t
    size_mb = (tmp_path / "hub.sqlite3").stat().st_size / 1e6
    report("security.audit_chain", entries=result.entries,
           append_batched_per_entry_us=round(batched / ENTRIES * 1e6, 1),
           append_own_commit=summary_ms(singles), verify_s=round(verify_s, 2),
           verify_per_entry_us=round(verify_s / result.entries * 1e6, 1),
           floor_bare_hmac_s=round(floor_s, 3), db_mb=round(size_mb, 1))
    store.close()
