#!/usr/bin/env bash
# The many-cases benchmark: how `mkba figures` and `mkba sensitivity` (one-way
# with switching values, and leave-one-out) scale with the number of cases of
# one programme, against peers measured in the same run on the same file:
#
#   mkba_parse_floor DIR      yaml-cpp alone: the file and its table parsed once
#   mkba validate FILE        mkba's own load and check, without computing
#
# For each size (default 1000 2000 4000 8000 16000 cases) bench/generate_cases.py
# writes one programme (five years at mkba-2021, recurring lines with drop-off,
# a median and a mean basis, two uncertain parameters); each command runs
# ROUNDS times (default 3), interleaved, and the median is kept. Prints a
# Markdown table with seconds, seconds per 1.000 cases, and the ratio to the
# parse floor; writes it and the raw times to $WORK (default /tmp/mkba-bench-cases).
#
#   bench/cases.sh
#   SIZES="1000 4000" ROUNDS=5 bench/cases.sh
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build-bench}
WORK=${WORK:-/tmp/mkba-bench-cases}
SIZES=${SIZES:-"1000 2000 4000 8000 16000"}
ROUNDS=${ROUNDS:-3}

"$ROOT/scripts/deps"
echo "building (Release) in $BUILD" >&2
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DMKBA_BENCH=ON >/dev/null
cmake --build "$BUILD" -j"$(nproc)" --target mkba mkba_parse_floor >/dev/null
MKBA=$BUILD/mkba
FLOOR=$BUILD/mkba_parse_floor
mkdir -p "$WORK"
RAW=$WORK/raw.tsv
printf 'cases\tcommand\tround\tseconds\n' >"$RAW"

seconds() {  # wall time of "$@", output discarded; fails when the command does
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

commands=(floor validate figures sensitivity)
run() {  # command name, programme folder
  case $1 in
    floor) seconds "$FLOOR" "$2" ;;
    validate) seconds "$MKBA" validate "$2/programme.yaml" ;;
    figures) seconds "$MKBA" figures "$2/programme.yaml" ;;
    sensitivity) seconds "$MKBA" sensitivity "$2/programme.yaml" ;;
  esac
}

for n in $SIZES; do
  dir=$WORK/cases-$n
  [ -f "$dir/programme.yaml" ] || /usr/bin/python3 "$ROOT/bench/generate_cases.py" "$n" "$dir"
  for round in $(seq 1 "$ROUNDS"); do
    # A rotating order, so that a slow spell of the machine hits every command alike.
    for k in 0 1 2 3; do
      c=${commands[$(((k + round) % 4))]}
      printf '%s\t%s\t%s\t%s\n' "$n" "$c" "$round" "$(run "$c" "$dir")" >>"$RAW"
    done
  done
done

TABLE=$WORK/results.md
{
  echo "| cases | parse floor s | validate s | figures s | sensitivity s | figures s per 1.000 | sensitivity s per 1.000 | figures / floor | sensitivity / floor |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for n in $SIZES; do
    m() { awk -F'\t' -v n="$n" -v c="$1" '$1 == n && $2 == c { print $4 }' "$RAW" | median; }
    floor=$(m floor) validate=$(m validate) figures=$(m figures) sensitivity=$(m sensitivity)
    awk -v n="$n" -v f="$floor" -v v="$validate" -v g="$figures" -v s="$sensitivity" 'BEGIN {
      printf "| %d | %.2f | %.2f | %.2f | %.2f | %.3f | %.3f | %.1f | %.1f |\n",
        n, f, v, g, s, g * 1000 / n, s * 1000 / n, g / f, s / f }'
  done
} | tee "$TABLE"
echo "(medians of $ROUNDS rounds; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); raw times in $RAW)"
