#!/usr/bin/env bash
# Installs what is missing, builds, and starts Sequence Designer on its default library.
# Arguments are passed to the program (e.g. --library FILE, --language nb).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$(nproc)" --target sequence-designer
exec build/app/sequence-designer "$@"
