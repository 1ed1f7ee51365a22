#!/usr/bin/env bash
# ONNX reading and writing speed: nnviz (release) against the onnx Python package and onnxruntime on one
# 784-512-512-10 relu MLP (669,706 parameters, float32, 2.7 MB), written with onnx.helper.
# Usage: bench/onnx.sh [repeats]   (default 5; needs python3 with numpy, onnx, onnxruntime)
set -euo pipefail
cd "$(dirname "$0")/.."
repeats="${1:-5}"
swift build -c release --product nnviz >/dev/null
bin="$(swift build -c release --show-bin-path)/nnviz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$work/mlp.onnx" <<'PY'
import sys
import numpy as np
from onnx import TensorProto, helper, numpy_helper, save
rng = np.random.default_rng(0)
sizes, nodes, inits, current = [784, 512, 512, 10], [], [], "x"
for l in range(3):
    w = rng.normal(scale=(2 / sizes[l]) ** 0.5, size=(sizes[l + 1], sizes[l])).astype(np.float32)
    inits += [numpy_helper.from_array(w, f"w{l}"), numpy_helper.from_array(np.zeros(sizes[l + 1], np.float32), f"b{l}")]
    nodes.append(helper.make_node("Gemm", [current, f"w{l}", f"b{l}"], [f"z{l}"], transB=1))
    current = f"z{l}"
    if l < 2:
        nodes.append(helper.make_node("Relu", [current], [f"a{l}"]))
        current = f"a{l}"
graph = helper.make_graph(nodes, "mlp", [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 784])],
                          [helper.make_tensor_value_info(current, TensorProto.FLOAT, ["N", 10])], initializer=inits)
save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), sys.argv[1])
PY
best() {  # best wall time in seconds of `repeats` runs of the command
    local best=""
    for _ in $(seq "$repeats"); do
        local start end
        start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N)
        best=$(python3 -c "import sys; t = $end - $start; b = '$best'; print(min(t, float(b)) if b else t)")
    done
    printf "%.3f" "$best"
}
echo "| step | tool | best of $repeats (s) |"
echo "| --- | --- | ---: |"
echo "| read + summarise (process) | nnviz inspect mlp.onnx --json | $(best "$bin" inspect "$work/mlp.onnx" --json) |"
echo "| read + write ONNX (process) | nnviz export mlp.onnx -o out.onnx | $(best "$bin" export "$work/mlp.onnx" -o "$work/out.onnx") |"
echo "| read + write PyTorch script (process) | nnviz export mlp.onnx -o out.py | $(best "$bin" export "$work/mlp.onnx" -o "$work/out.py") |"
echo "| python3 start + import onnx + onnx.load | python3 | $(best python3 -c "import onnx, sys; onnx.load(sys.argv[1])" "$work/mlp.onnx") |"
echo "| python3 start + onnxruntime session | python3 | $(best python3 -c "import onnxruntime as o, sys; o.InferenceSession(sys.argv[1], providers=['CPUExecutionProvider'])" "$work/mlp.onnx") |"
