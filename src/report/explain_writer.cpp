// The audit trail: each figure, the formula with its operands' values, and
// the operands below it, down to the inputs and where they are written.
#include <fmt/format.h>

#include <functional>

#include "report/audit.hpp"
#include "report/escape.hpp"
#include "report/json_builder.hpp"
#include "report/words.hpp"

namespace mkba::report {
namespace {

std::string where(const Origin& o) {
  if (o.file.empty() || o.line == 0) return {};
  return o.file + ":" + std::to_string(o.line);
}

std::string join(const std::vector<Trace>& ops, const char* sep, Locale locale,
                 std::size_t from = 0, std::size_t stride = 1) {
  std::string out;
  for (std::size_t i = from; i < ops.size(); i += stride)
    out += (out.empty() ? "" : sep) + format_figure(ops[i].kind, ops[i].value, locale);
  return out;
}

std::string formula(const Trace& t, Locale locale) {
  const auto& ops = t.operands;
  switch (t.op) {
    case Trace::Op::input:
      return {};
    case Trace::Op::sum:
      return ops.empty() ? "0" : join(ops, " + ", locale);
    case Trace::Op::product:
      return join(ops, " x ", locale);
    case Trace::Op::difference:
      return join(ops, " - ", locale);
    case Trace::Op::quotient:
      return join(ops, " / ", locale);
    case Trace::Op::mean:
      return tr(locale, "mean") + "(" + join(ops, "; ", locale) + ")";
    case Trace::Op::median:
      return tr(locale, "median") + "(" + join(ops, "; ", locale) + ")";
    case Trace::Op::minimum:
      return tr(locale, "minimum") + "(" + join(ops, "; ", locale) + ")";
    case Trace::Op::weighted: {
      std::string terms;
      for (std::size_t i = 0; i + 1 < ops.size(); i += 2)
        terms += (terms.empty() ? "" : " + ") + format_figure(ops[i].kind, ops[i].value, locale) +
                 " x " + format_figure(ops[i + 1].kind, ops[i + 1].value, locale);
      return "(" + terms + ") / (" + join(ops, " + ", locale, 0, 2) + ")";
    }
    case Trace::Op::same:
      return ops.empty() ? "" : ops[0].figure;
    case Trace::Op::ceil:
      return tr(locale, "rounded up") + ": " + join(ops, "", locale);
    case Trace::Op::transfer:
      return tr(locale, "payer balance rule (README)");
    case Trace::Op::first_positive:
      return tr(locale, "the first year the cumulative discounted net is above 0");
    case Trace::Op::wilson_low:
    case Trace::Op::wilson_high:
      return fmt::format(
          fmt::runtime(tr(locale, t.op == Trace::Op::wilson_low
                                      ? "lower bound of the Wilson 95% interval of {}"
                                      : "upper bound of the Wilson 95% interval of {}")),
          fmt::format(fmt::runtime(tr(locale, "{} of {} respondents")), join(ops, "", locale, 0, 2),
                      join(ops, "", locale, 1, 2)));
  }
  return {};
}

// What explain calls an input or a step, in the locale: a figure's path as it
// is, a description ("tariff dagbesteding", "cost over 6 months", "benefit
// 2018 discounted") with its words translated and its ids kept.
std::string step_name(const std::string& figure, Locale locale) {
  if (locale == Locale::en) return figure;
  static const char* const wholes[] = {"quantity",
                                       "for",
                                       "total",
                                       "count",
                                       "net factor",
                                       "months / 12",
                                       "avoided per participant",
                                       "mean avoided per participant",
                                       "population avoided per participant",
                                       "value of one avoided unit",
                                       "units that pay for the programme",
                                       "participants that pay for the programme",
                                       "deadweight",
                                       "attribution",
                                       "displacement",
                                       "probability",
                                       "1 - deadweight",
                                       "1 - displacement",
                                       "deficits of the payers",
                                       "surpluses of the payers",
                                       "net without the programme",
                                       "net with the programme",
                                       "without the programme",
                                       "with the programme",
                                       "population benefit less the programme cost in the cases",
                                       "programme cost in the cases"};
  static const char* const prefixes[] = {"programme cost per participant and in",
                                         "programme cost per participant in the cases for",
                                         "programme cost in the cases for",
                                         "avoided less the programme cost in",
                                         "financial effect per participant for",
                                         "economic effect per participant for",
                                         "social effect per participant for",
                                         "financial effect for",
                                         "economic effect for",
                                         "social effect for",
                                         "financial benefit for",
                                         "economic benefit for",
                                         "social benefit for",
                                         "lines of",
                                         "transfers from",
                                         "net without the programme for",
                                         "net with the programme for",
                                         "cumulative discounted net",
                                         "discount factor",
                                         "yearly cost of",
                                         "weight of",
                                         "deficit of",
                                         "surplus of",
                                         "cost over",
                                         "tariff",
                                         "count",
                                         "cost",
                                         "benefit",
                                         "index"};
  for (const char* w : wholes)
    if (figure == w) return tr(locale, w);
  for (const char* p : prefixes) {
    const std::string prefix = std::string(p) + " ";
    if (figure.rfind(prefix, 0) != 0) continue;
    std::string rest = figure.substr(prefix.size());
    if (rest.rfind("year ", 0) == 0) rest = tr(locale, "year") + rest.substr(4);
    for (std::string suffix : {" months", " discounted"})
      if (rest.size() > suffix.size() &&
          rest.compare(rest.size() - suffix.size(), std::string::npos, suffix) == 0)
        rest = rest.substr(0, rest.size() - suffix.size()) + " " + tr(locale, suffix.substr(1));
    return tr(locale, p) + " " + rest;
  }
  return figure;
}

std::string input_detail(const Trace& t, Locale locale) {
  std::vector<std::string> bits;
  // A `for` input counts periods: "40 weken", not "40 week". Tariff units
  // are the table's own words.
  std::string unit = tr_or_keep(locale, t.figure == "for" ? t.unit + "s" : t.unit);
  if (!unit.empty())
    bits.push_back(t.kind == FigureKind::amount ? tr(locale, "per") + " " + unit : unit);
  if (t.price_year) bits.push_back(tr(locale, "prices of") + " " + std::to_string(t.price_year));
  if (!t.source.empty()) bits.push_back(t.source);
  if (!where(t.origin).empty()) bits.push_back(where(t.origin));
  std::string out;
  for (const auto& b : bits) out += (out.empty() ? "" : "; ") + b;
  return out;
}

// Whether a node at `depth` is shown without what is below it (`levels`
// below the top are shown; 0: all).
bool cut(const Trace& t, int depth, int levels) {
  return levels > 0 && depth >= levels && t.op != Trace::Op::input;
}

void text_node(const Trace& t, Locale locale, int depth, int levels, std::string& out) {
  std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  out += indent + step_name(t.figure, locale) + " = " + format_figure(t.kind, t.value, locale);
  if (t.op == Trace::Op::input) {
    std::string detail = input_detail(t, locale);
    out += detail.empty() ? "\n" : "  (" + detail + ")\n";
    return;
  }
  // A computed input (a price from a total and a count) keeps its source.
  if (t.price_year || !t.source.empty()) out += "  (" + input_detail(t, locale) + ")";
  if (cut(t, depth, levels)) {
    out += "\n";
    return;
  }
  out += "\n" + indent + "  = " + formula(t, locale) + "\n";
  for (const auto& op : t.operands)
    if (!op.hidden) text_node(op, locale, depth + 1, levels, out);
}

const char* op_name(Trace::Op op) {
  switch (op) {
    case Trace::Op::input:
      return "input";
    case Trace::Op::sum:
      return "sum";
    case Trace::Op::product:
      return "product";
    case Trace::Op::difference:
      return "difference";
    case Trace::Op::quotient:
      return "quotient";
    case Trace::Op::mean:
      return "mean";
    case Trace::Op::median:
      return "median";
    case Trace::Op::weighted:
      return "weighted";
    case Trace::Op::same:
      return "same";
    case Trace::Op::ceil:
      return "ceil";
    case Trace::Op::transfer:
      return "transfer";
    case Trace::Op::first_positive:
      return "first_positive";
    case Trace::Op::wilson_low:
      return "wilson_low";
    case Trace::Op::wilson_high:
      return "wilson_high";
    case Trace::Op::minimum:
      return "minimum";
  }
  return "";
}

void json_node(Json& j, const Trace& t, int depth, int levels) {
  j.open('{').key("figure").text(t.figure).key("op").text(op_name(t.op));
  j.key("value").raw(t.kind == FigureKind::number ? cell_plain(Cell::number(Quantity(t.value)))
                     : t.kind == FigureKind::count || t.kind == FigureKind::year
                         ? plain_fixed(t.value, 0)
                         : plain_fixed(t.value, 2));
  if (t.op == Trace::Op::input) {
    j.key("unit").text(t.unit).key("source").text(t.source);
    j.key("price_year");
    t.price_year ? j.count(t.price_year) : j.null();
    j.key("file").text(t.origin.file).key("line").count(t.origin.line);
  } else if (cut(t, depth, levels)) {
    j.key("operands").null();  // not expanded: `mkba explain FILE FIGURE` has them
  } else {
    j.key("operands").open('[');
    for (const auto& op : t.operands) json_node(j, op, depth + 1, levels);
    j.close(']');
  }
  j.close('}');
}

void markdown_node(const Trace& t, Locale locale, int depth, int levels, std::string& out) {
  std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  out += indent + "- " + markdown_code(step_name(t.figure, locale)) + " = " +
         markdown_text(format_figure(t.kind, t.value, locale));
  if (t.op == Trace::Op::input) {
    std::string detail = input_detail(t, locale);
    out += detail.empty() ? "\n" : " (" + markdown_text(detail) + ")\n";
    return;
  }
  if (cut(t, depth, levels)) {
    out += "\n";
    return;
  }
  out += " = " + markdown_text(formula(t, locale)) + "\n";
  for (const auto& op : t.operands)
    if (!op.hidden) markdown_node(op, locale, depth + 1, levels, out);
}

}  // namespace

std::string format_figure(FigureKind kind, const Exact& value, Locale locale) {
  switch (kind) {
    case FigureKind::amount:
      return "EUR " + format_fixed(value, 2, locale);
    case FigureKind::ratio:
      return format_fixed(value, 2, locale);
    case FigureKind::count:
      return format_fixed(value, 0, locale);
    case FigureKind::number:
      return format_exact(value, locale);
    case FigureKind::year:
      return plain_fixed(value, 0);
  }
  return {};
}

std::string render_traces_text(const std::vector<Trace>& traces, Locale locale, int levels) {
  std::string out;
  for (std::size_t i = 0; i < traces.size(); ++i) {
    if (i) out += "\n";
    text_node(traces[i], locale, 0, levels, out);
  }
  return escape_controls(out);  // labels and sources from the input, for a terminal
}

Table traces_table(const std::vector<Trace>& traces, int levels) {
  Table t{{"depth", "figure", "op", "value", "unit", "source", "file", "line"}, {}, {}};
  std::function<void(const Trace&, int)> add = [&](const Trace& n, int depth) {
    Cell value = n.kind == FigureKind::amount  ? Cell::amount(Money(n.value))
                 : n.kind == FigureKind::ratio ? Cell::ratio(Quantity(n.value))
                 : n.kind == FigureKind::year  ? Cell::of(plain_fixed(n.value, 0))
                 : n.kind == FigureKind::count ? Cell::count(static_cast<long long>(n.value.ceil()))
                                               : Cell::number(Quantity(n.value));
    t.rows.push_back({Cell::count(depth), Cell::of(n.figure), Cell::of(op_name(n.op)), value,
                      Cell::of(n.unit), Cell::of(n.source), Cell::of(n.origin.file),
                      n.origin.line ? Cell::count(n.origin.line) : Cell::missing()});
    if (!cut(n, depth, levels))
      for (const auto& op : n.operands) add(op, depth + 1);
  };
  for (const auto& tr : traces) add(tr, 0);
  return t;
}

std::string render_traces_json(const std::vector<Trace>& traces, int levels) {
  Json j;
  j.open('{').key("mkba_version").text("2").key("figures").open('[');
  for (const auto& t : traces) json_node(j, t, 0, levels);
  j.close(']').close('}');
  return j.str();
}

std::string render_traces_markdown(const std::vector<Trace>& traces, Locale locale, int levels) {
  std::string out;
  for (const auto& t : traces) {
    out += "## " + markdown_code(t.figure) + "\n\n";
    markdown_node(t, locale, 0, levels, out);
    out += "\n";
  }
  return out;
}

}  // namespace mkba::report

namespace mkba::report {

std::string full_tree_hint(const std::string& file, Locale locale, bool markdown) {
  std::string command = "mkba explain " + file + " " + tr(locale, "FIGURE");
  std::string sentence = tr(locale, "The full tree of a figure:") + " ";
  return markdown ? markdown_text(sentence) + markdown_code(command) + "\n"
                  : escape_controls(sentence + command) + "\n";
}

}  // namespace mkba::report
