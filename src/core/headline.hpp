#pragma once
// The figures a summary or a scenario comparison shows for one run.

#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace mkba {

struct Headline {
  Money cost_total;
  std::optional<long long> participants;  // scaled to, else the programme's
  std::size_t cases = 0;
  std::vector<PayerAmount> benefit;  // per payer; empty without a population
  std::optional<Money> benefit_total;
  std::optional<Money> net_benefit;
  std::optional<Quantity> ratio;
  std::optional<long long> breakeven_participants;  // at the population basis, or the mean case
};

Headline headline(const Result& result);

}  // namespace mkba
