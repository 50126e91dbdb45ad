"""Nothing lost, everything correctable on the New application screen: an application set aside comes back
from the drafts list (what was being typed is set aside in its place), a draft is discarded only through a
question whose buttons differ, and a wrongly attached document comes off before saving."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.ui.conftest import NAMES_EN, NAMES_MR, fill, make_window, new_page, scan_jpeg


def income_page(qtbot: Any, window: Any) -> Any:
    page = new_page(qtbot, window)
    page.search.setText("income")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    return page


def test_set_aside_resume_and_discard(qtbot, ctx, marathi) -> None:
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    page = income_page(qtbot, window)
    fill(page, {**NAMES_MR, **NAMES_EN, "fields.annual_income": "90000"})
    page.park_button.click()
    assert page.form is None
    page = income_page(qtbot, window)
    fill(page, {"name_mr.first": "गणेश", "name_en.first": "Ganesh"})
    dialog = page.show_drafts()
    assert dialog.list.count() == 1 and "सुनीता" in dialog.list.item(0).text()
    dialog.open_current()  # Ganesh's form is set aside in Sunita's place
    assert page.form.values()["fields.annual_income"] == "90000"
    assert page.form.values()["name_mr.first"] == "सुनीता"
    dialog = page.show_drafts()
    assert dialog.list.count() == 1 and "गणेश" in dialog.list.item(0).text()
    box = dialog.ask_discard()
    buttons = {b.objectName(): b.text() for b in box.buttons()}
    assert len(set(buttons.values())) == 2  # "discard" and "keep" are not both "cancel"
    box.findChild(type(box.buttons()[0]), "confirm_discard").click()
    assert dialog.list.count() == 0 and ctx.use_cases().draft.parked() == []


def test_a_wrongly_attached_document_comes_off_before_saving(qtbot, ctx, marathi) -> None:
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    page = income_page(qtbot, window)
    scan_jpeg(ctx.paths.scan_inbox, "wrong.jpg")
    qtbot.waitUntil(lambda: page.docs.incoming.count() == 1, timeout=10_000)
    page.docs.kind.setCurrentIndex(page.docs.kind.findData("id_proof|pan"))
    page.docs.attach_selected()
    qtbot.waitUntil(lambda: len(page.docs.records) == 1, timeout=20_000)
    assert "id_proof" not in page.docs.missing()
    page.docs.attached.setCurrentRow(0)
    page.docs.attached.setFocus()
    qtbot.keyClick(page.docs.attached, Qt.Key.Key_Delete)
    assert page.docs.records == [] and page.docs.attached.count() == 0
    assert "id_proof" in page.docs.missing()
    qtbot.waitUntil(lambda: page.draft.restore() is not None and page.draft.restore().records == [], timeout=5_000)
