"""What the New application screen's service picker needs, read on the worker pool: the active catalogue
(the one the form is checked against), its search index, and how often this hub took each service lately.

The index costs a few tenths of a second for 1,500 services, so it is built once per catalogue version and
kept for the process; only the usage counts (one index range of the store) are read each time the screen
opens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from threading import Lock

from kiosk.counter.intake import Intake
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.service_index import ServiceIndex
from kiosk.store.service_usage import service_counts

USAGE_DAYS = 90  # "most used here": the last three months (a season's certificates, not last year's)
_KEPT = 4  # catalogue versions whose index is kept (an update arrives while an older one is in use)
_indexes: dict[tuple[str, str, int], ServiceIndex] = {}
_lock = Lock()


@dataclass(frozen=True)
class ServiceChoice:
    catalogue: Catalogue
    index: ServiceIndex


def index_of(catalogue: Catalogue) -> ServiceIndex:
    """The index of ``catalogue`` without usage, built the first time this version is asked for."""
    key = (catalogue.version, catalogue.published, len(catalogue.services))
    with _lock:
        found = _indexes.get(key)
        if found is None or (found.services is not catalogue.services and found.services != catalogue.services):
            found = ServiceIndex(catalogue.services)
            while len(_indexes) >= _KEPT:
                _indexes.pop(next(iter(_indexes)))
            _indexes[key] = found
        return found


def prepare_choice(intake: Intake, days: int = USAGE_DAYS) -> ServiceChoice:
    """Everything the picker and the form's checks need (reads the store: run it on the worker pool)."""
    catalogue = intake.prepare()
    usage = service_counts(intake.applications().store, intake.today() - timedelta(days=days))
    return ServiceChoice(catalogue, index_of(catalogue).with_usage(usage))
