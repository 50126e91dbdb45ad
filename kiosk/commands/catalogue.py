"""``services``: the service catalogue as the counter sees it — every notified service, searchable, with
its time limit, officers, fee (or "not known"), form and confidence; its counts and list of unknowns."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from kiosk.domain.application import format_rupees
from kiosk.domain.catalogue_report import catalogue_counts, service_row, unknowns
from kiosk.domain.messages import say

if TYPE_CHECKING:
    from kiosk.app import KioskContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("services", help="list or search the service catalogue (every notified service)")
    p.add_argument("query", nargs="?", default="", help="part of a name (Marathi or English) or code")
    p.add_argument("--json", action="store_true", help="one object per service (code, names, department, "
                   "rts_days/rts_text, officers {en, mr}, fee_known, total_paise, form, confidence, source)")
    p.add_argument("--department", metavar="TEXT", help="only services of a department whose name contains TEXT")
    p.add_argument("--counts", action="store_true", help="the catalogue's counts (services, time limits, "
                   "officers, Marathi names by confidence, fees, detailed forms)")
    p.add_argument("--unknown", action="store_true", help="what the catalogue does not know, fact by fact")
    p.set_defaults(handler=cmd_services)


def _out(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_services(args: argparse.Namespace, ctx: KioskContext) -> int:
    cat = ctx.catalogue()
    found = cat.search(args.query, limit=len(cat.services)) if args.query else list(cat.services)
    if args.department:
        want = args.department.casefold()
        found = [s for s in found if want in s.department.en.casefold() or want in s.department.mr]
    if args.counts:
        counts = dict(catalogue_counts(found), catalogue_version=cat.version)
        if args.json:
            _out(counts)
        else:
            for key, value in counts.items():
                print(f"{key:32} {value}")
        return 0
    if args.unknown:
        shown = {s.code for s in found}  # once, not once per code: the unknowns name up to ~1,200 codes each
        listed = {fact: [c for c in codes if c in shown] for fact, codes in unknowns(cat).items()}
        if args.json:
            _out(listed)
        else:
            for fact, codes in listed.items():
                print(f"{fact:24} {len(codes):5}  {', '.join(codes[:6])}{' …' if len(codes) > 6 else ''}")
        return 0
    if args.json:
        _out([service_row(s) for s in found])
        return 0 if found else 1
    lang = ctx.language
    for s in found:
        days = f"{s.rts_days}d" if s.rts_days else (s.rts_text.en[:12] if s.rts_text else "?")
        fee = format_rupees(s.total_paise) if s.fee_known else say("catalogue.fee_not_known", lang)
        mark = "" if s.form == "detailed" else " (generic)"
        print(f"{s.code:48} {fee:>10} {days:>12}  {s.name.en} / {s.name.mr}{mark}")
    return 0 if found else 1
