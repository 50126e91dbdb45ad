"""The hub's ring of villages (issue 18): ``ring list`` shows them, ``ring add`` / ``ring remove`` change
them as a supervisor (``--as NAME``, password asked or one line on stdin) — each change saved, audited and
queued for the portal in one transaction (the next sync sends the whole ring)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from kiosk.commands.users import sign_in
from kiosk.domain.messages import say
from kiosk.security.roles import Action

if TYPE_CHECKING:
    from kiosk.app import KioskContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ring", help="the hub's ring of villages: list, add, remove (supervisor)")
    verbs = p.add_subparsers(dest="ring_verb", metavar="VERB", required=True)

    v = verbs.add_parser("list", help="the ring's villages (code, English and Marathi names, PIN)")
    v.add_argument("--json", action="store_true")
    v.set_defaults(handler=cmd_list)

    v = verbs.add_parser("add", help="add a village, or complete one known by one name only")
    v.add_argument("--en", required=True, metavar="NAME", help="the English name (Latin letters)")
    v.add_argument("--mr", required=True, metavar="NAME", help="the Marathi name (Devanagari)")
    v.add_argument("--lgd", default="", metavar="CODE", help="the LGD village code, where known")
    v.add_argument("--pin", default="", help="the village's PIN code")
    v.add_argument("--as", dest="as_user", metavar="USERNAME", required=True, help="the supervisor making the change")
    v.set_defaults(handler=cmd_add)

    v = verbs.add_parser("remove", help="take a village out of the ring (its applications keep its code)")
    v.add_argument("village", help="either name, or its code")
    v.add_argument("--as", dest="as_user", metavar="USERNAME", required=True, help="the supervisor making the change")
    v.set_defaults(handler=cmd_remove)


def cmd_list(args: argparse.Namespace, ctx: KioskContext) -> int:
    ring = ctx.use_cases().hub.ring()
    if args.json:
        json.dump([v.to_dict() for v in ring], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not ring:
        print(say("cli_ring.empty", ctx.language))
    for v in ring:
        print(say("cli_ring.line", ctx.language, code=v.code, name_en=v.name_en or "—", name_mr=v.name_mr or "—",
                  pin=v.pin or "—"))
    return 0


def cmd_add(args: argparse.Namespace, ctx: KioskContext) -> int:
    ctx.database().require_writable()
    by = sign_in(ctx, args.as_user, Action.MANAGE_RING)
    village = ctx.use_cases().hub.add_village(by, args.en, args.mr, args.lgd, args.pin)
    print(say("cli_ring.added", ctx.language, village=village.name(ctx.language), code=village.code))
    return 0


def cmd_remove(args: argparse.Namespace, ctx: KioskContext) -> int:
    ctx.database().require_writable()
    by = sign_in(ctx, args.as_user, Action.MANAGE_RING)
    village = ctx.use_cases().hub.remove_village(by, args.village)
    print(say("cli_ring.removed", ctx.language, village=village.name(ctx.language)))
    return 0
