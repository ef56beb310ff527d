#include <doctest/doctest.h>

#include "core/suggest.hpp"

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
