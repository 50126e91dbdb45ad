"""The status look-up for a citizen who walks in with only a receipt: scan its QR or type its number.

Answers from what this hub knows (the status feed keeps it current): the status, the due date, what is
still missing, how the certificate was sent and what the citizen can do next, in the citizen's language.
Qt-free, so the window's dialog and ``seva-kiosk lookup`` say the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.counter.app_filters import open_key
from kiosk.counter.ports import OpenApplications, OpenCatalogues, Today
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.delivery import DeliveryAttempt, failed_channels
from kiosk.domain.lookup import next_step
from kiosk.domain.messages import say
from kiosk.domain.payment import fee_owed
from kiosk.domain.status import LABELS, Status
from kiosk.store.deliveries import attempts_of


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

    def lines(self) -> list[str]:
        """The answer as the CLI prints it and the dialog shows it, one thing a line."""
        return [line for line in (self.receipt_number, self.service, self.status_text, self.due_text,
                                  self.missing_text, self.next_text) if line]


def _group_names(catalogue: Catalogue, service_code: str, groups: tuple[str, ...], language: str) -> tuple[str, ...]:
    """The missing groups by their names in ``language`` (a code the catalogue no longer has stays a code)."""
    if not catalogue.has(service_code):
        return groups
    names = {g.code: g.label.text(language) for g in catalogue.service(service_code).documents}
    return tuple(names.get(g, g) for g in groups)


class StatusLookup:
    def __init__(self, applications: OpenApplications, catalogues: OpenCatalogues, today: Today) -> None:
        self.applications = applications
        self.catalogues = catalogues
        self.today = today

    def look_up(self, text: str, language: str = "mr") -> LookupAnswer:
        """``text``: a receipt number or the text of its QR (``SK1|…``). Raises NotFound when this hub holds
        no such application (a receipt of another hub is that hub's to answer)."""
        apps = self.applications()
        app = open_key(apps, text.strip())  # NotFound: "Nothing found for '…'. Check the receipt number."
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

