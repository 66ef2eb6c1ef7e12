#!/usr/bin/env bash
# GC stress: the test suite in the sanitizer build (build-asan/, shared with
# scripts/test-sanitizers.sh) with MINIPY_GC_STRESS=1, so that a full
# collection runs at every safe point after a tracked allocation, and
# MINIPY_HEAP_CHECK=1, so that the heap validator checks the heap after every
# collection and at exit. A reference the collector cannot see, or a cycle
# broken too early, then shows up as a sanitizer report or a heap-check
# failure in the test that causes it.
#
# Every test must pass as it does without stress, except the golden scripts
# listed in tests/golden/GC_STRESS.md, whose output depends on when the
# collector runs (each with its reason there): those only have to finish
# without a crash, a sanitizer report or a heap-check failure.
#   scripts/test-gc-stress.sh [NAME...]   only these golden scripts
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/sanitizer-build.sh"
golden=$sanitizer_root/tests/golden
sanitizer_build
cd "$sanitizer_dir"
export MINIPY_GC_STRESS=1 MINIPY_HEAP_CHECK=1
# A script that builds a deep structure and then works on it (mod_json_depth:
# 2,000 nested lists, a thousand generator frames, a growing list of chunks)
# pays a full collection and a heap check, both as long as the heap and the
# frame stack, at every statement: about 10 s of CPU under ASan where 1 s is
# the norm, more than the golden runner's 60 s on a busy machine.
export MINIPY_GOLDEN_TIMEOUT=300
started=$SECONDS

# The list: lines "- `NAME`: reason".
mapfile -t timing_dependent < <(sed -n 's/^- `\([A-Za-z0-9_]*\)`.*/\1/p' "$golden/GC_STRESS.md")
status=0
for name in "${timing_dependent[@]}"; do
    if [ ! -f "$golden/$name.py" ]; then
        echo "FAIL: tests/golden/GC_STRESS.md lists $name, which is not a golden script" >&2
        status=1
    fi
done
listed="^golden: ($(IFS='|'; echo "${timing_dependent[*]}"))\$"

# Everything else, compared as usual.
if [ $# -gt 0 ]; then
    selected="^golden: ($(IFS='|'; echo "$*"))\$"
    ctest --output-on-failure -j"$sanitizer_jobs" -R "$selected" -E "$listed" || status=1
else
    ctest --output-on-failure -j"$sanitizer_jobs" -E "$listed" || status=1
fi

# The listed scripts: CPython's exit status, and no report.
err=$(mktemp)
trap 'rm -f "$err"' EXIT
for name in "${timing_dependent[@]}"; do
    [ -f "$golden/$name.py" ] || continue
    if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then continue; fi
    input=/dev/null
    [ -f "$golden/$name.in" ] && input=$golden/$name.in
    expected=0
    [ -f "$golden/$name.code" ] && expected=$(cat "$golden/$name.code")
    code=0
    (cd "$golden" && timeout "$MINIPY_GOLDEN_TIMEOUT" "$sanitizer_dir/minipy" "$golden/$name.py" <"$input" >/dev/null 2>"$err") || code=$?
    if [ "$code" != "$expected" ] || grep -qE 'Sanitizer|runtime error:|heap check failed' "$err"; then
        echo "FAIL: $name.py under GC stress (exit status $code, CPython's $expected):" >&2
        cat "$err" >&2
        status=1
    else
        echo "ok (output not compared, see GC_STRESS.md): $name.py"
    fi
done
echo "GC stress run: $((SECONDS - started)) s"
exit $status
