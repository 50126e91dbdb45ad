"""``seva-kiosk appeal RECEIPT --level 1|2|3 --reason CODE [--late-reason TEXT]``: file an RTS appeal.

The same use case as the window's appeal dialog (``kiosk.counter.appeal``): a refusal is the plain
sentence of ``appeal_refusal.<why>`` (exit 1), a filed appeal prints to whom it went and by when the
authority is to decide — or, for the State Commission, that its time limit is not confirmed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.domain.appeals import DECIDE_WORKING_DAYS, REASON_CODES
from kiosk.domain.messages import say

if TYPE_CHECKING:
    from kiosk.app import KioskContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("appeal", help="file a first, second or third (State Commission) appeal under the RTS Act")
    p.add_argument("key", metavar="RECEIPT", help="receipt number (or UUID) of the application")
    p.add_argument("--level", type=int, choices=(1, 2, 3), required=True)
    p.add_argument("--reason", choices=REASON_CODES, required=True)
    p.add_argument("--grounds", default="", help="the citizen's own words (needed with --reason other)")
    p.add_argument("--late-reason", default="", help="why a first appeal comes after 30 days (up to 90)")
    p.add_argument("--check", action="store_true", help="only say whether the appeal is allowed today")
    p.add_argument("--operator", default="cli")
    p.add_argument("--out", metavar="FILE.pdf", help="also save the appeal acknowledgement here")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_appeal)


def cmd_appeal(args: argparse.Namespace, ctx: KioskContext) -> int:
    from kiosk.counter.appeal import AppealRequest

    lang, appeals = ctx.language, ctx.use_cases().appeals
    if args.check:
        plan = appeals.check(args.key, args.level, args.reason, args.late_reason)
        print(say("appeal.allowed_now", lang, level=plan.level, authority=say(f"appeal_authority.{plan.authority}", lang)))
        return 0
    ctx.database().require_writable()
    request = AppealRequest(args.level, args.reason, args.grounds, args.late_reason)
    app, plan = appeals.file(args.key, request, actor=args.operator)
    ack = appeals.acknowledgement(app.uuid, plan.level)  # kept (sealed) in the receipts folder
    if args.out:
        from kiosk.receipts import save_pdf

        save_pdf(ack.pdf, Path(args.out))
    if args.json:
        print(json.dumps({"receipt_number": app.receipt_number, "level": plan.level, "authority": plan.authority,
                          "ground": plan.ground, "late": plan.late, "status": str(app.status),
                          "decide_by": plan.decide_by.isoformat() if plan.decide_by else None}, ensure_ascii=False))
        return 0
    print(say("appeal.filed", lang, level=plan.level, receipt=app.receipt_number,
              authority=say(f"appeal_authority.{plan.authority}", lang)))
    if plan.decide_by is not None:
        print(say("appeal.decide_by", lang, date=plan.decide_by.strftime("%d-%m-%Y"),
                  days=DECIDE_WORKING_DAYS[plan.level]))
    else:
        print(say("appeal.no_deadline", lang))
    if plan.late:
        print(say("appeal.late", lang, reason=args.late_reason.strip()))
    print(say("appeal.acknowledgement", lang, path=args.out or ack.path))
    return 0
