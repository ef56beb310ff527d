#!/usr/bin/env bash
# mkba simulate against its numpy peer: `mkba simulate cases/stadskamer.yaml
# -n 10^6` at -j 1 and -j 2 and bench/simulate_peer.py (the same model and
# distributions, written as an analyst would with numpy), interleaved over
# several rounds in rotating order; then peak memory of each at 10^5 and
# 10^6 draws, and a check that mkba and the peer agree on the mean within
# Monte Carlo error. Prints a Markdown table (bench/README.md, "Simulation
# against numpy").
#
#   bench/simulate-peer.sh [ROUNDS]       (default 7)
#
# Environment: MKBA_BENCH_BUILD (default build-bench-sim), MKBA_BENCH_DRAWS
# (default 1000000). Needs python3-numpy and python3-yaml (as root it installs
# them). Measure on a quiet machine: the load average is printed.
set -euo pipefail

cd "$(dirname "$0")/.."
rounds=${1:-7}
build=${MKBA_BENCH_BUILD:-build-bench-sim}
draws=${MKBA_BENCH_DRAWS:-1000000}
file=cases/stadskamer.yaml
peer=bench/simulate_peer.py

if ! /usr/bin/python3 -c 'import numpy, yaml' 2>/dev/null; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    python3-numpy python3-yaml >/dev/null
fi
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j 2 --target mkba >/dev/null
mkba=$build/mkba

# shellcheck source=bench/timing.sh
source bench/timing.sh
ratio() { echo "$1 / $2" | bc -l | xargs printf '%.2f'; }

# The same seed gives the same output at any -j.
a=$("$mkba" simulate "$file" -n 100000 --seed 42 --format json -j 1 | md5sum)
b=$("$mkba" simulate "$file" -n 100000 --seed 42 --format json -j 2 | md5sum)
[ "$a" = "$b" ] || { echo "simulate-peer.sh: -j 1 and -j 2 differ" >&2; exit 1; }

# The same estimate: means within four standard errors of their difference.
json=$("$mkba" simulate "$file" -n "$draws" --seed 42 --format json -j 2)
read -r mkba_mean mkba_sd < <(/usr/bin/python3 -c '
import json, sys
outcome = json.load(sys.stdin)["summaries"][0]  # the net result
print(outcome["mean"], outcome["sd"])' <<<"$json")
read -r _ peer_mean _ peer_sd _ < <("$peer" "$draws" 7)
agree=$(echo "d = $mkba_mean - $peer_mean; if (d < 0) d = -d; d < 4 * sqrt(($mkba_sd^2 + $peer_sd^2) / $draws)" | bc -l)
[ "$agree" = 1 ] || { echo "simulate-peer.sh: means differ: mkba $mkba_mean, peer $peer_mean" >&2; exit 1; }

commands=("$mkba simulate $file -n $draws --seed 42 -j 1"
          "$mkba simulate $file -n $draws --seed 42 -j 2"
          "$peer $draws 42")
declare -a times_0 times_1 times_2 peer_over_j1 peer_over_j2
load_before=$(load)
for ((r = 0; r < rounds; ++r)); do
  declare -A t=()
  for ((k = 0; k < 3; ++k)); do  # rotating order, so a slow spell hits all
    c=$(((r + k) % 3))
    # shellcheck disable=SC2086
    t[$c]=$(seconds ${commands[$c]})
  done
  times_0+=("${t[0]}") times_1+=("${t[1]}") times_2+=("${t[2]}")
  peer_over_j1+=("$(echo "${t[2]} / ${t[0]}" | bc -l)")
  peer_over_j2+=("$(echo "${t[2]} / ${t[1]}" | bc -l)")
done
load_after=$(load)
m0=$(printf '%s\n' "${times_0[@]}" | median)
m1=$(printf '%s\n' "${times_1[@]}" | median)
m2=$(printf '%s\n' "${times_2[@]}" | median)
r1=$(printf '%s\n' "${peer_over_j1[@]}" | median | xargs printf '%.2f')
r2=$(printf '%s\n' "${peer_over_j2[@]}" | median | xargs printf '%.2f')

small=$((draws / 10))
# shellcheck disable=SC2086
memory() { echo "$(peak_mib ${1/$draws/$small}) | $(peak_mib $1)"; }

echo "$(nproc) cores; load average $load_before before, $load_after after; $rounds rounds, medians."
echo "Mean net result: mkba $(printf '%.0f' "$mkba_mean"), numpy $(printf '%.0f' "$peer_mean") (seeds differ; within Monte Carlo error)."
echo
echo "| run | wall (s) | peer / run | peak MiB, $small draws | peak MiB, $draws draws |"
echo "| --- | ---: | ---: | ---: | ---: |"
printf '| mkba simulate -j 1 | %.3f | %s | %s |\n' "$m0" "$r1" "$(memory "${commands[0]}")"
printf '| mkba simulate -j 2 | %.3f | %s | %s |\n' "$m1" "$r2" "$(memory "${commands[1]}")"
printf '| numpy peer | %.3f | 1.00 | %s |\n' "$m2" "$(memory "${commands[2]}")"
echo
echo "Targets: -j 1 at least 2x as fast as the peer ($r1), -j 2 at least 3,5x ($r2)."
