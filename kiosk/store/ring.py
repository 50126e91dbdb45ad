"""The hub's ring of villages (issue 18): the table, and each change as one transaction — the row, the
ring's new version, the outbox item that tells the portal (the whole ring, so the portal never has to
replay changes) and the audit entry commit together or not at all.

``hub.villages`` (the plain names ``init`` saved before the ring had a table) is kept equal to the ring's
names, so a backup read by an older kiosk still shows the villages.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable
from datetime import datetime

from kiosk.domain.ring import RingRefused, RingVillage, find_in_ring, match_village, plain_village
from kiosk.store.applications import AuditHook
from kiosk.store.db import Store
from kiosk.store.hub import put_setting, read_setting
from kiosk.store.outbox import enqueue

RING_VERSION = "ring.version"  # the ring's change count: the portal keeps the newest version it was sent
OUTBOX_KIND = "ring"


def _village(r: sqlite3.Row | tuple[object, ...]) -> RingVillage:
    key, name_en, name_mr, lgd_code, pin = r[0], r[1], r[2], r[3], r[4]
    return RingVillage(str(name_en), str(name_mr), str(lgd_code), str(pin), int(str(key)))


_SELECT = "SELECT id, name_en, name_mr, lgd_code, pin FROM ring_villages ORDER BY id"


def ring_villages(store: Store) -> list[RingVillage]:
    """The ring in the order its villages were added (the picker offers them in this order)."""
    return [_village(r) for r in store.query_tuples(_SELECT)]


def _ring(conn: sqlite3.Connection) -> list[RingVillage]:
    return [_village(tuple(r)) for r in conn.execute(_SELECT).fetchall()]


def ring_version(store: Store) -> int:
    rows = store.query("SELECT value FROM settings WHERE key = ?", (RING_VERSION,))
    return int(rows[0]["value"]) if rows else 0


def seed_ring(conn: sqlite3.Connection, villages: Iterable[str | RingVillage], added_at: str) -> int:
    """Add villages not in the ring yet (``init --village``'s plain names, the setup wizard, the training
    hub), inside the caller's transaction; a village already there by one name only gets the other name and
    PIN a full entry brings. How many were added. Not sent to the portal: the hub's first setup is."""
    ring, added = _ring(conn), 0
    for given in villages:
        village = plain_village(given) if isinstance(given, str) else given
        if not (village.name_en or village.name_mr):
            continue
        same = match_village(ring, village.name_en) or match_village(ring, village.name_mr)
        if same is None:
            conn.execute("INSERT INTO ring_villages(name_en, name_mr, lgd_code, pin, added_at) VALUES (?, ?, ?, ?, ?)",
                         (village.name_en, village.name_mr, village.lgd_code, village.pin, added_at))
            ring.append(village)
            added += 1
        else:
            conn.execute("UPDATE ring_villages SET name_en = coalesce(nullif(name_en, ''), ?), "
                         "name_mr = coalesce(nullif(name_mr, ''), ?), pin = coalesce(nullif(pin, ''), ?) WHERE id = ?",
                         (village.name_en, village.name_mr, village.pin, same.key))
    _keep_hub_names(conn)
    return added


def seed_villages(store: Store, villages: Iterable[RingVillage], added_at: str) -> int:
    """:func:`seed_ring` in a transaction of its own (the training hub's ring with both names and PINs)."""
    with store.write() as conn:
        return seed_ring(conn, villages, added_at)


def _keep_hub_names(conn: sqlite3.Connection) -> None:
    names = [v.name_en or v.name_mr for v in _ring(conn)]
    conn.execute("UPDATE hub SET villages = ? WHERE id = 1", (json.dumps(names, ensure_ascii=False),))


def _changed(conn: sqlite3.Connection, action: str, village: RingVillage, actor: str, now: datetime,
             audit: AuditHook) -> None:
    """The ring's new version, queued for the portal and audited, in the caller's transaction."""
    _keep_hub_names(conn)
    version = int(read_setting(conn, RING_VERSION) or 0) + 1
    put_setting(conn, RING_VERSION, str(version))
    enqueue(conn, OUTBOX_KIND, f"ring:{uuid.uuid4()}",
            {"version": version, "changed_at": now.isoformat(), "change": action, "village_code": village.code,
             "villages": [v.to_dict() for v in _ring(conn)]})
    # The audit trail takes ids, never free text: the village by its code (the names are in the outbox body).
    audit(conn, actor, f"ring.{action}", village=village.code, version=version)


def add_village(store: Store, village: RingVillage, *, actor: str, now: datetime, audit: AuditHook) -> RingVillage:
    """Add ``village`` to the ring, or complete a village already there by one name only (a plain name from
    before the ring had both): its other name, LGD code and PIN are filled in. Refuses a village the ring
    already has in full, or an LGD code another ring village holds."""
    with store.write() as conn:
        ring = _ring(conn)
        same = match_village(ring, village.name_en) or match_village(ring, village.name_mr)
        if village.lgd_code:
            holder = next((v for v in ring if v.lgd_code == village.lgd_code), None)
            if holder is not None and holder != same:
                raise RingRefused("LGD code already used", why="already_in_ring", village=holder.caption())
        if same is not None and same.name_en and same.name_mr and (not village.lgd_code or same.lgd_code):
            raise RingRefused("already in the ring", why="already_in_ring", village=same.caption())
        if same is not None:
            conn.execute("UPDATE ring_villages SET name_en = ?, name_mr = ?, lgd_code = ?, pin = ? WHERE id = ?",
                         (village.name_en, village.name_mr, village.lgd_code or same.lgd_code,
                          village.pin or same.pin, same.key))
            key, action = same.key, "complete"
        else:
            key = int(conn.execute("INSERT INTO ring_villages(name_en, name_mr, lgd_code, pin, added_at) "
                                   "VALUES (?, ?, ?, ?, ?)", (village.name_en, village.name_mr, village.lgd_code,
                                                              village.pin, now.isoformat())).lastrowid or 0)
            action = "add"
        saved = next(v for v in _ring(conn) if v.key == key)
        _changed(conn, action, saved, actor, now, audit)
    return saved


def remove_village(store: Store, which: str, *, actor: str, now: datetime, audit: AuditHook) -> RingVillage:
    """Take the village ``which`` (either name or its code) out of the ring. Applications already taken keep
    its code: the dashboard still counts them under it."""
    with store.write() as conn:
        village = find_in_ring(_ring(conn), which)
        conn.execute("DELETE FROM ring_villages WHERE id = ?", (village.key,))
        _changed(conn, "remove", village, actor, now, audit)
    return village
