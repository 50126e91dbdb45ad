"""Flatbed and feeder scanners through SANE's ``scanimage`` (Linux).

Why the command line and not python-sane: python-sane needs a C build against ``libsane-dev``, while
``scanimage`` ships in ``sane-utils`` with the same backends; a subprocess also keeps a crashing driver
out of the kiosk's process and gives us a hard timeout. SANE's ``test`` backend is a real virtual
scanner, which is what the tests drive.

Windows (not testable here): scanners there speak WIA. The path is ``pywin32``'s
``win32com.client.Dispatch("WIA.CommonDialog").ShowAcquireImage()`` (or ``WIA.DeviceManager`` for a
dialog-free scan) saving a PNG, which then enters :func:`kiosk.documents.intake.document_from_images`
exactly like a scan-folder file; many counter scanners' own Windows software saves into the watched
scan folder anyway, which needs nothing extra.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from kiosk.documents.loading import load_file
from kiosk.domain.errors import DeviceError

SCAN_TIMEOUT_SECONDS = 120


@dataclass(frozen=True)
class ScannerInfo:
    device: str
    description: str


def _scanimage() -> str:
    exe = shutil.which("scanimage")
    if exe is None:
        raise DeviceError("scanimage is not installed (Debian/Ubuntu package: sane-utils)", device="scanimage")
    return exe


def list_scanners(timeout: float = 30) -> list[ScannerInfo]:
    """Scanners SANE can see (the ``test`` backend is only listed when enabled in dll.conf)."""
    try:
        result = subprocess.run(
            [_scanimage(), "--formatted-device-list=%d\t%v %m%n"],
            capture_output=True, text=True, timeout=timeout, check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise DeviceError("listing scanners timed out", device="scanimage") from exc
    found = []
    for line in result.stdout.splitlines():
        device, _, description = line.partition("\t")
        if device:
            found.append(ScannerInfo(device, description.strip()))
    return found


def scan_pages(
    device: str,
    *,
    resolution: int = 300,
    colour: bool = False,
    feeder: bool = False,
    max_pages: int = 20,
    extra_options: tuple[str, ...] = (),
    timeout: float = SCAN_TIMEOUT_SECONDS,
) -> list[Image.Image]:
    """Scan one page (flatbed) or every page in the feeder, as decoded images with their dpi.

    Each page goes through the same hostile-file checks as an imported file: a driver is just another
    producer of bytes.
    """
    mode = "Color" if colour else "Gray"
    with tempfile.TemporaryDirectory(prefix="kiosk-scan-") as tmp:
        pattern = str(Path(tmp) / "page-%03d.png")
        command = [_scanimage(), "-d", device, "--format=png", f"--resolution={resolution}", f"--mode={mode}"]
        if feeder:
            command += ["--source=Automatic Document Feeder", f"--batch={pattern}", f"--batch-count={max_pages}"]
        else:
            command += ["-o", str(Path(tmp) / "page-001.png")]
        command += list(extra_options)
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise DeviceError(f"scanner {device} did not finish within {timeout:.0f} s", device=device) from exc
        files = sorted(Path(tmp).glob("page-*.png"))
        # A feeder that runs out of paper ends with a non-zero status after the last page: keep the pages.
        if not files or (result.returncode != 0 and not feeder):
            message = (result.stderr.strip().splitlines() or ["no image produced"])[-1]
            raise DeviceError(f"scanner {device}: {message}", device=device)
        pages: list[Image.Image] = []
        for path in files:
            if path.stat().st_size == 0:
                continue
            pages.extend(load_file(path).pages)
    if not pages:
        raise DeviceError(f"scanner {device} returned no pages", device=device)
    return pages
