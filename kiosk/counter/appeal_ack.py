"""The appeal acknowledgement from what was committed: the application's receipt data, the stored appeal,
the catalogue's designation for that level. Kept in the sealed receipts folder before any printer is tried,
like the receipt. Imported on first use (PDF layouts stay out of the login's start)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.counter.receipt import Receipts
from kiosk.domain.appeals import AUTHORITY, DECIDE_WORKING_DAYS
from kiosk.domain.catalogue import Label
from kiosk.domain.errors import AppealNotAllowed
from kiosk.domain.messages import say
from kiosk.receipts import build_receipt_data, keep_pdf
from kiosk.receipts.appeal_ack import AppealAckData, render_appeal_ack
from kiosk.receipts.model import BiText
from kiosk.store.appeals import AppealRow, appeals_of


@dataclass(frozen=True)
class AppealAckFile:
    pdf: bytes
    path: Path  # the kept (sealed) copy
    level: int


def _bi(code: str, **params: object) -> BiText:
    return BiText(say(code, "en", **params), say(code, "mr", **params))


def _label(label: Label | None) -> BiText | None:
    return BiText(label.en, label.mr) if label is not None and (label.en or label.mr) else None


def make_acknowledgement(receipts: Receipts, key: str, level: int | None = None,
                         layout: str = "a4") -> AppealAckFile:
    """The acknowledgement of the appeal at ``level`` (the highest filed when None)."""
    app = receipts.applications().get(key)
    rows = appeals_of(receipts.applications().store, app.uuid)
    chosen: AppealRow | None = next((r for r in reversed(rows) if level in (None, r.filed.level)), None)
    if chosen is None:
        raise AppealNotAllowed(f"no appeal {level or ''} filed", why="needs_lower", level=level or 1)
    filed = chosen.filed
    service, catalogue = receipts.service_of(app)
    receipt = build_receipt_data(app, service, receipts.hub(), document_label=catalogue.document_label,
                                 operator_name=receipts.operator_name(app.operator))
    officer = None
    if service is not None:
        officer = _label({1: service.first_appellate, 2: service.second_appellate}.get(filed.level))
    ground = chosen.ground or "rejected"
    data = AppealAckData(
        receipt=receipt, level=filed.level, authority=_bi(f"appeal_authority.{AUTHORITY[filed.level]}"),
        officer=officer, filed_on=filed.filed_on, ground=_bi(f"appeal_ack.ground_{ground}", below=filed.level - 1),
        reason=_bi(f"appeal_reason.{filed.reason}"), grounds=chosen.grounds, late_reason=chosen.late_reason,
        decide_by=filed.decide_by, decide_days=DECIDE_WORKING_DAYS[filed.level] if filed.decide_by else None,
        portal_appeal_id=chosen.portal_appeal_id,
        operator=receipts.operator_name(chosen.operator) if chosen.operator else "")
    pdf = render_appeal_ack(data, layout)
    path = keep_pdf(pdf, receipts.folder, f"{app.receipt_number}-appeal{filed.level}-{layout}.pdf")
    return AppealAckFile(pdf, path, filed.level)
