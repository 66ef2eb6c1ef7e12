#!/usr/bin/env bash
# Builds minipy's libFuzzer targets (clang++, ASan + UBSan, fuzz/) in
# build-fuzz/ and runs one of them:
#   scripts/fuzz.sh TARGET [SECONDS] [libFuzzer options...]
#   scripts/fuzz.sh --build               only builds
# TARGET is fuzz_parse, fuzz_compile or fuzz_run; SECONDS defaults to 60.
# The corpus is build-fuzz/corpus/TARGET, seeded from tests/golden/*.py (the
# demos among them) and fuzz/regressions/TARGET; crashes, leaks and
# timeouts are written to build-fuzz/artifacts/TARGET/. Minimise a crash
# with `build-fuzz/fuzz/TARGET -minimize_crash=1 -runs=10000 FILE` and keep
# the result under fuzz/regressions/TARGET/ (nothing else generated is
# committed). libFuzzer's options come last and win, e.g. -jobs=1 -workers=1.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build-fuzz
jobs=$(nproc 2>/dev/null || echo 2)
[ "$jobs" -gt 2 ] && jobs=2

if [ $# -lt 1 ]; then
    sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
fi

"$root/scripts/install-deps.sh" --fuzz
# -O2 without NDEBUG; line tables only, which symbolised reports need and
# the X3 grammar compiles much faster with than with full debug info.
cmake -S "$root" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DMINIPY_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -gline-tables-only" >/dev/null
cmake --build "$build" -j"$jobs" --target fuzz_parse fuzz_compile fuzz_run
[ "$1" = "--build" ] && exit 0

target=$1
seconds=${2:-60}
shift $(($# < 2 ? $# : 2))
case $target in
    fuzz_parse|fuzz_compile|fuzz_run) ;;
    *) echo "fuzz.sh: unknown target '$target' (fuzz_parse, fuzz_compile, fuzz_run)" >&2; exit 2 ;;
esac

corpus=$build/corpus/$target
artifacts=$build/artifacts/$target
mkdir -p "$corpus" "$artifacts"
cp -n "$root"/tests/golden/*.py "$corpus"/
[ -d "$root/fuzz/regressions/$target" ] && find "$root/fuzz/regressions/$target" -type f -exec cp -n {} "$corpus"/ \;

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:detect_stack_use_after_return=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cd "$artifacts"
# A unit counts as hung after 60 s: the deep-nesting goldens among the seeds
# (bad_deep_source compiles 100,000-deep expressions) take 20 s of CPU in
# this build, and a mutation of one a little more.
exec "$build/fuzz/$target" "$corpus" -dict="$root/fuzz/python.dict" -max_total_time="$seconds" -timeout=60 \
    -rss_limit_mb=3072 -malloc_limit_mb=1024 -max_len=16384 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$@"
