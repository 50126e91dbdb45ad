"""Issue 14, privacy, in the window: an Aadhaar QR whose UIDAI signature failed fills nothing until the
operator confirms (then the application records "not verified"); an Aadhaar number typed into the purpose
is refused under that input, in the operator's language."""

from __future__ import annotations

import gzip
import zlib
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kiosk.config import ASSETS_DIR
from kiosk.documents.aadhaar import AadhaarQrData, parse_secure_qr
from kiosk.documents.uidai_certs import load_certificates
from tests.ui.conftest import DATA, INCOME, NAMES_MR, PERSON, fill, make_window
from tests.ui.test_intake_input import income_page


def uidai_qr(*, forged: bool) -> AadhaarQrData:
    """UIDAI's public sample QR, or the same with one letter of the name changed (signature fails)."""
    sample = (DATA / "sumit_v1_uidai_sample.txt").read_text("ascii").strip()
    if forged:
        number = int(sample)
        raw = zlib.decompress(number.to_bytes((number.bit_length() + 7) // 8, "big"), 32 + zlib.MAX_WBITS)
        sample = str(int.from_bytes(gzip.compress(raw.replace(b"Sumit Kumar", b"Sumit Kumal"), mtime=0), "big"))
    return parse_secure_qr(sample, load_certificates(ASSETS_DIR / "uidai"))


def button(page: Any, name: str) -> QPushButton:
    assert page.qr.question is not None
    found = page.qr.question.findChild(QPushButton, name)
    assert found is not None
    return found


def test_a_qr_that_failed_its_signature_fills_nothing_unless_the_operator_confirms(qtbot, ctx, marathi) -> None:
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    page = income_page(qtbot, window)
    data = uidai_qr(forged=True)
    assert data.verified is False
    page.qr.offer(data)
    box = page.qr.question
    qtbot.waitUntil(box.isVisible)
    assert "पडताळ" in box.text()  # asked in Marathi
    assert page.form.inputs["name_en.first"].text() == "" and page.aadhaar_ref is None
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter is "do not fill": an unverified QR is never taken by accident
    qtbot.waitUntil(lambda: not box.isVisible())
    assert page.form.inputs["name_en.first"].text() == "" and page.aadhaar_ref is None

    page.qr.offer(data)
    qtbot.waitUntil(page.qr.question.isVisible)
    qtbot.mouseClick(button(page, "qr_fill_unverified"), Qt.MouseButton.LeftButton)
    assert page.form.inputs["name_en.first"].text() == "Sumit"
    fill(page, {**NAMES_MR, **PERSON, **INCOME})
    page.side.consent.setChecked(True)
    page.save()
    qtbot.waitUntil(lambda: page.receipt_dialog is not None, timeout=20_000)
    stored = ctx.applications().get(page.receipt_dialog.receipt.application.uuid)
    assert stored.applicant.aadhaar is not None
    assert stored.applicant.aadhaar.last4 == "2697" and stored.applicant.aadhaar.verified is False
    page.receipt_dialog.close()


def test_a_verified_qr_fills_at_once_and_is_kept_verified(qtbot, ctx, marathi) -> None:
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    page = income_page(qtbot, window)
    page.qr.offer(uidai_qr(forged=False))
    assert page.qr.question is None
    assert page.form.inputs["name_en.first"].text() == "Sumit"
    fill(page, {**NAMES_MR, **PERSON, **INCOME})
    page.side.consent.setChecked(True)
    result = page.check()
    assert result.application is not None and result.application.applicant.aadhaar is not None
    assert result.application.applicant.aadhaar.verified is True


def test_an_aadhaar_number_in_the_purpose_is_refused_under_it(qtbot, ctx, marathi) -> None:
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    page = income_page(qtbot, window)
    fill(page, {**NAMES_MR, "name_en.first": "Sunita", "name_en.surname": "Kshirsagar", **PERSON, **INCOME,
                "fields.purpose": "प्रवेश, आधार २३४१ २३४१ २३४६"})
    page.side.consent.setChecked(True)
    page.save()
    assert page.receipt_dialog is None and ctx.applications().count() == 0
    assert "आधार क्रमांक" in page.form.errors["fields.purpose"].text()
