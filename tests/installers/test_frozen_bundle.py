"""The PyInstaller one-folder build: it starts offscreen from a neutral folder and passes its self-test
with the bundled zbar, fonts, catalogue and translations; its CLI and the training-mode simulator start."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.installers.frozen import FrozenBundle, frozen_env

pytestmark = pytest.mark.timeout(900)  # the first test pays for the session's build


def test_frozen_self_test_passes_with_bundled_parts(frozen_bundle: FrozenBundle, neutral_cwd: Path) -> None:
    proc = subprocess.run([str(frozen_bundle.executable), "--self-test"], cwd=neutral_cwd,
                          env=frozen_env(neutral_cwd / "home"), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    assert "self-test (frozen;" in out
    assert "self-test passed" in out
    # Every part came from the bundle, not from the repository or the system.
    internal = str(frozen_bundle.internal)
    assert re.search(r"assets\s+" + re.escape(internal), out), out
    zbar = re.search(r"ok\s+zbar\s+(\S+)", out)
    assert zbar and zbar.group(1).startswith(internal), out
    assert "QtMultimedia backend loaded" in out
    assert "receipt preview drawn by QtPdf" in out
    # The self-test used a temporary data folder: the given home was never created.
    assert not (neutral_cwd / "home").exists()


def test_frozen_bundle_carries_assets_and_leaves_out_unused_qt(frozen_bundle: FrozenBundle) -> None:
    internal = frozen_bundle.internal
    for part in ("assets/fonts/NotoSansDevanagari-Regular.ttf", "assets/catalogue/catalogue-full.json",
                 "assets/uidai/uidai_prod_cdup.cer", "assets/i18n/kiosk_mr.qm", "assets/i18n/kiosk_mr.ts",
                 "assets/updates/release-signing.pub", "libzbar.so.0", "kiosk/portal/openapi.yaml",
                 "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
                 "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", "PySide6/QtPdfWidgets.abi3.so"):
        assert (internal / part).exists(), f"{part} missing from the bundle"
    qm, ts = internal / "assets/i18n/kiosk_mr.qm", internal / "assets/i18n/kiosk_mr.ts"
    assert qm.stat().st_mtime >= ts.stat().st_mtime  # else the window would try to rebuild it
    names = {p.name for p in internal.rglob("*")}
    for unused in ("libQt6WebEngineCore.so.6", "libQt6VirtualKeyboard.so.6",
                   "libqgtk3.so", "libgtk-3.so.0", "libQt63DCore.so.6", "libQt6Charts.so.6"):
        assert unused not in names, f"{unused} should not be frozen"
    assert not (internal / "assets" / "readme").exists()
    assert not any(n.startswith(("pytest", "hypothesis", "_pytest")) for n in names)


def test_frozen_cli_opens_a_database(frozen_bundle: FrozenBundle, neutral_cwd: Path) -> None:
    """With no keyring the frozen CLI refuses (encryption at rest fails closed); with the OS keyring (a real
    Secret Service, as on a counter PC) it creates the encrypted hub database and checks it."""
    home = neutral_cwd / "hub"
    env = frozen_env(home)
    proc = subprocess.run([str(frozen_bundle.executable), "--lang", "en", "services"], cwd=neutral_cwd, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "keyring" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert not (home / "kiosk.sqlite3").exists()
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        assert shutil.which(tool), f"{tool} is missing: install the Debian packages dbus and gnome-keyring"
    os_home = neutral_cwd / "os-home"
    (neutral_cwd / "run").mkdir(mode=0o700)
    env.update(HOME=str(os_home), XDG_DATA_HOME=str(os_home / "share"), XDG_RUNTIME_DIR=str(neutral_cwd / "run"))
    exe = shlex.quote(str(frozen_bundle.executable))
    script = ("echo -n test-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
              f"{exe} --lang en services && {exe} --lang en check")
    proc = subprocess.run(["dbus-run-session", "--", "sh", "-c", script], cwd=neutral_cwd, env=env,
                          capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "income" in proc.stdout.lower()
    assert (home / "kiosk.sqlite3").is_file() and (home / "kiosk.sqlite3.key").is_file()
    assert (home / "kiosk.sqlite3").read_bytes()[:16] != b"SQLite format 3\x00"


def test_frozen_training_simulator_starts_as_module(frozen_bundle: FrozenBundle, neutral_cwd: Path) -> None:
    """Training mode spawns `sys.executable -m kiosk.portal.simulator`; frozen, main.py must run it."""
    proc = subprocess.Popen([str(frozen_bundle.executable), "-m", "kiosk.portal.simulator", "--port", "0",
                             "--db", str(neutral_cwd / "portal.sqlite3")], cwd=neutral_cwd,
                            env=frozen_env(neutral_cwd / "home"), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert re.search(r"http://127\.0\.0\.1:\d+", line), line + (proc.stderr.read() if proc.poll() else "")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
