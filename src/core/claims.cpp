#include "core/claims.hpp"

#include <algorithm>

#include "core/calculate.hpp"
#include "core/suggest.hpp"

namespace mkba {
namespace {

Exact default_precision(FigureKind kind) {
  return kind == FigureKind::count || kind == FigureKind::year ? Exact::integer(1)
                                                               : Exact::fraction(1, 100);
}

Exact round_up_to_step(const Exact& value, const Exact& step) {
  return Exact::fraction((value / step).ceil(), 1) * step;
}

bool explain_by_parts(const Trace& t, ClaimCheck& c) {
  if (t.op != Trace::Op::sum || t.operands.size() < 2) return false;
  Exact sum;
  std::vector<std::pair<std::string, Exact>> parts;
  for (const auto& part : t.operands) {
    Exact rounded = round_to_step(part.value, c.precision);
    parts.emplace_back(part.figure, rounded);
    sum += rounded;
  }
  if (sum != c.claim->value) return false;
  c.reason = ClaimCheck::Reason::sum_of_rounded_parts;
  c.parts = std::move(parts);
  c.parts_sum = sum;
  return true;
}

// Rounding steps a source might have used: 1, 2.5, 5 times a power of ten.
bool explain_by_step(ClaimCheck& c) {
  for (long long power = 1; power <= 1'000'000'000'000LL; power *= 10) {
    for (Exact step : {Exact::fraction(power, 100), Exact::fraction(power * 25, 1000),
                       Exact::fraction(power * 5, 100)}) {
      if (step <= c.precision) continue;
      if (round_to_step(c.computed, step) == c.claim->value) {
        c.reason = ClaimCheck::Reason::coarser_rounding;
        c.step = step;
        return true;
      }
    }
  }
  return false;
}

bool explain_by_factor(ClaimCheck& c) {
  if (c.computed.is_zero() || c.claim->value.is_zero()) return false;
  Exact up = c.claim->value / c.computed;
  Exact down = c.computed / c.claim->value;
  for (long long n = 2; n <= 1000; ++n) {
    if (round_to_step(c.computed * Exact::integer(n), c.precision) == c.claim->value &&
        up > Exact()) {
      c.factor = n;
    } else if (round_to_step(c.claim->value * Exact::integer(n), c.precision) ==
                   round_to_step(c.computed, c.precision) &&
               down > Exact()) {
      c.factor = -n;
    } else {
      continue;
    }
    c.reason = ClaimCheck::Reason::whole_factor;
    return true;
  }
  return false;
}

}  // namespace

Exact round_to_step(const Exact& value, const Exact& step) {
  Decimal whole = (value / step).round(0);
  return Exact::fraction(whole.units, 1) * step;
}

namespace {

// The check of one claim; throws OutOfRange when the figure cannot be
// rounded to the claim's precision exactly. The search for a reason is
// given up, not failed, where it would leave the exact range.
ClaimCheck check_claim(const Result& r, const Claim& claim) {
  ClaimCheck c;
  c.claim = &claim;
  auto traced = trace_figure(r, claim.figure);
  if (!traced) {  // a figure without a value here: the claim cannot hold
    c.kind = claim.figure == "payback_year" ? FigureKind::year : FigureKind::amount;
    c.precision = default_precision(c.kind);
    c.reason = ClaimCheck::Reason::no_value;
    return c;
  }
  const Trace& t = *traced;
  c.kind = t.kind;
  c.computed = t.value;
  c.precision = claim.precision.value_or(default_precision(t.kind));
  c.rounded = round_to_step(c.computed, c.precision);
  c.holds = c.rounded == claim.value;
  if (c.holds) return c;
  try {
    if (!explain_by_parts(t, c)) {
      if (round_up_to_step(c.computed, c.precision) == claim.value)
        c.reason = ClaimCheck::Reason::rounded_up;
      else if (!explain_by_step(c))
        explain_by_factor(c);
    }
  } catch (const OutOfRange&) {
    ClaimCheck plain = c;  // no reason found, and none half found
    plain.reason = ClaimCheck::Reason::none;
    plain.parts.clear();
    plain.parts_sum = plain.step = Exact();
    plain.factor = 0;
    return plain;
  }
  return c;
}

}  // namespace

Diagnostics validate_claims(const Result& r) {
  Diagnostics d;
  for (const auto& claim : r.analysis->claims) {
    if (trace_figure(r, claim.figure)) {
      try {
        check_claim(r, claim);
      } catch (const OutOfRange& e) {
        report_out_of_range(d, claim.origin, "the claim on " + claim.figure, e);
      }
      continue;
    }
    std::vector<std::string> valueless = valueless_paths(r);
    if (std::find(valueless.begin(), valueless.end(), claim.figure) != valueless.end()) continue;
    d.error(claim.figure_origin, "unknown figure '" + claim.figure + "'",
            unknown_figure_hint(r, claim.figure));
  }
  return d;
}

std::vector<ClaimCheck> check_claims(const Result& r) {
  std::vector<ClaimCheck> checks;
  for (const auto& claim : r.analysis->claims) checks.push_back(check_claim(r, claim));
  return checks;
}

}  // namespace mkba
