#!/usr/bin/env bash
# Installs what minipy's build and tests need, all from Debian's packages.
# Run as root on Debian 12 (or with sudo available). `--fuzz` adds what the
# fuzz build needs (scripts/fuzz.sh): clang 14 with libFuzzer and the
# sanitizer runtimes, and llvm-symbolizer for readable reports.
set -euo pipefail
packages=(
    g++ cmake make pkg-config
    libboost-dev libboost-context-dev   # Spirit X3 (headers), Context (generator stacks)
    libcli11-dev                        # command line
    catch2                              # unit tests (Catch2 v2)
    libreadline-dev                     # REPL line editing
    libgmp-dev                          # arbitrary-precision ints
    libfmt-dev                          # message formatting
    libpcre2-dev                        # the re module's matching engine (pkg-config libpcre2-8)
    libgraphviz-dev                     # memviz's SVG and HTML drawings (cgraph + gvc, in-process)
    chromium                            # the HTML drawing's test in a headless browser (tests/cli/memviz_cases.sh)
)
if [ "${1:-}" = "--fuzz" ]; then
    packages+=(clang libclang-rt-14-dev llvm)
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
