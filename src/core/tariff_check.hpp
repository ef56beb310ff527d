#pragma once
// Each tariff of a table against the reference price it names (README,
// "Tariff library"): both indexed to one price year with an index series,
// exactly, and the deviation in percent, exactly. A deviation beyond the
// threshold is a finding unless the tariff gives a deviation_reason.

#include <optional>
#include <vector>

#include "core/model.hpp"

namespace mkba {

// Converts the prices of tariffs to those of one year with an index series
// (exactly: index[year] / index[price year]), reporting a price year the
// series does not cover, or a missing series, into `d`.
class PriceIndexer {
 public:
  PriceIndexer(const IndexSeries* index, int year, Diagnostics& d);
  // The factor that converts a price of `t` to the year; 1 for its own year.
  std::optional<Exact> factor(const Tariff& t, const Origin& where);
  bool used_index() const { return used_index_; }

 private:
  const IndexSeries* index_;
  int year_;
  Diagnostics& d_;
  bool used_index_ = false;
};

struct TariffComparison {
  enum class Verdict { no_reference, within, finding, explained };
  const Tariff* tariff = nullptr;     // of the table checked
  const Tariff* reference = nullptr;  // the tariff it names; null when it names none
  Exact tariff_factor;                // price year -> the year compared in
  Exact reference_factor;
  Money price;            // the tariff's price in prices of that year
  Money reference_price;  // the reference's
  // (price - reference price) / reference price x 100; none when the reference is 0.
  std::optional<Exact> deviation;
  Verdict verdict = Verdict::no_reference;
};

struct TariffCheck {
  const TariffTable* table = nullptr;
  const TariffTable* reference = nullptr;
  const IndexSeries* index = nullptr;  // null when no price needed indexing
  int year = 0;                        // the prices compared are of this year
  Exact threshold;                     // in percent
  std::vector<TariffComparison> rows;  // in the table's order
  std::size_t count(TariffComparison::Verdict verdict) const;
};

struct TariffCheckOptions {
  int year = 0;  // 0: the reference table's price year
  Exact threshold = Exact::integer(10);
};

// Compares every tariff of `table` that is not the reference table's own (a
// case may combine both); reports an unknown reference id, and a price year
// that needs an index series which is missing or does not cover it. The
// result points into its arguments.
std::optional<TariffCheck> check_tariffs(const TariffTable& table, const TariffTable& reference,
                                         const IndexSeries* index,
                                         const TariffCheckOptions& options, Diagnostics& d);

}  // namespace mkba
