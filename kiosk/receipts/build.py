"""Domain → receipt model: the only place that knows both an ``Application`` and a ``ReceiptData``.

Kept apart from the layouts so a change in the domain touches one function, and so a reprint built from
the stored application says exactly what the first print said (fees are the application's snapshot, not
today's catalogue).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Protocol

from kiosk.domain.application import SELF_DECLARATION, Application
from kiosk.domain.catalogue import FormField, Label, Service
from kiosk.domain.delivery import OUTCOMES, masked_contact
from kiosk.domain.messages import say
from kiosk.domain.status import Status
from kiosk.domain.visit import VILLAGE_KEY, VISIT_KEY
from kiosk.receipts.captions import caption
from kiosk.receipts.format import format_date
from kiosk.receipts.model import BiText, FeeItem, Hub, ReceiptData


def _printed(code: str) -> BiText:
    mr, en = caption(code)
    return BiText(en, mr)


DELIVERY: dict[str, BiText] = {channel: _printed(f"delivery_{channel}")
                               for channel in ("print_at_hub", "email", "portal_download", "whatsapp")}
_SELF_DECLARATION = _printed("self_declaration")


def _reused(name: BiText, receipt: str) -> BiText:
    """A document reused from the citizen's earlier application says so, with that receipt (issue 18)."""
    if not receipt:
        return name
    mr, en = caption("reused_from", "reuse", receipt=receipt)
    return BiText(f"{name.en} ({en})", f"{name.mr} ({mr})" if name.mr else "")


class HubLike(Protocol):
    """What a receipt needs of the hub (``kiosk.store.hub.Hub`` fits)."""

    @property
    def code(self) -> str: ...
    @property
    def name_en(self) -> str: ...
    @property
    def name_mr(self) -> str: ...


PAYMENT_MODES = ("cash", "upi", "card")
PARTICULAR_CHARS = 120  # a long purpose is cut on paper (the portal holds it whole): the receipt stays one page


def _bi(label: Label | None) -> BiText | None:
    return None if label is None else BiText(label.en, label.mr)


def _aware(moment: datetime) -> datetime:
    # The store keeps UTC instants; a naive value can only be UTC that lost its marker.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def delivery_of(app: Application) -> BiText | None:
    """Every channel the citizen chose (issue 17), in their order; an older application its one choice."""
    codes = [c.channel for c in app.channels] or ([app.delivery] if app.delivery else [])
    parts = [DELIVERY.get(code, BiText(code)) for code in codes]
    return BiText(", ".join(p.en for p in parts), ", ".join(p.mr for p in parts)) if parts else None


def acknowledgement_of(app: Application, outcome: str) -> BiText | None:
    """``SMS to …2345 — delivered``: the acknowledgement the citizen asked for at intake and what became of it
    (``outcome``: the portal's latest report, ``queued`` while the application waits at the hub, or
    ``with_portal`` once the portal has it and has reported nothing yet); None when none was asked for."""
    ack = app.acknowledgement
    if ack is None or not ack.channel:
        return None
    if outcome not in (*OUTCOMES, "queued"):
        outcome = "with_portal"  # a report this release cannot name: the portal has it, nothing more is known

    def line(lang: str) -> str:
        told = say(f"receipt.ack_{outcome}", lang) if outcome == "with_portal" else \
            say(f"delivery_outcome.{outcome}", lang)
        return say("receipt.ack_line", lang, channel=say(f"delivery_channel.{ack.channel}", lang),
                   to=masked_contact(ack.channel, ack.to), outcome=told)

    return BiText(line("en"), line("mr"))


def gender_word(code: str) -> BiText | None:
    """``M`` / ``F`` / ``T`` as the word (Male / पुरुष); None for anything else (never a bare letter)."""
    key = code.strip().upper()[:1]
    return _printed(f"gender_{key}") if key in ("M", "F", "T") else None


def payment_of(application: Application) -> BiText:
    """How the fee was paid: the mode recorded with the application (``extra["payment_mode"]``), cash when
    none was recorded (the counter takes cash unless told otherwise), "no fee" when nothing was charged; a
    fee taken later says how and on which day; a fee not yet taken says PAYMENT PENDING (never "paid")."""
    if application.total_paise == 0:
        return _printed("payment_none")
    extra = application.extra
    later = str(extra.get("paid_later", ""))
    if later in ("cash", "upi"):
        how = _paid_by(later, str(extra.get("paid_later_ref", "")))
        day = str(extra.get("paid_later_on", ""))
        try:
            when = format_date(date.fromisoformat(day))
        except ValueError:
            return how
        return BiText(caption("paid_later", "payment", method=how.en, day=when)[1],
                      caption("paid_later", "payment", method=how.mr, day=when)[0])
    if payment_pending(application):
        return _printed_payment("pending")
    mode = str(extra.get("payment_mode", "cash")).strip().lower()
    if mode == "upi":
        return _paid_by("upi", str(extra.get("upi_ref", "")))
    return _printed(f"payment_{mode}") if mode in PAYMENT_MODES else BiText(mode)


def payment_pending(application: Application) -> bool:
    """The fee is still owed: not paid at intake, or the portal says payment pending, and not taken since."""
    if application.total_paise == 0 or application.extra.get("paid_later"):
        return False
    return (str(application.extra.get("payment_mode", "")) == "pending"
            or application.status == Status.PAYMENT_PENDING)


def _printed_payment(code: str, **params: object) -> BiText:
    mr, en = caption(code, "payment", **params)
    return BiText(en, mr)


def _paid_by(method: str, ref: str) -> BiText:
    return _printed_payment("upi_with_ref", ref=ref) if method == "upi" and ref else _printed(f"payment_{method}")


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= PARTICULAR_CHARS else text[:PARTICULAR_CHARS - 1].rstrip() + "…"


def _answer(field: FormField, value: str) -> BiText | None:
    if field.type == "checkbox":
        return _printed("yes" if value.strip().lower() in ("1", "true", "yes", "on") else "no")
    for option in field.options:
        if option.value == value:
            return BiText(option.label.en, option.label.mr)
    if field.name.endswith(("gender", "_sex")):
        return gender_word(value) or BiText(_cut(value))
    return BiText(_cut(value)) if value.strip() else None


def particulars_of(application: Application, service: Service | None) -> tuple[tuple[BiText, BiText], ...]:
    """The service's own answers as the form asked them (survey number, purpose, child's sex ...), labelled
    in both scripts; options and tick boxes as words, not codes."""
    if service is None:
        return ()
    out: list[tuple[BiText, BiText]] = []
    for form_field in service.fields:
        raw = application.fields.get(form_field.name)
        answer = _answer(form_field, str(raw)) if raw not in (None, "") else None
        if answer is not None:
            out.append((BiText(form_field.label.en, form_field.label.mr), answer))
    return tuple(out)


def build_receipt_data(application: Application, service: Service | None, hub: HubLike, *,
                       document_label: Callable[[str], Label] | None = None, duplicate: bool = False,
                       operator_name: str = "", documents_added_on: date | None = None,
                       acknowledgement: BiText | None = None) -> ReceiptData:
    """The receipt for ``application``. ``service`` is the catalogue entry it was taken under (``None`` if
    that catalogue no longer has it: the service code is shown instead); ``document_label`` is usually
    ``catalogue.document_label``; ``operator_name`` the operator's display name (their login if empty);
    ``documents_added_on`` the day the documents the portal asked for were added; ``acknowledgement`` the
    line :func:`acknowledgement_of` makes."""
    app = application
    received: list[BiText] = []
    seen: set[str] = set()
    for doc in app.documents:
        if doc.doc_type in seen:
            continue
        seen.add(doc.doc_type)
        if doc.doc_type == SELF_DECLARATION:
            received.append(_SELF_DECLARATION)
        elif document_label is not None:
            label = document_label(doc.doc_type)
            received.append(_reused(BiText(label.en, label.mr), doc.reused_from))
        else:
            received.append(_reused(BiText(doc.doc_type), doc.reused_from))
    groups = {g.code: g for g in service.documents} if service else {}
    missing = tuple(BiText(groups[c].label.en, groups[c].label.mr) if c in groups else BiText(c)
                    for c in app.missing_groups)
    name = app.applicant
    return ReceiptData(
        hub=Hub(BiText(hub.name_en, hub.name_mr), hub.code,
                BiText(getattr(hub, "address_en", ""), getattr(hub, "address_mr", ""))),
        receipt_no=app.receipt_number,
        taken_at=_aware(app.created_at),
        service=BiText(service.name.en, service.name.mr) if service else BiText(app.service_code),
        service_code=app.service_code,
        applicant=BiText(name.name_en.full(), name.name_mr.full()),
        application_uuid=app.uuid,
        operator=operator_name.strip() or app.operator,
        fees=tuple(FeeItem(BiText(f.label.en, f.label.mr), f.paise) for f in app.fees),
        documents_received=tuple(received),
        documents_missing=missing,
        aadhaar_last4=name.aadhaar.last4 if name.aadhaar else None,
        rts_days=service.rts_days if service else None,
        rts_text=_bi(service.rts_text) if service else None,
        due_date=app.due_date if not missing or documents_added_on else None,
        designated_officer=_bi(service.designated_officer) if service else None,
        first_appellate=_bi(service.first_appellate) if service else None,
        second_appellate=_bi(service.second_appellate) if service else None,
        payment=payment_of(app),
        payment_pending=payment_pending(app),
        particulars=particulars_of(app, service),
        delivery=delivery_of(app),
        portal_ref=app.portal_number or None,
        duplicate=duplicate,
        documents_added_on=documents_added_on,
        acknowledgement=acknowledgement,
        extra=visit_row(app),
    )


def visit_row(app: Application) -> tuple[tuple[BiText, str], ...]:
    """Where an application taken on a doorstep visit was taken (the citizen's village), for the receipt."""
    village = str(app.extra.get(VILLAGE_KEY, "")) if app.extra.get(VISIT_KEY) else ""
    return ((BiText(*caption("receipt_row", "visit")[::-1]), village),) if village else ()
