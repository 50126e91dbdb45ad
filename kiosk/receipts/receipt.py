"""The acknowledgement receipt (RTS Rule 6 / Form I) drawn from :class:`ReceiptData` on A4 or 80 mm roll.

Both layouts use the same rows in the same order, so a citizen holding either finds the same facts; only
the geometry differs (see :mod:`.layout`). Fixed labels are Marathi over English; data shows both scripts
where the source has them.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from kiosk.receipts.captions import both, caption
from kiosk.receipts.flow import Columns, Stack
from kiosk.receipts.format import format_date, format_datetime, format_paise
from kiosk.receipts.layout import (
    PageSpec,
    Row,
    banner,
    centred,
    fixed,
    gap,
    money_table,
    render_one_page,
    rows_flowable,
    spec_for,
    styles,
    value_width,
)
from kiosk.receipts.markup import lines, rich
from kiosk.receipts.model import APPEAL_DEFAULT, HELPLINE, BiText, ReceiptData
from kiosk.receipts.qr import QrFlowable


def bi(text: BiText | None, *, bold: bool = False) -> str:
    """Marathi over English for data; one line when the source had one script or both are equal."""
    if text is None or text.empty:
        return rich("—")
    if not text.mr.strip() or text.mr.strip() == text.en.strip():
        return rich(text.en or text.mr, bold=bold)
    if not text.en.strip():
        return rich(text.mr, bold=bold)
    return lines(rich(text.mr, bold=bold), rich(text.en, bold=bold))


INLINE_AFTER = 4  # a longer document list runs on as one paragraph on A4, so the receipt stays one page


def _doc_list(items: tuple[BiText, ...], spec: PageSpec) -> str:
    if not items:
        return rich(both("none"))
    names = [rich("• ") + rich(f"{d.mr} / {d.en}" if d.mr and d.en and d.mr != d.en else d.en or d.mr)
             for d in items]
    if not spec.roll and len(items) > INLINE_AFTER:
        return rich("   ").join(names)
    return "<br/>".join(names)


def _one_line(text: BiText) -> str:
    return text.mr if text.mr and (not text.en or text.mr == text.en) else (
        f"{text.mr} / {text.en}" if text.mr else text.en)


def _particulars(data: ReceiptData) -> str:
    """One line per answer: ``सर्व्हे / गट क्रमांक / Survey / Gat number: 123/2``."""
    return "<br/>".join(rich(f"{_one_line(label)}: ") + rich(_one_line(value), bold=True)
                        for label, value in data.particulars)


def receipt_rows(data: ReceiptData, spec: PageSpec) -> list[Row]:
    rows = [
        Row(caption("receipt_no"), rich(data.receipt_no, bold=True, size=spec.body * 1.25)),
        Row(caption("taken_at"), rich(format_datetime(data.taken_at))),
        Row(caption("service"), bi(data.service, bold=True)),
    ]
    if data.particulars:
        rows.append(Row(caption("particulars"), _particulars(data)))
    rows.append(Row(caption("applicant"), bi(data.applicant, bold=True)))
    if data.aadhaar_masked:
        rows.append(Row(caption("aadhaar"), rich(data.aadhaar_masked)))
    rows.append(Row(caption("documents_received"),
                    _doc_list(data.documents_received, spec)))
    rows.append(Row(caption("documents_missing"),
                    _doc_list(data.documents_missing, spec)))
    if data.rts_days == 1:
        limit = rich(both("rts_day_one"))
    elif data.rts_days:
        limit = rich(both("rts_days", days=data.rts_days))
    elif data.rts_text:
        limit = bi(data.rts_text)
    else:
        limit = rich(both("rts_as_notified"))
    rows.append(Row(caption("time_limit"), limit))
    if not data.complete and not data.documents_added_on:  # added at the portal's request: the clock runs
        expected = lines(*(rich(text) for text in caption("clock_waits")))
    elif data.due_date:
        expected = rich(format_date(data.due_date), bold=True)
    elif data.payment_pending:  # the fee is owed: the application is not complete yet (Rule 6)
        expected = lines(*(rich(text) for text in caption("clock_waits_fee")))
    else:
        expected = rich("—")
    rows.append(Row(caption("expected_by"), expected))
    if data.documents_added_on:
        rows.append(Row(caption("documents_added_row"),
                        lines(*(rich(t) for t in caption("documents_added", date=format_date(data.documents_added_on))))))
    rows.append(Row(caption("designated_officer"), bi(data.designated_officer)))
    rows.append(Row(caption("first_appellate"), bi(data.first_appellate)))
    if data.second_appellate:
        rows.append(Row(caption("second_appellate"), bi(data.second_appellate)))
    if data.delivery:
        rows.append(Row(caption("delivery"), bi(data.delivery)))
    for label, value in data.extra:
        rows.append(Row((label.mr, label.en), rich(value)))
    rows.append(Row(caption("fees"), _fees(data, spec)))
    if data.payment:  # a fee not received is not a receipt of payment: its own caption, in bold
        rows.append(Row(caption("fee_status", "payment") if data.payment_pending else caption("payment"),
                        bi(data.payment, bold=True) if data.payment_pending else bi(data.payment)))
    if data.acknowledgement:
        rows.append(Row(caption("ack_row"), bi(data.acknowledgement)))
    rows.append(Row(caption("operator"), rich(data.operator)))
    if data.portal_ref:
        rows.append(Row(caption("portal_ref"), rich(data.portal_ref)))
    rows.append(Row(caption("application_id"),
                    rich(data.application_uuid, size=spec.body * (0.8 if spec.roll else 0.9))))
    return rows


def _fees(data: ReceiptData, spec: PageSpec) -> Flowable:
    items = [(rich(f"{f.label.mr} / {f.label.en}" if f.label.mr and f.label.en else f.label.en or f.label.mr),
              rich(format_paise(f.paise))) for f in data.fees]
    total = (rich(both("total"), bold=True), rich(format_paise(data.total_paise), bold=True))
    return money_table(items, total, spec, value_width(spec))


def _header(data: ReceiptData, spec: PageSpec) -> list[Flowable]:
    st = styles(spec)
    hub = lines(rich(data.hub.name.mr or data.hub.name.en, bold=True, size=spec.body * 1.15),
                rich(data.hub.name.en, size=spec.body) if data.hub.name.mr and data.hub.name.en else "",
                rich(f"{both('centre')} — {data.hub.code}", size=spec.body * 0.86),
                bi(data.hub.address) if not data.hub.address.empty else "")
    title = lines(rich(both("title"), bold=True), *(rich(text, size=spec.body * 0.8) for text in caption("act")))
    if spec.roll:
        return [Paragraph(hub, st.center), gap(3), Stack([fixed(title, st.title)]), gap(4)]
    qr_size = 34 * mm
    left = Stack([Paragraph(hub, st.body), gap(6), fixed(title, st.body)])
    header = Columns([left, QrFlowable(data.qr_payload, qr_size)], [spec.frame_width - qr_size - 4, qr_size + 4],
                     align=["left", "right"])
    return [header, gap(6)]


def receipt_story(data: ReceiptData, spec: PageSpec) -> list[Flowable]:
    st = styles(spec)
    story: list[Flowable] = []
    if data.duplicate:
        story += [banner(*caption("duplicate"), spec), gap(5)]
    story += _header(data, spec)
    story += rows_flowable(receipt_rows(data, spec), spec)
    story.append(gap(7))
    appeal = lines(rich(both("how_to_appeal"), bold=True), rich(data.appeal.mr), rich(data.appeal.en))
    helpline = rich(f"{both('helpline')}: {data.helpline}", bold=True)
    story.append(Stack([fixed(appeal, st.small) if data.appeal == APPEAL_DEFAULT else Paragraph(appeal, st.small),
                        gap(5), fixed(helpline, st.center) if data.helpline == HELPLINE else Paragraph(helpline, st.center)]))
    if spec.roll:
        story += [gap(5), centred(QrFlowable(data.qr_payload, 36 * mm), spec)]
    note = spec.body * 0.8
    notes = (*caption("scan_qr"), *caption("no_signature"))
    story += [gap(3), Stack([fixed(lines(*(rich(text, size=note) for text in notes)), st.center)])]
    if data.duplicate and spec.roll:
        story += [gap(4), banner(*caption("duplicate"), spec)]
    return story


def render_receipt(data: ReceiptData, layout: str = "a4") -> bytes:
    """The receipt as PDF bytes; ``layout`` is ``"a4"`` or ``"80mm"``."""
    spec = spec_for(layout)

    def footer(canvas: Canvas, page: int) -> None:
        canvas.setFont("KioskSans", 7)
        note = f"{data.receipt_no} · {'DUPLICATE · ' if data.duplicate else ''}page {page}"
        canvas.drawRightString(spec.width - spec.margin_x, spec.margin_y, note)

    return render_one_page(lambda fitted: receipt_story(data, fitted), spec, title=f"Receipt {data.receipt_no}",
                           footer=footer)
