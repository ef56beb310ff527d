#!/usr/bin/env python3
"""Writes one programme with N cases, and its tariff table, for the benchmark
of commands on many cases (bench/cases.sh).

    bench/generate_cases.py N DIR [--seed S]

DIR/programme.yaml: five years from 2024 at mkba-2021, two costs (one
recurring), N cases of 2 to 6 avoided-care lines (some recurring with a
drop-off of 1% or 20%, some a year later, some with attribution), a
population with a median basis for one payer and the mean for the others,
and two uncertain parameters. DIR/tariffs.yaml: 30 tariffs, 3 payers.
Same N and seed, same bytes.
"""

import argparse
import os
import random

PAYERS = ["gemeente", "zorgverzekeraar", "zorgkantoor"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("dir")
    ap.add_argument("--seed", type=int, default=2024)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.dir, exist_ok=True)
    with open(os.path.join(args.dir, "tariffs.yaml"), "w") as f:
        f.write("name: Benchmark tariffs\nprice_year: 2024\npayers:\n")
        for p in PAYERS:
            f.write(f"  - {{id: {p}, label: {p.capitalize()}}}\n")
        f.write("tariffs:\n")
        for t in range(30):
            price = rng.randint(10, 5000)
            f.write(f"  - {{id: t{t}, label: Tarief {t}, unit: keer, price: {price}, "
                    f"payer: {PAYERS[t % 3]}}}\n")
    lines = ["programme:", f"  name: Benchmark {args.n} cases", "  tariffs: tariffs.yaml",
             f"  participants: {10 * args.n}", "  horizon: {years: 5, start: 2024}",
             "  discounting: {preset: mkba-2021}", "  costs:",
             "    - {label: Opstart, amount: 250000, payer: gemeente}",
             "    - {label: Uitvoering, amount: 900000, payer: gemeente, recurring: {years: 5}}",
             "cases:"]
    for c in range(args.n):
        lines.append(f"  - id: c{c + 1}")
        lines.append(f"    title: Casus {c + 1}")
        lines.append("    avoided:")
        for t in rng.sample(range(30), rng.randint(2, 6)):
            extra = ""
            r = rng.random()
            if r < 0.4:
                extra += ", recurring: {years: 5, drop_off: %s}" % rng.choice(["0.01", "0.2"])
            elif r < 0.5:
                extra += ", lag: 1"
            if rng.random() < 0.2:
                extra += ", adjustments: {attribution: 0.%02d}" % rng.randint(10, 99)
            lines.append(f"      - {{tariff: t{t}, quantity: {rng.randint(1, 40)}{extra}}}")
    lines += ["population:", "  basis: {zorgverzekeraar: median, default: mean}",
              "uncertainty:", "  tariffs.t1.price: {low: 100, high: 900}",
              f"  population.participants: {{triangular: [{5 * args.n}, {10 * args.n}, {20 * args.n}]}}"]
    with open(os.path.join(args.dir, "programme.yaml"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
