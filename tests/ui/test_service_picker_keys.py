"""The service picker from the keyboard alone (issue 16): type Marathi in English letters, move with the
arrows, Enter opens the form; Ctrl+arrows change the department; each row says the time limit and the fee,
"fee not known" when the catalogue does not know it (never ₹0.00), and a supervisor sees "translated"."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.domain.catalogue import SAME_DAY, NameConfidence
from kiosk.domain.service_index import ServiceIndex, department_key
from kiosk.ui.service_picker import FACTS, ROW, ServicePicker
from tests.ui.conftest import make_window, new_page


def codes(picker: ServicePicker) -> list[str]:
    return [picker.results.item(i).data(ROW) for i in range(picker.results.count())]


def test_typed_in_english_letters_then_arrows_and_enter_open_the_form(qtbot: Any, ctx: Any) -> None:
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    window.resize(1366, 768)
    page = new_page(qtbot, window)
    assert page.search.hasFocus() or page.search.setFocus() is None
    QTest.keyClicks(page.search, "utpanna")
    assert codes(page.picker)[0] == "income-certificate"
    page.search.clear()
    QTest.keyClicks(page.search, "imcome")  # a letter wrong: still found, the typo forgiven
    assert codes(page.picker)[0] == "income-certificate"
    page.search.clear()
    QTest.keyClicks(page.search, "dakhla")
    found = codes(page.picker)
    assert len(found) > 3 and page.results.currentRow() == 0
    QTest.keyClick(page.search, Qt.Key.Key_Down)
    QTest.keyClick(page.search, Qt.Key.Key_Down)
    QTest.keyClick(page.search, Qt.Key.Key_Up)
    assert page.results.currentRow() == 1 and page.search.hasFocus()  # the arrows move the list, not the focus
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    assert page.service is not None and page.service.code == found[1]
    assert not page.picker.isVisible()  # the form has the room now


def test_ctrl_arrows_browse_the_departments(qtbot: Any, ctx: Any) -> None:
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    page = new_page(qtbot, window)
    picker = page.picker
    everything = codes(picker)
    QTest.keyClick(page.search, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert picker.departments.currentRow() == 1
    first = picker.shown_departments[0]
    listed = codes(picker)
    assert len(listed) == min(first.count, 60) and listed != everything
    assert all(department_key(svc) == first.key for svc in picker.index.services if svc.code in listed)
    assert f"({first.count})" in picker.departments.item(1).text()
    QTest.keyClick(page.search, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert picker.departments.currentRow() == 0 and codes(picker) == everything


def test_rows_say_time_limit_and_fee_and_translated_only_to_a_supervisor(qtbot: Any, catalogue_document: dict) -> None:
    from kiosk.domain.catalogue import parse_catalogue

    catalogue = parse_catalogue(catalogue_document)
    income = catalogue.service("income-certificate")
    unknown = replace(income, code="fee-unknown", name=replace(income.name, en="Licence of some kind"),
                      fee_known=False, fees=(), rts_days=None, rts_text=SAME_DAY,
                      name_confidence=NameConfidence(en="medium", mr="translated"))
    index = ServiceIndex([income, unknown])
    shown = {}
    for supervisor in (True, False):
        picker = ServicePicker("en", supervisor, lambda: False)
        qtbot.addWidget(picker)
        picker.load(index)
        shown[supervisor] = {picker.results.item(i).data(ROW): picker.results.item(i).data(FACTS)
                             for i in range(picker.results.count())}
    other, limit, fee, fee_unknown, translated = shown[True]["fee-unknown"]
    assert (limit, fee, fee_unknown, translated) == ("same day", "fee not known", True, True)
    assert shown[False]["fee-unknown"][4] is False  # an operator is not shown the badge
    satbara = ServicePicker("en", False, lambda: False)
    qtbot.addWidget(satbara)
    satbara.load(ServiceIndex([catalogue.service("satbara-extract")]))
    assert "7/12" in satbara.results.item(0).data(FACTS)[0]  # the Marathi name's ७/१२ in Latin digits
    _o, limit, fee, fee_unknown, translated = shown[True]["income-certificate"]
    assert limit == f"{income.rts_days} days" and fee == "₹69.00" and not fee_unknown and not translated


def test_the_wheel_scrolls_the_list_and_the_page_fits_1366x768(qtbot: Any, ctx: Any) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    window.resize(1366, 768)
    page = new_page(qtbot, window)
    QApplication.processEvents()
    results = page.results
    assert page.picker.geometry().bottom() <= page.height()  # the whole list on the page, no page scrolling
    bar = results.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    centre = QPointF(results.viewport().rect().center())
    wheel = QWheelEvent(centre, results.viewport().mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(results.viewport(), wheel)
    assert bar.value() > 0
