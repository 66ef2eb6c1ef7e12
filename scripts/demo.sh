#!/usr/bin/env bash
# One command for a new user: installs the dependencies, builds minipy and
# runs the heap demo (ids, a rebinding update, a weak reference that dies).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
echo "--- build/minipy tests/golden/demo_elephant.py"
"$root/build/minipy" "$root/tests/golden/demo_elephant.py"
