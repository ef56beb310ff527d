#include <doctest/doctest.h>

#include <iostream>
#include <sstream>
#include <string>

#include "cli/command_line.hpp"
#include "cli/messages.hpp"

using namespace mkba;
using namespace mkba::cli;

namespace {

// What std::cerr receives while it lives.
class Captured {
 public:
  Captured() : old_(std::cerr.rdbuf(text_.rdbuf())) {}
  ~Captured() { std::cerr.rdbuf(old_); }
  std::string str() const { return text_.str(); }

 private:
  std::ostringstream text_;
  std::streambuf* old_;
};

// A command like run: case files in batches, and the output options with --table.
struct Batch {
  CLI::App app{"test", "mkba"};
  CLI::App* cmd = nullptr;
  CaseDeclaration c;
  OutputDeclaration out;

  explicit Batch(std::vector<Format> formats = {Format::table, Format::csv, Format::json,
                                                Format::md}) {
    app.formatter(help_formatter());
    app.allow_extras();
    app.require_subcommand(0, 1);
    cmd = add_command(app, "run", "Compute", "run FILE... [options]", {}, plain_exit_codes);
    c = add_case_options(cmd, Inputs::many);
    out = add_output_options(cmd, std::move(formats), true);
  }
  // Parses `line` (after "mkba") and reads the options; the reader's exit code.
  int read(const std::string& line, CaseOptions& o) {
    app.parse(line, false);
    Reader r(*cmd);
    o = r.case_options(c);
    o.out = r.output(out);
    return r.code();
  }
};

}  // namespace

TEST_CASE("command line: each option read once into its type") {
  Batch b;
  CaseOptions o;
  REQUIRE(b.read("run a.yaml cases --set tariffs.x.price=35 b.yaml --price-year 2024 -j 4 "
                 "--fail-fast --format csv --locale en --csv-dialect nl --table cases "
                 "--scenario laag --tariffs t.yaml -o out.md",
                 o) == 0);
  CHECK(o.files == std::vector<std::string>{"a.yaml", "cases", "b.yaml"});
  CHECK(o.jobs == 4);
  CHECK(o.fail_fast);
  REQUIRE(o.set.size() == 2);
  CHECK(o.set[0].path == "tariffs.x.price");
  CHECK(o.set[0].value == "35");
  CHECK(o.set[0].option == "--set");
  CHECK(o.set[1].path == "programme.price_year");  // after every --set
  CHECK(o.set[1].value == "2024");
  CHECK(o.set[1].option == "--price-year");
  CHECK(o.scenario == "laag");
  CHECK(o.tariffs == "t.yaml");
  CHECK(o.out.format == Format::csv);  // --format wins over -o's name
  CHECK(o.out.output == "out.md");
  CHECK(o.out.locale == report::Locale::en);
  CHECK(o.out.csv_dialect == report::CsvDialect::nl);
  CHECK(o.out.table == report::CsvTable::cases);
}

TEST_CASE("command line: the defaults") {
  Batch b;
  CaseOptions o;
  REQUIRE(b.read("run a.yaml", o) == 0);
  CHECK(o.jobs == 1);
  CHECK_FALSE(o.fail_fast);
  CHECK(o.set.empty());
  CHECK(o.out.format == Format::table);
  CHECK(o.out.locale == report::Locale::nl);
  CHECK(o.out.csv_dialect == report::CsvDialect::rfc4180);
  CHECK(o.out.table == report::CsvTable::lines);
}

TEST_CASE("command line: the format from -o's name, in any case") {
  for (auto [name, format] : {std::pair{"R.CSV", Format::csv},
                              {"r.json", Format::json},
                              {"r.Md", Format::md},
                              {"r.markdown", Format::md},
                              {"r.txt", Format::table},
                              {"-", Format::table}}) {
    Batch b;
    CaseOptions o;
    REQUIRE(b.read(std::string("run a.yaml -o ") + name, o) == 0);
    CHECK(o.out.format == format);
    CHECK_FALSE(o.out.unknown_extension);
  }
  Batch with_jsonl({Format::table, Format::jsonl});
  CaseOptions o;
  REQUIRE(with_jsonl.read("run a.yaml -o rows.JSONL", o) == 0);
  CHECK(o.out.format == Format::jsonl);
}

TEST_CASE("command line: a name that asks for no format is refused where the output is checked") {
  Batch b;
  CaseOptions o;
  REQUIRE(b.read("run a.yaml -o out.ods", o) == 0);
  CHECK(o.out.unknown_extension);
  Captured err;
  CHECK(check_output(o.out, {"a.yaml"}) == 2);
  CHECK(err.str() ==
        "mkba: error: cannot tell the output format from 'out.ods'\n"
        "  note: name the file .csv, .json, .md or .txt, or pass --format\n");
}

TEST_CASE("command line: the first bad value is reported, once") {
  struct Case {
    const char* line;
    const char* message;
  };
  for (auto [line, message] : {
           Case{"run a.yaml --format xlxs --locale de",
                "mkba: error: unknown format 'xlxs' for --format; did you mean 'csv'?\n"
                "  note: run writes table, csv, json or md\n"},
           Case{"run a.yaml --locale de",
                "mkba: error: unknown locale 'de' for --locale; did you mean 'nl'?\n"
                "  note: --locale takes nl or en\n"},
           Case{"run a.yaml --format svg",
                "mkba: error: run does not write svg\n  note: run writes table, csv, json or md\n"},
           Case{"run a.yaml -o chart.svg",
                "mkba: error: run does not write svg, which the name 'chart.svg' asks for\n"
                "  note: name the file .csv, .json, .md or .txt, or pass --format\n"},
           Case{"run a.yaml -j 3 -j 4",
                "mkba: error: --jobs is given more than once: '3' and '4'\n  note: give it once\n"},
           Case{"run a.yaml -j 0",
                "mkba: error: --jobs: expected a whole number from 1 to 256 in decimal digits, "
                "not '0'\n"},
           Case{"run a.yaml --price-year 20x4",
                "mkba: error: --price-year: expected a whole number from 1900 to 2200 in decimal "
                "digits, not '20x4'\n"},
           Case{"run a.yaml --fail-fast=yes",
                "mkba: error: --fail-fast takes no value, but was given 'yes'\n"
                "  note: write --fail-fast alone\n"},
           Case{"run a.yaml --set a.b",
                "mkba: error: --set 'a.b': expected PATH=VALUE\n"
                "  note: e.g. --set tariffs.dagbesteding.price=35\n"},
           Case{"run --format csv",
                "mkba: error: run needs case files, folders or - (standard input)\n"
                "  note: usage: mkba run FILE... [options]\n"},
       }) {
    CAPTURE(line);
    Batch b;
    CaseOptions o;
    Captured err;
    CHECK(b.read(line, o) == 2);
    CHECK(err.str() == message);
  }
}

TEST_CASE("command line: what no command takes, in the user's terms") {
  struct Case {
    const char* line;
    const char* message;
  };
  for (auto [line, message] : {
           Case{"",
                "mkba: error: no command given\n  note: name one, as in 'mkba run "
                "cases/stadskamer.yaml'; 'mkba --help' lists them all\n"},
           Case{"rnu a.yaml",
                "mkba: error: unknown command 'rnu'; did you mean 'run'?\n"
                "  note: 'mkba --help' lists the commands\n"},
           Case{"frobnicate",
                "mkba: error: unknown command 'frobnicate'\n  note: the commands are run; "
                "'mkba --help' says what each does\n"},
           Case{"a.yaml",
                "mkba: error: 'a.yaml' is not a command\n  note: name the command "
                "first, as in 'mkba run a.yaml'\n"},
           Case{"run a.yaml --formaat csv",
                "mkba: error: unknown option '--formaat' for run; did you mean '--format'?\n"
                "  note: 'mkba run --help' lists its options\n"},
           Case{"run a.yaml -x",
                "mkba: error: unknown option '-x' for run\n"
                "  note: 'mkba run --help' lists its options\n"},
           Case{"--format csv run a.yaml",
                "mkba: error: unknown option '--format' before the command\n  note: options "
                "follow the command they belong to, as in 'mkba run FILE --format csv'\n"},
       }) {
    CAPTURE(line);
    Batch b;
    b.app.parse(line, false);
    const CLI::App* given = *b.cmd ? b.cmd : nullptr;
    Captured err;
    CHECK(check_leftovers(b.app, given) == 2);
    CHECK(err.str() == message);
  }
  Batch b;
  b.app.parse("run a.yaml b.yaml -j 2", false);
  CHECK(check_leftovers(b.app, b.cmd) == 0);
}

TEST_CASE("command line: files after -- are files, even when they look like options") {
  Batch b;
  CaseOptions o;
  REQUIRE(b.read("run --format csv -- a.yaml --b.yaml", o) == 0);
  CHECK(o.files == std::vector<std::string>{"a.yaml", "--b.yaml"});
  CHECK(check_leftovers(b.app, b.cmd) == 0);
}

TEST_CASE("command line: an option given last without its value") {
  Batch b;
  CHECK_THROWS_AS(b.app.parse("run a.yaml --scenario", false), CLI::ArgumentMismatch);
  Captured err;
  CHECK(missing_value(b.app, {"run", "a.yaml", "--scenario"}) == 2);
  CHECK(err.str() == "mkba: error: --scenario needs a value\n  note: write --scenario NAME\n");
}

TEST_CASE("messages: placeholders filled in one pass, lists in words") {
  // A value is never read for placeholders: a file name may hold braces.
  CHECK(message_text(Message::unknown_command, {{"command", "{commands}"}, {"commands", "x"}}) ==
        "unknown command '{commands}'");
  CHECK(message_text(Message::missing_value, {{"option", "--seed"}}) == "--seed needs a value");
  CHECK(note_text(Message::missing_value, {{"option", "--seed"}, {"value", "N"}}) ==
        "write --seed N");
  CHECK(note_text(Message::not_a_whole_number).empty());
  CHECK(one_of({"a"}) == "a");
  CHECK(one_of({"a", "b", "c"}) == "a, b or c");
  CHECK(each_of({"a", "b"}) == "a and b");
}
