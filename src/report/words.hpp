#pragma once

#include <map>
#include <string>

#include "report/number_format.hpp"

namespace mkba::report {

// The words of the human-facing reports, in English or Dutch: every phrase
// has both. A phrase without Dutch comes back unchanged, or with
// require_dutch() throws std::logic_error (the test of the catalogue).
std::string tr(Locale locale, const std::string& english);
// The same for text that may come from an input file (a tariff's unit): its
// Dutch when the catalogue has the word, else the text as written.
std::string tr_or_keep(Locale locale, const std::string& text);
// Makes tr() refuse a phrase without Dutch (tests; MKBA_TEST_STRICT_WORDS).
void require_dutch(bool on);
// The name of the figure sensitivity and simulation follow ("npv" or
// "net.net_benefit"): "NCW", "Netto resultaat".
std::string figure_name(const std::string& figure, Locale locale);

// The Dutch of the first page and of figures in words (brief_words.cpp),
// which tr() also reads.
const std::map<std::string, std::string>& brief_dutch();

}  // namespace mkba::report
