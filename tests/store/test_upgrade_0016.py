"""Step 0016 (issue 15): the delivery channel and acknowledgement rows every save writes are kept WITHOUT
ROWID (one b-tree each instead of table + key index) — and a database saved before it keeps every channel,
in the order the citizen chose them, and every acknowledgement."""

from __future__ import annotations

import json
from pathlib import Path

from sqlite_utils import Database

from kiosk.store.db import open_store
from kiosk.store.deliveries import channels_of
from kiosk.store.migrations import STORE_MIGRATIONS

# Not alphabetical, so an order by key would show as a failure.
CHOSEN = [{"channel": "whatsapp", "contact": "9822012345", "consent_at": "2026-11-02T05:00:00+00:00"},
          {"channel": "email", "contact": "sunita@example.org", "consent_at": "2026-11-02T05:00:00+00:00"},
          {"channel": "counter"}]


def _queue(db: Database, uuid: str, channels: list[dict]) -> None:
    body = {"uuid": uuid, "operator": "op1", "delivery_channels": channels,
            "acknowledgement": {"channel": "sms", "to": "9822012345", "language": "mr"}}
    db.execute("INSERT INTO outbox(application_uuid, kind, idempotency_key, payload, created_at, updated_at) "
               "VALUES (?, 'application', ?, ?, '2026-11-02T05:00:00+00:00', '2026-11-02T05:00:00+00:00')",
               (uuid, uuid, json.dumps(body)))


def test_upgrade_keeps_channels_in_order_and_acknowledgements(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite3"
    old = Database(path)
    STORE_MIGRATIONS.apply(old, stop_before="0016_delivery_rows_without_rowid")
    _queue(old, "app-1", CHOSEN)
    _queue(old, "app-2", list(reversed(CHOSEN)))
    old.conn.commit()
    before = old.execute("SELECT count(*) FROM delivery_channels").fetchone()[0]
    assert before == 6
    # the remade trigger fills the new tables in the chosen order for an application queued after it (until
    # step 0025 drops it: a save keeps its channels on the application row since)
    STORE_MIGRATIONS.apply(old, stop_before="0025_delivery_on_the_application")
    _queue(old, "app-3", [CHOSEN[2], CHOSEN[0]])  # an outbox row without its application row
    old.conn.commit()
    old.close()

    store = open_store(path)
    try:
        assert store.writable
        assert [c.channel for c in channels_of(store, "app-1")] == ["whatsapp", "email", "counter"]
        assert [c.channel for c in channels_of(store, "app-2")] == ["counter", "email", "whatsapp"]
        assert store.query_tuples("SELECT application_uuid, channel, recipient FROM delivery_acknowledgements "
                                  "ORDER BY application_uuid", ()) == [("app-1", "sms", "9822012345"),
                                                                        ("app-2", "sms", "9822012345"),
                                                                        ("app-3", "sms", "9822012345")]
        # one b-tree each: no rowid table, no separate index for the key
        for table in ("delivery_channels", "delivery_acknowledgements"):
            sql = store.query_tuples("SELECT sql FROM sqlite_master WHERE name = ?", (table,))[0][0]
            assert sql.rstrip().endswith("WITHOUT ROWID")
            assert store.query_tuples("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = ?",
                                      (table,)) == [(0,)]
        assert [c.channel for c in channels_of(store, "app-3")] == ["counter", "whatsapp"]
    finally:
        store.close()
