"""Each detailed service's form, built by the window's form builder offscreen: one input per catalogue field of
the right kind, headed by the field's group in Marathi, and what the operator types there validates."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QLineEdit, QPlainTextEdit

from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.catalogue import Catalogue, parse_catalogue
from kiosk.domain.intake import take_application
from kiosk.ui.form_builder import ApplicationForm
from tests.detailed_forms import DOB, detailed, document_records, field_values, kept_value
from tests.ui.conftest import NAMES_EN, NAMES_MR, PERSON

WIDGETS = {"select": QComboBox, "checkbox": QCheckBox, "textarea": QPlainTextEdit}
SHOTS = Path("/work/shots/counter-office")


def test_every_detailed_form_builds_and_what_is_typed_validates(qtbot: Any, marathi: Any,
                                                                catalogue_document: dict) -> None:
    catalogue: Catalogue = parse_catalogue(catalogue_document)
    services = detailed(catalogue)
    assert len(services) >= 52
    for service in services:
        form = ApplicationForm(service, "mr")
        qtbot.addWidget(form)
        headings = {box.title() for box in form.findChildren(QGroupBox)}
        for f in service.fields:
            widget = form.inputs.get(f"fields.{f.name}")
            assert isinstance(widget, WIDGETS.get(f.type, QLineEdit)), (service.code, f.name, type(widget))
            if f.group is not None:
                assert f.group.text("mr") in headings, (service.code, f.group.mr)
        typed = {f"fields.{name}": value for name, value in field_values(service).items()}
        form.set_values({**NAMES_MR, **NAMES_EN, **PERSON, "dob": DOB, **typed})
        if service.needs_category:
            form.set_values({"category": "OBC"})
        assert form.fields_dict() == {k.split(".", 1)[1]: v for k, v in typed.items()}, service.code
        result = take_application(
            {"service_code": service.code, "applicant": form.applicant_dict(), "fields": form.fields_dict(),
             "delivery": "print_at_hub", "consent": {"accepted": True, "language": "mr"},
             # a fee the catalogue does not know is typed at the counter (the fee box, ui/intake_fee.py)
             **({} if service.fee_known else {"entered_fee_paise": 5000})},
            catalogue=catalogue, calendar=WorkingCalendar(), hub_code="MH-TEST-1", operator="op1",
            now=datetime(2026, 11, 27, 6, 30, tzinfo=UTC), today=date(2026, 11, 27),
            documents=document_records(service))
        assert result.ok, (service.code, [(p.field, p.code) for p in result.problems])
        assert result.application is not None
        assert dict(result.application.fields) == {f.name: kept_value(f) for f in service.fields}, service.code
        if service.code in ("mutation-entry", "ration-card-add-name") and SHOTS.is_dir():
            form.resize(900, form.sizeHint().height())
            form.grab().save(str(SHOTS / f"form-{service.code}-mr.png"))
        form.close()
