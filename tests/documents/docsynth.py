"""Synthetic but realistic inputs, generated at test time so the repository stays small.

- ``a4_page``: a 300-dpi A4 "scan" with lines of text, a ruled box and optionally a QR code, then
  skewed, blurred, noised like a counter scanner's output.
- ``card_qr``: the card-size dense QR corpus of the issue — ~3,100 digits (version ~26, EC level L),
  3 px a module (an Aadhaar card's ~3 cm QR at 300 dpi), ±5° rotation, Gaussian blur σ 0.5–1.0, JPEG
  quality 60–80. Symbols come from zxing-cpp's encoder (fast) or from ``qrcode`` (independent).
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import qrcode
import qrcode.util
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = Path(__file__).resolve().parents[2] / "assets" / "fonts"
A4_INCHES = (8.27, 11.69)
_WORDS = (
    "certificate income domicile taluka district applicant village revenue officer tahsildar "
    "residence proof annual ration card self declaration address permanent father mother name"
).split()


def qr_image(data: str | bytes, *, box: int, border: int = 4, numeric: bool = False, ec: int | None = None) -> Image.Image:
    """A QR code as an L image with ``box`` pixels a module."""
    code = qrcode.QRCode(error_correction=ec if ec is not None else qrcode.constants.ERROR_CORRECT_M,
                         box_size=box, border=border)
    if numeric:
        code.add_data(qrcode.util.QRData(data, mode=qrcode.util.MODE_NUMBER))
    else:
        code.add_data(data)
    code.make(fit=True)
    return code.make_image().get_image().convert("L")


def jpeg(image: Image.Image, quality: int, dpi: int | None = None) -> bytes:
    out = io.BytesIO()
    extra = {"dpi": (dpi, dpi)} if dpi else {}
    image.save(out, "JPEG", quality=quality, **extra)
    return out.getvalue()


def degrade(image: Image.Image, rng: random.Random, *, angle: float, blur: float, noise: float) -> Image.Image:
    """Rotate onto paper, blur like optics, add sensor noise."""
    fill = 245 if image.mode == "L" else (245, 245, 240)
    out = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=fill)
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        grain = Image.effect_noise(out.size, noise)
        if out.mode == "RGB":
            grain = Image.merge("RGB", (grain, grain, grain))
        out = Image.blend(out, grain, 0.08)
    return out


def a4_page(
    seed: int = 0,
    *,
    dpi: int = 300,
    colour: bool = False,
    skew: float = 0.0,
    qr: str | None = None,
    qr_box: int = 3,
    qr_numeric: bool = False,
    blur: float = 0.6,
    noise: float = 12.0,
) -> Image.Image:
    """A document page as a scanner at ``dpi`` would deliver it."""
    rng = random.Random(seed)
    width, height = round(A4_INCHES[0] * dpi), round(A4_INCHES[1] * dpi)
    paper: int | tuple[int, int, int] = (250, 248, 240) if colour else 250
    page = Image.new("RGB" if colour else "L", (width, height), paper)
    draw = ImageDraw.Draw(page)
    ink: int | tuple[int, int, int] = (20, 30, 90) if colour else 25
    heading = ImageFont.truetype(str(FONTS / "NotoSans-Bold.ttf"), round(dpi * 0.22))
    body = ImageFont.truetype(str(FONTS / "NotoSans-Regular.ttf"), round(dpi * 0.15))
    margin = round(dpi * 0.9)
    draw.text((margin, margin), "GOVERNMENT OF MAHARASHTRA - INCOME CERTIFICATE", font=heading, fill=ink)
    y = margin + round(dpi * 0.6)
    line_gap = round(dpi * 0.25)
    text_bottom = height - margin - (round(dpi * 2.2) if qr else 0)
    while y < text_bottom:
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(6, 11)))
        draw.text((margin, y), words.capitalize() + ".", font=body, fill=ink)
        y += line_gap
    draw.rectangle((margin - 20, margin - 20, width - margin + 20, height - margin + 20), outline=ink, width=3)
    if colour:
        draw.ellipse((width - margin - 300, margin + 100, width - margin - 50, margin + 350), fill=(200, 40, 40))
    if qr is not None:
        code = qr_image(qr, box=qr_box, numeric=qr_numeric)
        position = (width - margin - code.width, height - margin - code.height)
        page.paste(code if not colour else code.convert("RGB"), position)
    return degrade(page, rng, angle=skew, blur=blur, noise=noise)


def zxing_qr_image(data: str, *, box: int, ec: str = "L") -> Image.Image:
    """The same symbol from zxing-cpp's C++ encoder: ~40x faster than ``qrcode`` for version-26 codes."""
    matrix = zxingcpp.create_barcode(data, zxingcpp.BarcodeFormat.QRCode, ec_level=ec).to_image(
        scale=1, add_quiet_zones=False)
    view = memoryview(matrix)
    image = Image.frombytes("L", (view.shape[1], view.shape[0]), view.tobytes())
    return image.resize((image.width * box, image.height * box), Image.Resampling.NEAREST)


def card_qr(
    seed: int,
    encoder: str = "zxing",
    *,
    blur: tuple[float, float] = (0.5, 1.0),
    quality: tuple[int, int] = (60, 80),
) -> tuple[str, bytes]:
    """One corpus sample: (the digits encoded, a JPEG of a card-size QR as a 300-dpi scan sees it)."""
    rng = random.Random(seed)
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(3050, 3200)))
    if encoder == "zxing":
        code = zxing_qr_image(digits, box=3)
    else:
        code = qr_image(digits, box=3, border=0, numeric=True, ec=qrcode.constants.ERROR_CORRECT_L)
    card = Image.new("L", (code.width + 160, code.height + 160), 238)
    card.paste(code, (80, 80))
    card = degrade(card, rng, angle=rng.uniform(-5, 5), blur=rng.uniform(*blur), noise=0)
    return digits, jpeg(card, rng.randint(*quality), dpi=300)


PASSWORD = "SUNI1984"  # UIDAI's rule for e-Aadhaar: first four letters of the name in capitals, year of birth


def encrypted_pdf(password: str) -> bytes:
    """A one-page PDF locked with ``password``, as UIDAI's e-Aadhaar is (reportlab's standard encryption)."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(595, 842), encrypt=StandardEncryption(password, canPrint=1))
    pdf.setFont("Helvetica", 28)
    pdf.drawString(72, 700, "e-Aadhaar  Sunita Ramesh Patil")
    pdf.rect(72, 400, 200, 200, fill=1)
    pdf.save()
    return out.getvalue()
