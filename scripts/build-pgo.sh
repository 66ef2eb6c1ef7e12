#!/usr/bin/env bash
# Builds minipy with GCC's profile-guided optimisation, as Debian builds
# CPython itself: an instrumented minipy first runs a training workload,
# then the final build is optimised with the profile it wrote.
#
#   scripts/build-pgo.sh [BUILD_DIR]      (default build-pgo; prints the binary's path)
#
# The training workload is bench/training/*.py (programs written for it,
# distinct from the benchmark programs in bench/programs) and every golden
# test script, so that the whole language, not only the hot loops, is seen.
# Each training program must print what CPython 3.11 printed for it (its
# .expected file); a mismatch stops the build, since a profile of a wrong
# run is no profile to optimise with.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build-pgo}
case "$build" in /*) ;; *) build="$PWD/$build" ;; esac
profile="$build/pgo-profile"
jobs=$(nproc 2>/dev/null || echo 2)

configure() {
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DMINIPY_PGO="$1" -DMINIPY_PGO_DIR="$profile" >/dev/null
}

echo "== build-pgo: instrumented build in $build" >&2
rm -rf "$profile"
configure generate
cmake --build "$build" -j"$jobs" --target minipy >/dev/null

echo "== build-pgo: training" >&2
for program in "$root"/bench/training/*.py; do
    expected=$(cat "${program%.py}.expected")
    actual=$("$build/minipy" "$program")
    if [[ "$actual" != "$expected" ]]; then
        echo "build-pgo: $(basename "$program") printed '$actual', CPython '$expected'" >&2
        exit 1
    fi
done
(
    cd "$root/tests/golden"
    for script in *.py; do
        input=/dev/null
        [[ -f "${script%.py}.in" ]] && input="${script%.py}.in"
        "$build/minipy" "$script" <"$input" >/dev/null 2>&1 || true  # some fail on purpose
    done
)

echo "== build-pgo: optimised build" >&2
configure use
cmake --build "$build" -j"$jobs" --target minipy >/dev/null
echo "$build/minipy"
