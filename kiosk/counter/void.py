"""Voiding an application taken by mistake (supervisors only; see :mod:`kiosk.domain.voiding`).

Who may void is decided before this is called (the screen's role check, the CLI's supervisor sign-in);
here the application's status and its unsent outbox item change in one commit, with the audit entry.
"""

from __future__ import annotations

from kiosk.counter.ports import OpenApplications
from kiosk.domain.application import Application
from kiosk.store.outbox import voidable


class Voiding:
    def __init__(self, applications: OpenApplications) -> None:
        self.applications = applications

    def void(self, key: str, reason: str, *, actor: str) -> Application:
        """``key`` is a receipt number or UUID; ``reason`` one of ``VOID_REASONS`` (ValueError otherwise)."""
        return self.applications().void(key, reason, actor=actor)

    def voidable(self, uuid: str) -> bool:
        """Whether the application may be voided now (the screen greys Void otherwise)."""
        return voidable(self.applications().store, uuid)
