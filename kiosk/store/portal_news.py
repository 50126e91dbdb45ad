"""What the portal has decided that the operator has not been told yet: certificates that arrived for
applications still waiting to be handed over, applications rejected, applications returned for more
documents.

Read from what the store recorded (status history written by the portal feed, certificates received),
not from one sync pass's report: answers reach the kiosk through the window's sync, the headless
``sync --watch`` and a carried return bundle, and an answer that arrived while the window was closed must
still be told at the next sign-in. Each kind keeps its own mark (the highest row the operator has been
told about, kept in ``settings``), so following one notice does not swallow the others.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.store.db import Store
from kiosk.store.hub import get_setting, set_setting

KINDS = ("certificates", "rejected", "documents_pending")
MARK_KEY = "notices.seen.{kind}"

# One query per kind; ``?`` are (after mark, up to mark). Only what is still true now is told: a rejected
# application already under appeal, or a certificate already handed over, is no news.
_QUERIES = {
    "certificates": "SELECT c.application_uuid AS uuid FROM certificates c "
                    "JOIN applications a ON a.uuid = c.application_uuid "
                    "WHERE c.rowid > ? AND c.rowid <= ? AND a.status = 'approved' ORDER BY c.rowid",
    "rejected": "SELECT DISTINCT h.application_uuid AS uuid FROM status_history h "
                "JOIN applications a ON a.uuid = h.application_uuid WHERE h.id > ? AND h.id <= ? "
                "AND h.source = 'portal' AND h.status = 'rejected' AND a.status = 'rejected' ORDER BY h.id",
    "documents_pending": "SELECT DISTINCT h.application_uuid AS uuid FROM status_history h "
                         "JOIN applications a ON a.uuid = h.application_uuid WHERE h.id > ? AND h.id <= ? "
                         "AND h.source = 'portal' AND h.status = 'documents_pending' "
                         "AND a.status = 'documents_pending' ORDER BY h.id",
}
_LATEST = {
    "certificates": "SELECT COALESCE(MAX(rowid), 0) AS top FROM certificates",
    "rejected": "SELECT COALESCE(MAX(id), 0) AS top FROM status_history",
    "documents_pending": "SELECT COALESCE(MAX(id), 0) AS top FROM status_history",
}


@dataclass(frozen=True)
class Answer:
    """One kind of news: the applications it is about, and the mark that acknowledging it records."""

    kind: str  # one of KINDS
    uuids: tuple[str, ...]
    upto: int


def latest(store: Store, kind: str) -> int:
    return int(store.query(_LATEST[kind])[0]["top"])


def seen(store: Store, kind: str) -> int | None:
    """The mark of ``kind`` the operator was last told up to; None on a kiosk that never told any."""
    value = get_setting(store, MARK_KEY.format(kind=kind))
    return int(value) if value.isdigit() else None


def mark_seen(store: Store, kind: str, upto: int) -> None:
    set_setting(store, MARK_KEY.format(kind=kind), str(upto))


def news(store: Store, kind: str, after: int) -> Answer:
    """The applications of ``kind`` recorded after the mark ``after`` (up to the newest row now)."""
    top = latest(store, kind)
    rows = store.query(_QUERIES[kind], (after, top))
    return Answer(kind, tuple(dict.fromkeys(r["uuid"] for r in rows)), top)
