"""The payment work list and the take-payment dialog, driven from the keyboard offscreen at 1366×768: a fee
not paid at intake is listed; Enter opens the dialog; UPI shows the QR for the exact amount to the hub's
payee; a short UTR is refused in words; the 12-digit UTR records it and the updated receipt opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from kiosk.counter.login import Operator
from kiosk.ui.main_window import MainWindow
from tests.forms import income_form

SHOTS = Path("/work/shots/sealed-files")


def test_take_a_pending_fee_by_upi_from_the_keyboard(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    desk = ctx.use_cases()
    desk.payments.set_payee("seva.wagholi@sbi", "Seva Hub Wagholi", "asha")
    app = desk.intake.take(income_form(payment={"method": "pending"}), "asha")
    window = MainWindow(ctx.use_cases(), Operator("asha", "Asha", "supervisor"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.navigate("payments")
    page = window.pages["payments"]
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    assert page.table.item(0, 0).text() == app.receipt_number
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=5_000)
    dialog = page.dialog
    qtbot.keyClick(dialog.method, Qt.Key.Key_Down)  # UPI
    qtbot.waitUntil(lambda: dialog.link != "", timeout=10_000)
    assert dialog.link.startswith("upi://pay?pa=seva.wagholi@sbi&") and f"&tn={app.receipt_number}" in dialog.link
    assert f"am={app.total_paise // 100}.{app.total_paise % 100:02d}" in dialog.link
    qtbot.keyClicks(dialog.utr, "12345")
    qtbot.keyClick(dialog.utr, Qt.Key.Key_Return)
    assert "12-digit" in dialog.message.text() and not page.dialog.made
    if SHOTS.exists():
        window.grab().save(str(SHOTS / "payments-page.png"))
        dialog.grab().save(str(SHOTS / "payment-dialog-upi.png"))
    dialog.utr.clear()
    qtbot.keyClicks(dialog.utr, "4123 4567 8901")
    qtbot.keyClick(dialog.utr, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.receipt_dialog is not None, timeout=20_000)
    assert ctx.applications().get(app.uuid).extra["paid_later"] == "upi"
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=10_000)
    page.receipt_dialog.close()
