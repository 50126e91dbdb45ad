"""`seva-kiosk --self-test` (and `main.py --self-test`): is this install whole?

A hub technician runs it after installing (and the installer tests run it on the frozen build): every part
that only breaks on a real install is touched once — the database opens and migrates in a throw-away data
folder, the bundled catalogue loads, a receipt with Devanagari is rendered and its QR read back through the
bundled zbar, the Qt platform, fonts and the Marathi translation load. Nothing touches the real data
folder. Exit 0 when everything works; 1 with one sentence naming the broken part otherwise.

It lives beside the composition root (not in a capability package) because it exercises all of them,
Qt included.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

SAMPLE_UUID = "00000000-0000-4000-8000-00000000c0de"
SAMPLE_RECEIPT_NO = "MH-PUN-SHR-0000-20260101-0001"


class SelfTestFailure(Exception):
    """One part of the install is broken; the message is the sentence the technician reads."""


@dataclass
class Outcome:
    name: str
    ok: bool
    detail: str
    seconds: float


def _ensure_platform() -> str:
    """Offscreen when there is no display, so the self-test runs over SSH or in CI as well."""
    if not os.environ.get("QT_QPA_PLATFORM") and sys.platform == "linux" \
            and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return os.environ.get("QT_QPA_PLATFORM", "default")


def check_receipt(service: Any, out_dir: Path) -> str:
    """Render an 80 mm receipt (Devanagari shaped by HarfBuzz), rasterise it and read its QR with zbar."""
    from kiosk.documents.barcodes import read_zbar
    from kiosk.receipts import BiText, FeeItem, Hub, ReceiptData, qr_payload, render_receipt
    from kiosk.receipts.fonts import shape_glyph_names
    from kiosk.receipts.raster import render_band

    # A conjunct (क्ष) shapes to fewer glyphs than code points only when HarfBuzz and the font both work.
    glyphs = shape_glyph_names("क्ष")
    if len(glyphs) >= 3:
        raise SelfTestFailure("Devanagari is not shaped (HarfBuzz or the Noto Sans Devanagari font is missing)")
    data = ReceiptData(
        hub=Hub(BiText("Self-test hub", "स्व-चाचणी केंद्र"), "MH-PUN-SHR-0000"),
        receipt_no=SAMPLE_RECEIPT_NO, taken_at=datetime.now(UTC),
        service=BiText(service.name.en, service.name.mr), service_code=service.code,
        applicant=BiText("Self Test", "स्व चाचणी"), application_uuid=SAMPLE_UUID, operator="self-test",
        fees=(FeeItem(BiText("Service charge", "सेवा शुल्क"), 3400),),
    )
    pdf = render_receipt(data, "80mm")
    (out_dir / "self-test-receipt.pdf").write_bytes(pdf)
    pages = render_band(pdf, band_mm=72, dots=576)
    found = [c.text for page in pages for c in read_zbar(page.convert("L"))]
    expected = qr_payload(SAMPLE_RECEIPT_NO, SAMPLE_UUID)
    if expected not in found:
        raise SelfTestFailure(f"zbar did not read the receipt's QR code back (read {found!r})")
    return f"80 mm receipt, {len(pdf)} bytes, {len(pages)} page(s); QR read back by zbar"


def zbar_library() -> str:
    from pyzbar import wrapper

    try:
        lib = wrapper.load_libzbar()
    except ImportError as exc:
        raise SelfTestFailure(f"the zbar library cannot be loaded: {exc}") from exc
    return str(getattr(lib, "_name", lib))


def check_qt(assets: Path, cache: Path) -> str:
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtGui import QFontDatabase, QGuiApplication
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.i18n import CONTEXT, compiled_qm, read_ts

    _app = QApplication.instance() or QApplication([sys.argv[0]])  # held until the checks are done
    families: set[str] = set()
    for ttf in sorted((assets / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id < 0:
            raise SelfTestFailure(f"Qt cannot load the font {ttf.name}")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    if "Noto Sans Devanagari" not in families:
        raise SelfTestFailure("the Noto Sans Devanagari font is not bundled")
    ts = assets / "i18n" / "kiosk_mr.ts"
    if not ts.is_file():
        raise SelfTestFailure(f"the Marathi translation source is missing: {ts}")
    qm = compiled_qm(ts, cache)
    translator = QTranslator()
    if qm is None or not translator.load(str(qm)):
        raise SelfTestFailure(f"the Marathi translation could not be loaded (no usable .qm beside {ts})")
    source, wanted = next(iter(read_ts(ts).items()))
    QCoreApplication.installTranslator(translator)
    try:
        got = QCoreApplication.translate(CONTEXT, source)
    finally:
        QCoreApplication.removeTranslator(translator)
    if got != wanted:
        raise SelfTestFailure(f"the Marathi translation does not translate {source!r}")
    return f"platform {QGuiApplication.platformName()}; fonts {', '.join(sorted(families))}; Marathi translation {qm.name}"


def check_pdf_view(pdf: Path) -> str:
    """The receipt preview shows the saved PDF with QtPdf (PySide6-Addons): it must open and draw ink."""
    if importlib.util.find_spec("PySide6.QtPdf") is None:
        raise SelfTestFailure("QtPdf is missing: the receipt preview cannot show receipts")
    if not pdf.is_file():
        raise SelfTestFailure("no receipt PDF to preview (see the receipt check)")
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView  # the preview's widget: its module must load too

    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
        raise SelfTestFailure("QtPdf cannot open the receipt PDF")
    image = document.render(0, QSize(227, 400))
    dark = sum(1 for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
               if image.pixelColor(x, y).lightness() < 128)
    view = QPdfView()
    view.setDocument(document)
    if view.document() is not document:
        raise SelfTestFailure("the receipt preview widget (QtPdfWidgets) does not work")
    view.deleteLater()
    if image.isNull() or dark < 100:
        raise SelfTestFailure("QtPdf drew the receipt blank")
    return f"receipt preview drawn by QtPdf ({image.width()}x{image.height()})"


def check_multimedia() -> str:
    """The camera module (QtMultimedia) must import when it is installed; absent, the camera is unavailable."""
    if importlib.util.find_spec("PySide6.QtMultimedia") is None:
        return "QtMultimedia not installed (document camera unavailable)"
    from PySide6.QtMultimedia import QMediaDevices, QMediaFormat
    from PySide6.QtMultimediaWidgets import QVideoWidget  # the capture dialog's viewfinder

    QVideoWidget().deleteLater()

    # Without its FFmpeg backend plugin QtMultimedia still imports but knows no codec and opens no camera.
    codecs = QMediaFormat().supportedVideoCodecs(QMediaFormat.ConversionMode.Decode)
    if not codecs:
        raise SelfTestFailure("QtMultimedia has no backend (its FFmpeg plugin did not load): no document camera")
    return f"QtMultimedia backend loaded ({len(codecs)} codecs); {len(QMediaDevices.videoInputs())} camera(s) found"


def _run(name: str, outcomes: list[Outcome], fn: Callable[[], str]) -> None:
    start = time.perf_counter()
    try:
        detail, ok = fn(), True
    except SelfTestFailure as exc:
        detail, ok = str(exc), False
    except Exception as exc:  # noqa: BLE001 - the self-test reports any breakage as a sentence
        detail, ok = f"{type(exc).__name__}: {exc}", False
    outcomes.append(Outcome(name, ok, detail, time.perf_counter() - start))


def run_self_test(check_database: Callable[[Path], tuple[str, Any]], out: Callable[[str], None] | None = None) -> int:
    """Run every check in a temporary data folder; print one line each and a verdict. Returns the exit code.

    A windowed Windows build has no console (``sys.stdout`` is None): the report then opens in a message
    box, so the technician who runs it from the Start menu or the installer still reads it.
    ``check_database(home)`` is the composition root's (``kiosk.technician.self_test_database``: this module lives
    with the Qt code and must not import kiosk.app); it returns its sentence and a catalogue service."""
    if out is None and sys.stdout is None:
        lines: list[str] = []
        code = run_self_test(check_database, lines.append)
        _show_in_a_box("\n".join(lines), code)
        return code
    out = out or print
    platform = _ensure_platform()
    from kiosk.config import resolve_paths

    outcomes: list[Outcome] = []
    frozen = bool(getattr(sys, "frozen", False))
    with tempfile.TemporaryDirectory(prefix="seva-kiosk-selftest-") as tmp:
        home = Path(tmp) / "home"
        assets = resolve_paths(home).assets
        out(f"seva-kiosk self-test ({'frozen' if frozen else 'from source'}; Qt platform {platform})")
        out(f"  assets      {assets}")
        service: list[Any] = []

        def database() -> str:
            detail, first = check_database(home)
            service.append(first)
            return detail

        _run("database", outcomes, database)
        _run("zbar", outcomes, zbar_library)
        _run("receipt", outcomes, lambda: check_receipt(service[0], Path(tmp)) if service
             else "skipped: no catalogue service (see database)")
        _run("qt", outcomes, lambda: check_qt(assets, Path(tmp) / "i18n-cache"))
        _run("preview", outcomes, lambda: check_pdf_view(Path(tmp) / "self-test-receipt.pdf"))
        _run("camera", outcomes, check_multimedia)
    for o in outcomes:
        out(f"  {'ok  ' if o.ok else 'FAIL'} {o.name:<8} {o.detail} ({o.seconds * 1000:.0f} ms)")
    failed = [o for o in outcomes if not o.ok]
    if failed:
        out(f"self-test FAILED / स्व-चाचणी अयशस्वी: {failed[0].name}: {failed[0].detail}")
        return 1
    if not service:
        out("self-test FAILED / स्व-चाचणी अयशस्वी: no receipt was rendered")
        return 1
    out("self-test passed / स्व-चाचणी यशस्वी")
    return 0


def _show_in_a_box(report: str, code: int) -> None:
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        _app = QApplication.instance() or QApplication([sys.argv[0]])
        box = QMessageBox.information if code == 0 else QMessageBox.critical
        box(None, "Seva Kiosk self-test / स्व-चाचणी", report)
    except Exception:  # noqa: BLE001, S110 - nowhere left to report; the exit code still says it
        pass
