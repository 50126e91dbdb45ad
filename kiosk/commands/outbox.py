"""`seva-kiosk outbox`: what waits to be sent, quarantined items and retry, and carried bundles (USB).

Carried sync (:mod:`kiosk.sync.bundle`): ``export DIR`` writes the waiting applications, signed by this hub
and sealed under the ring key; ``import BUNDLE`` on a kiosk of another hub queues them for relay, filed at
the portal under the home hub. ``return DIR`` on the carrier, online, fetches
each home hub's answers with the read grant its bundle carried into a return file, which ``import`` at
home applies (statuses, certificates). ``ring-key`` makes or installs the ring's carry key — read from standard
input or a file, never from an argument (``ps`` and the shell history would show it).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.domain.errors import KioskError
from kiosk.domain.messages import say
from kiosk.store.outbox import counts

if TYPE_CHECKING:
    from kiosk.app import KioskContext
    from kiosk.sync.bundle import HubSigner


class RingKeyOnCommandLine(KioskError):
    code = "ring_key_on_command_line"


class RingKeyUnreadable(KioskError):
    code = "ring_key_unreadable"


class BundleIsFolder(KioskError):
    code = "bundle_is_folder"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("outbox", help="what waits to be sent; quarantined items, retry; carried bundles")
    p.add_argument("action", choices=("status", "quarantined", "retry", "export", "import", "return", "ring-key"))
    p.add_argument("target", nargs="?", help="retry: ITEM id; export, return: DIR (USB stick); "
                                             "import: a bundle or a return file")
    p.add_argument("--portal", help="return: portal URL (overrides the configured one)")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--stdin", action="store_true",
                        help="ring-key: read the key from standard input (typed without echo, or piped)")
    source.add_argument("--file", metavar="FILE", help="ring-key: read the key from the first line of FILE")
    # Only to refuse it with a reason: a key typed here is already in the shell history.
    source.add_argument("--set", dest="key_on_argv", help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_outbox)


def _say(ctx: KioskContext, key: str, **params: object) -> str:
    return say(f"cli_carried.{key}", ctx.language, **params)


def read_ring_key(args: argparse.Namespace, ctx: KioskContext) -> str | None:
    """The key the supervisor gives (stdin or file), or None to make a new one."""
    if args.key_on_argv is not None:
        raise RingKeyOnCommandLine("ring key given as an argument")
    if args.file:
        try:
            lines = Path(args.file).read_text("utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise RingKeyUnreadable(f"{args.file}: {exc}") from exc
        value = lines[0] if lines else ""
    elif args.stdin:
        prompt = _say(ctx, "ring_key_prompt")
        value = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline()
    else:
        return None
    if not value.strip():
        raise RingKeyUnreadable("empty")
    return value.strip()


def hub_signer(ctx: KioskContext) -> HubSigner:
    """This hub's portal identity, as the sync client uses it: training mode signs with the demo login."""
    from kiosk.portal.credentials import secret_provider
    from kiosk.sync.bundle import BundleCannotBeSigned, HubSigner

    if ctx.setting("portal.training") == "1":
        from kiosk.portal.simulator import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

        return HubSigner(DEMO_CLIENT_ID, lambda: DEMO_CLIENT_SECRET)
    client_id = ctx.setting("portal.client_id")
    if not client_id:
        raise BundleCannotBeSigned("no portal login is set up")
    return HubSigner(client_id, secret_provider(client_id))


def cmd_outbox(args: argparse.Namespace, ctx: KioskContext) -> int:
    if args.key_on_argv is not None:  # before anything else: nothing here may depend on opening the store
        raise RingKeyOnCommandLine("ring key given as an argument")
    if args.action == "ring-key":
        return _ring_key(args, ctx)  # the ring key lives in the keyring, not the database
    store = ctx.database()
    if args.action == "status":
        for state, n in counts(store).items():
            print(f"{state:10} {n}")
        return 0
    if args.action == "quarantined":
        for item in ctx.use_cases().corrections.quarantined():
            print(f"{item.id:6} {item.kind:12} {item.idempotency_key}  {item.last_error}")
        return 0
    if args.action == "export":
        return _export(args, ctx)
    if args.action == "import":
        return _import(args, ctx)
    if args.action == "return":
        return _return(args, ctx)
    if not args.target or not args.target.isdigit():
        raise KioskError("outbox retry needs an ITEM id (see: seva-kiosk outbox quarantined)")
    ctx.use_cases().corrections.retry(int(args.target))
    print(f"item {args.target} will be sent again")
    return 0


def _ring_key(args: argparse.Namespace, ctx: KioskContext) -> int:
    from kiosk.sync.bundle import set_ring_key

    given = read_ring_key(args, ctx)
    key = set_ring_key(given)
    if given:
        print(_say(ctx, "ring_key_installed"))
    else:
        print(_say(ctx, "ring_key_made"), file=sys.stderr)
        print(key)  # alone on stdout, so it can be redirected to a file for the other kiosks
    return 0


def _export(args: argparse.Namespace, ctx: KioskContext) -> int:
    from kiosk.sync.bundle import export_bundle

    if not args.target:
        raise KioskError("outbox export needs a DIR (e.g. the USB stick)")
    store = ctx.database()
    store.require_writable()
    signer = hub_signer(ctx)
    summary = export_bundle(store, ctx.sealed().documents, Path(args.target), ctx.hub().code, signer)
    if summary.items == 0:
        print(_say(ctx, "nothing_to_export", path=summary.path, hub=signer.hub_id))
        return 0
    print(_say(ctx, "exported", path=summary.path, items=summary.items, documents=summary.documents,
               hub=signer.hub_id))
    return 0


def _import(args: argparse.Namespace, ctx: KioskContext) -> int:
    from kiosk.sync.bundle import import_bundle
    from kiosk.sync.return_trip import RETURN_MAGIC, import_return
    from kiosk.sync.ring import peek_magic

    if not args.target:
        raise KioskError("outbox import needs a BUNDLE file")
    if Path(args.target).is_dir():  # the stick itself rather than the file on it: name what it holds
        found = sorted(p.name for p in Path(args.target).glob("seva-*.skb"))
        raise BundleIsFolder(args.target, path=args.target,
                             found=", ".join(found) or say("cli_line.none_found", ctx.language))
    store = ctx.database()
    store.require_writable()
    if peek_magic(Path(args.target)) == RETURN_MAGIC:
        from kiosk.security.audit import record

        back = import_return(store, Path(args.target), ctx.sealed().certificates, hub_signer(ctx).hub_id, record)
        print(_say(ctx, "returned", hub=back.hub_code, statuses=back.events, certificates=back.certificates))
        return 0
    summary = import_bundle(store, Path(args.target), ctx.sealed().documents)
    if summary.new == 0:
        print(_say(ctx, "already_carried", items=summary.items, hub=summary.hub_code))
        return 0
    line = _say(ctx, "queued", new=summary.new, hub=summary.hub_code, documents=summary.documents)
    if summary.new < summary.items:
        line += " " + _say(ctx, "partly_carried", old=summary.items - summary.new)
    print(line)
    return 0


def _return(args: argparse.Namespace, ctx: KioskContext) -> int:
    from kiosk.sync.return_trip import fetch_returns

    if not args.target:
        raise KioskError("outbox return needs a DIR (e.g. the USB stick)")
    client = ctx.portal_client(args.portal)
    try:
        summaries = fetch_returns(ctx.database(), client, Path(args.target))
    finally:
        client.close()
    if not summaries:
        print(_say(ctx, "no_grants"))
    for s in summaries:
        if s.error:
            print(_say(ctx, "return_failed", hub=s.hub_code, detail=s.error), file=sys.stderr)
        elif s.path is None:
            print(_say(ctx, "return_nothing", hub=s.hub_code))
        else:
            print(_say(ctx, "return_written", path=s.path, hub=s.hub_code, statuses=s.events,
                       certificates=s.certificates))
    return 1 if any(s.error for s in summaries) else 0
