#!/usr/bin/env bash
# Runs one golden test: tests/golden/NAME.py under minipy, compared with what
# CPython 3.11 printed for it (produced by scripts/regen_golden.sh):
#   NAME.out   expected stdout (always present)
#   NAME.err   expected stderr (present when CPython wrote to stderr)
#   NAME.code  expected exit status (present when it was not 0)
#   NAME.in    optional stdin for the script
# Both sides are normalised with normalize.sed, and the test directory's
# absolute path (which tracebacks print) becomes <DIR>.
# Usage: run_golden.sh path/to/minipy path/to/NAME.py
# MINIPY_GOLDEN_OPTIONS, when set, goes before the script on minipy's
# command line (run_golden_drawn.sh: `--draw DIR/step.txt`).
# A script gets 60 seconds, or MINIPY_GOLDEN_TIMEOUT (scripts/test-gc-stress.sh
# gives more: a collection after every allocation in a sanitizer build).
set -u
minipy=$1
script=$2
dir=$(cd "$(dirname "$script")" && pwd)
name=$(basename "$script" .py)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

normalize() { sed -e "s#$dir/#<DIR>/#g" -f "$here/normalize.sed"; }

out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
input=/dev/null
[ -f "$dir/$name.in" ] && input="$dir/$name.in"
(cd "$dir" && timeout "${MINIPY_GOLDEN_TIMEOUT:-60}" "$minipy" ${MINIPY_GOLDEN_OPTIONS:-} "$dir/$name.py" <"$input" >"$out" 2>"$err")
status=$?

expected_status=0
[ -f "$dir/$name.code" ] && expected_status=$(cat "$dir/$name.code")
failed=0
if ! diff -u "$dir/$name.out" <(normalize <"$out") >&2; then
    echo "FAIL: stdout of $name.py differs from CPython's (above)" >&2
    failed=1
fi
if [ -f "$dir/$name.err" ]; then
    if ! diff -u "$dir/$name.err" <(normalize <"$err") >&2; then
        echo "FAIL: stderr of $name.py differs from CPython's (above)" >&2
        failed=1
    fi
elif [ -s "$err" ]; then
    echo "FAIL: $name.py wrote to stderr, CPython did not:" >&2
    cat "$err" >&2
    failed=1
fi
if [ "$status" != "$expected_status" ]; then
    echo "FAIL: $name.py exited with $status, CPython with $expected_status" >&2
    failed=1
fi
exit $failed
