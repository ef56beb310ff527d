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
  auto o = std::make_shared<CaseOptions>();
  auto* cmd = add_case_command(app, "validate",
                               "Check case files; prints nothing and exits 0 when all is well", *o,
                               Inputs::many);
  cmd->footer(exit_codes_footer);
  commands.push_back({cmd, [o] { return run_validate(*o); }});
}

}  // namespace mkba::cli
