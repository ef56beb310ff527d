#pragma once
// The tariff library's outputs: the library keys in a table's listing, the
// listing of the bundled library, and the check of tariffs against a
// reference table (README, "Tariff library").

#include <optional>
#include <string>
#include <vector>

#include "core/tariff_check.hpp"
#include "core/tariff_diff.hpp"
#include "report/document.hpp"
#include "report/json_builder.hpp"
#include "report/number_format.hpp"

namespace mkba::report {

// `mkba tariffs TABLE`: a paragraph and verification column where the table
// has them, and the tariffs' alternatives, notes and reasons as notes.
void add_library_columns(const TariffTable& table, Table& tariffs, std::vector<std::string>& notes,
                         Locale locale);
// The same keys as CSV columns, and as JSON keys of a tariff and its table.
void add_library_csv_columns(const TariffTable& table, Table& tariffs);
void library_json(Json& j, const Tariff& t);
void library_table_json(Json& j, const TariffTable& table);

// `mkba tariffs list`: the tables (each named as on the command line) and
// the word searched for, if any.
struct LibraryListing {
  std::vector<std::pair<std::string, const TariffTable*>> tables;
  std::optional<std::string> search;
  bool matches(const TariffTable& table, const Tariff& t) const;
};
Document library_document(const LibraryListing& listing, Locale locale);
Table library_table(const LibraryListing& listing);
std::string render_library_json(const LibraryListing& listing);

// A percentage as the tables show it: a sign and one decimal ("+15.7%").
std::string percent_text(const Exact& p, Locale locale);
// `value` rounded to `decimals`, as a number cell (CSV and JSON percentages).
Cell rounded(const Exact& value, int decimals);

// `mkba tariffs diff`: two versions of a table compared.
Document tariff_diff_document(const TariffDiff& diff, Locale locale);
Table tariff_diff_table(const TariffDiff& diff, Locale locale, bool plain);
std::string render_tariff_diff_json(const TariffDiff& diff);

// `mkba tariffs check` and the tariff section of `mkba check`.
Document tariff_check_document(const TariffCheck& check, Locale locale);
Section tariff_check_section(const TariffCheck& check, Locale locale);
Table tariff_check_table(const TariffCheck& check, Locale locale, bool plain);
void tariff_check_json(Json& j, const TariffCheck& check);
std::string render_tariff_check_json(const TariffCheck& check);

}  // namespace mkba::report
