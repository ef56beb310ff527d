// CSV: RFC 4180 by default (',' between fields, '.' decimals, CRLF line ends,
// quoted fields where needed); the Dutch dialect is what Dutch Excel opens:
// ';' between fields and a decimal comma.
#include "report/writer.hpp"

#include <string_view>

namespace mkba::report {
namespace {

std::string field(const Cell& cell, CsvDialect dialect) {
  return csv_field(cell_plain(cell), cell.is_numeric(), dialect);
}

}  // namespace

std::string csv_field(std::string s, bool numeric, CsvDialect dialect) {
  char separator = dialect == CsvDialect::nl ? ';' : ',';
  if (numeric && dialect == CsvDialect::nl)
    for (char& c : s)
      if (c == '.') c = ',';
  // Spreadsheets run text cells that start like a formula (OWASP, "CSV
  // Injection": = + - @ tab and carriage return); numbers are safe.
  if (!numeric && !s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos)
    s.insert(0, "'");
  if (s.find_first_of(std::string("\"\r\n") + separator) == std::string::npos) return s;
  std::string quoted = "\"";
  for (char c : s) quoted += c == '"' ? "\"\"" : std::string(1, c);
  return quoted + "\"";
}

std::optional<CsvDialect> csv_dialect_named(const std::string& name) {
  if (name == "rfc4180") return CsvDialect::rfc4180;
  if (name == "nl") return CsvDialect::nl;
  return std::nullopt;
}

std::string_view csv_start(CsvDialect dialect) {
  return dialect == CsvDialect::nl ? "\xEF\xBB\xBF" : "";
}

std::string render_csv(const Table& t, CsvDialect dialect) {
  const char* separator = dialect == CsvDialect::nl ? ";" : ",";
  std::string out(csv_start(dialect));
  for (std::size_t c = 0; c < t.columns.size(); ++c)
    out += (c ? separator : "") + field(Cell::of(t.columns[c]), dialect);
  out += "\r\n";
  for (const auto& row : t.rows) {
    for (std::size_t c = 0; c < row.size(); ++c)
      out += (c ? separator : "") + field(row[c], dialect);
    out += "\r\n";
  }
  return out;
}

}  // namespace mkba::report
