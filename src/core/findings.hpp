#pragma once
// What a reviewer looks for by hand (README, "Findings"): care counted twice
// in a case (one tariff on two lines; a tariff and a part it includes), care
// that needs more of a person's time than its period holds, and bases that
// count participants twice. They are warnings, not errors: the figures are
// computed as written, and `check --strict` fails on them.

#include <string>
#include <vector>

#include "core/result.hpp"

namespace mkba {

struct Finding {
  enum class Kind {
    same_tariff,     // one tariff on two lines of a case, not both named by an id
    whole_and_part,  // a tariff and a tariff it includes, in one case
    rate,            // the lines of one `per` need more time than that period holds
    periods,         // a line's `for` counts more periods than a year holds
    year,            // the case's care needs more days than a year holds
    admitted,        // care in part of a day on days an admission fills
    most_expensive,  // a payer counts every participant as its most expensive case
    weights_count,   // a basis's counts add up to more participants than there are
  };
  Kind kind = Kind::same_tariff;
  std::string case_id;  // empty for the population's findings
  std::string payer;    // most_expensive, weights_count
  // The lines concerned (or the basis), then the tariff table's line where
  // one is cited (whole_and_part: the `includes` item).
  std::vector<Origin> where;
  std::vector<std::string> tariffs;  // the tariff of each line in `where`
  int year = 0;                      // the year of the horizon, when the lines recur or lag
  Period per = Period::none;         // rate: the period; periods: the line's
  Occupies unit = Occupies::day;     // of parts, value and limit (time findings)
  // The arithmetic: `parts` add up to `value`, which exceeds `limit`. For
  // most_expensive: value is the case's amount for the payer, limit the mean
  // of the cases; for weights_count: the participants counted and those of
  // the population.
  std::vector<Exact> parts;
  Exact value;
  Exact limit;
};

// The findings of a computed analysis, case by case in file order, then the
// population's.
std::vector<Finding> find_findings(const Result& r);

}  // namespace mkba
