#include "cli/last_resort.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>
#include <string>
#include <thread>

#include "cli/exit.hpp"
#include "cli/output.hpp"

namespace mkba::cli {
namespace {

// Written with stdio, which needs no memory of its own: the message must get
// out when memory has run out.
void say(const char* message, const char* detail, const char* hint) {
  std::fprintf(stderr, "mkba: error: %s%s\n  note: %s\n", message, detail, hint);
  std::fflush(stderr);
}

[[noreturn]] void on_terminate() { std::_Exit(internal_error(std::current_exception())); }

}  // namespace

int internal_error(std::exception_ptr error) noexcept {
  discard_output();
  const char* bug =
      "this is a bug in mkba; please report it with the command and its input files. Nothing was "
      "written to the -o file";
  try {
    if (error) std::rethrow_exception(error);
    say("internal error: the run was stopped", "", bug);
  } catch (const std::bad_alloc&) {
    say("out of memory", "",
        "the inputs need more memory than this machine has to give. Nothing was written to the -o "
        "file");
  } catch (const std::exception& e) {
    say("internal error: ", e.what(), bug);
  } catch (...) {
    say("internal error: an unknown exception", "", bug);
  }
  return exit_internal;
}

void end_on_terminate() { std::set_terminate(on_terminate); }

void test_fault_point(const char* where) {
  static const char* wanted = std::getenv("MKBA_TEST_THROW");
  if (!wanted) return;
  std::size_t length = std::strlen(where);
  if (std::strncmp(wanted, where, length) != 0 || wanted[length] != ':') return;
  std::string kind = wanted + length + 1;
  if (kind == "bad_alloc") throw std::bad_alloc();
  if (kind == "error") throw std::logic_error(std::string("test fault at ") + where);
  if (kind == "unknown") throw 42;
  if (kind == "thread")
    std::thread([where] {
      throw std::runtime_error(std::string("test fault at ") + where);
    }).join();
}

}  // namespace mkba::cli
