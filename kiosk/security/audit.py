"""The audit trail: an append-only, HMAC-SHA256-chained log of who did what, with ids only.

Each entry's MAC covers its own fields and the previous entry's MAC, under a key kept in the OS keyring,
so editing, deleting, inserting or reordering any entry breaks the chain at that entry — even for someone
who can write the database file, as long as they do not hold the key. Cutting entries off the END leaves a
shorter chain that still holds; that is why the head (``seq:mac`` of the newest entry, read from this table:
a copy kept beside it in ``settings`` cost every save one more page and caught nothing that the dropped
append-only triggers do not already show) goes to the portal with every heartbeat and onto the day-close
report: :func:`verify_chain` compares against a head seen elsewhere when given one.

Entries never carry personal data: ``record`` accepts only id-shaped values (no spaces, no free text, no
bare 10–12 digit numbers that could be a phone or Aadhaar number). A void's reason is a code, not prose.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from kiosk.domain.clock import utc_now
from kiosk.security.errors import AuditEntryInvalid, AuditKeyMissing, AuditKeyPresent
from kiosk.security.keys import create_key, current_key_id, load_key, set_current_key_id

HEAD_SETTING = "audit.head"  # where older releases kept a copy of the head (removed by store step 0009)
GENESIS = "0" * 64
ROTATION = "audit.key_rotated"
RESTART = "audit.chain_restarted"
_DOMAIN = b"seva-kiosk/audit/v1\n"

_ACTOR = re.compile(r"[a-z][a-z0-9._:-]{0,47}")
_ACTION = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*){0,3}")
_ID_KEY = re.compile(r"[a-z][a-z0-9_]{0,31}")
_ID_VALUE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}")
_BARE_NUMBER = re.compile(r"\d{10,12}")  # a mobile (10) or Aadhaar (12) number typed where an id belongs


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    ids: dict[str, str | int] = field(default_factory=dict)
    key_id: str = ""
    prev_mac: str = ""
    mac: str = ""

    @property
    def head(self) -> str:
        return f"{self.seq}:{self.mac}"


@dataclass(frozen=True)
class VerifyResult:
    """``ok`` when every entry and the head hold; else ``first_broken`` names the first bad sequence number."""

    ok: bool
    entries: int
    head: str = ""
    first_broken: int | None = None
    reason: str = ""
    detail: str = ""
    guards_missing: tuple[str, ...] = ()
    # Entries signed with a key that was lost and declared lost by a chain restart: their order and links
    # are checked, their contents cannot be. Non-zero means "holds since the restart" — say so, not "ok".
    unverifiable: int = 0


def canonical_ids(ids: Mapping[str, object]) -> str:
    for key, value in ids.items():
        if not _ID_KEY.fullmatch(key):
            raise AuditEntryInvalid(f"audit id name {key!r} is not allowed")
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise AuditEntryInvalid(f"audit id {key} must be a string or an integer")
        text = str(value)
        if not _ID_VALUE.fullmatch(text) or _BARE_NUMBER.fullmatch(text.lstrip("-")):
            raise AuditEntryInvalid(f"audit id {key} does not look like an id (free text or a personal number)")
    return json.dumps(dict(ids), sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def compute_mac(key: bytes, seq: object, at: object, actor: object, action: object, ids: object,
                key_id: object, prev_mac: object) -> str:
    """HMAC-SHA256 over a JSON array of the fields: unambiguous, and a changed type changes the bytes."""
    body = json.dumps([seq, at, actor, action, ids, key_id, prev_mac], separators=(",", ":"), ensure_ascii=False)
    return hmac.new(key, _DOMAIN + body.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


def _utc_text(now: datetime) -> str:
    if now.tzinfo is None:
        raise ValueError("audit times must be timezone-aware")
    return now.astimezone(UTC).isoformat(timespec="microseconds")


def record(conn: sqlite3.Connection, actor: str, action: str, *, now: datetime | None = None,
           **ids: str | int) -> AuditEntry:
    """Append one entry inside the caller's open write transaction, so the change and the record of who
    made it commit (or roll back) together. The first entry ever creates the audit key in the keyring."""
    if not conn.in_transaction:
        raise RuntimeError("audit.record must run inside a write transaction (store.write())")
    if not _ACTOR.fullmatch(actor):
        raise AuditEntryInvalid(f"audit actor {actor!r} is not a user name")
    if not _ACTION.fullmatch(action):
        raise AuditEntryInvalid(f"audit action {action!r} is not an action name")
    ids_text = canonical_ids(ids)
    at = _utc_text(now or utc_now())
    last = conn.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    key_id = current_key_id(conn)
    if key_id is None:
        if last is not None:
            raise AuditKeyMissing("the audit chain has entries but no key id is recorded", key_id="")
        key_id, key = create_key()
        set_current_key_id(conn, key_id)
    else:
        key = load_key(key_id)
    seq = int(last[0]) + 1 if last else 1
    prev = str(last[1]) if last else GENESIS
    mac = compute_mac(key, seq, at, actor, action, ids_text, key_id, prev)
    conn.execute("INSERT INTO audit_log(seq, at, actor, action, ids, key_id, prev_mac, mac) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (seq, at, actor, action, ids_text, key_id, prev, mac))
    return AuditEntry(seq, at, actor, action, dict(ids), key_id, prev, mac)


def rotate_key(conn: sqlite3.Connection, actor: str, *, now: datetime | None = None) -> tuple[str, str]:
    """Start signing with a new key. The rotation entry is signed with the OLD key and names the new one,
    so the chain continues unbroken and old entries keep verifying with the old key (kept in the keyring)."""
    old = current_key_id(conn)
    if old is None:
        record(conn, actor, "audit.key_created", now=now)
        old = current_key_id(conn) or ""
    new_id, _ = create_key()
    record(conn, actor, ROTATION, now=now, old_key=old, new_key=new_id)
    set_current_key_id(conn, new_id)
    return old, new_id


def restart_chain(conn: sqlite3.Connection, actor: str, *, now: datetime | None = None) -> tuple[str, str]:
    """After the audit key was lost (a wiped keyring, a replaced PC without a recovery): start signing with
    a new key so the counter can work again. Refused while the current key is still in the keyring.

    The restart entry links to the last entry (so nothing can be slipped in before it), names the lost key
    and is signed with the new one. Entries before it can no longer be checked; verification reports how
    many, and the heads the portal received with each heartbeat remain the outside record of them."""
    if not conn.in_transaction:
        raise RuntimeError("audit.restart_chain must run inside a write transaction (store.write())")
    lost = current_key_id(conn)
    if lost is None:
        raise AuditKeyMissing("there is no audit chain to restart", key_id="")
    try:
        load_key(lost)
    except AuditKeyMissing:
        pass
    else:
        raise AuditKeyPresent("the audit key is still in the keyring: nothing was lost, use keys rotate")
    last = conn.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    if last is None:
        raise AuditKeyMissing("there is no audit chain to restart", key_id=lost)
    # Every key of the chain the keyring no longer holds (older rotations usually went with the same wipe).
    missing = []
    for (kid,) in conn.execute("SELECT DISTINCT key_id FROM audit_log ORDER BY key_id"):
        try:
            load_key(str(kid))
        except AuditKeyMissing:
            missing.append(str(kid))
    key_id, key = create_key()
    seq, prev, at = int(last[0]) + 1, str(last[1]), _utc_text(now or utc_now())
    ids_text = canonical_ids({"lost_key": lost, "lost_keys": "/".join(missing), "after": int(last[0])})
    mac = compute_mac(key, seq, at, actor, RESTART, ids_text, key_id, prev)
    conn.execute("INSERT INTO audit_log(seq, at, actor, action, ids, key_id, prev_mac, mac) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (seq, at, actor, RESTART, ids_text, key_id, prev, mac))
    set_current_key_id(conn, key_id)
    return lost, key_id
