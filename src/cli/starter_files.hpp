#pragma once
// The files `mkba init` writes: a case file and a tariff table to start
// from, each key explained by a comment in the words of the loader's key
// tables (load/key_tables.cpp), with the schema line on top.

#include <optional>
#include <string>

#include "core/model.hpp"

namespace mkba::cli {

struct StarterFiles {
  std::string case_file;  // case.yaml
  std::string tariffs;    // tariffs.yaml
};

// `schemas` is the folder of the JSON Schemas as seen from the files'
// folder. With `reference` (a table of the library and its bare name), the
// tariff table takes a few of its tariffs, each naming its reference, and
// the case file names the table as its reference; else it is an example.
StarterFiles starter_files(const std::string& schemas, const TariffTable* reference,
                           const std::string& reference_name);

}  // namespace mkba::cli
