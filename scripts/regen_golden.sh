#!/usr/bin/env bash
# Regenerates the expected outputs of golden tests by running CPython 3.11:
#   scripts/regen_golden.sh               every tests/golden/*.py
#   scripts/regen_golden.sh NAME...       only those tests
# Writes NAME.out always, NAME.err when CPython wrote to stderr, NAME.code
# when it exited with a non-zero status (stale .err/.code files are removed).
# The outputs are normalised exactly as tests/golden/run_golden.sh does.
set -eu
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=$root/tests/golden
python=${PYTHON:-python3}
version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$version" != "3.11" ]; then
    echo "regen_golden.sh: need CPython 3.11 as \$PYTHON (found $version)" >&2
    exit 1
fi

normalize() { sed -e "s#$dir/#<DIR>/#g" -f "$dir/normalize.sed"; }

if [ $# -eq 0 ]; then
    set -- $(cd "$dir" && ls *.py | sed 's/\.py$//')
fi
for name in "$@"; do
    name=${name%.py}
    input=/dev/null
    [ -f "$dir/$name.in" ] && input="$dir/$name.in"
    status=0
    (cd "$dir" && "$python" "$dir/$name.py" <"$input" >"$dir/$name.out.tmp" 2>"$dir/$name.err.tmp") || status=$?
    normalize <"$dir/$name.out.tmp" >"$dir/$name.out"
    if [ -s "$dir/$name.err.tmp" ]; then
        normalize <"$dir/$name.err.tmp" >"$dir/$name.err"
    else
        rm -f "$dir/$name.err"
    fi
    if [ "$status" != 0 ]; then echo "$status" >"$dir/$name.code"; else rm -f "$dir/$name.code"; fi
    rm -f "$dir/$name.out.tmp" "$dir/$name.err.tmp"
    echo "regenerated $name (exit $status)"
done
