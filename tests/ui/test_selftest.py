"""`main.py --self-test` from source: passes on a whole checkout, and names the broken part otherwise."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from kiosk.config import ASSETS_DIR

REPO = Path(__file__).resolve().parents[2]


def _run(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    base.update(env)
    return subprocess.run([sys.executable, str(REPO / "main.py"), "--self-test"], cwd=tmp_path, env=base,
                          capture_output=True, text=True, timeout=120)


def test_self_test_passes_offscreen_without_a_display(tmp_path: Path) -> None:
    proc = _run(tmp_path, KIOSK_HOME=str(tmp_path / "real-home"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Qt platform offscreen" in proc.stdout  # chose offscreen itself: no DISPLAY was given
    for part in ("database", "zbar", "receipt", "qt", "preview", "camera"):
        assert f"ok   {part}" in proc.stdout
    assert "self-test passed / स्व-चाचणी यशस्वी" in proc.stdout
    assert not (tmp_path / "real-home").exists()  # never touches the real data folder


def test_self_test_names_missing_fonts_and_exits_1(tmp_path: Path) -> None:
    broken = tmp_path / "assets"
    shutil.copytree(ASSETS_DIR, broken, ignore=shutil.ignore_patterns("readme"))
    shutil.rmtree(broken / "fonts")
    proc = _run(tmp_path, KIOSK_ASSETS=str(broken))
    assert proc.returncode == 1
    assert "ok   database" in proc.stdout
    assert "FAIL receipt" in proc.stdout and "font file missing" in proc.stdout
    assert proc.stdout.strip().splitlines()[-1].startswith("self-test FAILED / स्व-चाचणी अयशस्वी: receipt:")


def test_self_test_names_a_broken_catalogue(tmp_path: Path) -> None:
    broken = tmp_path / "assets"
    shutil.copytree(ASSETS_DIR, broken, ignore=shutil.ignore_patterns("readme"))
    (broken / "catalogue" / "catalogue-full.json").write_text("{ not json", "utf-8")  # the one the kiosk installs
    proc = _run(tmp_path, KIOSK_ASSETS=str(broken))
    assert proc.returncode == 1
    assert "FAIL database" in proc.stdout
    assert "self-test FAILED" in proc.stdout and "database" in proc.stdout.splitlines()[-1]


def test_without_a_console_the_report_goes_to_a_message_box(tmp_path: Path) -> None:
    """A windowed Windows build has sys.stdout = None: the report must still reach the technician."""
    script = (
        "import sys\n"
        "import kiosk.ui.selftest as st\n"
        "shown = []\n"
        "st._show_in_a_box = lambda report, code: shown.append((report, code))\n"
        "real, sys.stdout = sys.stdout, None\n"
        "from kiosk.technician import self_test_database\n"
        "code = st.run_self_test(self_test_database)\n"
        "sys.stdout = real\n"
        "print(code, len(shown), shown[0][0].splitlines()[-1])\n")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    proc = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "0 1 self-test passed / स्व-चाचणी यशस्वी"


def test_seva_kiosk_entry_point_knows_the_self_test_too(tmp_path: Path) -> None:
    # `seva-kiosk` (kiosk.app.main) as well as main.py: a technician types either.
    base = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "kiosk", "--self-test"], cwd=REPO, env=base,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "self-test passed" in proc.stdout
