#include "grammar/layout.hpp"

#include <catch2/catch.hpp>

TEST_CASE("layout: placeholder") { SUCCEED(); }
