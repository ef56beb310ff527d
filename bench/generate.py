#!/usr/bin/env python3
"""Writes N synthetic but valid programme files (and their tariff tables) for
the batch benchmark.

    bench/generate.py N DIR [--seed S]

DIR/programmes/NNNNN/*.yaml holds the programme files, DIR/tariffs/*.yaml the
tariff tables. About 70% of the programmes share one of a few common tariff
tables (so that a shared table is parsed once for many files); the others
each have a table of their own. Every file has 3 to 12 cases of 3 to 8
avoided-care lines, a programme with costs, a population block (bases mean,
median, a case id or weights), a few claims (which hold) and scenarios; some
have reach indicators and break-even units. Tariff tables hold 20 to 60
tariffs. Same N and seed, same bytes: only the standard library and one
seeded random generator are used.
"""

import argparse
import os
import random
import sys
from decimal import ROUND_HALF_UP, Decimal

PAYERS = [
    ("gemeente", "Gemeente (Wmo)"),
    ("zorgverzekeraar", "Zorgverzekeraar (Zvw)"),
    ("zorgkantoor", "Zorgkantoor (Wlz)"),
    ("justitie", "Justitie en Veiligheid"),
    ("uwv", "UWV"),
]

CARE = [
    ("dagbesteding", "Dagbesteding", "dagdeel", "dagdelen"),
    ("seh_bezoek", "Bezoek spoedeisende hulp (SEH)", "bezoek", "bezoeken"),
    ("dagopname", "Dagopname ziekenhuis", "opname", "opnames"),
    ("ggz_opname_dag", "Intramurale GGZ-opname", "dag", "dagen"),
    ("ggz_deeltijd", "Deeltijdbehandeling GGZ", "behandeling", "behandelingen"),
    ("huisarts_consult", "Consult huisarts", "consult", "consulten"),
    ("poh_uur", "Praktijkondersteuner huisarts (POH)", "uur", "uur"),
    ("begeleiding_uur", "Individuele begeleiding", "uur", "uur"),
    ("beschermd_wonen", "Beschermd wonen", "etmaal", "etmalen"),
    ("maatschappelijke_opvang", "Maatschappelijke opvang", "nacht", "nachten"),
    ("politie_inzet", "Inzet politie", "uur", "uur"),
    ("crisisdienst", "Inzet crisisdienst GGZ", "inzet", "inzetten"),
    ("uitkering", "Bijstandsuitkering", "maand", "maanden"),
    ("schuldhulp", "Schuldhulpverlening", "traject", "trajecten"),
    ("ambulance", "Ambulancerit", "rit", "ritten"),
    ("verslavingszorg", "Ambulante verslavingszorg", "contact", "contacten"),
    ("huishoudelijke_hulp", "Huishoudelijke hulp", "uur", "uur"),
    ("wijkverpleging", "Wijkverpleging", "uur", "uur"),
    ("detentie_dag", "Detentie", "dag", "dagen"),
    ("reclassering", "Reclasseringstoezicht", "maand", "maanden"),
]

FIRST = ["Meneer", "Mevrouw"]
LETTERS = "ABCDEFGHJKLMNPRSTVWZ"
PLACES = ["Doetinchem", "Zutphen", "Deventer", "Apeldoorn", "Arnhem", "Nijmegen", "Zwolle",
          "Enschede", "Hengelo", "Almelo", "Utrecht", "Amersfoort", "Leiden", "Delft"]
KINDS = ["Stadskamer", "Inloophuis", "Buurtteam", "Herstelacademie", "Wijkcoach",
         "Ontmoetingscentrum", "Housing First", "Maatjesproject"]
STORY = ("Heeft jaren last gehad van klachten en is vaak opgenomen geweest. Komt nu "
         "wekelijks naar de activiteiten en helpt mee bij de lunch. Het netwerk is "
         "gegroeid en de terugval is uitgebleven.")


def dec(x, places=2):
    """A plain decimal text with at most `places` decimals, no trailing zeros;
    halves away from zero, as mkba rounds."""
    q = Decimal(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    s = format(q.normalize(), "f")
    return s


def quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def tariff_table(rng, name, n_tariffs, n_payers, year):
    payers = PAYERS[:n_payers]
    tariffs = []
    for i in range(n_tariffs):
        base = CARE[i % len(CARE)]
        tid = base[0] if i < len(CARE) else f"{base[0]}_{i // len(CARE) + 1}"
        price = Decimal(rng.randrange(500, 900000)) / 100  # 5.00 .. 9000.00
        tariffs.append({
            "id": tid,
            "label": base[1] + ("" if i < len(CARE) else f", variant {i // len(CARE) + 1}"),
            "unit": base[2],
            "unit_plural": base[3],
            "price": price,
            "payer": payers[rng.randrange(n_payers)][0],
            "source": f"Kostenhandleiding {year}, tabel {rng.randrange(1, 40)}",
        })
    out = [f"# Unit prices for {name}. Generated for the batch benchmark.",
           f"name: {name}", "currency: EUR", f"price_year: {year}",
           f"source: Kostenhandleiding maatschappelijke kosten-batenanalyse {year}",
           "payers:"]
    for pid, label in payers:
        out.append(f"  - {{id: {pid}, label: {label}}}")
    out.append("tariffs:")
    for t in tariffs:
        out += [f"  - id: {t['id']}",
                f"    label: {quote(t['label'])}",
                f"    unit: {t['unit']}",
                f"    unit_plural: {t['unit_plural']}",
                f"    price: {dec(t['price'])}",
                f"    payer: {t['payer']}",
                f"    source: {quote(t['source'])}"]
    return "\n".join(out) + "\n", tariffs, [p[0] for p in payers]


def programme_file(rng, index, tariffs_rel, tariffs, payers):
    kind = rng.choice(KINDS)
    place = rng.choice(PLACES)
    year = rng.randrange(2015, 2025)
    participants = rng.randrange(20, 2000)
    costs = []
    for k in range(rng.randrange(1, 4)):
        amount = Decimal(rng.randrange(10, 2000)) * 1000
        costs.append((f"kosten-{k + 1}", f"Subsidie {rng.choice(payers)} {year}, deel {k + 1}",
                      amount, rng.choice(payers)))
    n_cases = rng.randrange(3, 13)
    cases = []
    for c in range(n_cases):
        lines = []
        for t in rng.sample(tariffs, rng.randrange(3, 9)):  # a tariff once per case
            line = {"tariff": t["id"], "price": t["price"]}
            r = rng.random()
            if r < 0.35:
                line["quantity"] = Decimal(rng.randrange(1, 20)) / 2
                line["per"] = "week"
                line["for"] = Decimal(rng.randrange(4, 53))
            elif r < 0.5:
                line["quantity"] = Decimal(rng.randrange(1, 5))
                line["per"] = "month"
                line["for"] = Decimal(rng.randrange(1, 13))
            elif r < 0.8:
                line["quantity"] = Decimal(rng.randrange(1, 30))
            if rng.random() < 0.15:
                line["payer"] = rng.choice(payers)
            if rng.random() < 0.2:
                line["note"] = "volgens het dossier, " + rng.choice(
                    ["geschat door de casusregisseur", "uit de wijkmonitor", "telling 2016"])
            lines.append(line)
        cases.append({"id": f"casus-{c + 1}",
                      "title": f"{rng.choice(FIRST)} {rng.choice(LETTERS)}, "
                               f"{rng.randrange(18, 90)} jaar",
                      "lines": lines})

    def line_amount(line):
        return line["price"] * line.get("quantity", Decimal(1)) * line.get("for", Decimal(1))

    out = [f"# {kind} {place}: generated programme {index} for the batch benchmark.",
           "programme:",
           f"  name: {kind} {place} {index}",
           f"  year: {year}",
           f"  tariffs: {tariffs_rel}",
           f"  participants: {participants}",
           "  costs:"]
    for cid, label, amount, payer in costs:
        out.append(f"    - {{id: {cid}, label: {quote(label)}, amount: {dec(amount)}, payer: {payer}}}")
    if rng.random() < 0.3:
        out.append("  reach:")
        for r in range(rng.randrange(1, 4)):
            out.append(f"    - {{label: Bereik {r + 1}, count: {rng.randrange(10, 900)}, "
                       f"months: {rng.randrange(1, 25)}, source: jaarverslag {year}}}")
    out.append("")
    out.append("cases:")
    for c in cases:
        out += [f"  - id: {c['id']}",
                f"    title: {c['title']}",
                "    story: >-"]
        words = STORY.split(" ")
        cut = rng.randrange(len(words) // 2, len(words))
        text = " ".join(words[:cut]) + "."
        while text:  # fold at about 76 columns
            if len(text) <= 70:
                out.append("      " + text)
                break
            at = text.rfind(" ", 0, 70)
            out.append("      " + text[:at])
            text = text[at + 1:]
        out.append(f"    effect: {kind} voorkomt terugval en zware zorg")
        out.append("    avoided:")
        for line in c["lines"]:
            parts = [f"tariff: {line['tariff']}"]
            if "quantity" in line:
                parts.append(f"quantity: {dec(line['quantity'])}")
            if "per" in line:
                parts += [f"per: {line['per']}", f"for: {dec(line['for'])}"]
            if "payer" in line:
                parts.append(f"payer: {line['payer']}")
            if "note" in line:
                parts.append(f"note: {quote(line['note'])}")
            out.append("      - {" + ", ".join(parts) + "}")
        out.append("")

    # Population: a basis per payer for some payers, and a default.
    def basis():
        r = rng.random()
        if r < 0.4:
            return "mean"
        if r < 0.6:
            return "median"
        if r < 0.85:
            return rng.choice(cases)["id"]
        chosen = rng.sample(cases, min(len(cases), rng.randrange(2, 5)))
        if rng.random() < 0.5:  # whole counts
            weights = ", ".join(f"{c['id']}: {rng.randrange(1, 10)}" for c in chosen)
        else:  # shares that sum to 1
            shares = [Decimal(rng.randrange(1, 100)) for _ in chosen]
            total = sum(shares)
            shares = [(s / total).quantize(Decimal("0.01")) for s in shares]
            shares[-1] = Decimal(1) - sum(shares[:-1])
            if shares[-1] <= 0:
                shares = [Decimal(1) / len(chosen)] * len(chosen) if len(chosen) in (2, 4) \
                    else [Decimal("0.5"), Decimal("0.5")]
                chosen = chosen[:len(shares)]
            weights = ", ".join(f"{c['id']}: {dec(s, 4)}" for c, s in zip(chosen, shares))
        return "{weights: {" + weights + "}}"

    out += ["population:", f"  participants: {participants}", "  basis:"]
    for p in rng.sample(payers, rng.randrange(0, len(payers) + 1)):
        out.append(f"    {p}: {basis()}")
    out.append(f"    default: {basis()}")
    out.append("")

    if rng.random() < 0.4:
        out.append("breakeven:")
        for t in rng.sample(tariffs, rng.randrange(1, 3)):
            out.append(f"  - {{tariff: {t['id']}, quantity: {rng.randrange(1, 30)}}}")
        out.append("")

    # Claims that hold: the cost total, a case total and one of its lines.
    out.append("claims:")
    total = sum(c[2] for c in costs)
    out.append(f"  - {{figure: programme.cost_total, value: {dec(total)}, "
               f"source: 'begroting {year}'}}")
    for c in rng.sample(cases, min(len(cases), rng.randrange(1, 4))):
        amount = sum(line_amount(line) for line in c["lines"])
        out.append(f"  - {{figure: case.{c['id']}.avoided_total, value: {dec(amount)}, "
                   f"source: 'slide \"{c['title']}\"'}}")
        line = rng.choice(c["lines"])
        out.append(f"  - {{figure: case.{c['id']}.line.{line['tariff']}, "
                   f"value: {dec(line_amount(line))}, source: 'slide \"{c['title']}\"'}}")
    out.append("")

    out.append("scenarios:")
    c = rng.choice(cases)
    line = rng.choice(c["lines"])
    out += ["  - name: laag",
            "    description: minder zorg vermeden in een casus",
            f"    set: {{cases.{c['id']}.avoided.{line['tariff']}.quantity: 1, "
            "population.basis.default: median}"]
    t = rng.choice(tariffs)
    out += ["  - name: duurder",
            "    description: een hoger tarief",
            f"    set: {{tariffs.{t['id']}.price: {dec(t['price'] * Decimal('1.1'))}}}"]
    if rng.random() < 0.5:
        out += ["  - name: groot",
                "    description: twee keer zo veel deelnemers",
                f"    set: {{population.participants: {participants * 2}}}"]
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of programme files")
    ap.add_argument("dir", help="output folder (created; must not exist or be empty)")
    ap.add_argument("--seed", type=int, default=20171)
    ap.add_argument("--shared", type=float, default=0.7,
                    help="share of programmes that use a common tariff table")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(os.path.join(args.dir, "tariffs"), exist_ok=True)
    shared = []
    for s in range(5):
        name = f"Gedeelde tarieven {s + 1}"
        text, tariffs, payers = tariff_table(rng, name, rng.randrange(20, 61),
                                             rng.randrange(2, 6), 2015 + s)
        path = os.path.join(args.dir, "tariffs", f"gedeeld-{s + 1}.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        shared.append((f"gedeeld-{s + 1}.yaml", tariffs, payers))
    tables = len(shared)
    for i in range(args.n):
        sub = os.path.join(args.dir, "programmes", f"{i // 1000:03d}")
        os.makedirs(sub, exist_ok=True)
        if rng.random() < args.shared:
            fname, tariffs, payers = rng.choice(shared)
        else:
            fname = f"eigen-{i + 1:05d}.yaml"
            text, tariffs, payers = tariff_table(rng, f"Tarieven programma {i + 1}",
                                                 rng.randrange(20, 61), rng.randrange(2, 6),
                                                 rng.randrange(2015, 2025))
            with open(os.path.join(args.dir, "tariffs", fname), "w", encoding="utf-8") as f:
                f.write(text)
            tables += 1
        text = programme_file(rng, i + 1, "../../tariffs/" + fname, tariffs, payers)
        with open(os.path.join(sub, f"programma-{i + 1:05d}.yaml"), "w", encoding="utf-8") as f:
            f.write(text)
    print(f"{args.n} programme files, {tables} tariff tables in {args.dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
