"""The fee at intake, on the real New application screen offscreen at 1366×768 from the keyboard: "UPI" saves
the application with its fee pending and at once shows the QR for the exact fee with the receipt number as
its note; the UTR typed there records the payment and the updated receipt opens. "Not paid yet" saves a
receipt that says so and lists the fee under Payments pending. Cancelling the QR loses nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.ui.payment_dialog import TakePaymentDialog
from tests.ui.conftest import INCOME, NAMES_EN, NAMES_MR, PERSON, fill, make_window, new_page

SHOTS = Path("/work/shots/pay-window")


def _shot(qtbot: Any, window: Any, page: Any, name: str) -> None:
    """The window with the payment choice in view (the focus scrolls the column to it)."""
    if not SHOTS.exists():
        return
    page.side.payment.method.setFocus()
    qtbot.waitUntil(page.side.payment.method.hasFocus)
    qtbot.wait(200)  # the layout settles (the note under the choice wraps)
    window.grab().save(str(SHOTS / name))
    window.activateWindow()  # grabbing leaves no window active offscreen
    qtbot.waitUntil(window.isActiveWindow)
    page.side.consent.setFocus()
    qtbot.waitUntil(page.side.consent.hasFocus)


def _income_page(qtbot: Any, ctx: Any, payee: bool = True) -> tuple[Any, Any]:
    if payee:
        ctx.use_cases().payments.set_payee("seva.wagholi@sbi", "Seva Hub Wagholi", "asha")
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = new_page(qtbot, window)
    qtbot.keyClicks(page.search, "income")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.service is not None and page.service.code == "income-certificate"
    fill(page, {**NAMES_MR, **NAMES_EN, **PERSON, **INCOME})
    return window, page


def _pick(qtbot: Any, page: Any, downs: int) -> None:
    """Tab from the form's last input reaches the payment choice; arrows pick; Space ticks the consent."""
    combo = page.side.payment.method
    source = page.form.inputs["fields.income_source"]
    source.setFocus()
    qtbot.waitUntil(source.hasFocus)
    for _ in range(30):  # past the documents panel: Tab is how the operator reaches it
        if combo.hasFocus():
            break
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert combo.hasFocus()
    for _ in range(downs):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    page.side.consent.setFocus()
    qtbot.waitUntil(page.side.consent.hasFocus)
    qtbot.keyClick(page.side.consent, Qt.Key.Key_Space)


def _upi_dialog(qtbot: Any, page: Any) -> TakePaymentDialog:
    qtbot.waitUntil(lambda: (d := page.findChild(TakePaymentDialog, "intake_upi_dialog")) is not None
                    and d.isVisible(), timeout=20_000)
    dialog = page.findChild(TakePaymentDialog, "intake_upi_dialog")
    assert isinstance(dialog, TakePaymentDialog)
    return dialog


def test_upi_at_intake_shows_the_qr_right_after_save_and_records_the_utr(qtbot, ctx, marathi) -> None:
    window, page = _income_page(qtbot, ctx)
    _pick(qtbot, page, downs=1)
    assert page.side.payment.choice == "upi" and page.side.payment.note.text()
    _shot(qtbot, window, page, "intake-upi-choice-mr.png")
    page.receipt_dialog = None
    qtbot.keyClick(page.side.consent, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dialog = _upi_dialog(qtbot, page)
    [summary] = ctx.applications().list(limit=5)  # saved before the QR: the number is the QR's note
    app = ctx.applications().get(summary.uuid)
    assert app.extra["payment_mode"] == "pending" and page.receipt_dialog is None
    qtbot.waitUntil(lambda: dialog.link != "", timeout=10_000)
    assert dialog.link.startswith("upi://pay?pa=seva.wagholi@sbi&") and f"&tn={app.receipt_number}" in dialog.link
    assert f"am={app.total_paise // 100}.{app.total_paise % 100:02d}" in dialog.link
    assert dialog.utr.hasFocus() or QApplication.focusWidget() is dialog.utr
    if SHOTS.exists():
        window.grab().save(str(SHOTS / "intake-upi-qr-window-mr.png"))
        dialog.grab().save(str(SHOTS / "intake-upi-qr-mr.png"))
    qtbot.keyClicks(dialog.utr, "4123 4567 8901")
    qtbot.keyClick(dialog.utr, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.receipt_dialog is not None, timeout=20_000)
    saved = ctx.applications().get(app.uuid)
    assert saved.extra["paid_later"] == "upi" and saved.extra["paid_later_ref"] == "412345678901"
    assert ctx.use_cases().payments.owed() == []
    assert page.receipt_dialog.receipt.application.extra.get("paid_later") == "upi"  # the updated receipt
    qtbot.waitUntil(lambda: page.findChild(TakePaymentDialog, "intake_upi_dialog") is None)  # not kept hidden
    page.receipt_dialog.close()


def test_not_paid_yet_saves_a_pending_receipt_and_lists_the_fee(qtbot, ctx, marathi) -> None:
    ctx.language = marathi.switch("en")  # the real window's theme, in English
    window, page = _income_page(qtbot, ctx, payee=False)
    _pick(qtbot, page, downs=2)
    assert page.side.payment.choice == "pending"
    assert page.side.values()["payment_method"] == "pending"  # the draft keeps the choice
    _shot(qtbot, window, page, "intake-not-paid-en.png")
    page.receipt_dialog = None
    qtbot.keyClick(page.side.consent, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.receipt_dialog is not None, timeout=20_000)
    assert page.findChild(TakePaymentDialog, "intake_upi_dialog") is None
    [owed] = ctx.use_cases().payments.owed()
    assert owed.receipt_number == page.receipt_dialog.receipt.application.receipt_number and owed.why == "counter"
    page.receipt_dialog.close()


def test_cancelling_the_upi_qr_keeps_the_application_with_its_fee_pending(qtbot, ctx, marathi) -> None:
    ctx.language = marathi.switch("en")
    window, page = _income_page(qtbot, ctx)
    _pick(qtbot, page, downs=1)
    page.receipt_dialog = None
    qtbot.keyClick(page.side.consent, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dialog = _upi_dialog(qtbot, page)
    qtbot.waitUntil(lambda: dialog.link != "", timeout=10_000)
    if SHOTS.exists():
        dialog.grab().save(str(SHOTS / "intake-upi-qr-en.png"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.receipt_dialog is not None, timeout=20_000)
    [owed] = ctx.use_cases().payments.owed()
    assert owed.receipt_number in page.notice.text()
    assert page.receipt_dialog.receipt.application.receipt_number == owed.receipt_number
    page.receipt_dialog.close()


def test_a_free_service_asks_nothing_about_payment(qtbot: Any, catalogue_document: Any) -> None:
    from kiosk.domain.catalogue import parse_catalogue
    from kiosk.ui.intake_side import IntakeSide

    cat = parse_catalogue(catalogue_document)
    free = IntakeSide(cat.service("bpl-certificate"), "en")
    qtbot.addWidget(free)
    assert free.payment.method not in free.inputs() and free.payment.isHidden()
    assert free.form_part()["payment"] == {"method": "cash"}  # nothing to pay: settled, never "pending"
    from kiosk.domain.catalogue_model import FeeLine, Label

    doorstep = (FeeLine("doorstep", Label("Doorstep service", "घरपोच सेवा"), 10000),)
    visit = IntakeSide(cat.service("bpl-certificate"), "en", doorstep)  # a visit's doorstep fee is owed
    qtbot.addWidget(visit)
    assert visit.payment.method in visit.inputs() and not visit.payment.isHidden()
    paid = IntakeSide(cat.service("income-certificate"), "en")
    qtbot.addWidget(paid)
    assert paid.payment.method in paid.inputs() and not paid.payment.isHidden()
