"""The appeal acknowledgement (issue 17): what the citizen takes home after filing an appeal at the counter.

One page, Marathi above English like the receipt: the application it concerns, the level and to whom it
goes (with the designation the catalogue names for the service), why an appeal lies, the reason, the
citizen's own words, and the date the authority is to decide by — counted in the hub's working days. For
the State Commission no date is printed: its time limit is not confirmed (shared/domain), and a guessed
legal deadline on paper would mislead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from kiosk.receipts.captions import both, caption
from kiosk.receipts.format import format_date
from kiosk.receipts.layout import PageSpec, Row, centred, gap, render, rows_flowable, spec_for, styles
from kiosk.receipts.markup import lines, rich
from kiosk.receipts.model import BiText, ReceiptData, check_receipt_no
from kiosk.receipts.qr import QrFlowable
from kiosk.receipts.receipt import bi

NOUN = "appeal_ack"


@dataclass(frozen=True)
class AppealAckData:
    receipt: ReceiptData  # the application's own receipt data: hub, service, applicant, QR
    level: int
    authority: BiText
    officer: BiText | None  # the designation the catalogue gives for this level (None: not known)
    filed_on: date
    ground: BiText
    reason: BiText
    grounds: str
    late_reason: str
    decide_by: date | None
    decide_days: int | None
    portal_appeal_id: str
    operator: str

    def __post_init__(self) -> None:
        check_receipt_no(self.receipt.receipt_no)


def _cap(code: str, **params: object) -> tuple[str, str]:
    return caption(code, NOUN, **params)


def _both_lines(code: str, **params: object) -> str:
    mr, en = _cap(code, **params)
    return lines(rich(mr), rich(en))


def appeal_rows(data: AppealAckData) -> list[Row]:
    r = data.receipt
    if data.decide_by is not None:
        decide = _both_lines("decide_by_value", date=format_date(data.decide_by), days=data.decide_days)
    else:
        decide = _both_lines("no_deadline")
    rows = [
        Row(caption("receipt_no"), rich(r.receipt_no, bold=True)),
        Row(caption("service"), bi(r.service)),
        Row(caption("applicant"), bi(r.applicant)),
        Row(_cap("level"), _both_lines("level_value", level=data.level)),
        Row(_cap("authority"), bi(data.authority, bold=True)),
    ]
    if data.officer is not None:
        rows.append(Row(_cap("officer"), bi(data.officer)))
    rows += [
        Row(_cap("filed_on"), rich(format_date(data.filed_on))),
        Row(_cap("ground"), bi(data.ground)),
        Row(_cap("reason"), bi(data.reason)),
    ]
    if data.grounds:
        rows.append(Row(_cap("grounds"), rich(data.grounds)))
    if data.late_reason:
        rows.append(Row(_cap("late_reason"), rich(data.late_reason)))
    rows += [
        Row(_cap("decide_by"), decide),
        Row(_cap("portal_appeal"), rich(data.portal_appeal_id) if data.portal_appeal_id else _both_lines("not_sent")),
    ]
    if data.operator:  # a first appeal an earlier release filed has no operator on record
        rows.append(Row(_cap("operator"), rich(data.operator)))
    return rows


def appeal_story(data: AppealAckData, spec: PageSpec) -> list[Flowable]:
    st = styles(spec)
    hub = data.receipt.hub
    step = "last_step" if data.level == 3 else "next_step"
    return [
        Paragraph(lines(rich(hub.name.mr or hub.name.en, bold=True), rich(f"{hub.name.en} — {hub.code}")), st.center),
        gap(3),
        Paragraph(lines(rich(both("title", NOUN), bold=True), *(rich(t) for t in _cap("act"))), st.title),
        gap(6),
        *rows_flowable(appeal_rows(data), spec),
        gap(8),
        Paragraph(lines(rich(_cap(step)[0]), rich(_cap(step)[1])), st.body),
        gap(4),
        Paragraph(rich(f"{both('helpline')}: {data.receipt.helpline}"), st.body),
        gap(8),
        centred(QrFlowable(data.receipt.qr_payload, 26 * mm), spec),
    ]


def render_appeal_ack(data: AppealAckData, layout: str = "a4") -> bytes:
    spec = spec_for(layout)
    return render(appeal_story(data, spec), spec, title=f"Appeal {data.level} {data.receipt.receipt_no}")
