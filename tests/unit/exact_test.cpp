#include <doctest/doctest.h>

#include "core/exact.hpp"

using mkba::Exact;

TEST_CASE("placeholder compiles") { CHECK(Exact::integer(2) + Exact::integer(3) == Exact::integer(5)); }
