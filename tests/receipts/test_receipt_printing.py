"""Printing for real: a private cupsd with a cups-pdf queue, python-escpos' File printer, and every way a
printer can be missing or offline ending in one typed DeviceError."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from escpos.constants import PAPER_FULL_CUT
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from kiosk.domain.errors import DeviceError, StorageError
from kiosk.receipts import (
    CertificateInvalid,
    build_job,
    load_certificate,
    page_media,
    parse_escpos_uri,
    parse_qr_payload,
    print_certificate,
    print_cups,
    print_escpos,
    render_receipt,
    save_pdf,
)
from tests.receipts.cups_server import CupsServer
from tests.receipts.helpers import UUID, decode_qr, make_receipt, paper_from_job, pdf_to_pngs


@pytest.fixture
def cups_env(cups: CupsServer, monkeypatch: pytest.MonkeyPatch) -> CupsServer:
    monkeypatch.setenv("CUPS_SERVER", str(cups.socket))
    return cups


def test_save_pdf_is_atomic_and_reports_failure(tmp_path: Path) -> None:
    target = save_pdf(b"%PDF-1.4 test", tmp_path / "deep" / "r.pdf")
    assert target.read_bytes() == b"%PDF-1.4 test"
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".")]  # no temp file left
    (tmp_path / "file").write_text("x")
    with pytest.raises(StorageError):
        save_pdf(b"%PDF", tmp_path / "file" / "r.pdf")  # parent is a file


def test_a_kept_receipt_is_sealed_and_never_written_without_a_key(tmp_path: Path) -> None:
    from kiosk.receipts import keep_pdf
    from kiosk.sealed import FolderNotSealed, SealedFolder
    from kiosk.security.atrest import FILE_MAGIC
    from tests.sealing import sealed_folder

    pdf = render_receipt(make_receipt(), "a4")
    receipts = sealed_folder(tmp_path / "receipts")
    kept = keep_pdf(pdf, receipts, "R-0042-a4.pdf")
    assert kept == tmp_path / "receipts" / "R-0042-a4.pdf"
    assert kept.read_bytes().startswith(FILE_MAGIC) and receipts.read("R-0042-a4.pdf") == pdf
    assert [p.name for p in kept.parent.iterdir()] == [kept.name]  # no temp file left
    with pytest.raises(FolderNotSealed):
        keep_pdf(pdf, SealedFolder(tmp_path / "locked"), "R-0043-a4.pdf")
    assert not (tmp_path / "locked").exists()


def test_media_follows_the_page() -> None:
    assert page_media(render_receipt(make_receipt(), "a4")) == "A4"
    assert re.fullmatch(r"Custom\.80x\d{3}mm", page_media(render_receipt(make_receipt(), "80mm")))


def test_roll_receipt_through_a_real_cups_queue(cups_env: CupsServer, tmp_path: Path) -> None:
    queue = cups_env.add_queue("SevaRoll80")
    pdf = render_receipt(make_receipt(), "80mm")
    before = set(cups_env.out.rglob("*.pdf"))
    job = print_cups(pdf, queue, title="Receipt MH-PUN-SHR-0014-20251127-0042")
    assert job.printer == queue and job.job_id.startswith(f"{queue}-")
    printed = cups_env.wait_for_pdf(before)
    doc = pdfium.PdfDocument(printed.read_bytes())
    width, height = doc[0].get_size()
    doc.close()
    assert round(width * 25.4 / 72) == 80  # the roll media option reached the queue
    png = pdf_to_pngs(printed.read_bytes(), tmp_path, dpi=200)[0]
    assert [parse_qr_payload(p) for p in decode_qr(png)] == [("MH-PUN-SHR-0014-20251127-0042", UUID)]


def test_certificate_pdf_through_a_real_cups_queue(cups_env: CupsServer, tmp_path: Path) -> None:
    queue = cups_env.add_queue("SevaA4")
    cert = tmp_path / "INC-2025-000123.pdf"
    canvas = Canvas(str(cert))
    canvas.drawString(72, 720, "Income Certificate INC/2025/000123 (digitally signed)")
    canvas.showPage()
    canvas.save()
    assert load_certificate(cert)[1] == 1
    before = set(cups_env.out.rglob("*.pdf"))
    job = print_certificate(cert, queue)
    assert job.printer == queue
    assert cups_env.wait_for_pdf(before).stat().st_size > 500


def test_a_kept_certificate_is_decrypted_and_any_other_file_read_as_it_is(tmp_path: Path) -> None:
    from tests.sealing import sealed_folder

    cert = tmp_path / "INC-2025-000124.pdf"
    canvas = Canvas(str(cert))
    canvas.drawString(72, 720, "Income Certificate INC/2025/000124 (digitally signed)")
    canvas.showPage()
    canvas.save()
    certificates = sealed_folder(tmp_path / "certificates")
    kept = certificates.write("0" * 64 + ".pdf", cert.read_bytes())
    assert load_certificate(kept, certificates) == (cert.read_bytes(), 1)
    assert load_certificate(cert, certificates)[1] == 1  # a file the technician names, outside the folder
    with pytest.raises(CertificateInvalid):
        load_certificate(kept)  # sealed bytes are no PDF: never printed as garbage


def test_missing_and_disabled_queues_are_clear_errors(cups_env: CupsServer) -> None:
    pdf = render_receipt(make_receipt(), "80mm")
    with pytest.raises(DeviceError) as missing:
        print_cups(pdf, "NoSuchPrinter")
    assert missing.value.params["reason"] == "printer_missing"
    offline = cups_env.add_queue("SevaOffline", enabled=False)
    with pytest.raises(DeviceError) as off:
        print_cups(pdf, offline)
    assert off.value.params["reason"] == "printer_offline"
    for hostile in ("-oraw", "a b", "q;rm -rf /", ""):
        with pytest.raises(DeviceError):
            print_cups(pdf, hostile or "-")


def test_no_cups_client_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a PC without CUPS tools (e.g. Windows)
    with pytest.raises(DeviceError) as err:
        print_cups(render_receipt(make_receipt(), "80mm"), "Any")
    assert err.value.params["reason"] == "no_print_system"


@pytest.mark.parametrize(("content", "why"), [
    (b"", "empty"), (b"GIF89a....", "not a PDF"), (b"%PDF-1.7\n1 0 obj<<>>\n", "truncated"),
])
def test_broken_certificates_are_refused(content: bytes, why: str, tmp_path: Path) -> None:
    path = tmp_path / "cert.pdf"
    path.write_bytes(content)
    with pytest.raises(CertificateInvalid):
        load_certificate(path)
    with pytest.raises(CertificateInvalid):
        load_certificate(tmp_path / "absent.pdf")


def test_certificate_is_not_sent_to_a_receipt_printer(tmp_path: Path) -> None:
    with pytest.raises(DeviceError) as err:
        print_certificate(tmp_path / "x.pdf", escpos="file:///dev/null")
    assert err.value.params["reason"] == "wrong_printer"


# --------------------------------------------------------------------------------------------- ESC/POS


def raster_images(job: bytes) -> list[Image.Image]:
    """Decode the GS v 0 raster blocks of an ESC/POS job back into images."""
    images = []
    for match in re.finditer(rb"\x1dv0(.)(..)(..)", job, re.S):
        width_bytes, height = struct.unpack("<H", match.group(2))[0], struct.unpack("<H", match.group(3))[0]
        start = match.end()
        data = job[start:start + width_bytes * height]
        img = Image.frombytes("1", (width_bytes * 8, height), data)
        images.append(Image.eval(img.convert("L"), lambda v: 255 - v))  # ESC/POS: 1 = black dot
    return images


@pytest.mark.parametrize(("profile", "dots"), [(None, 576), ("TM-T88V", 512)])
def test_escpos_file_printer_gets_raster_within_profile_width_and_a_cut(profile: str | None, dots: int,
                                                                        tmp_path: Path) -> None:
    out = tmp_path / "lp0"
    uri = f"file://{out}" + (f"?profile={profile}" if profile else "")
    sent = print_escpos(render_receipt(make_receipt(duplicate=True), "80mm"), uri)
    job = out.read_bytes()
    assert len(job) == sent and job.startswith(b"\x1b@")
    assert job.endswith(b"\x1bd\x06" + PAPER_FULL_CUT)  # feed past the tear bar, then the cut
    images = raster_images(job)
    assert images and all(img.width <= dots for img in images)  # bands are cut after their last ink
    strip = paper_from_job(job, dots)
    assert strip.width == dots
    assert [parse_qr_payload(p) for p in decode_qr(strip)] == [("MH-PUN-SHR-0014-20251127-0042", UUID)]
    assert b"?" * 4 not in job  # nothing went as (unprintable) text


def test_escpos_job_is_built_before_the_device_is_opened() -> None:
    assert build_job(render_receipt(make_receipt(), "80mm")).startswith(b"\x1b@")
    with pytest.raises(DeviceError):
        build_job(b"not a pdf")


@pytest.mark.parametrize("uri", ["tcp://127.0.0.1:9", "file:///nonexistent-dir/lp0"])
def test_unreachable_escpos_printer_is_a_clear_error(uri: str) -> None:
    with pytest.raises(DeviceError) as err:
        print_escpos(render_receipt(make_receipt(), "80mm"), uri)
    assert err.value.params["reason"] == "printer_unreachable"


@pytest.mark.parametrize("uri", ["", "usb://nothex:12", "usb://04b8", "tcp://", "serial://", "http://x",
                                 "lp0", "file://", "serial:///dev/ttyS0?baudrate=fast"])
def test_bad_escpos_uris(uri: str) -> None:
    with pytest.raises(DeviceError) as err:
        parse_escpos_uri(uri)
    assert err.value.params["reason"] == "bad_printer_uri"


def test_good_escpos_uris() -> None:
    assert parse_escpos_uri("usb://04b8:0e15?profile=TM-T88V").profile == "TM-T88V"
    assert parse_escpos_uri("tcp://printer.local").port == 9100
    assert parse_escpos_uri("serial:///dev/ttyUSB0?baudrate=9600").baudrate == 9600
    assert parse_escpos_uri("serial://COM3").address == "COM3"


def test_unknown_escpos_profile(tmp_path: Path) -> None:
    with pytest.raises(DeviceError):
        print_escpos(render_receipt(make_receipt(), "80mm"), f"file://{tmp_path}/x?profile=NoSuchModel")
