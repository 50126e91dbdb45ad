"""The day close SCREEN shows the cash / UPI / pending split the PDF and the CLI have, and lists the UPI
payments with their UTR (checked against the bank statement, never in a drawer). Driven from the keyboard
offscreen at 1366×768, in Marathi and English; a fee taken later the same day is not also "pending"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.ui.main_window import MainWindow
from tests.forms import income_form
from tests.ui.conftest import operator

SHOTS = Path("/work/shots/pay-window")


@pytest.mark.parametrize("language", ["en", "mr"])
def test_the_day_close_screen_shows_cash_upi_and_pending_apart(qtbot: Any, ctx: Any, request: Any,
                                                               language: str) -> None:
    languages = request.getfixturevalue("marathi")  # the window's theme and translations, as it starts
    ctx.language = languages.switch(language)
    desk = ctx.use_cases()
    cash = desk.intake.take(income_form(), "operator1")
    desk.intake.take(income_form(payment={"method": "upi", "upi_ref": "412345678901"}), "operator1")
    desk.intake.take(income_form(payment={"method": "pending"}), "operator1")
    later = desk.intake.take(income_form(payment={"method": "pending"}), "operator1")
    desk.payments.take(later.receipt_number, "upi", "998877665544", "operator1")  # UPI chosen at intake
    fee = cash.total_paise
    window = MainWindow(ctx.use_cases(), operator())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setFocus()
    qtbot.waitUntil(window.nav.hasFocus)
    while window.current_key() != "dayclose":  # down the list of screens, as the operator does
        row = window.nav.currentRow()
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
        assert window.nav.currentRow() != row, "the day close is not in the list"
    page = window.pages["dayclose"]
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    assert (page.data.cash_paise, page.data.upi_paise, page.data.pending_paise) == (fee, 2 * fee, fee)
    # four applications (the fee taken later is not a fifth); collected = cash + UPI, never the pending fee
    assert page.total.text().startswith("4 ") and f"{3 * fee // 100}.00" in page.total.text(), page.total.text()
    line = page.split.line.text()
    rupees = f"{fee // 100}.00"
    assert line.count(rupees) == 2 and f"{2 * fee // 100}.00" in line  # cash and pending ₹69, UPI ₹138
    assert ("UPI" in line) if language == "en" else ("रोख" in line)
    assert page.split.upi.isVisibleTo(page)
    utrs = {page.split.upi.item(r, 3).text() for r in range(page.split.upi.rowCount())}
    assert utrs == {"412345678901", "998877665544"}
    if SHOTS.exists():
        window.grab().save(str(SHOTS / f"dayclose-split-{language}.png"))
