"""Checking the audit chain: every entry's MAC, its link to the previous one, the sequence, key switches
and the head recorded beside it (and, when given, a head seen elsewhere — the portal, a printed day-close).

Verification stops at the first broken entry and names it: after a break nothing later can be trusted
to be in its original place, and the supervisor needs one place to start looking.
"""

from __future__ import annotations

import dataclasses
import hmac
import json
from collections.abc import Callable, Mapping

from kiosk.security.audit import (
    GENESIS,
    RESTART,
    ROTATION,
    AuditEntry,
    VerifyResult,
    compute_mac,
)
from kiosk.security.keys import keyring_keys
from kiosk.store.db import Store

Keys = bytes | Mapping[str, bytes] | Callable[[str], bytes | None]
# The append-only triggers of migration 0002. Their absence means someone edited the file with raw SQL.
GUARDS = ("audit_log_next_seq", "audit_log_no_delete", "audit_log_no_update")


def _key_lookup(key: Keys) -> Callable[[str], bytes | None]:
    if isinstance(key, bytes | bytearray):
        single = bytes(key)
        return lambda _key_id: single
    if isinstance(key, Mapping):
        return key.get
    return key


def chain_keys(store: Store) -> dict[str, bytes]:
    """Every key the chain names that the keyring still holds (a lost key shows up as ``key_unavailable``)."""
    key_ids = {str(r[0]) for r in store.query("SELECT DISTINCT key_id FROM audit_log")}
    return keyring_keys(key_ids)


def chain_head(store: Store) -> str:
    """``seq:mac`` of the newest entry ('' before the first entry): what the heartbeat and the day-close
    report carry off this machine, to be compared with ``expected_head`` later."""
    rows = store.query("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1")
    return f"{rows[0][0]}:{rows[0][1]}" if rows else ""


def _parse_head(head: str) -> tuple[int, str] | None:
    seq, _, mac = head.partition(":")
    return (int(seq), mac) if seq.isdigit() and len(mac) == 64 else None


def _same(a: object, b: str) -> bool:
    return isinstance(a, str) and hmac.compare_digest(a.encode("utf-8", "surrogatepass"), b.encode("ascii"))


def missing_guards(store: Store) -> tuple[str, ...]:
    present = {str(r[0]) for r in store.query("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return tuple(g for g in GUARDS if g not in present)


def verify_chain(store: Store, key: Keys, *, expected_head: str | None = None) -> VerifyResult:
    """Walk the whole chain; ``key`` is one key, a key-id → key mapping, or a lookup function.

    ``guards_missing`` reports dropped append-only triggers separately: the chain may still hold, but
    someone has been editing the file with raw SQL."""
    result = _walk(store, _key_lookup(key), expected_head)
    return dataclasses.replace(result, guards_missing=missing_guards(store))


def _walk(store: Store, lookup: Callable[[str], bytes | None], expected_head: str | None) -> VerifyResult:
    expected_seq, prev, expected_key, count = 1, GENESIS, None, 0
    macs: dict[int, str] = {}
    keep_macs = expected_head is not None

    def broken(seq: int, reason: str, detail: str) -> VerifyResult:
        return VerifyResult(False, count, f"{expected_seq - 1}:{prev}" if count else "", seq, reason, detail)

    with store.read() as conn:
        # Keys a chain restart declared lost, with the restart's sequence number (checked when reached).
        declared_lost: dict[str, int] = {}
        for rseq, rids in conn.execute("SELECT seq, ids FROM audit_log WHERE action = ?", (RESTART,)):
            try:
                named = json.loads(rids)
                for lost_id in {str(named["lost_key"]), *str(named.get("lost_keys", "")).split("/")} - {""}:
                    declared_lost.setdefault(lost_id, int(rseq))
            except (ValueError, KeyError, TypeError, AttributeError):
                continue  # a malformed restart fails its own MAC check when the walk reaches it
        unverifiable = 0
        rows = conn.execute("SELECT seq, at, actor, action, ids, key_id, prev_mac, mac FROM audit_log ORDER BY seq")
        for seq, at, actor, action, ids, key_id, prev_mac, mac in rows:
            if seq != expected_seq:
                if isinstance(seq, int) and seq > expected_seq:
                    return broken(expected_seq, "missing", f"entry {expected_seq} is missing (next is {seq})")
                return broken(seq if isinstance(seq, int) else expected_seq, "out_of_order",
                              f"entry numbered {seq!r} where {expected_seq} belongs")
            if not _same(prev_mac, prev):
                return broken(seq, "link_broken", f"entry {seq} does not follow entry {seq - 1}")
            if expected_key is not None and key_id != expected_key and action != RESTART:
                return broken(seq, "key_switch", f"entry {seq} changed key without a rotation entry")
            secret = lookup(key_id) if isinstance(key_id, str) else None
            if secret is None and isinstance(key_id, str) and declared_lost.get(key_id, 0) > seq:
                # Declared lost by a later restart: the link and order were checked above; the contents cannot be.
                unverifiable += 1
                prev, expected_seq, count = mac, expected_seq + 1, count + 1
                if keep_macs:
                    macs[seq] = mac
                if action == ROTATION:  # a rotation between two lost keys still moves the expected key on
                    try:
                        expected_key = str(json.loads(ids)["new_key"])
                    except (ValueError, KeyError, TypeError):
                        return broken(seq, "mac_mismatch", f"entry {seq} is a malformed key rotation")
                elif expected_key is None:
                    expected_key = key_id
                continue
            if secret is None:
                return broken(seq, "key_unavailable", f"the keyring has no key {key_id!r} to check entry {seq}")
            try:
                expected_mac = compute_mac(secret, seq, at, actor, action, ids, key_id, prev_mac)
            except (TypeError, ValueError):  # a field turned into a blob: it cannot be the signed value
                expected_mac = ""
            if not expected_mac or not _same(mac, expected_mac):
                return broken(seq, "mac_mismatch", f"entry {seq} was changed")
            if action == ROTATION:
                try:
                    expected_key = str(json.loads(ids)["new_key"])
                except (ValueError, KeyError, TypeError):
                    return broken(seq, "mac_mismatch", f"entry {seq} is a malformed key rotation")
            elif action == RESTART:
                expected_key = key_id  # signed with its own new key, which every later entry must use
            elif expected_key is None:
                expected_key = key_id
            prev, expected_seq, count = mac, expected_seq + 1, count + 1
            if keep_macs:
                macs[seq] = mac
    result = _check_heads(count, prev, macs, expected_head)
    return dataclasses.replace(result, unverifiable=unverifiable) if result.ok else result


def _check_heads(count: int, last_mac: str, macs: dict[int, str], expected_head: str | None) -> VerifyResult:
    head = f"{count}:{last_mac}" if count else ""
    if not expected_head:
        return VerifyResult(True, count, head)
    parsed = _parse_head(expected_head)
    if parsed is None:
        return VerifyResult(False, count, head, count + 1, "head_mismatch", "the expected head is malformed")
    seq, mac = parsed
    if seq > count:
        return VerifyResult(False, count, head, count + 1, "truncated",
                            f"the expected head is entry {seq}, but the chain ends at {count}: entries were removed")
    known = macs.get(seq)
    if known is None or not hmac.compare_digest(known, mac):
        return VerifyResult(False, count, head, seq, "head_mismatch", f"entry {seq} differs from the expected head")
    return VerifyResult(True, count, head)


def entries(store: Store, *, after: int = 0, limit: int = 200) -> list[AuditEntry]:
    """A page of entries for a supervisor's audit view (ids only, nothing personal to hide)."""
    rows = store.query("SELECT seq, at, actor, action, ids, key_id, prev_mac, mac FROM audit_log "
                       "WHERE seq > ? ORDER BY seq LIMIT ?", (after, limit))
    return [AuditEntry(int(r[0]), str(r[1]), str(r[2]), str(r[3]), dict(json.loads(r[4])), str(r[5]),
                       str(r[6]), str(r[7])) for r in rows]
