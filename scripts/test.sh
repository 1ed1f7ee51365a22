#!/usr/bin/env bash
# Runs the whole test suite (installs the system packages and test tools it needs first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh --tests
# A short fuzz run of the model-file and CSV decoders (libFuzzer + AddressSanitizer, in its own .build-fuzz;
# docs/fuzzing.md). scripts/fuzz.sh SECONDS runs longer; NNVIZ_FUZZ_SECONDS=0 skips it. It runs before the
# tests so that the test runner's summary stays the last line.
if [ "${NNVIZ_FUZZ_SECONDS:-60}" != 0 ]; then scripts/fuzz.sh "${NNVIZ_FUZZ_SECONDS:-60}"; fi
swift build --product nnviz
swift test "$@"
