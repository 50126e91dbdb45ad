"""A USB QR scanner types the receipt's code (``SK1|<receipt no>|<uuid>``) into the Applications search box,
key by key, then Enter: the one application it names is listed, highlighted and shown in the detail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.receipts import qr_payload
from tests.ui.test_applications_rows import detail_settled, two_citizens


def test_a_scanned_receipt_code_opens_its_application(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page, sunita, _ganesh = two_citizens(qtbot, ctx)
    page.search.setFocus()
    QTest.keyClicks(page.search, qr_payload(sunita.receipt_number, sunita.uuid))
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and page.table.current_key() == sunita.uuid, timeout=10_000)
    detail_settled(qtbot, page)
    assert page.current.uuid == sunita.uuid and sunita.receipt_number in page.table.item(0, 0).toolTip()
