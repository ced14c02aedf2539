#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with ctest, then the fuzzers: the
# sequence file reader and validator, and the scenario reader and simulation, 30 seconds each
# (SD_FUZZ_SECONDS sets the time of each; 0 skips them).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
jobs=$(nproc)

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$jobs"
QT_QPA_PLATFORM=offscreen ctest --test-dir build --output-on-failure -j "$jobs"

seconds=${SD_FUZZ_SECONDS:-30}
if [ "$seconds" -gt 0 ]; then
  CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSD_FUZZ=ON -DSD_TESTS=OFF -DSD_BENCH=OFF
  cmake --build build-fuzz -j "$jobs" --target fuzz_reader fuzz_scenario
  corpus=$(mktemp -d)
  scenarios=$(mktemp -d)
  trap 'rm -rf "$corpus" "$scenarios"' EXIT
  find tests/data resources/templates -name '*.json' -size -64k -exec cp {} "$corpus"/ \; 2>/dev/null || true
  find tests/data/simulation resources/scenarios -name '*.scenario.json' -size -64k \
    -exec cp {} "$scenarios"/ \; 2>/dev/null || true
  echo "Fuzzing the reader and validator for ${seconds} s"
  ASAN_OPTIONS=detect_leaks=1 build-fuzz/tests/fuzz/fuzz_reader -max_total_time="$seconds" \
    -max_len=65536 -timeout=10 -print_final_stats=1 "$corpus" 2>&1 | tail -n 20
  echo "Fuzzing the scenario reader and the simulation for ${seconds} s"
  ASAN_OPTIONS=detect_leaks=1 build-fuzz/tests/fuzz/fuzz_scenario -max_total_time="$seconds" \
    -max_len=65536 -timeout=10 -print_final_stats=1 "$scenarios" 2>&1 | tail -n 20
  echo "fuzz: no crash in 2 x ${seconds} s"
fi
