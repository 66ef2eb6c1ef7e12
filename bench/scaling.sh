#!/usr/bin/env bash
# bench/scaling.sh — times minipy against CPython 3.11 on bench/scaling/*.py
# at three sizes each, to show whether minipy's cost grows faster with N.
#
#   bench/scaling.sh [--quick] [--pairs N] [--timeout S] [--no-build]
#                    [--no-pgo] [--results FILE] [NAME...]
#
# Each workload bench/scaling/NAME.py takes N as its argument and names
# its three sizes in a line "# sizes: N1 N2 N3" (chosen so that the
# largest takes about a second under CPython). The build is the one
# bench/run.sh measures (scripts/build.sh, --no-pgo, or with --no-build
# the binary in BUILD_DIR as it is). For each workload and size: one
# warm-up run of each interpreter, then N pairs (default 3) of timed runs,
# alternating which goes first, timed by bench/timer.cpp (wall clock and
# peak RSS). minipy's output must equal CPython's warm-up output; a
# mismatch, a crash or a non-zero exit marks the size FAILED and makes the
# script exit 1 (after finishing the others).
#
# Reports per workload and size the median wall time and peak RSS of each
# interpreter and the median of the per-pair ratios minipy/CPython; then
# per workload how the ratios moved from the smallest N to the largest
# (issue 14: the ratio must not grow with N).
#
# A full run (every workload, not --quick) writes bench/SCALING.md with the
# machine, date, commit and CPython version; otherwise it only prints,
# unless --results FILE.
#
#   --quick          1 pair per size: a smoke check
#   --pairs N        N timed pairs per size (default 3)
#   --timeout S      kill a run after S seconds (default 300)
#   --no-build       use the existing binary (BUILD_DIR/minipy) as it is
#   --no-pgo         build with scripts/build.sh --no-pgo (plain Release) instead
#   --results FILE   write the results there (also for partial runs)
#   NAME...          only these workloads (bench/scaling/NAME.py)
#
# Environment: PYTHON, BUILD_DIR and CXX as for bench/run.sh. Needs
# CPython: the table is a comparison.

set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench="$root/bench"

prog=scaling.sh
suite=scaling
default_results="$bench/SCALING.md"
pairs=3
# shellcheck source=bench/lib.sh
source "$bench/lib.sh"
bench_parse_args "$@"
for n in "${names[@]}"; do
    grep -Eq '^# sizes:( [1-9][0-9]*){3}$' "$bench/scaling/$n.py" \
        || { echo "scaling.sh: bench/scaling/$n.py has no line '# sizes: N1 N2 N3'" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/minipy-scaling.XXXXXX")
trap 'rm -rf "$work"' EXIT

bench_prepare_minipy
bench_find_python
[[ -n "$python" ]] || { echo "scaling.sh: no ${PYTHON:-python3}: the table compares minipy with CPython" >&2; exit 2; }

# ---- the workloads -------------------------------------------------------

bench_note_machine

row_format='| %-15s | %9s | %9s | %9s | %14s | %11s | %10s |'
rows=()        # one table row per workload and size
trends=()      # one line per workload: its ratios from the smallest N up
failed=()

echo "== ${#names[@]} workloads, 3 sizes, $pairs pair(s) each; minipy $commit, CPython $python_version" >&2
for name in "${names[@]}"; do
    file="$bench/scaling/$name.py"
    read -r -a sizes < <(sed -n 's/^# sizes: //p' "$file")
    trend=()
    for size in "${sizes[@]}"; do
        label="$name $size"
        if ! bench_measure "$label" "$file" "" "$size"; then
            failed+=("$label")
            rows+=("$(printf "$row_format" "$name" "$size" - - FAILED - -)")
            trend+=(FAILED)
            echo "   $label: FAILED" >&2
            continue
        fi
        ratio_s=$(printf '%.2f' "$ratio")
        trend+=("$ratio_s")
        rows+=("$(printf "$row_format" "$name" "$size" "$(printf '%.3f' "$py_wall")" \
            "$(printf '%.3f' "$mp_wall")" "$ratio_s" "$(printf '%.0f' "$py_rss")" "$(printf '%.0f' "$mp_rss")")")
        echo "   ${rows[-1]}" >&2
    done
    trends+=("- $name (N = ${sizes[0]}, ${sizes[1]}, ${sizes[2]}): ratio ${trend[0]} → ${trend[1]} → ${trend[2]}")
done

# ---- report --------------------------------------------------------------

{
    printf "$row_format\n" workload N "CPython s" "minipy s" "minipy/CPython" "CPython KiB" "minipy KiB"
    printf '|%s|%s|%s|%s|%s|%s|%s|\n' "-----------------" "----------:" "----------:" "----------:" \
        "---------------:" "------------:" "-----------:"
    printf '%s\n' "${rows[@]}"
    echo
    echo "The ratio minipy/CPython from the smallest N to the largest:"
    echo
    printf '%s\n' "${trends[@]}"
    if ((${#failed[@]})); then
        echo
        echo "FAILED: ${failed[*]}"
    fi
} >"$work/table.md"

bench_report "Scaling results" \
    "Each workload in \`bench/scaling/\` runs at three sizes N; issue 14 asks that" \
    "the ratio minipy/CPython not grow with N."

((${#failed[@]} == 0))
