#!/usr/bin/python3
"""The peer of `mkba simulate cases/stadskamer.yaml`: what an analyst would
write with numpy. The same five distributions, the same population formula,
prices read from the same files; prints the mean and P5/P50/P95 of the net
result. bench/simulate-peer.sh times it beside mkba.

    bench/simulate_peer.py DRAWS SEED"""
import sys
import numpy as np
import yaml

n, seed = int(sys.argv[1]), int(sys.argv[2])
price = {t["id"]: t["price"] for t in yaml.safe_load(open("tariffs/stadskamer-2017.yaml"))["tariffs"]}
rng = np.random.default_rng(seed)

day_care = rng.uniform(28, 40, n)                                # tariffs.dagbesteding.price
participants = rng.triangular(350, 450, 550, n)                   # population.participants
lo, mode, hi = 7, 21, 42                                         # beta-PERT, lambda 4
a, b = 1 + 4 * (mode - lo) / (hi - lo), 1 + 4 * (hi - mode) / (hi - lo)
admission_days = lo + (hi - lo) * rng.beta(a, b, n)              # casus-2 GGZ admission
m, s = 0.1, 0.05                                                 # beta by moments
k = m * (1 - m) / s**2 - 1
deadweight = rng.beta(m * k, (1 - m) * k, n)
sigma2 = np.log(1 + (2000 / 8000) ** 2)                          # lognormal: mean and sd of the value
part_time = rng.lognormal(np.log(8000) - sigma2 / 2, np.sqrt(sigma2), n)

# Gemeente: every participant as casus 1 (6 dagdelen for 40 weeks); insurer:
# the mean of the three cases' Zvw care; both net of deadweight.
gemeente = 6 * 40 * day_care
insurer = (price["seh_bezoek"] + price["dagopname"] + price["gebroken_arm"]
           + price["ggz_opname_dag"] * admission_days + part_time
           + 2 * 40 * price["huisarts_telefonisch"] + 40 * price["poh_uur"]) / 3
net = participants * (gemeente + insurer) * (1 - deadweight) - 1_100_000
p5, p50, p95 = np.percentile(net, [5, 50, 95])
print(f"mean {net.mean():.0f} sd {net.std(ddof=1):.0f} p5 {p5:.0f} p50 {p50:.0f} p95 {p95:.0f}")
