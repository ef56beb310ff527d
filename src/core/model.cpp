#include "core/model.hpp"

#include <unordered_map>

namespace mkba {

const char* occupies_name(Occupies o) {
  switch (o) {
    case Occupies::day:
      return "day";
    case Occupies::dagdeel:
      return "dagdeel";
    case Occupies::hour:
      return "hour";
    case Occupies::none:
      break;
  }
  return "";
}

std::vector<std::string> line_names(const Case& c) {
  std::unordered_map<std::string, int> uses[3];
  for (const auto& line : c.avoided) {
    auto& side = uses[static_cast<int>(line.side)];
    ++side[line.tariff];
    if (!line.id.empty() && line.id != line.tariff) ++side[line.id];
  }
  std::vector<std::string> names;
  const std::vector<std::size_t> positions = line_positions(c);
  for (std::size_t i = 0; i < c.avoided.size(); ++i) {
    const AvoidedLine& line = c.avoided[i];
    names.push_back(!line.id.empty() ? line.id
                    : uses[static_cast<int>(line.side)][line.tariff] == 1
                        ? line.tariff
                        : std::to_string(positions[i]));
  }
  return names;
}

std::vector<std::size_t> line_positions(const Case& c) {
  std::size_t count[3] = {0, 0, 0};
  std::vector<std::size_t> out;
  for (const AvoidedLine& line : c.avoided) out.push_back(++count[static_cast<int>(line.side)]);
  return out;
}

const char* kind_name(BenefitKind k) {
  switch (k) {
    case BenefitKind::financial:
      return "financial";
    case BenefitKind::economic:
      return "economic";
    case BenefitKind::social:
      return "social";
  }
  return "";
}

const char* period_name(Period p) {
  switch (p) {
    case Period::day:
      return "day";
    case Period::week:
      return "week";
    case Period::month:
      return "month";
    case Period::year:
      return "year";
    case Period::none:
      break;
  }
  return "";
}

const Tariff* TariffTable::find_tariff(const std::string& id) const {
  for (const auto& t : tariffs)
    if (t.id == id) return &t;
  return nullptr;
}

TariffIndex::TariffIndex(const TariffTable& table) {
  for (const auto& t : table.tariffs) by_id_.emplace(t.id, &t);
}

const Tariff* TariffIndex::find(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : it->second;
}

const Payer* TariffTable::find_payer(const std::string& id) const {
  for (const auto& p : payers)
    if (p.id == id) return &p;
  return nullptr;
}

std::vector<std::string> TariffTable::tariff_ids() const {
  std::vector<std::string> ids;
  for (const auto& t : tariffs) ids.push_back(t.id);
  return ids;
}

std::vector<std::string> TariffTable::payer_ids() const {
  std::vector<std::string> ids;
  for (const auto& p : payers) ids.push_back(p.id);
  return ids;
}

const Exact* IndexSeries::at(int year) const {
  for (const auto& [y, v] : values)
    if (y == year) return &v;
  return nullptr;
}

}  // namespace mkba
