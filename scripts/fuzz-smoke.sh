#!/usr/bin/env bash
# CI smoke test of the fuzz targets: builds them (scripts/fuzz.sh --build),
# replays every minimised regression input of fuzz/regressions/, then runs
# each target for about 20 seconds from the seed corpus (tests/golden/*.py
# and the regressions). Any crash, leak, sanitizer report or hang fails it;
# the input is kept in build-fuzz/smoke-artifacts/TARGET/. About a minute
# once built.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build-fuzz
seconds=${FUZZ_SMOKE_SECONDS:-20}
"$root/scripts/fuzz.sh" --build

export ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# 60 s per unit, as scripts/fuzz.sh: the deep-nesting goldens among the
# seeds take 20 s of CPU in this build.
limits=(-timeout=60 -rss_limit_mb=3072 -malloc_limit_mb=1024)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs libFuzzer with a log; on failure shows the log's end and stops.
run() {
    local target=$1 log=$work/$1.log
    shift
    if ! (cd "$work" && "$build/fuzz/$target" "${limits[@]}" -artifact_prefix="$artifacts/" "$@" >"$log" 2>&1); then
        tail -n 60 "$log" >&2
        echo "fuzz-smoke: $target failed; the input is in $artifacts/" >&2
        exit 1
    fi
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$log" || true
}

for target in fuzz_parse fuzz_compile fuzz_run; do
    artifacts=$build/smoke-artifacts/$target
    regressions=$root/fuzz/regressions/$target
    rm -rf "$artifacts"
    mkdir -p "$artifacts" "$work/$target"
    cp "$root"/tests/golden/*.py "$work/$target"/
    if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
        echo "== $target: replaying $(ls "$regressions" | wc -l) regression inputs"
        run "$target" "$regressions"/*
        cp "$regressions"/* "$work/$target"/
    fi
    echo "== $target: fuzzing for ${seconds}s"
    run "$target" "$work/$target" -dict="$root/fuzz/python.dict" -max_total_time="$seconds" -max_len=16384 \
        -print_final_stats=1
done
echo "fuzz-smoke: every target ran clean"
