"""Issue 18, the window: a supervisor adds a village to the ring from Settings by keyboard alone; the New
application form's village picker then offers the ring first (both names on each), a Marathi name typed
finds the village and fills its PIN, and the saved application keeps the village's code."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kiosk.ui.form_inputs import BothNames
from kiosk.ui.ring_box import RingBox
from tests.ui.conftest import INCOME, NAMES_EN, NAMES_MR, PERSON, fill, make_window, new_page
from tests.ui.keyboard import Keyboard

OFFLINE = "http://127.0.0.1:9"


def ring_box(qtbot: Any, window: Any) -> RingBox:
    window.navigate("settings")
    box = window.pages["settings"].findChild(RingBox)
    assert isinstance(box, RingBox) and box.may_change  # the test operator is a supervisor
    qtbot.waitUntil(lambda: box.villages.count() == 12, timeout=10_000)  # the training hub's ring
    return box


def test_a_village_added_by_keyboard_is_offered_first_and_kept_by_code(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx, OFFLINE)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    box = ring_box(qtbot, window)
    assert box.villages.item(0).text() == "Wagholi — वाघोली  ·  ring-1  ·  412207"
    box.name_en.setFocus()
    qtbot.waitUntil(box.name_en.hasFocus)
    keys = Keyboard(qtbot)
    for text in ("Shikrapur", "शिक्रापूर", "556790", "412208"):
        keys.type(text)
        keys.press(Qt.Key.Key_Tab)
    assert keys.focus() is box.add_button
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: box.villages.count() == 13, timeout=10_000)
    assert "Shikrapur" in window.pages["settings"].message.text() and box.name_en.text() == ""
    assert [(v.code, v.pin) for v in ctx.use_cases().hub.ring()][-1] == ("556790", "412208")

    page = new_page(qtbot, window)
    page.search.setText("income")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.form.help is not None, timeout=10_000)
    village = page.form.inputs["address.village"]
    assert [village.itemText(i) for i in (0, 12)] == ["Wagholi", "Shikrapur"]
    assert village.itemData(12, Qt.ItemDataRole.ToolTipRole) == "Shikrapur — शिक्रापूर"
    assert isinstance(village.itemDelegate(), BothNames)  # the open list shows both names (the theme keeps it)
    person = {k: v for k, v in PERSON.items() if k != "address.pin"}  # the PIN is left to the form
    fill(page, {**NAMES_MR, **NAMES_EN, **person, **INCOME, "address.village": "शिक्रापूर"})
    assert page.form.values()["address.pin"] == "412208"  # the ring's PIN for it
    assert {k: page.form.applicant_dict()["address"][k] for k in ("village", "village_code", "taluka")} == {
        "village": "Shikrapur", "village_code": "556790", "taluka": "Haveli"}
    page.side.consent.setChecked(True)
    page.receipt_dialog = None
    page.save()
    qtbot.waitUntil(lambda: page.receipt_dialog is not None, timeout=20_000)
    page.receipt_dialog.close()
    newest = ctx.applications().list(limit=1)[0]
    assert ctx.applications().get(newest.uuid).applicant.address.village_code == "556790"


def test_an_operator_sees_the_ring_but_cannot_change_it(qtbot, ctx, monkeypatch) -> None:
    from kiosk.counter.login import Operator

    monkeypatch.setattr("tests.ui.conftest.operator", lambda: Operator("op1", "Ravi", "operator", training=True))
    window = make_window(qtbot, ctx, OFFLINE)
    window.navigate("settings")
    box = window.pages["settings"].findChild(RingBox)
    qtbot.waitUntil(lambda: box.villages.count() == 12, timeout=10_000)
    assert not box.may_change and not box.add_button.isEnabled() and not box.name_en.isEnabled()
