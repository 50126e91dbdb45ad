"""Camera capture of a document.

A CI machine has no camera, so the frames come from a painted page handed to the dialog's capture slot —
the one simulated device in the suite. Everything after the frame (compression, storage, the checklist)
is the real pipeline, the same one scanner pages go through.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from kiosk.documents.storage import has_document
from kiosk.ui.camera import CameraDialog, cameras, qimage_to_pil
from tests.ui.conftest import make_window, new_page


def painted_page(text: str, width: int = 1280, height: int = 960) -> QImage:
    """What a document camera returns: a photo of a page, here a painted one (grey paper, dark text)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(236, 233, 225))
    painter = QPainter(image)
    painter.setPen(QColor(30, 30, 30))
    painter.setFont(QFont("Noto Sans Devanagari", 28))
    for i in range(12):
        painter.drawText(QRect(60, 60 + i * 70, width - 120, 60), Qt.AlignmentFlag.AlignLeft, f"{text} {i + 1}")
    painter.end()
    return image


def test_no_camera_says_what_to_do_instead(qtbot) -> None:
    dialog = CameraDialog(devices=[])
    qtbot.addWidget(dialog)
    assert "No camera found" in dialog.notice.text() and "scanner" in dialog.notice.text()
    assert not dialog.take.isEnabled()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # nothing to use yet
    dialog.capture()  # a stray Space press with no camera: a sentence, no crash
    assert "not ready" in dialog.notice.text()


def test_the_machine_without_a_camera_lists_none(qapp) -> None:
    # The CI machine really has no video input: the list is empty rather than an error.
    assert cameras() == []


def test_frames_become_pages_and_an_empty_frame_is_refused(qtbot) -> None:
    dialog = CameraDialog(devices=[])
    qtbot.addWidget(dialog)
    dialog.take_frame(QImage())  # a camera that returned nothing
    dialog.take_frame(painted_page("x", 120, 90))  # or a useless thumbnail
    assert dialog.pages == [] and "empty" in dialog.notice.text()
    dialog.take_frame(painted_page("पान"))
    dialog.take_frame(painted_page("page"))
    assert len(dialog.pages) == 2 and dialog.taken.count() == 2
    assert dialog.pages[0].size == (1280, 960) and dialog.pages[0].mode == "RGB"
    assert dialog.pages[0].getpixel((5, 5)) == (236, 233, 225)  # colours survive the QImage → Pillow copy
    dialog.remove_last()
    assert len(dialog.pages) == 1 and dialog.taken.count() == 1


def test_qimage_with_padded_rows_converts_exactly(qapp) -> None:
    # 1001 px × 3 bytes is not a multiple of 4: Qt pads each row, which a naive copy would skew.
    image = QImage(1001, 300, QImage.Format.Format_RGB888)
    image.fill(QColor(10, 20, 30))
    image.setPixelColor(1000, 299, QColor(200, 100, 50))
    pil = qimage_to_pil(image)
    assert pil.getpixel((0, 0)) == (10, 20, 30) and pil.getpixel((1000, 299)) == (200, 100, 50)


def test_photos_are_attached_compressed_and_fill_the_checklist(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    page = new_page(qtbot, window)
    page.choose("income-certificate")
    docs: Any = page.docs
    before = set(docs.missing())
    dialog = docs.take_photo(devices=[])
    dialog.take_frame(painted_page("उत्पन्नाचा दाखला"))
    dialog.take_frame(painted_page("income proof"))
    dialog.accept()
    qtbot.waitUntil(lambda: len(docs.records) == 1, timeout=20_000)
    record = docs.records[0]
    assert record.pages == 2 and record.size_bytes < 2 * 300 * 1024  # within the per-page budget
    assert has_document(ctx.paths.documents, record.sha256)
    assert set(docs.missing()) < before  # the group the photo was attached to is now ticked
    assert "2" in docs.attached.item(0).text()
