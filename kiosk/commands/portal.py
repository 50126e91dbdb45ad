"""``seva-kiosk portal-sim``: run the reference portal (training mode, the demo, manual fault drills).

The simulator keeps its database in the kiosk's data folder (``portal-simulator/portal.sqlite3``) unless
``--db`` says otherwise, and serves the kiosk's bundled catalogue so every service code is known to it.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.app import KioskContext


def register(sub: argparse._SubParsersAction) -> None:
    from kiosk.portal.simulator.options import add_arguments

    p: argparse.ArgumentParser = sub.add_parser(
        "portal-sim", help="run the portal simulator (training/demo portal with fault injection)",
        description="Run the reference portal on this computer. Ctrl-C stops it. "
                    "Counters: GET <url>/_sim/stats.")
    add_arguments(p)
    p.set_defaults(handler=run_portal_sim)


def run_portal_sim(args: argparse.Namespace, ctx: KioskContext) -> int:
    from kiosk.portal.errors import PortalConfigError
    from kiosk.portal.simulator.options import config_from_args, run_until_interrupted

    default_db = ctx.paths.simulator / "portal.sqlite3"
    try:
        cfg = config_from_args(args, default_db=str(default_db))
    except ValueError as exc:
        raise PortalConfigError(str(exc)) from None
    if cfg.db_path == str(default_db):
        default_db.parent.mkdir(parents=True, exist_ok=True)
    if cfg.catalogue_path is None:
        bundled = ctx.paths.assets / "catalogue" / "catalogue-full.json"
        cfg.catalogue_path = bundled if bundled.is_file() else None
    try:
        return run_until_interrupted(cfg)
    except OSError as exc:
        raise PortalConfigError(f"cannot listen on {cfg.host}:{cfg.port}: {exc.strerror or exc}") from None
