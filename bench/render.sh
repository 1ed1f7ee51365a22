#!/usr/bin/env bash
# Render benchmark (issue 7): `nnviz render` with every figure of a He-initialised [2,W,W,W,1] relu net on [-3,3]^2
# beside `nnviz inspect --json` on the same net, in one run; whole processes, release build, best of REPEAT runs
# (wall seconds and peak RSS from /usr/bin/time). Target: render ≤ 2.5 × inspect.
# Usage: bench/render.sh            (WIDTH=128 REPEAT=3 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
WIDTH="${WIDTH:-128}"
REPEAT="${REPEAT:-3}"
DIR="${TMPDIR:-/tmp}/nnviz-render-bench"
mkdir -p "$DIR"
swift build -c release --product nnviz >/dev/null
BIN=.build/release/nnviz
MODEL="$DIR/net_$WIDTH.json"
python3 bench/render_model.py "$WIDTH" "$MODEL"
command -v /usr/bin/time >/dev/null || { echo "bench/render.sh needs /usr/bin/time (apt-get install time)"; exit 1; }
export OPENBLAS_NUM_THREADS=1

measure() { # label cmd… → best wall seconds and the peak RSS (MB) over REPEAT runs
    local label=$1; shift
    local best="" rss=0
    for _ in $(seq "$REPEAT"); do
        /usr/bin/time -f "%e %M" -o "$DIR/time.txt" "$@" >/dev/null 2>&1
        read -r secs kb < "$DIR/time.txt"
        if [[ -z "$best" ]] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; fi
        (( kb > rss )) && rss=$kb
    done
    printf "%-40s %8s s %8d MB\n" "$label" "$best" $((rss / 1024))
    echo "$best" > "$DIR/$label.best"
}

echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "net: [2,$WIDTH,$WIDTH,$WIDTH,1] relu, He init, domain [-3,3]^2"
measure inspect "$BIN" inspect "$MODEL" --json
measure render "$BIN" render "$MODEL" -o "$DIR/report"
measure render-svg-only "$BIN" render "$MODEL" -o "$DIR/report-svg" --format svg
awk -v i="$(cat "$DIR/inspect.best")" -v r="$(cat "$DIR/render.best")" \
    'BEGIN { printf "render / inspect = %.2f (target <= 2.5)\n", r / i }'
