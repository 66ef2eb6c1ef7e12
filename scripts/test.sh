#!/usr/bin/env bash
# Installs the dependencies, builds minipy and runs every test: the Catch2
# unit tests of each layer and the golden tests (outputs from CPython 3.11).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
cd "$root/build"
ctest --output-on-failure -j"$(nproc 2>/dev/null || echo 2)"
