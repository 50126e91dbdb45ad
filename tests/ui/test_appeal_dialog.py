"""Issue 17, the window: the highlighted rejected application's appeal filed keyboard-only at 1366×768 —
the dialog says which level, to whom and by when; the appeal is committed and queued; its acknowledgement
goes to the printer. A refusal is greyed with the use case's sentence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest

from kiosk.domain.status import Status
from tests.ui.conftest import make_window
from tests.ui.test_applications_rows import OFFLINE, detail_settled, row_of
from tests.ui.test_screens import saved_app


def test_an_appeal_filed_from_the_keyboard_prints_its_acknowledgement(qtbot: Any, ctx: Any, tmp_path: Path,
                                                                      monkeypatch: Any) -> None:
    sunita = saved_app(ctx)
    ctx.applications().set_status(sunita.uuid, Status.SUBMITTED, portal_number="MHSIM-00001-0000001")
    ctx.applications().set_status(sunita.uuid, Status.REJECTED, decided_on=ctx.today())
    printed = tmp_path / "ack.pdf"

    def pdf_printer(_remembered: str, _parent: Any, on_chosen: Any, _on_none: Any) -> None:
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        on_chosen(printer)

    monkeypatch.setattr("kiosk.ui.actions_on_row.choose_printer", pdf_printer)
    window = make_window(qtbot, ctx, OFFLINE)
    window.resize(1366, 768)
    window.navigate("applications")
    page = window.pages["applications"]
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    page.table.selectRow(row_of(page, sunita.uuid))
    detail_settled(qtbot, page)
    assert page.appeal_button.isEnabled() and not page.why.text()
    page.appeal_button.setFocus()
    QTest.keyClick(page.appeal_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.appeal_dialog is not None and page.appeal_dialog.isVisible(), timeout=10_000)
    dialog = page.appeal_dialog
    assert "First appellate authority" in dialog.heading.text() and "30 working days" in dialog.heading.text()
    window.grab().save(str(tmp_path / "appeal-dialog-window.png"))
    dialog.grab().save(str(tmp_path / "appeal-dialog.png"))
    QTest.keyClick(dialog.reason, Qt.Key.Key_Down)  # rejected without a valid reason → no decision in time
    QTest.keyClick(dialog.reason, Qt.Key.Key_Down)  # → the documents had been given
    QTest.keyClick(dialog.reason, Qt.Key.Key_Tab)
    assert dialog.grounds.hasFocus() or QTest.qWaitFor(dialog.grounds.hasFocus, 2_000)
    QTest.keyClicks(dialog.grounds, "Income proof was attached")
    QTest.keyClick(dialog.grounds, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # newline in the box
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # the dialog's default button: File appeal
    qtbot.waitUntil(lambda: ctx.applications().get(sunita.uuid).status == Status.FIRST_APPEAL, timeout=10_000)
    (row,) = ctx.use_cases().appeals.filed(sunita.uuid)
    assert row.filed.reason == "documents_were_complete" and row.grounds.startswith("Income proof was attached")
    assert ctx.database().query("SELECT count(*) FROM outbox WHERE kind = 'appeal'")[0][0] == 1
    qtbot.waitUntil(lambda: printed.exists() and printed.stat().st_size > 1000, timeout=20_000)
    qtbot.waitUntil(lambda: "printed" in page.message.text(), timeout=10_000)
    # The second level is not yet due: greyed, with the use case's reason under the buttons.
    qtbot.waitUntil(lambda: page.current is not None and page.current.status == Status.FIRST_APPEAL
                    and not page.appeal_button.isEnabled(), timeout=10_000)
    assert "still has time to decide" in page.why.text()
    window.grab().save(str(tmp_path / "appeal-filed-window.png"))
