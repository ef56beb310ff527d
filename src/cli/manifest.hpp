#pragma once
// The manifest every JSON output carries (docs/json.md, "manifest"): what
// produced it, so that `mkba reproduce` can check and recompute it. Its
// parts are recorded as the command line is read; none is a timestamp
// unless SOURCE_DATE_EPOCH asks for a date.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cli/options.hpp"
#include "report/audit.hpp"

namespace mkba::cli {

struct Manifest {
  std::string version;               // mkba's
  std::string revision;              // the source revision built, or empty
  std::vector<std::string> command;  // the arguments after `mkba`, output options aside
  std::optional<std::string> scenario;
  std::vector<Setting> overrides;     // --set and --price-year, in order
  std::optional<std::uint64_t> seed;  // simulate
  std::optional<long long> draws;
  std::optional<std::string> date;  // from SOURCE_DATE_EPOCH, YYYY-MM-DD (UTC)
};

// The command line given; before it is parsed.
void record_command_line(int argc, const char* const* argv);
// The case options and the simulation's seed and draws, when a command reads them.
void record_case_options(const CaseOptions& o);
void record_simulation(std::uint64_t seed, long long draws);
const Manifest& manifest();

// `json`, an object, with "manifest" as its first key: the manifest and
// each of `inputs` with its SHA-256. Any other JSON is returned as it is.
std::string with_manifest(const std::string& json, const std::vector<std::string>& inputs);

// The report's account of the same: version, revision, command and inputs.
report::Provenance provenance(const std::vector<std::string>& inputs);

// `command` without the options that say where and how to write (-o,
// --output, -f, --format and their values) and how many threads (-j, --jobs).
std::vector<std::string> without_output_options(const std::vector<std::string>& command);

}  // namespace mkba::cli
