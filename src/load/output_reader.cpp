#include "load/output_reader.hpp"

#include <yaml-cpp/yaml.h>

#include <set>

namespace mkba::load {
namespace {

// The key that names the elements of `array`, when every element has it
// with a distinct text; empty when none does.
std::string naming_key(const YAML::Node& array) {
  for (const char* key : {"id", "tariff", "figure", "payer", "basis", "path", "file"}) {
    std::set<std::string> seen;
    bool all = array.size() > 0;
    for (const auto& e : array) {
      all = all && e.IsMap() && e[key] && e[key].IsScalar() && seen.insert(e[key].Scalar()).second;
      if (!all) break;
    }
    if (all) return key;
  }
  return {};
}

void flatten(const YAML::Node& n, const std::string& path, std::vector<OutputValue>& out) {
  if (n.IsMap()) {
    for (const auto& kv : n) {
      std::string key = kv.first.Scalar();
      if (path.empty() && key == "manifest") continue;
      flatten(kv.second, path.empty() ? key : path + "." + key, out);
    }
  } else if (n.IsSequence()) {
    std::string key = naming_key(n);
    if (n.size() == 0) out.push_back({path, "[]"});
    for (std::size_t i = 0; i < n.size(); ++i)
      flatten(n[i], path + "[" + (key.empty() ? std::to_string(i) : n[i][key].Scalar()) + "]", out);
  } else {
    out.push_back({path, n.IsNull() ? "null" : n.Scalar()});
  }
}

std::optional<YAML::Node> parse(const std::string& text, std::string& error) {
  try {
    YAML::Node root = YAML::Load(text);
    if (root.IsMap() || root.IsSequence()) return root;
    error = "not a JSON object";
  } catch (const YAML::Exception& e) {
    error = "not JSON: " + e.msg + " (line " + std::to_string(e.mark.line + 1) + ")";
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::vector<OutputValue>> output_values(const std::string& text, std::string& error) {
  auto root = parse(text, error);
  if (!root) return std::nullopt;
  std::vector<OutputValue> out;
  flatten(*root, "", out);
  return out;
}

std::optional<RecordedOutput> read_output(const std::string& text, std::string& error) {
  auto root = parse(text, error);
  if (!root) return std::nullopt;
  const YAML::Node m = root->IsMap() ? (*root)["manifest"] : YAML::Node();
  if (!m || !m.IsMap() || !m["command"] || !m["command"].IsSequence() || !m["inputs"] ||
      !m["inputs"].IsSequence()) {
    error = "has no manifest with the command and inputs that produced it";
    return std::nullopt;
  }
  RecordedOutput out;
  try {
    for (const auto& a : m["command"]) out.command.push_back(a.as<std::string>());
    for (const auto& i : m["inputs"])
      out.inputs.push_back({i["file"].as<std::string>(), i["sha256"].as<std::string>()});
  } catch (const YAML::Exception&) {
    error = "its manifest's command or inputs are not as mkba writes them";
    return std::nullopt;
  }
  flatten(*root, "", out.values);
  return out;
}

}  // namespace mkba::load
