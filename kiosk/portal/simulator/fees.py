"""Whether a simulated application waits for its fee: sent with its fee pending, and no payment since.

Apart from :mod:`.payments` (which records a payment through the portal's idempotency) so the decision
loop in :mod:`.portal` can ask without importing it back.
"""

from __future__ import annotations

import sqlite3


def fee_pending(conn: sqlite3.Connection, app_id: str) -> bool:
    """The application came with its fee pending and no payment for it has arrived since."""
    row = conn.execute("SELECT json_extract(body, '$.payment.method') AS method FROM applications WHERE id = ?",
                       (app_id,)).fetchone()
    if row is None or row["method"] != "pending":
        return False
    return conn.execute("SELECT 1 FROM payments WHERE application_id = ?", (app_id,)).fetchone() is None


def after_submitted(conn: sqlite3.Connection, app_id: str, nxt: str, next_at: float | None) -> tuple[str, float | None]:
    """Where a submitted application goes next: it waits for its fee when the fee is pending."""
    return ("payment_pending", None) if fee_pending(conn, app_id) else (nxt, next_at)
