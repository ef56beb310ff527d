#include "cli/diagnostic_printer.hpp"

#include <algorithm>
#include <iostream>

#include "cli/exit.hpp"
#include "core/text.hpp"

namespace mkba::cli {
namespace {

// Values in messages are cut to a line where they are quoted; this bounds a
// message or hint as a whole, whatever it quotes.
constexpr std::size_t max_message_width = 5 * quote_width;

bool starts_character(const std::string& s, std::size_t i) {
  return (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

// A long line is cut to `quote_width` characters around `column` (which
// counts characters), with "..." where it was cut; `column` is moved to match.
std::string excerpt(const std::string& line, int& column) {
  constexpr int width = static_cast<int>(quote_width);
  int count = 0;
  for (std::size_t i = 0; i < line.size(); ++i) count += starts_character(line, i);
  if (count <= width) return line;
  int first = std::max(1, std::min(column - width / 2, count - width + 1));
  int last = std::min(count, first + width - 1);
  // The bytes from character `first` up to, not including, character `last + 1`.
  std::size_t begin = line.size(), end = line.size();
  for (std::size_t i = 0, n = 0; i < line.size(); ++i) {
    if (!starts_character(line, i)) continue;
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

// The bytes of the first `characters` characters of `s`.
std::size_t prefix_bytes(const std::string& s, int characters) {
  std::size_t i = 0;
  for (int n = 0; i < s.size(); ++i)
    if (starts_character(s, i) && n++ == characters) break;
  return i;
}

std::size_t character_count(const std::string& s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) n += starts_character(s, i);
  return n;
}

// The source line, escaped, and a caret under `column` of it.
std::string quote_line(int number, const std::string& line, int column) {
  std::string cut = excerpt(line, column);
  std::string before = escape_controls(cut.substr(0, prefix_bytes(cut, column - 1)));
  std::string digits = std::to_string(number);
  return " " + digits + " | " + escape_controls(cut) + "\n" + " " +
         std::string(digits.size(), ' ') + " | " + std::string(character_count(before), ' ') +
         "^\n";
}

std::string shown(const std::string& text, std::size_t width) {
  return escape_controls(shorten(text, width));
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d, const load::Sources& sources) {
  std::string out = "mkba: ";
  if (!d.where.file.empty()) {
    out += shown(d.where.file, max_message_width);
    if (d.where.line > 0)
      out += ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column);
    out += ": ";
  }
  out += "error: " + shown(d.message, max_message_width) + "\n";
  if (auto line = sources.line(d.where.file, d.where.line); line && d.where.column > 0)
    out += quote_line(d.where.line, *line, d.where.column);
  if (!d.hint.empty()) out += "  note: " + shown(d.hint, max_message_width) + "\n";
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
