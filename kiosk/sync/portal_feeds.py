"""What the portal sends back, in the kiosk's own terms: status events, its working calendar, the catalogue.

The engine (:mod:`kiosk.sync.engine`) decides when to ask; this module turns each answer into what the
store keeps — a :class:`~kiosk.store.portal_answers.StatusChange`, a holiday list in the bundled lists'
format, an installed catalogue version — so the translation is read and tested apart from the loop.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Protocol

from kiosk.domain.catalogue_delta import apply_change_set, is_change_set
from kiosk.domain.clock import IST
from kiosk.domain.errors import CatalogueError
from kiosk.domain.status import Status
from kiosk.store.catalogues import Catalogues
from kiosk.store.db import Store
from kiosk.store.hub import get_setting, set_setting
from kiosk.store.portal_answers import StatusChange

PORTAL_STATUS = {"submitted": Status.SUBMITTED, "under_scrutiny": Status.UNDER_SCRUTINY,
                 "documents_pending": Status.DOCUMENTS_PENDING, "payment_pending": Status.PAYMENT_PENDING,
                 "approved": Status.APPROVED,
                 "rejected": Status.REJECTED}
CATALOGUE_ETAG_KEY = "sync.catalogue_etag"
PORTAL_CALENDAR_KEY = "calendar.portal"


class CatalogueSource(Protocol):
    def fetch_catalogue(self, etag: str | None = None, since: str | None = None) -> Any: ...


def status_change(event: Any) -> StatusChange:
    """One status-feed event as the store applies it."""
    order, asked = getattr(event, "appeal", None), getattr(event, "documents_requested", None)
    asked_on = _day(event.at)
    return StatusChange(event.idempotency_key, event.application_id, PORTAL_STATUS[event.status],
                        _decided(event), _note(event),
                        (order.level, order.order_on, order.outcome, order.appeal_id) if order else None,
                        deliveries=tuple(getattr(event, "deliveries", ())),
                        documents_request=(asked_on, asked.reply_by, asked.documents) if asked and asked_on else None)


def pull_catalogue(store: Store, client: CatalogueSource) -> str | None:
    """Ask the portal for a newer service list (ETag: an unchanged list costs one small 304) and install it
    atomically. Returns the version installed, or None when the kiosk already has the newest. Used by every
    sync and by Settings' "check for update", which must not push the queue or pull statuses.

    The kiosk names the version it has, so the portal may send only what changed (a change set, a few KB
    against the full list's 1.4 MB on a 2G line); it is applied to the stored document of that version and
    its digest checked. A set that does not apply is not installed: the whole list is asked for instead."""
    cats = Catalogues(store)
    have = cats.active_version()
    fetched = client.fetch_catalogue(get_setting(store, CATALOGUE_ETAG_KEY) or None, since=have)
    installed = None
    if fetched.changed and fetched.document is not None:
        document = dict(fetched.document)
        if is_change_set(document):
            try:
                document = apply_change_set(cats.document(document.get("base_version") or ""), document)
            except CatalogueError:
                fetched = client.fetch_catalogue(None)
                document = dict(fetched.document or {})
        if fetched.version != have and document:
            installed = cats.install(document).version
        if fetched.etag:
            set_setting(store, CATALOGUE_ETAG_KEY, fetched.etag)
    return installed


def datetime_from_epoch(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, tz=IST)


def portal_calendar_document(cal: Any) -> dict[str, Any]:
    """The portal's calendar in the kiosk's holiday-list format (``saturdays_off`` as week numbers)."""
    weekly = {str(d).lower() for d in cal.weekly_off}
    if "saturday" in weekly:
        saturdays = [1, 2, 3, 4, 5]
    else:
        saturdays = sorted({int(d.split("_")[1]) for d in weekly
                            if d.startswith("saturday_") and d.split("_")[1].isdigit()})
    return {"year": cal.year, "version": f"portal-{cal.year}", "saturdays_off": saturdays,
            "complete": bool(cal.complete), "source": "portal", "confidence": "H",
            "holidays": [{"date": h.day.isoformat(), "name_en": h.name.en, "name_mr": h.name.mr}
                         for h in cal.holidays]}


def _decided(event: Any) -> date | None:
    if event.status not in ("approved", "rejected") or not event.at:
        return None
    return _day(event.at)


def _day(at: Any) -> date | None:
    try:
        return date.fromisoformat(str(at)[:10]) if at else None
    except ValueError:
        return None


def _note(event: Any) -> str:
    reason = getattr(event, "reason", None)
    return f"{reason.en} / {reason.mr}" if reason is not None and (reason.en or reason.mr) else ""
