#!/usr/bin/env bash
# Runs the whole test suite once under AddressSanitizer and once under ThreadSanitizer, each in its own build
# folder (.build-asan, .build-tsan). Slow — a full instrumented build and run each, about 10–20 minutes
# together on a 2-core machine — so it is NOT part of CI (scripts/test.sh); run it after changes to the
# engine's kernels, the BLAS calls, the Cairo bridge or anything that runs on several threads.
#
#   scripts/sanitize.sh                 # both
#   scripts/sanitize.sh thread          # one of: address, thread
#   scripts/sanitize.sh address --filter ConcurrentRenderTests   # further arguments go to `swift test`
#
# Findings and fixes so far: docs/engine.md, "Sanitizers".
set -euo pipefail
cd "$(dirname "$0")/.."

kinds=(address thread)
if [[ $# -gt 0 && ( $1 == address || $1 == thread ) ]]; then
    kinds=("$1")
    shift
fi

# ASan: also report leaks (LeakSanitizer), except the process-lifetime caches of fontconfig, XCTest and
# Foundation.Process listed in scripts/lsan-suppressions.txt; stop at the first error. TSan: stop at the first report.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=1}"
export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}"

status=0
for kind in "${kinds[@]}"; do
    case $kind in
        address) scratch=.build-asan ;;
        thread) scratch=.build-tsan ;;
    esac
    echo "== swift test --sanitize=$kind (scratch path $scratch)"
    if swift test --sanitize="$kind" --scratch-path "$scratch" "$@"; then
        echo "== $kind: clean"
    else
        echo "== $kind: FAILED (see the sanitizer report above)"
        status=1
    fi
done
exit $status
