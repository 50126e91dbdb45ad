"""Frozen bundle: build time, size on disk, and start-up time of the one-folder executable.

Run with `bash installers/bootstrap.sh bench -k installers`. Start-up is `seva-kiosk --exit-when-ready`
under the offscreen platform (window built, first screen shown, then exit), on a data folder that already
exists (the normal morning start). "Cold" drops the page cache first (root only; otherwise reported as
not measured); "warm" is the same right after. The floor is the unfrozen app started the same way.
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.benchmarks.conftest import report
from tests.installers.frozen import REPO, build_bundle, bundle_size, frozen_env


def _drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=True, timeout=60)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


@contextmanager
def secret_service(tmp: Path) -> Iterator[dict[str, str]]:
    """A real Secret Service (session D-Bus + unlocked gnome-keyring), as on a counter PC: since encryption at
    rest the kiosk will not open its database without the OS keyring, so start-up is timed with one."""
    (tmp / "run").mkdir(mode=0o700, exist_ok=True)
    extra = {"HOME": str(tmp / "os-home"), "XDG_DATA_HOME": str(tmp / "os-home" / "share"),
             "XDG_RUNTIME_DIR": str(tmp / "run")}
    env = {**os.environ, **extra}
    out = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"], env=env,
                         capture_output=True, text=True, check=True, timeout=30).stdout.split()
    extra["DBUS_SESSION_BUS_ADDRESS"] = out[0]
    try:
        subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets"], input="bench-keyring",
                       env={**env, **extra}, capture_output=True, text=True, check=True, timeout=30)
        yield extra
    finally:
        os.kill(int(out[1]), signal.SIGTERM)  # the keyring daemon leaves with its bus


def _start(cmd: list[str], home: Path, session: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env={**frozen_env(home), **session}, cwd=home.parent, capture_output=True, text=True,
                          timeout=120)
    seconds = time.perf_counter() - start
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return seconds


def test_frozen_bundle_size_and_start(tmp_path: Path) -> None:
    bundle = build_bundle(tmp_path / "build")
    size = bundle_size(bundle.root)
    files = [p for p in bundle.root.rglob("*") if p.is_file() and not p.is_symlink()]  # Qt libs are linked twice
    by_part: Counter[str] = Counter()
    for p in files:
        rel = p.relative_to(bundle.internal) if p.is_relative_to(bundle.internal) else p.relative_to(bundle.root)
        top = rel.parts[0] if len(rel.parts) > 1 else ("bundled system libraries" if ".so" in p.name else "other")
        if rel.parts[:2] == ("PySide6", "Qt"):
            top = "PySide6/Qt/" + (rel.parts[2] if len(rel.parts) > 3 else "")
        by_part[top] += p.stat().st_size
    largest = {k: round(v / 2**20, 1) for k, v in by_part.most_common(6)}

    home = tmp_path / "home"
    exe = [str(bundle.executable), "--exit-when-ready"]
    with secret_service(tmp_path) as session:
        _start(exe, home, session)  # first run creates the data folder and database (not a normal morning start)
        cold = [(_start(exe, home, session) if _drop_caches() else float("nan")) for _ in range(3)]
        warm = [_start(exe, home, session) for _ in range(5)]
        source = [_start([sys.executable, str(REPO / "main.py"), "--exit-when-ready"], home, session)
                  for _ in range(3)]
    report("installers.frozen_bundle",
           build_s=round(bundle.build_seconds, 1), size_mib=round(size / 2**20, 1), files=len(files),
           largest_mib=largest, cold_start_median_s=round(statistics.median(cold), 2),
           cold_start_runs_s=[round(c, 2) for c in cold], warm_start_median_s=round(statistics.median(warm), 2),
           unfrozen_warm_median_s=round(statistics.median(source), 2), cpus=os.cpu_count())
    assert size > 0
