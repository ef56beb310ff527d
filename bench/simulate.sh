#!/usr/bin/env bash
# The simulation benchmark: `mkba simulate` on the Stadskamer deck with 15
# uncertain parameters (bench/stadskamer-15.yaml), 10^6 draws, at -j 1 and
# -j 2, against a floor (bench/sim_floor.cpp: the same samplers and the
# closed-form model in a bare loop), interleaved over several rounds; then
# peak memory at 10^5 and 10^6 draws. Prints a Markdown table.
#
#   bench/simulate.sh [ROUNDS]        (default 5)
#
# Environment: MKBA_BENCH_BUILD (build folder, default build-bench-sim),
# MKBA_BENCH_DRAWS (default 1000000). Measure on a quiet machine: the script
# prints the load average before and after.
set -euo pipefail

cd "$(dirname "$0")/.."
rounds=${1:-5}
build=${MKBA_BENCH_BUILD:-build-bench-sim}
draws=${MKBA_BENCH_DRAWS:-1000000}
file=bench/stadskamer-15.yaml

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DMKBA_BENCH=ON >/dev/null
cmake --build "$build" -j 2 --target mkba mkba_sim_floor >/dev/null
mkba=$build/mkba
floor=$build/mkba_sim_floor

# shellcheck source=bench/timing.sh
source bench/timing.sh

# The same seed gives the same output at any -j.
a=$("$mkba" simulate "$file" -n 100000 --seed 42 --format json -j 1 | md5sum)
b=$("$mkba" simulate "$file" -n 100000 --seed 42 --format json -j 2 | md5sum)
[ "$a" = "$b" ] || { echo "simulate.sh: -j 1 and -j 2 differ" >&2; exit 1; }

load_before=$(load)
floor_times=() j1_times=() j2_times=()
for ((r = 1; r <= rounds; ++r)); do
  floor_times+=("$(seconds "$floor" "$draws" 42)")
  j1_times+=("$(seconds "$mkba" simulate "$file" -n "$draws" --seed 42 -j 1)")
  j2_times+=("$(seconds "$mkba" simulate "$file" -n "$draws" --seed 42 -j 2)")
done
load_after=$(load)
t_floor=$(printf '%s\n' "${floor_times[@]}" | median)
t_j1=$(printf '%s\n' "${j1_times[@]}" | median)
t_j2=$(printf '%s\n' "${j2_times[@]}" | median)

rss_small=$(peak_mib "$mkba" simulate "$file" -n $((draws / 10)) --seed 42 -j 2)
rss_large=$(peak_mib "$mkba" simulate "$file" -n "$draws" --seed 42 -j 2)
rss_floor=$(peak_mib "$floor" "$draws" 42)

per_draw() { echo "$1 * 1000000 / $draws" | bc -l | xargs printf '%.2f'; }
ratio() { echo "$1 / $2" | bc -l | xargs printf '%.2f'; }

echo "$(nproc) cores; load average $load_before before, $load_after after; $rounds rounds, medians."
echo
echo "| run | wall (s) | µs per draw | vs floor |"
echo "| --- | ---: | ---: | ---: |"
printf '| floor (bare loop, 1 thread) | %.3f | %s | 1.00 |\n' "$t_floor" "$(per_draw "$t_floor")"
printf '| mkba simulate -j 1 | %.3f | %s | %s |\n' "$t_j1" "$(per_draw "$t_j1")" "$(ratio "$t_j1" "$t_floor")"
printf '| mkba simulate -j 2 | %.3f | %s | %s |\n' "$t_j2" "$(per_draw "$t_j2")" "$(ratio "$t_j2" "$t_floor")"
echo
echo "-j 2 is $(ratio "$t_j1" "$t_j2")x as fast as -j 1."
echo
echo "| peak RSS (MiB) | $((draws / 10)) draws | $draws draws |"
echo "| --- | ---: | ---: |"
echo "| mkba simulate -j 2 | $rss_small | $rss_large |"
echo "| floor | | $rss_floor |"
