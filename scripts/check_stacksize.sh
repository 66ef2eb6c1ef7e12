#!/usr/bin/env bash
# Checks that minipy's co_stacksize is CPython 3.11's for every code object
# of the golden tests and of lib/ (or of the files given): both interpreters
# list (file, qualname, first line, co_stacksize) with
# scripts/stacksize_list.py, and the lists are diffed.
#   scripts/check_stacksize.sh [--verbose] [FILE...]
# MINIPY names the binary (default build/minipy). Prints the match rate;
# exits 1 when some code object differs.
set -u
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
minipy=${MINIPY:-$root/build/minipy}
python=${PYTHON:-python3}
verbose=0
if [ "${1:-}" = "--verbose" ]; then verbose=1; shift; fi
cd "$root"
if [ $# -eq 0 ]; then
    set -- $(ls tests/golden/*.py; find lib -name '*.py' | sort)
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$python" scripts/stacksize_list.py "$@" >"$tmp/cpython" 2>"$tmp/cpython.err"
"$minipy" scripts/stacksize_list.py "$@" >"$tmp/minipy" 2>"$tmp/minipy.err"
# Files CPython cannot compile are left out of the count.
export LC_ALL=C
grep ' SyntaxError ' "$tmp/cpython" | cut -d' ' -f1 | sort -u >"$tmp/rejected"
grep -v ' SyntaxError ' "$tmp/cpython" | sort >"$tmp/c"
awk 'NR==FNR { bad[$1] = 1; next } !($1 in bad)' "$tmp/rejected" "$tmp/minipy" | grep -v ' SyntaxError ' | sort >"$tmp/m"
total=$(wc -l <"$tmp/c")
same=$(comm -12 "$tmp/c" "$tmp/m" | wc -l)
echo "co_stacksize: $same of $total code objects match CPython 3.11"
if [ "$verbose" = 1 ] || [ "$same" != "$total" ]; then
    diff "$tmp/c" "$tmp/m" | grep '^[<>]' | head -${LIMIT:-60}
fi
[ "$same" = "$total" ]
