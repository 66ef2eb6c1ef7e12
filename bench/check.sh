#!/usr/bin/env bash
# bench/check.sh — the benchmark programs as a test: runs each
# bench/programs/NAME.py once under minipy and compares its output with
# bench/programs/NAME.expected (CPython 3.11's, committed). Needs no python3.
#
#   bench/check.sh [--minipy PATH] [NAME...]     check (default build/minipy)
#   bench/check.sh --regen [NAME...]             rewrite the .expected files
#                                                with python3 -S (CPython 3.11)
#
# Ends with the line "N passed, N failed"; exit status 1 if any failed.

set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
programs="$root/bench/programs"
minipy="$root/build/minipy"
regen=0
names=()
while (($#)); do
    case "$1" in
        --minipy) minipy=$2; shift ;;
        --regen) regen=1 ;;
        -h|--help) sed -n '2,/^$/p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "check.sh: unknown option $1" >&2; exit 2 ;;
        *) names+=("${1%.py}") ;;
    esac
    shift
done
if ((${#names[@]} == 0)); then
    for f in "$programs"/*.py; do names+=("$(basename "$f" .py)"); done
fi

if ((regen)); then
    python=$("${PYTHON:-python3}" -c 'import sys; print(sys.executable)')
    version=$("$python" -c 'import sys; print(sys.version.split()[0])')
    [[ "$version" == 3.11.* ]] || { echo "check.sh: $python is $version, not CPython 3.11" >&2; exit 1; }
    for name in "${names[@]}"; do
        "$python" -S "$programs/$name.py" >"$programs/$name.expected"
        echo "$name: $(cat "$programs/$name.expected")"
    done
    exit 0
fi

[[ -x "$minipy" ]] || { echo "check.sh: no minipy at $minipy (build it, or pass --minipy PATH)" >&2; exit 2; }
out=$(mktemp "${TMPDIR:-/tmp}/minipy-check.XXXXXX")
trap 'rm -f "$out" "$out.err"' EXIT

passed=0
failed=0
for name in "${names[@]}"; do
    file="$programs/$name.py"
    expected="$programs/$name.expected"
    if [[ ! -f "$file" || ! -f "$expected" ]]; then
        echo "FAIL $name: missing $name.py or $name.expected"
        failed=$((failed + 1))
        continue
    fi
    status=0
    "$minipy" "$file" >"$out" 2>"$out.err" </dev/null || status=$?
    if [[ $status == 0 ]] && cmp -s "$out" "$expected"; then
        echo "ok   $name"
        passed=$((passed + 1))
    else
        echo "FAIL $name (exit status $status)"
        echo "  expected: $(head -c 300 "$expected")"
        echo "  got:      $(head -c 300 "$out")"
        [[ -s "$out.err" ]] && tail -5 "$out.err" | sed 's/^/  /'
        failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
((failed == 0))
