#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   bash installers/bootstrap.sh run    -> system packages, virtualenv, install, start the kiosk (demo hub)
#   bash installers/bootstrap.sh test   -> the same set-up, then the whole test suite
#   bash installers/bootstrap.sh bench  -> the same set-up, then the benchmarks (not part of the tests)
# As root it installs the Debian packages itself; otherwise it prints the exact apt line and goes on
# if they are already there.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mode="${1:-run}"; shift || true

# Every program the app or the tests start is here, by the package that ships it (`dpkg -S $(which X)`):
# run: Qt (offscreen and xcb), zbar, dbus-run-session + gnome-keyring-daemon (the demo keyring),
#      Xvfb + xauth (xvfb-run: a virtual screen when there is none, see "run" below), the programs the app
#      itself starts: lp/lpstat (cups-client: receipts to a CUPS queue), scanimage (sane-utils: scanners).
# test: poppler-utils (pdftoppm, pdfinfo, pdftotext), cupsd/lpadmin/cupsdisable + cups-pdf + gs
#      (a real print queue, tests/receipts/cups_server.py), SANE's test backend (in sane-utils' libsane1),
#      desktop-file-utils (desktop-file-validate); for PyInstaller (tests/installers freeze the app):
#      binutils (objdump reads the shared libraries' headers) and libpython3.X (the interpreter's shared
#      library, bundled into the frozen app; Debian's python3 does not install it). dpkg-deb, mount, ldd
#      are in every Debian (dpkg, mount, libc-bin).
run_pkgs=(libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0
  libxcb-xkb1 libxkbcommon-x11-0 libxcb-glx0 libcups2 libpulse0 libzbar0 python3-venv dbus gnome-keyring
  xvfb xauth cups-client sane-utils)
test_pkgs=(poppler-utils cups cups-daemon cups-bsd printer-driver-cups-pdf ghostscript desktop-file-utils
  binutils)

py="${PYTHON:-python3}"
pyver="$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
test_pkgs+=("libpython$pyver")

pkgs=("${run_pkgs[@]}")
if [ "$mode" != run ]; then pkgs+=("${test_pkgs[@]}"); fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "bootstrap: installing ${#missing[@]} Debian packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # cups' postinst tries to start a daemon; in containers that fails harmlessly (policy-rc.d forbids it).
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "bootstrap: these Debian packages are missing; as root run:" >&2
    echo "  apt-get install -y --no-install-recommends ${missing[*]}" >&2
  fi
fi

venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
  "$py" -m venv "$venv"
fi
stamp="$venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)-$mode"
if [ ! -f "$stamp" ]; then
  "$venv/bin/python" -m pip install -q --upgrade pip >/dev/null
  if [ "$mode" = run ]; then extras=""; else extras="[test,dev]"; fi
  "$venv/bin/python" -m pip install -q -e ".$extras" > "$venv/pip-install.log" 2>&1 \
    || { cat "$venv/pip-install.log" >&2; exit 1; }
  touch "$stamp"
fi
# Qt translations: .ts sources are in the repo, .qm files are built here (never committed).
for ts in assets/i18n/*.ts; do
  [ -e "$ts" ] || continue
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    "$venv/bin/pyside6-lrelease" -silent "$ts" -qm "$qm" || echo "bootstrap: could not build $qm (the app falls back to the .ts)" >&2
  fi
done

case "$mode" in
  run)
    # No screen (ssh, a container, a server): start the window on a virtual one (Xvfb) rather than stop.
    screen=()
    if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] \
        && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
      if command -v xvfb-run >/dev/null; then
        echo "bootstrap: no screen (DISPLAY is unset); the kiosk runs on a virtual screen (Xvfb)" >&2
        screen=(xvfb-run -a -s "-screen 0 1366x768x24")
      else
        echo "bootstrap: no screen and no Xvfb; as root run: apt-get install -y --no-install-recommends xvfb xauth" >&2
      fi
    fi
    # The kiosk keeps its keys (data-key wrapping, audit, portal secret) only in the OS keyring. A desktop
    # session has one; a bare machine (ssh, a container, no GNOME) has none, and the kiosk would refuse to
    # open its database. Then this demo start runs it under a private D-Bus session with gnome-keyring,
    # unlocked with a fixed demo password: fine for the training hub, NOT for a real one (the README says so).
    if ! "$venv/bin/python" -c "from kiosk.security.keys import secret_backend; secret_backend()" 2>/dev/null; then
      echo "bootstrap: no OS keyring in this session; starting a private demo keyring (training use only)" >&2
      export KIOSK_HOME="${KIOSK_HOME:-$("$venv/bin/python" -c "from kiosk.config import resolve_paths; print(resolve_paths().home)")}"
      export SEVA_DEMO_KEYRING="$KIOSK_HOME/demo-keyring"
      mkdir -p "$SEVA_DEMO_KEYRING"
      exec ${screen[@]+"${screen[@]}"} dbus-run-session -- sh -c 'echo -n seva-kiosk-demo | XDG_DATA_HOME="$SEVA_DEMO_KEYRING" \
        gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$0" main.py "$@"' \
        "$venv/bin/python" "$@"
    fi
    exec ${screen[@]+"${screen[@]}"} "$venv/bin/python" main.py "$@" ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    "$venv/bin/lint-imports" --no-cache >/dev/null || { "$venv/bin/lint-imports" --no-cache; exit 1; }
    # Both cores (pytest-xdist, one worker per core); idle workers steal queued tests, and the long proofs
    # (marked slow) are queued first. `-n 0` as an argument runs in one process.
    exec "$venv/bin/python" -m pytest -n auto --dist worksteal "$@" ;;
  bench)
    export QT_QPA_PLATFORM=offscreen
    # Paths given (e.g. tests/benchmarks/store) choose the parts; none means all of them.
    if [ $# -eq 0 ] || [ "${1#-}" != "$1" ]; then set -- tests/benchmarks "$@"; fi
    exec "$venv/bin/python" -m pytest -s -q \
      --override-ini addopts="--import-mode=importlib -p no:cacheprovider" \
      --override-ini python_files="test_*.py bench_*.py" "$@" ;;
  *) echo "usage: bootstrap.sh run|test|bench" >&2; exit 2 ;;
esac
