#include "cli/diagnostic_printer.hpp"

#include <algorithm>
#include <iostream>

#include "cli/app.hpp"

namespace mkba::cli {
namespace {

// A long line is cut to about 100 characters around `column` (which counts
// characters), with "..." where it was cut; `column` is moved to match.
std::string excerpt(const std::string& line, int& column) {
  constexpr int width = 100;
  auto starts_character = [&](std::size_t i) {
    return (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
  };
  int count = 0;
  for (std::size_t i = 0; i < line.size(); ++i) count += starts_character(i);
  if (count <= width) return line;
  int first = std::max(1, std::min(column - width / 2, count - width + 1));
  int last = std::min(count, first + width - 1);
  // The bytes from character `first` up to, not including, character `last + 1`.
  std::size_t begin = line.size(), end = line.size();
  for (std::size_t i = 0, n = 0; i < line.size(); ++i) {
    if (!starts_character(i)) continue;
    ++n;
    if (n == static_cast<std::size_t>(first)) begin = i;
    if (n == static_cast<std::size_t>(last) + 1) {
      end = i;
      break;
    }
  }
  column -= first - 1;
  if (first > 1) column += 3;
  return (first > 1 ? "..." : "") + line.substr(begin, end - begin) + (last < count ? "..." : "");
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d, const load::Sources& sources) {
  std::string out = "mkba: ";
  if (!d.where.file.empty()) {
    out += d.where.file;
    if (d.where.line > 0)
      out += ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column);
    out += ": ";
  }
  out += "error: " + d.message + "\n";
  if (auto line = sources.line(d.where.file, d.where.line); line && d.where.column > 0) {
    int column = d.where.column;
    line = excerpt(*line, column);
    std::string number = std::to_string(d.where.line);
    std::string gutter(number.size(), ' ');
    // Tabs stay tabs so the caret lines up under them.
    std::string lead;
    int col = 1;
    for (std::size_t i = 0; i < line->size() && col < column; ++i) {
      auto c = static_cast<unsigned char>((*line)[i]);
      if ((c & 0xC0) == 0x80) continue;
      lead += c == '\t' ? '\t' : ' ';
      ++col;
    }
    out += " " + number + " | " + *line + "\n";
    out += " " + gutter + " | " + lead + "^\n";
  }
  if (!d.hint.empty()) out += "  note: " + d.hint + "\n";
  return out;
}

int report_diagnostics(const Diagnostics& diagnostics, const load::Sources& sources) {
  int code = exit_ok;
  for (const auto& d : diagnostics.items()) {
    std::cerr << format_diagnostic(d, sources);
    code =
        std::max(code, d.problem == Problem::unreadable ? int{exit_io} : int{exit_invalid_input});
  }
  std::cerr.flush();
  return code;
}

}  // namespace mkba::cli
