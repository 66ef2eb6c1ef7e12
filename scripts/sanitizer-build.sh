# Sourced by scripts/test-sanitizers.sh and scripts/test-gc-stress.sh, which
# share one build: minipy with AddressSanitizer + UndefinedBehaviorSanitizer
# (LeakSanitizer included) in build-asan/, RelWithDebInfo so that reports
# have line numbers, with warnings as errors as in scripts/build.sh. Defines
# sanitizer_build (installs the dependencies and builds; the second script to
# run finds the build up to date) and exports the options every sanitized
# run uses: stop at the first report.
sanitizer_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
sanitizer_dir=$sanitizer_root/build-asan
sanitizer_jobs=$(nproc 2>/dev/null || echo 2)

sanitizer_build() {
    "$sanitizer_root/scripts/install-deps.sh"
    cmake -S "$sanitizer_root" -B "$sanitizer_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMINIPY_SANITIZE=ON \
        -DMINIPY_WERROR=ON >/dev/null
    cmake --build "$sanitizer_dir" -j"$sanitizer_jobs"
}

# allocator_may_return_null: a request larger than ASan's allocator serves
# (1 TiB: minipy probes whether a str of a width the program chose can be
# had) returns null, as the C library's malloc does, instead of ending the
# run; minipy reports it as MemoryError.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
