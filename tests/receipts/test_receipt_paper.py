"""Paper that is right the first time (issue 14): only a printer makes paper, so the first paper is the
original and DUPLICATE appears only on later paper copies (CLI here, the window in tests/ui); ESC/POS always
gets the 80 mm roll; the thermal job is banded (bytes and 19,200-baud seconds in the benchmark)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.domain.errors import DeviceError
from kiosk.receipts import build_job, parse_qr_payload, render_receipt
from kiosk.receipts.escpos_print import serial_seconds
from kiosk.receipts.raster import render_band
from kiosk.store.receipt_copies import paper_count, record_copy
from tests.receipts.helpers import banner_rows, decode_qr, make_receipt, paper_from_job, pdf_text
from tests.receipts.test_receipt_commands import cli, saved  # noqa: F401 - the fixture is used below


def _paper(lp: Path) -> object:
    return paper_from_job(lp.read_bytes(), 576)


def test_saved_pdfs_are_not_paper_and_the_first_paper_is_the_original(ctx, saved, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    home, number = ctx.paths.home, saved.receipt_number
    ctx.close()
    for name in ("a.pdf", "b.pdf"):  # saving twice hands nothing to the citizen
        r = cli(home, "receipt", number, "--out", str(tmp_path / name))
        assert r.returncode == 0, r.stderr
        assert "DUPLICATE" not in pdf_text((tmp_path / name).read_bytes(), tmp_path), name
    first = cli(home, "receipt", number, "--escpos", f"file://{tmp_path / 'lp0'}")
    assert first.returncode == 0, first.stderr
    slip = _paper(tmp_path / "lp0")
    assert banner_rows(slip) < 10, "the first paper copy is the original"
    assert [parse_qr_payload(p) for p in decode_qr(slip)] == [(number, saved.uuid)]
    again = cli(home, "receipt", number, "--escpos", f"file://{tmp_path / 'lp1'}")
    assert again.returncode == 0, again.stderr
    assert banner_rows(_paper(tmp_path / "lp1")) > 10, "a second paper copy says DUPLICATE"
    later = cli(home, "receipt", number, "--out", str(tmp_path / "c.pdf"))
    assert "DUPLICATE" in pdf_text((tmp_path / "c.pdf").read_bytes(), tmp_path)  # paper exists: a copy
    assert later.returncode == 0


def test_escpos_always_prints_the_roll_layout(ctx, saved, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    home, number = ctx.paths.home, saved.receipt_number
    ctx.close()
    r = cli(home, "receipt", number, "--layout", "a4", "--escpos", f"file://{tmp_path / 'lp0'}")
    assert r.returncode == 0, r.stderr
    slip = _paper(tmp_path / "lp0")
    # The whole roll receipt: its QR (A4's sits at the right edge, outside a middle 72 mm cut) and a
    # length only the roll has (an A4 page cut to 72 mm would be 297 mm of 203-dpi rows: 2,374).
    assert [parse_qr_payload(p) for p in decode_qr(slip)] == [(number, saved.uuid)]
    assert slip.height != 2374


def test_an_a4_page_is_refused_by_the_thermal_printer() -> None:
    with pytest.raises(DeviceError) as err:
        build_job(render_receipt(make_receipt(), "a4"))
    assert err.value.params["reason"] == "wrong_layout"


@pytest.mark.parametrize("duplicate", [False, True])
def test_the_banded_slip_is_the_same_paper_in_far_fewer_bytes(duplicate: bool) -> None:
    pdf = render_receipt(make_receipt(duplicate=duplicate), "80mm")
    image = render_band(pdf, band_mm=72.0, dots=576)[0]
    job = build_job(pdf)
    paper = paper_from_job(job, 576)
    assert paper.size == image.size
    assert paper.tobytes() == image.convert("L").tobytes(), "the banded job prints the very same dots"
    full_raster = 72 * image.height  # what one full-width GS v 0 picture sent
    assert len(job) < 0.6 * full_raster, (len(job), full_raster)
    assert serial_seconds(len(job)) < serial_seconds(full_raster) * 0.6


def test_paper_copies_count_only_paper(ctx, saved) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    store = ctx.database()
    assert paper_count(store, saved.uuid) == 0
    assert record_copy(store, saved.uuid, "a4", "/tmp/x.pdf", "operator1", paper=False) == 0
    assert paper_count(store, saved.uuid) == 0
    assert record_copy(store, saved.uuid, "80mm", "usb://04b8:0e15", "operator1", paper=True) == 0
    assert record_copy(store, saved.uuid, "a4", "Counter-A4", "operator1", paper=True) == 1
    assert paper_count(store, saved.uuid) == 2


def test_init_fills_the_hub_address_and_a_later_init_keeps_it(tmp_path: Path) -> None:
    from kiosk.app import build_context
    from kiosk.store.hub import load_hub

    home = tmp_path / "home"
    base = ["init", "--hub", "MH-PUN-SHR-0014", "--name-en", "Digital Seva Hub, Shirur", "--name-mr",
            "डिजिटल सेवा केंद्र, शिरूर", "--district", "Pune", "--taluka", "Shirur"]
    first = cli(home, *base, "--address-en", "Near Tahsil Office,  Shirur", "--address-mr", "तहसील कार्यालयाजवळ, शिरूर")
    assert first.returncode == 0, first.stderr
    again = cli(home, *base)
    assert again.returncode == 0, again.stderr
    ctx = build_context(home, "en")
    try:
        hub = load_hub(ctx.database())
    finally:
        ctx.close()
    assert (hub.address_en, hub.address_mr) == ("Near Tahsil Office, Shirur", "तहसील कार्यालयाजवळ, शिरूर")
