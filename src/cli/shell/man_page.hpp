#pragma once
// mkba(1): the man page, written from the command line's outline (the text
// of --help), one section per command.

#include <string>
#include <vector>

#include "cli/shell/outline.hpp"

namespace mkba::cli {

// The page in man(7) markup; `version` as `mkba --version` prints it,
// `date` that of the release (2024-06-03), `data_dir` where the tariff
// library is installed, from the binary's folder.
std::string man_page(const std::vector<CommandOutline>& commands, const std::string& version,
                     const std::string& date, const std::string& data_dir);

}  // namespace mkba::cli
