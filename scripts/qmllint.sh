#!/usr/bin/env bash
# qmllint over qml/ with the module's import path (the build's `designer_qmllint` target), for CI
# (ctest tst_qmllint). Fails on any warning except those qmllint 6.4 gives about Qt's own types
# that it cannot see (listed below), and prints what it found. Usage: scripts/qmllint.sh BUILD_DIR
set -uo pipefail
build=${1:?usage: scripts/qmllint.sh BUILD_DIR}
out=$(cmake --build "$build" --target designer_qmllint 2>&1)
warnings=$(printf '%s\n' "$out" | grep '^Warning: ' |
  # Qt 6.4's qmllint does not see enums of attached types, JavaScript methods of url values,
  # or the types of QtCharts' module.
  grep -Ev 'Property "[A-Za-z]+Role" not found on type "DialogButtonBox"' |
  grep -Ev 'Property "toString" not found on type "QUrl"' |
  grep -Ev "ValueAxis")
count=$(printf '%s' "$warnings" | grep -c '^Warning: ')
# Lowered as the warnings go (issue 14's typed boundary); the goal is 0.
allowed=227
printf '%s\n' "$warnings"
echo "qmllint: $count warnings about the project's own types (allowed: $allowed)"
[ "$count" -le "$allowed" ]
