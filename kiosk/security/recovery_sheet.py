"""The printable recovery-key sheet (A4, Marathi and English, Devanagari shaped by the receipts' fonts).

Laid out with the receipts' layout helpers so the fonts, shaping and QR drawing are the ones already
proven on receipts. The key is printed large, in a monospace-like grid of groups, and as a QR code.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from kiosk.domain.clock import IST
from kiosk.receipts.layout import A4_SPEC, banner, centred, gap, render, styles
from kiosk.receipts.markup import lines, rich
from kiosk.receipts.qr import QrFlowable
from kiosk.security.recovery_key import encode_recovery_key, qr_payload

KEY_FONT = "Courier-Bold"


def render_recovery_sheet(key: bytes, *, hub_code: str, hub_name: str, printed_by: str, now: datetime) -> bytes:
    """The sheet as PDF bytes. The caller writes it only where the supervisor asked, to print it."""
    spec = A4_SPEC
    st = styles(spec)
    code = encode_recovery_key(key)
    groups = code.split("-")
    key_lines = ["&nbsp;&nbsp;".join(groups[i:i + 7]) for i in range(0, len(groups), 7)]
    when = now.astimezone(IST).strftime("%d-%m-%Y %H:%M")
    body = spec.body * 1.15
    story: list[Flowable] = [
        banner("रिकव्हरी की — गोपनीय", "Recovery key — CONFIDENTIAL", spec),
        gap(4),
        Paragraph(lines(rich(f"सेवा केंद्र / Seva Kendra: {hub_code} — {hub_name}", size=body),
                        rich(f"छापले / Printed: {when} IST — {printed_by}", size=body)), st.body),
        gap(6),
        Paragraph(lines(
            rich("हा संगणक बिघडला किंवा त्याची कीरिंग हरवली तर, न पाठवलेले अर्ज व कागदपत्रे या कीनेच परत मिळतात.",
                 size=body),
            rich("If this PC dies or its keyring is lost, unsent applications and documents come back only with "
                 "this key.", size=body)), st.body),
        gap(10),
        Paragraph("<br/>".join(f'<font face="{KEY_FONT}" size="17">{line}</font>' for line in key_lines),
                  ParagraphStyle("key", parent=st.center, leading=27)),
        gap(4),
        Paragraph(rich(f"{len(groups)} गट × 4 अक्षरे (A–Z, 2–7) / {len(groups)} groups of 4 (A–Z, 2–7)",
                       size=spec.body), st.center),
        gap(8),
        centred(QrFlowable(qr_payload(key), 52 * mm), spec),
        gap(10),
        Paragraph(lines(
            rich("नवीन संगणकावर: seva-kiosk recover --key \"की\" --from जुन्या-डेटाचे-फोल्डर", size=body),
            rich("On a new PC: seva-kiosk recover --key \"KEY\" --from OLD-DATA-FOLDER", size=body)), st.body),
        gap(8),
        Paragraph(lines(
            rich("हे पान कुलूपबंद ठेवा. ज्याच्याकडे हे पान आहे तो केंद्राची सर्व माहिती वाचू शकतो.", bold=True, size=body),
            rich("Keep this sheet locked away. Whoever holds it can read all of this Kendra's data.", bold=True,
                 size=body),
            rich("की बदलल्यावर (seva-kiosk keys rotate --data-key) नवीन पान छापा व जुने नष्ट करा.", size=body),
            rich("After a data-key rotation (seva-kiosk keys rotate --data-key) print a new sheet and destroy "
                 "this one.", size=body),
            rich("PDF फाइल छापल्यानंतर हटवा. / Delete the PDF file once printed.", size=body)), st.body),
    ]
    return render(story, spec, title="Seva Kiosk recovery key")
