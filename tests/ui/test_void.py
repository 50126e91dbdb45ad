"""Voiding from the Applications screen: supervisors only, with a reason code, queued applications only."""

from __future__ import annotations

from typing import Any

from kiosk.counter.login import Operator
from kiosk.domain.status import Status
from kiosk.ui.main_window import MainWindow
from kiosk.ui.sync_control import SyncController
from tests.ui.conftest import make_client
from tests.ui.test_screens import saved_app


def window_for(qtbot: Any, ctx: Any, role: str) -> Any:
    person = Operator("boss" if role == "supervisor" else "ravi", "Asha", role)
    window = MainWindow(ctx.use_cases(), person, sync=SyncController(ctx.use_cases().syncing, client_factory=lambda: make_client("http://127.0.0.1:9")))
    qtbot.addWidget(window)
    window.navigate("applications")
    return window, window.pages["applications"]


def test_a_supervisor_voids_with_a_reason_and_an_operator_cannot(qtbot, ctx) -> None:
    app = saved_app(ctx)
    _w, page = window_for(qtbot, ctx, "operator")
    page.open(app.uuid)
    qtbot.waitUntil(lambda: page.reprint_button.isEnabled(), timeout=5_000)
    assert not page.void_button.isEnabled() and page.void() is None  # greyed, and refused if called anyway

    _w2, page = window_for(qtbot, ctx, "supervisor")
    page.open(app.uuid)
    qtbot.waitUntil(lambda: page.void_button.isEnabled(), timeout=5_000)
    dialog = page.void()
    assert dialog.reason.count() == 4
    dialog.reason.setCurrentIndex(dialog.reason.findData("wrong_service"))
    dialog.accept()
    qtbot.waitUntil(lambda: ctx.applications().get(app.uuid).status == Status.VOIDED, timeout=5_000)
    qtbot.waitUntil(lambda: "Refund" in page.message.text(), timeout=5_000)
    assert not page.void_button.isEnabled()  # nothing more to void
    assert not page.reprint_button.isEnabled()  # and no fresh copy of a voided receipt
    assert ctx.applications().history(app.uuid)[-1]["note"] == "void: wrong_service"
