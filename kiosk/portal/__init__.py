"""The kiosk's side of the portal: the contract (openapi.yaml), the client, and the reference simulator.

The sync engine uses :class:`PortalClient` and :class:`Outcome`; nothing here imports the kiosk's store.
"""

from kiosk.portal.client import PortalClient
from kiosk.portal.models import (
           CatalogueFetch,
           Certificate,
           Connectivity,
           FeedPage,
           StatusEvent,
           WorkingCalendar,
)
from kiosk.portal.outcome import Outcome
from kiosk.portal.transport import Timeouts

__all__ = ["CatalogueFetch", "Certificate", "Connectivity", "FeedPage", "Outcome", "PortalClient", "StatusEvent",
           "Timeouts", "WorkingCalendar"]
