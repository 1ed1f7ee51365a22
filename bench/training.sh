#!/usr/bin/env bash
# Training benchmark: nnviz (Swift, release build) against PyTorch (float32) and NumPy (float64), one thread each.
# Usage: bench/training.sh [repeats]   (best of `repeats` runs per implementation, default 5)
# Reports wall time and process CPU time: on a shared machine CPU time is the fairer figure.
# All implementations train on the same data from the same initial weights, so their final losses must agree.
# Workloads (same in Sources/nnviz-bench/main.swift and bench/training_reference.py), plain SGD, lr 0.1, full batch:
#   a: 2-16-16-1 relu, 1000 2-D points, bce (sigmoid output), 2000 epochs
#   b: 40-298-10 relu, 4000 points, softmax cross-entropy, 100 epochs
set -euo pipefail
cd "$(dirname "$0")/.."
repeats="${1:-5}"

# OpenBLAS reads these when it loads, so they must be set before the process starts. Debian's OpenBLAS 0.3.21
# does not know AMD Zen 4/5 and falls back to Haswell kernels; SkylakeX kernels use AVX-512.
# The machine's environment may preset OPENBLAS_CORETYPE (here: Haswell); NNVIZ_OPENBLAS_CORETYPE overrides our choice.
cores="$(nproc --all)"
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1
if [[ -n "${NNVIZ_OPENBLAS_CORETYPE:-}" ]]; then export OPENBLAS_CORETYPE="$NNVIZ_OPENBLAS_CORETYPE"
elif grep -q avx512f /proc/cpuinfo; then export OPENBLAS_CORETYPE=SkylakeX; fi

swift build -c release --product nnviz-bench >/dev/null
results="$(mktemp)"
export NNVIZ_BENCH_EXPORT="$(mktemp -d)"   # nnviz-bench writes its data and initial weights; the reference reads them
trap 'rm -rf "$results" "$NNVIZ_BENCH_EXPORT"' EXIT
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
.build/release/nnviz-bench training "$repeats" >>"$results"
python3 bench/training_reference.py "$repeats" >>"$results"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "cpu: $(lscpu | sed -n 's/^Model name: *//p'), $cores cores; OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-default}"
echo "load average before / after: $load_before / $load_after; best of $repeats runs"
python3 - "$results" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip() and not l.startswith("#")]
torch = {r[0]: (float(r[2]), float(r[3])) for r in rows if r[1].startswith("pytorch")}
names = {"a": "a: 2-16-16-1 relu, 1000 pts, bce, 2000 ep", "b": "b: 40-298-10 relu, 4000 pts, CE, 100 ep"}
num = lambda v: f"{float(v):.3f}" if v != "error" else "error"
ratio = lambda v, ref: f"{float(v) / ref:.2f}" if v != "error" else "-"
print("| workload | implementation | wall (s) | CPU (s) | final loss | wall / PyTorch | CPU / PyTorch |")
print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
for w, impl, wall, cpu, loss in sorted(rows, key=lambda r: (r[0], not r[1].startswith("nnviz"), r[1])):
    ref = torch.get(w, (float("nan"), float("nan")))
    print(f"| {names.get(w, w)} | {impl} | {num(wall)} | {num(cpu)} | {float(loss):.6f} | {ratio(wall, ref[0])} | {ratio(cpu, ref[1])} |")
PY
