#!/usr/bin/env bash
# Runs the whole test suite (installs the system packages and test tools it needs first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh --tests
swift build --product nnviz
swift test "$@"
