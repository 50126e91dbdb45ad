"""The certificate hand-over slip: proof that the certificate reached the citizen (or whom they sent).

Signed by the person collecting and kept by the centre, it closes the application's life at the counter
(status "delivered") and answers a later complaint that a certificate was never given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from kiosk.receipts.captions import both, caption
from kiosk.receipts.format import format_date, format_datetime
from kiosk.receipts.layout import PageSpec, Row, centred, gap, render, rows_flowable, spec_for, styles
from kiosk.receipts.markup import lines, rich
from kiosk.receipts.model import (
    BiText,
    Hub,
    ReceiptData,
    ReceiptDataError,
    check_receipt_no,
    check_uuid,
    qr_payload,
)
from kiosk.receipts.qr import QrFlowable
from kiosk.receipts.receipt import bi


@dataclass(frozen=True)
class HandoverData:
    hub: Hub
    receipt_no: str
    application_uuid: str
    service: BiText
    applicant: BiText
    handed_at: datetime
    received_by: str
    operator: str
    certificate_no: str = ""
    issued_on: date | None = None
    relation: BiText | None = None  # "self", "father", ... when someone else collects
    id_shown: str = ""  # e.g. "Voter ID ...1234" — never a full Aadhaar number

    def __post_init__(self) -> None:
        check_receipt_no(self.receipt_no)
        object.__setattr__(self, "application_uuid", check_uuid(self.application_uuid))
        if self.handed_at.tzinfo is None:
            raise ReceiptDataError("handed_at must be timezone-aware")
        if not self.received_by.strip():
            raise ReceiptDataError("the slip needs the name of the person collecting")

    @classmethod
    def for_receipt(cls, receipt: ReceiptData, *, handed_at: datetime, received_by: str, operator: str,
                    **kwargs: object) -> HandoverData:
        return cls(hub=receipt.hub, receipt_no=receipt.receipt_no, application_uuid=receipt.application_uuid,
                   service=receipt.service, applicant=receipt.applicant, handed_at=handed_at,
                   received_by=received_by, operator=operator, **kwargs)  # type: ignore[arg-type]


def handover_story(data: HandoverData, spec: PageSpec) -> list[Flowable]:
    st = styles(spec)
    rows = [
        Row(caption("receipt_no"), rich(data.receipt_no, bold=True)),
        Row(caption("service"), bi(data.service)),
        Row(caption("applicant"), bi(data.applicant)),
        Row(caption("certificate_no"), rich(data.certificate_no or "—")),
        Row(caption("issued_on"), rich(format_date(data.issued_on) if data.issued_on else "—")),
        Row(caption("handed_at"), rich(format_datetime(data.handed_at))),
        Row(caption("received_by"),
            lines(rich(data.received_by, bold=True), bi(data.relation) if data.relation else "")),
        Row(caption("id_shown"), rich(data.id_shown or "—")),
        Row(caption("operator"), rich(data.operator)),
    ]
    story: list[Flowable] = [
        Paragraph(lines(rich(data.hub.name.mr or data.hub.name.en, bold=True),
                        rich(f"{data.hub.name.en} — {data.hub.code}")), st.center),
        gap(3),
        Paragraph(rich(both("handover_title"), bold=True), st.title),
        gap(6),
        *rows_flowable(rows, spec),
        gap(8),
        Paragraph(lines(rich(caption("received_statement")[0], size=spec.body),
                        rich(caption("received_statement")[1])), st.body),
        gap(26),
        Paragraph(lines(rich(both("collector_signature")),
                        rich("_______________________________")), st.body),
        gap(10),
        centred(QrFlowable(qr_payload(data.receipt_no, data.application_uuid), 26 * mm), spec),
    ]
    return story


def render_handover(data: HandoverData, layout: str = "a4") -> bytes:
    spec = spec_for(layout)
    return render(handover_story(data, spec), spec, title=f"Hand-over {data.receipt_no}")
