"""The quality agency's call consent on the real New application screen, offscreen at 1366×768 from the
keyboard (issue 18): unticked by default; Tab from the notice's consent reaches it and Space ticks it; the
saved application keeps when the citizen agreed. Unticked, the application carries no such consent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.domain.verification import CONSENT_KEY
from tests.ui.conftest import INCOME, NAMES_EN, NAMES_MR, PERSON, fill, make_window, new_page

SHOTS = Path("/work/shots/sealed-files")


def _page(qtbot: Any, ctx: Any) -> tuple[Any, Any]:
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = new_page(qtbot, window)
    qtbot.keyClicks(page.search, "income")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    fill(page, {**NAMES_MR, **NAMES_EN, **PERSON, **INCOME})
    return window, page


def _save(qtbot: Any, page: Any) -> Any:
    page.receipt_dialog = None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.receipt_dialog is not None, timeout=20_000)
    app = page.receipt_dialog.receipt.application
    page.receipt_dialog.close()
    return app


def test_the_call_consent_is_asked_never_assumed(qtbot: Any, ctx: Any, marathi: Any) -> None:
    window, page = _page(qtbot, ctx)
    side = page.side
    assert not side.call.isChecked()  # never assumed
    side.consent.setFocus()
    qtbot.waitUntil(side.consent.hasFocus)
    qtbot.keyClick(side.consent, Qt.Key.Key_Space)
    qtbot.keyClick(side.consent, Qt.Key.Key_Tab)
    qtbot.waitUntil(side.call.hasFocus)
    qtbot.keyClick(side.call, Qt.Key.Key_Space)
    assert side.call.isChecked() and side.form_part()["verification_call_consent"] is True
    if SHOTS.exists():
        page.scrolls[1].ensureWidgetVisible(side.call)
        qtbot.wait(200)
        window.grab().save(str(SHOTS / "intake-call-consent-mr.png"))
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        side.call.setFocus()
        qtbot.waitUntil(side.call.hasFocus)
    saved = _save(qtbot, page)
    assert ctx.applications().get(saved.uuid).extra.get(CONSENT_KEY)


def test_unticked_the_application_has_no_call_consent(qtbot: Any, ctx: Any, marathi: Any) -> None:
    window, page = _page(qtbot, ctx)
    page.side.consent.setFocus()
    qtbot.waitUntil(page.side.consent.hasFocus)
    qtbot.keyClick(page.side.consent, Qt.Key.Key_Space)
    saved = _save(qtbot, page)
    assert CONSENT_KEY not in ctx.applications().get(saved.uuid).extra
