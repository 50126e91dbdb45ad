"""`seva-kiosk sync` and `portal-config` (the outbox's view for a human is `kiosk.commands.outbox`)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from kiosk.domain.errors import KioskError
from kiosk.store.hub import set_setting
from kiosk.store.outbox import counts

if TYPE_CHECKING:
    from kiosk.app import KioskContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="send queued items to the portal and bring statuses back")
    p.add_argument("--once", action="store_true", help="drain the queue, pull the feed, exit (0 = all settled)")
    p.add_argument("--portal", help="portal URL (overrides the configured one)")
    p.add_argument("--max-wait", type=float, default=300.0, help="with --once: give up retrying after this long")
    p.add_argument("--now", action="store_true",
                   help="retry items waiting on a backoff at once (the link is known to be back)")
    p.add_argument("--watch", action="store_true",
                   help="keep syncing until stopped (SIGTERM/Ctrl+C finish the item in hand): soon after a save, "
                        "when the portal comes back, and every few minutes; waits while the portal is down")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(handler=cmd_sync)

    p = sub.add_parser("portal-config", help="set the portal URL and this hub's client id (secret → keyring)")
    p.add_argument("url")
    p.add_argument("client_id")
    p.add_argument("--secret-stdin", action="store_true", help="read the client secret from standard input")
    p.set_defaults(handler=cmd_portal_config)


def cmd_sync(args: argparse.Namespace, ctx: KioskContext) -> int:
    store = ctx.database()
    store.require_writable()
    ctx.use_cases().start_up.run()
    if args.watch:
        from kiosk.commands.sync_watch import watch_until_stopped

        return watch_until_stopped(ctx, args.portal, quiet=args.quiet)
    client = ctx.portal_client(args.portal)
    engine = ctx.sync_engine(client)
    try:
        for p in engine.run(drain=args.once, max_wait=args.max_wait, retry_now=args.now):
            if not args.quiet and sys.stderr.isatty():
                bar = "#" * int(20 * p.done / p.total) if p.total else ""
                print(f"\r{p.stage:13} [{bar:20}] {p.done}/{p.total} {p.bytes // 1024} KiB {p.message[:40]:40}",
                      end="", file=sys.stderr)
    finally:
        client.close()
    report = engine.report
    c = counts(store)
    waiting = c["pending"] + c["unknown"] + c["in_flight"]
    if sys.stderr.isatty() and not args.quiet:
        print(file=sys.stderr)
    print(f"sent {report.sent}, quarantined {c['rejected']}, still waiting {waiting}, "
          f"statuses {report.status_applied}, certificates {report.certificates}"
          + (f", catalogue {report.catalogue_version}" if report.catalogue_version else ""))
    if report.offline_reason:
        print(f"seva-kiosk: portal not reachable ({report.offline_reason}); {waiting} items stay queued",
              file=sys.stderr)
        return 1
    if args.once and waiting:
        print(f"seva-kiosk: {waiting} items still waiting after {args.max_wait:.0f} s of retries", file=sys.stderr)
        return 1
    for e in report.errors:
        print(f"seva-kiosk: warning: {e}", file=sys.stderr)
    return 0


def cmd_portal_config(args: argparse.Namespace, ctx: KioskContext) -> int:
    from kiosk.portal.credentials import store_secret

    if args.secret_stdin:
        secret = sys.stdin.readline().strip()
        if not secret:
            raise KioskError("no secret on standard input")
        store_secret(args.client_id, secret)  # keyring or a clear error, never a file
    store = ctx.database()
    set_setting(store, "portal.url", args.url)
    set_setting(store, "portal.client_id", args.client_id)
    set_setting(store, "portal.training", "0")
    print(f"portal {args.url} for hub client {args.client_id}")
    return 0
