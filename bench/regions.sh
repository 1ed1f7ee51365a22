#!/usr/bin/env bash
# Regions benchmark: nnviz (Swift, double) against regioncam (Rust via Python, float32) on the SAME seeded
# He-initialised relu nets (bench/regions_reference.py NETS: [2,W,W,W,1] for W = 32 … 256, [2,100,1],
# [2,300,1], [2,1000,1], [2,30,30,1], [2,100,100,1]) over [-3,3]^2, in one run.
#
# Every measurement is its own process, repeated REPEAT times (default 3); the table keeps the best library
# wall time, the best library CPU time, the best whole-process wall time (start-up, reading the net file and
# the library call) and the largest peak RSS (getrusage ru_maxrss, the whole process). The library call is
# timed inside each process: Regions2D.compute for nnviz (everything Regions2D returns), the Regioncam build
# through the last layer for regioncam. At the end the issue-15 targets are checked.
#   env: REPEAT (3), NETS ("2-32-32-32-1 …", default all), DIR (net files; default $TMPDIR/nnviz-regions)
set -euo pipefail
cd "$(dirname "$0")/.."
REPEAT="${REPEAT:-3}"
DIR="${DIR:-${TMPDIR:-/tmp}/nnviz-regions}"
mkdir -p "$DIR"
swift build -c release --product nnviz-bench >/dev/null
python3 -c "import regioncam" 2>/dev/null || { echo "regioncam is missing: pip install regioncam"; exit 1; }
python3 bench/regions_reference.py gen "$DIR"
NETS="${NETS:-$(python3 bench/regions_reference.py names | xargs)}"
BENCH=.build/release/nnviz-bench
# Single-threaded on both sides: regioncam runs on one thread; nnviz's only threaded part is OpenBLAS.
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1
# As bench/training.sh: AVX-512 kernels where the CPU has them (the machine presets Haswell).
if [[ -n "${NNVIZ_OPENBLAS_CORETYPE:-}" ]]; then export OPENBLAS_CORETYPE="$NNVIZ_OPENBLAS_CORETYPE"
elif grep -q avx512f /proc/cpuinfo; then export OPENBLAS_CORETYPE=SkylakeX; fi

now() { date +%s.%N; }
# best cmd… → "<count> <best lib wall s> <best lib cpu s> <best process wall s> <max rss kb>"
best() {
    local count secs rss cpu t0 t1 bw="" bc="" bp="" maxrss=0
    for _ in $(seq "$REPEAT"); do
        t0=$(now)
        read -r _ count secs rss cpu <<<"$("$@" | tail -1)"
        t1=$(now)
        local proc; proc=$(echo "$t1 - $t0" | bc -l)
        if [[ -z "$bw" ]] || awk "BEGIN{exit !($secs < $bw)}"; then bw=$secs; fi
        if [[ -z "$bc" ]] || awk "BEGIN{exit !($cpu < $bc)}"; then bc=$cpu; fi
        if [[ -z "$bp" ]] || awk "BEGIN{exit !($proc < $bp)}"; then bp=$proc; fi
        (( rss > maxrss )) && maxrss=$rss
    done
    echo "$count $bw $bc $bp $maxrss"
}

echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  machine: $(nproc --all) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-default}; load before: $(cut -d' ' -f1-3 /proc/loadavg)   best of $REPEAT   (lib = library call, proc = whole process)"
printf "%-18s %8s %8s | %8s %8s %6s | %8s %8s | %8s %8s | %7s %7s\n" net nnviz regioncam "nn lib" "rc lib" "x lib" \
    "nn cpu" "rc cpu" "nn proc" "rc proc" "nn MB" "rc MB"
failures=()
for name in $NETS; do
    f="$DIR/net_$name.txt"
    read -r nc nlib ncpu nproc nrss <<<"$(best "$BENCH" regions "$f")"
    read -r rc rlib rcpu rproc rrss <<<"$(best python3 bench/regions_reference.py run "$f")"
    printf "%-18s %8s %8s | %8.3f %8.3f %5.1fx | %8.3f %8.3f | %8.3f %8.3f | %7.0f %7.0f\n" "[${name//-/,}]" "$nc" "$rc" \
        "$nlib" "$rlib" "$(echo "$rlib/$nlib" | bc -l)" "$ncpu" "$rcpu" "$nproc" "$rproc" \
        "$(echo "$nrss/1024" | bc -l)" "$(echo "$rrss/1024" | bc -l)"
    [[ "$nc" == "$rc" ]] || failures+=("[${name//-/,}]: counts differ ($nc vs $rc)")
    awk "BEGIN{exit !($nlib < $rlib)}" || failures+=("[${name//-/,}]: not faster than regioncam ($nlib s vs $rlib s)")
    case "$name" in
        2-256-256-256-1) awk "BEGIN{exit !($nlib <= 1.5)}" || failures+=("[2,256,256,256,1]: $nlib s > 1.5 s") ;;
        2-1000-1)
            awk "BEGIN{exit !($nlib <= 3)}" || failures+=("[2,1000,1]: $nlib s > 3 s")
            (( nrss <= 1048576 )) || failures+=("[2,1000,1]: $((nrss / 1024)) MB > 1 GB") ;;
    esac
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
if (( ${#failures[@]} == 0 )); then
    echo "targets: all met (equal counts, faster than regioncam on every net, [2,256,256,256,1] <= 1.5 s, [2,1000,1] <= 3 s and <= 1 GB)"
else
    echo "targets missed:"; printf '  %s\n' "${failures[@]}"
fi
