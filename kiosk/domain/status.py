"""The kiosk's own application states and the only transitions between them.

The portal has its own vocabulary; the sync engine maps portal statuses onto these. A transition not in
:data:`TRANSITIONS` is a bug or a hostile portal answer, never silently applied.
"""

from __future__ import annotations

from enum import StrEnum

from kiosk.domain.catalogue import Label
from kiosk.domain.errors import IllegalTransition


class Status(StrEnum):
    DRAFT = "draft"
    QUEUED = "queued"
    SUBMITTED = "submitted"
    UNDER_SCRUTINY = "under_scrutiny"
    DOCUMENTS_PENDING = "documents_pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    DELIVERED = "delivered"
    FIRST_APPEAL = "first_appeal_filed"
    SECOND_APPEAL = "second_appeal_filed"
    VOIDED = "voided"  # a supervisor cancelled it before it left the kiosk (fee refunded; number never reused)


S = Status
TRANSITIONS: dict[Status, frozenset[Status]] = {
    S.DRAFT: frozenset({S.QUEUED}),
    S.QUEUED: frozenset({S.SUBMITTED, S.VOIDED}),
    S.SUBMITTED: frozenset({S.UNDER_SCRUTINY, S.DOCUMENTS_PENDING, S.APPROVED, S.REJECTED, S.FIRST_APPEAL}),
    S.UNDER_SCRUTINY: frozenset({S.DOCUMENTS_PENDING, S.APPROVED, S.REJECTED, S.FIRST_APPEAL}),
    S.DOCUMENTS_PENDING: frozenset({S.UNDER_SCRUTINY, S.APPROVED, S.REJECTED, S.FIRST_APPEAL}),
    S.APPROVED: frozenset({S.DELIVERED}),
    S.REJECTED: frozenset({S.FIRST_APPEAL}),
    S.DELIVERED: frozenset(),
    S.FIRST_APPEAL: frozenset({S.APPROVED, S.REJECTED, S.SECOND_APPEAL}),
    S.SECOND_APPEAL: frozenset({S.APPROVED, S.REJECTED}),
    S.VOIDED: frozenset(),
}

# A decision ends the RTS clock; these are the states still waiting for one.
AWAITING_DECISION = frozenset({S.QUEUED, S.SUBMITTED, S.UNDER_SCRUTINY, S.DOCUMENTS_PENDING})

LABELS: dict[Status, Label] = {
    S.DRAFT: Label("Draft", "मसुदा"),
    S.QUEUED: Label("Waiting to send", "पाठवण्यासाठी रांगेत"),
    S.SUBMITTED: Label("Submitted", "सादर केला"),
    S.UNDER_SCRUTINY: Label("Under scrutiny", "छाननी सुरू"),
    S.DOCUMENTS_PENDING: Label("Documents pending", "कागदपत्रे प्रलंबित"),
    S.APPROVED: Label("Approved", "मंजूर"),
    S.REJECTED: Label("Rejected", "नामंजूर"),
    S.DELIVERED: Label("Delivered to citizen", "नागरिकाला दिले"),
    S.FIRST_APPEAL: Label("First appeal filed", "प्रथम अपील दाखल"),
    S.SECOND_APPEAL: Label("Second appeal filed", "द्वितीय अपील दाखल"),
    S.VOIDED: Label("Voided", "रद्द केला"),
}


def check_transition(current: Status, new: Status) -> None:
    if new not in TRANSITIONS[current]:
        raise IllegalTransition(f"{current} → {new}", current=str(current), new=str(new))


def can_transition(current: Status, new: Status) -> bool:
    return new in TRANSITIONS[current]
