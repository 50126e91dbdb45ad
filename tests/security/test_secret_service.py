"""One end-to-end run against a REAL Secret Service (gnome-keyring under a private D-Bus session).

Subprocesses cannot see the in-memory test keyring, so this proves the CLI keeps the audit key in the
OS keyring across separate processes. dbus and gnome-keyring are installed by the bootstrap; if they
are missing this test FAILS (it does not skip), because then the keyring path is untested.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_cli_with_a_real_secret_service(tmp_path: Path, kiosk_home: Path) -> None:
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        assert shutil.which(tool), f"{tool} is missing: install the Debian packages dbus and gnome-keyring"
    fake_home = tmp_path / "os-home"  # the keyring daemon writes its files here, not in the real $HOME
    fake_home.mkdir()
    env = {**os.environ, "HOME": str(fake_home), "XDG_DATA_HOME": str(fake_home / "share"),
           "XDG_RUNTIME_DIR": str(tmp_path / "run"), "KIOSK_HOME": str(kiosk_home)}
    env.pop("PYTHON_KEYRING_BACKEND", None)  # the real Secret Service here, not the tests' file keyring
    (tmp_path / "run").mkdir(mode=0o700)
    driver = REPO / "tests" / "security" / "secret_service_driver.py"
    script = ("echo -n test-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
              f"exec {sys.executable} {driver} {kiosk_home}")
    r = subprocess.run(["dbus-run-session", "--", "sh", "-c", script], env=env, cwd=REPO,
                       capture_output=True, text=True, timeout=240)
    assert r.returncode == 0, r.stderr[-3000:]
    report = json.loads(r.stdout.strip().splitlines()[-1])
    assert report["backend"] == "keyring.backends.SecretService.Keyring"
    codes = [(s["argv"][:2], s["code"]) for s in report["steps"]]
    assert all(code == 0 for _, code in codes), report["steps"]
    first, after_rotation = json.loads(report["steps"][3]["out"]), json.loads(report["steps"][6]["out"])
    assert first["ok"] and after_rotation["ok"] and after_rotation["entries"] > first["entries"]
    assert len(report["key_ids"]) == 2 and all(report["secrets_found"])
    assert not report["secret_in_db_file"]
