"""Typed answers of the portal's read endpoints, built from JSON defensively (hostile input is normal)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from kiosk.domain.catalogue import Catalogue, Label, parse_catalogue
from kiosk.domain.delivery import OUTCOMES, DeliveryAttempt
from kiosk.portal.errors import PortalBadResponse

STATUSES = ("submitted", "under_scrutiny", "documents_pending", "payment_pending", "approved", "rejected")


def _bad(what: str) -> PortalBadResponse:
    return PortalBadResponse(f"malformed portal answer: {what}")


@dataclass(frozen=True)
class AppealOrder:
    """An appellate authority's order, carried by the status event it caused (issue 17)."""

    appeal_id: str
    level: int
    outcome: str  # allowed | dismissed
    order_on: date

    @classmethod
    def from_json(cls, raw: Any) -> AppealOrder | None:
        """None for anything malformed: the status change itself still applies."""
        if not isinstance(raw, Mapping):
            return None
        try:
            level, outcome = int(raw["level"]), raw["outcome"]
            order_on = date.fromisoformat(str(raw["order_on"])[:10])
        except (KeyError, TypeError, ValueError):
            return None
        if level not in (1, 2, 3) or outcome not in ("allowed", "dismissed"):
            return None
        return cls(str(raw.get("appeal_id") or ""), level, outcome, order_on)


@dataclass(frozen=True)
class DocumentsRequest:
    """The portal's list of documents it wants before deciding, and the date to reply by (issue 17)."""

    reply_by: date | None
    documents: tuple[tuple[str, str, str], ...]  # (code, English label, Marathi label)

    @classmethod
    def from_json(cls, raw: Any) -> DocumentsRequest | None:
        """None for anything malformed: the status change itself still applies."""
        if not isinstance(raw, Mapping) or not isinstance(raw.get("documents"), list):
            return None
        docs: list[tuple[str, str, str]] = []
        for d in raw["documents"][:50]:
            if isinstance(d, Mapping) and isinstance(d.get("code"), str):
                raw_label = d.get("label")
                label: Mapping[str, Any] = raw_label if isinstance(raw_label, Mapping) else {}
                docs.append((d["code"][:80], str(label.get("en") or d["code"])[:200], str(label.get("mr") or "")[:200]))
        try:
            reply_by = date.fromisoformat(str(raw["reply_by"])[:10]) if raw.get("reply_by") else None
        except ValueError:
            reply_by = None
        return cls(reply_by, tuple(docs)) if docs else None


@dataclass(frozen=True)
class StatusEvent:
    seq: int
    application_id: str
    idempotency_key: str
    receipt_number: str | None
    status: str
    at: str
    reason: Label | None
    certificate_href: str | None
    appeal: AppealOrder | None = None
    deliveries: tuple[DeliveryAttempt, ...] = ()  # what the portal's sending on the citizen's channels did
    documents_requested: DocumentsRequest | None = None

    @classmethod
    def from_json(cls, raw: Any) -> StatusEvent:
        if not isinstance(raw, Mapping):
            raise _bad("feed event is not an object")
        try:
            seq, app, key, status = int(raw["seq"]), str(raw["application_id"]), str(raw["idempotency_key"]), raw["status"]
        except (KeyError, TypeError, ValueError):
            raise _bad("feed event lacks seq/application_id/idempotency_key") from None
        if status not in STATUSES:
            raise _bad(f"unknown status {status!r}")
        reason = raw.get("reason")
        label = Label(str(reason.get("en") or ""), str(reason.get("mr") or "")) if isinstance(reason, Mapping) else None
        cert = raw.get("certificate")
        href = cert.get("href") if isinstance(cert, Mapping) and isinstance(cert.get("href"), str) else None
        receipt = raw.get("receipt_number")
        return cls(seq, app, key, receipt if isinstance(receipt, str) else None, status, str(raw.get("at", "")),
                   label, href, AppealOrder.from_json(raw.get("appeal")), _attempts(raw.get("deliveries")),
                   DocumentsRequest.from_json(raw.get("documents_requested")) if status == "documents_pending" else None)


def _attempts(raw: Any) -> tuple[DeliveryAttempt, ...]:
    """Delivery attempts on a feed event; an entry the kiosk cannot read is left out, not the whole page."""
    if not isinstance(raw, list):
        return ()
    return tuple(DeliveryAttempt(str(d["channel"])[:40], str(d["outcome"]), str(d.get("at", ""))[:40],
                                 "acknowledgement" if d.get("kind") == "acknowledgement" else "certificate")
                 for d in raw[:20] if isinstance(d, Mapping) and isinstance(d.get("channel"), str)
                 and d.get("outcome") in OUTCOMES)


@dataclass(frozen=True)
class FeedPage:
    """One page of the status feed; apply ``events`` and store ``next_cursor`` in the same transaction."""

    events: tuple[StatusEvent, ...]
    next_cursor: str
    has_more: bool

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> FeedPage:
        events, cursor = raw.get("events"), raw.get("next_cursor")
        if not isinstance(events, list) or not isinstance(cursor, str) or not cursor:
            raise _bad("feed page needs events[] and next_cursor")
        return cls(tuple(StatusEvent.from_json(e) for e in events), cursor, bool(raw.get("has_more")))


@dataclass(frozen=True)
class Certificate:
    application_id: str
    pdf: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()


@dataclass(frozen=True)
class CatalogueFetch:
    """``changed`` False means the kiosk's copy (its ETag) is current; ``document`` is then None."""

    changed: bool
    etag: str | None
    version: str | None
    document: Mapping[str, Any] | None

    def parse(self) -> Catalogue:
        """Validate with the kiosk's own parser; raises CatalogueError, so nothing half-valid is applied."""
        if self.document is None:
            raise _bad("no catalogue document to parse (not changed)")
        return parse_catalogue(self.document)


@dataclass(frozen=True)
class Holiday:
    day: date
    name: Label


@dataclass(frozen=True)
class WorkingCalendar:
    year: int
    weekly_off: tuple[str, ...]
    holidays: tuple[Holiday, ...]
    complete: bool  # False: only fixed-date holidays are known for this year

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> WorkingCalendar:
        try:
            year = int(raw["year"])
            holidays = tuple(
                Holiday(date.fromisoformat(h["date"]), Label(str(h["name"]["en"]), str(h["name"]["mr"])))
                for h in raw["holidays"]
            )
            weekly = tuple(str(d).lower() for d in raw.get("weekly_off", ()))
        except (KeyError, TypeError, ValueError):
            raise _bad("calendar needs year and holidays[{date, name{en,mr}}]") from None
        return cls(year, weekly, holidays, bool(raw.get("complete", False)))


@dataclass(frozen=True)
class Connectivity:
    """Result of the cheap reachability probe (GET /health, no login)."""

    state: str  # "online" | "offline" | "captive" | "clock_skew" | "degraded"
    detail: str = ""
    round_trip_seconds: float | None = None
    clock_offset_seconds: float | None = None

    @property
    def online(self) -> bool:
        return self.state == "online"
