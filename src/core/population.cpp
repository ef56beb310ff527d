#include "core/population.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <unordered_map>

#include "core/time_value.hpp"

namespace mkba {

const Basis& basis_for(const Population& p, const std::string& payer) {
  for (const auto& [id, basis] : p.payer_basis)
    if (id == payer) return basis;
  return p.default_basis;
}

std::string basis_name(const Basis& b) {
  switch (b.kind) {
    case Basis::Kind::mean:
      return "mean";
    case Basis::Kind::median:
      return "median";
    case Basis::Kind::single_case:
      return b.case_id;
    case Basis::Kind::weights:
      return "weights";
  }
  return {};
}

std::string basis_name(const Analysis& a, const std::string& payer) {
  return basis_name(basis_for(*a.population, payer));
}

std::vector<CaseBasis> case_bases(const Analysis& a) {
  std::unordered_map<std::string, std::size_t> position;
  for (std::size_t i = 0; i < a.cases.size(); ++i) position.emplace(a.cases[i].id, i);
  auto at = [&](const std::string& id) {
    auto it = position.find(id);
    if (it == position.end()) throw std::logic_error("unvalidated case id " + id);
    return it->second;
  };
  std::vector<CaseBasis> out;
  for (const auto& payer : a.tariffs.payers) {
    const Basis& b = basis_for(*a.population, payer.id);
    CaseBasis cb;
    cb.kind = b.kind;
    if (b.kind == Basis::Kind::single_case) cb.case_index = at(b.case_id);
    for (const auto& [id, w] : b.weights)
      if (b.kind == Basis::Kind::weights) cb.weights.emplace_back(at(id), w);
    out.push_back(std::move(cb));
  }
  return out;
}

}  // namespace mkba
