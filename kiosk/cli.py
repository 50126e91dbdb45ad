"""The headless command line: `seva-kiosk <command>`.

Each area registers its sub-commands from its own module in :mod:`kiosk.commands`; this file only builds
the parser, resolves the data folder and turns typed errors into one readable line and an exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from kiosk.domain.errors import KioskError

if TYPE_CHECKING:
    from kiosk.app import KioskContext

# Modules under kiosk.commands that contribute sub-commands (each has a ``register(sub)``).
COMMAND_MODULES = ("core", "portal", "sync", "outbox", "documents", "receipts", "users", "security", "ui")

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_CORRUPT = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="seva-kiosk", description="Seva Kiosk — Aaple Sarkar Seva Kendra counter")
    parser.add_argument("--home", help="data folder (default: $KIOSK_HOME or the user data folder)")
    parser.add_argument("--lang", choices=("mr", "hi", "en"), default=None, help="language of messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"kiosk.commands.{name}").register(sub)
    return parser


def run(argv: Sequence[str], make_context: Callable[[argparse.Namespace], KioskContext]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_USAGE
    ctx = make_context(args)
    try:
        return int(handler(args, ctx) or 0)
    except KioskError as exc:
        from kiosk.domain.messages import describe

        print(f"seva-kiosk: {describe(exc, ctx.language)}", file=sys.stderr)
        return EXIT_CORRUPT if exc.code == "database_corrupt" else EXIT_ERROR
    except KeyboardInterrupt:
        print("seva-kiosk: interrupted", file=sys.stderr)
        return 130
    finally:
        ctx.close()
