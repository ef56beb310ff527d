#pragma once
// Headline figures of many runs: one row per programme (summary), or one
// column per scenario with the difference to the base (compare).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/headline.hpp"
#include "report/headline_figures.hpp"
#include "report/number_format.hpp"
#include "report/writer.hpp"

namespace mkba::report {

struct SummaryRow {
  std::string file;
  std::string programme;
  std::string scenario;                    // empty for the base
  std::vector<AppliedOverride> overrides;  // as applied
  Headline headline;
};

// "path = value; ..." of the overrides a run applied, each value by its type
// in `locale` (format_value), or without one "path=value; ..." with plain
// values (plain_value) for CSV and JSON.
std::string overrides_text(const std::vector<AppliedOverride>& overrides,
                           std::optional<Locale> locale);

enum class SummaryFormat { table, markdown, csv, json, jsonl };

// `mkba summary`'s output, built a row at a time. A row's cells are formatted
// when it is added and only their text is kept, so a batch of ten thousand
// programmes holds about its output, not its figures. Payer columns are the
// union of the rows' payers in order of appearance; NPV is a column when any
// row has one.
class SummaryWriter {
 public:
  SummaryWriter(SummaryFormat format, Locale locale, CsvDialect dialect = CsvDialect::rfc4180);
  void add(const SummaryRow& row);
  // The output, in pieces to be written one after another. Ends the writer:
  // the stored rows are released as they are written out.
  std::vector<std::string> finish();

 private:
  struct Column {
    std::string label;  // for table and Markdown
    std::string name;   // for CSV and JSON
    bool numeric;
    int id;  // where add() stored its cells
  };
  std::vector<Column> columns() const;
  std::string table_text(const std::vector<Column>& columns) const;
  void store(int id, const std::string& text);
  // Row `r`'s cells by column id; no value where the row has none.
  void decode(std::size_t r, std::vector<std::optional<std::string_view>>& cells) const;
  std::string text_of(const std::optional<std::string_view>& cell) const;

  SummaryFormat format_;
  Locale locale_;
  CsvDialect dialect_;
  std::vector<Figure> figures_;  // without payers, with NPV: the fixed figure columns
  std::vector<std::string> payers_;
  bool npv_seen_ = false;
  // Every row's cells (column id, length, text) in blocks that are filled and
  // never moved: growing one string would copy it, and hold twice its size.
  std::vector<std::string> blocks_;
  struct RowAt {
    std::size_t block, begin, end;
  };
  std::vector<RowAt> rows_;
};

struct Variant {
  std::string name;  // "base" for the file as it is
  std::string description;
  std::vector<AppliedOverride> overrides;
  Headline headline;
  std::optional<Headline> change;  // the difference to the base (core/headline.hpp)
};

// Rows: headline figures; columns: each variant, and after each scenario its
// difference to the base where it has one (Variant::change).
Table compare_table(const std::vector<Variant>& variants, Locale locale, bool plain);
// "Scenarios": compare_table and, for each scenario, a note of what it changes.
Section scenarios_section(const std::vector<Variant>& variants, Locale locale);
std::string render_compare_json(const std::vector<Variant>& variants);

}  // namespace mkba::report
