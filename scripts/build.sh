#!/usr/bin/env bash
# Configures and builds minipy (Release) in build/, with warnings as errors
# (MINIPY_WERROR, CMakeLists.txt): CI's build must be warning-free.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release -DMINIPY_WERROR=ON >/dev/null
cmake --build "$root/build" -j"$jobs"
