"""The citizen's delivery channels and what became of each delivery: pure rules, no I/O.

The 2025 reforms promise certificates on WhatsApp, by e-mail and on the portal / DigiLocker as well as
printed at the hub. The citizen picks one or more channels at intake, each with its own contact (the
WhatsApp number may differ from the mobile) and its own consent: WhatsApp needs the citizen's prior
opt-in (Meta's business rules and the DPDP Act's itemised consent), e-mail and DigiLocker carry a
certificate with personal data to an address the citizen named, so they too are recorded as consented.
The portal delivers; the kiosk carries the choices to it and shows what happened (``DeliveryAttempt``).

An acknowledgement (receipt number and due date) goes to the citizen at intake by SMS or WhatsApp through
the portal, inside the queued application itself, so it never blocks the counter.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.domain.errors import ProblemList
from kiosk.domain.text import normalise_digits

CHANNELS = ("print_at_hub", "whatsapp", "email", "portal_download")
NEEDS_CONSENT = ("whatsapp", "email", "portal_download")
ACK_CHANNELS = ("sms", "whatsapp")
# What the portal reports per attempt. "ready_at_hub": the certificate waits to be printed at the counter.
OUTCOMES = ("delivered", "sent", "ready_at_hub", "not_on_whatsapp", "mailbox_full", "consent_withdrawn",
            "bounced", "failed")
FAILED = frozenset({"not_on_whatsapp", "mailbox_full", "consent_withdrawn", "bounced", "failed"})
MOBILE_RE = re.compile(r"^[6-9][0-9]{9}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_CHANNELS = len(CHANNELS)


@dataclass(frozen=True)
class ChannelChoice:
    """One way the citizen wants the certificate: where to (``contact``) and when they agreed."""

    channel: str
    contact: str = ""
    consent_at: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"channel": self.channel, "contact": self.contact,
                "consent_at": self.consent_at.isoformat() if self.consent_at else None}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ChannelChoice:
        at = d.get("consent_at")
        return cls(str(d.get("channel", "")), str(d.get("contact") or ""),
                   datetime.fromisoformat(at) if isinstance(at, str) and at else None)


@dataclass(frozen=True)
class Acknowledgement:
    """The message the portal sends at intake: receipt number and due date, by SMS or WhatsApp."""

    channel: str
    to: str
    language: str = "mr"

    def to_dict(self) -> dict[str, str]:
        return {"channel": self.channel, "to": self.to, "language": self.language}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Acknowledgement:
        return cls(str(d.get("channel", "")), str(d.get("to", "")), str(d.get("language") or "mr"))


@dataclass(frozen=True)
class DeliveryAttempt:
    """One attempt the portal reported: ``kind`` is ``certificate`` or ``acknowledgement``."""

    channel: str
    outcome: str
    at: str
    kind: str = "certificate"
    detail: str = ""

    @property
    def failed(self) -> bool:
        return self.outcome in FAILED


def _mobile(value: str) -> str:
    digits = normalise_digits(value).replace(" ", "").replace("-", "")
    return digits[-10:] if digits.startswith(("+91", "91")) and len(digits) in (12, 13) else digits


def read_channels(form: Mapping[str, Any], mobile: str, email: str, whatsapp_opt_in: bool, now: datetime,
                  problems: ProblemList) -> tuple[ChannelChoice, ...]:
    """The channels ``form`` names (``channels``: a list of {channel, contact, consent}), checked; or, from an
    older form that has only ``delivery`` and the WhatsApp opt-in, that one channel (the operator chose it
    with the citizen under the notice). Empty when nothing valid was named (``problems`` says why)."""
    raw = form.get("channels")
    if not isinstance(raw, Sequence) or isinstance(raw, str) or not raw:
        legacy = str(form.get("delivery") or "print_at_hub")  # checked by validation.check_delivery
        contact = {"whatsapp": _mobile(mobile), "email": email, "portal_download": _mobile(mobile)}.get(legacy, "")
        agreed = now if legacy in NEEDS_CONSENT and (legacy != "whatsapp" or whatsapp_opt_in) else None
        return (ChannelChoice(legacy, contact, agreed),) if legacy in CHANNELS else ()
    chosen: dict[str, ChannelChoice] = {}
    for item in list(raw)[:MAX_CHANNELS * 2]:
        if not isinstance(item, Mapping):
            continue
        channel = str(item.get("channel", ""))
        if channel not in CHANNELS:
            problems.add("channels", "bad_choice", "delivery_unknown")
            continue
        contact = str(item.get("contact") or "").strip()
        if channel == "whatsapp":
            contact = _mobile(contact or mobile)
            if not MOBILE_RE.match(contact):
                problems.add("channels.whatsapp", "invalid", "delivery_whatsapp_number")
        elif channel == "email":
            contact = contact or email
            if not contact:
                problems.add("channels.email", "required", "delivery_needs_email")
            elif not EMAIL_RE.match(contact):
                problems.add("channels.email", "invalid", "email_invalid")
        elif channel == "portal_download":
            contact = _mobile(contact or mobile)
        else:
            contact = ""
        consented = bool(item.get("consent"))
        if channel in NEEDS_CONSENT and not consented:
            problems.add(f"channels.{channel}", "needs_consent",
                         "delivery_needs_opt_in" if channel == "whatsapp" else "delivery_needs_consent")
        chosen.setdefault(channel, ChannelChoice(channel, contact, now if channel in NEEDS_CONSENT else None))
    if not chosen:
        problems.add("channels", "required", "delivery_unknown")
    return tuple(chosen.values())


def acknowledgement_for(form: Mapping[str, Any], channels: Sequence[ChannelChoice], mobile: str,
                        language: str) -> Acknowledgement | None:
    """How the citizen hears of the receipt at intake: ``form["acknowledgement"]`` ("sms", "whatsapp" or
    "none"); by default WhatsApp when they opted in to it, else SMS to a valid mobile, else none."""
    wanted = str(form.get("acknowledgement") or "")
    whatsapp = next((c for c in channels if c.channel == "whatsapp"), None)
    sms_to = _mobile(mobile)
    if wanted == "none":
        return None
    if (wanted in ("", "whatsapp")) and whatsapp is not None:
        return Acknowledgement("whatsapp", whatsapp.contact, language)
    if wanted in ("", "sms", "whatsapp") and MOBILE_RE.match(sms_to):
        return Acknowledgement("sms", sms_to, language)
    return None


def failed_channels(attempts: Sequence[DeliveryAttempt]) -> tuple[str, ...]:
    """The certificate channels whose latest attempt failed (attempts in the order they happened)."""
    latest: dict[str, DeliveryAttempt] = {}
    for a in attempts:
        if a.kind == "certificate":
            latest[a.channel] = a
    return tuple(ch for ch, a in latest.items() if a.failed)


def masked_contact(channel: str, contact: str) -> str:
    """A contact as a screen or slip shows it: the last digits of a number, the first letter of a mailbox."""
    if not contact:
        return ""
    if channel == "email" and "@" in contact:
        local, _, domain = contact.partition("@")
        return f"{local[:1]}…@{domain}"
    return f"…{contact[-4:]}" if len(contact) > 4 else contact
