#!/usr/bin/env bash
# Issue 15: `nnviz train` on workload (b) of bench/training.sh (40-298-10 relu, softmax, 4000 points from a
# CSV file, cross-entropy, sgd 0.1, 100 full-batch epochs) timed as a WHOLE PROCESS — reading the model file and the
# 3 MB CSV, training, printing — to set beside PyTorch's training loop alone (bench/training.sh, row pytorch-f32).
# Usage: bench/train_process.sh [REPEAT]   (default 5; best wall time is printed)
set -euo pipefail
cd "$(dirname "$0")/.."
REPEAT="${1:-5}"
DIR="${TMPDIR:-/tmp}/nnviz-train-process"
mkdir -p "$DIR"
swift build -c release --product nnviz >/dev/null
python3 - "$DIR" <<'PY'
import sys
import numpy as np
d = sys.argv[1]
rng = np.random.default_rng(1)
x = rng.standard_normal((4000, 40)); teacher = rng.standard_normal((10, 40)); y = np.argmax(x @ teacher.T, axis=1)
with open(f"{d}/points.csv", "w") as f:
    f.write(",".join([f"x{i}" for i in range(40)] + ["y"]) + "\n")
    for row, c in zip(x, y):
        f.write(",".join(repr(float(v)) for v in row) + f",{c}\n")
with open(f"{d}/model.yaml", "w") as f:
    f.write("nnviz: 1\nname: training workload (b)\ninputs: 40\nlayers:\n  - {units: 298, activation: relu}\n"
            "  - {units: 10, activation: softmax}\ndata: {csv: points.csv}\n"
            "train: {loss: cross-entropy, optimizer: sgd, learningRate: 0.1, epochs: 100, batchSize: 0, seed: 1}\n")
PY
export OPENBLAS_NUM_THREADS=1
if [[ -z "${OPENBLAS_CORETYPE:-}" ]] && grep -q avx512f /proc/cpuinfo; then export OPENBLAS_CORETYPE=SkylakeX; fi
best=""
for _ in $(seq "$REPEAT"); do
    /usr/bin/time -f "%e" -o "$DIR/time.txt" .build/release/nnviz train "$DIR/model.yaml" >/dev/null 2>&1
    t=$(cat "$DIR/time.txt")
    if [[ -z "$best" ]] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
done
echo "nnviz train (b), whole process, best of $REPEAT: $best s (load $(cut -d' ' -f1-3 /proc/loadavg))"
