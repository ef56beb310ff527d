#pragma once
// The JSON Schemas (draft 2020-12) of the input files, written from the
// loader's own key tables (key_tables.hpp): what editors complete, explain
// and check while a file is typed (`mkba schema`, schemas/ in the sources).

#include <string>

namespace mkba::load {

enum class InputFile { case_file, tariff_table, index_series };

// The schema of `file`, as indented JSON ending in a newline.
std::string json_schema(InputFile file);

}  // namespace mkba::load
