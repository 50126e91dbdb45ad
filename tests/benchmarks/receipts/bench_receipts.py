"""Receipt generation figures: warm time to a finished PDF, both layouts (target ≤ 60 ms), plus the
ESC/POS raster job. Printed and appended to out/benchmarks.jsonl; no timing asserts.

Run: .venv/bin/python -m pytest tests/benchmarks/receipts -q -s
"""

from __future__ import annotations

import time
import uuid

from kiosk.receipts import build_job, render_receipt
from kiosk.receipts.fonts import register_fonts
from tests.benchmarks.conftest import report, summary_ms
from tests.receipts.helpers import make_receipt

RUNS = 40


def _fresh(i: int, duplicate: bool = False):  # type: ignore[no-untyped-def]
    # A new receipt number and UUID each time: nothing can be served from a cache of the last receipt.
    return make_receipt(receipt_no=f"MH-PUN-SHR-0014-20251127-{i:04d}", application_uuid=str(uuid.uuid4()),
                        duplicate=duplicate)


def test_warm_receipt_generation() -> None:
    t0 = time.perf_counter()
    register_fonts()
    render_receipt(_fresh(0), "a4")
    render_receipt(_fresh(0), "80mm")
    cold = time.perf_counter() - t0
    for layout in ("a4", "80mm"):
        samples = []
        size = 0
        for i in range(1, RUNS + 1):
            data = _fresh(i, duplicate=i % 2 == 0)
            start = time.perf_counter()
            pdf = render_receipt(data, layout)
            samples.append(time.perf_counter() - start)
            size = len(pdf)
        report(f"receipt_{layout}", runs=RUNS, **summary_ms(samples), min_ms=round(min(samples) * 1000, 1),
               pdf_kb=round(size / 1024, 1), target_ms=60, first_two_cold_s=round(cold, 3))


def test_thermal_slip_bytes_and_serial_seconds() -> None:
    """Issue 14: the slip went as one full-width raster (~205 KB, ~107 s at 19,200 baud). Bytes and
    seconds per slip now (banded, white fed), beside that full raster of the same image as the floor."""
    from kiosk.receipts.escpos_print import serial_seconds
    from kiosk.receipts.raster import render_band

    for duplicate in (False, True):
        pdf = render_receipt(_fresh(1, duplicate=duplicate), "80mm")
        rows = render_band(pdf, band_mm=72.0, dots=576)[0].height
        job = build_job(pdf)
        full = 72 * rows + 8
        report("thermal_slip" + ("_duplicate" if duplicate else ""), rows=rows, job_bytes=len(job),
               full_raster_bytes=full, ratio=round(len(job) / full, 3),
               seconds_19200=round(serial_seconds(len(job)), 1),
               full_raster_seconds_19200=round(serial_seconds(full), 1))


def test_escpos_job() -> None:
    pdf = render_receipt(_fresh(1), "80mm")
    build_job(pdf)
    samples = []
    for _ in range(10):
        start = time.perf_counter()
        job = build_job(pdf)
        samples.append(time.perf_counter() - start)
    report("escpos_raster_job", runs=10, **summary_ms(samples), job_kb=round(len(job) / 1024, 1))
