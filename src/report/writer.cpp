#include "report/writer.hpp"

#include <algorithm>

namespace mkba::report {
namespace {

int price_decimals(const Exact& v) { return std::max(2, v.exact_decimals(4).value_or(4)); }

}  // namespace

std::optional<Format> format_named(const std::string& name) {
  if (name == "table" || name == "txt" || name == "text") return Format::table;
  if (name == "csv") return Format::csv;
  if (name == "json") return Format::json;
  if (name == "md" || name == "markdown") return Format::md;
  if (name == "svg") return Format::svg;
  return std::nullopt;
}

std::string extension_of(const std::string& path) {
  // As std::filesystem::path::extension, in plain string terms: the report
  // layer has no business with the file system. ".md" has no extension.
  const std::size_t slash = path.find_last_of('/');
  const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  const std::size_t dot = name.find_last_of('.');
  std::string ext = dot == std::string::npos || dot == 0 || name == ".." ? "" : name.substr(dot);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext;
}

std::optional<Format> format_for_path(const std::string& path) {
  std::string ext = extension_of(path);
  if (ext == ".csv") return Format::csv;
  if (ext == ".json") return Format::json;
  if (ext == ".md" || ext == ".markdown") return Format::md;
  if (ext == ".txt") return Format::table;
  if (ext == ".svg") return Format::svg;
  return std::nullopt;
}

std::string cell_text(const Cell& cell, Locale locale) {
  switch (cell.kind) {
    case Cell::Kind::text:
      return cell.text;
    case Cell::Kind::amount:
      return format_fixed(cell.value, 2, locale);
    case Cell::Kind::price:
      return format_fixed(cell.value, price_decimals(cell.value), locale);
    case Cell::Kind::number:
      return format_exact(cell.value, locale);
    case Cell::Kind::ratio:
      return format_fixed(cell.value, 2, locale);
    case Cell::Kind::count:
      return format_fixed(cell.value, 0, locale);
    case Cell::Kind::parameter:
      return format_value(Value::of(cell.type, cell.value), locale);
    case Cell::Kind::percent:
      return format_fixed(cell.value * Exact::integer(100), 1, locale) + "%";
    case Cell::Kind::missing:
      return "-";
  }
  return {};
}

std::string cell_plain(const Cell& cell) {
  switch (cell.kind) {
    case Cell::Kind::text:
      return cell.text;
    case Cell::Kind::amount:
      return plain_fixed(cell.value, 2);
    case Cell::Kind::price:
      return plain_fixed(cell.value, price_decimals(cell.value));
    case Cell::Kind::number:
      return plain_fixed(cell.value, cell.value.exact_decimals(12).value_or(12));
    case Cell::Kind::ratio:
      return plain_fixed(cell.value, 2);
    case Cell::Kind::count:
      return plain_fixed(cell.value, 0);
    case Cell::Kind::parameter:
      return plain_value(Value::of(cell.type, cell.value));
    case Cell::Kind::percent:
      return plain_fixed(cell.value, 3);
    case Cell::Kind::missing:
      return "";
  }
  return {};
}

}  // namespace mkba::report
