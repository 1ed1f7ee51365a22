#!/usr/bin/env python3
"""Regions benchmark, reference side: generates the seeded He-initialised relu nets once and counts their
regions with regioncam (twanvl/regioncam, exact 2-D partition, float32) on [-3, 3]^2.

  regions_reference.py gen DIR        write DIR/net_NAME.txt for every net of NETS (our orientation: units x inputs)
  regions_reference.py names          print the net names, one a line, in benchmark order
  regions_reference.py run FILE       print "regioncam <faces> <wall s> <peak_rss_kb> <cpu s>" for one net file

Nets are named by their layer sizes joined with '-' (2-256-256-256-1). The [2,W,W,W,1] nets keep the seed
2026 + W of the first version of this benchmark; every other net has its own fixed seed (NETS).

Weights are drawn as float32 and written as the exact decimal of that float32, so nnviz (double) and
regioncam (float32) read bit-identical parameters.
"""
import resource
import sys
import time

import numpy as np

SEED = 2026
# (layer sizes, seed): the deep nets first, then wide single layers and two-layer nets.
NETS = [([2, w, w, w, 1], SEED + w) for w in (32, 64, 128, 256)] + [
    ([2, 100, 1], SEED + 100_001),
    ([2, 300, 1], SEED + 300_001),
    ([2, 1000, 1], SEED + 1_000_001),
    ([2, 30, 30, 1], SEED + 30_002),
    ([2, 100, 100, 1], SEED + 100_002),
]


def name(sizes):
    return "-".join(str(n) for n in sizes)


def generate(sizes, seed):
    rng = np.random.default_rng(seed)
    layers = []
    for fan_in, units in zip(sizes[:-1], sizes[1:]):
        w = (rng.standard_normal((units, fan_in)) * np.sqrt(2.0 / fan_in)).astype(np.float32)
        bound = 1.0 / np.sqrt(fan_in)
        b = rng.uniform(-bound, bound, units).astype(np.float32)
        layers.append((w, b))
    return layers


def write(layers, path):
    with open(path, "w") as f:
        f.write(f"{len(layers)}\n")
        for w, b in layers:
            f.write(f"{w.shape[0]} {w.shape[1]}\n")
            for row in w:
                f.write(" ".join(repr(float(x)) for x in row) + "\n")
            f.write(" ".join(repr(float(x)) for x in b) + "\n")


def read(path):
    with open(path) as f:
        tokens = f.read().split()
    pos = 1
    layers = []
    for _ in range(int(tokens[0])):
        units, inputs = int(tokens[pos]), int(tokens[pos + 1])
        pos += 2
        w = np.array([float(t) for t in tokens[pos:pos + units * inputs]], dtype=np.float32).reshape(units, inputs)
        pos += units * inputs
        b = np.array([float(t) for t in tokens[pos:pos + units]], dtype=np.float32)
        pos += units
        layers.append((w, b))
    return layers


def run(path):
    import regioncam
    layers = read(path)
    start = time.perf_counter()
    cpu = time.process_time()
    rc = regioncam.Regioncam(size=3.0)
    for i, (w, b) in enumerate(layers):
        rc.linear(np.ascontiguousarray(w.T), b)  # regioncam: x_out = x_in @ weight + bias
        if i < len(layers) - 1:
            rc.relu()
    faces = rc.num_faces
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"regioncam {faces} {seconds:.4f} {rss} {cpu:.4f}")


if __name__ == "__main__":
    if sys.argv[1] == "gen":
        for sizes, seed in NETS:
            write(generate(sizes, seed), f"{sys.argv[2]}/net_{name(sizes)}.txt")
    elif sys.argv[1] == "names":
        print("\n".join(name(sizes) for sizes, _ in NETS))
    else:
        run(sys.argv[2])
