#!/usr/bin/env python3
"""Reference timings for bench/training.sh: the same two training workloads in PyTorch (float32,
one thread) and in NumPy (float64, hand-written backprop, one BLAS thread).

Prints one line per (workload, implementation): workload<TAB>implementation<TAB>best seconds<TAB>final loss.
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


def run_torch(sizes, x, y, epochs, loss, lr):
    import torch
    torch.set_num_threads(1)
    layers = []
    for (w, b) in he_init(sizes):
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
    start = time.perf_counter()
    for _ in range(epochs):
        opt.zero_grad()
        value = criterion(model(xt), yt)
        value.backward()
        opt.step()
        value.item()  # the per-epoch loss is recorded, as nnviz does
    return time.perf_counter() - start, value.item()


def run_numpy(sizes, x, y, epochs, loss, lr):
    params = he_init(sizes)
    n = x.shape[0]
    onehot = None
    if loss != "bce":
        onehot = np.zeros((n, sizes[-1]))
        onehot[np.arange(n), y.astype(int)] = 1
    start = time.perf_counter()
    value = float("nan")
    for _ in range(epochs):
        acts, a = [x], x
        for li, (w, b) in enumerate(params):
            z = a @ w.T + b
            a = z if li == len(params) - 1 else np.maximum(z, 0)
            acts.append(a)
        z = acts[-1]
        if loss == "bce":
            zz = z[:, 0]
            value = np.mean(np.maximum(zz, 0) - y * zz + np.log1p(np.exp(-np.abs(zz))))
            dz = ((1 / (1 + np.exp(-zz))) - y).reshape(-1, 1) / n
        else:
            m = z.max(axis=1, keepdims=True)
            e = np.exp(z - m)
            s = e.sum(axis=1, keepdims=True)
            value = np.mean(np.log(s[:, 0]) + m[:, 0] - z[np.arange(n), y.astype(int)])
            dz = (e / s - onehot) / n
        for li in range(len(params) - 1, -1, -1):
            w, b = params[li]
            gw, gb = dz.T @ acts[li], dz.sum(axis=0)
            if li > 0:
                dz = (dz @ w) * (acts[li] > 0)
            params[li] = (w - lr * gw, b - lr * gb)
    return time.perf_counter() - start, float(value)


def main():
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    for name, sizes, n, epochs, loss, lr in WORKLOADS:
        x, y = make_data(sizes, n, loss)
        for impl, fn in (("pytorch-f32", run_torch), ("numpy-f64", run_numpy)):
            runs = [fn(sizes, x, y, epochs, loss, lr) for _ in range(repeats)]
            best = min(runs)
            print(f"{name}\t{impl}\t{best[0]:.4f}\t{best[1]:.6f}", flush=True)


if __name__ == "__main__":
    main()
