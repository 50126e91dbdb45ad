"""A day at the counter, end to end through the window, against the real portal simulator over HTTP:
log in is covered in test_screens; here: take an application with Devanagari names, fill from the UIDAI
sample QR, attach a scan from the watched folder, save, print the receipt to PDF; go offline and take two
more; bring the portal back, sync, and see a status and a certificate come back."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import requests
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from kiosk.domain.status import Status
from kiosk.portal.simulator import PortalSimulator
from kiosk.store.hub import set_setting
from kiosk.store.outbox import counts
from kiosk.ui.i18n import tr
from tests.ui.conftest import (
    INCOME,
    NAMES_EN,
    NAMES_MR,
    PERSON,
    aadhaar_scan,
    fill,
    free_port,
    make_window,
    new_page,
    scan_jpeg,
    sim_config,
)


def take_one(qtbot: Any, window: Any, scan_name: str | None = None, mobile: str = PERSON["mobile"]) -> Any:
    page = new_page(qtbot, window)
    page.search.setText("उत्पन्न")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.service is not None and page.service.code == "income-certificate"
    fill(page, {**NAMES_MR, **NAMES_EN, **{**PERSON, "mobile": mobile}, **INCOME})
    if scan_name:
        scan_jpeg(window.services.paths.scan_inbox, scan_name)
        qtbot.waitUntil(lambda: page.docs.incoming.count() == 1, timeout=10_000)
        page.docs.kind.setCurrentIndex(page.docs.kind.findData("id_proof|aadhaar"))
        qtbot.mouseClick(page.docs.attach_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(page.docs.records) == 1, timeout=20_000)
    page.side.consent.setChecked(True)
    page.receipt_dialog = None
    qtbot.mouseClick(page.side.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.receipt_dialog is not None, timeout=20_000)
    return page


def sync(qtbot: Any, window: Any) -> Any:
    reports: list[Any] = []
    window.sync.finished.connect(reports.append)
    window.sync.failed.connect(reports.append)
    window.sync_now()
    qtbot.waitUntil(lambda: bool(reports), timeout=60_000)
    window.sync.finished.disconnect(reports.append)
    window.sync.failed.disconnect(reports.append)
    assert not isinstance(reports[0], BaseException), reports[0]
    return reports[0]


def test_a_day_at_the_counter(qtbot, ctx, marathi, tmp_path: Path) -> None:
    port = free_port()
    config = sim_config(port=port, db_path=str(tmp_path / "portal.sqlite3"))
    sim = PortalSimulator(config).start()
    url = f"http://127.0.0.1:{port}"
    set_setting(ctx.database(), "portal.url", url)
    set_setting(ctx.database(), "portal.training", "1")
    window = make_window(qtbot, ctx, url)
    assert window.findChild(type(window.indicator), "sync_indicator") is not None
    try:
        # ---------------------------------------------------------------- first citizen: QR, scan, receipt
        page = new_page(qtbot, window)
        page.search.setText("उत्पन्न")
        assert page.results.item(0).data(Qt.ItemDataRole.UserRole) == "income-certificate"
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
        page.fill_from_aadhaar(aadhaar_scan(tmp_path))
        qtbot.waitUntil(lambda: "UIDAI" in page.qr_badge.text(), timeout=30_000)
        assert "पडताळले" in page.qr_badge.text()  # verified, said in Marathi
        assert page.form.inputs["name_en.first"].text() == "Sumit"
        assert page.form.inputs["dob"].text() == "01-01-1984"
        # The QR's Delhi address is not a Maharashtra PIN: saving shows the problem under the input, in Marathi.
        fill(page, {**NAMES_MR, "mobile": "9822012345", **INCOME})
        page.side.consent.setChecked(True)
        qtbot.mouseClick(page.side.save_button, Qt.MouseButton.LeftButton)
        assert page.form.errors["address.pin"].isVisible() or page.form.errors["address.pin"].text()
        assert "पिन" in page.form.errors["address.pin"].text()
        assert page.receipt_dialog is None and ctx.applications().count() == 0
        fill(page, {k: v for k, v in PERSON.items() if k.startswith("address.")})
        assert page.form.errors["address.pin"].text() == ""
        scan_jpeg(ctx.paths.scan_inbox, "ration-card.jpg")
        qtbot.waitUntil(lambda: page.docs.incoming.count() == 1, timeout=10_000)
        qtbot.waitUntil(lambda: not page.docs.incoming.item(0).icon().isNull(), timeout=10_000)
        page.docs.kind.setCurrentIndex(page.docs.kind.findData("id_proof|aadhaar"))
        qtbot.mouseClick(page.docs.attach_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(page.docs.records) == 1, timeout=20_000)
        # sealed into documents: no plaintext original stays in the scan folder (issue 14)
        assert not [p for p in ctx.paths.scan_inbox.rglob("*") if p.is_file()]
        assert "संक्षेपानंतर" in page.docs.attached.item(0).text()
        qtbot.mouseClick(page.side.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.receipt_dialog is not None, timeout=20_000)
        dialog = page.receipt_dialog
        qtbot.waitUntil(lambda: dialog.page_count() == 1, timeout=20_000)  # the QtPdf preview has the receipt
        saved = ctx.applications().get(dialog.receipt.application.uuid)
        assert saved.applicant.name_mr.first == "सुनीता" and saved.applicant.name_en.first == "Sumit"
        assert saved.applicant.aadhaar is not None and saved.applicant.aadhaar.verified
        assert len(saved.documents) == 1 and saved.documents[0].group_code == "id_proof"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        dialog.print_to(printer)
        assert dialog.printing  # rasterising happens on the pool; the window stays live meanwhile
        qtbot.waitUntil(lambda: not dialog.printing, timeout=20_000)
        assert dialog.message.text() == tr("Printed {n} page.").format(n=1), dialog.message.text()
        printed = (tmp_path / "printed.pdf").read_bytes()
        assert printed.startswith(b"%PDF-")
        subprocess.run(["pdftoppm", "-png", "-r", "40", "-singlefile", str(tmp_path / "printed.pdf"),
                        str(tmp_path / "printed")], check=True)
        with Image.open(tmp_path / "printed.png") as png:
            dark = sum(png.convert("L").point(lambda v: 255 if v < 128 else 0).histogram()[255:])
        assert dark > 500, "the printed receipt page is blank"
        assert ctx.applications().print_count(saved.uuid) == 1
        assert not page.draft_file.exists()  # a saved application leaves no draft behind
        report = sync(qtbot, window)
        assert report.online and report.sent == 1

        # ---------------------------------------------------------------- portal gone: the counter goes on
        sim.stop()
        # two more citizens, each her own mobile (the same person twice would stop at the duplicate warning)
        take_one(qtbot, window, "second.jpg", mobile="9822000002")
        take_one(qtbot, window, mobile="9822000003")
        report = sync(qtbot, window)
        assert not report.online
        assert counts(ctx.database())["pending"] == 2
        qtbot.waitUntil(lambda: "ऑफलाइन" in window.indicator.text() and ": 2" in window.indicator.text(),
                        timeout=5_000)

        # ---------------------------------------------------------------- back: queue drains, answers return
        sim = PortalSimulator(config).start()
        report = sync(qtbot, window)
        assert report.online and report.sent == 2, report
        assert counts(ctx.database())["acked"] == 3
        portal_no = ctx.applications().get(saved.uuid).portal_number
        resp = requests.post(f"{url}/_sim/decide", json={"application_id": portal_no, "status": "approved"},
                             timeout=10)
        assert resp.status_code < 300, resp.text
        report = sync(qtbot, window)
        assert report.status_applied >= 1 and report.certificates == 1
        assert ctx.applications().get(saved.uuid).status == Status.APPROVED
        window.navigate("dashboard")
        dash = window.pages["dashboard"]
        qtbot.waitUntil(lambda: dash.data is not None and dash.data.certificates_ready == 1, timeout=10_000)
        assert dash.data.today_count == 3 and dash.data.queue_depth == 0
        window.navigate("applications")
        apps_page = window.pages["applications"]
        apps_page.search.setText("सुनीता")
        qtbot.waitUntil(lambda: apps_page.table.rowCount() == 3, timeout=10_000)
        apps_page.open(saved.uuid)
        qtbot.waitUntil(lambda: apps_page.timeline.count() >= 3, timeout=10_000)
        assert "मंजूर" in apps_page.timeline.item(apps_page.timeline.count() - 1).text()
        assert apps_page.deliver_button.isEnabled()
    finally:
        sim.stop()
