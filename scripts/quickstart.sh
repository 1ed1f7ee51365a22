#!/usr/bin/env bash
# One command on a fresh Debian machine with Swift: install what is missing, build, run nnviz on a built-in example.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift build -c release --product nnviz
bin=.build/release/nnviz
"$bin" inspect --example xor-relu
"$bin" train --example spiral --output /tmp/nnviz-spiral-trained.yaml
