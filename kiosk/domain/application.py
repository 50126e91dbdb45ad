"""An application as the kiosk keeps it, from the counter to the certificate.

``uuid`` is random and is the idempotency key for life; ``receipt_number`` is the human, gapless
per-hub-per-day number the store assigns when it commits. Fees are a snapshot of the catalogue's fee
lines at intake, so a later Government Resolution does not change what the citizen was charged.
"""

from __future__ import annotations

import os
import re
import time
import uuid as uuid_mod
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from kiosk.domain.applicant import Applicant, Consent
from kiosk.domain.catalogue import ENTERED_FEE_KIND, FeeLine
from kiosk.domain.delivery import Acknowledgement, ChannelChoice
from kiosk.domain.status import Status

SELF_DECLARATION = "self_declaration"


@dataclass(frozen=True)
class DocumentRecord:
    """A stored document file (content-addressed by SHA-256) and what it proves for the application."""

    sha256: str
    doc_type: str
    group_code: str
    pages: int = 1
    size_bytes: int = 0
    mime: str = "image/jpeg"
    original_name: str = ""
    # The receipt of the earlier application this copy was received with, when the citizen agreed to reuse
    # it (issue 18, kiosk.domain.reuse); "" for a document received with this application.
    reused_from: str = ""


@dataclass(frozen=True)
class Application:
    uuid: str
    hub_code: str
    service_code: str
    catalogue_version: str
    applicant: Applicant
    fields: Mapping[str, str]
    documents: tuple[DocumentRecord, ...]
    fees: tuple[FeeLine, ...]
    delivery: str
    operator: str
    created_at: datetime
    consent: Consent | None = None
    status: Status = Status.QUEUED
    receipt_number: str = ""
    missing_groups: tuple[str, ...] = ()
    completed_on: date | None = None
    due_date: date | None = None
    decided_on: date | None = None
    portal_number: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)
    # The citizen's delivery channels (``delivery`` above is the first, kept for older readers) and the
    # acknowledgement the portal sends at intake; see kiosk.domain.delivery.
    channels: tuple[ChannelChoice, ...] = ()
    acknowledgement: Acknowledgement | None = None

    @property
    def total_paise(self) -> int:
        return sum(f.paise for f in self.fees)

    def fee_entered(self) -> dict[str, int]:
        """What the audit trail records of a fee the operator typed (a service whose fee the catalogue does
        not know): ``{"fee_entered_paise": n}``, or nothing when every fee line came from the catalogue."""
        entered = [f.paise for f in self.fees if f.kind == ENTERED_FEE_KIND]
        return {"fee_entered_paise": sum(entered)} if entered else {}

    @property
    def is_complete(self) -> bool:
        return not self.missing_groups

    def with_receipt(self, receipt_number: str) -> Application:
        return replace(self, receipt_number=receipt_number)


def new_uuid() -> str:
    """A UUID version 7 (RFC 9562 §5.7): the Unix time in milliseconds, then 74 random bits.

    Time first, so the keys a day's saves add sort together: every b-tree keyed by an application's UUID
    (its row's, the outbox's idempotency key, status history, delivery rows) takes new keys at one place
    instead of a random leaf each, which a save then reads, writes and splits — measured at 100,000
    applications (tests/benchmarks/store). The 74 random bits keep the key unique when the PC's clock is
    wrong or set back (the idempotency key must never collide): two keys in the same millisecond collide
    with a chance of 2**-74. Python 3.11 has no ``uuid.uuid7``; this is its layout."""
    ms = time.time_ns() // 1_000_000 & (1 << 48) - 1
    rand = int.from_bytes(os.urandom(10), "big")  # 80 bits: 12 for rand_a, 62 for rand_b, 6 unused
    value = (ms << 80) | (0x7 << 76) | ((rand >> 62) & 0xFFF) << 64 | (0b10 << 62) | (rand & (1 << 62) - 1)
    return str(uuid_mod.UUID(int=value))


FIRST_COUNTER = "1"
_COUNTER = re.compile(r"[1-9][0-9]?")


def valid_counter(code: str) -> bool:
    """A counter PC of a hub is numbered 1-99 (what a hub with several PCs paints on each counter)."""
    return bool(_COUNTER.fullmatch(code))


def receipt_series(hub_code: str, counter: str = FIRST_COUNTER) -> str:
    """The receipt-number series one counter PC of a hub issues from (the "hub" part of its numbers).

    Each PC keeps its own day counter, so two PCs of one hub would hand out the same numbers if they shared
    a series. The hub's first counter keeps the plain hub code: a hub that ran one PC before counters existed
    keeps every issued number and simply goes on; counter 2 issues ``<hub>-C2-<day>-<seq>``, and
    :func:`parse_receipt_number` reads ``<hub>-C2`` back as the series, so recovery moves the right counter.
    """
    return hub_code if counter in ("", FIRST_COUNTER) else f"{hub_code}-C{counter}"


def format_receipt_number(hub_code: str, day: date, seq: int) -> str:
    """``hub_code`` is the series (:func:`receipt_series`)."""
    return f"{hub_code}-{day:%Y%m%d}-{seq:04d}"


def parse_receipt_number(value: str) -> tuple[str, date, int] | None:
    try:
        hub, day, seq = value.strip().rsplit("-", 2)
        return hub, date(int(day[:4]), int(day[4:6]), int(day[6:8])), int(seq)
    except (ValueError, IndexError):
        return None


def format_rupees(paise: int) -> str:
    """₹ with Indian digit grouping (1,23,456.78): exact to the paisa, no float on the way."""
    sign = "-" if paise < 0 else ""
    rupees, p = divmod(abs(paise), 100)
    s = str(rupees)
    if len(s) > 3:
        head, tail = s[:-3], s[-3:]
        groups: list[str] = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        s = ",".join(groups) + "," + tail
    return f"{sign}₹{s}.{p:02d}"
