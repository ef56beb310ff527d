#include "core/tariff_check.hpp"

#include "core/suggest.hpp"

namespace mkba {
namespace {

using Verdict = TariffComparison::Verdict;

Verdict verdict_of(const TariffComparison& c, const Exact& threshold) {
  bool beyond =
      c.deviation ? (*c.deviation > threshold || -*c.deviation > threshold) : !c.price.is_zero();
  if (!beyond) return Verdict::within;
  return c.tariff->deviation_reason.empty() ? Verdict::finding : Verdict::explained;
}

}  // namespace

PriceIndexer::PriceIndexer(const IndexSeries* index, int year, Diagnostics& d)
    : index_(index), year_(year), d_(d) {}

std::optional<Exact> PriceIndexer::factor(const Tariff& t, const Origin& where) {
  if (t.price_year == year_) return Exact::integer(1);
  std::string what = "tariff '" + t.id + "' has prices of " + std::to_string(t.price_year) +
                     ", the comparison is in prices of " + std::to_string(year_);
  if (!index_) {
    d_.error(where, what + ": an index series must convert them",
             "pass --index SERIES (e.g. --index cbs-cpi), or name one in the reference "
             "table ('index:')");
    return std::nullopt;
  }
  for (int y : {t.price_year, year_})
    if (!index_->at(y)) {
      std::string years = index_->values.empty()
                              ? "no year"
                              : std::to_string(index_->values.front().first) + "-" +
                                    std::to_string(index_->values.back().first);
      d_.error(where,
               what + ", and the index series '" + index_->name + "' has no value for " +
                   std::to_string(y),
               "it covers " + years);
      return std::nullopt;
    }
  used_index_ = true;
  return *index_->at(year_) / *index_->at(t.price_year);
}

std::size_t TariffCheck::count(TariffComparison::Verdict verdict) const {
  std::size_t n = 0;
  for (const auto& r : rows) n += r.verdict == verdict ? 1 : 0;
  return n;
}

std::optional<TariffCheck> check_tariffs(const TariffTable& table, const TariffTable& reference,
                                         const IndexSeries* index,
                                         const TariffCheckOptions& options, Diagnostics& d) {
  TariffCheck out;
  out.table = &table;
  out.reference = &reference;
  out.year = options.year ? options.year : reference.price_year;
  out.threshold = options.threshold;
  Diagnostics local;
  PriceIndexer checker(index, out.year, local);
  for (const auto& t : table.tariffs) {
    if (t.origin.file == reference.file) continue;  // the reference's own, in a combined table
    TariffComparison c;
    c.tariff = &t;
    if (!t.reference.empty()) {
      c.reference = reference.find_tariff(t.reference);
      if (!c.reference) {
        local.error(
            t.reference_origin,
            "unknown tariff '" + t.reference + "' in the reference table '" + reference.name + "'",
            did_you_mean(t.reference, reference.tariff_ids()));
        continue;
      }
      auto f = checker.factor(t, t.origin);
      auto g = checker.factor(*c.reference, t.reference_origin);
      if (!f || !g) continue;
      try {
        c.tariff_factor = *f;
        c.reference_factor = *g;
        c.price = t.price * Quantity(*f);
        c.reference_price = c.reference->price * Quantity(*g);
        if (!c.reference_price.is_zero())
          c.deviation =
              ((c.price - c.reference_price) / c.reference_price).exact() * Exact::integer(100);
      } catch (const OutOfRange&) {
        local.error(t.origin, "tariff '" + t.id +
                                  "': its indexed price is too large to compare "
                                  "exactly");
        continue;
      }
      c.verdict = verdict_of(c, out.threshold);
    }
    out.rows.push_back(c);
  }
  if (checker.used_index()) out.index = index;
  d.append(local);
  if (!local.empty()) return std::nullopt;
  return out;
}

}  // namespace mkba
