#include "cli/command_line.hpp"

#include "cli/manifest.hpp"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <map>

#include <unistd.h>

#include "cli/exit.hpp"
#include "cli/manifest.hpp"
#include "cli/output.hpp"
#include "core/suggest.hpp"

namespace mkba::cli {
namespace {

const char* const case_group = "Case options";
const char* const output_group = "Output options";

struct FormatName {
  Format format;
  const char* name;
};
constexpr FormatName format_names[] = {{Format::table, "table"}, {Format::csv, "csv"},
                                       {Format::json, "json"},   {Format::jsonl, "jsonl"},
                                       {Format::md, "md"},       {Format::html, "html"},
                                       {Format::svg, "svg"},     {Format::xlsx, "xlsx"}};

// The extensions -o's name may end in (in any case), as listed in messages.
struct Extension {
  const char* ext;
  Format format;
  bool listed;
};
constexpr Extension extensions[] = {
    {".csv", Format::csv, true},      {".json", Format::json, true},
    {".jsonl", Format::jsonl, true},  {".md", Format::md, true},
    {".markdown", Format::md, false}, {".html", Format::html, true},
    {".htm", Format::html, false},    {".svg", Format::svg, true},
    {".txt", Format::table, true},    {".xlsx", Format::xlsx, true}};

const std::vector<std::pair<std::string, report::Locale>> locales{{"nl", report::Locale::nl},
                                                                  {"en", report::Locale::en}};
const std::vector<std::pair<std::string, report::CsvDialect>> dialects{
    {"rfc4180", report::CsvDialect::rfc4180}, {"nl", report::CsvDialect::nl}};

template <typename T>
std::vector<std::string> names_of(const std::vector<std::pair<std::string, T>>& choices) {
  std::vector<std::string> names;
  for (const auto& c : choices) names.push_back(c.first);
  return names;
}

const char* name_of(Format f) {
  for (const auto& n : format_names)
    if (n.format == f) return n.name;
  return "";
}

// "tariffs check": a command's name as it is typed after "mkba".
std::string command_path(const CLI::App& cmd) {
  std::string path = cmd.get_name();
  for (const CLI::App* p = cmd.get_parent(); p && p->get_parent(); p = p->get_parent())
    path = p->get_name() + " " + path;
  return path;
}

// CLI11's layout, with each command's usage line as set_usage gave it
// (kept here: the app and its commands share this formatter) and one blank
// line between groups of options.
class Help : public CLI::Formatter {
 public:
  std::map<const CLI::App*, std::string> usages;  // after "mkba "
  std::map<const CLI::Option*, ValueCompletion> completions;

  std::string make_usage(const CLI::App* app, std::string name) const override {
    auto it = usages.find(app);
    if (it == usages.end()) return CLI::Formatter::make_usage(app, std::move(name));
    return "Usage: mkba " + it->second + "\n";
  }

  // CLI11 2.1 puts two blank lines between groups of options.
  std::string make_help(const CLI::App* app, std::string name,
                        CLI::AppFormatMode mode) const override {
    std::string help = CLI::Formatter::make_help(app, std::move(name), mode);
    for (auto at = help.find("\n\n\n"); at != std::string::npos; at = help.find("\n\n\n", at))
      help.erase(at, 1);
    return help;
  }
};

Help* help_of(const CLI::App& app) { return dynamic_cast<Help*>(app.get_formatter().get()); }

std::string usage_of(const CLI::App& cmd) {
  if (const Help* help = help_of(cmd))
    if (auto it = help->usages.find(&cmd); it != help->usages.end()) return "mkba " + it->second;
  return "mkba " + command_path(cmd);
}

// ".csv, .json, .md or .txt": the names of files in `formats`.
std::string listed_extensions(const std::vector<Format>& formats) {
  std::vector<std::string> listed;
  for (const auto& e : extensions)
    if (e.listed && std::count(formats.begin(), formats.end(), e.format)) listed.push_back(e.ext);
  return one_of(listed);
}

std::string quoted(const std::string& s) { return "'" + s + "'"; }

// What CLI11 takes for an option: "-x" or "--xyz", not "-" (stdin) or "-1".
bool is_option(const std::string& arg) {
  return arg.size() > 1 && arg[0] == '-' && !(arg[1] >= '0' && arg[1] <= '9');
}

// "--format=csv" -> "--format".
std::string option_name(const std::string& arg) { return arg.substr(0, arg.find('=')); }

// The long names of a command's options, to suggest one from: any short
// name (-x) is one letter from any other.
std::vector<std::string> option_names(const CLI::App& cmd) {
  std::vector<std::string> names;
  for (const CLI::Option* opt : cmd.get_options())
    for (const auto& l : opt->get_lnames()) names.push_back("--" + l);
  return names;
}

std::optional<std::string> close_option(const std::string& wrong, const CLI::App& cmd) {
  if (wrong.rfind("--", 0) != 0) return std::nullopt;
  return closest_name(wrong, option_names(cmd), suggestion_reach(wrong));
}

// A value from a closed list (--locale, --csv-dialect, --table): an unknown
// one gets the nearest choice, however far, and the list.
template <typename T>
std::optional<T> choice(Reader& r, const CLI::Option* option,
                        const std::vector<std::pair<std::string, T>>& choices, const char* kind) {
  auto value = r.text(option);
  if (!value) return std::nullopt;
  std::vector<std::string> names;
  for (const auto& [name, v] : choices) {
    if (name == *value) return v;
    names.push_back(name);
  }
  r.fail(Message::unknown_choice,
         {{"kind", kind},
          {"value", *value},
          {"option", option->get_name()},
          {"suggestion", closest_name(*value, names, SIZE_MAX).value_or("")},
          {"choices", one_of(names)}});
  return std::nullopt;
}

int unknown_command(const CLI::App& app, const std::string& word) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(sub->get_name());
  std::vector<std::string> words = names;  // `mkba help`: did you mean '--help'?
  words.insert(words.end(), {"--help", "--version"});
  if (auto close = closest_name(word, words, suggestion_reach(word)))
    return usage_error(Message::unknown_command_close, {{"command", word}, {"suggestion", *close}});
  std::string ext = std::filesystem::path(word).extension().string();
  std::error_code ec;
  if (word == "-" || ext == ".yaml" || ext == ".yml" || std::filesystem::exists(word, ec))
    return usage_error(Message::command_is_a_file, {{"command", word}});
  return usage_error(Message::unknown_command, {{"command", word}, {"commands", each_of(names)}});
}

// `mkba tariffs lst`: the argument of a command that has commands of its
// own, close to one of their names and naming no file, is taken for a
// mistyped command; exit 2, else 0.
int mistyped_command(const CLI::App& cmd) {
  std::vector<std::string> names;
  for (const CLI::App* sub : cmd.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(sub->get_name());
  auto positionals = cmd.get_options([](const CLI::Option* o) { return o->get_positional(); });
  if (names.empty() || positionals.empty() || positionals.front()->results().empty())
    return exit_ok;
  const std::string& word = positionals.front()->results().front();
  std::error_code ec;
  if (word.find('/') != std::string::npos || std::filesystem::exists(word, ec)) return exit_ok;
  auto close = closest_name(word, names, suggestion_reach(word));
  if (!close) return exit_ok;
  std::string command = command_path(cmd);
  return usage_error(Message::unknown_command_close,
                     {{"command", command + " " + word}, {"suggestion", command + " " + *close}});
}

// The first argument `cmd` could not place: an unknown option, or one too many.
int leftover(const CLI::App& cmd, const std::string& arg) {
  std::string command = command_path(cmd);
  if (!is_option(arg))
    return usage_error(Message::extra_argument,
                       {{"argument", arg}, {"command", command}, {"usage", usage_of(cmd)}});
  std::string name = option_name(arg);
  if (auto close = close_option(name, cmd))
    return usage_error(Message::unknown_option_close,
                       {{"option", name}, {"command", command}, {"suggestion", *close}});
  return usage_error(Message::unknown_option, {{"option", name}, {"command", command}});
}

}  // namespace

const char* const plain_exit_codes =
    "Exit codes: 0 ok, 2 usage, 3 invalid input, 4 cannot read or write, 5 out of memory or "
    "internal error.";

CLI::App* add_command(CLI::App& parent, const std::string& name, const std::string& help,
                      const std::string& usage, const std::vector<Example>& examples,
                      const std::string& exit_codes) {
  auto* cmd = parent.add_subcommand(name, help);
  cmd->group("Commands");
  cmd->allow_extras();  // reported by check_leftovers, in the user's terms
  cmd->require_subcommand(0, 1);
  set_usage(*cmd, usage);
  // As in `mkba --help`: what an example shows from column 49, or on a line
  // of its own below a long one.
  const std::size_t column = 47;
  std::string footer = "Examples:";
  for (const auto& e : examples) {
    std::string text = std::string("mkba ") + e.command;
    footer += "\n  " + text;
    if (*e.what == '\0') continue;
    footer += text.size() + 2 > column ? "\n  " + std::string(column, ' ')
                                       : std::string(column - text.size(), ' ');
    footer += e.what;
  }
  cmd->footer(footer + "\n\n" + exit_codes);
  return cmd;
}

CLI::Option* add_value(CLI::App* cmd, const std::string& names, const std::string& value,
                       const std::string& help) {
  return cmd->add_option(names, CLI::callback_t{}, help)
      ->type_name(value)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

CLI::Option* add_argument(CLI::App* cmd, const std::string& name, const std::string& value,
                          const std::string& help, bool many) {
  auto* opt = add_value(cmd, name, value, help);
  // At least one expected (not required: the Reader says what is missing),
  // so that CLI11 keeps what follows a `--` for the command.
  if (many) opt->expected(1, CLI::detail::expected_max_vector_size)->allow_extra_args();
  return opt;
}

CLI::Option* add_switch(CLI::App* cmd, const std::string& names, const std::string& help) {
  return cmd->add_flag(names, help);
}

void add_progress_options(CLI::App* cmd, CaseDeclaration& d) {
  d.progress = add_switch(cmd, "--progress",
                          "Show progress on stderr (done, rate, time left) even when stderr is "
                          "not a terminal")
                   ->group(case_group);
  d.quiet = add_switch(cmd, "--quiet", "Only errors on stderr: no progress on a terminal")
                ->group(case_group);
}

CaseDeclaration add_case_options(CLI::App* cmd, Inputs inputs) {
  CaseDeclaration d;
  d.inputs = inputs;
  if (inputs == Inputs::many) {
    d.files = add_argument(cmd, "files", "FILE",
                           "Case files, folders (every *.yaml below) or - for stdin", true);
    d.jobs = add_value(cmd, "-j,--jobs", "N",
                       "Compute N files at a time (1 to 256); the output does not change");
    d.fail_fast = add_switch(cmd, "--fail-fast", "Stop at the first file that cannot be computed");
    add_progress_options(cmd, d);
  } else {
    d.files = add_argument(cmd, "file", "FILE", "Case file (YAML), or - for stdin");
  }
  d.tariffs =
      add_value(cmd, "--tariffs", "FILE", "Use this tariff table instead of the one a file names")
          ->group(case_group);
  d.set = add_value(cmd, "--set", "PATH=VALUE",
                    "Change an input before computing, e.g. tariffs.dagbesteding.price=35 "
                    "(repeatable; see README for paths)")
              ->group(case_group);
  d.scenario = add_value(cmd, "--scenario", "NAME", "Apply one of the file's named scenarios first")
                   ->group(case_group);
  d.price_year = add_value(cmd, "--price-year", "YEAR",
                           "Convert every price to this year's price level (1900 to 2200) with "
                           "the file's index series (same as --set programme.price_year=YEAR)")
                     ->group(case_group);
  set_completion(*cmd, d.files, {Completion::case_inputs, {}});
  set_completion(*cmd, d.tariffs, {Completion::yaml_files, {}});
  set_completion(*cmd, d.scenario, {Completion::scenarios, {}});
  return d;
}

const std::vector<std::pair<std::string, ChartKind>> chart_kinds{{"payers", ChartKind::payers},
                                                                 {"years", ChartKind::years}};

void add_chart_option(CLI::App* cmd, OutputDeclaration& d) {
  d.chart = add_value(cmd, "--chart", "CHART",
                      "The chart an SVG file holds: payers (who pays, who gains; the default) or "
                      "years (net per year and cumulative, for a file with a horizon)")
                ->group(output_group);
  std::vector<std::string> names;
  for (const auto& [name, kind] : chart_kinds) names.push_back(name);
  set_completion(*cmd, d.chart, {Completion::choices, names});
}

OutputDeclaration add_output_options(CLI::App* cmd, std::vector<Format> formats, bool with_table,
                                     Format fallback) {
  OutputDeclaration d;
  std::vector<std::string> names;
  for (Format f : formats) names.push_back(name_of(f));
  d.formats = std::move(formats);
  d.fallback = fallback;
  d.format = add_value(cmd, "-f,--format", "FORMAT",
                       "Output format: " + one_of(names) + " (default: from -o's extension, else " +
                           name_of(fallback) + ")")
                 ->group(output_group);
  d.output = add_value(cmd, "-o,--output", "FILE",
                       "Write to FILE (only when the command succeeds, atomically) instead of "
                       "stdout; never over an input")
                 ->group(output_group);
  d.locale = add_value(cmd, "--locale", "LOCALE",
                       "Language and number format of table and md: nl (1.234,56; the default) "
                       "or en (1,234.56)")
                 ->group(output_group);
  d.csv_dialect = add_value(cmd, "--csv-dialect", "DIALECT",
                            "CSV flavour: rfc4180 (',' and decimal point; the default) or nl (';', "
                            "decimal comma and a UTF-8 byte order mark, for Dutch Excel)")
                      ->group(output_group);
  if (with_table)
    d.table = add_value(cmd, "--table", "TABLE",
                        "The table a CSV file holds: " + one_of(report::csv_table_names()) +
                            " (default: lines)")
                  ->group(output_group);
  set_completion(*cmd, d.format, {Completion::choices, names});
  set_completion(*cmd, d.output, {Completion::files, {}});
  set_completion(*cmd, d.locale, {Completion::choices, names_of(locales)});
  set_completion(*cmd, d.csv_dialect, {Completion::choices, names_of(dialects)});
  set_completion(*cmd, d.table, {Completion::choices, report::csv_table_names()});
  return d;
}

Reader::Reader(const CLI::App& command)
    : command_(command_path(command)), usage_(usage_of(command)) {}

void Reader::fail(Message id, Args args) {
  if (code_) return;
  code_ = usage_error(id, args);
}

std::optional<std::string> Reader::text(const CLI::Option* option) {
  if (code_ || !option || option->results().empty()) return std::nullopt;
  const auto& values = option->results();
  if (values.size() > 1) {
    std::vector<std::string> all;
    for (const auto& v : values) all.push_back(quoted(v));
    fail(Message::given_twice, {{"option", option->get_name()}, {"values", each_of(all)}});
    return std::nullopt;
  }
  return values.front();
}

std::vector<std::string> Reader::texts(const CLI::Option* option) {
  if (code_ || !option) return {};
  return option->results();
}

std::string Reader::required(const CLI::Option* argument, const std::string& what) {
  auto value = text(argument);
  if (!value)
    fail(Message::missing_argument, {{"command", command_}, {"what", what}, {"usage", usage_}});
  return value.value_or("");
}

std::optional<std::uint64_t> Reader::whole_number(const CLI::Option* option, std::uint64_t low,
                                                  std::uint64_t high) {
  auto text = this->text(option);
  if (!text) return std::nullopt;
  std::uint64_t value = 0;
  bool ok = !text->empty();
  for (char c : *text) {
    auto digit = static_cast<std::uint64_t>(c - '0');
    ok = ok && c >= '0' && c <= '9' && value <= (UINT64_MAX - digit) / 10;
    if (!ok) break;
    value = value * 10 + digit;
  }
  if (ok && value >= low && value <= high) return value;
  fail(Message::not_a_whole_number, {{"option", option->get_name()},
                                     {"low", std::to_string(low)},
                                     {"high", std::to_string(high)},
                                     {"value", *text}});
  return std::nullopt;
}

bool Reader::flag(const CLI::Option* option) {
  if (code_ || !option) return false;
  for (const auto& value : option->results())
    if (value != "true")
      fail(Message::flag_with_value, {{"option", option->get_name()}, {"value", value}});
  return !code_ && option->count() > 0;
}

CaseOptions Reader::case_options(const CaseDeclaration& d) {
  CaseOptions o;
  if (d.inputs == Inputs::many) {
    o.files = texts(d.files);
    if (o.files.empty())
      fail(Message::missing_argument, {{"command", command_},
                                       {"what", "case files, folders or - (standard input)"},
                                       {"usage", usage_}});
    o.jobs = static_cast<int>(whole_number(d.jobs, 1, 256).value_or(1));
    o.fail_fast = flag(d.fail_fast);
  } else {
    o.files = {required(d.files, "a case file")};
  }
  bool progress = flag(d.progress), quiet = flag(d.quiet);
  if (progress && quiet) fail(Message::quiet_and_progress);
  o.progress = progress ? ProgressMode::on : quiet ? ProgressMode::off : ProgressMode::automatic;
  o.tariffs = text(d.tariffs);
  if (o.tariffs && o.tariffs->empty()) fail(Message::empty_tariffs);
  for (const auto& s : texts(d.set)) {
    auto eq = s.find('=');
    if (eq == std::string::npos || eq == 0)
      fail(Message::set_syntax, {{"value", s}});
    else
      o.set.push_back({s.substr(0, eq), s.substr(eq + 1), "--set"});
  }
  o.scenario = text(d.scenario);
  if (o.scenario && o.scenario->empty()) fail(Message::empty_scenario);
  if (auto year = whole_number(d.price_year, 1900, 2200))
    o.set.push_back({"programme.price_year", std::to_string(*year), "--price-year"});
  record_case_options(o);  // for the manifest of a JSON output
  return o;
}

OutputOptions Reader::output(const OutputDeclaration& d) {
  OutputOptions out;
  out.offered = d.formats;
  out.output = text(d.output);
  if (out.output && out.output->empty()) fail(Message::empty_output);
  std::vector<std::string> names;
  for (Format f : d.formats) names.push_back(name_of(f));
  out.format = d.fallback;
  if (auto format = text(d.format)) {
    const FormatName* known = nullptr;
    for (const auto& n : format_names)
      if (n.name == *format) known = &n;
    bool offered = known && std::count(d.formats.begin(), d.formats.end(), known->format);
    if (offered)
      out.format = known->format;
    else if (known)
      fail(Message::format_not_written,
           {{"command", command_}, {"format", *format}, {"choices", one_of(names)}});
    else
      fail(Message::unknown_format,
           {{"value", *format},
            {"suggestion", closest_name(*format, names, SIZE_MAX).value_or("")},
            {"command", command_},
            {"choices", one_of(names)}});
  } else if (out.output && *out.output != "-") {
    format_of(*out.output, out);
  }
  // A workbook is binary: on a terminal it would be noise, so it is written
  // to standard output only when that is a file or a pipe.
  if (out.format == Format::xlsx && (!out.output || *out.output == "-") && ::isatty(STDOUT_FILENO))
    fail(Message::binary_to_terminal, {{"format", name_of(out.format)}});
  out.locale = choice(*this, d.locale, locales, "locale").value_or(report::Locale::nl);
  out.csv_dialect =
      choice(*this, d.csv_dialect, dialects, "CSV dialect").value_or(report::CsvDialect::rfc4180);
  std::vector<std::pair<std::string, report::CsvTable>> tables;
  for (std::size_t i = 0; i < report::csv_table_names().size(); ++i)
    tables.emplace_back(report::csv_table_names()[i], static_cast<report::CsvTable>(i));
  out.table = choice(*this, d.table, tables, "table").value_or(report::CsvTable::lines);
  out.chart = choice(*this, d.chart, chart_kinds, "chart").value_or(ChartKind::payers);
  if (d.chart && d.chart->count() && out.format != Format::svg)
    fail(Message::chart_needs_svg, {{"format", name_of(out.format)}});
  return out;
}

// The format -o's name asks for; one the command does not write is refused
// here, a name that asks for none where the output is checked.
void Reader::format_of(const std::string& path, OutputOptions& out) {
  std::string ext = report::extension_of(path);
  for (const auto& e : extensions) {
    if (ext != e.ext) continue;
    if (std::count(out.offered.begin(), out.offered.end(), e.format))
      out.format = e.format;
    else
      fail(Message::format_not_written_by_name, {{"command", command_},
                                                 {"format", name_of(e.format)},
                                                 {"path", path},
                                                 {"extensions", listed_extensions(out.offered)}});
    return;
  }
  out.unknown_extension = true;
}

std::function<int()> with_case_options(const CLI::App* cmd, const CaseDeclaration& c,
                                       const OutputDeclaration& out,
                                       int (*run)(const CaseOptions&)) {
  return [cmd, c, out, run] {
    Reader r(*cmd);
    CaseOptions o = r.case_options(c);
    o.out = r.output(out);
    return r.code() ? r.code() : run(o);
  };
}

int check_output(const OutputOptions& out, const std::vector<std::string>& inputs) {
  if (int code = check_output_target(out.output, inputs)) return code;
  if (out.unknown_extension)
    return usage_error(
        Message::format_unknown_extension,
        {{"path", out.output.value_or("")}, {"extensions", listed_extensions(out.offered)}});
  return exit_ok;
}

// What `cmd` could not place, without the `--` that ends its options.
std::vector<std::string> remaining(const CLI::App& cmd) {
  std::vector<std::string> rest = cmd.remaining();
  rest.erase(std::remove(rest.begin(), rest.end(), "--"), rest.end());
  return rest;
}

int check_leftovers(const CLI::App& app, const CLI::App* command) {
  std::vector<std::string> before = remaining(app);
  if (!before.empty()) {
    const std::string& arg = before.front();
    if (!is_option(arg)) return unknown_command(app, arg);
    std::string name = option_name(arg);
    if (auto close = close_option(name, app))
      return usage_error(Message::unknown_mkba_option_close,
                         {{"option", name}, {"suggestion", *close}});
    return usage_error(Message::unknown_option_before_command, {{"option", name}});
  }
  if (!command) return usage_error(Message::no_command);
  if (int code = mistyped_command(*command)) return code;
  for (const CLI::App* c = command; c && c != &app; c = c->get_parent())
    if (auto rest = remaining(*c); !rest.empty()) return leftover(*c, rest.front());
  // `mkba tariffs x.yaml list`, `mkba tariffs --format csv check ...`: what
  // was given to a command before its subcommand would go unread.
  for (const CLI::App* c = command->get_parent(); c && c != &app; c = c->get_parent())
    for (const CLI::Option* opt : c->get_options())
      if (opt->count() > 0 && opt != c->get_help_ptr())
        return usage_error(
            Message::option_before_command,
            {{"option", opt->get_positional() ? opt->results().front() : opt->get_name()},
             {"command", command_path(*command)},
             {"usage", usage_of(*command)}});
  return exit_ok;
}

int missing_value(const CLI::App& app, const std::vector<std::string>& args) {
  const CLI::App* cmd = &app;
  while (!cmd->get_subcommands().empty()) cmd = cmd->get_subcommands().front();
  const CLI::Option* opt =
      args.empty() ? nullptr : cmd->get_option_no_throw(option_name(args.back()));
  if (!opt) return usage_error(Message::command_line_unreadable);
  return usage_error(Message::missing_value,
                     {{"option", opt->get_name()}, {"value", opt->get_type_name()}});
}

void set_completion(const CLI::App& cmd, const CLI::Option* option, ValueCompletion how) {
  if (Help* help = help_of(cmd); help && option) help->completions[option] = std::move(how);
}

ValueCompletion completion_of(const CLI::App& cmd, const CLI::Option* option) {
  if (const Help* help = help_of(cmd))
    if (auto it = help->completions.find(option); it != help->completions.end()) return it->second;
  for (const char* value : {"FILE", "TABLE", "REFERENCE", "SERIES"})
    if (option->get_type_name() == value) return {Completion::yaml_files, {}};
  return {};
}

std::string usage_line(const CLI::App& cmd) { return usage_of(cmd); }

void set_usage(const CLI::App& app, const std::string& usage) {
  if (Help* help = help_of(app)) help->usages[&app] = usage;
}

std::shared_ptr<CLI::Formatter> help_formatter() {
  auto help = std::make_shared<Help>();
  help->label("Positionals", "Arguments");
  return help;
}

}  // namespace mkba::cli
