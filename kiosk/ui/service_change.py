"""Picking another service in the middle of an application: the citizen is the same person, so their name,
address and the consent part stay; what belongs to the old service (its own fields, documents the new one
does not take) is dropped only after the operator agrees.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from kiosk.domain.application import DocumentRecord
from kiosk.domain.catalogue import Service
from kiosk.ui.i18n import tr

if TYPE_CHECKING:
    from kiosk.ui.new_application import NewApplicationPage


@dataclass(frozen=True)
class CarriedOver:
    values: dict[str, str]  # what the new form starts with
    records: list[DocumentRecord]  # documents the new service takes, in its groups
    dropped_fields: tuple[str, ...]  # labels of the old service's filled fields the new one has not
    dropped_documents: int


def carry_over(values: dict[str, str], records: list[DocumentRecord], old: Service, new: Service,
               language: str) -> CarriedOver:
    new_fields = {f.name: f.type for f in new.fields}
    kept: dict[str, str] = {}
    dropped: list[str] = []
    for key, value in values.items():
        if not key.startswith("fields."):
            kept[key] = value
            continue
        name = key[len("fields."):]
        field = next((f for f in old.fields if f.name == name), None)
        if field is not None and new_fields.get(name) == field.type:
            kept[key] = value
        elif value and field is not None and value != "no":
            dropped.append(field.label.text(language))
    moved: list[DocumentRecord] = []
    for record in records:
        group = next((g.code for g in new.documents if record.doc_type in g.any_of), None)
        if group is not None:
            moved.append(replace(record, group_code=group))
    return CarriedOver(kept, moved, tuple(dropped), len(records) - len(moved))


def ask_to_drop(parent: QWidget, carried: CarriedOver, service_name: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Asks (window-modal, not blocking the event loop) before dropping the old service's answers."""
    lines = [tr("Change the service to {service}?").format(service=service_name),
             tr("The applicant's details are kept.")]
    if carried.dropped_fields:
        lines.append(tr("These answers will be removed: {fields}").format(fields=", ".join(carried.dropped_fields)))
    if carried.dropped_documents:
        lines.append(tr("Documents the new service does not take will be removed: {n}").format(
            n=carried.dropped_documents))
    box = QMessageBox(QMessageBox.Icon.Question, tr("Change the service"), "\n".join(lines),
                      QMessageBox.StandardButton.NoButton, parent)
    change = box.addButton(tr("Change the service"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(tr("Keep the current service"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    change.setObjectName("change_service")
    keep.setObjectName("keep_service")
    change.clicked.connect(on_yes)
    box.open()
    return box


def change_service(page: NewApplicationPage, code: str) -> QMessageBox | None:
    """Rebuild ``page``'s open form for service ``code`` with what carries over; asks first when answers or
    documents would be dropped (returns the question, or None when nothing is lost and it changed at once)."""
    assert page.service is not None and page.docs is not None
    new = page.catalogue.service(code)
    carried = carry_over(page.draft_data()["values"], list(page.docs.records), page.service, new, page.language)
    ref = page.aadhaar_ref

    def change() -> None:
        page.build_form(code, values=carried.values, records=carried.records)
        page.aadhaar_ref = ref

    if carried.dropped_fields or carried.dropped_documents:
        return ask_to_drop(page, carried, new.name.text(page.language), change)
    change()
    return None
