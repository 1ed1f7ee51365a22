#!/usr/bin/env bash
# Regenerates the README images in docs/images/ with nnviz itself:
#   report.png            the top of the report of the default example (headless Chromium screenshot)
#   report-figure.png     one figure as it sits in the page (XOR graph with caption and download links)
#   graph-xor-relu.png    the network graph of the XOR example (weights on the links, mini-plots in the units)
#   loss-spiral.png       loss and accuracy curves of the spiral example
#   activations-spiral.png  the activation functions of the spiral example with their derivatives
#   regions-spiral.png    the exact linear regions of the trained spiral net, with the count during training
#   steps-threshold-table.png  the "four steps" of the hard-threshold net of Problem 2 (notes 001)
# Needs: swift, python3 with playwright, /usr/bin/chromium (scripts/install-system-packages.sh --tests).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product nnviz
bin=.build/debug/nnviz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" render -o "$work/spiral" --dpi 144 >/dev/null
"$bin" render --example xor-relu -o "$work/xor" --dpi 144 >/dev/null
"$bin" render --example threshold-table -o "$work/table" --dpi 144 --format png >/dev/null
mkdir -p docs/images
cp "$work/xor/figures/graph.png" docs/images/graph-xor-relu.png
cp "$work/spiral/figures/loss.png" docs/images/loss-spiral.png
cp "$work/spiral/figures/activations.png" docs/images/activations-spiral.png
cp "$work/spiral/figures/regions.png" docs/images/regions-spiral.png
cp "$work/table/figures/steps.png" docs/images/steps-threshold-table.png
python3 Tests/browser/check_report.py "$work/spiral" docs/images/report.png --top
python3 Tests/browser/check_report.py "$work/xor" docs/images/report-figure.png --element "#figure-graph"
ls -l docs/images
