#include "cli/manifest.hpp"

#include <cstdlib>
#include <ctime>
#include <set>

#include "load/sha256.hpp"
#include "report/json_builder.hpp"

namespace mkba::cli {
namespace {

Manifest& recorded() {
  static Manifest m{MKBA_VERSION, MKBA_REVISION, {}, {}, {}, {}, {}, {}};
  return m;
}

// SOURCE_DATE_EPOCH (seconds since 1970, reproducible-builds.org) as a date.
std::optional<std::string> source_date() {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (!epoch || !*epoch) return std::nullopt;
  char* end = nullptr;
  long long seconds = std::strtoll(epoch, &end, 10);
  if (*end || seconds < 0) return std::nullopt;
  std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  if (!gmtime_r(&t, &tm)) return std::nullopt;
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &tm);
  return std::string(text);
}

// Where and how to write (-o, -f) and how many threads (-j: the output is
// the same for any): what a rerun by `mkba reproduce` chooses for itself.
bool is_output_option(const std::string& a, bool& takes_value) {
  takes_value = false;
  for (const char* name : {"output", "format", "jobs"}) {
    std::string long_name = std::string("--") + name, short_name = {'-', name[0]};
    if (a == long_name || a == short_name) return takes_value = true;
    if (a.rfind(long_name + "=", 0) == 0 || (a.size() > 2 && a.rfind(short_name, 0) == 0))
      return true;
  }
  return false;
}

// Each file once, in the order first read: a batch reads one tariff table for
// many case files.
std::vector<std::string> distinct(const std::vector<std::string>& files) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const auto& f : files)
    if (seen.insert(f).second) out.push_back(f);
  return out;
}

}  // namespace

void record_command_line(int argc, const char* const* argv) {
  recorded().command.assign(argv + (argc > 0 ? 1 : 0), argv + argc);
  recorded().date = source_date();
}

void record_case_options(const CaseOptions& o) {
  recorded().scenario = o.scenario;
  recorded().overrides = o.set;
}

void record_simulation(std::uint64_t seed, long long draws) {
  recorded().seed = seed;
  recorded().draws = draws;
}

const Manifest& manifest() { return recorded(); }

std::vector<std::string> without_output_options(const std::vector<std::string>& command) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < command.size(); ++i) {
    if (command[i] == "--") {
      out.insert(out.end(), command.begin() + static_cast<long>(i), command.end());
      break;
    }
    bool takes_value = false;
    if (is_output_option(command[i], takes_value)) {
      i += takes_value ? 1 : 0;
      continue;
    }
    out.push_back(command[i]);
  }
  return out;
}

report::Provenance provenance(const std::vector<std::string>& inputs) {
  const Manifest& m = manifest();
  report::Provenance p{m.version, m.revision, {}, {}};
  for (const auto& a : without_output_options(m.command))
    p.command += (p.command.empty() ? "" : " ") + a;
  for (const auto& file : distinct(inputs))
    p.inputs.emplace_back(file, load::file_sha256(file).value_or("-"));
  return p;
}

std::string with_manifest(const std::string& json, const std::vector<std::string>& inputs) {
  if (json.rfind("{\n", 0) != 0) return json;
  const Manifest& m = manifest();
  report::Json j;
  j.open('{').key("manifest").open('{');
  j.key("mkba").text(m.version).key("revision");
  m.revision.empty() ? j.null() : j.text(m.revision);
  j.key("command").open('[');
  for (const auto& a : without_output_options(m.command)) j.text(a);
  j.close(']').key("inputs").open('[');
  for (const auto& file : distinct(inputs)) {
    auto hash = load::file_sha256(file);
    j.open('{').key("file").text(file).key("sha256");
    hash ? j.text(*hash) : j.null();
    j.close('}');
  }
  j.close(']').key("scenario");
  m.scenario ? j.text(*m.scenario) : j.null();
  j.key("overrides").open('[');
  for (const auto& s : m.overrides)
    j.open('{')
        .key("path")
        .text(s.path)
        .key("value")
        .text(s.value)
        .key("from")
        .text(s.option)
        .close('}');
  j.close(']').key("seed");
  m.seed ? j.raw(std::to_string(*m.seed)) : j.null();
  j.key("draws");
  m.draws ? j.count(*m.draws) : j.null();
  j.key("date");
  m.date ? j.text(*m.date) : j.null();
  j.close('}').close('}');
  // Its lines but the braces, already indented as a key of the document.
  std::string rendered = j.str();
  std::size_t from = rendered.find('\n') + 1;
  std::size_t to = rendered.rfind("\n}");
  return "{\n" + rendered.substr(from, to - from) + ",\n" + json.substr(2);
}

}  // namespace mkba::cli
