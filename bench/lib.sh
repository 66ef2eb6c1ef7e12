# bench/lib.sh — what bench/run.sh and bench/scaling.sh share: the build
# to measure, the timer, CPython, one timed and checked run, medians and
# the lines that say where and on what a table was measured.
#
# Sourced, not run. The caller sets `root` (the checkout), `bench`
# ($root/bench), `prog` (its own name, for messages), `work` (a scratch
# directory it removes), `timeout` (seconds per run), `do_build` and `pgo`
# (0 or 1), then calls bench_prepare_minipy and bench_find_python. The
# functions read and set the scripts' globals:
# shellcheck shell=bash disable=SC2154,SC2034

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

# bench_results_header: the list of machine, date, minipy and CPython
# lines for a results file (after bench_note_machine).
bench_results_header() {
    echo "- Machine: $header_machine, $cores core(s); load average at start: $loadavg"
    echo "- Date: $date_utc"
    echo "- minipy: commit $commit, $build_kind"
    echo "- CPython: $python_version"
}
