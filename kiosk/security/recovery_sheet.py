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
from kiosk.receipts.captions import both, caption
from kiosk.receipts.layout import A4_SPEC, banner, centred, gap, render, styles
from kiosk.receipts.markup import lines, rich
from kiosk.receipts.qr import QrFlowable
from kiosk.security.recovery_key import encode_recovery_key, qr_payload

KEY_FONT = "Courier-Bold"
SHEET = "recovery_sheet"  # its captions in the message catalogue: recovery_sheet.*


def sheet(code: str) -> tuple[str, str]:
    return caption(code, SHEET)


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
        banner(*sheet("title"), spec),
        gap(4),
        Paragraph(lines(rich(f"{both('kendra', SHEET)}: {hub_code} — {hub_name}", size=body),
                        rich(f"{both('printed', SHEET)}: {when} IST — {printed_by}", size=body)), st.body),
        gap(6),
        Paragraph(lines(*(rich(text, size=body) for text in sheet("why"))), st.body),
        gap(10),
        Paragraph("<br/>".join(f'<font face="{KEY_FONT}" size="17">{line}</font>' for line in key_lines),
                  ParagraphStyle("key", parent=st.center, leading=27)),
        gap(4),
        Paragraph(rich(both("groups", SHEET, n=len(groups)), size=spec.body), st.center),
        gap(8),
        centred(QrFlowable(qr_payload(key), 52 * mm), spec),
        gap(10),
        Paragraph(lines(*(rich(text, size=body) for text in sheet("new_pc"))), st.body),
        gap(8),
        Paragraph(lines(
            *(rich(text, bold=True, size=body) for text in sheet("lock_away")),
            *(rich(text, size=body) for text in sheet("after_rotation")),
            rich(both("delete_pdf", SHEET), size=body)), st.body),
    ]
    return render(story, spec, title="Seva Kiosk recovery key")
