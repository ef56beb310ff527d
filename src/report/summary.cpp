#include "report/summary.hpp"

#include <algorithm>

#include "report/json_builder.hpp"
#include "report/words.hpp"

namespace mkba::report {
namespace {

// Column ids as add() stores cells: the text and count columns, then the
// figures without payers (as SummaryWriter::figures_), then one per payer.
enum Id : int { file, programme, scenario, cases, participants, overrides, first_figure };

bool plain(SummaryFormat f) {
  return f == SummaryFormat::csv || f == SummaryFormat::json || f == SummaryFormat::jsonl;
}

// `object` (a rendered JSON object ending in a newline) after `separator`,
// each of its lines indented as an element of the rows array.
void append_indented(std::string& out, const std::string& object, const char* separator) {
  out += separator;
  out += "    ";
  for (std::size_t i = 0; i + 1 < object.size(); ++i) {
    out += object[i];
    if (object[i] == '\n') out += "    ";
  }
}

}  // namespace

std::string overrides_text(const std::vector<AppliedOverride>& overrides,
                           std::optional<Locale> locale) {
  std::string out;
  for (const auto& o : overrides)
    out += (out.empty() ? "" : "; ") + o.path +
           (locale ? " = " + format_value(o.value, *locale) : "=" + plain_value(o.value));
  return out;
}

SummaryWriter::SummaryWriter(SummaryFormat format, Locale locale, CsvDialect dialect)
    : format_(format),
      locale_(locale),
      dialect_(dialect),
      figures_(headline_figures(std::vector<std::string>{}, true, locale)) {}

// A cell as its column id and length (each in 7-bit groups, low first; one
// byte for most) and its text.
void SummaryWriter::store(int id, const std::string& text) {
  std::string& block = blocks_.back();
  auto put = [&block](std::size_t n) {
    for (; n >= 0x80; n >>= 7) block += static_cast<char>((n & 0x7f) | 0x80);
    block += static_cast<char>(n);
  };
  put(static_cast<std::size_t>(id));
  put(text.size());
  block += text;
}

void SummaryWriter::add(const SummaryRow& row) {
  constexpr std::size_t block_size = 64 * 1024, row_room = 4 * 1024;
  if (blocks_.empty() || blocks_.back().size() + row_room > block_size) {
    blocks_.emplace_back();
    blocks_.back().reserve(block_size);
  }
  std::size_t begin = blocks_.back().size();
  auto shown = [this](const Cell& c) {
    return plain(format_) ? cell_plain(c) : cell_text(c, locale_);
  };
  store(Id::file, row.file);
  store(Id::programme, row.programme);
  store(Id::scenario, row.scenario);
  store(Id::cases, shown(Cell::count(static_cast<long long>(row.headline.cases))));
  if (row.headline.participants)
    store(Id::participants, shown(Cell::count(*row.headline.participants)));
  store(Id::overrides,
        overrides_text(row.overrides, plain(format_) ? std::nullopt : std::optional(locale_)));
  for (std::size_t i = 0; i < figures_.size(); ++i)
    if (auto v = figures_[i].get(row.headline))
      store(Id::first_figure + static_cast<int>(i), shown(figure_cell(figures_[i], v)));
  npv_seen_ = npv_seen_ || row.headline.npv.has_value();
  for (const auto& pa : row.headline.benefit) {
    auto at = std::find(payers_.begin(), payers_.end(), pa.payer);
    if (at == payers_.end()) at = payers_.insert(at, pa.payer);
    int id = Id::first_figure + static_cast<int>(figures_.size() + (at - payers_.begin()));
    store(id, shown(Cell::amount(pa.amount)));
  }
  rows_.push_back({blocks_.size() - 1, begin, blocks_.back().size()});
}

std::vector<SummaryWriter::Column> SummaryWriter::columns() const {
  Locale l = locale_;
  std::vector<Column> cs{{tr(l, "File"), "file", false, Id::file},
                         {tr(l, "Programme"), "programme", false, Id::programme},
                         {tr(l, "Scenario"), "scenario", false, Id::scenario},
                         {tr(l, "Cases"), "cases", true, Id::cases},
                         {tr(l, "Participants"), "participants", true, Id::participants}};
  for (const auto& f : headline_figures(payers_, npv_seen_, l)) {
    int id = 0;
    for (std::size_t i = 0; i < figures_.size(); ++i)
      if (figures_[i].name == f.name) id = Id::first_figure + static_cast<int>(i);
    for (std::size_t k = 0; k < payers_.size(); ++k)
      if (f.name == "benefit." + payers_[k])
        id = Id::first_figure + static_cast<int>(figures_.size() + k);
    cs.push_back({f.label, f.name, true, id});
  }
  cs.push_back({tr(l, "Overrides"), "overrides", false, Id::overrides});
  return cs;
}

void SummaryWriter::decode(std::size_t r,
                           std::vector<std::optional<std::string_view>>& cells) const {
  cells.assign(Id::first_figure + figures_.size() + payers_.size(), std::nullopt);
  std::string_view block = blocks_[rows_[r].block];
  for (std::size_t at = rows_[r].begin; at < rows_[r].end;) {
    auto take = [&] {
      std::size_t n = 0;
      for (int shift = 0;; shift += 7) {
        auto byte = static_cast<unsigned char>(block[at++]);
        n |= static_cast<std::size_t>(byte & 0x7f) << shift;
        if (byte < 0x80) return n;
      }
    };
    std::size_t id = take(), size = take();
    cells[id] = block.substr(at, size);
    at += size;
  }
}

// A cell as this format shows it; a figure the row lacks is a dash in text and
// Markdown, empty in CSV, null in JSON.
std::string SummaryWriter::text_of(const std::optional<std::string_view>& cell) const {
  if (cell) return std::string(*cell);
  if (format_ == SummaryFormat::csv) return "";
  if (plain(format_)) return "null";
  return cell_text(Cell::missing(), locale_);
}

// CSV and JSON rows need no widths: each block of stored rows becomes a piece
// of output and is released, so the rows and the output are not held twice.
std::vector<std::string> SummaryWriter::finish() {
  std::vector<Column> cs = columns();
  if (!plain(format_)) return {table_text(cs)};
  bool csv = format_ == SummaryFormat::csv, lines = format_ == SummaryFormat::jsonl;
  const char* separator = dialect_ == CsvDialect::nl ? ";" : ",";
  std::vector<std::string> pieces(1);
  if (csv) {
    pieces[0] = csv_start(dialect_);
    for (std::size_t c = 0; c < cs.size(); ++c)
      pieces[0] += (c ? separator : "") + csv_field(cs[c].name, false, dialect_);
    pieces[0] += "\r\n";
  } else if (!lines) {
    // The rows as an array in a document, as every JSON output is one object
    // that the CLI opens with its manifest.
    pieces[0] = "{\n  \"mkba_version\": \"2\",\n  \"rows\": [";
  }
  // A piece is sized for its block's rows before it is filled, so that it takes
  // the place of the block released before it instead of growing by doubling.
  std::size_t per_row = csv ? cs.size() : 0;
  for (const auto& c : cs) per_row += csv ? 0 : c.name.size() + (lines ? 8 : 14);
  std::vector<std::optional<std::string_view>> cells;
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    if (r == 0 || rows_[r].block != rows_[r - 1].block) {
      std::size_t count = 0;
      while (r + count < rows_.size() && rows_[r + count].block == rows_[r].block) ++count;
      pieces.back().reserve(pieces.back().size() + blocks_[rows_[r].block].size() +
                            count * per_row);
    }
    decode(r, cells);
    std::string& out = pieces.back();
    if (csv) {
      for (std::size_t c = 0; c < cs.size(); ++c)
        out += (c ? separator : "") + csv_field(text_of(cells[cs[c].id]), cs[c].numeric, dialect_);
      out += "\r\n";
    } else {
      Json j(lines);
      j.open('{');
      for (const auto& c : cs) {
        j.key(c.name);
        c.numeric ? j.raw(text_of(cells[c.id])) : j.text(text_of(cells[c.id]));
      }
      std::string object = j.close('}').str();
      if (lines)
        out += object;
      else
        append_indented(out, object, r ? ",\n" : "\n");
    }
    if (r + 1 == rows_.size() || rows_[r + 1].block != rows_[r].block) {
      std::string().swap(blocks_[rows_[r].block]);
      pieces.emplace_back();
    }
  }
  if (!csv && !lines) pieces.back() += rows_.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return pieces;
}

// Text and Markdown: every row is read twice (widths, then lines) and the
// output is one string.
std::string SummaryWriter::table_text(const std::vector<Column>& cs) const {
  TextGrid grid;
  for (const auto& c : cs) {
    grid.columns.push_back(c.label);
    grid.right.push_back(c.numeric);
  }
  grid.rows = rows_.size();
  std::vector<std::optional<std::string_view>> cells;
  std::size_t decoded = rows_.size();  // the row in `cells`, if any
  grid.cell = [&](std::size_t r, std::size_t c) {
    if (r != decoded) decode(decoded = r, cells);
    return text_of(cells[cs[c].id]);
  };
  Document heading;
  heading.title = tr(locale_, "Summary");
  heading.sections.push_back({tr(locale_, "Programmes"), {}, {}, {}});
  bool markdown = format_ == SummaryFormat::markdown;
  std::string out =
      (markdown ? render_markdown(heading, locale_) : render_text(heading, locale_)) + "\n";
  markdown ? render_markdown_table(grid, out) : render_text_table(grid, out);
  return markdown ? out + "\n" : out;
}

}  // namespace mkba::report
