#!/usr/bin/env bash
# Regenerates the seed corpora in tests/fuzz/corpus/ from the bundled files and
# the bad-input catalogue. Case files are rewritten to name the tariff table
# as the fuzz targets serve it ("../tariffs/stadskamer-2017.yaml").
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=tests/fuzz/corpus
find "$corpus" -type f ! -path "$corpus/fuzz_uncertainty/*" -delete
mkdir -p "$corpus/fuzz_tariffs" "$corpus/fuzz_case" "$corpus/fuzz_pipeline" "$corpus/fuzz_uncertainty"

cp tariffs/*.yaml "$corpus/fuzz_tariffs/"
for f in tests/errors/*/tariffs.yaml; do
  cp "$f" "$corpus/fuzz_tariffs/$(basename "$(dirname "$f")").yaml"
done

for target in fuzz_case fuzz_pipeline; do
  for f in cases/*.yaml; do
    cp "$f" "$corpus/$target/"
  done
  for f in tests/errors/*/case.yaml; do
    sed 's#\.\./\.\./\.\./tariffs/#../tariffs/#' "$f" >"$corpus/$target/$(basename "$(dirname "$f")").yaml"
  done
done
# fuzz_uncertainty reads no file: any bytes steer its generated programme.
# Besides these, its corpus keeps the inputs of up to 40 bytes that a long
# run found (libFuzzer -merge=1 -max_len=40): this script leaves them alone.
cp cases/*.yaml "$corpus/fuzz_uncertainty/"
echo "seeds: $(find "$corpus" -type f | wc -l) files in $corpus"
