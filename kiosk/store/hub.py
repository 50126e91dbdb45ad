"""The hub this kiosk serves (one per database) and its small key/value settings."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from kiosk.domain.application import FIRST_COUNTER
from kiosk.domain.clock import utc_now
from kiosk.domain.errors import HubNotSetUp
from kiosk.store.db import Store


@dataclass(frozen=True)
class Hub:
    code: str
    name_en: str
    name_mr: str
    district_code: str
    taluka_code: str
    villages: tuple[str, ...] = field(default_factory=tuple)
    address_en: str = ""  # printed on every receipt (RTS Rule 6): where the citizen comes back to
    address_mr: str = ""
    # This PC's counter of the hub, its receipt-number series (receipt_series). "" when saving = keep this PC's
    # (a hub saved again — new address, wizard, demo — must never move a second PC back onto counter 1).
    counter: str = ""


COUNTER_SETTING = "hub.counter"  # a setting, not a hub column: each PC's own, never copied with the hub row


def save_hub(store: Store, hub: Hub) -> None:
    with store.write() as conn:
        conn.execute(
            """INSERT INTO hub(id, code, name_en, name_mr, district_code, taluka_code, villages, created_at,
               address_en, address_mr)
               VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(id) DO UPDATE SET code = excluded.code, name_en = excluded.name_en,
               name_mr = excluded.name_mr, district_code = excluded.district_code,
               taluka_code = excluded.taluka_code, villages = excluded.villages,
               address_en = excluded.address_en, address_mr = excluded.address_mr""",
            (hub.code, hub.name_en, hub.name_mr, hub.district_code, hub.taluka_code,
             json.dumps(list(hub.villages), ensure_ascii=False), utc_now().isoformat(),
             hub.address_en, hub.address_mr))
        if hub.counter:
            put_setting(conn, COUNTER_SETTING, hub.counter)
        from kiosk.store.ring import seed_ring  # the ring's module reads settings from this one

        seed_ring(conn, hub.villages, utc_now().isoformat())  # a name new to the ring joins it


def load_hub(store: Store) -> Hub:
    rows = store.query("SELECT * FROM hub WHERE id = 1")
    if not rows:
        raise HubNotSetUp("no hub configured")
    r = rows[0]
    return Hub(r["code"], r["name_en"], r["name_mr"], r["district_code"], r["taluka_code"],
               _ring_names(store), r["address_en"], r["address_mr"],
               get_setting(store, COUNTER_SETTING) or FIRST_COUNTER)


def _ring_names(store: Store) -> tuple[str, ...]:
    """The ring's villages by name (English where known): the ring's table is the record since step 0020."""
    return tuple(str(en or mr) for en, mr in store.query_tuples("SELECT name_en, name_mr FROM ring_villages ORDER BY id"))


def has_hub(store: Store) -> bool:
    return bool(store.query("SELECT 1 FROM hub WHERE id = 1"))


def get_setting(store: Store, key: str, default: str = "") -> str:
    rows = store.query("SELECT value FROM settings WHERE key = ?", (key,))
    return rows[0]["value"] if rows else default


def set_setting(store: Store, key: str, value: str) -> None:
    with store.write() as conn:
        put_setting(conn, key, value)


def read_setting(conn: sqlite3.Connection, key: str) -> str | None:
    """A setting inside the caller's transaction (None when never set)."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def put_setting(conn: sqlite3.Connection, key: str, value: str) -> None:
    """Set a setting inside the caller's transaction, so it commits with what it belongs to (the audit
    head with its entry, a retention period with its audit line)."""
    conn.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
