"""The audit chain: appending inside the caller's transaction, the head, triggers, key handling, no PII."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import keyring
import pytest
from keyring.backends import fail

from kiosk.domain.errors import SecretStoreUnavailable
from kiosk.security.audit import GENESIS, record, rotate_key
from kiosk.security.errors import AuditEntryInvalid, AuditKeyMissing
from kiosk.security.keys import SERVICE, current_key_id
from kiosk.security.verify import chain_head, chain_keys, entries, verify_chain
from kiosk.store.db import Store
from tests.conftest import FIXED_NOW
from tests.security.chain import build_chain


def _count(store: Store) -> int:
    return int(store.query("SELECT count(*) FROM audit_log")[0][0])


def test_first_entry_creates_a_key_in_the_keyring_and_links_to_genesis(store: Store, test_keyring) -> None:
    with store.write() as conn:
        entry = record(conn, "setup", "user.add", now=FIXED_NOW, user="supervisor1", role="supervisor")
    key_id = store.query("SELECT value FROM settings WHERE key = 'audit.key_id'")[0][0]
    assert (SERVICE, key_id) in test_keyring.items
    assert entry.seq == 1 and entry.prev_mac == GENESIS and len(entry.mac) == 64
    assert chain_head(store) == f"1:{entry.mac}"
    # The key is only in the keyring: not in any table of the database.
    secret = test_keyring.items[(SERVICE, key_id)]
    dump = "\n".join(str(tuple(row)) for table in [r[0] for r in store.query(
        "SELECT name FROM sqlite_schema WHERE type = 'table'")] for row in store.query(f'SELECT * FROM "{table}"'))  # noqa: S608 - names from sqlite_schema
    assert secret not in dump
    assert verify_chain(store, chain_keys(store)).ok


def test_entries_chain_and_head_follows_each_append(store: Store) -> None:
    build_chain(store, 120, FIXED_NOW)
    result = verify_chain(store, chain_keys(store))
    assert result.ok and result.entries == 120 and result.first_broken is None
    assert result.head == chain_head(store)
    page = entries(store, after=100, limit=5)
    assert [e.seq for e in page] == [101, 102, 103, 104, 105]
    assert all(e.prev_mac == prev.mac for prev, e in zip(page, page[1:], strict=False))


def test_record_commits_and_rolls_back_with_the_callers_write(store: Store) -> None:
    with store.write() as conn:
        record(conn, "operator1", "application.save", now=FIXED_NOW, application="a1")
    head = chain_head(store)
    with pytest.raises(RuntimeError, match="boom"), store.write() as conn:
        conn.execute("INSERT INTO settings(key, value) VALUES ('probe', 'x')")
        record(conn, "operator1", "application.save", now=FIXED_NOW, application="a2")
        raise RuntimeError("boom")
    assert _count(store) == 1 and chain_head(store) == head
    assert not store.query("SELECT 1 FROM settings WHERE key = 'probe'")
    assert verify_chain(store, chain_keys(store)).ok


def test_record_refuses_to_run_outside_a_transaction(store: Store) -> None:
    with pytest.raises(RuntimeError, match="inside a write transaction"):
        record(store.conn, "operator1", "application.save", application="a1")
    assert _count(store) == 0


def test_triggers_refuse_update_delete_and_out_of_sequence_insert(store: Store) -> None:
    build_chain(store, 3, FIXED_NOW)
    for sql in ("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2",
                "DELETE FROM audit_log WHERE seq = 3",
                "DELETE FROM audit_log",
                "INSERT INTO audit_log VALUES (2, 'x', 'x', 'x', '{}', 'k', 'p', 'm')",
                "INSERT INTO audit_log VALUES (9, 'x', 'x', 'x', '{}', 'k', 'p', 'm')",
                "INSERT OR REPLACE INTO audit_log VALUES (3, 'x', 'x', 'x', '{}', 'k', 'p', 'm')"):
        with pytest.raises(sqlite3.DatabaseError), store.write() as conn:
            conn.execute(sql)
    assert _count(store) == 3 and verify_chain(store, chain_keys(store)).ok


@pytest.mark.parametrize("ids", [
    {"name": "Ramesh Patil"},                 # free text with a space
    {"aadhaar": "123412341234"},              # 12-digit Aadhaar
    {"mobile": "9876543210"},                 # 10-digit mobile
    {"mobile": 9876543210},                   # the same as an integer
    {"applicant": "रमेश"},                    # a Marathi name
    {"email": "ramesh@example.com"},          # an e-mail address
    {"note": "x" * 200},                      # too long to be an id
    {"flag": True},
    {"amount": 12.5},
    {"nested": {"a": 1}},                     # not a scalar
    {"Bad-Key": "a1"},                        # id names are lower-case identifiers
    {"line": "a\nb"},
    {"empty": ""},
])
def test_record_accepts_ids_only(store: Store, ids: dict) -> None:
    with pytest.raises(AuditEntryInvalid), store.write() as conn:
        record(conn, "operator1", "application.save", now=FIXED_NOW, **ids)
    assert _count(store) == 0


@pytest.mark.parametrize(("actor", "action"), [("Ramesh Patil", "login.ok"), ("", "login.ok"),
                                              ("operator1", "Login OK"), ("operator1", ""),
                                              ("operator1", "a.b.c.d.e.f")])
def test_record_refuses_odd_actor_or_action(store: Store, actor: str, action: str) -> None:
    with pytest.raises(AuditEntryInvalid), store.write() as conn:
        record(conn, actor, action, now=FIXED_NOW)


def test_ids_that_look_like_ids_are_accepted(store: Store) -> None:
    with store.write() as conn:
        e = record(conn, "operator1", "document.add", now=FIXED_NOW, application="7f9c2ba4-e88f-11d5-9df4-123456789012",
                   receipt="MH-PUN-HVL-0042-20261127-0001", sha256="ab" * 32, pages=3, reason="duplicate_entry")
    assert e.ids["pages"] == 3
    assert verify_chain(store, chain_keys(store)).ok


def test_naive_times_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="timezone"), store.write() as conn:
        record(conn, "operator1", "login.ok", now=datetime(2026, 1, 1))


def test_no_keyring_backend_fails_closed_and_writes_nothing(store: Store) -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(SecretStoreUnavailable), store.write() as conn:
        conn.execute("INSERT INTO settings(key, value) VALUES ('probe', 'x')")
        record(conn, "operator1", "login.ok", now=FIXED_NOW)
    assert _count(store) == 0 and not store.query("SELECT 1 FROM settings WHERE key = 'probe'")


def test_plaintext_keyring_backend_is_refused(store: Store, test_keyring) -> None:
    class PlainFile(type(test_keyring)):  # type: ignore[misc]
        pass

    PlainFile.__module__ = "keyrings.alt.file"
    keyring.set_keyring(PlainFile())
    with pytest.raises(SecretStoreUnavailable, match="plaintext"), store.write() as conn:
        record(conn, "operator1", "login.ok", now=FIXED_NOW)


def test_a_key_lost_from_the_keyring_stops_appends_and_shows_in_verify(store: Store, test_keyring) -> None:
    build_chain(store, 5, FIXED_NOW)
    with store.read() as conn:
        key_id = current_key_id(conn)
    # A fresh process (empty cache) against a keyring that lost the key: new backend object, key gone.
    survivor = type(test_keyring)(test_keyring.path.with_name("fresh-keyring.json"))
    keyring.set_keyring(survivor)
    with pytest.raises(AuditKeyMissing), store.write() as conn:
        record(conn, "operator1", "login.ok", now=FIXED_NOW)
    result = verify_chain(store, chain_keys(store))
    assert not result.ok and result.reason == "key_unavailable" and result.first_broken == 1
    assert key_id is not None


def test_a_damaged_key_in_the_keyring_is_reported_not_used(store: Store, test_keyring) -> None:
    build_chain(store, 2, FIXED_NOW)
    with store.read() as conn:
        key_id = current_key_id(conn)
    assert key_id is not None
    damaged = type(test_keyring)(test_keyring.path.with_name("fresh-keyring.json"))
    damaged.set_password(SERVICE, key_id, "not base64!!")
    keyring.set_keyring(damaged)
    with pytest.raises(AuditKeyMissing, match="damaged"), store.write() as conn:
        record(conn, "operator1", "login.ok", now=FIXED_NOW)


def test_rotation_continues_the_chain_and_old_entries_still_verify(store: Store, test_keyring) -> None:
    build_chain(store, 10, FIXED_NOW)
    with store.write() as conn:
        old, new = rotate_key(conn, "supervisor1", now=FIXED_NOW + timedelta(hours=1))
    build_chain(store, 10, FIXED_NOW + timedelta(hours=2))
    assert old != new and (SERVICE, old) in test_keyring.items and (SERVICE, new) in test_keyring.items
    rows = store.query("SELECT seq, key_id, action FROM audit_log ORDER BY seq")
    assert [r["key_id"] for r in rows[:11]] == [old] * 11 and rows[10]["action"] == "audit.key_rotated"
    assert [r["key_id"] for r in rows[11:]] == [new] * 10
    assert verify_chain(store, chain_keys(store)).ok
    # Only the old key: the chain is good up to the rotation, then the new key is missing.
    partial = verify_chain(store, {old: chain_keys(store)[old]})
    assert not partial.ok and partial.first_broken == 12 and partial.reason == "key_unavailable"


def test_rotation_before_any_entry_starts_a_chain(store: Store) -> None:
    with store.write() as conn:
        old, new = rotate_key(conn, "supervisor1", now=FIXED_NOW)
    assert [r[0] for r in store.query("SELECT action FROM audit_log ORDER BY seq")] == [
        "audit.key_created", "audit.key_rotated"]
    assert verify_chain(store, chain_keys(store)).ok


def test_empty_chain_verifies(store: Store) -> None:
    result = verify_chain(store, chain_keys(store))
    assert result.ok and result.entries == 0 and result.head == ""


def test_heartbeat_carries_the_chain_head(ctx) -> None:
    from kiosk.sync.heartbeat import build_heartbeat

    store = ctx.database()
    with store.write() as conn:
        entry = record(conn, "operator1", "application.save", now=FIXED_NOW, application="a1")
    assert build_heartbeat(store, ctx.today(), chain_head(store))["audit_head"] == entry.head == chain_head(store)
