"""``python -m kiosk.portal.simulator``: the simulator without the kiosk's data folder (spawn_simulator)."""

from __future__ import annotations

import argparse
import sys

from kiosk.portal.simulator.options import add_arguments, config_from_args, run_until_interrupted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.portal.simulator")
    add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        cfg = config_from_args(args)
    except ValueError as exc:
        print(f"portal simulator: {exc}", file=sys.stderr)
        return 2
    return run_until_interrupted(cfg)


if __name__ == "__main__":
    raise SystemExit(main())
