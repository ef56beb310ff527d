#pragma once
// Writing results: to stdout, or atomically to a file (temp file in the
// target's folder, fsync, rename), never over an input.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mkba::cli {

// Exit 4 (with the reason on stderr) when `path` names one of the inputs,
// also through a link; 0 otherwise. Checked before anything is rendered.
int check_output_target(const std::optional<std::string>& path,
                        const std::vector<std::string>& inputs);

// Returns an exit code; on failure the reason is printed to stderr and no
// output file exists that was not there before.
int write_output(const std::string& text, const std::optional<std::string>& path,
                 const std::vector<std::string>& inputs);
// The same for an output in pieces, written one after another as one file.
using Pieces = std::vector<std::string_view>;
int write_output(const Pieces& text, const std::optional<std::string>& path,
                 const std::vector<std::string>& inputs);

}  // namespace mkba::cli
