"""The certificate's way to the citizen, at the counter: the delivery history of one application, the
certificates whose delivery failed (to print or resend), and a change of channel when the citizen asks.

A change is checked by the same rules as intake (``kiosk.domain.delivery.read_channels``: a WhatsApp number
and consent, an e-mail address …), then committed with its outbox item and an audit entry in one
transaction (``kiosk.store.deliveries``); the portal hears of it with the next sync.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kiosk.counter.app_filters import open_key
from kiosk.counter.ports import Clock, OpenApplications, OpenCatalogues, Today
from kiosk.counter.status_lookup import LookupAnswer, StatusLookup
from kiosk.domain.application import Application
from kiosk.domain.delivery import ChannelChoice, DeliveryAttempt, failed_channels, read_channels
from kiosk.domain.errors import ProblemList, ValidationError
from kiosk.store.deliveries import (
    FailedDelivery,
    attempts_of,
    change_channels,
    channels_of,
    failed_deliveries,
    pending_change,
)


@dataclass(frozen=True)
class DeliveryView:
    uuid: str
    receipt_number: str
    status: str
    channels: tuple[ChannelChoice, ...]
    attempts: tuple[DeliveryAttempt, ...]  # oldest first
    change_pending: bool  # a change is still on its way to the portal

    @property
    def failed(self) -> tuple[str, ...]:
        return failed_channels(self.attempts)


class Deliveries:
    def __init__(self, applications: OpenApplications, catalogues: OpenCatalogues, clock: Clock,
                 today: Today, portal: Callable[[], Any] | None = None) -> None:
        self.applications = applications
        self.clock = clock
        self.lookup = StatusLookup(applications, catalogues, today, portal)

    def look_up(self, text: str, language: str = "mr") -> LookupAnswer:
        """The citizen's receipt (number or QR text) → status, due date, what is missing, what next."""
        return self.lookup.look_up(text, language)

    def desk(self, text: str, language: str = "mr") -> tuple[LookupAnswer, DeliveryView | None]:
        """The look-up and, for this hub's own application, its channels and history (another hub's receipt
        has none here: its delivery is that hub's)."""
        answer = self.lookup.look_up(text, language)
        return answer, (self.view(answer.uuid) if answer.uuid else None)

    def view(self, key: str) -> DeliveryView:
        """One application's channels and delivery history (receipt number, uuid or receipt QR text)."""
        app = open_key(self.applications(), key)
        return self._view(app)

    def _view(self, app: Application) -> DeliveryView:
        store = self.applications().store
        return DeliveryView(app.uuid, app.receipt_number, str(app.status), tuple(channels_of(store, app.uuid)),
                            tuple(attempts_of(store, app.uuid)), pending_change(store, app.uuid))

    def failed(self, limit: int = 200) -> list[FailedDelivery]:
        """Issued certificates that reached the citizen on no channel, newest first."""
        return failed_deliveries(self.applications().store, limit)

    def change(self, key: str, channels: Sequence[Mapping[str, Any]], operator: str, reason: str = "") -> DeliveryView:
        """Replace the channels with ``channels`` ([{channel, contact, consent}], as intake's form has them);
        ValidationError carries the problems. Audited under ``operator``."""
        apps = self.applications()
        app = open_key(apps, key)
        problems = ProblemList()
        chosen = read_channels({"channels": list(channels)}, app.applicant.mobile, app.applicant.email,
                               False, self.clock(), problems)
        if problems:
            raise ValidationError(problems.items)
        change_channels(apps.store, app.uuid, chosen, operator, apps.audit, reason)
        return self._view(apps.get(app.uuid))
