#!/usr/bin/env bash
# Builds minipy in build/, optimised as users get it: with GCC's
# profile-guided optimisation, as Debian builds CPython itself, and
# link-time optimisation. An instrumented minipy (build/pgo-instrumented/)
# runs a training workload and writes a profile; build/ is then compiled
# with it. Warnings are errors (MINIPY_WERROR, CMakeLists.txt): CI's build
# must be warning-free.
#
#   scripts/build.sh             the optimised build (scripts/test.sh, demo.sh, CI and bench/run.sh use it)
#   scripts/build.sh --no-pgo    a plain Release build: one compile, for quick development
#
# The training workload is bench/training/*.py (programs written for it,
# distinct from the benchmark programs in bench/programs) and every golden
# test script, so that the whole language, not only the hot loops, is seen.
# Each training program must print what CPython 3.11 printed for it (its
# .expected file); a mismatch stops the build, since a profile of a wrong
# run is no profile to optimise with.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build"
jobs=$(nproc 2>/dev/null || echo 2)

pgo=1
case "${1:-}" in
    "") ;;
    --no-pgo) pgo=0 ;;
    *) echo "usage: scripts/build.sh [--no-pgo]" >&2; exit 2 ;;
esac

configure() {  # configure DIR PGO_MODE LTO
    cmake -S "$root" -B "$1" -DCMAKE_BUILD_TYPE=Release -DMINIPY_WERROR=ON -DMINIPY_PGO="$2" \
        -DMINIPY_PGO_DIR="$build/pgo-profile" -DMINIPY_LTO="$3" >/dev/null
}

if ((!pgo)); then
    configure "$build" "" OFF
    cmake --build "$build" -j"$jobs"
    exit 0
fi

instrumented="$build/pgo-instrumented"
profile="$build/pgo-profile"

echo "== build: instrumented minipy in $instrumented" >&2
configure "$instrumented" generate OFF
cmake --build "$instrumented" -j"$jobs" --target minipy

echo "== build: training" >&2
rm -rf "$profile"
for program in "$root"/bench/training/*.py; do
    expected=$(cat "${program%.py}.expected")
    actual=$("$instrumented/minipy" "$program")
    if [[ "$actual" != "$expected" ]]; then
        echo "build: training program $(basename "$program") printed '$actual', CPython '$expected'" >&2
        exit 1
    fi
done
(
    cd "$root/tests/golden"
    for script in *.py; do
        input=/dev/null
        [[ -f "${script%.py}.in" ]] && input="${script%.py}.in"
        "$instrumented/minipy" "$script" <"$input" >/dev/null 2>&1 || true  # some fail on purpose
    done
)

# The profile's files are named after the instrumented objects' paths,
# '/' written '#' (#root#build#pgo-instrumented#CMakeFiles#...gcda); the
# optimised build's objects have the same paths under build/.
from=${instrumented//\//#}
to=${build//\//#}
copied=0
for data in "$profile/$from"*.gcda; do
    [[ -e "$data" ]] || break
    cp "$data" "$profile/$to${data#"$profile/$from"}"
    copied=$((copied + 1))
done
if ((copied == 0)); then
    echo "build: the training wrote no profile in $profile" >&2
    exit 1
fi

echo "== build: optimised build in $build" >&2
configure "$build" use ON
cmake --build "$build" -j"$jobs"
