"""The returning citizen's box on the real New application screen, offscreen at 1366×768, from the keyboard:
nothing is searched before the consent is ticked; then "Find earlier documents" adds the still-valid Aadhaar
card of Sunita's earlier application (not her photo) to the documents, marked as reused from its receipt; and
without the tick the form refuses the reused document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.documents.storage import store_document
from kiosk.domain.application import DocumentRecord
from kiosk.ui.intake_reuse import ReuseBox
from tests.forms import income_form
from tests.ui.conftest import NAMES_EN, NAMES_MR, PERSON, fill, make_window, new_page

SHOTS = Path("/work/shots/reuse")
DOMICILE = {"fields.purpose": "शिक्षण", "fields.domicile_basis": "born_in_maharashtra",
            "fields.residing_since_year": "1986", "fields.place_of_birth": "Wagholi"}


def test_reuse_needs_the_tick_then_adds_the_valid_document(marathi: Any, qtbot: Any, ctx: Any) -> None:
    folder = ctx.sealed().documents
    aadhaar = store_document(folder, b"%PDF-1.4 aadhaar card of Sunita")
    photo = store_document(folder, b"\xff\xd8 photo of Sunita")
    earlier = ctx.use_cases().intake.take(income_form(), "op", [DocumentRecord(aadhaar, "aadhaar", "id_proof"),
                                                                 DocumentRecord(photo, "photo", "photo")])
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = new_page(qtbot, window)
    qtbot.keyClicks(page.search, "domicile")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.service is not None and page.service.code == "domicile-certificate"
    fill(page, {**NAMES_MR, **NAMES_EN, **PERSON, **DOMICILE})
    box = page.findChild(ReuseBox)
    assert box is not None and not box.find_button.isEnabled()  # nothing is searched before the tick
    box.consent.setFocus()
    qtbot.waitUntil(box.consent.hasFocus)
    qtbot.keyClick(box.consent, Qt.Key.Key_Space)
    assert box.consent.isChecked() and box.find_button.isEnabled()
    qtbot.keyClick(box.consent, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box.find_button)
    qtbot.keyClick(box.find_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: any(r.reused_from for r in page.docs.records), timeout=10_000)
    assert [(r.doc_type, r.reused_from) for r in page.docs.records] == [("aadhaar", earlier.receipt_number)]
    assert earlier.receipt_number in box.result.text()
    assert not [p for p in page.check().problems if p.field == "documents"]
    if SHOTS.exists():
        page.scrolls[1].ensureWidgetVisible(box)
        qtbot.wait(200)
        window.grab().save(str(SHOTS / "intake-reuse-mr.png"))
    box.consent.setFocus()  # (the button was disabled while searching: the focus moved on)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box.consent)
    qtbot.keyClick(box.consent, Qt.Key.Key_Space)  # the citizen withdraws: the reused copy may not be saved
    assert [p.code for p in page.check().problems if p.field == "documents"] == ["consent"]
