"""The application desk: taking and handling applications, built together from the same narrow parts.

The composition root calls :func:`open_desk` with providers of the repositories (nothing is opened until a
use case runs), the working-day calendar, a clock and the folders, and puts each use case into
:class:`kiosk.counter.use_cases.UseCases`; the CLI commands and the screens use the one they need
(``use_cases.intake``, ``services.handover`` …), never the composition root itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kiosk.counter.app_filters import Finder
from kiosk.counter.appeal import Appeals
from kiosk.counter.attach import AttachDocuments
from kiosk.counter.correction import Corrections
from kiosk.counter.draft import Draft
from kiosk.counter.handover import Handover
from kiosk.counter.intake import Intake
from kiosk.counter.ports import Clock, OpenApplications, OpenCatalogues
from kiosk.counter.receipt import Receipts
from kiosk.counter.void import Voiding
from kiosk.domain.clock import local_day
from kiosk.domain.intake import DueDateCalendar
from kiosk.sealed import SealedFolders
from kiosk.store.hub import Hub


@dataclass(frozen=True)
class Desk:
    intake: Intake
    draft: Draft
    receipts: Receipts
    attachments: AttachDocuments
    handover: Handover
    appeals: Appeals
    voiding: Voiding
    corrections: Corrections
    finder: Finder


def open_desk(applications: OpenApplications, catalogues: OpenCatalogues,
              calendar: Callable[[], DueDateCalendar],
              hub: Callable[[], Hub], clock: Clock, folders: SealedFolders) -> Desk:
    """``folders``: where the counter keeps personal files, each sealed by the composition root."""
    def today() -> date:
        return local_day(clock())

    receipts = Receipts(applications, catalogues, hub, folders.receipts)
    return Desk(intake=Intake(applications, catalogues, calendar, hub, clock, receipts),
                draft=Draft(folders.drafts, folders.documents),
                receipts=receipts,
                attachments=AttachDocuments(applications, catalogues, calendar, today,
                                            folders.documents),
                handover=Handover(applications, folders.certificates),
                appeals=Appeals(applications, today),
                voiding=Voiding(applications),
                corrections=Corrections(applications, catalogues, today),
                finder=Finder(applications, catalogues))
