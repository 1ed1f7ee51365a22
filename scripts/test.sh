#!/usr/bin/env bash
# Runs the whole test suite (installs the system packages and test tools it needs first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh --tests
# Every target must declare what it imports (an import that only works through another target's dependency
# breaks as soon as that dependency changes): SwiftPM rejects imports from outside a target's transitive
# dependencies, scripts/check-imports.py asks for each imported target or product to be declared directly.
python3 scripts/check-imports.py
swift build --build-tests --explicit-target-dependency-import-check error
swift test "$@"
