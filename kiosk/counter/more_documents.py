"""The counter's work list of applications the portal sent back for more documents, and the answer (issue 17).

The documents come through the same capture and compression path as at intake (``AttachDocuments.
store_files``: sealed, content-addressed); the answer is one transaction (``kiosk.store.document_requests``)
and goes to the portal under the application's own key. RTS Rule 6 says the clock starts when the
application is complete: the answer completes it again, so the due date is the service's time limit
counted in working days from the day of the answer (an inference, L: the Act's text on a returned
application is not in shared/domain).
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.counter.ports import OpenApplications, OpenCatalogues, Today
from kiosk.domain.application import Application, DocumentRecord
from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.catalogue import Service
from kiosk.domain.errors import KioskError
from kiosk.domain.intake import missing_groups
from kiosk.domain.messages import say
from kiosk.store.document_requests import DocumentRequest, answer_request, open_request, open_requests


class MoreDocuments:
    def __init__(self, applications: OpenApplications, catalogues: OpenCatalogues, today: Today,
                 calendar: Callable[[], WorkingCalendar]) -> None:
        self.applications = applications
        self.catalogues = catalogues
        self.today = today
        self.calendar = calendar

    def waiting(self) -> list[DocumentRequest]:
        """The work list: what each application still needs and by when, the nearest date first."""
        return open_requests(self.applications().store)

    def application(self, key: str) -> Application:
        """The application a work-list row names (receipt number or UUID), for the answer's dialog."""
        return self.applications().get(key)

    def request_of(self, key: str) -> DocumentRequest | None:
        apps = self.applications()
        return open_request(apps.store, apps.get(key).uuid)

    def answer(self, key: str, records: list[DocumentRecord]) -> Application:
        """Add the stored documents and queue them; the status goes back to scrutiny, the clock restarts."""
        if not records:
            raise KioskError("no document was given")
        apps = self.applications()
        app = apps.get(key)
        today = self.today()
        try:
            service: Service | None = self.catalogues().version(app.catalogue_version).service(app.service_code)
        except KioskError:
            service = None
        days = service.rts_days if service else None
        due = self.calendar().add_working_days(today, days) if days else app.due_date
        # what the catalogue still lists as missing once these are in (the updated receipt shows it)
        missing = missing_groups(service, [*app.documents, *records], app.applicant.age_on(today)) if service \
            else app.missing_groups
        return answer_request(apps, app.uuid, records, answered_on=today, due_date=due, missing=missing,
                              status_note=say("more_documents.history", "en"))
