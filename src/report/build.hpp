#pragma once
// Result -> Document (for text and Markdown) and Result -> one flat table
// (for CSV). The only place that decides what a report shows.

#include <string>
#include <vector>

#include "core/result.hpp"
#include "report/document.hpp"
#include "report/number_format.hpp"

namespace mkba::report {

// With stories, each case section opens with the vignette's story.
Document run_document(const Result& result, Locale locale, bool with_stories = false);
Document tariffs_document(const TariffTable& table, Locale locale);
Document breakeven_document(const Result& result, Locale locale);

// The tables a CSV file can hold, one at a time; lines is the default.
enum class CsvTable { lines, cases, population, balance, breakeven, reach, years, effects };
// Their names, in the order of CsvTable.
const std::vector<std::string>& csv_table_names();
// Machine column names, no locale.
Table csv_table(const Result& result, CsvTable table);
Table tariffs_csv_table(const TariffTable& table);

// The horizon section of a run with a time result (time_section.cpp).
// A payer's label from the tariff table; its id when the table lacks it.
std::string payer_label(const TariffTable& table, const std::string& id);
// A year of the horizon as people name it: its calendar year, else its number.
std::string year_name(const YearRow& row);
Section time_section(const Result& result, Locale locale);

// Below this many case vignettes a population estimate is called fragile.
constexpr std::size_t fragile_case_count = 5;
// "Only 3 cases: a population estimate that rests on so few vignettes is
// fragile." for fewer than fragile_case_count cases (and at least one).
std::string few_cases_sentence(std::size_t cases, Locale locale);

// "EUR 33 x 6 dagdelen/week x 40 weken"
std::string line_formula(const Result& result, const LineResult& line, Locale locale);

}  // namespace mkba::report
