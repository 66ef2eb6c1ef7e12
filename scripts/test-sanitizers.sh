#!/usr/bin/env bash
# Builds minipy with AddressSanitizer + UndefinedBehaviorSanitizer (LeakSanitizer
# included) in build-asan/ and runs the whole test suite there. A use after
# free in the heap is the worst bug minipy can have; this run is how we know
# there is none. (scripts/test-gc-stress.sh runs the suite again in the same
# build, with a collection at every safe point.)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/sanitizer-build.sh"
sanitizer_build
cd "$sanitizer_dir"
ctest --output-on-failure -j"$sanitizer_jobs"
