// Text tables that fit their line: headings wrap, then text cells, then
// blocks of columns led by the first.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "report/writer.hpp"

using namespace mkba;
using report::Cell;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string table_text(const report::Table& t, std::size_t width) {
  std::string out;
  report::render_text_table(report::text_grid(t, report::Locale::en), out, width);
  return out;
}

std::string words(std::mt19937& rng, int most) {
  static const char* pool[] = {"dagbesteding", "GGZ", "opname",          "per",
                               "week",         "-",   "basis",           "huisarts",
                               "(POH)",        "x",   "Zorgverzekeraar", "EUR"};
  std::string s;
  const int n = std::uniform_int_distribution<int>(1, most)(rng);
  for (int i = 0; i < n; ++i) s += (i ? " " : "") + std::string(pool[rng() % 12]);
  return s;
}

}  // namespace

TEST_CASE("a table that fits is written as it is, one line per row") {
  report::Table t{{"Post", "EUR"}, {{Cell::of("Dagbesteding"), Cell::count(33)}}, {}};
  CHECK(table_text(t, 120) ==
        "  Post          EUR\n"
        "  ------------  ---\n"
        "  Dagbesteding   33\n");
}

TEST_CASE("headings wrap before cells, and a lone dash stays with the word after it") {
  report::Table t{{"Case", "mediaan - basis", "tarief - basis"},
                  {{Cell::of("casus-1"), Cell::count(1), Cell::count(2)}},
                  {}};
  CHECK(table_text(t, 30) ==
        "           mediaan   tarief\n"
        "  Case     - basis  - basis\n"
        "  -------  -------  -------\n"
        "  casus-1        1        2\n");
}

TEST_CASE("a long text cell wraps within its column, the numbers on its first line") {
  report::Table t{
      {"Post", "EUR"},
      {{Cell::of("Intramurale GGZ-opname (intramurale opname van 3 weken)"), Cell::count(5775)}},
      {}};
  auto lines = lines_of(table_text(t, 40));
  REQUIRE(lines.size() == 5);  // a column of 31 beside "5,775"
  CHECK(lines[2] == "  Intramurale GGZ-opname           5,775");
  CHECK(lines[3] == "  (intramurale opname van 3");
  CHECK(lines[4] == "  weken)");
  for (const auto& line : lines) CHECK(line.size() <= 40);
}

TEST_CASE("too many columns continue in blocks, each led by the first column") {
  report::Table t;
  t.columns = {"Figure", "a", "b", "c", "d", "e", "f"};
  t.rows.push_back({Cell::of("Net result")});
  for (int i = 0; i < 6; ++i) t.rows.back().push_back(Cell::count(1'000'000'000LL + i));
  auto lines = lines_of(table_text(t, 50));
  int blocks = 0;
  for (const auto& line : lines) {
    CHECK(line.size() <= 50);
    blocks += line.rfind("  Figure", 0) == 0;
  }
  CHECK(blocks == 3);  // 2 + 10 + 2 x (2 + 13) fits 50; a third column would not
}

TEST_CASE("property: generated tables keep to their width and lose no word") {
  std::mt19937 rng(20261202);
  for (int round = 0; round < 400; ++round) {
    const std::size_t width = std::uniform_int_distribution<std::size_t>(66, 130)(rng);
    const int columns = std::uniform_int_distribution<int>(1, 12)(rng);
    report::Table t;
    for (int c = 0; c < columns; ++c) t.columns.push_back(words(rng, 3));
    const int rows = std::uniform_int_distribution<int>(0, 6)(rng);
    for (int r = 0; r < rows; ++r) {
      t.rows.emplace_back();
      for (int c = 0; c < columns; ++c)
        t.rows.back().push_back(rng() % 3 ? Cell::of(words(rng, 2)) : Cell::count(rng() % 100000));
    }
    const std::string text = table_text(t, width);
    CAPTURE(round);
    CAPTURE(text);
    // A cell is at most 31 characters, so any two columns fit in 66.
    for (const auto& line : lines_of(text)) CHECK(line.size() <= width);
    std::istringstream all(text);
    std::vector<std::string> written;
    for (std::string w; all >> w;) written.push_back(w);
    for (const auto& row : t.rows)
      for (const auto& cell : row) {
        std::istringstream in(report::cell_text(cell, report::Locale::en));
        for (std::string w; in >> w;)
          CHECK(std::find(written.begin(), written.end(), w) != written.end());
      }
  }
}
