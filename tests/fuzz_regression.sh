#!/usr/bin/env bash
# Runs one minimised fuzz input (fuzz/regressions/TARGET/NAME) under minipy,
# in a scratch directory (an input may write files) with stdin empty. It
# passes when minipy ends by itself: any exit status below 124 (0, 1 for an
# uncaught exception or a syntax error, a sys.exit code); a signal (an
# abort, a sanitizer report, a segfault) or a hang fails.
# Usage: fuzz_regression.sh path/to/minipy path/to/input
set -u
minipy=$1
input=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && timeout 60 "$minipy" "$input" </dev/null >"$work/.out" 2>"$work/.err")
status=$?
if [ $status -ge 124 ]; then
    tail -n 40 "$work/.err" >&2
    echo "FAIL: minipy ended with status $status on $input" >&2
    exit 1
fi
exit 0
