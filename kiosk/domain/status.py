"""The kiosk's own application states and the only transitions between them.

The portal has its own vocabulary; the sync engine maps portal statuses onto these. A transition not in
:data:`TRANSITIONS` is a bug or a hostile portal answer, never silently applied.
"""

from __future__ import annotations

from enum import StrEnum

from kiosk.domain.errors import IllegalTransition
from kiosk.domain.texts import Text
from kiosk.domain.texts.statuses import TEXTS as STATUS_NAMES


class Status(StrEnum):
    DRAFT = "draft"
    QUEUED = "queued"
    SUBMITTED = "submitted"
    UNDER_SCRUTINY = "under_scrutiny"
    DOCUMENTS_PENDING = "documents_pending"
    PAYMENT_PENDING = "payment_pending"  # the portal has not received the fee (MahaIT's status codes have it)
    APPROVED = "approved"
    REJECTED = "rejected"
    DELIVERED = "delivered"
    FIRST_APPEAL = "first_appeal_filed"
    SECOND_APPEAL = "second_appeal_filed"
    THIRD_APPEAL = "third_appeal_filed"  # to the State Commission for Right to Public Services
    VOIDED = "voided"  # a supervisor cancelled it before it left the kiosk (fee refunded; number never reused)


S = Status
TRANSITIONS: dict[Status, frozenset[Status]] = {
    S.DRAFT: frozenset({S.QUEUED}),
    S.QUEUED: frozenset({S.SUBMITTED, S.VOIDED}),
    S.SUBMITTED: frozenset({S.UNDER_SCRUTINY, S.DOCUMENTS_PENDING, S.PAYMENT_PENDING, S.APPROVED, S.REJECTED, S.FIRST_APPEAL}),
    S.UNDER_SCRUTINY: frozenset({S.DOCUMENTS_PENDING, S.PAYMENT_PENDING, S.APPROVED, S.REJECTED, S.FIRST_APPEAL}),
    S.DOCUMENTS_PENDING: frozenset({S.UNDER_SCRUTINY, S.APPROVED, S.REJECTED, S.FIRST_APPEAL}),
    S.PAYMENT_PENDING: frozenset({S.UNDER_SCRUTINY, S.DOCUMENTS_PENDING, S.APPROVED, S.REJECTED}),
    S.APPROVED: frozenset({S.DELIVERED}),
    # A dismissed appeal leaves the application rejected; the next level is filed from there
    # (kiosk.domain.appeals decides which level is allowed).
    S.REJECTED: frozenset({S.FIRST_APPEAL, S.SECOND_APPEAL, S.THIRD_APPEAL}),
    S.DELIVERED: frozenset(),
    S.FIRST_APPEAL: frozenset({S.APPROVED, S.REJECTED, S.SECOND_APPEAL}),
    S.SECOND_APPEAL: frozenset({S.APPROVED, S.REJECTED, S.THIRD_APPEAL}),
    S.THIRD_APPEAL: frozenset({S.APPROVED, S.REJECTED}),
    S.VOIDED: frozenset(),
}

# A decision ends the RTS clock; these are the states still waiting for one.
AWAITING_DECISION = frozenset({S.QUEUED, S.SUBMITTED, S.UNDER_SCRUTINY, S.DOCUMENTS_PENDING, S.PAYMENT_PENDING})

# Each state's name in every language, from the message catalogue (``status.<value>``).
LABELS: dict[Status, Text] = {status: STATUS_NAMES[status.value] for status in Status}


def check_transition(current: Status, new: Status) -> None:
    if new not in TRANSITIONS[current]:
        raise IllegalTransition(f"{current} → {new}", current=str(current), new=str(new))


def can_transition(current: Status, new: Status) -> bool:
    return new in TRANSITIONS[current]
