#!/usr/bin/env bash
# Installs the Debian packages nnviz needs (build, fonts, tests). Safe to run again: installs only what is missing.
# Usage: scripts/install-system-packages.sh [--tests | --proto]
#   --tests adds chromium and the Python test tools; --proto adds protoc (only for scripts/generate-onnx-proto.sh)
set -euo pipefail
packages=(pkg-config libcairo2-dev libopenblas-dev fonts-dejavu-core)
if [[ "${1:-}" == "--tests" ]]; then
    packages+=(chromium poppler-utils)
elif [[ "${1:-}" == "--proto" ]]; then
    packages+=(protobuf-compiler)
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
    echo "nnviz: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [[ "${1:-}" == "--tests" ]]; then
    python3 -c "import playwright" 2>/dev/null || python3 -m pip install -q playwright
    # onnxruntime runs the ONNX export round trip (NNVizONNXTests; skipped where it is missing). PyTorch is not
    # installed here (large); the .py round trip runs where `pip install "torch==2.13.0+cpu"` was done by hand.
    python3 -c "import onnxruntime, numpy" 2>/dev/null || python3 -m pip install -q onnxruntime numpy
fi
