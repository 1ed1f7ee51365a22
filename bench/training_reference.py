#!/usr/bin/env python3
"""Reference timings for bench/training.sh: the same two training workloads in PyTorch (float32,
one thread) and in NumPy (float64, hand-written backprop, one BLAS thread).

Prints one line per (workload, implementation):
workload<TAB>implementation<TAB>best wall seconds<TAB>best process CPU seconds<TAB>final loss.
Only the training loop is timed (data and initial weights are made before the clock starts).
"""
import os
import sys
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import numpy as np  # noqa: E402

# (name, layer sizes, points, epochs, loss, learning rate) — keep in step with Sources/nnviz-bench.
WORKLOADS = [
    ("a", [2, 16, 16, 1], 1000, 2000, "bce", 0.1),
    ("b", [40, 298, 10], 4000, 100, "cross-entropy", 0.1),
]


def load_exported(name, sizes):
    """The data and initial weights nnviz-bench wrote (NNVIZ_BENCH_EXPORT), so both train on the same numbers."""
    folder = os.environ.get("NNVIZ_BENCH_EXPORT")
    if not folder or not os.path.exists(os.path.join(folder, f"{name}_x")):
        return None
    x = np.loadtxt(os.path.join(folder, f"{name}_x"), ndmin=2)
    y = np.loadtxt(os.path.join(folder, f"{name}_y"), ndmin=1)
    params = [(np.loadtxt(os.path.join(folder, f"{name}_w{l}"), ndmin=2),
               np.loadtxt(os.path.join(folder, f"{name}_b{l}"), ndmin=1)) for l in range(len(sizes) - 1)]
    return x, y, params


def make_data(sizes, n, loss, seed=1):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, sizes[0]))
    if loss == "bce":
        y = (np.sum(x * x, axis=1) < 1.4).astype(np.float64)
    else:
        teacher = rng.standard_normal((sizes[0], sizes[-1]))
        y = np.argmax(x @ teacher, axis=1)
    return x, y


def he_init(sizes, seed=2):
    rng = np.random.default_rng(seed)
    return [(rng.standard_normal((o, i)) * np.sqrt(2.0 / i), np.zeros(o)) for i, o in zip(sizes, sizes[1:])]


def run_torch(sizes, x, y, epochs, loss, lr, init):
    import torch
    torch.set_num_threads(1)
    layers = []
    for (w, b) in init:
        lin = torch.nn.Linear(w.shape[1], w.shape[0])
        with torch.no_grad():
            lin.weight.copy_(torch.tensor(w, dtype=torch.float32))
            lin.bias.copy_(torch.tensor(b, dtype=torch.float32))
        layers += [lin, torch.nn.ReLU()]
    model = torch.nn.Sequential(*layers[:-1])
    xt = torch.tensor(x, dtype=torch.float32)
    if loss == "bce":
        yt = torch.tensor(y, dtype=torch.float32).reshape(-1, 1)
        criterion = torch.nn.BCEWithLogitsLoss()
    else:
        yt = torch.tensor(y, dtype=torch.long)
        criterion = torch.nn.CrossEntropyLoss()
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(epochs):
        opt.zero_grad()
        value = criterion(model(xt), yt)
        value.backward()
        opt.step()
        value.item()  # the per-epoch loss is recorded, as nnviz does
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    with torch.no_grad():  # the loss after the last update (nnviz's trainLoss[epochs]), not timed
        final = criterion(model(xt), yt).item()
    return wall, cpu, final


def numpy_forward(params, x):
    acts, a = [x], x
    for li, (w, b) in enumerate(params):
        z = a @ w.T + b
        a = z if li == len(params) - 1 else np.maximum(z, 0)
        acts.append(a)
    return acts


def numpy_loss(z, y, loss, onehot):
    """The mean loss of the logits z and dL/dz."""
    n = z.shape[0]
    if loss == "bce":
        zz = z[:, 0]
        value = np.mean(np.maximum(zz, 0) - y * zz + np.log1p(np.exp(-np.abs(zz))))
        return value, ((1 / (1 + np.exp(-zz))) - y).reshape(-1, 1) / n
    m = z.max(axis=1, keepdims=True)
    e = np.exp(z - m)
    s = e.sum(axis=1, keepdims=True)
    value = np.mean(np.log(s[:, 0]) + m[:, 0] - z[np.arange(n), y.astype(int)])
    return value, (e / s - onehot) / n


def run_numpy(sizes, x, y, epochs, loss, lr, init):
    params = list(init)
    n = x.shape[0]
    onehot = None
    if loss != "bce":
        onehot = np.zeros((n, sizes[-1]))
        onehot[np.arange(n), y.astype(int)] = 1
    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(epochs):
        acts = numpy_forward(params, x)
        _, dz = numpy_loss(acts[-1], y, loss, onehot)
        for li in range(len(params) - 1, -1, -1):
            w, b = params[li]
            gw, gb = dz.T @ acts[li], dz.sum(axis=0)
            if li > 0:
                dz = (dz @ w) * (acts[li] > 0)
            params[li] = (w - lr * gw, b - lr * gb)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    final, _ = numpy_loss(numpy_forward(params, x)[-1], y, loss, onehot)  # after the last update, not timed
    return wall, cpu, float(final)


def main():
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    for name, sizes, n, epochs, loss, lr in WORKLOADS:
        exported = load_exported(name, sizes)
        if exported:
            x, y, init = exported
        else:
            (x, y), init = make_data(sizes, n, loss), he_init(sizes)
        for impl, fn in (("pytorch-f32", run_torch), ("numpy-f64", run_numpy)):
            runs = [fn(sizes, x, y, epochs, loss, lr, init) for _ in range(repeats)]
            wall, cpu = min(r[0] for r in runs), min(r[1] for r in runs)
            print(f"{name}\t{impl}\t{wall:.4f}\t{cpu:.4f}\t{runs[-1][2]:.6f}", flush=True)


if __name__ == "__main__":
    main()
