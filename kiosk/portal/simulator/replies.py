"""What every simulator endpoint answers with, and the status-feed event a change appends.

Kept below :mod:`kiosk.portal.simulator.portal` so the feature modules it calls (appeals, delivery, more
documents) build on these without importing the portal back (tests/portal/test_simulator_imports.py).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from kiosk.portal.codes import error_body


@dataclass
class Reply:
    status: int
    body: dict[str, Any] | bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"


def err(status: int, code: str, detail: str = "", **headers: str) -> Reply:
    return Reply(status, error_body(code, detail), dict(headers))


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _event(conn: sqlite3.Connection, hub: str, app_id: str, key: str, receipt: str | None, status: str,
           reason: tuple[str, str] | None, now: float) -> int:
    return conn.execute(
        "INSERT INTO events(hub_id, application_id, idempotency_key, receipt_number, status, reason_en, "
        "reason_mr, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (hub, app_id, key, receipt, status, reason[0] if reason else None, reason[1] if reason else None, now),
    ).lastrowid or 0
