"""How the citizen wants the certificate: one row per channel (print at the hub, WhatsApp, e-mail, portal /
DigiLocker), each with its own contact and its own consent, and how they hear of the receipt today.

Keyboard first: Tab walks the rows, Space ticks. A channel's contact and consent come alive only when the
channel is ticked; a contact left blank is the form's mobile or e-mail (the WhatsApp number may differ). The rules
(a valid number, an address, consent) are the domain's (``kiosk.domain.delivery``), shown as the form's
problems like any other — this widget only gathers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from kiosk.ui.i18n import N_, tr

ROWS = (("print_at_hub", N_("Print at this hub"), ""),
        ("whatsapp", N_("WhatsApp"), N_("WhatsApp number (blank: the mobile above)")),
        ("email", N_("E-mail"), N_("E-mail address (blank: the one above)")),
        ("portal_download", N_("Portal / DigiLocker"), N_("DigiLocker mobile (blank: the mobile above)")))
ACKS = (("", N_("Acknowledgement: WhatsApp if ticked, else SMS")), ("sms", N_("Acknowledgement by SMS")),
        ("none", N_("No acknowledgement message")))


class ChannelsBox(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Certificate delivery"), parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setVerticalSpacing(2)
        self.ticks: dict[str, QCheckBox] = {}
        self.contacts: dict[str, QLineEdit] = {}
        self.consents: dict[str, QCheckBox] = {}
        for row, (code, caption, hint) in enumerate(ROWS):
            tick = QCheckBox(tr(caption))
            tick.setObjectName(f"channel_{code}")
            self.ticks[code] = tick
            grid.addWidget(tick, row * 2, 0)
            if hint:
                contact = QLineEdit()
                contact.setObjectName(f"contact_{code}")
                contact.setPlaceholderText(tr(hint))
                contact.setAccessibleName(tr(hint))
                self.contacts[code] = contact
                grid.addWidget(contact, row * 2, 1)
                consent = QCheckBox(tr("The citizen agrees to receive it this way"))
                consent.setObjectName(f"consent_{code}")
                self.consents[code] = consent
                grid.addWidget(consent, row * 2 + 1, 0, 1, 2)
                contact.textEdited.connect(lambda *_a: self.changed.emit())
                consent.toggled.connect(lambda *_a: self.changed.emit())
            tick.toggled.connect(lambda _on, c=code: self._enable(c))
            tick.toggled.connect(lambda *_a: self.changed.emit())
        self.acknowledgement = QComboBox()
        self.acknowledgement.setObjectName("acknowledgement")
        for code, caption in ACKS:
            self.acknowledgement.addItem(tr(caption), code)
        self.acknowledgement.currentIndexChanged.connect(lambda *_a: self.changed.emit())
        grid.addWidget(self.acknowledgement, len(ROWS) * 2, 0, 1, 2)
        self.note = QLabel(tr("The acknowledgement carries the receipt number and due date; it is sent by the "
                              "portal with the application."))
        self.note.setWordWrap(True)
        self.note.setProperty("role", "hint")
        grid.addWidget(self.note, len(ROWS) * 2 + 1, 0, 1, 2)
        self.ticks["print_at_hub"].setChecked(True)
        for code in self.contacts:
            self._enable(code)

    def inputs(self) -> tuple[QWidget, ...]:
        out: list[QWidget] = []
        for code, *_ in ROWS:
            out.append(self.ticks[code])
            if code in self.contacts:
                out += [self.contacts[code], self.consents[code]]
        return (*out, self.acknowledgement)

    def ticks_in_order(self) -> tuple[QWidget, ...]:
        return tuple(self.ticks[code] for code, *_ in ROWS)

    def _enable(self, code: str) -> None:
        on = self.ticks[code].isChecked()
        if code in self.contacts:
            self.contacts[code].setEnabled(on)
            self.consents[code].setEnabled(on)
            if not on:
                self.consents[code].setChecked(False)

    def channels(self) -> list[dict[str, Any]]:
        return [{"channel": code, "contact": self.contacts[code].text().strip() if code in self.contacts else "",
                 "consent": self.consents[code].isChecked() if code in self.consents else True}
                for code, *_ in ROWS if self.ticks[code].isChecked()]

    def form_part(self) -> dict[str, Any]:
        chosen = self.channels()
        whatsapp = any(c["channel"] == "whatsapp" and c["consent"] for c in chosen)
        return {"channels": chosen, "delivery": chosen[0]["channel"] if chosen else "",
                "acknowledgement": self.acknowledgement.currentData(), "whatsapp_opt_in": whatsapp}

    def values(self) -> dict[str, str]:
        out = {f"channel_{code}": "yes" if self.ticks[code].isChecked() else "" for code, *_ in ROWS}
        out.update({f"contact_{c}": line.text() for c, line in self.contacts.items()})
        out.update({f"consent_{c}": "yes" if tick.isChecked() else "" for c, tick in self.consents.items()})
        out["acknowledgement"] = str(self.acknowledgement.currentData())
        return out

    def set_values(self, values: dict[str, str]) -> None:
        if not any(k.startswith("channel_") for k in values) and "delivery" in values:  # a draft from before
            values = {f"channel_{values['delivery']}": "yes",
                      **({"consent_whatsapp": "yes"} if values.get("whatsapp") == "yes" else {})}
        for code, *_ in ROWS:
            self.ticks[code].setChecked(values.get(f"channel_{code}") == "yes")
        for code, line in self.contacts.items():
            if f"contact_{code}" in values:
                line.setText(values[f"contact_{code}"])
        for code, tick in self.consents.items():
            tick.setChecked(values.get(f"consent_{code}") == "yes")
        self.acknowledgement.setCurrentIndex(max(0, self.acknowledgement.findData(values.get("acknowledgement", ""))))
