#pragma once
// A report as plain data: sections of paragraphs and typed tables. Builders
// turn a Result into a Document; writers render it (text, Markdown, CSV).
// Cells keep exact values, so each writer formats numbers its own way.

#include <optional>
#include <string>
#include <vector>

#include "core/parameter.hpp"
#include "core/units.hpp"

namespace mkba::report {

struct Cell {
  enum class Kind { text, amount, price, number, ratio, count, parameter, percent, missing };
  Kind kind = Kind::text;
  std::string text;                      // text cells
  Exact value;                           // all other cells
  ValueType type = ValueType::quantity;  // parameter cells: printed by type (format_value)

  static Cell of(std::string text) { return Cell{Kind::text, std::move(text), {}}; }
  static Cell amount(const Money& m) { return Cell{Kind::amount, {}, m.exact()}; }
  static Cell price(const Money& m) { return Cell{Kind::price, {}, m.exact()}; }
  static Cell number(const Quantity& q) { return Cell{Kind::number, {}, q.exact()}; }
  static Cell count(long long n) { return Cell{Kind::count, {}, Exact::integer(n)}; }
  // A share shown as a percentage with one decimal ("64,7%"; plain "0.647").
  static Cell percent(const Exact& share) { return Cell{Kind::percent, {}, share}; }
  // A parameter's value; a choice is a text cell.
  static Cell parameter(const Value& v) {
    return v.is_choice() ? of(v.choice) : Cell{Kind::parameter, {}, v.number, v.type};
  }
  // A number that does not exist (nothing to divide by): a dash in text and
  // Markdown, empty in CSV, aligned like the numbers of its column.
  static Cell missing() { return Cell{Kind::missing, {}, {}}; }
  static Cell ratio(const std::optional<Quantity>& q) {
    return q ? Cell{Kind::ratio, {}, q->exact()} : missing();
  }
  bool is_numeric() const { return kind != Kind::text; }
};

struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
  std::vector<std::size_t> emphasised_rows;  // totals, drawn apart where the format allows
};

struct Section {
  std::string heading;
  std::vector<std::string> paragraphs;
  std::vector<Table> tables;
  std::vector<std::string> notes;    // shown after the tables
  std::vector<std::string> items{};  // a list, after the paragraphs
  // Charts as SVG documents, after the tables: drawn where the format holds
  // pictures (HTML); the text and Markdown writers leave them out.
  std::vector<std::string> charts{};
};

struct Document {
  std::string title;
  std::vector<std::string> paragraphs;
  std::vector<Section> sections;
};

}  // namespace mkba::report
