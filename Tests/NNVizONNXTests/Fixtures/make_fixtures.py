#!/usr/bin/env python3
"""Writes the ONNX fixtures of NNVizONNXTests and onnxruntime's outputs on random inputs.

Run once (the outputs are committed; the default test suite needs neither torch nor onnxruntime):
    pip install "torch==2.13.0+cpu" onnx onnxruntime onnxscript
    python3 Tests/NNVizONNXTests/Fixtures/make_fixtures.py

For every fixture NAME.onnx it writes NAME.expected.json: {"inputs": [[...], ...], "outputs": [[...], ...]}
with onnxruntime's outputs at seeded random inputs (float32 in the graph, written with full precision).
"""
import json
import os

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))


def record(name, input_width, count=16, seed=0):
    """Runs NAME.onnx in onnxruntime on `count` seeded inputs and writes NAME.expected.json."""
    path = os.path.join(HERE, name + ".onnx")
    onnx.checker.check_model(onnx.load(path))
    session = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
    feed = session.get_inputs()[0]
    rng = np.random.default_rng(seed)
    x = rng.uniform(-2, 2, size=(count, input_width)).astype(np.float32)
    shape = [count] + [d if isinstance(d, int) else -1 for d in feed.shape[1:]]
    y = session.run(None, {feed.name: x.reshape([count] + [int(d) for d in shape[1:]] if -1 not in shape else x.shape)})[0]
    y = np.asarray(y, dtype=np.float64).reshape(count, -1)
    with open(os.path.join(HERE, name + ".expected.json"), "w") as f:
        json.dump({"inputs": x.astype(np.float64).tolist(), "outputs": y.tolist()}, f, indent=None)
        f.write("\n")
    print("wrote", name, "outputs", y.shape)


def torch_fixtures():
    import torch
    from torch import nn

    torch.manual_seed(3)
    # A 4-8-3 relu classifier, legacy (TorchScript) exporter.
    mlp = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3)).eval()
    torch.onnx.export(mlp, (torch.zeros(1, 4),), os.path.join(HERE, "torch-legacy.onnx"), dynamo=False,
                      input_names=["features"], output_names=["logits"], opset_version=17,
                      dynamic_axes={"features": {0: "batch"}, "logits": {0: "batch"}})
    record("torch-legacy", 4)

    # Every supported layer kind, dynamo exporter.
    deep = nn.Sequential(nn.Flatten(), nn.Linear(2, 6), nn.Tanh(), nn.Linear(6, 6), nn.LeakyReLU(0.2),
                         nn.Dropout(0.5), nn.Linear(6, 5), nn.Sigmoid(), nn.Linear(5, 3), nn.Softmax(dim=1)).eval()
    batch = torch.export.Dim("batch", min=1)
    program = torch.onnx.export(deep, (torch.zeros(2, 2),), dynamo=True, input_names=["x"], output_names=["p"],
                                dynamic_shapes=({0: batch},), opset_version=18)
    program.save(os.path.join(HERE, "torch-dynamo.onnx"))
    record("torch-dynamo", 2)

    # The same relu net with the dynamo exporter, for the legacy/dynamo comparison.
    program = torch.onnx.export(mlp, (torch.zeros(2, 4),), dynamo=True, input_names=["features"],
                                output_names=["logits"], dynamic_shapes=({0: batch},), opset_version=18)
    program.save(os.path.join(HERE, "torch-dynamo-relu.onnx"))
    record("torch-dynamo-relu", 4)

    # A convolution: refused with a message naming the node.
    conv = nn.Sequential(nn.Unflatten(1, (1, 4)), nn.Conv1d(1, 1, 2), nn.Flatten()).eval()
    torch.onnx.export(conv, (torch.zeros(1, 4),), os.path.join(HERE, "torch-conv.onnx"), dynamo=False,
                      input_names=["x"], output_names=["y"], opset_version=17)


def hand_built():
    """MatMul + Add (float64 initialisers), Constant nodes, Gemm with transB/alpha/beta, Reshape on the input,
    Identity, LeakyRelu, Relu and a Softmax output, assembled with onnx.helper."""
    rng = np.random.default_rng(7)
    w1 = rng.normal(size=(3, 4))           # MatMul: x (N×3) · w1 (3×4)
    b1 = rng.normal(size=(4,))
    w2 = rng.normal(size=(2, 4)).astype(np.float32)   # Gemm transB=1: (N×4) · w2ᵀ
    c2 = rng.normal(size=(1, 2)).astype(np.float32)
    w3 = rng.normal(size=(2, 3)).astype(np.float32)   # Gemm transB=0
    nodes = [
        helper.make_node("Constant", [], ["shape"], value=numpy_helper.from_array(np.array([-1, 3], dtype=np.int64))),
        helper.make_node("Reshape", ["x", "shape"], ["x2"], name="flatten_input"),
        helper.make_node("Cast", ["x2"], ["x64"], to=TensorProto.DOUBLE, name="to_double"),
        helper.make_node("MatMul", ["x64", "w1"], ["m1"], name="matmul1"),
        helper.make_node("Add", ["m1", "b1"], ["z1"], name="add1"),
        helper.make_node("Relu", ["z1"], ["a1"], name="relu1"),
        helper.make_node("Cast", ["a1"], ["a1f"], to=TensorProto.FLOAT, name="to_float"),
        helper.make_node("Identity", ["a1f"], ["a1i"], name="identity"),
        helper.make_node("Constant", [], ["w2"], value=numpy_helper.from_array(w2)),
        helper.make_node("Gemm", ["a1i", "w2", "c2"], ["z2"], name="gemm2", transB=1, alpha=0.5, beta=2.0),
        helper.make_node("LeakyRelu", ["z2"], ["a2"], name="leaky2", alpha=0.25),
        helper.make_node("Gemm", ["a2", "w3"], ["z3"], name="gemm3"),
        helper.make_node("Softmax", ["z3"], ["y"], name="softmax", axis=-1),
    ]
    graph = helper.make_graph(
        nodes, "hand-built",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 1, 3])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", 3])],
        initializer=[numpy_helper.from_array(w1, "w1"), numpy_helper.from_array(b1, "b1"),
                     numpy_helper.from_array(c2, "c2"), numpy_helper.from_array(w3, "w3")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="make_fixtures.py")
    model.ir_version = 8
    onnx.save(model, os.path.join(HERE, "hand-built.onnx"))
    record("hand-built", 3)


if __name__ == "__main__":
    hand_built()
    torch_fixtures()
