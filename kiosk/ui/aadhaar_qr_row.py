"""The "Fill from Aadhaar QR" row of a new application: picks a scan, reads its Secure QR on the pool, says
in the operator's language whether UIDAI's signature verified, and shows the QR's photo to compare.

A QR whose signature did not verify (altered, or an old unsigned one) does not fill the form by itself:
the operator is asked first, and what it fills is then kept as "not verified"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from kiosk.counter.aadhaar_fill import read_aadhaar
from kiosk.domain.applicant import AadhaarRef
from kiosk.ui.background import run_in_background
from kiosk.ui.errors import sentence
from kiosk.ui.file_pick import pick_file
from kiosk.ui.i18n import tr


def verifier_reference(ref: dict[str, Any] | None) -> AadhaarRef | None:
    """The QR verifier's result as the page keeps it (``{"last4", "reference_id", "verified"}``, also in
    its sealed draft), as the domain takes it; None when no QR was read."""
    if ref is None:
        return None
    return AadhaarRef(str(ref.get("last4", "")), str(ref.get("reference_id", "")), ref.get("verified") is True)


class AadhaarQrRow(QWidget):
    read = Signal(object)  # the decoded AadhaarQrData, once it may fill the form

    def __init__(self, assets: Path, scan_inbox: Path, language: str) -> None:
        super().__init__()
        self.assets, self.scan_inbox, self.language = assets, scan_inbox, language
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(tr("Fill from Aadhaar QR…"))
        self.button.setObjectName("aadhaar_qr")
        self.button.clicked.connect(self.pick_image)
        self.badge = QLabel("")
        self.badge.setObjectName("aadhaar_badge")
        self.badge.setWordWrap(True)
        self.photo = QLabel("")
        self.question: QMessageBox | None = None  # asked when a QR's signature did not verify
        row.addWidget(self.button)
        row.addWidget(self.photo)
        row.addWidget(self.badge, 1)

    def pick_image(self) -> None:
        chosen = pick_file(self, tr("Fill from Aadhaar QR…"), self.scan_inbox)
        if chosen is not None:
            self.fill_from(chosen)

    def fill_from(self, path: Path) -> None:
        self.badge.setText(tr("Reading the QR code…"))
        assets = self.assets
        run_in_background(lambda: read_aadhaar(path, assets), self._shown,
                          lambda exc: self.badge.setText(sentence(exc, self.language)))

    def _shown(self, data: Any) -> None:
        from kiosk.documents.reasons import aadhaar_text

        lang = self.language
        key = "verified" if data.verified else ("unsigned" if data.version == 0 else "not_verified")
        colour = "#15803d" if data.verified else "#b3261e"
        self.badge.setText(f"<span style='color:{colour}; font-weight:bold'>{aadhaar_text(key, lang)}</span>"
                           f"<br>{aadhaar_text('compare_photo', lang)}")
        if data.photo_png:
            pixmap = QPixmap()
            if pixmap.loadFromData(data.photo_png):
                self.photo.setPixmap(pixmap.scaledToHeight(96))
        self.offer(data)

    def offer(self, data: Any) -> None:
        """Fill the form from ``data`` (emit ``read``) — at once when UIDAI's signature verified, else only
        once the operator confirms, having been told it will be recorded as not verified."""
        if data.verified is True:
            self.read.emit(data)
            return
        self.question = box = QMessageBox(
            QMessageBox.Icon.Warning, tr("Aadhaar QR not verified"),
            tr("UIDAI's signature on this QR did not verify: its details may have been changed. Compare "
               "them with the citizen's card. Fill the form anyway? The application will record the "
               "Aadhaar as not verified."),
            QMessageBox.StandardButton.NoButton, self)
        fill = box.addButton(tr("Fill, recorded as not verified"), QMessageBox.ButtonRole.AcceptRole)
        skip = box.addButton(tr("Do not fill"), QMessageBox.ButtonRole.RejectRole)
        fill.setObjectName("qr_fill_unverified")
        skip.setObjectName("qr_do_not_fill")
        box.setDefaultButton(skip)  # Enter does not take an unverified QR by accident
        box.setEscapeButton(skip)
        fill.clicked.connect(lambda: self.read.emit(data))
        box.open()
