#!/usr/bin/env bash
# Regions benchmark: nnviz (Swift, double) against regioncam (Rust via Python, float32) on the SAME seeded
# He-initialised relu nets [2,W,W,W,1], W in 32 64 128 256, domain [-3,3]^2. Each run is its own process
# (peak RSS per net); every measurement is repeated REPEAT times (default 3) and the best time is kept,
# because other jobs may share the machine (the load average is printed).
set -euo pipefail
cd "$(dirname "$0")/.."
REPEAT="${REPEAT:-3}"
WIDTHS="${WIDTHS:-32 64 128 256}"
DIR="${TMPDIR:-/tmp}/nnviz-regions"
mkdir -p "$DIR"
swift build -c release --product nnviz-bench >/dev/null
python3 bench/regions_reference.py gen "$DIR"
BENCH=.build/release/nnviz-bench

best() { # best "cmd..." → "<count> <best seconds> <max rss kb>"
    local out count secs rss bestsecs="" maxrss=0
    for _ in $(seq "$REPEAT"); do
        out=$("$@")
        read -r _ count secs rss <<<"$out"
        if [[ -z "$bestsecs" ]] || awk "BEGIN{exit !($secs < $bestsecs)}"; then bestsecs=$secs; fi
        (( rss > maxrss )) && maxrss=$rss
    done
    echo "$count $bestsecs $maxrss"
}

echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)   best of $REPEAT"
printf "%-18s %10s %10s %9s %9s %11s %11s %8s\n" net nnviz regioncam "nnviz s" "rc s" "nnviz MB" "rc MB" speedup
for w in $WIDTHS; do
    f="$DIR/net_$w.txt"
    read -r nc ns nr <<<"$(best "$BENCH" regions "$f")"
    read -r rc rs rr <<<"$(best python3 bench/regions_reference.py run "$f")"
    printf "%-18s %10s %10s %9.3f %9.3f %11.0f %11.0f %7.1fx\n" "[2,$w,$w,$w,1]" "$nc" "$rc" "$ns" "$rs" \
        "$(echo "$nr/1024" | bc -l)" "$(echo "$rr/1024" | bc -l)" "$(echo "$rs/$ns" | bc -l)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
