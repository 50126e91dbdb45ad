"""Issue 18 in the window: saving the same person's second application for a service stops with the earlier
one shown; the operator opens it (what was typed goes to the drafts) or saves with a reason — keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.forms import income_form
from tests.ui.conftest import INCOME, NAMES_EN, NAMES_MR, PERSON, fill, make_window
from tests.ui.test_intake_input import income_page


def _typed_again(qtbot, ctx):
    first = ctx.use_cases().intake.take(income_form(), "operator1")
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    page = income_page(qtbot, window)
    # typed another day, the English spelt otherwise and no Aadhaar: the name and the mobile say who it is
    fill(page, {**NAMES_MR, **NAMES_EN, "name_en.first": "Suneeta", **PERSON, **INCOME})
    page.side.consent.setChecked(True)
    page.save()
    qtbot.waitUntil(lambda: getattr(page, "duplicate_dialog", None) is not None, timeout=20_000)
    return first, window, page


def test_a_reason_saves_the_second_application(qtbot, ctx, marathi) -> None:
    first, _window, page = _typed_again(qtbot, ctx)
    dialog = page.duplicate_dialog
    assert dialog.found.item(0).text().startswith(first.receipt_number)
    day = first.receipt_number.split("-")[-2]  # the receipt's own (local) day, not the UTC date of created_at
    assert dialog.found.item(0).text().endswith(f"{day[6:]}-{day[4:6]}-{day[:4]}"), dialog.found.item(0).text()
    assert not dialog.continue_button.isEnabled() and ctx.applications().count() == 1
    dialog.reason.setText("आधीचा अर्ज चुकीच्या वर्षासाठी")  # typing Devanagari: QTest knows only ASCII keys
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.receipt_dialog is not None, timeout=20_000)
    saved = page.last_saved
    assert saved.extra["duplicate_of"] == first.receipt_number and ctx.applications().count() == 2
    assert saved.extra["duplicate_reason"] == "आधीचा अर्ज चुकीच्या वर्षासाठी"


def test_opening_the_existing_one_sets_the_form_aside(qtbot, ctx, marathi) -> None:
    first, window, page = _typed_again(qtbot, ctx)
    dialog = page.duplicate_dialog
    assert dialog.open_button.isDefault()
    qtbot.keyClick(dialog.found, Qt.Key.Key_Return)  # Enter takes the default: open the earlier one
    qtbot.waitUntil(lambda: window.current_key() == "applications", timeout=10_000)
    assert ctx.applications().count() == 1 and page.service is None
    assert len(page.draft.parked()) == 1
    assert first.uuid
