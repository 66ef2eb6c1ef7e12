#!/usr/bin/env bash
# Builds minipy with AddressSanitizer + UndefinedBehaviorSanitizer (LeakSanitizer
# included) in build-asan/ and runs the whole test suite there. A use after
# free in the heap is the worst bug minipy can have; this run is how we know
# there is none.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)
"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$root/build-asan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMINIPY_SANITIZE=ON >/dev/null
cmake --build "$root/build-asan" -j"$jobs"
cd "$root/build-asan"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --output-on-failure -j"$jobs"
