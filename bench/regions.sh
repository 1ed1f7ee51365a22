#!/usr/bin/env bash
# Regions benchmark: nnviz (Swift, double) against regioncam (Rust via Python, float32) on the SAME seeded
# He-initialised relu nets [2,W,W,W,1], W in 32 64 128 256, domain [-3,3]^2. Each run is its own process
# (peak RSS per net); every measurement is repeated REPEAT times (default 3) and the best wall and best CPU
# time are kept, because other jobs may share the machine (the load average is printed). Both sides are
# timed around the region computation only (no process start, no file reading).
set -euo pipefail
cd "$(dirname "$0")/.."
REPEAT="${REPEAT:-3}"
WIDTHS="${WIDTHS:-32 64 128 256}"
DIR="${TMPDIR:-/tmp}/nnviz-regions"
mkdir -p "$DIR"
swift build -c release --product nnviz-bench >/dev/null
python3 bench/regions_reference.py gen "$DIR"
BENCH=.build/release/nnviz-bench
# Single-threaded on both sides: regioncam runs on one thread; nnviz's only threaded part is OpenBLAS's dgemm.
export OPENBLAS_NUM_THREADS=1

best() { # best cmd… → "<count> <best wall s> <max rss kb> <best cpu s>"
    local count secs rss cpu bw="" bc="" maxrss=0
    for _ in $(seq "$REPEAT"); do
        read -r _ count secs rss cpu <<<"$("$@")"
        if [[ -z "$bw" ]] || awk "BEGIN{exit !($secs < $bw)}"; then bw=$secs; fi
        if [[ -z "$bc" ]] || awk "BEGIN{exit !($cpu < $bc)}"; then bc=$cpu; fi
        (( rss > maxrss )) && maxrss=$rss
    done
    echo "$count $bw $maxrss $bc"
}

echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)   best of $REPEAT"
printf "%-18s %8s %9s | %8s %8s %8s %8s | %6s %7s | %8s %8s\n" net nnviz regioncam "nn wall" "rc wall" "nn cpu" "rc cpu" \
    "x wall" "x cpu" "nn MB" "rc MB"
for w in $WIDTHS; do
    f="$DIR/net_$w.txt"
    read -r nc ns nr ncpu <<<"$(best "$BENCH" regions "$f")"
    read -r rc rs rr rcpu <<<"$(best python3 bench/regions_reference.py run "$f")"
    printf "%-18s %8s %9s | %8.3f %8.3f %8.3f %8.3f | %5.1fx %6.1fx | %8.0f %8.0f\n" "[2,$w,$w,$w,1]" "$nc" "$rc" \
        "$ns" "$rs" "$ncpu" "$rcpu" "$(echo "$rs/$ns" | bc -l)" "$(echo "$rcpu/$ncpu" | bc -l)" \
        "$(echo "$nr/1024" | bc -l)" "$(echo "$rr/1024" | bc -l)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
