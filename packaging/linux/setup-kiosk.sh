#!/usr/bin/env bash
# Make this Linux machine a lobby kiosk: at boot, the reception kiosk runs full screen in cage as the
# user "kiosk" on tty1, restarts if it stops, and the OS stays out of reach (no console switching,
# no desktop, no Ctrl+Alt+Del reboot, no SysRq).
#
#   sudo packaging/linux/setup-kiosk.sh [--bin PATH] [--user NAME] [--tty ttyN] [--no-start] [--root DIR]
#
#   --bin PATH   the reception program (default /opt/reception/reception; a venv install:
#                /opt/reception/.venv/bin/reception). Written to /etc/reception/kiosk.env.
#   --user NAME  the account the kiosk runs as (default kiosk; created if missing, password locked)
#   --tty ttyN   the virtual terminal it takes (default tty1)
#   --no-start   install and enable, start at the next boot
#   --root DIR   install the files under DIR and only print the system commands (a dry run, for tests)
#
# Set up the station first (as root; this script then gives the files to the kiosk user):
#   sudo RECEPTION_DATA_DIR=/var/lib/reception reception setup --role kiosk --config /etc/reception/station.toml
# Undo: systemctl disable --now reception-kiosk; systemctl unmask ctrl-alt-del.target;
#       rm /etc/sysctl.d/90-reception-kiosk.conf /etc/systemd/logind.conf.d/90-reception-kiosk.conf
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin=/opt/reception/reception
user=kiosk
tty=tty1
start=yes
root=""

usage() { sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
fail() { echo "setup-kiosk: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --bin) bin="${2:?--bin needs a path}"; shift 2 ;;
    --user) user="${2:?--user needs a name}"; shift 2 ;;
    --tty) tty="${2:?--tty needs ttyN}"; shift 2 ;;
    --no-start) start=no; shift ;;
    --root) root="${2:?--root needs a folder}"; shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "setup-kiosk: unknown option $1" >&2; usage 2 ;;
  esac
done

[[ "$tty" =~ ^tty[1-9][0-9]?$ ]] || fail "--tty must be tty1 ... tty63, got $tty"
[[ "$user" =~ ^[a-z_][a-z0-9_-]*$ ]] || fail "--user must be a plain account name, got $user"
[[ "$bin" = /* ]] || fail "--bin must be an absolute path, got $bin"
[[ "$bin" != *[[:space:]]* ]] || fail "--bin must not contain spaces, got $bin"

# The system commands: run them, or with --root only show them.
run() {
  if [ -n "$root" ]; then
    echo "would run: $*"
  else
    "$@"
  fi
}

if [ -z "$root" ]; then
  [ "$(id -u)" -eq 0 ] || fail "run as root (sudo)"
  [ -x "$bin" ] || fail "no reception program at $bin: install it, or give --bin PATH"
fi

# 1. cage, the single-application Wayland compositor.
if [ -n "$root" ] || ! command -v cage >/dev/null 2>&1; then
  run env DEBIAN_FRONTEND=noninteractive apt-get install -y -q cage
fi

# 2. The kiosk account: no password, no login shell; it only runs the kiosk.
if [ -n "$root" ] || ! id "$user" >/dev/null 2>&1; then
  run useradd --system --create-home --home-dir "/var/lib/$user" --shell /usr/sbin/nologin \
    --comment "Reception kiosk" "$user"
fi
run passwd --lock "$user"
for group in video input render; do  # seat devices come from logind; the groups help without it
  if [ -n "$root" ] || getent group "$group" >/dev/null; then
    run usermod --append --groups "$group" "$user"
  fi
done

# 3. The unit, its PAM session and the program path.
install -D -m 0644 "$here/reception-kiosk.pam" "$root/etc/pam.d/reception-kiosk"
install -d -m 0755 "$root/etc/systemd/system"
sed -e "s/^User=kiosk\$/User=$user/" -e "s/tty1/$tty/g" \
  "$here/reception-kiosk.service" > "$root/etc/systemd/system/reception-kiosk.service"
chmod 0644 "$root/etc/systemd/system/reception-kiosk.service"
install -d -m 0755 "$root/etc/reception"
printf '# Read by reception-kiosk.service: the reception program the kiosk runs.\nRECEPTION_BIN=%s\n' "$bin" \
  > "$root/etc/reception/kiosk.env"
chmod 0644 "$root/etc/reception/kiosk.env"
# /var/lib/reception (RECEPTION_DATA_DIR in the unit): the local database and badge previews, the
# kiosk's own, also when `reception setup` made them as root.
install -d -m 0750 "$root/var/lib/reception"
run chown -R "$user:" /var/lib/reception
config="$root/etc/reception/station.toml"
if [ -f "$config" ]; then
  run chgrp "$user" /etc/reception/station.toml  # it holds the staff PIN hash: readable by the kiosk only
  chmod 0640 "$config"
else
  echo "note: no /etc/reception/station.toml yet: run"
  echo "  sudo RECEPTION_DATA_DIR=/var/lib/reception $bin setup --role kiosk --config /etc/reception/station.toml"
  echo "  and this script again (it gives the file and /var/lib/reception to $user)"
fi

# 4. Keep the OS out of reach. cage without -s already ignores Ctrl+Alt+Fn; with no gettys on the
#    other consoles there is nothing to switch to either way.
install -d -m 0755 "$root/etc/sysctl.d" "$root/etc/systemd/logind.conf.d"
printf '# Reception kiosk: no magic SysRq keys from the keyboard.\nkernel.sysrq = 0\n' \
  > "$root/etc/sysctl.d/90-reception-kiosk.conf"
cat > "$root/etc/systemd/logind.conf.d/90-reception-kiosk.conf" <<'CONF'
# Reception kiosk: no login prompts on other consoles; the power key does not shut the kiosk down.
[Login]
NAutoVTs=0
ReserveVT=0
HandlePowerKey=ignore
CONF
run systemctl mask ctrl-alt-del.target
run sysctl --load /etc/sysctl.d/90-reception-kiosk.conf

# 5. Boot into the kiosk: no desktop (display manager), no login prompt on its tty.
run systemctl daemon-reload
# display-manager.service is an alias of gdm3, lightdm, sddm ...: disable the unit behind it.
dm="$(systemctl show --property=Id --value display-manager.service 2>/dev/null || true)"
if [ -n "$dm" ] && [ "$dm" != display-manager.service ]; then
  run systemctl disable "$dm"
fi
run systemctl disable "getty@$tty.service"
run systemctl set-default graphical.target
run systemctl enable reception-kiosk.service
if [ "$start" = yes ]; then
  run systemctl start reception-kiosk.service
  echo "the kiosk is starting on $tty; logs: journalctl -u reception-kiosk -f"
  echo "reboot once to apply the console and power-key settings (logind)"
else
  echo "the kiosk starts at the next boot on $tty"
fi
