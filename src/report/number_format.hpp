#pragma once
// Turning exact values into text. Human-facing writers use a Locale (Dutch
// 1.234,56 or English 1,234.56); CSV and JSON use the plain form (1234.56).

#include <string>

#include "core/parameter.hpp"
#include "core/units.hpp"

namespace mkba::report {

enum class Locale { nl, en };

// Rounded to `decimals` (the README's rule), digits grouped by thousands.
std::string format_fixed(const Exact& value, int decimals, Locale locale);
// Amounts in tables: always two decimals, "7.920,00".
std::string format_amount(const Money& m, Locale locale);
// Prices and quantities in formulas: as many decimals as the value has (at
// most 12: factors carry 12), so "EUR 33 x 2,5" reads as written in the input.
std::string format_exact(const Exact& value, Locale locale);
// Ratios: two decimals.
std::string format_ratio(const Quantity& q, Locale locale);
// Whole counts: grouped, no decimals.
std::string format_count(long long n, Locale locale);
// An amount as a council reads it, rounded once (halves away from zero):
// whole euros below a million ("EUR 2.444", "EUR 2,444"), then millions and
// billions to one decimal ("EUR 7,2 mln" / "EUR 7.2 million", "EUR 1,3 mld"
// / "EUR 1.3 billion"). The scale is chosen after rounding, so 999.999,50
// is "EUR 1,0 mln", not "EUR 1.000.000".
std::string format_rounded_amount(const Money& m, Locale locale);
// Locale-free, for CSV and JSON: "7920.00", "-0.50".
std::string plain_fixed(const Exact& value, int decimals);

// A parameter's value by its type: money "EUR 33,00" (2 to 4 decimals),
// shares and rates as percentages with the decimals they have ("2,5483%"),
// counts grouped ("1.500"), years as they are ("2024"), quantities as
// written ("2,5"), a choice as its text.
std::string format_value(const Value& value, Locale locale);
// Locale-free, for CSV and JSON: money with 2 to 4 decimals ("33.00"),
// shares and rates as fractions ("0.025483"), counts, years and quantities
// as written; a choice as its text.
std::string plain_value(const Value& value);

}  // namespace mkba::report
