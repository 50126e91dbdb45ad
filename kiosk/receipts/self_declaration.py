"""The self-declaration form the citizen signs (issue 18, fewer documents): one A4 page, Marathi over English.

Where the catalogue says a Government Resolution lets a self-declaration stand in for a document group (GAD GR
of 9 March 2015: a self-declaration in lieu of an affidavit), or the service asks for the declaration itself,
the counter prints this page filled with what the application already holds — the name in both scripts, the
date of birth, the address, the service and its receipt, the groups it stands in for and the GR — and leaves
a box for the photograph and a space for the signature or thumb impression. The signed page is scanned back
like any document. Nothing of the Aadhaar is printed: the declaration does not need it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from kiosk.receipts.captions import caption
from kiosk.receipts.format import format_date
from kiosk.receipts.layout import A4_SPEC, PageSpec, Row, gap, render_one_page, rows_flowable, styles
from kiosk.receipts.markup import lines, rich
from kiosk.receipts.model import BiText
from kiosk.receipts.receipt import bi

NOUN = "self_declaration"


@dataclass(frozen=True)
class DeclarationData:
    hub: BiText
    hub_code: str
    receipt_no: str  # "" when printed for a form not saved yet
    service: BiText
    applicant: BiText  # the full name in English and in Marathi
    dob: date | None
    mobile: str
    address: str
    place: str  # the village or the hub's place, printed beside the date
    groups: tuple[BiText, ...]  # what the declaration stands in for (the service's own declaration: itself)
    grs: tuple[BiText, ...]  # the Government Resolution(s) that allow it, as the catalogue cites them
    on: date


def _cap(code: str, **params: object) -> tuple[str, str]:
    return caption(code, NOUN, **params)


def _masked(mobile: str) -> str:
    """The paper leaves the counter with the citizen; a lost sheet shows only the mobile's last four digits."""
    return f"XXXXXX{mobile[-4:]}" if len(mobile) >= 4 else "—"


def _declaration(data: DeclarationData, language: str, name: str) -> str:
    i = 0 if language == "mr" else 1
    address = data.address or "—"
    sentence = " ".join((_cap("i_name", name=name)[i], _cap("address", address=address)[i], _cap("declare")[i]))
    details = _cap("details", dob=format_date(data.dob) if data.dob else "—", mobile=_masked(data.mobile))[i]
    return lines(rich(sentence), rich(details))


def _signature_box(spec: PageSpec) -> Flowable:
    st = styles(spec)
    photo_mr, photo_en = _cap("photo")
    sign_mr, sign_en = _cap("signature")
    photo = Paragraph(lines(rich(photo_mr), rich(photo_en)), st.center)
    sign = Paragraph(lines(rich(sign_mr), rich(sign_en)), st.center)
    table = Table([[photo, "", ""], ["", "", sign]], colWidths=[35 * mm, None, 80 * mm],
                  rowHeights=[40 * mm, 12 * mm])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (0, 0), 0.8, colors.black),  # the photograph's box, 35 x 40 mm like a passport photo
        ("VALIGN", (0, 0), (0, 0), "MIDDLE"),
        ("LINEABOVE", (2, 1), (2, 1), 0.8, colors.black),  # the signature's line
        ("VALIGN", (2, 1), (2, 1), "TOP"),
    ]))
    return table


def declaration_story(data: DeclarationData, spec: PageSpec) -> list[Flowable]:
    st = styles(spec)
    title_mr, title_en = _cap("title")
    lieu_mr, lieu_en = _cap("in_lieu")
    rows = [Row(_cap("service"), bi(data.service))]
    if data.receipt_no:
        rows.append(Row(_cap("receipt"), rich(data.receipt_no, bold=True)))
    if data.groups:
        rows.append(Row(_cap("group"), "<br/>".join(bi(g) for g in data.groups)))
    for gr in data.grs:
        rows.append(Row(_cap("basis"), bi(gr)))
    place_mr, place_en = _cap("place", place=data.place or "—")
    date_mr, date_en = _cap("date", date=format_date(data.on))
    scan_mr, scan_en = _cap("scan_back")
    return [
        Paragraph(lines(rich(data.hub.mr or data.hub.en, bold=True), rich(f"{data.hub.en} — {data.hub_code}")),
                  st.center),
        gap(4),
        Paragraph(lines(rich(f"{title_mr} / {title_en}", bold=True), rich(f"({lieu_mr} / {lieu_en})")), st.title),
        gap(6),
        *rows_flowable(rows, spec),
        gap(10),
        Paragraph(_declaration(data, "mr", data.applicant.mr or data.applicant.en), st.body),
        gap(8),
        Paragraph(_declaration(data, "en", data.applicant.en or data.applicant.mr), st.body),
        gap(10),
        Paragraph(lines(rich(f"{place_mr}    {date_mr}"), rich(f"{place_en}    {date_en}")), st.body),
        gap(10),
        _signature_box(spec),
        gap(10),
        Paragraph(lines(rich(scan_mr), rich(scan_en)), st.small),
    ]


def render_self_declaration(data: DeclarationData) -> bytes:
    """The form as PDF bytes (A4: a declaration is signed on a sheet, not a till roll)."""
    title = f"Self-declaration {data.receipt_no}".strip()
    return render_one_page(lambda spec: declaration_story(data, spec), A4_SPEC, title=title)
