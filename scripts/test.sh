#!/usr/bin/env bash
# Runs the whole test suite (installs the system packages and test tools it needs first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh --tests
# A short fuzz run of the model-file and CSV decoders (libFuzzer + AddressSanitizer, in its own .build-fuzz;
# docs/fuzzing.md). scripts/fuzz.sh SECONDS runs longer; NNVIZ_FUZZ_SECONDS=0 skips it. It runs before the
# tests so that the test runner's summary stays the last line.
if [ "${NNVIZ_FUZZ_SECONDS:-60}" != 0 ]; then scripts/fuzz.sh "${NNVIZ_FUZZ_SECONDS:-60}"; fi
# Every target must declare what it imports (an import that only works through another target's dependency
# breaks as soon as that dependency changes): SwiftPM rejects imports from outside a target's transitive
# dependencies, scripts/check-imports.py asks for each imported target or product to be declared directly.
python3 scripts/check-imports.py
swift build --build-tests --explicit-target-dependency-import-check error
swift test "$@"
