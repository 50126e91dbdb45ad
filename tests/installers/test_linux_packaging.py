"""Linux: the menu entries validate, the icon is what the SVG draws, the .deb built from the frozen tree
has the right metadata and layout and its unpacked program passes the self-test; the kiosk-session
recipe writes autologin, PAM keyring and full-screen start-up files."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from PIL import Image

from tests.installers.frozen import REPO, FrozenBundle, frozen_env

LINUX = REPO / "installers" / "linux"


def _validate(desktop: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    assert tool, "desktop-file-utils is required (installers/bootstrap.sh installs it)"
    proc = subprocess.run([tool, str(desktop)], capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def _desktop_keys(path: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in path.read_text("utf-8").splitlines() if "=" in line)


def test_desktop_entries_validate() -> None:
    _validate(LINUX / "seva-kiosk.desktop")
    _validate(LINUX / "kiosk-session" / "seva-kiosk-autostart.desktop")
    menu = _desktop_keys(LINUX / "seva-kiosk.desktop")
    assert menu["Exec"] == "seva-kiosk" and menu["Icon"] == "seva-kiosk"
    assert re.search("[\u0900-\u097f]", menu["Name[mr]"])
    assert _desktop_keys(LINUX / "kiosk-session" / "seva-kiosk-autostart.desktop")["Exec"] == "seva-kiosk --fullscreen"


def test_icon_png_is_the_rendered_svg() -> None:
    png = Image.open(LINUX / "seva-kiosk.png").convert("RGBA")
    assert png.size == (256, 256)
    assert png.getpixel((0, 0))[3] == 0  # rounded corner: transparent
    r, g, b, _ = png.getpixel((30, 60))
    assert r > 200 and 100 < g < 170 and b < 80  # saffron top
    r, g, b, _ = png.getpixel((30, 200))
    assert g > r and g > b  # green bottom
    assert (REPO / "installers" / "windows" / "seva-kiosk.ico").stat().st_size > 1000


def test_deb_from_the_frozen_tree(frozen_bundle: FrozenBundle, tmp_path: Path) -> None:
    env = {**os.environ, "SEVA_DEB_COMPRESS": "none", "TMPDIR": str(tmp_path)}
    proc = subprocess.run(["bash", str(LINUX / "build-deb.sh"), str(frozen_bundle.root), str(tmp_path / "out"),
                           "0.1.0"], capture_output=True, text=True, timeout=600, env=env)
    assert proc.returncode == 0, proc.stderr
    deb = Path(proc.stdout.strip().splitlines()[-1])
    assert deb.is_file() and deb.name.startswith("seva-kiosk_0.1.0_")
    info = subprocess.run(["dpkg-deb", "-I", str(deb)], capture_output=True, text=True, check=True).stdout
    fields = dict(re.findall(r"^ (\S+): (.*)$", info, re.M))
    assert fields["Package"] == "seva-kiosk" and fields["Version"] == "0.1.0"
    assert "libgl1" in fields["Depends"] and "gnome-keyring" in fields["Recommends"]
    assert int(fields["Installed-Size"]) > 50_000  # KiB: the whole bundle is in it
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in ("./opt/seva-kiosk/seva-kiosk", "./opt/seva-kiosk/_internal/libzbar.so.0",
                 "./opt/seva-kiosk/_internal/assets/catalogue/catalogue-full.json",
                 "./usr/share/applications/seva-kiosk.desktop",
                 "./usr/share/icons/hicolor/256x256/apps/seva-kiosk.png",
                 "./usr/share/icons/hicolor/scalable/apps/seva-kiosk.svg",
                 "./usr/share/seva-kiosk/kiosk-session/setup-kiosk-session.sh",
                 "./usr/share/doc/seva-kiosk/copyright"):
        assert re.search(r"\s" + re.escape(path) + r"(\s|$)", listing), f"{path} not in the package"
    assert re.search(r"root/root .* \./usr/bin/seva-kiosk -> /opt/seva-kiosk/seva-kiosk", listing)
    assert not re.search(r"\./home/|\.sqlite3", listing)  # no data ever ships in the package
    # The unpacked program runs as installed.
    unpacked = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True, timeout=300)
    run = subprocess.run([str(unpacked / "opt/seva-kiosk/seva-kiosk"), "--self-test"], cwd=tmp_path,
                         env=frozen_env(tmp_path / "home"), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "self-test passed" in run.stdout


def test_build_deb_refuses_a_folder_that_is_not_a_build(tmp_path: Path) -> None:
    proc = subprocess.run(["bash", str(LINUX / "build-deb.sh"), str(tmp_path), str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "not a PyInstaller build" in proc.stderr


def test_kiosk_session_recipe(tmp_path: Path) -> None:
    script = LINUX / "kiosk-session" / "setup-kiosk-session.sh"
    env = {**os.environ, "SEVA_ROOT": str(tmp_path)}
    pam = tmp_path / "etc/pam.d/gdm-autologin"
    pam.parent.mkdir(parents=True)
    pam.write_text("auth    optional        pam_gdm.so\nauth    optional        pam_gnome_keyring.so\n")
    proc = subprocess.run(["bash", str(script), "--user", "counter"], env=env, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    gdm = (tmp_path / "etc/gdm3/daemon.conf").read_text()
    assert "[daemon]\nAutomaticLoginEnable=true\nAutomaticLogin=counter" in gdm
    autologin = pam.read_text()
    assert autologin.count("pam_gnome_keyring.so") == 2  # the existing auth line kept, not doubled
    assert re.search(r"^session\s+optional\s+pam_gnome_keyring\.so auto_start$", autologin, re.M)
    assert re.search(r"^auth\s+optional\s+pam_gnome_keyring\.so", (tmp_path / "etc/pam.d/gdm-password").read_text(), re.M)
    autostart = tmp_path / "home/counter/.config/autostart/seva-kiosk.desktop"
    assert "Exec=seva-kiosk --fullscreen" in autostart.read_text()
    dconf = (tmp_path / "etc/dconf/db/seva-kiosk.d/00-seva-kiosk").read_text()
    assert "lock-enabled=false" in dconf and "idle-delay=uint32 0" in dconf
    # Running it again, without autologin, leaves one clean [daemon] section and no autologin.
    proc = subprocess.run(["bash", str(script), "--user", "counter", "--no-autologin"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    gdm = (tmp_path / "etc/gdm3/daemon.conf").read_text()
    assert "AutomaticLogin" not in gdm and gdm.count("[daemon]") == 1
    assert pam.read_text() == autologin  # idempotent
    bad = subprocess.run(["bash", str(script), "--user", "Bad User;rm"], env=env, capture_output=True, text=True,
                         timeout=60)
    assert bad.returncode == 2
