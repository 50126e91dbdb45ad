"""The application form, built from a catalogue entry: applicant, address, then the service's own fields.

Each input has a dotted key matching the ``Problem.field`` names of ``kiosk.domain.intake`` (``name_mr.first``,
``address.pin``, ``fields.annual_income`` …), so inline validation is just "show each problem under the
input with that key". Widgets are created in reading order, which is Qt's default tab order, and Enter
follows the same order (see :mod:`kiosk.ui.form_inputs`).

Less typing: the address is offered from the hub (a village picker over its ring, taluka and district, the
village's usual PIN), the category is picked from a list, text fields complete from this hub's usual answers
(:mod:`kiosk.counter.form_help`), and the name in one script is proposed from the other as it is typed
(``propose``: the transliteration; a proposal never overwrites what the operator typed or corrected).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.counter.form_help import FormHelp
from kiosk.domain.catalogue import FormField, Label, Service
from kiosk.domain.errors import Problem
from kiosk.ui.form_inputs import (
    AadhaarEdit,
    EnterMovesOn,
    category_picker,
    dashes_in_dates,
    set_choices,
    suggest,
    village_picker,
)
from kiosk.ui.i18n import N_, tr

NAME_PARTS = (("first", N_("First name")), ("mother", N_("Mother's name")),
              ("father_or_husband", N_("Father's or husband's name")), ("surname", N_("Surname")))
ADDRESS_PARTS = (("house", N_("House no.")), ("street", N_("Street / area")), ("village", N_("Village / town")),
                 ("taluka", N_("Taluka")), ("district", N_("District")), ("pin", N_("PIN code")))
GENDERS = (("", ""), ("F", N_("Female")), ("M", N_("Male")), ("T", N_("Transgender")))


# (text, target script "en" or "mr", the typed input's key) → the name proposed in that script; "" when there
# is nothing to propose (the key says which part of the name it is: surnames are spelt by their own customs)
NameProposer = Callable[[str, str, str], str]


def _value(widget: QWidget) -> str:
    if isinstance(widget, AadhaarEdit):
        return widget.number()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.currentText()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return "" if data is None else str(data)
    if isinstance(widget, QCheckBox):
        return "yes" if widget.isChecked() else ""
    return ""


def _set(widget: QWidget, value: str) -> None:
    if isinstance(widget, AadhaarEdit):
        widget.set_number(value)
    elif isinstance(widget, QLineEdit):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox) and widget.isEditable():
        widget.setEditText(value)
    elif isinstance(widget, QComboBox):
        if value and widget.findData(value) < 0:
            widget.addItem(value, value)  # kept as it was (an older draft's free text), not silently dropped
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(value in ("yes", "true", "1"))


class ApplicationForm(QWidget):
    """The inputs for one service; ``changed`` fires on every edit (for the draft and the validation)."""

    changed = Signal()
    advance = Signal(QObject)  # Enter in this input: move on (the page knows what comes after the form)

    def __init__(self, service: Service, language: str, propose: NameProposer | None = None) -> None:
        super().__init__()
        self.service = service
        self.language = language
        self.propose = propose
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.touched: set[str] = set()
        self.proposed: dict[str, str] = {}  # input → what was proposed there and not yet changed by hand
        self.help: FormHelp | None = None
        self.enter = EnterMovesOn(self, self.advance.emit)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        for script, heading in (("mr", tr("Applicant's name in Marathi")), ("en", tr("Applicant's name in English"))):
            form = self._group(outer, heading)
            for part, caption in NAME_PARTS:
                self._line(form, f"name_{script}.{part}", tr(caption))
        form = self._group(outer, tr("Personal details"))
        self._line(form, "dob", tr("Date of birth"), placeholder=tr("DD-MM-YYYY"))
        gender = QComboBox()
        for code, caption in GENDERS:
            gender.addItem(tr(caption) if caption else "—", code)
        self._add(form, "gender", tr("Gender"), gender)
        self._line(form, "mobile", tr("Mobile number"), placeholder="98XXXXXXXX")
        self._line(form, "email", tr("Email (optional)"))
        self._add(form, "category", tr("Category") if service.needs_category else tr("Category (optional)"),
                  category_picker())
        self._add(form, "aadhaar", tr("Aadhaar number (only the last 4 digits are kept)"), AadhaarEdit())
        form = self._group(outer, tr("Address"))
        for part, caption in ADDRESS_PARTS:
            if part == "village":
                self._add(form, "address.village", tr(caption), village_picker())
            else:
                self._line(form, f"address.{part}", tr(caption))
        groups: dict[str, tuple[Label | None, list[FormField]]] = {}
        for f in service.fields:
            key = f.group.en if f.group else ""
            groups.setdefault(key, (f.group, []))[1].append(f)
        for label, fields in groups.values():
            form = self._group(outer, label.text(language) if label else tr("Service details"))
            for f in fields:
                self._field(form, f)
        outer.addStretch(1)

    # --------------------------------------------------------------------------------------- building
    def _group(self, outer: QVBoxLayout, heading: str) -> QFormLayout:
        box = QGroupBox(heading)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addWidget(box)
        return form

    def _add(self, form: QFormLayout, key: str, caption: str, widget: QWidget, help_text: str = "") -> None:
        widget.setObjectName(key)
        widget.setAccessibleName(caption)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        if help_text:
            hint = QLabel(help_text)
            hint.setStyleSheet("color:#4b5563")
            box.addWidget(hint)
        error = QLabel("")
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        form.addRow(caption, holder)
        self.inputs[key] = widget
        self.errors[key] = error
        signal = (widget.textChanged if isinstance(widget, (QLineEdit, QPlainTextEdit)) else
                  widget.currentTextChanged if isinstance(widget, QComboBox) and widget.isEditable() else
                  widget.currentIndexChanged if isinstance(widget, QComboBox) else widget.toggled)  # type: ignore[attr-defined]
        signal.connect(lambda *_a, k=key: self._edited(k))
        widget.installEventFilter(self.enter)
        line = widget.lineEdit() if isinstance(widget, QComboBox) else None
        if line is not None:
            line.installEventFilter(self.enter)

    def _line(self, form: QFormLayout, key: str, caption: str, *, placeholder: str = "", help_text: str = "") -> None:
        edit = QLineEdit()
        if placeholder:
            edit.setPlaceholderText(placeholder)
        if key == "dob":
            dashes_in_dates(edit)
        self._add(form, key, caption, edit, help_text)

    def _field(self, form: QFormLayout, f: FormField) -> None:
        caption = f.label.text(self.language) + (" *" if f.required else "")
        help_text = f.help.text(self.language) if f.help else ""
        key = f"fields.{f.name}"
        widget: QWidget
        if f.type == "select":
            combo = QComboBox()
            combo.addItem("—", "")
            for option in f.options:
                combo.addItem(option.label.text(self.language), option.value)
            widget = combo
        elif f.type == "textarea":
            area = QPlainTextEdit()
            area.setTabChangesFocus(True)
            area.setMaximumHeight(90)
            widget = area
        elif f.type == "checkbox":
            widget = QCheckBox()
        else:
            edit = QLineEdit()
            if f.type == "date":
                edit.setPlaceholderText(tr("DD-MM-YYYY"))
                dashes_in_dates(edit)
            if f.max_length:
                edit.setMaxLength(f.max_length)
            widget = edit
        self._add(form, key, caption, widget, help_text)

    # ----------------------------------------------------------------------------------------- values
    def _edited(self, key: str) -> None:
        self.touched.add(key)
        self.proposed.pop(key, None)
        if key.startswith(("name_mr.", "name_en.")):
            self._propose_name(key)
        if key == "address.village" and self.help is not None:
            self._offer("address.pin", self.help.pin_for(_value(self.inputs[key])))
        self.changed.emit()

    # ------------------------------------------------------------------------------------- less typing
    def apply_help(self, help_: FormHelp) -> None:
        """Offer what the hub knows: villages to pick from, and taluka, district, village and its PIN filled
        in where the operator has typed nothing (a draft's values are kept)."""
        self.help = help_
        village = self.inputs["address.village"]
        assert isinstance(village, QComboBox)
        set_choices(village, help_.villages)
        for i, ring_village in enumerate(help_.ring):  # the ring comes first: both names on each
            village.setItemData(i, ring_village.caption(), Qt.ItemDataRole.ToolTipRole)
        for key, value in (("address.taluka", help_.taluka), ("address.district", help_.district),
                           ("address.village", help_.villages[0] if help_.villages else "")):
            self._offer(key, value)
        self._offer("address.pin", help_.pin_for(_value(village)))
        for f in self.service.fields:
            widget = self.inputs.get(f"fields.{f.name}")
            if isinstance(widget, QLineEdit) and f.name in help_.answers:
                suggest(widget, help_.answers[f.name])

    def _offer(self, key: str, value: str) -> None:
        """Fill ``key`` with ``value`` unless the operator has typed there (a proposal may replace a proposal)."""
        widget = self.inputs[key]
        current = _value(widget)
        if not value or (current and self.proposed.get(key) != current):
            return
        widget.blockSignals(True)
        _set(widget, value)
        widget.blockSignals(False)
        self.proposed[key] = _value(widget)

    def _propose_name(self, key: str) -> None:
        if self.propose is None:
            return
        script, part = key.split(".", 1)
        target = "en" if script == "name_mr" else "mr"
        other = f"name_{target}.{part}"
        current = _value(self.inputs[other])
        if current and self.proposed.get(other) != current:
            return  # typed, corrected, read from the Aadhaar QR or a draft: never overwritten
        proposal = self.propose(_value(self.inputs[key]), target, key)
        widget = self.inputs[other]
        if _value(widget) != proposal:
            widget.blockSignals(True)
            _set(widget, proposal)
            widget.blockSignals(False)
        self.proposed[other] = proposal
        self.touched.add(other)

    def values(self) -> dict[str, str]:
        return {key: _value(w) for key, w in self.inputs.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        for key, value in values.items():
            widget = self.inputs.get(key)
            if widget is not None and isinstance(value, str):
                widget.blockSignals(True)
                _set(widget, value)
                widget.blockSignals(False)
                self.proposed.pop(key, None)
        self.changed.emit()

    def applicant_dict(self) -> dict[str, Any]:
        v = self.values()
        return {
            "name_en": {p: v[f"name_en.{p}"] for p, _ in NAME_PARTS},
            "name_mr": {p: v[f"name_mr.{p}"] for p, _ in NAME_PARTS},
            "dob": v["dob"], "gender": v["gender"], "mobile": v["mobile"], "email": v["email"],
            "category": v["category"], "aadhaar": v["aadhaar"],
            "address": self._address(v),
        }

    def _address(self, v: dict[str, str]) -> dict[str, str]:
        """The address; a village picked from the ring is kept by its name and code (the dashboard's key)."""
        address = {p: v[f"address.{p}"] for p, _ in ADDRESS_PARTS}
        if self.help is not None:
            address["village"], address["village_code"] = self.help.address_village(address["village"])
        return address

    def fields_dict(self) -> dict[str, str]:
        return {key.split(".", 1)[1]: value for key, value in self.values().items() if key.startswith("fields.")}

    # ------------------------------------------------------------------------------------- problems
    def show_problems(self, problems: Iterable[Problem], *, only_touched: bool) -> int:
        """Show each problem under its input; returns how many were shown."""
        by_key: dict[str, str] = {}
        for p in problems:
            if p.field in self.inputs and p.field not in by_key and (not only_touched or p.field in self.touched):
                by_key[p.field] = p.message(self.language)
        for key, label in self.errors.items():
            text = by_key.get(key, "")
            label.setText(text)
            label.setVisible(bool(text))
            widget = self.inputs[key]
            if widget.property("invalid") != bool(text):
                widget.setProperty("invalid", bool(text))
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        return len(by_key)

    def first_invalid(self) -> QWidget | None:
        for key, label in self.errors.items():
            if label.text():
                return self.inputs[key]
        return None
