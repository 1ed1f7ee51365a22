#!/usr/bin/env bash
# Loading benchmark (issue 15, item 4): 4000 points × 40 numbers read through ModelFile.load three ways — a CSV
# data file named by `data: {csv: …}`, and the same data inline in a JSON and in a YAML model file.
# Usage: bench/loading.sh [repeats]   (default 9). Target: each load ≤ 50 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
repeats="${1:-9}"
swift build -c release --product nnviz-bench >/dev/null
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average: $(cut -d' ' -f1-3 /proc/loadavg); $repeats runs each"
echo "| file | bytes | best wall (ms) | median wall (ms) | best CPU (ms) |"
echo "| --- | ---: | ---: | ---: | ---: |"
.build/release/nnviz-bench loading "$repeats" | while IFS=$'\t' read -r format bytes best median cpu; do
    awk -v f="$format" -v b="$bytes" -v x="$best" -v m="$median" -v c="$cpu" 'BEGIN { printf "| %s | %s | %.1f | %.1f | %.1f |\n", f, b, x * 1000, m * 1000, c * 1000 }'
done
