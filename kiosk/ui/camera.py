"""Taking a document with a camera (a USB document camera or a webcam) when the hub has no scanner free.

The operator sees the live picture, takes one photo per page and hands the pages to the documents panel,
which compresses and stores them exactly like scanner pages (``document_from_images``). Nothing touches
the disk here: frames stay in memory until the panel stores the finished, compressed document.

QtMultimedia (PySide6-Addons) is imported lazily, so a PC whose Qt lacks it, or that has no camera, still
opens the window; the dialog then says what to do instead. A CI machine has no camera either: the tests
drive :meth:`CameraDialog.take_frame` with a painted page — the one place a device is simulated.
"""

from __future__ import annotations

import logging
from typing import Any

from PIL import Image
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.i18n import tr
from kiosk.ui.widgets import ok_cancel

log = logging.getLogger("kiosk.ui")
THUMB = 96
MAX_PAGES = 10  # a long document belongs on the scanner; the documents package enforces its own limit too


def cameras() -> list[Any]:
    """The video inputs Qt can see (``QCameraDevice``); empty without QtMultimedia or without a camera."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:  # a Qt build without the add-on: the scan folder still works
        log.info("QtMultimedia not available: camera capture is off")
        return []
    return list(QMediaDevices.videoInputs())


def qimage_to_pil(image: QImage) -> Image.Image:
    """A deep copy as an RGB Pillow image (safe to hand to a worker thread; QImage data is not)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    data = bytes(rgb.constBits())[: stride * height]
    return Image.frombuffer("RGB", (width, height), data, "raw", "RGB", stride, 1).copy()


class CameraDialog(QDialog):
    """Live view, "take photo" per page, the pages taken so far; ``pages`` holds them on accept."""

    def __init__(self, parent: QWidget | None = None, *, devices: list[Any] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Take a photo of the document"))
        self.pages: list[Image.Image] = []
        self._camera: Any = None
        self._capture: Any = None
        self._session: Any = None
        self.devices = cameras() if devices is None else devices
        layout = QVBoxLayout(self)
        self.notice = QLabel("")
        self.notice.setWordWrap(True)
        self.notice.setObjectName("camera_notice")
        layout.addWidget(self.notice)
        self.choice = QComboBox()
        self.choice.setObjectName("camera_choice")
        for d in self.devices:
            self.choice.addItem(d.description(), d)
        layout.addWidget(self.choice)
        self.view = self._viewfinder()
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.take = QPushButton(tr("Take photo (Space)"))
        self.take.setObjectName("camera_take")
        self.take.setShortcut(Qt.Key.Key_Space)
        self.take.clicked.connect(self.capture)
        row.addWidget(self.take)
        self.drop_last = QPushButton(tr("Remove last page"))
        self.drop_last.clicked.connect(self.remove_last)
        row.addWidget(self.drop_last)
        layout.addLayout(row)
        self.taken = QListWidget()
        self.taken.setObjectName("camera_pages")
        self.taken.setViewMode(QListWidget.ViewMode.IconMode)
        self.taken.setIconSize(QSize(THUMB, THUMB))
        self.taken.setMaximumHeight(THUMB + 48)
        layout.addWidget(self.taken)
        self.buttons = ok_cancel(self, tr("Use these pages"))
        layout.addWidget(self.buttons)
        self.choice.currentIndexChanged.connect(self._start)
        self.resize(760, 620)
        if self.devices:
            self._start()
        else:
            self.notice.setText(tr("No camera found. Connect a camera and open this again, "
                                   "or put the document on the scanner."))
            self.take.setEnabled(False)
            self.choice.hide()
        self._refresh()

    def _viewfinder(self) -> QWidget:
        try:
            from PySide6.QtMultimediaWidgets import QVideoWidget
        except ImportError:
            return QLabel("")
        widget = QVideoWidget()
        widget.setMinimumSize(480, 360)
        return widget

    def _start(self) -> None:
        """(Re)open the chosen camera. Errors (busy, unplugged) become a sentence, never an exception."""
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession

        self.stop()
        device = self.choice.currentData()
        if device is None:
            return
        self._session = QMediaCaptureSession(self)
        self._camera = QCamera(device, self)
        self._capture = QImageCapture(self)
        self._session.setCamera(self._camera)
        self._session.setImageCapture(self._capture)
        if hasattr(self.view, "videoSink"):
            self._session.setVideoOutput(self.view)
        self._capture.imageCaptured.connect(lambda _id, image: self.take_frame(image))
        self._capture.errorOccurred.connect(lambda _id, _err, text: self._camera_error(text))
        self._camera.errorOccurred.connect(lambda _err, text: self._camera_error(text))
        self._camera.start()
        self.notice.setText(tr("Hold the document flat, fill the picture with it, then take the photo."))

    def _camera_error(self, detail: str) -> None:
        log.warning("camera: %s", detail)
        self.notice.setText(tr("The camera stopped working. Check its cable and try again, "
                               "or put the document on the scanner."))

    def capture(self) -> None:
        if len(self.pages) >= MAX_PAGES:
            self.notice.setText(tr("At most {n} pages by camera; use the scanner for a longer document.")
                                .format(n=MAX_PAGES))
            return
        if self._capture is None or not self._capture.isReadyForCapture():
            self.notice.setText(tr("The camera is not ready yet. Wait a moment and try again."))
            return
        self._capture.capture()

    def take_frame(self, image: QImage) -> None:
        """One captured page (from the camera's ``imageCaptured`` signal, or a test)."""
        if image.isNull() or image.width() < 200 or image.height() < 200:
            self.notice.setText(tr("That photo came out empty. Take it again."))
            return
        self.pages.append(qimage_to_pil(image))
        item = QListWidgetItem(tr("Page {n}").format(n=len(self.pages)))
        item.setIcon(QPixmap.fromImage(image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio)))
        self.taken.addItem(item)
        self._refresh()

    def remove_last(self) -> None:
        if self.pages:
            self.pages.pop()
            self.taken.takeItem(self.taken.count() - 1)
        self._refresh()

    def _refresh(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.pages))
        self.drop_last.setEnabled(bool(self.pages))

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._camera.deleteLater()
        self._camera = self._capture = self._session = None

    def done(self, result: int) -> None:  # accept, reject and closing the window all end here
        self.stop()
        super().done(result)
