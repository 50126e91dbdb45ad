"""SANE through scanimage, against SANE's own ``test`` backend: a real virtual scanner, not a mock."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.documents.intake import DocumentSpec, document_from_images
from kiosk.documents.scanner import list_scanners, scan_pages
from kiosk.domain.errors import DeviceError


def test_flatbed_scan_of_the_test_grid() -> None:
    pages = scan_pages("test", resolution=150, extra_options=("--test-picture=Grid",))
    assert len(pages) == 1
    page = pages[0]
    assert page.mode == "L" and page.info["dpi"][0] == pytest.approx(150, abs=0.5)
    low, high = page.getextrema()
    assert low < 30 and high > 220  # a black/white grid, really scanned


def test_colour_scan() -> None:
    page = scan_pages("test", resolution=75, colour=True, extra_options=("--test-picture=Color pattern",))[0]
    assert page.mode == "RGB"
    assert len(set(page.resize((20, 20)).tobytes()[i:i + 3] for i in range(0, 1200, 3))) > 3  # a colour pattern, not one flat colour


def test_feeder_scans_every_page_until_empty() -> None:
    pages = scan_pages("test", resolution=50, feeder=True, max_pages=3, extra_options=("--test-picture=Grid",))
    assert len(pages) == 3


def test_feeder_running_out_keeps_the_pages_it_scanned() -> None:
    # The test backend's feeder holds 10 sheets; asking for more ends with "out of documents".
    pages = scan_pages("test", resolution=25, feeder=True, max_pages=12)
    assert len(pages) == 10


def test_scanned_pages_become_a_document() -> None:
    pages = scan_pages("test", resolution=150, feeder=True, max_pages=2, extra_options=("--test-picture=Grid",))
    doc = document_from_images(pages, DocumentSpec(code="ration_card", kind="text", max_kb_per_page=300))
    assert doc.page_count == 2 and doc.mime == "application/pdf"


def test_unknown_device_is_a_device_error() -> None:
    with pytest.raises(DeviceError) as excinfo:
        scan_pages("nosuchbackend:usb:001", resolution=50)
    assert "nosuchbackend" in str(excinfo.value)


def test_scan_that_takes_too_long_is_stopped() -> None:
    with pytest.raises(DeviceError, match="did not finish"):
        scan_pages("test", resolution=600, extra_options=("--read-delay=yes", "--read-delay-duration=200000"),
                   timeout=1.0)


def test_listing_finds_the_test_backend_when_enabled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Debian ships the test backend commented out in dll.conf; a private SANE config dir enables it.
    (tmp_path / "dll.conf").write_text("test\n")
    monkeypatch.setenv("SANE_CONFIG_DIR", str(tmp_path))
    found = list_scanners()
    assert [s.device for s in found][:1] == ["test:0"]
    assert "frontend-tester" in found[0].description
