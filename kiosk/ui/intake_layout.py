"""How the new-application page lays out one service's form: on the left the heading, the Aadhaar QR row
and the form in a scroll area; on the right the documents and the fees, delivery and consent column; under
both a footer with the message and Save, which never scrolls away. And, read on the pool, what the hub can
fill in for this service (:mod:`kiosk.counter.form_help`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.counter.form_help import FormHelp
from kiosk.counter.intake import Intake
from kiosk.ui.aadhaar_qr_row import AadhaarQrRow
from kiosk.ui.background import run_in_background
from kiosk.ui.documents_panel import DocumentsPanel
from kiosk.ui.form_builder import ApplicationForm, NameProposer
from kiosk.ui.intake_reuse import ReuseBox
from kiosk.ui.intake_side import IntakeSide

if TYPE_CHECKING:
    from kiosk.ui.new_application import NewApplicationPage

log = logging.getLogger("kiosk.ui")


def scroll_area(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a Tab stop that shows nothing is a lost keystroke
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    return area


def lay_out(page: NewApplicationPage, propose: NameProposer | None) -> None:
    """Build ``page.form``, ``page.docs``, ``page.side`` and ``page.qr`` for ``page.service``."""
    service, lang, paths = page.service, page.language, page.paths
    assert service is not None
    page.form = form = ApplicationForm(service, lang, propose)
    form.changed.connect(page.on_changed)
    form.advance.connect(page.advance)
    holder = QWidget()
    box = QVBoxLayout(holder)
    heading = QLabel(f"<b>{service.name.text(lang)}</b> — {service.department.text(lang)}")
    heading.setWordWrap(True)
    box.addWidget(heading)
    page.qr = qr = AadhaarQrRow(paths.assets, paths.scan_inbox, lang)
    qr.read.connect(page.aadhaar_read)
    box.addWidget(qr)
    box.addWidget(form)
    left = scroll_area(holder)
    page.body.addWidget(left)
    column = QWidget()
    col = QVBoxLayout(column)
    page.docs = docs = DocumentsPanel(page.attachments, paths.scan_inbox, lang, page.catalogue, service,
                                      poll=page.poll_scans)
    docs.changed.connect(page.on_changed)
    col.addWidget(docs)
    reuse = ReuseBox(page)  # a returning citizen's earlier documents, with their consent (issue 18)
    col.addWidget(reuse)
    page.side = side = IntakeSide(service, lang, page.intake.visit_fees())  # + the doorstep fee on a visit
    side.parts.append(reuse.form_part)
    side.changed.connect(page.on_changed)
    side.save_button.clicked.connect(page.save)
    col.addWidget(side)
    for widget in side.inputs():
        widget.installEventFilter(form.enter)
    right = scroll_area(column)
    page.body.addWidget(right)
    page.body.setSizes([640, 520])
    page.scrolls = [left, right]
    page.footer_row.addWidget(side.message, 1)
    page.footer_row.addWidget(side.save_button)
    page.footer.show()


def clear_footer(page: NewApplicationPage) -> None:
    """Take the closed form's message and Save out of the footer (they belong to its side column)."""
    while page.footer_row.count():
        item = page.footer_row.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
    page.footer.hide()


def read_form_help(intake: Intake, assets: Path, code: str, arrived: Callable[[FormHelp], None]) -> None:
    """What the hub can fill in for service ``code``, read on the pool (a few recent applications)."""
    from kiosk.geo import load_geography

    def work() -> FormHelp:
        try:
            geography = load_geography(assets)
        except (OSError, ValueError):
            geography = None
        return intake.form_help(code, geography)

    run_in_background(work, arrived, lambda exc: log.warning("form help not read: %s", exc))
