"""The acknowledgement receipt (RTS Rule 6 / Form I) drawn from :class:`ReceiptData` on A4 or 80 mm roll.

Both layouts use the same rows in the same order, so a citizen holding either finds the same facts; only
the geometry differs (see :mod:`.layout`). Fixed labels are Marathi over English; data shows both scripts
where the source has them.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

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
    render,
    rows_flowable,
    spec_for,
    styles,
    value_width,
)
from kiosk.receipts.markup import lines, rich
from kiosk.receipts.model import APPEAL_DEFAULT, HELPLINE, BiText, ReceiptData
from kiosk.receipts.qr import QrFlowable

DUPLICATE = ("दुय्यम प्रत", "DUPLICATE")
TITLE = ("पोचपावती", "Acknowledgement")
ACT = ("महाराष्ट्र लोकसेवा हक्क अधिनियम, 2015 — नियम 6",
       "Maharashtra Right to Public Services Act, 2015 — Rule 6")


def bi(text: BiText | None, *, bold: bool = False) -> str:
    """Marathi over English for data; one line when the source had one script or both are equal."""
    if text is None or text.empty:
        return rich("—")
    if not text.mr.strip() or text.mr.strip() == text.en.strip():
        return rich(text.en or text.mr, bold=bold)
    if not text.en.strip():
        return rich(text.mr, bold=bold)
    return lines(rich(text.mr, bold=bold), rich(text.en, bold=bold))


def _doc_list(items: tuple[BiText, ...], none_mr: str, none_en: str) -> str:
    if not items:
        return rich(f"{none_mr} / {none_en}")
    return "<br/>".join(rich("• ") + rich(f"{d.mr} / {d.en}" if d.mr and d.en and d.mr != d.en else d.en or d.mr)
                        for d in items)


def receipt_rows(data: ReceiptData, spec: PageSpec) -> list[Row]:
    rows = [
        Row(("पावती क्रमांक", "Receipt no."), rich(data.receipt_no, bold=True, size=spec.body * 1.25)),
        Row(("दिनांक व वेळ", "Date and time"), rich(format_datetime(data.taken_at))),
        Row(("सेवा", "Service"), bi(data.service, bold=True)),
        Row(("अर्जदार", "Applicant"), bi(data.applicant, bold=True)),
    ]
    if data.aadhaar_masked:
        rows.append(Row(("आधार", "Aadhaar"), rich(data.aadhaar_masked)))
    rows.append(Row(("प्राप्त कागदपत्रे", "Documents received"),
                    _doc_list(data.documents_received, "नाहीत", "None")))
    rows.append(Row(("अपूर्ण कागदपत्रे", "Documents still missing"),
                    _doc_list(data.documents_missing, "नाहीत", "None")))
    if data.rts_days:
        limit = rich(f"{data.rts_days} दिवस / {data.rts_days} days")
    else:
        limit = rich("सेवेनुसार / as notified for the service")
    rows.append(Row(("सेवा हमी कालमर्यादा", "Time limit (RTS)"), limit))
    if not data.complete:
        expected = lines(rich("अपूर्ण कागदपत्रे जमा केल्यापासून कालमर्यादा सुरू होईल."),
                         rich("The time limit starts when the missing documents are submitted."))
    elif data.due_date:
        expected = rich(format_date(data.due_date), bold=True)
    else:
        expected = rich("—")
    rows.append(Row(("अपेक्षित दिनांक", "Expected by"), expected))
    rows.append(Row(("पदनिर्देशित अधिकारी", "Designated officer"), bi(data.designated_officer)))
    rows.append(Row(("प्रथम अपिलीय प्राधिकारी", "First appellate authority"), bi(data.first_appellate)))
    if data.delivery:
        rows.append(Row(("वितरण", "Delivery"), bi(data.delivery)))
    for label, value in data.extra:
        rows.append(Row((label.mr, label.en), rich(value)))
    rows.append(Row(("शुल्क", "Fees"), _fees(data, spec)))
    rows.append(Row(("ऑपरेटर", "Operator"), rich(data.operator)))
    if data.portal_ref:
        rows.append(Row(("पोर्टल अर्ज क्रमांक", "Portal application no."), rich(data.portal_ref)))
    rows.append(Row(("अर्ज ओळख", "Application ID"),
                    rich(data.application_uuid, size=spec.body * (0.8 if spec.roll else 0.9))))
    return rows


def _fees(data: ReceiptData, spec: PageSpec) -> Flowable:
    items = [(rich(f"{f.label.mr} / {f.label.en}" if f.label.mr and f.label.en else f.label.en or f.label.mr),
              rich(format_paise(f.paise))) for f in data.fees]
    total = (rich("एकूण / Total", bold=True), rich(format_paise(data.total_paise), bold=True))
    return money_table(items, total, spec, value_width(spec))


def _header(data: ReceiptData, spec: PageSpec) -> list[Flowable]:
    st = styles(spec)
    hub = lines(rich(data.hub.name.mr or data.hub.name.en, bold=True, size=spec.body * 1.15),
                rich(data.hub.name.en, size=spec.body) if data.hub.name.mr and data.hub.name.en else "",
                rich(f"आपले सरकार सेवा केंद्र / Aaple Sarkar Seva Kendra — {data.hub.code}", size=spec.body * 0.86),
                bi(data.hub.address) if not data.hub.address.empty else "")
    title = lines(rich(f"{TITLE[0]} / {TITLE[1]}", bold=True),
                  rich(ACT[0], size=spec.body * 0.8), rich(ACT[1], size=spec.body * 0.8))
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
        story += [banner(*DUPLICATE, spec), gap(5)]
    story += _header(data, spec)
    story += rows_flowable(receipt_rows(data, spec), spec)
    story.append(gap(7))
    appeal = lines(rich("अपील कसे करावे / How to appeal", bold=True), rich(data.appeal.mr), rich(data.appeal.en))
    helpline = rich(f"हेल्पलाइन / Helpline: {data.helpline}", bold=True)
    story.append(Stack([fixed(appeal, st.small) if data.appeal == APPEAL_DEFAULT else Paragraph(appeal, st.small),
                        gap(5), fixed(helpline, st.center) if data.helpline == HELPLINE else Paragraph(helpline, st.center)]))
    if spec.roll:
        story += [gap(5), centred(QrFlowable(data.qr_payload, 36 * mm), spec)]
    note = spec.body * 0.8
    story += [gap(3), Stack([fixed(lines(rich("अर्ज पुन्हा शोधण्यासाठी या पावतीवरील QR कोड स्कॅन करा.", size=note),
                                         rich("Scan the QR code on this receipt to find the application again.", size=note),
                                         rich("संगणकीकृत पावती — स्वाक्षरीची आवश्यकता नाही.", size=note),
                                         rich("Computer-generated receipt; no signature needed.", size=note)),
                                   st.center)])]
    if data.duplicate and spec.roll:
        story += [gap(4), banner(*DUPLICATE, spec)]
    return story


def render_receipt(data: ReceiptData, layout: str = "a4") -> bytes:
    """The receipt as PDF bytes; ``layout`` is ``"a4"`` or ``"80mm"``."""
    spec = spec_for(layout)

    def footer(canvas: Canvas, page: int) -> None:
        canvas.setFont("KioskSans", 7)
        note = f"{data.receipt_no} · {'DUPLICATE · ' if data.duplicate else ''}page {page}"
        canvas.drawRightString(spec.width - spec.margin_x, spec.margin_y, note)

    return render(receipt_story(data, spec), spec, title=f"Receipt {data.receipt_no}", footer=footer)
