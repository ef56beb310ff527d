#pragma once
// Writers: one function per output format. They format, never compute.

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "report/document.hpp"
#include "report/number_format.hpp"

namespace mkba::report {

enum class Format { table, csv, json, md, svg };

std::optional<Format> format_named(const std::string& name);
// A file name's extension in lower case, with its dot: "R.CSV" -> ".csv".
std::string extension_of(const std::string& path);
// From an output file name: .csv, .json, .md/.markdown, .txt.
std::optional<Format> format_for_path(const std::string& path);

// The width text tables keep to unless told otherwise (the command line
// follows $COLUMNS): a table wider than its line wraps its headings at
// spaces, then continues in blocks of columns, each led by the first.
inline constexpr std::size_t default_line_width = 120;
std::string render_text(const Document& document, Locale locale,
                        std::size_t line_width = default_line_width);
std::string render_markdown(const Document& document, Locale locale);
// One self-contained HTML file (inline CSS and SVG charts, no scripts),
// printable to A4 with each section on a new page.
std::string render_html(const Document& document, Locale locale);
// rfc4180: ',' and '.' decimals; nl: ';' and decimal commas (Dutch Excel).
enum class CsvDialect { rfc4180, nl };
std::optional<CsvDialect> csv_dialect_named(const std::string& name);
// What a CSV output starts with: for nl the UTF-8 byte order mark, without
// which Dutch Excel reads UTF-8 as Windows-1252 ("CliÃ«nten"); nothing for
// rfc4180, which has no such mark.
std::string_view csv_start(CsvDialect dialect);
std::string render_csv(const Table& table, CsvDialect dialect = CsvDialect::rfc4180);
std::string render_json(const Result& result);
std::string render_tariffs_json(const TariffTable& table);

// A table whose cells are already formatted (cell_text), read through `cell`:
// a long table need not hold its Cells, only what the writer lays out.
struct TextGrid {
  std::vector<std::string> columns;
  std::vector<bool> right;  // right-aligned: a column of numbers
  std::size_t rows = 0;
  std::function<std::string(std::size_t row, std::size_t column)> cell;
  std::vector<std::size_t> emphasised_rows;
};
TextGrid text_grid(const Table& table, Locale locale);
// A table's lines as render_text and render_markdown write them, added to `out`.
void render_text_table(const TextGrid& grid, std::string& out,
                       std::size_t line_width = default_line_width);
void render_markdown_table(const TextGrid& grid, std::string& out);
// Text in Markdown, inline (a heading, a cell, a list item): shown as
// written, never as markup. Controls are escaped (escape_controls), every
// character that could start emphasis, code, a link or image, HTML, an
// entity, a table cell, strikethrough, math or a heading gets a backslash,
// and line breaks become spaces.
std::string markdown_text(const std::string& text);
// Text as a Markdown code span, fenced by more backticks than it holds.
std::string markdown_code(const std::string& text);
// One CSV field from a cell's plain text.
std::string csv_field(std::string plain, bool numeric, CsvDialect dialect);

// A cell as a locale-formatted string (text and Markdown) or plain (CSV).
std::string cell_text(const Cell& cell, Locale locale);
std::string cell_plain(const Cell& cell);

}  // namespace mkba::report
