#pragma once
// Figures and parameters in words, for readers who do not know the paths:
// "population.benefit_total" is "de totale baten van de populatie",
// "tariffs.dagbesteding.price" is "de prijs van Reguliere dagbesteding".

#include <string>

#include "core/result.hpp"
#include "report/number_format.hpp"

namespace mkba::report {

// A figure path (core/trace.hpp) in words, naming cases, payers and tariffs
// by their labels; the path itself when it is not one mkba writes.
std::string figure_words(const Analysis& analysis, const std::string& path, Locale locale);
// The input a parameter changes, in words.
std::string parameter_words(const Analysis& analysis, const Parameter& parameter, Locale locale);

// What a line's side adds to its name, in English words for tr():
// "with the programme", "programme effort", or nothing for a without-line.
const char* side_words(Side side);
// The words in the locale, " (met het programma)", or "" for a without-line.
std::string side_suffix(Side side, Locale locale);

}  // namespace mkba::report
