#include "core/claims.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <stdexcept>

#include "core/calculate.hpp"
#include "core/suggest.hpp"

namespace mkba {
namespace {

Exact default_precision(FigureKind kind) {
  return kind == FigureKind::count || kind == FigureKind::year ? Exact::integer(1)
                                                               : Exact::fraction(1, 100);
}

bool explain_by_parts(const Trace& t, ClaimCheck& c) {
  if (t.op != Trace::Op::sum || t.operands.size() < 2) return false;
  Exact sum;
  std::vector<std::pair<std::string, Exact>> parts;
  for (const auto& part : t.operands) {
    Exact rounded = round_to_step(part.value, c.precision, c.claim->rounding);
    parts.emplace_back(part.figure, rounded);
    sum += rounded;
  }
  if (sum != c.claim->value) return false;
  c.reason = ClaimCheck::Reason::sum_of_rounded_parts;
  c.parts = std::move(parts);
  c.parts_sum = sum;
  return true;
}

// The other ways a source rounds than the claim says.
bool holds_otherwise(ClaimCheck& c, const Exact& step) {
  using R = Claim::Rounding;
  for (R how : {R::nearest, R::down, R::up}) {
    if (how == c.claim->rounding || round_to_step(c.computed, step, how) != c.claim->value)
      continue;
    c.reason = how == R::nearest ? ClaimCheck::Reason::rounded_nearest
               : how == R::down  ? ClaimCheck::Reason::rounded_down
                                 : ClaimCheck::Reason::rounded_up;
    c.step = step;
    return true;
  }
  return false;
}

// The finest step at which the claim holds, as a source might have rounded:
// a coarser step (1, 2,5 or 5 times a power of ten) the way the claim says,
// or, at the claim's precision or a power of ten, another way (truncated,
// rounded up, or to the nearest). A source that printed 23.236 for 23.236,51
// truncated to the euro; that 23.236 is also a multiple of EUR 2 is chance.
bool explain_by_rounding(ClaimCheck& c) {
  if (holds_otherwise(c, c.precision)) return true;
  for (long long power = 1; power <= 1'000'000'000'000LL; power *= 10) {
    const Exact decade = Exact::fraction(power, 100);
    for (Exact step :
         {decade, Exact::fraction(power * 25, 1000), Exact::fraction(power * 5, 100)}) {
      if (step <= c.precision) continue;
      if (round_to_step(c.computed, step, c.claim->rounding) == c.claim->value) {
        c.reason = ClaimCheck::Reason::coarser_rounding;
        c.step = step;
        return true;
      }
      if (step == decade && holds_otherwise(c, step)) return true;
    }
  }
  return false;
}

bool explain_by_factor(ClaimCheck& c) {
  if (c.computed.is_zero() || c.claim->value.is_zero()) return false;
  Exact up = c.claim->value / c.computed;
  Exact down = c.computed / c.claim->value;
  const Claim::Rounding how = c.claim->rounding;
  for (long long n = 2; n <= 1000; ++n) {
    if (round_to_step(c.computed * Exact::integer(n), c.precision, how) == c.claim->value &&
        up > Exact()) {
      c.factor = n;
    } else if (round_to_step(c.claim->value * Exact::integer(n), c.precision, how) == c.rounded &&
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

Exact round_to_step(const Exact& value, const Exact& step, Claim::Rounding how) {
  if (how == Claim::Rounding::nearest) return round_to_step(value, step);
  const Exact steps = value / step;
  Int128 whole = steps.numerator() / steps.denominator();  // towards zero
  if (how == Claim::Rounding::up && !steps.is_integer()) whole += steps.is_negative() ? -1 : 1;
  return Exact::fraction(whole, 1) * step;
}

namespace {

// A range holds when the rounded figure lies in it, a value when it is it.
bool claim_holds(const Claim& claim, const Exact& rounded) {
  if (claim.range) return claim.range->low <= rounded && rounded <= claim.range->high;
  return rounded == claim.value;
}

// The check of one claim; throws OutOfRange when the figure cannot be
// rounded to the claim's precision exactly. The search for a reason is
// given up, not failed, where it would leave the exact range.
ClaimCheck check_claim(const Explainer& figures, const Claim& claim) {
  ClaimCheck c;
  c.claim = &claim;
  auto traced = figures.trace(claim.figure);
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
  c.rounded = round_to_step(c.computed, c.precision, claim.rounding);
  c.holds = claim_holds(claim, c.rounded);
  if (c.holds || claim.range) return c;  // a range states no value to explain
  try {
    if (!explain_by_parts(t, c) && !explain_by_rounding(c)) explain_by_factor(c);
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

// Whether `r` is the result a claim on `scenario` is checked on.
bool checks_scenario(const Result& r, const std::string& scenario) {
  return scenario.empty() || scenario == r.analysis->scenario;
}

}  // namespace

Diagnostics validate_claims(const Result& r) {
  Diagnostics d;
  const Explainer figures(r);
  const std::vector<std::string> valueless = figures.valueless();
  for (const auto& claim : r.analysis->claims) {
    if (figures.trace(claim.figure, true)) {
      if (!checks_scenario(r, claim.scenario)) continue;
      try {
        check_claim(figures, claim);
      } catch (const OutOfRange& e) {
        report_out_of_range(d, claim.origin, "the claim on " + claim.figure, e);
      }
      continue;
    }
    if (std::find(valueless.begin(), valueless.end(), claim.figure) != valueless.end()) continue;
    d.error(claim.figure_origin, "unknown figure '" + claim.figure + "'",
            unknown_figure_hint(r, claim.figure));
  }
  return d;
}

std::vector<ClaimCheck> check_claims(const ClaimResults& results) {
  std::vector<ClaimCheck> checks;
  std::map<const Result*, std::unique_ptr<Explainer>> figures;  // each result's, once
  for (const auto& claim : results.base->analysis->claims) {
    const Result* on = checks_scenario(*results.base, claim.scenario) ? results.base : nullptr;
    for (const Result* r : results.scenarios)
      if (!claim.scenario.empty() && r->analysis->scenario == claim.scenario) on = r;
    if (!on) throw std::logic_error("check_claims: scenario '" + claim.scenario + "' not computed");
    auto& of = figures[on];
    if (!of) of = std::make_unique<Explainer>(*on);
    checks.push_back(check_claim(*of, claim));
  }
  return checks;
}

std::vector<ClaimCheck> check_claims(const Result& r) {
  std::vector<ClaimCheck> checks;
  const Explainer figures(r);
  for (const auto& claim : r.analysis->claims)
    if (checks_scenario(r, claim.scenario)) checks.push_back(check_claim(figures, claim));
  return checks;
}

std::vector<std::string> claimed_scenarios(const Analysis& a) {
  std::vector<std::string> names;
  for (const auto& claim : a.claims)
    if (!claim.scenario.empty() &&
        std::find(names.begin(), names.end(), claim.scenario) == names.end())
      names.push_back(claim.scenario);
  return names;
}

}  // namespace mkba
