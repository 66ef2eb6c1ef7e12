#!/usr/bin/env bash
# The golden suite once more, every script under `minipy --draw STEP.txt`:
# drawing memory must not change what a program prints, nor its exit status
# (it holds no reference the program could observe). The drawings are not
# compared here; tests/cli/run_cli.sh checks the demos' drawings.
# Usage: run_golden_drawn.sh path/to/minipy [path/to/NAME.py ...]
#        (no scripts: every tests/golden/*.py)
set -u
minipy=$1
shift
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ $# -eq 0 ]; then set -- "$here"/*.py; fi

# Under GC stress (scripts/test-gc-stress.sh) every safe point collects and
# checks the heap: the whole suite in one test would take hours, so only
# the seed demos run, less the scripts whose output then depends on when
# the collector runs (GC_STRESS.md).
if [ -n "${MINIPY_GC_STRESS:-}" ] && [ "$MINIPY_GC_STRESS" != 0 ]; then
    timing_dependent=" $(sed -n 's/^- `\([A-Za-z0-9_]*\)`.*/\1/p' "$here/GC_STRESS.md" | tr '\n' ' ') "
    selected=()
    for script in "$@"; do
        name=$(basename "$script" .py)
        case "$name" in demo_*) ;; *) continue ;; esac
        [[ "$timing_dependent" == *" $name "* ]] && continue
        selected+=("$script")
    done
    set -- "${selected[@]}"
fi

failed=0
count=0
for script in "$@"; do
    name=$(basename "$script" .py)
    mkdir "$work/$name"
    if ! MINIPY_GOLDEN_OPTIONS="--draw $work/$name/step.txt" "$here/run_golden.sh" "$minipy" "$script" \
        2>"$work/$name/log"; then
        echo "FAIL under --draw: $name.py" >&2
        cat "$work/$name/log" >&2
        failed=$((failed + 1))
    elif ! ls "$work/$name"/step-*.txt >/dev/null 2>&1; then
        echo "FAIL under --draw: $name.py drew no step" >&2
        failed=$((failed + 1))
    fi
    rm -rf "${work:?}/$name"
    count=$((count + 1))
done
echo "$count scripts under --draw, $failed failed"
[ "$failed" -eq 0 ]
