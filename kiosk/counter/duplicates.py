"""The duplicate warning before saving (issue 18): the same person already has an unfinished application
for the same service. The window shows it and lets the operator open it or continue with a reason; the
CLI's ``new`` refuses unless given ``--duplicate-reason``. A continued application keeps the earlier
receipt number(s) and the reason in its ``extra``; the save's transaction audits it
(``application.duplicate_continued``: ids only, the reason stays in the application).
"""

from __future__ import annotations

from dataclasses import replace

from kiosk.counter.ports import OpenApplications
from kiosk.domain.application import Application
from kiosk.domain.duplicates import Duplicate, LikelyDuplicate, clean_reason, duplicates_of
from kiosk.store.duplicates import unfinished_candidates

DUPLICATE_OF = "duplicate_of"  # the earlier receipt numbers, comma separated
DUPLICATE_REASON = "duplicate_reason"  # why the operator continued


class DuplicateCheck:
    def __init__(self, applications: OpenApplications) -> None:
        self.applications = applications

    def find(self, app: Application) -> list[Duplicate]:
        """The same person's unfinished applications for ``app``'s service, newest first (reads the store:
        two index look-ups; run it on the worker pool)."""
        a = app.applicant
        found = unfinished_candidates(self.applications().store, app.service_code,
                                      aadhaar_last4=a.aadhaar.last4 if a.aadhaar else None, dob=a.dob,
                                      mobile=a.mobile)
        return [d for d in duplicates_of(a, found) if d.uuid != app.uuid]

    def guard(self, app: Application, reason: str | None) -> Application:
        """``app`` ready to save: unchanged when no duplicate is found; with the earlier receipts and the
        reason when the operator gave one; else :class:`LikelyDuplicate` (nothing written)."""
        found = self.find(app)
        if not found:
            return app
        why = clean_reason(reason)
        if not why:
            raise LikelyDuplicate(found)
        return replace(app, extra={**app.extra, DUPLICATE_OF: ",".join(d.receipt_number for d in found),
                                   DUPLICATE_REASON: why})
