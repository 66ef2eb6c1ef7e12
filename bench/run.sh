#!/usr/bin/env bash
# bench/run.sh — times minipy against CPython 3.11 on bench/programs/*.py.
#
#   bench/run.sh [--quick] [--pairs N] [--startup-runs N] [--timeout S]
#                [--no-build] [--no-pgo] [--results FILE] [NAME...]
#
# Builds minipy as users get it (scripts/build.sh: build/minipy, with
# link-time optimisation and profile-guided optimisation trained on
# bench/training, not on these programs; Debian's CPython is PGO-built
# too), or with --no-pgo the plain
# Release binary; with --no-build it measures the binary in BUILD_DIR as it
# is, and the results name the kind of build it was. Then for each program: one
# warm-up run of each interpreter, then N pairs (default 5) of timed runs,
# alternating which interpreter goes first, each run timed by
# bench/timer.cpp (wall clock and peak RSS). Every run's stdout must equal
# the reference checksum: CPython's warm-up output, which must itself equal
# bench/programs/NAME.expected. A mismatch, a crash or a non-zero exit
# marks the program FAILED and makes the runner exit 1 (after finishing
# the others).
#
# Reports per program the median wall time of each interpreter, the median
# of the per-pair ratios minipy/CPython, and the median peak RSS of each;
# then the geometric mean of the ratios, and the start-up time of an empty
# script (median of --startup-runs runs each, default 30).
#
# A full run (every program, not --quick) writes the table to
# bench/RESULTS.md with the machine, date, commit and CPython version;
# --quick or a selection of programs only prints, unless --results FILE.
#
#   --quick          1 pair and 5 start-up runs: a smoke check
#   --pairs N        N timed pairs per program (default 5)
#   --startup-runs N empty-script runs per interpreter (default 30)
#   --timeout S      kill a run after S seconds (default 300)
#   --no-build       use the existing binary (BUILD_DIR/minipy) as it is
#   --no-pgo         build with scripts/build.sh --no-pgo (plain Release) instead
#   --results FILE   write the results there (also for partial runs)
#   NAME...          only these programs (bench/programs/NAME.py)
#
# Environment: PYTHON (default python3; its real executable is resolved so
# that a pyenv shim's start-up is not timed), BUILD_DIR (default build;
# another directory only with --no-build), CXX (compiler for the timer,
# default c++).
#
# Without a python3 the programs still run and are checked against their
# .expected files; the CPython columns and ratios are left empty.

set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench="$root/bench"

prog=run.sh
suite=programs
default_results="$bench/RESULTS.md"
pairs=5
startup_runs=30
# shellcheck source=bench/lib.sh
source "$bench/lib.sh"
bench_parse_args "$@"

work=$(mktemp -d "${TMPDIR:-/tmp}/minipy-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

bench_prepare_minipy
bench_find_python
[[ -n "$python" ]] \
    || echo "run.sh: warning: no ${PYTHON:-python3}; timing minipy alone against the .expected files" >&2

# ---- the programs --------------------------------------------------------

bench_note_machine

row_format='| %-15s | %9s | %9s | %14s | %11s | %10s |'
rows=()        # one table row per program
ratios=()      # per-program median ratios, for the geometric mean
failed=()

echo "== ${#names[@]} programs, $pairs pair(s) each; minipy $commit, CPython $python_version" >&2
for name in "${names[@]}"; do
    if ! bench_measure "$name" "$bench/programs/$name.py" "$bench/programs/$name.expected"; then
        failed+=("$name")
        rows+=("$(printf "$row_format" "$name" - - FAILED - -)")
        echo "   $name: FAILED" >&2
        continue
    fi
    if [[ -n "$python" ]]; then
        ratios+=("$ratio")
        ratio_s=$(printf '%.2f' "$ratio")
        py_s=$(printf '%.3f' "$py_wall"); py_rss_s=$(printf '%.0f' "$py_rss")
    else
        ratio_s=-; py_s=-; py_rss_s=-
    fi
    rows+=("$(printf "$row_format" "$name" "$py_s" "$(printf '%.3f' "$mp_wall")" "$ratio_s" \
        "$py_rss_s" "$(printf '%.0f' "$mp_rss")")")
    echo "   ${rows[-1]}" >&2
done

# ---- start-up ------------------------------------------------------------

: >"$work/empty.py"
: >"$work/ref"
: >"$work/su.mp"; : >"$work/su.py"; : >"$work/su.mp.rss"; : >"$work/su.py.rss"
startup_ok=1
for ((r = 0; r < startup_runs; r++)); do
    for kind in minipy cpython; do
        [[ $kind == cpython && -z "$python" ]] && continue
        run_timed "$kind" "$work/empty.py"
        check_run startup "$kind" || { startup_ok=0; break 2; }
        if [[ $kind == minipy ]]; then
            echo "$wall" >>"$work/su.mp"; echo "$rss" >>"$work/su.mp.rss"
        else
            echo "$wall" >>"$work/su.py"; echo "$rss" >>"$work/su.py.rss"
        fi
    done
done
if ((startup_ok)); then
    su_mp=$(median <"$work/su.mp" | awk '{ printf "%.1f", $1 * 1000 }')
    su_mp_rss=$(median <"$work/su.mp.rss" | awk '{ printf "%.0f", $1 }')
    if [[ -n "$python" ]]; then
        su_py=$(median <"$work/su.py" | awk '{ printf "%.1f", $1 * 1000 }')
        su_py_rss=$(median <"$work/su.py.rss" | awk '{ printf "%.0f", $1 }')
    else
        su_py=-; su_py_rss=-
    fi
else
    failed+=("start-up")
fi

# ---- report --------------------------------------------------------------

geomean=-
if ((${#ratios[@]})); then
    geomean=$(printf '%s\n' "${ratios[@]}" | awk '{ s += log($1) } END { printf "%.2f", exp(s / NR) }')
fi

{
    printf "$row_format\n" program "CPython s" "minipy s" "minipy/CPython" "CPython KiB" "minipy KiB"
    printf '|%s|%s|%s|%s|%s|%s|\n' "-----------------" "----------:" "----------:" "---------------:" \
        "------------:" "-----------:"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Geometric mean of the ratios minipy/CPython: **$geomean** over ${#ratios[@]} program(s)."
    echo
    if ((startup_ok)); then
        if [[ -n "$python" ]]; then su_py_s="CPython ${su_py} ms / ${su_py_rss} KiB"; else su_py_s="CPython not run"; fi
        echo "Start-up (empty script, median of $startup_runs runs): $su_py_s," \
             "minipy ${su_mp} ms / ${su_mp_rss} KiB."
    else
        echo "Start-up: FAILED."
    fi
    if ((${#failed[@]})); then
        echo
        echo "FAILED: ${failed[*]}"
    fi
} >"$work/table.md"

bench_report "Benchmark results"

((${#failed[@]} == 0))
