#pragma once
// Every sentence the command line layer writes about what it was given: a
// command line it cannot use (exit 2), or a file that lacks what the command
// needs (exit 3). Whole sentences with named placeholders, all in one table
// (messages.cpp), so that they can be translated in one place.

#include <initializer_list>
#include <string>
#include <vector>

namespace mkba::cli {

enum class Message {
  no_command,
  unknown_command,
  unknown_command_close,
  command_is_a_file,
  unknown_option,
  unknown_option_close,
  unknown_option_before_command,
  unknown_mkba_option_close,
  extra_argument,
  option_before_command,
  missing_argument,
  missing_value,
  command_line_unreadable,
  given_twice,
  quiet_and_progress,
  flag_with_value,
  not_a_whole_number,
  unknown_format,
  unknown_choice,
  format_not_written,
  format_not_written_by_name,
  format_unknown_extension,
  binary_to_terminal,
  empty_output,
  empty_tariffs,
  empty_scenario,
  set_syntax,
  quantity_needs_tariff,
  bad_value,
  quantity_not_positive,
  threshold_negative,
  compare_scenario,
  unknown_figure,
  unknown_tariff,
  no_net_result,
  no_uncertainty,
  chart_refused,
  chart_needs_svg,
  chart_of_one_file,
  passed_over,
  not_an_output,
  input_missing,
  input_changed,
  value_differs,
  value_absent_now,
  value_absent_before,
  reproduced_same,
  reproduced_differs,
  init_exists,
  init_cannot_create,
  init_cannot_write,
  init_no_reference,
  init_written,
};

// The value of placeholder {name}.
struct Arg {
  const char* name;
  std::string value;
};
using Args = std::initializer_list<Arg>;

// Prints "mkba: error: MESSAGE" and its note to stderr; returns exit 2.
int usage_error(Message id, Args args = {});
// Prints "mkba: FILE: error: MESSAGE" and its note; returns exit 3.
int file_error(const std::string& file, Message id, Args args = {});

// "mkba: FILE: note: MESSAGE", a line for stderr: what a command did that
// the user may not expect, without it being an error.
std::string file_note(const std::string& file, Message id, Args args = {});

// The sentence and the note of `id` with its placeholders filled; for tests.
std::string message_text(Message id, Args args = {});
std::string note_text(Message id, Args args = {});

// "a, b or c" and "a, b and c", for a list in a sentence.
std::string one_of(const std::vector<std::string>& items);
std::string each_of(const std::vector<std::string>& items);

}  // namespace mkba::cli
