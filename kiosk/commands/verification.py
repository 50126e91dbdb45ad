"""``seva-kiosk verify-calls --month YYYY-MM --out FILE.csv --as SUPERVISOR`` (issue 18): the call list for
the state's third-party quality agency — the portal's sample of the month, only citizens who consented, only
the columns a caller needs (``kiosk.domain.verification.COLUMNS``); audited. Offline: says so, writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.commands.users import sign_in
from kiosk.domain.messages import describe, say
from kiosk.domain.verification import MONTH
from kiosk.portal.errors import PortalUnavailable
from kiosk.security.roles import Action

if TYPE_CHECKING:
    from kiosk.app import KioskContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("verify-calls", help="the quality agency's call list of a month: sampled by the portal, "
                                            "consenting citizens only, as CSV (supervisor)")
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="the month the applications were taken")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.csv", help="where to write the CSV")
    p.add_argument("--as", dest="as_user", metavar="USERNAME", required=True, help="the supervisor exporting it")
    p.set_defaults(handler=cmd_verify_calls)


def cmd_verify_calls(args: argparse.Namespace, ctx: KioskContext) -> int:
    from kiosk.counter.verification import VerificationCalls

    lang = ctx.language
    if not MONTH.match(args.month):
        print(f"seva-kiosk: {say('verification.bad_month', lang, month=args.month)}", file=sys.stderr)
        return 2
    ctx.database().require_writable()
    by = sign_in(ctx, args.as_user, Action.EXPORT_VERIFICATION)
    catalogue = ctx.catalogue()

    def name(code: str) -> str:
        return catalogue.service(code).name.text(lang) if catalogue.has(code) else code

    calls = VerificationCalls(ctx.database, lambda month: ctx.portal_client().verification_sample(month), name,
                              ctx.now)
    try:
        done = calls.export(by, args.month, args.out)
    except PortalUnavailable as exc:
        print(f"seva-kiosk: {say('verification.offline', lang, why=describe(exc, lang))}", file=sys.stderr)
        return 1
    print(say("verification.written", lang, count=done.written, sampled=done.sampled, month=done.month,
              path=str(args.out)))
    return 0
