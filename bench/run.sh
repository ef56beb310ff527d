#!/usr/bin/env bash
# The batch speed benchmark: builds mkba (Release) and the yaml-cpp parse
# floor, generates 100, 1000 and 10000 programme files, and times
#
#   mkba summary DIR --format csv -j 1
#   mkba summary DIR --format csv -j 2
#   mkba_parse_floor DIR           (yaml-cpp alone: every file parsed once)
#
# with hyperfine, in the same run, interleaved: each round runs the three once,
# in a rotating order, so that other load on the machine hits all three alike.
# Records files per second, the ratio to the floor (wall and CPU time), the
# -j 2 speedup, peak memory (/usr/bin/time) and how many times tariff tables
# were parsed (a gdb breakpoint count). Prints a Markdown table and writes it,
# with the raw data, to $WORK (default /tmp/mkba-bench).
#
#   bench/run.sh                      # all sizes
#   SIZES="100 1000" bench/run.sh     # fewer
#   ROUNDS_10000=5 bench/run.sh       # more rounds of a size (default 40/7/3)
#
# Installs what it needs (Debian packages) when run as root or with sudo.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build-bench}
WORK=${WORK:-/tmp/mkba-bench}
SIZES=${SIZES:-"100 1000 10000"}
SEED=${SEED:-20171}
JOBS=${JOBS:-$(nproc)}

say() { printf '%s\n' "$*" >&2; }

# --- what it needs ---------------------------------------------------------
packages=(g++ cmake make libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev python3 time
  hyperfine gdb)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  say "installing: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO=sudo; else
    say "bench/run.sh: need root or sudo to install ${missing[*]}"
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null ||
    { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null; }
fi

# --- build -----------------------------------------------------------------
say "building (Release) in $BUILD"
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DMKBA_BENCH=ON >/dev/null
cmake --build "$BUILD" -j"$JOBS" --target mkba mkba_parse_floor >/dev/null
MKBA=$BUILD/mkba
FLOOR=$BUILD/mkba_parse_floor

mkdir -p "$WORK"
RESULTS=$WORK/results.tsv
printf 'n\tj1_s\tj2_s\tfloor_s\tratio\tcpu_ratio\tspeedup\tj1_rss_kb\tj2_rss_kb\tfloor_rss_kb\toutput_bytes\ttables\tparses\tload\n' >"$RESULTS"

for n in $SIZES; do
  dir=$WORK/files-$n
  if [ ! -f "$dir/.seed-$SEED" ]; then
    say "generating $n programme files in $dir"
    rm -rf "$dir"
    python3 "$ROOT/bench/generate.py" "$n" "$dir" --seed "$SEED"
    touch "$dir/.seed-$SEED"
  fi
  "$MKBA" validate "$dir" -j "$JOBS" || { say "generated files do not validate"; exit 1; }
  # -j 2 must write exactly what -j 1 writes.
  "$MKBA" summary "$dir" --format csv -j 1 >"$WORK/summary-$n.csv"
  "$MKBA" summary "$dir" --format csv -j 2 | cmp - "$WORK/summary-$n.csv" ||
    { say "-j 2 wrote other output than -j 1"; exit 1; }
  out_bytes=$(wc -c <"$WORK/summary-$n.csv")
  tables=$(find "$dir/tariffs" -name '*.yaml' | wc -l)

  rounds_var=ROUNDS_$n
  default_rounds=3
  ((n <= 100)) && default_rounds=40
  ((n > 100 && n <= 1000)) && default_rounds=7
  rounds=${!rounds_var:-$default_rounds}
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  say "N=$n: $rounds rounds (load average $load)"
  # Each run also records its peak resident set (/usr/bin/time %M, in KB).
  rm -f "$WORK"/rss-*-"$n".txt "$WORK"/round-"$n"-*.json
  rss="/usr/bin/time -a -f %M -o $WORK/rss"
  commands=(
    "mkba -j 1" "$rss-j1-$n.txt $MKBA summary $dir --format csv -j 1"
    "mkba -j 2" "$rss-j2-$n.txt $MKBA summary $dir --format csv -j 2"
    "parse floor" "$rss-floor-$n.txt $FLOOR $dir"
  )
  for ((r = 0; r < rounds; r++)); do
    args=()
    for ((k = 0; k < 3; k++)); do
      i=$((((r + k) % 3) * 2))
      args+=(-n "${commands[i]}" "${commands[i + 1]}")
    done
    hyperfine -N --style none --runs 1 --export-json "$WORK/round-$n-$r.json" "${args[@]}" \
      >/dev/null 2>&1
    printf '.' >&2
  done
  printf '\n' >&2
  rss1=$(sort -n "$WORK/rss-j1-$n.txt" | tail -1)
  rss2=$(sort -n "$WORK/rss-j2-$n.txt" | tail -1)
  rssf=$(sort -n "$WORK/rss-floor-$n.txt" | tail -1)

  # How many times a tariff table was parsed: breakpoint hits in the loader.
  parses=$(gdb -q -batch -ex 'set pagination off' \
    -ex 'break mkba::load::load_tariff_table' -ex 'ignore 1 100000000' \
    -ex "run summary $dir --format csv -j 1 >/dev/null" -ex 'info breakpoints' "$MKBA" 2>/dev/null |
    sed -n 's/.*already hit \([0-9]*\) time.*/\1/p')

  # Medians over the rounds: of each command's wall time, and of the ratios
  # within a round (so that a round is compared only with itself).
  python3 - "$WORK" "$n" "$rounds" "$rss1" "$rss2" "$rssf" "$out_bytes" "$tables" \
    "${parses:-?}" "$load" >>"$RESULTS" <<'PY'
import json, statistics as st, sys
work, n, rounds, *rest = sys.argv[1:]
runs = []
for r in range(int(rounds)):
    res = json.load(open(f"{work}/round-{n}-{r}.json"))["results"]
    runs.append({x["command"]: (x["mean"], x["user"] + x["system"]) for x in res})
med = lambda f: st.median(f(x) for x in runs)
j1, j2, fl = (med(lambda x, c=c: x[c][0]) for c in ("mkba -j 1", "mkba -j 2", "parse floor"))
ratio = med(lambda x: x["mkba -j 1"][0] / x["parse floor"][0])
cpu_ratio = med(lambda x: x["mkba -j 1"][1] / x["parse floor"][1])
speedup = med(lambda x: x["mkba -j 1"][0] / x["mkba -j 2"][0])
print("\t".join([n, f"{j1:.4f}", f"{j2:.4f}", f"{fl:.4f}", f"{ratio:.3f}", f"{cpu_ratio:.3f}",
                 f"{speedup:.3f}", *rest]))
PY
done

# --- the table ---------------------------------------------------------------
python3 - "$RESULTS" <<'PY' | tee "$WORK/results.md"
import csv, os, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
print("| N | -j 1 files/s | -j 2 files/s | speedup | floor files/s | -j 1 / floor (wall) "
      "| -j 1 / floor (CPU) | peak RSS -j 1 / -j 2 / floor | CSV output | tables parsed |")
print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for r in rows:
    n = int(r["n"])
    j1, j2, fl = float(r["j1_s"]), float(r["j2_s"]), float(r["floor_s"])
    mb = lambda kb: f"{int(kb) / 1024:.1f}"
    print(f"| {n} | {n / j1:.0f} | {n / j2:.0f} | {float(r['speedup']):.2f}x | {n / fl:.0f} "
          f"| {float(r['ratio']):.2f} | {float(r['cpu_ratio']):.2f} "
          f"| {mb(r['j1_rss_kb'])} / {mb(r['j2_rss_kb'])} / {mb(r['floor_rss_kb'])} MB "
          f"| {int(r['output_bytes']) / 1024:.0f} KB | {r['parses']} of {r['tables']} |")
cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
print()
print(f"Machine: {os.cpu_count()} CPUs ({cpu}); load average (1, 5, 15 min) before each size: "
      + "; ".join(f"N={r['n']}: {r['load']}" for r in rows))
PY
