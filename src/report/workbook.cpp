// The workbook: sheets in the order a reviewer follows a figure (tariffs,
// programme costs, lines, cases, population, payer balance, claims), each
// part's rows one after another with its file in the first column. Formulas
// refer to cells by absolute address; SUMPRODUCT picks a payer's rows, as it
// matches text exactly (SUMIF would read * and ? in an id as wildcards).
#include "report/workbook.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <memory>
#include <optional>

#include "core/claims.hpp"
#include "core/headline.hpp"
#include "core/population.hpp"
#include "report/audit.hpp"
#include "report/figure_words.hpp"
#include "report/words.hpp"

namespace mkba::report {
namespace {

// A figure as the double nearest its decimal text at `decimals`: the exact
// value rounded as mkba shows it, never recomputed in binary.
double number_of(const Exact& value, int decimals) {
  const std::string text = plain_fixed(value, decimals);
  double out = 0;
  std::from_chars(text.data(), text.data() + text.size(), out);
  return out;
}
double cents(const Money& m) { return number_of(m.exact(), 2); }
// Inputs that are not amounts (factors, quantities, weights): as exact as a
// double holds them.
double input_number(const Exact& value) { return number_of(value, 15); }
constexpr int ratio_decimals = 6;

std::string column_letters(int column) {
  std::string out;
  for (int c = column + 1; c > 0; c = (c - 1) / 26)
    out.insert(out.begin(), char('A' + (c - 1) % 26));
  return out;
}

// A text as a formula's string literal.
std::string literal(const std::string& text) {
  std::string out = "\"";
  for (char c : text) out += c == '"' ? "\"\"" : std::string(1, c);
  return out + "\"";
}

class Sheet {
 public:
  Sheet(lxw_workbook* book, const std::string& name) : name_(name) {
    ws_ = workbook_add_worksheet(book, name.c_str());
  }
  // An absolute address, e.g. 'Regels'!$J$2, for formulas on other sheets.
  std::string at(int row, int column) const {
    return "'" + name_ + "'!$" + column_letters(column) + "$" + std::to_string(row + 1);
  }
  // Two cells of a row with an operator between them: "$J$2*$K$2".
  std::string of(int row, int a, const char* op, int b) const {
    return at(row, a) + op + at(row, b);
  }
  std::string range(int first, int last, int column) const {
    return at(first, column) + ":$" + column_letters(column) + "$" + std::to_string(last + 1);
  }
  void header(const std::vector<std::string>& names, lxw_format* bold) {
    for (std::size_t c = 0; c < names.size(); ++c) {
      worksheet_write_string(ws_, 0, static_cast<lxw_col_t>(c), names[c].c_str(), bold);
      worksheet_set_column(ws_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                           std::clamp<double>(names[c].size() + 4, 12, 40), nullptr);
    }
    worksheet_freeze_panes(ws_, 1, 0);
  }
  void text(int row, int column, const std::string& s, lxw_format* f = nullptr) {
    if (!s.empty()) worksheet_write_string(ws_, row, column, s.c_str(), f);
  }
  void number(int row, int column, double v, lxw_format* f) {
    worksheet_write_number(ws_, row, column, v, f);
  }
  void formula(int row, int column, const std::string& f, double cached, lxw_format* format) {
    worksheet_write_formula_num(ws_, row, column, ("=" + f).c_str(), format, cached);
  }
  int next_row() { return ++last_row_; }
  int next_row_peek() const { return last_row_ + 1; }  // the row next_row will give

 private:
  lxw_worksheet* ws_ = nullptr;
  std::string name_;
  int last_row_ = 0;  // the header
};

// The columns that formulas refer to, by sheet (column 0 is the file).
namespace columns {
constexpr int tariff_price = 4;
constexpr int cost_payer = 2, cost_amount = 3, cost_factor = 4, cost_indexed = 5;
constexpr int line_payer = 4, line_quantity = 5, line_periods = 7, line_index = 8, line_amount = 9,
              line_net_factor = 10, line_net = 11;
constexpr int participants = 4, per_participant = 5, benefit = 6, cost = 7, net = 8, ratio = 9;
constexpr int pays = 2, avoids = 3, balance_net = 4, transfer = 5, after_transfer = 6;
}  // namespace columns

struct Formats {
  lxw_format *bold, *money, *price, *count, *ratio, *factor;
};

// Where a part's figures stand, for the formulas of the sheets after them.
struct Cells {
  std::vector<int> tariff_row;                  // by tariff index
  std::vector<std::pair<int, int>> case_lines;  // first and last line row; first > last: none
  std::vector<std::pair<int, int>> case_costs;  // the same of its cost lines (the programme's own)
  std::vector<int> case_row;
  int cost_first = 0, cost_last = -1;  // the programme's cost items
  std::string cost_total, cost_per_participant;
  std::map<std::string, std::pair<std::string, std::string>>
      net_population;                                 // payer: cost, benefit
  std::string benefit_net_total, net_benefit, ratio;  // of the net population
};

class Writer {
 public:
  Writer(lxw_workbook* book, const std::vector<WorkbookPart>& parts, WorkbookKind kind,
         Locale locale)
      : book_(book), locale_(locale) {
    formats();
    for (const auto& p : parts)
      for (const auto& payer : p.result->analysis->tariffs.payers)
        if (std::none_of(payers_.begin(), payers_.end(),
                         [&](const Payer& q) { return q.id == payer.id; }))
          payers_.push_back(payer);
    if (kind == WorkbookKind::summary) summary_ = std::make_unique<Sheet>(book, tr(l(), "Summary"));
    tariffs_ =
        sheet("Tariffs", {"File", "Id", "Label", "Unit", "Price", "Price year", "Payer", "Source"});
    programme_ = sheet("Programme costs", {"File", "Item", "Payer", "Amount", "Index factor",
                                           "Amount at price level"});
    lines_ = sheet("Lines", {"File", "Case", "Tariff", "Label", "Payer", "Quantity", "Per", "For",
                             "Index factor", "Amount", "Net factor", "Net amount"});
    std::vector<std::string> case_columns{"File", "Case", "Title"};
    for (const char* kind_of : {"Gross avoided", "Net avoided"}) {
      for (const auto& p : payers_) case_columns.push_back(tr(l(), kind_of) + " " + p.label);
      case_columns.push_back(kind_of);
    }
    for (const char* c : {"Programme cost per participant", "Balance", "Benefit/cost"})
      case_columns.push_back(c);
    cases_ = sheet("Cases", case_columns);
    population_ =
        sheet("Population", {"File", "Population", "Payer", "Basis", "Participants",
                             "Per participant", "Benefit", "Cost", "Net", "Benefit/cost"});
    balance_ = sheet("Who pays, who gains",
                     {"File", "Payer", "Pays", "Avoids", "Net", "Transfer", "Net after transfer"});
    claims_ = sheet("Claims", {"File", "Figure", "Claimed", "Rounded to", "Computed", "Rounded",
                               "Verdict", "Source"});
    if (summary_)
      summary_->header(words({"File", "Programme", "Scenario", "Programme cost", "Benefit net",
                              "Net benefit", "Benefit/cost"}),
                       f_.bold);
  }

  void part(const WorkbookPart& p) {
    const Result& r = *p.result;
    Cells c;
    const std::string file = p.scenario.empty() ? p.file : p.file + " (" + p.scenario + ")";
    tariff_rows(r, file, c);
    programme_rows(r, file, c);
    line_rows(r, file, c);
    case_rows(r, file, c);
    if (r.population) population_rows(r, *r.population, "Gross", file, c, false);
    if (r.population_net) population_rows(r, *r.population_net, "Net", file, c, true);
    balance_rows(r, file, c);
    claim_rows(r, file);
    if (summary_) summary_row(r, p, c);
  }

 private:
  Locale l() const { return locale_; }
  std::vector<std::string> words(std::vector<std::string> english) const {
    for (auto& w : english) w = tr(l(), w);
    return english;
  }
  std::unique_ptr<Sheet> sheet(const char* name, const std::vector<std::string>& columns) {
    auto s = std::make_unique<Sheet>(book_, tr(l(), name));
    s->header(words(columns), f_.bold);
    return s;
  }
  lxw_format* format(const char* number_format) {
    lxw_format* f = workbook_add_format(book_);
    format_set_num_format(f, number_format);
    return f;
  }
  void formats() {
    f_.bold = workbook_add_format(book_);
    format_set_bold(f_.bold);
    // Excel shows these in the reader's locale: 1.234,56 in Dutch Excel.
    f_.money = format("#,##0.00");
    f_.price = format("#,##0.00##");
    f_.count = format("#,##0");
    f_.ratio = format("0.00");
    f_.factor = format("0.0000########");
  }

  void tariff_rows(const Result& r, const std::string& file, Cells& c) {
    for (const auto& t : r.analysis->tariffs.tariffs) {
      const int row = tariffs_->next_row();
      c.tariff_row.push_back(row);
      tariffs_->text(row, 0, file);
      tariffs_->text(row, 1, t.id);
      tariffs_->text(row, 2, t.label);
      tariffs_->text(row, 3, t.unit);
      if (t.from_total)  // the source's division, live: "=280000000/12050"
        tariffs_->formula(
            row, columns::tariff_price,
            plain_fixed(t.from_total->total.exact(), 4) + "/" + plain_fixed(t.from_total->count, 4),
            input_number(t.price.exact()), f_.price);
      else
        tariffs_->number(row, columns::tariff_price, input_number(t.price.exact()), f_.price);
      tariffs_->number(row, 5, t.price_year, nullptr);
      tariffs_->text(row, 6, t.payer);
      tariffs_->text(row, 7, t.source);
    }
  }

  // Cost items, their total, the participants and the cost per participant.
  void programme_rows(const Result& r, const std::string& file, Cells& c) {
    const Programme& p = r.analysis->programme;
    c.cost_first = programme_->next_row();
    c.cost_last = c.cost_first - 1;
    for (std::size_t i = 0; i < p.costs.size(); ++i) {
      const int row = i == 0 ? c.cost_first : programme_->next_row();
      c.cost_last = row;
      programme_->text(row, 0, file);
      programme_->text(row, 1, p.costs[i].label);
      programme_->text(row, columns::cost_payer, p.costs[i].payer);
      programme_->number(row, columns::cost_amount, cents(p.costs[i].amount), f_.money);
      programme_->number(row, columns::cost_factor, input_number(r.programme.cost_index_factor),
                         f_.factor);
      programme_->formula(row, columns::cost_indexed,
                          programme_->of(row, columns::cost_amount, "*", columns::cost_factor),
                          cents(p.costs[i].amount * Quantity(r.programme.cost_index_factor)),
                          f_.money);
    }
    const int total = p.costs.empty() ? c.cost_first : programme_->next_row();
    programme_->text(total, 0, file);
    programme_->text(total, 1, tr(l(), "Total"), f_.bold);
    write_sum(*programme_, total, columns::cost_indexed, c.cost_first, c.cost_last,
              r.programme.cost_total);
    c.cost_total = programme_->at(total, columns::cost_indexed);
    if (!p.participants) return;
    const int participants = programme_->next_row();
    programme_->text(participants, 0, file);
    programme_->text(participants, 1, tr(l(), "Participants"));
    programme_->number(participants, columns::cost_indexed, static_cast<double>(*p.participants),
                       f_.count);
    const int per = programme_->next_row();
    programme_->text(per, 0, file);
    programme_->text(per, 1, tr(l(), "Programme cost per participant"));
    programme_->formula(per, columns::cost_indexed,
                        c.cost_total + "/" + programme_->at(participants, columns::cost_indexed),
                        cents(*r.programme.cost_per_participant), f_.money);
    c.cost_per_participant = programme_->at(per, columns::cost_indexed);
  }

  // SUM(first:last) of `column` with `value` cached; 0 for no rows.
  void write_sum(Sheet& s, int row, int column, int first, int last, const Money& value) {
    if (first > last)
      s.number(row, column, 0, f_.money);
    else
      s.formula(row, column, "SUM(" + s.range(first, last, column) + ")", cents(value), f_.money);
  }

  void line_rows(const Result& r, const std::string& file, Cells& c) {
    for (const auto& cr : r.cases) {
      std::pair<int, int> span{0, -1}, costs{0, -1};
      for (const auto& lr : cr.lines) {
        const AvoidedLine& in = r.input(lr);
        const int row = lines_->next_row();
        // The cost lines come last (Case::avoided): in no sum of the effect.
        auto& into = lr.side == Side::cost ? costs : span;
        if (into.first > into.second) into.first = row;
        into.second = row;
        lines_->text(row, 0, file);
        lines_->text(row, 1, r.input(cr).id);
        lines_->text(row, 2, r.tariff(lr).id);
        lines_->text(row, 3, r.tariff(lr).label + side_suffix(lr.side, l()));
        lines_->text(row, columns::line_payer, lr.payer);
        lines_->number(row, columns::line_quantity, input_number(in.quantity.exact()), nullptr);
        if (in.per != Period::none) lines_->text(row, 6, tr(l(), period_name(in.per)));
        lines_->number(row, columns::line_periods, input_number(in.periods.exact()), nullptr);
        lines_->number(row, columns::line_index, input_number(lr.index_factor), f_.factor);
        // price x index x quantity x periods, the price from the tariff sheet;
        // a line with the programme is entered negative, so that every sum of
        // a case's lines is its effect (without minus with).
        const bool with = lr.side == Side::with;
        const std::string product = tariffs_->at(c.tariff_row[lr.tariff], columns::tariff_price) +
                                    "*" + lines_->at(row, columns::line_index) + "*" +
                                    lines_->at(row, columns::line_quantity) + "*" +
                                    lines_->at(row, columns::line_periods);
        lines_->formula(row, columns::line_amount, with ? "-(" + product + ")" : product,
                        cents(with ? -lr.amount : lr.amount), f_.money);
        lines_->number(row, columns::line_net_factor, input_number(lr.net_factor), f_.factor);
        lines_->formula(row, columns::line_net,
                        lines_->of(row, columns::line_amount, "*", columns::line_net_factor),
                        cents(with ? -lr.net_amount : lr.net_amount), f_.money);
        if (!in.transfer.empty()) span.second = transfer_row(r, file, cr, lr, row);
      }
      c.case_lines.push_back(span);
      c.case_costs.push_back(costs);
    }
  }

  // A transfer's counterpart loses what the payer gains: a row of its own
  // below the line's, the line's amounts negated, so that the sums per payer
  // show both and the sum of all payers nets to zero. Returns its row.
  int transfer_row(const Result& r, const std::string& file, const CaseResult& cr,
                   const LineResult& lr, int line_row) {
    const int row = lines_->next_row();
    lines_->text(row, 0, file);
    lines_->text(row, 1, r.input(cr).id);
    lines_->text(row, 2, r.tariff(lr).id);
    lines_->text(row, 3, tr(l(), "transfer from") + " " + r.input(lr).transfer);
    lines_->text(row, columns::line_payer, r.input(lr).transfer);
    const bool with = lr.side == Side::with;
    lines_->formula(row, columns::line_amount, "-" + lines_->at(line_row, columns::line_amount),
                    cents(with ? lr.amount : -lr.amount), f_.money);
    lines_->formula(row, columns::line_net, "-" + lines_->at(line_row, columns::line_net),
                    cents(with ? lr.net_amount : -lr.net_amount), f_.money);
    return row;
  }

  // The sum of a case's lines in `column` (amount or net amount) for one payer.
  std::string payer_lines(const std::pair<int, int>& span, int column, const std::string& payer) {
    return "SUMPRODUCT((" + lines_->range(span.first, span.second, columns::line_payer) + "=" +
           literal(payer) + ")*" + lines_->range(span.first, span.second, column) + ")";
  }

  int payer_column(std::size_t payer, bool net) const {
    return 3 + static_cast<int>(payer) + (net ? static_cast<int>(payers_.size()) + 1 : 0);
  }
  int total_column(bool net) const { return payer_column(payers_.size(), net); }

  void case_rows(const Result& r, const std::string& file, Cells& c) {
    for (std::size_t k = 0; k < r.cases.size(); ++k) {
      const CaseResult& cr = r.cases[k];
      const auto& span = c.case_lines[k];
      const int row = cases_->next_row();
      c.case_row.push_back(row);
      cases_->text(row, 0, file);
      cases_->text(row, 1, r.input(cr).id);
      cases_->text(row, 2, r.input(cr).title);
      for (bool net : {false, true}) {
        const auto& by_payer = net ? cr.net_by_payer : cr.by_payer;
        for (std::size_t p = 0; p < payers_.size(); ++p) {
          auto it = std::find_if(by_payer.begin(), by_payer.end(),
                                 [&](const PayerAmount& a) { return a.payer == payers_[p].id; });
          if (it == by_payer.end()) continue;
          if (span.first > span.second)
            cases_->number(row, payer_column(p, net), 0, f_.money);
          else
            cases_->formula(
                row, payer_column(p, net),
                payer_lines(span, net ? columns::line_net : columns::line_amount, payers_[p].id),
                cents(it->amount), f_.money);
        }
        const int total = total_column(net);
        if (span.first > span.second)
          cases_->number(row, total, 0, f_.money);
        else
          cases_->formula(row, total,
                          "SUM(" +
                              lines_->range(span.first, span.second,
                                            net ? columns::line_net : columns::line_amount) +
                              ")",
                          cents(net ? cr.net_total : cr.avoided_total), f_.money);
      }
      if (!cr.balance) continue;
      const int cost = total_column(true) + 1;
      const std::string net = cases_->at(row, total_column(true));
      // The programme's cost per participant, and its own cost in the case.
      const auto& own = c.case_costs[k];
      cases_->formula(row, cost,
                      own.first > own.second
                          ? c.cost_per_participant
                          : c.cost_per_participant + "+SUM(" +
                                lines_->range(own.first, own.second, columns::line_amount) + ")",
                      cents(*cr.balance_cost), f_.money);
      cases_->formula(row, cost + 1, net + "-" + cases_->at(row, cost), cents(*cr.balance),
                      f_.money);
      if (cr.ratio)
        cases_->formula(row, cost + 2, net + "/" + cases_->at(row, cost),
                        number_of(cr.ratio->exact(), ratio_decimals), f_.ratio);
    }
  }

  // A payer's avoided cost per participant over the cases, by its basis.
  std::string per_participant(const CaseBasis& b, std::size_t payer, bool net, const Cells& c) {
    const int at = payer_column(payer, net);
    switch (b.kind) {
      case Basis::Kind::mean:
      case Basis::Kind::median: {
        if (c.case_row.empty()) return "0";
        const std::string cases = cases_->range(c.case_row.front(), c.case_row.back(), at);
        return (b.kind == Basis::Kind::mean ? "AVERAGE(" : "MEDIAN(") + cases + ")";
      }
      case Basis::Kind::single_case:
        return cases_->at(c.case_row[b.case_index], at);
      case Basis::Kind::weights: {
        std::string sum, weights;
        for (const auto& [k, w] : b.weights) {
          const std::string weight =
              plain_fixed(w.exact(), w.exact().exact_decimals(12).value_or(12));
          sum += (sum.empty() ? "" : "+") + weight + "*" + cases_->at(c.case_row[k], at);
          weights += (weights.empty() ? "" : "+") + weight;
        }
        return "(" + sum + ")/(" + weights + ")";
      }
    }
    return {};
  }

  // The programme's own cost in the cases for a payer, scaled as its benefit
  // is ("+participants x basis"); empty when no case lists one.
  std::string case_costs(const CaseBasis& b, const std::string& payer, const Cells& c) {
    if (std::all_of(c.case_costs.begin(), c.case_costs.end(),
                    [](const auto& s) { return s.first > s.second; }))
      return "";
    auto of = [&](std::size_t k) {
      const auto& s = c.case_costs[k];
      return s.first > s.second ? std::string("0") : payer_lines(s, columns::line_amount, payer);
    };
    std::string per_participant;
    switch (b.kind) {
      case Basis::Kind::mean:
      case Basis::Kind::median: {
        std::string all;
        for (std::size_t k = 0; k < c.case_costs.size(); ++k) all += (k ? "," : "") + of(k);
        per_participant = (b.kind == Basis::Kind::mean ? "AVERAGE(" : "MEDIAN(") + all + ")";
        break;
      }
      case Basis::Kind::single_case:
        per_participant = of(b.case_index);
        break;
      case Basis::Kind::weights: {
        std::string sum, weights;
        for (const auto& [k, w] : b.weights) {
          const std::string weight =
              plain_fixed(w.exact(), w.exact().exact_decimals(12).value_or(12));
          sum += (sum.empty() ? "" : "+") + weight + "*" + of(k);
          weights += (weights.empty() ? "" : "+") + weight;
        }
        per_participant = "(" + sum + ")/(" + weights + ")";
        break;
      }
    }
    return "+" + population_->at(population_first_, columns::participants) + "*" + per_participant;
  }

  std::string payer_costs(const Cells& c, const std::string& payer) {
    if (c.cost_first > c.cost_last) return "0";
    return "SUMPRODUCT((" + programme_->range(c.cost_first, c.cost_last, columns::cost_payer) +
           "=" + literal(payer) + ")*" +
           programme_->range(c.cost_first, c.cost_last, columns::cost_indexed) + ")";
  }

  void population_rows(const Result& r, const PopulationResult& pop, const char* which,
                       const std::string& file, Cells& c, bool net) {
    const std::vector<CaseBasis> bases = case_bases(*r.analysis);
    const auto& payers = r.analysis->tariffs.payers;
    const int first = population_->next_row();
    population_first_ = first;
    int row = first;
    for (std::size_t p = 0; p < pop.by_payer.size(); ++p, row = population_->next_row()) {
      const PayerPopulation& pp = pop.by_payer[p];
      const std::size_t column =
          static_cast<std::size_t>(std::find_if(payers_.begin(), payers_.end(),
                                                [&](const Payer& q) { return q.id == pp.payer; }) -
                                   payers_.begin());
      population_->text(row, 0, file);
      population_->text(row, 1, tr(l(), which));
      population_->text(row, 2, pp.payer);
      population_->text(row, 3, tr(l(), pp.basis));
      participants(row, first, pop.participants);
      population_->formula(row, columns::per_participant, per_participant(bases[p], column, net, c),
                           cents(pp.per_participant), f_.money);
      population_->formula(
          row, columns::benefit,
          population_->of(row, columns::per_participant, "*", columns::participants),
          cents(pp.benefit), f_.money);
      population_->formula(row, columns::cost,
                           payer_costs(c, payers[p].id) + case_costs(bases[p], payers[p].id, c),
                           cents(pp.cost), f_.money);
      net_columns(row, pp.net, pp.ratio);
      if (net)
        c.net_population[pp.payer] = {population_->at(row, columns::cost),
                                      population_->at(row, columns::benefit)};
    }
    const int last = row - 1;
    population_->text(row, 0, file);
    population_->text(row, 1, tr(l(), which));
    population_->text(row, 2, tr(l(), "Total"), f_.bold);
    participants(row, first, pop.participants);
    write_sum(*population_, row, columns::benefit, first, last, pop.benefit_total);
    write_sum(*population_, row, columns::cost, first, last, pop.cost_total);
    net_columns(row, pop.net_benefit, pop.ratio);
    if (net) {
      c.benefit_net_total = population_->at(row, columns::benefit);
      c.net_benefit = population_->at(row, columns::net);
      c.ratio = pop.ratio ? population_->at(row, columns::ratio) : "";
    }
  }

  // The participants, once, in a population's first row: the others refer
  // to it, so that one change scales every payer.
  void participants(int row, int first, long long count) {
    if (row == first)
      population_->number(row, columns::participants, static_cast<double>(count), f_.count);
    else
      population_->formula(row, columns::participants,
                           population_->at(first, columns::participants),
                           static_cast<double>(count), f_.count);
  }

  // Net = benefit - cost, and benefit/cost when there is a cost.
  void net_columns(int row, const Money& net, const std::optional<Quantity>& ratio) {
    const std::string benefit = population_->at(row, columns::benefit),
                      cost = population_->at(row, columns::cost);
    population_->formula(row, columns::net, benefit + "-" + cost, cents(net), f_.money);
    if (ratio)
      population_->formula(row, columns::ratio, benefit + "/" + cost,
                           number_of(ratio->exact(), ratio_decimals), f_.ratio);
  }

  // The payer balance rule (README) over the nets in `nets`: nothing moves
  // when their total is negative or none is; a deficit is made whole, and
  // a surplus gives in proportion (its net x deficits / surpluses).
  std::string transfer_formula(const std::string& nets, const std::string& net) {
    const std::string deficits = "SUMIF(" + nets + ",\"<0\")";
    const std::string surpluses = "SUMIF(" + nets + ",\">0\")";
    return "IF(OR(SUM(" + nets + ")<0," + deficits + "=0),0,IF(" + net + "<0,-" + net + "," + net +
           "*" + deficits + "/(" + surpluses + "+(" + surpluses + "=0))))";
  }

  // From the net population: what each payer pays and avoids, and the
  // transfer by the payer balance rule (README).
  void balance_rows(const Result& r, const std::string& file, const Cells& c) {
    if (!r.balance) return;
    std::size_t shown = 0;
    for (const auto& b : r.balance->payers) shown += c.net_population.count(b.payer);
    const int first = balance_->next_row_peek();
    const std::string nets =
        balance_->range(first, first + static_cast<int>(shown) - 1, columns::balance_net);
    for (const auto& b : r.balance->payers) {
      auto it = c.net_population.find(b.payer);
      if (it == c.net_population.end()) continue;
      const int row = balance_->next_row();
      balance_->text(row, 0, file);
      balance_->text(row, 1, b.payer);
      balance_->formula(row, columns::pays, it->second.first, cents(b.pays), f_.money);
      balance_->formula(row, columns::avoids, it->second.second, cents(b.avoids), f_.money);
      balance_->formula(row, columns::balance_net,
                        balance_->of(row, columns::avoids, "-", columns::pays), cents(b.net),
                        f_.money);
      balance_->formula(row, columns::transfer,
                        transfer_formula(nets, balance_->at(row, columns::balance_net)),
                        cents(b.transfer), f_.money);
      balance_->formula(row, columns::after_transfer,
                        balance_->of(row, columns::balance_net, "+", columns::transfer),
                        cents(b.net_after_transfer), f_.money);
    }
  }

  void claim_rows(const Result& r, const std::string& file) {
    if (r.analysis->claims.empty() || !validate_claims(r).empty()) return;
    for (const ClaimCheck& check : check_claims(r)) {
      const int row = claims_->next_row();
      const int decimals = std::max(2, check.precision.exact_decimals(12).value_or(2));
      claims_->text(row, 0, file);
      claims_->text(row, 1, check.claim->figure);
      if (const auto& range = check.claim->range)  // a range is no one number
        claims_->text(
            row, 2, plain_fixed(range->low, decimals) + " - " + plain_fixed(range->high, decimals));
      else
        claims_->number(row, 2, input_number(check.claim->value), nullptr);
      claims_->number(row, 3, input_number(check.precision), nullptr);
      claims_->number(row, 4, number_of(check.computed, std::max(decimals, ratio_decimals)),
                      nullptr);
      claims_->number(row, 5, input_number(check.rounded), nullptr);
      claims_->text(row, 6, check_verdict(check, l()));
      claims_->text(row, 7, check.claim->source);
    }
  }

  void summary_row(const Result& r, const WorkbookPart& p, const Cells& c) {
    const Headline h = headline(r);
    const int row = summary_->next_row();
    summary_->text(row, 0, p.file);
    summary_->text(row, 1, r.analysis->programme.name);
    summary_->text(row, 2, p.scenario);
    summary_->formula(row, 3, c.cost_total, cents(h.cost_total), f_.money);
    if (h.benefit_net_total && !c.benefit_net_total.empty())
      summary_->formula(row, 4, c.benefit_net_total, cents(*h.benefit_net_total), f_.money);
    if (h.net_benefit && !c.net_benefit.empty())
      summary_->formula(row, 5, c.net_benefit, cents(*h.net_benefit), f_.money);
    if (h.ratio && !c.ratio.empty())
      summary_->formula(row, 6, c.ratio, number_of(h.ratio->exact(), ratio_decimals), f_.ratio);
  }

  lxw_workbook* book_;
  Locale locale_;
  Formats f_{};
  std::vector<Payer> payers_;  // of all parts, in order of appearance
  int population_first_ = 0;   // the row of the population's participants
  std::unique_ptr<Sheet> summary_, tariffs_, programme_, lines_, cases_, population_, balance_,
      claims_;
};

}  // namespace

std::string write_workbook(const std::vector<WorkbookPart>& parts, WorkbookKind kind, Locale locale,
                           const std::string& path) {
  lxw_workbook* book = workbook_new(path.c_str());
  if (!book) return "cannot create the workbook";
  {
    Writer writer(book, parts, kind, locale);
    for (const auto& p : parts) writer.part(p);
  }
  // No creation time: the same figures give the same bytes. The date is the
  // one the zip entries carry (1980-01-01, the earliest zip can hold).
  lxw_doc_properties properties{};
  properties.created = 315532800;
  workbook_set_properties(book, &properties);
  const lxw_error err = workbook_close(book);
  return err == LXW_NO_ERROR ? std::string() : lxw_strerror(err);
}

}  // namespace mkba::report
