#pragma once
// Reading back a JSON output of mkba (`mkba reproduce`): its manifest, and
// every value in it as a path and the value's text, to compare with a rerun.
// JSON is read with the YAML parser (JSON is YAML's flow style).

#include <optional>
#include <string>
#include <vector>

namespace mkba::load {

// `cases[casus-1].lines[dagbesteding].amount`: an array element is named by
// its id (or tariff, figure, payer, basis, path, file), when those are unique in
// the array, else by its 0-based position.
struct OutputValue {
  std::string path;
  std::string text;  // as written: "7920.00", "null", a string's characters
};

struct RecordedInput {
  std::string file;
  std::string sha256;
};

struct RecordedOutput {
  std::vector<std::string> command;  // the arguments after `mkba`
  std::vector<RecordedInput> inputs;
  std::vector<OutputValue> values;  // all but the manifest, in the order written
};

// Nothing, with `error` set, when `text` is not a JSON object or has no
// manifest (or one without `command` and `inputs`).
std::optional<RecordedOutput> read_output(const std::string& text, std::string& error);
// Every value of a JSON document but its manifest; nothing when it is not JSON.
std::optional<std::vector<OutputValue>> output_values(const std::string& text, std::string& error);

}  // namespace mkba::load
