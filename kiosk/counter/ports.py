"""The narrow things a use case is built from, named once so every use case spells them alike.

``OpenStore`` is a way to reach the hub database rather than the open connection itself: a restore closes
the store and opens the restored file, and a use case built before it must then see the new one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from kiosk.store.applications import Applications
from kiosk.store.catalogues import Catalogues
from kiosk.store.db import Store

OpenStore = Callable[[], Store]
OpenApplications = Callable[[], Applications]  # the repositories, reached the same way (and for the same reason)
OpenCatalogues = Callable[[], Catalogues]
Clock = Callable[[], datetime]  # a UTC instant (kiosk.domain.clock.utc_now in the kiosk)
Today = Callable[[], date]  # the local calendar day at the counter
