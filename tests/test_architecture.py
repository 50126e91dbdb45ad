"""The layering of ARCHITECTURE.md, enforced: import-linter contracts, and no Qt in the Qt-free core."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    r = subprocess.run([str(lint), "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
    assert "0 broken" in r.stdout


def test_core_runs_without_qt() -> None:
    # Import every Qt-free package (and the CLI) in a fresh interpreter and prove PySide6 never loads.
    code = (
        "import sys, pkgutil, importlib, kiosk\n"
        "skip = ('kiosk.ui', 'kiosk.app', 'kiosk.__main__')\n"
        "for m in pkgutil.walk_packages(kiosk.__path__, 'kiosk.'):\n"
        "    if not m.name.startswith(skip):\n"
        "        importlib.import_module(m.name)\n"
        "import kiosk.cli; kiosk.cli.build_parser()\n"
        "print('PySide6' in sys.modules)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "False"
