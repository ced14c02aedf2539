#!/usr/bin/env bash
# Installs the Debian 12 packages that building, running and testing Sequence Designer need.
# Safe to run again: apt-get skips what is already there. tzdata: the time zones of the
# organisation calendar (QTimeZone reads /usr/share/zoneinfo; the default profile names
# Europe/Oslo). xvfb … xdotool: the accessibility test (tests/accessibility; xdotool gives its
# window the keyboard, as a window manager would).
# postgresql and libpq-dev: team libraries on PostgreSQL, and the throwaway server the team
# library tests start (tests/library/pgcluster.sh). qtkeychain-qt6-dev: team libraries'
# passwords in the system keyring (designer/teamkeyring.h).
# qt-labs-folderlistmodel: Qt Quick's own file dialog, used where there is no
# native one (no GTK platform theme, offscreen), cannot load without it.
# libical-dev: the preview's timeline as an iCalendar file (designer/previewexport.cpp).
# qml6-module-qttest: the Quick Test suite of the QML components (tests/quick).
# qml6-module-qtcharts: the forecast's stacked bar chart (qml/ForecastChart.qml).
# qml6-module-qtqml: the QtQml module's type description, for qmllint (scripts/qmllint.sh).
# lld: a faster linker (CMakeLists.txt).
set -euo pipefail
packages=(
  cmake ninja-build g++ clang libclang-rt-14-dev clang-format lld
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6svg6
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qtquick-shapes qml6-module-qtquick-dialogs qml6-module-qt-labs-settings
  qml6-module-qt-labs-qmlmodels qml6-module-qtqml-models
  qml6-module-qt-labs-folderlistmodel
  libboost-graph-dev libsqlite3-dev libgl-dev fonts-dejavu-core
  tzdata pkgconf libpq-dev postgresql qtkeychain-qt6-dev
  xvfb xauth dbus-x11 at-spi2-core python3-pyatspi xdotool
  libical-dev qml6-module-qttest
  qml6-module-qtcharts qml6-module-qtqml
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
