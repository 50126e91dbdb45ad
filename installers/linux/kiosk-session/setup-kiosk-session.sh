#!/usr/bin/env bash
# Turn a Debian 12 GNOME PC into a Seva Kendra counter (run as root, after installing seva-kiosk*.deb):
#   bash setup-kiosk-session.sh [--user seva] [--no-autologin]
# - a dedicated standard account (no sudo) that logs in automatically (GDM) and starts Seva Kiosk
#   full-screen;
# - gnome-keyring unlocked by PAM at that login, so the portal secret and audit key are readable. With
#   autologin there is no typed password: pam_gdm hands GDM the disk-encryption (LUKS) passphrase typed
#   at boot, which needs the root volume's crypttab entry to cache it (keyscript=decrypt_keyctl); the
#   login keyring is then created with, and unlocked by, that passphrase. Without disk encryption use
#   --no-autologin: the counter account's password, typed at the login screen, unlocks the keyring.
# SEVA_ROOT=/some/dir writes every file under that folder instead of / and creates no account (tests).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
user=seva
autologin=1
while [ $# -gt 0 ]; do
  case "$1" in
    --user) user="$2"; shift 2 ;;
    --no-autologin) autologin=0; shift ;;
    *) echo "usage: setup-kiosk-session.sh [--user NAME] [--no-autologin]" >&2; exit 2 ;;
  esac
done
root="${SEVA_ROOT:-}"
[[ "$user" =~ ^[a-z][a-z0-9-]{0,30}$ ]] || { echo "setup: '$user' is not a valid account name" >&2; exit 2; }
if [ -z "$root" ] && [ "$(id -u)" != 0 ]; then echo "setup: run as root" >&2; exit 1; fi

# 1. The counter account: standard (no sudo, no admin groups), its own data folder.
if [ -z "$root" ]; then
  id "$user" >/dev/null 2>&1 || adduser --disabled-password --gecos "Seva Kendra counter" "$user"
  for g in sudo adm; do gpasswd -d "$user" "$g" >/dev/null 2>&1 || true; done
  usermod -aG lpadmin,scanner "$user" 2>/dev/null || true  # printers and scanners, nothing more
  home="$(getent passwd "$user" | cut -d: -f6)"
else
  home="$root/home/$user"
fi

# 2. GDM: log the counter account in automatically (or not).
gdm="$root/etc/gdm3/daemon.conf"
mkdir -p "$(dirname "$gdm")"
[ -f "$gdm" ] || printf '[daemon]\n' > "$gdm"
sed -i '/^AutomaticLoginEnable=/d; /^AutomaticLogin=/d' "$gdm"
grep -q '^\[daemon\]' "$gdm" || printf '[daemon]\n' >> "$gdm"
if [ "$autologin" = 1 ]; then
  sed -i "s/^\[daemon\]$/[daemon]\nAutomaticLoginEnable=true\nAutomaticLogin=$user/" "$gdm"
fi

# 3. PAM: gnome-keyring unlocked with the login's secret, and its daemon started for the session.
for stack in gdm-autologin gdm-password; do
  pam="$root/etc/pam.d/$stack"
  mkdir -p "$(dirname "$pam")"
  touch "$pam"
  grep -Eq '^auth\s+optional\s+pam_gnome_keyring\.so' "$pam" || echo "auth     optional  pam_gnome_keyring.so" >> "$pam"
  grep -Eq '^session\s+optional\s+pam_gnome_keyring\.so' "$pam" \
    || echo "session  optional  pam_gnome_keyring.so auto_start" >> "$pam"
done
if [ "$autologin" = 1 ] && [ -z "$root" ] && [ -f /etc/crypttab ] && ! grep -q 'decrypt_keyctl' /etc/crypttab; then
  echo "setup: note: add ',keyscript=decrypt_keyctl' to the root volume's options in /etc/crypttab and run" >&2
  echo "       'update-initramfs -u', so GDM can unlock the keyring with the disk passphrase." >&2
fi

# 4. Start the counter full-screen at login.
mkdir -p "$home/.config/autostart"
install -m 0644 "$here/seva-kiosk-autostart.desktop" "$home/.config/autostart/seva-kiosk.desktop"
[ -z "$root" ] && chown -R "$user:" "$home/.config"

# 5. No GNOME screen lock or idle blanking over the app's own operator lock (system-wide dconf profile).
mkdir -p "$root/etc/dconf/profile" "$root/etc/dconf/db/seva-kiosk.d"
printf 'user-db:user\nsystem-db:seva-kiosk\n' > "$root/etc/dconf/profile/$user"
install -m 0644 "$here/00-seva-kiosk.dconf" "$root/etc/dconf/db/seva-kiosk.d/00-seva-kiosk"
if [ -z "$root" ]; then
  command -v dconf >/dev/null && dconf update || true
  # The profile is picked by DCONF_PROFILE in the counter account's environment.
  grep -q DCONF_PROFILE "$home/.profile" 2>/dev/null || echo "export DCONF_PROFILE=$user" >> "$home/.profile"
  chown "$user:" "$home/.profile"
fi
echo "setup: counter account '$user' ready (autologin: $([ "$autologin" = 1 ] && echo on || echo off)); reboot to test."
