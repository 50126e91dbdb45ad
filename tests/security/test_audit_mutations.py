"""Hostile edits of the audit chain: every edit, deletion, insertion and reordering must be caught, at
the entry where it happened.

The attacker here can write the database file (they drop the append-only triggers with raw SQL first)
but does not hold the keyring's key. Each mutation runs in a transaction that is rolled back afterwards,
so one generated chain of ~200 entries (with a key rotation in the middle) serves every case; a few cases
are also committed to disk from a separate connection and checked after reopening, as a real attacker
with the sqlite3 shell would do.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from kiosk.security.audit import compute_mac
from kiosk.security.migrations import SECURITY_MIGRATIONS
from kiosk.security.verify import GUARDS, VerifyResult, chain_head, chain_keys, verify_chain
from kiosk.store.db import Store, open_store
from tests.conftest import FIXED_NOW, open_hub_db
from tests.security.chain import build_chain

N = 200
ROTATE_AT = 100
FIELDS = ("at", "actor", "action", "ids", "key_id", "prev_mac", "mac")


@pytest.fixture
def chain(store: Store) -> Store:
    build_chain(store, N, FIXED_NOW, rotate_at=ROTATE_AT)
    assert verify_chain(store, chain_keys(store)).ok
    return store


@contextmanager
def hostile(store: Store) -> Iterator[sqlite3.Connection]:
    """Raw SQL with the triggers dropped, rolled back afterwards (DDL is transactional in SQLite)."""
    conn = store.conn
    conn.execute("PRAGMA ignore_check_constraints = ON")  # the attacker also sidesteps CHECK (seq >= 1)
    conn.execute("BEGIN")
    try:
        for name in ("audit_log_no_update", "audit_log_no_delete", "audit_log_next_seq"):
            conn.execute(f"DROP TRIGGER {name}")
        yield conn
    finally:
        conn.execute("ROLLBACK")
        conn.execute("PRAGMA ignore_check_constraints = OFF")


def _flip_hex(value: str) -> str:
    return ("1" if value[0] != "1" else "2") + value[1:]


def _mutated(field: str, value: str, row: sqlite3.Row, other_key: str) -> str:
    if field == "at":
        return value[:-7] + ("1" if value[-7] != "1" else "2") + value[-6:]  # one microsecond later
    if field == "actor":
        return "supervisor1" if value != "supervisor1" else "operator1"
    if field == "action":
        return "login.ok" if value != "login.ok" else "login.failed"
    if field == "ids":
        ids = json.loads(value)
        ids["application"] = "00000000-0000-4000-8000-000000000000"
        return json.dumps(ids, sort_keys=True, separators=(",", ":"))
    if field == "key_id":
        return other_key if value != other_key else "k000000000000"
    return _flip_hex(value)  # prev_mac, mac


def _rows(store: Store) -> list[sqlite3.Row]:
    return store.query("SELECT * FROM audit_log ORDER BY seq")


def _check(result: VerifyResult, seq: int) -> None:
    assert not result.ok, f"mutation at entry {seq} went unnoticed"
    assert result.first_broken == seq, (seq, result)


def test_every_field_of_every_entry_edited_is_detected_at_that_entry(chain: Store) -> None:
    keys = chain_keys(chain)
    rows = _rows(chain)
    key_ids = sorted({r["key_id"] for r in rows})
    cases = 0
    for row in rows:
        other = next(k for k in key_ids if k != row["key_id"])
        for field in FIELDS:
            new = _mutated(field, row[field], row, other)
            assert new != row[field]
            with hostile(chain) as conn:
                conn.execute(f"UPDATE audit_log SET {field} = ? WHERE seq = ?", (new, row["seq"]))  # noqa: S608 (fixed FIELDS)
                _check(verify_chain(chain, keys), row["seq"])
            cases += 1
    assert cases == N * len(FIELDS)


@pytest.mark.parametrize("value", [None, 7, b"\x00bytes", "", "  "])
def test_type_changes_are_detected(chain: Store, value: object) -> None:
    keys = chain_keys(chain)
    for field in ("at", "actor", "ids", "mac"):
        with hostile(chain) as conn:
            try:
                conn.execute(f"UPDATE audit_log SET {field} = ? WHERE seq = 50", (value,))  # noqa: S608 (fixed names)
            except (sqlite3.IntegrityError, sqlcipher.IntegrityError):
                continue  # NOT NULL holds even for the attacker
            _check(verify_chain(chain, keys), 50)


def test_every_single_deletion_is_detected(chain: Store) -> None:
    keys = chain_keys(chain)
    sent = chain_head(chain)
    for seq in range(1, N + 1):
        with hostile(chain) as conn:
            conn.execute("DELETE FROM audit_log WHERE seq = ?", (seq,))
            result = verify_chain(chain, keys)
            if seq == N:  # the newest entry is the head itself: a cut tail shows as the dropped guards
                assert set(result.guards_missing) == set(GUARDS)  # locally, and against the head sent away
                result = verify_chain(chain, keys, expected_head=sent)
            _check(result, seq)
            assert result.reason == ("truncated" if seq == N else "missing")


def test_deletion_with_renumbering_is_detected(chain: Store) -> None:
    keys = chain_keys(chain)
    for seq in range(1, N, 7):
        with hostile(chain) as conn:
            conn.execute("DELETE FROM audit_log WHERE seq = ?", (seq,))
            conn.execute("UPDATE audit_log SET seq = -(seq - 1) WHERE seq > ?", (seq,))
            conn.execute("UPDATE audit_log SET seq = -seq WHERE seq < 0")
            conn.execute("UPDATE settings SET value = (SELECT max(seq) || ':' || mac FROM audit_log "
                         "WHERE seq = (SELECT max(seq) FROM audit_log)) WHERE key = 'audit.head'")
            _check(verify_chain(chain, keys), seq)


def _swap(conn: sqlite3.Connection, a: int, b: int) -> None:
    conn.execute("UPDATE audit_log SET seq = -1 WHERE seq = ?", (a,))
    conn.execute("UPDATE audit_log SET seq = ? WHERE seq = ?", (a, b))
    conn.execute("UPDATE audit_log SET seq = ? WHERE seq = -1", (b,))


def test_every_adjacent_reordering_is_detected(chain: Store) -> None:
    keys = chain_keys(chain)
    for seq in range(1, N):
        with hostile(chain) as conn:
            _swap(conn, seq, seq + 1)
            _check(verify_chain(chain, keys), seq)


def test_random_reorderings_are_detected_at_the_first_moved_entry(chain: Store) -> None:
    keys = chain_keys(chain)
    rng = random.Random(7)
    for _ in range(150):
        lo = rng.randint(1, N - 1)
        hi = rng.randint(lo + 1, min(N, lo + 30))
        order = list(range(lo, hi + 1))
        while order == sorted(order):
            rng.shuffle(order)
        first_moved = next(s for s, o in zip(range(lo, hi + 1), order, strict=True) if s != o)
        with hostile(chain) as conn:
            conn.execute("UPDATE audit_log SET seq = -seq WHERE seq BETWEEN ? AND ?", (lo, hi))
            for new_seq, old_seq in zip(range(lo, hi + 1), order, strict=True):
                conn.execute("UPDATE audit_log SET seq = ? WHERE seq = ?", (new_seq, -old_seq))
            _check(verify_chain(chain, keys), first_moved)


def _forge(conn: sqlite3.Connection, seq: int, prev_mac: str, key: bytes, key_id: str) -> None:
    at, ids = FIXED_NOW.isoformat(), json.dumps({"application": "forged"})
    mac = compute_mac(key, seq, at, "operator1", "application.void", ids, key_id, prev_mac)
    conn.execute("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (seq, at, "operator1", "application.void", ids, key_id, prev_mac, mac))


def test_insertions_anywhere_are_detected(chain: Store) -> None:
    keys = chain_keys(chain)
    attacker_key = b"\x42" * 32
    rows = {r["seq"]: r for r in _rows(chain)}
    for seq in range(1, N + 2, 9):
        with hostile(chain) as conn:
            conn.execute("UPDATE audit_log SET seq = -(seq + 1) WHERE seq >= ?", (seq,))
            conn.execute("UPDATE audit_log SET seq = -seq WHERE seq < 0")
            prev = rows[seq - 1]["mac"] if seq > 1 else "0" * 64
            # The attacker links correctly to the previous entry but cannot sign with the keyring's key.
            _forge(conn, seq, prev, attacker_key, rows[min(seq, N)]["key_id"])
            _check(verify_chain(chain, keys), seq)


def test_replayed_entry_at_the_end_is_detected(chain: Store) -> None:
    keys = chain_keys(chain)
    with hostile(chain) as conn:
        conn.execute("INSERT INTO audit_log SELECT ?, at, actor, action, ids, key_id, "
                     "(SELECT mac FROM audit_log WHERE seq = ?), mac FROM audit_log WHERE seq = 10", (N + 1, N))
        _check(verify_chain(chain, keys), N + 1)


def test_re_signing_everything_with_another_key_is_detected_at_entry_one(chain: Store) -> None:
    keys = chain_keys(chain)
    attacker_key = b"\x13" * 32
    with hostile(chain) as conn:
        prev = "0" * 64
        for r in _rows(chain):
            mac = compute_mac(attacker_key, r["seq"], r["at"], r["actor"], r["action"], r["ids"], r["key_id"], prev)
            conn.execute("UPDATE audit_log SET prev_mac = ?, mac = ? WHERE seq = ?", (prev, mac, r["seq"]))
            prev = mac
        conn.execute("UPDATE settings SET value = ? WHERE key = 'audit.head'", (f"{N}:{prev}",))
        _check(verify_chain(chain, keys), 1)


def test_tail_cut_is_caught_by_the_dropped_guards_and_the_sent_head(chain: Store) -> None:
    """The head is the newest entry of the chain itself (issue 15: a copy in ``settings`` cost every save a
    page). A cut tail shows locally as the append-only triggers gone, and against any head sent away."""
    keys = chain_keys(chain)
    sent_to_portal = chain_head(chain)
    for keep in (0, 1, 150, N - 1):
        with hostile(chain) as conn:
            conn.execute("DELETE FROM audit_log WHERE seq > ?", (keep,))
            assert set(verify_chain(chain, keys).guards_missing) == set(GUARDS)
            result = verify_chain(chain, keys, expected_head=sent_to_portal)
            _check(result, keep + 1)
            assert result.reason == "truncated"


def test_tail_cut_with_a_forged_local_head_needs_the_external_head(chain: Store) -> None:
    """The honest limit of a keyed chain: an attacker who cuts the newest entries AND rewrites the local
    head leaves a valid shorter chain. The head sent with each heartbeat / printed at day-close catches it."""
    keys = chain_keys(chain)
    sent_to_portal = chain_head(chain)
    with hostile(chain) as conn:
        conn.execute("DELETE FROM audit_log WHERE seq > 180")
        conn.execute("UPDATE settings SET value = (SELECT seq || ':' || mac FROM audit_log WHERE seq = 180) "
                     "WHERE key = 'audit.head'")
        assert verify_chain(chain, keys).ok  # locally consistent …
        result = verify_chain(chain, keys, expected_head=sent_to_portal)
        _check(result, 181)
        assert result.reason == "truncated"


def test_an_older_external_head_that_matches_passes_and_a_wrong_one_fails(chain: Store) -> None:
    keys = chain_keys(chain)
    row = chain.query("SELECT seq, mac FROM audit_log WHERE seq = 120")[0]
    assert verify_chain(chain, keys, expected_head=f"120:{row['mac']}").ok
    _check(verify_chain(chain, keys, expected_head=f"120:{_flip_hex(row['mac'])}"), 120)
    assert verify_chain(chain, keys, expected_head="garbage").reason == "head_mismatch"


def test_key_switch_without_a_rotation_entry_is_detected(chain: Store) -> None:
    """Even with the NEW key (say it leaked), re-signing an old entry under it breaks at that entry."""
    keys = chain_keys(chain)
    rows = _rows(chain)
    new_key_id = rows[-1]["key_id"]
    r = rows[40]
    mac = compute_mac(keys[new_key_id], r["seq"], r["at"], "mallory", r["action"], r["ids"], new_key_id,
                      r["prev_mac"])
    with hostile(chain) as conn:
        conn.execute("UPDATE audit_log SET actor = 'mallory', key_id = ?, mac = ? WHERE seq = ?",
                     (new_key_id, mac, r["seq"]))
        result = verify_chain(chain, keys)
        _check(result, r["seq"])
        assert result.reason == "key_switch"


def _on_disk(path: Path, mutate: Callable[[sqlite3.Connection], None]) -> VerifyResult:
    raw = open_hub_db(path)
    raw.execute("PRAGMA ignore_check_constraints = ON")
    raw.execute("BEGIN")
    for name in ("audit_log_no_update", "audit_log_no_delete", "audit_log_next_seq"):
        raw.execute(f"DROP TRIGGER IF EXISTS {name}")
    mutate(raw)
    raw.execute("COMMIT")
    raw.close()
    reopened = open_store(path, [SECURITY_MIGRATIONS])
    try:
        return verify_chain(reopened, chain_keys(reopened))
    finally:
        reopened.close()


def test_committed_hostile_edit_from_another_process_is_detected_after_reopen(chain: Store) -> None:
    path = chain.path
    chain.close()
    result = _on_disk(path, lambda c: c.execute("UPDATE audit_log SET action = 'login.ok' WHERE seq = 77"))
    _check(result, 77)
    assert result.guards_missing == GUARDS
    result = _on_disk(path, lambda c: c.execute("DELETE FROM audit_log WHERE seq = 33"))
    _check(result, 33)
