"""Command-line options of the simulator, shared by ``seva-kiosk portal-sim`` and ``python -m``."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.portal.simulator.faults import PROFILES, parse_fault_rates
from kiosk.portal.simulator.process import READY_PREFIX

if TYPE_CHECKING:
    from kiosk.portal.simulator.server import SimulatorConfig


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="port (0 picks a free one; default 8765)")
    p.add_argument("--db", default=None, help="simulator database file (default: in the data folder)")
    p.add_argument("--faults", default="", help='fault rates, e.g. "5xx=0.05,timeout=0.05,drop_after_commit=0.05"')
    p.add_argument("--seed", type=int, default=None, help="random seed for faults and latency")
    p.add_argument("--profile", default="loopback", choices=sorted(PROFILES), help="link to emulate (2g: ~50 kbit/s)")
    p.add_argument("--decision-seconds", type=float, default=60.0, help="seconds from submission to decision")
    p.add_argument("--token-ttl", type=float, default=900.0, help="access token lifetime in seconds")
    p.add_argument("--stall-seconds", type=float, default=3.0, help="how long timeout/late-answer faults stall")
    p.add_argument("--connect-pause-seconds", type=float, default=3.0,
                   help="how long the connect-timeout fault keeps the listener deaf")
    p.add_argument("--trickle-seconds", type=float, default=0.05, help="pause between pieces of a slow answer")
    p.add_argument("--retry-after-seconds", type=int, default=1, help="Retry-After sent with 429/503 faults")
    p.add_argument("--catalogue", default=None, help="catalogue JSON to publish first (default: the seed)")
    p.add_argument("--client", action="append", default=[], metavar="ID:SECRET",
                   help="a hub allowed to log in (repeatable; default: the demo hub)")
    p.add_argument("--tls-cert", default=None, help="serve HTTPS with this certificate (PEM)")
    p.add_argument("--tls-key", default=None, help="private key for --tls-cert")
    p.add_argument("--verbose", action="store_true", help="log every request")
    p.add_argument("--admin-token-file", default=None, metavar="PATH",
                   help="file holding the token every /_sim/* call must carry (header Sim-Admin-Token); "
                        "needed to listen on anything but loopback (env SEVA_SIM_ADMIN_TOKEN also works)")


def config_from_args(args: argparse.Namespace, default_db: str = ":memory:",
                     fonts_dir: Path | None = None) -> SimulatorConfig:
    """Raises ValueError with a readable message for a bad --faults or --client value."""
    from kiosk.portal.simulator.server import SimulatorConfig, default_fonts, refuse_exposed_admin

    cfg = SimulatorConfig(host=args.host, port=args.port, db_path=args.db or default_db,
                          faults=parse_fault_rates(args.faults), seed=args.seed, profile=args.profile,
                          decision_seconds=args.decision_seconds, token_ttl=args.token_ttl,
                          stall_seconds=args.stall_seconds, connect_pause_seconds=args.connect_pause_seconds,
                          trickle_seconds=args.trickle_seconds, retry_after_seconds=args.retry_after_seconds,
                          fonts_dir=fonts_dir or default_fonts(), verbose=args.verbose,
                          catalogue_path=Path(args.catalogue) if args.catalogue else None,
                          tls_certfile=Path(args.tls_cert) if args.tls_cert else None,
                          tls_keyfile=Path(args.tls_key) if args.tls_key else None)
    cfg.admin_token = _admin_token(args.admin_token_file)
    refuse_exposed_admin(cfg)
    if args.client:
        clients = {}
        for item in args.client:
            cid, sep, secret = item.partition(":")
            if not sep or not cid or not secret:
                raise ValueError(f"--client needs ID:SECRET, got '{item}'")
            clients[cid] = secret
        cfg.clients = clients
    return cfg


def _admin_token(path: str | None) -> str | None:
    """From a file or the environment, never argv (it would show in ``ps`` and the shell history)."""
    if path:
        try:
            token = Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ValueError(f"cannot read --admin-token-file {path}: {exc.strerror or exc}") from None
        if len(token) < 16:
            raise ValueError("the admin token must be at least 16 characters")
        return token
    return os.environ.get("SEVA_SIM_ADMIN_TOKEN") or None


def run_until_interrupted(cfg: SimulatorConfig) -> int:
    """Serve until Ctrl-C or SIGTERM; prints one ready line (spawn_simulator waits for it)."""
    from kiosk.portal.simulator.server import PortalSimulator

    done = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: done.set())
    sim = PortalSimulator(cfg).start()
    try:
        print(f"{READY_PREFIX}{sim.url}", flush=True)
        print(f"  stats: {sim.url}/_sim/stats   profile: {cfg.profile}   faults: {cfg.faults or 'none'}",
              file=sys.stderr, flush=True)
        done.wait()
    finally:
        sim.stop()
    return 0
