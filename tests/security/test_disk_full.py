"""Disk full under the accounts and the audit chain, on a REAL small filesystem (a 2 MB tmpfs).

A user change and its audit entry share one transaction, so a full disk must leave neither: a clear
storage error, the chain still verifying, and everything working again once space returns. The tmpfs
needs mount rights (root in the CI container); without them this test fails loudly instead of skipping.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kiosk.domain.errors import StorageError
from kiosk.security.audit import record
from kiosk.security.migrations import SECURITY_MIGRATIONS
from kiosk.security.roles import Operator, Role
from kiosk.security.users import create_user
from kiosk.security.verify import chain_head, chain_keys, verify_chain
from kiosk.store.db import open_store
from tests.conftest import FIXED_NOW


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "small"
    mount.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True, text=True)
    assert r.returncode == 0, f"cannot mount a tmpfs for the disk-full test (needs root): {r.stderr}"
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def _fill(mount: Path) -> Path:
    filler = mount / "filler"
    with filler.open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    return filler


def test_full_disk_leaves_no_half_change_and_recovers(small_disk: Path) -> None:
    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    store = open_store(small_disk / "hub.sqlite3", [SECURITY_MIGRATIONS])
    create_user(store, None, "boss", "Boss", "supervisor", FIXED_NOW, hasher=hasher)
    boss = Operator("boss", Role.SUPERVISOR, "Boss")
    head_before = chain_head(store)
    filler = _fill(small_disk)
    failures = 0
    # Large enough ids to need new pages, so each attempt really has to write.
    for i in range(40):
        try:
            with store.write() as conn:
                for j in range(200):
                    record(conn, "boss", "document.add", now=FIXED_NOW, sha256=f"{i:02d}{j:04d}".ljust(64, "a"))
        except StorageError as exc:
            failures += 1
            assert exc.params.get("reason") == "disk_full" or "full" in str(exc)
    assert failures > 0, "the filesystem never filled up"
    refused = None
    for i in range(50):
        try:
            create_user(store, boss, f"op{i}", "Op " * 20, "operator", FIXED_NOW, hasher=hasher)
        except StorageError:
            refused = f"op{i}"
            break
    assert refused is not None, "a full disk accepted 50 new accounts"
    names = {r[0] for r in store.query("SELECT username FROM users")}
    audited = {r[0] for r in store.query("SELECT json_extract(ids, '$.user') FROM audit_log WHERE action = 'user.add'")}
    assert refused not in names and names == audited  # every account has its audit entry, and nothing more
    assert verify_chain(store, chain_keys(store)).ok
    os.remove(filler)
    create_user(store, boss, refused, "Op", "operator", FIXED_NOW, hasher=hasher)
    result = verify_chain(store, chain_keys(store))
    assert result.ok and chain_head(store) != head_before
    store.close()
    reopened = open_store(small_disk / "hub.sqlite3", [SECURITY_MIGRATIONS])
    assert reopened.writable and verify_chain(reopened, chain_keys(reopened)).ok
    reopened.close()
