#include "core/population.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <unordered_map>

#include "core/time_value.hpp"

namespace mkba {
namespace {

const Basis& basis_for(const Population& p, const std::string& payer) {
  for (const auto& [id, basis] : p.payer_basis)
    if (id == payer) return basis;
  return p.default_basis;
}

}  // namespace

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

BalanceResult payer_balance(const PopulationResult& population) {
  BalanceResult out;
  Money deficit, surplus;
  for (const auto& p : population.by_payer) {
    if (p.net.is_negative())
      deficit += -p.net;
    else
      surplus += p.net;
  }
  out.transfer_possible = !population.net_benefit.is_negative();
  // Deficits are made whole; surpluses give in proportion to their size.
  // The share of a surplus that is given is computed once: fractions stay small.
  const bool transfers = out.transfer_possible && !deficit.is_zero();
  const Quantity given_share = transfers ? deficit / surplus : Quantity();
  for (const auto& p : population.by_payer) {
    PayerBalance b{p.payer, p.cost, p.benefit, p.net, Money(), p.net};
    if (transfers) b.transfer = p.net.is_negative() ? -p.net : -(p.net * given_share);
    b.net_after_transfer = p.net + b.transfer;
    out.payers.push_back(b);
  }
  return out;
}

}  // namespace mkba
