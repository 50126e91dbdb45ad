"""Doorstep visit sub-commands (issue 18): ``visit open VILLAGE [--date D] [--fee RUPEES]`` before leaving
for a village of the ring, ``visit show`` while there, ``visit close --cash AMOUNT`` back at the hub with the
visit bag's cash counted; ``visit list --from D --to D [--json]`` for the day close and the dashboard.
Applications taken with ``seva-kiosk new`` while a visit is open carry it (and its doorstep fee line).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from kiosk.domain.application import format_rupees
from kiosk.domain.intake import parse_rupees
from kiosk.domain.messages import say
from kiosk.domain.visit import VisitFigures, VisitRefused, visit_line

if TYPE_CHECKING:
    from kiosk.app import KioskContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("visit", help="doorstep visit to a village: open, show, close with its cash, list")
    vsub = p.add_subparsers(dest="visit_command", metavar="ACTION", required=True)
    o = vsub.add_parser("open", help="open a doorstep visit; applications taken until close carry it")
    o.add_argument("village", metavar="VILLAGE")
    o.add_argument("--date", type=date.fromisoformat, default=None, help="the visit's day (YYYY-MM-DD; today)")
    o.add_argument("--fee", metavar="RUPEES", default=None,
                   help="the doorstep fee, only when the GR's amount is not known here")
    o.add_argument("--village-code", default="", help="the ring's LGD village code, when known")
    o.add_argument("--operator", default="cli")
    o.set_defaults(handler=cmd_open)
    c = vsub.add_parser("close", help="close the open visit with the cash counted from its bag")
    c.add_argument("--cash", metavar="AMOUNT", required=True, help="rupees counted, e.g. 1380 or 1380.50")
    c.add_argument("--operator", default="cli")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_close)
    s = vsub.add_parser("show", help="the open visit and its figures so far")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_show)
    ls = vsub.add_parser("list", help="visits open on some day of a period, with their figures")
    ls.add_argument("--from", dest="start", type=date.fromisoformat, required=True)
    ls.add_argument("--to", dest="end", type=date.fromisoformat, required=True)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_list)


def _rupees(text: str | None, why: str) -> int | None:
    if text is None:
        return None
    paise = parse_rupees(text)
    if paise is None:
        raise VisitRefused(f"not an amount: {text!r}", why=why)
    return paise


def figures_dict(f: VisitFigures) -> dict[str, Any]:
    """One visit as ``--json`` prints it (and as the dashboard reads :func:`kiosk.store.visits.visits_between`)."""
    v = f.visit
    return {"id": v.id, "village": v.village, "village_code": v.village_code, "day": v.day.isoformat(),
            "fee_paise": v.fee_paise, "opened_at": v.opened_at.isoformat(), "opened_by": v.opened_by,
            "closed_at": v.closed_at.isoformat() if v.closed_at else None, "closed_by": v.closed_by,
            "applications": f.applications, "total_paise": f.total_paise, "doorstep_paise": f.doorstep_paise,
            "cash_paise": f.cash_paise, "upi_paise": f.upi_paise, "pending_paise": f.pending_paise,
            "expected_cash_paise": v.expected_cash_paise, "counted_cash_paise": v.counted_cash_paise,
            "difference_paise": v.difference_paise}


def _json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    print()


def cmd_open(args: argparse.Namespace, ctx: KioskContext) -> int:
    visits = ctx.use_cases().intake.visits
    visit = visits.open(args.village, args.operator, day=args.date, fee_paise=_rupees(args.fee, "bad_fee"),
                        village_code=args.village_code)
    print(say("visit.opened_line", ctx.language, village=visit.village, day=visit.day.isoformat(),
              fee=format_rupees(visit.fee_paise), gr=visits.doorstep_fee().gr))
    return 0


def cmd_close(args: argparse.Namespace, ctx: KioskContext) -> int:
    counted = _rupees(args.cash, "bad_cash")
    assert counted is not None
    f = ctx.use_cases().intake.visits.close(counted, args.operator)
    if args.json:
        _json(figures_dict(f))
        return 0
    diff = f.visit.difference_paise or 0
    print(say("visit.closed_line", ctx.language, village=f.visit.village, count=f.applications,
              total=format_rupees(f.total_paise), doorstep=format_rupees(f.doorstep_paise),
              expected=format_rupees(f.visit.expected_cash_paise or 0), counted=format_rupees(counted),
              difference=("+" if diff > 0 else "") + format_rupees(diff), upi=format_rupees(f.upi_paise),
              pending=format_rupees(f.pending_paise)))
    return 0


def cmd_show(args: argparse.Namespace, ctx: KioskContext) -> int:
    visits = ctx.use_cases().intake.visits
    visit = visits.current()
    if visit is None:
        if args.json:
            _json(None)
        else:
            print(say("visit.none_open", ctx.language))
        return 0
    f = visits.figures(visit)
    if args.json:
        _json(figures_dict(f))
        return 0
    print(say("visit.open_line", ctx.language, village=visit.village, day=visit.day.isoformat(),
              count=f.applications, total=format_rupees(f.total_paise), cash=format_rupees(f.cash_paise)))
    return 0


def cmd_list(args: argparse.Namespace, ctx: KioskContext) -> int:
    found = ctx.use_cases().intake.visits.between(args.start, args.end)
    if args.json:
        _json([figures_dict(f) for f in found])
        return 0
    for f in found:
        print(visit_line(f, ctx.language))
    return 0


def visit_lines(visits: list[VisitFigures], language: str) -> list[str]:
    """The visits of a period under a heading, for ``dashboard``'s text; nothing when there were none."""
    if not visits:
        return []
    return [say("visit.day_close_title", language) + ":", *("  " + visit_line(f, language) for f in visits)]
