#!/usr/bin/env bash
# The accessibility test (issue 13): the program under Xvfb, in a D-Bus session with the AT-SPI
# bus, driven through the accessibility tree by procedure.py. Exit 77 (skipped) only when the
# packages it needs are missing (scripts/install-deps.sh installs them). With SD_SCREENSHOT_DIR set
# and xwd (x11-apps) installed it saves each screen it counts there as a11y-SCREEN.xwd.
# Usage: run.sh APP
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app=$1
if [ "${SD_A11Y_INSIDE:-}" != 1 ]; then
  missing=()
  command -v xvfb-run >/dev/null || missing+=(xvfb)
  command -v xauth >/dev/null || missing+=(xauth)
  command -v xdotool >/dev/null || missing+=(xdotool)
  command -v dbus-run-session >/dev/null || missing+=(dbus-x11)
  [ -x /usr/libexec/at-spi-bus-launcher ] || missing+=(at-spi2-core)
  /usr/bin/python3 -c 'import pyatspi' 2>/dev/null || missing+=(python3-pyatspi)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "SKIP: the accessibility test needs the Debian packages: ${missing[*]}"
    exit 77
  fi
  export SD_A11Y_INSIDE=1
  # -noreset: Xvfb otherwise resets when its last client leaves (xauth, the bus launcher), and
  # the program, starting then, cannot connect ("could not connect to display").
  exec dbus-run-session -- xvfb-run -a -s "-screen 0 1400x900x24 -noreset" "$0" "$app"
fi
# Inside the session and the X server: the AT-SPI bus, then the procedure.
work=$(mktemp -d)
/usr/libexec/at-spi-bus-launcher --launch-immediately &
launcher=$!
trap 'kill "$launcher" 2>/dev/null; rm -rf "$work"' EXIT
/usr/bin/python3 "$here/procedure.py" "$app" "$work"
