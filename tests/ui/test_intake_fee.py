"""The fee box at intake: a service whose fee the catalogue does not know says so and asks the operator
for the fee — it never shows ₹0.00 — and a known fee is shown as its lines and total."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit

from kiosk.domain.catalogue import parse_catalogue
from kiosk.ui.intake_fee import FeeBox
from kiosk.ui.intake_side import IntakeSide

GENERIC = {"code": "loudspeaker-licence", "form": "generic",
           "name": {"en": "Loudspeaker licence", "mr": "ध्वनिक्षेपक परवाना"},
           "department": {"en": "Home Department", "mr": "गृह विभाग"}, "rts_days": 3}


def _services(catalogue_document: Any) -> Any:
    doc = copy.deepcopy(catalogue_document)
    doc["services"].append(GENERIC)
    return parse_catalogue(doc)


def test_an_unknown_fee_is_asked_for_not_shown_as_zero(qtbot: Any, catalogue_document: Any) -> None:
    cat = _services(catalogue_document)
    side = IntakeSide(cat.service("loudspeaker-licence"), "mr")
    qtbot.addWidget(side)
    texts = " ".join(w.text() for w in side.findChildren(QLabel))
    assert "0.00" not in texts and "शुल्क माहीत नाही" in texts
    entry = side.findChild(QLineEdit, "entered_fee")
    assert entry is not None and entry in side.inputs()
    assert side.form_part()["entered_fee_paise"] is None  # nothing typed: the check will ask for it
    with qtbot.waitSignal(side.changed):
        entry.setText("१५०.५०")
    assert side.form_part()["entered_fee_paise"] == 15050
    entry.setText("12 rupees")
    assert side.form_part()["entered_fee_paise"] == "12 rupees"  # worded by the check, not dropped
    assert side.values()["entered_fee"] == "12 rupees"  # kept in a draft


def test_a_known_fee_shows_its_total_and_asks_nothing(qtbot: Any, catalogue_document: Any) -> None:
    box = FeeBox(_services(catalogue_document).service("income-certificate"), "en")
    qtbot.addWidget(box)
    assert box.findChild(QLineEdit, "entered_fee") is None and box.form_part() == {}
    total = box.findChild(QLabel, "fee_total")
    assert total is not None and "69.00" in total.text()
