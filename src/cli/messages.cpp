#include "cli/messages.hpp"

#include <cstring>
#include <iostream>
#include <iterator>

#include "cli/exit.hpp"
#include "core/text.hpp"

namespace mkba::cli {
namespace {

struct Sentence {
  Message id;
  const char* message;
  const char* note;  // empty: none
};

// In the order of Message (checked below).
constexpr Sentence sentences[] = {
    {Message::no_command, "no command given",
     "name one, as in 'mkba run cases/stadskamer.yaml'; 'mkba --help' lists them all"},
    {Message::unknown_command, "unknown command '{command}'",
     "the commands are {commands}; 'mkba --help' says what each does"},
    {Message::unknown_command_close, "unknown command '{command}'; did you mean '{suggestion}'?",
     "'mkba --help' lists the commands"},
    {Message::command_is_a_file, "'{command}' is not a command",
     "name the command first, as in 'mkba run {command}'"},
    {Message::unknown_option, "unknown option '{option}' for {command}",
     "'mkba {command} --help' lists its options"},
    {Message::unknown_option_close,
     "unknown option '{option}' for {command}; did you mean '{suggestion}'?",
     "'mkba {command} --help' lists its options"},
    {Message::unknown_option_before_command, "unknown option '{option}' before the command",
     "options follow the command they belong to, as in 'mkba run FILE --format csv'"},
    {Message::unknown_mkba_option_close, "unknown option '{option}'; did you mean '{suggestion}'?",
     "the options of a command follow it, as in 'mkba run FILE --format csv'"},
    {Message::extra_argument, "'{argument}' is one argument too many for {command}",
     "usage: {usage}"},
    {Message::option_before_command, "'{option}' comes before '{command}' and would go unread",
     "options follow the command they belong to: {usage}"},
    {Message::missing_argument, "{command} needs {what}", "usage: {usage}"},
    {Message::missing_value, "{option} needs a value", "write {option} {value}"},
    {Message::command_line_unreadable, "the command line cannot be read as given",
     "'mkba --help' shows how commands are written"},
    {Message::given_twice, "{option} is given more than once: {values}", "give it once"},
    {Message::quiet_and_progress, "--quiet and --progress ask for opposite things",
     "give one of them: --progress shows progress on stderr, --quiet does not"},
    {Message::flag_with_value, "{option} takes no value, but was given '{value}'",
     "write {option} alone"},
    {Message::not_a_whole_number,
     "{option}: expected a whole number from {low} to {high} in decimal digits, not '{value}'", ""},
    {Message::unknown_format, "unknown format '{value}' for --format; did you mean '{suggestion}'?",
     "{command} writes {choices}"},
    {Message::unknown_choice, "unknown {kind} '{value}' for {option}; did you mean '{suggestion}'?",
     "{option} takes {choices}"},
    {Message::format_not_written, "{command} does not write {format}",
     "{command} writes {choices}"},
    {Message::format_not_written_by_name,
     "{command} does not write {format}, which the name '{path}' asks for",
     "name the file {extensions}, or pass --format"},
    {Message::format_unknown_extension, "cannot tell the output format from '{path}'",
     "name the file {extensions}, or pass --format"},
    {Message::binary_to_terminal, "{format} is a binary format and standard output is a terminal",
     "name a file with -o, as in '-o model.xlsx', or redirect standard output to a file"},
    {Message::empty_output,
     "--output: the file name is empty; name a file, or - for standard output", ""},
    {Message::empty_tariffs,
     "--tariffs: the file name is empty; name a tariff table, or leave --tariffs out", ""},
    {Message::empty_scenario,
     "--scenario: the scenario name is empty; name one of the file's scenarios ('mkba compare "
     "FILE' shows them), or leave --scenario out for the base case",
     ""},
    {Message::set_syntax, "--set '{value}': expected PATH=VALUE",
     "e.g. --set tariffs.dagbesteding.price=35"},
    {Message::quantity_needs_tariff, "--quantity needs --tariff: the tariff whose units it counts",
     "e.g. --tariff ggz_opname_dag --quantity 21"},
    {Message::bad_value, "{option}: {problem}", "{hint}"},
    {Message::quantity_not_positive, "--quantity: must be more than 0", ""},
    {Message::threshold_negative, "--threshold: must not be negative, got {value}",
     "a threshold in percent, e.g. --threshold 15"},
    {Message::compare_scenario,
     "--scenario does not apply to compare, which shows the base case and every scenario",
     "leave --scenario out; to see one scenario, use 'mkba run FILE --scenario {scenario}'"},
    {Message::unknown_figure, "unknown figure '{figure}'", "{hint}"},
    {Message::unknown_tariff, "--tariff: unknown tariff '{tariff}' in {file}", "{hint}"},
    {Message::no_net_result,
     "the file has no population block and no horizon: {command} has no net result to follow",
     "add a population block (the participants to scale the cases to) or a horizon to the file"},
    {Message::no_uncertainty, "the file declares no uncertain parameters",
     "add an 'uncertainty' block, or pass --bootstrap-cases"},
    {Message::chart_refused, "{reason}", ""},
    {Message::chart_needs_svg,
     "--chart chooses the chart of an SVG output, and this one is {format}",
     "write the chart with -o FILE.svg or --format svg, or leave --chart out"},
    {Message::chart_of_one_file, "a chart is drawn from one case file; {count} were given",
     "name one file, or leave -o FILE.svg out for the tables of them all"},
    {Message::passed_over, "passed over {what} below it: not case files", ""},
    {Message::not_an_output, "{problem}",
     "reproduce reads a JSON output of mkba (--format json, or -o FILE.json), which carries a "
     "manifest"},
    {Message::input_missing, "cannot read {input}, an input its manifest names",
     "reproduce recomputes from the files the output was made from, named as from the folder "
     "it was made in; run it from there"},
    {Message::input_changed, "{input} has changed since: SHA-256 {now}, was {was}", ""},
    {Message::value_differs, "{path}: {now}, was {was}", ""},
    {Message::value_absent_now, "{path}: absent now, was {was}", ""},
    {Message::value_absent_before, "{path}: {now}, absent before", ""},
    {Message::reproduced_same, "reproduced: all {count} values of {file} are the same", ""},
    {Message::reproduced_differs, "{count} of {total} values of {file} differ when recomputed", ""},
    {Message::init_exists, "the file is there already; init writes over no file",
     "name a new folder, or move the file away first"},
    {Message::init_cannot_create, "cannot create the folder: {reason}", ""},
    {Message::init_cannot_write, "cannot write the file", "check that the folder may be written"},
    {Message::init_no_reference,
     "the tariff library has no reference table (one with an index series)",
     "leave --from-reference out, or set MKBA_DATA_DIR to a library that has one"},
    {Message::init_written,
     "wrote {case} and {tariffs}; next: mkba validate {case}, then mkba run {case}", ""},
};

constexpr bool in_order() {
  for (std::size_t i = 0; i < std::size(sentences); ++i)
    if (static_cast<std::size_t>(sentences[i].id) != i) return false;
  return static_cast<std::size_t>(Message::init_written) + 1 == std::size(sentences);
}
static_assert(in_order(), "one sentence per Message, in its order");

// `text` with each {name} replaced by its value, in one pass: a value is
// never read for placeholders. One without a value is left as it is.
std::string fill(const char* text, Args args) {
  std::string out;
  for (const char* c = text; *c;) {
    const Arg* found = nullptr;
    if (*c == '{')
      for (const auto& arg : args) {
        std::size_t n = std::strlen(arg.name);
        if (std::strncmp(c + 1, arg.name, n) == 0 && c[n + 1] == '}') {
          found = &arg;
          c += n + 2;
          break;
        }
      }
    if (found)
      out += found->value;
    else
      out += *c++;
  }
  return out;
}

int print(const std::string& file, Message id, Args args) {
  std::cerr << "mkba: " << (file.empty() ? "" : escape_controls(file) + ": ")
            << "error: " << escape_controls(message_text(id, args)) << "\n";
  std::string note = note_text(id, args);
  if (!note.empty()) std::cerr << "  note: " << escape_controls(note) << "\n";
  return exit_ok;
}

}  // namespace

std::string message_text(Message id, Args args) {
  return fill(sentences[static_cast<std::size_t>(id)].message, args);
}

std::string note_text(Message id, Args args) {
  return fill(sentences[static_cast<std::size_t>(id)].note, args);
}

std::string file_note(const std::string& file, Message id, Args args) {
  return "mkba: " + escape_controls(file) + ": note: " + escape_controls(message_text(id, args)) +
         "\n";
}

int usage_error(Message id, Args args) {
  print("", id, args);
  return exit_usage;
}

int file_error(const std::string& file, Message id, Args args) {
  print(file, id, args);
  return exit_invalid_input;
}

namespace {

std::string listed(const std::vector<std::string>& items, const char* last) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i == 0 ? "" : i + 1 == items.size() ? last : ", ") + items[i];
  return out;
}

}  // namespace

std::string one_of(const std::vector<std::string>& items) { return listed(items, " or "); }
std::string each_of(const std::vector<std::string>& items) { return listed(items, " and "); }

}  // namespace mkba::cli
