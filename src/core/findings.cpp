#include "core/findings.hpp"

#include <algorithm>

namespace mkba {
namespace {

constexpr long long days_in_year = 365;

// The most days a period holds, and how many of it a year holds.
Exact days_in(Period p) {
  switch (p) {
    case Period::day:
      return Exact::integer(1);
    case Period::week:
      return Exact::integer(7);
    case Period::month:
      return Exact::integer(31);
    case Period::year:
    case Period::none:
      break;
  }
  return Exact::integer(days_in_year);
}

Exact periods_in_year(Period p) {
  switch (p) {
    case Period::day:
      return Exact::integer(days_in_year);
    case Period::week:
      return Exact::integer(52);
    case Period::month:
      return Exact::integer(12);
    case Period::year:
    case Period::none:
      break;
  }
  return Exact::integer(1);
}

Exact units_per_day(Occupies o) {
  return Exact::integer(o == Occupies::dagdeel ? 2 : o == Occupies::hour ? 24 : 1);
}

// A line of a case whose tariff says how much time a unit takes.
struct Timed {
  const AvoidedLine* line;
  const Tariff* tariff;
  Exact units() const { return line->quantity.exact() * line->periods.exact(); }
  // The days over which its care is spread: its periods, or (without a
  // period) the fewest days its units fit in.
  Exact span_days() const {
    if (line->per == Period::none) return units() / units_per_day(tariff->occupies);
    const Exact span = line->per == Period::month
                           ? line->periods.exact() * Exact::fraction(days_in_year, 12)
                           : line->periods.exact() * days_in(line->per);
    return std::min(span, Exact::integer(days_in_year));
  }
};

class CaseFindings {
 public:
  // The findings of one side of a case: with and without the programme are
  // two situations, each read on its own.
  CaseFindings(const Case& c, Side side, const TariffIndex& tariffs, std::vector<Finding>& out)
      : c_(c), tariffs_(tariffs), out_(out) {
    for (const auto& line : c.avoided)
      if (line.side == side) lines_.push_back(&line);
  }

  void run() {
    same_tariff();
    whole_and_part();
    std::vector<Timed> timed;
    for (const AvoidedLine* line : lines_)
      if (const Tariff* t = tariffs_.find(line->tariff); t && t->occupies != Occupies::none)
        timed.push_back({line, t});
    for (Period p : {Period::day, Period::week, Period::month}) rate(timed, p);
    for (const auto& t : timed) periods(t);
    in_years(timed);
  }

 private:
  Finding finding(Finding::Kind kind) const {
    Finding f;
    f.kind = kind;
    f.case_id = c_.id;
    return f;
  }
  static void cite(Finding& f, const AvoidedLine& line) {
    f.where.push_back(line.origin);
    f.tariffs.push_back(line.tariff);
  }

  // Two lines of one tariff are summed; both need an id to say they are meant.
  void same_tariff() {
    for (std::size_t i = 0; i < lines_.size(); ++i)
      for (std::size_t j = i + 1; j < lines_.size(); ++j) {
        const AvoidedLine& a = *lines_[i];
        const AvoidedLine& b = *lines_[j];
        if (a.tariff != b.tariff || (!a.id.empty() && !b.id.empty())) continue;
        Finding f = finding(Finding::Kind::same_tariff);
        cite(f, a);
        cite(f, b);
        out_.push_back(std::move(f));
        break;  // each later line of the tariff is cited with the first
      }
  }

  void whole_and_part() {
    for (const AvoidedLine* line : lines_) {
      const AvoidedLine& whole = *line;
      const Tariff* t = tariffs_.find(whole.tariff);
      if (!t) continue;
      for (std::size_t k = 0; k < t->includes.size(); ++k)
        for (const AvoidedLine* part_line : lines_)
          if (const AvoidedLine& part = *part_line; part.tariff == t->includes[k]) {
            Finding f = finding(Finding::Kind::whole_and_part);
            cite(f, whole);
            cite(f, part);
            f.where.push_back(t->include_origins[k]);
            f.tariffs.push_back(t->id);
            out_.push_back(std::move(f));
          }
    }
  }

  // Sums the lines' time in their common unit, or in days when they differ,
  // and reports when it exceeds `days` days.
  void exceeds(Finding f, const std::vector<const Timed*>& lines, const Exact& days) {
    if (lines.empty()) return;
    const Occupies unit = lines.front()->tariff->occupies;
    const bool same = std::all_of(lines.begin(), lines.end(),
                                  [&](const Timed* t) { return t->tariff->occupies == unit; });
    f.unit = same ? unit : Occupies::day;
    for (const Timed* t : lines) {
      const Exact units = f.kind == Finding::Kind::rate ? t->line->quantity.exact() : t->units();
      f.parts.push_back(same ? units : units / units_per_day(t->tariff->occupies));
      f.value += f.parts.back();
      cite(f, *t->line);
    }
    f.limit = days * units_per_day(f.unit);
    if (f.value > f.limit) out_.push_back(std::move(f));
  }

  // More dagdelen a week (hours a day...) than the period holds.
  void rate(const std::vector<Timed>& timed, Period p) {
    std::vector<const Timed*> lines;
    for (const auto& t : timed)
      if (t.line->per == p) lines.push_back(&t);
    Finding f = finding(Finding::Kind::rate);
    f.per = p;
    exceeds(std::move(f), lines, days_in(p));
  }

  void periods(const Timed& t) {
    if (t.line->per == Period::none || t.line->periods.exact() <= periods_in_year(t.line->per))
      return;
    Finding f = finding(Finding::Kind::periods);
    f.per = t.line->per;
    f.value = t.line->periods.exact();
    f.limit = periods_in_year(t.line->per);
    cite(f, *t.line);
    out_.push_back(std::move(f));
  }

  // Each year of the lines' timing that holds another set of lines than the
  // year before: the days they need in all, and the days of an admission
  // beside the care in part of a day.
  void in_years(const std::vector<Timed>& timed) {
    int last = 1;
    bool timing = false;
    for (const auto& t : timed) {
      last = std::max(last, t.line->timing.lag + t.line->timing.years);
      timing = timing || t.line->timing.lag > 0 || t.line->timing.years > 1;
    }
    std::vector<const Timed*> previous;
    bool year_found = false, admitted_found = false;
    for (int year = 1; year <= last && !(year_found && admitted_found); ++year) {
      std::vector<const Timed*> lines;
      for (const auto& t : timed)
        if (t.line->timing.lag < year && year <= t.line->timing.lag + t.line->timing.years)
          lines.push_back(&t);
      if (lines.empty() || lines == previous) continue;
      previous = lines;
      const std::size_t before = out_.size();
      Finding f = finding(Finding::Kind::year);
      f.year = timing ? year : 0;
      if (!year_found) exceeds(f, lines, Exact::integer(days_in_year));
      year_found = year_found || out_.size() > before;
      // A year already over its days needs no second finding for the admission.
      if (!admitted_found && out_.size() == before) admitted_found = admitted(lines, f.year);
    }
  }

  // Care in dagdelen or hours over the days of its periods, beside the days
  // an admission fills: both cannot be on the same day.
  bool admitted(const std::vector<const Timed*>& lines, int year) {
    const Timed* longest = nullptr;
    std::vector<const Timed*> admissions;
    for (const Timed* t : lines) {
      if (t->tariff->occupies == Occupies::day)
        admissions.push_back(t);
      else if (!longest || longest->span_days() < t->span_days())
        longest = t;
    }
    if (!longest || admissions.empty()) return false;
    Finding f = finding(Finding::Kind::admitted);
    f.year = year;
    f.parts.push_back(longest->span_days());
    cite(f, *longest->line);
    for (const Timed* t : admissions) {
      f.parts.push_back(t->units());
      cite(f, *t->line);
    }
    for (const auto& part : f.parts) f.value += part;
    f.limit = Exact::integer(days_in_year);
    if (f.value <= f.limit) return false;
    out_.push_back(std::move(f));
    return true;
  }

  const Case& c_;
  const TariffIndex& tariffs_;
  std::vector<Finding>& out_;
  std::vector<const AvoidedLine*> lines_;  // of the side read
};

// A payer whose basis is one case, the one with the most for that payer,
// while the other payers count the participants as a mix of the cases.
void most_expensive(const Result& r, std::vector<Finding>& out) {
  const Analysis& a = *r.analysis;
  if (a.cases.size() < 2 || a.population->default_basis.kind == Basis::Kind::single_case) return;
  for (const auto& [payer, basis] : a.population->payer_basis) {
    if (basis.kind != Basis::Kind::single_case) continue;
    std::vector<Exact> amounts;
    Exact chosen, sum;
    for (const auto& c : r.cases)
      for (const auto& [id, amount] : c.by_payer)
        if (id == payer) {
          amounts.push_back(amount.exact());
          sum += amount.exact();
          if (r.input(c).id == basis.case_id) chosen = amount.exact();
        }
    if (amounts.size() < 2) continue;
    const Exact mean = sum / Exact::integer(static_cast<long long>(amounts.size()));
    if (chosen < *std::max_element(amounts.begin(), amounts.end()) || chosen <= mean) continue;
    Finding f;
    f.kind = Finding::Kind::most_expensive;
    f.case_id = basis.case_id;
    f.payer = payer;
    f.where.push_back(basis.origin);
    f.value = chosen;
    f.limit = mean;
    out.push_back(std::move(f));
  }
}

// Weights written as counts of participants (not shares adding up to 1)
// that count more participants than the population has.
void weights_count(const Analysis& a, std::vector<Finding>& out) {
  const Population& p = *a.population;
  const long long participants = p.participants.value_or(a.programme.participants.value_or(0));
  auto check = [&](const std::string& payer, const Basis& basis) {
    if (basis.kind != Basis::Kind::weights || participants <= 0) return;
    Finding f;
    f.kind = Finding::Kind::weights_count;
    f.payer = payer;
    for (const auto& [id, w] : basis.weights) {
      f.parts.push_back(w.exact());
      f.value += w.exact();
    }
    f.limit = Exact::integer(participants);
    f.where.push_back(basis.origin);
    if (f.value != Exact::integer(1) && f.value > f.limit) out.push_back(std::move(f));
  };
  for (const auto& [payer, basis] : p.payer_basis) check(payer, basis);
  check({}, p.default_basis);
}

}  // namespace

std::vector<Finding> find_findings(const Result& r) {
  const Analysis& a = *r.analysis;
  std::vector<Finding> out;
  const TariffIndex tariffs(a.tariffs);
  for (const auto& c : a.cases)
    for (Side side : {Side::without, Side::with, Side::cost})
      CaseFindings(c, side, tariffs, out).run();
  if (a.population) {
    most_expensive(r, out);
    weights_count(a, out);
  }
  return out;
}

}  // namespace mkba
