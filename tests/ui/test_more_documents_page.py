"""The counter's "Documents asked for" work list (issue 17), driven from the keyboard offscreen at 1366×768
in Marathi and in English: an application the portal sent back (through a real feed page) is listed with
what was asked and the reply-by date; Enter opens the same capture dialog as a new application's documents,
saying what was asked, with that document type chosen; the scan is attached and saved from the keyboard;
the answer is queued under the application's key, the status goes back to scrutiny, the list empties and
the UPDATED receipt opens saying on which day the documents were added."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.counter.login import Operator
from kiosk.domain.status import Status
from kiosk.receipts.format import format_date
from kiosk.store.portal_answers import StatusChange, apply_status_page
from kiosk.ui.main_window import MainWindow
from tests.receipts.helpers import pdf_text, pdf_to_pngs
from tests.ui.conftest import scan_jpeg
from tests.ui.test_screens import saved_app

SHOTS = Path("/work/shots/messages")
ASKED = (("self_declaration", "Self-declaration", "स्वयंघोषणापत्र"),)


def _sent_back(ctx) -> object:  # noqa: ANN001
    """A saved application the portal received and then sent back for a self-declaration (a feed page)."""
    app = saved_app(ctx)
    today = ctx.today()
    apply_status_page(ctx.database(), [
        StatusChange(app.uuid, "MHSIM-1", Status.SUBMITTED),
        StatusChange(app.uuid, "MHSIM-1", Status.DOCUMENTS_PENDING,
                     documents_request=(today, today + timedelta(days=15), ASKED))], "2")
    return app


def _key(qtbot, widget, key: Qt.Key, times: int = 1) -> None:  # noqa: ANN001
    for _ in range(times):
        qtbot.keyClick(widget, key)


@pytest.mark.parametrize("language", ["en", "mr"])
def test_documents_asked_for_are_answered_from_the_keyboard(qtbot, ctx, request, language,  # noqa: ANN001
                                                            tmp_path: Path) -> None:
    if language == "mr":
        request.getfixturevalue("marathi")
    app = _sent_back(ctx)
    window = MainWindow(ctx.use_cases(), Operator("asha", "Asha", "operator"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.nav.setFocus()
    row = next(r for r in range(window.nav.count())
               if window.nav.item(r).data(Qt.ItemDataRole.UserRole) == "more_documents")
    _key(qtbot, window.nav, Qt.Key.Key_Down, row)  # the navigation list, as an operator walks it
    page = window.pages["more_documents"]
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and page.table.hasFocus(), timeout=10_000)
    assert page.table.item(0, 0).text() == app.receipt_number
    assert page.table.item(0, 2).text() == ("स्वयंघोषणापत्र" if language == "mr" else "Self-declaration")
    assert page.table.item(0, 3).text() == (ctx.today() + timedelta(days=15)).strftime("%d-%m-%Y")
    if SHOTS.exists():
        window.grab().save(str(SHOTS / f"more-documents-page-{language}.png"))
    scan_jpeg(ctx.paths.scan_inbox, "declaration.jpg")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=10_000)
    dialog = page.dialog
    assert str(dialog.docs.kind.currentData()).endswith("|self_declaration")  # what was asked, chosen
    qtbot.waitUntil(lambda: dialog.docs.incoming.count() == 1, timeout=10_000)
    dialog.docs.incoming.setFocus()
    _key(qtbot, dialog.docs.incoming, Qt.Key.Key_Home)
    dialog.docs.attach_button.setFocus()
    qtbot.keyClick(dialog.docs.attach_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(dialog.docs.records) == 1, timeout=20_000)
    if SHOTS.exists():
        dialog.grab().save(str(SHOTS / f"more-documents-dialog-{language}.png"))
    dialog.save_button.setFocus()
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.receipt_dialog is not None, timeout=20_000)
    receipt = dialog.receipt_dialog.receipt
    updated = ctx.applications().get(app.uuid)
    assert updated.status == Status.UNDER_SCRUTINY and "self_declaration" in [d.doc_type for d in updated.documents]
    assert receipt.application.uuid == app.uuid
    keys = [r[0] for r in ctx.database().query("SELECT idempotency_key FROM outbox WHERE kind = 'more_documents'")]
    assert keys == [f"{app.uuid}:documents:{ctx.today().isoformat()}"]  # under the application's key
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=10_000)
    assert f"Added on {format_date(ctx.today())}" in pdf_text(receipt.pdf, tmp_path)  # the updated receipt
    if SHOTS.exists() and language == "mr":  # paper is Marathi over English whatever the screen's language
        pdf_to_pngs(receipt.pdf, SHOTS, dpi=90, stem="more-documents-receipt")
    dialog.receipt_dialog.close()


def test_the_applications_screen_answers_the_request_too(qtbot, ctx) -> None:  # noqa: ANN001
    """An application the portal sent back is found on the Applications screen as well: its 'Add documents…'
    is offered (it was greyed once sent) and opens the dialog that answers the portal's request."""
    from tests.ui.test_void import window_for

    app = _sent_back(ctx)
    _w, page = window_for(qtbot, ctx, "operator")
    page.open(app.uuid)
    qtbot.waitUntil(page.documents_button.isEnabled, timeout=10_000)
    page.documents_button.setFocus()
    qtbot.keyClick(page.documents_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.documents_dialog is not None, timeout=10_000)
    dialog = page.documents_dialog
    assert dialog.request is not None and dialog.request.documents == ASKED
    assert str(dialog.docs.kind.currentData()).endswith("|self_declaration")
    dialog.close()


def test_the_notice_of_returned_applications_leads_to_the_work_list(qtbot, ctx) -> None:  # noqa: ANN001
    _sent_back(ctx)
    window = MainWindow(ctx.use_cases(), Operator("asha", "Asha", "operator"))
    qtbot.addWidget(window)
    window.show_applications("documents_pending")
    assert window.current_key() == "more_documents"
    qtbot.waitUntil(lambda: window.pages["more_documents"].table.rowCount() == 1, timeout=10_000)
    window.show_applications("rejected")  # the other answers still open the filtered Applications list
    assert window.current_key() == "applications"
