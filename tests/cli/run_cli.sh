#!/usr/bin/env bash
# Command-line tests: each case runs minipy as a user would and compares its
# stdout, stderr and exit status with what CPython 3.11.7 did for the same
# command. The expected values were recorded by running python3 when the
# cases were written (`python3` reads `minipy` in messages); nothing here
# needs Python. Cases marked "minipy's own" check text where minipy
# deliberately differs (its version, help and usage lines).
#
# Usage: run_cli.sh INTERPRETER CASE   run one case (exit 0 pass, 1 fail, 77 skipped)
#        run_cli.sh --list             the case names; CMake registers one test each
#
# The interpreter always runs with argv[0] = "minipy", so the same cases can
# be pointed at python3 to check them against CPython:
#   tests/cli/run_cli.sh "$(python3 -c 'import sys; print(sys.executable)')" missing_file
set -u

# ------------------------------------------------------------------ helpers

# Runs the interpreter in $work with `stdin` as its input; sets out, err,
# status.
run() {
    local outf="$work/.out" errf="$work/.err"
    (cd "$work" && exec -a minipy "$interpreter" "$@" <"$stdin" >"$outf" 2>"$errf")
    status=$?
    out=$(cat "$outf"; echo x)
    out=${out%x}
    err=$(cat "$errf"; echo x)
    err=${err%x}
}

# As run, with stdout and stderr into one file: sets both (in write order).
run_merged() {
    local bothf="$work/.both"
    (cd "$work" && exec -a minipy "$interpreter" "$@" <"$stdin" >"$bothf" 2>&1)
    status=$?
    both=$(cat "$bothf"; echo x)
    both=${both%x}
}

failures=0
check() {  # check WHAT EXPECTED ACTUAL
    if [ "$2" != "$3" ]; then
        echo "FAIL: $1 differs" >&2
        diff -u <(printf '%s' "$2") <(printf '%s' "$3") | sed '1,2d' >&2
        echo >&2
        failures=$((failures + 1))
    fi
}
expect_out() { check "stdout" "$1" "$out"; }
expect_err() { check "stderr" "$1" "$err"; }
expect_status() { check "exit status" "$1" "$status"; }

# Waits (up to 5 s) for a script started in the background to print "ready".
wait_until_ready() {
    for _ in $(seq 100); do
        grep -q ready "$work/.out" 2>/dev/null && return
        sleep 0.05
    done
}

# Prints sys.argv, sys.path[0] and __name__, one per line.
write_argv_script() {
    printf 'import sys\nprint(sys.argv)\nprint(sys.path[0])\nprint(__name__)\n' >"$work/$1"
}

# ------------------------------------------------- running a program: argv

case_script_argv() {
    write_argv_script script.py
    run script.py a b
    expect_out "['script.py', 'a', 'b']
$work
__main__
"
    expect_err ""
    expect_status 0
}

# Everything after the script is the script's, even what looks like an option.
case_script_options_belong_to_script() {
    write_argv_script script.py
    run script.py -h --version -c x -
    expect_out "['script.py', '-h', '--version', '-c', 'x', '-']
$work
__main__
"
    expect_status 0
}

# __file__ and tracebacks name the absolute path, joined as typed (no
# normalising of ./ or ..); sys.path[0] is the real directory.
case_script_relative_path() {
    mkdir -p "$work/sub"
    printf 'import sys\nprint(__file__)\nprint(sys.path[0])\n1/0\n' >"$work/f.py"
    run sub/../f.py
    expect_out "$work/sub/../f.py
$work
"
    expect_err "Traceback (most recent call last):
  File \"$work/sub/../f.py\", line 4, in <module>
    1/0
    ~^~
ZeroDivisionError: division by zero
"
    expect_status 1
    run ./f.py
    check "__file__ of ./f.py" "$work/./f.py" "$(head -1 <<<"$out")"
}

# sys.path[0] follows a symbolic link to the script's real directory.
case_script_symlink() {
    mkdir -p "$work/real" "$work/links"
    write_argv_script real/script.py
    ln -s ../real/script.py "$work/links/link.py"
    run links/link.py
    expect_out "['links/link.py']
$work/real
__main__
"
    expect_status 0
}

case_code_argv() {
    run -c 'import sys; print(sys.argv); print(repr(sys.path[0])); print(__name__)' a b
    expect_out "['-c', 'a', 'b']
''
__main__
"
    expect_err ""
    expect_status 0
}

# -c CODE ends the options: the rest is sys.argv[1:].
case_code_ends_options() {
    run -c 'import sys; print(sys.argv)' -x --version -h -c y -- z
    expect_out "['-c', '-x', '--version', '-h', '-c', 'y', '--', 'z']
"
    expect_status 0
}

# Options cluster, and -c takes the rest of its word as CODE.
case_code_attached_and_clustered() {
    run '-cprint("attached")'
    expect_out "attached
"
    run -qc 'print("clustered")'
    expect_out "clustered
"
    expect_status 0
}

case_stdin_dash_argv() {
    printf 'import sys\nprint(sys.argv)\nprint(repr(sys.path[0]))\nprint(__name__)\n' >"$work/prog"
    stdin="$work/prog"
    run - a -b
    expect_out "['-', 'a', '-b']
''
__main__
"
    expect_err ""
    expect_status 0
}

# No program named and stdin not a terminal: stdin is the program.
case_stdin_piped() {
    printf 'import sys\nprint(sys.argv)\nprint(repr(sys.path[0]))\n' >"$work/prog"
    stdin="$work/prog"
    run
    expect_out "['']
''
"
    expect_status 0
}

# The program is read whole before it runs: its input() meets EOF.
case_stdin_program_then_input() {
    printf 'x = input()\nprint(x)\n' >"$work/prog"
    stdin="$work/prog"
    run -
    expect_out ""
    expect_err "Traceback (most recent call last):
  File \"<stdin>\", line 1, in <module>
EOFError: EOF when reading a line
"
    expect_status 1
}

case_stdin_syntax_error() {
    printf 'print("never")\nx = (1 +\n' >"$work/prog"
    stdin="$work/prog"
    run
    expect_out ""
    expect_err "  File \"<stdin>\", line 2
    x = (1 +
        ^
SyntaxError: '(' was never closed
"
    expect_status 1
}

case_double_dash_ends_options() {
    write_argv_script script.py
    run -- script.py -c x
    expect_out "['script.py', '-c', 'x']
$work
__main__
"
    expect_status 0
}

# -u: stdout unbuffered, so it interleaves with stderr in write order.
# Without it stdout to a file is block-buffered and comes out at exit.
case_unbuffered_option() {
    run_merged -c 'import sys; print("a"); sys.stderr.write("b\n"); print("c")'
    check "buffered output" "b
a
c
" "$both"
    run_merged -u -c 'import sys; print("a"); sys.stderr.write("b\n"); print("c")'
    check "unbuffered output" "a
b
c
" "$both"
}

# ------------------------------------------------- options and their errors

# minipy's own version line (CPython prints "Python 3.11.7").
case_version() {
    for option in --version -V; do
        run "$option"
        expect_out "minipy 0.1.0 (Python 3.11 subset)
"
        expect_err ""
        expect_status 0
    done
}

# minipy's own help text; as CPython's it starts with the usage line, goes to
# stdout and exits 0, and -h wins over -c.
case_help() {
    for option in -h --help '-?'; do
        run "$option" -c 'print(1)'
        check "first line of $option" "usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ..." "$(head -1 <<<"$out")"
        check "-c in the help of $option" "-c cmd : program passed in as string (terminates option list)" \
            "$(grep -- '^-c cmd' <<<"$out")"
        expect_err ""
        expect_status 0
    done
}

# CPython's messages; CPython's "Try `python -h'" names minipy.
case_unknown_option() {
    run -Z script.py
    expect_out ""
    expect_err "Unknown option: -Z
usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...
Try \`minipy -h' for more information.
"
    expect_status 2
    run --frobnicate
    expect_err "unknown option --frobnicate
usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...
Try \`minipy -h' for more information.
"
    expect_status 2
}

case_code_missing_argument() {
    run -c
    expect_out ""
    expect_err "Argument expected for the -c option
usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...
Try \`minipy -h' for more information.
"
    expect_status 2
}

# --------------------------------------------------------- -m MODULE

# A package for the -m cases: pkg/__init__.py, pkg/__main__.py, pkg/mod.py.
write_package() {
    mkdir -p "$work/pkg" "$work/plain"
    printf 'print("init of", __name__)\n' >"$work/pkg/__init__.py"
    printf 'import sys\nprint(__name__, __package__, sys.argv, sys.path[0])\n' >"$work/pkg/__main__.py"
    printf 'import sys\nprint(__name__, __package__, __file__, sys.argv)\n' >"$work/pkg/mod.py"
    printf '' >"$work/plain/__init__.py"
}

case_module_runs_as_main() {
    write_package
    run -m pkg.mod a -c
    expect_out "init of pkg
__main__ pkg $work/pkg/mod.py ['$work/pkg/mod.py', 'a', '-c']
"
    expect_err ""
    expect_status 0
}

# A package runs its __main__ submodule; -mNAME and clustering work as -c does.
case_module_package_main() {
    write_package
    run -qm pkg x
    expect_out "init of pkg
__main__ pkg ['$work/pkg/__main__.py', 'x'] $work
"
    expect_status 0
}

case_module_not_found() {
    write_package
    run -m nosuch
    expect_err "minipy: No module named nosuch
"
    expect_status 1
    run -m pkg.nosuch
    expect_out "init of pkg
"
    expect_err "minipy: No module named pkg.nosuch
"
    expect_status 1
    run -m nosuch.sub
    expect_err "minipy: Error while finding module specification for 'nosuch.sub' (ModuleNotFoundError: No module named 'nosuch')
"
    expect_status 1
    run -m plain
    expect_err "minipy: No module named plain.__main__; 'plain' is a package and cannot be directly executed
"
    expect_status 1
    run -m
    expect_err "Argument expected for the -m option
usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...
Try \`minipy -h' for more information.
"
    expect_status 2
}

# ---------------------------------------------- scripts that cannot be run

case_missing_file() {
    run missing.py
    expect_out ""
    expect_err "minipy: can't open file '$work/missing.py': [Errno 2] No such file or directory
"
    expect_status 2
    run ./missing.py a
    expect_err "minipy: can't open file '$work/./missing.py': [Errno 2] No such file or directory
"
    run /nonexistent-dir/x.py
    expect_err "minipy: can't open file '/nonexistent-dir/x.py': [Errno 2] No such file or directory
"
    expect_status 2
}

# Other errors of open(2), with their errno as CPython shows it.
case_open_errors() {
    printf 'pass\n' >"$work/file.py"
    run file.py/x.py
    expect_err "minipy: can't open file '$work/file.py/x.py': [Errno 20] Not a directory
"
    expect_status 2
    ln -s loop_b "$work/loop_a"
    ln -s loop_a "$work/loop_b"
    run loop_a
    expect_err "minipy: can't open file '$work/loop_a': [Errno 40] Too many levels of symbolic links
"
    expect_status 2
}

# A file without read permission. Root reads it anyway, so as root the case
# runs as `nobody` through setpriv, or is skipped.
case_unreadable_file() {
    printf 'print("read")\n' >"$work/secret.py"
    chmod 000 "$work/secret.py"
    chmod 755 "$work"
    if [ "$(id -u)" = 0 ]; then
        command -v setpriv >/dev/null || return 77
        local drop=(setpriv --reuid=65534 --regid=65534 --clear-groups bash -c 'exec -a minipy "$0" "$@"')
        "${drop[@]}" "$interpreter" -c pass </dev/null >/dev/null 2>&1 || return 77  # can nobody run it?
        out=$(cd "$work" && "${drop[@]}" "$interpreter" secret.py 2>"$work/.err" </dev/null)
        status=$?
        err=$(cat "$work/.err")$'\n'
    else
        run secret.py
    fi
    expect_out ""
    expect_err "minipy: can't open file '$work/secret.py': [Errno 13] Permission denied
"
    expect_status 2
}

# A directory runs its __main__.py (sys.argv[0] stays as typed, sys.path[0]
# is the directory); without one it is an error, exit status 1.
case_directory_with_main() {
    mkdir -p "$work/app"
    printf 'import sys\nprint(sys.argv)\nprint(sys.path[0])\nprint(__file__)\nprint(__name__)\n' >"$work/app/__main__.py"
    run app x
    expect_out "['app', 'x']
$work/app
$work/app/__main__.py
__main__
"
    expect_err ""
    expect_status 0
}

case_directory_without_main() {
    mkdir -p "$work/empty"
    run empty
    expect_out ""
    expect_err "minipy: can't find '__main__' module in '$work/empty'
"
    expect_status 1
    run .
    expect_err "minipy: can't find '__main__' module in '$work'
"
    expect_status 1
    run ''
    expect_err "minipy: can't find '__main__' module in '$work'
"
    expect_status 1
}

# ------------------------------------------------------------- exit status

case_exit_success() {
    run -c 'print("ok")'
    expect_out "ok
"
    expect_err ""
    expect_status 0
}

case_exit_uncaught_exception() {
    printf 'def f():\n    raise ValueError("bad")\nf()\n' >"$work/fail.py"
    run fail.py
    expect_out ""
    expect_err "Traceback (most recent call last):
  File \"$work/fail.py\", line 3, in <module>
    f()
  File \"$work/fail.py\", line 2, in f
    raise ValueError(\"bad\")
ValueError: bad
"
    expect_status 1
}

case_exit_sys_exit_int() {
    run -c 'import sys; print("before"); sys.exit(3); print("after")'
    expect_out "before
"
    expect_err ""
    expect_status 3
    run -c 'raise SystemExit(4)'
    expect_status 4
    run -c 'exit(5)'
    expect_status 5
    run -c 'quit(6)'
    expect_status 6
}

case_exit_sys_exit_none() {
    for code in 'sys.exit()' 'sys.exit(None)' 'sys.exit(0)' 'raise SystemExit'; do
        run -c "import sys; $code"
        expect_out ""
        expect_err ""
        expect_status 0
    done
}

# A code that is not an int is printed to stderr; the status is 1.
case_exit_sys_exit_message() {
    run -c 'import sys; sys.exit("fatal: no input")'
    expect_out ""
    expect_err "fatal: no input
"
    expect_status 1
    run -c 'import sys; sys.exit([1, "x"])'
    expect_err "[1, 'x']
"
    expect_status 1
}

# (int)PyLong_AsLong(code), then the OS keeps the low 8 bits; a code too big
# for a long is -1.
case_exit_code_conversions() {
    local code expected
    for pair in 'True:1' '256:0' '257:1' '-1:255' '-2:254' '2**32+7:7' '2**70:255' '-(2**70):255'; do
        code=${pair%:*}
        expected=${pair##*:}
        run -c "import sys; sys.exit($code)"
        check "exit status for sys.exit($code)" "$expected" "$status"
        expect_err ""
    done
}

case_syntax_error() {
    printf 'print("never printed")\ndef f(:\n    pass\n' >"$work/bad.py"
    run bad.py
    expect_out ""
    expect_err "  File \"$work/bad.py\", line 2
    def f(:
          ^
SyntaxError: invalid syntax
"
    expect_status 1
    run -c 'x = = 1'
    expect_err "  File \"<string>\", line 1
    x = = 1
        ^
SyntaxError: invalid syntax
"
    expect_status 1
}

# For a script (and a program on stdin) stdout is flushed before the
# traceback or the SystemExit message is written. (CPython does not flush
# there for -c; minipy does, see the README.)
case_stdout_flushed_before_traceback() {
    printf 'print("out 1")\nprint("out 2", end="")\n1/0\n' >"$work/order.py"
    run_merged order.py
    check "merged output" "out 1
out 2Traceback (most recent call last):
  File \"$work/order.py\", line 3, in <module>
    1/0
    ~^~
ZeroDivisionError: division by zero
" "$both"
    expect_status 1
    printf 'import sys\nprint("out")\nsys.exit("message")\n' >"$work/prog"
    stdin="$work/prog"
    run_merged -
    check "merged output" "out
message
" "$both"
    expect_status 1
}

# An uncaught KeyboardInterrupt: traceback, then death by SIGINT (a shell
# shows status 130).
case_keyboard_interrupt_uncaught() {
    run -c 'raise KeyboardInterrupt'
    expect_err "Traceback (most recent call last):
  File \"<string>\", line 1, in <module>
KeyboardInterrupt
"
    expect_status 130
}

# SIGINT interrupts a running loop with KeyboardInterrupt.
case_sigint_interrupts_script() {
    printf 'print("ready", flush=True)\nwhile True: pass\n' >"$work/loop.py"
    set -m  # a background job of a script would otherwise ignore SIGINT
    (cd "$work" && exec -a minipy "$interpreter" loop.py >"$work/.out" 2>"$work/.err" </dev/null) &
    local pid=$!
    set +m
    wait_until_ready
    kill -INT "$pid"
    wait "$pid"
    status=$?
    err=$(cat "$work/.err")$'\n'
    expect_err "Traceback (most recent call last):
  File \"$work/loop.py\", line 2, in <module>
    while True: pass
KeyboardInterrupt
"
    expect_status 130
}

# A comprehension checks for SIGINT at each iteration, as CPython's loop
# does at each jump back, even when its filter lets nothing through.
case_sigint_interrupts_comprehension() {
    printf 'print("ready", flush=True)\n{0 for _ in iter(int, 1) if 0}\n' >"$work/comp.py"
    set -m  # a background job of a script would otherwise ignore SIGINT
    (cd "$work" && exec -a minipy "$interpreter" comp.py >"$work/.out" 2>"$work/.err" </dev/null) &
    local pid=$!
    set +m
    wait_until_ready
    kill -INT "$pid"
    wait "$pid"
    status=$?
    err=$(cat "$work/.err")$'\n'
    expect_err "Traceback (most recent call last):
  File \"$work/comp.py\", line 2, in <module>
    {0 for _ in iter(int, 1) if 0}
  File \"$work/comp.py\", line 2, in <setcomp>
    {0 for _ in iter(int, 1) if 0}
KeyboardInterrupt
"
    expect_status 130
}

# Started with SIGINT ignored (as `cmd &` in a shell script), the program
# keeps ignoring it, as CPython does.
case_sigint_ignored_stays_ignored() {
    printf 'import time\nprint("ready", flush=True)\nt = time.time()\nwhile time.time() - t < 1: pass\nprint("done")\n' >"$work/wait.py"
    (trap '' INT; cd "$work" && exec -a minipy "$interpreter" wait.py >"$work/.out" 2>"$work/.err" </dev/null) &
    local pid=$!
    wait_until_ready
    kill -INT "$pid"
    wait "$pid"
    status=$?
    check "stdout" "ready
done" "$(cat "$work/.out")"
    expect_status 0
}

# ------------------------------------------ bad inputs (tests/BAD_INPUTS.md)

# As run, under an address-space limit of $1 KB (`ulimit -v`).
run_limited() {
    local limit=$1
    shift
    (ulimit -v "$limit" && cd "$work" && exec -a minipy "$interpreter" "$@" <"$stdin" >"$work/.out" 2>"$work/.err")
    status=$?
    out=$(cat "$work/.out"; echo x)
    out=${out%x}
    err=$(cat "$work/.err"; echo x)
    err=${err%x}
}

# Runs the interpreter with stdout into `head -1`, which leaves after one
# line: sets out (what head printed), err and status (the interpreter's).
run_into_head() {
    (cd "$work" && exec -a minipy "$interpreter" "$@" 2>"$work/.err" </dev/null) | head -1 >"$work/.out"
    status=${PIPESTATUS[0]}
    out=$(cat "$work/.out"; echo x)
    out=${out%x}
    err=$(cat "$work/.err"; echo x)
    err=${err%x}
}

# stdout closed early: the write that meets the closed pipe raises
# BrokenPipeError (SIGPIPE is ignored, as CPython ignores it); uncaught, it
# is a traceback and status 1, and the data it held is dropped, so the
# flush at exit has nothing left to fail on.
case_broken_pipe_uncaught() {
    printf 'for i in range(100000):\n    print("line", i)\n' >"$work/many.py"
    run_into_head many.py
    expect_out "line 0
"
    expect_err "Traceback (most recent call last):
  File \"$work/many.py\", line 2, in <module>
    print(\"line\", i)
BrokenPipeError: [Errno 32] Broken pipe
"
    expect_status 1
}

# The program catches BrokenPipeError and ends normally: status 0.
case_broken_pipe_caught() {
    printf 'import sys\ntry:\n    for i in range(100000):\n        print("line", i)\nexcept BrokenPipeError as e:\n    sys.stderr.write("caught %%r\\n" %% e)\n' >"$work/caught.py"
    run_into_head caught.py
    expect_out "line 0
"
    expect_err "caught BrokenPipeError(32, 'Broken pipe')
"
    expect_status 0
}

# The reader leaves before the flush at exit: "Exception ignored in" names
# sys.stdout, and the status is 120 (Py_RunMain's for a failed finalization).
case_broken_pipe_at_exit() {
    printf 'import sys, time\nprint("first")\nsys.stdout.flush()\ntime.sleep(1)\nprint("second")\n' >"$work/late.py"
    run_into_head late.py
    expect_out "first
"
    expect_err "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>
BrokenPipeError: [Errno 32] Broken pipe
"
    expect_status 120
}

# A memory bomb under `ulimit -v`: MemoryError and its traceback, never an
# abort; after a caught MemoryError the program goes on. The sanitizer
# build cannot start under such a limit (its shadow memory is reserved up
# front), so there the case is skipped.
case_memory_bomb() {
    local limit=600000 code carets
    (ulimit -v "$limit" && exec "$interpreter" -c pass) </dev/null >/dev/null 2>&1 || return 77
    while IFS='|' read -r code carets; do
        printf 'print("start")\n%s\n' "$code" >"$work/bomb.py"
        run_limited "$limit" bomb.py
        expect_out "start
"
        expect_err "Traceback (most recent call last):
  File \"$work/bomb.py\", line 2, in <module>
    $code
    $carets
MemoryError
"
        expect_status 1
    done <<'BOMBS'
x = [0] * 10**9|    ~~~~^~~~~~~
s = "a" * 10**10|    ~~~~^~~~~~~~
b = bytes(10**10)|    ^^^^^^^^^^^^^
n = 2 ** (2 ** 40)|    ~~^^~~~~~~~~~~
l = list(range(10**9))|    ^^^^^^^^^^^^^^^^^^
d = dict.fromkeys(range(10**8))|    ^^^^^^^^^^^^^^^^^^^^^^^^^^^
t = (1,) * 10**9|    ~~~~~^~~~~~~
s = ("a" * 10**8).replace("a", "bbbbbbbb")|    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
r = repr(["a" * 10**7] * 100)|    ^^^^^^^^^^^^^^^^^^^^^^^^^
j = ",".join(["a" * 10**7] * 100)|    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
BOMBS
    printf 'print("start")\ntry:\n    x = [0] * 10**9\nexcept MemoryError:\n    print("caught, going on")\ny = [1] * 1000\nprint(len(y))\n' >"$work/caught.py"
    run_limited "$limit" caught.py
    expect_out "start
caught, going on
1000
"
    expect_err ""
    expect_status 0
    # What fits under the limit in CPython fits in minipy: the evaluator's
    # stack takes no more than an eighth of the address space.
    printf 's = "a" * 10**8\nt = s.upper()\nu = s + "b"\nprint(len(t), len(u))\n' >"$work/fits.py"
    run_limited "$limit" fits.py
    expect_out "100000000 100000001
"
    expect_err ""
    expect_status 0
    # Growing until the limit: which allocation fails first is the
    # allocator's business; the end is a MemoryError all the same.
    printf 'items = []\nwhile True:\n    items.append(" " * 10000)\n' >"$work/grow.py"
    run_limited "$limit" grow.py
    check "last line of stderr" "MemoryError" "$(printf '%s' "$err" | tail -1)"
    expect_status 1
}

# The script is deleted while it runs: the traceback has no source lines,
# since they are read only when it is printed.
case_script_deleted_while_running() {
    printf 'import time\nprint("ready", flush=True)\nwhile True:\n    try:\n        open("go").close()\n        break\n    except FileNotFoundError:\n        time.sleep(0.02)\n1 / 0\n' >"$work/vanishing.py"
    (cd "$work" && exec -a minipy "$interpreter" vanishing.py >"$work/.out" 2>"$work/.err" </dev/null) &
    local pid=$!
    wait_until_ready
    rm "$work/vanishing.py"
    : >"$work/go"
    wait "$pid"
    status=$?
    err=$(cat "$work/.err")$'\n'
    expect_err "Traceback (most recent call last):
  File \"$work/vanishing.py\", line 9, in <module>
ZeroDivisionError: division by zero
"
    expect_status 1
}

# 100,000 parentheses on one line of a script: the tokenizer's limit (200),
# with the whole line shown and the caret at the 201st parenthesis.
case_deep_parentheses_script() {
    local open close
    open=$(printf '%*s' 100000 '' | tr ' ' '(')
    close=$(printf '%*s' 100000 '' | tr ' ' ')')
    printf 'print("never")\nx = %s1%s\n' "$open" "$close" >"$work/deep.py"
    run deep.py
    expect_out ""
    expect_err "  File \"$work/deep.py\", line 2
    x = ${open}1${close}
    $(printf '%*s' 204 '')^
SyntaxError: too many nested parentheses
"
    expect_status 1
}

# A 100,000-digit int literal in a script: CPython's int_max_str_digits
# limit makes it a SyntaxError; the line is read back from the file through
# a 1,000-byte buffer, so only its last 104 characters are shown.
case_huge_int_literal_script() {
    local digits
    digits=$(printf '%*s' 100000 '' | tr ' ' '9')
    printf 'print("never")\nx = %s\n' "$digits" >"$work/huge.py"
    run huge.py
    expect_out ""
    expect_err "  File \"$work/huge.py\", line 2
    ${digits:0:104}
SyntaxError: Exceeds the limit (4300 digits) for integer string conversion: value has 100000 digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.
"
    expect_status 1
}

# A program on stdin is decoded as a file is: invalid UTF-8 is reported
# against <stdin>.
case_stdin_invalid_utf8() {
    printf 'print("a")\nx = "\xff"\n' >"$work/prog"
    stdin="$work/prog"
    run -
    expect_out ""
    expect_err "SyntaxError: Non-UTF-8 code starting with '\\xff' in file <stdin> on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details
"
    expect_status 1
}

# memviz's --draw cases, minipy's own.
source "$(dirname "${BASH_SOURCE[0]}")/memviz_cases.sh"

# ------------------------------------------------------------------- main

if [ "${1:-}" = "--list" ]; then
    declare -F | sed -n 's/^declare -f case_//p'
    exit 0
fi
interpreter=$1
name=$2
declare -F "case_$name" >/dev/null || { echo "no such case: $name" >&2; exit 1; }
# CPython's PYTHON* variables (PYTHONUNBUFFERED above all) would change
# what the cases see; neither interpreter gets them.
unset $(compgen -e | grep '^PYTHON')
work=$(cd "$(mktemp -d)" && pwd -P)
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
stdin=/dev/null
"case_$name"
result=$?
[ "$result" = 77 ] && { echo "SKIPPED: cannot test $name here" >&2; exit 77; }
[ "$failures" = 0 ] && [ "$result" = 0 ] && exit 0
exit 1
