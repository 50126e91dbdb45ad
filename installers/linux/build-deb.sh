#!/usr/bin/env bash
# Pack the PyInstaller one-folder build into a Debian package:
#   bash installers/linux/build-deb.sh DIST_DIR OUT_DIR [VERSION]
# DIST_DIR is PyInstaller's dist/seva-kiosk (the folder holding the seva-kiosk executable and _internal/).
# The bundle goes to /opt/seva-kiosk with /usr/bin/seva-kiosk pointing at it, plus the menu entry, icons and
# the kiosk-session recipe (/usr/share/seva-kiosk/kiosk-session). Data stays in each user's data folder,
# so removing or upgrading the package never touches applications, documents or backups.
# SEVA_DEB_COMPRESS=xz (default, smallest) | gzip | none (fastest; the tests use it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dist="${1:?usage: build-deb.sh DIST_DIR OUT_DIR [VERSION]}"
out="${2:?usage: build-deb.sh DIST_DIR OUT_DIR [VERSION]}"
version="${3:-$(sed -n 's/^version = "\(.*\)"/\1/p' "$here/../../pyproject.toml" | head -n1)}"
arch="$(dpkg --print-architecture)"
[ -x "$dist/seva-kiosk" ] || { echo "build-deb: $dist/seva-kiosk is not a PyInstaller build" >&2; exit 2; }

stage="$(mktemp -d "${TMPDIR:-/tmp}/seva-deb.XXXXXX")"
trap 'rm -rf "$stage"' EXIT
root="$stage/seva-kiosk_${version}_${arch}"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/icons/hicolor/scalable/apps" \
  "$root/usr/share/doc/seva-kiosk" "$root/usr/share/seva-kiosk"
# Hard links when the build sits on the same file system: no 250 MB copy.
cp -al "$dist" "$root/opt/seva-kiosk" 2>/dev/null || cp -a "$dist" "$root/opt/seva-kiosk"
ln -s /opt/seva-kiosk/seva-kiosk "$root/usr/bin/seva-kiosk"
install -m 0644 "$here/seva-kiosk.desktop" "$root/usr/share/applications/seva-kiosk.desktop"
install -m 0644 "$here/seva-kiosk.png" "$root/usr/share/icons/hicolor/256x256/apps/seva-kiosk.png"
install -m 0644 "$here/seva-kiosk.svg" "$root/usr/share/icons/hicolor/scalable/apps/seva-kiosk.svg"
cp -r "$here/kiosk-session" "$root/usr/share/seva-kiosk/kiosk-session"
# the sync loop while the window is closed, for `systemctl --user enable --now seva-kiosk-sync` (README)
install -D -m 0644 "$here/seva-kiosk-sync.service" "$root/usr/lib/systemd/user/seva-kiosk-sync.service"
cat > "$root/usr/share/doc/seva-kiosk/copyright" <<'TXT'
Seva Kiosk - MIT licence. Bundled: Qt and PySide6 (LGPL-3.0), FFmpeg (LGPL-2.1+), Noto fonts (OFL-1.1,
see /opt/seva-kiosk/_internal/assets/fonts/OFL.txt), zbar (LGPL-2.1+), Python (PSF).
TXT

size_kb="$(du -sk --apparent-size "$root" | cut -f1)"
# Qt finds GL/EGL, fontconfig and the X/Wayland client libraries on the system (PyInstaller does not
# bundle those); the keyring needs a Secret Service (gnome-keyring); printing goes through CUPS.
cat > "$root/DEBIAN/control" <<CTL
Package: seva-kiosk
Version: ${version}
Architecture: ${arch}
Maintainer: Seva Kiosk team <seva-kiosk@localhost>
Installed-Size: ${size_kb}
Depends: libc6 (>= 2.36), libgl1, libegl1, libfontconfig1, libfreetype6, libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0
Recommends: gnome-keyring, cups-client
Section: misc
Priority: optional
Description: Offline-first counter application for Maharashtra's Seva Kendras
 Takes applications with their documents, prints the RTS acknowledgement
 receipt in Marathi and English, and syncs with the Aaple Sarkar portal when
 the link is up. Run "seva-kiosk --self-test" after installing.
CTL
cat > "$root/DEBIAN/postinst" <<'SH'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
exit 0
SH
chmod 0755 "$root/DEBIAN/postinst"

case "${SEVA_DEB_COMPRESS:-xz}" in
  xz) comp=(-Zxz) ;;
  gzip) comp=(-Zgzip -z6) ;;
  none) comp=(-Znone) ;;
  *) echo "build-deb: SEVA_DEB_COMPRESS is xz, gzip or none" >&2; exit 2 ;;
esac
mkdir -p "$out"
dpkg-deb --root-owner-group "${comp[@]}" --build "$root" "$out/seva-kiosk_${version}_${arch}.deb" >/dev/null
echo "$out/seva-kiosk_${version}_${arch}.deb"
