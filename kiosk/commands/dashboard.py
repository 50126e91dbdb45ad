"""``seva-kiosk dashboard``: the uniform dashboard of issue 18 — received, disposed within the time limit,
disposed late, pending within and past it, appeals, certificates to hand over — per service and per
village, for a period (``--period`` or ``--from``/``--to``), as text or ``--json`` (the heartbeat's shape).
``seva-kiosk hub-close [DAY]``: the hub's day close, adding the other counter PCs' closes from the portal.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING

from kiosk.commands.visits import figures_dict, visit_lines
from kiosk.domain.dashboard import FIGURES, PERIODS, Figures, PeriodFigures, period_days
from kiosk.domain.messages import say

if TYPE_CHECKING:
    from kiosk.app import KioskContext
    from kiosk.domain.catalogue import Catalogue


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("dashboard", help="received, disposed in time / late, pending, appeals — per service "
                                         "and village for a period")
    p.add_argument("--period", choices=PERIODS, default="month",
                   help="today, week (from Monday), month (default), last_month, year (from 1 April), all")
    p.add_argument("--from", dest="first", type=date.fromisoformat, metavar="YYYY-MM-DD",
                   help="first day (replaces the period's)")
    p.add_argument("--to", dest="last", type=date.fromisoformat, metavar="YYYY-MM-DD",
                   help="last day (replaces the period's; default today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_dashboard)

    p = sub.add_parser("hub-close", help="the hub's day close: this counter's day plus the other counters' "
                                         "as the portal heard them")
    p.add_argument("day", nargs="?", type=date.fromisoformat, metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_hub_close)


def cmd_dashboard(args: argparse.Namespace, ctx: KioskContext) -> int:
    dashboard = ctx.use_cases().dashboard
    first, last = period_days(args.period, ctx.today())
    first, last = args.first or first, args.last or (last if args.first is None else max(last, args.first))
    lang = ctx.language
    if first > last:
        print(f"seva-kiosk: {say('dashboard.bad_period', lang, first=first.isoformat(), last=last.isoformat())}",
              file=sys.stderr)
        return 2
    figures = dashboard.figures(first, last)
    visits = ctx.use_cases().intake.visits.between(first, last)  # issue 18: the doorstep visits of the period
    if args.json:
        json.dump({**figures.to_json(), "visits": [figures_dict(v) for v in visits]}, sys.stdout,
                  ensure_ascii=False, indent=2)
        print()
        return 0
    for line in text_lines(figures, dashboard.catalogue(), lang) + visit_lines(visits, lang):
        print(line)
    return 0


def _line(name: str, f: Figures, lang: str) -> str:
    return f"  {name}: " + ", ".join(f"{say(f'dashboard.{k}', lang)} {v}" for k, v in zip(FIGURES, f.values(),
                                                                                          strict=True))


def text_lines(figures: PeriodFigures, catalogue: Catalogue | None, lang: str) -> list[str]:
    lines = [say("dashboard.heading", lang, first=figures.first.isoformat(), last=figures.last.isoformat(),
                 today=figures.as_of.isoformat()),
             _line(say("dashboard.total", lang), figures.total, lang), say("dashboard.by_service", lang)]
    for code, f in sorted(figures.services.items()):
        known = catalogue is not None and catalogue.has(code)
        lines.append(_line(catalogue.service(code).name.text(lang) if known and catalogue else code, f, lang))
    lines.append(say("dashboard.by_village", lang))
    for _key, v in sorted(figures.villages.items()):
        lines.append(_line(v.name or say("dashboard.no_village", lang), v, lang))
    return lines


def cmd_hub_close(args: argparse.Namespace, ctx: KioskContext) -> int:
    from kiosk.counter.hub_day_close import combine, own_close
    from kiosk.domain.application import format_rupees
    from kiosk.domain.messages import describe
    from kiosk.store.hub import COUNTER_SETTING

    day = args.day or ctx.today()
    own = own_close(ctx.setting(COUNTER_SETTING), ctx.use_cases().day_close.report(day))
    close = combine(day, own, lambda: ctx.portal_client().hub_day_close(day.isoformat()))
    lang = ctx.language
    if args.json:
        json.dump({"date": day.isoformat(), "counters": [c.__dict__ for c in close.counters],
                   "complete": close.others_unknown is None}, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(say("hub_close.heading", lang, day=day.isoformat(), counters=len(close.counters)))
    for c in close.counters:
        print("  " + say("hub_close.counter_line", lang, counter=c.counter, own=" " + say("hub_close.own", lang) if c.own
                         else "", count=c.applications, fees=format_rupees(c.fees_paise),
                         cash=format_rupees(c.cash_paise), upi=format_rupees(c.upi_paise),
                         pending=format_rupees(c.pending_paise)))
    print(say("hub_close.total_line", lang, count=close.total("applications"),
              **{k: format_rupees(close.total(f"{k}_paise")) for k in ("fees", "cash", "upi", "pending")}))
    if close.others_unknown is not None:
        print(say("hub_close.others_unknown", lang, why=describe(close.others_unknown, lang)))
    return 0
