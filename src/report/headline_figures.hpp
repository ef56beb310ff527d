#pragma once
// The headline figures of a run as columns or rows of a table: the one list
// that summary and compare both lay out, in the same order and names.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/headline.hpp"
#include "report/document.hpp"
#include "report/number_format.hpp"

namespace mkba::report {

// A headline figure: its label, machine name and how to read it from a Headline.
struct Figure {
  std::string label;
  std::string name;
  enum class Kind { money, ratio, count } kind;
  std::function<std::optional<Exact>(const Headline&)> get;
};

// Cost, the benefit of each payer given, gross and net benefit, net result,
// ratio, NPV (`with_npv`) and break-even participants.
std::vector<Figure> headline_figures(const std::vector<std::string>& payers, bool with_npv,
                                     Locale locale);
// The same for several headlines: payers in order of appearance, NPV when any has one.
std::vector<Figure> headline_figures(const std::vector<const Headline*>& headlines, Locale locale);

Cell figure_cell(const Figure& figure, const std::optional<Exact>& value);

}  // namespace mkba::report
