"""What a citizen holding only a receipt is told at the counter: the next thing they can do.

Pure rules over the application as the kiosk knows it (its status, due date, missing documents and the
portal's delivery attempts); the words are ``lookup.next_*`` in the message catalogue.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from kiosk.domain.status import AWAITING_DECISION, Status


def next_step(status: Status, due_date: date | None, today: date, missing: Sequence[str],
              failed_channels: Sequence[str], fee_owed: bool = False) -> str:
    """The ``lookup.*`` code of the citizen's next step (``fee_owed``: the fee is still to be paid)."""
    if status == Status.VOIDED:
        return "next_void"
    if status == Status.DELIVERED:
        return "next_done"
    if status == Status.APPROVED:
        return "next_resend" if failed_channels else "next_collect"
    if status == Status.REJECTED:
        return "next_appeal"
    if missing or status == Status.DOCUMENTS_PENDING:
        return "next_documents"
    if fee_owed and status in AWAITING_DECISION:  # the time limit waits for the fee (Rule 6)
        return "next_pay"
    if status in AWAITING_DECISION and due_date is not None and today > due_date:
        return "next_overdue"
    if status == Status.QUEUED:
        return "next_queued"
    return "next_wait"
