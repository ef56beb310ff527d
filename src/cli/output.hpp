#pragma once
// Writing results: to stdout, or to the file named with -o, never over an
// input. That file is written in full when the command renders its output,
// and gets its name only when the whole command has succeeded
// (finish_output): on any error the target is left as it was.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/staged_file.hpp"

namespace mkba::cli {

// Exit 4 (with the reason on stderr) when `path` names one of the inputs,
// also through a link, a folder, or a file the user may not write; 0
// otherwise. Checked before anything is rendered, and again when written.
int check_output_target(const std::optional<std::string>& path,
                        const std::vector<std::string>& inputs);

// Standard output, a descriptor (/dev/fd/N), a device or a FIFO is written
// at once. A file is written under no name, for finish_output to publish.
// Returns an exit code; on failure the reason is printed to stderr.
int write_output(const std::string& text, const std::optional<std::string>& path,
                 const std::vector<std::string>& inputs);
int write_output(const Pieces& text, const std::optional<std::string>& path,
                 const std::vector<std::string>& inputs);

// The width text tables keep to: $COLUMNS when it is a number from 40 to
// 1000, else report::default_line_width (120). Read once.
std::size_t text_line_width();

// The end of every command, given its exit code: the written file replaces
// its target when the command succeeded (0, or 1: check's complete verdict
// that a claim does not hold), and is discarded otherwise. Returns `code`,
// or 4 when the file cannot be renamed over its target.
int finish_output(int code);
// Discards the written file, if any: the command did not finish.
void discard_output();

}  // namespace mkba::cli
