#!/usr/bin/env bash
# Fuzzes the model-file (YAML, JSON) and CSV decoders with libFuzzer under AddressSanitizer.
#   scripts/fuzz.sh [SECONDS]     (default 60)
# Builds Fuzz/ (a separate package, so the normal build never sees the sanitizer flags) in .build-fuzz,
# seeds a corpus from the built-in examples (assets/examples/*.yaml, as YAML and as JSON) and the checked-in
# seeds in Fuzz/Corpus, runs for SECONDS, and prints the number of executions. A finding leaves
# .build-fuzz/findings/crash-* (or leak-*, timeout-*) and exits non-zero; turn each into a regression test
# (Tests/NNVizEngineTests/FuzzRegressionTests.swift) before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
root="$PWD"
scratch="$root/.build-fuzz"

swift build --package-path Fuzz --scratch-path "$scratch" -c debug --product nnviz-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library 2>&1 | tail -n 3
binary="$(swift build --package-path Fuzz --scratch-path "$scratch" -c debug --show-bin-path \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)/nnviz-fuzz"

seeds="$scratch/seeds"
corpus="$scratch/corpus"
findings="$scratch/findings"
mkdir -p "$seeds" "$corpus" "$findings"
for example in assets/examples/*.yaml; do
    name="$(basename "$example" .yaml)"
    { printf '\x00'; cat "$example"; } > "$seeds/$name.yaml.seed"
done
cp Fuzz/Corpus/* "$seeds/"

log="$scratch/last-run.log"
status=0
"$binary" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=3000 -print_final_stats=1 \
    -artifact_prefix="$findings/" "$corpus" "$seeds" > "$log" 2>&1 || status=$?
runs="$(grep -Eo 'Done [0-9]+ runs' "$log" | grep -Eo '[0-9]+' || true)"
if [ "$status" -ne 0 ]; then
    tail -n 40 "$log"
    echo "fuzz: FINDING after ${runs:-?} executions; input saved in $findings (see docs/fuzzing.md)" >&2
    exit "$status"
fi
echo "fuzz: ${runs:-0} executions in ${seconds} s without a finding (corpus: $(ls "$corpus" | wc -l) inputs)"
