#include <doctest/doctest.h>

#include "core/suggest.hpp"

using mkba::closest_name;
using mkba::did_you_mean;

TEST_CASE("did you mean: the closest name within reach") {
  std::vector<std::string> tariffs{"dagbesteding", "seh_bezoek", "dagopname"};
  CHECK(did_you_mean("seh_bezok", tariffs) == "did you mean 'seh_bezoek'?");
  CHECK(did_you_mean("dagopnmae", tariffs) == "did you mean 'dagopname'?");  // a swap counts once
}

TEST_CASE("did you mean: lists the choices when nothing is close") {
  CHECK(did_you_mean("dya", {"day", "week"}) == "did you mean 'day'?");
  CHECK(did_you_mean("completely", {"day", "week"}) == "expected one of: day, week");
  CHECK(did_you_mean("x", {}).empty());
}

TEST_CASE("closest name: the nearest within reach, the first of equals") {
  std::vector<std::string> formats{"table", "csv", "json", "md"};
  CHECK(closest_name("jsno", formats, 2) == "json");
  CHECK(closest_name("xlxs", formats, 2) == std::nullopt);
  CHECK(closest_name("xlxs", formats, SIZE_MAX) == "csv");  // any distance: the nearest
  CHECK(closest_name("de", {"nl", "en"}, SIZE_MAX) == "nl");
  CHECK(closest_name("x", {}, SIZE_MAX) == std::nullopt);
  CHECK(mkba::suggestion_reach("simulat") == 2);
  CHECK(mkba::suggestion_reach("a-long-option-name") == 6);
}

TEST_CASE("closest name within the default reach: the word only") {
  std::vector<std::string> periods{"day", "week", "month", "year"};
  CHECK(closest_name("week", periods) == "week");  // an exact match is closest
  CHECK(closest_name("mnoth", periods) == "month");
  CHECK(closest_name("weak", periods) == "week");
  CHECK(closest_name("fortnight", periods) == std::nullopt);
  CHECK(closest_name("day", {}) == std::nullopt);
  // Equally close: the first listed, whatever the order of the others.
  CHECK(closest_name("bat", {"cat", "hat", "bad"}) == "cat");
  CHECK(closest_name("bat", {"bad", "cat", "hat"}) == "bad");
}

TEST_CASE("did you mean: the sentence for a word, nothing for none") {
  CHECK(mkba::did_you_mean_hint("week") == "did you mean 'week'?");
  CHECK(mkba::did_you_mean_hint(std::nullopt).empty());
  CHECK(mkba::did_you_mean_hint(closest_name("mnoth", {"month"})) ==
        did_you_mean("mnoth", {"month"}));
}
