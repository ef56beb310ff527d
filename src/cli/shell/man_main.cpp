// mkba-man: writes mkba(1) to stdout from the command line's definition; the
// build runs it (packaging/CMakeLists.txt). The arguments: the release date,
// and where the tariff library is installed from the binary's folder (for
// the page's FILES section).
#include <iostream>

#include "cli/app.hpp"
#include "cli/shell/man_page.hpp"

int main(int argc, char** argv) {
  CLI::App app;
  mkba::cli::Commands commands;
  mkba::cli::declare(app, commands);
  if (argc != 3) {
    std::cerr << "usage: mkba-man DATE DATA_DIR\n";
    return 2;
  }
  std::cout << mkba::cli::man_page(mkba::cli::outline(app), mkba::cli::version, argv[1], argv[2]);
  return std::cout.flush() ? 0 : 1;
}
