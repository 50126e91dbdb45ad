"""Every use case of the counter, built once by the composition root (``KioskContext.use_cases``).

The window's ``Services`` (kiosk/ui/main_window.py) carries these same fields, flat, plus who is signed in;
a screen takes the one or two it needs. A CLI command builds the bundle too and calls the same objects.
Add a use case here as a typed field and build it in ``kiosk.app.KioskContext.use_cases``.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.config import KioskPaths
from kiosk.counter.answers import PortalNews
from kiosk.counter.app_filters import Finder
from kiosk.counter.appeal import Appeals
from kiosk.counter.attach import AttachDocuments
from kiosk.counter.correction import Corrections
from kiosk.counter.dashboard import Dashboard
from kiosk.counter.day_close import DayClose
from kiosk.counter.draft import Draft
from kiosk.counter.handover import Handover
from kiosk.counter.hub_setup import HubSetup
from kiosk.counter.intake import Intake
from kiosk.counter.login import Login
from kiosk.counter.receipt import Receipts
from kiosk.counter.settings import Settings
from kiosk.counter.start_up import StartUp
from kiosk.counter.syncing import Syncing
from kiosk.counter.users import Users
from kiosk.counter.void import Voiding


@dataclass
class UseCases:
    language: str  # the operator's language (mr, hi, en); the window is rebuilt when it changes
    paths: KioskPaths  # where files go (fonts, logs, exports, the scan inbox …), never the database
    hub: HubSetup
    login: Login
    users: Users
    settings: Settings
    dashboard: Dashboard
    day_close: DayClose
    start_up: StartUp
    syncing: Syncing
    news: PortalNews  # the portal's answers the operator has not been told yet
    # taking and handling applications
    intake: Intake
    draft: Draft
    receipts: Receipts
    attachments: AttachDocuments
    handover: Handover
    appeals: Appeals
    voiding: Voiding
    corrections: Corrections
    finder: Finder
