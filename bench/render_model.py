#!/usr/bin/env python3
"""Writes the render benchmark's model file: a He-initialised relu net [2, W, W, W, 1] (seeded, float32 values
written exactly) on [-3, 3]^2 as an nnviz JSON model file with explicit weights, so nothing is trained.

  render_model.py WIDTH FILE
"""
import json
import sys

import numpy as np


def main(width, path):
    rng = np.random.default_rng(2026 + width)
    sizes = [2, width, width, width, 1]
    layers = []
    for i, (fan_in, units) in enumerate(zip(sizes[:-1], sizes[1:])):
        w = (rng.standard_normal((units, fan_in)) * np.sqrt(2.0 / fan_in)).astype(np.float32)
        bound = 1.0 / np.sqrt(fan_in)
        b = rng.uniform(-bound, bound, units).astype(np.float32)
        last = i == len(sizes) - 2
        layers.append({"activation": "identity" if last else "relu",
                       "weights": [[float(x) for x in row] for row in w], "biases": [float(x) for x in b]})
    model = {"nnviz": 1, "name": f"He-initialised relu net [2,{width},{width},{width},1]", "inputs": ["x1", "x2"],
             "layers": layers, "domain": [[-3, 3], [-3, 3]]}
    with open(path, "w") as f:
        json.dump(model, f)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
