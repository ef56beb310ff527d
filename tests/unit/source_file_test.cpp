#include <doctest/doctest.h>

#include "load/source_file.hpp"

using namespace mkba;
using mkba::load::Sources;

namespace {
// Whether an error in `text` may quote its first line.
bool quoted(const std::string& text) {
  Sources sources;
  sources.provide("f.yaml", text);
  Diagnostics d;
  sources.read("f.yaml", d);
  return sources.line("f.yaml", 1).has_value();
}

std::string hint_for(const std::string& bytes) {
  Sources sources;
  sources.provide("f.yaml", bytes);
  Diagnostics d;
  CHECK(sources.read("f.yaml", d) == nullptr);
  REQUIRE_FALSE(d.empty());
  return d.items()[0].hint;
}
}  // namespace

TEST_CASE("lines are quoted only from a file that starts a map") {
  CHECK(quoted("programme:\n  name: x\n"));
  CHECK(quoted("# a case\n\n---\nname: Tarieven\n"));
  CHECK(quoted("\xEF\xBB\xBFprogramme: {name: x}\n"));
  CHECK(quoted("{\"name\": \"x\"}\n"));
  CHECK(quoted("- programme:\n"));
  CHECK(quoted("\"name\": x\n"));
  CHECK(quoted("name:\n"));
  // Files that are no YAML map: their lines never appear in a message.
  CHECK_FALSE(quoted("root:x:0:0:root:/root:/bin/bash\n"));
  CHECK_FALSE(quoted("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk=\n"));
  CHECK_FALSE(quoted("SECRET=hunter2\n"));
  CHECK_FALSE(quoted("[database]\npassword = hunter2\n"));
  CHECK_FALSE(quoted("Stadskamer Doetinchem\n"));
  CHECK_FALSE(quoted("# only a comment\n"));
  CHECK_FALSE(quoted(""));
  // A control character makes a file binary, whatever it starts with.
  CHECK_FALSE(quoted(std::string("name: x\nPATH=/bin\0HOME=/root\0", 28)));
  // Text that is not UTF-8 is still quoted when the file is a map.
  CHECK(quoted("name: Cli\xEBnten\n"));
}

TEST_CASE("UTF-16 and UTF-32 files are told apart, with or without a byte order mark") {
  using namespace std::string_literals;
  CHECK(hint_for("\xFF\xFE\0\0n\0\0\0"s) == "the file looks saved as UTF-32; save it as UTF-8");
  CHECK(hint_for("\0\0\xFE\xFF\0\0\0n"s) == "the file looks saved as UTF-32; save it as UTF-8");
  CHECK(hint_for("n\0\0\0a\0\0\0"s) == "the file looks saved as UTF-32; save it as UTF-8");
  CHECK(hint_for("\0\0\0n\0\0\0a"s) == "the file looks saved as UTF-32; save it as UTF-8");
  CHECK(hint_for("\xFF\xFEn\0a\0"s) == "the file looks saved as UTF-16; save it as UTF-8");
  CHECK(hint_for("\xFE\xFF\0n\0a"s) == "the file looks saved as UTF-16; save it as UTF-8");
  CHECK(hint_for("n\0a\0m\0"s) == "the file looks saved as UTF-16; save it as UTF-8");
  CHECK(hint_for("\0n\0a\0m"s) == "the file looks saved as UTF-16; save it as UTF-8");
}

TEST_CASE("a path with a NUL is refused, not cut short") {
  Sources sources;
  sources.provide("tariffs.yaml", "name: x\n");
  Diagnostics d;
  CHECK(sources.read(std::string("tariffs.yaml\0.evil", 18), d) == nullptr);
  REQUIRE_FALSE(d.empty());
  CHECK(d.items()[0].problem == Problem::unreadable);
}
