"""Thermal printing over ESC/POS: the 80 mm receipt as raster bands within the profile's width, then a cut.

Devanagari cannot go as ESC/POS text (printers have no shaping engine; ``text()`` prints ``????``), so
the PDF is rendered with pypdfium2 (:mod:`.raster`) and sent as ``GS v 0`` raster bands with the white
between them fed, not sent (:mod:`.bands`: ~10x fewer bytes, which is what a serial link is paid in).
Only a roll page is accepted: an A4 page cut to its middle 72 mm is not a receipt. The whole job is built
in memory first (python-escpos' ``Dummy`` printer with the same profile) and written in one go, so a
rendering problem never leaves half a receipt on the paper.
"""

from __future__ import annotations

from typing import Any

from kiosk.domain.errors import DeviceError
from kiosk.receipts.bands import band_commands, motion_units
from kiosk.receipts.layout import ROLL_PRINTABLE_MM, ROLL_WIDTH_MM
from kiosk.receipts.printers import EscposTarget, parse_escpos_uri
from kiosk.receipts.raster import render_band

DEFAULT_PROFILE = "TM-T20II"  # 576 dots = 72 mm at 203 dpi, full cut: what most 80 mm printers emulate
DEFAULT_DOTS = 576
HEAD_DPI = {576: 203, 512: 180}  # 72 mm at the head's own pitch: TM-T20II and most clones, TM-T88V
SERIAL_BITS_PER_BYTE = 10  # 8N1: start bit, 8 data bits, stop bit


def serial_seconds(job_bytes: int, baudrate: int = 19200) -> float:
    """How long ``job_bytes`` take over a serial link at ``baudrate`` (8N1), flow control never waiting."""
    return job_bytes * SERIAL_BITS_PER_BYTE / baudrate


def profile_dots(profile: str) -> int:
    """Printable width in dots from the python-escpos profile; 576 when the profile does not say."""
    from escpos import capabilities

    try:
        data = capabilities.get_profile(profile).profile_data
    except Exception as exc:  # python-escpos raises its own NotSupported / KeyError variants
        raise DeviceError(f"unknown ESC/POS printer profile {profile!r}", reason="bad_printer_uri") from exc
    pixels = data.get("media", {}).get("width", {}).get("pixels")
    if isinstance(pixels, int) and pixels > DEFAULT_DOTS:
        pixels = DEFAULT_DOTS  # the receipt's printable band is 72 mm; wider heads get it unscaled
    return int(pixels) if isinstance(pixels, int) and pixels > 0 else DEFAULT_DOTS


def build_job(pdf: bytes, profile: str | None = None) -> bytes:
    """ESC/POS bytes for ``pdf``: init, each page as raster within the profile width, feed and cut."""
    from escpos.printer import Dummy

    profile = profile or DEFAULT_PROFILE
    dots = profile_dots(profile)
    pages = render_band(pdf, band_mm=ROLL_PRINTABLE_MM, dots=dots, roll_mm=ROLL_WIDTH_MM)
    dummy = Dummy(profile=profile)
    dummy.hw("INIT")
    dummy._raw(motion_units(HEAD_DPI.get(dots, round(dots * 25.4 / ROLL_PRINTABLE_MM))))
    for image in pages:
        dummy._raw(band_commands(image))
    dummy.cut()
    return bytes(dummy.output)


def _open(target: EscposTarget) -> Any:
    from escpos import printer

    kwargs: dict[str, Any] = {"profile": target.profile or DEFAULT_PROFILE}
    if target.kind == "usb":
        vendor, product = (int(x, 16) for x in target.address.split(":"))
        return printer.Usb(vendor, product, **kwargs)
    if target.kind == "tcp":
        return printer.Network(target.address, port=target.port, timeout=10, **kwargs)
    if target.kind == "serial":
        return printer.Serial(target.address, baudrate=target.baudrate, **kwargs)
    return printer.File(target.address, **kwargs)


def print_escpos(pdf: bytes, uri: str) -> int:
    """Print ``pdf`` on the ESC/POS printer at ``uri``; returns the number of bytes sent."""
    target = parse_escpos_uri(uri)
    job = build_job(pdf, target.profile)
    device = None
    try:
        device = _open(target)
        device.open()
        device._raw(job)
    except DeviceError:
        raise
    except Exception as exc:  # escpos.exceptions.*, OSError, usb.core.USBError, serial.SerialException
        raise DeviceError(f"ESC/POS printer at {uri} is not reachable: {exc}".splitlines()[0],
                          reason="printer_unreachable", printer=uri) from exc
    finally:
        if device is not None:
            try:
                device.close()
            except Exception:  # noqa: S110 - closing a dead device must not hide the first error
                pass
    return len(job)
