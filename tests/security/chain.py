"""Builders for audit chains used by several test files (and the benchmark)."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from kiosk.security.audit import record, rotate_key
from kiosk.store.db import Store

ACTIONS = ("application.save", "receipt.print", "document.add", "sync.ack", "login.ok", "application.void")


def build_chain(store: Store, count: int, start: datetime, *, rotate_at: int | None = None) -> None:
    """``count`` entries of varied shapes (seeded, deterministic apart from uuids); one write transaction
    per 50 entries so it is quick but still exercises the head across commits."""
    n = 0
    while n < count:
        with store.write() as conn:
            for _ in range(min(50, count - n)):
                n += 1
                at = start + timedelta(seconds=7 * n)
                if rotate_at is not None and n == rotate_at:
                    rotate_key(conn, "supervisor1", now=at)
                    continue
                action = ACTIONS[n % len(ACTIONS)]
                ids: dict[str, str | int] = {"application": str(uuid.uuid4())}
                if n % 3 == 0:
                    ids["receipt"] = f"MH-PUN-HVL-0042-20261127-{n:04d}"
                if n % 5 == 0:
                    ids["pages"] = n % 7 + 1
                if action == "application.void":
                    ids["reason"] = "duplicate_entry"
                record(conn, f"operator{n % 3 + 1}", action, now=at, **ids)
