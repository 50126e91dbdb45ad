"""Certificate PDFs the simulated portal issues for approved applications.

Plainly marked as simulated. Names print in English and, when the Noto Devanagari font is available
(assets/fonts), in Marathi shaped by HarfBuzz through reportlab's ``shaping=1`` paragraphs; without the
font the Marathi line is left out rather than printed as broken conjuncts.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

_registered: dict[str, bool] = {}


def _register(fonts_dir: Path | None) -> tuple[str, str | None]:
    """Latin font name and Devanagari font name (or None) to use."""
    if fonts_dir is None:
        return "Helvetica", None
    key = str(fonts_dir)
    if key not in _registered:
        try:
            pdfmetrics.registerFont(TTFont("SimNotoSans", str(fonts_dir / "NotoSans-Regular.ttf")))
            pdfmetrics.registerFont(TTFont("SimNotoDeva", str(fonts_dir / "NotoSansDevanagari-Regular.ttf")))
            _registered[key] = True
        except Exception:  # noqa: BLE001 - a missing or broken font file only costs the Marathi line
            _registered[key] = False
    return ("SimNotoSans", "SimNotoDeva") if _registered[key] else ("Helvetica", None)


def render_certificate(*, application_id: str, service_code: str, name_en: str, name_mr: str | None,
                       receipt_number: str | None, issued_on: str, fonts_dir: Path | None) -> bytes:
    latin, deva = _register(fonts_dir)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            title=f"Certificate {application_id}", author="Seva Kiosk portal simulator")
    title = ParagraphStyle("t", fontName=latin, fontSize=18, leading=24, alignment=1)
    body = ParagraphStyle("b", fontName=latin, fontSize=12, leading=17)
    warn = ParagraphStyle("w", fontName=latin, fontSize=10, leading=14, textColor="#a00000", alignment=1)
    story = [Paragraph("Government of Maharashtra — Certificate", title)]
    if deva:
        story.append(Paragraph("महाराष्ट्र शासन — प्रमाणपत्र",
                               ParagraphStyle("tm", parent=title, fontName=deva, shaping=1)))
    story += [Spacer(1, 8 * mm), Paragraph(f"Service: {escape(service_code)}", body)]
    rows = [["Application", application_id], ["Receipt", receipt_number or "-"], ["Issued on", issued_on],
            ["Name", name_en]]
    table = Table(rows, colWidths=[40 * mm, 120 * mm])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), latin, 12), ("GRID", (0, 0), (-1, -1), 0.5, "#777777"),
                               ("BACKGROUND", (0, 0), (0, -1), "#eeeeee")]))
    story += [Spacer(1, 4 * mm), table]
    if deva and name_mr:
        story += [Spacer(1, 4 * mm),
                  Paragraph(f"नाव: {escape(name_mr)}", ParagraphStyle("nm", parent=body, fontName=deva, shaping=1))]
    story += [Spacer(1, 20 * mm),
              Paragraph("SIMULATED — issued by the Seva Kiosk training portal, not a legal document.", warn)]
    doc.build(story)
    return out.getvalue()
