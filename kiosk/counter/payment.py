"""Taking the fee: cash or UPI at intake, or later for an application whose fee is pending (not paid at the
counter, or marked payment pending by the portal). No gateway is called: for UPI the counter shows the QR of
a ``upi://pay`` link for the exact amount to the hub's payee address (a hub setting, ``init --upi-payee``
or Settings), the citizen pays from their phone and the operator records the 12-digit UTR.

Taking a pending fee commits the payment, the portal's outbox item and the audit entry together
(``kiosk.store.payments``); the caller then makes the updated receipt from what was committed
(``Receipts.make``: the window on the worker pool, ``seva-kiosk pay``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kiosk.counter.ports import Clock, OpenApplications, OpenCatalogues, OpenStore, Today
from kiosk.domain.application import Application
from kiosk.domain.errors import KioskError
from kiosk.domain.intake import DueDateCalendar, due_on
from kiosk.domain.payment import PAID, UPI, PaymentRefused, check_utr, check_vpa, upi_link
from kiosk.security.audit import record
from kiosk.store.hub import get_setting, load_hub, set_setting
from kiosk.store.payments import Owed, owed, take_payment, utr_owner

PAYEE_SETTING = "payment.upi_payee"  # the hub's UPI virtual payment address (hub@bank)
PAYEE_NAME_SETTING = "payment.upi_payee_name"  # the name the citizen's UPI app shows; the hub's name if unset


@dataclass(frozen=True)
class Payee:
    vpa: str
    name: str

    @property
    def ready(self) -> bool:
        return bool(self.vpa)


class Payments:
    def __init__(self, store: OpenStore, applications: OpenApplications, clock: Clock, today: Today,
                 catalogues: OpenCatalogues | None = None,
                 calendar: Callable[[], DueDateCalendar] | None = None) -> None:
        self.store = store
        self.applications = applications
        self.clock = clock
        self.today = today
        self.catalogues = catalogues  # with the calendar: the RTS clock that starts when the fee is taken
        self.calendar = calendar

    # ------------------------------------------------------------------------------------ payee
    def payee(self) -> Payee:
        store = self.store()
        name = get_setting(store, PAYEE_NAME_SETTING)
        if not name:
            try:
                name = load_hub(store).name_en
            except Exception:  # noqa: BLE001 - no hub yet: the QR goes without a payee name
                name = ""
        return Payee(get_setting(store, PAYEE_SETTING), name)

    def set_payee(self, vpa: str, name: str, actor: str) -> Payee:
        """Keep the hub's UPI payee (audited: it decides where citizens' money goes). An empty ``vpa``
        turns UPI off; anything else must be a payee address (PaymentRefused bad_payee)."""
        clean = check_vpa(vpa) if vpa.strip() else ""
        if clean is None:
            raise PaymentRefused(f"not a UPI payee address: {vpa!r}", why="bad_payee")
        store = self.store()
        set_setting(store, PAYEE_SETTING, clean)
        set_setting(store, PAYEE_NAME_SETTING, " ".join(name.split()))
        with store.write() as conn:
            # the address itself looks like an e-mail to the audit's personal-data guard: its fingerprint
            # says which payee was set (compare with sha256 of the address), "-" that UPI was turned off
            record(conn, actor, "payment.payee_set", payee=hashlib.sha256(clean.encode()).hexdigest()[:16] if clean else "-")
        return self.payee()

    def link(self, paise: int, receipt_number: str) -> str:
        """The ``upi://pay`` link the QR on screen carries (PaymentRefused when no payee is set)."""
        payee = self.payee()
        return upi_link(payee.vpa, payee.name, paise, receipt_number)

    # ------------------------------------------------------------------------------------ checks
    def utr_problem(self, text: str) -> str:
        """'' when ``text`` is a 12-digit UTR not recorded before; else the refusal's ``why``."""
        utr = check_utr(text)
        if utr is None:
            return "bad_utr"
        return "utr_used" if utr_owner(self.applications(), utr) else ""

    # ------------------------------------------------------------------------------------ the work list
    def owed(self) -> list[Owed]:
        """The applications whose fee is still to be taken (the counter's payment work list)."""
        return owed(self.applications())

    def take(self, key: str, method: str, upi_ref: str, operator: str) -> Application:
        """Record the fee for the application ``key`` (receipt number or UUID) and queue it for the portal."""
        if method not in PAID:
            raise PaymentRefused(f"not a way to pay: {method!r}", why="bad_method")
        utr = ""
        if method == UPI:
            utr = check_utr(upi_ref) or ""
            if not utr:
                raise PaymentRefused(f"not a UTR: {upi_ref!r}", why="bad_utr")
        day = self.today()
        return take_payment(self.applications(), key, method, utr, operator=operator, now=self.clock(),
                            day=day, clock_start=self._clock_start(key, day))

    def _clock_start(self, key: str, day: date) -> tuple[date, date | None] | None:
        """RTS Rule 6: the time limit counts from a complete application, and one whose fee has not been
        received is not complete (a fee left pending at intake, or marked pending by the portal, holds the
        clock: see kiosk.domain.payment.fee_owed). Taking the fee completes it today — if every document is
        in; the store applies it only to an application still without a start (never moves a running one)."""
        if self.catalogues is None or self.calendar is None:
            return None
        app = self.applications().get(key)
        try:
            service = self.catalogues().version(app.catalogue_version).service(app.service_code)
        except KioskError:  # a catalogue version no longer kept: the clock starts, its end is not known here
            return day, None
        return day, due_on(service, day, self.calendar())
