# bench/lib.sh — what bench/run.sh and bench/scaling.sh share: the command
# line, the build to measure, the timer, CPython, timed and checked runs in
# alternating pairs, medians and the lines that say where and on what a
# table was measured.
#
# Sourced, not run. The caller sets `root` (the checkout), `bench`
# ($root/bench), `prog` (its own name, for messages), `suite` (the folder
# of bench/ whose *.py it runs), `default_results` (the file a full run
# writes) and its default `pairs` (and `startup_runs`, where that option
# applies), then calls bench_parse_args, makes `work` (a scratch directory
# it removes) and calls bench_prepare_minipy and bench_find_python. The
# functions read and set the scripts' globals:
# shellcheck shell=bash disable=SC2154,SC2034

# bench_usage: the caller's opening comment, its usage.
bench_usage() {
    sed -n '2,/^$/p' "$0" | sed 's/^# \{0,1\}//'
}

# bench_parse_args ARG...: the command line, as the usage says. Sets
# quick, pairs, startup_runs (only where the caller set it), timeout,
# do_build, pgo, results_file and names: every bench/$suite/*.py when none
# is named, and then results_file is default_results unless --quick.
bench_parse_args() {
    timeout=300 do_build=1 pgo=1 quick=0 results_file=""
    names=()
    while (($#)); do
        case "$1" in
            --quick) quick=1; pairs=1; [[ ! -v startup_runs ]] || startup_runs=5 ;;
            --pairs) pairs=$2; shift ;;
            --startup-runs)
                [[ -v startup_runs ]] || { echo "$prog: unknown option $1" >&2; bench_usage >&2; exit 2; }
                startup_runs=$2; shift ;;
            --timeout) timeout=$2; shift ;;
            --no-build) do_build=0 ;;
            --no-pgo) pgo=0 ;;
            --results) results_file=$2; shift ;;
            -h|--help) bench_usage; exit 0 ;;
            -*) echo "$prog: unknown option $1" >&2; bench_usage >&2; exit 2 ;;
            *) names+=("${1%.py}") ;;
        esac
        shift
    done
    local n
    for n in "$pairs" "${startup_runs:-1}" "$timeout"; do
        [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "$prog: expected a positive count, got '$n'" >&2; exit 2; }
    done

    if ((${#names[@]} == 0)); then
        local f
        for f in "$bench/$suite"/*.py; do names+=("$(basename "$f" .py)"); done
        if [[ $quick == 0 && -z "$results_file" ]]; then results_file=$default_results; fi
    else
        for n in "${names[@]}"; do
            [[ -f "$bench/$suite/$n.py" ]] || { echo "$prog: no bench/$suite/$n.py" >&2; exit 2; }
        done
    fi
}

# bench_prepare_minipy: builds minipy unless do_build is 0 (scripts/build.sh,
# with --no-pgo when pgo is 0), then sets build_dir, build_kind (in words,
# from the build's CMakeCache.txt), minipy and timer (bench/timer.cpp,
# compiled into the build directory when missing or older than its source).
bench_prepare_minipy() {
    build_dir=${BUILD_DIR:-$root/build}
    case "$build_dir" in /*) ;; *) build_dir="$root/$build_dir" ;; esac

    if ((do_build)); then
        if [[ "$build_dir" != "$root/build" ]]; then
            echo "$prog: BUILD_DIR names a build to measure as it is: add --no-build" >&2
            exit 2
        fi
        local -a flavour=()
        ((pgo)) || flavour=(--no-pgo)
        echo "== building minipy: scripts/build.sh ${flavour[*]}" >&2
        "$root/scripts/build.sh" "${flavour[@]}" >"$work/build.log" 2>&1 \
            || { tail -40 "$work/build.log" >&2; exit 1; }
    fi
    case "$(sed -n 's/^MINIPY_PGO:STRING=//p' "$build_dir/CMakeCache.txt" 2>/dev/null)" in
        use) build_kind="Release build with profile-guided optimisation" ;;
        generate) build_kind="instrumented build (profile generation): not a measurement" ;;
        *) build_kind="plain Release build" ;;
    esac
    if [[ "$(sed -n 's/^MINIPY_LTO:BOOL=//p' "$build_dir/CMakeCache.txt" 2>/dev/null)" == ON ]]; then
        build_kind+=" and link-time optimisation"
    fi
    minipy="$build_dir/minipy"
    [[ -x "$minipy" ]] || { echo "$prog: no $minipy (drop --no-build)" >&2; exit 1; }

    timer="$build_dir/bench-timer"
    if [[ ! -x "$timer" || "$bench/timer.cpp" -nt "$timer" ]]; then
        mkdir -p "$build_dir"
        "${CXX:-c++}" -O2 -std=c++20 -o "$timer" "$bench/timer.cpp"
    fi
}

# bench_find_python: sets python to the real executable of ${PYTHON:-python3}
# (so that a pyenv shim's start-up is not timed) and python_version; with
# no such command, python is empty and python_version "none".
bench_find_python() {
    python=""
    python_version="none"
    if command -v "${PYTHON:-python3}" >/dev/null 2>&1; then
        python=$("${PYTHON:-python3}" -c 'import sys; print(sys.executable)')
        python_version=$("$python" -c 'import sys; print(sys.version.split()[0])')
        [[ "$python_version" == 3.11.* ]] \
            || echo "$prog: warning: $python is CPython $python_version, not 3.11" >&2
    fi
}

# median: of the numbers on stdin, one a line.
median() {
    sort -g | awk '{ v[NR] = $1 }
        END { if (NR == 0) { print "nan"; exit }
              if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# run_timed KIND FILE [ARG...]: runs FILE with ARGs under KIND (minipy or
# cpython, which runs as python3 -S); sets wall, rss and status, leaves
# stdout in $work/out and stderr in $work/err.
run_timed() {
    local kind=$1 file=$2
    shift 2
    local -a cmd
    if [[ $kind == minipy ]]; then cmd=("$minipy" "$file"); else cmd=("$python" -S "$file"); fi
    "$timer" -t "$timeout" -o "$work/time" -- "${cmd[@]}" "$@" >"$work/out" 2>"$work/err" </dev/null
    read -r wall rss status <"$work/time"
}

# fail_run NAME KIND WHAT: reports a failed run of NAME with what it printed.
fail_run() {
    local name=$1 kind=$2 what=$3
    {
        echo "FAILED $name under $kind: $what"
        echo "  expected: $(head -c 300 "$work/ref")"
        echo "  got:      $(head -c 300 "$work/out")"
        if [[ -s "$work/err" ]]; then echo "  stderr (last lines):"; tail -5 "$work/err" | sed 's/^/    /'; fi
    } >&2
}

# check_run NAME KIND: after run_timed, checks the status and that stdout
# equals the reference output in $work/ref.
check_run() {
    local name=$1 kind=$2
    if [[ "$status" != 0 ]]; then
        if [[ "$status" == 137 ]]; then
            fail_run "$name" "$kind" "killed (timeout ${timeout}s?)"
        else
            fail_run "$name" "$kind" "exit status $status"
        fi
        return 1
    fi
    if ! cmp -s "$work/out" "$work/ref"; then
        fail_run "$name" "$kind" "checksum mismatch"
        return 1
    fi
}

# bench_measure LABEL FILE EXPECTED [ARG...]: times FILE with ARGs: one
# warm-up run of each interpreter, then $pairs pairs of timed runs,
# alternating which goes first, each checked against the reference output:
# CPython's warm-up output, which must equal the file EXPECTED when there is
# one (without CPython, EXPECTED itself, and only minipy runs). Sets the
# medians mp_wall, mp_rss, py_wall, py_rss and ratio (the median of the
# per-pair ratios minipy/CPython; the CPython ones empty without CPython).
# Returns 1, after reporting the failure, on a failed run or a mismatch.
bench_measure() {
    local label=$1 file=$2 expected=$3
    shift 3
    local p kind mp_last py_last
    local -a order
    : >"$work/mp.wall"; : >"$work/mp.rss"; : >"$work/py.wall"; : >"$work/py.rss"; : >"$work/ratio"

    # Warm-up, which also fixes the reference output.
    if [[ -n "$python" ]]; then
        run_timed cpython "$file" "$@"
        cp "$work/out" "$work/ref"
        if [[ "$status" != 0 || ! -s "$work/out" ]]; then
            fail_run "$label" cpython "exit status $status (or no output)"; return 1
        elif [[ -f "$expected" ]] && ! cmp -s "$work/out" "$expected"; then
            cp "$expected" "$work/ref"
            fail_run "$label" cpython "differs from $(basename "$expected")"; return 1
        fi
    elif [[ -f "$expected" ]]; then
        cp "$expected" "$work/ref"
    else
        echo "FAILED $label: no CPython and nothing to compare with" >&2; return 1
    fi
    run_timed minipy "$file" "$@"
    check_run "$label" minipy || return 1

    for ((p = 0; p < pairs; p++)); do
        if [[ -n "$python" ]] && ((p % 2)); then order=(cpython minipy); else order=(minipy cpython); fi
        for kind in "${order[@]}"; do
            [[ $kind == cpython && -z "$python" ]] && continue
            run_timed "$kind" "$file" "$@"
            check_run "$label" "$kind" || return 1
            if [[ $kind == minipy ]]; then
                echo "$wall" >>"$work/mp.wall"; echo "$rss" >>"$work/mp.rss"; mp_last=$wall
            else
                echo "$wall" >>"$work/py.wall"; echo "$rss" >>"$work/py.rss"; py_last=$wall
            fi
        done
        [[ -z "$python" ]] || awk -v a="$mp_last" -v b="$py_last" 'BEGIN { print a / b }' >>"$work/ratio"
    done

    mp_wall=$(median <"$work/mp.wall"); mp_rss=$(median <"$work/mp.rss")
    py_wall="" py_rss="" ratio=""
    if [[ -n "$python" ]]; then
        py_wall=$(median <"$work/py.wall"); py_rss=$(median <"$work/py.rss"); ratio=$(median <"$work/ratio")
    fi
}

# bench_note_machine: records, before the runs start, what the results
# header reports (the load average is the one at the start).
bench_note_machine() {
    header_machine=$(grep -m1 '^model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')
    [[ -n "$header_machine" ]] || header_machine=$(uname -m)
    cores=$(nproc 2>/dev/null || echo '?')
    loadavg=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
    commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
    if [[ -n "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ]]; then
        commit="$commit (with uncommitted changes)"
    fi
    date_utc=$(date -u '+%Y-%m-%d %H:%M UTC')
}

# bench_report TITLE [LINE...]: prints the table the caller left in
# $work/table.md, and when there is a results_file writes it there under
# TITLE, what the numbers mean, the LINEs (a paragraph of the caller's
# own), the machine, date, minipy and CPython (after bench_note_machine),
# and a warning when the load average at the start was above half the
# cores.
bench_report() {
    local title=$1
    shift
    echo
    cat "$work/table.md"
    [[ -n "$results_file" ]] || return 0
    {
        echo "# $title"
        echo
        echo "Written by \`bench/$prog\`; do not edit by hand. Times are wall-clock"
        echo "seconds (the median of $pairs run(s) each, runs of the two interpreters"
        echo "alternated), the ratio is the median of the per-pair ratios"
        echo "minipy/CPython (below 1 means minipy is faster), RSS is the median peak"
        echo "resident set size in KiB. CPython runs as \`python3 -S\`."
        if (($#)); then
            echo
            printf '%s\n' "$@"
        fi
        echo
        echo "- Machine: $header_machine, $cores core(s); load average at start: $loadavg"
        echo "- Date: $date_utc"
        echo "- minipy: commit $commit, $build_kind"
        echo "- CPython: $python_version"
        if awk -v l="${loadavg%% *}" -v c="$cores" 'BEGIN { exit !(c + 0 > 0 && l > c / 2) }'; then
            echo
            echo "The machine was shared: other work kept more than half its cores busy"
            echo "when this run began, so the times are slower and noisier than on an idle"
            echo "machine. Numbers to quote come from a run on an idle one."
        fi
        echo
        cat "$work/table.md"
    } >"$results_file"
    echo >&2
    echo "== wrote $results_file" >&2
}
