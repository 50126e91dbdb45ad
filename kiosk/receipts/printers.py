"""Getting a PDF onto paper: save as PDF (always), a CUPS queue through ``lp``, or an ESC/POS printer.

Every failure is a :class:`~kiosk.domain.errors.DeviceError` whose ``reason`` says which (``no_print_system``,
``printer_missing``, ``printer_offline``, ``print_failed``, ``bad_printer_uri``, ``printer_unreachable``);
nothing here touches the application, so the receipt stays available to reprint.

Windows: there is no ``lp``; the GUI prints through Qt's print dialog (the system spooler) and the CLI
offers ``--out FILE.pdf`` — a saved PDF prints from any viewer. ESC/POS works the same on Windows
(``usb://``, ``tcp://``, ``serial://COM3``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kiosk.domain.errors import DeviceError, StorageError
from kiosk.durable import write_durably
from kiosk.sealed import SealedFolder

_QUEUE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.@-]{0,126}")
_JOB = re.compile(r"request id is (\S+)")


@dataclass(frozen=True)
class PrintJob:
    printer: str
    job_id: str


def save_pdf(pdf: bytes, path: str | os.PathLike[str]) -> Path:
    """Write ``pdf`` where the operator asked (``--out``, "Save as", a day-close export): a plain PDF, written
    durably (temp → fsync → rename → fsync folder), so a crash never leaves half of one. A receipt the kiosk
    KEEPS goes through :func:`keep_pdf` instead — it holds personal data and is sealed."""
    target = Path(path)
    try:
        write_durably(target, pdf)
    except OSError as exc:
        raise StorageError(f"cannot save the PDF to {target}: {exc.strerror or exc}", path=str(target)) from exc
    return target


def keep_pdf(pdf: bytes, folder: SealedFolder, name: str) -> Path:
    """Keep ``pdf`` as ``name`` in the kiosk's (sealed) receipts folder; FolderNotSealed when no data key is
    unlocked — a kept receipt is never written in clear."""
    try:
        return folder.write(name, pdf)
    except OSError as exc:
        target = folder.file(name)
        raise StorageError(f"cannot save the PDF to {target}: {exc.strerror or exc}", path=str(target)) from exc


def page_media(pdf: bytes) -> str:
    """The CUPS ``media`` value for the PDF's first page: ``A4`` or ``Custom.80x231mm`` for a roll."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        width, height = doc[0].get_size()
    finally:
        doc.close()
    w_mm, h_mm = round(width * 25.4 / 72), round(height * 25.4 / 72)
    if (w_mm, h_mm) == (210, 297):
        return "A4"
    return f"Custom.{w_mm}x{h_mm}mm"


def _run(argv: list[str], *, data: bytes | None = None, timeout: float) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(argv, input=data, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise DeviceError(f"{argv[0]} did not answer in {timeout:.0f} s", reason="printer_offline") from exc
    except OSError as exc:
        raise DeviceError(f"cannot run {argv[0]}: {exc}", reason="no_print_system") from exc


def _tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        raise DeviceError(f"'{name}' not found: no CUPS client on this PC", reason="no_print_system")
    return path


def check_queue(queue: str, *, timeout: float = 10.0) -> None:
    """Raise ``DeviceError`` if the CUPS queue does not exist or is disabled (offline, out of paper)."""
    if not _QUEUE.fullmatch(queue):
        raise DeviceError(f"not a printer queue name: {queue!r}", reason="printer_missing", printer=queue)
    result = _run([_tool("lpstat"), "-p", queue], timeout=timeout)
    text = (result.stdout + result.stderr).decode("utf-8", "replace")
    if result.returncode != 0 or "disabled" not in text and "enabled" not in text and "idle" not in text:
        raise DeviceError(f"printer '{queue}' does not exist: {text.strip()[:200]}", reason="printer_missing",
                          printer=queue)
    if "disabled" in text:
        raise DeviceError(f"printer '{queue}' is offline: {text.strip()[:200]}", reason="printer_offline",
                          printer=queue)


def default_queue(*, timeout: float = 10.0) -> str:
    result = _run([_tool("lpstat"), "-d"], timeout=timeout)
    match = re.search(r"destination:\s*(\S+)", result.stdout.decode("utf-8", "replace"))
    if result.returncode != 0 or not match:
        raise DeviceError("no default printer is set up", reason="printer_missing", printer="")
    return match.group(1)


def print_cups(pdf: bytes, queue: str | None = None, *, media: str | None = None, title: str = "Receipt",
               copies: int = 1, timeout: float = 20.0, options: tuple[str, ...] = ()) -> PrintJob:
    """Send ``pdf`` to a CUPS queue with ``lp`` (stdin, no temp file); ``media`` defaults to the page size.

    The queue is checked first so an offline printer is reported instead of a job silently waiting.
    """
    lp = _tool("lp")
    name = queue or default_queue(timeout=timeout)
    check_queue(name, timeout=timeout)
    if not 1 <= copies <= 20:
        raise DeviceError(f"copies must be 1–20, got {copies}", reason="print_failed", printer=name)
    safe_title = re.sub(r"[^\w .#/-]", "", title)[:60] or "Receipt"
    argv = [lp, "-d", name, "-t", safe_title, "-n", str(copies), "-o", f"media={media or page_media(pdf)}"]
    for option in options:
        if not re.fullmatch(r"[a-z][a-z0-9-]*(=[A-Za-z0-9._-]+)?", option):
            raise DeviceError(f"bad print option {option!r}", reason="print_failed", printer=name)
        argv += ["-o", option]
    argv += ["--", "-"]
    result = _run(argv, data=pdf, timeout=timeout)
    out = (result.stdout + result.stderr).decode("utf-8", "replace").strip()
    match = _JOB.search(out)
    if result.returncode != 0 or not match:
        raise DeviceError(f"printing on '{name}' failed: {out[:200]}", reason="print_failed", printer=name)
    return PrintJob(printer=name, job_id=match.group(1))


@dataclass(frozen=True)
class EscposTarget:
    """A parsed ``--escpos`` URI: ``usb://04b8:0e15``, ``tcp://10.0.0.5:9100``, ``serial:///dev/ttyUSB0``,
    ``serial://COM3``, ``file:///dev/usb/lp0``; ``?profile=TM-T88V`` picks the python-escpos profile."""

    kind: str
    address: str
    port: int = 9100
    baudrate: int = 19200
    profile: str | None = None


def parse_escpos_uri(uri: str) -> EscposTarget:
    parts = urlsplit(uri)
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    profile = query.get("profile")
    try:
        if parts.scheme == "usb":
            vendor, product = parts.netloc.split(":")
            int(vendor, 16), int(product, 16)
            return EscposTarget("usb", f"{vendor}:{product}", profile=profile)
        if parts.scheme in ("tcp", "net"):
            if not parts.hostname:
                raise ValueError("no host")
            return EscposTarget("tcp", parts.hostname, port=parts.port or 9100, profile=profile)
        if parts.scheme == "serial":
            device = parts.netloc + parts.path
            if not device:
                raise ValueError("no device")
            return EscposTarget("serial", device, baudrate=int(query.get("baudrate", "19200")), profile=profile)
        if parts.scheme == "file" and parts.path:
            return EscposTarget("file", parts.path, profile=profile)
    except ValueError as exc:
        raise DeviceError(f"bad ESC/POS printer address {uri!r}: {exc}", reason="bad_printer_uri") from exc
    raise DeviceError(f"bad ESC/POS printer address {uri!r}: use usb://, tcp://, serial:// or file://",
                      reason="bad_printer_uri")
