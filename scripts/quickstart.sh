#!/usr/bin/env bash
# One command on a fresh Debian machine with Swift: install what is missing, build nnviz, and render the report of
# the built-in default example (trained first). Prints where the report is; open it in a browser.
# Usage: scripts/quickstart.sh [DIR]   (default DIR: report)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift build -c release --product nnviz
bin=.build/release/nnviz
out="${1:-report}"
page=$("$bin" render -o "$out" | tee /dev/stderr | tail -n 1)
echo
echo "nnviz: the report is at $page"
echo "       open file://$(cd "$(dirname "$page")" && pwd)/index.html in a browser; figures are in $out/figures/"
