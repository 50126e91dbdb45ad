"""`seva-kiosk --check-update`: the technician's way to ask the portal for a newer release right now.

The same check the supervisor's notice runs (kiosk.portal.releases.fetch_update), from the composition
root: the configured portal, the bundled release key, ``<data folder>/updates`` as the staging folder.
It downloads and verifies, and says where the package is; installing stays a technician's step after day
close. Exit 0 when up to date or staged, 1 when the release was refused or the portal could not be asked.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from kiosk import __version__
from kiosk.app import KioskContext, build_context
from kiosk.domain.errors import KioskError
from kiosk.domain.messages import describe, say
from kiosk.domain.texts import LANGUAGES
from kiosk.portal.releases import describe_update, fetch_update, load_public_key


def staging_folder(ctx: KioskContext) -> Path:
    return ctx.paths.home / "updates"


def check_update(ctx: KioskContext, out: Callable[[str], None] = print, current: str = __version__) -> int:
    language = ctx.language if ctx.language in LANGUAGES else "mr"
    try:
        client = ctx.portal_client()
        try:
            key = load_public_key(ctx.paths.assets / "updates" / "release-signing.pub")
            check = fetch_update(client, current, key, staging_folder(ctx))
        finally:
            client.close()
    except KioskError as exc:
        out(f"seva-kiosk: {describe(exc, language)}")
        return 1
    if check.manifest is None or check.package is None:
        out(say("update.up_to_date", language, version=current))
        return 0
    out(describe_update(check.manifest, language))
    out(say("update.staged_at", language, path=check.package))
    return 0


def main(argv: list[str]) -> int:
    """``--check-update [--home DIR] [--lang mr|en|hi]``."""
    home = argv[argv.index("--home") + 1] if "--home" in argv[:-1] else None
    language = argv[argv.index("--lang") + 1] if "--lang" in argv[:-1] else None
    ctx = build_context(home, language)
    try:
        return check_update(ctx, lambda line: print(line, file=sys.stdout))
    finally:
        ctx.close()
