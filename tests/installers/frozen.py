"""Build the PyInstaller one-folder bundle once (session fixture in conftest) and run it.

Shared by tests/installers and tests/benchmarks/installers. The build goes to a temporary folder; the
spec is the one a technician uses (installers/pyinstaller/seva-kiosk.spec).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "installers" / "pyinstaller" / "seva-kiosk.spec"


@dataclass(frozen=True)
class FrozenBundle:
    root: Path  # dist/seva-kiosk
    executable: Path
    build_seconds: float

    @property
    def internal(self) -> Path:
        return self.root / "_internal"


def build_bundle(out: Path) -> FrozenBundle:
    """One-folder build, no --clean: the work folder is new anyway, and PyInstaller's binary cache in the
    user's cache folder is what makes a second build fast."""
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "work"), str(SPEC)],
        cwd=REPO, capture_output=True, text=True, timeout=900, check=False)
    seconds = time.monotonic() - start
    if proc.returncode != 0:
        raise AssertionError(f"PyInstaller failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    root = out / "dist" / "seva-kiosk"
    exe = root / ("seva-kiosk.exe" if sys.platform == "win32" else "seva-kiosk")
    assert exe.is_file(), f"no executable in {root}"
    return FrozenBundle(root, exe, seconds)


def frozen_env(home: Path) -> dict[str, str]:
    """The environment a counter PC gives the app: no display, no repository on the path."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH", "KIOSK_ASSETS", "VIRTUAL_ENV",
                        "PYTHON_KEYRING_BACKEND", "SEVA_TEST_KEYRING")}  # the tests' keyring is not in the bundle
    env.update(QT_QPA_PLATFORM="offscreen", KIOSK_HOME=str(home))
    return env


def bundle_size(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
