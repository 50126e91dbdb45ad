"""The doorstep visit (issue 18): a laptop taken to a village of the ring for a day or several, taking
applications there fully offline, each carrying the visit's id and the doorstep fee line of the GR.

The fee line is data (``assets/fees/doorstep-service.json``, which cites the GR of 27 Mar 2025 and says how
sure we are), read by the composition root and handed in here: a new GR is a change of that file. When the
file says the amount is not known (``paise`` null), the operator types it when opening the visit, and the
opening is audited with it — never ₹0.00 by default.

A visit's applications are ordinary applications of this counter (same receipt series, same outbox, same
idempotency keys), so back at the hub they sync by network or a carried bundle exactly once, like any other.
What the visit adds is in ``extra`` (``visit_id``), a fee line of kind ``doorstep`` and the contract's
optional ``doorstep_visit`` object (:func:`visit_to_dict`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from kiosk.domain.application import Application, format_rupees
from kiosk.domain.catalogue import FeeLine, Label
from kiosk.domain.clock import local_day
from kiosk.domain.errors import KioskError
from kiosk.domain.messages import say
from kiosk.domain.text import normalise_text

VISIT_KEY = "visit_id"  # in an application's ``extra``
VILLAGE_KEY = "visit_village"
DOORSTEP_FEE_KIND = "doorstep"
MAX_DOORSTEP_PAISE = 100_000  # ₹1,000: above it is a typing slip, not a doorstep charge
MAX_VILLAGE = 100


class VisitRefused(KioskError):
    """A visit cannot be opened or closed as asked; ``why`` names the reason in the message catalogue."""

    code = "visit_refused"


@dataclass(frozen=True)
class DoorstepFee:
    """The GR's doorstep charge: its fee line (None when the amount is not known) and the GR it comes from."""

    label: Label
    paise: int | None
    gr: str  # "आसेकें-१७२५/प्र.क्र.८६/मातं(३९), 2025-03-27": the GR's number and date, said as "GR …" in each language

    def line(self, paise: int | None = None) -> FeeLine:
        amount = self.paise if paise is None else paise
        if amount is None:
            raise VisitRefused("doorstep fee not known", why="fee_unknown")
        return FeeLine(DOORSTEP_FEE_KIND, self.label, amount)


def doorstep_fee(facts: Mapping[str, Any]) -> DoorstepFee:
    """The doorstep fee from the facts file's JSON; a malformed file is a bug in the release (KeyError)."""
    fee, gr = facts["fee"], facts["gr"]
    paise = fee.get("paise")
    if paise is not None and (isinstance(paise, bool) or not isinstance(paise, int) or paise < 0):
        raise ValueError(f"doorstep fee paise must be a whole non-negative number, got {paise!r}")
    return DoorstepFee(Label(fee["label"]["en"], fee["label"]["mr"]), paise,
                       f"{gr['number']}, {gr['date']}")


@dataclass(frozen=True)
class Visit:
    """One doorstep visit. ``day`` is the day it was planned for (``visit open --date``); it stays open,
    over as many days as it takes, until closed with its cash count."""

    id: str
    village: str
    day: date
    fee_paise: int  # the doorstep line each application of the visit carries
    opened_at: datetime
    opened_by: str
    village_code: str = ""  # the ring's LGD village code when known
    closed_at: datetime | None = None
    closed_by: str = ""
    expected_cash_paise: int | None = None  # fixed at close: what the visit's bag should hold
    counted_cash_paise: int | None = None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def difference_paise(self) -> int | None:
        if self.counted_cash_paise is None or self.expected_cash_paise is None:
            return None
        return self.counted_cash_paise - self.expected_cash_paise


@dataclass(frozen=True)
class VisitFigures:
    """What a visit did, for its close, the day close and the dashboard (``visits_between``)."""

    visit: Visit
    applications: int
    total_paise: int  # every fee of its standing applications, however paid
    doorstep_paise: int  # of which the doorstep lines
    cash_paise: int  # what the visit's cash bag should hold (cash at intake + pending fees taken in cash)
    upi_paise: int
    pending_paise: int


def check_village(text: str) -> str:
    village = " ".join(normalise_text(text).split())
    if not village or len(village) > MAX_VILLAGE:
        raise VisitRefused(f"not a village name: {text!r}", why="bad_village")
    return village


def apply_visit(app: Application, visit: Visit | None, label: Label | None = None) -> Application:
    """The application with the visit's id and doorstep fee line; unchanged when no visit is open."""
    if visit is None:
        return app
    fees = app.fees + ((FeeLine(DOORSTEP_FEE_KIND, label, visit.fee_paise),) if label and visit.fee_paise else ())
    return replace(app, fees=fees, extra={**app.extra, VISIT_KEY: visit.id, VILLAGE_KEY: visit.village})


def visit_to_dict(extra: Mapping[str, str]) -> dict[str, str] | None:
    """The contract's optional ``doorstep_visit`` object of an application, or None (taken at the hub)."""
    vid = extra.get(VISIT_KEY)
    return {"visit_id": str(vid), "village": str(extra.get(VILLAGE_KEY, ""))} if vid else None


def visit_from_dict(d: Any) -> dict[str, str]:
    """``extra`` from a ``doorstep_visit`` object (a carried bundle, a replayed payload); {} when absent."""
    if not isinstance(d, Mapping) or not d.get("visit_id"):
        return {}
    return {VISIT_KEY: str(d["visit_id"]), VILLAGE_KEY: str(d.get("village") or "")}


def visit_line(f: VisitFigures, language: str) -> str:
    """One visit in one line for the operator (``visit list``, the day close): village, from–to, count,
    fees, the cash its bag should hold and what was counted."""
    v = f.visit
    until = local_day(v.closed_at).isoformat() if v.closed_at else say("visit.still_open", language)
    counted = format_rupees(v.counted_cash_paise) if v.counted_cash_paise is not None else \
        say("visit.not_counted", language)
    return say("visit.day_close_line", language, village=v.village, since=v.day.isoformat(), until=until,
               count=f.applications, total=format_rupees(f.total_paise), cash=format_rupees(f.cash_paise),
               counted=counted)
