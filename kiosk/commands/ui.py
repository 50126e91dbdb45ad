"""``seva-kiosk screenshots DIR``: every screen of the operator's window, in Marathi, Hindi and English, as PNG.

The CLI never imports Qt (import contract), so the rendering runs in a child process — the composition
root's ``--screenshots`` start-up, which calls ``kiosk.ui.screenshots.main`` — on Qt's offscreen platform,
with a throw-away demo data folder.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from typing import TYPE_CHECKING

from kiosk.domain.errors import KioskError

if TYPE_CHECKING:
    from kiosk.app import KioskContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("screenshots", help="render every screen of the window to PNG (offscreen)")
    p.add_argument("folder", metavar="DIR")
    p.add_argument("--lang", action="append", choices=("mr", "hi", "en"), default=[],
                   help="only this language (repeatable; default: all)")
    p.add_argument("--size", metavar="WxH", default="1366x768",
                   help="the screen to render on, e.g. 1280x720 (default: 1366x768, the usual counter monitor)")
    p.set_defaults(handler=cmd_screenshots)


def cmd_screenshots(args: argparse.Namespace, ctx: KioskContext) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "kiosk", "--screenshots", args.folder]
    for lang in args.lang:
        command += ["--lang", lang]
    command += ["--size", args.size]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600, check=False)  # noqa: S603
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise KioskError(f"the screenshots could not be rendered: {tail}")
    print(done.stdout, end="")
    return 0
