"""Making a scan or a camera frame look like a clean page: scale, straighten, crop, pick the colour mode.

Pillow only (no NumPy): skew is found by rotating a ~400 px thumbnail through small angles and keeping the
angle whose row profile is sharpest (text lines then fall into few rows); a counter scan is rarely more
than a few degrees off, so ±5° is searched. The work is done after downscaling to the target resolution,
which keeps an A4 page well inside the time budget.
"""

from __future__ import annotations

from PIL import Image, ImageOps

A4_LONG_INCHES = 11.69
MAX_SKEW_DEGREES = 5.0
_THUMB_LONG_SIDE = 400
_WHITE = 255


def flatten(image: Image.Image, *, colour: bool) -> Image.Image:
    """RGB (photos) or L (text) with any transparency composited onto white paper."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(paper, rgba)
    return image.convert("RGB" if colour else "L")


def declared_dpi(image: Image.Image) -> float | None:
    """The resolution the file states, if it is a plausible scanner setting."""
    dpi = image.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else None
    except (TypeError, ValueError, IndexError):
        return None
    # Cameras write 72 dpi (a placeholder); anything outside a scanner's range means "unknown".
    return value if value and 100 <= value <= 1200 else None


def source_dpi(image: Image.Image, override: float | None = None) -> float:
    """The given or declared dpi, else assume the long side spans an A4 page (a phone photo)."""
    return override or declared_dpi(image) or max(image.size) / A4_LONG_INCHES


def scale_to_dpi(image: Image.Image, from_dpi: float, to_dpi: float) -> Image.Image:
    """Downscale only: enlarging adds bytes, not detail."""
    factor = to_dpi / from_dpi
    if factor >= 0.98:
        return image
    width = max(1, round(image.width * factor))
    height = max(1, round(image.height * factor))
    # Text keeps Lanczos (sharpest strokes); colour pages use Hamming, half the time on three channels,
    # which keeps a colour A4 page inside its time budget. reducing_gap lets Pillow integer-reduce first.
    method = Image.Resampling.LANCZOS if image.mode == "L" else Image.Resampling.HAMMING
    return image.resize((width, height), method, reducing_gap=2.0)


def _ink_mask(gray: Image.Image) -> Image.Image:
    """White where there is ink: anything clearly darker than the paper."""
    histogram = gray.histogram()
    total = sum(histogram)
    # The paper level is the 80th percentile brightness: most of a document is paper.
    running, paper = 0, 255
    for level, count in enumerate(histogram):
        running += count
        if running >= 0.8 * total:
            paper = level
            break
    cut = max(40, min(200, paper - 60))
    return gray.point(lambda v: 255 if v < cut else 0)


def _thumbnail(gray: Image.Image) -> tuple[Image.Image, float]:
    scale = _THUMB_LONG_SIDE / max(gray.size)
    if scale >= 1:
        return gray, 1.0
    size = (max(1, round(gray.width * scale)), max(1, round(gray.height * scale)))
    return gray.resize(size, Image.Resampling.BOX), scale


def _sharpness(mask: Image.Image, angle: float) -> float:
    rotated = mask.rotate(angle, resample=Image.Resampling.NEAREST, expand=False, fillcolor=0)
    rows = rotated.resize((1, rotated.height), Image.Resampling.BOX).tobytes()
    return float(sum((a - b) ** 2 for a, b in zip(rows, rows[1:], strict=False)))


def estimate_skew(gray: Image.Image) -> float:
    """The angle (degrees, counter-clockwise) that makes text lines horizontal; 0.0 when unsure."""
    thumb, _ = _thumbnail(gray)
    mask = _ink_mask(thumb)
    ink = mask.histogram()[255] / (mask.width * mask.height)
    if not 0.005 < ink < 0.5:
        return 0.0  # blank page or a photo: nothing line-like to align
    best, best_score = 0.0, _sharpness(mask, 0.0)
    steps = [float(x) for x in range(-int(MAX_SKEW_DEGREES), int(MAX_SKEW_DEGREES) + 1)]
    for angle in steps:
        score = _sharpness(mask, angle)
        if score > best_score * 1.02:
            best, best_score = angle, score
    coarse = best
    for quarter in (-3, -2, -1, 1, 2, 3):
        angle = coarse + quarter / 4
        score = _sharpness(mask, angle)
        if score > best_score:
            best, best_score = angle, score
    return best


def straighten(image: Image.Image, angle: float) -> Image.Image:
    if abs(angle) < 0.25:
        return image
    fill: int | tuple[int, int, int] = _WHITE if image.mode == "L" else (_WHITE, _WHITE, _WHITE)
    return image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=fill)


def crop_margins(image: Image.Image, pad_fraction: float = 0.02) -> Image.Image:
    """Cut empty scanner bed around the content, keeping a small white border."""
    gray = image if image.mode == "L" else image.convert("L")
    thumb, scale = _thumbnail(gray)
    box = _ink_mask(thumb).getbbox()
    if box is None:
        return image
    left, top, right, bottom = (round(v / scale) for v in box)
    if (right - left) * (bottom - top) < 0.05 * image.width * image.height:
        return image  # a speck on a blank page is not content
    pad = round(pad_fraction * max(image.size))
    crop = (max(0, left - pad), max(0, top - pad), min(image.width, right + pad), min(image.height, bottom + pad))
    return image.crop(crop)


def prepare_page(
    image: Image.Image, *, colour: bool, dpi: float | None, target_dpi: float, deskew: bool
) -> Image.Image:
    """EXIF-oriented input → flattened, downscaled, straightened, cropped page at ``target_dpi``."""
    page = flatten(ImageOps.exif_transpose(image), colour=colour)
    page = scale_to_dpi(page, source_dpi(image, dpi), target_dpi)
    if deskew:
        gray = page if page.mode == "L" else page.convert("L")
        page = straighten(page, estimate_skew(gray))
    return crop_margins(page)


PHOTO_MIDTONES = 0.3  # share of mid-grey pixels past which a page is a picture, not ink on paper


def to_bitonal(gray: Image.Image) -> Image.Image:
    """Black and white: text by Otsu's threshold (crisp where JPEG would smear it); a photograph by error
    diffusion, since one threshold turns its shadows into a black blob and its light parts into nothing."""
    histogram = gray.histogram()
    total = sum(histogram)
    if sum(histogram[48:208]) > PHOTO_MIDTONES * total:
        return gray.convert("1", dither=Image.Dither.FLOYDSTEINBERG)
    sum_all = sum(i * h for i, h in enumerate(histogram))
    weight_bg = sum_bg = 0.0
    best_t, best_var = 128, -1.0
    for t in range(256):
        weight_bg += histogram[t]
        if weight_bg == 0 or weight_bg == total:
            continue
        sum_bg += t * histogram[t]
        mean_bg = sum_bg / weight_bg
        mean_fg = (sum_all - sum_bg) / (total - weight_bg)
        between = weight_bg * (total - weight_bg) * (mean_bg - mean_fg) ** 2
        if between > best_var:
            best_t, best_var = t, between
    return gray.point(lambda v: 255 if v > best_t else 0).convert("1", dither=Image.Dither.NONE)
