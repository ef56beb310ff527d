// RFC 4180 CSV: CRLF line ends, quoted fields where needed, '.' decimals.
#include "report/writer.hpp"

namespace mkba::report {
namespace {

std::string field(const Cell& cell) {
  std::string s = cell_plain(cell);
  // Spreadsheets run text cells that start like a formula; numbers are safe.
  if (!cell.is_numeric() && !s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@'))
    s.insert(0, "'");
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string quoted = "\"";
  for (char c : s) quoted += c == '"' ? "\"\"" : std::string(1, c);
  return quoted + "\"";
}

}  // namespace

std::string render_csv(const Table& t) {
  std::string out;
  for (std::size_t c = 0; c < t.columns.size(); ++c) out += (c ? "," : "") + field(Cell::of(t.columns[c]));
  out += "\r\n";
  for (const auto& row : t.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) out += (c ? "," : "") + field(row[c]);
    out += "\r\n";
  }
  return out;
}

}  // namespace mkba::report
