"""A 1-bit slip image as compact ESC/POS: raster bands of ink, paper feeds for the white in between.

Why: the slip went as one full-width ``GS v 0`` picture — ~205 KB, about 107 s over a 19,200-baud serial
link, for a page that is mostly white. Here each run of rows with ink becomes its own ``GS v 0`` band,
cut on the right after the last byte with ink in that band (the printer starts every band at the left
margin, so nothing moves), and each run of white rows becomes ``ESC J n`` — "feed n dots" — three bytes
instead of 72 per row. ``GS P`` first sets the motion unit to the head's own dot pitch, so ``n`` is dots
on every printer (the default unit differs between models).

The paper that comes out is the same picture, dot for dot: :func:`paper_image` in the tests replays a job
and compares it with the image it came from.
"""

from __future__ import annotations

from PIL import Image

GS_V0 = b"\x1dv0\x00"
ESC_J = b"\x1bJ"
GS_P = b"\x1dP"
MIN_GAP_ROWS = 4  # shorter white runs stay inside the band: many tiny bands would make the head stutter
MAX_BAND_ROWS = 256  # a band the smallest printer buffers hold whole (TM-T20II: 4 KB of 72-byte rows is 56)
MAX_FEED = 255
_INVERT = bytes(255 - b for b in range(256))


def _ink_rows(image: Image.Image) -> tuple[list[bytes], int]:
    """Rows as ESC/POS bits (1 = a black dot, most significant bit first) and the row width in bytes."""
    bitmap = image if image.mode == "1" else image.convert("L").point(lambda v: 255 if v >= 128 else 0, mode="1")
    width_bytes = (bitmap.width + 7) // 8
    packed = bitmap.tobytes().translate(_INVERT)  # Pillow packs white as 1; ESC/POS wants black as 1
    spare = width_bytes * 8 - bitmap.width
    mask = (0xFF << spare) & 0xFF  # the padding bits after the last pixel are never dots
    rows = []
    for y in range(bitmap.height):
        row = packed[y * width_bytes:(y + 1) * width_bytes]
        if spare:
            row = row[:-1] + bytes([row[-1] & mask])
        rows.append(row)
    return rows, width_bytes


def _band(rows: list[bytes]) -> bytes:
    used = max(len(r.rstrip(b"\x00")) for r in rows)
    height = len(rows)
    header = GS_V0 + bytes([used & 0xFF, used >> 8, height & 0xFF, height >> 8])
    return header + b"".join(r[:used] for r in rows)


def _feed(rows: int) -> bytes:
    out = b""
    while rows > 0:
        step = min(rows, MAX_FEED)
        out += ESC_J + bytes([step])
        rows -= step
    return out


def motion_units(dpi: int) -> bytes:
    """``GS P x y``: one motion unit = one dot of a ``dpi`` head, both ways."""
    return GS_P + bytes([dpi & 0xFF, dpi & 0xFF])


def band_commands(image: Image.Image) -> bytes:
    """ESC/POS bytes that print ``image`` (any mode; 1-bit expected) as ink bands and white feeds."""
    rows, _ = _ink_rows(image)
    blank = [not any(r) for r in rows]
    out: list[bytes] = []
    y = 0
    height = len(rows)
    while y < height:
        if blank[y]:
            end = y
            while end < height and blank[end]:
                end += 1
            if end - y >= MIN_GAP_ROWS or end == height:
                out.append(_feed(end - y))
                y = end
                continue
        # an ink band: up to the next white run long enough to skip, at most MAX_BAND_ROWS
        end = y
        while end < height and end - y < MAX_BAND_ROWS:
            if blank[end]:
                gap = end
                while gap < height and blank[gap]:
                    gap += 1
                if gap - end >= MIN_GAP_ROWS or gap == height:
                    break
                end = min(gap, y + MAX_BAND_ROWS)
                continue
            end += 1
        out.append(_band(rows[y:end]))
        y = end
    return b"".join(out)
