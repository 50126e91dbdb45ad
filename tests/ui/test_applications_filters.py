"""Applications: filters by service and receipt-day range (checked against the database itself), and
printing a certificate that came back from the portal (a real PDF painted onto a PDF printer)."""

from __future__ import annotations

import hashlib
import io
import subprocess
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter
from reportlab.pdfgen.canvas import Canvas

from kiosk.demo import seed_demo
from kiosk.store.portal_answers import record_certificate
from tests.ui.conftest import make_window
from tests.ui.test_screens import saved_app

OFFLINE = "http://127.0.0.1:9"


def applications_page(qtbot: Any, ctx: Any) -> Any:
    window = make_window(qtbot, ctx, OFFLINE)
    window.navigate("applications")
    page = window.pages["applications"]
    qtbot.waitUntil(lambda: page.service.count() > 1, timeout=10_000)  # services arrive with the first list
    return page


def shown(qtbot: Any, page: Any, change: Any) -> set[str]:
    """Apply ``change``, wait for the table of its own (latest) reload, and scroll through every screen of it
    (the list reads 20 rows a call)."""
    before = page._generation
    change()
    qtbot.waitUntil(lambda: page._generation > before and getattr(page, "rows_generation", -1) == page._generation,
                    timeout=10_000)
    while page._more or page._asking_more:
        page.ask_more()
        qtbot.waitUntil(lambda: not page._asking_more, timeout=10_000)
    return {s.uuid for s in page.rows}


def test_service_and_date_range_filters_match_the_database(qtbot, ctx) -> None:
    store = ctx.database()
    for _ in seed_demo(store, ctx.catalogue(), ctx.calendar(), count=40, now=ctx.now()):
        pass
    page = applications_page(qtbot, ctx)
    rows = store.query("SELECT uuid, service_code, receipt_day FROM applications")
    code = max({r["service_code"] for r in rows}, key=lambda c: sum(r["service_code"] == c for r in rows))
    got = shown(qtbot, page, lambda: page.service.setCurrentIndex(page.service.findData(code)))
    assert got == {r["uuid"] for r in rows if r["service_code"] == code} and got
    days = sorted({r["receipt_day"] for r in rows})
    assert len(days) >= 3, days
    first, last = days[1], days[-2]
    page.service.setCurrentIndex(0)

    def dated() -> None:
        page.day_from.setDate(QDate.fromString(last, "yyyy-MM-dd"))  # given backwards: the page sorts them
        page.day_to.setDate(QDate.fromString(first, "yyyy-MM-dd"))
        page.use_dates.setChecked(True)
    got = shown(qtbot, page, dated)
    assert got == {r["uuid"] for r in rows if first <= r["receipt_day"] <= last} and got
    # The search box honours the same range (names found by full-text search, then narrowed).
    some = store.query("SELECT p.surname_en AS s FROM applications a JOIN applicants p ON "
                       "p.app_id = a.rowid WHERE a.receipt_day BETWEEN ? AND ? LIMIT 1", (first, last))[0]
    got = shown(qtbot, page, lambda: (page.search.setText(some["s"]), page.reload()))
    assert got and all(first <= d <= last for d in (store.query("SELECT receipt_day FROM applications WHERE uuid = ?",
                                                        (u,))[0][0] for u in got))
    page.search.setText("")
    got = shown(qtbot, page, lambda: page.use_dates.setChecked(False))
    assert len(got) == len(rows)


def certificate_pdf(pages: int) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    for n in range(pages):
        canvas.drawString(72, 720, f"Income certificate - page {n + 1}")
        canvas.rect(72, 400, 300, 200)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_a_certificate_that_arrived_prints_every_page_and_a_damaged_one_is_refused(qtbot, ctx, tmp_path) -> None:
    page = applications_page(qtbot, ctx)
    without = saved_app(ctx)
    page.open(without.uuid)
    qtbot.waitUntil(lambda: page.current is not None and page.current.uuid == without.uuid, timeout=5_000)
    assert not page.certificate_button.isEnabled()
    app = saved_app(ctx)
    data = certificate_pdf(2)
    sha = hashlib.sha256(data).hexdigest()
    ctx.sealed().certificates.write(f"{sha}.pdf", data)  # as sync keeps it: sealed at rest
    record_certificate(ctx.database(), app.uuid, "CERT-1", sha, len(data))
    page.open(app.uuid)
    qtbot.waitUntil(lambda: page.certificate_button.isEnabled(), timeout=5_000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    page.print_certificate(printer)
    qtbot.waitUntil(lambda: "printed: 2 page" in page.message.text(), timeout=10_000)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           2" in info
    png = tmp_path / "p1"
    subprocess.run(["pdftoppm", "-r", "30", "-f", "1", "-l", "1", "-png", str(out), str(png)], check=True)
    assert list(tmp_path.glob("p1*.png"))
    (ctx.paths.certificates / f"{sha}.pdf").write_bytes(b"%PDF-1.4 garbage" + b"\x00" * 100)
    bad = tmp_path / "bad.pdf"
    printer.setOutputFileName(str(bad))
    page.print_certificate(printer)
    qtbot.waitUntil(lambda: "not a valid PDF" in page.message.text(), timeout=10_000)
    assert "printed" not in page.message.text()
