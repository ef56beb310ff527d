#include "cli/diagnostic_printer.hpp"

#include <iostream>

#include "cli/app.hpp"

namespace mkba::cli {

std::string format_diagnostic(const Diagnostic& d, const load::Sources& sources) {
  std::string out = "mkba: ";
  if (!d.where.file.empty()) {
    out += d.where.file;
    if (d.where.line > 0) out += ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column);
    out += ": ";
  }
  out += "error: " + d.message + "\n";
  if (auto line = sources.line(d.where.file, d.where.line); line && d.where.column > 0) {
    std::string number = std::to_string(d.where.line);
    std::string gutter(number.size(), ' ');
    // Tabs stay tabs so the caret lines up under them.
    std::string lead;
    int col = 1;
    for (std::size_t i = 0; i < line->size() && col < d.where.column; ++i) {
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
    code = std::max(code, d.problem == Problem::unreadable ? int{exit_io} : int{exit_invalid_input});
  }
  std::cerr.flush();
  return code;
}

}  // namespace mkba::cli
