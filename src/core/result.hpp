#pragma once
// The result model: every figure mkba reports, exact. Writers render it;
// they never compute.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace mkba {

struct PayerAmount {
  std::string payer;
  Money amount;
};

// Results name their inputs by position in the analysis (Result::input and
// Result::tariff find them), so that a result can be copied and kept freely.
struct LineResult {
  std::size_t case_index = 0;  // in Analysis::cases
  std::size_t line_index = 0;  // in the case's avoided lines
  std::size_t tariff = 0;      // in the tariff table
  std::string payer;           // the effective payer
  Exact index_factor;          // tariff price -> analysis price level (1 when not indexed)
  Money price;                 // the tariff's price x index_factor
  Money amount;                // price x quantity x periods: gross
  Exact net_factor;            // additionality (1 when no share applies)
  Money net_amount;            // amount x net_factor
  Side side = Side::without;   // a with-line's amount counts against the effect
};

// A case with and without the programme: each side's totals, gross; the
// case's avoided figures are without minus with.
struct CaseSides {
  Money without_total, with_total;
  std::vector<PayerAmount> without_by_payer, with_by_payer;
  Money net_without, net_with;        // after additionality
  std::optional<Quantity> reduction;  // avoided / without; none when nothing is without
};

struct CaseResult {
  std::size_t index = 0;  // in Analysis::cases
  std::vector<LineResult> lines;
  Money avoided_total;                // gross
  std::vector<PayerAmount> by_payer;  // every payer of the table, in table order
  Money net_total;                    // after additionality
  std::vector<PayerAmount> net_by_payer;
  std::optional<CaseSides> sides;  // of a case with and without the programme
  // When the analysis has kinds of effect: the net effect of each kind, in
  // BenefitKind order (transfers are of none).
  std::vector<Money> by_kind;
  std::optional<Money> transfers;  // what its transfers move, gross; they net to zero
  // The programme's own cost in this case (its cost lines), when a case of
  // the analysis lists one; in the balance and ratio beside the cost per
  // participant.
  std::optional<Money> programme_cost;
  // The balance ("saldo"): net_total - programme cost per participant, and
  // the ratio net_total / that cost; none when the programme states no
  // participants. "Net" means net of additionality only.
  std::optional<Money> balance;
  std::optional<Money> balance_cost;  // what the balance and ratio are over
  std::optional<Quantity> ratio;
};

struct ProgrammeResult {
  Exact cost_index_factor;  // programme year -> analysis price level (1 when not indexed)
  Money cost_total;
  std::optional<long long> participants;
  std::optional<Money> cost_per_participant;  // when participants are known
  std::vector<PayerAmount> cost_by_payer;
};

struct PayerPopulation {
  std::string payer;
  std::string basis;  // "mean", "median", a case id, or "weights"
  Money per_participant;
  Money benefit;  // avoided cost for all participants
  Money cost;     // what this payer pays for the programme
  Money net;
  std::optional<Quantity> ratio;  // benefit / cost; none when cost is zero
};

struct PopulationResult {
  long long participants = 0;
  std::vector<PayerPopulation> by_payer;
  Money benefit_total;
  Money cost_total;
  Money net_benefit;
  std::optional<Quantity> ratio;
  // The net benefit of each kind (BenefitKind order), when the analysis has
  // kinds and no payer scales by the median; empty otherwise.
  std::vector<Money> by_kind;
};

// Who pays, who gains, and the transfer that would leave no payer worse off.
struct PayerBalance {
  std::string payer;
  Money pays;
  Money avoids;
  Money net;
  Money transfer;  // received (+) or given (-); zero when no transfer is needed or possible
  Money net_after_transfer;
};

struct BalanceResult {
  std::vector<PayerBalance> payers;
  bool transfer_possible = false;  // false when the total net is negative
};

struct CaseBreakeven {
  std::string case_id;  // empty for the mean case
  Money avoided_per_participant;
  std::optional<Quantity> exact;  // cost / avoided; none when nothing is avoided
  std::optional<long long> needed;
};

struct UnitBreakeven {
  std::size_t tariff = 0;  // in the tariff table
  Quantity quantity;       // units per avoided event
  std::string label;
  Money value;  // price x quantity
  std::optional<Quantity> exact;
  std::optional<long long> needed;
};

struct BreakevenResult {
  Money cost_total;
  std::vector<CaseBreakeven> cases;  // each case, then the mean case
  std::vector<UnitBreakeven> units;
};

struct ReachResult {
  std::size_t index = 0;  // in Programme::reach
  Money cost;             // the named programme costs over the indicator's period
  std::optional<Money> cost_per_unit;
};

// An outcome among respondents with its Wilson 95% interval (wilson.hpp).
struct EffectResult {
  std::size_t index = 0;      // in Analysis::effects
  Exact share;                // measured, or the mean of a composite's parts
  long long n = 0;            // respondents; of a composite, its parts' fewest
  Exact low, high;            // within 10^-9, rounding as the true bounds do
  bool small_sample() const;  // n below wilson.hpp's small_sample
};

// One year of the horizon.
struct YearRow {
  int index = 0;  // 1-based
  int year = 0;   // calendar year; 0 when the horizon has no start
  Exact discount_factor;
  std::vector<PayerAmount> benefit;  // net of additionality, nominal
  std::vector<PayerAmount> cost;
  Money benefit_total;
  Money cost_total;
  Money net;  // benefit_total - cost_total
  Money net_discounted;
  Money cumulative_discounted;
};

struct PayerPresentValue {
  std::string payer;
  Money benefit, cost, net;        // undiscounted sums over the horizon
  Money pv_benefit, pv_cost, npv;  // discounted
};

struct TimeResult {
  int years = 1;
  int start = 0;
  std::vector<YearRow> rows;
  std::vector<PayerPresentValue> by_payer;
  Money benefit_total, cost_total, net_total;  // undiscounted
  Money pv_benefit, pv_cost, npv;
  std::optional<Quantity> ratio;  // pv_benefit / pv_cost
  std::optional<Quantity> roi;    // npv / pv_cost
  std::optional<int> payback;  // 1-based year in which the cumulative discounted net turns positive
};

struct EvaluatedGraph;  // model_graph.hpp

struct Result {
  std::shared_ptr<const Analysis> analysis;  // what was computed
  // The figure graph the figures were read from, with its values: what
  // explains them or re-evaluates part of them (leave-one-out) starts here.
  std::shared_ptr<const EvaluatedGraph> graph;
  ProgrammeResult programme;
  std::vector<CaseResult> cases;
  std::optional<PopulationResult> population;      // gross
  std::optional<PopulationResult> population_net;  // after additionality
  std::optional<BalanceResult> balance;            // of the net population
  bool adjusted = false;                           // some additionality share applies
  std::optional<TimeResult> time;  // when the programme sets a horizon or discounting
  BreakevenResult breakeven;
  std::vector<ReachResult> reach;
  std::vector<EffectResult> effects;  // beside the money, never added to it

  // The inputs a result was computed from.
  const Case& input(const CaseResult& c) const { return analysis->cases[c.index]; }
  const AvoidedLine& input(const LineResult& l) const {
    return analysis->cases[l.case_index].avoided[l.line_index];
  }
  const Tariff& tariff(const LineResult& l) const { return analysis->tariffs.tariffs[l.tariff]; }
  const Tariff& tariff(const UnitBreakeven& u) const { return analysis->tariffs.tariffs[u.tariff]; }
  const ReachIndicator& input(const ReachResult& r) const {
    return analysis->programme.reach[r.index];
  }
  const Effect& input(const EffectResult& e) const { return analysis->effects[e.index]; }
};

}  // namespace mkba
