"""Receipt test helpers: realistic receipt data, PDF → PNG with pdftoppm, QR decoding with pyzbar."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image
from pyzbar.pyzbar import ZBarSymbol, decode

from kiosk.receipts.model import BiText, FeeItem, Hub, ReceiptData

HUB = Hub(BiText("Digital Seva Hub, Shirur", "डिजिटल सेवा केंद्र, शिरूर"), "MH-PUN-SHR-0014",
          BiText("Near Tahsil Office, Shirur, Pune", "तहसील कार्यालयाजवळ, शिरूर, पुणे"))
UUID = "3f1c2a9e-8b7d-4c1e-9a2b-5d6e7f8a9b0c"


def make_receipt(**overrides: object) -> ReceiptData:
    values: dict[str, object] = dict(
        hub=HUB,
        receipt_no="MH-PUN-SHR-0014-20251127-0042",
        taken_at=datetime(2025, 11, 27, 8, 35, tzinfo=UTC),
        service=BiText("Income Certificate", "उत्पन्नाचा दाखला"),
        service_code="income",
        applicant=BiText("Sakshi Rajendra Kshirsagar", "साक्षी राजेंद्र क्षीरसागर"),
        application_uuid=UUID,
        operator="Prajakta Deshmukh (op-07)",
        fees=(FeeItem(BiText("Service charge", "सेवा शुल्क"), 5000),
              FeeItem(BiText("GST 18%", "जीएसटी 18%"), 900),
              FeeItem(BiText("Stamp / form", "मुद्रांक / अर्ज"), 1001)),
        documents_received=(BiText("Aadhaar card", "आधार कार्ड"), BiText("Ration card", "शिधापत्रिका"),
                            BiText("Self-declaration", "स्वयंघोषणापत्र")),
        documents_missing=(BiText("Talathi income report", "तलाठी उत्पन्न अहवाल"),),
        aadhaar_last4="1234",
        rts_days=15,
        designated_officer=BiText("Naib Tahsildar, Shirur", "नायब तहसीलदार, शिरूर"),
        first_appellate=BiText("Tahsildar, Shirur", "तहसीलदार, शिरूर"),
        delivery=BiText("Collect at this centre; SMS when ready", "या केंद्रावरून घ्यावे; तयार झाल्यावर एसएमएस"),
    )
    values.update(overrides)
    return ReceiptData(**values)  # type: ignore[arg-type]


def pdf_to_pngs(pdf: bytes, out_dir: Path, dpi: int = 150, stem: str = "page") -> list[Path]:
    """Render with poppler's pdftoppm (a different renderer from the one the ESC/POS path uses)."""
    assert shutil.which("pdftoppm"), "poppler-utils (pdftoppm) is required"
    src = out_dir / f"{stem}.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(src), str(out_dir / stem)], check=True, timeout=60)
    return sorted(out_dir.glob(f"{stem}-*.png"))


def decode_qr(image: Image.Image | Path) -> list[str]:
    img = Image.open(image) if isinstance(image, Path) else image
    return [r.data.decode("utf-8") for r in decode(img.convert("L"), symbols=[ZBarSymbol.QRCODE])]


def pdf_text(pdf: bytes, tmp: Path) -> str:
    """Latin text extracts cleanly (shaped Devanagari does not, see STACK-NOTES); NFKC undoes the fi/fl
    ligatures HarfBuzz forms in Noto Sans."""
    src = tmp / "text.pdf"
    src.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(src), "-"], check=True, capture_output=True,
                          timeout=60).stdout.decode("utf-8", "replace")
    return unicodedata.normalize("NFKC", out)


def paper_from_job(job: bytes, dots: int) -> Image.Image:
    """Replay an ESC/POS job as a thermal printer would lay it on paper: raster bands at the left margin,
    ``ESC J n`` feeds as white rows; init, motion units, line feeds and the cut are accepted and left out.
    Anything else is an error — the job must hold nothing a printer would print as text."""
    rows: list[bytes] = []
    width = (dots + 7) // 8
    i = 0
    while i < len(job):
        if job.startswith(b"\x1b@", i):
            i += 2
        elif job.startswith(b"\x1dP", i):
            i += 4
        elif job.startswith(b"\x1bJ", i):
            rows.extend([bytes(width)] * job[i + 2])
            i += 3
        elif job.startswith(b"\x1dv0", i):
            x = job[i + 4] | job[i + 5] << 8
            y = job[i + 6] | job[i + 7] << 8
            assert 0 < x <= width, f"a band {x} bytes wide does not fit a {dots}-dot head"
            data = job[i + 8:i + 8 + x * y]
            rows.extend(data[r * x:(r + 1) * x].ljust(width, b"\0") for r in range(y))
            i += 8 + x * y
        elif job.startswith(b"\x1bd", i):
            i += 3
        elif job.startswith(b"\x1dV", i):
            i += 3 if job[i + 2] in (0, 1, 48, 49) else 4
        else:
            raise AssertionError(f"unexpected ESC/POS bytes at {i}: {job[i:i + 8]!r}")
    inverted = bytes(255 - b for b in b"".join(rows))  # ESC/POS: 1 = black dot; Pillow "1": 1 = white
    return Image.frombytes("1", (width * 8, len(rows)), inverted).crop((0, 0, dots, len(rows))).convert("L")


def banner_rows(image: Image.Image, share: float = 0.8) -> int:
    """The tallest run of almost all-black rows: the inverted DUPLICATE banner is 10+ rows tall; a ruled
    line between facts is one or two."""
    grey = image.convert("L")
    tallest = run = 0
    for y in range(grey.height):
        row = grey.crop((0, y, grey.width, y + 1)).histogram()
        run = run + 1 if sum(row[:128]) >= share * grey.width else 0
        tallest = max(tallest, run)
    return tallest
