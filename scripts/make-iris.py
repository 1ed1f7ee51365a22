#!/usr/bin/env python3
"""One-time generation of the iris data set and the built-in `iris` example.

Source: R. A. Fisher's iris measurements (1936) as bundled with scikit-learn (sklearn.datasets.load_iris,
which reads its own copy of the UCI file; nothing is downloaded). Needs `pip install scikit-learn` once; the
outputs are committed, so nnviz and its tests never need scikit-learn.

Writes:
  assets/data/iris.csv         150 rows: sepal_length, sepal_width, petal_length, petal_width (cm), species
                               (0 = setosa, 1 = versicolor, 2 = virginica)
  assets/examples/iris.yaml    a 4-8-3 relu net trained on it, shown on the plane through the three class means
Then run scripts/generate-examples.sh to embed the example.
"""
import os

import numpy as np
from sklearn.datasets import load_iris

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLUMNS = ["sepal_length", "sepal_width", "petal_length", "petal_width"]


def number(x):
    """Shortest text that reads back to the same double (the measurements have one decimal)."""
    text = repr(float(x))
    return text[:-2] if text.endswith(".0") else text


def main():
    iris = load_iris()
    x, y = iris.data, iris.target
    assert x.shape == (150, 4) and list(iris.feature_names) == [
        "sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"]
    with open(os.path.join(ROOT, "assets/data/iris.csv"), "w") as f:
        f.write(",".join(COLUMNS + ["species"]) + "\n")
        for row, label in zip(x, y):
            f.write(",".join(number(v) for v in row) + f",{label}\n")
    means = [x[y == k].mean(axis=0) for k in range(3)]
    points = ", ".join("[" + ", ".join(number(round(v, 3)) for v in m) + "]" for m in means)
    rows = "\n".join("    - [" + ", ".join(number(v) for v in row) + "]" for row in x)
    targets = ", ".join(str(int(t)) for t in y)
    text = f"""# Fisher's iris (150 flowers, 4 measurements, 3 species): a 4-8-3 ReLU net on the plane through the class means (trained).
# Data: assets/data/iris.csv (scikit-learn's bundled copy, written by scripts/make-iris.py).
nnviz: 1
name: Iris, 4-8-3 ReLU on the plane through the class means
inputs: [{", ".join(COLUMNS)}]
layers:
  - {{units: 8, activation: relu}}
  - {{units: 3, activation: softmax}}
plane:
  through: [{points}]   # mean setosa, versicolor, virginica (cm)
  domain: [[-1.5, 7.5], [-2, 2.5]]   # (s, t) in cm: every flower's projection (s from -0.6 to 6.4, t from -1.1 to 1.7)
data:
  inputs:
{rows}
  targets: [{targets}]
train:
  loss: cross-entropy
  optimizer: adam
  learningRate: 0.01
  epochs: 800
  batchSize: 0
  seed: 3
  snapshots: [0, 50, 800]
  testFraction: 0.2
"""
    with open(os.path.join(ROOT, "assets/examples/iris.yaml"), "w") as f:
        f.write(text)
    print("wrote assets/data/iris.csv and assets/examples/iris.yaml")


if __name__ == "__main__":
    main()
