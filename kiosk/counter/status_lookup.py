"""The status look-up for a citizen who walks in with only a receipt: scan its QR or type its number.

Answers from what this hub knows (the status feed keeps it current): the status, the due date, what is
still missing, how the certificate was sent and what the citizen can do next, in the citizen's language.
A receipt another hub took is asked of the portal (``GET /receipts/{number}``: public facts only); offline,
the operator is told only the portal knows it. Qt-free, so the window's dialog and ``seva-kiosk lookup``
say the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from kiosk.counter.app_filters import open_key, receipt_code
from kiosk.counter.ports import OpenApplications, OpenCatalogues, Today
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.delivery import DeliveryAttempt, failed_channels
from kiosk.domain.errors import NotFound, PortalUnavailable, ReceiptElsewhereOffline
from kiosk.domain.lookup import next_step
from kiosk.domain.messages import say
from kiosk.domain.payment import fee_owed
from kiosk.domain.status import LABELS, Status
from kiosk.portal.errors import PortalBadResponse
from kiosk.store.deliveries import attempts_of
from kiosk.sync.portal_feeds import PORTAL_STATUS


@dataclass(frozen=True)
class LookupAnswer:
    uuid: str
    receipt_number: str
    service: str
    status: str  # the kiosk's status code
    status_text: str
    due_date: date | None
    due_text: str
    missing: tuple[str, ...]  # the missing document groups, named in the language asked
    missing_text: str  # "Still missing: …", or "" when nothing is
    next_code: str
    next_text: str
    deliveries: tuple[DeliveryAttempt, ...]
    elsewhere: str = ""  # "Taken at hub …: as the portal knows it now." for another hub's receipt

    def lines(self) -> list[str]:
        """The answer as the CLI prints it and the dialog shows it, one thing a line."""
        return [line for line in (self.receipt_number, self.elsewhere, self.service, self.status_text,
                                  self.due_text, self.missing_text, self.next_text) if line]


def _group_names(catalogue: Catalogue, service_code: str, groups: tuple[str, ...], language: str) -> tuple[str, ...]:
    """The missing groups by their names in ``language`` (a code the catalogue no longer has stays a code)."""
    if not catalogue.has(service_code):
        return groups
    names = {g.code: g.label.text(language) for g in catalogue.service(service_code).documents}
    return tuple(names.get(g, g) for g in groups)


# The form a receipt number must have before it is put into the portal's path (the contract's pattern).
_RECEIPT = re.compile(r"^[A-Z0-9][A-Z0-9-]{4,63}$")


class StatusLookup:
    def __init__(self, applications: OpenApplications, catalogues: OpenCatalogues, today: Today,
                 portal: Callable[[], Any] | None = None) -> None:
        """``portal``: opens a portal client (``receipt_status(number)``), for receipts of other hubs."""
        self.applications = applications
        self.catalogues = catalogues
        self.today = today
        self.portal = portal

    def look_up(self, text: str, language: str = "mr") -> LookupAnswer:
        """``text``: a receipt number or the text of its QR (``SK1|…``). Raises NotFound when this hub holds
        no such application (a receipt of another hub is that hub's to answer)."""
        apps = self.applications()
        try:
            app = open_key(apps, text.strip())  # NotFound: "Nothing found for '…'. Check the receipt number."
        except NotFound:
            elsewhere = self._elsewhere(text, language)
            if elsewhere is None:
                raise
            return elsewhere
        catalogue = self.catalogues().active()
        service = catalogue.service(app.service_code).name.text(language) if catalogue.has(app.service_code) \
            else app.service_code
        attempts = tuple(attempts_of(apps.store, app.uuid))
        failed = failed_channels(attempts)
        # the fee still to pay: left pending at intake, or marked pending by the portal and not taken since
        owed = fee_owed(app.extra, app.total_paise) or (app.status == Status.PAYMENT_PENDING
                                                         and not app.extra.get("paid_later"))
        code = next_step(app.status, app.due_date, self.today(), app.missing_groups, failed, owed)
        channels = ", ".join(say(f"delivery_channel.{c}", language) for c in failed)
        due = say("lookup.due", language, date=app.due_date.strftime("%d-%m-%Y")) if app.due_date else \
            say("receipt.clock_waits_fee" if owed and not app.missing_groups else "lookup.no_due", language)
        missing = _group_names(catalogue, app.service_code, app.missing_groups, language)
        return LookupAnswer(app.uuid, app.receipt_number, service, str(app.status), LABELS[app.status].text(language),
                            app.due_date, due, missing,
                            say("lookup.missing", language, groups=", ".join(missing)) if missing else "", code, say(f"lookup.{code}", language, channels=channels),
                            attempts)

    def _elsewhere(self, text: str, language: str) -> LookupAnswer | None:
        """Another hub's receipt as the portal knows it; None when it is not a receipt number, no portal is
        wired, or the portal knows none either (the caller's NotFound stands)."""
        code = receipt_code(text)
        number = (code[0] if code else text).strip().upper()
        if self.portal is None or not _RECEIPT.match(number):
            return None
        try:
            client = self.portal()
            try:
                raw = client.receipt_status(number)
            finally:
                client.close()
        except PortalUnavailable as exc:
            raise ReceiptElsewhereOffline(str(exc), receipt=number) from exc
        return None if raw is None else self._public_answer(number, raw, language)

    def _public_answer(self, number: str, raw: Mapping[str, Any], language: str) -> LookupAnswer:
        """The portal's public answer, checked field by field (a hostile or broken reply is an unreadable
        answer, never a wrong one): an unknown status or a malformed date is ``PortalBadResponse``."""
        status = PORTAL_STATUS.get(str(raw.get("status")))
        if status is None or not isinstance(raw.get("documents_requested", []), list):
            raise PortalBadResponse(f"receipt status: unknown status {str(raw.get('status'))[:40]!r}")
        try:
            due = date.fromisoformat(str(raw["due_date"])) if raw.get("due_date") else None
        except ValueError as exc:
            raise PortalBadResponse("receipt status: the due date is not a date") from exc
        catalogue = self.catalogues().active()
        service_code = str(raw.get("service_code") or "")
        service = catalogue.service(service_code).name.text(language) if catalogue.has(service_code) else service_code
        asked = [d for d in raw.get("documents_requested") or [] if isinstance(d, Mapping)]
        missing = tuple(str((d.get("label") or {}).get("mr" if language == "mr" else "en") or d.get("code") or "")
                        if isinstance(d.get("label"), Mapping) else str(d.get("code") or "") for d in asked)
        missing = tuple(m for m in missing if m)
        hub = str(raw.get("hub_code") or "")[:40]
        code = next_step(status, due, self.today(), missing, ())
        # Appeals, documents and the certificate are the taking hub's work: say where, after the rule's step.
        next_text = " ".join((say(f"lookup.{code}", language, channels=""),
                              say("lookup.next_other_hub", language, hub=hub)))
        due_text = say("lookup.due", language, date=due.strftime("%d-%m-%Y")) if due else ""
        return LookupAnswer("", number, service, str(status), LABELS[status].text(language), due, due_text, missing,
                            say("lookup.missing", language, groups=", ".join(missing)) if missing else "", code,
                            next_text, (), say("lookup.other_hub", language, hub=hub))
