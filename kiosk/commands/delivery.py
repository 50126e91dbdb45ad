"""Delivery and the citizen's receipt, at the command line: ``lookup``, ``deliveries``, ``delivery-change``.

The same use case as the window (``kiosk.counter.delivery.Deliveries``): the status look-up for a citizen
holding only a receipt (its number, or the QR text a scanner types), one application's delivery history or
the certificates whose delivery failed, and a change of channel (checked like intake, audited, queued).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from kiosk.domain.delivery import CHANNELS, masked_contact
from kiosk.domain.messages import say

if TYPE_CHECKING:
    from kiosk.app import KioskContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("lookup", help="a citizen's receipt (number or QR text): status, due date, what is "
                                      "missing, what next")
    p.add_argument("receipt", metavar="RECEIPT_OR_QR")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_lookup)

    p = sub.add_parser("deliveries", help="one application's delivery history, or the certificates whose "
                                          "delivery failed (to print or resend)")
    p.add_argument("receipt", nargs="?", metavar="RECEIPT", help="omit with --failed")
    p.add_argument("--failed", action="store_true", help="list issued certificates that reached no channel")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_deliveries)

    p = sub.add_parser("delivery-change", help="change how the citizen gets the certificate (audited, synced)")
    p.add_argument("receipt", metavar="RECEIPT")
    p.add_argument("--channel", action="append", required=True, metavar="CHANNEL[:CONTACT]",
                   help=f"one of {', '.join(CHANNELS)}, e.g. whatsapp:9822012345 or email:a@b.in (repeat)")
    p.add_argument("--consent", action="store_true",
                   help="the citizen consented, at the counter, to every channel named")
    p.add_argument("--reason", default="", help="why (kept with the change)")
    p.add_argument("--operator", default="cli")
    p.set_defaults(handler=cmd_change)


def _attempt(a: Any, language: str) -> str:
    kind = "" if a.kind == "certificate" else say("lookup.ack", language) + ": "
    return f"{a.at}  {kind}{say(f'delivery_channel.{a.channel}', language)} — {say(f'delivery_outcome.{a.outcome}', language)}"


def cmd_lookup(args: argparse.Namespace, ctx: KioskContext) -> int:
    answer = ctx.use_cases().deliveries.look_up(args.receipt, ctx.language)
    if args.json:
        print(json.dumps({"receipt_number": answer.receipt_number, "service": answer.service,
                          "status": answer.status, "status_text": answer.status_text,
                          "due_date": answer.due_date.isoformat() if answer.due_date else None,
                          "missing": list(answer.missing), "next": answer.next_code, "next_text": answer.next_text,
                          "deliveries": [{"kind": a.kind, "channel": a.channel, "outcome": a.outcome, "at": a.at}
                                         for a in answer.deliveries]}, ensure_ascii=False, indent=1))
        return 0
    for line in answer.lines():
        print(line)
    for a in answer.deliveries:
        print("  " + _attempt(a, ctx.language))
    return 0


def cmd_deliveries(args: argparse.Namespace, ctx: KioskContext) -> int:
    d = ctx.use_cases().deliveries
    if args.failed or not args.receipt:
        failed = d.failed()
        if args.json:
            print(json.dumps([{"receipt_number": f.receipt_number, "service_code": f.service_code,
                               "failed": [{"channel": a.channel, "outcome": a.outcome, "at": a.at} for a in f.failed]}
                              for f in failed], ensure_ascii=False, indent=1))
            return 0
        for f in failed:
            print(f"{f.receipt_number}  {f.service_code}  " +
                  "; ".join(f"{say(f'delivery_channel.{a.channel}', ctx.language)} — "
                            f"{say(f'delivery_outcome.{a.outcome}', ctx.language)}" for a in f.failed))
        return 0
    view = d.view(args.receipt)
    if args.json:
        print(json.dumps({"receipt_number": view.receipt_number, "status": view.status,
                          "channels": [{"channel": c.channel, "contact": masked_contact(c.channel, c.contact)}
                                       for c in view.channels],
                          "change_pending": view.change_pending,
                          "attempts": [{"kind": a.kind, "channel": a.channel, "outcome": a.outcome, "at": a.at}
                                       for a in view.attempts]}, ensure_ascii=False, indent=1))
        return 0
    print(view.receipt_number)
    for c in view.channels:
        print(f"  {say(f'delivery_channel.{c.channel}', ctx.language)} {masked_contact(c.channel, c.contact)}".rstrip())
    if view.change_pending:
        print("  " + say("lookup.changed", ctx.language, channels=", ".join(
            say(f"delivery_channel.{c.channel}", ctx.language) for c in view.channels)))
    for a in view.attempts:
        print("  " + _attempt(a, ctx.language))
    return 0


def cmd_change(args: argparse.Namespace, ctx: KioskContext) -> int:
    channels = []
    for spec in args.channel:
        name, _, contact = str(spec).partition(":")
        channels.append({"channel": name.strip(), "contact": contact.strip(), "consent": bool(args.consent)})
    view = ctx.use_cases().deliveries.change(args.receipt, channels, args.operator, args.reason)
    print(say("lookup.changed", ctx.language, channels=", ".join(
        say(f"delivery_channel.{c.channel}", ctx.language) for c in view.channels)))
    return 0
