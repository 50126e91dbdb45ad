"""The technician's start-ups, known to `main.py` and `seva-kiosk` alike: ``--self-test`` (is this install
whole?), ``--check-update`` (a newer signed release, staged) and ``--screenshots DIR [--size WxH]`` (every screen, for the
README and for the CLI's ``screenshots``, which runs it in a child process so the CLI never loads Qt).

Part of the composition root: it builds contexts and hands the Qt modules what they may not import.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.app import KioskContext, build_context
from kiosk.domain.catalogue import Service


def technician_parser() -> argparse.ArgumentParser:
    """The technician's start-ups, parsed here so `seva-kiosk` from a source checkout knows them too (not
    only main.py): ``--self-test``, ``--check-update [--home DIR] [--lang mr|hi|en]`` and ``--screenshots DIR
    [--lang mr] …`` (what the CLI's ``screenshots`` runs in a child process, Qt being the window's)."""
    parser = argparse.ArgumentParser(prog="seva-kiosk", add_help=False)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--self-test", action="store_true", help="check this installation in a throw-away folder")
    which.add_argument("--check-update", action="store_true", help="ask the portal for a newer signed release")
    which.add_argument("--screenshots", metavar="DIR", type=Path,
                       help="every screen in every language as PNG, from a throw-away demo hub")
    parser.add_argument("--home", help="data folder (--check-update)")
    parser.add_argument("--lang", choices=("mr", "en", "hi"), action="append", default=[],
                        help="language of messages (--check-update); of the pictures, repeatable (--screenshots)")
    parser.add_argument("--size", type=screen_size, default=(1366, 768), metavar="WxH",
                        help="the screen the pictures are rendered on (--screenshots; default 1366x768)")
    return parser


def screen_size(text: str) -> tuple[int, int]:
    """"1366x768" → (1366, 768); argparse turns the ValueError into a usage error (exit 2)."""
    width, _, height = text.lower().partition("x")
    size = (int(width), int(height))
    if not (320 <= size[0] <= 10_000 and 240 <= size[1] <= 10_000):
        raise ValueError(text)
    return size


def demo_context(home: Path, count: int) -> KioskContext:
    """A context on ``home`` (a throw-away folder) holding the demo hub and ``count`` demo applications."""
    from kiosk.demo import seed_demo

    ctx = build_context(home, "mr")
    for _ in seed_demo(ctx.database(), ctx.catalogue(), ctx.calendar(), count=count, now=ctx.now()):
        pass
    return ctx


def self_test_database(home: Path) -> tuple[str, Service]:
    """The self-test's database check: a new hub database in ``home`` (a throw-away folder) opens writable,
    migrates, passes its integrity check and holds the bundled catalogue. Returns the sentence and the first
    service (the self-test renders a receipt for it)."""
    from kiosk.store.db import integrity_problem
    from kiosk.ui.selftest import SelfTestFailure

    ctx = build_context(home, "en")
    ctx.use_throwaway_key()  # encrypted like a hub's database, without leaving a key in the PC's keyring
    try:
        store = ctx.database()
        if not store.writable:
            raise SelfTestFailure(f"the database at {ctx.paths.database} opened read-only")
        problem = integrity_problem(store)
        if problem:
            raise SelfTestFailure(f"the new database fails its integrity check: {problem}")
        catalogue = ctx.catalogue()
        if not catalogue.services:
            raise SelfTestFailure("the bundled service catalogue has no services")
        return (f"{ctx.paths.database.name} created and migrated; catalogue {catalogue.version}, "
                f"{len(catalogue.services)} services"), catalogue.services[0]
    finally:
        ctx.close()


def run_technician(args: argparse.Namespace) -> int:
    if args.self_test:
        from kiosk.ui.selftest import run_self_test

        return run_self_test(self_test_database)
    if args.screenshots:
        from kiosk.ui.screenshots import main as render_screenshots

        return render_screenshots(args.screenshots, tuple(args.lang), demo_context, args.size)
    from kiosk.updates import check_update

    ctx = build_context(args.home, args.lang[-1] if args.lang else None)
    try:
        return check_update(ctx, lambda line: print(line, file=sys.stdout))
    finally:
        ctx.close()
