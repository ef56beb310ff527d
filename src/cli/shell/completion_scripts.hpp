#pragma once
// The completion scripts of `mkba completion bash|zsh|fish`, written from
// the command line's outline: commands, options, the choices of closed
// lists, YAML files where a case file or table is expected, and the
// scenarios of the case file on the line (which the scripts ask mkba for:
// `mkba completion --scenarios-of FILE`).

#include <string>
#include <vector>

#include "cli/shell/outline.hpp"

namespace mkba::cli {

std::string bash_completion(const std::vector<CommandOutline>& commands);
std::string zsh_completion(const std::vector<CommandOutline>& commands);
std::string fish_completion(const std::vector<CommandOutline>& commands);

}  // namespace mkba::cli
