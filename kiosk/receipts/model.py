"""What a receipt says, as plain frozen values: the one model both layouts (A4, 80 mm) are drawn from.

Receipts deliberately do not take domain objects: :mod:`.build` maps an application to this model, so a
layout can be designed, tested and benchmarked without a database, and a reprint from stored data looks
exactly like the first print. Values are checked on construction — a receipt that cannot be honest
(a full Aadhaar number, a naive timestamp, a negative fee) refuses to exist.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from kiosk.domain.messages import say

HELPLINE = "1800 120 8040"
QR_PREFIX = "SK1"
_RECEIPT_NO = re.compile(r"[A-Za-z0-9][A-Za-z0-9/_.-]{0,47}")


class ReceiptDataError(ValueError):
    """A receipt model was built from values that would print something false."""


@dataclass(frozen=True)
class BiText:
    """A string in Marathi and English; either may be empty when the source has only one script."""

    en: str
    mr: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.en, str) or not isinstance(self.mr, str):
            raise ReceiptDataError("BiText needs strings")

    @property
    def empty(self) -> bool:
        return not self.en.strip() and not self.mr.strip()


@dataclass(frozen=True)
class FeeItem:
    label: BiText
    paise: int

    def __post_init__(self) -> None:
        if isinstance(self.paise, bool) or not isinstance(self.paise, int) or self.paise < 0:
            raise ReceiptDataError(f"fee must be a non-negative whole number of paise, got {self.paise!r}")


def _check_aware(value: datetime, what: str) -> None:
    if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise ReceiptDataError(f"{what} must be a timezone-aware datetime")


def check_receipt_no(value: str) -> str:
    if not isinstance(value, str) or not _RECEIPT_NO.fullmatch(value):
        raise ReceiptDataError(f"receipt number {value!r} is not of the form HUB-YYYYMMDD-SEQ")
    return value


def check_uuid(value: str) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        raise ReceiptDataError(f"application id {value!r} is not a UUID") from None


def mask_aadhaar(last4: str | None) -> str | None:
    """``XXXX XXXX 1234`` from the last four digits; the full number never reaches a receipt."""
    if last4 is None or last4 == "":
        return None
    if not re.fullmatch(r"[0-9]{4}", last4):
        raise ReceiptDataError("Aadhaar on a receipt takes exactly the last 4 digits")
    return f"XXXX XXXX {last4}"


def qr_payload(receipt_no: str, application_uuid: str) -> str:
    """What the receipt's QR code carries: ``SK1|<receipt no>|<application uuid>``."""
    return f"{QR_PREFIX}|{check_receipt_no(receipt_no)}|{check_uuid(application_uuid)}"


def parse_qr_payload(payload: str) -> tuple[str, str]:
    """(receipt number, application uuid) from a scanned receipt QR; ``ReceiptDataError`` if not ours."""
    parts = payload.strip().split("|")
    if len(parts) != 3 or parts[0] != QR_PREFIX:
        raise ReceiptDataError("not a Seva Kiosk receipt code")
    return check_receipt_no(parts[1]), check_uuid(parts[2])


@dataclass(frozen=True)
class Hub:
    name: BiText
    code: str
    address: BiText = BiText("")


# The RTS appeal route as printed under every receipt (``receipt.appeal`` in the message catalogue).
APPEAL_DEFAULT = BiText(en=say("receipt.appeal", "en"), mr=say("receipt.appeal", "mr"))


@dataclass(frozen=True)
class ReceiptData:
    """Everything an acknowledgement (RTS Rule 6, Form I) shows; ``operator`` is the name the citizen reads
    (the operator's display name, not their login)."""

    hub: Hub
    receipt_no: str
    taken_at: datetime
    service: BiText
    applicant: BiText
    application_uuid: str
    operator: str
    fees: tuple[FeeItem, ...] = ()
    documents_received: tuple[BiText, ...] = ()
    documents_missing: tuple[BiText, ...] = ()
    aadhaar_last4: str | None = None
    rts_days: int | None = None
    rts_text: BiText | None = None  # a limit that is not a number of days ("same day"), as notified
    due_date: date | None = None
    designated_officer: BiText | None = None
    first_appellate: BiText | None = None
    second_appellate: BiText | None = None
    appeal: BiText = APPEAL_DEFAULT
    helpline: str = HELPLINE
    delivery: BiText | None = None
    portal_ref: str | None = None
    duplicate: bool = False
    service_code: str = ""
    extra: tuple[tuple[BiText, str], ...] = field(default=())
    payment: BiText | None = None  # how the fee was paid (cash, UPI, ...)
    payment_pending: bool = False  # the fee is not received: the receipt says so, never "paid by"
    # the service's key particulars as the form asked them (e.g. 7/12 survey number): (label, value)
    particulars: tuple[tuple[BiText, BiText], ...] = field(default=())
    # the portal asked for more documents and they were added on this day (the clock counts again from it)
    documents_added_on: date | None = None
    acknowledgement: BiText | None = None  # how the citizen's SMS / WhatsApp message went ("SMS to …2345 — sent")

    def __post_init__(self) -> None:
        check_receipt_no(self.receipt_no)
        object.__setattr__(self, "application_uuid", check_uuid(self.application_uuid))
        _check_aware(self.taken_at, "taken_at")
        mask_aadhaar(self.aadhaar_last4)
        if self.rts_days is not None and (isinstance(self.rts_days, bool) or self.rts_days <= 0):
            raise ReceiptDataError("rts_days must be a positive number of days")
        if self.due_date is not None and self.due_date < self.taken_at.date():
            raise ReceiptDataError("the expected date cannot be before the application was taken")
        if self.applicant.empty:
            raise ReceiptDataError("a receipt needs the applicant's name")
        if self.service.empty:
            raise ReceiptDataError("a receipt needs the service name")

    @property
    def total_paise(self) -> int:
        return sum(f.paise for f in self.fees)

    @property
    def aadhaar_masked(self) -> str | None:
        return mask_aadhaar(self.aadhaar_last4)

    @property
    def qr_payload(self) -> str:
        return qr_payload(self.receipt_no, self.application_uuid)

    @property
    def complete(self) -> bool:
        """True when no document is missing: only then does the RTS clock run (Rule 6)."""
        return not self.documents_missing
