#!/usr/bin/env bash
# Fails when CTest would run fewer test cases than the Catch2 executables
# list: a case lost by discovery would otherwise pass unnoticed.
# Usage (in the build's tests/ directory, as CTest runs it):
#   check_registered.sh LABEL=/path/to/test_exe ...
# where the tests of an executable are named "LABEL: test case name".
set -u
registered=$(ctest -N 2>/dev/null | sed -nE 's/^ *Test +#[0-9]+: //p')
failed=0
for pair in "$@"; do
    label=${pair%%=*}
    exe=${pair#*=}
    listed=$("$exe" --list-test-names-only | grep -c .)
    found=$(grep -E "^$label: " <<<"$registered" | grep -c -v -F -- "$label: NOT BUILT")
    echo "$label: $listed test cases listed, $found registered"
    if [ "$found" -lt "$listed" ] || [ "$listed" -eq 0 ]; then
        echo "FAIL: $label lists $listed test cases but CTest registers $found" >&2
        failed=1
    fi
done
exit $failed
