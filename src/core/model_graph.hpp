#pragma once
// The figures of an analysis as one graph (graph.hpp): the programme's costs,
// each case's lines gross and net, its totals per payer, balance and ratio,
// and the population per payer, gross and net. This is where those formulas
// are written; calculate() evaluates the graph and fills the Result from it.

#include <optional>
#include <vector>

#include "core/graph.hpp"
#include "core/model.hpp"
#include "core/result.hpp"

namespace mkba {

// What a node of the model graph is (graph::What::tag); `a` and `b` index
// what it is of.
enum class Figure : std::uint16_t {
  constant,           // a fixed factor or value without a figure of its own
  cost_item,          // a = programme cost: its amount at the analysis price level
  cost_index_factor,  // programme year -> analysis price level
  programme_cost,     // a = payer + 1, 0 for all
  programme_participants,
  cost_per_participant,
  tariff_price,    // a = case, b = line: the tariff's price
  index_factor,    // a = case, b = line
  quantity,        // a = case, b = line
  periods,         // a = case, b = line
  indexed_price,   // a = case, b = line
  unindexed,       // a = case, b = line: price x quantity x periods, at the tariff's price level
  line,            // a = case, b = line: gross amount
  share,           // a = case, b = line x 4 + share: the additionality share in effect
  net_factor,      // a = case, b = line
  line_net,        // a = case, b = line
  case_avoided,    // a = case, b = payer + 1, 0 for all: gross
  case_net,        // a = case, b = payer + 1, 0 for all
  case_balance,    // a = case
  case_ratio,      // a = case
  case_share,      // a = case, b = payer: its share of the case's gross avoided total
  case_side,       // a = case, b = side_tag: a side's total, in all or of a payer, gross or net
  case_reduction,  // a = case: the gross effect over the without-side's total
  case_kind,       // a = case, b = kind_tag: the net effect of a kind, in all or of a payer
  case_transfers,  // a = case: what its transfers move, gross (they net to zero)
  case_cost,       // a = case, b = 0: its own programme cost; 1: with the cost per
                   // participant; payer + 2: of a payer
  population_participants,
  per_participant,   // a = payer, b = 1 for net
  benefit,           // a = payer, b = net
  population_cost,   // a = payer, b = net
  population_net,    // a = payer, b = net
  population_ratio,  // a = payer, b = net
  benefit_total,     // b = net
  cost_total,        // b = net
  net_benefit,       // b = net
  total_ratio,       // b = net
  benefit_share,     // a = payer, b = net: its share of the benefit total
  population_kind,   // a = kind: the population's net benefit of that kind
  balance,           // a = payer: the payer balance, net of additionality
  // Over the horizon, net of additionality: from here on the time figures.
  case_year,     // a = case, b = year x payers + payer
  year_benefit,  // a = year, b = payer
  year_cost,     // a = year, b = payer
  year_figure,   // a = year: its totals, net, discounted and cumulative
  payer_time,    // a = payer: its sums and present values
  time_total,    // the horizon's sums, present values, NPV, ratio and ROI
  // What the programme's cost buys, net of additionality.
  breakeven,  // a = row: each case, the mean case, the population; b = 1 for a unit's row
  reach,      // a = indicator
  // Outcomes among respondents: shown beside the money, never added to it.
  effect_share,  // a = effect: measured, or the mean of its parts
  effect_n,      // a = effect: its respondents; a composite's parts' fewest
};

inline graph::What what(Figure f, std::size_t a = 0, std::size_t b = 0) {
  return {static_cast<std::uint16_t>(f), static_cast<std::uint32_t>(a),
          static_cast<std::uint32_t>(b)};
}
inline Figure figure_of(const graph::What& w) { return static_cast<Figure>(w.tag); }

// Figure::case_kind's b: the payer + 1 (0 for all) and the kind.
constexpr std::size_t kind_tag(std::size_t payer, BenefitKind kind) {
  return payer * 3 + static_cast<std::size_t>(kind);
}

// Figure::case_side's b: the payer + 1 (0 for all), net or gross, with or without.
constexpr std::size_t side_tag(std::size_t payer, int net, int side) {
  return payer * 4 + static_cast<std::size_t>(net) * 2 + static_cast<std::size_t>(side);
}

// An input of the analysis that a parameter can set (parameter.hpp, Target).
struct Source {
  Target::Kind kind = Target::Kind::tariff_price;
  Target::Level level = Target::Level::programme;  // shares
  std::uint32_t index = 0, line = 0;
  std::uint8_t share = 0;
};

struct ModelGraph {
  using Id = graph::Id;
  // A constant read from an input: the inputs that set it, innermost first
  // (a line's share is set by the line, else by its case when the line sets
  // none, else by the programme when neither does).
  struct Input {
    Id node;
    std::uint8_t count = 0;
    Source from[3];
  };
  struct Line {
    Id tariff_price, quantity, periods;  // inputs
    Id index_factor, price, amount, net_factor, net_amount;
    std::size_t payer = 0;                   // in the table
    std::optional<std::size_t> counterpart;  // a transfer's: the payer that loses the amount
    std::size_t tariff = 0;
  };
  // A case with and without the programme: each side's sums, [net][side]
  // (side 0 without, 1 with), and the effect over the without-side.
  // (No member initializers: clang cannot default-construct a nested class
  // that has them inside the optional of its enclosing class.)
  struct Sides {
    Id total[2][2];
    std::vector<Id> by_payer[2][2];
    Id reduction;
  };
  struct Case {
    std::vector<Line> lines;
    std::optional<Sides> sides;  // of a two-sided case
    // When the analysis has kinds of effect: the net effect of each kind
    // (BenefitKind order), in all and [kind][payer]; transfers are in none.
    std::vector<Id> by_kind;
    std::vector<std::vector<Id>> by_kind_payer;
    std::optional<Id> transfers;  // when it has transfers
    // When a case of the analysis lists the programme's own cost in it: this
    // case's, in all and per payer.
    std::optional<Id> cost;
    std::vector<Id> cost_by_payer;
    Id avoided, net;
    std::vector<Id> by_payer, net_by_payer;
    std::vector<Id> share;  // per payer: by_payer over avoided
    std::optional<Id> balance, ratio;
    std::optional<Id> balance_cost;  // what they are over: the cost per participant, and its own
  };
  struct PayerPopulation {
    Id per_participant, benefit, cost, net, ratio;
    Id share;  // of the population's benefit total
  };
  struct Population {
    std::vector<PayerPopulation> by_payer;
    Id benefit_total, cost_total, net_benefit, ratio;
    std::vector<Id> by_kind;  // net only, with kinds and no median basis (BenefitKind order)
    // Per payer, when cases list the programme's own cost: those costs scaled
    // to the population (part of each payer's cost).
    std::vector<Id> case_cost;
  };
  struct Balance {
    std::vector<Id> deficits, surpluses;           // per payer: what it lacks, what it has over
    Id deficit, surplus;                           // of all payers
    std::vector<Id> transfer, net_after_transfer;  // per payer
  };

  struct Year {
    std::vector<Id> benefit, cost;  // per payer
    Id discount_factor, benefit_total, cost_total, net, net_discounted, cumulative;
    Id pv_benefit_total, pv_cost_total;
  };
  struct PayerTime {
    Id benefit, cost, net, pv_benefit, pv_cost, npv;
  };
  struct Time {
    std::vector<Year> rows;
    std::vector<PayerTime> by_payer;
    Id benefit_total, cost_total, net_total, pv_benefit, pv_cost, npv, ratio, roi;
  };

  // A break-even row: what one participant (or unit) avoids, the cost over
  // it, and that rounded up to a whole number.
  struct Breakeven {
    Id avoided, exact, needed;
  };
  struct Reach {
    Id yearly_cost, months_share, count;  // months_share: the indicator's months / 12
    Id cost, cost_per_unit;               // over the indicator's months
  };
  // Its Wilson interval is no node: a square root is not an exact operation
  // (wilson.hpp computes it from these two).
  struct Effect {
    Id share, n;
  };

  graph::Graph graph;
  std::vector<Input> inputs;
  Id cost_index_factor = 0, cost_total = 0;
  std::vector<Id> cost_amounts, cost_items;  // each programme cost as written, and indexed
  std::vector<Id> cost_by_payer;
  std::optional<Id> participants, cost_per_participant;
  std::vector<Case> cases;
  std::optional<Id> population_participants;
  std::optional<Population> population, population_net;  // with a population block
  std::optional<Balance> balance;                        // of population_net
  std::optional<Time> time;                              // with a horizon or discounting
  std::vector<Breakeven> breakeven_cases;  // each case, the mean case, the population's
  std::vector<Breakeven> breakeven_units;  // Analysis::breakeven_units
  std::vector<Reach> reach;                // Programme::reach
  std::vector<Effect> effects;             // Analysis::effects
};

// The graph of a valid analysis.
ModelGraph build_model_graph(const Analysis& analysis);

// A model graph with the exact value of each node (calculate.hpp).
struct EvaluatedGraph {
  ModelGraph model;
  graph::Values values;
};

// Figures of the result from the values of the graph's nodes: the
// programme's and the cases' into `r`, the population's and over time.
void fill_cases(const Analysis& a, const ModelGraph& m, const graph::Values& v, Result& r);
PopulationResult population_result(const Analysis& a, const ModelGraph& m,
                                   const ModelGraph::Population& p, const graph::View& v);
TimeResult time_result(const Analysis& a, const ModelGraph& m, const graph::View& v);
BalanceResult balance_result(const Analysis& a, const ModelGraph& m, const graph::View& v);
BreakevenResult breakeven_result(const Analysis& a, const ModelGraph& m, const graph::View& v);
std::vector<ReachResult> reach_result(const Analysis& a, const ModelGraph& m, const graph::View& v);
std::vector<EffectResult> effects_result(const Analysis& a, const ModelGraph& m,
                                         const graph::View& v);

}  // namespace mkba
