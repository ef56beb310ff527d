"""Reads an mkba workbook back and checks it against mkba's own JSON.

    check_workbook.py BOOK.xlsx RUN.json [--summary SUMMARY.json]
                      [--change TARIFF PRICE CHANGED.json]

RUN.json is `mkba run --format json` of the same files (an object, or an
array for several). Checks that every amount of a line is a formula that
takes its price from the tariff sheet, that every total is a formula, that
each formula evaluates (by the small evaluator below) to the value stored
with it, and that the stored values are mkba's figures to the cent. With
--change, sets TARIFF's price in the tariff sheet, evaluates again, and
checks every figure against CHANGED.json (mkba run --set
tariffs.TARIFF.price=PRICE): the sheet follows a changed price as mkba does.
Prints what it checked; exits 1 on the first difference.
"""

import json
import re
import statistics
import sys
from decimal import ROUND_HALF_UP, Decimal

try:
    import openpyxl
except ImportError:
    print("SKIP: python3-openpyxl is not installed (scripts/deps installs it)")
    sys.exit(0)

REF = re.compile(r"'([^']+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?")
SHEETS = ["tariffs", "programme", "lines", "cases", "population", "balance", "claims"]


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def column_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - ord("A") + 1
    return n


class Vec(list):
    """A range's values, compared and multiplied element by element."""

    def __eq__(self, other):
        return Vec(v == other for v in self)

    def __mul__(self, other):
        if isinstance(other, list):
            return Vec(float(a) * float(b) for a, b in zip(self, other))
        return Vec(float(a) * other for a in self)

    __rmul__ = __mul__
    __hash__ = None


class Book:
    """The formulas of a workbook and an evaluator for the ones mkba writes:
    cell references, + - * /, SUM, AVERAGE, MEDIAN, SUMPRODUCT, and IF, OR and
    SUMIF(range, "<0" or ">0")."""

    def __init__(self, path):
        self.formulas = openpyxl.load_workbook(path)
        self.cached = openpyxl.load_workbook(path, data_only=True)
        self.inputs = {}  # changed input cells
        self.values = {}
        # Read before any cell is: openpyxl adds the cells it is asked for.
        self.last_row = {ws.title: ws.max_row for ws in self.formulas.worksheets}

    def raw(self, sheet, cell):
        if int(re.sub("[A-Z]", "", cell)) > self.last_row[sheet]:
            return None
        return self.formulas[sheet][cell].value

    def formula(self, sheet, cell):
        """The cell's formula, or None for a value (also text that starts
        with '=': the workbook stores it as text, which Excel never runs)."""
        if int(re.sub("[A-Z]", "", cell)) > self.last_row[sheet]:
            return None
        c = self.formulas[sheet][cell]
        return c.value if c.data_type == "f" else None

    def value(self, sheet, cell):
        key = (sheet, cell)
        if key in self.inputs:
            return self.inputs[key]
        if key not in self.values:
            formula = self.formula(sheet, cell)
            self.values[key] = self.evaluate(formula[1:]) if formula else self.raw(sheet, cell)
        return self.values[key]

    def range(self, sheet, c1, r1, c2, r2):
        out = Vec()
        for col in range(column_index(c1), column_index(c2) + 1):
            for row in range(r1, r2 + 1):
                letters = openpyxl.utils.get_column_letter(col)
                out.append(self.value(sheet, f"{letters}{row}"))
        return out

    def evaluate(self, formula):
        def ref(m):
            sheet, c1, r1, c2, r2 = m.groups()
            if c2:
                return f"R({sheet!r},{c1!r},{r1},{c2!r},{r2})"
            return f"C({sheet!r},{c1!r}{r1!r})"

        expr = REF.sub(ref, formula)
        expr = re.sub(r'(?<![=!<>])=(?!=)', "==", expr)
        env = {
            "R": self.range,
            "C": lambda s, c: number(self.value(s, c)),
            "SUM": lambda v: sum(number(x) for x in v),
            # A range, or values one by one (the cases' own costs).
            "AVERAGE": lambda *v: sum(number(x) for x in flat(v)) / len(flat(v)),
            "MEDIAN": lambda *v: statistics.median(number(x) for x in flat(v)),
            "SUMPRODUCT": lambda v: sum(v),
            # The payer balance rule's transfer (both branches are computed:
            # the workbook's formula divides by no zero).
            "IF": lambda c, a, b: a if c else b,
            "OR": lambda *c: any(c),
            "SUMIF": lambda v, crit: sum(number(x) for x in v
                                         if (number(x) < 0 if crit == "<0" else number(x) > 0)),
        }
        return eval(expr, {"__builtins__": {}}, env)  # the workbook's own formulas

    def recompute(self, inputs):
        self.inputs = inputs
        self.values = {}


def flat(args):
    """The values of AVERAGE's or MEDIAN's arguments: ranges and numbers."""
    out = []
    for a in args:
        out.extend(a if isinstance(a, list) else [a])
    return out


def number(v):
    return 0.0 if v is None or v == "" else float(v)


def cents(v):
    return Decimal(repr(float(v))).quantize(Decimal("0.01"), ROUND_HALF_UP)


def same(expected, got, what):
    if expected is None:
        if got not in (None, ""):
            fail(f"{what}: mkba has no value, the workbook has {got}")
        return
    if got is None or cents(got) != cents(expected):
        fail(f"{what}: mkba {expected}, the workbook {got}")


def sheet_names(book):
    names = book.formulas.sheetnames
    if len(names) == len(SHEETS) + 1:  # the summary sheet comes first
        return names[0], dict(zip(SHEETS, names[1:]))
    return None, dict(zip(SHEETS, names))


def rows(book, sheet):
    return range(2, book.last_row[sheet] + 1)


def check_formulas(book, names):
    """Every formula evaluates to the value stored with it."""
    count = 0
    for sheet in book.formulas.sheetnames:
        for row in book.formulas[sheet].iter_rows():
            for cell in row:
                if cell.data_type != "f":
                    continue
                cached = book.cached[sheet][cell.coordinate].value
                got = book.value(sheet, cell.coordinate)
                if abs(float(got) - float(cached)) > 0.005 + 1e-9 * abs(float(cached)):
                    fail(f"{sheet}!{cell.coordinate} {cell.value} is {got}, stores {cached}")
                count += 1
    return count


def payers_of(runs):
    out = []
    for r in runs:
        for p in r["tariffs"]["payers"]:
            if p["id"] not in out:
                out.append(p["id"])
    return out


def check_structure(book, names):
    """Amounts take their price from the tariff sheet; totals are formulas."""
    lines, tariffs = names["lines"], names["tariffs"]
    for row in rows(book, lines):
        amount = book.formula(lines, f"J{row}")
        # A transfer's counterpart row negates the line above it.
        over_line = f"-'{lines}'!$J$" in amount if amount else False
        if not amount or (f"'{tariffs}'!$E$" not in amount and not over_line):
            fail(f"{lines}!J{row} is not a formula over the tariff sheet: {amount}")
        if not book.formula(lines, f"L{row}"):
            fail(f"{lines}!L{row} (net amount) is not a formula")
    for sheet, column in ((names["population"], "G"), (names["population"], "H")):
        for row in rows(book, sheet):
            if not book.formula(sheet, f"{column}{row}"):
                fail(f"{sheet}!{column}{row} is not a formula")


def check_against(book, names, runs, payers):
    """Each value (as evaluated) is mkba's figure, to the cent."""
    v = book.value
    checked = 0
    line_row = case_row = pop_row = balance_row = 2
    programme_row = 2
    n = len(payers)
    for r in runs:
        p = r["programme"]
        programme_row += len(p["costs"]) if p["costs"] else 0
        same(p["cost_total"], v(names["programme"], f"F{programme_row}"), "cost_total")
        if p["participants"] is not None:
            same(p["cost_per_participant"], v(names["programme"], f"F{programme_row + 2}"),
                 "cost_per_participant")
            programme_row += 2
        programme_row += 1
        checked += 2
        for c in r["cases"]:
            for line in c["lines"]:
                # A line with the programme is entered negative (its case's
                # total is without minus with).
                sign = -1 if line.get("side") == "with" else 1
                same(sign * line["amount"], v(names["lines"], f"J{line_row}"), f"{c['id']} amount")
                same(sign * line["net_amount"], v(names["lines"], f"L{line_row}"),
                     f"{c['id']} net")
                line_row += 1
                checked += 2
                # A transfer's counterpart has the row below, negated.
                if line.get("transfer"):
                    same(-sign * line["amount"], v(names["lines"], f"J{line_row}"),
                         f"{c['id']} transfer from {line['transfer']}")
                    line_row += 1
                    checked += 1
            cases = names["cases"]
            col = lambda i: openpyxl.utils.get_column_letter(i + 1) + str(case_row)
            for k, payer in enumerate(payers):
                if payer in c["by_payer"]:
                    same(c["by_payer"][payer], v(cases, col(3 + k)), f"{c['id']} {payer}")
                    same(c["net_by_payer"][payer], v(cases, col(4 + n + k)), f"{c['id']} {payer}")
                    checked += 2
            same(c["avoided_total"], v(cases, col(3 + n)), f"{c['id']} avoided_total")
            same(c["net_total"], v(cases, col(4 + 2 * n)), f"{c['id']} net_total")
            same(c["balance"], v(cases, col(6 + 2 * n)), f"{c['id']} balance")
            ratio = v(cases, col(7 + 2 * n))
            if c["ratio"] is not None and Decimal(repr(ratio)).quantize(
                    Decimal("0.01"), ROUND_HALF_UP) != Decimal(repr(c["ratio"])):
                fail(f"{c['id']} ratio: mkba {c['ratio']}, the workbook {ratio}")
            checked += 4
            case_row += 1
        for key in ("population", "population_net"):
            pop = r.get(key)
            if not pop:
                continue
            sheet = names["population"]
            for pp in pop["by_payer"]:
                for column, field in zip("FGHI", ("per_participant", "benefit", "cost", "net")):
                    same(pp[field], v(sheet, f"{column}{pop_row}"), f"{key} {pp['payer']} {field}")
                    checked += 1
                pop_row += 1
            for column, field in zip("GHI", ("benefit_total", "cost_total", "net_benefit")):
                same(pop[field], v(sheet, f"{column}{pop_row}"), f"{key} {field}")
                checked += 1
            pop_row += 1
        balance = (r.get("population_net") or {}).get("balance") or (
            r.get("population") or {}).get("balance")
        for b in (balance or {}).get("payers", []):
            for column, field in zip("CDEFG", ("pays", "avoids", "net", "transfer",
                                               "net_after_transfer")):
                same(b[field], v(names["balance"], f"{column}{balance_row}"),
                     f"balance {b['payer']} {field}")
                checked += 1
            balance_row += 1
    return checked


def check_summary(book, sheet, rows_json):
    v = book.value
    for i, row in enumerate(rows_json, start=2):
        same(row["cost_total"], v(sheet, f"D{i}"), f"summary {row['file']} cost_total")
        same(row.get("benefit_net_total"), v(sheet, f"E{i}"), f"summary {row['file']} benefit")
        same(row.get("net_benefit"), v(sheet, f"F{i}"), f"summary {row['file']} net_benefit")
    return 3 * len(rows_json)


def load_json(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return data if isinstance(data, list) else [data]


def main(argv):
    book = Book(argv[1])
    runs = load_json(argv[2])
    summary_sheet, names = sheet_names(book)
    print("sheets: " + ", ".join(book.formulas.sheetnames))
    lines = names["lines"]
    total = openpyxl.utils.get_column_letter(4 + len(payers_of(runs))) + "2"
    for sheet, cell, what in ((lines, "J2", "a line's amount"),
                              (names["cases"], total, "a case's total")):
        if book.raw(sheet, cell) is not None:
            print(f"{what}: {sheet}!{cell} {book.raw(sheet, cell)}")
    check_structure(book, names)
    print("every line's amount takes its price from the tariff sheet; totals are formulas")
    count = check_formulas(book, names)
    print(f"{count} formulas evaluate to the values they store")
    checked = check_against(book, names, runs, payers_of(runs))
    print(f"{checked} values equal mkba's figures to the cent")
    args = argv[3:]
    while args:
        if args[0] == "--summary":
            rows_json = [json.loads(line) for line in open(args[1], encoding="utf-8")] \
                if args[1].endswith(".jsonl") else load_json(args[1])[0]["rows"]
            n = check_summary(book, summary_sheet, rows_json)
            print(f"{n} summary values equal mkba summary's figures")
            args = args[2:]
        elif args[0] == "--change":
            tariff, price, changed = args[1], float(args[2]), load_json(args[3])
            t = names["tariffs"]
            cells = [f"E{row}" for row in rows(book, t) if book.raw(t, f"B{row}") == tariff]
            book.recompute({(t, cell): price for cell in cells})
            checked = check_against(book, names, changed, payers_of(changed))
            print(f"with {tariff} at {args[2]} in the tariff sheet: {checked} values equal "
                  f"mkba's figures with --set tariffs.{tariff}.price={args[2]}")
            args = args[4:]
        else:
            fail("unknown argument " + args[0])


if __name__ == "__main__":
    main(sys.argv)
