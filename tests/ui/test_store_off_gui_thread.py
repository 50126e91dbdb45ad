"""The application screens (new application, applications, sync's refused items, the receipt dialog) reach
the store only from the worker pool: every query, read and write made while they work is recorded with its
thread, and none of theirs may run on the GUI thread (a slow disk would freeze the counter).

The check uses the real store; it only notes who called it, from the moment the screens are built.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.status import Status
from kiosk.store.outbox import claim_next, mark_rejected
from tests.ui.conftest import (
    INCOME,
    NAMES_EN,
    NAMES_MR,
    PERSON,
    fill,
    gui_thread_store_calls,
    make_window,
    new_page,
)
from tests.ui.test_screens import print_to_pdf, saved_app

SCREENS = ("new_application.py", "applications.py", "sync_panel.py", "receipt_view.py", "documents_panel.py",
           "certificate_print.py")


@pytest.fixture
def gui_thread_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    yield gui_thread_store_calls(monkeypatch, SCREENS)


def test_taking_finding_reprinting_voiding_and_correcting_run_on_the_pool(qtbot, ctx, gui_thread_calls,
                                                                          tmp_path: Path) -> None:
    refused = saved_app(ctx, applicant__name_en__first="Meena")
    store = ctx.database()
    item = claim_next(store, 1e12)
    assert item is not None
    mark_rejected(store, item, "VALIDATION_FAILED: mobile number is not in service")
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    gui_thread_calls.clear()  # from here on: building the screens, then using them
    new = new_page(qtbot, window)  # what a form's check needs is read on the pool
    for key in ("applications", "sync"):
        window.navigate(key)
    apps, sync = (window.pages[k] for k in ("applications", "sync"))

    window.navigate("new")
    new.choose("income-certificate")
    # another citizen than the refused Meena above (her own mobile): not a duplicate of hers
    fill(new, {**NAMES_MR, **NAMES_EN, **{**PERSON, "mobile": "9822000004"}, **INCOME})
    new.side.consent.setChecked(True)
    qtbot.mouseClick(new.side.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: new.receipt_dialog is not None, timeout=20_000)
    dialog = new.receipt_dialog
    dialog.save_to(tmp_path / "copy.pdf")
    qtbot.waitUntil(lambda: "copy.pdf" in dialog.message.text(), timeout=10_000)
    print_to_pdf(qtbot, dialog, tmp_path / "paper.pdf")  # paper (a saved PDF is not): the reprint is a DUPLICATE
    taken = dialog.receipt.application

    window.navigate("applications")
    apps.search.setText(taken.receipt_number)
    qtbot.waitUntil(lambda: apps.table.rowCount() == 1 and apps.table.item(0, 0).data(Qt.ItemDataRole.UserRole)
                    == taken.uuid and apps.table.current_key() is None, timeout=10_000)
    apps.table.selectRow(0)
    qtbot.waitUntil(lambda: apps.current is not None and apps.current.uuid == taken.uuid, timeout=10_000)
    apps.reprint()
    qtbot.waitUntil(lambda: apps.receipt_dialog is not None and apps.receipt_dialog.receipt.duplicate,
                    timeout=10_000)
    apps.void("duplicate")
    qtbot.waitUntil(lambda: "Voided" in apps.message.text(), timeout=10_000)
    assert ctx.applications().get(taken.uuid).status == Status.VOIDED

    window.navigate("sync")
    qtbot.waitUntil(lambda: sync.quarantine.rowCount() == 1, timeout=10_000)
    sync.quarantine.selectRow(0)
    assert sync.correct_selected()
    qtbot.waitUntil(lambda: sync.dialog is not None and sync.dialog.isVisible(), timeout=10_000)
    sync.dialog.inputs["mobile"].setText("7020345678")
    sync.dialog.check_and_accept()
    qtbot.waitUntil(lambda: sync.quarantine.rowCount() == 0, timeout=10_000)
    assert ctx.applications().get(refused.uuid).applicant.mobile == "7020345678"
    assert gui_thread_calls == []
