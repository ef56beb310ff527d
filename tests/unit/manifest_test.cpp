#include <doctest/doctest.h>

#include "cli/manifest.hpp"
#include "load/sha256.hpp"

using namespace mkba;

TEST_CASE("sha256: the FIPS 180-2 test vectors") {
  CHECK(load::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(load::sha256_hex("abc") ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(!load::file_sha256("no/such/file.yaml"));
}

TEST_CASE("manifest: the command recorded without where and how it was written") {
  using V = std::vector<std::string>;
  CHECK(cli::without_output_options({"run", "a.yaml", "-o", "out.json", "--format", "json", "--set",
                                     "x=1"}) == V{"run", "a.yaml", "--set", "x=1"});
  CHECK(cli::without_output_options({"run", "a.yaml", "--output=x.json", "-fjson", "-oy.json"}) ==
        V{"run", "a.yaml"});
  CHECK(cli::without_output_options({"run", "--", "-o"}) == V{"run", "--", "-o"});
  // The number of threads changes no figure: a rerun chooses its own.
  CHECK(cli::without_output_options({"summary", "cases", "-j", "2", "--jobs=3", "-j4",
                                     "--fail-fast"}) == V{"summary", "cases", "--fail-fast"});
}

TEST_CASE("manifest: the first key of an object output; other JSON as it is") {
  std::string doc = "{\n  \"a\": 1\n}\n";
  std::string with = cli::with_manifest(doc, {});
  CHECK(with.rfind("{\n  \"manifest\": {\n", 0) == 0);
  CHECK(with.find("\n  },\n  \"a\": 1\n}\n") != std::string::npos);
  CHECK(cli::with_manifest("[\n]\n", {}) == "[\n]\n");
}

TEST_CASE("manifest: each input once, in the order first read") {
  // A batch names the tariff table once per case file that reads it.
  std::string with =
      cli::with_manifest("{\n  \"a\": 1\n}\n", {"b.yaml", "t.yaml", "c.yaml", "t.yaml"});
  auto at = [&](const std::string& file) { return with.find("\"file\": \"" + file + "\""); };
  REQUIRE(at("t.yaml") != std::string::npos);
  CHECK(with.find("\"file\": \"t.yaml\"", at("t.yaml") + 1) == std::string::npos);
  CHECK(at("b.yaml") < at("t.yaml"));
  CHECK(at("t.yaml") < at("c.yaml"));
}
