"""Taking an application: the form checked by the domain's rules (the same for the screen and the CLI),
then the application, its documents' hashes and its outbox entry committed in one transaction, then the
receipt made from what was committed ("Saved" is said only after the commit returned).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.counter.duplicates import DuplicateCheck
from kiosk.counter.form_help import RECENT, FormHelp, form_help
from kiosk.counter.ports import Clock, OpenApplications, OpenCatalogues
from kiosk.counter.receipt import ReceiptFile, Receipts
from kiosk.counter.visit import Visits
from kiosk.domain.applicant import AadhaarRef
from kiosk.domain.application import Application, DocumentRecord
from kiosk.domain.catalogue import Catalogue, FeeLine
from kiosk.domain.clock import local_day
from kiosk.domain.errors import ValidationError
from kiosk.domain.geography import Geography
from kiosk.domain.intake import DueDateCalendar, IntakeResult, take_application
from kiosk.domain.visit import DOORSTEP_FEE_KIND, Visit, apply_visit
from kiosk.store.hub import Hub
from kiosk.store.ring import ring_villages


class Intake:
    """One counter's intake. The active catalogue, the hub code and the calendar are read once and kept: a
    form being typed is checked on every keystroke without touching the store, and keeps the catalogue it
    began with (a catalogue update from the portal applies to the next window or command)."""

    def __init__(self, applications: OpenApplications, catalogues: OpenCatalogues,
                 calendar: Callable[[], DueDateCalendar],
                 hub: Callable[[], Hub], clock: Clock, receipts: Receipts, assets: Path | None = None) -> None:
        self.applications = applications
        self.catalogues = catalogues
        self.calendar = calendar
        self.hub = hub
        self.clock = clock
        self.receipts = receipts
        self.duplicates = DuplicateCheck(applications)
        self._catalogue: Catalogue | None = None
        self._hub_code: str | None = None
        self._calendar: DueDateCalendar | None = None
        # The doorstep visit open on this PC (issue 18): read with the rest in prepare(), kept up to date by
        # the visit use case this intake owns, so every checked form carries it without a store read.
        self.visits = Visits(applications, clock, assets or Path("assets"), self._visit_changed)
        self._visit: Visit | None = None

    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            self._catalogue = self.catalogues().active()
        return self._catalogue

    def prepare(self) -> Catalogue:
        """Read at once what checking a form needs (the active catalogue, the hub code, the working-day
        calendar), so that no keystroke's check reads the store; returns the catalogue."""
        self.hub_code()
        self._due_dates()
        self._visit = self.visits.current()
        return self.catalogue()

    def _visit_changed(self, visit: Visit | None) -> None:
        self._visit = visit

    def refresh_visit(self) -> Visit | None:
        """Read the open visit again (another process — ``seva-kiosk visit open`` — may have opened or
        closed one): what the window's banner shows is then what the next form carries. Reads the store."""
        self._visit = self.visits.current()
        return self._visit

    def visit_fees(self) -> tuple[FeeLine, ...]:
        """The lines the counter adds to a service's while a visit is open (the doorstep fee), for the form's
        fee box to show and total as the receipt will; () at the hub. No store read."""
        if self._visit is None or not self._visit.fee_paise:
            return ()
        return (FeeLine(DOORSTEP_FEE_KIND, self.visits.doorstep_fee().label, self._visit.fee_paise),)

    @property
    def visit(self) -> Visit | None:
        """The visit the next application is taken on (as last read), or None at the hub."""
        return self._visit

    def _due_dates(self) -> DueDateCalendar:
        if self._calendar is None:
            self._calendar = self.calendar()
        return self._calendar

    def hub_code(self) -> str:
        if self._hub_code is None:
            self._hub_code = self.hub().code
        return self._hub_code

    def form_help(self, service_code: str, geography: Geography | None) -> FormHelp:
        """What the form for ``service_code`` can fill in by itself: the hub's villages, taluka and district,
        and what this hub's recent applications teach (a village's PIN, a field's usual answers). Reads the
        store: run it on the worker pool."""
        applications = self.applications()
        recent = [applications.get(s.uuid) for s in applications.list(limit=RECENT)]
        return form_help(self.catalogue().service(service_code), self.hub(), geography, recent,
                         ring_villages(applications.store))

    def today(self) -> date:
        return local_day(self.clock())

    def check(self, form: Mapping[str, Any], operator: str,
              documents: Iterable[DocumentRecord] = (), aadhaar_qr: AadhaarRef | None = None) -> IntakeResult:
        """The application the form describes, or the problems (each a code the message catalogue words in
        Marathi, Hindi and English) — never raises for what was typed, writes nothing. ``aadhaar_qr`` is
        the QR verifier's result (the window's "Fill from Aadhaar QR"); the form itself never claims a
        verified Aadhaar."""
        now = self.clock()
        result = take_application(form, catalogue=self.catalogue(), calendar=self._due_dates(),
                                  hub_code=self.hub_code(), operator=operator, now=now, today=local_day(now),
                                  documents=tuple(documents), aadhaar_qr=aadhaar_qr)
        if result.application is None or self._visit is None:
            return result
        return replace(result, application=apply_visit(result.application, self._visit,
                                                       self.visits.doorstep_fee().label))

    def save(self, app: Application) -> Application:
        """Commit a checked application with its outbox entry; returns it with its receipt number."""
        return self.applications().save_new(app)

    def save_with_receipt(self, app: Application, layout: str = "a4", *,
                          duplicate_reason: str | None = None) -> ReceiptFile:
        """Commit, then make and keep the receipt from what was committed (run on the worker pool). The same
        person's unfinished application for the service stops it (``LikelyDuplicate``) unless the operator
        gave a reason to continue."""
        app = self.duplicates.guard(app, duplicate_reason)
        return self.receipts.make(self.save(app), layout)

    def take(self, form: Mapping[str, Any], operator: str, documents: Iterable[DocumentRecord] = (), *,
             refuse_duplicates: bool = False, duplicate_reason: str | None = None) -> Application:
        """Check and commit in one call (the CLI's ``new``); ValidationError carries the problems. With
        ``refuse_duplicates`` (the CLI's ``new``) a likely duplicate raises ``LikelyDuplicate`` unless
        ``duplicate_reason`` is given (bulk loads and the demo take what they are given)."""
        self.hub_code()
        self.applications().store.require_writable()
        self._visit = self.visits.current()  # a command is its own process: the visit as the store has it now
        result = self.check(form, operator, documents)
        if result.application is None:
            raise ValidationError(result.problems)
        app = result.application
        if refuse_duplicates:
            app = self.duplicates.guard(app, duplicate_reason)
        return self.save(app)
