"""The headless command line: `seva-kiosk <command>`.

Each area registers its sub-commands from its own module in :mod:`kiosk.commands`; this file only builds
the parser, resolves the data folder and turns typed errors into one readable line and an exit code.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.commands.terminal import guard_streams, restore_streams, silence_closed_stdout
from kiosk.domain.errors import KioskError

if TYPE_CHECKING:
    from kiosk.app import KioskContext

# Modules under kiosk.commands that contribute sub-commands (each has a ``register(sub)``).
COMMAND_MODULES = ("core", "catalogue", "portal", "sync", "outbox", "documents", "receipts", "users", "security",
                   "ui", "appeals", "delivery", "more_documents", "payments", "dashboard",
                   "visits", "reuse", "ring", "verification")

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_CORRUPT = 0, 1, 2, 3
EXIT_PIPE = 141  # what a shell reports for a command ended by SIGPIPE (128 + 13), as for `yes | head`


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="seva-kiosk", description="Seva Kiosk — Aaple Sarkar Seva Kendra counter")
    parser.add_argument("--home", help="data folder (default: $KIOSK_HOME or the user data folder)")
    parser.add_argument("--lang", choices=("mr", "hi", "en"), default=None, help="language of messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"kiosk.commands.{name}").register(sub)
    return parser


def run(argv: Sequence[str], make_context: Callable[[argparse.Namespace], KioskContext]) -> int:
    """Run one command. Whatever it prints is escaped on the way out (:mod:`kiosk.commands.terminal`), a
    reader that stops early (``| head``) ends it quietly, and no error reaches the shell as a traceback."""
    streams = guard_streams()
    try:
        code = _run(argv, make_context)
        sys.stdout.flush()  # here, not at exit, so a reader gone by then is caught below too
        return code
    except BrokenPipeError:
        silence_closed_stdout()
        return EXIT_PIPE
    finally:
        restore_streams(streams)


def _run(argv: Sequence[str], make_context: Callable[[argparse.Namespace], KioskContext]) -> int:
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
    except BrokenPipeError:
        raise
    except Exception as exc:  # a bug: one line for the operator, the frames for the technician's log
        if os.environ.get("KIOSK_TRACEBACK") == "1":
            raise
        from kiosk.domain.messages import say

        log = log_unexpected(ctx.paths.logs, exc)
        print(f"seva-kiosk: {say('error.cli_unexpected', ctx.language, kind=type(exc).__name__, log=log)}",
              file=sys.stderr)
        return EXIT_ERROR
    finally:
        ctx.close()


def log_unexpected(logs: Path, exc: BaseException) -> Path:
    """Where the frames of an unexpected error were written: the exception's type and where it was raised,
    never its message or any local value (those may hold a citizen's name or number; the log is plaintext)."""
    path = logs / "kiosk-cli.log"
    frames = "".join(f"  {f.filename}:{f.lineno} in {f.name}\n" for f in traceback.extract_tb(exc.__traceback__))
    try:
        logs.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"{datetime.now(UTC).isoformat(timespec='seconds')} {type(exc).__qualname__}\n{frames}")
    except OSError:
        return Path(os.devnull)
    return path
