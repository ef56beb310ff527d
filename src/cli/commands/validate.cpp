// mkba validate: checks case files and prints only what is wrong.
#include <iostream>

#include "cli/batch.hpp"
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/exit.hpp"
#include "cli/session.hpp"

namespace mkba::cli {
namespace {

struct Validated {
  int code = 0;
  std::string errors;
};

int run_validate(const CaseOptions& o) {
  int code = exit_ok;
  std::vector<std::string> files;
  if (int stop = start_batch(o, files, code)) return stop;
  load::TariffCache cache;
  for_each_in_order<Validated>(
      files.size(), o,
      [&](std::size_t i) {
        Session s;
        load_and_calculate(s, files[i], o, {}, &cache);
        return Validated{s.code, s.errors};
      },
      [&](Validated&& p) {  // reported as they come, in input order
        std::cerr << p.errors;
        code = std::max(code, p.code);
      });
  return code;
}

}  // namespace

void setup_validate(CLI::App& app, Commands& commands) {
  auto* cmd =
      add_command(app, "validate", "Check case files; prints nothing and exits 0 when all is well",
                  "validate FILE|DIR... [-j N] [--fail-fast] [case options]",
                  {{"validate cases/*.yaml", "silent; exit 0 when all is well"},
                   {"validate cases/ -j 2 --fail-fast", "stop at the first bad file"}},
                  plain_exit_codes);
  CaseDeclaration c = add_case_options(cmd, Inputs::many);
  commands.push_back({cmd, [cmd, c] {
                        Reader r(*cmd);
                        CaseOptions o = r.case_options(c);
                        return r.code() ? r.code() : run_validate(o);
                      }});
}

}  // namespace mkba::cli
