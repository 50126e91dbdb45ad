"""Fee sub-commands (issue 17): ``payments`` lists the fees still to be taken (not paid at the counter, or
marked payment pending by the portal); ``pay RECEIPT --cash | --upi UTR`` records one, queues it for the
portal and saves the updated receipt; ``upi-link RECEIPT`` prints the ``upi://pay`` link the window shows
as a QR (for a phone or a second screen). No payment gateway is called.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from kiosk.domain.application import format_rupees
from kiosk.domain.messages import say

if TYPE_CHECKING:
    from kiosk.app import KioskContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("payments", help="fees still to be taken (payment pending)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_payments)

    p = sub.add_parser("pay", help="record a pending fee taken in cash or by UPI; saves the updated receipt")
    p.add_argument("key", metavar="RECEIPT_NO")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--cash", action="store_true", help="the citizen paid cash into your drawer")
    how.add_argument("--upi", metavar="UTR", help="the 12-digit UPI reference from the citizen's phone")
    p.add_argument("--operator", default="cli")
    p.add_argument("--layout", choices=("a4", "80mm"), default="a4")
    p.set_defaults(handler=cmd_pay)

    p = sub.add_parser("upi-link", help="the upi://pay link (exact fee, hub's payee) for a receipt")
    p.add_argument("key", metavar="RECEIPT_NO")
    p.set_defaults(handler=cmd_upi_link)


def cmd_payments(args: argparse.Namespace, ctx: KioskContext) -> int:
    owed = ctx.use_cases().payments.owed()
    lang = ctx.language
    if args.json:
        json.dump([{"uuid": o.uuid, "receipt_number": o.receipt_number, "paise": o.paise, "name_en": o.name_en,
                    "name_mr": o.name_mr, "service_code": o.service_code, "why": o.why} for o in owed],
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not owed:
        print(say("payment.none_pending", lang))
    for o in owed:
        print(say("payment.pending_line", lang, receipt=o.receipt_number, amount=format_rupees(o.paise),
                  name=o.name_mr if lang in ("mr", "hi") and o.name_mr else o.name_en,
                  why=say(f"payment.why_{o.why}", lang)))
    return 0


def cmd_pay(args: argparse.Namespace, ctx: KioskContext) -> int:
    ctx.database().require_writable()
    method = "cash" if args.cash else "upi"
    desk = ctx.use_cases()
    receipt = desk.receipts.make(desk.payments.take(args.key, method, args.upi or "", args.operator), args.layout)
    app = receipt.application
    print(say("payment.taken_line", ctx.language, receipt=app.receipt_number, amount=format_rupees(app.total_paise),
              method=say(f"payment.{method}", ctx.language), path=receipt.path))
    return 0


def cmd_upi_link(args: argparse.Namespace, ctx: KioskContext) -> int:
    app = ctx.applications().get(args.key)
    print(ctx.use_cases().payments.link(app.total_paise, app.receipt_number))
    return 0
